#!/usr/bin/env bash
# Records the example captures in examples/: the plain Linux kernel stack (the "DUT") in one
# throwaway network namespace, a peer in another, joined by a veth pair; tcpdump on the
# peer's end records what the peer sends and what the DUT answers.
#
#   sudo scripts/record-examples.sh [--out DIR]
#
# Writes DIR/linux-kernel.pcap, DIR/linux-kernel.pcapng (the same frames, converted with
# editcap) and DIR/README.md (how, with what, and which frames hold which scenario, counted
# with tshark). DIR defaults to examples/ beside this script. Files appear only when the
# whole recording succeeded.
#
# Debian packages it needs (install with
#   DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
#     iproute2 iputils-ping tcpdump curl python3 ethtool tshark
# ): iproute2 (ip, ss), iputils-ping (ping), tcpdump, curl, python3 (/usr/bin/python3 runs
# the servers and UDP clients in scripts/example_services.py), ethtool (turns veth offloads
# off), tshark (tshark, and editcap from its dependency wireshark-common).
#
# Network safety: traffic only on the veth pair between the two namespaces this script
# creates and deletes, addresses only from 192.0.2.0/24, 2001:db8::/32 and fe80::/64.
set -euo pipefail

readonly SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly SERVICES="$SCRIPT_DIR/example_services.py"
readonly PYTHON=/usr/bin/python3   # Debian's, not a pyenv shim: it runs inside the namespaces

readonly DUT_MAC=02:00:00:00:00:10 PEER_MAC=02:00:00:00:00:01
readonly DUT_V4=192.0.2.10 PEER_V4=192.0.2.1 V4_PREFIX=24
readonly DUT_V6=2001:db8:1::10 PEER_V6=2001:db8:1::1 V6_PREFIX=64
readonly DUT_LINK_LOCAL=fe80::ff:fe00:10   # modified EUI-64 of $DUT_MAC (RFC 4291 app. A)
readonly IFACE=eth0                       # same name in both namespaces, so no clash
readonly HTTP_PORT=80 ECHO_PORT=7 CLOSED_PORT=9
readonly SMALL_PAGE_BYTES=512 BIG_FILE_BYTES=204800
readonly CAPTURE=linux-kernel

die() { echo "record-examples.sh: $*" >&2; exit 2; }

usage() {
    cat <<EOF
usage: sudo $0 [--out DIR]
Records $CAPTURE.pcap, $CAPTURE.pcapng and README.md into DIR (default: examples/ in the
repository) from the Linux kernel stack in a throwaway network namespace. Needs root.
EOF
}

