#!/usr/bin/env python3
"""Independent reference values for the worked numbers of the evaluation lesson.

Every value is computed here with tools that share nothing with the Java closed forms the
EvaluationNumbersTest uses:

* Frechet distance of two Gaussians: scipy.linalg.sqrtm of S1^(1/2) S2 S1^(1/2) (not the 2x2
  shortcut tr sqrt(M) = sqrt(tr M + 2 sqrt(det M)) that the lesson teaches and the test uses).
* Energy distance and MMD of the tiny sets: all pairwise distances with numpy broadcasting,
  both the V-statistic (all pairs, including a point with itself) and the U-statistic (within-set
  pairs i != j only).
* Hutchinson's estimator: exact enumeration of the four Rademacher probes in 2-D, and a Gaussian
  probe variance by Monte Carlo (2 000 000 probes, seed 20260512) next to the formula
  2 ||(A + A^T)/2||_F^2; the script asserts they agree within 4 standard errors.
* k-NN precision and recall (k = 1) of the toy sets, with scipy.spatial.distance.cdist.
* The probability-flow log-likelihood of x0 = (1, 0) under N(0, 0.5^2 I) with the VP SDE
  (beta from 0.1 to 20): scipy.integrate.solve_ivp (RK45, rtol 1e-11) on the augmented state
  (x, integral of div v), against the closed form log N(x0; 0, s^2 I).
* The Langevin inflation at eta = 1.5 s^2: stationary variance s^2 / (1 - eta / (2 s^2)) and the Frechet distance
  2 (s_eta - s)^2 between the two isotropic Gaussians.

Run from this folder:  python3 make_evaluation_lesson_reference.py
It rewrites evaluation_lesson_numbers.csv next to this script (name,value).
"""
import csv
import math
import pathlib

import numpy as np
from scipy import integrate, linalg
from scipy.spatial.distance import cdist

HERE = pathlib.Path(__file__).resolve().parent
BETA_MIN, BETA_MAX = 0.1, 20.0


def frechet(mu1, s1, mu2, s2):
    root1 = linalg.sqrtm(s1)
    cross = linalg.sqrtm(root1 @ s2 @ root1)
    return float(np.sum((mu1 - mu2) ** 2) + np.trace(s1 + s2 - 2 * np.real(cross)))


def energy_v(x, y):
    return 2 * cdist(x, y).mean() - cdist(x, x).mean() - cdist(y, y).mean()


def within_u(x):
    d = cdist(x, x)
    n = len(x)
    return d.sum() / (n * (n - 1))


def energy_u(x, y):
    return 2 * cdist(x, y).mean() - within_u(x) - within_u(y)


def mmd2_v(x, y, length):
    def k(a, b):
        return np.exp(-cdist(a, b, "sqeuclidean") / (2 * length * length))
    return k(x, x).mean() + k(y, y).mean() - 2 * k(x, y).mean()


def rademacher_values(a):
    probes = [np.array([s1, s2]) for s1 in (1.0, -1.0) for s2 in (1.0, -1.0)]
    return np.array([p @ a @ p for p in probes])


def gaussian_variance_mc(a, rng, count=2_000_000):
    z = rng.standard_normal((count, 2))
    values = np.einsum("ni,ij,nj->n", z, a, z)
    return values.var(ddof=1), values


def knn_radii(points, k):
    d = cdist(points, points)
    d.sort(axis=1)
    return d[:, k]  # column 0 is the point itself


def precision_recall(real, fake, k):
    r_real = knn_radii(real, k)
    r_fake = knn_radii(fake, k)
    precision = np.mean([(cdist([g], real)[0] <= r_real).any() for g in fake])
    recall = np.mean([(cdist([r], fake)[0] <= r_fake).any() for r in real])
    return float(precision), float(recall)


def vp_integral(t):
    return BETA_MIN * t + 0.5 * (BETA_MAX - BETA_MIN) * t * t


def beta(t):
    return BETA_MIN + t * (BETA_MAX - BETA_MIN)


