/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* dhis2_push.c (app): the DHIS2 data value set sent to a server's
 * /api/dataValueSets and its import summary read back (see dhis2.h). */
#include "config.h"

#include "app/dhis2.h"
#include "app/export.h"
#include "db/periods.h"
#include "domain/i18n.h"
#include "domain/period.h"
#include "domain/util.h"
#include "net/http.h"

#include <stdlib.h>
#include <string.h>

/* URL/api/dataValueSets with the import options. */
static char *
push_url(const dhis2_push_options *o)
{
	size_t len = strlen(o->url);
	const char *scheme = !str_empty(o->id_scheme) ? o->id_scheme : "code";

	while (len > 0 && o->url[len - 1] == '/')
		len--;
	/* the org unit is always the commune code; elements, combinations and
	 * the data set follow the chosen scheme */
	return xasprintf("%.*s/api/dataValueSets?idScheme=%s&orgUnitIdScheme=code&importStrategy=CREATE_AND_UPDATE"
	                 "&dryRun=%s",
	                 (int)len, o->url, scheme, o->dry_run ? "true" : "false");
}

/* The months of p that no export has locked. */
static void
list_unexported(db *d, const period *p, dhis2_push_result *res)
{
	period months[12];
	int n = period_months(p, months);

	for (int i = 0; i < n; i++) {
		char m[PERIOD_LEN];
		ds_err err = {0};

		period_format(&months[i], m);
		if (db_period_is_locked(d, m, &err) == 0)
			str_copy(res->unexported[res->nunexported++], PERIOD_LEN, m);
	}
}

int
dhis2_push(db *d, const dhis2_push_options *o, dhis2_summary *sum, dhis2_push_result *res, ds_err *err)
{
	http_request rq;
	http_response rs = {0};
	dhis2_set s;
	char canon[PERIOD_LEN];
	char *json, *url;
	period p;
	int seq, rc;

	memset(res, 0, sizeof *res);
	memset(sum, 0, sizeof *sum);
	if (str_empty(o->id_scheme) == 0 && strcmp(o->id_scheme, "code") != 0 && strcmp(o->id_scheme, "uid") != 0) {
		ds_err_set(err, L("--id-scheme phải là code hoặc uid", "--id-scheme must be code or uid"));
		ds_err_at(err, "", 0, 0, "--id-scheme");
		return -1;
	}
	if (export_allowed(d, err) != 0 || dhis2_check_ended(o->set.period, err) != 0)
		return -1;
	period_parse(o->set.period, &p, NULL);
	period_format(&p, canon);
	if (dhis2_prepare(d, &o->set, NULL, &s, &seq, err) != 0)
		return -1;
	res->values = (long)s.n;
	res->cleared = (long)dhis2_set_cleared(&s);
	list_unexported(d, &p, res);
	json = dhis2_set_json(&s);
	url = push_url(o);
	memset(&rq, 0, sizeof rq);
	rq.url = url;
	rq.user = o->user;
	rq.password = o->password;
	rq.content_type = "application/json";
	rq.body = json;
	rq.len = strlen(json);
	rq.cacert = o->cacert;
	rq.allow_http_local = o->allow_http_local;
	rc = http_post(&rq, &rs, err);
	free(json);
	free(url);
	if (rc == 0) {
		res->http_status = rs.status;
		if (rs.status == 401 || rs.status == 403) {
			ds_err_set(err, L("DHIS2 từ chối đăng nhập (HTTP %ld): kiểm tra tên, mật khẩu và quyền nhập dữ liệu",
			                  "DHIS2 refused the login (HTTP %ld): check the user, the password and the right to import data"),
			           rs.status);
			rc = -1;
		} else if (dhis2_summary_parse(rs.body, rs.len, o->url, sum, err) != 0) {
			if (rs.status >= 300)
				ds_err_set(err, L("DHIS2 trả lời HTTP %ld mà không kèm bản tóm tắt nhập",
				                  "DHIS2 answered HTTP %ld without an import summary"), rs.status);
			rc = -1;
		}
	}
	http_response_free(&rs);
	if (rc == 0 && !o->dry_run && strcmp(sum->status, "ERROR") != 0) {
		if (dhis2_record(d, canon, &s, seq, "push", err) != 0)
			rc = -1;
		else
			res->recorded = 1;
	}
	dhis2_set_free(&s);
	return rc;
}
