/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* export.c (app): the monthly export package (see export.h). */
#include "config.h"

#include "app/access.h"
#include "app/backup.h"
#include "app/export.h"
#include "app/report.h"
#include "app/report_xlsx.h"
#include "db/events.h"
#include "db/imports.h"
#include "db/periods.h"
#include "db/users.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "domain/date.h"
#include "domain/ids.h"
#include "domain/indicators.h"
#include "domain/period.h"
#include "domain/util.h"
#include "exchange/csvwrite.h"
#include "app/dhis2.h"
#include "exchange/dhis2.h"
#include "exchange/package.h"
#include "exchange/xlsx.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* What one export works with. */
typedef struct export_ctx {
	db *d;
	const export_options *o;
	char month[PERIOD_LEN];
	char key_hex[80];
	package_manifest m;
	report *rep;
	int published;                      /* files renamed into place so far */
	char paths[PACKAGE_MAX_FILES + 2][1200];   /* + the manifest and the DHIS2 JSON */
	char manifest_tmp[1200];            /* finished, not yet published */
	const export_entry *replay;         /* finishing this recorded export */
} export_ctx;

/* The out folder must exist and be a folder. */
static int
check_out_dir(const char *dir, ds_err *err)
{
	struct stat st;

	if (str_empty(dir) || stat(dir, &st) != 0) {
		if (str_empty(dir))
			ds_err_set(err, L("chưa có thư mục đích", "no output folder given"));
		else if (errno == ENOENT)
			ds_err_set(err, L("không có thư mục %s (cần tạo trước)", "the output folder %s does not exist"), dir);
		else
			ds_err_set(err, L("không dùng được thư mục %s", "the output folder %s cannot be used"), dir);
		ds_err_at(err, dir != NULL ? dir : "", 0, 0, "--out");
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		ds_err_set(err, L("--out phải là một thư mục có sẵn", "--out must be an existing folder"));
		ds_err_at(err, dir, 0, 0, "--out");
		return -1;
	}
	return 0;
}

/* The login of user id ("system" when none). */
static void
user_login(db *d, int64_t id, char *out, size_t n)
{
	user_account *users = NULL;
	size_t count = 0;
	ds_err err = {0};

	str_copy(out, n, "system");
	if (id == 0 || db_user_list(d, &users, &count, &err) != 0)
		return;
	for (size_t i = 0; i < count; i++)
		if (users[i].id == id)
			str_copy(out, n, users[i].login);
	free(users);
}

/* Refuse a month that has not ended: exporting locks it, and the
 * collaborators are still recording it. The officer may force the current
 * month with a reason (audited by export_package); a future month never. */
static int
refuse_open_month(const export_ctx *c, ds_err *err)
{
	char today[11], current[PERIOD_LEN];

	clock_today(today);
	snprintf(current, sizeof current, "%.7s", today);
	if (strcmp(c->month, current) < 0)
		return 0;
	if (strcmp(c->month, current) == 0 && c->o->force_current && !str_empty(c->o->reason))
		return 0;
	if (strcmp(c->month, current) == 0)
		ds_err_set(err, L("tháng %s chưa hết: xuất sẽ khóa nó trong khi cộng tác viên còn đang ghi. Chỉ xuất tháng đã qua; cán bộ có thể buộc xuất bằng --force-current --reason LÝ_DO",
		                  "%s has not ended: exporting would lock it while the collaborators are still recording it. Export a past month; the officer may force it with --force-current --reason TEXT"),
		           c->month);
	else
		ds_err_set(err, L("tháng %s còn ở tương lai (hôm nay là %s): không xuất được",
		                  "%s is in the future (today is %s): it cannot be exported"), c->month, today);
	ds_err_at(err, "", 0, 0, "--period");
	return -1;
}

