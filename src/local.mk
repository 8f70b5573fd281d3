bin_PROGRAMS += danso
danso_SOURCES = src/main.c
danso_LDADD = $(CLI_LIBS) $(TUI_LIBS) $(DEMO_LIBS) $(APP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)
