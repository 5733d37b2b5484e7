#!/usr/bin/env python3
"""Small probes for the manual smoke test of lwip-host (standard library only).

  probe.py udp-echo HOST PORT SIZE...   each datagram must come back unchanged
  probe.py udp-closed HOST PORT         expects ICMP port unreachable
  probe.py http-body URL LENGTH         GET; body must be LENGTH bytes of 'a'..'z' by position
  probe.py http-raw HOST PORT STATUS REQUEST [half-close]
                                        sends REQUEST (Python escapes such as \\r\\n allowed,
                                        {pad:N} expands to N 'x'), optionally shuts down
                                        its sending side, reads to EOF; the status code must
                                        be STATUS
  probe.py ra IFACE PREFIX              sends one router advertisement for PREFIX (/64)

Each prints one line and exits 0 on the expected outcome, 1 otherwise. Every
wait is bounded by a timeout.
"""
import ipaddress
import socket
import struct
import sys
import urllib.request

TIMEOUT_S = 3.0


def udp_connected(host, port):
    """A UDP socket connected to host (which may carry a %zone) and port."""
    family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)[0]
    sock = socket.socket(family, socket.SOCK_DGRAM)
    sock.settimeout(TIMEOUT_S)
    sock.connect(address)
    return sock


def udp_echo(host, port, sizes):
    with udp_connected(host, port) as sock:
        for size in sizes:
            data = bytes((i * 7 + size) & 0xff for i in range(size))
            sock.send(data)
            try:
                reply = sock.recv(65535)
            except socket.timeout:
                print(f"udp-echo {host}:{port}: no echo of {size} bytes in {TIMEOUT_S}s")
                return 1
            if reply != data:
                print(f"udp-echo {host}:{port}: {size} bytes sent, {len(reply)} different bytes back")
                return 1
        print(f"udp-echo {host}:{port}: echoed {', '.join(map(str, sizes))} bytes")
        return 0


def udp_closed(host, port):
    with udp_connected(host, port) as sock:
        sock.send(b'wirecheck')
        try:
            sock.recv(65535)
        except ConnectionRefusedError:
            print(f"udp-closed {host}:{port}: ICMP port unreachable")
            return 0
        except socket.timeout:
            print(f"udp-closed {host}:{port}: no answer in {TIMEOUT_S}s")
            return 1
        print(f"udp-closed {host}:{port}: got a UDP answer")
        return 1


def http_body(url, length):
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_S * 10) as response:
            body = response.read()
    except OSError as e:
        print(f"http-body {url}: {e}")
        return 1
    expected = bytes(ord('a') + i % 26 for i in range(length))
    if body != expected:
        first_bad = next((i for i, (a, b) in enumerate(zip(body, expected)) if a != b),
                         min(len(body), len(expected)))
        print(f"http-body {url}: {len(body)} bytes, differs from the pattern at {first_bad}")
        return 1
    print(f"http-body {url}: {len(body)} bytes, pattern ok")
    return 0


def http_raw(host, port, status, request, half_close):
    request = request.encode().decode('unicode_escape')
    if '{pad:' in request:
        head, rest = request.split('{pad:', 1)
        count, tail = rest.split('}', 1)
        request = head + 'x' * int(count) + tail
    family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(TIMEOUT_S)
        sock.connect(address)
        try:
            sock.sendall(request.encode('latin-1'))
        except ConnectionResetError:
            pass  # the server may answer and close before a long request is sent whole
        if half_close:
            sock.shutdown(socket.SHUT_WR)
        response = b''
        try:
            while chunk := sock.recv(65536):
                response += chunk
        except ConnectionResetError:
            pass  # data the server never read makes it reset; what came before counts
        except socket.timeout:
            print(f"http-raw {host}:{port}: no end of response in {TIMEOUT_S}s")
            return 1
    line = response.split(b'\r\n', 1)[0].decode('latin-1')
    got = line.split(' ')[1] if line.startswith('HTTP/1.1 ') else ''
    print(f"http-raw {host}:{port}: '{line}' ({len(response)} bytes)")
    return 0 if got == status else 1


def router_advertisement(mac, prefix):
    """RFC 4861 section 4.2 RA with options SLLA (4.6.1), MTU (4.6.4) and
    prefix information (4.6.2) with the on-link and autonomous flags."""
    ra = struct.pack('!BBHBBHII', 134, 0, 0,  # type, code, checksum (kernel fills it)
                     64, 0, 1800,             # cur hop limit, M=O=0, router lifetime
                     0, 0)                    # reachable time, retrans timer
    slla = struct.pack('!BB', 1, 1) + mac
    mtu = struct.pack('!BBHI', 5, 1, 0, 1500)
    pio = struct.pack('!BBBBIII', 3, 4, prefix.prefixlen, 0xc0, 86400, 14400, 0)
    return ra + slla + mtu + pio + prefix.network_address.packed


def send_ra(iface, prefix_text):
    prefix = ipaddress.IPv6Network(prefix_text)
    with open(f'/sys/class/net/{iface}/address') as f:
        mac = bytes.fromhex(f.read().strip().replace(':', ''))
    sock = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6)
    with sock:
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 255)
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF, socket.if_nametoindex(iface))
        sock.sendto(router_advertisement(mac, prefix), ('ff02::1', 0, 0, socket.if_nametoindex(iface)))
    print(f"ra {iface}: advertised {prefix} (A=1 L=1) to ff02::1")
    return 0


def main(argv):
    if len(argv) >= 4 and argv[1] == 'udp-echo':
        return udp_echo(argv[2], int(argv[3]), [int(s) for s in argv[4:]])
    if len(argv) == 4 and argv[1] == 'udp-closed':
        return udp_closed(argv[2], int(argv[3]))
    if len(argv) == 4 and argv[1] == 'http-body':
        return http_body(argv[2], int(argv[3]))
    if len(argv) in (6, 7) and argv[1] == 'http-raw':
        return http_raw(argv[2], int(argv[3]), argv[4], argv[5], len(argv) == 7 and argv[6] == 'half-close')
    if len(argv) == 4 and argv[1] == 'ra':
        return send_ra(argv[2], argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
