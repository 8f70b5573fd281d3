-- report_fixture.sql: a small hand-counted register for the report tests
-- (tests/unit/test_report.c, tests/cmd/report.sh). Load it with the sqlite3
-- shell into a database made by `danso init`. Every indicator's value for
-- 2025-03, 2025-Q1 and 2025 is counted by hand in test_report.c, where the
-- reasoning is written beside each number. Dates are chosen to sit on the
-- boundaries: a woman turning 50 on 31/03, a man turning 60 on 31/03, a
-- year-only birth date (counted as 1 July), a child dying on its first
-- birthday, a mother turning 35 on the day of a second birth, an elderly
-- check on the period's last day, cancelled events of every counted kind.
BEGIN;
INSERT INTO area(id, number, name) VALUES (1, 1, 'Thôn Đông');

-- Households: 1 2 4 7 family, 3 collective; 5 moved out whole on 20/03/2025;
-- 6 dissolved on 31/12/2024; 4 arrived 10/02/2025; 7 arrived 05/04/2025.
INSERT INTO household(id, uid, number, area_id, kind, created_on, status, ended_on) VALUES
 (1, 'h1', '1', 1, '1', '2020-01-01', 0, ''),
 (2, 'h2', '2', 1, '1', '2020-01-01', 0, ''),
 (3, 'h3', '3', 1, '2', '2020-01-01', 0, ''),
 (4, 'h4', '4', 1, '1', '2025-02-10', 0, ''),
 (5, 'h5', '5', 1, '1', '2020-01-01', 1, '2025-03-20'),
 (6, 'h6', '6', 1, '1', '2020-01-01', 2, '2024-12-31'),
 (7, 'h7', '7', 1, '1', '2025-04-05', 0, '');

