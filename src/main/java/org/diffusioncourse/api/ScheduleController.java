package org.diffusioncourse.api;

import java.util.Arrays;
import java.util.List;
import org.diffusioncourse.simulation.process.NoiseSchedule;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/schedule?name=linear|cosine&T=1000}: the DDPM schedule the lessons use,
 * so anyone can reproduce a figure's numbers. Indexing as in the lessons: {@code alphaBar}
 * has T + 1 entries with {@code alphaBar[0] = 1} (no noise), {@code beta} has T entries with
 * {@code beta[i]} = beta_{i+1}.
 */
@RestController
class ScheduleController {

    /** Larger schedules are refused: the answer would be megabytes for no lesson's benefit. */
    static final int MAX_STEPS = 10_000;

    /** The answer: both arrays in full. */
    record Schedule(String name, int steps, double[] alphaBar, double[] beta) {
    }

    @GetMapping("/api/v1/schedule")
    Schedule schedule(@RequestParam(defaultValue = "linear") String name,
                      @RequestParam(name = "T", defaultValue = "1000") int steps) {
        if (!NoiseSchedule.names().contains(name)) {
            throw new InvalidChoice("name", "name must be one of " + String.join(", ", NoiseSchedule.names())
                    + "; was \"" + JsonFields.shorten(name) + "\"", NoiseSchedule.names());
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new InvalidChoice("T", "T must be between 1 and " + MAX_STEPS + ", was " + steps,
                    List.of("1.." + MAX_STEPS));
        }
        NoiseSchedule schedule = NoiseSchedule.named(name, steps);
        double[] beta = new double[steps];
        Arrays.setAll(beta, i -> schedule.beta(i + 1));
        return new Schedule(name, steps, schedule.alphaBars(), beta);
    }

}
