/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_tui_keys.c: key handling of the interface's widgets, without a
 * terminal: the line editor, forms and pick lists. */
#include "config.h"

#include "tui/dialog.h"
#include "tui/form.h"
#include "tui/keys.h"
#include "tui/lineedit.h"
#include "tui/listview.h"
#include "tui/textview.h"
#include "domain/ime.h"
#include "domain/i18n.h"
#include "domain/utf8.h"
#include "tests/tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Type a UTF-8 string into an editor one code point at a time. */
static int
type_into(lineedit *le, const char *s)
{
	int r = LE_IGNORED;

	while (*s != '\0')
		r = lineedit_handle_key(le, (int)utf8_decode(&s));
	return r;
}

/* Type into the focused field of a form; returns the last result. */
static int
type_form(form *f, const char *s)
{
	int r = FORM_NONE;

	for (; *s != '\0'; s++)
		r = form_handle_key(f, (unsigned char)*s);
	return r;
}

/* A stand-in typing method: "dd" becomes "đ". */
static int
fake_ime(const char *word, uint32_t key, char *out, size_t n)
{
	size_t len = strlen(word);

	if (key != 'd' || len == 0 || word[len - 1] != 'd')
		return 0;
	snprintf(out, n, "%.*s\xc4\x91", (int)(len - 1), word);
	return 1;
}

/* The interface's typing-method hook, in Telex (as app_ime does). */
static int
telex(const char *word, uint32_t key, char *out, size_t n)
{
	ime_process(IME_TELEX, word, key, out, n);
	return 1;
}

/* Names typed in Telex through the line editor. */
static void
test_telex(void)
{
	lineedit le;

	lineedit_init(&le, 50, LE_ANY);
	le.ime = telex;
	type_into(&le, "Nguyeenx Thij Hoaf");
	is_str(le.text, "Nguyễn Thị Hoà", "Telex: Nguyeenx Thij Hoaf");
	lineedit_set(&le, "");
	type_into(&le, "Traanf Dduwcs Anh");
	is_str(le.text, "Trần Đức Anh", "Telex: Traanf Dduwcs Anh");
	lineedit_set(&le, "");
	type_into(&le, "Lê Thị Hồng");
	is_str(le.text, "Lê Thị Hồng", "text from a system input method passes unchanged with Telex on");
	lineedit_set(&le, "Nguyen");
	lineedit_handle_key(&le, K_HOME);
	type_into(&le, "x");
	is_str(le.text, "xNguyen", "at the start of a word a key is inserted as typed");
}

/* Scrolling lists and pages. */
static void
test_lists(void)
{
	listview lv = {0};
	textview tv = {0};

	lv.rows = 5;
	listview_set_count(&lv, 12);
	listview_handle_key(&lv, K_PGDN);
	is_int(lv.selected, 4, "PgDn moves a page less one");
	listview_handle_key(&lv, K_END);
	is_int(lv.selected, 11, "End: last row");
	is_int(lv.top, 7, "the last row is visible");
	listview_set_count(&lv, 3);
	is_int(lv.selected, 2, "a shorter list keeps the selection inside");
	is_int(lv.top, 0, "and scrolls back");
	textview_set(&tv, "a\nb\nc\nd\ne\n");
	is_int(tv.count, 5, "five lines");
	tv.rows = 2;
	textview_handle_key(&tv, K_END);
	is_int(tv.top, 3, "End shows the last page");
	textview_handle_key(&tv, K_PGUP);
	is_int(tv.top, 2, "PgUp");
	textview_free(&tv);
}

