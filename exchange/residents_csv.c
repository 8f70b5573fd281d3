/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* residents_csv.c: reading a residents extract (see residents_csv.h and
 * docs/residents.md). */
#include "config.h"

#include "exchange/residents_csv.h"
#include "exchange/csvread.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "platform/platform.h"
#include "domain/vntext.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ALIASES_MAX 12

/* The usual header names of each field, as normalised by header_key(). */
static const struct field_names {
	const char *field;
	int required;
	const char *aliases[ALIASES_MAX];
} field_names[RF_COUNT] = {
	[RF_CITIZEN_ID] = {"citizen_id", 1, {"citizen id", "cccd", "so cccd", "so dinh danh", "so dinh danh ca nhan",
	                                     "ma dinh danh", "so can cuoc", "can cuoc cong dan", "so can cuoc cong dan",
	                                     "so cmnd cccd", "cmnd cccd", "personal id"}},
	[RF_FULL_NAME] = {"full_name", 1, {"full name", "ho va ten", "ho ten", "hoten", "ho va ten cong dan", "name"}},
	[RF_BIRTH_DATE] = {"birth_date", 1, {"birth date", "ngay sinh", "ngay thang nam sinh", "ngay sinh dd mm yyyy",
	                                     "date of birth", "dob"}},
	[RF_SEX] = {"sex", 1, {"sex", "gioi tinh", "gender"}},
	[RF_HOUSEHOLD_CODE] = {"household_code", 0, {"household code", "ma ho", "ma ho khau", "so ho khau", "ma so ho",
	                                             "ma ho gia dinh", "household"}},
	[RF_RESIDENCE] = {"residence", 0, {"residence", "residence type", "loai cu tru", "hinh thuc cu tru",
	                                   "tinh trang cu tru", "cu tru"}},
	[RF_HEAD_NAME] = {"head_name", 0, {"head name", "chu ho", "ho ten chu ho", "ten chu ho"}},
	[RF_ADDRESS] = {"address", 0, {"address", "dia chi", "noi thuong tru", "noi o hien tai", "dia chi thuong tru"}},
};

/* The state of one read. */
typedef struct res_ctx {
	csvr *r;
	const char *name;
	const residents_map *map;
	const char *today;
	int col[RF_COUNT];              /* 0-based column, -1 when absent */
	int mapped;
	residents_row_fn row_fn;
	residents_error_fn error_fn;
	void *arg;
	/* citizen ids and person keys seen, for the duplicates */
	struct seen {
		char *key;
		long line;
	} *seen;
	size_t nseen, capseen;
} res_ctx;

const char *
residents_field_name(enum residents_field f)
{
	return f < RF_COUNT ? field_names[f].field : "";
}

/* A header name compared without accents, case, punctuation or spacing. */
static void
header_key(const char *s, char *out, size_t n)
{
	char tmp[256];
	size_t j = 0;
	int space = 0;

	vn_search_key(s, tmp, sizeof tmp);
	for (size_t i = 0; tmp[i] != '\0' && j + 1 < n; i++) {
		unsigned char ch = (unsigned char)tmp[i];

		if (ch == ' ' || ch == '_' || ch == '-' || ch == '.' || ch == '/' || ch == '(' || ch == ')' || ch == ':') {
			space = j > 0;
			continue;
		}
		if (space && j + 2 < n)
			out[j++] = ' ';
		space = 0;
		out[j++] = (char)ch;
	}
	out[j] = '\0';
}

int
residents_map_parse(const char *spec, residents_map *map, ds_err *err)
{
	char *copy = xstrdup(spec), *save = NULL;
	int rc = 0;

	memset(map, 0, sizeof *map);
	for (char *part = strtok_r(copy, ",", &save); part != NULL && rc == 0; part = strtok_r(NULL, ",", &save)) {
		char *eq = strchr(part, '=');
		int f;

		if (eq == NULL || eq == part || str_empty(str_trim(eq + 1))) {
			rc = ds_err_set(err, L("phần \"%s\" của --map phải có dạng trường=Tên cột",
			                       "\"%s\" in --map must be field=Header"), part);
			break;
		}
		*eq = '\0';
		str_trim(part);
		for (f = 0; f < RF_COUNT && strcmp(part, field_names[f].field) != 0; f++)
			;
		if (f == RF_COUNT) {
			rc = ds_err_set(err, L("--map: trường không rõ \"%s\" (có: citizen_id, full_name, birth_date, sex, "
			                       "household_code, residence, head_name, address)",
			                       "--map: unknown field \"%s\" (known: citizen_id, full_name, birth_date, sex, "
			                       "household_code, residence, head_name, address)"), part);
			break;
		}
		if (str_copy(map->header[f], sizeof map->header[f], str_trim(eq + 1)) != 0)
			rc = ds_err_set(err, L("--map: tên cột quá dài", "--map: header name too long"));
	}
	free(copy);
	return rc;
}

