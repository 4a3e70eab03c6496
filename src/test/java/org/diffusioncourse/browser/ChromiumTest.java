package org.diffusioncourse.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/** A browser test class: one headless Chromium for all its tests (see {@link BrowserSupport}). */
@Tag("browser")
abstract class ChromiumTest {

    static BrowserSupport chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = BrowserSupport.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }
}
