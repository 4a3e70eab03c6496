package org.diffusioncourse.base.ui;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.HasElement;
import org.diffusioncourse.lesson.ui.CourseHomeView;

/**
 * The frame around every page: a skip link, the site header and the main landmark.
 * It also loads the KaTeX element, so math in any lesson is typeset.
 */
@Layout
@NpmPackage(value = "katex", version = "0.16.25")
@JsModule("./course-math.js")
public final class MainLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public MainLayout() {
        addClassName("course-frame");
        Anchor skip = new Anchor("#main-content", "Skip to content");
        skip.addClassName("skip-link");

        RouterLink home = new RouterLink("Diffusion, score matching & flow matching", CourseHomeView.class);
        home.addClassName("site-title");
        Nav nav = new Nav(home);
        nav.getElement().setAttribute("aria-label", "Site");
        Header header = new Header(nav);
        header.addClassName("site-header");

        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");

        Footer footer = new Footer(new Span(
                "Every figure is computed on the server by tested Java numerics. Licensed GPL-3.0-or-later."));
        footer.addClassName("site-footer");
        add(skip, header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