/* 1 if the normalised header h names field f. */
static int
header_names(const res_ctx *c, int f, const char *h)
{
	char want[256];

	if (c->map != NULL && c->map->header[f][0] != '\0') {
		header_key(c->map->header[f], want, sizeof want);
		return strcmp(h, want) == 0;
	}
	for (size_t i = 0; i < ALIASES_MAX && field_names[f].aliases[i] != NULL; i++)
		if (strcmp(h, field_names[f].aliases[i]) == 0)
			return 1;
	return 0;
}

/* Find each field's column from the header; -1 with err when a required
 * field has none or one field has two. */
static int
map_header(res_ctx *c, ds_err *err)
{
	size_t n;
	char *const *h = csvr_header(c->r, &n);
	char key[256];
	int semicolons = 0;

	c->mapped = 1;
	for (int f = 0; f < RF_COUNT; f++)
		c->col[f] = -1;
	for (size_t i = 0; i < n; i++) {
		header_key(h[i], key, sizeof key);
		semicolons |= strchr(h[i], ';') != NULL;
		for (int f = 0; f < RF_COUNT; f++) {
			if (!header_names(c, f, key))
				continue;
			if (c->col[f] >= 0) {
				ds_err_set(err, L("hai cột cùng là %s: \"%s\" (cột %d) và \"%s\"; chọn một bằng --map %s=...",
				                  "two columns are both %s: \"%s\" (column %d) and \"%s\"; choose one with --map %s=..."),
				           field_names[f].field, h[c->col[f]], c->col[f] + 1, h[i], field_names[f].field);
				ds_err_at(err, c->name, 1, (int)i + 1, h[i]);
				return -1;
			}
			c->col[f] = (int)i;
		}
	}
	for (int f = 0; f < RF_COUNT; f++) {
		if (!field_names[f].required || c->col[f] >= 0)
			continue;
		if (semicolons)
			ds_err_set(err, L("dòng tiêu đề ngăn bằng dấu chấm phẩy: lưu lại thành CSV ngăn bằng dấu phẩy",
			                  "the header row is separated by semicolons: save the file again as comma-separated CSV"));
		else if (c->map != NULL && c->map->header[f][0] != '\0')
			ds_err_set(err, L("không có cột \"%s\" (--map %s)", "there is no column \"%s\" (--map %s)"),
			           c->map->header[f], field_names[f].field);
		else
			ds_err_set(err, L("không tìm thấy cột %s (tên thường gặp: \"%s\"); đặt tên bằng --map %s=Tên cột",
			                  "no column for %s (usual names: \"%s\"); name it with --map %s=Header"),
			           field_names[f].field, field_names[f].aliases[1], field_names[f].field);
		ds_err_at(err, c->name, 1, 0, NULL);
		return -1;
	}
	return 0;
}

/* The trimmed cell of a field ("" when the column is absent). */
static char *
cell(const res_ctx *c, const csvr_row *row, int f)
{
	if (c->col[f] < 0 || (size_t)c->col[f] >= row->nfields)
		return "";
	return str_trim(row->fields[c->col[f]]);
}

/* Report a bad cell of field f and skip the row; returns 1. */
static int
bad(res_ctx *c, const csvr_row *row, int f, const char *msg, const char *value)
{
	ds_err e = {0};

	csvr_error_at(c->r, row, (size_t)c->col[f], &e, "%s: %s: \"%s\"", field_names[f].field, msg, value);
	c->error_fn(c->arg, &e);
	return 1;
}

/* The citizen id: empty, or 12 digits (a leading apostrophe, which a
 * spreadsheet adds to keep the zeros, is dropped). */
