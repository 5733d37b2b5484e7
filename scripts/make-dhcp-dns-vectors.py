#!/usr/bin/env python3
"""Writes rfc-vectors/dhcp/*.json and rfc-vectors/dns/*.json.

Each vector's application bytes are written out below from the RFC layout it cites
(RFC 2131/2132/3046/3396/3442 for DHCP, RFC 1035/2782/3596/3597/6762/6891/7766 for DNS);
this script only wraps them in Ethernet/IPv4/UDP (or TCP) with correct lengths and
checksums, from the documentation range 192.0.2.0/24. Run from the repository root.
"""
import json
import os
import struct

CLIENT_MAC = bytes.fromhex("020000000001")
SERVER_MAC = bytes.fromhex("020000000002")
CLIENT = bytes([192, 0, 2, 100])
SERVER = bytes([192, 0, 2, 1])


def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return (~s) & 0xffff


def ipv4(src, dst, proto, payload):
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0, 64, proto, 0, src, dst)
    h = h[:10] + struct.pack("!H", csum(h)) + h[12:]
    return h + payload


def udp(src, dst, sport, dport, payload):
    u = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    pseudo = src + dst + struct.pack("!BBH", 0, 17, len(u))
    c = csum(pseudo + u) or 0xffff
    u = u[:6] + struct.pack("!H", c) + u[8:]
    return ipv4(src, dst, 17, u)


def tcp(src, dst, sport, dport, payload):
    t = struct.pack("!HHIIBBHHH", sport, dport, 1000, 2000, 5 << 4, 0x18, 65535, 0, 0) + payload
    pseudo = src + dst + struct.pack("!BBH", 0, 6, len(t))
    t = t[:16] + struct.pack("!H", csum(pseudo + t)) + t[18:]
    return ipv4(src, dst, 6, t)


def eth(dst, src, payload):
    return dst + src + b"\x08\x00" + payload


def hx(b):
    return " ".join("%02x" % x for x in b)


def write(proto, vid, rfc, section, source, frame, expect):
    doc = {"id": vid, "rfc": rfc, "section": section, "source": source, "hex": hx(frame), "expect": expect}
    path = os.path.join("rfc-vectors", proto, vid + ".json")
    with open(path, "w") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")


# ---------------------------------------------------------------- DHCP (RFC 2131 §2 layout)

def bootp(op, xid, yiaddr=b"\0" * 4, siaddr=b"\0" * 4, hlen=6, chaddr=CLIENT_MAC, sname=b"", file=b"",
          cookie=b"\x63\x82\x53\x63", flags=0):
    m = struct.pack("!BBBBIHH", op, 1, hlen, 0, xid, 0, flags) + b"\0" * 4 + yiaddr + siaddr + b"\0" * 4
    m += chaddr.ljust(16, b"\0") + sname.ljust(64, b"\0") + file.ljust(128, b"\0") + cookie
    return m


def opt(code, value):
    return bytes([code, len(value)]) + value


def dhcp_msg(op, xid, options, pad_to=300, **kw):
    m = bootp(op, xid, **kw) + options
    return m.ljust(pad_to, b"\0")


def dhcp_frame(msg, from_server):
    if from_server:
        return eth(CLIENT_MAC, SERVER_MAC, udp(SERVER, CLIENT, 67, 68, msg))
    return eth(b"\xff" * 6, CLIENT_MAC, udp(bytes(4), b"\xff" * 4, 68, 67, msg))


DHCP_LAYERS = ["eth", "ip", "udp", "dhcp"]
mt = lambda t: opt(53, bytes([t]))
END = b"\xff"
XID = 0x6411130b

def dhcp(vid, rfc, section, source, msg, from_server=False, fields=None, malformations=None):
    expect = {"layers": DHCP_LAYERS}
    if fields:
        expect["fields"] = fields
    if malformations:
        expect["malformations"] = malformations
    else:
        expect["clean"] = True
    write("dhcp", vid, rfc, section, source, dhcp_frame(msg, from_server), expect)