static void
test_lineedit(void)
{
	lineedit le;

	lineedit_init(&le, 0, LE_ANY);
	type_into(&le, "Hoà");
	is_str(le.text, "Hoà", "composed characters from a system input method are kept");
	is_int(lineedit_chars(&le), 3, "three characters");
	lineedit_handle_key(&le, K_BACKSPACE);
	is_str(le.text, "Ho", "backspace removes a whole 2-byte character");
	lineedit_handle_key(&le, K_HOME);
	lineedit_handle_key(&le, K_RIGHT);
	type_into(&le, "ạ");
	is_str(le.text, "Hạo", "insert in the middle at the cursor");
	is_int(lineedit_cursor_chars(&le), 2, "cursor after the inserted character");
	lineedit_handle_key(&le, K_DELETE);
	is_str(le.text, "Hạ", "delete removes the character under the cursor");
	lineedit_handle_key(&le, K_CTRL_U);
	is_str(le.text, "", "Ctrl-U clears");

	lineedit_init(&le, 4, LE_DIGITS);
	is_int(lineedit_handle_key(&le, 'a'), LE_REFUSED, "a letter refused in a number");
	type_into(&le, "123");
	is_int(lineedit_handle_key(&le, '4'), LE_FULL, "the 4th digit fills the field");
	is_int(lineedit_handle_key(&le, '5'), LE_REFUSED, "no room for a 5th");
	is_str(le.text, "1234", "text kept");

	lineedit_init(&le, 2, LE_DIGITS);
	lineedit_set(&le, "3");
	le.replace_on_type = 1;
	lineedit_handle_key(&le, '4');
	is_str(le.text, "4", "typing over a proposed value replaces it");

	lineedit_init(&le, 0, LE_ANY);
	le.ime = fake_ime;
	type_into(&le, "Ddd");
	is_str(le.text, "Dđ", "the typing method rewrites the word before the cursor");
	type_into(&le, " dd");
	is_str(le.text, "Dđ đ", "only the last word is offered to it");
}

/* A small form: a date, a code, a yes/no, a number, a name. */
static void
build_form(form *f)
{
	static const form_code sexes[] = {{"1", "Nam"}, {"2", "Nữ"}};
	form_field *fld;

	form_init(f, "2026-11-23", fake_ime);
	form_add(f, "who", "Người", FT_INFO, 0);
	fld = form_add(f, "date", "Ngày", FT_DATE, 0);
	fld->required = 1;
	fld = form_add(f, "sex", "Giới tính", FT_CODE, 0);
	form_set_codes(fld, sexes, 2);
	fld->required = 1;
	form_add(f, "check", "Khám", FT_YESNO, 0);
	fld = form_add(f, "order", "Con thứ", FT_NUMBER, 2);
	fld->min = 1;
	fld->max = 20;
	form_add(f, "name", "Tên", FT_NAME, 0);
}

