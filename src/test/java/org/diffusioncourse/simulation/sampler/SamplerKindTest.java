package org.diffusioncourse.simulation.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.check.InvalidParameter;
import org.diffusioncourse.simulation.check.UnknownId;
import org.diffusioncourse.simulation.process.GaussianPaths;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VpSde;
import org.diffusioncourse.simulation.sampler.SamplerKind.Option;
import org.junit.jupiter.api.Test;

/** The one registry of samplers: ids, pairs, defaults, ranges, factories and their refusals. */
class SamplerKindTest {

    private static final ScoreField EIGHT = ConfiguredRun.field(ToyDataset.EIGHT_GAUSSIANS.labelled(), null);

    private static InvalidParameter refusal(ThrowingCallable call) {
        return assertThatExceptionOfType(InvalidParameter.class).isThrownBy(call).actual();
    }

    private static Sampler withDefaults(String process, String sampler) {
        SamplerKind kind = SamplerKind.byId(sampler);
        return kind.create(process, kind.defaults());
    }

    @Test
    void everyKindBuildsOnEveryProcessItFitsASamplerThatReportsItsId() {
        int built = 0;
        for (SamplerKind kind : SamplerKind.values()) {
            List<String> processes = kind.processes();
            assertThat(processes.isEmpty()).as(kind.id()).isEqualTo(kind.needsNoProcess());
            List<String> choices = new ArrayList<>(processes);
            if (kind.needsNoProcess()) {
                choices.add(null);
            }
            for (String process : choices) {
                Sampler sampler = kind.create(process, kind.defaults());
                assertThat(sampler.id()).as(kind + " on " + process).isEqualTo(kind.id());
                assertThat(SamplerKind.byId(sampler.id())).isSameAs(kind);
                built++;
            }
        }
        assertThat(built).isEqualTo(2 + 2 + 2 + 2 + 2 + 1 + 2 + 1 + 1 + 1 + 1 + 1);
    }

    @Test
    void theFactoriesOfSamplersReportTheRegistryIdsToo() {
        assertThat(Samplers.flowMatching(10, false).id()).isEqualTo(SamplerKind.FLOW_EULER.id());
        assertThat(Samplers.flowMatching(10, true).id()).isEqualTo(SamplerKind.FLOW_HEUN.id());
        assertThat(Samplers.probabilityFlowEuler(VpSde.standard(), 10).id()).isEqualTo("pf-ode-euler");
        assertThat(Samplers.dpmSolverPlusPlus2M(VpSde.standard(), 10).id()).isEqualTo("dpm-solver++2m");
    }

    @Test
    void theIdsAndPairsAreThoseTheReadmeDocuments() {
        assertThat(GaussianPaths.ids()).containsExactly("ddpm-linear", "ddpm-cosine", "vp-sde", "ve-sde", "condot");
        assertThat(SamplerKind.ids()).containsExactly("ddpm", "ddim", "reverse-sde", "pf-ode-euler",
                "pf-ode-heun", "edm-heun", "dpm-solver++2m", "langevin", "annealed-langevin", "flow-euler",
                "flow-heun", "flow-sde");
        assertThat(SamplerKind.idsFor("ddpm-cosine")).containsExactly("ddpm", "ddim");
        assertThat(SamplerKind.idsFor("vp-sde")).containsExactly("reverse-sde", "pf-ode-euler", "pf-ode-heun", "dpm-solver++2m");
        assertThat(SamplerKind.idsFor("ve-sde")).containsExactly("reverse-sde", "pf-ode-euler", "pf-ode-heun",
                "dpm-solver++2m", "edm-heun");
        assertThat(SamplerKind.idsFor("condot")).containsExactly("flow-euler", "flow-heun", "flow-sde");
        assertThat(SamplerKind.idsFor(null)).containsExactly("langevin", "annealed-langevin");
        assertThat(SamplerKind.PF_ODE_HEUN.processes()).containsExactly("vp-sde", "ve-sde");
        assertThat(SamplerKind.LANGEVIN.processes()).isEmpty();
        assertThat(SamplerKind.ANNEALED_LANGEVIN.needsNoProcess()).isTrue();
        assertThat(SamplerKind.pairsDescription()).isEqualTo("ddpm-linear and ddpm-cosine take ddpm, ddim; "
                + "vp-sde takes reverse-sde, pf-ode-euler, pf-ode-heun, dpm-solver++2m; "
                + "ve-sde takes reverse-sde, pf-ode-euler, pf-ode-heun, dpm-solver++2m, edm-heun; "
                + "condot takes flow-euler, flow-heun, flow-sde; langevin and annealed-langevin take no process");
    }

