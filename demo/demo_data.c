/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* demo_data.c (demo): the tables of the demo generator, as data: names,
 * villages, places, ethnic groups, the contraceptive mix and the shapes of
 * mortality and fertility (docs/demo.md gives the sources and reasons). */
#include "config.h"

#include "demo/demo_data.h"
#include "domain/util.h"

#define TABLE(rows) {rows, (int)ARRAY_LEN(rows)}

/* Family names, weights in percent of the population (Nguyễn about 38 %). */
static const demo_weighted_text family_names[] = {
	{"Nguyễn", 38.0}, {"Trần", 11.0}, {"Lê", 9.5}, {"Phạm", 7.0}, {"Hoàng", 3.6},
	{"Huỳnh", 1.5}, {"Phan", 4.5}, {"Vũ", 3.0}, {"Võ", 1.0}, {"Đặng", 2.1},
	{"Bùi", 2.0}, {"Đỗ", 1.4}, {"Hồ", 1.3}, {"Ngô", 1.3}, {"Dương", 1.0},
	{"Lý", 0.5}, {"Đinh", 0.7}, {"Trương", 0.6}, {"Đào", 0.5}, {"Trịnh", 0.5},
	{"Đoàn", 0.5}, {"Lương", 0.4}, {"Mai", 0.4}, {"Hà", 0.4}, {"Tạ", 0.3},
	{"Cao", 0.3}, {"Lâm", 0.3}, {"Chu", 0.2}, {"Kiều", 0.2}, {"Vương", 0.2},
	{"Lưu", 0.2}, {"Tô", 0.2}, {"Thái", 0.2}, {"Quách", 0.1}, {"Triệu", 0.2},
};

static const demo_weighted_text middle_male[] = {
	{"Văn", 34}, {"Đức", 9}, {"Minh", 9}, {"Quang", 7}, {"Hữu", 6}, {"Công", 5},
	{"Thành", 4}, {"Xuân", 4}, {"Ngọc", 4}, {"Hoàng", 4}, {"Anh", 3}, {"Trọng", 3},
	{"Mạnh", 2}, {"Tiến", 2}, {"Đình", 2}, {"Gia", 2},
};

static const demo_weighted_text middle_female[] = {
	{"Thị", 50}, {"Ngọc", 7}, {"Thu", 6}, {"Thanh", 6}, {"Minh", 5}, {"Phương", 4},
	{"Hồng", 4}, {"Kim", 4}, {"Bảo", 3}, {"Khánh", 3}, {"Diệu", 2}, {"Mai", 2},
	{"Hải", 2}, {"Quỳnh", 2},
};

static const demo_weighted_text given_male[] = {
	{"An", 3}, {"Bình", 3}, {"Cường", 3}, {"Dũng", 4}, {"Đức", 3}, {"Hải", 4},
	{"Hùng", 4}, {"Huy", 4}, {"Khoa", 2}, {"Long", 3}, {"Minh", 5}, {"Nam", 4},
	{"Phong", 2}, {"Quân", 3}, {"Sơn", 3}, {"Thắng", 3}, {"Trung", 3}, {"Tuấn", 5},
	{"Việt", 2}, {"Vinh", 2}, {"Hoàng", 2}, {"Kiên", 2}, {"Lâm", 2}, {"Thành", 3},
	{"Tùng", 3}, {"Hiếu", 2}, {"Đạt", 3}, {"Khánh", 2}, {"Phúc", 2}, {"Bảo", 2},
	{"Quang", 2}, {"Toàn", 2}, {"Thịnh", 1}, {"Hưng", 2}, {"Lợi", 1}, {"Tài", 1},
};

static const demo_weighted_text given_female[] = {
	{"Anh", 4}, {"Hoa", 3}, {"Hương", 4}, {"Lan", 3}, {"Linh", 5}, {"Mai", 3},
	{"Ngọc", 3}, {"Nhung", 2}, {"Phương", 3}, {"Thảo", 4}, {"Trang", 5}, {"Yến", 2},
	{"Hà", 3}, {"Hằng", 3}, {"Hạnh", 2}, {"Hiền", 3}, {"Huyền", 3}, {"Loan", 2},
	{"Nga", 2}, {"Oanh", 2}, {"Quyên", 1}, {"Tâm", 2}, {"Thủy", 3}, {"Thúy", 2},
	{"Uyên", 2}, {"Vân", 2}, {"Vy", 2}, {"Chi", 2}, {"My", 2}, {"Nhi", 2},
	{"Dung", 2}, {"Giang", 2}, {"Liên", 2}, {"Nhàn", 1}, {"Xuân", 1}, {"Tuyết", 1},
};

const demo_table demo_names[NAME_TABLES] = {
	[NAME_FAMILY] = TABLE(family_names),
	[NAME_MIDDLE_MALE] = TABLE(middle_male),
	[NAME_MIDDLE_FEMALE] = TABLE(middle_female),
	[NAME_GIVEN_MALE] = TABLE(given_male),
	[NAME_GIVEN_FEMALE] = TABLE(given_female),
};

