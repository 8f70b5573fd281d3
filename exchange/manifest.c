/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* manifest.c: the package's manifest, key,value rows ("danso-export 1",
 * docs/format.md section "manifest"). */
#include "config.h"

#include "exchange/package.h"
#include "exchange/csvread.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Write one key,value row. */
static int
kv(csvw *w, const char *key, const char *value, ds_err *err)
{
	return csvw_rowl(w, err, key, value, (const char *)NULL);
}

int
package_write_manifest(csvw *w, const package_manifest *m, ds_err *err)
{
	char num[32], key[64];
	int rc;

	snprintf(num, sizeof num, "%d", m->revision);
	rc = kv(w, "key", "value", err) || kv(w, "format", m->format, err) ||
	     kv(w, "format_version", m->format_version, err) || kv(w, "program", "danso", err) ||
	     kv(w, "program_version", m->program_version, err) || kv(w, "commune_code", m->commune_code, err) ||
	     kv(w, "commune_name", m->commune_name, err) || kv(w, "period", m->period, err) ||
	     kv(w, "revision", num, err) || kv(w, "created_at", m->created_at, err) || kv(w, "user", m->user, err) ||
	     kv(w, "names", m->names ? "included" : "omitted", err) || kv(w, "excel", m->excel ? "1" : "0", err);
	snprintf(num, sizeof num, "%zu", m->nfiles);
	rc = rc || kv(w, "file.count", num, err);
	for (size_t i = 0; rc == 0 && i < m->nfiles; i++) {
		const package_file_info *f = &m->files[i];

		snprintf(key, sizeof key, "file.%zu.name", i + 1);
		rc = kv(w, key, f->name, err);
		snprintf(key, sizeof key, "file.%zu.part", i + 1);
		rc = rc || kv(w, key, f->part, err);
		snprintf(key, sizeof key, "file.%zu.rows", i + 1);
		snprintf(num, sizeof num, "%ld", f->rows);
		rc = rc || kv(w, key, num, err);
		snprintf(key, sizeof key, "file.%zu.sha256", i + 1);
		rc = rc || kv(w, key, f->sha256, err);
	}
	return rc ? -1 : 0;
}

/* State of one manifest read. */
typedef struct mf_ctx {
	csvr *r;
	package_manifest *m;
	unsigned seen;            /* bits of required keys seen */
	int file_count;           /* -1 until file.count */
	unsigned file_seen[PACKAGE_MAX_FILES];
	char keys[64][32];        /* every key read so far: each may appear once */
	size_t nkeys;
} mf_ctx;

enum {
	K_FORMAT = 1 << 0, K_VERSION = 1 << 1, K_PROGRAM_VERSION = 1 << 2, K_COMMUNE = 1 << 3,
	K_NAME = 1 << 4, K_PERIOD = 1 << 5, K_REVISION = 1 << 6, K_CREATED = 1 << 7, K_USER = 1 << 8,
	K_NAMES = 1 << 9, K_EXCEL = 1 << 10, K_FILE_COUNT = 1 << 11, K_ALL = (1 << 12) - 1
};

/* 1 if s is n hex digits, lowercase. */
static int
is_hex(const char *s, size_t n)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return i == n;
}

/* A whole number in [min, max]; -1 if not. */
static int
whole(const char *s, long min, long max, long *out)
{
	return str_to_long(s, out) == 0 && *out >= min && *out <= max ? 0 : -1;
}

