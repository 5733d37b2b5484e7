#!/usr/bin/env python3
"""A zero window and a burst of full-sized segments against lwip-host, for wirecheck's
RFC9293-3.8.6.1-zero-window-probe and RFC9293-3.8.6.3-ack-every-second-segment.

    sudo ./run-in-netns.sh --pcap /tmp/lwip-host-flow.pcap -- python3 ./zero-window-flow.py
    ./wirecheck check /tmp/lwip-host-flow.pcap --dut-mac 02:00:00:00:00:0a

From the spoofed peer of rawpeer.py: GET /dl/30000 offering a 2920-byte window, then ACK with
window 0 for about 8 s (the target must probe), then window 65535 until the FIN; then a second
connection receives four full-sized segments back to back (the target ACKs every second one).
conformance/src/test/resources/captures/lwip-host-flow.pcap was made this way."""
import socket, struct, sys, time

from rawpeer import ME_IP, ME_MAC, ip4, s, send_ip, tcp

def recv_seg(seconds, port):
    end = time.time() + seconds
    while time.time() < end:
        try:
            f = s.recv(4096)
        except socket.timeout:
            continue
        if f[12:14] == b"\x08\x06" and f[20:22] == b"\x00\x01" and f[38:42] == ME_IP:
            s.send(f[6:12] + ME_MAC + b"\x08\x06" + f[14:20] + b"\x00\x02" + ME_MAC + ME_IP + f[22:28] + f[28:32])
        elif f[12:14] == b"\x08\x00" and f[23] == 6 and f[30:34] == ME_IP:
            ihl = (f[14] & 15) * 4
            total = struct.unpack("!H", f[16:18])[0]
            t = f[14 + ihl:14 + total]
            dport = struct.unpack("!H", t[2:4])[0]
            if dport != port:
                continue
            seq, ack = struct.unpack("!II", t[4:12])
            off = (t[12] >> 4) * 4
            return seq, ack, t[13], t[off:]
    return None

def handshake(port, isn, window):
    send_ip(ip4(6, tcp(port, 80, isn, 0, 0x02, window=window, opts=b"\x02\x04\x05\xb4")))
    r = recv_seg(2, port)
    if r is None or r[2] & 0x12 != 0x12:
        print("no SYN-ACK", r); sys.exit(1)
    send_ip(ip4(6, tcp(port, 80, isn + 1, r[0] + 1, 0x10, window=window)))
    return r[0] + 1

# 1. zero window while the DUT has a download queued
port, isn = 40020, 2000
rcv = handshake(port, isn, 2920)
req = b"GET /dl/30000 HTTP/1.1\r\nHost: dut\r\n\r\n"
send_ip(ip4(6, tcp(port, 80, isn + 1, rcv, 0x18, data=req, window=2920)))
mine = isn + 1 + len(req)
t_end = time.time() + 2
while time.time() < t_end:
    r = recv_seg(0.3, port)
    if r and r[0] == rcv and r[3]:
        rcv += len(r[3])
print("received", rcv, "then closing the window", flush=True)
send_ip(ip4(6, tcp(port, 80, mine, rcv, 0x10, window=0)))
probes = 0
t_end = time.time() + 8
while time.time() < t_end:
    r = recv_seg(0.5, port)
    if r:
        probes += 1
        print("while closed: seq", r[0], "len", len(r[3]), "flags", hex(r[2]), flush=True)
        send_ip(ip4(6, tcp(port, 80, mine, rcv, 0x10, window=0)))
print("probes", probes, "- reopening", flush=True)
send_ip(ip4(6, tcp(port, 80, mine, rcv, 0x10, window=65535)))
fin = False
t_end = time.time() + 6
while time.time() < t_end and not fin:
    r = recv_seg(0.5, port)
    if not r:
        continue
    if r[0] == rcv:
        rcv += len(r[3])
        if r[2] & 0x01:
            rcv += 1
            fin = True
    send_ip(ip4(6, tcp(port, 80, mine, rcv, 0x10 | (0x01 if fin else 0), window=65535)))
print("download done" if fin else "no FIN", rcv, flush=True)
recv_seg(0.5, port)

# 2. four full-sized segments back to back
port, isn = 40030, 70000
rcv = handshake(port, isn, 65535)
for i in range(4):
    send_ip(ip4(6, tcp(port, 80, isn + 1 + 1460 * i, rcv, 0x10, data=b"Y" * 1460, window=65535)))
acks = []
t_end = time.time() + 1.5
while time.time() < t_end:
    r = recv_seg(0.2, port)
    if r:
        acks.append(r[1] - isn - 1)
print("acks after four segments:", acks, flush=True)
send_ip(ip4(6, tcp(port, 80, isn + 1 + 4 * 1460, 0, 0x04)))
recv_seg(0.3, port)