-- Members: id, household, sex, birth date, marital, status, entered_on, left_on.
INSERT INTO member(id, uid, household_id, full_name, name_key, sort_key, relation, sex, birth_date,
                   ethnicity, marital, residence, status, entered_on, left_on) VALUES
 (1,  'm1',  1, 'Nguyễn Văn Một', 'nguyen van mot', 'mot', '1', 1, '1985-05-10', '01', '2', '1', 0, '2020-01-01', ''),
 (2,  'm2',  1, 'Trần Thị Hai', 'tran thi hai', 'hai', '2', 2, '1990-03-15', '01', '2', '1', 0, '2020-01-01', ''),
 (3,  'm3',  1, 'Nguyễn Văn Ba', 'nguyen van ba', 'ba', '3', 1, '2015-01-01', '01', '1', '1', 0, '2020-01-01', ''),
 (4,  'm4',  1, 'Nguyễn Thị Bốn', 'nguyen thi bon', 'bon', '3', 2, '2025-03-05', '01', '1', '1', 0, '2025-03-05', ''),
 (5,  'm5',  2, 'Lê Văn Năm', 'le van nam', 'nam', '1', 1, '1950', '01', '3', '1', 0, '2020-01-01', ''),
 (6,  'm6',  2, 'Lê Thị Sáu', 'le thi sau', 'sau', '3', 2, '2006-04-10', '01', '2', '1', 0, '2020-01-01', ''),
 (7,  'm7',  2, 'Lê Văn Bảy', 'le van bay', 'bay', '5', 1, '2025-02-14', '01', '1', '1', 2, '2025-02-14', '2025-03-25'),
 (8,  'm8',  2, 'Phạm Thị Tám', 'pham thi tam', 'tam', '2', 2, '1965', '01', '2', '1', 0, '2020-01-01', ''),
 (9,  'm9',  3, 'Hoàng Thị Chín', 'hoang thi chin', 'chin', '9', 2, '1975-03-31', '01', '2', '1', 0, '2020-01-01', ''),
 (10, 'm10', 3, 'Vũ Văn Mười', 'vu van muoi', 'muoi', '9', 1, '1960-03-31', '01', '2', '1', 0, '2020-01-01', ''),
 (11, 'm11', 3, 'Đỗ Thị Mười Một', 'do thi muoi mot', 'muoi mot', '9', 2, '1965-03-31', '01', '3', '1', 0, '2020-01-01', ''),
 (12, 'm12', 4, 'Bùi Văn Mười Hai', 'bui van muoi hai', 'muoi hai', '1', 1, '1995-01-01', '01', '2', '1', 0, '2025-02-10', ''),
 (13, 'm13', 4, 'Đặng Thị Mười Ba', 'dang thi muoi ba', 'muoi ba', '2', 2, '1997-06-30', '01', '2', '1', 0, '2025-02-10', ''),
 (14, 'm14', 5, 'Ngô Văn Mười Bốn', 'ngo van muoi bon', 'muoi bon', '1', 1, '1980-01-01', '01', '2', '1', 1, '2020-01-01', '2025-03-20'),
 (15, 'm15', 5, 'Dương Thị Mười Lăm', 'duong thi muoi lam', 'muoi lam', '2', 2, '1982-02-02', '01', '2', '1', 1, '2020-01-01', '2025-03-20'),
 (16, 'm16', 6, 'Lý Văn Mười Sáu', 'ly van muoi sau', 'muoi sau', '1', 1, '1940-01-01', '01', '2', '1', 2, '2020-01-01', '2024-12-31'),
 (17, 'm17', 7, 'Mai Thị Mười Bảy', 'mai thi muoi bay', 'muoi bay', '1', 2, '2000-01-01', '01', '2', '1', 0, '2025-04-05', ''),
 (18, 'm18', 2, 'Lê Văn Mười Tám', 'le van muoi tam', 'muoi tam', '3', 1, '1998-08-08', '01', '1', '1', 0, '2020-01-01', ''),
 (19, 'm19', 3, 'Trịnh Thị Mười Chín', 'trinh thi muoi chin', 'muoi chin', '9', 2, '1930', '01', '3', '1', 2, '2020-01-01', '2025-01-15'),
 (20, 'm20', 1, 'Nguyễn Văn Hai Mươi', 'nguyen van hai muoi', 'hai muoi', '3', 1, '2024-08-01', '01', '1', '1', 2, '2024-08-01', '2025-08-01'),
 (21, 'm21', 5, 'Ngô Thị Hai Mốt', 'ngo thi hai mot', 'hai mot', '3', 2, '2024-05-05', '01', '1', '1', 1, '2024-05-05', '2025-03-20'),
 (22, 'm22', 4, 'Bùi Thị Hai Hai', 'bui thi hai hai', 'hai hai', '3', 2, '2025-03-18', '01', '1', '1', 0, '2025-03-18', ''),
 (23, 'm23', 7, 'Mai Văn Hai Ba', 'mai van hai ba', 'hai ba', '3', 1, '2025-05-20', '01', '1', '1', 0, '2025-05-20', ''),
 (24, 'm24', 3, 'Tạ Thị Hai Bốn', 'ta thi hai bon', 'hai bon', '9', 2, '1990-06-15', '01', '2', '1', 0, '2020-01-01', ''),
 (25, 'm25', 3, 'Tạ Thị Hai Lăm', 'ta thi hai lam', 'hai lam', '9', 2, '2025-06-15', '01', '1', '1', 0, '2025-06-15', ''),
 (26, 'm26', 2, 'Lê Thị Hai Sáu', 'le thi hai sau', 'hai sau', '4', 2, '1996-02-02', '01', '2', '1', 0, '2020-01-01', ''),
 (27, 'm27', 3, 'Cao Văn Hai Bảy', 'cao van hai bay', 'hai bay', '9', 1, '1999-09-09', '01', '2', '1', 0, '2020-01-01', ''),
 (28, 'm28', 2, 'Lê Thị Hai Tám', 'le thi hai tam', 'hai tam', '3', 2, '2003-03-03', '01', '1', '1', 1, '2020-01-01', '2025-03-09');

-- The contraception book: the state at the end of a month holds until a
-- later row replaces it.
INSERT INTO fp_status(member_id, period, method) VALUES
 (2, '2024-06', '1'), (9, '2024-01', '9'), (15, '2024-01', '6'),
 (13, '2025-02', '7'), (13, '2025-03', ''), (12, '2025-03', '3'),
 (24, '2025-01', '5'), (24, '2025-05', ''), (6, '2025-04', '6'), (17, '2025-06', '4');

