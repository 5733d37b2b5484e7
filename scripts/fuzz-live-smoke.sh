#!/usr/bin/env bash
# 60-second fuzz-live smoke run against lwIP 2.1.3 (Debian liblwip-dev) on a TAP in a
# network namespace of its own (root needed; under CI=true missing root or tools fail).
# Prints the campaign's summary: cases/s, answers, probes passed, findings. A finding (a
# device result, not a CI failure) is kept in live/target/fuzz-live-findings/<id>/
# (reproducer.pcap, finding.json with the target's exit status, signal and last output).
# UDP-Lite (IP protocol 136) is not sent: it aborts lwIP 2.1.3 at once (a known lwIP bug,
# findings/live-lwip/56e679f5ec028744, replayed by LiveFindingsReplayTest).
#   scripts/fuzz-live-smoke.sh [SECONDS [SEED]]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${1:-60}"
seed="${2:-20261206}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
mvn -B -ntp -pl live -am test -Dtest='FuzzLiveLiveTest#smokeRun*' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwirecheck.fuzzLive.seconds="$seconds" -Dwirecheck.fuzzLive.seed="$seed" >"$log" 2>&1 || status=$?
# the summary line, where each finding was kept, and each finding.json whole
sed -n -e '/^fuzz-live smoke/p' -e '/^fuzz-live finding kept in /p' -e '/^fuzz-live finding: {/,/^}/p' "$log" || true
grep -E 'Tests run:|SKIPPED|skipped:' "$log" | grep -v '^\[INFO\] Tests run: 0' | tail -n 3 || true
if [ "$status" -ne 0 ]; then
  echo "fuzz-live-smoke: failed; last lines of the Maven log:" >&2
  tail -n 40 "$log" >&2
fi
exit "$status"