static int
get_cid(res_ctx *c, const csvr_row *row, res_person *p)
{
	char *s = cell(c, row, RF_CITIZEN_ID);
	size_t digits;

	if (s[0] == '\'')
		s++;
	digits = strspn(s, "0123456789");
	if (s[0] == '\0')
		return 0;
	if (strchr(s, 'E') != NULL || strchr(s, 'e') != NULL)
		return bad(c, row, RF_CITIZEN_ID, L("bảng tính đã đổi số thành dạng khoa học (E+): định dạng cột là văn bản rồi xuất lại",
		                                    "the spreadsheet turned the number into scientific notation (E+): format the column as text and export again"), s);
	if (digits == 9 && s[9] == '\0')
		return bad(c, row, RF_CITIZEN_ID, L("số CMND 9 chữ số cũ, không phải số định danh 12 chữ số",
		                                    "an old 9-digit identity card number, not a 12-digit citizen id"), s);
	if (digits == 11 && s[11] == '\0')
		return bad(c, row, RF_CITIZEN_ID, L("11 chữ số: có lẽ bảng tính đã bỏ số 0 đầu",
		                                    "11 digits: the spreadsheet probably dropped the leading zero"), s);
	if (digits != 12 || s[12] != '\0')
		return bad(c, row, RF_CITIZEN_ID, L("số định danh phải đúng 12 chữ số", "a citizen id is exactly 12 digits"), s);
	memcpy(p->citizen_id, s, 13);
	return 0;
}

/* A name cell: required, NFC, with a letter and no digit. */
static int
get_name(res_ctx *c, const csvr_row *row, res_person *p)
{
	const char *s = cell(c, row, RF_FULL_NAME);
	char key[NAME_LEN];

	if (s[0] == '\0')
		return bad(c, row, RF_FULL_NAME, L("họ tên trống", "the name is empty"), s);
	if (vn_nfc(s, p->full_name, sizeof p->full_name) != 0)
		return bad(c, row, RF_FULL_NAME, L("họ tên quá dài", "the name is too long"), s);
	if (strpbrk(s, "0123456789") != NULL)
		return bad(c, row, RF_FULL_NAME, L("họ tên có chữ số", "the name holds digits"), s);
	vn_search_key(s, key, sizeof key);
	if (strpbrk(key, "abcdefghijklmnopqrstuvwxyz") == NULL)
		return bad(c, row, RF_FULL_NAME, L("họ tên không có chữ cái", "the name has no letter"), s);
	return 0;
}

/* 1 if s has the form of an extract's date: yyyy, yyyy-mm-dd, or d/m/yyyy
 * with '/', '.' or '-' and a four-digit year (never a year guessed). */
static int
birth_form_ok(const char *s)
{
	size_t a = strspn(s, "0123456789"), b, y;
	char sep;

	if (s[a] == '\0')
		return a == 4;
	if (a == 4)
		return s[4] == '-' && strspn(s + 5, "0123456789") == 2 && s[7] == '-' &&
		       strspn(s + 8, "0123456789") == 2 && s[10] == '\0';
	if (a < 1 || a > 2 || (sep = s[a]) == '\0' || strchr("/.-", sep) == NULL)
		return 0;
	b = strspn(s + a + 1, "0123456789");
	if (b < 1 || b > 2 || s[a + 1 + b] != sep)
		return 0;
	y = strspn(s + a + b + 2, "0123456789");
	return y == 4 && s[a + b + 2 + y] == '\0';
}

/* The birth date: a full date with a four-digit year, or a year alone;
 * not after today. */
static int
get_birth(res_ctx *c, const csvr_row *row, res_person *p)
{
	const char *s = cell(c, row, RF_BIRTH_DATE);
	ds_err e = {0};

	if (s[0] == '\0')
		return bad(c, row, RF_BIRTH_DATE, L("ngày sinh trống", "the birth date is empty"), s);
	if (!birth_form_ok(s))
		return bad(c, row, RF_BIRTH_DATE, L("ngày sinh phải có dạng dd/mm/yyyy, yyyy-mm-dd hoặc yyyy",
		                                    "a birth date is dd/mm/yyyy, yyyy-mm-dd or yyyy"), s);
	if (date_parse(s, c->today, DATE_ALLOW_YEAR, NULL, p->birth_date, &e) != 0)
		return bad(c, row, RF_BIRTH_DATE, e.msg, s);
	if (strncmp(p->birth_date, c->today, strlen(p->birth_date)) > 0)
		return bad(c, row, RF_BIRTH_DATE, L("ngày sinh sau hôm nay", "the birth date is after today"), s);
	return 0;
}

