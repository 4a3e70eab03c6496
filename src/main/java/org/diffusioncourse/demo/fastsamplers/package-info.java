/**
 * The fast-samplers demo: DDIM, EDM's Heun sampler and DPM-Solver++(2M) on one budget slider,
 * with their error against the exact ODE solution plotted against NFE.
 */
@NullMarked
package org.diffusioncourse.demo.fastsamplers;

import org.jspecify.annotations.NullMarked;
