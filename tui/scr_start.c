/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* scr_start.c: the first screen: who is working, on which area and month. */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/keys.h"
#include "tui/term.h"
#include "app/auth.h"
#include "domain/auth_policy.h"
#include "db/register.h"
#include "db/users.h"
#include "domain/i18n.h"
#include "domain/period.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct start {
	screen base;
	form f;
	user_account *users;
	size_t nusers;
	area *areas;
	size_t nareas;
	char last_user[CODE_LEN];
} start;

/* Parse "mm/yyyy", "m/yyyy", "mmyyyy" or "yyyy-mm" into "YYYY-MM". */
static int
parse_month(const char *text, char *out, ds_err *err)
{
	int m = 0, y = 0;
	char iso[16], tail;
	period p;

	if (sscanf(text, "%d/%d%c", &m, &y, &tail) == 2 || sscanf(text, "%4d-%2d%c", &y, &m, &tail) == 2 ||
	    (strlen(text) == 6 && sscanf(text, "%2d%4d", &m, &y) == 2)) {
		str_printf(iso, sizeof iso, "%04d-%02d", y, m);
		if (period_parse(iso, &p, err) == 0) {
			period_format(&p, out);
			return 0;
		}
		return -1;
	}
	return ds_err_set(err, L("Tháng phải gõ dạng tháng/năm, ví dụ 10/2026", "Type the month as mm/yyyy, e.g. 10/2026"));
}

/* The user and area fields' choices. */
static void
start_load(start *s)
{
	ds_err err = {0};
	form_code *c;
	size_t n;

	if (db_user_list(ses.d, &s->users, &s->nusers, &err) != 0 ||
	    db_area_list(ses.d, &s->areas, &s->nareas, &err) != 0) {
		app_error(L("Đọc CSDL", "Reading the database"), err.msg);
		return;
	}
	c = xcalloc(s->nusers + s->nareas + 1, sizeof *c);
	for (n = 0; n < s->nusers; n++) {
		str_printf(c[n].code, sizeof c[n].code, "%zu", n + 1);
		str_printf(c[n].label, sizeof c[n].label, "%s (%s)", s->users[n].full_name, s->users[n].login);
	}
	form_set_codes(form_find(&s->f, "user"), c, n);
	str_copy(c[0].code, sizeof c[0].code, "0");
	str_copy(c[0].label, sizeof c[0].label, L("Cả xã", "Whole commune"));
	for (n = 0; n < s->nareas; n++) {
		str_printf(c[n + 1].code, sizeof c[n + 1].code, "%d", s->areas[n].number);
		str_printf(c[n + 1].label, sizeof c[n + 1].label, "%s", s->areas[n].name);
	}
	form_set_codes(form_find(&s->f, "area"), c, s->nareas + 1);
	free(c);
}

/* Propose the area of the user chosen. */
static void
start_follow_user(start *s)
{
	const char *u = form_get(&s->f, "user");
	long i;
	char num[16] = "0";

	if (strcmp(u, s->last_user) == 0 || str_to_long(u, &i) != 0 || i < 1 || (size_t)i > s->nusers)
		return;
	if (s->last_user[0] != '\0')
		lineedit_set(&form_find(&s->f, "pin")->edit, "");  /* another person: another PIN */
	str_copy(s->last_user, sizeof s->last_user, u);
	for (size_t a = 0; a < s->nareas; a++)
		if (s->areas[a].id == s->users[i - 1].area_id)
			str_printf(num, sizeof num, "%d", s->areas[a].number);
	form_set(&s->f, "area", num);
}

/* An account without a PIN sets one now (asked twice); 0 when set. A weak
 * PIN is refused at once, before it is typed again. */