/* The sex: Nam / Nữ, 1 / 2, M / F, male / female. */
static int
get_sex(res_ctx *c, const csvr_row *row, res_person *p)
{
	const char *s = cell(c, row, RF_SEX);
	char key[32];

	vn_search_key(s, key, sizeof key);
	if (strcmp(key, "nam") == 0 || strcmp(key, "1") == 0 || strcmp(key, "m") == 0 || strcmp(key, "male") == 0)
		p->sex = SEX_MALE;
	else if (strcmp(key, "nu") == 0 || strcmp(key, "2") == 0 || strcmp(key, "f") == 0 || strcmp(key, "female") == 0)
		p->sex = SEX_FEMALE;
	else
		return bad(c, row, RF_SEX, L("giới tính là Nam hoặc Nữ (1 / 2)", "sex is Nam or Nữ (1 / 2)"), s);
	return 0;
}

/* Residence type and household code (optional). */
static int
get_residence(res_ctx *c, const csvr_row *row, res_person *p)
{
	const char *s = cell(c, row, RF_RESIDENCE), *h = cell(c, row, RF_HOUSEHOLD_CODE);
	char key[64];

	vn_search_key(s, key, sizeof key);
	if (key[0] == '\0')
		p->residence = 0;
	else if (strcmp(key, "thuong tru") == 0 || strcmp(key, "1") == 0 || strcmp(key, "permanent") == 0)
		p->residence = 1;
	else if (strcmp(key, "tam tru") == 0 || strcmp(key, "2") == 0 || strcmp(key, "temporary") == 0)
		p->residence = 2;
	else
		return bad(c, row, RF_RESIDENCE, L("loại cư trú là thường trú hoặc tạm trú", "residence is thường trú or tạm trú"), s);
	if (str_copy(p->household_code, sizeof p->household_code, h) != 0)
		return bad(c, row, RF_HOUSEHOLD_CODE, L("mã hộ quá dài", "household code too long"), h);
	return 0;
}