def pf_ode_loglik(x0, s2):
    """log p_0(x0) = log p_1(x_1) + int_0^1 div v(x_t, t) dt for p_0 = N(0, s2 I) in 2-D."""
    def var(t):
        a2 = math.exp(-vp_integral(t))
        return a2 * s2 + (1 - a2)

    def rhs(t, state):
        x = state[:2]
        b = beta(t)
        v = var(t)
        velocity = -0.5 * b * x + 0.5 * b * x / v  # -1/2 beta x - 1/2 beta * score, score = -x / v
        divergence = 2 * (-0.5 * b + 0.5 * b / v)
        return np.concatenate([velocity, [divergence]])

    sol = integrate.solve_ivp(rhs, (0.0, 1.0), np.array([x0[0], x0[1], 0.0]), method="RK45",
                              rtol=1e-11, atol=1e-13)
    x1 = sol.y[:2, -1]
    div_integral = sol.y[2, -1]
    v1 = var(1.0)
    prior = -math.log(2 * math.pi * v1) - float(x1 @ x1) / (2 * v1)
    return prior, div_integral, prior + div_integral, x1


def main():
    rows = []

    # Frechet distances
    i2 = np.eye(2)
    rows.append(("frechet_shift_stretch", frechet(np.zeros(2), i2, np.array([1.0, 0.0]), np.diag([4.0, 1.0]))))
    rows.append(("frechet_tilted", frechet(np.zeros(2), i2, np.zeros(2), np.array([[2.0, 1.0], [1.0, 2.0]]))))

    # Energy distance and MMD of the tiny sets
    x = np.array([[0.0, 0.0], [1.0, 0.0]])
    y = np.array([[0.0, 0.0], [0.0, 1.0]])
    rows.append(("energy_v", energy_v(x, y)))
    rows.append(("energy_u", energy_u(x, y)))
    rows.append(("cross_mean", cdist(x, y).mean()))
    rows.append(("mmd2_v", mmd2_v(x, y, 1.0)))

    # Hutchinson
    rng = np.random.default_rng(20260512)
    for name, a in (("sym", np.array([[2.0, 1.0], [1.0, 3.0]])), ("nonsym", np.array([[1.0, 3.0], [-1.0, 2.0]])),
                    ("rot", np.array([[0.0, -1.0], [1.0, 0.0]]))):
        values = rademacher_values(a)
        assert abs(values.mean() - np.trace(a)) < 1e-12
        rows.append((f"hutch_{name}_rad_low", float(values.min())))
        rows.append((f"hutch_{name}_rad_high", float(values.max())))
        rows.append((f"hutch_{name}_rad_var", float(values.var())))  # population variance over 4 equally likely probes
        sym = 0.5 * (a + a.T)
        formula = 2 * float(np.sum(sym * sym))
        mc, samples = gaussian_variance_mc(a, rng)
        # standard error of a sample variance: sqrt((m4 - var^2) / n)
        m4 = np.mean((samples - samples.mean()) ** 4)
        se = math.sqrt(max(m4 - mc * mc, 1e-300) / len(samples))
        assert abs(mc - formula) <= 4 * se + 1e-12, (name, mc, formula, se)
        rows.append((f"hutch_{name}_gauss_var", formula))

    # k-NN precision and recall, k = 1
    real = np.array([[0.0, 0.0], [1.0, 0.0], [2.0, 0.0], [3.0, 0.0]])
    fake = np.array([[0.5, 0.0], [1.5, 0.0]])
    outlier = np.vstack([fake, [[10.0, 0.0]]])
    p, r = precision_recall(real, fake, 1)
    rows.append(("knn_precision", p))
    rows.append(("knn_recall", r))
    p, r = precision_recall(real, outlier, 1)
    rows.append(("knn_precision_outlier", p))
    rows.append(("knn_recall_outlier", r))

    # Probability-flow likelihood of a Gaussian target
    s2 = 0.25
    x0 = np.array([1.0, 0.0])
    prior, div_integral, total, x1 = pf_ode_loglik(x0, s2)
    exact = -math.log(2 * math.pi * s2) - float(x0 @ x0) / (2 * s2)
    assert abs(total - exact) < 1e-8, (total, exact)
    rows.append(("pf_prior", prior))
    rows.append(("pf_divergence_integral", div_integral))
    rows.append(("pf_total", total))
    rows.append(("pf_exact", exact))
    rows.append(("pf_x1", float(x1[0])))

    # Langevin step too large: stationary variance and its Frechet distance to the target
    s2 = 0.0625
    eta = 1.5 * s2  # the demo's h = 3 s^2, h = 2 eta
    inflated = s2 / (1 - eta / (2 * s2))
    rows.append(("langevin_inflated_variance", inflated))
    rows.append(("langevin_frechet", frechet(np.zeros(2), s2 * i2, np.zeros(2), inflated * i2)))

    with open(HERE / "evaluation_lesson_numbers.csv", "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["name", "value"])
        for name, value in rows:
            writer.writerow([name, repr(float(value))])


if __name__ == "__main__":
    main()
