## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## cli/: the command line (docs/danso.1), a front end beside tui/: parses
## arguments, asks for PINs, prints; every change goes through app/.
noinst_LIBRARIES += cli/libcli.a
cli_libcli_a_CPPFLAGS = $(AM_CPPFLAGS) $(LAYER_PLAIN)
LAYER_SYMBOL_RULES += cli/libcli.a:$(NOT_SQLITE),$(NOT_EXCHANGE),$(NOT_CURL),$(NOT_CURSES)
cli_libcli_a_SOURCES = \
	cli/cli.c cli/cli.h \
	cli/args.c cli/args.h \
	cli/commands.h cli/cmd_common.c \
	cli/credentials.c \
	cli/cmd_init.c \
	cli/cmd_check.c \
	cli/cmd_backup.c \
	cli/cmd_user.c \
	cli/cmd_codes.c \
	cli/cmd_area.c \
	cli/cmd_report.c \
	cli/cmd_targets.c \
	cli/cmd_demo.c \
	cli/cmd_export.c \
	cli/cmd_dhis2.c \
	cli/cmd_import.c \
	cli/cmd_register_import.c \
	cli/cmd_residents.c
CLI_LIBS = cli/libcli.a

CMD_TESTS += tests/cmd/report.sh tests/cmd/targets.sh tests/cmd/demo.sh tests/cmd/indicators_v2.sh tests/cmd/minmax.sh
## the report byte for byte on three demo registers x nine periods
CMD_TESTS += tests/cmd/report_stable.sh
EXTRA_DIST += \
	tests/cmd/report_stable/10001_2024-07.csv \
	tests/cmd/report_stable/10001_2024-12.csv \
	tests/cmd/report_stable/10001_2024-Q4.csv \
	tests/cmd/report_stable/10001_2025-01.csv \
	tests/cmd/report_stable/10001_2025-06.csv \
	tests/cmd/report_stable/10001_2025-10.csv \
	tests/cmd/report_stable/10001_2025-11.csv \
	tests/cmd/report_stable/10001_2025-Q3.csv \
	tests/cmd/report_stable/10001_2025.csv \
	tests/cmd/report_stable/10002_2024-07.csv \
	tests/cmd/report_stable/10002_2024-12.csv \
	tests/cmd/report_stable/10002_2024-Q4.csv \
	tests/cmd/report_stable/10002_2025-01.csv \
	tests/cmd/report_stable/10002_2025-06.csv \
	tests/cmd/report_stable/10002_2025-10.csv \
	tests/cmd/report_stable/10002_2025-11.csv \
	tests/cmd/report_stable/10002_2025-Q3.csv \
	tests/cmd/report_stable/10002_2025.csv \
	tests/cmd/report_stable/10003_2024-07.csv \
	tests/cmd/report_stable/10003_2024-12.csv \
	tests/cmd/report_stable/10003_2024-Q4.csv \
	tests/cmd/report_stable/10003_2025-01.csv \
	tests/cmd/report_stable/10003_2025-06.csv \
	tests/cmd/report_stable/10003_2025-10.csv \
	tests/cmd/report_stable/10003_2025-11.csv \
	tests/cmd/report_stable/10003_2025-Q3.csv \
	tests/cmd/report_stable/10003_2025.csv
CMD_TESTS += tests/cmd/export.sh tests/cmd/register_import.sh tests/cmd/xlsx.sh tests/cmd/permissions.sh
EXTRA_DIST += tests/cmd/xlsx_check.py
## residents-compare (helper "residents"): the fixture, the broken extracts
CMD_TESTS += tests/cmd/residents.sh
EXTRA_DIST += tests/cmd/residents_fixture.py
CMD_TESTS += tests/cmd/dhis2.sh
EXTRA_DIST += tests/cmd/dhis2_readers.py tests/cmd/dhis2_mock.py
EXTRA_DIST += tests/cmd/package_tool.py