static int
start_new_pin(const char *login, ds_err *err)
{
	char pin[AUTH_SECRET_MAX + 2], again[AUTH_SECRET_MAX + 2], question[600];
	const char *ask = L("Tài khoản chưa có mã PIN. Đặt mã PIN mới (ít nhất 4 ký tự, không dễ đoán):",
	                    "This account has no PIN yet. Choose a new PIN (4 characters or more, not easy to guess):");
	ds_err weak = {0};
	int rc = -1;

	str_copy(question, sizeof question, ask);
	for (;;) {
		if (!dialog_secret(question, pin, sizeof pin))
			return ds_err_set(err, L("Chưa đặt mã PIN.", "No PIN was set."));
		ds_err_clear(&weak);
		if (auth_secret_form_ok(pin, &weak) == 0)
			break;
		str_printf(question, sizeof question, "%s\n%s", weak.msg, ask);
	}
	if (!dialog_secret(L("Gõ lại mã PIN mới:", "Type the new PIN again:"), again, sizeof again))
		ds_err_set(err, L("Chưa đặt mã PIN.", "No PIN was set."));
	else if (strcmp(pin, again) != 0)
		ds_err_set(err, L("Hai lần gõ mã PIN không giống nhau.", "The two PINs differ."));
	else
		rc = auth_set_pin(ses.d, login, pin, err);
	memset(pin, 0, sizeof pin);
	memset(again, 0, sizeof again);
	return rc;
}

/* Log in with the user and PIN of the form; 0 when the handle acts as u. */
static int
start_login(start *s, user_account *u)
{
	const char *login = s->users[form_get_long(&s->f, "user") - 1].login;
	form_field *pin = form_find(&s->f, "pin");
	ds_err err = {0};
	auth_status st = auth_login(ses.d, login, pin->edit.text, u, &err);

	if (st == AUTH_NO_PIN) {
		if (start_new_pin(login, &err) == 0) {
			app_message(0, "%s", L("Đã đặt mã PIN.", "PIN set."));
			lineedit_set(&pin->edit, "");
			return 0;
		}
	}
	lineedit_set(&pin->edit, "");
	if (st == AUTH_OK)
		return 0;
	form_set_error(&s->f, "pin", err.msg);
	return -1;
}

/* Enter the session with the form's choices. */
static void
start_go(start *s)
{
	long a = form_get_long(&s->f, "area");
	user_account u;
	area chosen = {0};
	ds_err err = {0};
	char month[PERIOD_LEN];

	if (parse_month(form_get(&s->f, "month"), month, &err) != 0) {
		form_set_error(&s->f, "month", err.msg);
		return;
	}
	for (size_t i = 0; i < s->nareas; i++)
		if (s->areas[i].number == a)
			chosen = s->areas[i];
	/* an area the account may not work on is refused before the PIN is
	 * tried: no failed login is counted, the PIN stays typed and the
	 * cursor waits on the area, the one field to retype */
	if (!auth_can_see_area(&s->users[form_get_long(&s->f, "user") - 1], chosen.id)) {
		form_set_error(&s->f, "area", L("Cộng tác viên chỉ làm việc trên địa bàn của mình: chọn lại địa bàn.",
		                                "A collaborator works on their own area only: choose the area again."));
		return;
	}
	if (start_login(s, &u) != 0)
		return;
	if (!auth_can_see_area(&u, chosen.id)) {
		db_set_user(ses.d, 0);
		form_set_error(&s->f, "pin", L("Cộng tác viên chỉ làm việc trên địa bàn của mình.",
		                                "A collaborator works on their own area only."));
		return;
	}
	ses.user = u;
	ses.ar = chosen;
	str_copy(ses.period, sizeof ses.period, month);
	app_push(scr_home_new());
}

/* The title bar text of the screen. */
static const char *
start_title(screen *sc)
{
	return L("Bắt đầu", "Start");
}

/* Draw the body from the screen's state. */
static void
start_draw(screen *sc, int top, int rows)
{
	start *s = (start *)sc;
	char head[256];

	str_printf(head, sizeof head, "%s %s", L("Xã/phường:", "Commune:"), ses.commune);
	ui_draw_form(&s->f, head, top, rows);
}