    @Test
    void everyPairBuildsWithItsDefaultsAndTheNfeTheDefaultsImply() {
        assertThat(withDefaults("ddpm-linear", "ddpm").evaluationsPerParticle()).isEqualTo(1000);
        assertThat(withDefaults("ddpm-cosine", "ddim").evaluationsPerParticle()).isEqualTo(50);
        assertThat(withDefaults("vp-sde", "reverse-sde").evaluationsPerParticle()).isEqualTo(500);
        assertThat(withDefaults("ve-sde", "pf-ode-euler").evaluationsPerParticle()).isEqualTo(100);
        assertThat(withDefaults("vp-sde", "pf-ode-heun").evaluationsPerParticle()).isEqualTo(100);
        assertThat(withDefaults("ve-sde", "dpm-solver++2m").evaluationsPerParticle()).isEqualTo(20);
        assertThat(withDefaults("ve-sde", "edm-heun").evaluationsPerParticle()).isEqualTo(35);
        assertThat(withDefaults("condot", "flow-euler").evaluationsPerParticle()).isEqualTo(100);
        assertThat(withDefaults("condot", "flow-heun").evaluationsPerParticle()).isEqualTo(100);
        assertThat(withDefaults("condot", "flow-sde").evaluationsPerParticle()).isEqualTo(100);
        assertThat(withDefaults(null, "langevin").evaluationsPerParticle()).isEqualTo(1000);
        assertThat(withDefaults(null, "annealed-langevin").evaluationsPerParticle()).isEqualTo(1000);
    }

    @Test
    void theRegistryBuildsTheSameSamplersAsTheFactoriesDrawForDraw() {
        assertSameRun(SamplerKind.EDM_HEUN.create("ve-sde", new SamplerOptions(12, 0, 0, 0)),
                Samplers.edmHeun(12, 0.002, 80, 7));
        assertSameRun(SamplerKind.DDIM.create("ddpm-cosine", new SamplerOptions(20, 0.3, 0, 0)),
                Samplers.ddim(NoiseSchedule.named("cosine", 1000), 20, 0.3));
        assertSameRun(SamplerKind.DPM_SOLVER_2M.create("vp-sde", new SamplerOptions(15, 0, 0, 0)),
                Samplers.dpmSolverPlusPlus2M(VpSde.standard(), 15));
        assertSameRun(SamplerKind.FLOW_SDE.create("condot", new SamplerOptions(30, 0, 0.7, 0)),
                Samplers.flowSde(30, 0.7));
        assertSameRun(SamplerKind.ANNEALED_LANGEVIN.create((String) null, new SamplerOptions(40, 0, 0, 0.003)),
                Samplers.annealedLangevin(10, 4, 3, 0.05, 0.003));
    }

    private static void assertSameRun(Sampler fromRegistry, Sampler direct) {
        SampleRun a = fromRegistry.run(EIGHT, 64, Seeds.generator(9), PathSelection.none());
        SampleRun b = direct.run(EIGHT, 64, Seeds.generator(9), PathSelection.none());
        assertThat(a.samples()).isEqualTo(b.samples());
        assertThat(a.nfe()).isEqualTo(b.nfe());
    }

