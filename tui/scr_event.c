/* scr_event.c: record a new event of one kind, or correct a stored one,
 * through the domain's rules (errors block, warnings ask). */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/event_form.h"
#include "tui/keys.h"
#include "app/record.h"
#include "db/events.h"
#include "db/register.h"
#include "domain/family.h"
#include "domain/i18n.h"
#include "domain/period.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct evscr {
	form_screen fs;        /* first: the screen, the form, its heading */
	event ev;              /* the stored event when correcting */
	event_ctx ctx;
	member subject;
	member *people;
	area *areas;
	char title[120];
} evscr;

/* The key of each kind in the event menu, in event_kind order. */
static const char kind_keys[] = "123456789abcd";

/* The kind of event a menu key chooses; 1 if any. */
int
scr_event_kind_key(int key, event_kind *kind)
{
	const char *at = key > 0 && key < 0x80 ? strchr(kind_keys, key) : NULL;

	if (at == NULL || key == 0)
		return 0;
	*kind = (event_kind)(at - kind_keys);
	return 1;
}

/* Ask which kind of event to record; 1 with *kind set. */
int
scr_event_menu(event_kind *kind)
{
	const char *items[EV_KIND_COUNT];
	char text[EV_KIND_COUNT][80];
	size_t chosen;

	for (int k = 0; k < EV_KIND_COUNT; k++) {
		str_printf(text[k], sizeof text[k], "%c. %s", kind_keys[k], event_kind_label((event_kind)k));
		items[k] = text[k];
	}
	if (!dialog_menu(L("Ghi biến động", "Record an event"), items, EV_KIND_COUNT, &chosen))
		return 0;
	*kind = (event_kind)chosen;
	return 1;
}

/* Gather what the form proposes: birth order, children, current method. */
static void
ev_facts(evscr *s)
{
	event probe;
	rule_facts facts;
	member buf;
	ds_err err = {0};
	period p;

	if (s->ctx.subject == NULL)
		return;
	event_init(&probe, s->ctx.kind == EV_FP_STOP ? EV_FP_STOP : EV_BIRTH);
	probe.member_id = s->subject.id;
	probe.household_id = s->subject.household_id;
	if (period_parse(ses.period, &p, &err) == 0)
		period_last_day(&p, probe.date);
	memset(&facts, 0, sizeof facts);
	if (db_rule_facts(ses.d, &probe, &buf, &facts, &err) != 0)
		return;
	s->ctx.proposed_order = family_proposed_birth_order(facts.previous_births, s->subject.relation, s->people,
	                                                    s->ctx.npeople);
	s->ctx.living_children = facts.previous_births;
	str_copy(s->ctx.current_method, sizeof s->ctx.current_method, facts.current_method);
}

/* Load the household's people, the areas and the subject. */
static int
ev_load(evscr *s, int64_t household_id, int64_t member_id)
{
	ds_err err = {0};
	household hh;
	size_t n = 0;

	if (db_member_list(ses.d, household_id, 0, &s->people, &n, &err) != 0 ||
	    db_area_list(ses.d, &s->areas, &s->ctx.nareas, &err) != 0 ||
	    db_household_get(ses.d, household_id, &hh, &err) != 0 ||
	    (member_id != 0 && db_member_get(ses.d, member_id, &s->subject, &err) != 0)) {
		app_error(L("Đọc CSDL", "Reading the database"), err.msg);
		return -1;
	}
	s->ctx.people = s->people;
	s->ctx.npeople = n;
	s->ctx.areas = s->areas;
	s->ctx.subject = member_id != 0 ? &s->subject : NULL;
	str_printf(s->fs.heading, sizeof s->fs.heading, "%s %s  %s %.2s/%.4s", L("Hộ số", "Household"), hh.number,
	           L("Tháng", "Month"), ses.period + 5, ses.period);
	return 0;
}

/* Point the form at the first finding that names a field. */
static void
ev_point(evscr *s, const rule_result *r, const ds_err *err, record_status st)
{
	const char *field = NULL, *msg = record_status_message(st, r, err);

	for (int i = 0; r != NULL && i < r->count && field == NULL; i++)
		if (r->items[i].field != NULL && form_find(&s->fs.f, r->items[i].field) != NULL)
			field = r->items[i].field;
	if (field == NULL && err->field[0] != '\0' && form_find(&s->fs.f, err->field) != NULL)
		field = err->field;
	form_set_error(&s->fs.f, field, msg);
}

