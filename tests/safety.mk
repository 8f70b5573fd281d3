## Tests of crash safety, faults, backups, accounts and hostile input
## (docs/reliability.md). Included from Makefile.am.
CMD_TESTS += tests/cmd/users.sh
