package dev.wirecheck.bench;

import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.Ipv6Repr;
import dev.wirecheck.parsers.hand.NdpBuilder;
import dev.wirecheck.parsers.hand.TcpOption;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.LinkType;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.List;

/**
 * The default bench input: the traffic of an embedded device on a LAN, built frame by
 * frame with the hand-written builders (checksums computed, documentation addresses only).
 * Out of every 100 frames: 42 full-size HTTP download segments from port 80 (RFC 9293 with
 * timestamps, RFC 7323; 64 KiB responses on one keep-alive connection, each opening with
 * its status line and Content-Length, RFC 9112), 42 ACKs from the device, 6 DNS queries and answers (RFC 1035),
 * 3 DHCP messages (RFC 2131), 4 ICMP echoes (RFC 792), 3 NDP solicitations and
 * advertisements (RFC 4861). Sequence numbers, identifiers and timestamps advance, so no
 * two frames of a kind are alike.
 *
 * <p>The device in it conforms where the check can tell: it answers each echo request with
 * the request's identifier, sequence number and data (RFC 792), and its DNS queries use
 * unpredictable IDs and source ports (RFC 5452 §9.2). A mix of unanswered requests would
 * measure a pile of pending expectations and failure messages instead of the check's walk
 * (each request waits a second for its answer: at 10 µs per frame, 2,000 of them).
 */
public final class SyntheticCapture {
    static final int MSS = 1448;
    /** Segments per HTTP response: 45 full segments, about 64 KiB. */
    static final int SEGMENTS_PER_RESPONSE = 45;
    static final int HEADER_LENGTH = 96;
    static final long FRAME_GAP_NANOS = 10_000;

    private static final MacAddress DEVICE = new MacAddress(0x02_00_00_00_00_0aL);
    private static final MacAddress ROUTER = new MacAddress(0x02_00_00_00_00_01L);
    private static final Inet4Address DEVICE4 = IpAddresses.v4("192.0.2.10");
    private static final Inet4Address SERVER4 = IpAddresses.v4("192.0.2.80");
    private static final Inet4Address RESOLVER4 = IpAddresses.v4("192.0.2.53");
    private static final Inet6Address DEVICE6 = IpAddresses.v6("fe80::a");
    private static final Inet6Address ROUTER6 = IpAddresses.v6("fe80::1");

    private final byte[] segment = new byte[MSS];
    private final byte[] firstSegment = new byte[MSS];
    private int segmentsSent;
    private long serverSeq = 1_000_000;
    private long deviceSeq = 7_000;
    private int ipId = 1;
    private int dnsId = 0x1000;
    private int dnsPort = 50000;
    /** Fixed seed: the same capture on every run. */
    private final java.util.SplittableRandom random = new java.util.SplittableRandom(5452);
    private int lastEchoRequest;

    private SyntheticCapture() {
        for (int i = 0; i < segment.length; i++) {
            segment[i] = (byte) ('a' + i % 26);
        }
        System.arraycopy(segment, 0, firstSegment, 0, MSS);
        byte[] header = responseHeader();
        System.arraycopy(header, 0, firstSegment, 0, header.length);
    }

