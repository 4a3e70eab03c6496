package org.diffusioncourse;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.diffusioncourse.operations.DatabaseBackup;
import org.diffusioncourse.operations.DatabaseCopy;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the course site. Push is on so that an author's edit to a lesson
 * file reaches open pages without a reload; the learner's own requests (a slider move)
 * go over plain XHR, which measured as fast as or faster than sending them through the
 * websocket (see the README's slider latency figures). With {@code --check-content [DIR]} it
 * checks the lesson files instead and exits ({@link ContentCheck}); with {@code --new-lesson ID
 * "Title" [DIR]} it scaffolds a lesson and exits ({@link NewLesson}); {@code --copy-database} and
 * {@code --backup-database} are the operators' database tools ({@link DatabaseCopy},
 * {@link DatabaseBackup}).
 */
@SpringBootApplication
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (ContentCheck.asked(args)) {
            System.exit(ContentCheck.run(args, System.getenv(), System.out, System.err));
        }
        if (NewLesson.asked(args)) {
            System.exit(NewLesson.run(args, System.getenv(), System.out, System.err));
        }
        if (DatabaseCopy.asked(args)) {
            System.exit(DatabaseCopy.run(args, System.getenv(), System.out, System.err));
        }
        if (DatabaseBackup.asked(args)) {
            System.exit(DatabaseBackup.run(args, System.getenv(), System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Diffusion, score matching and flow matching");
        settings.addMetaTag("description",
                "An interactive course on diffusion models, score matching, Langevin dynamics, SDE/ODE sampling and flow matching.");
        // An icon link keeps browsers from asking for /favicon.ico, which the site does not have.
        settings.addLink("favicon.svg", java.util.Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addMetaTag("theme-color", "#1a3d6e");
    }
}
