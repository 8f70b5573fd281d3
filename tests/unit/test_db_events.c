#include "config.h"
#include "tests/unit/db_fixture.h"
int main(void){db *d = fx_open(); fx_integrity(d); db_close(&d); return tap_done();}
