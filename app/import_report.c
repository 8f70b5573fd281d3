/* import_report.c (app): the by-commune report of the upper level from
 * the imported packages (01-DSH layout), see import.h. */
#include "config.h"

#include "app/import.h"
#include "app/report.h"
#include "db/imports.h"
#include "domain/i18n.h"
#include "domain/indicators.h"
#include "domain/period.h"
#include "domain/termsafe.h"
#include "exchange/csvwrite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A commune seen in the imports of the period. */
typedef struct commune_ref {
	char code[CODE_LEN];
	char name[NAME_LEN];
} commune_ref;

/* Add the communes holding a package for month to the list (by code). */
static int
collect_communes(db *d, const char *month, commune_ref **list, size_t *n, ds_err *err)
{
	import_package *pk = NULL;
	size_t np = 0;

	if (db_import_list_period(d, month, &pk, &np, err) != 0)
		return -1;
	for (size_t i = 0; i < np; i++) {
		size_t j;

		for (j = 0; j < *n && strcmp((*list)[j].code, pk[i].commune_code) != 0; j++)
			;
		if (j == *n) {
			*list = xrealloc(*list, (*n + 1) * sizeof **list);
			(*n)++;
		}
		str_copy((*list)[j].code, sizeof (*list)[j].code, pk[i].commune_code);
		str_copy((*list)[j].name, sizeof (*list)[j].name, pk[i].commune_name);
	}
	free(pk);
	return 0;
}

/* Compare communes by code. */
static int
cmp_commune(const void *a, const void *b)
{
	return strcmp(((const commune_ref *)a)->code, ((const commune_ref *)b)->code);
}

/* The values of one commune for one month (all unknown when not held). */
static int
month_values(db *d, const commune_ref *c, const char *month, indicator_values *out, ds_err *err)
{
	import_value *v = NULL;
	report_value *rv;
	report *r;
	size_t n = 0;
	int rc;

	indicator_values_clear(out);
	if (db_import_values(d, c->code, month, &v, &n, err) != 0)
		return -1;
	if (n == 0) {
		free(v);
		return 0;
	}
	rv = xcalloc(n, sizeof *rv);
	for (size_t i = 0; i < n; i++) {
		rv[i].indicator = v[i].indicator;
		rv[i].value = v[i].value;
	}
	r = xmalloc(sizeof *r);
	rc = report_from_values(r, c->code, c->name, month, rv, n, err);
	if (rc == 0)
		*out = r->values;
	free(r);
	free(rv);
	free(v);
	return rc;
}

int
import_reports_by_commune(db *d, const char *period_text, report **reports, size_t *n, report *total, ds_err *err)
{
	period p, months[12];
	char mtext[12][PERIOD_LEN];
	indicator_values per_month[12];
	commune_ref *communes = NULL;
	size_t nc = 0, nm;

	*reports = NULL;
	*n = 0;
	if (period_parse(period_text, &p, err) != 0)
		return -1;
	nm = (size_t)period_months(&p, months);
	for (size_t m = 0; m < nm; m++) {
		period_format(&months[m], mtext[m]);
		if (collect_communes(d, mtext[m], &communes, &nc, err) != 0)
			goto fail;
	}
	if (nc == 0) {
		ds_err_set(err, L("chưa nhập gói nào của kỳ %s", "no package has been imported for %s"), period_text);
		goto fail;
	}
	qsort(communes, nc, sizeof *communes, cmp_commune);
	*reports = xcalloc(nc, sizeof **reports);
	for (size_t i = 0; i < nc; i++) {
		for (size_t m = 0; m < nm; m++)
			if (month_values(d, &communes[i], mtext[m], &per_month[m], err) != 0)
				goto fail;
		if (report_from_values(&(*reports)[i], communes[i].code, communes[i].name, period_text, NULL, 0, err) != 0)
			goto fail;
		indicators_combine_periods(per_month, nm, &(*reports)[i].values);
	}
	*n = nc;
	report_sum(*reports, nc, total);
	free(communes);
	return 0;
fail:
	free(communes);
	free(*reports);
	*reports = NULL;
	return -1;
}

/* The by-commune report as CSV on stdout. */
static int
print_csv(const report *reports, size_t n, const report *total, ds_err *err)
{
	csvw *w = csvw_open_stream(stdout, "stdout", 0);
	report_row *rows = xcalloc((n + 1) * IND_COUNT, sizeof *rows);
	const char **f = xcalloc(n + 3, sizeof *f);
	size_t nrows = 0;
	int rc;

	f[0] = "indicator";
	f[1] = "label_vi";
	for (size_t i = 0; i < n; i++) {
		f[i + 2] = reports[i].commune_code;
		nrows = report_rows(&reports[i], rows + i * IND_COUNT);
	}
	f[n + 2] = "total";
	report_rows(total, rows + n * IND_COUNT);
	rc = csvw_row(w, f, n + 3, err);
	for (size_t r = 0; rc == 0 && r < nrows; r++) {
		f[0] = rows[r].indicator;
		f[1] = rows[r].label_vi;
		for (size_t i = 0; i <= n; i++)
			f[i + 2] = rows[i * IND_COUNT + r].value;
		rc = csvw_row(w, f, n + 3, err);
	}
	if (rc == 0)
		rc = csvw_commit(&w, err);
	else
		csvw_abort(&w);
	free(f);
	free(rows);
	return rc;
}

int
import_print_by_commune(db *d, const char *period_text, int csv, ds_err *err)
{
	report *reports = NULL, *total = xmalloc(sizeof *total);
	size_t n = 0;
	int rc = import_reports_by_commune(d, period_text, &reports, &n, total, err);

	if (rc == 0 && csv) {
		rc = print_csv(reports, n, total, err);
	} else if (rc == 0) {
		strbuf sb;
		char *safe;

		strbuf_init(&sb);
		report_format_columns(reports, n, total, 80, &sb);
		safe = term_safe_dup(sb.data, TERM_SAFE_LINES);
		fputs(safe, stdout);
		free(safe);
		strbuf_free(&sb);
	}
	free(reports);
	free(total);
	return rc;
}