/* The month, the commune's identity and the secret of person keys. */
static int
export_identity(export_ctx *c, ds_err *err)
{
	period p;

	if (period_parse(c->o->period != NULL ? c->o->period : "", &p, err) != 0)
		return -1;
	if (p.type != PERIOD_MONTH) {
		ds_err_set(err, L("chỉ xuất được một tháng (YYYY-MM)", "only a month (YYYY-MM) can be exported"));
		ds_err_at(err, "", 0, 0, "--period");
		return -1;
	}
	period_format(&p, c->month);
	if (db_setting_get(c->d, "commune_code", c->m.commune_code, sizeof c->m.commune_code) != 0 ||
	    db_setting_get(c->d, "commune_name", c->m.commune_name, sizeof c->m.commune_name) != 0 ||
	    db_setting_get(c->d, "pseudonym_key", c->key_hex, sizeof c->key_hex) != 0 || c->key_hex[0] == '\0')
		return ds_err_set(err, L("CSDL thiếu mã xã, tên xã hoặc khóa ẩn danh (chạy danso init)",
		                         "the database lacks the commune code, name or pseudonym key (run danso init)"));
	/* A damaged key is the register's problem, not a programmer's: say so,
	 * and never make a new one (the upper level matches people by it). */
	if (!ids_pseudonym_key_ok(c->key_hex))
		return ds_err_set(err, L("Khóa ẩn danh của CSDL (cài đặt pseudonym_key) bị hỏng: nó phải gồm 32 đến 64 "
		                         "chữ số hex. Không có gì được xuất. Hãy khôi phục CSDL từ một bản sao lưu "
		                         "(danso restore).",
		                         "The database's pseudonym key (setting pseudonym_key) is damaged: it must be 32 "
		                         "to 64 hex digits. Nothing was exported. Restore the database from a backup "
		                         "(danso restore)."));
	str_copy(c->m.format, sizeof c->m.format, PACKAGE_FORMAT);
	str_copy(c->m.format_version, sizeof c->m.format_version, PACKAGE_FORMAT_VERSION_3);
	str_copy(c->m.program_version, sizeof c->m.program_version, PACKAGE_VERSION);
	str_copy(c->m.period, sizeof c->m.period, c->month);
	if (c->replay != NULL) {
		/* finishing a recorded export: its revision, time and user */
		c->m.revision = c->replay->revision;
		str_copy(c->m.created_at, sizeof c->m.created_at, c->replay->created_at);
		user_login(c->d, c->replay->user_id, c->m.user, sizeof c->m.user);
	} else {
		clock_now_iso(c->m.created_at);
		user_login(c->d, db_user(c->d), c->m.user, sizeof c->m.user);
	}
	c->m.names = !c->o->no_names;
	c->m.excel = c->o->excel;
	return 0;
}

/* Start a data file of the package. */
static csvw *
open_part(export_ctx *c, const char *part, ds_err *err)
{
	char name[128];
	int options = 0, for_people = strcmp(part, PACKAGE_PART_REPORT) == 0 || strcmp(part, PACKAGE_PART_EVENTS) == 0;

	/* the report and the events are read by people: codes keep their zeros */
	if (c->o->excel)
		options = CSVW_EXCEL | (for_people ? CSVW_EXCEL_CODES : 0);
	package_file_name(name, sizeof name, c->m.commune_code, c->month, c->m.revision, part);
	return csvw_open(c->o->out_dir, name, options, err);
}

/* Describe the file just published (the last of c->paths) in the
 * manifest. */
static int
describe_part(export_ctx *c, const char *part, long rows, ds_err *err)
{
	package_file_info *f = &c->m.files[c->m.nfiles];

	package_file_name(f->name, sizeof f->name, c->m.commune_code, c->month, c->m.revision, part);
	str_copy(f->part, sizeof f->part, part);
	f->rows = rows;
	if (ids_sha256_file(c->paths[c->published - 1], f->sha256, err) != 0)
		return -1;
	c->m.nfiles++;
	return 0;
}

/* Publish a data file and describe it in the manifest. */
static int
publish_part(export_ctx *c, csvw **w, const char *part, ds_err *err)
{
	long rows = csvw_rows(*w) - 1;

	str_copy(c->paths[c->published], sizeof c->paths[0], csvw_path(*w));
	if (csvw_commit(w, err) != 0)
		return -1;
	c->published++;
	return describe_part(c, part, rows, err);
}