/* A file.N.x key. */
static int
file_key(mf_ctx *c, const csvr_row *row, const char *key, const char *v, ds_err *err)
{
	char attr[16];
	int idx, used = 0;
	package_file_info *f;
	long n;

	if (sscanf(key, "file.%d.%15[a-z0-9]%n", &idx, attr, &used) != 2 || key[used] != '\0' || idx < 1 ||
	    idx > PACKAGE_MAX_FILES)
		return csvr_error_at(c->r, row, 0, err, L("khóa không hợp lệ: \"%s\"", "invalid key: \"%s\""), key);
	f = &c->m->files[idx - 1];
	if (strcmp(attr, "name") == 0 && strlen(v) < sizeof f->name && strchr(v, '/') == NULL && v[0] != '.' &&
	    v[0] != '\0') {
		str_copy(f->name, sizeof f->name, v);
		c->file_seen[idx - 1] |= 1;
	} else if (strcmp(attr, "part") == 0 &&
	           (strcmp(v, PACKAGE_PART_REPORT) == 0 || strcmp(v, PACKAGE_PART_EVENTS) == 0 ||
	            strcmp(v, PACKAGE_PART_DHIS2) == 0 || strcmp(v, PACKAGE_PART_WORKBOOK) == 0)) {
		str_copy(f->part, sizeof f->part, v);
		c->file_seen[idx - 1] |= 2;
	} else if (strcmp(attr, "rows") == 0 && whole(v, 0, PACKAGE_MAX_ROWS, &n) == 0) {
		f->rows = n;
		c->file_seen[idx - 1] |= 4;
	} else if (strcmp(attr, "sha256") == 0 && is_hex(v, 64)) {
		str_copy(f->sha256, sizeof f->sha256, v);
		c->file_seen[idx - 1] |= 8;
	} else {
		return csvr_error_at(c->r, row, 1, err, L("giá trị không hợp lệ cho %s: \"%s\"", "invalid value for %s: \"%s\""),
		                     key, v);
	}
	return 0;
}

/* Copy a text value into dst; too long or empty is an error. */
static int
text_value(mf_ctx *c, const csvr_row *row, const char *v, char *dst, size_t n, ds_err *err)
{
	if (v[0] == '\0' || strlen(v) >= n)
		return csvr_error_at(c->r, row, 1, err, L("giá trị rỗng hoặc quá dài", "the value is empty or too long"));
	str_copy(dst, n, v);
	return 0;
}

/* One key,value row. */
static int
manifest_row(void *arg, const csvr_row *row, ds_err *err)
{
	mf_ctx *c = arg;
	package_manifest *m = c->m;
	const char *k = row->fields[0], *v = row->fields[1];
	long n;

	/* a second row of a key would silently win over the first */
	for (size_t i = 0; i < c->nkeys; i++)
		if (strcmp(c->keys[i], k) == 0)
			return csvr_error_at(c->r, row, 0, err, L("khóa \"%s\" có hai lần", "the key \"%s\" appears twice"), k);
	if (c->nkeys == ARRAY_LEN(c->keys) || strlen(k) >= sizeof c->keys[0])
		return csvr_error_at(c->r, row, 0, err, L("khóa quá dài hoặc quá nhiều khóa: \"%s\"",
		                                          "key too long or too many keys: \"%s\""), k);
	str_copy(c->keys[c->nkeys++], sizeof c->keys[0], k);

	if (strncmp(k, "file.", 5) == 0 && strcmp(k, "file.count") != 0)
		return file_key(c, row, k, v, err);
#define TEXT(key, bit, dst) \
	if (strcmp(k, key) == 0) { \
		c->seen |= bit; \
		return text_value(c, row, v, dst, sizeof dst, err); \
	}
	TEXT("format", K_FORMAT, m->format)
	TEXT("format_version", K_VERSION, m->format_version)
	TEXT("program_version", K_PROGRAM_VERSION, m->program_version)
	TEXT("commune_code", K_COMMUNE, m->commune_code)
	TEXT("commune_name", K_NAME, m->commune_name)
	TEXT("period", K_PERIOD, m->period)
	TEXT("created_at", K_CREATED, m->created_at)
	TEXT("user", K_USER, m->user)
#undef TEXT
	if (strcmp(k, "revision") == 0 || strcmp(k, "file.count") == 0 || strcmp(k, "excel") == 0) {
		int is_rev = k[0] == 'r', is_count = k[0] == 'f';

		if (whole(v, is_rev ? 1 : 0, is_count ? PACKAGE_MAX_FILES : is_rev ? 100000 : 1, &n) != 0)
			return csvr_error_at(c->r, row, 1, err, L("giá trị không hợp lệ cho %s: \"%s\"",
			                                          "invalid value for %s: \"%s\""), k, v);
		if (is_rev)
			m->revision = (int)n, c->seen |= K_REVISION;
		else if (is_count)
			c->file_count = (int)n, c->seen |= K_FILE_COUNT;
		else
			m->excel = (int)n, c->seen |= K_EXCEL;
		return 0;
	}
	if (strcmp(k, "names") == 0) {
		if (strcmp(v, "included") != 0 && strcmp(v, "omitted") != 0)
			return csvr_error_at(c->r, row, 1, err, L("names phải là included hoặc omitted",
			                                          "names must be included or omitted"));
		m->names = v[0] == 'i';
		c->seen |= K_NAMES;
	}
	return 0;   /* other keys (program, later additions) are informative */
}

