/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* import.c (app): verify and store commune packages at the upper level
 * (see import.h). */
#include "config.h"

#include "app/import.h"
#include "app/report.h"
#include "db/codes.h"
#include "db/imports.h"
#include "domain/i18n.h"
#include "domain/ids.h"
#include "domain/indicators.h"
#include "domain/period.h"
#include "exchange/package.h"
#include "platform/platform.h"
#include "platform/fs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A package being read. */
typedef struct pkg_read {
	db *d;
	package_manifest m;
	char dir[1024];
	char events_name[128];
	import_value *values;
	size_t nvalues;
	report_value *rvalues;
	event_record *events;
	long *event_lines;
	size_t nevents, cap;
	int lists_in_db;             /* -1 unknown, 0 use the defaults, 1 the db */
	struct known_code {          /* codes found in their lists in this package */
		char list[24];
		char code[CODE_LEN];
	} known[64];
	size_t nknown;
} pkg_read;

/* Free what a read collected. */
static void
pkg_read_free(pkg_read *p)
{
	free(p->values);
	free(p->rvalues);
	free(p->events);
	free(p->event_lines);
	memset(p, 0, sizeof *p);
}

/* A listed file must be a regular file with the manifest's checksum. */
static int
verify_file(pkg_read *p, const package_file_info *f, char *path, size_t n, ds_err *err)
{
	char sum[65];
	plat_stat_t st;

	snprintf(path, n, "%s/%s", p->dir, f->name);
	if (plat_lstat(path, &st) != 0 || !st.is_reg) {
		ds_err_set(err, L("tệp kê khai có ghi tệp này nhưng không tìm thấy (hoặc không phải tệp thường); gói bị từ chối",
		                  "the manifest lists this file but it is missing (or not a regular file); the package is refused"));
		ds_err_at(err, f->name, 0, 0, NULL);
		return -1;
	}
	if (ids_sha256_file(path, sum, err) != 0)
		return -1;
	if (strcmp(sum, f->sha256) != 0) {
		ds_err_set(err, L("SHA-256 khác với tệp kê khai: tệp đã bị sửa hoặc hỏng; gói bị từ chối",
		                  "the SHA-256 differs from the manifest's: the file was changed or damaged; the package is refused"));
		ds_err_at(err, f->name, 0, 0, NULL);
		return -1;
	}
	return 0;
}

/* The row count read must be the manifest's. */
static int
check_rows(const package_file_info *f, long rows, ds_err *err)
{
	if (rows == f->rows)
		return 0;
	ds_err_set(err, L("có %ld dòng dữ liệu, tệp kê khai ghi %ld", "holds %ld data rows, the manifest says %ld"),
	           rows, f->rows);
	ds_err_at(err, f->name, 0, 0, NULL);
	return -1;
}

/* Keep one report row. */
static int
on_report(void *arg, const char *indicator, const char *value, long line, ds_err *err)
{
	pkg_read *p = arg;

	(void)line;
	(void)err;
	p->values = xrealloc(p->values, (p->nvalues + 1) * sizeof *p->values);
	str_copy(p->values[p->nvalues].indicator, sizeof p->values[0].indicator, indicator);
	str_copy(p->values[p->nvalues].value, sizeof p->values[0].value, value);
	p->nvalues++;
	return 0;
}

/* Keep one event row. */
static int
on_event(void *arg, const package_event *pe, long line, ds_err *err)
{
	pkg_read *p = arg;
	event_record *r;

	(void)err;
	if (p->nevents == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->events = xrealloc(p->events, p->cap * sizeof *p->events);
		p->event_lines = xrealloc(p->event_lines, p->cap * sizeof *p->event_lines);
	}
	r = &p->events[p->nevents];
	memset(r, 0, sizeof *r);
	r->ev = pe->ev;
	r->person = pe->person;
	str_copy(r->person_key, sizeof r->person_key, pe->person_key);
	str_copy(r->related_key, sizeof r->related_key, pe->related_key);
	str_copy(r->related_name, sizeof r->related_name, pe->related_name);
	str_copy(r->household_number, sizeof r->household_number, pe->household_number);
	r->area_number = pe->area_number;
	r->to_area_number = pe->to_area_number;
	p->event_lines[p->nevents++] = line;
	return 0;
}

