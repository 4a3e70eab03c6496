#!/usr/bin/env python3
"""Independent reference values for the sampling-engine tests.

Written with NumPy from the papers' formulas, not from the Java code:

* noised mixture (song-2021-score-sde): p_t(x) = sum_k w_k N(x; a mu_k, (a^2 sigma_k^2 + s^2) I),
  score by direct differentiation of the density (no log-sum-exp), denoiser by Tweedie
  D = (x + s^2 score) / a;  a, s from each process's own formulas.
* DDPM posterior (ho-2020-ddpm, eqs. 6-7): beta_tilde = (1 - ab_{t-1}) / (1 - ab_t) beta_t,
  mean = sqrt(ab_{t-1}) beta_t / (1 - ab_t) x0_hat + sqrt(1 - beta_t) (1 - ab_{t-1}) / (1 - ab_t) x_t.
* Karras sigmas (karras-2022-edm, eq. 5), rho = 7, 0.002 .. 80.
* Deterministic runs from fixed starts: DDIM eta = 0 with S = 2 (song-2020-ddim, x0_hat = (x - s eps)/a),
  EDM Heun with 3 levels, PF-ODE Heun on VP with 2 steps, DPM-Solver++(2M) on VP with 3 steps whose
  times are uniform in lambda = log(a/s) (inverted in closed form, lu-2022-dpm-solver).

Run from this folder:  python3 make_engine_reference.py
It rewrites engine_fields.csv, engine_ddpm.csv, engine_karras.csv and engine_runs.csv.
"""
import csv
import pathlib

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent

W = np.array([0.5, 0.3, 0.2])
MU = np.array([[-1.0, 0.5], [1.5, 1.0], [0.0, -1.2]])
SD = np.array([0.3, 0.6, 0.45])

T = 1000
BETA = np.linspace(1e-4, 0.02, T)
AB = np.concatenate([[1.0], np.cumprod(1.0 - BETA)])


def cosine_ab(steps=T, s=0.008):
    t = np.arange(steps + 1, dtype=np.float64)
    f = np.cos(((t / steps) + s) / (1.0 + s) * np.pi / 2.0) ** 2
    b = np.minimum(1.0 - f[1:] / f[:-1], 0.999)
    return np.concatenate([[1.0], np.cumprod(1.0 - b)])


def vp(t, bmin=0.1, bmax=20.0):
    integral = bmin * t + 0.5 * (bmax - bmin) * t * t
    a = np.exp(-0.5 * integral)
    return a, np.sqrt(1.0 - a * a), bmin + t * (bmax - bmin)


def ve(t, smin=0.01, smax=50.0):
    return 1.0, smin * (smax / smin) ** t


def scales(process, t):
    if process == "ddpm-linear":
        return np.sqrt(AB[int(t)]), np.sqrt(1 - AB[int(t)])
    if process == "ddpm-cosine":
        ab = cosine_ab()
        return np.sqrt(ab[int(t)]), np.sqrt(1 - ab[int(t)])
    if process == "vp-sde":
        a, s, _ = vp(t)
        return a, s
    if process == "ve-sde":
        return ve(t)
    if process == "condot":
        return t, 1.0 - t
    raise ValueError(process)


def fields(x, a, s):
    """Density, score and denoiser at one point x (shape (2,))."""
    v = a * a * SD ** 2 + s * s
    diff = x[None, :] - a * MU
    dens = W * np.exp(-np.sum(diff ** 2, axis=1) / (2 * v)) / (2 * np.pi * v)
    p = dens.sum()
    grad = np.sum(dens[:, None] * (-diff / v[:, None]), axis=0)
    score = grad / p
    return p, score, (x + s * s * score) / a


