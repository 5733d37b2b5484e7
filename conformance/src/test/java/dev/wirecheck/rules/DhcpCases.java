package dev.wirecheck.rules;

import dev.wirecheck.check.Outcome;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.parsers.hand.DhcpOption;
import dev.wirecheck.parsers.hand.DhcpRepr;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static dev.wirecheck.parsers.hand.DhcpMessageType.*;
import static dev.wirecheck.rules.Lab.*;

/**
 * Scenarios for the DHCPv4 client rules: the DUT is the client (chaddr = its MAC), the peer
 * 192.0.2.1 the server offering 192.0.2.10. Expected outcomes follow RFC 2131 §2, §4.1, §4.3.2
 * and Table 5.
 */
final class DhcpCases {
    static final long XID = 0x1234abcdL, OTHER_XID = 0x0badf00dL;
    static final Inet4Address ZERO = IpAddresses.v4("0.0.0.0");
    static final Inet4Address BROADCAST = IpAddresses.v4("255.255.255.255");
    static final Inet4Address ELSEWHERE = IpAddresses.v4("192.0.2.77");
    /** Ethernet 14 + IPv4 20: the UDP header, then the BOOTP message. */
    static final int UDP_AT = 34, BOOTP_AT = 42;

    private final List<RuleCases.Case> cases = new ArrayList<>();

    static List<RuleCases.Case> all() {
        DhcpCases c = new DhcpCases();
        c.rules();
        return c.cases;
    }

    private void pass(String rule, String what, Supplier<Lab> s) {
        cases.add(new RuleCases.Case(rule, Outcome.PASS, what, s));
    }

    private void fail(String rule, String what, Supplier<Lab> s) {
        cases.add(new RuleCases.Case(rule, Outcome.FAIL, what, s));
    }

    static DhcpRepr msg(DhcpMessageType type, long xid, Inet4Address yiaddr, DhcpOption... options) {
        return DhcpRepr.message(type, xid, DUT_MAC, yiaddr, null, options);
    }

    /** The DUT's client message, broadcast from 0.0.0.0 (or unicast from {@code src} to the server). */
    static Lab client(Lab lab, DhcpRepr m, Inet4Address src, Consumer<byte[]> edit) {
        boolean unicast = !src.isAnyLocalAddress();
        byte[] b = FrameBuilder.of(new EthernetRepr(unicast ? PEER_MAC : MacAddress.BROADCAST, DUT_MAC, EtherTypes.IPV4),
                lab.v4(src, unicast ? PEER4 : BROADCAST, IpProtocols.UDP), new UdpRepr(68, 67))
                .payload(m.toBytes()).build();
        edit.accept(b);
        return lab.raw(b);
    }

    static Lab client(Lab lab, DhcpRepr m) {
        return client(lab, m, ZERO, b -> { });
    }

    static Lab server(Lab lab, DhcpRepr m) {
        byte[] b = FrameBuilder.of(new EthernetRepr(DUT_MAC, PEER_MAC, EtherTypes.IPV4),
                lab.v4(PEER4, DUT4, IpProtocols.UDP), new UdpRepr(67, 68)).payload(m.toBytes()).build();
        return lab.raw(b);
    }

    static DhcpOption serverId() {
        return DhcpOption.addresses(DhcpOption.SERVER_ID, PEER4);
    }

    /** DISCOVER and the server's OFFER of 192.0.2.10. */
    static Lab offered() {
        Lab lab = client(new Lab(), msg(DISCOVER, XID, null));
        return server(lab, msg(OFFER, XID, DUT4, serverId(), DhcpOption.seconds(DhcpOption.LEASE_TIME, 3600)));
    }

    static Lab request(Lab lab, DhcpOption... options) {
        return client(lab, msg(REQUEST, XID, null, options));
    }

    /** A complete DORA exchange with xid {@link #XID}. */
    static Lab bound() {
        Lab lab = request(offered(), DhcpOption.addresses(DhcpOption.REQUESTED_IP, DUT4), serverId());
        return server(lab, msg(ACK, XID, DUT4, serverId(), DhcpOption.seconds(DhcpOption.LEASE_TIME, 3600)));
    }

    private void rules() {
        DhcpOption asked = DhcpOption.addresses(DhcpOption.REQUESTED_IP, DUT4);
        pass("RFC2131-4.3.2-request-after-offer", "REQUEST with options 50 and 54 of the offer",
                () -> request(offered(), asked, serverId()));
        fail("RFC2131-4.3.2-request-after-offer", "REQUEST without a server identifier",
                () -> request(offered(), asked));
        fail("RFC2131-4.3.2-request-after-offer", "REQUEST for an address that was not offered",
                () -> request(offered(), DhcpOption.addresses(DhcpOption.REQUESTED_IP, ELSEWHERE), serverId()));
        pass("RFC2131-4.4.1-request-keeps-xid", "REQUEST with the offer's xid",
                () -> request(offered(), asked, serverId()));
        fail("RFC2131-4.4.1-request-keeps-xid", "REQUEST with a new xid after the OFFER",
                () -> client(offered(), msg(REQUEST, OTHER_XID, null, asked, serverId())));
        pass("RFC2131-4.3.2-renewing-fields", "renewing REQUEST with ciaddr only",
                () -> client(bound().after(1000), msg(REQUEST, OTHER_XID, null).withCiaddr(DUT4), DUT4, b -> { }));
        fail("RFC2131-4.3.2-renewing-fields", "renewing REQUEST with a server identifier",
                () -> client(bound().after(1000), msg(REQUEST, OTHER_XID, null, serverId()).withCiaddr(DUT4), DUT4,
                        b -> { }));
        pass("RFC2131-2-flags-zero", "DISCOVER with flags 0", () -> client(new Lab(), msg(DISCOVER, XID, null)));
        // flags low byte = 1, and a zero UDP checksum ("not computed", RFC 768) so the edit stays well-formed
        fail("RFC2131-2-flags-zero", "DISCOVER with a reserved flag bit",
                () -> client(new Lab(), msg(DISCOVER, XID, null), ZERO,
                        Lab.set(BOOTP_AT + 11, 1).andThen(Lab.set(UDP_AT + 6, 0, 0))));
        pass("RFC2131-4.4.1-fresh-xid", "a second exchange with a new xid",
                () -> client(bound().after(2000), msg(DISCOVER, OTHER_XID, null)));
        fail("RFC2131-4.4.1-fresh-xid", "a second exchange reusing the first xid",
                () -> client(bound().after(2000), msg(DISCOVER, XID, null)));
    }
}
