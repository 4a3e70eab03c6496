package org.diffusioncourse.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.diffusioncourse.simulation.FieldBuffer;
import org.diffusioncourse.simulation.LabelledMixture;
import org.diffusioncourse.simulation.NoisedMixture;
import org.diffusioncourse.simulation.check.UnknownId;
import org.diffusioncourse.simulation.process.CondOtPath;
import org.diffusioncourse.simulation.process.DdpmPath;
import org.diffusioncourse.simulation.process.GaussianPath;
import org.diffusioncourse.simulation.process.GaussianPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/field}: the exact fields of a target noised by a process at time t, at
 * given points. With x_t = a(t) x_0 + s(t) eps ({@link NoisedMixture}):
 *
 * <pre>
 *   density = p_t(x),  score = grad log p_t(x),  eps = E[eps | x_t = x] = -s score,
 *   x0 = E[x_0 | x_t = x],  velocity (condot only) = E[z - eps | x_t = x] = x0 + (1 - t) score.
 * </pre>
 *
 * Time as each process states it: ddpm-* an integer step 0..1000 (0 is data); vp-sde and ve-sde
 * t in [0, 1] (0 is data); condot t in [0, 1] with t = 0 noise and t = 1 data.
 */
@RestController
class FieldController {

    /** Most points per request. */
    static final int MAX_POINTS = 20_000;

    private static final List<String> KEYS = List.of("target", "process", "t", "points");

    /** The answer; {@code velocity} is left out except on condot. */
    @JsonPropertyOrder({"density", "score", "eps", "x0", "velocity"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fields(double[] density, double[][] score, double[][] eps, double[][] x0, double @Nullable [][] velocity) {
    }

    @PostMapping(path = "/api/v1/field", produces = MediaType.APPLICATION_JSON_VALUE)
    Fields field(InputStream body) {
        JsonFields request = JsonFields.parse(body, KEYS);
        LabelledMixture target = Targets.read(request);
        GaussianPath path = process(request.string("process"));
        double t = time(request, path);
        JsonNode points = JsonFields.array(request.required("points"), "points", 1, MAX_POINTS, "points");
        int n = points.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = JsonFields.point(points.get(i), "points[" + i + "]");
            xs[i] = p[0];
            ys[i] = p[1];
        }
        double a = path.signalScale(t);
        double s = path.noiseStd(t);
        NoisedMixture exact = NoisedMixture.of(target.mixture());
        FieldBuffer out = FieldBuffer.of(n);
        exact.evaluate(a, s, xs, ys, n, out);
        double[] density = new double[n];
        exact.logDensity(a, s, xs, ys, n, density);
        double[][] score = new double[n][];
        double[][] eps = new double[n][];
        double[][] x0 = new double[n][];
        boolean flow = path instanceof CondOtPath;
        double[][] velocity = flow ? new double[n][] : null;
        for (int i = 0; i < n; i++) {
            density[i] = Math.exp(density[i]);
            score[i] = new double[] {out.scoreX(i), out.scoreY(i)};
            // 0.0 - v rather than -v: no "-0.0" in the JSON where s = 0 or the score vanishes.
            eps[i] = new double[] {0.0 - s * out.scoreX(i), 0.0 - s * out.scoreY(i)};
            x0[i] = new double[] {out.denoisedX(i), out.denoisedY(i)};
            if (velocity != null) {
                // u = a' D - s' s score with a = t, s = 1 - t: finite at both ends, unlike (x + s score) / t.
                velocity[i] = new double[] {out.denoisedX(i) + s * out.scoreX(i), out.denoisedY(i) + s * out.scoreY(i)};
            }
        }
        return new Fields(density, score, eps, x0, velocity);
    }

    private static GaussianPath process(String id) {
        try {
            return GaussianPaths.byId(id);
        } catch (UnknownId e) {
            throw InvalidChoice.of(e, Set.of("process"));
        }
    }

    private static double time(JsonFields request, GaussianPath path) {
        if (path instanceof DdpmPath ddpm) {
            int steps = ddpm.schedule().steps();
            return JsonFields.integer(request.required("t"), "t", 0, steps);
        }
        double t = request.number("t");
        if (t < 0 || t > 1) {
            throw new InvalidChoice("t", "t must be between 0 and 1 for " + path.id() + ", was " + t, List.of("0..1"));
        }
        return t;
    }
}
