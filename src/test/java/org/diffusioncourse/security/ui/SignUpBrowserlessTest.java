package org.diffusioncourse.security.ui;

import org.diffusioncourse.security.SecuredBrowserlessTest;

/** Browserless tests of the sign-up form: they fill it in and send it as a learner would. */
abstract class SignUpBrowserlessTest extends SecuredBrowserlessTest {

    static final String PASSWORD = "correct horse battery";

    SignUpView fill(String username, String displayName, String password, String confirmation) {
        SignUpView view = navigate(SignUpView.class);
        test(view.username).setValue(username);
        test(view.displayName).setValue(displayName);
        test(view.password).setValue(password);
        test(view.confirmation).setValue(confirmation);
        test(view.create).click();
        return view;
    }
}
