package org.diffusioncourse.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The accessible name of a view's menu link, for a {@code @Menu} title too short to stand on
 * its own (a screen reader reads "Admin: manage accounts" where the header shows "Admin"). It
 * should start with the title, so what is read contains what is seen.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuLabel {

    String value();
}
