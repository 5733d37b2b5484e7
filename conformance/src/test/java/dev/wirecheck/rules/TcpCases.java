package dev.wirecheck.rules;

import dev.wirecheck.check.Outcome;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.TcpOption;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.wire.MacAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static dev.wirecheck.rules.Lab.*;

/**
 * Conforming and breaking scenarios for the TCP rules, on connections from the peer's port
 * 40000 to the DUT's port 80. The peer's ISN is 1000, the DUT's 5000 unless a case says
 * otherwise; the expected numbers come from the RFC 9293 / 5961 / 6298 / 6528 / 7323 text
 * each rule cites (e.g. RST to a SYN: SEQ=0, ACK=SEG.SEQ+SEG.LEN = 1001).
 */
final class TcpCases {
    static final int SYN = 0x02, ACK = 0x10, RST = 0x04, FIN = 0x01, PSH = 0x08, URG = 0x20;
    static final long PEER_ISN = 1000, DUT_ISN = 5000;
    static final int PEER_PORT = 40000, DUT_PORT = 80, WINDOW = 5760;

    private final List<RuleCases.Case> cases = new ArrayList<>();

    static List<RuleCases.Case> all() {
        TcpCases c = new TcpCases();
        c.handshakeRules();
        c.optionRules();
        c.blindAttackRules();
        c.timingRules();
        c.handshakeDataRules();
        c.windowRules();
        c.closeRules();
        c.urgentRules();
        c.livenessRules();
        return c.cases;
    }

    private void pass(String rule, String what, Supplier<Lab> s) {
        cases.add(new RuleCases.Case(rule, Outcome.PASS, what, s));
    }

    private void fail(String rule, String what, Supplier<Lab> s) {
        cases.add(new RuleCases.Case(rule, Outcome.FAIL, what, s));
    }

    static TcpRepr seg(int src, int dst, long seq, long ack, int flags, TcpOption... options) {
        return TcpRepr.of(src, dst, seq, ack, flags, WINDOW).withOptions(List.of(options));
    }

    static TcpRepr fromPeer(long seq, long ack, int flags, TcpOption... options) {
        return seg(PEER_PORT, DUT_PORT, seq, ack, flags, options);
    }

    static TcpRepr fromDut(long seq, long ack, int flags, TcpOption... options) {
        return seg(DUT_PORT, PEER_PORT, seq, ack, flags, options);
    }

    static Lab peer(Lab lab, TcpRepr t) {
        return lab.peer(lab.v4(PEER4, DUT4, IpProtocols.TCP), t);
    }

    static Lab dut(Lab lab, TcpRepr t) {
        return lab.dut(lab.v4(DUT4, PEER4, IpProtocols.TCP), t);
    }

    /** A segment carrying {@code length} bytes of data. */
    static Lab data(Lab lab, boolean byDut, TcpRepr t, int length) {
        MacAddress src = byDut ? DUT_MAC : PEER_MAC;
        MacAddress dst = byDut ? PEER_MAC : DUT_MAC;
        return lab.raw(FrameBuilder.of(new EthernetRepr(dst, src, EtherTypes.IPV4),
                byDut ? lab.v4(DUT4, PEER4, IpProtocols.TCP) : lab.v4(PEER4, DUT4, IpProtocols.TCP), t)
                .payload(new byte[length]).build());
    }

    /** SYN (with the peer's options), SYN-ACK (with the DUT's), ACK: an established connection. */
    static Lab established(TcpOption[] peerOptions, TcpOption[] dutOptions, TcpOption... ackOptions) {
        Lab lab = Lab.withDut();
        peer(lab, fromPeer(PEER_ISN, 0, SYN, peerOptions));
        dut(lab, fromDut(DUT_ISN, PEER_ISN + 1, SYN | ACK, dutOptions));
        return peer(lab, fromPeer(PEER_ISN + 1, DUT_ISN + 1, ACK, ackOptions));
    }