    @Test
    void aPairThatDoesNotFitIsATypedRefusalListingThePairsThatDo() {
        InvalidParameter e = refusal(() -> withDefaults("vp-sde", "edm-heun"));
        assertThat(e).isInstanceOf(MismatchedPair.class);
        assertThat(e.parameter()).isEqualTo("sampler");
        assertThat(e.allowed()).containsExactly("reverse-sde", "pf-ode-euler", "pf-ode-heun", "dpm-solver++2m");
        assertThat(e.getMessage()).isEqualTo("sampler edm-heun does not run on process vp-sde; vp-sde takes reverse-sde, "
                + "pf-ode-euler, pf-ode-heun, dpm-solver++2m (" + SamplerKind.pairsDescription() + ")");
        int refused = 0;
        for (String process : GaussianPaths.ids()) {
            for (SamplerKind kind : SamplerKind.values()) {
                if (!SamplerKind.forProcess(process).contains(kind)) {
                    InvalidParameter r = refusal(() -> kind.create(process, kind.defaults()));
                    assertThat(r).isInstanceOf(MismatchedPair.class);
                    assertThat(r.parameter()).isIn("sampler", "process");
                    refused++;
                }
            }
        }
        assertThat(refused).isEqualTo(5 * 12 - (2 + 2 + 4 + 5 + 3));
    }

    @Test
    void aMissingOrSuperfluousProcessIsRefusedOnTheProcessParameter() {
        InvalidParameter missing = refusal(() -> withDefaults(null, "ddim"));
        assertThat(missing).isInstanceOf(MismatchedPair.class);
        assertThat(missing.parameter()).isEqualTo("process");
        assertThat(missing.allowed()).containsExactly("ddpm-linear", "ddpm-cosine");
        assertThat(missing.getMessage()).startsWith("sampler ddim needs a process, one of ddpm-linear, ddpm-cosine (");
        InvalidParameter extra = refusal(() -> withDefaults("vp-sde", "langevin"));
        assertThat(extra.parameter()).isEqualTo("process");
        assertThat(extra.getMessage()).startsWith("sampler langevin takes no process; leave process out, was \"vp-sde\"");
    }

    @Test
    void unknownIdsAreTypedRefusalsListingTheKnownOnes() {
        InvalidParameter sampler = refusal(() -> SamplerKind.byId("euler"));
        assertThat(sampler).isInstanceOf(UnknownId.class);
        assertThat(sampler.parameter()).isEqualTo("sampler");
        assertThat(sampler.allowed()).isEqualTo(SamplerKind.ids());
        assertThat(sampler.getMessage()).isEqualTo("sampler must be one of " + String.join(", ", SamplerKind.ids())
                + "; was \"euler\"");
        InvalidParameter process = refusal(() -> SamplerKind.forProcess("vp"));
        assertThat(process).isInstanceOf(UnknownId.class);
        assertThat(process.parameter()).isEqualTo("process");
        assertThat(process.getMessage()).isEqualTo("process must be one of ddpm-linear, ddpm-cosine, vp-sde, ve-sde, condot; was \"vp\"");
        InvalidParameter dataset = refusal(() -> ToyDataset.byId("three-moons"));
        assertThat(dataset).isInstanceOf(UnknownId.class);
        assertThat(dataset.parameter()).isEqualTo("dataset");
        assertThat(refusal(() -> SamplerKind.byId("x".repeat(100))).getMessage()).endsWith("; was \"" + "x".repeat(40) + "…\"");
    }

    @Test
    void optionsOutOfRangeAreRefusedNamingTheParameter() {
        assertRefused("ddpm-linear", SamplerKind.DDIM, new SamplerOptions(50, 1.5, 0, 0), "eta",
                "eta must be between 0.0 and 1.0, was 1.5");
        assertRefused("ddpm-linear", SamplerKind.DDIM, new SamplerOptions(1001, 0, 0, 0), "steps",
                "steps must be between 1 and 1000, was 1001");
        assertRefused("ddpm-linear", SamplerKind.DDPM, new SamplerOptions(50, 0, 0, 0), "steps",
                "steps must be 1000 for ddpm, which runs all T steps (use ddim for fewer), was 50");
        assertRefused("vp-sde", SamplerKind.REVERSE_SDE, new SamplerOptions(5001, 0, 0, 0), "steps",
                "steps must be between 1 and 5000, was 5001");
        assertRefused("ve-sde", SamplerKind.EDM_HEUN, new SamplerOptions(0, 0, 0, 0), "steps",
                "steps must be between 1 and 5000, was 0");
        assertRefused("condot", SamplerKind.FLOW_SDE, new SamplerOptions(10, 0, Double.NaN, 0), "sigma",
                "sigma must be between 0.0 and 5.0, was NaN");
        assertRefused(null, SamplerKind.LANGEVIN, new SamplerOptions(10, 0, 0, 0), "stepSize",
                "stepSize must be in (0, 1], was 0.0");
        assertRefused(null, SamplerKind.ANNEALED_LANGEVIN, new SamplerOptions(55, 0, 0, 0.01), "steps",
                "steps must be a multiple of 10 for annealed-langevin (10 noise levels), was 55");
        assertThat(refusal(() -> SamplerKind.ANNEALED_LANGEVIN.create((String) null, new SamplerOptions(55, 0, 0, 0.01)))
                .allowed()).containsExactly("10..5000 in steps of 10");
    }

