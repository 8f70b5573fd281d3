/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* system.c: start-up, the console, processes, well-known folders and time
 * (see platform.h). */
#include "config.h"

#include "platform/platform.h"
#include "platform/win32.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32

#include <fcntl.h>
#include <io.h>
#include <shellapi.h>

void
plat_init(int *argc, char ***argv)
{
	int n;
	wchar_t **wargv = CommandLineToArgvW(GetCommandLineW(), &n);

	/* argv as UTF-8, whatever the ANSI code page (kept until exit). */
	if (wargv != NULL) {
		char **out = calloc((size_t)n + 1, sizeof *out);
		int ok = out != NULL;
		for (int i = 0; ok && i < n; i++)
			ok = (out[i] = win_utf8(wargv[i])) != NULL;
		LocalFree(wargv);
		if (ok) {
			*argc = n;
			*argv = out;
		}
	}
	/* Output is the same bytes as on Linux: "\n", not "\r\n". */
	_setmode(_fileno(stdin), _O_BINARY);
	_setmode(_fileno(stdout), _O_BINARY);
	_setmode(_fileno(stderr), _O_BINARY);
	/* danso writes UTF-8; the console shows it as such. */
	SetConsoleOutputCP(CP_UTF8);
	SetConsoleCP(CP_UTF8);
}

int
plat_stdin_is_terminal(void)
{
	DWORD mode;

	return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
}

int
plat_ask(const char *prompt, int secret, char *buf, size_t n)
{
	HANDLE in = CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
	                        OPEN_EXISTING, 0, NULL);
	HANDLE out = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
	                         OPEN_EXISTING, 0, NULL);
	DWORD mode = 0, got = 0, wrote;
	wchar_t line[512], *wprompt;
	char *utf8;
	int rc = -1, echo_off = 0;

	if (in == INVALID_HANDLE_VALUE || out == INVALID_HANDLE_VALUE || !GetConsoleMode(in, &mode))
		goto done;
	if ((wprompt = win_wide(prompt)) != NULL) {
		WriteConsoleW(out, wprompt, (DWORD)wcslen(wprompt), &wrote, NULL);
		free(wprompt);
	}
	if (secret)
		echo_off = SetConsoleMode(in, (mode | ENABLE_LINE_INPUT | ENABLE_PROCESSED_INPUT) & ~(DWORD)ENABLE_ECHO_INPUT);
	if (ReadConsoleW(in, line, ARRAY_N(line) - 1, &got, NULL) && got > 0) {
		line[got] = L'\0';
		line[wcscspn(line, L"\r\n")] = L'\0';
		if ((utf8 = win_utf8(line)) != NULL) {
			if (strlen(utf8) < n) {
				strcpy(buf, utf8);
				rc = 0;
			}
			SecureZeroMemory(utf8, strlen(utf8));
			free(utf8);
		}
		SecureZeroMemory(line, sizeof line);
	}
	if (echo_off) {
		SetConsoleMode(in, mode);
		WriteConsoleW(out, L"\r\n", 2, &wrote, NULL);
	}
done:
	if (in != INVALID_HANDLE_VALUE)
		CloseHandle(in);
	if (out != INVALID_HANDLE_VALUE)
		CloseHandle(out);
	return rc;
}

int
plat_terminal_start(void)
{
	/* TERM "#win32con" selects the console driver explicitly (README.MinGW
	 * of ncurses); a TERM inherited from elsewhere (Wine under a Unix
	 * terminal, MSYS) would ask for a terminfo entry Windows lacks. */
	_putenv("TERM=#win32con");
	return 1;
}

/* Ending the session from the console (see plat_on_terminate). */
static volatile sig_atomic_t *term_flag;
static HANDLE term_done;

/* Put one key press (vk, ch, control state) into the console input: it
 * wakes the main thread if it waits for a key. */
static void
put_key(WORD vk, wchar_t ch, DWORD control)
{
	INPUT_RECORD r[2];
	DWORD n;

	memset(r, 0, sizeof r);
	for (int i = 0; i < 2; i++) {
		r[i].EventType = KEY_EVENT;
		r[i].Event.KeyEvent.bKeyDown = i == 0;
		r[i].Event.KeyEvent.wRepeatCount = 1;
		r[i].Event.KeyEvent.wVirtualKeyCode = vk;
		r[i].Event.KeyEvent.uChar.UnicodeChar = ch;
		r[i].Event.KeyEvent.dwControlKeyState = control;
	}
	WriteConsoleInputW(GetStdHandle(STD_INPUT_HANDLE), r, 2, &n);
}

