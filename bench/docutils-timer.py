"""Times docutils on one file, in-process, so interpreter start-up is not counted.

usage: docutils-timer.py FILE WARMUPS MIN_RUNS MIN_SECONDS
Prints JSON: {"version": ..., "seconds": [one float per timed parse]}.
publish_doctree = parse + the standard transforms (references, title promotion), the
counterpart of Musubi's buildMap (parse + reference resolution + graph).
"""
import io
import json
import sys
import time

import docutils
from docutils.core import publish_doctree

path, warmups, min_runs, min_seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
with open(path, encoding="utf-8") as f:
    text = f.read()
settings = {"report_level": 5, "halt_level": 5, "warning_stream": io.StringIO()}


def parse():
    publish_doctree(text, settings_overrides=settings)


for _ in range(warmups):
    parse()
seconds = []
started = time.perf_counter()
while len(seconds) < min_runs or time.perf_counter() - started < min_seconds:
    t0 = time.perf_counter()
    parse()
    seconds.append(time.perf_counter() - t0)
print(json.dumps({"version": docutils.__version__, "seconds": seconds}))
