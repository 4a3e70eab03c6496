package org.diffusioncourse.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DotOrderTest {

    @Test
    void aKeyGivesBackItsDot() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 10_000; i++) {
            long x = random.nextLong(1 << 20);
            long y = random.nextLong(1 << 20);
            long key = DotOrder.key(x, y);
            assertThat(DotOrder.x(key)).isEqualTo(x);
            assertThat(DotOrder.y(key)).isEqualTo(y);
        }
    }

    @Test
    void sortedKeysCrossEachBandAndComeBackAlongTheNext() {
        long[] keys = {DotOrder.key(900, 30), DotOrder.key(10, 2), DotOrder.key(500, 10), DotOrder.key(20, 40),
            DotOrder.key(5, 70)};
        Arrays.sort(keys);
        long[][] dots = Arrays.stream(keys).mapToObj(k -> new long[] {DotOrder.x(k), DotOrder.y(k)}).toArray(long[][]::new);
        // Band 0 (y < 24) left to right, band 1 right to left, band 2 left to right.
        assertThat(dots).isDeepEqualTo(new long[][] {{10, 2}, {500, 10}, {900, 30}, {20, 40}, {5, 70}});
    }

    @Test
    void aDotOutsideTheFigureIsAFaultNamedWithItsPlace() {
        assertThatThrownBy(() -> DotOrder.key(-1, 3)).hasMessageContaining("(-1, 3)");
    }
}
