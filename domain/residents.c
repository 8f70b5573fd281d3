/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* residents.c: matching the register against a residents extract (see
 * residents.h and docs/residents.md). */
#include "config.h"

#include "domain/residents.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/ids.h"
#include "domain/util.h"
#include "domain/vntext.h"

#include <stdlib.h>
#include <string.h>

#define WORDS_MAX 12

enum pair_mode { PAIR_NONE = 0, PAIR_CONFIRMED, PAIR_CID, PAIR_NAME, PAIR_POSSIBLE };

/* The state of one matching. */
typedef struct matcher {
	const res_member *reg;
	size_t nreg;
	const res_person *ext;
	size_t next;
	char (*reg_key)[NAME_LEN];      /* search keys of the names */
	char (*ext_key)[NAME_LEN];
	char (*ext_id)[RES_KEY_LEN];    /* extract keys */
	long *reg_pair, *ext_pair;      /* the other side, or -1 */
	enum pair_mode *reg_mode, *ext_mode;
	const char **why;               /* possible: why, by extract index */
	char **dismissed;               /* sorted finding keys */
	size_t ndismissed;
	res_result *out;
	size_t cap;
} matcher;

const char *
res_kind_name(res_kind k)
{
	static const char *const names[] = {"extract_only", "register_only", "differs", "possible_match"};

	return k < RES_KIND_COUNT ? names[k] : "";
}

const char *
res_kind_label(res_kind k)
{
	switch (k) {
	case RES_EXTRACT_ONLY: return L("Có trong trích xuất, không có trong sổ", "In the extract, not in the register");
	case RES_REGISTER_ONLY: return L("Có trong sổ, không có trong trích xuất", "In the register, not in the extract");
	case RES_DIFFERS: return L("Cùng người, thông tin khác", "Same person, details differ");
	case RES_POSSIBLE: return L("Có thể là cùng người (cần xác nhận)", "Possibly the same person (to confirm)");
	default: return "";
	}
}

int
res_is_cid(const char *s)
{
	return strlen(s) == 12 && strspn(s, "0123456789") == 12;
}

/* The first n hex digits of the SHA-256 of s into out (size n + 1). */
static void
digest_hex(const char *s, char *out, size_t n)
{
	char hex[65];

	ids_sha256_hex(s, strlen(s), hex);
	memcpy(out, hex, n);
	out[n] = '\0';
}

void
res_extract_key(const res_person *p, char out[RES_KEY_LEN])
{
	char key[NAME_LEN], text[NAME_LEN + 32];

	if (p->citizen_id[0] != '\0') {
		str_copy(out, RES_KEY_LEN, p->citizen_id);
		return;
	}
	vn_search_key(p->full_name, key, sizeof key);
	str_printf(text, sizeof text, "%s|%s|%d", key, p->birth_date, (int)p->sex);
	out[0] = 'n';
	digest_hex(text, out + 1, 16);
}

int
res_one_letter(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;

	if (la < lb) {
		const char *t = a; a = b; b = t;
		size_t n = la; la = lb; lb = n;
	}
	if (la - lb > 1 || la == 0)
		return 0;
	while (i < lb && a[i] == b[i])
		i++;
	if (i == la)
		return 0;                               /* equal */
	if (la == lb)
		return strcmp(a + i + 1, b + i + 1) == 0;  /* one changed */
	return strcmp(a + i + 1, b + i) == 0;          /* one added */
}

/* Split a key into words (pointers into buf); the count. */
static int
split_words(const char *key, char *buf, size_t n, char *words[WORDS_MAX])
{
	int count = 0;

	str_copy(buf, n, key);
	for (char *tok = strtok(buf, " "); tok != NULL; tok = strtok(NULL, " ")) {
		if (count == WORDS_MAX)
			return 0;
		words[count++] = tok;
	}
	return count;
}

/* 1 if word lists a and b (n each) match with b[i] = a[map(i)]. */
static int
words_match(char *a[], char *b[], int n, int shift, int swap_ends)
{
	for (int i = 0; i < n; i++) {
		int j = (i + shift + n) % n;

		if (swap_ends)
			j = i == 0 ? n - 1 : i == n - 1 ? 0 : i;
		if (strcmp(b[i], a[j]) != 0)
			return 0;
	}
	return 1;
}

