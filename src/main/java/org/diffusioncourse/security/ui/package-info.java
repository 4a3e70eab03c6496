/** Sign-in, sign-up and the admins' account list. */
@NullMarked
package org.diffusioncourse.security.ui;

import org.jspecify.annotations.NullMarked;
