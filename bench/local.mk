## bench/: benchmarks, run on demand (never from make check).
