/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_vntext.c: NFC, search keys and Vietnamese name order. */
#include "config.h"

#include "domain/vntext.h"
#include "tests/tap.h"

#include <stdlib.h>
#include <string.h>

/* Check the search key of s. */
static void
key_is(const char *s, const char *want)
{
	char key[256];

	vn_search_key(s, key, sizeof key);
	is_str(key, want, "search key of \"%s\"", s);
}

int
main(void)
{
	char buf[256];
	size_t bad = 0;
	/* "Hoà" with a combining grave (NFD) must come back precomposed. */
	const char *nfd = "Nguye\xcc\x82\xcc\x83n Thi\xcc\xa3 Hoa\xcc\x80";

	ok(vn_nfc(nfd, buf, sizeof buf) == 0, "NFD name normalises");
	is_str(buf, "Nguyễn Thị Hoà", "NFD becomes NFC");
	ok(vn_nfc("\xff\xfe", buf, sizeof buf) == -1, "invalid UTF-8 refused");
	ok(!vn_utf8_valid("ab\xc3", 3, &bad) && bad == 2, "truncated sequence found at its offset");
	ok(!vn_utf8_valid("\xc0\xaf", 2, &bad) && bad == 0, "overlong encoding refused");
	ok(!vn_utf8_valid("\xed\xa0\x80", 3, &bad), "surrogate refused");
	ok(vn_utf8_valid("Đặng Thị Ánh", strlen("Đặng Thị Ánh"), NULL), "Vietnamese is valid UTF-8");

	key_is("Nguyễn Văn An", "nguyen van an");
	key_is("ĐẶNG Thị   Ánh ", "dang thi anh");
	key_is(nfd, "nguyen thi hoa");
	key_is("Trương Công Ưng", "truong cong ung");
	key_is("  Lê\tĐức", "le duc");

	vn_unaccent("Đặng Thị Ánh Nguyệt", buf, sizeof buf);
	is_str(buf, "Dang Thi Anh Nguyet", "unaccented display keeps case");

	/* Given name first: An < Bình although Trần > Nguyễn. */
	ok(vn_name_cmp("Trần Văn An", "Nguyễn Thị Bình") < 0, "sorted by given name first");
	ok(vn_name_cmp("Lê Văn An", "Trần Văn An") < 0, "then by family name");
	ok(vn_name_cmp("Lê Thị An", "Lê Văn An") < 0, "then by middle name");
	ok(vn_name_cmp("Nguyễn Văn Anh", "Nguyễn Văn Ánh") < 0, "tone only breaks ties");
	ok(vn_name_cmp("Nguyễn Văn Ánh", "Nguyễn Văn Ba") < 0, "letters before tones");
	ok(vn_name_cmp("Lê Văn Dũng", "Lê Văn Đức") < 0, "d before đ");
	ok(vn_name_cmp("Lê Văn Đức", "Lê Văn Em") < 0, "đ before e");
	ok(vn_name_cmp("Hà Thị Ân", "Hà Thị Bảo") < 0, "â before b");
	ok(vn_name_cmp("Hà Thị Ơn", "Hà Thị Phương") < 0, "ơ before p");
	ok(vn_name_cmp("Hà Thị Uyên", "Hà Thị Ưng") < 0, "u before ư");
	ok(vn_name_cmp("Hà Thị Ăn", "Hà Thị Ân") < 0, "ă before â");
	ok(vn_name_cmp("Nguyễn Văn Na", "Nguyễn Văn Nà") < 0, "ngang before huyền");
	ok(vn_name_cmp("Nguyễn Văn Nả", "Nguyễn Văn Ná") < 0, "hỏi before sắc");
	ok(vn_name_cmp("Nguyễn Văn Ná", "Nguyễn Văn Nạ") < 0, "sắc before nặng");
	ok(vn_name_cmp("NGUYỄN VĂN AN", "nguyễn văn an") == 0, "case does not matter");
	ok(vn_name_cmp(nfd, "Nguyễn Thị Hoà") == 0, "NFD and NFC sort alike");
	ok(vn_search_match("nguyen van an", "nguyen"), "a query that starts the name matches");
	ok(vn_search_match("nguyen van an", "van a"), "one that starts a word and runs on matches");
	ok(vn_search_match("nguyen van an", "an"), "the last word matches");
	ok(!vn_search_match("le thi lan", "an"), "inside a word does not");
	ok(!vn_search_match("nguyen van an", "an van"), "words out of order do not");
	ok(vn_search_match("le thi lan", ""), "an empty query matches everyone");
	ok(vn_search_match("lan lan an", "an"), "a later word start is found after an inner match");
	return tap_done();
}
