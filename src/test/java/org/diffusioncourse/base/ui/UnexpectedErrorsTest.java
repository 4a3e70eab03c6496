package org.diffusioncourse.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import org.diffusioncourse.lesson.ui.CourseHomeView;
import org.diffusioncourse.security.SecuredBrowserlessTest;
import org.diffusioncourse.support.CourseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CourseTest
class UnexpectedErrorsTest extends SecuredBrowserlessTest {

    @Autowired
    UnexpectedErrors errors;

    @Test
    void anExceptionThatEscapesAListenerIsShownToTheUserWithAnIncidentCode() {
        navigate(CourseHomeView.class);
        errors.error(new ErrorEvent(new IllegalStateException("the database has been closed")));
        Notification shown = $(Notification.class).single();
        assertThat(shown.getElement().getProperty("text"))
                .contains("your last action did not go through")
                .containsPattern("incident [0-9a-f]{8}")
                .doesNotContain("database has been closed");
        assertThat(shown.isAssertive()).isTrue();
    }
}
