/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* check.c (db): the register's consistency rules. */
#include "config.h"

#include "db/check.h"
#include "db/internal.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>

/* Every query returns (something that names the row, detail); the message
 * texts take them in that order. */
static const struct consistency_rule {
	const char *sql;
	const char *vi;
	const char *en;
} rules[] = {
	{"SELECT h.number, m.full_name FROM household h JOIN member m ON m.id = h.head_member_id "
	 "WHERE m.household_id <> h.id",
	 "Hộ %s: chủ hộ %s không phải thành viên của hộ.",
	 "Household %s: head %s is not a member of the household."},
	{"SELECT h.number, m.full_name FROM member m JOIN household h ON h.id = m.household_id "
	 "WHERE m.status = 0 AND h.status <> 0",
	 "Hộ %s đã chuyển đi/giải thể nhưng %s vẫn đang được tính là nhân khẩu.",
	 "Household %s has left or dissolved but %s is still counted as a member."},
	{"SELECT e.uid, e.event_date FROM event e WHERE e.period <> substr(e.event_date, 1, 7)",
	 "Sự kiện %s: tháng báo cáo không khớp với ngày %s.",
	 "Event %s: its reporting month does not match its date %s."},
	{"SELECT m.full_name, e.event_date FROM event e JOIN member m ON m.id = e.member_id "
	 "WHERE e.kind = 'birth' AND e.cancelled = 0 AND m.sex <> 2",
	 "Người mẹ %s (sinh ngày %s) không phải nữ.",
	 "Mother %s (birth on %s) is not female."},
	{"SELECT m.full_name, e.kind || ' ' || e.event_date FROM event e JOIN member m ON m.id = e.member_id "
	 "WHERE e.cancelled = 0 AND m.left_on <> '' AND e.event_date > m.left_on",
	 "%s đã chết/chuyển đi nhưng còn sự kiện sau đó: %s.",
	 "%s died or left but has a later event: %s."},
	{"SELECT c.full_name, e.event_date FROM event e JOIN member c ON c.id = e.related_member_id "
	 "WHERE e.kind = 'birth' AND e.cancelled = 0 AND c.birth_date <> e.event_date",
	 "Trẻ %s: ngày sinh khác ngày của sự kiện sinh (%s).",
	 "Child %s: birth date differs from the birth event (%s)."},
	{"SELECT h.number, h.status FROM household h WHERE h.status = 0 AND NOT EXISTS "
	 "(SELECT 1 FROM member m WHERE m.household_id = h.id AND m.status = 0)",
	 "Hộ %s đang hoạt động nhưng không còn nhân khẩu nào (trạng thái %s).",
	 "Household %s is active but has no members left (status %s)."},
	{"SELECT m.full_name, m.children_born FROM member m WHERE m.children_born < (SELECT count(*) FROM event e"
	 " WHERE e.member_id = m.id AND e.kind = 'birth' AND e.cancelled = 0)",
	 "%s: số con đã sinh (%s) ít hơn số lần sinh đã ghi trong sổ.",
	 "%s: live births (%s) fewer than the births the register records."},
	{"SELECT m.full_name, m.birth_date FROM member m WHERE m.birth_date > m.entered_on AND length(m.birth_date) = 10",
	 "%s: ngày sinh %s sau ngày vào sổ.",
	 "%s: birth date %s is after the date of entry."},
};

/* Run every consistency rule and report each problem found. */
int
db_check_consistency(db *d, check_problem_fn report, void *ctx, ds_err *err)
{
	int problems = 0;

	for (size_t i = 0; i < ARRAY_LEN(rules); i++) {
		sqlite3_stmt *st = db_stmt(d, rules[i].sql);
		int rc;

		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			char a[200], b[200], msg[600];

			db_column_text(st, 0, a, sizeof a);
			db_column_text(st, 1, b, sizeof b);
			snprintf(msg, sizeof msg, L(rules[i].vi, rules[i].en), a, b);
			report(ctx, msg);
			problems++;
		}
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return db_fail(d, err, L("Kiểm tra dữ liệu", "Checking the data"));
	}
	return problems;
}
