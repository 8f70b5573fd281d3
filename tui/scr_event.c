/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
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
	char help[1600];
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
	s->ctx.proposed_order = family_proposed_birth_order(facts.previous_births);
	s->ctx.living_children = s->subject.children_living;
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

/* 1 if a finding about field `finding` is shown on form field `id`: the
 * person's findings on the mother's field, others on their own field. */
static int
ev_finding_on(const char *finding, const char *id)
{
	if (finding == NULL)
		return 0;
	if (strcmp(finding, "member_id") == 0 || strcmp(finding, "household") == 0)
		return strcmp(id, "mother") == 0;
	return strcmp(finding, id) == 0;
}

/* The findings a save would give now (nothing saved); -1 on a storage
 * error (shown). */
static int
ev_findings(evscr *s, rule_result *r)
{
	event ev = s->ev;
	member person;
	ds_err err = {0};

	member_init(&person);
	event_form_read(&s->fs.f, &s->ctx, &ev, &person);
	if (record_check_in(ses.d, ses.period, &ev, ev.kind == EV_BIRTH || ev.kind == EV_MOVE_IN ? &person : NULL, r,
	                    &err) != 0) {
		app_error(L("Kiểm tra", "Checking"), err.msg);
		return -1;
	}
	return 0;
}

/* The mother chosen in the form becomes the event's subject; the birth
 * order is proposed again for her unless it was typed. */
static void
ev_take_mother(evscr *s)
{
	long i = form_get_long(&s->fs.f, "mother");
	form_field *order = form_find(&s->fs.f, "birth_order");
	char buf[16];

	if (i < 1 || (size_t)i > s->ctx.npeople || s->people[i - 1].id == s->subject.id)
		return;
	s->subject = s->people[i - 1];
	s->ev.member_id = s->subject.id;
	ev_facts(s);
	if (order != NULL && !order->edit.edited) {
		str_printf(buf, sizeof buf, "%d", s->ctx.proposed_order);
		form_set(&s->fs.f, "birth_order", buf);
	}
}

/* The form's field hook: the rules about the field just left (a male
 * mother, a person out of the area, an implausible value). An error keeps
 * the cursor there; a warning is shown as the form's hint. */
static int
ev_field_check(form *f, int index, void *ctx)
{
	evscr *s = ctx;
	const char *id = f->fields[index].id;
	rule_result r;

	if (strcmp(id, "mother") == 0)
		ev_take_mother(s);
	if (ev_findings(s, &r) != 0)
		return 0;
	for (int i = 0; i < r.count; i++)
		if (r.items[i].severity == RULE_ERROR && ev_finding_on(r.items[i].field, id)) {
			form_set_error(f, id, r.items[i].message);
			return -1;
		}
	for (int i = 0; i < r.count; i++)
		if (ev_finding_on(r.items[i].field, id)) {
			char msg[FORM_MSG_LEN];
			str_printf(msg, sizeof msg, "%s %s", L("Cảnh báo:", "Warning:"), r.items[i].message);
			form_set_message(f, msg, 0);
		}
	return 0;
}

/* As the form opens: what is already known to be wrong (a locked month,
 * a person out of the area, a man as a mother, a person who left) is said
 * at once, not after the whole form is filled. */
