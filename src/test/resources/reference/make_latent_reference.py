#!/usr/bin/env python3
"""Independent reference values for the latent-pipeline demo of the landscape lesson.

For a 512 x 512 x 3 image and every downsampling factor f and latent channel count c the demo
offers, the latent is (512/f) x (512/f) x c. The script counts with NumPy arrays of those shapes
(their .size), not with the Java formulas, and writes

* values       the number of entries of the latent,
* compression  image entries / latent entries (3 f^2 / c),
* saving       (image positions / latent positions)^2: the attention model of the page, in
               which one denoiser step costs a full self-attention over all positions.

Fractions are written exactly (as p/q reduced) so the Java test compares without a tolerance.

Run from this folder:  python3 make_latent_reference.py
It rewrites latent.csv next to this script.
"""
import csv
import pathlib
from fractions import Fraction

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
FACTORS = [1, 2, 4, 8, 16, 32]
CHANNELS = [1, 2, 3, 4, 8, 16]

image = np.zeros((512, 512, 3), dtype=np.uint8)

with open(HERE / "latent.csv", "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["f", "c", "latent", "values", "compression", "saving"])
    for f in FACTORS:
        for c in CHANNELS:
            latent = np.zeros((512 // f, 512 // f, c), dtype=np.uint8)
            compression = Fraction(image.size, latent.size)
            positions = Fraction(image.shape[0] * image.shape[1], latent.shape[0] * latent.shape[1])
            saving = positions ** 2
            assert compression == Fraction(3 * f * f, c) and saving == f ** 4
            w.writerow([f, c, "x".join(map(str, latent.shape)), latent.size, compression, saving])
