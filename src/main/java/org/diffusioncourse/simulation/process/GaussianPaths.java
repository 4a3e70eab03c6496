package org.diffusioncourse.simulation.process;

import java.util.List;

/** The processes by id, with their documented defaults. */
public final class GaussianPaths {

    private static final List<String> IDS = List.of("ddpm-linear", "ddpm-cosine", "vp-sde", "ve-sde", "condot");

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
     * @throws IllegalArgumentException listing the allowed ids
     */
    public static GaussianPath byId(String id) {
        return switch (id) {
            case "ddpm-linear" -> DdpmPath.of(NoiseSchedule.named("linear", 1000));
            case "ddpm-cosine" -> DdpmPath.of(NoiseSchedule.named("cosine", 1000));
            case "vp-sde" -> VpSde.standard();
            case "ve-sde" -> VeSde.standard();
            case "condot" -> CondOtPath.of();
            default -> throw new IllegalArgumentException(
                    "process must be one of " + String.join(", ", IDS) + "; was \"" + id + "\"");
        };
    }
}