static void
ev_open_check(evscr *s)
{
	rule_result r;

	if (ev_findings(s, &r) != 0)
		return;
	for (int i = 0; i < r.count; i++) {
		const char *fld = r.items[i].field;
		int about_person = fld != NULL && (strcmp(fld, "member_id") == 0 || strcmp(fld, "household") == 0);
		int locked = r.items[i].rule_id != NULL && strcmp(r.items[i].rule_id, "event.period_locked") == 0;

		if (r.items[i].severity == RULE_ERROR && (about_person || locked)) {
			form_set_message(&s->fs.f, r.items[i].message, 1);
			return;
		}
	}
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

/* What the F1 help says of each kind, in event_kind order. */
static const struct {
	const char *vi, *en;
} kind_help[EV_KIND_COUNT] = {
	{"Sinh: người mẹ được chọn sẵn (Shift-Tab để đổi, gõ số thứ tự của người mẹ trong hộ). Gõ tên trẻ (Telex), "
	 "giới tính 1 trai / 2 gái. Con thứ mấy được đề xuất theo sổ; nơi sinh đề xuất là bệnh viện. Cân nặng ghi "
	 "bằng gam (3200) hoặc kg có dấu phẩy (3,2). Lưu xong trẻ được thêm vào hộ.",
	 "Birth: the mother is chosen (Shift-Tab to change her: her number in the household). Type the child's name, "
	 "sex 1 boy / 2 girl. Birth order is proposed from the register, place of birth hospital. Weight in grams "
	 "(3200) or kilograms with a comma (3,2). The child joins the household when saved."},
	{"Sàng lọc sơ sinh của trẻ đang chọn: mỗi bệnh gõ c nếu đã sàng lọc, k nếu chưa (đề xuất là đã sàng lọc cả năm).",
	 "Newborn screening of the selected child: for each condition type y if screened, n if not (all five are "
	 "proposed as screened)."},
	{"Chết: ngày mất và nguyên nhân (F3 để chọn, không bắt buộc). Người này sẽ hiện mờ trong hộ.",
	 "Death: the date and the cause (F3 to pick, optional). The person is then dimmed in the household."},
	{"Chuyển đến: một người mới vào hộ. Ghi nơi chuyển đến từ đâu, rồi các thông tin của người đó như ở màn hình "
	 "nhân khẩu (họ tên, quan hệ, giới tính, ngày sinh...).",
	 "Move in: a new person joins the household. Where from, then the person's details as on the member form "
	 "(name, relation, sex, date of birth...)."},
	{"Chuyển đi: c nếu chuyển trong xã (khi đó chọn địa bàn mới), k nếu đi nơi khác; ghi nơi chuyển đến.",
	 "Move out: y if inside the commune (then choose the new area), n if elsewhere; where to."},
	{"Thay đổi thông tin: chọn thông tin cần đổi (F3), gõ giá trị mới (mã, hoặc ngày dạng yyyy-mm-dd).",
	 "Change of details: choose the detail (F3), type the new value (a code, or a date as yyyy-mm-dd)."},
	{"Bắt đầu dùng biện pháp tránh thai: biện pháp và nơi cung cấp (F3 để chọn). Nếu người này đang dùng đúng "
	 "biện pháp đó, danso cảnh báo để không tính hai lần.",
	 "Contraception start: the method and the provider (F3 to pick). If she already uses that method danso warns, "
	 "so she is not counted twice."},
	{"Thôi dùng biện pháp: biện pháp đang dùng được đề xuất; chọn lý do thôi (F3).",
	 "Contraception stop: the method in use is proposed; choose the reason (F3)."},
	{"Mang thai / sẩy / phá thai: loại (1 mang thai...) và lần mang thai thứ mấy. Nếu người này đang dùng biện "
	 "pháp tránh thai, danso nhắc ghi cả việc thôi dùng.",
	 "Pregnancy / miscarriage / abortion: the kind and the pregnancy number. If she is recorded as using a method, "
	 "danso reminds you to record the stop too."},
	{"Sàng lọc trước sinh: tuổi thai từ 4 đến 42 tuần; mỗi bệnh gõ c nếu đã sàng lọc, k nếu chưa.",
	 "Prenatal screening: gestational week 4 to 42; for each condition y if screened, n if not."},
	{"Khám sức khoẻ người cao tuổi (từ 60 tuổi): chỉ cần ngày khám; mỗi người tính một lần mỗi năm.",
	 "Elderly health check (60 or more): only the date; counted once a year per person."},
	{"Kết hôn: chọn vợ/chồng trong hộ (bố mẹ và con của người này không có trong danh sách) hoặc gõ tên nếu ở "
	 "ngoài hộ; đã tư vấn/khám trước kết hôn: c hoặc k.",
	 "Marriage: choose the spouse in the household (the person's parents and children are not listed) or type "
	 "the name if outside; premarital check: y or n."},
	{"Ly hôn: chọn vợ/chồng trong hộ hoặc gõ tên nếu ở ngoài hộ.",
	 "Divorce: choose the spouse in the household or type the name if outside."},
};

/* The F1 help text: the kind's own, then what every event form shares. */
static const char *
ev_help(screen *sc)
{
	evscr *s = (evscr *)sc;
	event_kind k = s->ctx.kind;

	str_printf(s->help, sizeof s->help, "%s\n\n%s", (unsigned)k < EV_KIND_COUNT ? L(kind_help[k].vi, kind_help[k].en) : "",
	           L("Ngày phải nằm trong tháng làm việc: gõ 15 (ngày 15 của tháng làm việc), 15/10/2026, 15102026 hoặc "
	             "1510; ngày đề xuất nằm trong tháng. Ô có dấu * là bắt buộc; ô đã có giá trị đề xuất thì Enter để "
	             "nhận, gõ để thay. F2 lưu bất cứ lúc nào. Rời mỗi ô là danso kiểm tra ngay: lỗi thì con trỏ ở lại, "
	             "cảnh báo hiện dưới biểu mẫu. Không mất gì đã gõ khi lưu không được.",
	             "The date must be in the working month: 15 (the 15th of the working month), 15/10/2026, 15102026 or "
	             "1510; the date proposed is inside the month. Fields with * are required; a proposed value is kept "
	             "with Enter, typing replaces it. F2 saves at any time. Each field is checked as you leave it: an "
	             "error keeps the cursor there, a warning shows under the form. Nothing typed is lost when a save "
	             "fails."));
	return s->help;
}

static const screen_ops ev_ops = {
	ev_title, form_screen_draw, form_screen_key, NULL, ev_destroy, form_screen_keys, ev_help,
	form_screen_unsaved,
};


/* A birth opened on a row that cannot be the mother (the head, a child):
 * the household's first woman aged 15 to 49 is proposed instead; she can
 * be changed in the form. */
static void
ev_propose_mother(evscr *s)
{
	char on[DATE_LEN];
	period p;

	if (s->ctx.subject != NULL && s->subject.sex == SEX_FEMALE)
		return;
	if (period_parse(ses.period, &p, NULL) != 0)
		return;
	period_last_day(&p, on);
	for (size_t i = 0; i < s->ctx.npeople; i++) {
		int age = rules_age_on(s->people[i].birth_date, on);
		if (s->people[i].sex == SEX_FEMALE && age >= 15 && age <= 49) {
			s->subject = s->people[i];
			s->ctx.subject = &s->subject;
			s->ev.member_id = s->subject.id;
			return;
		}
	}
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
	if (kind == EV_BIRTH && !s->ctx.editing)
		ev_propose_mother(s);
	if (!s->ctx.editing)
		ev_facts(s);
	str_printf(s->title, sizeof s->title, "%s%s", s->ctx.editing ? L("Sửa: ", "Correct: ") : "", event_kind_label(kind));
	form_init(&s->fs.f, ses.today, app_ime);
	event_form_build(&s->fs.f, &s->ctx);
	event_form_fill(&s->fs.f, &s->ctx, &s->ev, "");
	if (!s->ctx.editing) {
		/* the previous entry's date if in the month, else one inside it */
		ui_month_date(&s->fs.f, "date", PROPOSE_EVENT);
		if (strncmp(ses.carry_date, ses.period, 7) == 0)
			form_set(&s->fs.f, "date", ses.carry_date);
	} else {
		form_set_period(&s->fs.f, ses.period);
		form_find(&s->fs.f, "date")->of_period = 1;
	}
	if (s->ctx.editing && s->ev.related_member_id != 0 && kind == EV_BIRTH) {
		member child;
		if (db_member_get(ses.d, s->ev.related_member_id, &child, &err) == 0)
			form_set(&s->fs.f, "child_name", child.full_name);
	}
	s->fs.f.check = ev_field_check;
	s->fs.f.check_ctx = s;
	ev_open_check(s);
	s->fs.f.dirty = 0;
	return &s->fs.base;
}