dhcp("dhcp-discover", 2131, "4.4.1",
     "RFC 2131 §4.4.1 and table 5: a DISCOVER is a BOOTREQUEST with option 53 = 1; client id (RFC 2132 §9.14), "
     "max message size (§9.10), parameter request list (§9.8)",
     dhcp_msg(1, XID, mt(1) + opt(61, b"\x01" + CLIENT_MAC) + opt(57, b"\x05\xdc") + opt(55, b"\x01\x03\x06\x0f\x79")
              + opt(12, b"esp32-p4") + END),
     fields={"dhcp.type": 1, "dhcp.option.dhcp": 1, "dhcp.option.dhcp_max_message_size": 1500,
             "dhcp.option.request_list_item": [1, 3, 6, 15, 121], "dhcp.option.hostname": "esp32-p4",
             "dhcp.hw.mac_addr": ["02:00:00:00:00:01", "02:00:00:00:00:01"]})
dhcp("dhcp-offer", 2131, "4.3.1",
     "RFC 2131 §4.3.1: an OFFER (option 53 = 2) in a BOOTREPLY with yiaddr, server id (RFC 2132 §9.7), lease time "
     "(§9.2), T1/T2 (§9.11, §9.12), subnet mask (§3.3), routers (§3.5), DNS servers (§3.8), domain name (§3.17)",
     dhcp_msg(2, XID, mt(2) + opt(54, SERVER) + opt(51, struct.pack("!I", 3600)) + opt(58, struct.pack("!I", 1800))
              + opt(59, struct.pack("!I", 3150)) + opt(1, b"\xff\xff\xff\x00") + opt(3, SERVER + bytes([192, 0, 2, 254]))
              + opt(6, SERVER) + opt(15, b"example.test") + END, yiaddr=CLIENT, siaddr=SERVER),
     from_server=True,
     fields={"dhcp.type": 2, "dhcp.ip.your": "192.0.2.100", "dhcp.option.dhcp": 2,
             "dhcp.option.dhcp_server_id": "192.0.2.1", "dhcp.option.ip_address_lease_time": 3600,
             "dhcp.option.renewal_time_value": 1800, "dhcp.option.rebinding_time_value": 3150,
             "dhcp.option.subnet_mask": "255.255.255.0", "dhcp.option.router": ["192.0.2.1", "192.0.2.254"],
             "dhcp.option.domain_name": "example.test"})
dhcp("dhcp-request", 2131, "4.3.2",
     "RFC 2131 §4.3.2: a REQUEST in SELECTING state carries the requested IP (RFC 2132 §9.1) and the server id (§9.7)",
     dhcp_msg(1, XID, mt(3) + opt(50, CLIENT) + opt(54, SERVER) + END),
     fields={"dhcp.option.dhcp": 3, "dhcp.option.requested_ip_address": "192.0.2.100"})
for name, t, server in [("decline", 4, False), ("ack", 5, True), ("nak", 6, True), ("release", 7, False),
                        ("inform", 8, False)]:
    dhcp("dhcp-" + name, 2132, "9.6",
         "RFC 2132 §9.6: message type %d is DHCP%s; RFC 2131 §3 table: it travels as a %s" % (
             t, name.upper(), "BOOTREPLY" if server else "BOOTREQUEST"),
         dhcp_msg(2 if server else 1, XID, mt(t) + opt(54, SERVER) + END), from_server=server,
         fields={"dhcp.option.dhcp": t, "dhcp.type": 2 if server else 1})
# RFC 3442 §2 table: 0 -> "0"; 10.0.0.0/8 -> "8.10"; 10.17.0.0/16 -> "16.10.17"; 10.27.129.0/24 -> "24.10.27.129";
# 10.229.0.128/25 -> "25.10.229.0.128"; 10.198.122.47/32 -> "32.10.198.122.47"
routes = b""
for enc in ([0], [8, 10], [16, 10, 17], [24, 10, 27, 129], [25, 10, 229, 0, 128], [32, 10, 198, 122, 47]):
    routes += bytes(enc) + SERVER
