package org.diffusioncourse.simulation.process;

import java.util.List;
import org.diffusioncourse.simulation.check.UnknownId;

/**
 * The processes the course offers by id, each built once with its documented settings; the ids
 * are the paths' own {@link GaussianPath#id()}.
 */
public final class GaussianPaths {

    private static final List<GaussianPath> ALL = List.of(DdpmPath.of(NoiseSchedule.named("linear", 1000)),
            DdpmPath.of(NoiseSchedule.named("cosine", 1000)), VpSde.standard(), VeSde.standard(), CondOtPath.of());

    private static final List<String> IDS = ALL.stream().map(GaussianPath::id).toList();

    private GaussianPaths() {
    }

    /** The accepted ids, in display order. */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * {@code ddpm-linear} and {@code ddpm-cosine} with T = 1000, {@code vp-sde} (beta 0.1 .. 20),
     * {@code ve-sde} (sigma 0.01 .. 50), {@code condot}.
     *
     * @throws UnknownId on parameter {@code process}, listing the allowed ids
     */
    public static GaussianPath byId(String id) {
        return UnknownId.find("process", ALL, GaussianPath::id, id);
    }
}