/* The report file: one row per indicator. */
static int
write_report(export_ctx *c, long *count, ds_err *err)
{
	report_row rows[IND_COUNT];
	size_t n = report_rows(c->rep, rows);
	csvw *w = open_part(c, PACKAGE_PART_REPORT, err);

	if (w == NULL)
		return -1;
	if (package_write_report_header(w, err) != 0)
		goto fail;
	for (size_t i = 0; i < n; i++)
		if (package_write_report_row(w, c->m.commune_code, c->month, rows[i].indicator, rows[i].value,
		                             rows[i].label_vi, err) != 0)
			goto fail;
	*count = (long)n;
	return publish_part(c, &w, PACKAGE_PART_REPORT, err);
fail:
	csvw_abort(&w);
	return -1;
}

/* --no-names also coarsens what would single a person out with the area
 * and sex (docs/reliability.md, "What --no-names leaves"): the birth date
 * becomes the birth year, and the household number a stable pseudonym
 * ("h" and 14 hex digits of a keyed hash, the same household always the
 * same within this commune). */
static void
coarsen(const export_ctx *c, package_event *pe)
{
	char key[21], *hh;

	if (strlen(pe->person.birth_date) > 4)
		pe->person.birth_date[4] = '\0';
	hh = xasprintf("household:%s", pe->household_number);
	ids_pseudonym(c->key_hex, hh, key);
	free(hh);
	str_printf(pe->household_number, sizeof pe->household_number, "h%.14s", key);
}

/* An event of the register as a row of the events file. */
static void
to_package_event(const export_ctx *c, const event_record *rec, package_event *pe)
{
	memset(pe, 0, sizeof *pe);
	pe->ev = rec->ev;
	pe->person = rec->person;
	if (rec->person.uid[0] != '\0')
		ids_pseudonym(c->key_hex, rec->person.uid, pe->person_key);
	if (rec->related_uid[0] != '\0')
		ids_pseudonym(c->key_hex, rec->related_uid, pe->related_key);
	str_copy(pe->related_name, sizeof pe->related_name, rec->related_name);
	str_copy(pe->household_number, sizeof pe->household_number, rec->household_number);
	if (c->o->no_names)
		coarsen(c, pe);
	pe->area_number = rec->area_number;
	pe->to_area_number = rec->to_area_number;
}

/* The events file: one row per event of the month. */
static int
write_events(export_ctx *c, long *count, ds_err *err)
{
	event_record *recs = NULL;
	size_t n = 0;
	package_event pe;
	csvw *w;

	if (db_export_events(c->d, c->month, &recs, &n, err) != 0)
		return -1;
	if ((w = open_part(c, PACKAGE_PART_EVENTS, err)) == NULL) {
		free(recs);
		return -1;
	}
	if (package_write_events_header(w, err) != 0)
		goto fail;
	for (size_t i = 0; i < n; i++) {
		to_package_event(c, &recs[i], &pe);
		if (package_write_event(w, c->m.commune_code, c->month, &pe, c->o->no_names, err) != 0)
			goto fail;
	}
	free(recs);
	*count = (long)n;
	return publish_part(c, &w, PACKAGE_PART_EVENTS, err);
fail:
	free(recs);
	csvw_abort(&w);
	return -1;
}

/* The DHIS2 data value set (app/dhis2.h): the CSV in the package, the
 * JSON beside it (not a file of the package), recorded as sent. Never a
 * BOM or CRLF on these, whatever --excel says (docs/format.md). */
static int
write_dhis2(export_ctx *c, long *count, ds_err *err)
{
	dhis2_options o = {.period = c->month, .map_path = c->o->dhis2_map, .dataset = c->o->dhis2_dataset,
	                   .storedby = c->m.user};
	dhis2_set s;
	char name[128], *json;
	csvw *w;
	int seq, rc;

	if (dhis2_prepare(c->d, &o, c->rep, &s, &seq, err) != 0)
		return -1;
	package_file_name(name, sizeof name, c->m.commune_code, c->month, c->m.revision, PACKAGE_PART_DHIS2);
	if ((w = csvw_open(c->o->out_dir, name, CSVW_LF, err)) == NULL)
		goto fail;
	if (dhis2_write_csv(w, &s, err) != 0) {
		csvw_abort(&w);
		goto fail;
	}
	*count = (long)s.n;
	if (publish_part(c, &w, PACKAGE_PART_DHIS2, err) != 0)
		goto fail;
	snprintf(name + strlen(name) - 4, 6, ".json");    /* in place of ".csv" */
	if ((w = csvw_open(c->o->out_dir, name, 0, err)) == NULL)
		goto fail;
	json = dhis2_set_json(&s);
	rc = csvw_raw(w, json, strlen(json), err);
	free(json);
	str_copy(c->paths[c->published], sizeof c->paths[0], csvw_path(w));
	if (rc != 0 || csvw_commit(&w, err) != 0) {
		if (w != NULL)
			csvw_abort(&w);
		goto fail;
	}
	c->published++;
	/* a package written again after a crash was recorded as sent already */
	rc = c->replay != NULL ? 0 : dhis2_record(c->d, c->month, &s, seq, "export", err);
	dhis2_set_free(&s);
	return rc;
fail:
	dhis2_set_free(&s);
	return -1;
}

