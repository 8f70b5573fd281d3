/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_dhis2.c: the DHIS2 set (clearing zeros, the exact CSV bytes, the
 * JSON) and DHIS2's import summaries in their two shapes (exchange/dhis2.h). */
#include "config.h"

#include "domain/error.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "exchange/csvwrite.h"
#include "exchange/dhis2.h"
#include "tests/tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Parse a summary given as text. */
static int
parse(const char *text, dhis2_summary *s, ds_err *err)
{
	memset(err, 0, sizeof *err);
	return dhis2_summary_parse(text, strlen(text), "answer", s, err);
}

static void
test_summaries(void)
{
	dhis2_summary s;
	ds_err err;

	ok(parse("{\"httpStatus\":\"OK\",\"httpStatusCode\":200,\"status\":\"OK\",\"message\":\"Import was successful.\","
	         "\"response\":{\"responseType\":\"ImportSummary\",\"status\":\"SUCCESS\",\"description\":\"Import process "
	         "completed successfully\",\"importCount\":{\"imported\":18,\"updated\":2,\"ignored\":1,\"deleted\":3}}}",
	         &s, &err) == 0, "the web message of 2.36+ is read");
	is_str(s.status, "SUCCESS", "... the summary's status, not the wrapper's");
	is_int(s.http_status_code, 200, "... the wrapper's HTTP code");
	ok(s.imported == 18 && s.updated == 2 && s.ignored == 1 && s.deleted == 3, "... the four counts");
	is_str(s.description, "Import process completed successfully", "... the summary's description");
	dhis2_summary_free(&s);

	ok(parse("{\"httpStatus\":\"Conflict\",\"httpStatusCode\":409,\"status\":\"WARNING\",\"message\":\"m\",\"response\":"
	         "{\"responseType\":\"ImportSummary\",\"status\":\"WARNING\",\"importCount\":{\"ignored\":1},\"conflicts\":"
	         "[{\"object\":\"202604\",\"value\":\"Period: `202604` is after latest open future period\","
	         "\"errorCode\":\"E7641\",\"property\":\"period\",\"indexes\":[0]}],\"rejectedIndexes\":[0]}}",
	         &s, &err) == 0, "a 409 with conflicts is read");
	ok(strcmp(s.status, "WARNING") == 0 && s.nconflicts == 1 && s.ignored == 1, "... WARNING, one conflict, one ignored");
	ok(strcmp(s.conflicts[0].object, "202604") == 0 && strcmp(s.conflicts[0].error_code, "E7641") == 0 &&
	   strstr(s.conflicts[0].value, "latest open future period") != NULL, "... its object, message and code");
	is_str(s.description, "m", "... the wrapper's message when the summary has no description");
	dhis2_summary_free(&s);

	ok(parse("{\"responseType\":\"ImportSummary\",\"status\":\"SUCCESS\",\"importCount\":{\"imported\":3,\"updated\":1,"
	         "\"ignored\":0,\"deleted\":0},\"conflicts\":[{\"object\":\"X\",\"value\":\"not found\"}],"
	         "\"dataSetComplete\":\"false\"}", &s, &err) == 0, "the bare ImportSummary of older versions is read");
	ok(s.http_status_code == 0 && s.imported == 3 && s.updated == 1 && s.nconflicts == 1 &&
	   s.conflicts[0].error_code[0] == '\0', "... counts and a conflict without an error code");
	dhis2_summary_free(&s);

	ok(parse("{\"httpStatus\":\"Unauthorized\",\"httpStatusCode\":401,\"status\":\"ERROR\",\"message\":\"Unauthorized\"}",
	         &s, &err) == 0 && strcmp(s.status, "ERROR") == 0 && strcmp(s.description, "Unauthorized") == 0,
	   "a web message without a summary reads as its status and message");
	dhis2_summary_free(&s);

	ok(parse("{\"httpStatus\":\"OK\",\"httpStatusCode\":200,\"status\":\"OK\",\"response\":{\"name\":\"dataValueImport\","
	         "\"jobType\":\"DATAVALUE_IMPORT\",\"status\":\"x\"}}", &s, &err) != 0,
	   "an asynchronous job's answer is not a summary");
	ok(parse("<html>Bad Gateway</html>", &s, &err) != 0 && strcmp(err.file, "answer") == 0 && err.line == 1,
	   "an answer that is not JSON is refused with its place");
	ok(parse("[1,2]", &s, &err) != 0, "a JSON array is not a summary");
	ok(parse("{\"status\":\"SUCCESS\",\"status\":\"ERROR\"}", &s, &err) != 0, "a key given twice is refused");
}

