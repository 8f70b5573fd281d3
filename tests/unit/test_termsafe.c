/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_termsafe.c: text from outside made safe for a terminal
 * (domain/termsafe.h), and sums of counts that cannot wrap
 * (domain/indicators.h, IND_COUNT_MAX). */
#include "config.h"

#include "domain/indicators.h"
#include "domain/termsafe.h"
#include "tests/tap.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static void
test_escapes(void)
{
	char buf[64];
	char *dup;

	is_str(term_safe("Nguyễn Thị Hoà"), "Nguyễn Thị Hoà", "Vietnamese text passes unchanged");
	is_str(term_safe("a\x1b]0;x\x07" "b"), "a\\x1b]0;x\\x07b", "ESC and BEL become visible escapes");
	is_str(term_safe("\xc2\x9b" "31m"), "\\u009b31m", "a C1 control (8-bit CSI) becomes \\u009b");
	is_str(term_safe("abc\xe2\x80\xae" "def"), "abc\\u202edef", "a right-to-left override becomes \\u202e");
	is_str(term_safe("x\xff" "y"), "x\\xffy", "a byte that is not UTF-8 becomes \\xff");
	is_str(term_safe("a\nb\tc"), "a\\x0ab\\x09c", "newline and tab are escaped in a value");
	dup = term_safe_dup("a\nb\tc\x1b", TERM_SAFE_LINES);
	is_str(dup, "a\nb\tc\\x1b", "a laid-out block keeps its newlines and tabs");
	free(dup);
	term_safe_copy(buf, 8, "ab\x1b" "cdef", 0);
	is_str(buf, "ab\\x1bc", "a short buffer is cut after a whole escape, never inside one");
	is_str(term_safe(NULL), "", "NULL prints as nothing");
}

static void
test_sums(void)
{
	indicator_values v[2], sum;

	indicator_values_clear(&v[0]);
	indicator_values_clear(&v[1]);
	indicator_values_set(&v[0], IND_BIRTHS_TOTAL, LLONG_MAX - 5);
	indicator_values_set(&v[1], IND_BIRTHS_TOTAL, 10);
	indicators_sum(v, 2, &sum);
	is_int(sum.known[IND_BIRTHS_TOTAL], 0, "a sum that would wrap is unknown, not negative");
	indicators_combine_periods(v, 2, &sum);
	is_int(sum.known[IND_BIRTHS_TOTAL], 0, "so is a quarter of months that would");
	indicator_values_set(&v[0], IND_BIRTHS_TOTAL, IND_COUNT_MAX);
	indicator_values_set(&v[1], IND_BIRTHS_TOTAL, IND_COUNT_MAX);
	indicators_sum(v, 2, &sum);
	ok(sum.known[IND_BIRTHS_TOTAL] && sum.count[IND_BIRTHS_TOTAL] == 2 * IND_COUNT_MAX,
	   "counts in range add up exactly");
}

int
main(void)
{
	test_escapes();
	test_sums();
	return tap_done();
}