dhcp("dhcp-classless-routes", 3442, "2",
     "RFC 3442 §2: each route is the prefix width, the significant octets of the destination, then the router; "
     "the six destinations are the RFC's own encoding table, all via 192.0.2.1",
     dhcp_msg(2, XID, mt(5) + opt(54, SERVER) + opt(121, routes) + END, yiaddr=CLIENT), from_server=True,
     fields={"dhcp.option.classless_static_route": [hx(bytes(e) + SERVER).replace(" ", ":") for e in
                                                    ([0], [8, 10], [16, 10, 17], [24, 10, 27, 129],
                                                     [25, 10, 229, 0, 128], [32, 10, 198, 122, 47])]})
dhcp("dhcp-split-option-concatenated", 3396, "6",
     "RFC 3396 §6: several instances of one option are concatenated in order; option 15 split as 'exam' + 'ple.test'",
     dhcp_msg(2, XID, mt(5) + opt(54, SERVER) + opt(15, b"exam") + opt(15, b"ple.test") + END, yiaddr=CLIENT),
     from_server=True, fields={"dhcp.option.domain_name": ["exam", "ple.test"]})
dhcp("dhcp-overload-file", 2131, "4.1",
     "RFC 2131 §4.1 / RFC 2132 §9.3: option overload 1 continues the options in 'file', which begins with the "
     "first option and ends with END; 'file' then holds no file name (tshark says it is overloaded)",
     dhcp_msg(2, XID, mt(5) + opt(54, SERVER) + opt(52, b"\x01") + END, yiaddr=CLIENT,
              file=opt(1, b"\xff\xff\xff\x00") + opt(3, SERVER) + END),
     from_server=True, fields={"dhcp.option.option_overload": 1, "dhcp.option.subnet_mask": "255.255.255.0",
                               "dhcp.option.router": "192.0.2.1", "dhcp.boot_filename_overloaded_by_dhcp": ""})
dhcp("dhcp-overload-file-and-sname", 2131, "4.1",
     "RFC 2131 §4.1 / RFC 2132 §9.3: overload 3 uses 'file' then 'sname' (RFC 3396 §6 order), each ending with END",
     dhcp_msg(2, XID, mt(5) + opt(54, SERVER) + opt(52, b"\x03") + END, yiaddr=CLIENT,
              file=opt(12, b"dut") + END, sname=opt(15, b"example.test") + END),
     from_server=True, fields={"dhcp.option.hostname": "dut", "dhcp.option.domain_name": "example.test",
                               "dhcp.server_name_overloaded_by_dhcp": "",
                               "dhcp.boot_filename_overloaded_by_dhcp": ""})
dhcp("dhcp-relay-agent-information", 3046, "2.0",
     "RFC 3046 §2.0: option 82 holds sub-options (code, length, value): circuit id (1) and remote id (2)",
     dhcp_msg(1, XID, mt(1) + opt(82, opt(1, b"port7") + opt(2, CLIENT_MAC)) + END),
     fields={"dhcp.option.type": [53, 82, 0]})
dhcp("dhcp-option-past-end", 2132, "2",
     "RFC 2132 §2: the length octet counts the data that follows; host name announces 32 bytes where 4 remain",
     dhcp_msg(1, XID, mt(1) + b"\x0c\x20abcd", pad_to=0), malformations=["dhcp.option-past-end"])
dhcp("dhcp-option-without-length", 2132, "2",
     "RFC 2132 §2: every option but PAD and END has a length octet; the message ends right after a type",
     dhcp_msg(1, XID, mt(1) + b"\x0c", pad_to=0), malformations=["dhcp.option-length-invalid"])
dhcp("dhcp-missing-end", 2131, "4.1",
     "RFC 2131 §4.1: the options field ends with END (RFC 2132 §3.2); here only PAD follows the options",
     dhcp_msg(1, XID, mt(1) + opt(61, b"\x01" + CLIENT_MAC)), malformations=["dhcp.missing-end"])
