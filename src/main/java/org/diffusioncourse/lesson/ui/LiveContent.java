package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.diffusioncourse.lesson.ContentService;
import org.diffusioncourse.lesson.Course;

/**
 * Keeps a view in step with the content files while it is on screen: from attach to detach
 * it redraws itself (through push) each time an author saves a change.
 */
final class LiveContent {

    private LiveContent() {
    }

    static void follow(Component view, ContentService content, Consumer<Course> redraw) {
        view.addAttachListener(attach -> {
            var ui = attach.getUI();
            Runnable unsubscribe = content.onChange(course -> ui.access(() -> redraw.accept(course)));
            view.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }
}
