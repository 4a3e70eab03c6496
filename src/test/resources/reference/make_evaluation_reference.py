#!/usr/bin/env python3
"""Independent reference values for the evaluation-engine tests (simulation/evaluation).

Written with NumPy and SciPy from the papers' formulas, not from the Java code:

* Fréchet distance (heusel-2017-fid): |mu1 - mu2|^2 + tr(S1 + S2 - 2 sqrtm(S1 S2)), with
  scipy.linalg.sqrtm of the (non-symmetric) product S1 S2 rather than the 2 x 2 closed form;
  covariances with divisor n - 1 (np.cov).
* Energy distance (szekely-2013-energy), V-statistic, from scipy's cdist.
* Unbiased MMD^2 (gretton-2012-mmd, eq. 3), Gaussian kernel exp(-d^2 / (2 l^2)), l = 0.5.
* Precision and recall (kynkaanniemi-2019-precision-recall), k = 3, radii from a full sort of
  each row of the distance matrix (the k-th entry after the zero self-distance).
* Mode coverage: component k covered when #{|x - mu_k| <= 2 sigma_k} >= 0.5 n w_k (1 - e^-2).
* Log-density, score and Hessian of a noised mixture from the density itself: p, grad p and
  Hess p summed over the components, then grad log p = grad p / p and
  Hess log p = Hess p / p - (grad log p)(grad log p)^T (no responsibilities, no log-sum-exp).
* The probability-flow log-likelihood on the VP SDE (beta 0.1 .. 20) of one point, by
  scipy.integrate.solve_ivp (DOP853, rtol 1e-11) of (x, int div u) from t = 0 to 1.

The sample sets are fixed small clouds drawn here from NumPy's PCG64 with seed 20240601 and
written to the file with the values, so the Java test measures the very same points.

Run from this folder:  python3 make_evaluation_reference.py
It rewrites evaluation_points.csv and evaluation_values.csv.
"""
import csv
import pathlib

import numpy as np
from scipy.integrate import solve_ivp
from scipy.linalg import sqrtm
from scipy.spatial.distance import cdist

HERE = pathlib.Path(__file__).resolve().parent

W = np.array([0.5, 0.3, 0.2])
MU = np.array([[-1.0, 0.5], [1.5, 1.0], [0.0, -1.2]])
SD = np.array([0.3, 0.6, 0.45])
BANDWIDTH = 0.5
K = 3


def mixture_draws(rng, n):
    k = rng.choice(len(W), size=n, p=W)
    return MU[k] + SD[k, None] * rng.standard_normal((n, 2))


def frechet(a, b):
    m = a.mean(0) - b.mean(0)
    s1 = np.cov(a.T)
    s2 = np.cov(b.T)
    root = sqrtm(s1 @ s2).real
    return float(m @ m + np.trace(s1 + s2 - 2 * root))


def energy(a, b):
    return float(2 * cdist(a, b).mean() - cdist(a, a).mean() - cdist(b, b).mean())


def mmd2(a, b):
    def k(x, y):
        return np.exp(-cdist(x, y, 'sqeuclidean') / (2 * BANDWIDTH ** 2))
    n, m = len(a), len(b)
    kaa, kbb = k(a, a), k(b, b)
    return float((kaa.sum() - np.trace(kaa)) / (n * (n - 1)) + (kbb.sum() - np.trace(kbb)) / (m * (m - 1))
                 - 2 * k(a, b).mean())


def kth_radius(x):
    d = np.sort(cdist(x, x), axis=1)
    return d[:, K]  # column 0 is the point itself


def precision_recall(real, gen):
    rr = kth_radius(real)
    rg = kth_radius(gen)
    precision = np.mean((cdist(gen, real) <= rr[None, :]).any(axis=1))
    recall = np.mean((cdist(real, gen) <= rg[None, :]).any(axis=1))
    return float(precision), float(recall)


def coverage(x):
    n = len(x)
    share = 0.5 * n * W * (1 - np.exp(-2.0))
    counts = np.array([(np.linalg.norm(x - MU[k], axis=1) <= 2 * SD[k]).sum() for k in range(len(W))])
    return float(np.mean(counts >= share))


