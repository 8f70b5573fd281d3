/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * event_form.h: the fields of each event kind (docs/domain.md, section 4) as a
 * form, and the conversion between the form and an event record. Used by
 * scr_event.c; the choices of code fields come from the database.
 */
#ifndef DANSO_TUI_EVENT_FORM_H
#define DANSO_TUI_EVENT_FORM_H

#include "tui/form.h"
#include "domain/model.h"

#include <stddef.h>

/* What the form needs to know besides the event. */
typedef struct event_ctx {
	event_kind kind;
	int editing;                 /* correcting a stored event */
	const member *subject;       /* NULL for move in / whole household */
	const member *people;        /* the household's active members */
	size_t npeople;
	const area *areas;
	size_t nareas;
	int proposed_order;          /* birth order the register suggests */
	int living_children;         /* the woman's children living (her history) */
	char current_method[CODE_LEN];
} event_ctx;

/* Add the fields of ctx->kind to f (after an info line and the date). */
void event_form_build(form *f, const event_ctx *ctx);

/* Show a stored event (or the defaults of a new one when ev->id is 0). */
void event_form_fill(form *f, const event_ctx *ctx, const event *ev, const char *default_date);

/* Read the form into ev (kind-specific fields) and, for a birth or a move
 * in, the new person. */
void event_form_read(const form *f, const event_ctx *ctx, event *ev, member *person);

/* The label of a member column a change of details sets ("residence" ->
 * "Cư trú" / "Residence"); the column's own name for any other. */
const char *event_form_detail_label(const char *field);

#endif
