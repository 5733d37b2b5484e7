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
import os, socket, struct, subprocess, time

TAP = os.environ.get("WC_TAP", "tap0")
DUT_MAC = bytes.fromhex(os.environ.get("WC_TARGET_MAC", "02:00:00:00:00:0a").replace(":", ""))
DUT_IP = socket.inet_aton(os.environ.get("WC_TARGET_IPV4", "192.0.2.10"))
ME_MAC = bytes.fromhex("020000000066")
ME_IP = socket.inet_aton("192.0.2.66")

s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))
s.bind((TAP, 0))
s.settimeout(0.05)


def csum(b):
    if len(b) % 2:
        b += b"\0"
    t = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    while t >> 16:
        t = (t & 0xffff) + (t >> 16)
    return (~t) & 0xffff


def ip4(proto, payload, bad_checksum=False, ident=[0x4000]):
    ident[0] += 1
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident[0], 0, 64, proto, 0, ME_IP, DUT_IP)
    c = csum(h) ^ (1 if bad_checksum else 0)
    return h[:10] + struct.pack("!H", c) + h[12:] + payload


def tcp(sport, dport, seq, ack, flags, data=b"", window=5840, opts=b"", offset_words=None):
    off = offset_words if offset_words is not None else (20 + len(opts)) // 4
    h = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xffffffff, ack & 0xffffffff, off << 4, flags, window, 0, 0) + opts
    pseudo = ME_IP + DUT_IP + struct.pack("!BBH", 0, 6, len(h) + len(data))
    c = csum(pseudo + h + data)
    return h[:16] + struct.pack("!H", c) + h[18:] + data


def send_ip(pkt):
    s.send(DUT_MAC + ME_MAC + b"\x08\x00" + pkt)


def pump(seconds, want=None):
    """Answers ARP for 192.0.2.66; returns the first TCP segment to us matching want(flags), or None."""
    end = time.time() + seconds
    while time.time() < end:
        try:
            f = s.recv(2048)
        except socket.timeout:
            continue
        if f[12:14] == b"\x08\x06" and f[20:22] == b"\x00\x01" and f[38:42] == ME_IP:
            reply = f[6:12] + ME_MAC + b"\x08\x06" + f[14:20] + b"\x00\x02" + ME_MAC + ME_IP + f[22:28] + f[28:32]
            s.send(reply)
        elif f[12:14] == b"\x08\x00" and f[23] == 6 and f[30:34] == ME_IP and want is not None:
            t = f[34:]
            seq, ack = struct.unpack("!II", t[4:12])
            if want(t[13]):
                return seq, ack, t[13]
    return None


def ping(label):
    r = subprocess.run(["ping", "-c", "1", "-W", "1", socket.inet_ntoa(DUT_IP)], capture_output=True, text=True)
    print(label, "ping:", "answered" if r.returncode == 0 else "NO ANSWER", flush=True)


def connect(sport, isn):
    send_ip(ip4(6, tcp(sport, 80, isn, 0, 0x02, opts=b"\x02\x04\x05\xb4")))
    r = pump(2, lambda fl: fl & 0x12 == 0x12)
    if r is None:
        print("no SYN-ACK on port", sport, flush=True)
        return None
    dut_isn = r[0]
    send_ip(ip4(6, tcp(sport, 80, isn + 1, dut_isn + 1, 0x10)))
    pump(0.2)
    return dut_isn


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
