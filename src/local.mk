bin_PROGRAMS += danso
danso_SOURCES = src/main.c
danso_LDADD = $(TUI_LIBS) $(APP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)
