#!/usr/bin/env python3
"""Adversarial stimuli against lwip-host, each followed by an ordinary request, for wirecheck's
liveness rule (RFC1122-1.2.2-liveness) and the RFC 5961 challenge-ACK rules.

    sudo ./run-in-netns.sh --pcap /tmp/lwip-host-attacks.pcap -- python3 ./attack-liveness.py
    ./wirecheck check /tmp/lwip-host-attacks.pcap --dut-mac 02:00:00:00:00:0a

It opens a TCP connection to port 80 from a spoofed peer 192.0.2.66 / 02:00:00:00:00:66 (it
answers the target's ARP requests itself, so the namespace's kernel never sees the connection and
sends no RST), then sends an in-window RST, a SYN on the connection, data far beyond the window,
an ACK of unsent data, three malformed frames, and another in-window RST, each followed by a
ping from the namespace (192.0.2.1); it ends with a new connection to port 80. Runs only inside
the namespace run-in-netns.sh creates (192.0.2.0/24), on its TAP; every wait is bounded.
conformance/src/test/resources/captures/lwip-host-attacks.pcap was made this way.
Standard library only (AF_PACKET raw socket, root)."""
from rawpeer import *  # noqa: F401,F403 (frame builders, pump, connect, ping)

pump(0.3)
dut_isn = connect(40000, 1000)
print("established, DUT ISN", dut_isn, flush=True)
ping("baseline")
# 1. RST ten octets into the window (RFC 5961 3.2: challenge ACK)
send_ip(ip4(6, tcp(40000, 80, 1011, 0, 0x04)))
pump(0.3)
ping("after in-window RST")
# 2. SYN on the established connection (RFC 5961 4.2)
send_ip(ip4(6, tcp(40000, 80, 777777, 0, 0x02)))
pump(0.3)
ping("after SYN on established")
# 3. data far beyond the receive window
send_ip(ip4(6, tcp(40000, 80, 1001 + 100000, dut_isn + 1, 0x18, data=b"X" * 32)))
pump(0.3)
ping("after out-of-window data")
# 4. ACK of data the DUT never sent
send_ip(ip4(6, tcp(40000, 80, 1001, dut_isn + 1 + 50000, 0x10)))
pump(0.3)
ping("after ACK of unsent data")
# 5. malformed: wrong IPv4 header checksum; TCP data offset 3; truncated TCP header
send_ip(ip4(6, tcp(40001, 80, 5000, 0, 0x02), bad_checksum=True))
send_ip(ip4(6, tcp(40002, 80, 5000, 0, 0x02, offset_words=3)))
send_ip(ip4(6, tcp(40003, 80, 5000, 0, 0x02)[:12]))
pump(0.3)
ping("after malformed frames")
# 6. an ordinary request after an attack: a new connection to port 80
send_ip(ip4(6, tcp(40000, 80, 1011, 0, 0x04)))
pump(0.2)
second = connect(40010, 90000)
print("new connection after attack:", "answered" if second is not None else "NO ANSWER", flush=True)
if second is not None:
    send_ip(ip4(6, tcp(40010, 80, 90001, second + 1, 0x04)))
send_ip(ip4(6, tcp(40000, 80, 1001, 0, 0x04)))
pump(0.5)
