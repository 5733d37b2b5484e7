package dev.wirecheck.live.replay;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rewriting the stimuli of the real lwIP captures for the live target. */
class FrameRewriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"02-ping.pcap", "03-ping-fragmented.pcap", "04-http-small.pcap", "05-http-download.pcap",
            "06-udp-echo.pcap", "07-ping6-linklocal.pcap", "08-ping6-global.pcap", "09-tcp-closed-port.pcap",
            "10-udp-closed-port.pcap", "11-tcp-parallel.pcap"})
    void rewrittenStimuliKeepValidChecksumsAndCarryOnlyLiveAddresses(String capture) throws IOException {
        ReplayPlan plan = new ReplayPlan(Captures.read(capture), Captures.liveOptions());
        FrameRewriter rewriter = new FrameRewriter(plan.addressMap());
        int checked = 0;
        for (Frame stimulus : plan.roles().stimuli()) {
            byte[] before = stimulus.data();
            byte[] after = rewriter.rewrite(before);
            assertEquals(before.length, after.length);
            if (ChecksumOracle.allValid(before)) {
                assertTrue(ChecksumOracle.allValid(after), capture + " frame " + stimulus.number());
                checked++;
            }
            MacAddress src = MacAddress.of(after, 6), dst = MacAddress.of(after, 0);
            assertEquals(ReplayOptions.DEFAULT_PEER_MAC, src, capture + " frame " + stimulus.number());
            assertTrue(dst.equals(Captures.LIVE_DUT) || dst.isMulticast(), capture + " frame " + stimulus.number());
            Layout l = Layout.of(after);
            if (l.isIpv4()) {
                assertEquals("192.0.2.99", Bytes.ipv4(after, l.srcAt()));
                if (dst.equals(Captures.LIVE_DUT)) {
                    assertEquals("192.0.2.10", Bytes.ipv4(after, l.dstAt()));
                }
            }
        }
        assertTrue(checked > 0, capture + ": no stimulus with valid checksums");
    }

    @Test
    void neighborSolicitationIsRetargetedToTheLiveDevice() throws IOException {
        // 08-ping6-global: the peer resolves 2001:db8:77::ff:fe00:1 (RFC 4861 §7.2.2) before its echoes
        ReplayPlan plan = new ReplayPlan(Captures.read("08-ping6-global.pcap"), Captures.liveOptions());
        Frame ns = plan.roles().stimuli().stream().filter(f -> {
            Layout l = Layout.of(f.data());
            return l.has(Layout.ICMPV6, 24) && Bytes.u8(f.data(), l.l4At()) == 135;
        }).findFirst().orElseThrow();
        byte[] f = new FrameRewriter(plan.addressMap()).rewrite(ns.data());
        Layout l = Layout.of(f);
        assertEquals("2001:db8:10::ff:fe00:a", Bytes.ipv6(f, l.l4At() + 8), "target address");
        assertEquals("ff02::1:ff00:a", Bytes.ipv6(f, l.dstAt()), "solicited-node group (RFC 4291 §2.7.1)");
        assertEquals(MacAddress.parse("33:33:ff:00:00:0a"), MacAddress.of(f, 0), "its Ethernet group (RFC 2464 §7)");
        assertEquals("2001:db8:10::99", Bytes.ipv6(f, l.srcAt()));
        assertEquals(1, Bytes.u8(f, l.l4At() + 24), "source link-layer address option");
        assertEquals(ReplayOptions.DEFAULT_PEER_MAC, MacAddress.of(f, l.l4At() + 26));
        assertTrue(ChecksumOracle.allValid(f));
    }

    @Test
    void aWrongChecksumStaysWrongByTheSameAmount() throws IOException {
        ReplayPlan plan = new ReplayPlan(Captures.read("04-http-small.pcap"), Captures.liveOptions());
        byte[] syn = plan.roles().stimuli().get(0).data().clone();
        Layout l = Layout.of(syn);
        int field = l.l4At() + 16;
        Bytes.put16(syn, field, Bytes.u16(syn, field) ^ 0x0101);
        int errorBefore = checksumError(syn, l);
        byte[] after = new FrameRewriter(plan.addressMap()).rewrite(syn);
        assertFalse(ChecksumOracle.allValid(after));
        assertEquals(errorBefore, checksumError(after, Layout.of(after)));
    }

    /** The field's distance from the correct value. */
    private static int checksumError(byte[] f, Layout l) {
        int field = l.l4At() + 16;
        byte[] copy = f.clone();
        Bytes.put16(copy, field, 0);
        int length = l.l4End() - l.l4At();
        int correct = Checksum.compute(Checksum.ipv4PseudoHeader(copy, l.srcAt(), l.dstAt(), 6, length), copy, l.l4At(), length);
        return (Bytes.u16(f, field) - correct) & 0xffff;
    }

    @Test
    void ackIsSetWithAValidChecksum() throws IOException {
        List<Frame> stimuli = new ReplayPlan(Captures.read("04-http-small.pcap"), Captures.liveOptions()).roles().stimuli();
        byte[] ack = stimuli.get(1).data().clone();
        FrameRewriter.setAck(ack, 0xfedcba98L);
        Layout l = Layout.of(ack);
        assertEquals(0xfedcba98L, Bytes.u32(ack, l.l4At() + 8));
        assertTrue(ChecksumOracle.allValid(ack));
    }
}
