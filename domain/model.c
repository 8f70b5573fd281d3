/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* model.c: names and initialisers of the register's records. */
#include "config.h"

#include "domain/model.h"
#include "domain/i18n.h"

#include <string.h>

static const struct {
	const char *name;
	const char *vi;
	const char *en;
} event_kinds[EV_KIND_COUNT] = {
	[EV_BIRTH] = {"birth", "Sinh", "Birth"},
	[EV_NEWBORN_SCREENING] = {"newborn_screening", "Sàng lọc sơ sinh", "Newborn screening"},
	[EV_DEATH] = {"death", "Chết", "Death"},
	[EV_MOVE_IN] = {"move_in", "Chuyển đến", "Move in"},
	[EV_MOVE_OUT] = {"move_out", "Chuyển đi", "Move out"},
	[EV_DETAIL_CHANGE] = {"detail_change", "Thay đổi thông tin", "Change of details"},
	[EV_FP_START] = {"fp_start", "Sử dụng BPTT mới", "Contraception start/switch"},
	[EV_FP_STOP] = {"fp_stop", "Thôi sử dụng BPTT", "Contraception stop"},
	[EV_PREGNANCY] = {"pregnancy", "Mang thai / sẩy / phá thai", "Pregnancy event"},
	[EV_PRENATAL_SCREENING] = {"prenatal_screening", "Sàng lọc trước sinh", "Prenatal screening"},
	[EV_ELDERLY_CHECK] = {"elderly_check", "Khám SK người cao tuổi", "Elderly health check"},
	[EV_MARRIAGE] = {"marriage", "Kết hôn", "Marriage"},
	[EV_DIVORCE] = {"divorce", "Ly hôn", "Divorce"},
};

/* Export vocabulary name of an event kind. */
const char *
event_kind_name(event_kind kind)
{
	if ((unsigned)kind >= EV_KIND_COUNT)
		return "unknown";
	return event_kinds[kind].name;
}

/* Label of an event kind in the interface language. */
const char *
event_kind_label(event_kind kind)
{
	if ((unsigned)kind >= EV_KIND_COUNT)
		return "?";
	return L(event_kinds[kind].vi, event_kinds[kind].en);
}

/* Find the kind with this export name. */
int
event_kind_parse(const char *name, event_kind *out)
{
	for (int k = 0; k < EV_KIND_COUNT; k++) {
		if (strcmp(event_kinds[k].name, name) == 0) {
			*out = (event_kind)k;
			return 0;
		}
	}
	return -1;
}

/* An empty household. */
void
household_init(household *h)
{
	memset(h, 0, sizeof *h);
	strcpy(h->kind, "1");
}

/* An empty member with the usual defaults (Kinh, never married, present). */
void
member_init(member *m)
{
	memset(m, 0, sizeof *m);
	strcpy(m->ethnicity, "01");
	strcpy(m->marital, "1");
	strcpy(m->residence, "1");
}

/* An empty event of the given kind. */
void
event_init(event *e, event_kind kind)
{
	memset(e, 0, sizeof *e);
	e->kind = kind;
}
