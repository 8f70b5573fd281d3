# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# smaps.awk: sum a /proc/PID/smaps copy (ptydrive -S) by mapping: one line
# "KB NAME" per file (its base name), [heap], [stack] and "anonymous" (the
# other private mappings: mmap'd arrays, thread arenas), largest first, then
# "KB total" (= VmRSS) and "KB libraries" (every shared object's pages).
#   awk -f smaps.awk FILE | sort -k1,1nr
/^[0-9a-f]+-[0-9a-f]+ / {
	name = (NF >= 6) ? $6 : "anonymous"
	if (name ~ /^\//) { n = split(name, part, "/"); name = part[n] }
	next
}
$1 == "Rss:" { rss[name] += $2; total += $2; if (name ~ /\.so/) libs += $2 }
END {
	for (m in rss) if (rss[m] > 0) printf "%d %s\n", rss[m], m
	printf "%d total\n%d libraries\n", total, libs
}