dhcp("dhcp-garbage-after-end", 2132, "3.2",
     "RFC 2132 §3.2: the octets after END should be PAD; here non-zero bytes follow END",
     dhcp_msg(1, XID, mt(1) + END + b"\x35\x01\x03"), malformations=["dhcp.padding-not-pad"])
dhcp("dhcp-zero-length-subnet-mask", 2132, "3.3",
     "RFC 2132 §3.3: the subnet mask option has length 4; a zero-length one is malformed",
     dhcp_msg(2, XID, mt(2) + opt(54, SERVER) + opt(1, b"") + END, yiaddr=CLIENT), from_server=True,
     malformations=["dhcp.option-wrong-length"])
dhcp("dhcp-router-not-multiple-of-4", 2132, "3.5",
     "RFC 2132 §3.5: the router option's length is a multiple of 4 (minimum 4); 6 is not",
     dhcp_msg(2, XID, mt(2) + opt(54, SERVER) + opt(3, SERVER + b"\xc0\x00") + END, yiaddr=CLIENT),
     from_server=True, malformations=["dhcp.option-wrong-length"])
dhcp("dhcp-duplicate-message-type", 3396, "5",
     "RFC 3396 §5: only options longer than 255 octets are split; a second message type (53 = 5 after 53 = 2) is a "
     "duplicate, not a concatenation",
     dhcp_msg(2, XID, mt(2) + mt(5) + opt(54, SERVER) + END, yiaddr=CLIENT), from_server=True,
     malformations=["dhcp.duplicate-option"])
dhcp("dhcp-message-type-missing", 2131, "3",
     "RFC 2131 §3 (table 5) and RFC 2132 §9.6: every DHCP message carries option 53; this one has none",
     dhcp_msg(1, XID, opt(61, b"\x01" + CLIENT_MAC) + END), malformations=["dhcp.message-type-missing"])
dhcp("dhcp-overload-value-invalid", 2132, "9.3",
     "RFC 2132 §9.3: option overload is one octet of value 1, 2 or 3; 4 is undefined",
     dhcp_msg(2, XID, mt(2) + opt(52, b"\x04") + END, yiaddr=CLIENT), from_server=True,
     malformations=["dhcp.overload-invalid"])
dhcp("dhcp-overload-into-garbage", 2131, "4.1",
     "RFC 2131 §4.1: overloaded 'file' must hold options ending with END; here it holds a boot file name",
     dhcp_msg(2, XID, mt(2) + opt(52, b"\x01") + END, yiaddr=CLIENT, file=b"pxelinux.0"), from_server=True,
     malformations=["dhcp.overload-garbage"])
dhcp("dhcp-hlen-17", 2131, "2",
     "RFC 2131 §2: chaddr is 16 octets, so hlen cannot exceed 16; hlen 17 is malformed",
     dhcp_msg(1, XID, mt(1) + END, hlen=17), malformations=["dhcp.hlen-too-long"])
dhcp("dhcp-bad-magic-cookie", 2131, "3",
     "RFC 2131 §3: the options field starts with the magic cookie 99.130.83.99; 99.130.83.98 is not it",
     dhcp_msg(1, XID, mt(1) + END, cookie=b"\x63\x82\x53\x62"), malformations=["dhcp.bad-magic-cookie"])
write("dhcp", "dhcp-truncated-fixed-fields", 2131, "2",
      "RFC 2131 §2: the fixed BOOTP fields and the cookie take 240 octets; 200 arrive",
      dhcp_frame(bootp(1, XID)[:200], False),
      {"layers": ["eth", "ip", "udp"], "absent": ["dhcp"], "malformations": ["dhcp.truncated"]})
dhcp("dhcp-max-message-size-below-576", 2132, "9.10",
     "RFC 2132 §9.10: the maximum DHCP message size is 2 octets and its minimum legal value is 576; 300 is below",
     dhcp_msg(1, XID, mt(1) + opt(57, struct.pack("!H", 300)) + END),
     malformations=["dhcp.max-message-size-too-small"])
