/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* residents.c (app): comparing the register with a residents extract (see
 * residents.h). */
#include "config.h"

#include "app/residents.h"
#include "app/access.h"
#include "db/residents.h"
#include "domain/clock.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/ids.h"

#include <stdlib.h>
#include <string.h>

const char *const residents_csv_header[RESIDENTS_CSV_COLUMNS] = {
	"kind", "area", "household_number", "register_name", "extract_name", "citizen_id", "field",
	"register_value", "extract_value",
};

/* State of one read. */
typedef struct read_ctx {
	residents_run *run;
	residents_report_fn report;
	void *arg;
} read_ctx;

/* Keep a good row of the extract. */
static int
on_person(void *arg, const res_person *p, ds_err *err)
{
	residents_run *run = ((read_ctx *)arg)->run;

	(void)err;
	if (run->next == run->capext) {
		run->capext = run->capext ? run->capext * 2 : 1024;
		run->ext = xrealloc(run->ext, run->capext * sizeof *run->ext);
	}
	run->ext[run->next++] = *p;
	return 0;
}

/* Count and pass on a bad row. */
static void
on_bad(void *arg, const ds_err *e)
{
	read_ctx *c = arg;

	c->run->bad_rows++;
	if (c->report != NULL)
		c->report(c->arg, e);
}

/* The audit row of a comparison: its counts, never a name. */
static int
audit_compare(db *d, const residents_run *run, ds_err *err)
{
	const res_area_count *t = &run->res.total;
	char after[512];

	str_printf(after, sizeof after,
	           "{\"file_sha256\":\"%s\",\"extract_people\":%ld,\"register_people\":%ld,\"matched\":%ld,"
	           "\"extract_only\":%ld,\"register_only\":%ld,\"differs\":%ld,\"possible_match\":%ld,\"dismissed\":%ld}",
	           run->sha256, run->res.extract_people, run->res.register_people, run->res.matched,
	           t->count[RES_EXTRACT_ONLY], t->count[RES_REGISTER_ONLY], t->count[RES_DIFFERS], t->count[RES_POSSIBLE],
	           run->res.dismissed);
	return db_residents_audit(d, after, err);
}

int
residents_allowed(db *d, ds_err *err)
{
	int rc = access_is_officer(d, err);

	if (rc < 0)
		return -1;
	if (rc == 1)
		return 0;
	ds_err_set(err, L("chỉ cán bộ dân số xã được so sánh với dữ liệu dân cư (tệp có thông tin của mọi người trong xã)",
	                  "only the commune officer may compare with the residents data (the file holds everyone in the commune)"));
	return 1;
}

int
residents_compare(db *d, const char *path, const residents_map *map, residents_report_fn report, void *arg,
                  residents_run **out, ds_err *err)
{
	residents_run *run = xcalloc(1, sizeof *run);
	read_ctx c = {run, report, arg};
	char today[DATE_LEN];

	*out = NULL;
	if (residents_allowed(d, err) != 0)
		goto fail;
	clock_today(today);
	if (ids_sha256_file(path, run->sha256, err) != 0 ||
	    residents_csv_read(path, map, today, on_person, on_bad, &c, err) != 0)
		goto fail;
	if (run->bad_rows > 0) {
		if (run->bad_rows == 1)
			ds_err_set(err, L("1 dòng lỗi trong %s: không so sánh gì (sửa tệp rồi chạy lại)",
			                  "1 bad row in %s: nothing was compared (fix the file and run again)"), path);
		else
			ds_err_set(err, L("%ld dòng lỗi trong %s: không so sánh gì (sửa tệp rồi chạy lại)",
			                  "%ld bad rows in %s: nothing was compared (fix the file and run again)"), run->bad_rows,
			           path);
		goto fail;
	}
	if (db_residents_people(d, &run->reg, &run->nreg, err) != 0 ||
	    db_residents_decisions(d, &run->dec, &run->ndec, err) != 0)
		goto fail;
	res_match(run->reg, run->nreg, run->ext, run->next, run->dec, run->ndec, &run->res);
	if (audit_compare(d, run, err) != 0)
		goto fail;
	*out = run;
	return 0;
fail:
	residents_run_free(&run);
	return -1;
}

int
residents_decide(db *d, const residents_run *run, const char *ref, int confirm, const char *reason, ds_err *err)
{
	const res_finding *f = res_find_ref(&run->res, ref);
	res_decision dec;

	if (residents_allowed(d, err) != 0)
		return -1;
	if (f == NULL)
		return ds_err_set(err, L("không có dòng mã %s trong lần so sánh này", "no line %s in this comparison"), ref);
	if (confirm && f->kind != RES_POSSIBLE)
		return ds_err_set(err, L("chỉ xác nhận được dòng \"có thể là cùng người\" (dòng %s là %s)",
		                         "only a possible match can be confirmed (line %s is %s)"), ref, res_kind_name(f->kind));
	if (!confirm && str_empty(reason))
		return ds_err_set(err, L("bỏ qua một dòng cần lý do", "dismissing a line needs a reason"));
	dec = f->key;
	dec.kind = confirm ? RES_CONFIRM : RES_DISMISS;
	return db_residents_decide(d, &dec, reason != NULL ? reason : "", err);
}