/* The workbook: the report sheet and the events (read back from the
 * events file just published, so both say the same). Its manifest rows
 * are the report's indicator rows. */
static int
write_workbook(export_ctx *c, const char *events_path, ds_err *err)
{
	char name[128], upper[NAME_LEN];
	xlsx *x;

	if (db_setting_get(c->d, "upper_name", upper, sizeof upper) != 0)
		upper[0] = '\0';
	package_file_name(name, sizeof name, c->m.commune_code, c->month, c->m.revision, PACKAGE_PART_WORKBOOK);
	if ((x = xlsx_open(c->o->out_dir, name, err)) == NULL)
		return -1;
	if (report_xlsx_sheet(x, c->rep, upper, err) != 0 ||
	    xlsx_sheet_from_csv(x, L("Sự kiện", "Events"), events_path, c->o->excel, report_xlsx_event_numbers,
	                        report_xlsx_event_nnumbers, err) != 0) {
		xlsx_abort(&x);
		return -1;
	}
	str_copy(c->paths[c->published], sizeof c->paths[0], xlsx_path(x));
	if (xlsx_commit(&x, err) != 0)
		return -1;
	c->published++;
	return describe_part(c, PACKAGE_PART_WORKBOOK, IND_COUNT, err);
}

/* The manifest, last: finished under its temporary name; it is published
 * only once the export is recorded (export_package). */
static int
write_manifest(export_ctx *c, export_result *res, ds_err *err)
{
	csvw *w = open_part(c, PACKAGE_PART_MANIFEST, err);

	if (w == NULL)
		return -1;
	if (package_write_manifest(w, &c->m, err) != 0) {
		csvw_abort(&w);
		return -1;
	}
	str_copy(res->manifest_path, sizeof res->manifest_path, csvw_path(w));
	return csvw_finish(&w, c->manifest_tmp, sizeof c->manifest_tmp, err);
}

/* Lock the month and log the export with its manifest still pending
 * (inside the open transaction); a replay repoints its log row instead. */
static int
lock_and_log(export_ctx *c, const export_result *res, ds_err *err)
{
	export_entry e;

	(void)res;
	memset(&e, 0, sizeof e);
	str_copy(e.period, sizeof e.period, c->month);
	e.revision = c->m.revision;
	str_copy(e.created_at, sizeof e.created_at, c->m.created_at);
	str_copy(e.out_dir, sizeof e.out_dir, c->o->out_dir);
	str_copy(e.pending, sizeof e.pending, c->manifest_tmp);
	if (ids_sha256_file(c->manifest_tmp, e.manifest_sha256, err) != 0)
		return -1;
	if (c->replay != NULL)
		return db_export_repoint(c->d, c->replay->id, e.out_dir, e.manifest_sha256, e.pending, err);
	if (db_period_lock(c->d, c->month, c->m.revision, err) != 0)
		return -1;
	if (c->o->force_current && db_period_audit_forced(c->d, c->month, c->o->reason, err) != 0)
		return -1;
	return db_export_log_add(c->d, &e, err);
}

/* Refuse a month that is locked (exported and not unlocked since). */
static int
refuse_locked(export_ctx *c, ds_err *err)
{
	int locked = db_period_is_locked(c->d, c->month, err);

	if (locked < 0)
		return -1;
	if (locked) {
		ds_err_set(err, L("tháng %s đã xuất và đang khóa; muốn sửa thì mở khóa kèm lý do (danso unlock --period %s --reason ...), lần xuất sau sẽ là bản sửa mới",
		                  "%s has been exported and is locked; to correct it, unlock it with a reason (danso unlock --period %s --reason ...): the next export is a new revision"),
		           c->month, c->month);
		ds_err_at(err, "", 0, 0, "--period");
		return -1;
	}
	return 0;
}