dhcp("dhcp-route-width-33", 3442, "2",
     "RFC 3442 §2: the prefix width is 0 to 32; a route of width 33 is malformed",
     dhcp_msg(2, XID, mt(5) + opt(54, SERVER) + opt(121, b"\x21" + b"\x0a" * 5 + SERVER) + END, yiaddr=CLIENT),
     from_server=True, malformations=["dhcp.route-width-invalid"])

# ---------------------------------------------------------------- DNS (RFC 1035 §4.1 layout)

def name(text):
    out = b""
    for label in text.split(".") if text else []:
        out += bytes([len(label)]) + label.encode()
    return out + b"\0"


def header(ident, flags, qd, an, ns, ar):
    return struct.pack("!HHHHHH", ident, flags, qd, an, ns, ar)


def rr(owner, rtype, rclass, ttl, rdata):
    return owner + struct.pack("!HHIH", rtype, rclass, ttl, len(rdata)) + rdata


def dns(vid, rfc, section, source, msg, fields=None, malformations=None, port=53, server=True, over_tcp=False,
        layer="dns", absent=False):
    sport, dport = (port, 40000) if server else (40000, port)
    if port == 5353:
        sport = dport = 5353
    if over_tcp:
        payload = tcp(SERVER, CLIENT, sport, dport, struct.pack("!H", len(msg)) + msg)
    else:
        payload = udp(SERVER if server else CLIENT, CLIENT if server else SERVER, sport, dport, msg)
    frame = eth(CLIENT_MAC, SERVER_MAC, payload)
    expect = {"layers": ["eth", "ip", "tcp" if over_tcp else "udp"] + ([] if absent else [layer])}
    if absent:
        expect["absent"] = [layer]
    if fields:
        expect["fields"] = fields
    if malformations:
        expect["malformations"] = malformations
    else:
        expect["clean"] = True
    write("dns", vid, rfc, section, source, frame, expect)


Q_A = struct.pack("!HH", 1, 1)
dns("dns-rfc1035-compression-example", 1035, "4.1.4",
    "RFC 1035 §4.1.4: F.ISI.ARPA in full, FOO.F.ISI.ARPA as FOO and a pointer to it, ARPA as a pointer into its "
    "middle, and the root; offsets shifted by the 12-byte header (the RFC's 20, 40, 64 become 12, 28, 34)",
    header(1, 0x0100, 4, 0, 0, 0) + name("F.ISI.ARPA") + Q_A + b"\x03FOO\xc0\x0c" + Q_A + b"\xc0\x12" + Q_A
    + b"\x00" + Q_A, server=False,
    fields={"dns.qry.name": ["F.ISI.ARPA", "FOO.F.ISI.ARPA", "ARPA", "<Root>"], "dns.count.labels": [3, 4, 1, 1]})
dns("dns-query-a", 1035, "4.1.1",
    "RFC 1035 §4.1.1/§4.1.2: a standard query (opcode 0, RD set) for the A record of dut-check.test",
    header(0xf04d, 0x0100, 1, 0, 0, 0) + name("dut-check.test") + Q_A, server=False,
    fields={"dns.flags.response": 0, "dns.flags.recdesired": 1, "dns.qry.name": "dut-check.test",
            "dns.qry.type": 1, "dns.qry.class": "0x0001"})
dns("dns-response-a", 1035, "3.4.1",
    "RFC 1035 §3.4.1: an A record's RDATA is a 32-bit address; the owner is a pointer to the question (§4.1.4)",
    header(0xf04d, 0x8580, 1, 1, 0, 0) + name("dut-check.test") + Q_A + rr(b"\xc0\x0c", 1, 1, 60, SERVER[:3] + b"\x35"),
    fields={"dns.a": "192.0.2.53", "dns.resp.ttl": 60, "dns.resp.name": "dut-check.test", "dns.flags.rcode": 0})
dns("dns-response-aaaa", 3596, "2.2",
    "RFC 3596 §2.2: an AAAA record's RDATA is a 128-bit address (2001:db8::35)",
    header(2, 0x8180, 1, 1, 0, 0) + name("v6.test") + struct.pack("!HH", 28, 1)
    + rr(b"\xc0\x0c", 28, 1, 60, bytes.fromhex("20010db8000000000000000000000035")),
    fields={"dns.aaaa": "2001:db8::35", "dns.resp.len": 16})
