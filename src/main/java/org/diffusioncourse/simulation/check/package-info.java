/**
 * The engine's argument checks and the refusals they throw, each naming its parameter, so the
 * boundaries (the JSON API, the lab, lesson files) can point at their own field. The lowest
 * layer of the engine: it depends on nothing.
 */
@NullMarked
package org.diffusioncourse.simulation.check;

import org.jspecify.annotations.NullMarked;
