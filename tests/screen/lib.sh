# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# tests/screen/lib.sh: drive the real danso in a private tmux server at
# 80x24. Source after tests/lib.sh. Every helper waits by polling the pane
# (never a fixed long sleep) and fails the test with the screen on timeout.
#
#   screen_db              init a commune with two areas and a collaborator
#   screen_start [ENV...]  start danso (env assignments may be given)
#   keys K...              tmux key names (Enter, Tab, F2, Escape, C-s ...)
#   type TEXT              literal text
#   wait_for REGEX [SECS]  until the pane matches; 1 on timeout
#   expect REGEX DESC      a TAP result: the pane shows REGEX
#   screen_text            the pane as text
#   screen_stop            kill the server
#
# DANSO_WRAPPER, as for tests/lib.sh, is put in front of danso (e.g.
# "valgrind --leak-check=full --log-file=/tmp/vg.%p"); SCREEN_SLOW=N then
# gives every wait N times as long.

: "${TMUX_BIN:=tmux}"
# Without tmux (or sqlite3, which screen_db uses) the screen tests skip.
need "$TMUX_BIN" sqlite3
SCREEN_SOCK="danso-$$-${RANDOM}"
export DANSO_TODAY="${DANSO_TODAY:-2026-11-05}"
export DANSO_NOW="${DANSO_NOW:-2026-11-05T08:00:00Z}"

_tm() {
	"$TMUX_BIN" -L "$SCREEN_SOCK" -f /dev/null "$@"
}

# A commune with areas 1 and 2 and a collaborator of area 1, Lê Thị Mai
# (login mai, PIN $MAI_PIN); the officer canbo has PIN $DANSO_PIN.
MAI_PIN=1357
screen_db() {
	danso init --commune 00004 --name "Phường Ba Đình" --province 01 >/dev/null || return 1
	sqlite3 -batch "$DANSO_DB" "INSERT INTO area(number, name) VALUES (1, 'Tổ 1'), (2, 'Tổ 2');" || return 1
	danso user add --login mai --name "Lê Thị Mai" --role collaborator --area 1 >/dev/null || return 1
	DANSO_NEW_PIN=$MAI_PIN danso user pin --login mai >/dev/null
}

# screen_login: on the start screen, type Mai's PIN and go in.
screen_login() {
	wait_for "PIN" >/dev/null || return 1
	keys Tab; type "$MAI_PIN"; keys F2
}

# screen_start [VAR=VALUE ...] [-- danso args]: start danso at 80x24.
screen_start() {
	local envs="" args=""
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs="$envs $1"; shift; done
	[ "${1:-}" = "--" ] && shift
	args="$*"
	# (Wine's console leaves the cursor where the interface left it)
	local after_exit=""
	on_windows && after_exit="echo;"
	screen_stop
	SCREEN_SOCK="danso-$$-${RANDOM}"
	_tm new-session -d -x "${SCREEN_COLS:-80}" -y "${SCREEN_LINES:-24}" \
		"env TERM=${SCREEN_TERM:-tmux-256color} LC_ALL=${SCREEN_LC:-C.UTF-8} DANSO_DB='$DANSO_DB' \
		 DANSO_TODAY=$DANSO_TODAY DANSO_NOW=$DANSO_NOW DANSO_TEST_FAST_AUTH=1 HOME='$HOME' $envs ${DANSO_WRAPPER:-} '$DANSO' $args; st=\$?; $after_exit echo \"danso exited \$st\"; sleep 30"
	trap 'screen_stop; _tap_cleanup' EXIT
}

screen_stop() {
	_tm kill-server 2>/dev/null || true
}

screen_text() {
	_tm capture-pane -p -t 0 2>/dev/null
}

keys() {
	if on_windows; then
		# Wine's console reads keys that arrive in one write as one
		# sequence (Esc Esc is Alt-Esc): one write per key, as typed;
		# and it knows Home and End only in their xterm form.
		for key in "$@"; do
			case $key in
			Home) _tm send-keys -t 0 -l "$(printf '\033[H')" ;;
			End) _tm send-keys -t 0 -l "$(printf '\033[F')" ;;
			*) _tm send-keys -t 0 "$key" ;;
			esac
			sleep 0.1
		done
		return
	fi
	_tm send-keys -t 0 "$@"
	sleep 0.05
}

type() {
	_tm send-keys -t 0 -l -- "$1"
	sleep 0.05
}

wait_for() {
	local re=$1 limit=$(( ${2:-5} * ${SCREEN_SLOW:-1} )) i=0
	while [ "$i" -lt $((limit * 20)) ]; do
		if screen_text | grep -Eq -- "$re"; then return 0; fi
		sleep 0.05
		i=$((i + 1))
	done
	echo "# timed out waiting for [$re]; the screen:"
	screen_text | sed 's/^/#   /'
	return 1
}

expect() {
	wait_for "$1" "${3:-5}" >"$T/expect.out"
	local rc=$?
	_tap_result "$rc" "$2"
	[ "$rc" -eq 0 ] || cat "$T/expect.out"
}

resize() {
	_tm resize-window -t 0 -x "$1" -y "$2"
}
