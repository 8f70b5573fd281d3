/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* win32.c: UTF-8 and UTF-16, Windows errors as errno, owner-only ACLs.
 * Built only for Windows (platform/local.mk). */
#include "config.h"

#include "platform/win32.h"

#include <aclapi.h>
#include <errno.h>
#include <sddl.h>
#include <stdlib.h>
#include <wchar.h>

wchar_t *
win_wide(const char *s)
{
	int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, NULL, 0);
	wchar_t *w;

	if (n <= 0) {
		errno = EILSEQ;
		return NULL;
	}
	if ((w = malloc((size_t)n * sizeof *w)) == NULL) {
		errno = ENOMEM;
		return NULL;
	}
	MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, w, n);
	return w;
}

char *
win_utf8(const wchar_t *w)
{
	int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
	char *s;

	if (n <= 0) {
		errno = EILSEQ;
		return NULL;
	}
	if ((s = malloc((size_t)n)) == NULL) {
		errno = ENOMEM;
		return NULL;
	}
	WideCharToMultiByte(CP_UTF8, 0, w, -1, s, n, NULL, NULL);
	return s;
}

int
win_fail(void)
{
	switch (GetLastError()) {
	case ERROR_FILE_NOT_FOUND: case ERROR_PATH_NOT_FOUND: case ERROR_INVALID_DRIVE:
	case ERROR_BAD_NETPATH: case ERROR_BAD_PATHNAME:
		errno = ENOENT; break;
	case ERROR_FILE_EXISTS: case ERROR_ALREADY_EXISTS:
		errno = EEXIST; break;
	case ERROR_ACCESS_DENIED: case ERROR_SHARING_VIOLATION: case ERROR_LOCK_VIOLATION:
		errno = EACCES; break;
	case ERROR_WRITE_PROTECT:
		errno = EROFS; break;
	case ERROR_DISK_FULL: case ERROR_HANDLE_DISK_FULL:
		errno = ENOSPC; break;
	case ERROR_NOT_ENOUGH_MEMORY: case ERROR_OUTOFMEMORY:
		errno = ENOMEM; break;
	case ERROR_DIR_NOT_EMPTY:
		errno = ENOTEMPTY; break;
	case ERROR_NOT_SAME_DEVICE:
		errno = EXDEV; break;
	case ERROR_NO_UNICODE_TRANSLATION:
		errno = EILSEQ; break;
	case ERROR_INVALID_NAME: case ERROR_INVALID_PARAMETER:
		errno = EINVAL; break;
	default:
		errno = EIO; break;
	}
	return -1;
}

/* The string form of the current user's SID (LocalFree it), or NULL. */
static wchar_t *
current_user_sid(void)
{
	HANDLE token;
	DWORD len = 0;
	TOKEN_USER *tu;
	wchar_t *sid = NULL;

	if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
		return NULL;
	GetTokenInformation(token, TokenUser, NULL, 0, &len);
	if (len > 0 && (tu = malloc(len)) != NULL) {
		if (GetTokenInformation(token, TokenUser, tu, len, &len))
			ConvertSidToStringSidW(tu->User.Sid, &sid);
		free(tu);
	}
	CloseHandle(token);
	return sid;
}

int
win_private_security(SECURITY_ATTRIBUTES *sa)
{
	wchar_t *sid = current_user_sid();
	wchar_t sddl[256];
	PSECURITY_DESCRIPTOR sd = NULL;

	if (sid == NULL)
		return win_fail();
	/* Protected (no inherited entries): full access for the user and the
	 * system, inherited by the files and folders inside. */
	swprintf(sddl, ARRAY_N(sddl), L"D:P(A;OICI;FA;;;%ls)(A;OICI;FA;;;SY)", sid);
	sddl[ARRAY_N(sddl) - 1] = L'\0';
	LocalFree(sid);
	if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl, SDDL_REVISION_1, &sd, NULL))
		return win_fail();
	sa->nLength = sizeof *sa;
	sa->lpSecurityDescriptor = sd;
	sa->bInheritHandle = FALSE;
	return 0;
}

void
win_free_security(SECURITY_ATTRIBUTES *sa)
{
	LocalFree(sa->lpSecurityDescriptor);
	sa->lpSecurityDescriptor = NULL;
}

int
win_set_private(const char *path)
{
	SECURITY_ATTRIBUTES sa;
	BOOL present = FALSE, defaulted = FALSE;
	PACL dacl = NULL;
	wchar_t *w;
	DWORD rc;

	if (win_private_security(&sa) != 0)
		return -1;
	if ((w = win_wide(path)) == NULL) {
		win_free_security(&sa);
		return -1;
	}
	GetSecurityDescriptorDacl(sa.lpSecurityDescriptor, &present, &dacl, &defaulted);
	rc = SetNamedSecurityInfoW(w, SE_FILE_OBJECT, DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
	                           NULL, NULL, dacl, NULL);
	free(w);
	win_free_security(&sa);
	if (rc != ERROR_SUCCESS) {
		SetLastError(rc);
		return win_fail();
	}
	return 0;
}