    static Lab established() {
        return established(new TcpOption[]{TcpOption.mss(1460)}, new TcpOption[]{TcpOption.mss(1440)});
    }

    static Lab synToClosedPort() {
        return peer(Lab.withDut(), fromPeer(PEER_ISN, 0, SYN, TcpOption.mss(1460)));
    }

    private void handshakeRules() {
        pass("RFC9293-3.1-checksum", "every DUT segment has a correct checksum", TcpCases::established);
        fail("RFC9293-3.1-checksum", "the SYN-ACK's checksum is wrong", () -> {
            Lab lab = Lab.withDut();
            peer(lab, fromPeer(PEER_ISN, 0, SYN));
            return lab.dutEdited(set(34 + 16, 0xde, 0xad), lab.v4(DUT4, PEER4, IpProtocols.TCP),
                    fromDut(DUT_ISN, PEER_ISN + 1, SYN | ACK));
        });
        pass("RFC9293-3.10.7.1-closed-port-rst", "RST,ACK with SEQ=0 ACK=ISN+1",
                () -> dut(synToClosedPort(), fromDut(0, PEER_ISN + 1, RST | ACK)));
        fail("RFC9293-3.10.7.1-closed-port-rst", "RST without the ACK bit",
                () -> dut(synToClosedPort(), fromDut(0, 0, RST)));
        fail("RFC9293-3.10.7.1-closed-port-rst", "RST,ACK acknowledging the ISN itself",
                () -> dut(synToClosedPort(), fromDut(0, PEER_ISN, RST | ACK)));
        pass("RFC9293-3.10.7.2-synack-ack", "the SYN-ACK acknowledges ISN+1", TcpCases::established);
        fail("RFC9293-3.10.7.2-synack-ack", "the SYN-ACK acknowledges the ISN",
                () -> dut(synToClosedPort(), fromDut(DUT_ISN, PEER_ISN, SYN | ACK)));
        pass("RFC9293-3.8.6.3-delayed-ack", "data acknowledged after 100 ms", () -> {
            Lab lab = data(established(), false, fromPeer(PEER_ISN + 1, DUT_ISN + 1, ACK | PSH), 100);
            return dut(lab.after(90), fromDut(DUT_ISN + 1, PEER_ISN + 101, ACK));
        });
        fail("RFC9293-3.8.6.3-delayed-ack", "data acknowledged after 700 ms", () -> {
            Lab lab = data(established(), false, fromPeer(PEER_ISN + 1, DUT_ISN + 1, ACK | PSH), 100);
            return dut(lab.after(690), fromDut(DUT_ISN + 1, PEER_ISN + 101, ACK));
        });
    }