int
residents_rematch(db *d, residents_run *run, ds_err *err)
{
	res_member *reg = NULL;
	res_decision *dec = NULL;
	size_t nreg = 0, ndec = 0;

	if (db_residents_people(d, &reg, &nreg, err) != 0 || db_residents_decisions(d, &dec, &ndec, err) != 0) {
		free(reg);
		free(dec);
		return -1;
	}
	res_result_free(&run->res);
	free(run->reg);
	free(run->dec);
	run->reg = reg;
	run->nreg = nreg;
	run->dec = dec;
	run->ndec = ndec;
	res_match(run->reg, run->nreg, run->ext, run->next, run->dec, run->ndec, &run->res);
	return 0;
}

void
residents_run_free(residents_run **p)
{
	residents_run *run = p != NULL ? *p : NULL;

	if (run == NULL)
		return;
	res_result_free(&run->res);
	free(run->reg);
	free(run->ext);
	free(run->dec);
	free(run);
	*p = NULL;
}

const char *
residents_finding_name(const residents_run *run, const res_finding *f)
{
	return f->reg >= 0 ? run->reg[f->reg].full_name : run->ext[f->ext].full_name;
}

const char *
residents_fix_label(const res_finding *f)
{
	switch (f->kind) {
	case RES_EXTRACT_ONLY:
		return f->household_id != 0 ? L("ghi sinh hoặc chuyển đến vào hộ này", "record a birth or a move-in to this household")
		                            : L("ghi chuyển đến (hộ mới)", "record a move-in (a new household)");
	case RES_REGISTER_ONLY: return L("ghi chết hoặc chuyển đi", "record a death or a move-out");
	case RES_DIFFERS: return L("ghi thay đổi thông tin", "record a change of details");
	case RES_POSSIBLE: return L("xác nhận cùng người, hoặc bỏ qua", "confirm it is the same person, or dismiss");
	default: return "";
	}
}

/* a share in tenths of a percent, as "12.3%" */
static void
share(strbuf *sb, long part, long whole)
{
	long t = whole > 0 ? (part * 1000 + whole / 2) / whole : 0;

	strbuf_printf(sb, "%ld.%ld%%", t / 10, t % 10);
}

/* Append s left-aligned in width characters (a Vietnamese NFC letter is
 * one character and one column). */
static void
pad(strbuf *sb, const char *s, int width)
{
	int n = 0;

	for (const char *p = s; *p != '\0'; p++)
		n += ((unsigned char)*p & 0xc0) != 0x80;
	strbuf_puts(sb, s);
	for (; n < width; n++)
		strbuf_puts(sb, " ");
}

/* The counts table. */
static void
format_counts(const residents_run *run, strbuf *sb)
{
	const res_result *r = &run->res;

	strbuf_printf(sb, L("Sổ: %ld nhân khẩu; có số định danh: %ld (", "Register: %ld people; with a citizen id: %ld ("),
	              r->total.people, r->total.with_cid);
	share(sb, r->total.with_cid, r->total.people);
	strbuf_printf(sb, L("); khớp với trích xuất: %ld (", "); matched in the extract: %ld ("), r->total.matched);
	share(sb, r->total.matched, r->total.people);
	strbuf_printf(sb, L(")\nTrích xuất: %ld người; đã bỏ qua: %ld dòng\n\n", ")\nExtract: %ld people; dismissed: %ld lines\n\n"),
	              r->extract_people, r->dismissed);
	pad(sb, L("Địa bàn", "Area"), 10);
	strbuf_printf(sb, " %9s %8s %8s %13s %13s %8s %8s\n", L("Nhân khẩu", "People"), L("Có CCCD", "With id"),
	              L("Khớp", "Matched"), "extract_only", "register_only", "differs", "possible");
	for (size_t k = 0; k <= r->nareas; k++) {
		/* the areas in order, the unplaced (area 0, first in r->areas) last, then the total */
		size_t i = k < r->nareas ? (r->nareas > 0 && r->areas[0].area_number == 0 ? (k + 1) % r->nareas : k) : k;
		const res_area_count *a = i < r->nareas ? &r->areas[i] : &r->total;
		char name[32];

		if (i == r->nareas)
			str_copy(name, sizeof name, L("Tổng", "Total"));
		else if (a->area_number == 0)
			str_copy(name, sizeof name, L("chưa rõ hộ", "unplaced"));
		else
			str_printf(name, sizeof name, "%d", a->area_number);
		pad(sb, name, 10);
		strbuf_printf(sb, " %9ld %8ld %8ld %13ld %13ld %8ld %8ld\n", a->people, a->with_cid, a->matched,
		              a->count[RES_EXTRACT_ONLY], a->count[RES_REGISTER_ONLY], a->count[RES_DIFFERS],
		              a->count[RES_POSSIBLE]);
	}
}

