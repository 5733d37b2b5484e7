#!/usr/bin/env bash
# Runs lwip-host on a TAP device inside a fresh network namespace, runs one
# command inside that namespace once the target is ready, then tears everything
# down (also on failure or Ctrl-C). Needs root.
#
#   sudo ./run-in-netns.sh [--pcap FILE] [--keep-log FILE] [--] COMMAND [ARG...]
#   sudo ./run-in-netns.sh -- ping -c 3 192.0.2.10
#   sudo ./run-in-netns.sh --pcap /tmp/lwip.pcap -- ./smoke-checks.sh
#
# These are the steps a harness performs to drive the target:
#   1. ip netns add wc-lwip-<pid>; lo up
#   2. ip tuntap add tap0 mode tap (inside the namespace); the namespace side gets
#      192.0.2.1/24 and 2001:db8:10::1/64; link up
#   3. optional: tcpdump -i tap0 -w FILE, started before the target so its
#      start-up (gratuitous ARP, IGMP and MLD reports, DAD, RS) is captured
#   4. lwip-host --tap tap0 in the namespace; wait for "wirecheck-target: ready"
#   5. COMMAND in the namespace, with these variables set:
#        WC_NETNS, WC_TAP, WC_TARGET_PID, WC_TARGET_LOG (the target's stdout),
#        WC_TARGET_MAC, WC_TARGET_IPV4, WC_TARGET_IPV6_LL, WC_PEER_IPV4, WC_PEER_IPV6
#   6. SIGTERM to the target by PID (expect exit 0 within 5 s, else SIGKILL),
#      SIGTERM to tcpdump by PID, ip netns del
# Exit status: COMMAND's, or 1 if the target died before it was stopped or did
# not stop cleanly, or 2 for a usage or set-up error.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TARGET_BIN="${LWIP_HOST:-$HERE/lwip-host}"
NETNS="wc-lwip-$$"
TAP=tap0
PEER_IPV4=192.0.2.1
PEER_IPV6=2001:db8:10::1
TARGET_MAC=02:00:00:00:00:0a
READY_TIMEOUT_S=20
STOP_TIMEOUT_S=5