int
res_name_order(const char *a, const char *b)
{
	char ba[NAME_LEN], bb[NAME_LEN], *wa[WORDS_MAX], *wb[WORDS_MAX];
	int na, nb;

	if (strcmp(a, b) == 0)
		return 0;
	na = split_words(a, ba, sizeof ba, wa);
	nb = split_words(b, bb, sizeof bb, wb);
	if (na < 2 || na != nb)
		return 0;
	return words_match(wa, wb, na, 1, 0) || words_match(wa, wb, na, -1, 0) || words_match(wa, wb, na, 0, 1);
}

int
res_day_month_swap(const char *iso, char out[DATE_LEN])
{
	int y, m, d;

	if (!date_valid(iso) || date_split(iso, &y, &m, &d) != 0 || m == d || d > 12)
		return -1;
	return date_make(y, d, m, out) == 0 && date_valid(out) ? 0 : -1;
}

/* ---- sorting helpers: index arrays sorted through a file-scope matcher */

static const matcher *sort_m;

static int
by_uid(const void *x, const void *y)
{
	return strcmp(sort_m->reg[*(const long *)x].uid, sort_m->reg[*(const long *)y].uid);
}

static int
by_ext_id(const void *x, const void *y)
{
	return strcmp(sort_m->ext_id[*(const long *)x], sort_m->ext_id[*(const long *)y]);
}

static int
by_person_id(const void *x, const void *y)
{
	return strcmp(sort_m->reg[*(const long *)x].person_id, sort_m->reg[*(const long *)y].person_id);
}

static int
by_name_date(const void *x, const void *y)
{
	long i = *(const long *)x, j = *(const long *)y;
	int c = strcmp(sort_m->reg_key[i], sort_m->reg_key[j]);

	return c != 0 ? c : strcmp(sort_m->reg[i].birth_date, sort_m->reg[j].birth_date);
}

static int
by_birth(const void *x, const void *y)
{
	int c = strcmp(sort_m->reg[*(const long *)x].birth_date, sort_m->reg[*(const long *)y].birth_date);

	return c != 0 ? c : (*(const long *)x > *(const long *)y) - (*(const long *)x < *(const long *)y);
}

static int
by_household_code(const void *x, const void *y)
{
	return strcmp(sort_m->ext[*(const long *)x].household_code, sort_m->ext[*(const long *)y].household_code);
}