static void
test_clear(void)
{
	dhis2_set s;
	dhis2_row earlier[3];

	memset(&s, 0, sizeof s);
	memset(earlier, 0, sizeof earlier);
	dhis2_set_add(&s, "A", "", "5", 0);
	str_copy(earlier[0].dataelement, sizeof earlier[0].dataelement, "A");
	str_copy(earlier[1].dataelement, sizeof earlier[1].dataelement, "B");
	str_copy(earlier[1].categoryoptioncombo, sizeof earlier[1].categoryoptioncombo, "x");
	str_copy(earlier[2].dataelement, sizeof earlier[2].dataelement, "A");
	str_copy(earlier[2].categoryoptioncombo, sizeof earlier[2].categoryoptioncombo, "y");
	is_int(dhis2_set_clear(&s, earlier, 3), 2, "two earlier elements are missing from the set");
	ok(s.n == 3 && strcmp(s.rows[1].dataelement, "B") == 0 && strcmp(s.rows[1].categoryoptioncombo, "x") == 0 &&
	   strcmp(s.rows[1].value, "0") == 0 && s.rows[1].clears, "... B/x gets a clearing zero");
	ok(strcmp(s.rows[2].dataelement, "A") == 0 && strcmp(s.rows[2].categoryoptioncombo, "y") == 0,
	   "... and A/y: the combination counts, not only the element");
	is_int(dhis2_set_cleared(&s), 2, "dhis2_set_cleared counts them");
	is_int(dhis2_set_clear(&s, earlier, 3), 0, "clearing again adds nothing");
	dhis2_set_free(&s);
}

static void
test_files(void)
{
	dhis2_set s;
	char *dir = tap_tmpdir(), *path, *json, buf[1024];
	ds_err err = {0};
	csvw *w;
	FILE *fp;
	size_t n;

	memset(&s, 0, sizeof s);
	str_copy(s.dataset, sizeof s.dataset, "DANSO");
	str_copy(s.period, sizeof s.period, "2025Q1");
	str_copy(s.orgunit, sizeof s.orgunit, "10001");
	str_copy(s.complete_date, sizeof s.complete_date, "2025-06-15");
	str_copy(s.storedby, sizeof s.storedby, "canbo");
	str_copy(s.timestamp, sizeof s.timestamp, "2025-06-15T08:00:00Z");
	dhis2_set_add(&s, "DANSO_BIRTHS_TOTAL", "", "4", 0);
	dhis2_set_add(&s, "aBcDeFgHiJ1", "HllvX50cXC0", "0", 1);
	w = csvw_open(dir, "d.csv", CSVW_LF, &err);
	ok(w != NULL && dhis2_write_csv(w, &s, &err) == 0 && csvw_commit(&w, &err) == 0, "the CSV is written");
	path = xasprintf("%s/d.csv", dir);
	fp = fopen(path, "rb");
	n = fp != NULL ? fread(buf, 1, sizeof buf - 1, fp) : 0;
	buf[n] = '\0';
	if (fp != NULL)
		fclose(fp);
	is_str(buf,
	       "dataElement,period,orgUnit,categoryOptionCombo,attributeOptionCombo,value,storedBy,timestamp,comment,followUp\n"
	       "DANSO_BIRTHS_TOTAL,2025Q1,10001,,,4,canbo,2025-06-15T08:00:00Z,,false\n"
	       "aBcDeFgHiJ1,2025Q1,10001,HllvX50cXC0,,0,canbo,2025-06-15T08:00:00Z,,false\n",
	       "the exact bytes: 2.43's names in 2.42's order, LF, no BOM");
	unlink(path);
	free(path);
	json = dhis2_set_json(&s);
	ok(strstr(json, "\"dataSet\": \"DANSO\"") != NULL && strstr(json, "\"completeDate\": \"2025-06-15\"") != NULL &&
	   strstr(json, "\"period\": \"2025Q1\"") != NULL && strstr(json, "\"orgUnit\": \"10001\"") != NULL,
	   "the JSON set's header: data set, completeDate, period, org unit");
	ok(strstr(json, "\"categoryOptionCombo\": \"HllvX50cXC0\"") != NULL &&
	   strstr(json, "\"dataElement\": \"DANSO_BIRTHS_TOTAL\",\n      \"value\": \"4\"") != NULL,
	   "a combination only where there is one; values as strings");
	free(json);
	dhis2_set_free(&s);
	rmdir(dir);
	free(dir);
}

int
main(void)
{
	i18n_set(LANG_EN);
	test_summaries();
	test_clear();
	test_files();
	return tap_done();
}
