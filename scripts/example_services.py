#!/usr/bin/python3
"""Small network helpers that scripts/record-examples.sh runs inside its namespaces.

  udp-echo-server ADDR PORT          echo every datagram back to its sender (DUT side)
  udp-echo ADDR PORT SIZE...         send one datagram per size, require the same bytes back
  udp-closed ADDR PORT               send one datagram, require "connection refused"
                                     (the ICMP / ICMPv6 port unreachable that answers it)
  tcp-closed ADDR PORT               connect once, require "connection refused" (a RST)
  write-files DIR SMALL_BYTES BIG_BYTES
                                     write index.html and big.txt for the HTTP server

Only the standard library: it runs under Debian's /usr/bin/python3. Every client call has a
timeout, so nothing here waits for ever; the server runs until record-examples.sh kills it.
"""

import socket
import sys

TIMEOUT_S = 2.0


def family_of(addr):
    return socket.AF_INET6 if ":" in addr else socket.AF_INET


def payload(size):
    """Deterministic bytes, so two recordings carry the same payloads."""
    pattern = b"wirecheck example udp echo payload "
    return (pattern * (size // len(pattern) + 1))[:size]


def udp_echo_server(addr, port):
    sock = socket.socket(family_of(addr), socket.SOCK_DGRAM)
    sock.bind((addr, int(port)))
    while True:
        data, peer = sock.recvfrom(65535)
        sock.sendto(data, peer)


def udp_echo(addr, port, sizes):
    with socket.socket(family_of(addr), socket.SOCK_DGRAM) as sock:
        sock.settimeout(TIMEOUT_S)
        sock.connect((addr, int(port)))
        for size in sizes:
            sent = payload(int(size))
            sock.send(sent)
            echoed = sock.recv(65535)
            if echoed != sent:
                raise SystemExit(f"udp-echo: {len(sent)} bytes sent, got {len(echoed)} different bytes back")


def udp_closed(addr, port):
    with socket.socket(family_of(addr), socket.SOCK_DGRAM) as sock:
        sock.settimeout(TIMEOUT_S)
        sock.connect((addr, int(port)))
        sock.send(payload(32))
        try:
            sock.recv(65535)
        except ConnectionRefusedError:
            return
        raise SystemExit(f"udp-closed: port {port} on {addr} answered instead of refusing")


def tcp_closed(addr, port):
    with socket.socket(family_of(addr), socket.SOCK_STREAM) as sock:
        sock.settimeout(TIMEOUT_S)
        try:
            sock.connect((addr, int(port)))
        except ConnectionRefusedError:
            return
        raise SystemExit(f"tcp-closed: port {port} on {addr} accepted the connection")


def write_files(directory, small_bytes, big_bytes):
    head = b"<!doctype html>\n<title>wirecheck example</title>\n<p>"
    tail = b"</p>\n"
    filler = int(small_bytes) - len(head) - len(tail)
    if filler < 0:
        raise SystemExit("write-files: the small page must be at least %d bytes" % (len(head) + len(tail)))
    with open(f"{directory}/index.html", "wb") as out:
        out.write(head + (b"x" * filler) + tail)
    lines = []
    total = 0
    number = 0
    while total < int(big_bytes):
        line = b"wirecheck example download line %06d\n" % number
        lines.append(line)
        total += len(line)
        number += 1
    with open(f"{directory}/big.txt", "wb") as out:
        out.write(b"".join(lines)[: int(big_bytes)])


COMMANDS = {
    "udp-echo-server": (udp_echo_server, 2),
    "udp-echo": (lambda addr, port, *sizes: udp_echo(addr, port, sizes), None),
    "udp-closed": (udp_closed, 2),
    "tcp-closed": (tcp_closed, 2),
    "write-files": (write_files, 3),
}


def main(argv):
    if len(argv) < 2 or argv[1] not in COMMANDS:
        raise SystemExit("usage: example_services.py {%s} ARGS..." % ",".join(COMMANDS))
    function, arity = COMMANDS[argv[1]]
    args = argv[2:]
    if (arity is not None and len(args) != arity) or (arity is None and len(args) < 3):
        raise SystemExit(f"example_services.py {argv[1]}: wrong number of arguments")
    function(*args)


if __name__ == "__main__":
    main(sys.argv)
