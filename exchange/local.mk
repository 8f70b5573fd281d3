## exchange/: CSV files in and out; the only layer that includes csv.h.
noinst_LIBRARIES += exchange/libexchange.a
exchange_libexchange_a_SOURCES =
EXCHANGE_LIBS = exchange/libexchange.a $(CSV_LIBS)
