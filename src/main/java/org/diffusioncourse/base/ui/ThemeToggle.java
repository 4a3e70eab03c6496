package org.diffusioncourse.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The header's theme button: one press moves System → Dark → Light → System. The choice is the
 * browser's to keep ({@code frontend/theme.js}, in localStorage) so it holds before sign-in and
 * on every page; until a learner chooses, the site follows the system's setting, live. The
 * button's text says the current choice and what it shows, e.g. "Theme: system (dark)".
 */
@JsModule("./theme.js")
public final class ThemeToggle extends Button {

    private static final Map<String, String> NAMES = Map.of("system", "system", "dark", "dark", "light", "light");

    public ThemeToggle() {
        setId("theme-toggle");
        addClassName("theme-toggle");
        addThemeName("tertiary");
        setText("Theme");
        getElement().setAttribute("title", "Switch between the system's colours, dark and light");
        addClickListener(e -> getElement().executeJs("return window.courseTheme.next()").then(this::show));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("return window.courseTheme ? window.courseTheme.current() : null").then(this::show);
    }

    private void show(JsonNode state) {
        if (state == null || !state.isObject()) {
            return;
        }
        String choice = NAMES.getOrDefault(state.path("choice").asText(), "system");
        boolean dark = state.path("dark").asBoolean();
        setText(choice.equals("system") ? "Theme: system (" + (dark ? "dark" : "light") + ")" : "Theme: " + choice);
        getElement().setAttribute("aria-label", getText() + ". Press to change.");
    }
}
