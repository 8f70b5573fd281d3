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
#include "domain/ids.h"
#include "domain/indicators.h"
#include "domain/period.h"
#include "domain/util.h"
#include "platform/platform.h"
#include "exchange/csvwrite.h"
#include "app/dhis2.h"
#include "exchange/dhis2.h"
#include "exchange/package.h"
#include "exchange/xlsx.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
} export_ctx;

/* The out folder must exist and be a folder. */
static int
check_out_dir(const char *dir, ds_err *err)
{
	plat_stat_t st;

	if (str_empty(dir) || plat_stat(dir, &st) != 0) {
		ds_err_set(err, L("không có thư mục đích: %s", "the output folder does not exist: %s"),
		           str_empty(dir) ? "" : strerror(errno));
		ds_err_at(err, dir != NULL ? dir : "", 0, 0, "--out");
		return -1;
	}
	if (!st.is_dir) {
		ds_err_set(err, L("--out phải là một thư mục có sẵn", "--out must be an existing folder"));
		ds_err_at(err, dir, 0, 0, "--out");
		return -1;
	}
	return 0;
}

/* The login of the acting user ("system" when none). */
static void
user_login(db *d, char *out, size_t n)
{
	user_account *users = NULL;
	size_t count = 0;
	ds_err err = {0};

	str_copy(out, n, "system");
	if (db_user(d) == 0 || db_user_list(d, &users, &count, &err) != 0)
		return;
	for (size_t i = 0; i < count; i++)
		if (users[i].id == db_user(d))
			str_copy(out, n, users[i].login);
	free(users);
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
	str_copy(c->m.format_version, sizeof c->m.format_version, PACKAGE_FORMAT_VERSION);
	str_copy(c->m.program_version, sizeof c->m.program_version, PACKAGE_VERSION);
	str_copy(c->m.period, sizeof c->m.period, c->month);
	clock_now_iso(c->m.created_at);
	user_login(c->d, c->m.user, sizeof c->m.user);
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
	rc = dhis2_record(c->d, c->month, &s, seq, "export", err);
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
	str_copy(c->m.format_version, sizeof c->m.format_version, PACKAGE_FORMAT_VERSION_2);
	return describe_part(c, PACKAGE_PART_WORKBOOK, IND_COUNT, err);
}

/* The manifest, last. */
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
	str_copy(c->paths[c->published], sizeof c->paths[0], csvw_path(w));
	if (csvw_commit(&w, err) != 0)
		return -1;
	c->published++;
	return 0;
}

/* Lock the month and log the export (inside the open transaction). */
static int
lock_and_log(export_ctx *c, const export_result *res, ds_err *err)
{
	export_entry e;

	memset(&e, 0, sizeof e);
	str_copy(e.period, sizeof e.period, c->month);
	e.revision = c->m.revision;
	str_copy(e.created_at, sizeof e.created_at, c->m.created_at);
	str_copy(e.out_dir, sizeof e.out_dir, c->o->out_dir);
	if (ids_sha256_file(res->manifest_path, e.manifest_sha256, err) != 0)
		return -1;
	if (db_period_lock(c->d, c->month, c->m.revision, err) != 0)
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
	if (refuse_locked(c, err) != 0)
		return -1;
	if (db_period_next_revision(c->d, c->month, &c->m.revision, err) != 0)
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
	export_ctx *c = xcalloc(1, sizeof *c);
	backup_result b;
	int rc;

	memset(res, 0, sizeof *res);
	if (export_allowed(d, err) != 0) {
		free(c);
		return -1;
	}
	c->d = d;
	c->o = o;
	/* checked again under the write lock; here so a refusal costs no backup */
	if (export_identity(c, err) != 0 || check_out_dir(o->out_dir, err) != 0 || refuse_locked(c, err) != 0) {
		free(c);
		return -1;
	}
	memset(&b, 0, sizeof b);
	if (backup_before_export(d, &b, err) != 0) {
		free(c);
		return -1;
	}
	str_copy(res->backup_path, sizeof res->backup_path, b.path);
	str_copy(res->backup_warning, sizeof res->backup_warning, b.warning);
	c->rep = xmalloc(sizeof *c->rep);
	if ((rc = db_begin(d, err)) == 0) {
		rc = export_locked(c, res, err);
		if (rc == 0)
			rc = db_commit(d, err);
		else
			db_rollback(d);
	}
	if (rc != 0) {
		/* the manifest went last, so it goes first */
		while (c->published > 0)
			plat_unlink(c->paths[--c->published]);
	} else {
		res->revision = c->m.revision;
		str_copy(res->period, sizeof res->period, c->month);
	}
	free(c->rep);
	free(c);
	return rc;
}
