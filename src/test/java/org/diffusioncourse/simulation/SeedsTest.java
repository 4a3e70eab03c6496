package org.diffusioncourse.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.rng.UniformRandomProvider;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.junit.jupiter.api.Test;

class SeedsTest {

    private static long[] first(UniformRandomProvider rng, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }

    @Test
    void streamZeroIsTheSeedsOwnGeneratorAndEveryCallStartsItsStreamAfresh() {
        assertThat(first(Seeds.stream(42, 0), 100)).isEqualTo(first(Seeds.generator(42), 100));
        assertThat(first(Seeds.stream(42, 2), 100)).isEqualTo(first(Seeds.stream(42, 2), 100));
    }

    @Test
    void theStreamsOfOneSeedDrawOtherNumbers() {
        long[][] streams = new long[4][];
        for (int k = 0; k < 4; k++) {
            streams[k] = first(Seeds.stream(7, k), 1000);
        }
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                // 64-bit outputs of non-overlapping stretches share a value with probability about 1e6 / 2^64.
                assertThat(streams[a]).as("streams %d and %d", a, b).doesNotContain(streams[b]);
            }
        }
        assertThatThrownBy(() -> Seeds.stream(7, -1)).isInstanceOf(InvalidParameter.class);
    }
}
