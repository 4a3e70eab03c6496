/**
 * Noise schedules (linear, cosine) and the Gaussian paths x_t = a(t) x_0 + s(t) eps the course uses (DDPM, VP SDE, VE SDE, CondOT), each saying which way its time runs.
 */
@NullMarked
package org.diffusioncourse.simulation.process;

import org.jspecify.annotations.NullMarked;
