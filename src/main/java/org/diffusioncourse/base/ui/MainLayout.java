package org.diffusioncourse.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Locale;

/**
 * The frame around every page: a skip link, the site header and the main landmark. The header
 * links home, then to every view marked {@code @Menu} that the visitor may open (Vaadin's access
 * control leaves out the rest), then shows the {@link AccountControls}. It names no feature's
 * view, then the {@link ThemeToggle}. It also loads the KaTeX element, so math in any lesson is
 * typeset.
 */
@Layout
@AnonymousAllowed
@NpmPackage(value = "katex", version = "0.16.25")
@JsModule("./course-math.js")
public final class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final AccountControls accountControls;
    private final Header header = new Header();

    public MainLayout(AccountControls accountControls) {
        this.accountControls = accountControls;
        addClassName("course-frame");
        Anchor skip = new Anchor("#main-content", "Skip to content");
        skip.addClassName("skip-link");
        header.addClassName("site-header");

        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");

        Footer footer = new Footer(new Span(
                "Every figure is computed on the server by tested Java numerics. Licensed GPL-3.0-or-later."));
        footer.addClassName("site-footer");
        add(skip, header, main, footer);
    }

    /**
     * The header is redrawn on each navigation (not on slider moves, which only replace the URL),
     * so the menu and the account controls follow whoever is signed in, with their roles and
     * their current display name.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        header.removeAll();
        header.add(site(), SearchBox.at(event.getLocation()), new ThemeToggle(), accountControls.draw());
    }

    /** The site's title, linking home, and a link to each menu view the visitor may open. */
    private static Nav site() {
        RouterLink home = HomeLink.of("Diffusion, score matching & flow matching");
        home.addClassName("site-title");
        Nav nav = new Nav(home);
        nav.getElement().setAttribute("aria-label", "Site");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.add(link(entry)));
        return nav;
    }

    /** A menu link with an id from its title: "Review queue" is {@code review-queue-link}. */
    private static RouterLink link(MenuEntry entry) {
        RouterLink link = new RouterLink(entry.title(), entry.menuClass());
        link.addClassName("site-link");
        link.setId(entry.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-link");
        MenuLabel label = entry.menuClass().getAnnotation(MenuLabel.class);
        if (label != null) {
            link.getElement().setAttribute("aria-label", label.value());
        }
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
