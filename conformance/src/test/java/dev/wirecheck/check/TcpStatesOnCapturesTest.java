package dev.wirecheck.check;

import dev.wirecheck.oracle.Captures;
import dev.wirecheck.oracle.ExternalTools;
import dev.wirecheck.oracle.Tshark;
import dev.wirecheck.vectors.RfcVectors;
import dev.wirecheck.stack.tcp.TcpState;
import dev.wirecheck.stack.tcp.TcpStatePair;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.wirecheck.stack.tcp.TcpState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TCP state per frame that the check hands to the reports agrees, on real device captures and
 * the Linux kernel example, with an independent derivation: tshark's dissection (tcp.stream to tell connections apart,
 * tcp.flags.*, tcp.seq / tcp.ack / tcp.nxtseq) run through the state diagram of RFC 9293 §3.3.2
 * (figure 5) as written below, for both ends, without our dissector or tracker. The capture is read
 * as the wire shows it: a segment is received when it appears; a SYN to the DUT leaves the DUT in
 * LISTEN until it answers (a closed port answers with a RST instead of a SYN-ACK).
 */
class TcpStatesOnCapturesTest {
    /** The DUT's MAC address in each stack's MANIFEST.md and in examples/README.md. */
    private static String dutMac(String capture) {
        return capture.startsWith("lwip/") ? "02:00:00:00:00:01"
                : capture.startsWith("examples/") ? "02:00:00:00:00:10" : "02:00:00:00:00:02";
    }

    @ParameterizedTest
    @ValueSource(strings = {"lwip/04-http-small.pcap", "lwip/05-http-download.pcap", "lwip/09-tcp-closed-port.pcap",
            "lwip/11-tcp-parallel.pcap", "smoltcp/04-http-small.pcap", "smoltcp/05-http-download.pcap",
            "smoltcp/09-tcp-closed-port.pcap", "smoltcp/11-tcp-parallel.pcap", "smoltcp/own-driver/04-http-small.pcap",
            "smoltcp/own-driver/09-tcp-closed-port.pcap", "examples/linux-kernel.pcap"})
    void everyTcpFrameCarriesTheStatesTheRfcDiagramGivesTsharksDissection(String name) throws Exception {
        Path tshark = ExternalTools.require("tshark", "tshark");
        Path capture = name.startsWith("examples/") ? RfcVectors.root().resolve(name) : Captures.shared().resolve(name);
        List<Segment> segments = segments(Tshark.fields(tshark, capture), dutMac(name));
        CheckResult result = Checker.check(capture, CheckOptions.defaults());
        assertEquals(dutMac(name), result.dut().mac(), "the check finds the MANIFEST's DUT");
        assertEquals(result.framesTotal(), result.frames().size(), "every frame kept");

        Map<String, Ends> streams = new HashMap<>();
        Map<String, Milestones> seen = new HashMap<>();
        for (Segment s : segments) {
            Ends ends = streams.computeIfAbsent(s.stream, k -> new Ends());
            ends.take(s);
            TcpStatePair expected = TcpStatePair.of(ends.dut.state, ends.peer.state);
            TcpStatePair actual = result.frame(s.frame).orElseThrow().tcp();
            assertNotNull(actual, name + " frame " + s.frame + ": no TCP state");
            assertEquals(expected, actual, name + " frame " + s.frame);
            seen.computeIfAbsent(s.stream, k -> new Milestones()).note(s, actual);
        }
        assertFalse(streams.isEmpty(), name + " has TCP");
        int resetSyns = 0;
        for (Map.Entry<String, Ends> e : streams.entrySet()) {
            String where = name + " stream " + e.getKey();
            TcpState last = e.getValue().dut.state;
            assertTrue(last == TIME_WAIT || last == CLOSED, where + " ends in " + last);
            Milestones m = seen.get(e.getKey());
            if (!m.dutSynAck) {
                assertTrue(m.resetCloses, where + ": the RST to the SYN leaves both ends CLOSED");
                resetSyns++;
                continue;
            }
            assertTrue(m.synReceived, where + ": SYN-RECEIVED after the DUT's SYN-ACK");
            assertTrue(m.establishedByPeerAck, where + ": ESTABLISHED after the peer's ACK of it");
            // The DUT closes first (FIN-WAIT-1) or after the peer (LAST-ACK); 04's short page: the DUT first.
            assertTrue(m.dutFin == (m.peerFinFirst ? LAST_ACK : FIN_WAIT_1), where + ": after the DUT's FIN " + m.dutFin);
            if (name.contains("04-http-small")) {
                assertEquals(FIN_WAIT_1, m.dutFin, where + ": the DUT closes after the body");
            }
        }
        // closed-port captures: one SYN to a closed port; the example: one over IPv4, one over IPv6 (examples/README.md)
        int closedPortSyns = name.contains("closed-port") ? 1 : name.startsWith("examples/") ? 2 : 0;
        assertEquals(closedPortSyns, resetSyns, name + ": SYNs answered with a RST");
    }

