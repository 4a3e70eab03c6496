/**
 * The sampler lab: pick a target, a process and a sampler, see the samples over the target's
 * density, compare two samplers, and measure error against steps. Runs go to a worker thread
 * and report back through push.
 */
@NullMarked
package org.diffusioncourse.lab;

import org.jspecify.annotations.NullMarked;