/* Run the save through the rules, asking about warnings once. */
static void
ev_save(form_screen *fs)
{
	evscr *s = (evscr *)fs;
	event ev = s->ev;
	member person;
	rule_result r;
	ds_err err = {0};
	record_status st;
	int editing = s->ctx.editing;

	member_init(&person);
	event_form_read(&s->fs.f, &s->ctx, &ev, &person);
	if (editing && strncmp(ev.date, ses.period, 7) != 0) {
		/* record_update has no working month: keep corrections in it */
		char msg[200];
		str_printf(msg, sizeof msg, L("Ngày: phải nằm trong tháng làm việc %.2s/%.4s (đổi tháng ở màn hình Bắt đầu)",
		                              "Date: must be in the working month %.2s/%.4s (change it on the Start screen)"),
		           ses.period + 5, ses.period);
		form_set_error(&s->fs.f, "date", msg);
		return;
	}
	for (int confirmed = 0;; confirmed = 1) {
		memset(&r, 0, sizeof r);
		ds_err_clear(&err);
		if (editing)
			st = record_update(ses.d, &ev, confirmed, &r, &err);
		else
			st = record_event_in(ses.d, ses.period, &ev,
			                     ev.kind == EV_BIRTH || ev.kind == EV_MOVE_IN ? &person : NULL, confirmed, &r, &err);
		if (st != RECORD_NEEDS_CONFIRMATION || confirmed)
			break;
		if (!dialog_findings(&r)) {
			ev_point(s, &r, &err, st);
			return;
		}
	}
	if (st == RECORD_REFUSED)
		dialog_findings(&r);
	if (st != RECORD_SAVED) {
		ev_point(s, &r, &err, st);
		return;
	}
	str_copy(ses.carry_date, sizeof ses.carry_date, ev.date);
	app_message(0, "%s: %s", editing ? L("Đã sửa", "Corrected") : L("Đã ghi", "Recorded"), event_kind_label(ev.kind));
	app_pop();
}

/* The title bar text of the screen. */
static const char *
ev_title(screen *sc)
{
	return ((evscr *)sc)->title;
}

/* Free the screen and what it owns. */
static void
ev_destroy(screen *sc)
{
	evscr *s = (evscr *)sc;

	free(s->people);
	free(s->areas);
	form_screen_destroy(sc);
}

/* The F1 help text. */
static const char *
ev_help(screen *sc)
{
	return L("Ngày phải nằm trong tháng làm việc: gõ 15/10/2026, 15102026 hoặc 1510 (năm nay); ngày của lần "
	         "ghi trước được đề xuất sẵn. Ô có dấu * là bắt buộc; ô đã có giá trị đề xuất thì Enter để nhận, "
	         "gõ để thay. Có/không: gõ c hoặc k. F2 lưu bất cứ lúc nào. Lỗi thì không lưu được và con trỏ "
	         "về ô sai; cảnh báo thì hỏi có lưu không. Không mất gì đã gõ khi lưu không được.",
	         "The date must be in the working month: 15/10/2026, 15102026 or 1510 (this year); the previous "
	         "entry's date is proposed. Fields with * are required; a proposed value is kept with Enter, typing "
	         "replaces it. Yes/no: type y or n. F2 saves at any time. An error blocks the save and points at the "
	         "field; a warning asks. Nothing typed is lost when a save fails.");
}

static const screen_ops ev_ops = {
	ev_title, form_screen_draw, form_screen_key, NULL, ev_destroy, form_screen_keys, ev_help,
};

/* The proposed date of a new event: the previous entry's, if in the month. */
static const char *
default_date(void)
{
	return strncmp(ses.carry_date, ses.period, 7) == 0 ? ses.carry_date : "";
}

/* The screen of a new event, or of the stored event event_id. */
screen *
scr_event_new(event_kind kind, int64_t household_id, int64_t member_id, int64_t event_id)
{
	evscr *s = xcalloc(1, sizeof *s);
	ds_err err = {0};

	s->fs.base.ops = &ev_ops;
	s->fs.save = ev_save;
	event_init(&s->ev, kind);
	if (event_id != 0 && db_event_get(ses.d, event_id, &s->ev, &err) == 0) {
		kind = s->ev.kind;
		household_id = s->ev.household_id;
		member_id = s->ev.member_id;
		s->ctx.editing = 1;
	}
	s->ev.household_id = household_id;
	s->ev.member_id = member_id;
	if (kind == EV_MOVE_OUT && member_id == 0)
		s->ev.whole_household = 1;
	s->ctx.kind = kind;
	ev_load(s, household_id, member_id);
	if (!s->ctx.editing)
		ev_facts(s);
	str_printf(s->title, sizeof s->title, "%s%s", s->ctx.editing ? L("Sửa: ", "Correct: ") : "", event_kind_label(kind));
	form_init(&s->fs.f, ses.today, app_ime);
	event_form_build(&s->fs.f, &s->ctx);
	event_form_fill(&s->fs.f, &s->ctx, &s->ev, default_date());
	if (s->ctx.editing && s->ev.related_member_id != 0 && kind == EV_BIRTH) {
		member child;
		if (db_member_get(ses.d, s->ev.related_member_id, &child, &err) == 0)
			form_set(&s->fs.f, "child_name", child.full_name);
	}
	s->fs.f.dirty = 0;
	return &s->fs.base;
}