/* A value of a field for the text lists: dates dd/mm/yyyy, sex Nam / Nữ. */
static const char *
shown_value(const char *field, const char *value, char *buf, size_t n)
{
	if (strcmp(field, "birth_date") == 0) {
		date_format(value, buf, n);
		return buf;
	}
	if (strcmp(field, "sex") == 0)
		return strcmp(value, "1") == 0 ? "Nam" : strcmp(value, "2") == 0 ? "Nữ" : value;
	if (strcmp(field, "citizen_id") == 0 && value[0] == '\0')
		return L("(không có)", "(none)");
	return value;
}

/* One line of the lists. */
static void
format_finding(const residents_run *run, const res_finding *f, strbuf *sb)
{
	char date[DATE_LEN + 4];

	strbuf_printf(sb, "    [%s] %-14s %s", f->ref, res_kind_name(f->kind), residents_finding_name(run, f));
	if (f->kind == RES_EXTRACT_ONLY || f->kind == RES_REGISTER_ONLY) {
		const char *birth = f->reg >= 0 ? run->reg[f->reg].birth_date : run->ext[f->ext].birth_date;

		date_format(birth, date, sizeof date);
		strbuf_printf(sb, ", %s", date);
	} else {
		char rv[NAME_LEN], xv[NAME_LEN];
		const char *xname = run->ext[f->ext].full_name;

		if (strcmp(xname, residents_finding_name(run, f)) != 0)
			strbuf_printf(sb, " / %s", xname);
		strbuf_printf(sb, ": %s: %s \"%s\", %s \"%s\"", f->field, L("sổ", "register"),
		              shown_value(f->field, f->register_value, rv, sizeof rv), L("trích xuất", "extract"),
		              shown_value(f->field, f->extract_value, xv, sizeof xv));
	}
	if (f->ext >= 0)
		strbuf_printf(sb, L(" (dòng %ld)", " (line %ld)"), run->ext[f->ext].line);
	strbuf_printf(sb, " -> %s\n", residents_fix_label(f));
}

void
residents_format_text(const residents_run *run, strbuf *sb)
{
	const res_result *r = &run->res;
	int area_shown = -1;
	const char *hh_shown = NULL;

	strbuf_puts(sb, L("So sánh sổ với trích xuất cơ sở dữ liệu quốc gia về dân cư\n",
	                  "The register against the national residents database extract\n"));
	format_counts(run, sb);
	for (size_t i = 0; i < r->nfindings; i++) {
		const res_finding *f = &r->findings[i];

		if (f->area_number != area_shown) {
			if (f->area_number == 0)
				strbuf_printf(sb, "\n%s\n", L("Chưa rõ hộ nào (không có người cùng hộ trong sổ)",
				                                "Not placed (no housemate in the register)"));
			else
				strbuf_printf(sb, L("\nĐịa bàn %d\n", "\nArea %d\n"), f->area_number);
			area_shown = f->area_number;
			hh_shown = NULL;
		}
		if (f->household_number[0] != '\0' && (hh_shown == NULL || strcmp(hh_shown, f->household_number) != 0)) {
			strbuf_printf(sb, L("  Hộ %s\n", "  Household %s\n"), f->household_number);
			hh_shown = f->household_number;
		}
		format_finding(run, f, sb);
	}
	if (r->nfindings == 0)
		strbuf_puts(sb, L("\nKhông có gì khác nhau.\n", "\nNothing differs.\n"));
}

void
residents_csv_row(const residents_run *run, const res_finding *f, char buf[RESIDENTS_CSV_COLUMNS][NAME_LEN],
                  const char *cols[RESIDENTS_CSV_COLUMNS])
{
	const res_member *m = f->reg >= 0 ? &run->reg[f->reg] : NULL;
	const res_person *p = f->ext >= 0 ? &run->ext[f->ext] : NULL;

	for (int i = 0; i < RESIDENTS_CSV_COLUMNS; i++)
		buf[i][0] = '\0';
	str_copy(buf[0], NAME_LEN, res_kind_name(f->kind));
	if (f->area_number > 0)
		str_printf(buf[1], NAME_LEN, "%d", f->area_number);
	str_copy(buf[2], NAME_LEN, f->household_number);
	if (m != NULL)
		str_copy(buf[3], NAME_LEN, m->full_name);
	if (p != NULL)
		str_copy(buf[4], NAME_LEN, p->full_name);
	if (p != NULL && p->citizen_id[0] != '\0')
		str_copy(buf[5], NAME_LEN, p->citizen_id);
	else if (m != NULL && res_is_cid(m->person_id))
		str_copy(buf[5], NAME_LEN, m->person_id);
	str_copy(buf[6], NAME_LEN, f->field);
	str_copy(buf[7], NAME_LEN, f->register_value);
	str_copy(buf[8], NAME_LEN, f->extract_value);
	for (int i = 0; i < RESIDENTS_CSV_COLUMNS; i++)
		cols[i] = buf[i];
}