    @Test
    void withoutAKnownDutNoFrameCarriesTcpState() throws Exception {
        // two SYNs and nothing answering: no station to take for the DUT
        List<Frame> frames = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            byte[] b = FrameBuilder.of(new EthernetRepr(MacAddress.parse("02:00:00:00:00:10"), MacAddress.parse("02:00:00:00:00:01"),
                            EtherTypes.IPV4), Ipv4Repr.simple(IpAddresses.v4("192.0.2.1"), IpAddresses.v4("192.0.2.10"), IpProtocols.TCP, 64, i),
                    TcpRepr.of(40000 + i, 80, 1000, 0, Tcp.SYN, 64240)).build();
            frames.add(Frame.ethernet(b, i * 1_000_000L, i));
        }
        CheckResult r = Checker.check(Path.of("syns.pcap"), FrameSource.of(frames), CheckOptions.defaults(), n -> { });
        assertEquals(DutIdentity.How.UNKNOWN, r.dut().how());
        assertEquals(2, r.frames().size());
        for (FrameRecord f : r.frames()) {
            assertEquals(Side.UNKNOWN, f.side());
            assertNull(f.tcp(), "frame " + f.number());
        }
    }

    /** The named transitions of one connection, read off what the check reported at frames tshark's flags single out. */
    private static final class Milestones {
        boolean dutSynAck, synReceived, establishedByPeerAck, resetCloses, peerFinFirst;
        TcpState dutFin;

        void note(Segment s, TcpStatePair actual) {
            if (s.fromDut && s.syn && s.ack) {
                dutSynAck = true;
                synReceived = actual.dut() == SYN_RECEIVED;
            } else if (!s.fromDut && synReceived && !establishedByPeerAck && s.ack && !s.syn) {
                establishedByPeerAck = actual.dut() == ESTABLISHED;
            }
            if (s.fin && dutFin == null) {
                if (s.fromDut) {
                    dutFin = actual.dut();
                } else {
                    peerFinFirst = true;
                }
            }
            if (s.fromDut && s.rst) {
                resetCloses = actual.equals(TcpStatePair.of(CLOSED, CLOSED));
            }
        }
    }

    private record Segment(long frame, String stream, boolean fromDut, boolean syn, boolean ack, boolean fin, boolean rst,
                           long seq, long ackNumber, long nextSeq) {
    }

    private static List<Segment> segments(List<Map<String, List<String>>> frames, String dutMac) {
        List<Segment> out = new ArrayList<>();
        for (Map<String, List<String>> f : frames) {
            if (!f.containsKey("tcp.stream")) {
                continue;
            }
            out.add(new Segment(Long.parseLong(one(f, "frame.number")), one(f, "tcp.stream"), dutMac.equals(one(f, "eth.src")),
                    flag(f, "tcp.flags.syn"), flag(f, "tcp.flags.ack"), flag(f, "tcp.flags.fin"), flag(f, "tcp.flags.reset"),
                    Long.parseLong(one(f, "tcp.seq")), Long.parseLong(one(f, "tcp.ack")), Long.parseLong(one(f, "tcp.nxtseq"))));
        }
        return out;
    }

    private static String one(Map<String, List<String>> f, String field) {
        return f.get(field).get(0);
    }

    private static boolean flag(Map<String, List<String>> f, String field) {
        return "1".equals(one(f, field));
    }

    /** One end of a connection: its state, and where its SYN and FIN end in its sequence space. */
    private static final class End {
        TcpState state;
        long synNext = -1, finNext = -1, nextExpected = -1;
    }

    /** Both ends of one tshark stream, moved by RFC 9293 figure 5: the sender's arcs, then the receiver's. */
    private static final class Ends {
        final End dut = new End(), peer = new End();

        void take(Segment s) {
            End from = s.fromDut ? dut : peer, to = s.fromDut ? peer : dut;
            if (from.state == null && to.state == null) { // the opening SYN: its sender actively opens
                from.state = SYN_SENT;
                to.state = LISTEN;
                from.synNext = s.nextSeq;
                from.nextExpected = s.nextSeq;
                return;
            }
            if (s.rst) {
                // the DUT aborts; a peer's RST counts at exactly the next sequence number expected (RFC 5961 §3.2)
                if (s.fromDut || s.seq == from.nextExpected) {
                    dut.state = CLOSED;
                    peer.state = CLOSED;
                }
                return;
            }
            from.nextExpected = mod32Max(from.nextExpected, s.nextSeq);
            sent(from, s);
            received(to, s);
        }

        private static void sent(End e, Segment s) {
            if (s.syn) {
                e.synNext = s.nextSeq;
                if (e.state == LISTEN) {
                    e.state = SYN_RECEIVED; // rcv SYN / snd SYN,ACK
                }
            }
            if (s.fin) {
                e.finNext = s.nextSeq;
                if (e.state == ESTABLISHED || e.state == SYN_RECEIVED) {
                    e.state = FIN_WAIT_1; // CLOSE / snd FIN
                } else if (e.state == CLOSE_WAIT) {
                    e.state = LAST_ACK;
                }
            }
        }

        private static void received(End e, Segment s) {
            boolean synAcked = s.ack && e.synNext >= 0 && covers(s.ackNumber, e.synNext);
            boolean finAcked = s.ack && e.finNext >= 0 && covers(s.ackNumber, e.finNext);
            if (e.state == SYN_SENT && s.syn) {
                e.state = synAcked ? ESTABLISHED : SYN_RECEIVED;
            } else if (e.state == SYN_RECEIVED && synAcked) {
                e.state = ESTABLISHED;
            } else if (finAcked && e.state == FIN_WAIT_1) {
                e.state = FIN_WAIT_2;
            } else if (finAcked && e.state == CLOSING) {
                e.state = TIME_WAIT;
            } else if (finAcked && e.state == LAST_ACK) {
                e.state = CLOSED;
            }
            if (s.fin) {
                switch (e.state) {
                    case ESTABLISHED, SYN_RECEIVED -> e.state = CLOSE_WAIT;
                    case FIN_WAIT_1 -> e.state = CLOSING;
                    case FIN_WAIT_2 -> e.state = TIME_WAIT;
                    default -> { }
                }
            }
        }

        /** The acknowledgment number reaches {@code end} (RFC 9293 §3.4, modulo 2^32). */
        private static boolean covers(long ack, long end) {
            return (int) (ack - end) >= 0;
        }

        private static long mod32Max(long a, long b) {
            return a < 0 || (int) (b - a) > 0 ? b : a;
        }
    }
}