/* Everything after the backup, inside the write lock. */
static int
export_locked(export_ctx *c, export_result *res, ds_err *err)
{
	if (c->replay == NULL && (refuse_locked(c, err) != 0 ||
	                          db_period_next_revision(c->d, c->month, &c->m.revision, err) != 0))
		return -1;
	if (report_compute(c->d, c->month, c->rep, err) != 0)
		return -1;
	if (write_report(c, &res->indicators, err) != 0 || write_events(c, &res->events, err) != 0)
		return -1;
	if (c->o->xlsx && write_workbook(c, c->paths[c->published - 1], err) != 0)
		return -1;
	if (c->o->dhis2 && write_dhis2(c, &res->dhis2_values, err) != 0)
		return -1;
	if (write_manifest(c, res, err) != 0)
		return -1;
	return lock_and_log(c, res, err);
}

/* Publish the manifest of a recorded export and mark it published. */
static int
publish_recorded(db *d, int64_t id, const char *tmp, const char *final, ds_err *err)
{
	char sha[65];

	if (ids_sha256_file(tmp, sha, err) != 0 || csvw_publish(tmp, final, err) != 0)
		return -1;
	return db_export_published(d, id, sha, err);
}

/* Remove what killed exports left in dir: temporary files of writers
 * whose process is gone (they may hold names; docs/reliability.md). */
static void
remove_stale_temps(const char *dir, const char *keep)
{
	DIR *dh = opendir(dir);
	struct dirent *de;

	if (dh == NULL)
		return;
	while ((de = readdir(dh)) != NULL) {
		if (strncmp(de->d_name, ".danso_", 7) != 0 || !csvw_is_stale_temp(de->d_name))
			continue;
		char *path = xasprintf("%s/%s", dir, de->d_name);
		if (keep == NULL || strcmp(path, keep) != 0)
			unlink(path);
		free(path);
	}
	closedir(dh);
}

/* Write (or write again) and record one package; see export.h. */
static int
export_run(export_ctx *c, export_result *res, ds_err *err)
{
	db *d = c->d;
	int rc;
	int64_t id = 0;

	c->rep = xmalloc(sizeof *c->rep);
	if ((rc = db_begin(d, err)) == 0) {
		rc = export_locked(c, res, err);
		if (rc == 0)
			rc = db_commit(d, err);
		else
			db_rollback(d);
	}
	free(c->rep);
	c->rep = NULL;
	if (rc != 0) {
		if (c->manifest_tmp[0] != '\0')
			unlink(c->manifest_tmp);
		while (c->published > 0)
			unlink(c->paths[--c->published]);
		return -1;
	}
	/* Recorded: from here on the export is finished, now or on the next run. */
	{
		export_entry e;
		if (db_export_pending(d, &e, err) == 0)
			id = e.id;
	}
	if (id == 0 || publish_recorded(d, id, c->manifest_tmp, res->manifest_path, err) != 0) {
		char why[sizeof err->msg];

		str_copy(why, sizeof why, err->msg);
		ds_err_set(err, L("tháng %s lần %d đã được ghi nhận và khóa nhưng tệp kê khai chưa đặt được vào chỗ (%s). Chạy lại: danso export --period %s --out THƯ_MỤC để hoàn tất",
		                  "%s revision %d is recorded and locked but its manifest could not be put in place (%s). Run again to finish it: danso export --period %s --out DIR"),
		           c->month, c->m.revision, why, c->month);
		return -1;
	}
	res->revision = c->m.revision;
	str_copy(res->period, sizeof res->period, c->month);
	return 0;
}

/* 1 if path is a regular file whose SHA-256 is sha. */
static int
file_has_sha(const char *path, const char *sha)
{
	char got[65];
	ds_err err = {0};

	return access(path, F_OK) == 0 && ids_sha256_file(path, got, &err) == 0 && strcmp(got, sha) == 0;
}

