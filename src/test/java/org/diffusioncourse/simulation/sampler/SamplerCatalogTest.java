package org.diffusioncourse.simulation.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.GuidedField;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.ScoreField;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.diffusioncourse.simulation.process.VpSde;
import org.junit.jupiter.api.Test;

/** The one id -> sampler mapping: pairs, defaults, options, guidance and the budget. */
class SamplerCatalogTest {

    private static final LabelledMixture EIGHT = ToyDataset.EIGHT_GAUSSIANS.labelled();

    private static SamplerCatalog.InvalidChoice refusal(Runnable call) {
        try {
            call.run();
        } catch (SamplerCatalog.InvalidChoice e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    private static Sampler withDefaults(String process, String sampler) {
        return SamplerCatalog.sampler(process, sampler, SamplerCatalog.defaults(sampler));
    }

    @Test
    void theIdsAndPairsAreThoseOfTheIssue() {
        assertThat(SamplerCatalog.processIds()).containsExactly("ddpm-linear", "ddpm-cosine", "vp-sde", "ve-sde", "condot");
        assertThat(SamplerCatalog.samplerIds()).containsExactly("ddpm", "ddim", "reverse-sde", "pf-ode-euler",
                "pf-ode-heun", "edm-heun", "dpm-solver++2m", "langevin", "annealed-langevin", "flow-euler",
                "flow-heun", "flow-sde");
        assertThat(SamplerCatalog.samplersFor("ddpm-cosine")).containsExactly("ddpm", "ddim");
        assertThat(SamplerCatalog.samplersFor("vp-sde")).containsExactly("reverse-sde", "pf-ode-euler", "pf-ode-heun", "dpm-solver++2m");
        assertThat(SamplerCatalog.samplersFor("ve-sde")).containsExactly("reverse-sde", "pf-ode-euler", "pf-ode-heun",
                "dpm-solver++2m", "edm-heun");
        assertThat(SamplerCatalog.samplersFor("condot")).containsExactly("flow-euler", "flow-heun", "flow-sde");
        assertThat(SamplerCatalog.samplersFor(null)).containsExactly("langevin", "annealed-langevin");
        assertThat(SamplerCatalog.processesFor("pf-ode-heun")).containsExactly("vp-sde", "ve-sde");
        assertThat(SamplerCatalog.processesFor("langevin")).isEmpty();
        assertThat(SamplerCatalog.needsNoProcess("annealed-langevin")).isTrue();
        assertThat(SamplerCatalog.datasetIds()).isEqualTo(ToyDataset.allIds());
    }

    @Test
    void everySamplerIdRunsOnSomeProcessOrOnNone() {
        for (String sampler : SamplerCatalog.samplerIds()) {
            boolean placed = SamplerCatalog.needsNoProcess(sampler) || !SamplerCatalog.processesFor(sampler).isEmpty();
            assertThat(placed).as(sampler).isTrue();
        }
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
        for (String process : SamplerCatalog.processIds()) {
            for (String sampler : SamplerCatalog.samplersFor(process)) {
                assertThat(withDefaults(process, sampler)).as(process + " + " + sampler).isNotNull();
            }
        }
    }

    @Test
    void theCatalogBuildsTheSameSamplersAsTheFactoriesDrawForDraw() {
        ScoreField field = SamplerCatalog.field(EIGHT, null);
        assertSameRun(SamplerCatalog.sampler("ve-sde", "edm-heun", new SamplerCatalog.Options(12, 0, 0, 0)),
                Samplers.edmHeun(12, 0.002, 80, 7), field);
        assertSameRun(SamplerCatalog.sampler("ddpm-cosine", "ddim", new SamplerCatalog.Options(20, 0.3, 0, 0)),
                Samplers.ddim(NoiseSchedule.named("cosine", 1000), 20, 0.3), field);
        assertSameRun(SamplerCatalog.sampler("vp-sde", "dpm-solver++2m", new SamplerCatalog.Options(15, 0, 0, 0)),
                Samplers.dpmSolverPlusPlus2M(VpSde.standard(), 15), field);
        assertSameRun(SamplerCatalog.sampler("condot", "flow-sde", new SamplerCatalog.Options(30, 0, 0.7, 0)),
                Samplers.flowSde(30, 0.7), field);
        assertSameRun(SamplerCatalog.sampler(null, "annealed-langevin", new SamplerCatalog.Options(40, 0, 0, 0.003)),
                Samplers.annealedLangevin(10, 4, 3, 0.05, 0.003), field);
    }

    private static void assertSameRun(Sampler fromCatalog, Sampler direct, ScoreField field) {
        SampleRun a = fromCatalog.run(field, 64, Seeds.generator(9), PathSelection.none());
        SampleRun b = direct.run(field, 64, Seeds.generator(9), PathSelection.none());
        assertThat(a.samples()).isEqualTo(b.samples());
        assertThat(a.nfe()).isEqualTo(b.nfe());
    }

    @Test
    void aPairThatDoesNotFitIsRefusedListingThePairsThatDo() {
        SamplerCatalog.InvalidChoice e = refusal(() -> withDefaults("vp-sde", "edm-heun"));
        assertThat(e.field()).isEqualTo("sampler");
        assertThat(e.allowed()).containsExactly("reverse-sde", "pf-ode-euler", "pf-ode-heun", "dpm-solver++2m");
        assertThat(e.getMessage()).isEqualTo("sampler edm-heun does not run on process vp-sde; vp-sde takes reverse-sde, "
                + "pf-ode-euler, pf-ode-heun, dpm-solver++2m (" + SamplerCatalog.pairsDescription() + ")");
        assertThat(SamplerCatalog.pairsDescription()).isEqualTo("ddpm-linear and ddpm-cosine take ddpm, ddim; "
                + "vp-sde takes reverse-sde, pf-ode-euler, pf-ode-heun, dpm-solver++2m; "
                + "ve-sde takes reverse-sde, pf-ode-euler, pf-ode-heun, dpm-solver++2m, edm-heun; "
                + "condot takes flow-euler, flow-heun, flow-sde; langevin and annealed-langevin take no process");
        int refused = 0;
        for (String process : SamplerCatalog.processIds()) {
            for (String sampler : SamplerCatalog.samplerIds()) {
                if (!SamplerCatalog.samplersFor(process).contains(sampler)) {
                    SamplerCatalog.InvalidChoice r = refusal(() -> withDefaults(process, sampler));
                    assertThat(r.field()).isIn("sampler", "process");
                    refused++;
                }
            }
        }
        assertThat(refused).isEqualTo(5 * 12 - (2 + 2 + 4 + 5 + 3));
    }

    @Test
    void aMissingOrSuperfluousProcessIsRefusedOnTheProcessField() {
        SamplerCatalog.InvalidChoice missing = refusal(() -> withDefaults(null, "ddim"));
        assertThat(missing.field()).isEqualTo("process");
        assertThat(missing.allowed()).containsExactly("ddpm-linear", "ddpm-cosine");
        assertThat(missing.getMessage()).startsWith("sampler ddim needs a process, one of ddpm-linear, ddpm-cosine (");
        SamplerCatalog.InvalidChoice extra = refusal(() -> withDefaults("vp-sde", "langevin"));
        assertThat(extra.field()).isEqualTo("process");
        assertThat(extra.getMessage()).startsWith("sampler langevin takes no process; leave process out, was \"vp-sde\"");
    }

    @Test
    void unknownIdsAreRefusedListingTheKnownOnes() {
        SamplerCatalog.InvalidChoice sampler = refusal(() -> withDefaults("vp-sde", "euler"));
        assertThat(sampler.field()).isEqualTo("sampler");
        assertThat(sampler.allowed()).isEqualTo(SamplerCatalog.samplerIds());
        assertThat(sampler.getMessage()).isEqualTo("sampler must be one of " + String.join(", ", SamplerCatalog.samplerIds())
                + "; was \"euler\"");
        SamplerCatalog.InvalidChoice process = refusal(() -> SamplerCatalog.samplersFor("vp"));
        assertThat(process.field()).isEqualTo("process");
        assertThat(process.getMessage()).isEqualTo("process must be one of ddpm-linear, ddpm-cosine, vp-sde, ve-sde, condot; was \"vp\"");
        SamplerCatalog.InvalidChoice dataset = refusal(() -> SamplerCatalog.dataset("three-moons"));
        assertThat(dataset.field()).isEqualTo("target");
        assertThat(dataset.allowed()).isEqualTo(ToyDataset.allIds());
        assertThat(SamplerCatalog.dataset("two-moons")).isSameAs(ToyDataset.TWO_MOONS.labelled());
        assertThat(SamplerCatalog.process("condot")).isSameAs(CondOtPath.of());
    }

    @Test
    void optionsOutOfRangeAreRefusedNamingTheField() {
        assertRefused("ddpm-linear", "ddim", new SamplerCatalog.Options(50, 1.5, 0, 0), "eta",
                "eta must be between 0.0 and 1.0, was 1.5");
        assertRefused("ddpm-linear", "ddim", new SamplerCatalog.Options(1001, 0, 0, 0), "steps",
                "steps must be between 1 and 1000, was 1001");
        assertRefused("ddpm-linear", "ddpm", new SamplerCatalog.Options(50, 0, 0, 0), "steps",
                "steps must be 1000 for ddpm, which runs all T steps (use ddim for fewer), was 50");
        assertRefused("vp-sde", "reverse-sde", new SamplerCatalog.Options(5001, 0, 0, 0), "steps",
                "steps must be between 1 and 5000, was 5001");
        assertRefused("ve-sde", "edm-heun", new SamplerCatalog.Options(0, 0, 0, 0), "steps",
                "steps must be between 1 and 5000, was 0");
        assertRefused("condot", "flow-sde", new SamplerCatalog.Options(10, 0, Double.NaN, 0), "sigma",
                "sigma must be between 0.0 and 5.0, was NaN");
        assertRefused(null, "langevin", new SamplerCatalog.Options(10, 0, 0, 0), "stepSize",
                "stepSize must be in (0, 1], was 0.0");
        assertRefused(null, "annealed-langevin", new SamplerCatalog.Options(55, 0, 0, 0.01), "steps",
                "steps must be a multiple of 10 for annealed-langevin (10 noise levels), was 55");
    }

    private static void assertRefused(String process, String sampler, SamplerCatalog.Options options, String field, String message) {
        SamplerCatalog.InvalidChoice e = refusal(() -> SamplerCatalog.sampler(process, sampler, options));
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void guidanceMixesTheClassConditionalFieldAndChecksClassAndScale() {
        ScoreField plain = SamplerCatalog.field(EIGHT, null);
        assertThat(plain.componentCost()).isEqualTo(8);
        ScoreField guided = SamplerCatalog.field(EIGHT, new SamplerCatalog.Guidance(3, 2));
        assertThat(guided.componentCost()).isEqualTo(9);
        FieldBuffer fromCatalog = FieldBuffer.of(1);
        FieldBuffer direct = FieldBuffer.of(1);
        guided.evaluate(0.5, 0.8, new double[] {0.3}, new double[] {-0.2}, 1, fromCatalog);
        GuidedField.of(EIGHT, 3, 2).evaluate(0.5, 0.8, new double[] {0.3}, new double[] {-0.2}, 1, direct);
        assertThat(fromCatalog.scoreX(0)).isEqualTo(direct.scoreX(0));
        assertThat(fromCatalog.denoisedY(0)).isEqualTo(direct.denoisedY(0));

        SamplerCatalog.InvalidChoice badClass = refusal(() -> SamplerCatalog.field(EIGHT, new SamplerCatalog.Guidance(8, 1)));
        assertThat(badClass.field()).isEqualTo("guidance.class");
        assertThat(badClass.allowed()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(badClass.getMessage()).isEqualTo("guidance.class must be a class of the target, one of 0, 1, 2, 3, 4, 5, 6, 7; was 8");
        SamplerCatalog.InvalidChoice badScale = refusal(() -> SamplerCatalog.field(EIGHT, new SamplerCatalog.Guidance(1, 20.5)));
        assertThat(badScale.field()).isEqualTo("guidance.scale");
        assertThat(badScale.getMessage()).isEqualTo("guidance.scale must be between 0 and 20, was 20.5");
        assertThat(badScale.allowed()).containsExactly("0..20");
    }

    @Test
    void theBudgetAdmitsTwentyThousandParticlesTimesOneHundredStepsOnEightComponents() {
        SamplerCatalog.Configured run = SamplerCatalog.configure("vp-sde", "reverse-sde", EIGHT,
                new SamplerCatalog.Options(100, 0, 0, 0), null);
        assertThat(run.cost(20_000)).isEqualTo(20_000L * 100 * 8);
        SamplerCatalog.requireWithinBudget(run, 20_000);
        SamplerCatalog.Configured spiralDdpm = SamplerCatalog.configure("ddpm-linear", "ddpm",
                ToyDataset.SPIRAL.labelled(), SamplerCatalog.defaults("ddpm"), null);
        SamplerCatalog.requireWithinBudget(spiralDdpm, 2000);
    }

    @Test
    void aRunAboveTheBudgetIsRefusedBlamingNOrStepsWithTheEstimate() {
        SamplerCatalog.Configured spiralDdpm = SamplerCatalog.configure("ddpm-linear", "ddpm",
                ToyDataset.SPIRAL.labelled(), SamplerCatalog.defaults("ddpm"), null);
        SamplerCatalog.InvalidChoice n = refusal(() -> SamplerCatalog.requireWithinBudget(spiralDdpm, 20_000));
        assertThat(n.field()).isEqualTo("n");
        assertThat(n.getMessage()).isEqualTo("the run would need n x NFE x components = 20000 x 1000 x 60 = 1200000000 "
                + "field evaluations, above the budget of 200000000; lower n or steps");
        assertThat(n.allowed()).containsExactly("n x NFE x components <= 200000000");
        SamplerCatalog.Configured longSde = SamplerCatalog.configure("vp-sde", "reverse-sde",
                ToyDataset.TWO_MOONS.labelled(), new SamplerCatalog.Options(5000, 0, 0, 0), new SamplerCatalog.Guidance(0, 2));
        SamplerCatalog.InvalidChoice steps = refusal(() -> SamplerCatalog.requireWithinBudget(longSde, 20_000));
        assertThat(steps.field()).isEqualTo("steps");
        assertThat(steps.getMessage()).startsWith("the run would need n x NFE x components = 20000 x 5000 x 72 = 7200000000 ");
    }

    @Test
    void theDefaultsOfEverySamplerAreListed() {
        assertThat(SamplerCatalog.defaults("ddim")).isEqualTo(new SamplerCatalog.Options(50, 0, 0.5, 0.01));
        assertThat(SamplerCatalog.defaults("annealed-langevin").stepSize()).isEqualTo(0.002);
        assertThat(SamplerCatalog.defaults("edm-heun").withSteps(40).steps()).isEqualTo(40);
        assertThatThrownBy(() -> SamplerCatalog.defaults("nope")).isInstanceOf(SamplerCatalog.InvalidChoice.class);
        assertThat(List.of(SamplerCatalog.BUDGET)).containsExactly(200_000_000L);
    }
}
