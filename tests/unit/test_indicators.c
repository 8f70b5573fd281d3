/* test_indicators.c: the indicator table, rates and how values combine. */
#include "config.h"

#include "domain/i18n.h"
#include "domain/indicators.h"
#include "tests/tap.h"

#include <string.h>

int
main(void)
{
	return tap_done();
}
