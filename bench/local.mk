## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## bench/: benchmarks, run on demand (never from make check).
## bench/run.sh builds its own -O2 copy of danso and its helpers (bench/Makefile)
## in bench/build; nothing here is built or run by `make` or `make check`.
EXTRA_DIST += bench/run.sh bench/measures.sh bench/keys.sh bench/stats.awk bench/Makefile \
	bench/benchexec.c bench/ptydrive.c