static BOOL WINAPI
on_console_event(DWORD event)
{
	switch (event) {
	case CTRL_C_EVENT:
		/* A key, as in a Unix terminal in raw mode: the interface asks
		 * whether to quit. */
		put_key('C', 3, LEFT_CTRL_PRESSED);
		return TRUE;
	case CTRL_BREAK_EVENT:
		*term_flag = SIGINT;
		put_key(VK_ESCAPE, 27, 0);
		return TRUE;
	case CTRL_CLOSE_EVENT: case CTRL_LOGOFF_EVENT: case CTRL_SHUTDOWN_EVENT:
		/* The process ends when this returns: give the main thread the
		 * time Windows allows (5 s) to close the database first. */
		*term_flag = SIGTERM;
		put_key(VK_ESCAPE, 27, 0);
		WaitForSingleObject(term_done, 4000);
		return TRUE;
	default:
		return FALSE;
	}
}

void
plat_on_terminate(volatile sig_atomic_t *flag)
{
	term_flag = flag;
	term_done = CreateEventW(NULL, TRUE, FALSE, NULL);
	SetConsoleCtrlHandler(on_console_event, TRUE);
}

void
plat_terminate_done(void)
{
	if (term_done != NULL)
		SetEvent(term_done);
}

long
plat_pid(void)
{
	return (long)GetCurrentProcessId();
}

int
plat_process_gone(long pid)
{
	HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, (DWORD)pid);
	DWORD code = 0;
	int gone;

	if (h == NULL)
		return GetLastError() == ERROR_INVALID_PARAMETER;   /* no such process (else: not ours to see) */
	gone = GetExitCodeProcess(h, &code) && code != STILL_ACTIVE;
	CloseHandle(h);
	return gone;
}

/* A variable of the environment as UTF-8 (kept until exit), or NULL. */
static char *
env_utf8(const wchar_t *name)
{
	const wchar_t *v = _wgetenv(name);

	return v != NULL && v[0] != L'\0' ? win_utf8(v) : NULL;
}

const char *
plat_getenv(const char *name)
{
	/* Each value is converted once and kept until exit. */
	static struct { char *name, *value; } seen[16];
	static int nseen;
	wchar_t *wname;
	char *value;

	for (int i = 0; i < nseen; i++)
		if (strcmp(seen[i].name, name) == 0)
			return seen[i].value;
	if ((wname = win_wide(name)) == NULL)
		return NULL;
	value = env_utf8(wname);
	free(wname);
	if (nseen < (int)ARRAY_N(seen) && (seen[nseen].name = strdup(name)) != NULL)
		seen[nseen++].value = value;
	return value;
}

const char *
plat_installed(const char *configured, const char *beside_exe)
{
	static char *paths[4];
	static int n;
	wchar_t exe[MAX_PATH];
	DWORD len = GetModuleFileNameW(NULL, exe, MAX_PATH);
	char *dir, *slash, *p;

	(void)configured;
	if (len == 0 || len >= MAX_PATH || (dir = win_utf8(exe)) == NULL)
		return beside_exe;
	if ((slash = strrchr(dir, '\\')) != NULL)
		slash[1] = '\0';
	if ((p = malloc(strlen(dir) + strlen(beside_exe) + 1)) != NULL) {
		strcpy(p, dir);
		strcat(p, beside_exe);
		if (n < (int)ARRAY_N(paths))
			paths[n++] = p;   /* kept until exit */
	}
	free(dir);
	return p != NULL ? p : beside_exe;
}

const char *
plat_default_db_hint(void)
{
	return "%LOCALAPPDATA%\\danso\\danso.db";
}

/* '\' to '/', in place. */
static char *
forward_slashes(char *s)
{
	for (char *p = s; p != NULL && *p != '\0'; p++)
		if (*p == '\\')
			*p = '/';
	return s;
}

char *
plat_data_dir(void)
{
	char *base = env_utf8(L"LOCALAPPDATA"), *dir;

	if (base == NULL)
		return NULL;
	forward_slashes(base);
	if ((dir = malloc(strlen(base) + sizeof "/danso")) != NULL) {
		strcpy(dir, base);
		strcat(dir, "/danso");
	}
	free(base);
	return dir;
}

const char *
plat_home(void)
{
	static char *home;

	if (home == NULL)
		home = forward_slashes(env_utf8(L"USERPROFILE"));
	return home;
}

const char *
plat_user(void)
{
	static char *user;

	if (user == NULL)
		user = env_utf8(L"USERNAME");
	return user;
}

int
plat_removable_roots(char **out, int n, int *are_mount_parents)
{
	DWORD drives = GetLogicalDrives();
	int k = 0;

	*are_mount_parents = 0;
	for (int i = 0; i < 26 && k < n; i++) {
		wchar_t root[4] = {(wchar_t)(L'A' + i), L':', L'\\', L'\0'};
		if (!(drives & (1u << i)) || GetDriveTypeW(root) != DRIVE_REMOVABLE)
			continue;
		if ((out[k] = malloc(4)) != NULL) {
			out[k][0] = (char)('A' + i);
			memcpy(out[k] + 1, ":/", 3);
			k++;
		}
	}
	return k;
}

