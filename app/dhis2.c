/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* dhis2.c (app): the DHIS2 data value set of a period, as files and as a
 * push to a server (see dhis2.h). */
#include "config.h"

#include "app/dhis2.h"
#include "app/export.h"
#include "db/dhis2.h"
#include "db/periods.h"
#include "domain/clock.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/indicators.h"
#include "domain/period.h"
#include "domain/util.h"
#include "platform/platform.h"
#include "exchange/csvwrite.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The report's rows as DHIS2 values into s. */
static void
add_report(dhis2_set *s, const dhis2_map *map, const report *rep)
{
	report_row rows[IND_COUNT];
	dhis2_value values[IND_COUNT];
	size_t n = report_rows(rep, rows);

	for (size_t i = 0; i < n; i++) {
		values[i].indicator = rows[i].indicator;
		values[i].value = rows[i].value;
		values[i].is_count = indicator_get(rows[i].ind)->kind != IND_KIND_RATE;
	}
	dhis2_set_add_values(s, map, values, n);
}

/* The clearing zeros against the last set recorded for the period. */
static int
add_clearing(db *d, const char *canon, dhis2_set *s, int *seq, ds_err *err)
{
	dhis2_sent_value *last = NULL;
	dhis2_row *rows;
	size_t n = 0;

	if (db_dhis2_last(d, canon, s->orgunit, seq, &last, &n, err) != 0)
		return -1;
	rows = xcalloc(n ? n : 1, sizeof *rows);
	for (size_t i = 0; i < n; i++) {
		str_copy(rows[i].dataelement, sizeof rows[i].dataelement, last[i].dataelement);
		str_copy(rows[i].categoryoptioncombo, sizeof rows[i].categoryoptioncombo, last[i].categoryoptioncombo);
		str_copy(rows[i].value, sizeof rows[i].value, last[i].value);
	}
	dhis2_set_clear(s, rows, n);
	free(rows);
	free(last);
	(*seq)++;
	return 0;
}

int
dhis2_prepare(db *d, const dhis2_options *o, const report *rep, dhis2_set *s, int *seq, ds_err *err)
{
	dhis2_map map = {0};
	report *own = NULL;
	period p;
	char canon[PERIOD_LEN], now[TS_LEN];
	int rc = -1;

	memset(s, 0, sizeof *s);
	if (period_parse(o->period != NULL ? o->period : "", &p, err) != 0) {
		ds_err_at(err, "", 0, 0, "--period");
		return -1;
	}
	period_format(&p, canon);
	if (o->map_path != NULL && dhis2_map_read(o->map_path, &map, err) != 0)
		return -1;
	if (rep == NULL) {
		own = xmalloc(sizeof *own);
		if (report_compute(d, canon, own, err) != 0)
			goto out;
		rep = own;
	}
	if (db_setting_get(d, "commune_code", s->orgunit, sizeof s->orgunit) != 0 || s->orgunit[0] == '\0') {
		ds_err_set(err, L("CSDL thiếu mã xã (chạy danso init)", "the database lacks the commune code (run danso init)"));
		goto out;
	}
	str_copy(s->dataset, sizeof s->dataset, !str_empty(o->dataset) ? o->dataset : DHIS2_DEFAULT_DATASET);
	period_dhis2(&p, s->period);
	clock_now_iso(now);
	str_copy(s->timestamp, sizeof s->timestamp, now);
	clock_today(s->complete_date);        /* the local date, as the commune sees it */
	str_copy(s->storedby, sizeof s->storedby, !str_empty(o->storedby) ? o->storedby : "danso");
	add_report(s, o->map_path != NULL ? &map : NULL, rep);
	rc = add_clearing(d, canon, s, seq, err);
out:
	if (rc != 0)
		dhis2_set_free(s);
	dhis2_map_free(&map);
	free(own);
	return rc;
}