static void
test_form(void)
{
	form f;

	i18n_set(LANG_VI);
	build_form(&f);
	is_str(f.fields[f.focus].id, "date", "an info field is skipped: focus on the date");
	type_form(&f, "3104");
	is_int(form_handle_key(&f, K_ENTER), FORM_NONE, "31/04 is refused");
	is_str(f.fields[f.focus].id, "date", "focus stays on the wrong date");
	ok(f.message_is_error && strlen(f.message) > 0, "a message says why: %s", f.message);
	form_handle_key(&f, K_CTRL_U);
	type_form(&f, "0511");
	form_handle_key(&f, K_TAB);
	is_str(form_get(&f, "date"), "2026-11-05", "ddmm takes this year");
	is_str(f.fields[1].edit.text, "05/11/2026", "the date is shown back as dd/mm/yyyy");
	is_str(f.fields[f.focus].id, "sex", "Tab moved to the next field");
	is_int(type_form(&f, "3"), FORM_NONE, "code 3 fills the field");
	is_str(f.fields[f.focus].id, "sex", "an unknown code does not move on");
	ok(f.message_is_error, "unknown code explained: %s", f.message);
	form_handle_key(&f, K_BACKSPACE);
	type_form(&f, "2");
	is_str(f.fields[f.focus].id, "check", "a full valid code moves on by itself");
	is_str(form_code_label(&f.fields[2]), "Nữ", "its label is shown");
	type_form(&f, "c");
	is_str(form_get(&f, "check"), "1", "c means yes");
	is_str(f.fields[f.focus].id, "order", "yes/no moves on by itself");
	form_handle_key(&f, K_BTAB);
	is_str(f.fields[f.focus].id, "check", "Shift-Tab goes back");
	form_handle_key(&f, K_TAB);
	type_form(&f, "25");
	form_handle_key(&f, K_ENTER);
	is_str(f.fields[f.focus].id, "order", "25 is outside 1-20");
	form_handle_key(&f, K_CTRL_U);
	type_form(&f, "3");
	form_handle_key(&f, K_ENTER);
	is_int(form_get_long(&f, "order"), 3, "number read back");
	type_form(&f, "Hoa");
	is_int(form_handle_key(&f, K_ENTER), FORM_SAVE, "Enter on the last field saves");
	ok(f.dirty, "the form knows something was typed");
	is_int(form_handle_key(&f, K_ESC), FORM_CANCEL, "Esc asks to cancel");
	form_free(&f);

	build_form(&f);
	is_int(form_handle_key(&f, K_SAVE), FORM_NONE, "F2 with a required field empty does not save");
	is_str(f.fields[f.focus].id, "date", "and points at it");
	form_handle_key(&f, K_TAB);
	form_set(&f, "date", "2026-10-01");
	form_set_error(&f, "sex", "bad");
	is_str(f.fields[f.focus].id, "sex", "a rule finding moves the focus to its field");
	is_int(form_handle_key(&f, K_F3), FORM_PICK, "F3 on a code field asks for the pick list");
	form_free(&f);
}

/* A field hook that refuses "9" in field n and warns about "8". */
static int
hook(form *f, int index, void *ctx)
{
	int *calls = ctx;

	(*calls)++;
	if (strcmp(f->fields[index].id, "n") != 0)
		return 0;
	if (strcmp(f->fields[index].edit.text, "9") == 0) {
		form_set_error(f, "n", "nine is refused");
		return -1;
	}
	if (strcmp(f->fields[index].edit.text, "8") == 0)
		form_set_message(f, "eight is odd", 0);
	return 0;
}

/* The field-level check hook runs as the cursor leaves a field. */
static void
test_form_hook(void)
{
	form f;
	int calls = 0;

	form_init(&f, "2026-11-23", NULL);
	form_add(&f, "n", "N", FT_NUMBER, 1)->max = 9;
	form_add(&f, "t", "T", FT_TEXT, 10);
	f.check = hook;
	f.check_ctx = &calls;
	is_int(form_handle_key(&f, '9'), FORM_NONE, "9 fills the field");
	is_int(f.focus, 0, "the hook keeps the cursor on a refused value");
	is_str(f.message, "nine is refused", "with the hook's message");
	is_int(calls, 1, "the hook ran once");
	form_handle_key(&f, '8');
	is_int(f.focus, 1, "a warned value lets the cursor go on");
	is_str(f.message, "eight is odd", "the warning stays as the hint");
	form_handle_key(&f, K_BTAB);
	is_int(calls, 2, "going back does not run the hook");
	form_free(&f);
}

/* A day alone in a date of the working month. */
static void
test_form_day(void)
{
	form f;
	form_field *d;

	form_init(&f, "2026-12-01", NULL);
	form_set_period(&f, "2026-11");
	d = form_add(&f, "date", "Ngày", FT_DATE, 0);
	d->of_period = 1;
	form_handle_key(&f, '1');
	form_handle_key(&f, '2');
	form_handle_key(&f, K_TAB);
	is_str(form_get(&f, "date"), "2026-11-12", "12 is the 12th of the working month");
	lineedit_set(&d->edit, "0311");
	form_handle_key(&f, K_TAB);
	is_str(form_get(&f, "date"), "2026-11-03", "ddmm takes the working month's year");
	form_free(&f);
}