dns("dns-nxdomain", 1035, "4.1.1",
    "RFC 1035 §4.1.1: RCODE 3, name error: the name does not exist",
    header(0x32b9, 0x8183, 1, 0, 0, 0) + name("missing.test") + Q_A, fields={"dns.flags.rcode": 3})
dns("dns-cname-mx-txt", 1035, "3.3",
    "RFC 1035 §3.3.1 CNAME, §3.3.9 MX (preference, exchange), §3.3.14 TXT (character-strings), names compressed",
    header(3, 0x8180, 1, 3, 0, 0) + name("www.example.test") + struct.pack("!HH", 15, 1)
    + rr(b"\xc0\x0c", 5, 1, 300, b"\x04host\xc0\x10")
    + rr(b"\xc0\x10", 15, 1, 300, b"\x00\x0a\x04mail\xc0\x10")
    + rr(b"\xc0\x10", 16, 1, 300, b"\x0bv=spf1 -all\x01x"),
    fields={"dns.cname": "host.example.test", "dns.mx.preference": 10, "dns.mx.mail_exchange": "mail.example.test",
            "dns.txt": ["v=spf1 -all", "x"], "dns.txt.length": [11, 1]})
dns("dns-soa-ns-ptr", 1035, "3.3.13",
    "RFC 1035 §3.3.13 SOA (MNAME, RNAME, five 32-bit values), §3.3.11 NS, §3.3.12 PTR",
    header(4, 0x8400, 1, 1, 1, 1) + name("example.test") + struct.pack("!HH", 6, 1)
    + rr(b"\xc0\x0c", 6, 1, 300, b"\x03ns1\xc0\x0c\x0ahostmaster\xc0\x0c" + struct.pack("!IIIII", 2024010101, 7200,
                                                                                       900, 1209600, 300))
    + rr(b"\xc0\x0c", 2, 1, 300, b"\xc0\x2a")
    + rr(name("7.2.0.192.in-addr.arpa"), 12, 1, 300, b"\xc0\x2a"),
    fields={"dns.soa.mname": "ns1.example.test", "dns.soa.rname": "hostmaster.example.test",
            "dns.soa.serial_number": 2024010101, "dns.soa.minimum_ttl": 300, "dns.ns": "ns1.example.test",
            "dns.ptr.domain_name": "ns1.example.test"})
dns("dns-srv", 2782, "The format of the SRV RR",
    "RFC 2782 (Service field format): priority, weight, port, then the target, which is not compressed",
    header(5, 0x8180, 1, 1, 0, 0) + name("_http._tcp.example.test") + struct.pack("!HH", 33, 1)
    + rr(b"\xc0\x0c", 33, 1, 300, struct.pack("!HHH", 0, 5, 80) + name("host.example.test")),
    fields={"dns.srv.priority": 0, "dns.srv.weight": 5, "dns.srv.port": 80, "dns.srv.target": "host.example.test",
            "dns.srv.service": "_http", "dns.srv.proto": "_tcp"})
dns("dns-edns0-opt", 6891, "6.1.2",
    "RFC 6891 §6.1.2/§6.1.3: OPT in the additional section, root owner, class = UDP payload size 1232, "
    "TTL = extended RCODE 0, version 0, DO set; one option (code 10, cookie) in the RDATA",
    header(6, 0x0100, 1, 0, 0, 1) + name("example.test") + Q_A
    + rr(b"\x00", 41, 1232, 0x8000, struct.pack("!HH", 10, 8) + bytes(range(1, 9))), server=False,
    fields={"dns.rr.udp_payload_size": 1232, "dns.resp.z.do": 1, "dns.resp.edns0_version": 0, "dns.resp.type": 41})