int
dhis2_check_ended(const char *period_text, ds_err *err)
{
	char last[DATE_LEN], today[DATE_LEN];
	period p;

	if (period_parse(period_text != NULL ? period_text : "", &p, err) != 0) {
		ds_err_at(err, "", 0, 0, "--period");
		return -1;
	}
	period_last_day(&p, last);
	clock_today(today);
	if (strcmp(last, today) >= 0) {
		ds_err_set(err, L("kỳ %s chưa kết thúc (đến hết %s): số liệu chưa cuối cùng nên không gửi DHIS2",
		                  "the period %s has not ended (it runs to %s): its figures are not final, so they do not go to DHIS2"),
		           period_text, last);
		ds_err_at(err, "", 0, 0, "--period");
		return -1;
	}
	return 0;
}

int
dhis2_record(db *d, const char *canon, const dhis2_set *s, int seq, const char *how, ds_err *err)
{
	dhis2_sent_value *v = xcalloc(s->n ? s->n : 1, sizeof *v);
	size_t n = 0;
	int rc;

	for (size_t i = 0; i < s->n; i++) {
		if (s->rows[i].clears)
			continue;
		str_copy(v[n].dataelement, sizeof v[n].dataelement, s->rows[i].dataelement);
		str_copy(v[n].categoryoptioncombo, sizeof v[n].categoryoptioncombo, s->rows[i].categoryoptioncombo);
		str_copy(v[n].value, sizeof v[n].value, s->rows[i].value);
		n++;
	}
	rc = db_dhis2_record(d, canon, s->orgunit, seq, how, v, n, err);
	free(v);
	return rc;
}

int
dhis2_write_files(const char *dir, const char *base, const dhis2_set *s, char *csv_path, char *json_path,
                  ds_err *err)
{
	char *name = xasprintf("%s.csv", base), *json;
	csvw *w = csvw_open(dir, name, CSVW_LF, err);
	int rc;

	free(name);
	if (w == NULL)
		return -1;
	if (dhis2_write_csv(w, s, err) != 0) {
		csvw_abort(&w);
		return -1;
	}
	str_copy(csv_path, 1200, csvw_path(w));
	if (csvw_commit(&w, err) != 0)
		return -1;
	name = xasprintf("%s.json", base);
	w = csvw_open(dir, name, 0, err);
	free(name);
	if (w == NULL) {
		plat_unlink(csv_path);
		return -1;
	}
	json = dhis2_set_json(s);
	rc = csvw_raw(w, json, strlen(json), err);
	free(json);
	if (rc != 0) {
		csvw_abort(&w);
		plat_unlink(csv_path);
		return -1;
	}
	str_copy(json_path, 1200, csvw_path(w));
	if (csvw_commit(&w, err) != 0) {
		plat_unlink(csv_path);
		return -1;
	}
	return 0;
}

int
dhis2_export(db *d, const dhis2_options *o, const char *out_dir, dhis2_export_result *res, ds_err *err)
{
	dhis2_set s;
	char canon[PERIOD_LEN], base[128];
	period p;
	int own, rc;

	memset(res, 0, sizeof *res);
	if (export_allowed(d, err) != 0 || dhis2_check_ended(o->period, err) != 0)
		return -1;
	period_parse(o->period, &p, NULL);
	period_format(&p, canon);
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	rc = dhis2_prepare(d, o, NULL, &s, &res->seq, err);
	if (rc == 0) {
		snprintf(base, sizeof base, "danso_%s_%s_r%d_dhis2", s.orgunit, s.period, res->seq);
		rc = dhis2_write_files(out_dir, base, &s, res->csv_path, res->json_path, err);
		if (rc == 0 && (rc = dhis2_record(d, canon, &s, res->seq, "export", err)) != 0) {
			plat_unlink(res->csv_path);
			plat_unlink(res->json_path);
		}
		res->values = (long)s.n;
		res->cleared = (long)dhis2_set_cleared(&s);
		dhis2_set_free(&s);
	}
	return db_tx_leave(d, own, rc, err);
}
