package org.diffusioncourse.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import org.diffusioncourse.base.ui.SaveFailure;
import org.diffusioncourse.security.ClientAddress;
import org.diffusioncourse.security.SignUpForm;
import org.diffusioncourse.security.SignUpPaused;
import org.diffusioncourse.security.SignUpRejected;
import org.diffusioncourse.security.UserService;
import org.springframework.dao.DataAccessException;

/**
 * A learner creates an account; each field says what is wrong with it. Sign-ups are counted per
 * client address on the server ({@link UserService#signUp(SignUpForm, ClientAddress)}); when they
 * are paused the form says so and keeps what was typed, to send again later.
 */
@Route("signup")
@PageTitle("Create an account · Diffusion course")
@AnonymousAllowed
public class SignUpView extends Div implements BeforeEnterObserver {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Display name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmation = new PasswordField("Repeat the password");
    final Button create = new Button("Create account");
    final Paragraph failure = new Paragraph();

    private final UserService users;
    private final AuthenticationContext authentication;
    private final Map<SignUpForm.Field, HasValidation> fields = Map.of(
            SignUpForm.Field.USERNAME, username,
            SignUpForm.Field.DISPLAY_NAME, displayName,
            SignUpForm.Field.PASSWORD, password,
            SignUpForm.Field.CONFIRMATION, confirmation);

    public SignUpView(UserService users, AuthenticationContext authentication) {
        this.users = users;
        this.authentication = authentication;
        addClassName("account-page");
        username.setHelperText(SignUpForm.USERNAME_MIN + " to " + SignUpForm.USERNAME_MAX
                + " characters: lower-case letters a-z, digits, dots, hyphens, underscores");
        username.setMaxLength(SignUpForm.USERNAME_MAX);
        username.setAutocomplete(Autocomplete.USERNAME);
        displayName.setHelperText("Shown next to your notes and reviews");
        displayName.setMaxLength(SignUpForm.DISPLAY_NAME_MAX);
        password.setHelperText("At least " + SignUpForm.PASSWORD_MIN + " characters and hard to guess: "
                + "a few uncommon words work well; not a common password, not your username");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        // The fields show the server's verdict on the last attempt; their own checks would clear
        // it (clearing a password field, or leaving it, validated it afresh and hid the message).
        fields.values().forEach(field -> field.setManualValidation(true));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> submit());
        create.addClickShortcut(Key.ENTER);

        failure.addClassName("form-failure");
        failure.getElement().setAttribute("role", "alert");
        Div form = new Div(username, displayName, password, confirmation, create, failure);
        form.addClassName("account-form");
        Paragraph signIn = new Paragraph("Already have an account? ");
        signIn.add(new RouterLink("Sign in", LoginView.class));
        add(new H1("Create a learner account"),
                new Paragraph("Reading lessons and moving demos needs no account. With one you can save notes, "
                        + "predictions and progress."),
                form, signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    private void submit() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        failure.setText("");
        try {
            users.signUp(new SignUpForm(username.getValue(), displayName.getValue(), password.getValue(),
                    confirmation.getValue()), client());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of("created", "")));
        } catch (SignUpRejected rejected) {
            password.clear();
            confirmation.clear();
            rejected.problems().forEach((field, message) -> {
                fields.get(field).setErrorMessage(message);
                fields.get(field).setInvalid(true);
            });
        } catch (SignUpPaused paused) {
            failure.setText(paused.getMessage());
        } catch (DataAccessException failed) {
            failure.setText(SaveFailure.report("Your account", failed));
        }
    }

    /** The address of the request that clicked, as the servlet container saw it (see {@link ClientAddress}). */
    private static ClientAddress client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return ClientAddress.of(request == null ? null : request.getRemoteAddr());
    }
}