/* 1 if code is in list: the database's list when it has one, else the
 * compiled-in defaults (an upper level that never ran init). */
static int
code_known(pkg_read *p, const char *list, const char *code)
{
	int rc;

	for (size_t i = 0; i < p->nknown; i++)
		if (strcmp(p->known[i].code, code) == 0 && strcmp(p->known[i].list, list) == 0)
			return 1;
	rc = db_code_exists(p->d, list, code);
	if (rc == 1) {
		/* a package repeats a few dozen codes thousands of times: remember
		 * them (each look-up is a query and a read lock) */
		if (p->nknown < ARRAY_LEN(p->known) && strlen(list) < sizeof p->known[0].list &&
		    strlen(code) < sizeof p->known[0].code) {
			str_copy(p->known[p->nknown].list, sizeof p->known[0].list, list);
			str_copy(p->known[p->nknown].code, sizeof p->known[0].code, code);
			p->nknown++;
		}
		return 1;
	}
	if (p->lists_in_db < 0) {
		code_entry *e = NULL;
		size_t n = 0;
		ds_err ignored;

		p->lists_in_db = db_codes_list(p->d, "relation", &e, &n, &ignored) == 0 && n > 0;
		free(e);
	}
	if (p->lists_in_db)
		return 0;
	for (size_t i = 0; i < code_default_count; i++)
		if (strcmp(code_defaults[i].list, list) == 0 && strcmp(code_defaults[i].code, code) == 0)
			return 1;
	return 0;
}

/* The 1-based column of a name in the events file. */
static int
event_column(const char *name)
{
	size_t n;
	const char *const *cols = package_event_columns(&n);

	for (size_t i = 0; i < n; i++)
		if (strcmp(cols[i], name) == 0)
			return (int)i + 1;
	fatal("no events column %s", name);
}

/* Check one coded cell of event i. */
static int
check_code(pkg_read *p, size_t i, const char *column, const char *list, const char *code, int optional,
           ds_err *err)
{
	if ((optional && code[0] == '\0') || code_known(p, list, code))
		return 0;
	ds_err_set(err, L("mã \"%s\" không có trong danh mục %s", "code \"%s\" is not in the code list %s"), code, list);
	ds_err_at(err, p->events_name, p->event_lines[i], event_column(column), column);
	return -1;
}

/* The codes of event i, by kind. */
static int
check_event_codes(pkg_read *p, size_t i, ds_err *err)
{
	const event *ev = &p->events[i].ev;
	const member *m = &p->events[i].person;

	if (p->events[i].person_key[0] != '\0' &&
	    (check_code(p, i, "ethnicity", "ethnicity", m->ethnicity, 0, err) ||
	     check_code(p, i, "education", "education", m->education, 1, err) ||
	     check_code(p, i, "marital", "marital", m->marital, 0, err) ||
	     check_code(p, i, "residence", "residence", m->residence, 0, err) ||
	     check_code(p, i, "relation", "relation", m->relation, 0, err)))
		return -1;
	switch (ev->kind) {
	case EV_BIRTH:
		return check_code(p, i, "birth_place", "birth_place", ev->birth_place, 0, err);
	case EV_FP_START:
		return check_code(p, i, "method", "fp_method", ev->method, 0, err) ||
		       check_code(p, i, "provider", "fp_provider", ev->provider, 1, err) ? -1 : 0;
	case EV_FP_STOP:
		return check_code(p, i, "method", "fp_method", ev->method, 1, err) ||
		       check_code(p, i, "stop_reason", "fp_stop_reason", ev->stop_reason, 1, err) ? -1 : 0;
	case EV_PREGNANCY:
		return check_code(p, i, "pregnancy_kind", "pregnancy_kind", ev->pregnancy_kind, 0, err);
	case EV_DEATH:
		return check_code(p, i, "death_cause", "death_cause", ev->death_cause, 1, err);
	default:
		return 0;
	}
}

/* The codes of every event. (That no event id is held for another commune
 * or month is checked by the store itself: see event_held.) */
