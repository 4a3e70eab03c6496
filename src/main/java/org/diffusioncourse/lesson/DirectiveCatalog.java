package org.diffusioncourse.lesson;

import java.util.List;
import java.util.Map;

/**
 * Knows which directives and practice answers exist and which parameters they accept.
 * The lesson loader asks it, so that a wrong demo name or an out-of-range parameter is
 * reported with the file and line instead of failing when a learner opens the page.
 */
public interface DirectiveCatalog {

    /** What is wrong with this directive in this section; empty when it is fine. */
    List<String> check(Directive directive, SectionKind section);

    /**
     * What is wrong with a practice item's computed answer: the demo, the quantity and
     * its parameters; empty when it is fine.
     */
    List<String> checkAnswer(String demo, String quantity, Map<String, String> params);
}
