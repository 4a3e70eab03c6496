package org.diffusioncourse.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The account part of the site header: who is signed in and the way out, or the ways in.
 * {@link MainLayout} draws it again on every navigation; the feature that keeps accounts
 * supplies it, so the layout names none of its views.
 */
public interface AccountControls {

    /** A fresh component for the visitor of the current request. */
    Component draw();
}
