/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_ime.c: Telex and VNI typing, whole strings and key by key. */
#include "config.h"

#include "domain/i18n.h"
#include "domain/ime.h"
#include "domain/vntext.h"
#include "tests/tap.h"

#include <string.h>

/* One typing case: keys in a mode and the text that must come out. */
typedef struct ime_case {
	ime_mode mode;
	const char *keys;
	const char *want;
} ime_case;

#define T IME_TELEX
#define V IME_VNI

static const ime_case cases[] = {
	/* Telex letters */
	{T, "aa", "â"}, {T, "aw", "ă"}, {T, "ee", "ê"}, {T, "oo", "ô"}, {T, "ow", "ơ"},
	{T, "uw", "ư"}, {T, "uow", "ươ"}, {T, "dd", "đ"}, {T, "tw", "tư"}, {T, "nhw", "như"},
	{T, "w", "w"}, {T, "ddi", "đi"}, {T, "awn", "ăn"}, {T, "aan", "ân"}, {T, "thuee", "thuê"},
	/* Telex tones */
	{T, "as", "á"}, {T, "af", "à"}, {T, "ar", "ả"}, {T, "ax", "ã"}, {T, "aj", "ạ"},
	{T, "asz", "a"}, {T, "asf", "à"}, {T, "z", "z"}, {T, "az", "az"}, {T, "s", "s"},
	{T, "tr", "tr"}, {T, "nhs", "nhs"},
	/* Modern tone placement */
	{T, "hoaf", "hoà"}, {T, "thuys", "thuý"}, {T, "quaf", "quà"}, {T, "gif", "gì"},
	{T, "nguowif", "người"}, {T, "truwowngf", "trường"}, {T, "khoer", "khoẻ"},
	{T, "hoangf", "hoàng"}, {T, "toans", "toán"}, {T, "huyjnh", "huỵnh"}, {T, "muaf", "mùa"},
	{T, "miaf", "mìa"}, {T, "hair", "hải"}, {T, "caos", "cáo"}, {T, "tuis", "túi"},
	{T, "gias", "giá"}, {T, "giuwx", "giữ"}, {T, "gifn", "gìn"}, {T, "ngoaif", "ngoài"},
	{T, "khuyar", "khuỷa"}, {T, "khuyur", "khuỷu"}, {T, "ngoeoj", "ngoẹo"}, {T, "yeeu", "yêu"},
	{T, "muwa", "mưa"}, {T, "luwar", "lửa"}, {T, "huwux", "hữu"}, {T, "huwowu", "hươu"},
	{T, "chuoois", "chuối"}, {T, "thuowr", "thuở"}, {T, "quoocs", "quốc"}, {T, "quyeenf", "quyền"},
	{T, "khuaays", "khuấy"}, {T, "luaanj", "luận"}, {T, "hoawcj", "hoặc"}, {T, "xoawn", "xoăn"},
	/* Tone typed anywhere after the vowels, and moved by later vowels */
	{T, "Nguyeexn", "Nguyễn"}, {T, "hofa", "hoà"}, {T, "thusy", "thuý"}, {T, "truwowfng", "trường"},
	{T, "nguowfi", "người"}, {T, "tieengs", "tiếng"}, {T, "tieseng", "tiếng"}, {T, "vieetj", "việt"},
	{T, "truwongf", "trường"}, {T, "duwowcj", "dược"},
	/* Undo by repeating the key */
	{T, "aaa", "aa"}, {T, "aaaa", "aaa"}, {T, "hoaff", "hoaf"}, {T, "hoafff", "hoaff"},
	{T, "ddd", "dd"}, {T, "eee", "ee"}, {T, "ooo", "oo"}, {T, "aww", "aw"}, {T, "uww", "uw"},
	{T, "uoww", "uow"}, {T, "ass", "as"}, {T, "xooong", "xoong"},
	/* Capitals */
	{T, "DDa", "Đa"}, {T, "AA", "Â"}, {T, "Aa", "Â"}, {T, "DDAWNGJ", "ĐẶNG"}, {T, "NGUYEENX", "NGUYỄN"},
	{T, "HOAF", "HOÀ"}, {T, "TRUWOWNGF", "TRƯỜNG"}, {T, "Dd", "Đ"}, {T, "DDD", "DD"}, {T, "UW", "Ư"},
	/* Names */
	{T, "Nguyeenx Thij Hoaf", "Nguyễn Thị Hoà"}, {T, "Traanf Vawn DDuwcs", "Trần Văn Đức"},
	{T, "Phamj Thij Thuyr", "Phạm Thị Thuỷ"}, {T, "Lee Quang Huy", "Lê Quang Huy"},
	{T, "Hoangf Thij Khuee", "Hoàng Thị Khuê"}, {T, "DDawngj Ngocj Anhs", "Đặng Ngọc Ánh"},
	{T, "Vux Thij Huwowngf", "Vũ Thị Hường"}, {T, "Buif Xuaan Truwowngf", "Bùi Xuân Trường"},
	{T, "Ngoo Thij Nguyeetj", "Ngô Thị Nguyệt"}, {T, "Duwowng Quoocs Khanhs", "Dương Quốc Khánh"},
	{T, "Lys Thuwowngf Kieetj", "Lý Thường Kiệt"}, {T, "Hoof Chis Minh", "Hồ Chí Minh"},
	{T, "Ddinhf Thij Yeens", "Đình Thị Yến"}, {T, "Tranj", "Trạn"},
	/* Text that is not Vietnamese, punctuation and mixed input */
	{T, "email", "email"}, {T, "Windows", "Windows"}, {T, "class", "class"}, {T, "Facebook", "Facebook"},
	{T, "xax 12, thoon 3", "xã 12, thôn 3"}, {T, "hoaf-binhf", "hoà-bình"}, {T, "(Hoaf)", "(Hoà)"},
	{T, "Nguyễn Thị", "Nguyễn Thị"}, {T, "Hoà f", "Hoà f"}, {T, "2024", "2024"}, {T, "", ""},
	{T, "ngayf 01/02/2024", "ngày 01/02/2024"}, {T, "bacf", "bacf"}, {T, "hocx", "hocx"},
	{T, "banana", "banana"}, {T, "did", "did"}, {T, "Hoaf Hoangf f", "Hoà Hoàng f"}, {T, "Hoangff", "Hoangf"},
	/* VNI */
	{V, "a1", "á"}, {V, "a2", "à"}, {V, "a3", "ả"}, {V, "a4", "ã"}, {V, "a5", "ạ"}, {V, "a10", "a"},
	{V, "a6", "â"}, {V, "e6", "ê"}, {V, "o6", "ô"}, {V, "o7", "ơ"}, {V, "u7", "ư"}, {V, "a8", "ă"},
	{V, "d9", "đ"}, {V, "uo7", "ươ"}, {V, "a66", "a6"}, {V, "a11", "a1"}, {V, "d99", "d9"},
	{V, "a0", "a0"}, {V, "2024", "2024"}, {V, "Pho2ng 101", "Phòng 101"},
	{V, "Nguye6n4 Thi5 Hoa2", "Nguyễn Thị Hoà"}, {V, "Nguyen64", "Nguyễn"}, {V, "Tra62n Va8n D9u7c1", "Trần Văn Đức"},
	{V, "Pha5m Thi5 Thuy3", "Phạm Thị Thuỷ"}, {V, "Le6 Quang Huy", "Lê Quang Huy"},
	{V, "Hoa2ng Thi5 Khue6", "Hoàng Thị Khuê"}, {V, "D9a8ng5 Ngo5c A1nh", "Đặng Ngọc Ánh"},
	{V, "Vu4 Thi5 Hu7o7ng2", "Vũ Thị Hường"}, {V, "Bui2 Xua6n Truong72", "Bùi Xuân Trường"},
	{V, "Ngo6 Thi5 Nguye6t5", "Ngô Thị Nguyệt"}, {V, "Du7o7ng Quo6c1 Kha1nh", "Dương Quốc Khánh"},
	{V, "thuy1", "thuý"}, {V, "qua2", "quà"}, {V, "gi2", "gì"}, {V, "nguoi72", "người"}, {V, "khoe3", "khoẻ"},
	{V, "DUONG79", "ĐƯƠNG"}, {V, "hoa22", "hoa2"},
	/* Off */
	{IME_OFF, "Nguyeenx", "Nguyeenx"}, {IME_OFF, "a1", "a1"},
};

