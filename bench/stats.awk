# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# stats.awk: summarise numbers, one per line (field $col, default 1).
#   mode=summary (default): prints "MEDIAN MIN MAX N"
#   mode=pct p=99: prints the p-th percentile (nearest rank)
# Lines whose field is not a number are skipped. Prints "- - - 0" for no data.
function isnum(x) { return x ~ /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/ }
BEGIN { if (col == "") col = 1; if (mode == "") mode = "summary" }
isnum($col) { v[n++] = $col + 0 }
END {
	if (n == 0) { print (mode == "pct" ? "-" : "- - - 0"); exit }
	# insertion sort: the lists are small (runs) or a few thousand keys
	for (i = 1; i < n; i++) {
		x = v[i]
		for (j = i - 1; j >= 0 && v[j] > x; j--)
			v[j + 1] = v[j]
		v[j + 1] = x
	}
	if (mode == "pct") {
		r = int((p / 100) * n + 0.999999)
		if (r < 1) r = 1
		if (r > n) r = n
		print v[r - 1]
		exit
	}
	med = (n % 2) ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2
	print med, v[0], v[n - 1], n
}
