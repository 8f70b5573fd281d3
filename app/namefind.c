/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* namefind.c (app): the name search from memory (namefind.h).
 *
 * Every member has a slot: its name key, sort key, name, birth date and
 * household number in one string pool, its household, area, sex and
 * status. `order` holds the slots in the search's order (sort
 * key, then id) and `rank` the reverse. `words` holds one entry per word
 * start of every name key (its first byte and each byte after a space),
 * sorted by the key's text from there: the people a query key matches
 * (vn_search_match: the key starts the name or one of its words) are one
 * contiguous run of it, found by two binary searches. */
#include "config.h"

#include "app/namefind.h"
#include "domain/util.h"
#include "domain/vntext.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define KEY_LEN (NAME_LEN * 2)
#define DEFAULT_LIMIT 50  /* db_member_search's */

typedef struct person {
	int64_t id, household_id, area_id;
	uint32_t key, sort, name, birth, number;  /* offsets in the pool */
	uint8_t sex, status;
	uint8_t gone;        /* replaced by a later slot */
} person;

typedef struct word {
	uint32_t slot, at;   /* the name key of slot from byte at */
} word;

static struct index {
	db *d;
	int loaded;
	int64_t generation;
	person *p;
	size_t np, capp;
	strbuf pool;             /* the strings, each with its NUL */
	uint32_t *order, *rank;  /* order: np entries at most, rank: capp */
	size_t norder;
	word *w;
	size_t nw, capw;
	uint8_t *mark;           /* capp bytes, all 0 between searches */
} ix;

static int loads;

int
namefind_loads(void)
{
	return loads;
}

static const char *
word_text(const word *w)
{
	return ix.pool.data + ix.p[w->slot].key + w->at;
}

static int
word_cmp(const void *a, const void *b)
{
	return strcmp(word_text(a), word_text(b));
}

static int
rank_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

void
namefind_drop(void)
{
	free(ix.p);
	strbuf_free(&ix.pool);
	free(ix.order);
	free(ix.rank);
	free(ix.w);
	free(ix.mark);
	memset(&ix, 0, sizeof ix);
}

static uint32_t
pool_add(const char *s)
{
	return (uint32_t)strbuf_add(&ix.pool, s);
}

/* A new slot for k (not yet in order or words). */
static uint32_t
slot_add(const member_key *k)
{
	person *q;

	if (ix.np == ix.capp) {
		size_t old = ix.capp;

		ix.capp = ix.capp ? ix.capp * 2 : 1024;
		ix.p = xrealloc(ix.p, ix.capp * sizeof *ix.p);
		ix.order = xrealloc(ix.order, ix.capp * sizeof *ix.order);
		ix.rank = xrealloc(ix.rank, ix.capp * sizeof *ix.rank);
		ix.mark = xrealloc(ix.mark, ix.capp);
		memset(ix.mark + old, 0, ix.capp - old);
	}
	q = &ix.p[ix.np];
	q->id = k->id;
	q->household_id = k->household_id;
	q->area_id = k->area_id;
	q->sex = (uint8_t)k->sex;
	q->status = (uint8_t)k->status;
	q->gone = 0;
	q->key = pool_add(k->name_key);
	q->sort = pool_add(k->sort_key);
	q->name = pool_add(k->full_name);
	q->birth = pool_add(k->birth_date);
	q->number = pool_add(k->household_number);
	return (uint32_t)ix.np++;
}

/* Append the word starts of slot s to words (unsorted). */
static void
words_append(uint32_t s)
{
	const char *key = ix.pool.data + ix.p[s].key;

	for (size_t i = 0; key[i] != '\0'; i++) {
		if (i > 0 && key[i - 1] != ' ')
			continue;
		if (ix.nw == ix.capw) {
			ix.capw = ix.capw ? ix.capw * 2 : 4096;
			ix.w = xrealloc(ix.w, ix.capw * sizeof *ix.w);
		}
		ix.w[ix.nw].slot = s;
		ix.w[ix.nw].at = (uint32_t)i;
		ix.nw++;
	}
}

/* First word whose text compared with key over klen bytes is >= 0 (strict
 * 0) or > 0 (strict 1). */
