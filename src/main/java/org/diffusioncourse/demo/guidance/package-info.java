/**
 * The guidance demo: classifier-free guidance towards one class of a labelled mixture, with a
 * guidance-weight slider that trades diversity for fidelity, measured against the exact
 * class-conditional target.
 */
@NullMarked
package org.diffusioncourse.demo.guidance;

import org.jspecify.annotations.NullMarked;
