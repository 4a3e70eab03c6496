package org.diffusioncourse.lab;

import java.util.Locale;
import org.diffusioncourse.simulation.ToyDataset;

/** Readable names for the catalog's ids, for labels, headings and text alternatives. */
final class SamplerNames {

    private SamplerNames() {
    }

    static String sampler(String id) {
        return switch (id) {
            case "ddpm" -> "DDPM ancestral";
            case "ddim" -> "DDIM";
            case "reverse-sde" -> "Reverse SDE (Euler–Maruyama)";
            case "pf-ode-euler" -> "Probability-flow ODE, Euler";
            case "pf-ode-heun" -> "Probability-flow ODE, Heun";
            case "edm-heun" -> "EDM Heun (Karras σ)";
            case "dpm-solver++2m" -> "DPM-Solver++(2M)";
            case "langevin" -> "Langevin (unadjusted)";
            case "annealed-langevin" -> "Annealed Langevin";
            case "flow-euler" -> "Flow-matching ODE, Euler";
            case "flow-heun" -> "Flow-matching ODE, Heun";
            case "flow-sde" -> "Flow-matching SDE";
            default -> id;
        };
    }

    /** A short name for figure headings. */
    static String shortSampler(String id) {
        return switch (id) {
            case "ddpm" -> "DDPM";
            case "reverse-sde" -> "Reverse SDE";
            case "pf-ode-euler" -> "PF-ODE Euler";
            case "pf-ode-heun" -> "PF-ODE Heun";
            case "edm-heun" -> "EDM Heun";
            case "flow-euler" -> "Flow Euler";
            case "flow-heun" -> "Flow Heun";
            case "flow-sde" -> "Flow SDE";
            default -> sampler(id);
        };
    }

    static String process(String id) {
        return switch (id) {
            case "ddpm-linear" -> "DDPM, linear β (T = 1000)";
            case "ddpm-cosine" -> "DDPM, cosine (T = 1000)";
            case "vp-sde" -> "VP SDE (β 0.1 to 20)";
            case "ve-sde" -> "VE SDE (σ 0.01 to 50)";
            case "condot" -> "CondOT flow path";
            case LabSettings.NO_PROCESS -> "None (Langevin samplers)";
            default -> id;
        };
    }

    /** A comparison choice {@code process/sampler} as text. */
    static String pair(String choice) {
        if (LabSettings.NO_COMPARISON.equals(choice)) {
            return "No comparison";
        }
        String process = choice.substring(0, choice.indexOf('/'));
        String sampler = choice.substring(choice.indexOf('/') + 1);
        return sampler(sampler) + (LabSettings.NO_PROCESS.equals(process) ? "" : " on " + process);
    }

    static String target(String id) {
        return ToyDataset.byId(id).label().toLowerCase(Locale.ROOT);
    }
}