static int
check_events(pkg_read *p, ds_err *err)
{
	for (size_t i = 0; i < p->nevents; i++)
		if (check_event_codes(p, i, err) != 0)
			return -1;
	return 0;
}

static int event_held(pkg_read *p, size_t i, ds_err *err);

/* Whether an event id of the package is held by another commune or month
 * (one look-up per event): 0 none, -1 with err saying which. Only for a
 * package refused on its revision, whose ids are then said first as they
 * always were; a stored package has its ids checked by the store. */
static int
check_ids_held(pkg_read *p, ds_err *err)
{
	char code[CODE_LEN], per[PERIOD_LEN];

	for (size_t i = 0; i < p->nevents; i++) {
		int rc = db_import_event_owner(p->d, p->events[i].ev.uid, code, per, err);

		if (rc < 0)
			return -1;
		if (rc == 0 && (strcmp(code, p->m.commune_code) != 0 || strcmp(per, p->m.period) != 0))
			return event_held(p, i, err);
	}
	return 0;
}

/* Event i's id is held by another commune or month (db_import_store said
 * so, inside the transaction): say whose, at the event's line. -1. */
static int
event_held(pkg_read *p, size_t i, ds_err *err)
{
	char code[CODE_LEN] = "", per[PERIOD_LEN] = "";

	if (db_import_event_owner(p->d, p->events[i].ev.uid, code, per, err) < 0)
		return -1;
	ds_err_set(err, L("mã sự kiện %s đã có trong dữ liệu đã nhập của xã %s kỳ %s",
	                  "event id %s is already held, imported for commune %s, period %s"),
	           p->events[i].ev.uid, code, per);
	ds_err_at(err, p->events_name, p->event_lines[i], 1, "event_id");
	return -1;
}

/* Read and check the report values with the report module's own rules. */
static int
check_values(pkg_read *p, const char *name, ds_err *err)
{
	report *r = xmalloc(sizeof *r);
	int rc;

	p->rvalues = xcalloc(p->nvalues + 1, sizeof *p->rvalues);
	for (size_t i = 0; i < p->nvalues; i++) {
		p->rvalues[i].indicator = p->values[i].indicator;
		p->rvalues[i].value = p->values[i].value;
	}
	rc = report_from_values(r, p->m.commune_code, p->m.commune_name, p->m.period, p->rvalues, p->nvalues, err);
	if (rc != 0 && err != NULL && err->file[0] == '\0')
		ds_err_at(err, name, 0, 0, err->field);
	free(r);
	return rc;
}

/* Verify every file of the manifest and read the data. */
static int
read_package(pkg_read *p, const char *manifest_path, ds_err *err)
{
	const char *base = strrchr(manifest_path, '/');
	char path[1200];
	long rows;
	int has_report = 0, has_events = 0;

	base = base != NULL ? base + 1 : manifest_path;
	fs_folder_of(manifest_path, p->dir, sizeof p->dir);
	if (package_read_manifest(manifest_path, base, &p->m, err) != 0)
		return -1;
	for (size_t i = 0; i < p->m.nfiles; i++)
		if (verify_file(p, &p->m.files[i], path, sizeof path, err) != 0)
			return -1;
	for (size_t i = 0; i < p->m.nfiles; i++) {
		const package_file_info *f = &p->m.files[i];

		snprintf(path, sizeof path, "%s/%s", p->dir, f->name);
		if (strcmp(f->part, PACKAGE_PART_REPORT) == 0) {
			has_report = 1;
			if (package_read_report(path, f->name, &p->m, on_report, p, &rows, err) != 0 ||
			    check_rows(f, rows, err) != 0 || check_values(p, f->name, err) != 0)
				return -1;
		} else if (strcmp(f->part, PACKAGE_PART_EVENTS) == 0) {
			has_events = 1;
			str_copy(p->events_name, sizeof p->events_name, f->name);
			if (package_read_events(path, f->name, &p->m, on_event, p, &rows, err) != 0 ||
			    check_rows(f, rows, err) != 0)
				return -1;
		}
	}
	if (!has_report || !has_events) {
		ds_err_set(err, L("tệp kê khai phải có cả tệp báo cáo và tệp sự kiện",
		                  "the manifest must list both the report and the events file"));
		ds_err_at(err, base, 0, 0, NULL);
		return -1;
	}
	return 0;
}

