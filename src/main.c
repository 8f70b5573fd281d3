/* main.c: danso's entry point: parse the command line and hand off. */
#include "config.h"

#include "cli/cli.h"
#include "tui/tui.h"

int
main(int argc, char **argv)
{
	return cli_main(argc, argv, tui_main);
}