static size_t
words_bound(const char *key, size_t klen, int strict)
{
	size_t lo = 0, hi = ix.nw;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strncmp(word_text(&ix.w[mid]), key, klen);

		if (c < 0 || (strict && c == 0))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
load_one(void *ctx, const member_key *k)
{
	uint32_t s = slot_add(k);  /* grows order and rank too */

	(void)ctx;
	ix.order[ix.norder] = s;
	ix.rank[s] = (uint32_t)ix.norder++;
	return 0;
}

/* Give back what the doubling of the arrays left unused (the keys are read
 * once; an edit grows them again). */
static void
index_fit(void)
{
	if (ix.np == 0)
		return;
	ix.capp = ix.np;
	ix.p = xrealloc(ix.p, ix.capp * sizeof *ix.p);
	ix.order = xrealloc(ix.order, ix.capp * sizeof *ix.order);
	ix.rank = xrealloc(ix.rank, ix.capp * sizeof *ix.rank);
	ix.mark = xrealloc(ix.mark, ix.capp);
	strbuf_fit(&ix.pool);
	ix.capw = ix.nw > 0 ? ix.nw : 1;
	ix.w = xrealloc(ix.w, ix.capw * sizeof *ix.w);
}

/* Read every member's keys. */
static int
index_load(db *d, ds_err *err)
{
	int64_t generation = db_generation(d);

	namefind_drop();
	ix.d = d;
	if (db_member_keys(d, 0, 0, load_one, NULL, err) != 0) {
		namefind_drop();
		return -1;
	}
	for (uint32_t s = 0; s < ix.np; s++)
		words_append(s);
	qsort(ix.w, ix.nw, sizeof *ix.w, word_cmp);
	index_fit();
	ix.generation = generation;
	ix.loaded = 1;
	loads++;
	return 0;
}

/* Take slot s out of order and words. */
static void
slot_remove(uint32_t s)
{
	size_t kept = 0, r = ix.rank[s];

	for (size_t i = 0; i < ix.nw; i++)
		if (ix.w[i].slot != s)
			ix.w[kept++] = ix.w[i];
	ix.nw = kept;
	memmove(ix.order + r, ix.order + r + 1, (ix.norder - r - 1) * sizeof *ix.order);
	ix.norder--;
	for (size_t i = r; i < ix.norder; i++)
		ix.rank[ix.order[i]] = (uint32_t)i;
	ix.p[s].gone = 1;
}

/* 1 if slot a comes before slot b in the search's order. */
static int
slot_before(uint32_t a, uint32_t b)
{
	int c = strcmp(ix.pool.data + ix.p[a].sort, ix.pool.data + ix.p[b].sort);

	return c < 0 || (c == 0 && ix.p[a].id < ix.p[b].id);
}

/* Put a member read again into order and words at their places. */
static int
insert_one(void *ctx, const member_key *k)
{
	uint32_t s = slot_add(k);
	size_t lo = 0, hi = ix.norder, first = ix.nw;
	const char *key;

	(void)ctx;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (slot_before(ix.order[mid], s))
			lo = mid + 1;
		else
			hi = mid;
	}
	memmove(ix.order + lo + 1, ix.order + lo, (ix.norder - lo) * sizeof *ix.order);
	ix.order[lo] = s;
	ix.norder++;
	for (size_t i = lo; i < ix.norder; i++)
		ix.rank[ix.order[i]] = (uint32_t)i;
	words_append(s);
	/* the new words are at the end: move each to its place */
	key = ix.pool.data + ix.p[s].key;
	for (size_t i = first, total = ix.nw; i < total; i++) {
		word w = ix.w[i];
		size_t at;

		ix.nw = i;  /* search the sorted part only */
		at = words_bound(key + w.at, strlen(key + w.at), 0);
		memmove(ix.w + at + 1, ix.w + at, (i - at) * sizeof *ix.w);
		ix.w[at] = w;
		ix.nw = i + 1;
	}
	return 0;
}

void
namefind_noted(db *d, int64_t before, int64_t member_id, int64_t household_id)
{
	ds_err err = {0};

	if (!ix.loaded || ix.d != d)
		return;
	if (ix.generation != before || db_in_transaction(d)) {
		ix.loaded = 0;  /* something else changed too: read all again */
		return;
	}
	for (uint32_t s = 0; s < ix.np; s++)
		if (!ix.p[s].gone && (member_id != 0 ? ix.p[s].id == member_id : ix.p[s].household_id == household_id))
			slot_remove(s);
	if (db_member_keys(d, member_id, member_id != 0 ? 0 : household_id, insert_one, NULL, &err) != 0) {
		ix.loaded = 0;
		return;
	}
	ix.generation = db_generation(d);
}

