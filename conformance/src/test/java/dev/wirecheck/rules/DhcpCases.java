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
    /** Another station on the link: another DHCP client, or the holder of a conflicting address. */
    static final MacAddress OTHER_MAC = MacAddress.parse("02:00:00:00:00:77");
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

    /** The DUT's client message from {@code src} to {@code dst} (Ethernet broadcast when {@code dst} is). */
    static Lab clientTo(Lab lab, DhcpRepr m, Inet4Address src, Inet4Address dst) {
        MacAddress mac = dst.equals(BROADCAST) ? MacAddress.BROADCAST : PEER_MAC;
        return lab.raw(FrameBuilder.of(new EthernetRepr(mac, DUT_MAC, EtherTypes.IPV4),
                lab.v4(src, dst, IpProtocols.UDP), new UdpRepr(68, 67)).payload(m.toBytes()).build());
    }

    static DhcpRepr withSecs(DhcpRepr m, int secs) {
        return new DhcpRepr(m.op(), m.htype(), m.chaddr(), m.hops(), m.xid(), secs, m.broadcast(), m.ciaddr(),
                m.yiaddr(), m.siaddr(), m.giaddr(), m.sname(), m.file(), m.options());
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
        return boundFor(3600);
    }

    /** DORA with a lease of {@code seconds} (T1 and T2 default to 0.5 and 0.875 of it, RFC 2131 §4.4.5). */
    static Lab boundFor(long seconds) {
        Lab lab = requested();
        return server(lab, msg(ACK, XID, DUT4, serverId(), DhcpOption.seconds(DhcpOption.LEASE_TIME, seconds)));
    }

    /** DISCOVER, OFFER and the REQUEST for the offered address. */
    static Lab requested() {
        return request(offered(), DhcpOption.addresses(DhcpOption.REQUESTED_IP, DUT4), serverId());
    }

    /** The DUT's renewing or rebinding REQUEST (ciaddr set) from its address to {@code dst}. */
    static Lab extend(Lab lab, Inet4Address dst) {
        return clientTo(lab, msg(REQUEST, OTHER_XID, null).withCiaddr(DUT4), DUT4, dst);
    }

    /** A UDP datagram the DUT sends from its (offered) address. */
    static Lab useAddress(Lab lab) {
        return lab.dut(lab.v4(DUT4, PEER4, IpProtocols.UDP), new UdpRepr(5000, 9));
    }

    /** Another station's ARP reply claiming the DUT's address (RFC 5227 §2.1.1 conflict). */
    static Lab conflict(Lab lab) {
        return lab.raw(Lab.build(OTHER_MAC, MacAddress.BROADCAST,
                new dev.wirecheck.parsers.hand.ArpRepr(2, OTHER_MAC, DUT4, DUT_MAC, DUT4)));
    }

    private void inconclusive(String rule, String what, Supplier<Lab> s) {
        cases.add(new RuleCases.Case(rule, Outcome.INCONCLUSIVE, what, s));
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
        headerFieldRules();
        stateMachineRules();
        leaseTimerRules();
    }

    private void headerFieldRules() {
        String fields = "RFC2131-4.4.1-client-header-fields";
        pass(fields, "DISCOVER with every address field 0", () -> client(new Lab(), msg(DISCOVER, XID, null)));
        fail(fields, "DISCOVER with ciaddr set", () -> client(new Lab(), msg(DISCOVER, XID, null).withCiaddr(DUT4)));
        // hops = 1 at BOOTP offset 3, with a zero UDP checksum ("not computed", RFC 768) so the edit stays well-formed
        fail(fields, "DISCOVER with hops 1", () -> client(new Lab(), msg(DISCOVER, XID, null), ZERO,
                Lab.set(BOOTP_AT + 3, 1).andThen(Lab.set(UDP_AT + 6, 0, 0))));
        DhcpRepr decline = msg(DECLINE, XID, null, DhcpOption.addresses(DhcpOption.REQUESTED_IP, DUT4), serverId());
        pass(fields, "DECLINE with secs and flags 0", () -> client(new Lab(), decline));
        fail(fields, "DECLINE with secs 5", () -> client(new Lab(), withSecs(decline, 5)));
        fail(fields, "DECLINE with the BROADCAST flag", () -> client(new Lab(), decline.withBroadcast(true)));
    }

    private void livenessAfterForeignOffer() {
        fail("RFC1122-1.2.2-liveness", "the DUT ignores a ping after an OFFER with a foreign xid",
                () -> server(client(Lab.withDut(), msg(DISCOVER, XID, null)), msg(OFFER, OTHER_XID, DUT4, serverId()))
                        .ping4(1));
        pass("RFC1122-1.2.2-liveness", "the DUT answers a ping after an OFFER with a foreign xid",
                () -> server(client(Lab.withDut(), msg(DISCOVER, XID, null)), msg(OFFER, OTHER_XID, DUT4, serverId()))
                        .ping4(1).pong4(1));
    }

    private void stateMachineRules() {
        livenessAfterForeignOffer();
        DhcpOption asked = DhcpOption.addresses(DhcpOption.REQUESTED_IP, DUT4);
        String secs = "RFC2131-3.1-request-secs-as-discover";
        pass(secs, "DISCOVER and REQUEST both secs 0, both broadcast", () -> request(offered(), asked, serverId()));
        fail(secs, "REQUEST secs 3 after a DISCOVER with secs 0",
                () -> client(offered(), withSecs(msg(REQUEST, XID, null, asked, serverId()), 3)));
        fail(secs, "REQUEST unicast to the server after a broadcast DISCOVER",
                () -> clientTo(offered(), msg(REQUEST, XID, null, asked, serverId()), ZERO, PEER4));

        String noUse = "RFC2131-4.1-no-use-before-ack";
        pass(noUse, "nothing from the offered address until the ACK", DhcpCases::bound);
        fail(noUse, "a datagram from the offered address before the ACK", () -> server(
                request(useAddress(offered()), asked, serverId()), msg(ACK, XID, DUT4, serverId())));
        fail(noUse, "the offered address used after a NAK", () -> useAddress(server(requested(), msg(NAK, XID, null,
                serverId()))));

        String foreign = "RFC2131-4.4.1-foreign-offer-discarded";
        pass(foreign, "an OFFER with another xid is left alone",
                () -> server(client(new Lab(), msg(DISCOVER, XID, null)), msg(OFFER, OTHER_XID, DUT4, serverId())));
        fail(foreign, "an OFFER with another xid is taken up",
                () -> client(server(client(new Lab(), msg(DISCOVER, XID, null)), msg(OFFER, OTHER_XID, DUT4, serverId())),
                        msg(REQUEST, OTHER_XID, null, asked, serverId())));
        fail(foreign, "an OFFER for another chaddr and xid is taken up",
                () -> client(server(client(new Lab(), msg(DISCOVER, XID, null)),
                        DhcpRepr.message(OFFER, OTHER_XID, OTHER_MAC, DUT4, null, serverId())),
                        msg(REQUEST, OTHER_XID, null, asked, serverId())));

        String nak = "RFC2131-3.2-nak-restarts";
        pass(nak, "a DISCOVER follows the NAK",
                () -> client(server(requested(), msg(NAK, XID, null, serverId())), msg(DISCOVER, OTHER_XID, null)));
        fail(nak, "the client repeats its REQUEST after the NAK",
                () -> request(server(requested(), msg(NAK, XID, null, serverId())), asked, serverId()));
        fail(nak, "the client keeps using the refused address",
                () -> useAddress(server(requested(), msg(NAK, XID, null, serverId()))));
        // figure 5: RENEWING --DHCPNAK / Halt network--> INIT
        fail(nak, "a NAK refuses the renewal and the client keeps using its address",
                () -> useAddress(server(extend(bound().after(1000), PEER4), msg(NAK, OTHER_XID, null, serverId()))));
        pass(nak, "a NAK refuses the renewal and the client starts over",
                () -> client(server(extend(bound().after(1000), PEER4), msg(NAK, OTHER_XID, null, serverId())),
                        msg(DISCOVER, 0x5eed, null)));

        String decline = "RFC2131-3.1-decline-on-conflict";
        pass(decline, "a DECLINE of the address follows the conflicting ARP reply",
                () -> client(conflict(bound()), msg(DECLINE, OTHER_XID, null, asked, serverId())));
        fail(decline, "no DECLINE after the conflicting ARP reply", () -> conflict(bound()));
        fail(decline, "the address is used after the conflicting ARP reply", () -> useAddress(conflict(bound())));
    }

    private void leaseTimerRules() {
        // a 4 s lease: T1 = 2 s, T2 = 3.5 s after the ACK (RFC 2131 §4.4.5 defaults)
        String renew = "RFC2131-4.4.5-renew-at-t1";
        pass(renew, "a unicast REQUEST to the server at T1", () -> extend(boundFor(4).after(2000), PEER4));
        fail(renew, "a broadcast REQUEST at T1", () -> extend(boundFor(4).after(2000), BROADCAST));
        fail(renew, "no REQUEST by T1 although the capture runs past it", () -> boundFor(4));
        // an ACK without a lease (a DHCPINFORM's answer, §4.3.5) does not restart the lease timers
        pass(renew, "a unicast REQUEST at T1 after an ACK without lease time",
                () -> extend(server(boundFor(4).after(500), msg(ACK, OTHER_XID, null, serverId())).after(1500), PEER4));
        inconclusive(renew, "the capture ends before T1 of a one-hour lease", DhcpCases::bound);
        String rebind = "RFC2131-4.4.5-rebind-at-t2";
        pass(rebind, "renewal unanswered, a broadcast REQUEST at T2",
                () -> extend(extend(boundFor(4).after(2000), PEER4).after(1500), BROADCAST));
        fail(rebind, "renewal unanswered, a unicast REQUEST at T2",
                () -> extend(extend(boundFor(4).after(2000), PEER4).after(1500), PEER4));
        fail(rebind, "renewal unanswered and no REQUEST by T2",
                () -> extend(boundFor(4).after(2000), PEER4).after(1500));
        inconclusive(rebind, "the capture ends before T2 of a one-hour lease", DhcpCases::bound);
    }
}