static void
test_picklist(void)
{
	static const form_code eth[] = {{"01", "Kinh"}, {"02", "Tày"}, {"10", "Gia Rai"}, {"1", "x"}};
	picklist p;

	picklist_init(&p, eth, 3, "02", NULL);
	is_int(p.lv.selected, 1, "current code selected");
	is_int(picklist_handle_key(&p, '1'), PICK_NONE, "1 is a prefix of 10: not yet chosen");
	is_int(p.lv.selected, 2, "jumped to 10");
	picklist_handle_key(&p, K_BACKSPACE);
	picklist_handle_key(&p, '0');
	is_int(picklist_handle_key(&p, '1'), PICK_CHOSEN, "01 typed in full is chosen");
	is_int(p.lv.selected, 0, "Kinh");
	picklist_init(&p, eth, 3, NULL, NULL);
	picklist_handle_key(&p, K_DOWN);
	is_int(picklist_handle_key(&p, K_ENTER), PICK_CHOSEN, "Down, Enter chooses");
	is_int(p.lv.selected, 1, "the second row");
	is_int(picklist_handle_key(&p, K_ESC), PICK_CANCEL, "Esc cancels");
	{
		static const form_code places[] = {{"1", "Tại nhà"}, {"2", "Bệnh viện"}, {"3", "Trạm y tế"}};
		picklist_init(&p, places, 3, "1", telex);
		picklist_handle_key(&p, 't');
		picklist_handle_key(&p, 'r');
		picklist_handle_key(&p, 'a');
		picklist_handle_key(&p, 'j');
		is_str(p.query.text, "trạ", "a pick list's query is typed in Telex");
		is_int(p.lv.selected, 2, "trạ selects Trạm y tế by its label");
		picklist_init(&p, places, 3, "1", telex);
		picklist_handle_key(&p, 'v');
		picklist_handle_key(&p, 'i');
		picklist_handle_key(&p, 'e');
		picklist_handle_key(&p, 'e');
		is_int(p.lv.selected, 1, "a word inside the label: viee finds Bệnh viện");
	}
	/* one confirm dialog: Enter and Esc always give the safe answer */
	const confirm_q *qs[] = {&CONFIRM_DISCARD, &CONFIRM_QUIT, &CONFIRM_EXPORT, &CONFIRM_WARNINGS, &CONFIRM_SAME};
	for (size_t i = 0; i < sizeof qs / sizeof qs[0]; i++) {
		is_int(dialog_confirm_key(K_ENTER, qs[i]->letters), 0, "Enter keeps (question %zu)", i);
		is_int(dialog_confirm_key(K_ESC, qs[i]->letters), 0, "Esc keeps (question %zu)", i);
		is_int(dialog_confirm_key('k', qs[i]->letters), 0, "k keeps (question %zu)", i);
		is_int(dialog_confirm_key(qs[i]->letters[0], qs[i]->letters), 1, "its letter acts (question %zu)", i);
		is_int(dialog_confirm_key(' ', qs[i]->letters), -1, "space is no answer (question %zu)", i);
	}
	is_int(dialog_confirm_key('c', CONFIRM_DISCARD.letters), -1, "c does not drop a form");
	is_int(dialog_confirm_key('X', CONFIRM_DISCARD.letters), 1, "X drops it");
	is_int(dialog_confirm_key('c', CONFIRM_EXPORT.letters), -1, "c does not lock a month");
	is_int(dialog_confirm_key('Y', CONFIRM_WARNINGS.letters), 1, "Y saves despite warnings in English");
	is_int(dialog_confirm_key(0x1ea1, CONFIRM_DISCARD.letters), -1, "a non-ASCII letter is no answer");
}

int
main(void)
{
	setenv("DANSO_TODAY", "2026-11-23", 1);
	test_lineedit();
	test_telex();
	test_lists();
	test_form();
	test_picklist();
	test_form_hook();
	test_form_day();
	return tap_done();
}