-- Events (cancelled = 1 never counts).
INSERT INTO event(id, uid, kind, event_date, period, household_id, member_id, related_member_id, cancelled,
                  created_at, updated_at, child_sex, birth_order, birth_place, method, pregnancy_kind,
                  premarital_check, move_scope, whole_household) VALUES
 -- births: mother, child, sex, order, place (1 station, 2 hospital, 3 home, 4 other)
 (1,  'e1',  'birth', '2024-08-01', '2024-08', 1, 2, 20, 0, 'x', 'x', 1, 2, '2', '', '', 0, 0, 0),
 (2,  'e2',  'birth', '2024-05-05', '2024-05', 5, 15, 21, 0, 'x', 'x', 2, 3, '2', '', '', 0, 0, 0),
 (4,  'e4',  'birth', '2025-02-14', '2025-02', 2, 6, 7, 0, 'x', 'x', 1, 1, '2', '', '', 0, 0, 0),
 (5,  'e5',  'birth', '2025-03-05', '2025-03', 1, 2, 4, 0, 'x', 'x', 2, 3, '3', '', '', 0, 0, 0),
 (6,  'e6',  'birth', '2025-03-18', '2025-03', 4, 13, 22, 0, 'x', 'x', 2, 2, '1', '', '', 0, 0, 0),
 (7,  'e7',  'birth', '2025-05-20', '2025-05', 7, 17, 23, 0, 'x', 'x', 1, 2, '2', '', '', 0, 0, 0),
 (8,  'e8',  'birth', '2025-03-28', '2025-03', 3, 11, NULL, 1, 'x', 'x', 1, 1, '1', '', '', 0, 0, 0),
 (9,  'e9',  'birth', '2025-06-15', '2025-06', 3, 24, 25, 0, 'x', 'x', 2, 2, '4', '', '', 0, 0, 0),
 -- contraception
 (10, 'e10', 'fp_start', '2025-02-20', '2025-02', 4, 13, NULL, 0, 'x', 'x', 0, 0, '', '7', '', 0, 0, 0),
 (11, 'e11', 'fp_stop',  '2025-03-10', '2025-03', 4, 13, NULL, 0, 'x', 'x', 0, 0, '', '7', '', 0, 0, 0),
 (12, 'e12', 'fp_start', '2025-04-10', '2025-04', 2, 6, NULL, 0, 'x', 'x', 0, 0, '', '6', '', 0, 0, 0),
 (13, 'e13', 'fp_start', '2025-06-01', '2025-06', 7, 17, NULL, 0, 'x', 'x', 0, 0, '', '4', '', 0, 0, 0),
 (14, 'e14', 'fp_start', '2025-03-14', '2025-03', 4, 12, NULL, 0, 'x', 'x', 0, 0, '', '3', '', 0, 0, 0),
 (15, 'e15', 'fp_start', '2025-03-16', '2025-03', 1, 2, NULL, 1, 'x', 'x', 0, 0, '', '5', '', 0, 0, 0),
 (16, 'e16', 'fp_start', '2025-01-20', '2025-01', 3, 24, NULL, 0, 'x', 'x', 0, 0, '', '5', '', 0, 0, 0),
 (17, 'e17', 'fp_stop',  '2025-05-02', '2025-05', 3, 24, NULL, 0, 'x', 'x', 0, 0, '', '5', '', 0, 0, 0),
 -- pregnancy events (1 pregnant, 2 miscarriage, 3 abortion)
 (18, 'e18', 'pregnancy', '2025-03-03', '2025-03', 2, 26, NULL, 0, 'x', 'x', 0, 0, '', '', '1', 0, 0, 0),
 (19, 'e19', 'pregnancy', '2025-03-29', '2025-03', 2, 26, NULL, 0, 'x', 'x', 0, 0, '', '', '2', 0, 0, 0),
 (20, 'e20', 'pregnancy', '2025-09-09', '2025-09', 7, 17, NULL, 0, 'x', 'x', 0, 0, '', '', '3', 0, 0, 0),
 (21, 'e21', 'pregnancy', '2025-11-11', '2025-11', 2, 6, NULL, 0, 'x', 'x', 0, 0, '', '', '1', 0, 0, 0),
 (22, 'e22', 'pregnancy', '2025-03-07', '2025-03', 1, 2, NULL, 1, 'x', 'x', 0, 0, '', '', '1', 0, 0, 0),
 -- screenings (prenatal: the woman; newborn: the child)
 (23, 'e23', 'prenatal_screening', '2025-02-10', '2025-02', 1, 2, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (24, 'e24', 'prenatal_screening', '2025-03-01', '2025-03', 4, 13, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (25, 'e25', 'prenatal_screening', '2025-05-01', '2025-05', 7, 17, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (26, 'e26', 'prenatal_screening', '2025-04-04', '2025-04', 3, 24, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (27, 'e27', 'newborn_screening', '2025-02-16', '2025-02', 2, 7, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (28, 'e28', 'newborn_screening', '2025-03-07', '2025-03', 1, 4, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (29, 'e29', 'newborn_screening', '2025-04-02', '2025-04', 4, 22, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (30, 'e30', 'newborn_screening', '2025-05-25', '2025-05', 7, 23, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (31, 'e31', 'newborn_screening', '2025-06-17', '2025-06', 3, 25, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 -- marriages (premarital check 1/0) and divorces
 (32, 'e32', 'marriage', '2025-03-08', '2025-03', 2, 18, NULL, 0, 'x', 'x', 0, 0, '', '', '', 1, 0, 0),
 (33, 'e33', 'marriage', '2025-03-22', '2025-03', 3, 27, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (34, 'e34', 'marriage', '2025-01-05', '2025-01', 2, 26, NULL, 0, 'x', 'x', 0, 0, '', '', '', 1, 0, 0),
 (35, 'e35', 'marriage', '2025-07-07', '2025-07', 7, 17, NULL, 0, 'x', 'x', 0, 0, '', '', '', 1, 0, 0),
 (36, 'e36', 'divorce',  '2025-03-15', '2025-03', 2, 8, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (37, 'e37', 'divorce',  '2025-12-01', '2025-12', 3, 10, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 -- deaths
 (38, 'e38', 'death', '2025-01-15', '2025-01', 3, 19, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (39, 'e39', 'death', '2025-03-25', '2025-03', 2, 7, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (40, 'e40', 'death', '2025-08-01', '2025-08', 1, 20, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (41, 'e41', 'death', '2025-03-03', '2025-03', 3, 10, NULL, 1, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 -- moves (move_scope 0 outside the commune, 1 inside it)
 (42, 'e42', 'move_in',  '2025-02-10', '2025-02', 4, 12, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (43, 'e43', 'move_in',  '2025-02-10', '2025-02', 4, 13, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (44, 'e44', 'move_in',  '2025-04-05', '2025-04', 7, 17, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (45, 'e45', 'move_out', '2025-03-20', '2025-03', 5, NULL, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 1),
 (46, 'e46', 'move_out', '2025-03-12', '2025-03', 2, 18, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 1, 0),
 (47, 'e47', 'move_out', '2025-03-09', '2025-03', 2, 28, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 -- elderly health checks
 (3,  'e3',  'elderly_check', '2024-11-11', '2024-11', 3, 10, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (48, 'e48', 'elderly_check', '2025-01-10', '2025-01', 2, 5, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (49, 'e49', 'elderly_check', '2025-03-05', '2025-03', 2, 5, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (50, 'e50', 'elderly_check', '2025-03-31', '2025-03', 3, 11, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (51, 'e51', 'elderly_check', '2025-02-01', '2025-02', 2, 8, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (52, 'e52', 'elderly_check', '2025-03-02', '2025-03', 3, 10, NULL, 1, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (53, 'e53', 'elderly_check', '2025-01-05', '2025-01', 3, 19, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0),
 (54, 'e54', 'elderly_check', '2025-09-09', '2025-09', 3, 10, NULL, 0, 'x', 'x', 0, 0, '', '', '', 0, 0, 0);
-- Screened conditions (indicators v2; bits of domain/model.h: prenatal 1
-- Down, 2 Edwards, 4 Patau, 8 thalassaemia; newborn 1..16, 31 = all five).
-- m2's birth e5 (05/03/2025): e23 (3) and e57 (4, 20/12/2024) make 7; e56
-- (8) was before her previous birth e1 (01/08/2024): not this pregnancy.
-- e6 (m13): e24 all four. e7 (m17): e25 all four. e9 (m24): e26 (3) and
-- e59 (12, 01/10/2024) make 15. Newborns: e27 e28 e29 e31 all five; m23
-- has e30 (30) and a cancelled e61 (1): not complete. e55 (m13) cancelled.
UPDATE event SET conditions = 3 WHERE id IN (23, 26);
UPDATE event SET conditions = 15 WHERE id IN (24, 25);
UPDATE event SET conditions = 31 WHERE id IN (27, 28, 29, 31);
UPDATE event SET conditions = 30 WHERE id = 30;
INSERT INTO event(id, uid, kind, event_date, period, household_id, member_id, cancelled, created_at, updated_at,
                  conditions) VALUES
 (55, 'e55', 'prenatal_screening', '2025-03-02', '2025-03', 4, 13, 1, 'x', 'x', 15),
 (56, 'e56', 'prenatal_screening', '2024-07-01', '2024-07', 1, 2, 0, 'x', 'x', 8),
 (57, 'e57', 'prenatal_screening', '2024-12-20', '2024-12', 1, 2, 0, 'x', 'x', 4),
 (59, 'e59', 'prenatal_screening', '2024-10-01', '2024-10', 3, 24, 0, 'x', 'x', 12),
 (61, 'e61', 'newborn_screening', '2025-05-28', '2025-05', 7, 23, 1, 'x', 'x', 1);
COMMIT;