/* Check the manifest's own identity: commune code, month. */
static int
manifest_identity(const package_manifest *m, const char *name, ds_err *err)
{
	size_t i;

	for (i = 0; m->commune_code[i] >= '0' && m->commune_code[i] <= '9'; i++)
		;
	if (i != 5 || m->commune_code[i] != '\0') {
		ds_err_set(err, L("mã xã phải gồm 5 chữ số: \"%s\"", "the commune code must be 5 digits: \"%s\""),
		           m->commune_code);
		ds_err_at(err, name, 0, 0, "commune_code");
		return -1;
	}
	if (strlen(m->period) != 7 || m->period[4] != '-' || m->period[5] < '0' || m->period[5] > '1' ||
	    strspn(m->period, "0123456789-") != 7 || strcmp(m->period + 5, "01") < 0 || strcmp(m->period + 5, "12") > 0) {
		ds_err_set(err, L("kỳ phải là một tháng YYYY-MM: \"%s\"", "the period must be a month YYYY-MM: \"%s\""),
		           m->period);
		ds_err_at(err, name, 0, 0, "period");
		return -1;
	}
	return 0;
}

/* Take off the quote --excel puts before "=", "+", "-", "@", TAB or CR. */
static void
unquote_excel(char *s)
{
	if (s[0] == '\'' && s[1] != '\0' && strchr("=+-@\t\r", s[1]) != NULL)
		memmove(s, s + 1, strlen(s));
}

/* 1 if s is a UTC time as danso writes it: YYYY-MM-DDTHH:MM:SSZ, a real
 * date and time. */
