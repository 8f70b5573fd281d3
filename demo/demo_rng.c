/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* demo_rng.c (demo): the demo's random numbers, xoshiro256** seeded with
 * splitmix64 (docs/demo.md, "Reproducible"). */
#include "config.h"

#include "demo/demo_rng.h"

/* One step of splitmix64 (seeds xoshiro and makes uids). */
uint64_t
rng_splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void
rng_seed(demo_rng *r, uint64_t seed)
{
	uint64_t s = seed;

	for (int i = 0; i < 4; i++)
		r->s[i] = rng_splitmix64(&s);
}

/* Rotate left. */
static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t
rng_next(demo_rng *r)
{
	uint64_t *s = r->s, result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

uint32_t
rng_below(demo_rng *r, uint32_t n)
{
	return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

int
rng_range(demo_rng *r, int lo, int hi)
{
	if (hi <= lo)
		return lo;
	return lo + (int)rng_below(r, (uint32_t)(hi - lo + 1));
}

double
rng_unit(demo_rng *r)
{
	return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

int
rng_chance(demo_rng *r, double p)
{
	return rng_unit(r) < p;
}

int
rng_weighted(demo_rng *r, const double *weights, int n)
{
	double total = 0, x;

	for (int i = 0; i < n; i++)
		total += weights[i];
	x = rng_unit(r) * total;
	for (int i = 0; i < n; i++) {
		if (x < weights[i])
			return i;
		x -= weights[i];
	}
	return n - 1;
}
