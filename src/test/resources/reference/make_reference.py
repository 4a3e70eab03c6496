#!/usr/bin/env python3
"""Independent reference values for the noise-schedule tests.

Computed with NumPy, written from the papers' formulas rather than from the Java code:

* linear  (ho-2020-ddpm):         beta = linspace(1e-4, 0.02, T)
* cosine  (nichol-2021-improved): f(t) = cos^2(((t/T) + s)/(1 + s) * pi/2), s = 0.008,
                                  beta_t = min(1 - f(t)/f(t-1), 0.999)
* both:                           alpha_bar = concat([1], cumprod(1 - beta))

Run from this folder:  python3 make_reference.py
It rewrites schedules.csv and trace.csv next to this script.
"""
import csv
import pathlib

import numpy as np

T = 1000
STEPS = [0, 1, 10, 100, 500, 999, 1000]
HERE = pathlib.Path(__file__).resolve().parent


def linear_betas(steps, start=1e-4, end=0.02):
    return np.linspace(start, end, steps, dtype=np.float64)


def cosine_betas(steps, s=0.008):
    t = np.arange(steps + 1, dtype=np.float64)
    f = np.cos(((t / steps) + s) / (1.0 + s) * np.pi / 2.0) ** 2
    return np.minimum(1.0 - f[1:] / f[:-1], 0.999)


def alpha_bars(betas):
    return np.concatenate([[1.0], np.cumprod(1.0 - betas)])


def main():
    rows = []
    for name, betas in (("linear", linear_betas(T)), ("cosine", cosine_betas(T))):
        ab = alpha_bars(betas)
        for t in STEPS:
            beta = betas[t - 1] if t >= 1 else float("nan")
            rows.append([name, t, repr(float(beta)), repr(float(ab[t])),
                         repr(float(np.sqrt(ab[t]))), repr(float(np.sqrt(1.0 - ab[t])))])
    with open(HERE / "schedules.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["schedule", "t", "beta", "alpha_bar", "signal_scale", "noise_std"])
        w.writerows(rows)

    # The single-point trace of the lesson's code (x0 = (1, -1), linear schedule): the noise
    # std column as that code prints it, with three decimals.
    ab = alpha_bars(linear_betas(T))
    with open(HERE / "trace.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["t", "alpha_bar", "noise_std", "noise_std_printed"])
        for t in [0, 10, 100, 500, 1000]:
            std = np.sqrt(1.0 - ab[t])
            w.writerow([t, repr(float(ab[t])), repr(float(std)), f"{std:.3f}"])


if __name__ == "__main__":
    main()