static int
str_cmp_ptr(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The register indices (all, or only those unmatched) sorted by cmp. */
static long *
reg_index(matcher *m, int unmatched_only, int (*cmp)(const void *, const void *), size_t *n)
{
	long *idx = xcalloc(m->nreg + 1, sizeof *idx);

	*n = 0;
	for (size_t i = 0; i < m->nreg; i++)
		if (!unmatched_only || m->reg_pair[i] < 0)
			idx[(*n)++] = (long)i;
	sort_m = m;
	qsort(idx, *n, sizeof *idx, cmp);
	return idx;
}

/* The first position in idx[0..n) whose element is not below the probe,
 * for a comparison of a register element with the probe. */
static size_t
lower_bound(const long *idx, size_t n, int (*below)(const matcher *, long, const void *), const matcher *m,
            const void *probe)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (below(m, idx[mid], probe))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
uid_below(const matcher *m, long i, const void *p)
{
	return strcmp(m->reg[i].uid, p) < 0;
}

static int
pid_below(const matcher *m, long i, const void *p)
{
	return strcmp(m->reg[i].person_id, p) < 0;
}

static int
birth_below(const matcher *m, long i, const void *p)
{
	return strcmp(m->reg[i].birth_date, p) < 0;
}

/* Probe of the name-and-date search. */
typedef struct name_probe {
	const char *key, *birth;
} name_probe;

static int
name_below(const matcher *m, long i, const void *p)
{
	const name_probe *q = p;
	int c = strcmp(m->reg_key[i], q->key);

	return c < 0 || (c == 0 && strcmp(m->reg[i].birth_date, q->birth) < 0);
}

/* Pair register person r with extract person e. */
static void
pair(matcher *m, long r, long e, enum pair_mode mode)
{
	m->reg_pair[r] = e;
	m->ext_pair[e] = r;
	m->reg_mode[r] = m->ext_mode[e] = mode;
}

/* The text key of a decision, as kept in the dismissed set. */
static void
decision_text(const res_decision *d, char *out, size_t n)
{
	str_printf(out, n, "%s|%s|%s|%s|%s", res_kind_name(d->finding), d->member_uid, d->extract_key, d->field,
	           d->digest);
}

/* 1 if the finding key d was dismissed. */
static int
is_dismissed(const matcher *m, const res_decision *d)
{
	char text[256];
	const char *p = text;

	decision_text(d, text, sizeof text);
	return bsearch(&p, m->dismissed, m->ndismissed, sizeof *m->dismissed, str_cmp_ptr) != NULL;
}

/* The decision key of a pair finding (no field: the pair as a whole). */
static void
pair_key(const matcher *m, res_kind kind, long r, long e, res_decision *d)
{
	memset(d, 0, sizeof *d);
	d->finding = kind;
	if (r >= 0)
		str_copy(d->member_uid, sizeof d->member_uid, m->reg[r].uid);
	if (e >= 0)
		str_copy(d->extract_key, sizeof d->extract_key, m->ext_id[e]);
}

/* Step 0: the pairs confirmed earlier. */
static void
match_confirmed(matcher *m, const res_decision *dec, size_t ndec)
{
	size_t nr, ne = 0;
	long *ri = reg_index(m, 0, by_uid, &nr);
	long *ei = xcalloc(m->next + 1, sizeof *ei);

	for (size_t j = 0; j < m->next; j++)
		ei[ne++] = (long)j;
	qsort(ei, ne, sizeof *ei, by_ext_id);
	for (size_t k = 0; k < ndec; k++) {
		size_t a;
		long r, e = -1;

		if (dec[k].kind != RES_CONFIRM)
			continue;
		a = lower_bound(ri, nr, uid_below, m, dec[k].member_uid);
		if (a == nr || strcmp(m->reg[ri[a]].uid, dec[k].member_uid) != 0)
			continue;
		r = ri[a];
		for (size_t lo = 0, hi = ne; lo < hi;) {
			size_t mid = lo + (hi - lo) / 2;
			int c = strcmp(m->ext_id[ei[mid]], dec[k].extract_key);

			if (c == 0) {
				e = ei[mid];
				break;
			}
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (e >= 0 && m->reg_pair[r] < 0 && m->ext_pair[e] < 0)
			pair(m, r, e, PAIR_CONFIRMED);
	}
	free(ri);
	free(ei);
}

/* Step 1: the citizen id. */
static void
match_cid(matcher *m)
{
	size_t n;
	long *ri = reg_index(m, 1, by_person_id, &n);

	for (size_t j = 0; j < m->next; j++) {
		const char *cid = m->ext[j].citizen_id;
		size_t a;

		if (m->ext_pair[j] >= 0 || cid[0] == '\0')
			continue;
		a = lower_bound(ri, n, pid_below, m, cid);
		if (a < n && strcmp(m->reg[ri[a]].person_id, cid) == 0 && m->reg_pair[ri[a]] < 0)
			pair(m, ri[a], (long)j, PAIR_CID);
	}
	free(ri);
}

/* 1 if both sides hold citizen ids and they differ: not the same person. */
static int
cids_conflict(const matcher *m, long r, long e)
{
	const char *a = m->reg[r].person_id, *b = m->ext[e].citizen_id;

	return res_is_cid(a) && b[0] != '\0' && strcmp(a, b) != 0;
}

/* Step 2: name key and birth date, the same sex first. */
static void
match_name_date(matcher *m)
{
	size_t n;
	long *ri = reg_index(m, 1, by_name_date, &n);

	for (size_t j = 0; j < m->next; j++) {
		name_probe q = {m->ext_key[j], m->ext[j].birth_date};
		size_t a;
		long chosen = -1;

		if (m->ext_pair[j] >= 0)
			continue;
		a = lower_bound(ri, n, name_below, m, &q);
		for (size_t k = a; k < n && strcmp(m->reg_key[ri[k]], q.key) == 0 &&
		                   strcmp(m->reg[ri[k]].birth_date, q.birth) == 0; k++) {
			long r = ri[k];

			if (m->reg_pair[r] >= 0 || cids_conflict(m, r, (long)j))
				continue;
			if (chosen < 0 || (m->reg[r].sex == m->ext[j].sex && m->reg[chosen].sex != m->ext[j].sex))
				chosen = r;
		}
		if (chosen >= 0)
			pair(m, chosen, (long)j, PAIR_NAME);
	}
	free(ri);
}

/* A near-match candidate for extract person e among the unmatched people
 * born on date: the first not dismissed and passing test; -1 if none. */
static long
near_candidate(matcher *m, const long *ri, size_t n, long e, const char *date,
               int (*test)(const char *, const char *))
{
	size_t a = lower_bound(ri, n, birth_below, m, date);

	for (size_t k = a; k < n && strcmp(m->reg[ri[k]].birth_date, date) == 0; k++) {
		long r = ri[k];
		res_decision d;

		if (m->reg_pair[r] >= 0 || cids_conflict(m, r, e) || !test(m->reg_key[r], m->ext_key[e]))
			continue;
		pair_key(m, RES_POSSIBLE, r, e, &d);
		if (!is_dismissed(m, &d))
			return r;
	}
	return -1;
}

static int
same_key(const char *a, const char *b)
{
	return strcmp(a, b) == 0;
}

/* Step 3: near matches, as possible pairs. */
static void
match_near(matcher *m)
{
	size_t n;
	long *ri = reg_index(m, 1, by_birth, &n);

	for (size_t j = 0; j < m->next; j++) {
		char swapped[DATE_LEN];
		long e = (long)j, r;

		if (m->ext_pair[j] >= 0)
			continue;
		if ((r = near_candidate(m, ri, n, e, m->ext[j].birth_date, res_one_letter)) >= 0)
			m->why[j] = "one_letter";
		else if ((r = near_candidate(m, ri, n, e, m->ext[j].birth_date, res_name_order)) >= 0)
			m->why[j] = "name_order";
		else if (res_day_month_swap(m->ext[j].birth_date, swapped) == 0 &&
		         (r = near_candidate(m, ri, n, e, swapped, same_key)) >= 0)
			m->why[j] = "day_month";
		if (r >= 0)
			pair(m, r, e, PAIR_POSSIBLE);
	}
	free(ri);
}

/* Append a finding; its ref and dismissal are settled here. */
static void
add_finding(matcher *m, res_finding *f)
{
	char text[256], hex[65];
	res_result *out = m->out;

	decision_text(&f->key, text, sizeof text);
	ids_sha256_hex(text, strlen(text), hex);
	memcpy(f->ref, hex, RES_REF_LEN - 1);
	f->ref[RES_REF_LEN - 1] = '\0';
	if (is_dismissed(m, &f->key)) {
		out->dismissed++;
		return;
	}
	if (out->nfindings == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 64;
		out->findings = xrealloc(out->findings, m->cap * sizeof *out->findings);
	}
	out->findings[out->nfindings++] = *f;
}

/* A new finding of kind for register person r and extract person e. */
static void
finding_init(const matcher *m, res_finding *f, res_kind kind, long r, long e)
{
	memset(f, 0, sizeof *f);
	f->kind = kind;
	f->reg = r;
	f->ext = e;
	if (r >= 0) {
		f->area_number = m->reg[r].area_number;
		f->household_id = m->reg[r].household_id;
		str_copy(f->household_number, sizeof f->household_number, m->reg[r].household_number);
	}
	pair_key(m, kind, r, e, &f->key);
}

/* The register side's citizen id ("" unless 12 digits). */
static const char *
reg_cid(const res_member *p)
{
	return res_is_cid(p->person_id) ? p->person_id : "";
}

/* The findings of the fields that differ in pair (r, e): one per field for
 * "differs" (keyed by field and values), or for a possible match one per
 * field under the pair's key. */
static void
pair_findings(matcher *m, res_kind kind, long r, long e)
{
	const res_member *a = &m->reg[r];
	const res_person *b = &m->ext[e];
	char sa[4], sb[4];
	const struct {
		const char *field, *reg, *ext;
	} fields[] = {
		{"full_name", a->full_name, b->full_name},
		{"birth_date", a->birth_date, b->birth_date},
		{"sex", (str_printf(sa, sizeof sa, "%d", (int)a->sex), sa), (str_printf(sb, sizeof sb, "%d", (int)b->sex), sb)},
		{"citizen_id", reg_cid(a), b->citizen_id},
	};

	for (size_t i = 0; i < ARRAY_LEN(fields); i++) {
		res_finding f;
		char text[2 * NAME_LEN + 2];

		if (strcmp(fields[i].reg, fields[i].ext) == 0)
			continue;
		/* a citizen id both sides hold differently never reaches here (no
		 * pair); one side without it is a detail to complete */
		finding_init(m, &f, kind, r, e);
		str_copy(f.field, sizeof f.field, fields[i].field);
		str_copy(f.register_value, sizeof f.register_value, fields[i].reg);
		str_copy(f.extract_value, sizeof f.extract_value, fields[i].ext);
		f.why = kind == RES_POSSIBLE ? m->why[e] : NULL;
		if (kind == RES_DIFFERS) {
			str_copy(f.key.field, sizeof f.key.field, fields[i].field);
			str_printf(text, sizeof text, "%s\x1f%s", fields[i].reg, fields[i].ext);
			digest_hex(text, f.key.digest, RES_DIGEST_LEN - 1);
		}
		add_finding(m, &f);
	}
}

/* Where an unmatched extract person lives in the register: the household
 * of a housemate (same household code) that was matched; -1 if none. */
static void
place_extract(matcher *m, long *placed)
{
	size_t n = 0;
	long *ei = xcalloc(m->next + 1, sizeof *ei);

	for (size_t j = 0; j < m->next; j++) {
		placed[j] = -1;
		if (m->ext[j].household_code[0] != '\0')
			ei[n++] = (long)j;
	}
	sort_m = m;
	qsort(ei, n, sizeof *ei, by_household_code);
	for (size_t a = 0; a < n;) {
		size_t b = a;
		long where = -1;

		while (b < n && strcmp(m->ext[ei[b]].household_code, m->ext[ei[a]].household_code) == 0) {
			if (where < 0 && m->ext_pair[ei[b]] >= 0)
				where = m->ext_pair[ei[b]];
			b++;
		}
		for (size_t k = a; k < b; k++)
			placed[ei[k]] = where;
		a = b;
	}
	free(ei);
}

/* The numeric order of household numbers ("9" < "10" < "10.1"). */
static int
household_cmp(const char *a, const char *b)
{
	long x = strtol(a, NULL, 10), y = strtol(b, NULL, 10);

	if (x != y)
		return x < y ? -1 : 1;
	return strcmp(a, b);
}

static const res_member *cmp_reg;
static const res_person *cmp_ext;

/* The name a finding is listed under. */
static const char *
finding_name(const res_finding *f)
{
	return f->reg >= 0 ? cmp_reg[f->reg].full_name : cmp_ext[f->ext].full_name;
}

/* Findings by area (unplaced last), household, kind, name, reference. */
static int
finding_cmp(const void *x, const void *y)
{
	const res_finding *a = x, *b = y;
	int c;

	if (a->area_number != b->area_number)
		return a->area_number == 0 ? 1 : b->area_number == 0 ? -1 : a->area_number < b->area_number ? -1 : 1;
	if ((c = household_cmp(a->household_number, b->household_number)) != 0)
		return c;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if ((c = vn_name_cmp(finding_name(a), finding_name(b))) != 0)
		return c;
	if ((c = strcmp(a->field, b->field)) != 0)
		return c;
	return strcmp(a->ref, b->ref);
}

/* The count record of an area, added when new. */
static res_area_count *
area_count(res_result *r, int number)
{
	size_t lo = 0, hi = r->nareas;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (r->areas[mid].area_number == number)
			return &r->areas[mid];
		if (r->areas[mid].area_number < number)
			lo = mid + 1;
		else
			hi = mid;
	}
	r->areas = xrealloc(r->areas, (r->nareas + 1) * sizeof *r->areas);
	memmove(&r->areas[lo + 1], &r->areas[lo], (r->nareas - lo) * sizeof *r->areas);
	memset(&r->areas[lo], 0, sizeof *r->areas);
	r->areas[lo].area_number = number;
	r->nareas++;
	return &r->areas[lo];
}

/* Counts per area and in total. */
static void
count_all(matcher *m)
{
	res_result *r = m->out;

	for (size_t i = 0; i < m->nreg; i++) {
		res_area_count *a = area_count(r, m->reg[i].area_number);
		int cid = res_is_cid(m->reg[i].person_id), matched = m->reg_mode[i] != PAIR_NONE &&
		                                                      m->reg_mode[i] != PAIR_POSSIBLE;

		a->people++;
		a->with_cid += cid;
		a->matched += matched;
		r->register_with_cid += cid;
	}
	for (size_t i = 0; i < r->nfindings; i++)
		area_count(r, r->findings[i].area_number)->count[r->findings[i].kind]++;
	for (size_t i = 0; i < r->nareas; i++) {
		r->total.people += r->areas[i].people;
		r->total.with_cid += r->areas[i].with_cid;
		r->total.matched += r->areas[i].matched;
		for (int k = 0; k < RES_KIND_COUNT; k++)
			r->total.count[k] += r->areas[i].count[k];
	}
}

/* Every finding, from the pairs and what is left. */
static void
collect(matcher *m)
{
	long *placed = xcalloc(m->next + 1, sizeof *placed);
	res_finding f;

	place_extract(m, placed);
	for (size_t i = 0; i < m->nreg; i++) {
		long e = m->reg_pair[i];

		if (m->reg_mode[i] == PAIR_NONE) {
			finding_init(m, &f, RES_REGISTER_ONLY, (long)i, -1);
			add_finding(m, &f);
		} else if (m->reg_mode[i] == PAIR_POSSIBLE) {
			m->out->possible++;
			pair_findings(m, RES_POSSIBLE, (long)i, e);
		} else {
			m->out->matched++;
			pair_findings(m, RES_DIFFERS, (long)i, e);
		}
	}
	for (size_t j = 0; j < m->next; j++) {
		if (m->ext_pair[j] >= 0)
			continue;
		finding_init(m, &f, RES_EXTRACT_ONLY, -1, (long)j);
		if (placed[j] >= 0) {
			const res_member *h = &m->reg[placed[j]];

			f.area_number = h->area_number;
			f.household_id = h->household_id;
			str_copy(f.household_number, sizeof f.household_number, h->household_number);
		}
		add_finding(m, &f);
	}
	free(placed);
	cmp_reg = m->reg;
	cmp_ext = m->ext;
	qsort(m->out->findings, m->out->nfindings, sizeof *m->out->findings, finding_cmp);
}

void
res_match(const res_member *reg, size_t nreg, const res_person *ext, size_t next,
          const res_decision *dec, size_t ndec, res_result *out)
{
	matcher m = {0};
	char text[256];

	memset(out, 0, sizeof *out);
	m.reg = reg;
	m.nreg = nreg;
	m.ext = ext;
	m.next = next;
	m.out = out;
	m.reg_key = xcalloc(nreg + 1, sizeof *m.reg_key);
	m.ext_key = xcalloc(next + 1, sizeof *m.ext_key);
	m.ext_id = xcalloc(next + 1, sizeof *m.ext_id);
	m.reg_pair = xcalloc(nreg + 1, sizeof *m.reg_pair);
	m.ext_pair = xcalloc(next + 1, sizeof *m.ext_pair);
	m.reg_mode = xcalloc(nreg + 1, sizeof *m.reg_mode);
	m.ext_mode = xcalloc(next + 1, sizeof *m.ext_mode);
	m.why = xcalloc(next + 1, sizeof *m.why);
	m.dismissed = xcalloc(ndec + 1, sizeof *m.dismissed);
	for (size_t i = 0; i < nreg; i++) {
		vn_search_key(reg[i].full_name, m.reg_key[i], NAME_LEN);
		m.reg_pair[i] = -1;
	}
	for (size_t j = 0; j < next; j++) {
		vn_search_key(ext[j].full_name, m.ext_key[j], NAME_LEN);
		res_extract_key(&ext[j], m.ext_id[j]);
		m.ext_pair[j] = -1;
	}
	for (size_t k = 0; k < ndec; k++) {
		if (dec[k].kind != RES_DISMISS)
			continue;
		decision_text(&dec[k], text, sizeof text);
		m.dismissed[m.ndismissed++] = xstrdup(text);
	}
	qsort(m.dismissed, m.ndismissed, sizeof *m.dismissed, str_cmp_ptr);
	out->register_people = (long)nreg;
	out->extract_people = (long)next;
	match_confirmed(&m, dec, ndec);
	match_cid(&m);
	match_name_date(&m);
	match_near(&m);
	collect(&m);
	count_all(&m);
	for (size_t k = 0; k < m.ndismissed; k++)
		free(m.dismissed[k]);
	free(m.dismissed);
	free(m.reg_key);
	free(m.ext_key);
	free(m.ext_id);
	free(m.reg_pair);
	free(m.ext_pair);
	free(m.reg_mode);
	free(m.ext_mode);
	free(m.why);
}

void
res_result_free(res_result *r)
{
	free(r->findings);
	free(r->areas);
	memset(r, 0, sizeof *r);
}

const res_finding *
res_find_ref(const res_result *r, const char *ref)
{
	for (size_t i = 0; i < r->nfindings; i++)
		if (strcmp(r->findings[i].ref, ref) == 0)
			return &r->findings[i];
	return NULL;
}
