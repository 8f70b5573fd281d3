/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* platform.h: what differs between POSIX systems and Windows.
 *
 * The folder platform/ is the only place that knows which system danso runs
 * on (the only place with #ifdef _WIN32). Every path given or returned here
 * is UTF-8; on Windows the functions turn it into UTF-16 for the wide-
 * character API, so folders with Vietnamese names work on every code page.
 * Functions that fail return -1 (or NULL) and leave errno set, so that the
 * caller can say what went wrong in its own words. docs/windows.md explains
 * the Windows side. Plain C: it includes nothing of danso's layers. */
#ifndef DANSO_PLATFORM_H
#define DANSO_PLATFORM_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

/* errno values POSIX has and MinGW-w64 lacks. No Windows call sets EDQUOT
 * (a full quota reads as ENOSPC); Winsock's number keeps it distinct. */
#if defined(_WIN32) && !defined(EDQUOT)
#include <errno.h>
#define EDQUOT 10069
#endif

/* --- start-up ---------------------------------------------------------- */

/* Call first in main(). On Windows: argv becomes UTF-8 (from the wide
 * command line), standard streams are binary (a "\n" stays one byte, as on
 * Linux) and the console uses the UTF-8 code page. Elsewhere: nothing. */
void plat_init(int *argc, char ***argv);

/* --- files ------------------------------------------------------------- */

/* What plat_stat() tells about a path. */
typedef struct {
	int is_dir;
	int is_reg;
	long long size;
	long long mtime_ns;            /* last write, nanoseconds since 1970 (Windows: 100 ns steps) */
	unsigned long long file_id;    /* the inode; 0 on Windows */
} plat_stat_t;

int plat_stat(const char *path, plat_stat_t *st);
/* The same without following a symbolic link (nor, on Windows, another
 * reparse point): a link is then neither a folder nor a regular file. */
int plat_lstat(const char *path, plat_stat_t *st);
FILE *plat_fopen(const char *path, const char *mode);
/* Create a new file readable and writable only by its owner (POSIX 0600;
 * Windows: a protected ACL for the current user and SYSTEM) and open it
 * for writing; fails with EEXIST when it exists. A file descriptor. */
int plat_create_private(const char *path);
/* Open an existing file so that plat_fsync() can flush it (POSIX: read
 * only; Windows: for writing, which FlushFileBuffers needs). */
int plat_open_for_sync(const char *path);
/* 1 when the descriptor fd and the name path are the same file. */
int plat_same_file(int fd, const char *path);
/* Create a folder only its owner may enter (see plat_create_private); 0
 * when it already exists as a folder, -1 with EEXIST when it exists as
 * something else. */
int plat_mkdir_private(const char *path);
/* Create a folder with the usual access (POSIX 0777 less the umask;
 * Windows: inherited ACL), for folders the user names (an export on USB). */
int plat_mkdir(const char *path);
/* Make the file mode owner-only again (POSIX chmod 0600; Windows: the ACL). */
int plat_make_private(const char *path);
/* 1 when the file's mode lets other users read it (POSIX: any group or
 * other bit). Windows: 0, an ACL is not judged here. */
int plat_readable_by_others(const char *path);
int plat_unlink(const char *path);
/* 1 when this process may write the file or create files in the folder
 * path (POSIX access(W_OK); Windows: a read-only attribute, ACLs and
 * write-protected media, found by trying). */
int plat_writable(const char *path);
/* Flush a file's data to the disk (fsync; Windows: FlushFileBuffers, which
 * needs a descriptor open for writing). */
int plat_fsync(int fd);
/* Make the renames done in folder dir durable (fsync of the folder; on
 * Windows the rename itself is written through, so nothing to do). */
int plat_sync_dir(const char *dir);
/* Rename from over to (which may exist): POSIX rename(2); Windows
 * MoveFileExW with MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH (both
 * files closed). fs_publish_commit() adds the sync of the folder. */
int plat_rename_over(const char *from, const char *to);
/* A second name for a file (a hard link; NTFS has them, FAT does not). */
int plat_link(const char *existing, const char *new_name);

/* Reading a folder: the names (UTF-8) of its entries, "." and ".." too. */
typedef struct plat_dir plat_dir;
plat_dir *plat_opendir(const char *path);
const char *plat_readdir(plat_dir *d);
void plat_closedir(plat_dir *d);

/* The folder of danso's own data, without the trailing separator, with '/'
 * as the separator: $XDG_DATA_HOME/danso, else $HOME/.local/share/danso
 * (POSIX) or %LOCALAPPDATA%/danso (Windows). Allocated; NULL if unknown. */
char *plat_data_dir(void);
/* Where installed files are: POSIX, the folder configure chose (given);
 * Windows, the folder beside danso.exe that the zip gives them
 * (windows/dist.sh). Not allocated. */
const char *plat_installed(const char *configured, const char *beside_exe);
/* How the default database is named in the help text. */
const char *plat_default_db_hint(void);
/* A variable of the environment, as UTF-8 (Windows: from the wide
 * environment); NULL when unset. Not allocated. */
const char *plat_getenv(const char *name);
/* The user's home folder (for the export screen's list of places); NULL
 * if unknown. Not allocated. */
const char *plat_home(void);
/* The user's login name, or NULL. Not allocated. */
const char *plat_user(void);
/* Where removable drives appear: fills out with up to n folders (allocated
 * strings) and returns how many. POSIX: /media/USER and /run/media/USER
 * (the caller lists their sub-folders); Windows: the roots of removable
 * drives, "E:/". */
int plat_removable_roots(char **out, int n, int *are_mount_parents);

/* --- processes --------------------------------------------------------- */

long plat_pid(void);
/* 1 when no process pid is running (so its temporary files are stale). */
int plat_process_gone(long pid);

/* --- terminal and console ---------------------------------------------- */

/* 1 when standard input is a terminal (a console on Windows). */
int plat_stdin_is_terminal(void);
/* Write prompt on the terminal and read one line into buf (without its
 * end of line); without echo when secret. -1 when there is no terminal or
 * nothing was read. */
int plat_ask(const char *prompt, int secret, char *buf, size_t n);
/* Before curses starts: set the locale for the terminal and say whether
 * it takes UTF-8 (1) or only ASCII (0). POSIX: the user's locale, UTF-8 if
 * its codeset is. Windows: ncurses' console driver, which always takes
 * Unicode; the C library stays in the "C" locale, whose <ctype.h> leaves
 * the bytes of UTF-8 alone (a Windows code page locale would call byte
 * 0xA0, the end of "à", a space). */
int plat_terminal_start(void);

/* Ask to be told when the session should end: SIGINT, SIGTERM and SIGHUP
 * on POSIX; Ctrl-Break, the console window closing, logoff and shutdown on
 * Windows (where Ctrl-C stays a key, as in a raw Unix terminal). The number of the event is stored in *flag; reads
 * from the terminal are interrupted (POSIX: no SA_RESTART; Windows: an Esc
 * key is put into the console input). */
void plat_on_terminate(volatile sig_atomic_t *flag);
/* The session has left cleanly (the database is closed): on Windows, lets
 * the console-close handler return so the process may end. */
void plat_terminate_done(void);

/* --- libraries loaded while running ---------------------------------- */

/* A shared library opened by plat_lib_open, kept until the process ends
 * (a library such as libcurl registers its own clean-up at exit). */
typedef struct plat_lib plat_lib;
/* Any function's address; cast it to the function's own type to call it. */
typedef void (*plat_fn)(void);
/* Load a shared library by its file name: POSIX dlopen (RTLD_NOW |
 * RTLD_LOCAL, the system loader's search path: "libcurl.so.4"); Windows
 * LoadLibraryExW from danso.exe's folder and System32 only. NULL when it
 * cannot be loaded, and plat_lib_why() says why. */
plat_lib *plat_lib_open(const char *name);
/* A function of lib by its name, or NULL (plat_lib_why() says why). */
plat_fn plat_lib_fn(plat_lib *lib, const char *symbol);
/* The system loader's words for the last failure above (not allocated). */
const char *plat_lib_why(void);

/* --- memory ---------------------------------------------------------- */

/* Overwrite n bytes at p with zeros in a way the compiler keeps (a secret
 * that is no longer needed): explicit_bzero, or SecureZeroMemory. */
void plat_wipe(void *p, size_t n);
/* For a long session (the interface): memory freed in large blocks goes
 * back to the system, not only into the allocator's free lists. glibc:
 * blocks of 64 KiB and more are mapped on their own (unmapped when freed)
 * and the heap's top is trimmed past 128 KiB free; elsewhere nothing. */
void plat_heap_lean(void);

/* --- time -------------------------------------------------------------- */

/* timegm(3): a broken-down UTC time to seconds since the epoch. */
time_t plat_timegm(struct tm *tm);

#endif