time_t
plat_timegm(struct tm *tm)
{
	return _mkgmtime(tm);
}

void
plat_wipe(void *p, size_t n)
{
	SecureZeroMemory(p, n);
}

void
plat_heap_lean(void)
{
	/* The process heap decommits large freed blocks by itself. */
}

#else /* POSIX */

#include <langinfo.h>
#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <strings.h>
#include <termios.h>
#include <fcntl.h>
#include <unistd.h>
#include <wchar.h>

void
plat_init(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
}

int
plat_stdin_is_terminal(void)
{
	return isatty(STDIN_FILENO);
}

int
plat_ask(const char *prompt, int secret, char *buf, size_t n)
{
	struct termios old, quiet;
	int fd = open("/dev/tty", O_RDWR | O_CLOEXEC);
	FILE *tty;
	int rc = -1, echo_off = 0;

	if (fd < 0)
		return -1;
	tty = fdopen(fd, "r+");
	if (tty == NULL) {
		close(fd);
		return -1;
	}
	fputs(prompt, tty);
	fflush(tty);
	if (secret && tcgetattr(fd, &old) == 0) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		echo_off = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
	}
	if (fgets(buf, (int)n, tty) != NULL) {
		buf[strcspn(buf, "\r\n")] = '\0';
		rc = 0;
	}
	if (echo_off) {
		tcsetattr(fd, TCSAFLUSH, &old);
		fputc('\n', tty);
	}
	fclose(tty);
	return rc;
}

int
plat_terminal_start(void)
{
	const char *cs;

	setlocale(LC_ALL, "");
	cs = nl_langinfo(CODESET);
	return cs != NULL && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "utf8") == 0);
}

static volatile sig_atomic_t *term_flag;

/* Signal handlers only set a flag; the loop leaves cleanly. */
static void
on_signal(int sig)
{
	*term_flag = sig;
}

void
plat_on_terminate(volatile sig_atomic_t *flag)
{
	struct sigaction sa;

	term_flag = flag;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;   /* no SA_RESTART: a read in progress returns */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
}

void
plat_terminate_done(void)
{
}

long
plat_pid(void)
{
	return (long)getpid();
}

int
plat_process_gone(long pid)
{
	return kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

const char *
plat_getenv(const char *name)
{
	return getenv(name);
}

const char *
plat_installed(const char *configured, const char *beside_exe)
{
	(void)beside_exe;
	return configured;
}

const char *
plat_default_db_hint(void)
{
	return "$XDG_DATA_HOME/danso/danso.db";
}

/* "base" + "suffix", allocated. */
static char *
joined(const char *base, const char *suffix)
{
	char *s = malloc(strlen(base) + strlen(suffix) + 1);

	if (s != NULL) {
		strcpy(s, base);
		strcat(s, suffix);
	}
	return s;
}

char *
plat_data_dir(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (xdg != NULL && xdg[0] != '\0')
		return joined(xdg, "/danso");
	if (home == NULL || home[0] == '\0')
		home = ".";
	return joined(home, "/.local/share/danso");
}

const char *
plat_home(void)
{
	return getenv("HOME");
}

const char *
plat_user(void)
{
	return getenv("USER");
}

int
plat_removable_roots(char **out, int n, int *are_mount_parents)
{
	static const char *const bases[] = {"/media", "/run/media"};
	const char *user = getenv("USER");
	int k = 0;

	*are_mount_parents = 1;
	if (user != NULL && (user[0] == '\0' || strchr(user, '/') != NULL))
		user = NULL;	/* not a name to put in a path */
	for (size_t i = 0; user != NULL && i < ARRAY_N(bases) && k < n; i++)
		if ((out[k] = malloc(strlen(bases[i]) + strlen(user) + 2)) != NULL) {
			strcpy(out[k], bases[i]);
			strcat(out[k], "/");
			strcat(out[k], user);
			k++;
		}
	return k;
}

time_t
plat_timegm(struct tm *tm)
{
	return timegm(tm);
}

void
plat_wipe(void *p, size_t n)
{
	explicit_bzero(p, n);
}

void
plat_heap_lean(void)
{
#ifdef __GLIBC__
	/* Fixed thresholds also turn off glibc's raising of them, which after
	 * one large block is freed keeps every later one (up to 32 MiB) in a
	 * heap it no longer trims (mallopt(3)). */
	mallopt(M_MMAP_THRESHOLD, 64 * 1024);
	mallopt(M_TRIM_THRESHOLD, 128 * 1024);
#endif
}

#endif
