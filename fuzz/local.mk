## fuzz/: libFuzzer targets, built with ./configure --enable-fuzzing CC=clang.
if ENABLE_FUZZING
FUZZ_CFLAGS = -fsanitize=fuzzer,address,undefined
endif