def main():
    points = [np.array([0.3, -0.4]), np.array([-1.1, 0.6]), np.array([1.0, 2.0])]
    cases = [("ddpm-linear", 0), ("ddpm-linear", 10), ("ddpm-linear", 500), ("ddpm-cosine", 300),
             ("vp-sde", 0.05), ("vp-sde", 0.5), ("ve-sde", 0.2), ("ve-sde", 0.6),
             ("condot", 0.3), ("condot", 0.9)]
    with open(HERE / "engine_fields.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["process", "t", "x", "y", "log_density", "score_x", "score_y", "denoised_x", "denoised_y"])
        for process, t in cases:
            a, s = scales(process, t)
            for x in points:
                p, sc, d = fields(x, a, s)
                w.writerow([process, repr(float(t)), repr(float(x[0])), repr(float(x[1])), repr(float(np.log(p))),
                            repr(float(sc[0])), repr(float(sc[1])), repr(float(d[0])), repr(float(d[1]))])

    with open(HERE / "engine_ddpm.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["t", "beta_tilde", "mean_x", "mean_y"])
        x = np.array([0.3, -0.4])
        for t in [2, 10, 500, 1000]:
            beta = BETA[t - 1]
            a, s = np.sqrt(AB[t]), np.sqrt(1 - AB[t])
            _, sc, _ = fields(x, a, s)
            eps = -s * sc
            x0 = (x - s * eps) / a
            c0 = np.sqrt(AB[t - 1]) * beta / (1 - AB[t])
            ct = np.sqrt(1 - beta) * (1 - AB[t - 1]) / (1 - AB[t])
            mean = c0 * x0 + ct * x
            w.writerow([t, repr(float((1 - AB[t - 1]) / (1 - AB[t]) * beta)), repr(float(mean[0])), repr(float(mean[1]))])

    with open(HERE / "engine_karras.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["steps", "i", "sigma"])
        for n in [5, 18]:
            i = np.arange(n)
            sig = (80 ** (1 / 7) + i / (n - 1) * (0.002 ** (1 / 7) - 80 ** (1 / 7))) ** 7
            for k, v in enumerate(np.append(sig, 0.0)):
                w.writerow([n, k, repr(float(v))])

    starts = [np.array([0.5, -0.3]), np.array([-1.2, 0.8]), np.array([2.0, 1.5])]
    rows = []
    for k, x in enumerate(starts):
        rows.append(["ddim", k, *x, *ddim(x.copy())])
        rows.append(["edm-heun", k, *(80 * x), *edm(80 * x)])
        rows.append(["pf-ode-heun-vp", k, *x, *pf_heun(x.copy())])
        rows.append(["dpm-solver-pp-2m-vp", k, *x, *dpm(x.copy())])
    with open(HERE / "engine_runs.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["sampler", "particle", "start_x", "start_y", "end_x", "end_y"])
        for r in rows:
            w.writerow([r[0], r[1]] + [repr(float(v)) for v in r[2:]])


def ddim(x):
    taus = [1000, 500, 0]
    for t, tp in zip(taus[:-1], taus[1:]):
        a, s = np.sqrt(AB[t]), np.sqrt(1 - AB[t])
        _, sc, _ = fields(x, a, s)
        eps = -s * sc
        x0 = (x - s * eps) / a
        x = np.sqrt(AB[tp]) * x0 + np.sqrt(1 - AB[tp]) * eps
    return x


def edm(x):
    n = 3
    i = np.arange(n)
    sig = np.append((80 ** (1 / 7) + i / (n - 1) * (0.002 ** (1 / 7) - 80 ** (1 / 7))) ** 7, 0.0)
    for s, sn in zip(sig[:-1], sig[1:]):
        d = (x - fields(x, 1.0, s)[2]) / s
        xp = x + (sn - s) * d
        if sn > 0:
            dp = (xp - fields(xp, 1.0, sn)[2]) / sn
            x = x + (sn - s) * 0.5 * (d + dp)
        else:
            x = xp
    return x


def pf_velocity(x, t):
    a, s, beta = vp(t)
    _, sc, _ = fields(x, a, s)
    return -0.5 * beta * (x + sc)


def pf_heun(x):
    ts = np.linspace(1.0, 1e-3, 3)
    for t, tn in zip(ts[:-1], ts[1:]):
        u = pf_velocity(x, t)
        xp = x + (tn - t) * u
        x = x + (tn - t) * 0.5 * (u + pf_velocity(xp, tn))
    return x


def vp_time_of_lambda(lam, bmin=0.1, bmax=20.0):
    integral = np.log1p(np.exp(-2 * lam))
    return (-bmin + np.sqrt(bmin * bmin + 2 * (bmax - bmin) * integral)) / (bmax - bmin)


def vp_lambda(t):
    a, s, _ = vp(t)
    return np.log(a / s)


def dpm(x, steps=3):
    lams = np.linspace(vp_lambda(1.0), vp_lambda(1e-3), steps + 1)
    ts = vp_time_of_lambda(lams)
    ts[0], ts[-1] = 1.0, 1e-3
    old = None
    for i in range(steps):
        t, tn = ts[i], ts[i + 1]
        a, s, _ = vp(t)
        an, sn, _ = vp(tn)
        h = vp_lambda(tn) - vp_lambda(t)
        d = fields(x, a, s)[2]
        if old is None:
            dp = d
        else:
            r = hprev / h
            dp = (1 + 1 / (2 * r)) * d - 1 / (2 * r) * old
        x = sn / s * x - an * (np.exp(-h) - 1) * dp
        old, hprev = d, h
    return x


if __name__ == "__main__":
    main()