def noised(x, a, s):
    """log p, grad log p, Hess log p of the mixture noised to (a, s), from p and its derivatives."""
    p = 0.0
    grad = np.zeros(2)
    hess = np.zeros((2, 2))
    for w, mu, sd in zip(W, MU, SD):
        v = a * a * sd * sd + s * s
        d = x - a * mu
        dens = w * np.exp(-d @ d / (2 * v)) / (2 * np.pi * v)
        p += dens
        grad += dens * (-d / v)
        hess += dens * (np.outer(d, d) / v ** 2 - np.eye(2) / v)
    g = grad / p
    return np.log(p), g, hess / p - np.outer(g, g)


def vp(t):
    b = 0.1 * t + 0.5 * (20 - 0.1) * t * t
    beta = 0.1 + t * (20 - 0.1)
    a = np.exp(-0.5 * b)
    return a, np.sqrt(-np.expm1(-b)), beta


def flow_loglik(x0):
    def rhs(t, z):
        a, s, beta = vp(t)
        _, g, h = noised(z[:2], a, s)
        u = -0.5 * beta * z[:2] - 0.5 * beta * g
        div = -beta - 0.5 * beta * np.trace(h)
        return [u[0], u[1], div]
    sol = solve_ivp(rhs, (0.0, 1.0), [x0[0], x0[1], 0.0], method='DOP853', rtol=1e-11, atol=1e-12)
    x1 = sol.y[:2, -1]
    prior = -np.log(2 * np.pi) - 0.5 * x1 @ x1
    return float(prior + sol.y[2, -1]), float(sol.y[2, -1])


def main():
    rng = np.random.Generator(np.random.PCG64(20240601))
    real = mixture_draws(rng, 120)
    good = mixture_draws(rng, 100)
    # A model that is too wide and shifted, and one that drops the third component.
    wide = 1.4 * mixture_draws(rng, 90) + np.array([0.2, -0.1])
    narrow = mixture_draws(rng, 110)
    narrow = narrow[narrow[:, 1] > -0.6][:80]
    sets = {'real': real, 'good': good, 'wide': wide, 'narrow': narrow}
    with open(HERE / 'evaluation_points.csv', 'w', newline='') as f:
        out = csv.writer(f)
        out.writerow(['set', 'x', 'y'])
        for name, pts in sets.items():
            for x, y in pts:
                out.writerow([name, repr(float(x)), repr(float(y))])
    rows = []
    for name in ('good', 'wide', 'narrow'):
        gen = sets[name]
        p, r = precision_recall(real, gen)
        rows += [(name, 'frechet', frechet(gen, real)), (name, 'energy', energy(gen, real)),
                 (name, 'mmd2', mmd2(gen, real)), (name, 'precision', p), (name, 'recall', r),
                 (name, 'coverage', coverage(gen))]
    for i, (x, y, a, s) in enumerate([(0.3, -0.4, 1.0, 0.0), (-1.2, 0.8, 0.8, 0.5), (2.5, 0.2, 0.3, 0.95)]):
        lp, g, h = noised(np.array([x, y]), a, s)
        for key, value in (('logp', lp), ('gx', g[0]), ('gy', g[1]), ('hxx', h[0, 0]), ('hxy', h[0, 1]), ('hyy', h[1, 1])):
            rows.append((f'field-{i}', key, float(value)))
        rows.append((f'field-{i}', 'x', x))
        rows.append((f'field-{i}', 'y', y))
        rows.append((f'field-{i}', 'a', a))
        rows.append((f'field-{i}', 's', s))
    for i, (x, y) in enumerate([(-1.0, 0.5), (0.4, -0.2), (2.2, 1.5)]):
        model, div = flow_loglik(np.array([x, y]))
        rows += [(f'flow-{i}', 'x', x), (f'flow-{i}', 'y', y), (f'flow-{i}', 'model', model),
                 (f'flow-{i}', 'divergence', div), (f'flow-{i}', 'true', float(noised(np.array([x, y]), 1.0, 0.0)[0]))]
    with open(HERE / 'evaluation_values.csv', 'w', newline='') as f:
        out = csv.writer(f)
        out.writerow(['case', 'quantity', 'value'])
        for case, q, v in rows:
            out.writerow([case, q, repr(float(v))])


if __name__ == '__main__':
    main()
