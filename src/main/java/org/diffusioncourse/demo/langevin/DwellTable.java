package org.diffusioncourse.demo.langevin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.diffusioncourse.simulation.Seeds;
import org.diffusioncourse.simulation.sampler.LangevinDwell;

/**
 * The Langevin lesson's dwell table: chapter 004's two modes at ±3 (σ = 0.5), {@value #PARTICLES}
 * particles from X_0 = 0 for {@value #STEPS} steps at each step size of {@link #HS}, seed
 * {@value #SEED}, beside the exact mean dwell of the continuous dynamics and the spread the chain
 * settles at around a mode ({@link LangevinDwell}). Text only; the demo puts it in a table.
 */
public final class DwellTable {

    /** The engine's step sizes h = 2 η, from the chapter's 0.01 to just below the stable limit 4 σ² = 1. */
    public static final List<Double> HS = List.of(0.01, 0.1, 0.3, 0.5, 0.7, 0.9);
    public static final int PARTICLES = 100;
    public static final int STEPS = 20_000;
    public static final long SEED = 4;

    public static final List<String> HEADERS = List.of("step h (η = h/2)", "switches seen", "steps per switch, seen",
            "mean dwell in steps, exact (small-step limit)", "chose +3 first", "spread around a mode (target 0.5)");

    private DwellTable() {
    }

    /** The runs, one per step size, each from its own stream of seed {@value #SEED}. */
    public static List<LangevinDwell.Run> runs() {
        LangevinDwell dwell = LangevinDwell.chapter();
        return IntStream.range(0, HS.size())
                .mapToObj(i -> dwell.run(HS.get(i), PARTICLES, STEPS, Seeds.stream(SEED, i))).toList();
    }

    /** The table's rows for {@code runs}. */
    public static List<List<String>> rows(List<LangevinDwell.Run> runs) {
        LangevinDwell dwell = LangevinDwell.chapter();
        double time = dwell.meanDwellTime();
        return runs.stream().map(r -> List.of(
                String.format(Locale.ROOT, "%s (η = %s)", plain(r.h()), plain(r.h() / 2)),
                String.format(Locale.ROOT, "%,d", r.switches()),
                r.switches() == 0 ? "none seen" : String.format(Locale.ROOT, "%,.0f", r.stepsPerSwitch()),
                scientific(time / r.h()),
                r.firstRight() + " of " + r.particles(),
                String.format(Locale.ROOT, "%.3f", dwell.chainSpread(r.h())))).toList();
    }

    /** The caption above the table. */
    public static String caption() {
        return "Computed when this page was drawn: " + PARTICLES + " particles start at X_0 = 0 on 0.5 N(−3, 0.25) + "
                + "0.5 N(3, 0.25) and take " + String.format(Locale.ROOT, "%,d", STEPS) + " steps of the engine's Langevin "
                + "update at each step size (seed " + SEED + "). A switch is a move from beyond +1.5 to beyond −1.5 or back. "
                + "The exact dwell is the mean first-passage time of the continuous dynamics divided by h.";
    }

    /** 0.01, 0.1, 0.35: the fewest digits. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Three significant digits, as 2.24 × 10^9 for large numbers. */
    static String scientific(double value) {
        int exponent = (int) Math.floor(Math.log10(value));
        double mantissa = value / Math.pow(10, exponent);
        return String.format(Locale.ROOT, "%.2f × 10^%d", mantissa, exponent);
    }
}
