package org.diffusioncourse.lesson.ui;

import com.vaadin.flow.component.Component;

/**
 * Brings a link's {@code #fragment} into view on a page the router draws: the browser looked for
 * the fragment before the page existed, so the page asks again after its response is applied
 * (which is where the router puts the new address into the history).
 */
final class ArrivalScroll {

    private ArrivalScroll() {
    }

    static void toFragment(Component view) {
        view.getElement().executeJs("setTimeout(() => { const id = decodeURIComponent(location.hash.slice(1));"
                + " const target = id && document.getElementById(id); if (target) { target.scrollIntoView(); } })");
    }
}