dns("dns-unknown-type-kept-raw", 3597, "5",
    "RFC 3597 §5: a record of an unknown type (65280) is carried with its RDATA as opaque bytes",
    header(7, 0x8180, 1, 1, 0, 0) + name("x.test") + struct.pack("!HH", 65280, 1)
    + rr(b"\xc0\x0c", 65280, 1, 60, b"\x01\x02\x03"), fields={"dns.resp.type": 65280, "dns.resp.len": 3})
dns("mdns-query-unicast-response", 6762, "5.4",
    "RFC 6762 §5.4 and §18: an mDNS query (id 0) whose question class has the top bit set asks for a unicast reply",
    header(0, 0, 1, 0, 0, 0) + name("esp32-p4.local") + struct.pack("!HH", 1, 0x8001), port=5353, layer="mdns",
    fields={"dns.qry.qu": 1, "dns.qry.class": "0x0001", "dns.qry.name": "esp32-p4.local"})
dns("mdns-announcement-cache-flush", 6762, "10.2",
    "RFC 6762 §10.2 and §8.3: an announcement (QR, AA, no questions) whose record class has the cache-flush bit",
    header(0, 0x8400, 0, 1, 0, 0) + rr(name("esp32-p4.local"), 1, 0x8001, 120, CLIENT), port=5353, layer="mdns",
    fields={"dns.resp.cache_flush": 1, "dns.resp.class": "0x0001", "dns.a": "192.0.2.100"})
dns("dns-over-tcp", 1035, "4.2.2",
    "RFC 1035 §4.2.2 (and RFC 7766 §8): over TCP the message is prefixed with its two-byte length",
    header(8, 0x8180, 1, 1, 0, 0) + name("tcp.test") + Q_A + rr(b"\xc0\x0c", 1, 1, 60, SERVER), over_tcp=True,
    fields={"dns.length": 42, "dns.a": "192.0.2.1"})
# hostile names
dns("dns-pointer-loop-self", 1035, "4.1.4",
    "RFC 1035 §4.1.4: a pointer refers to a prior occurrence of a name; one pointing at itself loops forever "
    "in a naive decompressor",
    header(9, 0x0100, 1, 0, 0, 0) + b"\xc0\x0c" + Q_A, server=False, malformations=["dns.pointer-loop"])
dns("dns-pointer-loop-two-names", 1035, "4.1.4",
    "RFC 1035 §4.1.4: two names pointing at each other form a loop: the opaque RDATA of an unknown type "
    "(RFC 3597) at 23 holds 'a' and a pointer to 27; the next owner at 27 is 'b' and a pointer back to 23",
    header(10, 0x8180, 0, 2, 0, 0) + rr(b"\x00", 65280, 1, 60, b"\x01a\xc0\x1b")
    + rr(b"\x01b\xc0\x17", 1, 1, 60, SERVER), malformations=["dns.pointer-loop"])
dns("dns-forward-pointer", 1035, "4.1.4",
    "RFC 1035 §4.1.4: a pointer points to a prior occurrence; this one points forward to 18",
    header(11, 0x0100, 2, 0, 0, 0) + b"\xc0\x12" + Q_A + name("a") + Q_A, server=False,
    malformations=["dns.pointer-forward"])
dns("dns-pointer-past-end", 1035, "4.1.4",
    "RFC 1035 §4.1.4: the pointer's offset is from the start of the message; 0x3fff lies beyond it",
    header(12, 0x0100, 1, 0, 0, 0) + b"\xff\xff" + Q_A, server=False, malformations=["dns.pointer-past-end"])
dns("dns-pointer-into-header", 1035, "4.1.1",
    "RFC 1035 §4.1.1: the first 12 octets are the header, which holds no name; a pointer to offset 2 reads flags "
    "as labels",
    header(13, 0x0100, 1, 0, 0, 0) + b"\x01a\xc0\x02" + Q_A, server=False, malformations=["dns.pointer-into-header"])
dns("dns-label-64", 1035, "2.3.4",
    "RFC 1035 §2.3.4: labels are 63 octets or less; the length octet 0x40 (64) is not a valid label",
    header(14, 0x0100, 1, 0, 0, 0) + b"\x40" + b"a" * 64 + b"\x00" + Q_A, server=False,
    malformations=["dns.label-too-long"])
