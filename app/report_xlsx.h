/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * report_xlsx.h: the report as an Excel workbook in the layout of the
 * official statistical report (docs/format.md, "The workbook"):
 *
 *   the national heading (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự
 *   do - Hạnh phúc) beside the reporting and receiving units; the title and
 *   the period with its days; one row per indicator under its section,
 *   with its published id; then the year's targets (target, year-to-date
 *   actual, gap, met or not); then the signature block (the person who
 *   made the report, the head of the unit).
 *
 * One commune: the columns are the period's value, a rate's numerator and
 * denominator, and the year to date. By commune (the upper level): one
 * column per commune and a total column, as `report --by-commune`.
 * Codes stay text, values are numbers (xlsx.h).
 */
#ifndef DANSO_APP_REPORT_XLSX_H
#define DANSO_APP_REPORT_XLSX_H

#include "app/report.h"
#include "exchange/xlsx.h"

/* Add the report sheet of one commune's report r to x. upper_name is the
 * unit that receives the report ("" when none is set). */
int report_xlsx_sheet(xlsx *x, const report *r, const char *upper_name, ds_err *err);

/* Add the by-commune sheet: n reports side by side and total, for the
 * unit unit_name (the upper level's own name). */
int report_xlsx_by_commune(xlsx *x, const report *reports, size_t n, const report *total, const char *unit_name,
                           ds_err *err);

/* Write the workbook file path (its folder must exist) with the report
 * of period_text computed from the register (report_compute). */
/* Open the workbook at path (its folder and file name), as xlsx_open(). */
xlsx *report_xlsx_open_path(const char *path, ds_err *err);

int report_xlsx_write(db *d, const char *period_text, const char *path, ds_err *err);

/* The same for the upper level: the imported packages side by side
 * (import_reports_by_commune). */
int report_xlsx_write_by_commune(db *d, const char *period_text, const char *path, ds_err *err);

/* The numeric columns of the events file (the rest are codes or text), for
 * xlsx_sheet_from_csv(). */
extern const char *const report_xlsx_event_numbers[];
extern const size_t report_xlsx_event_nnumbers;

#endif