    private static void assertRefused(String process, SamplerKind kind, SamplerOptions options, String parameter,
            String message) {
        InvalidParameter e = refusal(() -> kind.create(process, options));
        assertThat(e.parameter()).isEqualTo(parameter);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void theRegistryAndTheFactoriesShareOneSetOfBoundsPerOption() {
        assertSameBounds(Option.ETA, eta -> () -> Samplers.ddim(NoiseSchedule.named("linear", 1000), 10, eta),
                eta -> () -> SamplerKind.DDIM.create("ddpm-linear", new SamplerOptions(10, eta, 0, 0)));
        assertSameBounds(Option.SIGMA, sigma -> () -> Samplers.flowSde(10, sigma),
                sigma -> () -> SamplerKind.FLOW_SDE.create("condot", new SamplerOptions(10, 0, sigma, 0)));
        assertSameBounds(Option.STEP_SIZE, h -> () -> Samplers.langevin(10, h),
                h -> () -> SamplerKind.LANGEVIN.create((String) null, new SamplerOptions(10, 0, 0, h)));
        assertSameBounds(Option.STEP_SIZE, h -> () -> Samplers.annealedLangevin(10, 1, 3, 0.05, h),
                h -> () -> SamplerKind.ANNEALED_LANGEVIN.create((String) null, new SamplerOptions(10, 0, 0, h)));
        assertThat(Samplers.MAX_STEPS).isEqualTo(SamplerKind.MAX_STEPS);
    }

    /** Both builders take the ends of the option's range (when included) and refuse just past them. */
    private static void assertSameBounds(Option option, DoubleFunction<Runnable> factory, DoubleFunction<Runnable> registry) {
        Range r = option.range();
        double[] inside = r.minIncluded() ? new double[] {r.min(), r.max()} : new double[] {Math.nextUp(r.min()), r.max()};
        double[] outside = {r.minIncluded() ? Math.nextDown(r.min()) : r.min(), Math.nextUp(r.max()), Double.NaN};
        for (double v : inside) {
            factory.apply(v).run();
            registry.apply(v).run();
        }
        for (double v : outside) {
            assertThat(refusal(factory.apply(v)::run).allowed()).as(option + " " + v).isEqualTo(r.allowed());
            InvalidParameter fromRegistry = refusal(registry.apply(v)::run);
            assertThat(fromRegistry.parameter()).isEqualTo(option.key());
            assertThat(fromRegistry.allowed()).isEqualTo(r.allowed());
        }
    }

    @Test
    void theDefaultsOfEverySamplerAreListed() {
        assertThat(SamplerKind.DDIM.defaults()).isEqualTo(new SamplerOptions(50, 0, 0.5, 0.01));
        assertThat(SamplerKind.ANNEALED_LANGEVIN.defaults().stepSize()).isEqualTo(0.002);
        assertThat(SamplerKind.EDM_HEUN.defaults().withSteps(40).steps()).isEqualTo(40);
        assertThat(SamplerKind.EDM_HEUN.stepsNoun()).isEqualTo("levels");
        assertThat(SamplerKind.DDPM.fixedSteps()).isTrue();
        assertThatThrownBy(() -> SamplerKind.byId("nope")).isInstanceOf(UnknownId.class);
        for (SamplerKind kind : SamplerKind.values()) {
            for (Option option : kind.options()) {
                assertThat(option.range().contains(kind.defaults().value(option))).as(kind + " " + option).isTrue();
            }
        }
    }
}