PCAP=""
KEEP_LOG=""
usage() {
  echo "usage: $0 [--pcap FILE] [--keep-log FILE] [--] COMMAND [ARG...]" >&2
  exit 2
}
while [[ $# -gt 0 ]]; do
  case "$1" in
    --pcap) [[ $# -ge 2 ]] || usage; PCAP="$2"; shift 2 ;;
    --keep-log) [[ $# -ge 2 ]] || usage; KEEP_LOG="$2"; shift 2 ;;
    --) shift; break ;;
    -*) usage ;;
    *) break ;;
  esac
done
[[ $# -ge 1 ]] || usage
[[ "$(id -u)" -eq 0 ]] || { echo "$0: needs root (network namespaces, TAP devices)" >&2; exit 2; }
[[ -x "$TARGET_BIN" ]] || { echo "$0: $TARGET_BIN not built (run make in $HERE)" >&2; exit 2; }

WORK="$(mktemp -d /tmp/wc-lwip.XXXXXX)"
TARGET_LOG="$WORK/target.out"
TARGET_PID=""
TCPDUMP_PID=""
NETNS_CREATED=0
STATUS=0

log() { echo "run-in-netns: $*" >&2; }

# Waits (bounded) for a process to end; returns 0 if it did.
wait_gone() {
  local pid="$1" tenths="$2"
  for ((i = 0; i < tenths; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  return 1
}

stop_target() {
  [[ -n "$TARGET_PID" ]] || return 0
  local pid="$TARGET_PID"
  TARGET_PID=""
  if ! kill -0 "$pid" 2>/dev/null; then
    local rc=0
    wait "$pid" || rc=$?
    log "target (pid $pid) had already exited with status $rc"
    STATUS=1
    return 0
  fi
  kill -TERM "$pid"
  if wait_gone "$pid" $((STOP_TIMEOUT_S * 10)); then
    local rc=0
    wait "$pid" || rc=$?
    if [[ $rc -ne 0 ]]; then
      log "target exited with status $rc after SIGTERM"
      STATUS=1
    fi
  else
    log "target did not stop within ${STOP_TIMEOUT_S}s; SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    STATUS=1
  fi
}

stop_tcpdump() {
  [[ -n "$TCPDUMP_PID" ]] || return 0
  local pid="$TCPDUMP_PID"
  TCPDUMP_PID=""
  # SIGTERM (not SIGINT, which background jobs of a script ignore): tcpdump
  # flushes and closes the file.
  kill -TERM "$pid" 2>/dev/null || true
  wait_gone "$pid" 50 || kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  sed 's/^/tcpdump: /' "$WORK/tcpdump.err" >&2 || true
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_target
  stop_tcpdump
  if [[ -s "$TARGET_LOG" ]]; then
    sed 's/^/target: /' "$TARGET_LOG" >&2
  fi
  if [[ -n "$KEEP_LOG" && -f "$TARGET_LOG" ]]; then
    cp "$TARGET_LOG" "$KEEP_LOG"
  fi
  if [[ $NETNS_CREATED -eq 1 ]]; then
    ip netns del "$NETNS" || log "could not delete namespace $NETNS"
  fi
  rm -rf "$WORK"
  if [[ $rc -eq 0 && $STATUS -ne 0 ]]; then
    rc=$STATUS
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

in_ns() { ip netns exec "$NETNS" "$@"; }

ip netns add "$NETNS"
NETNS_CREATED=1
in_ns ip link set lo up
in_ns ip tuntap add dev "$TAP" mode tap
in_ns ip addr add "$PEER_IPV4/24" dev "$TAP"
# nodad: the namespace side is the only host on the link besides the target
in_ns ip -6 addr add "$PEER_IPV6/64" dev "$TAP" nodad
in_ns ip link set "$TAP" up
log "namespace $NETNS, $TAP: $PEER_IPV4/24 $PEER_IPV6/64"

if [[ -n "$PCAP" ]]; then
  # Not through in_ns: a backgrounded shell function runs in a subshell, and
  # $! would name that subshell instead of the process to stop later.
  ip netns exec "$NETNS" tcpdump -i "$TAP" -n -U -s 0 -w "$PCAP" 2>"$WORK/tcpdump.err" &
  TCPDUMP_PID=$!
  for ((i = 0; i < 50; i++)); do
    grep -q 'listening on' "$WORK/tcpdump.err" 2>/dev/null && break
    kill -0 "$TCPDUMP_PID" 2>/dev/null || { log "tcpdump failed"; exit 2; }
    sleep 0.1
  done
  grep -q 'listening on' "$WORK/tcpdump.err" || { log "tcpdump did not start"; exit 2; }
fi

# ip netns exec execs the target, so $! is the target's own PID.
ip netns exec "$NETNS" "$TARGET_BIN" --tap "$TAP" --mac "$TARGET_MAC" >"$TARGET_LOG" 2>&1 &
TARGET_PID=$!
for ((i = 0; i < READY_TIMEOUT_S * 10; i++)); do
  grep -q '^wirecheck-target: ready$' "$TARGET_LOG" && break
  kill -0 "$TARGET_PID" 2>/dev/null || { log "target exited before it was ready"; exit 1; }
  sleep 0.1
done
grep -q '^wirecheck-target: ready$' "$TARGET_LOG" || { log "target not ready after ${READY_TIMEOUT_S}s"; exit 1; }

TARGET_IPV4="$(sed -n 's/^wirecheck-target: ipv4 //p' "$TARGET_LOG" | head -n 1)"
TARGET_IPV6_LL="$(sed -n 's/^wirecheck-target: ipv6 \(fe80:.*\)$/\1/p' "$TARGET_LOG" | head -n 1)"
log "target pid $TARGET_PID ready: $TARGET_IPV4 $TARGET_IPV6_LL"

CMD_RC=0
in_ns env WC_NETNS="$NETNS" WC_TAP="$TAP" WC_TARGET_PID="$TARGET_PID" \
  WC_TARGET_LOG="$TARGET_LOG" WC_TARGET_MAC="$TARGET_MAC" WC_TARGET_IPV4="$TARGET_IPV4" \
  WC_TARGET_IPV6_LL="$TARGET_IPV6_LL" WC_PEER_IPV4="$PEER_IPV4" WC_PEER_IPV6="$PEER_IPV6" \
  "$@" || CMD_RC=$?
if [[ $CMD_RC -ne 0 ]]; then
  log "command exited with status $CMD_RC"
fi
exit "$CMD_RC"
