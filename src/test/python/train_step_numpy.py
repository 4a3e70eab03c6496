"""NumPy companion of TrainStepBenchmark: one Adam step of the default network, vectorised.

The same network and step as org.diffusioncourse.simulation.learn (width 64, three hidden SiLU
layers, 8 sinusoidal time frequencies, eps target on ddpm-linear, batch 256, 4096 training
points): draw the minibatch (x0, t, eps), embed t, forward, backward, Adam. float64 like the Java
engine. Prints steps per second (median of repeated timed blocks).

Run:  python3 src/test/python/train_step_numpy.py            (OpenBLAS picks its threads)
      OPENBLAS_NUM_THREADS=1 python3 src/test/python/train_step_numpy.py   (one core)
"""
import time

import numpy as np

WIDTH, LAYERS, BATCH, FREQS, T = 64, 3, 256, 8, 1000
rng = np.random.default_rng(1)

betas = np.linspace(1e-4, 0.02, T)
alpha_bar = np.concatenate([[1.0], np.cumprod(1 - betas)])
freqs = 100.0 ** (np.arange(FREQS) / (FREQS - 1))

data = rng.standard_normal((4096, 2))
sizes = [2 + 2 * FREQS] + [WIDTH] * LAYERS + [2]
params = []
for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
    bound = 1 / np.sqrt(fan_in)
    params.append(rng.uniform(-bound, bound, (fan_in, fan_out)))
    params.append(rng.uniform(-bound, bound, fan_out))
m = [np.zeros_like(p) for p in params]
v = [np.zeros_like(p) for p in params]
step_count = 0


def train_step(lr=1e-3, b1=0.9, b2=0.999, eps_adam=1e-8):
    global step_count
    x0 = data[rng.integers(0, len(data), BATCH)]
    t = rng.integers(1, T + 1, BATCH)
    eps = rng.standard_normal((BATCH, 2))
    a = np.sqrt(alpha_bar[t])[:, None]
    s = np.sqrt(1 - alpha_bar[t])[:, None]
    x = a * x0 + s * eps
    angle = (t / T)[:, None] * freqs[None, :]
    h = np.concatenate([x, np.sin(angle), np.cos(angle)], axis=1)
    acts, sigs = [h], []
    for layer in range(LAYERS):
        z = h @ params[2 * layer] + params[2 * layer + 1]
        sig = 1 / (1 + np.exp(-z))
        h = z * sig
        acts.append(z)
        sigs.append(sig)
    out = h @ params[-2] + params[-1]
    diff = out - eps
    loss = np.mean(np.sum(diff * diff, axis=1))
    grads = [None] * len(params)
    d = 2 * diff / BATCH
    grads[-2] = h.T @ d
    grads[-1] = d.sum(axis=0)
    for layer in range(LAYERS - 1, -1, -1):
        dh = d @ params[2 * layer + 2].T
        z, sig = acts[layer + 1], sigs[layer]
        d = dh * sig * (1 + z * (1 - sig))
        inp = acts[0] if layer == 0 else acts[layer] * sigs[layer - 1]
        grads[2 * layer] = inp.T @ d
        grads[2 * layer + 1] = d.sum(axis=0)
    step_count += 1
    c1 = 1 - b1 ** step_count
    c2 = 1 - b2 ** step_count
    for p, g, mi, vi in zip(params, grads, m, v):
        mi *= b1
        mi += (1 - b1) * g
        vi *= b2
        vi += (1 - b2) * g * g
        p -= lr * (mi / c1) / (np.sqrt(vi / c2) + eps_adam)
    return loss


for _ in range(500):
    train_step()
rates = []
for _ in range(7):
    n = 500
    start = time.perf_counter()
    for _ in range(n):
        train_step()
    rates.append(n / (time.perf_counter() - start))
rates.sort()
print(f"numpy {np.__version__}: {rates[len(rates) // 2]:.0f} steps/s (median of 7 x 500 steps; "
      f"min {rates[0]:.0f}, max {rates[-1]:.0f})")