dns("dns-label-type-0x80", 1035, "4.1.4",
    "RFC 1035 §4.1.4: the label types 10 and 01 are reserved; a length octet 0x80 has type 10",
    header(15, 0x0100, 1, 0, 0, 0) + b"\x80\x00" + Q_A, server=False, malformations=["dns.reserved-label-type"])
dns("dns-name-256-octets", 1035, "2.3.4",
    "RFC 1035 §2.3.4: names are 255 octets or less; labels 63+63+63+62 with their length octets and the root make 256",
    header(16, 0x0100, 1, 0, 0, 0) + (b"\x3f" + b"a" * 63) * 3 + b"\x3e" + b"a" * 62 + b"\x00" + Q_A, server=False,
    malformations=["dns.name-too-long"])
chain = name("a") + Q_A
prev = 12
for i in range(17):
    at = 12 + len(chain)
    chain += struct.pack("!H", 0xc000 | prev) + Q_A
    prev = at
dns("dns-pointer-chain-17", 1035, "4.1.4",
    "RFC 1035 §4.1.4 allows pointer to pointer; wirecheck follows 16 per name (the bound that makes decompression "
    "safe by construction) and reports the 17th",
    header(17, 0x0100, 18, 0, 0, 0) + chain, server=False, malformations=["dns.pointer-hops-exceeded"])
# hostile counts and records
dns("dns-count-exceeds-records", 1035, "4.1.1",
    "RFC 1035 §4.1.1: ANCOUNT is the number of answers; it announces 2 where the message holds 1",
    header(18, 0x8180, 1, 2, 0, 0) + name("a.test") + Q_A + rr(b"\xc0\x0c", 1, 1, 60, SERVER),
    malformations=["dns.count-exceeds-records"])
dns("dns-trailing-bytes", 1035, "4.1.1",
    "RFC 1035 §4.1.1: the counts say how many entries follow; 3 bytes remain after the last one",
    header(19, 0x0100, 1, 0, 0, 0) + name("a.test") + Q_A + b"\x01\x02\x03", server=False,
    malformations=["dns.trailing-data"])
dns("dns-a-rdlength-5", 1035, "3.4.1",
    "RFC 1035 §3.4.1: an A record's RDATA is exactly 4 octets; RDLENGTH 5 disagrees",
    header(20, 0x8180, 1, 1, 0, 0) + name("a.test") + Q_A + rr(b"\xc0\x0c", 1, 1, 60, SERVER + b"\x00"),
    malformations=["dns.rdlength-wrong"])
dns("dns-aaaa-rdlength-4", 3596, "2.2",
    "RFC 3596 §2.2: an AAAA record's RDATA is exactly 16 octets; RDLENGTH 4 disagrees",
    header(21, 0x8180, 1, 1, 0, 0) + name("a.test") + struct.pack("!HH", 28, 1) + rr(b"\xc0\x0c", 28, 1, 60, SERVER),
    malformations=["dns.rdlength-wrong"])
dns("dns-rdlength-past-end", 1035, "4.1.3",
    "RFC 1035 §4.1.3: RDLENGTH counts the RDATA octets that follow; 200 announced, 4 present",
    header(22, 0x8180, 1, 1, 0, 0) + name("a.test") + Q_A + b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 60, 200) + SERVER,
    malformations=["dns.record-truncated"])
dns("dns-opt-outside-additional", 6891, "6.1.1",
    "RFC 6891 §6.1.1: the OPT pseudo-record appears only in the additional data section; here it is an answer",
    header(23, 0x8180, 1, 1, 0, 0) + name("a.test") + Q_A + rr(b"\x00", 41, 1232, 0, b""),
    malformations=["dns.opt-invalid"])
dns("dns-header-truncated", 1035, "4.1.1",
    "RFC 1035 §4.1.1: the header is 12 octets; 6 arrive", header(24, 0x0100, 1, 0, 0, 0)[:6], server=False,
    malformations=["dns.truncated"], absent=True)