/* FNV-1a of a key. */
static size_t
seen_hash(const char *s)
{
	size_t h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* Remember a key; the earlier line when it was already seen, else 0. An
 * open-addressing hash table kept at most half full. */
static long
seen_add(res_ctx *c, const char *key, long line)
{
	size_t i;

	if (2 * (c->nseen + 1) > c->capseen) {
		struct seen *old = c->seen;
		size_t oldcap = c->capseen;

		c->capseen = oldcap ? oldcap * 2 : 4096;
		c->seen = xcalloc(c->capseen, sizeof *c->seen);
		for (size_t k = 0; k < oldcap; k++) {
			if (old[k].key == NULL)
				continue;
			for (i = seen_hash(old[k].key) & (c->capseen - 1); c->seen[i].key != NULL; i = (i + 1) & (c->capseen - 1))
				;
			c->seen[i] = old[k];
		}
		free(old);
	}
	for (i = seen_hash(key) & (c->capseen - 1); c->seen[i].key != NULL; i = (i + 1) & (c->capseen - 1))
		if (strcmp(c->seen[i].key, key) == 0)
			return c->seen[i].line;
	c->seen[i].key = xstrdup(key);
	c->seen[i].line = line;
	c->nseen++;
	return 0;
}

/* Two rows with one citizen id, or one person twice. */
static int
check_twice(res_ctx *c, const csvr_row *row, const res_person *p)
{
	char key[NAME_LEN + 64], name[NAME_LEN], msg[160];
	long first;

	if (p->citizen_id[0] != '\0') {
		str_printf(key, sizeof key, "c%s", p->citizen_id);
		if ((first = seen_add(c, key, row->line)) != 0) {
			str_printf(msg, sizeof msg, L("số định danh đã có ở dòng %ld", "the citizen id is already on line %ld"), first);
			return bad(c, row, RF_CITIZEN_ID, msg, p->citizen_id);
		}
	}
	vn_search_key(p->full_name, name, sizeof name);
	str_printf(key, sizeof key, "p%s|%s|%d|%s|%s", name, p->birth_date, (int)p->sex, p->household_code, p->citizen_id);
	if ((first = seen_add(c, key, row->line)) != 0) {
		str_printf(msg, sizeof msg, L("cùng người đã có ở dòng %ld", "the same person is already on line %ld"), first);
		return bad(c, row, RF_FULL_NAME, msg, p->full_name);
	}
	return 0;
}

/* One data row. */
static int
on_row(void *arg, const csvr_row *row, ds_err *err)
{
	res_ctx *c = arg;
	res_person p;

	if (!c->mapped && map_header(c, err) != 0)
		return -1;
	memset(&p, 0, sizeof p);
	p.line = row->line;
	if (get_cid(c, row, &p) || get_name(c, row, &p) || get_birth(c, row, &p) || get_sex(c, row, &p) ||
	    get_residence(c, row, &p) || check_twice(c, row, &p))
		return 0;
	return c->row_fn(c->arg, &p, err);
}

/* A UTF-16 file (what a spreadsheet's "Unicode text" writes): -1 with err. */
static int
refuse_utf16(const unsigned char *b, size_t n, const char *name, ds_err *err)
{
	if (n < 2 || !((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff)))
		return 0;
	ds_err_set(err, L("tệp ở dạng UTF-16, không phải UTF-8: lưu lại thành \"CSV UTF-8\"",
	                  "the file is UTF-16, not UTF-8: save it again as \"CSV UTF-8\""));
	ds_err_at(err, name, 1, 1, NULL);
	return -1;
}

/* Read from a path or a buffer. */
static int
res_read(const char *path, const void *buf, size_t len, const char *name, const residents_map *map,
         const char *today, residents_row_fn row_fn, residents_error_fn error_fn, void *arg, ds_err *err)
{
	res_ctx c = {0};
	unsigned char head[2];
	size_t nhead = 0;
	int rc;

	if (path != NULL) {
		FILE *f = plat_fopen(path, "rb");

		if (f != NULL) {
			nhead = fread(head, 1, sizeof head, f);
			fclose(f);
		}
	} else {
		nhead = len < 2 ? len : 2;
		memcpy(head, buf, nhead);
	}
	if (refuse_utf16(head, nhead, name, err) != 0)
		return -1;
	c.name = name;
	c.map = map;
	c.today = today;
	c.row_fn = row_fn;
	c.error_fn = error_fn;
	c.arg = arg;
	c.r = csvr_new(name, CSVR_HEADER);
	rc = path != NULL ? csvr_parse_file(c.r, path, on_row, &c, err) : csvr_parse_buffer(c.r, buf, len, on_row, &c, err);
	if (rc == 0 && csvr_header(c.r, NULL) == NULL) {
		ds_err_set(err, L("tệp rỗng, không có dòng tiêu đề", "the file is empty: no header row"));
		ds_err_at(err, name, 1, 0, NULL);
		rc = -1;
	} else if (rc == 0 && !c.mapped) {
		rc = map_header(&c, err);
		if (rc == 0) {
			ds_err_set(err, L("tệp chỉ có dòng tiêu đề, không có người nào", "the file has a header row and nobody in it"));
			ds_err_at(err, name, 2, 0, NULL);
			rc = -1;
		}
	}
	for (size_t i = 0; i < c.capseen; i++)
		free(c.seen[i].key);
	free(c.seen);
	csvr_free(&c.r);
	return rc;
}

int
residents_csv_read(const char *path, const residents_map *map, const char *today, residents_row_fn row_fn,
                   residents_error_fn error_fn, void *arg, ds_err *err)
{
	return res_read(path, NULL, 0, path, map, today, row_fn, error_fn, arg, err);
}

int
residents_csv_read_buffer(const void *buf, size_t len, const char *name, const residents_map *map,
                          const char *today, residents_row_fn row_fn, residents_error_fn error_fn, void *arg,
                          ds_err *err)
{
	return res_read(NULL, buf, len, name, map, today, row_fn, error_fn, arg, err);
}
