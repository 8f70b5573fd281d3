/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_layout.c: texts fitted into columns of cells (domain/layout.h). */
#include "config.h"

#include "domain/layout.h"
#include "domain/utf8.h"
#include "tests/tap.h"

#include <string.h>

/* lay_fit of s in cells gives want, and never more than cells. */
static void
fits(const char *s, int cells, const char *want)
{
	char out[256];
	int w = lay_fit(s, cells, out, sizeof out);

	is_str(out, want, "[%s] in %d cells", s, cells);
	ok(w == utf8_width(out) && w <= cells, "[%s] in %d cells: width %d", s, cells, w);
}

int
main(void)
{
	char line[256], keys[256];

	fits("Mang thai / sẩy / phá thai", 26, "Mang thai / sẩy / phá thai");
	fits("Mang thai / sẩy / phá thai  ", 26, "Mang thai / sẩy / phá thai");
	fits("Mang thai / sẩy / phá thai", 22, "Mang thai / sẩy / phá…");
	fits("Mang thai / sẩy / phá thai", 24, "Mang thai / sẩy / phá…");
	fits("Contraception start/switch", 23, "Contraception start/sw…");
	fits("Bố/mẹ (cả bố mẹ vợ/chồng)", 24, "Bố/mẹ (cả bố mẹ vợ/chồn…");
	fits("Bố/mẹ (cả bố mẹ vợ/chồng)", 18, "Bố/mẹ (cả bố mẹ…");
	fits("Giá trị mới (mã, ngày yyyy-mm-dd)", 30, "Giá trị mới (mã, ngày…");
	fits("abc", 0, "");
	fits("abcdef", 1, "…");
	fits("漢字漢字", 5, "漢字…");

	line[0] = '\0';
	lay_col(line, sizeof line, "Chuyển đi", 10);
	lay_col(line, sizeof line, "Thay đổi thông tin", 10);
	lay_col(line, sizeof line, "55", 4);
	is_str(line, "Chuyển đi Thay đổi… 55  ", "columns are padded, cut with the mark, and keep a space between");
	line[0] = '\0';
	lay_col(line, sizeof line, " ", 1);
	is_str(line, " ", "a one-cell spacer column");
	line[0] = '\0';
	lay_pair(line, sizeof line, "Họ và tên *", 12, "Nguyễn Văn Anh Tuấn", 25);
	is_str(line, "Họ và tên * Nguyễn Văn…", "a label and its value in 25 cells");
	is_int(utf8_width(line), 23, "the pair is no wider than its room");

	lay_keys("1:Sổ hộ 2:Phiếu Esc:đổi tháng F1:giúp", 40, keys, sizeof keys);
	is_str(keys, "1:Sổ hộ 2:Phiếu Esc:đổi tháng F1:giúp", "key hints that fit are kept");
	lay_keys("1:Sổ hộ 2:Phiếu Esc:đổi tháng F1:giúp", 31, keys, sizeof keys);
	is_str(keys, "1:Sổ hộ 2:Phiếu Esc:đổi tháng …", "a hint that does not fit is left out whole, with the mark");
	lay_keys("1:Sổ hộ 2:Phiếu Esc:đổi tháng F1:giúp", 26, keys, sizeof keys);
	is_str(keys, "1:Sổ hộ 2:Phiếu …", "a hint of two words is never split");
	lay_keys("F8/Del:huỷ (ghi lý do) Esc:quay lại", 20, keys, sizeof keys);
	is_str(keys, "…", "nothing but the mark when not even the first hint fits");
	return tap_done();
}
