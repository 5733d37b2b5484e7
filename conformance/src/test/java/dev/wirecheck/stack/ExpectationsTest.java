package dev.wirecheck.stack;

import dev.wirecheck.check.Highlight;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Lab;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Octets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.wirecheck.rules.Lab.DUT4;
import static dev.wirecheck.rules.Lab.PEER4;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The expectation index: a frame reaches only the expectations whose declared kinds, key and
 * side admit it (counted by {@link Expectations#offered}, so a broken index shows as thousands
 * of offers), and verdicts keep the order of one list in the order the expectations were made.
 */
class ExpectationsTest {
    private final Dissector dissector = new Dissector();
    private final List<String> log = new ArrayList<>();
    private final Judge judge = new LoggingJudge();
    private final Expectations pending = new Expectations();

    /** Settles on a DUT frame of its kinds (and key); never looks at peer frames (keeps onPeerFrame). */
    private class DutOnly extends Expectation {
        final String name;
        final long kinds;
        final long[] keys;

        DutOnly(String name, long deadline, long kinds, long[] keys) {
            super(null, 0, deadline);
            this.name = name;
            this.kinds = kinds;
            this.keys = keys;
        }

        DutOnly(String name, long kinds) {
            this(name, 1_000, kinds, null);
        }

        @Override
        protected long dutKinds() {
            return kinds;
        }

        @Override
        protected long[] dutKeys() {
            return keys;
        }

        @Override
        public boolean onDutFrame(DecodedFrame f, Judge j) {
            log.add(name + " offered frame " + f.frame().number());
            return false;
        }

        @Override
        public void expired(Judge j) {
            log.add(name + " expired");
        }

        @Override
        public void unfinished(Judge j) {
            log.add(name + " unfinished");
        }
    }

    /** Declares nothing and looks at peer frames too: offered every frame, as before the index. */
    private class Everything extends DutOnly {
        Everything(String name) {
            super(name, 1_000, EVERY_FRAME, null);
        }

        @Override
        public boolean onPeerFrame(DecodedFrame f, Judge j) {
            log.add(name + " offered peer frame " + f.frame().number());
            return false;
        }
    }

    @Test
    void aFrameReachesOnlyTheExpectationsOfItsKinds() {
        for (int i = 0; i < 1000; i++) {
            pending.add(new DutOnly("arp" + i, Expectation.kinds(Kind.ARP)));
        }
        pending.add(new Everything("every"));
        Lab lab = new Lab().pong4(1);
        pending.offer(decode(lab, 0), layers(), true, judge);
        assertEquals(1, pending.offered());
        assertEquals(List.of("every offered frame 1"), log);
    }

    @Test
    void anEchoReplyReachesOnlyTheRequestWithItsIdentifierAndSequence() {
        aReplyReachesOnlyItsRequest(false);
    }

    @Test
    void anIcmpv6EchoReplyReachesOnlyTheRequestWithItsIdentifierAndSequence() {
        aReplyReachesOnlyItsRequest(true);
    }

    private void aReplyReachesOnlyItsRequest(boolean v6) {
        Lab lab = new Lab();
        int n = 2000;
        for (int seq = 0; seq < n; seq++) {
            if (v6) {
                lab.ping6(seq);
            } else {
                lab.ping4(seq);
            }
        }
        if (v6) {
            lab.pong6(1234);
        } else {
            lab.pong4(1234);
        }
        for (int seq = 0; seq < n; seq++) {
            Stimulus s = Stimulus.of(decode(lab, seq));
            String name = "ping" + seq;
            pending.add(new DutOnly(name, 1_000, s.answerKinds(), s.replyKeys()) {
                @Override
                public boolean onDutFrame(DecodedFrame f, Judge j) {
                    super.onDutFrame(f, j);
                    return s.repliedBy(f);
                }
            });
        }
        pending.offer(decode(lab, n), layers(), true, judge);
        assertEquals(1, pending.offered());
        assertEquals(List.of("ping1234 offered frame " + (n + 1)), log);
        assertEquals(n - 1, pending.size(), "the reply settles its request");
    }

    @Test
    void anIcmpErrorReachesOnlyTheDatagramItQuotesAndThatOnce() {
        Lab lab = new Lab();
        int n = 1000;
        List<Ipv4Repr> ips = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Ipv4Repr ip = lab.v4(PEER4, DUT4, IpProtocols.UDP);
            ips.add(ip);
            lab.peer(ip, new UdpRepr(20000, 6000 + i));
        }
        Octets quoted = Octets.of(FrameBuilder.of(ips.get(321), new UdpRepr(20000, 6321)).build());
        lab.dut(lab.v4(DUT4, PEER4, IpProtocols.ICMP), Icmpv4Repr.unreachable(3, quoted));
        for (int i = 0; i < n; i++) {
            Stimulus s = Stimulus.of(decode(lab, i));
            pending.add(new DutOnly("udp" + i, 1_000, s.answerKinds(), s.answerKeys()) {
                @Override
                public boolean onDutFrame(DecodedFrame f, Judge j) {
                    log.add(name + (s.answeredBy(f) ? " answered by frame " : " offered frame ") + f.frame().number());
                    return false; // stays pending, so a second offer of the same frame would show
                }
            });
        }
        pending.offer(decode(lab, n), layers(), true, judge);
        assertEquals(1, pending.offered(), "filed under the quoted identification and the quoted ports, offered once");
        assertEquals(List.of("udp321 answered by frame " + (n + 1)), log);
    }

    @Test
    void peerFramesReachOnlyExpectationsThatLookAtThem() {
        for (int i = 0; i < 1000; i++) {
            pending.add(new DutOnly("dut" + i, Expectation.EVERY_FRAME));
        }
        pending.add(new Everything("every"));
        Lab lab = new Lab().ping4(1);
        pending.offer(decode(lab, 0), layers(), false, judge);
        assertEquals(1, pending.offered());
        assertEquals(List.of("every offered peer frame 1"), log);
    }

    @Test
    void offersFollowTheOrderExpectationsWereMadeAcrossBuckets() {
        Lab lab = new Lab().ping4(5).pong4(5);
        Stimulus s = Stimulus.of(decode(lab, 0));
        pending.add(new Everything("a-every"));
        pending.add(new DutOnly("b-arp", Expectation.kinds(Kind.ARP)));
        pending.add(new DutOnly("c-key", 1_000, s.answerKinds(), s.replyKeys()));
        pending.add(new DutOnly("d-icmp", Expectation.kinds(Kind.ICMPV4, Kind.TCP)));
        pending.add(new DutOnly("e-otherkey", 1_000, s.answerKinds(), new long[] {s.replyKeys()[0] + 1}));
        pending.add(new Everything("f-every"));
        pending.add(new DutOnly("g-key", 1_000, s.answerKinds(), s.replyKeys()));
        pending.add(new DutOnly("h-ipv4", s.answerKinds()));
        pending.add(new DutOnly("i-keyWrongKind", 1_000, Expectation.kinds(Kind.IPV6), s.replyKeys()));
        pending.offer(decode(lab, 1), layers(), true, judge);
        assertEquals(List.of("a-every offered frame 2", "c-key offered frame 2", "d-icmp offered frame 2",
                "f-every offered frame 2", "g-key offered frame 2", "h-ipv4 offered frame 2"), log);
    }

    @Test
    void dueExpectationsExpireInTheOrderTheyWereMadeNotByDeadline() {
        pending.add(new DutOnly("a", 30, Expectation.EVERY_FRAME, null));
        pending.add(new DutOnly("b", 10, Expectation.EVERY_FRAME, null));
        pending.add(new DutOnly("c", 20, Expectation.kinds(Kind.ARP), null));
        pending.add(new DutOnly("d", 5, Expectation.EVERY_FRAME, new long[] {42}));
        pending.add(new DutOnly("e", 40, Expectation.EVERY_FRAME, null));
        pending.expire(10, judge);
        assertEquals(List.of("d expired"), log, "a deadline equal to now is not past");
        pending.expire(25, judge);
        assertEquals(List.of("d expired", "b expired", "c expired"), log);
        assertEquals(2, pending.size());
        pending.finish(35, judge);
        assertEquals(List.of("d expired", "b expired", "c expired", "a expired", "e unfinished"), log);
        assertEquals(0, pending.size());
    }

    @Test
    void aSettledExpectationIsOfferedNothingMoreAndNeverExpires() {
        Lab lab = new Lab().pong4(1).pong4(2);
        pending.add(new DutOnly("keep", 100, Expectation.kinds(Kind.ICMPV4), null));
        pending.add(new DutOnly("once", 100, Expectation.kinds(Kind.ICMPV4), null) {
            @Override
            public boolean onDutFrame(DecodedFrame f, Judge j) {
                super.onDutFrame(f, j);
                return true;
            }
        });
        pending.offer(decode(lab, 0), layers(), true, judge);
        pending.offer(decode(lab, 1), layers(), true, judge);
        pending.finish(1_000, judge);
        assertEquals(List.of("keep offered frame 1", "once offered frame 1", "keep offered frame 2", "keep expired"), log);
    }

    @Test
    void thousandsOfExpectationsSettledOneByOneLeaveTheRestInOrder() {
        Lab lab = new Lab();
        int n = 3000;
        for (int seq = 0; seq < n; seq++) {
            lab.ping4(seq);
        }
        for (int seq = n - 1; seq >= 0; seq -= 3) {
            lab.pong4(seq);
        }
        List<Stimulus> stimuli = new ArrayList<>();
        for (int seq = 0; seq < n; seq++) {
            Stimulus s = Stimulus.of(decode(lab, seq));
            stimuli.add(s);
            pending.add(new DutOnly("ping" + seq, 1_000 + seq % 7, s.answerKinds(), s.replyKeys()) {
                @Override
                public boolean onDutFrame(DecodedFrame f, Judge j) {
                    return s.repliedBy(f);
                }
            });
        }
        for (int i = n; i < lab.frames().size(); i++) {
            pending.offer(decode(lab, i), layers(), true, judge);
        }
        assertEquals(n - n / 3, pending.size());
        assertEquals(n / 3, pending.offered(), "each reply reached its own request only");
        pending.expire(2_000, judge);
        List<String> expected = new ArrayList<>();
        for (int seq = 0; seq < n; seq++) {
            if ((n - 1 - seq) % 3 != 0) {
                expected.add("ping" + seq + " expired");
            }
        }
        assertEquals(expected, log);
    }

    private long lastLayers;

    private DecodedFrame decode(Lab lab, int index) {
        Frame frame = lab.frames().get(index);
        DecodedFrame f = dissector.dissect(frame);
        lastLayers = ConformanceRule.layerMask(f);
        return f;
    }

    private long layers() {
        return lastLayers;
    }

    /** Writes verdicts to the log (none of these expectations give any: the log shows offers). */
    private class LoggingJudge implements Judge {
        @Override
        public ReferenceStack stack() {
            return null;
        }

        @Override
        public long deadlineNanos() {
            return 1_000;
        }

        @Override
        public void conforms(ConformanceRule rule, long frame) {
            log.add("conforms " + frame);
        }

        @Override
        public void pass(ConformanceRule rule, String message, long... frames) {
            log.add("PASS " + message);
        }

        @Override
        public void fail(ConformanceRule rule, String message, Highlight highlight, long... frames) {
            log.add("FAIL " + message);
        }

        @Override
        public void inconclusive(ConformanceRule rule, String message, long... frames) {
            log.add("INCONCLUSIVE " + message);
        }

        @Override
        public void expect(Expectation expectation) {
            pending.add(expectation);
        }
    }
}