/* Village names of a rural commune; once used up the generator numbers
 * residential groups ("Tổ dân phố 7"). Weights unused (all 1). */
static const demo_weighted_text villages[] = {
	{"Thôn Đông", 1}, {"Thôn Đoài", 1}, {"Thôn Trung", 1}, {"Thôn Nam", 1},
	{"Thôn Bắc", 1}, {"Thôn Thượng", 1}, {"Thôn Hạ", 1}, {"Xóm Mới", 1},
	{"Xóm Chùa", 1}, {"Xóm Giữa", 1}, {"Xóm Đình", 1}, {"Xóm Giếng", 1},
	{"Xóm Bãi", 1}, {"Xóm Trại", 1}, {"Thôn An Lạc", 1}, {"Thôn Phú Mỹ", 1},
	{"Thôn Tân Lập", 1}, {"Thôn Hòa Bình", 1}, {"Thôn Đồng Tâm", 1}, {"Thôn Yên Thái", 1},
	{"Thôn Phú Thọ", 1}, {"Thôn Văn Hội", 1}, {"Thôn Cầu Đá", 1}, {"Thôn Lạc Trung", 1},
};

/* Where people move to and come from, by weight. */
static const demo_weighted_text places[] = {
	{"TP. Hồ Chí Minh", 22}, {"Hà Nội", 20}, {"Bình Dương", 10}, {"Đồng Nai", 8},
	{"Bắc Ninh", 7}, {"Hải Phòng", 6}, {"Đà Nẵng", 5}, {"Thái Nguyên", 4},
	{"Nghệ An", 4}, {"Thanh Hóa", 4}, {"Nam Định", 3}, {"Cần Thơ", 3},
	{"Hàn Quốc (xuất khẩu lao động)", 2}, {"Nhật Bản (xuất khẩu lao động)", 2},
};

/* Ethnic minorities (codes of data/ethnicities.csv) for the few households
 * that are not Kinh. */
static const demo_weighted_text minorities[] = {
	{"02", 20}, {"03", 18}, {"04", 16}, {"06", 10}, {"05", 10}, {"07", 10},
	{"08", 8}, {"09", 6}, {"17", 2},
};

/* The contraceptive mix of current users (fp_method codes): IUD most, then
 * pill, condom, injectable, implant, few sterilisations. */
static const demo_weighted_text fp_mix[] = {
	{"1", 44}, {"6", 20}, {"7", 16}, {"5", 7}, {"4", 5}, {"2", 4}, {"3", 1},
	{"9", 3},
};

/* CCCD province prefixes: first the placeholder for "the commune's own
 * province" (resolved by the generator), then a few others. */
static const demo_weighted_text cccd_provinces[] = {
	{"", 90}, {"001", 3}, {"079", 2}, {"038", 2}, {"040", 2}, {"036", 1},
};

const demo_table demo_villages = TABLE(villages);
const demo_table demo_places = TABLE(places);
const demo_table demo_ethnic_minorities = TABLE(minorities);
const demo_table demo_fp_mix = TABLE(fp_mix);
const demo_table demo_cccd_provinces = TABLE(cccd_provinces);

int
demo_table_pick(demo_rng *r, const demo_table *t)
{
	double total = 0, x;

	for (int i = 0; i < t->n; i++)
		total += t->rows[i].weight;
	x = rng_unit(r) * total;
	for (int i = 0; i < t->n; i++) {
		if (x < t->rows[i].weight)
			return i;
		x -= t->rows[i].weight;
	}
	return t->n - 1;
}

/* Annual death probabilities by age, roughly Vietnam's life table. */
double
demo_death_weight(int age)
{
	static const struct { int below; double rate; } table[] = {
		{1, 0.012}, {5, 0.0012}, {15, 0.0004}, {40, 0.0012}, {50, 0.003},
		{60, 0.007}, {70, 0.016}, {80, 0.045}, {90, 0.12}, {200, 0.25},
	};

	for (size_t i = 0; i < ARRAY_LEN(table); i++)
		if (age < table[i].below)
			return table[i].rate;
	return 0.25;
}

/* Fertility by age (peak 20-34) times a parity factor that keeps most
 * births first or second (two-child norm; 3rd+ about a tenth). */
double
demo_fertility_weight(int age, int live_births)
{
	static const double parity[] = {1.0, 0.85, 0.18, 0.08};
	double a;

	if (age < 18 || age > 44)
		return 0;
	if (age < 20)
		a = 0.3;
	else if (age < 30)
		a = 1.0;
	else if (age < 35)
		a = 0.75;
	else if (age < 40)
		a = 0.3;
	else
		a = 0.08;
	return a * parity[live_births < 3 ? live_births : 3];
}