out_dir="$SCRIPT_DIR/../examples"
while (($#)); do
    case "$1" in
        --out) (($# >= 2)) || die "--out needs a directory"; out_dir="$2"; shift 2 ;;
        --out=*) out_dir="${1#--out=}"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done

[[ $EUID -eq 0 ]] || die "must run as root: it creates network namespaces and captures on them (try: sudo $0)"

require() { # tool, Debian package
    command -v "$1" >/dev/null 2>&1 || die "needs $1 (Debian package $2)"
}
require ip iproute2
require ss iproute2
require ping iputils-ping
require tcpdump tcpdump
require curl curl
require ethtool ethtool
require tshark tshark
require editcap wireshark-common
require "$PYTHON" python3
[[ -r "$SERVICES" ]] || die "missing $SERVICES"

mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"

readonly PEER_NS="wc-peer-$$" DUT_NS="wc-dut-$$"
work="$(mktemp -d "${TMPDIR:-/tmp}/record-examples.XXXXXX")"
running=()   # PIDs of background processes this script started and has not stopped yet

stop_pid() { # pid, signal: stops one process this script started and forgets it
    local pid="$1" signal="${2:-TERM}" kept=() p i
    kill "-$signal" "$pid" 2>/dev/null || true
    for ((i = 0; i < 50 && $(kill -0 "$pid" 2>/dev/null && echo 1 || echo 0); i++)); do sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true   # still there after 5 s: it had its chance
    wait "$pid" 2>/dev/null || true
    for p in "${running[@]}"; do [[ "$p" == "$pid" ]] || kept+=("$p"); done
    running=("${kept[@]}")
}

cleanup() {
    local status=$? pid
    for pid in "${running[@]}"; do stop_pid "$pid"; done
    ip netns del "$PEER_NS" 2>/dev/null || true
    ip netns del "$DUT_NS" 2>/dev/null || true
    rm -rf "$work"
    if ((status != 0)); then echo "record-examples.sh: failed (exit $status); nothing written to $out_dir" >&2; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Foreground helpers. Background processes are started with a plain `ip netns exec … &`
# instead: ip execs the program, so $! is the program's own PID and stop_pid reaches it.
in_peer() { ip netns exec "$PEER_NS" "$@"; }
in_dut() { ip netns exec "$DUT_NS" "$@"; }

wait_until() { # description, tries (0.1 s apart), command...: a bounded poll
    local what="$1" tries="$2"; shift 2
    local i
    for ((i = 0; i < tries; i++)); do
        if "$@"; then return 0; fi
        sleep 0.1
    done
    die "timed out waiting for $what"
}

# --- the two namespaces and the link between them --------------------------------------------
ip netns add "$PEER_NS"
ip netns add "$DUT_NS"
ip -n "$PEER_NS" link add "$IFACE" address "$PEER_MAC" type veth \
    peer name "$IFACE" address "$DUT_MAC" netns "$DUT_NS"

configure_end() { # namespace, IPv4 address, IPv6 address
    local ns="$1"
    ip -n "$ns" link set lo up
    # veth offloads would hand tcpdump 64 KB TCP "frames" and unfinished checksums; a real
    # wire has neither, so the kernel segments and checksums in software here.
    ip netns exec "$ns" ethtool -K "$IFACE" tx off sg off tso off gso off gro off >/dev/null
    # Stable link-local addresses: modified EUI-64 from the fixed MAC (the default, made explicit).
    ip netns exec "$ns" sysctl -q -w "net.ipv6.conf.$IFACE.addr_gen_mode=0"
    ip -n "$ns" addr add "$2/$V4_PREFIX" dev "$IFACE"
    ip -n "$ns" addr add "$3/$V6_PREFIX" dev "$IFACE"
}
configure_end "$PEER_NS" "$PEER_V4" "$PEER_V6"
configure_end "$DUT_NS" "$DUT_V4" "$DUT_V6"
# The peer is the test harness: keep its own router solicitations out of the capture. The DUT
# keeps every kernel default.
in_peer sysctl -q -w "net.ipv6.conf.$IFACE.router_solicitations=0"

# --- services on the DUT (bound before its link comes up, so setup traffic is the kernel's own)
mkdir -p "$work/www"
"$PYTHON" "$SERVICES" write-files "$work/www" "$SMALL_PAGE_BYTES" "$BIG_FILE_BYTES"
ip netns exec "$DUT_NS" "$PYTHON" -m http.server "$HTTP_PORT" --bind "$DUT_V4" --directory "$work/www" \
    >"$work/http.log" 2>&1 &
running+=("$!")
ip netns exec "$DUT_NS" "$PYTHON" "$SERVICES" udp-echo-server "$DUT_V4" "$ECHO_PORT" >"$work/echo.log" 2>&1 &
running+=("$!")
listening() { [[ -n "$(in_dut ss -Hln "$@")" ]]; }
wait_until "the HTTP server on port $HTTP_PORT" 100 listening -t "sport = :$HTTP_PORT"
wait_until "the UDP echo service on port $ECHO_PORT" 100 listening -u "sport = :$ECHO_PORT"

# --- capture on the peer's end: up first, so the DUT's link-up traffic is recorded ------------
ip -n "$PEER_NS" link set "$IFACE" up
ip netns exec "$PEER_NS" tcpdump -i "$IFACE" -w "$work/$CAPTURE.pcap" -s 0 -U -Z root -n >"$work/tcpdump.log" 2>&1 &
tcpdump_pid=$!
running+=("$tcpdump_pid")
wait_until "tcpdump to start" 100 grep -q "listening on" "$work/tcpdump.log"

# Scenario markers: wall-clock time at which each scenario starts (pcap timestamps use the
# same clock). Each scenario's frames are those up to the next marker.
scenario() { # name, what happens
    printf '%s\t%s\t%s\n' "$(date +%s.%N)" "$1" "$2" >>"$work/markers.tsv"
    echo "record-examples.sh: $1" >&2
}
settle() { sleep 0.5; }   # lets the last answers and ACKs of a scenario land in its window

scenario "link up" "DUT link comes up: MLDv2 reports, DAD neighbour solicitations (link-local and global), router solicitation"
ip -n "$DUT_NS" link set "$IFACE" up
dad_done() { # namespace: link-local present, nothing tentative, nothing failed
    [[ -n "$(ip -n "$1" -6 addr show dev "$IFACE" scope link)" ]] &&
        [[ -z "$(ip -n "$1" -6 addr show dev "$IFACE" tentative)" ]] &&
        [[ -z "$(ip -n "$1" -6 addr show dev "$IFACE" dadfailed)" ]]
}
wait_until "IPv6 DAD in the DUT namespace" 100 dad_done "$DUT_NS"
wait_until "IPv6 DAD in the peer namespace" 100 dad_done "$PEER_NS"
sleep 1.5   # the repeated unsolicited MLD reports (robustness 2, up to 1 s apart)
# Empty neighbour caches, so ARP and NDP show up where the traffic first needs them.
ip -n "$PEER_NS" neigh flush dev "$IFACE"
ip -n "$DUT_NS" neigh flush dev "$IFACE"

ping4() { in_peer timeout 15 ping -4 -n -q -c 3 -i 0.2 -W 2 "$@" >/dev/null; }
ping6() { in_peer timeout 15 ping -6 -n -q -c 3 -i 0.2 -W 2 "$@" >/dev/null; }

scenario "ping IPv4" "ARP request/reply, then 3 ICMP echo request/reply pairs (56 data bytes)"
ping4 "$DUT_V4"; settle

scenario "ping IPv4 3000 bytes" "3 ICMP echo requests of 3000 data bytes, each in 3 IPv4 fragments, answered by replies fragmented the same way"
ping4 -s 3000 "$DUT_V4"; settle

scenario "ping6 link-local" "NDP neighbour solicitation/advertisement, then 3 ICMPv6 echo request/reply pairs to $DUT_LINK_LOCAL"
ping6 "$DUT_LINK_LOCAL%$IFACE"; settle

scenario "ping6 global" "NDP for the global address, then 3 ICMPv6 echo request/reply pairs to $DUT_V6"
ping6 "$DUT_V6"; settle

scenario "ping6 global 3000 bytes" "3 ICMPv6 echo requests of 3000 data bytes in 3 IPv6 fragments each (fragment header), replies fragmented the same way"
ping6 -s 3000 "$DUT_V6"; settle

http_get() { # path, expected size: one GET with curl, checked against the served file
    in_peer timeout 20 curl --noproxy '*' --max-time 15 -sS -o "$work/got-$1" "http://$DUT_V4:$HTTP_PORT/$1"
    cmp -s "$work/got-$1" "$work/www/$1" || die "HTTP GET /$1 did not return the served file"
}
scenario "HTTP GET small page" "TCP handshake, GET /index.html ($SMALL_PAGE_BYTES bytes, HTTP/1.0 from python3 http.server), FIN exchange"
http_get index.html; settle

scenario "HTTP GET 200 KB" "TCP handshake, GET /big.txt ($BIG_FILE_BYTES bytes) in full-size segments with ACKs, FIN exchange"
http_get big.txt; settle

scenario "UDP echo" "UDP datagrams of 1, 512 and 1472 bytes to port $ECHO_PORT, each echoed back"
in_peer timeout 10 "$PYTHON" "$SERVICES" udp-echo "$DUT_V4" "$ECHO_PORT" 1 512 1472; settle

scenario "TCP closed port IPv4" "SYN to TCP port $CLOSED_PORT, answered by RST/ACK"
in_peer timeout 10 "$PYTHON" "$SERVICES" tcp-closed "$DUT_V4" "$CLOSED_PORT"; settle

scenario "UDP closed port IPv4" "UDP datagram to port $CLOSED_PORT, answered by ICMP destination unreachable (port unreachable)"
in_peer timeout 10 "$PYTHON" "$SERVICES" udp-closed "$DUT_V4" "$CLOSED_PORT"; settle

scenario "TCP closed port IPv6" "SYN to TCP port $CLOSED_PORT over IPv6, answered by RST/ACK"
in_peer timeout 10 "$PYTHON" "$SERVICES" tcp-closed "$DUT_V6" "$CLOSED_PORT"; settle

scenario "UDP closed port IPv6" "UDP datagram to port $CLOSED_PORT over IPv6, answered by ICMPv6 destination unreachable (port unreachable)"
in_peer timeout 10 "$PYTHON" "$SERVICES" udp-closed "$DUT_V6" "$CLOSED_PORT"; settle
sleep 1

stop_pid "$tcpdump_pid" TERM   # tcpdump flushes and closes the file on TERM
grep -qx "0 packets dropped by kernel" "$work/tcpdump.log" ||
    die "tcpdump dropped packets: $(cat "$work/tcpdump.log")"
for pid in "${running[@]}"; do stop_pid "$pid"; done

# --- pcapng copy and the README -----------------------------------------------------------------
editcap -F pcapng "$work/$CAPTURE.pcap" "$work/$CAPTURE.pcapng"
frames_in() { tshark -r "$1" -T fields -e frame.number | wc -l; }
total="$(frames_in "$work/$CAPTURE.pcap")"
[[ "$total" == "$(frames_in "$work/$CAPTURE.pcapng")" ]] || die "editcap changed the number of frames"

# One row per scenario: frames from its marker up to the next one (the first also takes any
# frame before it), with tshark's protocol column counted.
scenario_table() {
    tshark -r "$work/$CAPTURE.pcap" -T fields -E separator=/t \
        -e frame.number -e frame.time_epoch -e _ws.col.Protocol |
        awk -F'\t' -v markers="$work/markers.tsv" '
            BEGIN {
                while ((getline line < markers) > 0) {
                    split(line, f, "\t"); n++; start[n] = f[1] + 0; name[n] = f[2]; what[n] = f[3]
                }
            }
            {
                s = 1
                while (s < n && $2 + 0 >= start[s + 1]) s++
                if (!(s in first)) first[s] = $1
                last[s] = $1; count[s]++
                if (!((s, $3) in proto)) order[s] = order[s] (order[s] == "" ? "" : "\t") $3
                proto[s, $3]++
            }
            END {
                print "| # | scenario | frames | count | protocols (tshark column) | what happens |"
                print "|---|---|---|---|---|---|"
                for (s = 1; s <= n; s++) {
                    k = split(order[s], p, "\t"); protos = ""
                    for (i = 1; i <= k; i++) protos = protos (i > 1 ? ", " : "") p[i] " " proto[s, p[i]]
                    range = (s in first) ? first[s] "–" last[s] : "none"
                    printf "| %d | %s | %s | %d | %s | %s |\n", s, name[s], range, count[s], protos, what[s]
                }
            }'
}

# Checksum validation on, so the table can show that no frame carries a bad one.
count_filter() {
    tshark -r "$work/$CAPTURE.pcap" -o ip.check_checksum:TRUE -o tcp.check_checksum:TRUE \
        -o udp.check_checksum:TRUE -Y "$1" -T fields -e frame.number | wc -l
}
filter_table() {
    echo "| display filter | frames |"
    echo "|---|---|"
    local filter
    for filter in \
        "arp.opcode == 1" "arp.opcode == 2" \
        "icmp.type == 8" "icmp.type == 0" "icmp.type == 3 && icmp.code == 3" \
        "ip.flags.mf == 1 || ip.frag_offset > 0" \
        "icmpv6.type == 128" "icmpv6.type == 129" "icmpv6.type == 1 && icmpv6.code == 4" \
        "icmpv6.type == 133" "icmpv6.type == 135" "icmpv6.type == 136" "icmpv6.type == 143" \
        "ipv6.fraghdr" "ipv6.hopopts" \
        "tcp" "tcp.flags.syn == 1 && tcp.flags.ack == 0" "tcp.flags.reset == 1" "http.request" \
        "udp" "udp.port == $ECHO_PORT" \
        "_ws.malformed" \
        "ip.checksum.status == 0 || icmp.checksum.status == 0 || tcp.checksum.status == 0 || udp.checksum.status == 0 || icmpv6.checksum.status == 0"; do
        # a | inside a Markdown table cell must be escaped, even in a code span
        echo "| \`${filter//|/\\|}\` | $(count_filter "$filter") |"
    done
}

tool_versions() {
    echo "- kernel: \`$(uname -r)\` (DUT and peer share it: namespaces, one kernel)"
    echo "- $(ip -V)"
    echo "- $(ping -V | head -n1)"
    echo "- $(tcpdump --version 2>&1 | head -n1), $(tcpdump --version 2>&1 | sed -n 2p)"
    echo "- $(curl --version | head -n1 | cut -d' ' -f1-2)"
    echo "- $("$PYTHON" --version) (\`$PYTHON\`, http.server and scripts/example_services.py)"
    echo "- $(editcap --version | head -n1)"
    echo "- $(tshark --version | head -n1)"
    echo "- $(ethtool --version)"
}

cat >"$work/README.md" <<EOF
# Example captures: the Linux kernel stack

Generated by \`scripts/record-examples.sh\` (rerun it instead of editing this file):

    sudo scripts/record-examples.sh            # or --out DIR to record elsewhere

Recorded $(date -u '+%Y-%m-%d %H:%M UTC') with:

$(tool_versions)

| file | what |
|---|---|
| \`$CAPTURE.pcap\` | $total frames, Ethernet, libpcap format as tcpdump wrote it (\`tcpdump -i $IFACE -w … -s 0 -U\`), $(stat -c %s "$work/$CAPTURE.pcap") bytes |
| \`$CAPTURE.pcapng\` | the same $total frames, converted with \`editcap -F pcapng\`, $(stat -c %s "$work/$CAPTURE.pcapng") bytes |

Meant for the README's \`./wirecheck check examples/$CAPTURE.pcap\`; every frame's fields:
\`java -jar cli/target/wirecheck.jar dissect examples/$CAPTURE.pcap\`.

## Setup

Two network namespaces created for the recording and deleted after it, joined by a veth
pair; tcpdump runs on the peer's end. The DUT is the plain Linux kernel stack with every
default, answering with its own ARP, NDP, MLD, ICMP, ICMPv6, TCP and UDP; the only programs
in it are Python's \`http.server\` on TCP $HTTP_PORT and a UDP echo service on port $ECHO_PORT
(\`scripts/example_services.py\`). Nothing else listens, so TCP and UDP port $CLOSED_PORT are closed.

| | DUT | peer |
|---|---|---|
| MAC | \`$DUT_MAC\` | \`$PEER_MAC\` |
| IPv4 | \`$DUT_V4/$V4_PREFIX\` | \`$PEER_V4/$V4_PREFIX\` |
| IPv6 global | \`$DUT_V6/$V6_PREFIX\` | \`$PEER_V6/$V6_PREFIX\` |
| IPv6 link-local | \`$DUT_LINK_LOCAL\` (modified EUI-64) | \`fe80::ff:fe00:1\` |

What was set beyond the kernel's defaults, and why:
- Both veth ends have checksum and segmentation offloads off (\`ethtool -K $IFACE tx off sg off
  tso off gso off gro off\`): with them on, tcpdump would see 64 KB TCP super-frames and
  unfinished checksums that never exist on a real wire.
- The peer sends no router solicitations (\`router_solicitations=0\`), so the IPv6 control
  traffic in the capture is the DUT's (the peer's own DAD and MLD reports remain).
- Neighbour caches are flushed after DAD, so ARP and NDP appear where traffic first needs them.

Addresses and MACs are the same in every recording; timestamps, IPv4 identifications, TCP
initial sequence numbers, ping identifiers and the exact place of the DUT's background
frames (repeated router solicitations, MLD reports, neighbour reachability probes) are not.

## Frames per scenario

Counted with tshark $(tshark --version | head -n1 | awk '{print $3}') from the recording's scenario start times: a
scenario's frames run up to the next one's start, so kernel background frames that fall in
its window (for example the DUT's repeated router solicitation) are counted there and
show in the protocol column. Frame numbers are 1-based, as tshark and \`dissect\` number them.

$(scenario_table)

## Frames per display filter

IP, TCP and UDP checksum validation on; the last two rows are frames tshark calls malformed and
frames with a bad checksum.

$(filter_table)
EOF

mv -f "$work/$CAPTURE.pcap" "$out_dir/$CAPTURE.pcap"
mv -f "$work/$CAPTURE.pcapng" "$out_dir/$CAPTURE.pcapng"
mv -f "$work/README.md" "$out_dir/README.md"
echo "record-examples.sh: wrote $total frames to $out_dir/$CAPTURE.pcap, .pcapng and README.md" >&2