static int
timestamp_ok(const char *s)
{
	static const char form[] = "dddd-dd-ddTdd:dd:ddZ";
	char date[11];

	if (strlen(s) != sizeof form - 1)
		return 0;
	for (size_t i = 0; form[i] != '\0'; i++)
		if (form[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != form[i])
			return 0;
	memcpy(date, s, 10);
	date[10] = '\0';
	return date_valid(date) && strncmp(s + 11, "24", 2) < 0 && strncmp(s + 14, "60", 2) < 0 &&
	       strncmp(s + 17, "61", 2) < 0;
}

/* Checks once every row was read. */
static int
manifest_complete(mf_ctx *c, const char *name, ds_err *err)
{
	package_manifest *m = c->m;
	static const char *const keys[] = {"format", "format_version", "program_version", "commune_code",
	                                   "commune_name", "period", "revision", "created_at", "user", "names",
	                                   "excel", "file.count"};

	for (size_t i = 0; i < ARRAY_LEN(keys); i++)
		if (!(c->seen & (1u << i))) {
			ds_err_set(err, L("tệp kê khai thiếu khóa \"%s\"", "the manifest lacks the key \"%s\""), keys[i]);
			ds_err_at(err, name, 0, 0, keys[i]);
			return -1;
		}
	if (m->excel) {
		/* --excel put a quote before a text that a spreadsheet would run as
		 * a formula; it is not part of the name (docs/format.md) */
		unquote_excel(m->commune_name);
		unquote_excel(m->user);
	}
	if (manifest_identity(m, name, err) != 0)
		return -1;
	if (!timestamp_ok(m->created_at)) {
		ds_err_set(err, L("created_at phải có dạng YYYY-MM-DDTHH:MM:SSZ: \"%s\"",
		                  "created_at must be of the form YYYY-MM-DDTHH:MM:SSZ: \"%s\""), m->created_at);
		ds_err_at(err, name, 0, 0, "created_at");
		return -1;
	}
	if (strcmp(m->format, PACKAGE_FORMAT) != 0 || (strcmp(m->format_version, PACKAGE_FORMAT_VERSION) != 0 &&
	                                               strcmp(m->format_version, PACKAGE_FORMAT_VERSION_2) != 0 &&
	                                               strcmp(m->format_version, PACKAGE_FORMAT_VERSION_3) != 0)) {
		ds_err_set(err, L("định dạng \"%s %s\" không được hỗ trợ (cần %s %s)",
		                  "format \"%s %s\" is not supported (expected %s %s)"),
		           m->format, m->format_version, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION " / " PACKAGE_FORMAT_VERSION_2 " / " PACKAGE_FORMAT_VERSION_3);
		ds_err_at(err, name, 0, 0, "format_version");
		return -1;
	}
	m->nfiles = (size_t)c->file_count;
	for (size_t i = 0; i < PACKAGE_MAX_FILES; i++) {
		char want[128], key[32];

		if (i >= m->nfiles) {
			if (c->file_seen[i] == 0)
				continue;
			snprintf(key, sizeof key, "file.%zu", i + 1);
			ds_err_set(err, L("%s vượt quá file.count", "%s is beyond file.count"), key);
			ds_err_at(err, name, 0, 0, key);
			return -1;
		}
		snprintf(key, sizeof key, "file.%zu", i + 1);
		if (c->file_seen[i] != 15) {
			ds_err_set(err, L("%s cần đủ name, part, rows và sha256", "%s needs name, part, rows and sha256"), key);
			ds_err_at(err, name, 0, 0, key);
			return -1;
		}
		for (size_t j = 0; j < i; j++)
			if (strcmp(m->files[j].part, m->files[i].part) == 0) {
				ds_err_set(err, L("%s: phần \"%s\" có hai lần", "%s: part \"%s\" appears twice"), key,
				           m->files[i].part);
				ds_err_at(err, name, 0, 0, key);
				return -1;
			}
		if (strcmp(m->files[i].part, PACKAGE_PART_WORKBOOK) == 0 &&
		    strcmp(m->format_version, PACKAGE_FORMAT_VERSION) == 0) {
			ds_err_set(err, L("%s: phần \"%s\" cần định dạng phiên bản %s", "%s: the part \"%s\" needs format version %s"),
			           key, PACKAGE_PART_WORKBOOK, PACKAGE_FORMAT_VERSION_2);
			ds_err_at(err, name, 0, 0, key);
			return -1;
		}
		package_file_name(want, sizeof want, m->commune_code, m->period, m->revision, m->files[i].part);
		if (strcmp(want, m->files[i].name) != 0) {
			ds_err_set(err, L("%s.name phải là %s", "%s.name must be %s"), key, want);
			ds_err_at(err, name, 0, 0, key);
			return -1;
		}
	}
	return 0;
}

/* Read from a path or a buffer. */
static int
read_manifest(const char *path, const void *buf, size_t len, const char *name, package_manifest *out, ds_err *err)
{
	mf_ctx c = {0};
	int rc;

	memset(out, 0, sizeof *out);
	c.m = out;
	c.file_count = -1;
	c.r = csvr_new(name, CSVR_HEADER);
	csvr_require(c.r, (const char *const[]){"key", "value"}, 2);
	if (path != NULL)
		rc = csvr_parse_file(c.r, path, manifest_row, &c, err);
	else
		rc = csvr_parse_buffer(c.r, buf, len, manifest_row, &c, err);
	if (rc == 0 && csvr_header(c.r, NULL) == NULL) {
		ds_err_set(err, L("tệp kê khai rỗng", "the manifest is empty"));
		ds_err_at(err, name, 1, 0, NULL);
		rc = -1;
	}
	csvr_free(&c.r);
	if (rc == 0)
		rc = manifest_complete(&c, name, err);
	return rc;
}

int
package_read_manifest(const char *path, const char *display_name, package_manifest *out, ds_err *err)
{
	const char *base = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;
	char want[128];

	if (read_manifest(path, NULL, 0, display_name, out, err) != 0)
		return -1;
	/* the name says which package it is: it must be the one inside */
	package_file_name(want, sizeof want, out->commune_code, out->period, out->revision, PACKAGE_PART_MANIFEST);
	if (strcmp(base, want) != 0) {
		ds_err_set(err, L("tên tệp kê khai không khớp nội dung: nội dung là của %s", "the manifest's file name does not match its contents, which are those of %s"),
		           want);
		ds_err_at(err, display_name, 0, 0, NULL);
		return -1;
	}
	return 0;
}

int
package_read_manifest_buffer(const void *buf, size_t len, const char *display_name, package_manifest *out,
                             ds_err *err)
{
	return read_manifest(NULL, buf, len, display_name, out, err);
}