/* Type keys one at a time through ime_process, as the line editor does,
 * checking each return value against want_used (a string of 0/1). */
static void
keys_one_by_one(ime_mode mode, const char *keys, const char *want, const char *want_used)
{
	char word[IME_WORD_SIZE] = "", next[IME_WORD_SIZE];
	char used[64] = "";

	for (size_t i = 0; keys[i] != '\0' && i + 1 < sizeof used; i++) {
		used[i] = (char)('0' + ime_process(mode, word, (unsigned char)keys[i], next, sizeof next));
		used[i + 1] = '\0';
		strcpy(word, next);
	}
	is_str(word, want, "key by key: %s -> %s", keys, want);
	is_str(used, want_used, "key by key: which keys of %s were modifiers", keys);
}

int
main(void)
{
	char out[IME_WORD_SIZE];

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ime_apply(cases[i].mode, cases[i].keys, out, sizeof out);
		is_str(out, cases[i].want, "%s: \"%s\" -> \"%s\"", ime_mode_name(cases[i].mode), cases[i].keys,
		       cases[i].want);
	}

	keys_one_by_one(T, "Nguyeenx", "Nguyễn", "00000101");
	keys_one_by_one(T, "hoaff", "hoaf", "00011");
	keys_one_by_one(T, "truwowngf", "trường", "000101001");
	keys_one_by_one(V, "hoa2", "hoà", "0001");

	/* The word before the cursor can come from anywhere. */
	ok(ime_process(T, "Hoà", 'n', out, sizeof out) == 0 && strcmp(out, "Hoàn") == 0, "letter after accented text");
	ok(ime_process(T, "hò", 'a', out, sizeof out) == 0 && strcmp(out, "hoà") == 0, "a later vowel moves the tone");
	ok(ime_process(T, "hóa", 'n', out, sizeof out) == 0 && strcmp(out, "hoán") == 0, "old-style tone moves");
	ok(ime_process(T, "Nguyễ", 0x1EC5, out, sizeof out) == 0 && strcmp(out, "Nguyễễ") == 0,
	   "a non-ASCII key is appended unchanged");
	ok(ime_process(T, "Hoa", 0xD800, out, sizeof out) == 0 && strcmp(out, "Hoa") == 0, "a surrogate key is ignored");
	ok(ime_process(T, "Hoa", 0, out, sizeof out) == 0 && strcmp(out, "Hoa") == 0, "a NUL key is ignored");
	ime_process(T, "Hoa\xff", 'f', out, sizeof out);
	ok(vn_utf8_valid(out, strlen(out), NULL), "a word with a bad byte still gives valid UTF-8");
	ime_process(T, "Nguye\xcc\x82n", 'x', out, sizeof out);
	is_str(out, "Nguyễn", "an NFD word is read as NFC");
	ime_process(T, "nguyen", 'x', out, 5);
	is_str(out, "ngu", "a short buffer is cut at a character boundary");
	ime_apply(T, "Nguyeenx Thij Hoaf", out, 8);
	ok(vn_utf8_valid(out, strlen(out), NULL) && strlen(out) < 8, "ime_apply respects the buffer size");

	i18n_set(LANG_VI);
	is_str(ime_mode_name(IME_OFF), "Tắt", "mode name in Vietnamese");
	i18n_set(LANG_EN);
	is_str(ime_mode_name(IME_OFF), "Off", "mode name in English");
	is_str(ime_mode_name(IME_TELEX), "Telex", "Telex name");
	is_str(ime_mode_name(IME_VNI), "VNI", "VNI name");
	return tap_done();
}