/* Handle one key. */
static void
start_key(screen *sc, int key)
{
	start *s = (start *)sc;
	int r = form_handle_key(&s->f, key);

	start_follow_user(s);
	if (r == FORM_PICK)
		ui_pick(&s->f);
	else if (r == FORM_SAVE)
		start_go(s);
	else if (r == FORM_CANCEL && dialog_confirm(L("Thoát danso?", "Quit danso?"), &CONFIRM_QUIT))
		app_quit();
}

/* Back from the session: logged out, the focus on the user. */
static void
start_resume(screen *sc)
{
	start *s = (start *)sc;

	db_set_user(ses.d, 0);
	memset(&ses.user, 0, sizeof ses.user);
	lineedit_set(&form_find(&s->f, "pin")->edit, "");
	s->f.focus = 0;
	s->f.dirty = 0;
	form_set_message(&s->f, "", 0);
}

/* Free the screen and what it owns. */
static void
start_destroy(screen *sc)
{
	start *s = (start *)sc;

	form_free(&s->f);
	free(s->users);
	free(s->areas);
	free(s);
}

/* The key line. */
static const char *
start_keys(screen *sc)
{
	return L("Enter:tiếp F3:chọn F2:vào Esc:thoát F1:giúp Ctrl-T:kiểu gõ",
	         "Enter:next F3:pick F2:enter Esc:quit F1:help Ctrl-T:typing");
}

/* The F1 help text. */
static const char *
start_help(screen *sc)
{
	return L("Chọn người dùng (gõ số hoặc F3 để chọn từ danh sách), gõ mã PIN (lần đầu chưa có mã PIN thì để "
	         "trống, danso sẽ hỏi đặt mã mới), địa bàn (0 là cả xã) và tháng làm việc "
	         "(mặc định là tháng vừa kết thúc, gõ dạng tháng/năm). Enter ở ô cuối hoặc F2 để vào.",
	         "Pick the user (type the number or F3 for the list), type the PIN (the first time, with no PIN yet, "
	         "leave it empty and danso asks for a new one), the area (0 is the whole commune) and the "
	         "working month (the last complete month by default, typed as mm/yyyy). Enter on the last field or F2 "
	         "to go in.");
}

static const screen_ops start_ops = {
	start_title, start_draw, start_key, start_resume, start_destroy, start_keys, start_help, NULL,
};

/* The start screen, proposing the collaborator and last month. */
screen *
scr_start_new(void)
{
	start *s = xcalloc(1, sizeof *s);
	period p;
	char month[16] = "";
	form_field *fld;

	s->base.ops = &start_ops;
	form_init(&s->f, ses.today, app_ime);
	fld = form_add(&s->f, "user", L("Người dùng", "User"), FT_CODE, 0);
	fld->required = 1;
	fld = form_add(&s->f, "pin", L("Mã PIN", "PIN"), FT_TEXT, AUTH_SECRET_MAX);
	fld->edit.secret = 1;
	fld = form_add(&s->f, "area", L("Địa bàn", "Area"), FT_CODE, 0);
	fld->required = 1;
	fld = form_add(&s->f, "month", L("Tháng (tháng/năm)", "Month (mm/yyyy)"), FT_TEXT, 7);
	fld->required = 1;
	start_load(s);
	if (period_last_complete_month(ses.today, &p) == 0)
		str_printf(month, sizeof month, "%02d/%04d", p.number, p.year);
	form_set(&s->f, "month", month);
	for (size_t i = 0; i < s->nusers; i++)
		if (strcmp(s->users[i].role, "collaborator") == 0 || s->nusers == 1) {
			char num[16];
			str_printf(num, sizeof num, "%zu", i + 1);
			form_set(&s->f, "user", num);
			break;
		}
	start_follow_user(s);
	return &s->base;
}
