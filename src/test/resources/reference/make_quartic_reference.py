#!/usr/bin/env python3
"""Independent reference values for the quartic energy model of the maximum-likelihood lesson.

p_theta(x) = exp(-E(x)) / Z,  E(x) = theta1 x^2 + theta2 x^4.

Z and the moments E[x^2], E[x^4] are computed two ways that share nothing with the Java
trapezoidal rule:

* scipy.integrate.quad over the whole real line (adaptive Gauss-Kronrod), and
* for theta2 > 0 the closed form with modified Bessel functions (u = theta1^2 / (8 theta2)):
    theta1 < 0:  Z = pi/2 sqrt(-theta1 / (2 theta2)) exp(u) [I_{-1/4}(u) + I_{1/4}(u)]
    theta1 > 0:  Z = 1/2 sqrt(theta1 / theta2) exp(u) K_{1/4}(u)
  which the script asserts agrees with quad to 1e-10 before writing.

Run from this folder:  python3 make_quartic_reference.py
It rewrites quartic.csv next to this script.
"""
import csv
import math
import pathlib

from scipy import integrate, special

HERE = pathlib.Path(__file__).resolve().parent
THETAS = [(0.5, 0.0), (2.0, 0.0), (0.5, 0.1), (0.0, 1.0), (-1.0, 0.5), (-0.93, 0.44), (-3.0, 1.0), (1.0, 0.05)]


def energy(x, t1, t2):
    return t1 * x * x + t2 * x ** 4


def moment(power, t1, t2):
    value, _ = integrate.quad(lambda x: x ** power * math.exp(-energy(x, t1, t2)), -math.inf, math.inf,
                              epsabs=0, epsrel=1e-13, limit=200)
    return value


def bessel_z(t1, t2):
    u = t1 * t1 / (8 * t2)
    if t1 < 0:
        return math.pi / 2 * math.sqrt(-t1 / (2 * t2)) * math.exp(u) * (special.iv(-0.25, u) + special.iv(0.25, u))
    if t1 > 0:
        return 0.5 * math.sqrt(t1 / t2) * math.exp(u) * special.kv(0.25, u)
    return 2 * math.gamma(1.25) / t2 ** 0.25


def main():
    with open(HERE / "quartic.csv", "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["theta1", "theta2", "z", "x2", "x4"])
        for t1, t2 in THETAS:
            z = moment(0, t1, t2)
            if t2 > 0:
                assert abs(bessel_z(t1, t2) / z - 1) < 1e-10, (t1, t2)
            else:
                assert abs(math.sqrt(math.pi / t1) / z - 1) < 1e-12, (t1, t2)
            w.writerow([t1, t2, f"{z:.15g}", f"{moment(2, t1, t2) / z:.15g}", f"{moment(4, t1, t2) / z:.15g}"])


if __name__ == "__main__":
    main()
