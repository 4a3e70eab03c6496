package org.diffusioncourse.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CourseMapFigureTest {

    private final List<CourseMapFigure.Node> nodes = List.of(
            new CourseMapFigure.Node("a", "First <script>alert(1)</script>", true, List.of()),
            new CourseMapFigure.Node("b", "Second & last", false, List.of("a")));

    @Test
    void titlesFromContentFilesAreEscapedInTheSvg() {
        String svg = CourseMapFigure.render(nodes);
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;").contains("Second &amp; last");
    }

    @Test
    void theSameCourseGivesTheSameBytes() {
        assertThat(CourseMapFigure.render(nodes)).isEqualTo(CourseMapFigure.render(nodes));
    }

    @Test
    void theTextAlternativeNamesEveryEdgeAndStatus() {
        assertThat(CourseMapFigure.describe(nodes))
                .isEqualTo("The map reads top to bottom. First <script>alert(1)</script> has no prerequisite (available). "
                        + "Second & last builds on First <script>alert(1)</script> (planned).");
    }
}
