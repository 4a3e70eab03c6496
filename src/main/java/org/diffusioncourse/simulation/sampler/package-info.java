/**
 * Every sampler the course teaches, one registry of them (SamplerKind: ids, pairings, defaults, ranges, factories), and the runs they return.
 */
@NullMarked
package org.diffusioncourse.simulation.sampler;

import org.jspecify.annotations.NullMarked;
