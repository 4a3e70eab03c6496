package org.diffusioncourse.base.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/** A link to the site's root page, whichever feature's view is mounted there. */
final class HomeLink {

    private HomeLink() {
    }

    static RouterLink of(String text) {
        RouterLink link = new RouterLink();
        link.setText(text);
        RouteConfiguration.forApplicationScope().getRoute("").ifPresent(link::setRoute);
        return link;
    }
}