    private void optionRules() {
        pass("RFC9293-3.2-mss-syn-only", "MSS on the SYN-ACK only", TcpCases::established);
        fail("RFC9293-3.2-mss-syn-only", "MSS on a plain ACK",
                () -> dut(established(), fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK, TcpOption.mss(1440))));
        Supplier<Lab> smallMss = () -> established(new TcpOption[]{TcpOption.mss(100)},
                new TcpOption[]{TcpOption.mss(1440)});
        pass("RFC9293-3.7.1-mss-limit", "100 bytes to a peer with MSS 100",
                () -> data(smallMss.get(), true, fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK), 100));
        fail("RFC9293-3.7.1-mss-limit", "101 bytes to a peer with MSS 100",
                () -> data(smallMss.get(), true, fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK), 101));
        Supplier<Lab> smallWindow = () -> peer(established(),
                TcpRepr.of(PEER_PORT, DUT_PORT, PEER_ISN + 1, DUT_ISN + 1, ACK, 200));
        pass("RFC9293-3.8.6-send-window", "200 bytes into a 200-byte window",
                () -> data(smallWindow.get(), true, fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK), 200));
        pass("RFC9293-3.8.6-send-window", "a one-byte probe of a zero window",
                () -> data(peer(established(), TcpRepr.of(PEER_PORT, DUT_PORT, PEER_ISN + 1, DUT_ISN + 1, ACK, 0)),
                        true, fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK), 1));
        fail("RFC9293-3.8.6-send-window", "300 bytes into a 200-byte window",
                () -> data(smallWindow.get(), true, fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK), 300));
        TcpOption[] ws = {TcpOption.mss(1460), TcpOption.windowScale(7)};
        pass("RFC7323-2.2-ws-only-if-offered", "WS on the SYN-ACK answering a SYN with WS",
                () -> established(ws, new TcpOption[]{TcpOption.windowScale(2)}));
        fail("RFC7323-2.2-ws-only-if-offered", "WS on the SYN-ACK answering a SYN without WS",
                () -> established(new TcpOption[]{TcpOption.mss(1460)}, new TcpOption[]{TcpOption.windowScale(2)}));
        TcpOption ts = TcpOption.timestamps(1, 0);
        TcpOption[] withTs = {ts};
        pass("RFC7323-3.2-ts-consistent", "timestamps on every DUT segment once negotiated",
                () -> dut(established(withTs, withTs, ts), fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK, ts)));
        fail("RFC7323-3.2-ts-consistent", "an ACK without timestamps after both SYNs carried them",
                () -> dut(established(withTs, withTs, ts), fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK)));
    }

    private void blindAttackRules() {
        Supplier<Lab> inWindowRst = () -> peer(established(), fromPeer(PEER_ISN + 11, 0, RST));
        pass("RFC5961-3.2-rst-challenge", "challenge ACK to a RST 10 bytes into the window",
                () -> dut(inWindowRst.get(), fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK)));
        fail("RFC5961-3.2-rst-challenge", "the DUT resets on a RST 10 bytes into the window",
                () -> dut(inWindowRst.get(), fromDut(DUT_ISN + 1, 0, RST)));
        // 100,000 octets past RCV.NXT, far outside the DUT's window: a blind attacker's guess
        Supplier<Lab> farRst = () -> peer(established(), fromPeer(PEER_ISN + 100_001, 0, RST));
        pass("RFC5961-3.2-out-of-window-rst-dropped", "the DUT goes on sending after a RST outside its window",
                () -> data(farRst.get(), true, fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK | PSH), 10));
        fail("RFC5961-3.2-out-of-window-rst-dropped", "the DUT resets the peer's next segment after a RST outside its window",
                () -> dut(peer(farRst.get(), fromPeer(PEER_ISN + 1, DUT_ISN + 1, ACK)), fromDut(DUT_ISN + 1, 0, RST)));
        Supplier<Lab> secondSyn = () -> peer(established(), fromPeer(77777, 0, SYN));
        pass("RFC5961-4.2-syn-challenge", "challenge ACK to a SYN on an established connection",
                () -> dut(secondSyn.get(), fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK)));
        fail("RFC5961-4.2-syn-challenge", "RST answers a SYN on an established connection",
                () -> dut(secondSyn.get(), fromDut(DUT_ISN + 1, 0, RST)));
    }

    /** The DUT sends 10 bytes and retransmits them after {@code first} and then {@code second} ms. */
    static Lab retransmitted(int first, int second) {
        TcpRepr d = fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK | PSH);
        Lab lab = data(established(), true, d, 10);
        data(lab.after(first - 10), true, d, 10);
        return data(lab.after(second - 10), true, d, 10);
    }

    /** Three connections from peer ports 40000..40002 whose SYN-ACKs carry these ISNs. */
    static Lab isns(long... isns) {
        Lab lab = Lab.withDut();
        for (int i = 0; i < isns.length; i++) {
            peer(lab, seg(PEER_PORT + i, DUT_PORT, PEER_ISN, 0, SYN));
            dut(lab, seg(DUT_PORT, PEER_PORT + i, isns[i], PEER_ISN + 1, SYN | ACK));
            lab.after(137 * (i + 1));
        }
        return lab;
    }

    private void timingRules() {
        pass("RFC9293-3.8.6.3-delayed-ack", "data beyond the window gets a duplicate ACK, then in-window data its ACK", () -> {
            Lab lab = data(established(), false, fromPeer(PEER_ISN + 1 + 100_000, DUT_ISN + 1, ACK | PSH), 10);
            dut(lab, fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK));
            data(lab, false, fromPeer(PEER_ISN + 1, DUT_ISN + 1, ACK | PSH), 10);
            return dut(lab, fromDut(DUT_ISN + 1, PEER_ISN + 11, ACK));
        });
        pass("RFC6298-5.5-backoff", "retransmissions after 200 ms and then 400 ms", () -> retransmitted(200, 400));
        fail("RFC6298-5.5-backoff", "retransmissions after 200 ms and again after 200 ms", () -> retransmitted(200, 200));
        // RFC 6298 (2.5): RTO may be capped at any value of at least 60 s, which ends the doubling.
        pass("RFC6298-5.5-backoff", "retransmissions after 40 s and then 60 s (RTO capped at 60 s)",
                () -> retransmitted(40_000, 60_000));
        fail("RFC6298-5.5-backoff", "retransmissions after 40 s and then 45 s (a cap below 60 s)",
                () -> retransmitted(40_000, 45_000));
        pass("RFC9293-3.4.1-isn-unpredictable", "unrelated ISNs", () -> isns(5000, 3_912_345_678L, 33_333));
        fail("RFC9293-3.4.1-isn-unpredictable", "ISNs 1000 apart every time", () -> isns(5000, 6000, 7000));
        // Debian lwIP 2.1.3 seen live (issue 8): +81, +1, +0 steps between connections of different peer ports
        fail("RFC9293-3.4.1-isn-unpredictable", "ISNs of different 4-tuples a small counter apart",
                () -> isns(6510, 6591, 6592, 6592, 6673));
        pass("RFC9293-3.4.1-isn-unpredictable", "one ISN near another by chance, the rest unrelated",
                () -> isns(5000, 5100, 2_000_000_000L, 3_000_000_000L));
    }

    /** SYN from the peer and the DUT's SYN-ACK: the DUT is in SYN-RECEIVED, waiting for the peer's ACK. */
    static Lab synReceived() {
        Lab lab = Lab.withDut();
        peer(lab, fromPeer(PEER_ISN, 0, SYN, TcpOption.mss(1460)));
        return dut(lab, fromDut(DUT_ISN, PEER_ISN + 1, SYN | ACK, TcpOption.mss(1440)));
    }

    private void handshakeDataRules() {
        pass("RFC9293-3.10.2-no-data-before-established", "data only after the peer's ACK of the SYN-ACK",
                () -> data(established(), true, fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK | PSH), 100));
        pass("RFC9293-3.10.2-no-data-before-established", "an active open sends data on the ACK completing it "
                + "(RFC 9293 3.10.7.3: queued data MAY be included)", () -> {
            Lab lab = Lab.withDut();
            dut(lab, fromDut(DUT_ISN, 0, SYN, TcpOption.mss(1440)));
            peer(lab, fromPeer(PEER_ISN, DUT_ISN + 1, SYN | ACK, TcpOption.mss(1460)));
            return data(lab, true, fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK | PSH), 100);
        });
        fail("RFC9293-3.10.2-no-data-before-established", "data in SYN-RECEIVED, before the peer acknowledged the SYN",
                () -> data(synReceived(), true, fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK | PSH), 100));
    }

    /** The DUT sends 100 bytes; the peer acknowledges nothing of them and closes its window. */
    static Lab zeroWindowWithDataOutstanding() {
        Lab lab = data(established(), true, fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK | PSH), 100);
        return peer(lab, TcpRepr.of(PEER_PORT, DUT_PORT, PEER_ISN + 1, DUT_ISN + 1, ACK, 0));
    }

    /** The peer sends {@code segments} full-sized (1440-byte, the DUT's MSS) segments back to back. */
    static Lab fullSegments(Lab lab, int from, int segments) {
        for (int i = from; i < from + segments; i++) {
            data(lab, false, fromPeer(PEER_ISN + 1 + 1440L * i, DUT_ISN + 1, ACK), 1440);
        }
        return lab;
    }

    private void windowRules() {
        pass("RFC9293-3.8.6.1-zero-window-probe", "the DUT retransmits one octet 1.5 s after the window closed",
                () -> data(zeroWindowWithDataOutstanding().after(1500), true,
                        fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK), 1));
        fail("RFC9293-3.8.6.1-zero-window-probe", "61 s of zero window with 100 bytes outstanding and no probe",
                () -> zeroWindowWithDataOutstanding().after(61_000));
        pass("RFC9293-3.8.6.3-ack-every-second-segment", "an ACK after the second full-sized segment", () -> {
            Lab lab = fullSegments(established(), 0, 2);
            dut(lab, fromDut(DUT_ISN + 1, PEER_ISN + 1 + 2 * 1440, ACK));
            return fullSegments(lab, 2, 2);
        });
        fail("RFC9293-3.8.6.3-ack-every-second-segment", "four full-sized segments without an ACK",
                () -> fullSegments(established(), 0, 4));
    }

    /** An established connection the DUT closes first: its FIN, then the peer's ACK and FIN, now TIME-WAIT. */
    static Lab dutClosedFirst() {
        Lab lab = dut(established(), fromDut(DUT_ISN + 1, PEER_ISN + 1, FIN | ACK));
        peer(lab, fromPeer(PEER_ISN + 1, DUT_ISN + 2, FIN | ACK));
        return dut(lab, fromDut(DUT_ISN + 2, PEER_ISN + 2, ACK));
    }

    private void closeRules() {
        Supplier<Lab> peerFin = () -> peer(established(), fromPeer(PEER_ISN + 1, DUT_ISN + 1, FIN | ACK));
        pass("RFC9293-3.10.7.4-fin-acknowledged", "the peer's FIN at 1001 is acknowledged with 1002",
                () -> dut(peerFin.get(), fromDut(DUT_ISN + 1, PEER_ISN + 2, ACK)));
        fail("RFC9293-3.10.7.4-fin-acknowledged", "the ACK stops at 1001, the FIN's own sequence number",
                () -> dut(peerFin.get(), fromDut(DUT_ISN + 1, PEER_ISN + 1, ACK)));
        pass("RFC9293-3.10.2-nothing-after-fin", "after its FIN the DUT only acknowledges, at FIN + 1",
                TcpCases::dutClosedFirst);
        fail("RFC9293-3.10.2-nothing-after-fin", "10 bytes of data after the DUT's FIN", () -> data(
                dut(established(), fromDut(DUT_ISN + 1, PEER_ISN + 1, FIN | ACK)), true,
                fromDut(DUT_ISN + 2, PEER_ISN + 1, ACK | PSH), 10));
        fail("RFC9293-3.10.2-nothing-after-fin", "the ACK of the peer's FIN sits at the DUT's FIN sequence number", () -> {
            Lab lab = dut(established(), fromDut(DUT_ISN + 1, PEER_ISN + 1, FIN | ACK));
            peer(lab, fromPeer(PEER_ISN + 1, DUT_ISN + 2, FIN | ACK));
            return dut(lab, fromDut(DUT_ISN + 1, PEER_ISN + 2, ACK));
        });
        Supplier<Lab> finAgain = () -> peer(dutClosedFirst().after(200), fromPeer(PEER_ISN + 1, DUT_ISN + 2, FIN | ACK));
        pass("RFC9293-3.6.1-time-wait", "a retransmitted FIN in TIME-WAIT is acknowledged again",
                () -> dut(finAgain.get(), fromDut(DUT_ISN + 2, PEER_ISN + 2, ACK)));
        fail("RFC9293-3.6.1-time-wait", "a retransmitted FIN in TIME-WAIT gets a RST",
                () -> dut(finAgain.get(), fromDut(DUT_ISN + 2, 0, RST)));
    }

    /** A DUT data segment of 10 bytes with URG and this urgent pointer. */
    static Lab urgent(Lab lab, long seq, int pointer) {
        return data(lab, true, new TcpRepr(DUT_PORT, PEER_PORT, seq, PEER_ISN + 1, ACK | PSH | URG, WINDOW, pointer,
                List.of()), 10);
    }

    private void urgentRules() {
        pass("RFC9293-3.8.5-urgent-pointer", "the pointer follows the 10th octet, then moves on to the 20th",
                () -> urgent(urgent(established(), DUT_ISN + 1, 10), DUT_ISN + 11, 10));
        fail("RFC9293-3.8.5-urgent-pointer", "URG with urgent pointer 0", () -> urgent(established(), DUT_ISN + 1, 0));
        pass("RFC9293-3.8.5-urgent-pointer", "pointer 0 on the segment right after the urgent data repeats its point",
                () -> urgent(urgent(established(), DUT_ISN + 1, 10), DUT_ISN + 11, 0));
        fail("RFC9293-3.8.5-urgent-pointer", "the urgent point recedes from 5011 to 5006",
                () -> urgent(urgent(established(), DUT_ISN + 1, 10), DUT_ISN + 1, 5));
    }

    /** An established connection to port 80, then a RST ten octets into the window (RFC 5961: an attack). */
    static Lab attacked() {
        return peer(established(), fromPeer(PEER_ISN + 11, 0, RST));
    }

    private void livenessRules() {
        pass("RFC1122-1.2.2-liveness", "the DUT answers a ping after an in-window RST", () -> attacked().ping4(1).pong4(1));
        pass("RFC1122-1.2.2-liveness", "the DUT answers a new SYN to port 80 after an in-window RST", () -> {
            Lab lab = peer(attacked(), seg(PEER_PORT + 1, DUT_PORT, 7000, 0, SYN));
            return dut(lab, seg(DUT_PORT, PEER_PORT + 1, 9000, 7001, SYN | ACK));
        });
        fail("RFC1122-1.2.2-liveness", "the DUT ignores a ping after an in-window RST", () -> attacked().ping4(1));
        fail("RFC1122-1.2.2-liveness", "the DUT ignores a ping after a SYN on its established connection",
                () -> peer(established(), fromPeer(77777, 0, SYN)).ping4(1));
        fail("RFC1122-1.2.2-liveness", "the DUT ignores a ping after data far beyond its receive window",
                () -> data(established(), false, fromPeer(PEER_ISN + 1 + 100_000, DUT_ISN + 1, ACK), 10).ping4(1));
        fail("RFC1122-1.2.2-liveness", "the DUT ignores a ping after a frame with a wrong IPv4 header checksum",
                () -> {
                    Lab lab = Lab.withDut();
                    return lab.peerEdited(b -> b[25] ^= 1, lab.v4(PEER4, DUT4, IpProtocols.UDP), Stimuli.udp(4000, 7))
                            .ping4(1);
                });
        pass("RFC1122-1.2.2-liveness", "the DUT answers a ping after a frame with a wrong IPv4 header checksum",
                () -> {
                    Lab lab = Lab.withDut();
                    return lab.peerEdited(b -> b[25] ^= 1, lab.v4(PEER4, DUT4, IpProtocols.UDP), Stimuli.udp(4000, 7))
                            .ping4(1).pong4(1);
                });
        fail("RFC1122-1.2.2-liveness", "the DUT runs Duplicate Address Detection for its address again (a reboot)",
                () -> attacked().dutTo(MacAddress.parse("33:33:ff:00:00:10"),
                        Lab.v6(Stimuli.UNSPECIFIED, Stimuli.DUT_SOLICITED, IpProtocols.ICMPV6, 255),
                        Stimuli.ns(DUT6, null)).ping4(1).pong4(1));
    }
}
