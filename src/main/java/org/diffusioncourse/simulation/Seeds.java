package org.diffusioncourse.simulation;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.diffusioncourse.simulation.check.Checks;

/**
 * The single place where a seed becomes a random generator.
 *
 * <p>We use XoRoShiRo128++ from Commons RNG: small state, fast, good statistical quality, and
 * its output for a given seed is fixed by the library's specification, so the same seed gives
 * the same figure on every machine and JDK.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * Returns a fresh generator for {@code seed}.
     *
     * @param seed any long; the demos only accept seeds {@code >= 0}
     * @return a new, independent generator; two calls with the same seed produce the same stream
     */
    public static UniformRandomProvider generator(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /**
     * Stream {@code k} of {@code seed}: the sequence of {@link #generator(long)} advanced by k jumps
     * of 2^64 draws (XoRoShiRo128++'s jump, {@link JumpableUniformRandomProvider#jump()}). Stream 0
     * is the generator itself. Two streams of one seed cannot overlap before one of them has made
     * 2^64 draws, so a run can take its start, its noise and its checks from one seed without
     * reusing a number. Each call returns a fresh generator at the start of its stream.
     *
     * @param k the stream, 0 to 1000
     */
    public static UniformRandomProvider stream(long seed, int k) {
        Checks.requireRange("k", k, 0, 1000);
        JumpableUniformRandomProvider g = (JumpableUniformRandomProvider) generator(seed);
        for (int i = 0; i < k; i++) {
            g.jump();
        }
        return g;
    }
}