/* Whether the person of slot s belongs in the answer. */
static int
slot_wanted(uint32_t s, int64_t area_id, int include_inactive)
{
	const person *q = &ix.p[s];

	return (area_id == 0 || q->area_id == area_id) && (include_inactive || q->status == 0);
}

/* The hit of slot s. */
static void
hit_fill(name_hit *h, uint32_t s)
{
	const person *q = &ix.p[s];

	h->id = q->id;
	h->household_id = q->household_id;
	h->area_id = q->area_id;
	h->sex = (sex)q->sex;
	h->status = (member_status)q->status;
	str_copy(h->full_name, sizeof h->full_name, ix.pool.data + q->name);
	str_copy(h->birth_date, sizeof h->birth_date, ix.pool.data + q->birth);
	str_copy(h->household_number, sizeof h->household_number, ix.pool.data + q->number);
}

/* The database's answer as hits (a key the memory does not follow). */
static int
search_db(db *d, const char *query, int64_t area_id, int include_inactive, int limit, name_hit **out, size_t *n,
          ds_err *err)
{
	member_row *rows;
	size_t nrows;

	*out = NULL;
	*n = 0;
	if (db_member_search(d, query, area_id, include_inactive, limit, &rows, &nrows, err) != 0)
		return -1;
	if (nrows > 0)
		*out = xcalloc(nrows, sizeof **out);
	for (size_t i = 0; i < nrows; i++) {
		name_hit *h = &(*out)[i];

		h->id = rows[i].m.id;
		h->household_id = rows[i].m.household_id;
		h->area_id = rows[i].area_id;
		h->sex = rows[i].m.sex;
		h->status = rows[i].m.status;
		str_copy(h->full_name, sizeof h->full_name, rows[i].m.full_name);
		str_copy(h->birth_date, sizeof h->birth_date, rows[i].m.birth_date);
		str_copy(h->household_number, sizeof h->household_number, rows[i].household_number);
	}
	*n = nrows;
	free(rows);
	return 0;
}

int
namefind_search(db *d, const char *query, int64_t area_id, int include_inactive, int limit,
                name_hit **out, size_t *n, ds_err *err)
{
	char key[KEY_LEN];
	size_t klen, nhits = 0, lo, hi;
	name_hit *hits;

	vn_search_key(query != NULL ? query : "", key, sizeof key);
	if (!vn_search_key_plain(key))
		return search_db(d, query, area_id, include_inactive, limit, out, n, err);
	if ((!ix.loaded || ix.d != d || db_generation(d) != ix.generation) && index_load(d, err) != 0)
		return -1;
	if (limit <= 0)
		limit = DEFAULT_LIMIT;
	hits = xmalloc((size_t)limit * sizeof *hits);
	klen = strlen(key);
#define HIT(slot) hit_fill(&hits[nhits++], (slot))
	if (klen == 0) {
		for (size_t r = 0; r < ix.norder && nhits < (size_t)limit; r++)
			if (slot_wanted(ix.order[r], area_id, include_inactive))
				HIT(ix.order[r]);
	} else if ((hi = words_bound(key, klen, 1)) - (lo = words_bound(key, klen, 0)) <= ix.norder / 16) {
		/* few matches: sort their ranks (a name may match at two words) */
		uint32_t *ranks = xmalloc((hi - lo + 1) * sizeof *ranks);
		size_t nr = hi - lo;

		for (size_t i = lo; i < hi; i++)
			ranks[i - lo] = ix.rank[ix.w[i].slot];
		qsort(ranks, nr, sizeof *ranks, rank_cmp);
		for (size_t i = 0; i < nr && nhits < (size_t)limit; i++)
			if ((i == 0 || ranks[i] != ranks[i - 1]) && slot_wanted(ix.order[ranks[i]], area_id, include_inactive))
				HIT(ix.order[ranks[i]]);
		free(ranks);
	} else {
		/* many: mark them, then walk the order until the limit */
		for (size_t i = lo; i < hi; i++)
			ix.mark[ix.rank[ix.w[i].slot]] = 1;
		for (size_t r = 0; r < ix.norder && nhits < (size_t)limit; r++)
			if (ix.mark[r] && slot_wanted(ix.order[r], area_id, include_inactive))
				HIT(ix.order[r]);
		for (size_t i = lo; i < hi; i++)
			ix.mark[ix.rank[ix.w[i].slot]] = 0;
	}
#undef HIT
	if (nhits == 0) {
		free(hits);
		hits = NULL;
	}
	*out = hits;
	*n = nhits;
	return 0;
}
