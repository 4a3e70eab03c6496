package org.diffusioncourse.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.diffusioncourse.support.SvgPaths;
import org.junit.jupiter.api.Test;

class RelativePathsTest {

    @Test
    void aPolylineBecomesRelativeStepsWithAxisStepsAsHAndV() {
        assertThat(RelativePaths.relative("M100,520L106,520L113,519L113,530L90,530"))
                .isEqualTo("M100,520h6l7-1v11h-23");
    }

    @Test
    void dotsAreRelativeMovesFromTheDotBefore() {
        assertThat(RelativePaths.relative("M617,283ZM620,280ZM600,300Z")).isEqualTo("M617,283Zm3-3Zm-20,20Z");
    }

    @Test
    void aMoveAfterAMoveIsWrittenAgainBecauseBareNumbersAfterAnMAreLines() {
        assertThat(RelativePaths.relative("M10,10M20,20L30,30")).isEqualTo("M10,10m10,10 10,10");
        assertThat(SvgPaths.vertices("M10,10m10,10 10,10")).containsExactly(
                new double[] {10, 10}, new double[] {20, 20}, new double[] {30, 30});
    }

    @Test
    void everyRandomPathDrawsTheSameVerticesAfterTheRewrite() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 2000; trial++) {
            StringBuilder absolute = new StringBuilder();
            int segments = 1 + random.nextInt(40);
            for (int s = 0; s < segments; s++) {
                char command = s == 0 ? 'M' : "MLLLLZ".charAt(random.nextInt(6));
                if (command == 'Z') {
                    absolute.append('Z');
                    continue;
                }
                // Neighbouring vertices share x or y often, as the figures' axes and bars do.
                int x = random.nextInt(4) == 0 ? 500 : random.nextInt(-50, 2000);
                int y = random.nextInt(4) == 0 ? 300 : random.nextInt(-50, 2000);
                absolute.append(command).append(x).append(',').append(y);
            }
            String data = absolute.toString();
            String svg = "<path d='" + data + "'/>";
            String rewritten = RelativePaths.of(svg);
            String relative = rewritten.substring(rewritten.indexOf("d='") + 3, rewritten.lastIndexOf('\''));
            List<double[]> before = SvgPaths.vertices(data);
            assertThat(SvgPaths.vertices(relative)).as(data + " -> " + relative).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(before);
        }
    }

    @Test
    void pathsWithFractionsOrCurvesAreLeftExactlyAsTheyWere() {
        String svg = "<path d='M1.5,2L3,4'/><path d='M0,0C1,1,2,2,3,3'/><path d='M1,1L2,2Z'/>";
        assertThat(RelativePaths.of(svg)).isEqualTo("<path d='M1.5,2L3,4'/><path d='M0,0C1,1,2,2,3,3'/><path d='M1,1l1,1Z'/>");
    }
}
