package org.diffusioncourse.lesson;

import java.util.List;
import java.util.Map;
import org.diffusioncourse.demo.catalog.DemoCatalog;

/**
 * The real catalog, except that checking a directive for the demo {@link #DEMO} throws: a fault
 * in the site that a content file sets off, for tests of what the loader does then.
 */
final class ThrowingCatalog implements DirectiveCatalog {

    static final String DEMO = "throws-in-test";

    private final DemoCatalog real = new DemoCatalog();

    @Override
    public List<String> check(Directive directive, SectionKind section) {
        if (directive.subject().filter(DEMO::equals).isPresent()) {
            throw new IllegalStateException("a fault in the catalog, set off by " + directive);
        }
        return real.check(directive, section);
    }

    @Override
    public List<String> checkAnswer(String demo, String quantity, Map<String, String> params) {
        return real.checkAnswer(demo, quantity, params);
    }
}
