package org.diffusioncourse.simulation.sampler;

import java.util.List;
import org.diffusioncourse.simulation.check.InvalidParameter;

/**
 * A sampler and a process that do not fit together. The parameter is {@code process} when the
 * process is missing or superfluous, {@code sampler} when the process takes other samplers; the
 * message ends with every pair that fits ({@link SamplerKind#pairsDescription()}).
 */
public final class MismatchedPair extends InvalidParameter {

    MismatchedPair(String parameter, List<String> allowed, String message) {
        super(parameter, allowed, message + " (" + SamplerKind.pairsDescription() + ")");
    }
}
