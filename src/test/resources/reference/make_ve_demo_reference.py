#!/usr/bin/env python3
"""Independent reference values for the SDE demo's VE process (sigma_min = 0.01, sigma_max = 10).

Written with NumPy from the formulas of song-2021-score-sde, not from the Java code:

* VE SDE: x_t = x_0 + sigma(t) eps with sigma(t) = sigma_min (sigma_max / sigma_min)^t, f = 0,
  g(t)^2 = d[sigma(t)^2]/dt = 2 sigma(t)^2 ln(sigma_max / sigma_min).
* Exact score of a Gaussian mixture blurred to time t: p_t(x) = sum_k w_k N(x; mu_k, (sd_k^2 + sigma(t)^2) I),
  differentiated directly (no log-sum-exp).
* Probability-flow ODE dx/dt = f x - g^2 / 2 score = -g^2 / 2 score, by Euler on 200 even steps from
  t = 1 down to 1e-3 (the demo's grid), from fixed start points of the size of the VE prior (std ~10).
* The prior: the samplers start from N(0, (1 + sigma_max^2) I), the second moment of p_1 for data with
  unit variance per axis.

Run from this folder:  python3 make_ve_demo_reference.py
It rewrites ve_demo_schedule.csv and ve_demo_runs.csv.
"""
import csv
import pathlib

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent

SIGMA_MIN = 0.01
SIGMA_MAX = 10.0
STEPS = 200
T_END = 1e-3

# The same three-component mixture as make_engine_reference.py.
W = np.array([0.5, 0.3, 0.2])
MU = np.array([[-1.0, 0.5], [1.5, 1.0], [0.0, -1.2]])
SD = np.array([0.3, 0.6, 0.45])


def sigma(t):
    return SIGMA_MIN * (SIGMA_MAX / SIGMA_MIN) ** t


def g2(t):
    # d/dt of sigma(t)^2 by its closed form; the finite-difference check below guards the algebra.
    return 2.0 * sigma(t) ** 2 * np.log(SIGMA_MAX / SIGMA_MIN)


def score(x, t):
    v = SD ** 2 + sigma(t) ** 2
    diff = x[None, :] - MU
    dens = W * np.exp(-np.sum(diff ** 2, axis=1) / (2 * v)) / (2 * np.pi * v)
    return np.sum(dens[:, None] * (-diff / v[:, None]), axis=0) / dens.sum()


def pf_euler(x):
    ts = np.linspace(1.0, T_END, STEPS + 1)
    for t, tn in zip(ts[:-1], ts[1:]):
        x = x + (tn - t) * (-0.5 * g2(t) * score(x, t))
    return x


def main():
    with open(HERE / "ve_demo_schedule.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["t", "sigma", "g2", "prior_std"])
        for t in [0.001, 0.25, 0.5, 2.0 / 3.0, 1.0]:
            h = 1e-6
            fd = (sigma(t + h) ** 2 - sigma(t - h) ** 2) / (2 * h)
            assert abs(fd - g2(t)) < 1e-6 * g2(t), (t, fd, g2(t))
            w.writerow([repr(float(t)), repr(float(sigma(t))), repr(float(g2(t))),
                        repr(float(np.sqrt(1.0 + SIGMA_MAX ** 2)))])

    starts = [np.array([8.0, -3.0]), np.array([-12.5, 6.0]), np.array([0.4, 15.0]), np.array([-0.2, -0.7])]
    with open(HERE / "ve_demo_runs.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["sampler", "particle", "start_x", "start_y", "end_x", "end_y"])
        for k, x in enumerate(starts):
            end = pf_euler(x.copy())
            w.writerow(["pf-ode-euler-ve", k, *(repr(float(v)) for v in x), *(repr(float(v)) for v in end)])


if __name__ == "__main__":
    main()
