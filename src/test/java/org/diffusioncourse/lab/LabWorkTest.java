package org.diffusioncourse.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.diffusioncourse.base.Reading;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.junit.jupiter.api.Test;

/** The lab's work without the page: determinism, shared noise, cancellation, the error sweep. */
class LabWorkTest {

    private static LabSettings settings(Map<String, String> query) {
        Reading<LabSettings> r = LabSettings.read(query, LabSettings.DEFAULTS);
        assertThat(r.problems()).isEmpty();
        return r.settings();
    }

    private static LabWork.Result run(LabSettings s) {
        return LabWork.samples(LabPlan.of(s), new LabCaches(), (f, note) -> { }, () -> false);
    }

    @Test
    void theSameSettingsGiveTheSameBytesInChunksOfParticles() {
        LabSettings s = settings(Map.of("n", "2500", "steps", "20", "seed", "9"));
        LabWork.Result a = run(s);
        assertThat(run(s).columns().getFirst().svg()).isEqualTo(a.columns().getFirst().svg());
        assertThat(a.columns().getFirst().metrics().nfe()).isEqualTo(20);
        assertThat(run(settings(Map.of("n", "2500", "steps", "20", "seed", "10"))).columns().getFirst().svg())
                .isNotEqualTo(a.columns().getFirst().svg());
    }

    @Test
    void bothColumnsStartFromTheSameNoise() {
        // The same deterministic sampler in both columns gives the same samples, so any
        // difference between two columns comes from the samplers, not the draw.
        LabWork.Result r = run(settings(Map.of("process", "vp-sde", "sampler", "pf-ode-heun",
                "compare", "vp-sde/pf-ode-heun", "steps", "10", "n", "300")));
        assertThat(r.columns()).hasSize(2);
        assertThat(r.columns().get(1).description()).isEqualTo(r.columns().get(0).description());
        assertThat(r.columns().get(1).svg().replace("sampler-b", "sampler-a")).isEqualTo(r.columns().get(0).svg());
    }

    @Test
    void aCancelledRunStopsAtTheNextChunk() {
        LabPlan plan = LabPlan.of(settings(Map.of("n", "5000", "steps", "10")));
        AtomicInteger checks = new AtomicInteger();
        List<String> notes = new ArrayList<>();
        assertThatThrownBy(() -> LabWork.samples(plan, new LabCaches(), (f, note) -> notes.add(note), () -> checks.incrementAndGet() > 2))
                .isInstanceOf(CancellationException.class);
        assertThat(notes).containsExactly("Sampling with DDIM: particles 1 to 1000 of 5000",
                "Sampling with DDIM: particles 1001 to 2000 of 5000");
    }

    @Test
    void everyChoiceTheRegistryRefusesNamesItsParameter() {
        assertThatThrownBy(() -> LabPlan.of(settings(Map.of("process", "none", "sampler", "annealed-langevin",
                "steps", "55")))).isInstanceOfSatisfying(InvalidParameter.class,
                        e -> assertThat(e.parameter()).isEqualTo("steps"));
        assertThatThrownBy(() -> LabPlan.of(settings(Map.of("sampler", "ddim", "steps", "1001"))))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("steps"));
    }

    @Test
    void againstTheReferenceOdeHeunsErrorFallsFasterThanEulers() {
        LabPlan plan = LabPlan.of(settings(Map.of("target", "two-blobs", "process", "condot", "sampler", "flow-euler",
                "compare", "condot/flow-heun", "n", "100")));
        assertThat(ErrorSweep.againstReference(plan)).isTrue();
        ErrorSweep.Result r = ErrorSweep.run(plan, (f, note) -> { }, () -> false);
        assertThat(r.errorName()).isEqualTo(ErrorSweep.REFERENCE_ERROR);
        assertThat(r.series().get(0).nfe()).containsExactly(5, 10, 20, 50, 100, 200);
        assertThat(r.series().get(1).nfe()).containsExactly(10, 20, 40, 100, 200, 400);
        double euler = r.series().get(0).slope();
        double heun = r.series().get(1).slope();
        assertThat(euler).isBetween(-1.3, -0.6);
        assertThat(heun).isLessThan(euler - 0.4);
    }

    @Test
    void aStochasticSamplerIsMeasuredByEnergyDistanceAndDdpmGivesOnePoint() {
        LabPlan plan = LabPlan.of(settings(Map.of("target", "two-blobs", "sampler", "ddpm", "compare",
                "none/annealed-langevin", "stepSize", "0.002", "n", "100")));
        assertThat(ErrorSweep.againstReference(plan)).isFalse();
        ErrorSweep.Result r = ErrorSweep.run(plan, (f, note) -> { }, () -> false);
        assertThat(r.errorName()).isEqualTo(ErrorSweep.ENERGY_ERROR);
        assertThat(r.series().get(0).nfe()).containsExactly(1000);
        assertThat(r.series().get(1).nfe()).containsExactly(10, 20, 50, 100, 200);
    }

    @Test
    void settingsSurviveTheTripThroughTheLink() {
        LabSettings s = new LabSettings("rings", "ve-sde", "dpm-solver++2m", "condot/flow-sde", 37, 123456789L, 777,
                0.25, 1.5, 0.001, 1, 3.5, LabModels.EXACT);
        assertThat(LabSettings.read(s.toQuery(), LabSettings.DEFAULTS)).isEqualTo(new Reading<>(s, List.of()));
        // A typed link's "++" arrives as two spaces.
        assertThat(LabSettings.read(Map.of("process", "vp-sde", "sampler", "dpm-solver  2m"), LabSettings.DEFAULTS)
                .settings().sampler()).isEqualTo("dpm-solver++2m");
    }

    @Test
    void badLinkValuesEachGetAMessageNamingTheValue() {
        Reading<LabSettings> r = LabSettings.read(Map.of("n", "5", "w", "21", "eta", "x", "compare", "ddpm-linear/edm-heun"),
                LabSettings.DEFAULTS);
        assertThat(r.settings()).isEqualTo(LabSettings.DEFAULTS);
        assertThat(r.problems()).hasSize(4).anyMatch(p -> p.equals("n must be between 10 and 20000, was 5"))
                .anyMatch(p -> p.equals("w must be between 0 and 20, was 21"))
                .anyMatch(p -> p.equals("eta must be a number between 0.0 and 1.0, was \"x\""))
                .anyMatch(p -> p.startsWith("compare must be one of none, ddpm-linear/ddpm, ddpm-linear/ddim,"));
    }
}