/* Decide from the revision held; store when new or higher. */
static int
store_package(pkg_read *p, const char *manifest_path, import_outcome *out, ds_err *err)
{
	import_package pkg, held;
	size_t taken;
	int rc = db_import_package_get(p->d, p->m.commune_code, p->m.period, &held, err);

	if (rc < 0)
		return -1;
	memset(&pkg, 0, sizeof pkg);
	str_copy(pkg.commune_code, sizeof pkg.commune_code, p->m.commune_code);
	str_copy(pkg.commune_name, sizeof pkg.commune_name, p->m.commune_name);
	str_copy(pkg.period, sizeof pkg.period, p->m.period);
	pkg.revision = p->m.revision;
	str_copy(pkg.format_version, sizeof pkg.format_version, p->m.format_version);
	str_copy(pkg.program_version, sizeof pkg.program_version, p->m.program_version);
	str_copy(pkg.created_at, sizeof pkg.created_at, p->m.created_at);
	if (ids_sha256_file(manifest_path, pkg.manifest_sha256, err) != 0)
		return -1;
	out->status = rc == 1 ? IMPORT_NEW : IMPORT_REPLACED;
	if (rc == 0 && held.revision == pkg.revision) {
		if (strcmp(held.manifest_sha256, pkg.manifest_sha256) == 0) {
			out->status = IMPORT_SAME;
			return 0;
		}
		if (check_ids_held(p, err) != 0)
			return -1;
		ds_err_set(err, L("lần %d của xã %s kỳ %s đã được nhập với nội dung khác; cần một lần mới hơn",
		                  "revision %d of commune %s, period %s was already imported with other contents; a higher revision is needed"),
		           pkg.revision, pkg.commune_code, pkg.period);
		return -1;
	}
	if (rc == 0 && held.revision > pkg.revision) {
		if (check_ids_held(p, err) != 0)
			return -1;
		ds_err_set(err, L("đã có lần %d của xã %s kỳ %s; lần %d cũ hơn nên bị từ chối",
		                  "revision %d of commune %s, period %s is held; revision %d is older and is refused"),
		           held.revision, pkg.commune_code, pkg.period, pkg.revision);
		return -1;
	}
	out->previous_revision = rc == 0 ? held.revision : 0;
	if (db_import_store(p->d, &pkg, p->values, p->nvalues, p->events, p->nevents, &taken, err) == 0)
		return 0;
	return taken < p->nevents ? event_held(p, taken, err) : -1;
}

int
import_package_file(db *d, const char *manifest_path, import_outcome *out, ds_err *err)
{
	pkg_read *p = xcalloc(1, sizeof *p);
	int rc;

	memset(out, 0, sizeof *out);
	p->d = d;
	p->lists_in_db = -1;
	rc = read_package(p, manifest_path, err);
	if (rc == 0) {
		int own;

		/* The codes and event ids are checked under the write lock that
		 * stores the package: one lock for all the look-ups (the code lists
		 * then answer from memory, db/codes.c), and no other import can take
		 * an id between the check and the write. */
		if ((rc = db_tx_enter(d, &own, err)) == 0) {
			rc = check_events(p, err);
			if (rc == 0)
				rc = store_package(p, manifest_path, out, err);
			rc = db_tx_leave(d, own, rc, err);
		}
	}
	if (rc == 0) {
		str_copy(out->commune_code, sizeof out->commune_code, p->m.commune_code);
		str_copy(out->commune_name, sizeof out->commune_name, p->m.commune_name);
		str_copy(out->period, sizeof out->period, p->m.period);
		out->revision = p->m.revision;
		out->events = (long)p->nevents;
		out->indicators = (long)p->nvalues;
	}
	pkg_read_free(p);
	free(p);
	return rc;
}

/* ---- paths ---- */

/* Add s to the list unless it is there. */
static void
list_add(char ***list, size_t *n, const char *s)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*list)[i], s) == 0)
			return;
	*list = xrealloc(*list, (*n + 1) * sizeof **list);
	(*list)[(*n)++] = xstrdup(s);
}

