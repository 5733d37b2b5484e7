"""A spoofed peer on the target's TAP, for the scenarios in attack-liveness.py and
zero-window-flow.py: 192.0.2.66 / 02:00:00:00:00:66, sending hand-made Ethernet/IPv4/TCP frames
through an AF_PACKET socket and answering the target's ARP requests itself (the namespace's
kernel never sees these connections, so it sends no RST). Standard library only; needs root and
runs inside the namespace run-in-netns.sh creates."""
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