    /**
     * The status line and header fields of each response, padded with an {@code X-Pad} field
     * to a fixed {@value #HEADER_LENGTH} bytes so that Content-Length counts the rest exactly.
     */
    private static byte[] responseHeader() {
        String fields = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                + (SEGMENTS_PER_RESPONSE * MSS - HEADER_LENGTH) + "\r\nX-Pad: ";
        String end = "\r\n\r\n";
        String header = fields + "x".repeat(HEADER_LENGTH - fields.length() - end.length()) + end;
        return header.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    public static BenchInput build(int frames) {
        SyntheticCapture s = new SyntheticCapture();
        List<Frame> out = new ArrayList<>(frames);
        for (int i = 0; i < frames; i++) {
            byte[] b = s.frame(i);
            out.add(new Frame(b, b.length, i * FRAME_GAP_NANOS, LinkType.EN10MB, LinkType.EN10MB.number(), i + 1L));
        }
        return BenchInput.of("synthetic mix of " + frames + " frames", out);
    }

    private byte[] frame(int i) {
        int slot = i % 100;
        byte[] b;
        if (slot < 42) {
            b = download(i);
        } else if (slot < 84) {
            b = ack(i);
        } else if (slot < 90) {
            b = slot % 2 == 0 ? dnsQuery() : dnsAnswer();
        } else if (slot < 93) {
            b = dhcp(slot - 90, i);
        } else if (slot < 97) {
            b = echo(slot % 2 == 1, i);
        } else {
            b = ndp(slot % 2 == 0);
        }
        return b;
    }

    private byte[] download(int i) {
        TcpRepr tcp = new TcpRepr(80, 49152, serverSeq, deviceSeq, i % 8 == 0 ? 0x18 : 0x10, 65535, 0,
                List.of(TcpOption.NOP, TcpOption.NOP, TcpOption.timestamps(i, i - 1)));
        serverSeq += MSS;
        byte[] payload = segmentsSent++ % SEGMENTS_PER_RESPONSE == 0 ? firstSegment : segment;
        return FrameBuilder.of(new EthernetRepr(DEVICE, ROUTER, 0x0800), ipv4(SERVER4, DEVICE4, 6), tcp)
                .payload(payload).build();
    }

    private byte[] ack(int i) {
        TcpRepr tcp = new TcpRepr(49152, 80, deviceSeq, serverSeq, 0x10, 29200, 0,
                List.of(TcpOption.NOP, TcpOption.NOP, TcpOption.timestamps(i, i - 1)));
        return FrameBuilder.of(new EthernetRepr(ROUTER, DEVICE, 0x0800), ipv4(DEVICE4, SERVER4, 6), tcp).build();
    }

    /** RFC 1035 §4.1: a query for www.example.com, type A, class IN. */
    private byte[] dnsQuery() {
        dnsId = random.nextInt(0x10000);
        dnsPort = 49152 + random.nextInt(16384);
        String hex = String.format("%04x 0100 0001 0000 0000 0000", dnsId) + NAME + " 0001 0001";
        return FrameBuilder.of(new EthernetRepr(ROUTER, DEVICE, 0x0800), ipv4(DEVICE4, RESOLVER4, 17),
                new UdpRepr(dnsPort, 53)).payload(Octets.hex(hex)).build();
    }

    /** The answer: the question again, then A 192.0.2.80 with the name as a compression pointer to offset 12. */
    private byte[] dnsAnswer() {
        String hex = String.format("%04x 8180 0001 0001 0000 0000", dnsId) + NAME + " 0001 0001"
                + " c00c 0001 0001 0000012c 0004 c0000250";
        return FrameBuilder.of(new EthernetRepr(DEVICE, ROUTER, 0x0800), ipv4(RESOLVER4, DEVICE4, 17),
                new UdpRepr(53, dnsPort)).payload(Octets.hex(hex)).build();
    }

    private static final String NAME = " 03777777 076578616d706c65 03636f6d 00";

    /** RFC 2131 §2: a BOOTREQUEST (DISCOVER, REQUEST) or BOOTREPLY (ACK) with the magic cookie and a few options. */
    private byte[] dhcp(int which, int i) {
        byte[] m = new byte[300];
        boolean reply = which == 2;
        m[0] = (byte) (reply ? 2 : 1);
        m[1] = 1;
        m[2] = 6;
        Bytes.put32(m, 4, 0x3903f326L + i);
        System.arraycopy(new byte[] {2, 0, 0, 0, 0, 0x0a}, 0, m, 28, 6);
        if (reply) {
            System.arraycopy(DEVICE4.getAddress(), 0, m, 16, 4);
        }
        Bytes.put32(m, 236, 0x63825363L);
        byte[] options = which == 0 ? new byte[] {53, 1, 1, 55, 3, 1, 3, 6, (byte) 255}
                : which == 1 ? new byte[] {53, 1, 3, 50, 4, (byte) 192, 0, 2, 10, (byte) 255}
                : new byte[] {53, 1, 5, 51, 4, 0, 0, 0x0e, 0x10, 1, 4, (byte) 255, (byte) 255, (byte) 255, 0, (byte) 255};
        System.arraycopy(options, 0, m, 240, options.length);
        Inet4Address src = reply ? RESOLVER4 : IpAddresses.v4("0.0.0.0");
        Inet4Address dst = reply ? DEVICE4 : IpAddresses.v4("255.255.255.255");
        return FrameBuilder.of(new EthernetRepr(reply ? DEVICE : MacAddress.BROADCAST, reply ? ROUTER : DEVICE, 0x0800),
                ipv4(src, dst, 17), new UdpRepr(reply ? 67 : 68, reply ? 68 : 67)).payload(m).build();
    }

    /** A request from the server, or the device's reply to the last request. */
    private byte[] echo(boolean request, int i) {
        if (request) {
            lastEchoRequest = i;
        }
        int n = lastEchoRequest;
        byte[] data = new byte[56];
        Bytes.put32(data, 0, n);
        Icmpv4Repr icmp = request ? Icmpv4Repr.echoRequest(0x1234, n & 0xffff, Octets.of(data))
                : Icmpv4Repr.echoReply(0x1234, n & 0xffff, Octets.of(data));
        return FrameBuilder.of(new EthernetRepr(request ? DEVICE : ROUTER, request ? ROUTER : DEVICE, 0x0800),
                request ? ipv4(SERVER4, DEVICE4, 1) : ipv4(DEVICE4, SERVER4, 1), icmp).build();
    }

    private byte[] ndp(boolean solicitation) {
        if (solicitation) {
            return FrameBuilder.of(new EthernetRepr(new MacAddress(0x33_33_ff_00_00_0aL), ROUTER, 0x86dd),
                    Ipv6Repr.simple(ROUTER6, IpAddresses.v6("ff02::1:ff00:a"), 58, 255),
                    NdpBuilder.neighborSolicitation(DEVICE6).sourceLinkAddress(ROUTER).build()).build();
        }
        return FrameBuilder.of(new EthernetRepr(ROUTER, DEVICE, 0x86dd), Ipv6Repr.simple(DEVICE6, ROUTER6, 58, 255),
                NdpBuilder.neighborAdvertisement(0x60, DEVICE6).targetLinkAddress(DEVICE).build()).build();
    }

    private Ipv4Repr ipv4(Inet4Address src, Inet4Address dst, int protocol) {
        return new Ipv4Repr(src, dst, protocol, 64, ipId++ & 0xffff, true, false, 0, 0, 0, Octets.EMPTY);
    }
}
