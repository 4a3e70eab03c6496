package org.diffusioncourse.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every session's last line of defence: an exception that escapes a click or a value change
 * is logged once, with an incident code, and the user sees a message saying that their last
 * action did not go through. Vaadin's own handler only logs, so in production a failed save
 * used to look like a button that did nothing. Places that save catch their expected failures
 * themselves ({@link SaveFailure}) and say so where the user is looking.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String code = SaveFailure.incidentCode();
        log.error("Unexpected error in a page (incident {})", code, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification note = new Notification("Something went wrong, so your last action did not go through "
                    + "(incident " + code + "). Nothing you saved before was lost; try again, and tell the site's "
                    + "admin the incident code if it keeps happening.", 10_000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.ERROR);
            note.setAssertive(true);
            note.open();
        }
    }
}
