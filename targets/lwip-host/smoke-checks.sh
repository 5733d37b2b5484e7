#!/usr/bin/env bash
# The manual smoke test of lwip-host. Runs inside the namespace made by
# run-in-netns.sh, which sets the WC_* variables:
#   sudo ./run-in-netns.sh --pcap /tmp/lwip-smoke.pcap -- ./smoke-checks.sh
# Every check is bounded in time; the last line is "N passed, N failed".
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROBE="$HERE/probe.py"
: "${WC_TAP:?run me through run-in-netns.sh}"
IP4="$WC_TARGET_IPV4"
LL="$WC_TARGET_IPV6_LL"
SLAAC_PREFIX=2001:db8:10::/64

passed=0
failed=0
check() { # check NAME COMMAND...: runs COMMAND, counts its exit status
  local name="$1"
  shift
  if "$@"; then
    echo "PASS $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    failed=$((failed + 1))
  fi
}

http_status_is() { # URL "CODE SIZE"
  local got
  got="$(curl -s --max-time 10 -o /dev/null -w '%{http_code} %{size_download}' "$1")"
  echo "  $1 -> $got"
  [[ "$got" == "$2" ]]
}

download_size_is() { # URL N: the brief's "curl ... | wc -c"
  local got
  got="$(curl -s --max-time 60 "$1" | wc -c)"
  echo "  $1 -> $got bytes"
  [[ "$got" -eq "$2" ]]
}

download_size_is_head() { # URL N: the client reads N bytes, then closes (RST to the sender)
  local got
  got="$(curl -s --max-time 60 "$1" | head -c "$2" | wc -c)"
  echo "  $1 | head -c $2 -> $got bytes"
  [[ "$got" -eq "$2" ]]
}

closed_tcp_port_refuses() { # HOST PORT: a RST answers the SYN (curl exit 7), no timeout
  local rc=0
  curl -s --max-time 3 -o /dev/null "http://$1:$2/" || rc=$?
  echo "  curl to port $2 exited $rc (7 = connection refused, 28 = timeout)"
  [[ $rc -eq 7 ]]
}

parallel_downloads() { # N URL SIZE
  local n="$1" url="$2" size="$3" dir ok=0
  dir="$(mktemp -d)"
  for ((i = 0; i < n; i++)); do
    curl -s --max-time 60 -o "$dir/$i" "$url" &
  done
  wait
  for ((i = 0; i < n; i++)); do
    [[ "$(wc -c <"$dir/$i")" -eq "$size" ]] && ok=$((ok + 1))
  done
  rm -rf "$dir"
  echo "  $ok of $n downloads complete"
  [[ $ok -eq $n ]]
}

peer_link_local_ready() { # the namespace's own fe80:: must leave DAD before it can ping6
  for ((i = 0; i < 50; i++)); do
    if [[ -n "$(ip -6 addr show dev "$WC_TAP" scope link)" &&
      -z "$(ip -6 addr show dev "$WC_TAP" scope link tentative)" ]]; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

slaac_address() { sed -n 's/^wirecheck-target: ipv6 \(2001:db8:10:.*\)$/\1/p' "$WC_TARGET_LOG" | tail -n 1; }

slaac_after_ra() {
  python3 "$PROBE" ra "$WC_TAP" "$SLAAC_PREFIX" || return 1
  for ((i = 0; i < 100; i++)); do
    [[ -n "$(slaac_address)" ]] && break
    sleep 0.1
  done
  echo "  target reported: ${SLAAC:=$(slaac_address)}"
  [[ -n "$SLAAC" ]]
}

target_alive() { kill -0 "$WC_TARGET_PID" 2>/dev/null; }

check "ping $IP4" ping -c 3 -W 2 -q "$IP4"
check "ping 1400-byte and fragmented 3000-byte payloads" \
  bash -c "ping -c 2 -W 2 -q -s 1400 $IP4 && ping -c 2 -W 2 -q -s 3000 $IP4"
check "namespace link-local usable" peer_link_local_ready
check "ping6 $LL%$WC_TAP" ping -6 -c 3 -W 2 -q "$LL%$WC_TAP"
check "ping6 fragmented 3000-byte payload" ping -6 -c 2 -W 2 -q -s 3000 "$LL%$WC_TAP"
check "GET / is 200 with a page" http_status_is "http://$IP4/" "200 145"
check "GET /nope is 404" http_status_is "http://$IP4/nope" "404 10"
check "GET /dl/0 is 200 with an empty body" http_status_is "http://$IP4/dl/0" "200 0"
check "curl /dl/100000 | wc -c = 100000" download_size_is "http://$IP4/dl/100000" 100000
check "GET /dl/10000000 body is the a..z pattern" \
  python3 "$PROBE" http-body "http://$IP4/dl/10000000" 10000000
check "POST / is 404" python3 "$PROBE" http-raw "$IP4" 80 404 'POST / HTTP/1.1\r\nHost: x\r\n\r\n'
check "GET /dl/100000001 (over the limit) is 404" http_status_is "http://$IP4/dl/100000001" "404 10"
check "request head over 4 KiB gets 431" \
  python3 "$PROBE" http-raw "$IP4" 80 431 'GET / HTTP/1.1\r\nX-Pad: {pad:5000}\r\n\r\n'
check "request followed by FIN (half-close) is still answered" \
  python3 "$PROBE" http-raw "$IP4" 80 200 'GET /dl/3000 HTTP/1.0\r\n\r\n' half-close
check "download dropped by the client after 1000 bytes" download_size_is_head "http://$IP4/dl/10000000" 1000
check "GET / still answered after the dropped download" http_status_is "http://$IP4/" "200 145"
check "HTTP over the IPv6 link-local" download_size_is "http://[$LL%25$WC_TAP]/dl/100000" 100000
check "20 parallel downloads" parallel_downloads 20 "http://$IP4/dl/100000" 100000
check "UDP echo on port 7 (IPv4, 2000 bytes fragmented)" \
  python3 "$PROBE" udp-echo "$IP4" 7 1 32 512 1472 2000
check "UDP echo on port 7 (IPv6 link-local, 3000 bytes fragmented)" \
  python3 "$PROBE" udp-echo "$LL%$WC_TAP" 7 1 512 1452 3000
check "TCP SYN to closed port 81 gets RST" closed_tcp_port_refuses "$IP4" 81
check "UDP to closed port 9999 gets ICMP port unreachable" \
  python3 "$PROBE" udp-closed "$IP4" 9999
check "UDP to closed port 9999 over IPv6 gets ICMPv6 port unreachable" \
  python3 "$PROBE" udp-closed "$LL%$WC_TAP" 9999
SLAAC=""
check "SLAAC address from a router advertisement for $SLAAC_PREFIX" slaac_after_ra
if [[ -n "$SLAAC" ]]; then
  check "ping6 the SLAAC address $SLAAC" ping -6 -c 3 -W 2 -q "$SLAAC"
fi
check "target still running" target_alive

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
