/*
 * dhis2.h: the DHIS2 data value set of a package (danso_C_YYYYMM_rR_dhis2.csv)
 * and the optional mapping file (docs/format.md, "DHIS2").
 *
 * Columns, in this order: dataelement, period, orgunit,
 * categoryoptioncombo, attributeoptioncombo, value, storedby, lastupdated,
 * comment, followup. Period "YYYYMM"; orgunit the commune code.
 *
 * Without a mapping file, identifiers are codes (import with
 * idScheme=code): every count indicator becomes data element
 * "DANSO_" + its id in upper case (births_total -> DANSO_BIRTHS_TOTAL),
 * with the default category option combination (empty cell); rates are
 * left to DHIS2's own indicators; zero counts are not written.
 *
 * A mapping file (header indicator,dataelement,categoryoptioncombo and an
 * optional store_zero column holding 1/0, yes/no or true/false) lists the
 * indicators to send and their DHIS2 identifiers (UIDs or codes); only
 * those are written, and a zero only where store_zero says the element
 * stores zeros (DHIS2 deletes a value on an empty or zero import
 * otherwise). A value that is not applicable (empty) is never written.
 */
#ifndef DANSO_DHIS2_H
#define DANSO_DHIS2_H

#include "domain/error.h"
#include "exchange/csvwrite.h"

#include <stddef.h>

#define DHIS2_ID_LEN 64

typedef struct dhis2_map_entry {
	char indicator[48];
	char dataelement[DHIS2_ID_LEN];
	char categoryoptioncombo[DHIS2_ID_LEN];
	int store_zero;
} dhis2_map_entry;

/* A mapping file's rows; free with dhis2_map_free(). */
typedef struct dhis2_map {
	dhis2_map_entry *entries;
	size_t n;
} dhis2_map;

/* An indicator value of the report ("" when not applicable). */
typedef struct dhis2_value {
	const char *indicator;
	const char *value;
	int is_count;                /* counts go out by default; rates do not */
} dhis2_value;

/* Read a mapping file: known indicator ids (each once), a non-empty data
 * element, identifiers of letters, digits, '_' and '-'. 0 ok; -1 with err
 * at file:line:column. */
int dhis2_map_read(const char *path, dhis2_map *out, ds_err *err);
int dhis2_map_read_buffer(const void *buf, size_t len, const char *name, dhis2_map *out, ds_err *err);
void dhis2_map_free(dhis2_map *m);

/* The default data element code of an indicator id into out. */
void dhis2_default_code(const char *indicator, char *out, size_t n);

/* Write the header and the values (map NULL: the defaults above); *written
 * gets the number of data rows. */
int dhis2_write(csvw *w, const dhis2_map *map, const char *period_dhis2, const char *orgunit,
                const char *storedby, const char *lastupdated, const dhis2_value *values, size_t n,
                long *written, ds_err *err);

#endif