/* 1 if name ends with "_manifest.csv". */
static int
is_manifest_name(const char *name)
{
	size_t len = strlen(name), suf = strlen("_manifest.csv");

	return len > suf && strcmp(name + len - suf, "_manifest.csv") == 0;
}

/* Compare strings for qsort. */
static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every manifest of a folder, by name. */
static int
resolve_dir(const char *dir, char ***out, size_t *nout, ds_err *err)
{
	plat_dir *dp = plat_opendir(dir);
	const char *name;
	char **found = NULL;
	size_t n = 0;

	if (dp == NULL) {
		ds_err_set(err, L("không mở được thư mục: %s", "cannot open the folder: %s"), strerror(errno));
		ds_err_at(err, dir, 0, 0, NULL);
		return -1;
	}
	while ((name = plat_readdir(dp)) != NULL)
		if (name[0] != '.' && is_manifest_name(name))
			list_add(&found, &n, name);
	plat_closedir(dp);
	if (n == 0) {
		ds_err_set(err, L("thư mục không có tệp kê khai nào (danso_*_manifest.csv)",
		                  "the folder holds no manifest (danso_*_manifest.csv)"));
		ds_err_at(err, dir, 0, 0, NULL);
		return -1;
	}
	qsort(found, n, sizeof *found, cmp_str);
	for (size_t i = 0; i < n; i++) {
		char *path = xasprintf("%s/%s", dir, found[i]);

		list_add(out, nout, path);
		free(path);
		free(found[i]);
	}
	free(found);
	return 0;
}

/* The manifest beside a loose file of a package. */
static int
resolve_loose(const char *path, char ***out, size_t *nout, ds_err *err)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash != NULL ? slash + 1 : path;
	char code[CODE_LEN], month[PERIOD_LEN], part[16], name[128], dir[1024];
	plat_stat_t st;
	int rev;
	char *mpath;

	if (package_parse_name(base, code, month, &rev, part, sizeof part) != 0) {
		ds_err_set(err, L("không phải tệp của một gói danso (danso_MÃ_YYYYMM_rN_phần.csv)",
		                  "not a file of a danso package (danso_CODE_YYYYMM_rN_part.csv)"));
		ds_err_at(err, path, 0, 0, NULL);
		return -1;
	}
	package_file_name(name, sizeof name, code, month, rev, PACKAGE_PART_MANIFEST);
	fs_folder_of(path, dir, sizeof dir);
	mpath = xasprintf("%s/%s", dir, name);
	if (plat_stat(mpath, &st) != 0) {
		ds_err_set(err, L("thiếu tệp kê khai %s bên cạnh: gói chưa đầy đủ, không nhập",
		                  "the manifest %s beside it is missing: the package is incomplete and is not imported"), name);
		ds_err_at(err, path, 0, 0, NULL);
		free(mpath);
		return -1;
	}
	list_add(out, nout, mpath);
	free(mpath);
	return 0;
}

int
import_resolve(char *const *paths, size_t n, char ***out, size_t *nout, ds_err *err)
{
	*out = NULL;
	*nout = 0;
	for (size_t i = 0; i < n; i++) {
		plat_stat_t st;
		const char *base = strrchr(paths[i], '/');
		int rc;

		base = base != NULL ? base + 1 : paths[i];
		if (plat_stat(paths[i], &st) != 0) {
			ds_err_set(err, L("không có tệp hoặc thư mục này", "no such file or folder"));
			ds_err_at(err, paths[i], 0, 0, NULL);
			rc = -1;
		} else if (st.is_dir) {
			rc = resolve_dir(paths[i], out, nout, err);
		} else if (is_manifest_name(base)) {
			list_add(out, nout, paths[i]);
			rc = 0;
		} else {
			rc = resolve_loose(paths[i], out, nout, err);
		}
		if (rc != 0) {
			for (size_t j = 0; j < *nout; j++)
				free((*out)[j]);
			free(*out);
			*out = NULL;
			*nout = 0;
			return -1;
		}
	}
	return 0;
}
