# SPDX-License-Identifier: GPL-3.0-or-later
# Fills each folder given with 200 MB of text in 2,000 files (20 folders of 100 files of 100 kB),
# the same words every time: what the migration benchmarks move.
import os
import random
import sys

rng = random.Random(7)
words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 10))) for _ in range(5000)]
for root in sys.argv[1:]:
    for d in range(20):
        os.makedirs(os.path.join(root, "dir%02d" % d), exist_ok=True)
        for f in range(100):
            out, size = [], 0
            while size < 100_000:
                w = rng.choice(words) + (" " if rng.random() < 0.9 else "\n")
                out.append(w)
                size += len(w)
            with open(os.path.join(root, "dir%02d" % d, "file%03d.txt" % f), "w") as fh:
                fh.write("".join(out)[:100_000])