/* Finish an export recorded before a crash or a failure (its manifest not
 * yet published): publish it where it was written, or, when that is gone
 * and this call exports the same month, write it again into o->out_dir
 * (same revision, time and user). *done says whether this call's month was
 * the one finished. 0 ok (or nothing pending), -1 with err. */
static int
finish_pending(db *d, const export_options *o, export_result *res, int *done, ds_err *err)
{
	export_entry e;
	char name[128], final[1200], month[PERIOD_LEN] = "";
	period p;
	int rc = db_export_pending(d, &e, err);

	*done = 0;
	if (rc != 0)
		return rc < 0 ? -1 : 0;
	if (o->period != NULL && period_parse(o->period, &p, NULL) == 0 && p.type == PERIOD_MONTH)
		period_format(&p, month);
	{
		char code[16] = "";
		db_setting_get(d, "commune_code", code, sizeof code);
		package_file_name(name, sizeof name, code, e.period, e.revision, PACKAGE_PART_MANIFEST);
	}
	if (str_printf(final, sizeof final, "%s/%s", e.out_dir, name) != 0)
		return ds_err_set(err, L("đường dẫn quá dài: %s", "path too long: %s"), e.out_dir);
	if (file_has_sha(e.pending, e.manifest_sha256))
		rc = publish_recorded(d, e.id, e.pending, final, err);
	else if (file_has_sha(final, e.manifest_sha256))
		rc = db_export_published(d, e.id, e.manifest_sha256, err);
	else if (strcmp(month, e.period) == 0) {
		export_ctx *c = xcalloc(1, sizeof *c);

		c->d = d;
		c->o = o;
		c->replay = &e;
		rc = export_identity(c, err) == 0 ? export_run(c, res, err) : -1;
		free(c);
		if (rc == 0)
			*done = 1;
		return rc;
	} else
		return ds_err_set(err, L("lần xuất tháng %s (lần %d) đã được ghi nhận nhưng chưa hoàn tất trong %s (USB đã rút ra?). Hoàn tất nó trước: danso export --period %s --out THƯ_MỤC",
		                         "the export of %s (revision %d) is recorded but not finished in %s (stick removed?). Finish it first: danso export --period %s --out DIR"),
		                  e.period, e.revision, e.out_dir, e.period);
	if (rc != 0)
		return -1;
	remove_stale_temps(e.out_dir, NULL);
	if (strcmp(month, e.period) == 0) {
		*done = 1;
		res->revision = e.revision;
		str_copy(res->period, sizeof res->period, e.period);
		str_copy(res->manifest_path, sizeof res->manifest_path, final);
	}
	return 0;
}

int
export_allowed(db *d, ds_err *err)
{
	int rc = access_is_officer(d, err);

	if (rc == 0)
		ds_err_set(err, L("Chỉ cán bộ dân số xã được xuất số liệu.", "Only the commune officer exports."));
	return rc == 1 ? 0 : -1;
}

int
export_package(db *d, const export_options *o, export_result *res, ds_err *err)
{
	export_ctx *c;
	backup_result b;
	int rc, done;

	memset(res, 0, sizeof *res);
	if (export_allowed(d, err) != 0)
		return -1;
	if (o->force_current && str_empty(o->reason))
		return ds_err_set(err, L("--force-current cần --reason LÝ_DO", "--force-current needs --reason TEXT"));
	if (finish_pending(d, o, res, &done, err) != 0)
		return -1;
	if (done) {
		res->finished = 1;
		return 0;
	}
	c = xcalloc(1, sizeof *c);
	c->d = d;
	c->o = o;
	/* checked again under the write lock; here so a refusal costs no backup */
	if (export_identity(c, err) != 0 || refuse_open_month(c, err) != 0 || check_out_dir(o->out_dir, err) != 0 ||
	    refuse_locked(c, err) != 0) {
		free(c);
		return -1;
	}
	remove_stale_temps(o->out_dir, NULL);
	memset(&b, 0, sizeof b);
	if (backup_before_export(d, &b, err) != 0) {
		free(c);
		return -1;
	}
	str_copy(res->backup_path, sizeof res->backup_path, b.path);
	str_copy(res->backup_warning, sizeof res->backup_warning, b.warning);
	rc = export_run(c, res, err);
	free(c);
	return rc;
}
