/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * demo_rng.h (demo): seeded random numbers for the demo generator,
 * xoshiro256** seeded with splitmix64, so that a seed gives the same
 * commune on every machine (docs/demo.md, "Reproducible"). The bottom of
 * demo/: it includes nothing of the project.
 */
#ifndef DANSO_DEMO_RNG_H
#define DANSO_DEMO_RNG_H

#include <stdint.h>

typedef struct demo_rng {
	uint64_t s[4];
} demo_rng;

/* One step of splitmix64 on *state (seeds xoshiro and makes uids). */
uint64_t rng_splitmix64(uint64_t *state);
void rng_seed(demo_rng *r, uint64_t seed);
uint64_t rng_next(demo_rng *r);
/* Uniform in [0, n) (n > 0). */
uint32_t rng_below(demo_rng *r, uint32_t n);
/* Uniform in [lo, hi]. */
int rng_range(demo_rng *r, int lo, int hi);
/* Uniform in [0, 1). */
double rng_unit(demo_rng *r);
/* 1 with probability p. */
int rng_chance(demo_rng *r, double p);
/* An index drawn with the given weights (sum > 0). */
int rng_weighted(demo_rng *r, const double *weights, int n);

#endif
