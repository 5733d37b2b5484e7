package dev.wirecheck.live.fuzz;

import dev.wirecheck.live.replay.Layout;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import org.junit.jupiter.api.Test;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mutated stimuli stay between the two stations and within what the link carries. */
class MutatorTest {
    static final Station STATION = new Station(MacAddress.parse("02:77:63:00:00:01"), (Inet4Address) IpAddresses.parse("192.0.2.99"),
            (Inet6Address) IpAddresses.parse("fe80::77:63ff:fe00:1"), MacAddress.parse("02:00:00:00:00:0a"),
            (Inet4Address) IpAddresses.parse("192.0.2.10"), (Inet6Address) IpAddresses.parse("fe80::ff:fe00:a"));

    @Test
    void mutationsNeverChangeAddressesAndNeverThrow() {
        Templates templates = new Templates(STATION);
        Random r = new Random(20261206);
        int ipv4 = 0, ipv6 = 0, changed = 0;
        for (int i = 0; i < 20_000; i++) {
            for (byte[] original : templates.any(r)) {
                byte[] f = FuzzLive.fit(Mutator.mutate(original, r));
                assertTrue(f.length >= Layout.ETH_HEADER && f.length <= FuzzLive.MAX_FRAME);
                assertEquals(STATION.peerMac(), MacAddress.of(f, 6));
                MacAddress dst = MacAddress.of(f, 0);
                assertTrue(dst.equals(STATION.dutMac()) || dst.isBroadcast() || dst.isMulticast(), dst.toString());
                Layout before = Layout.of(original);
                // the address bytes of the original are unchanged in the mutated frame, where it still has them
                if (before.isIpv4() || before.isIpv6()) {
                    int end = before.dstAt() + before.addressLength();
                    if (f.length >= end) {
                        assertTrue(Bytes.equal(original, before.srcAt(), f, before.srcAt(), end - before.srcAt()),
                                "addresses changed in case " + i);
                    }
                    ipv4 += before.isIpv4() ? 1 : 0;
                    ipv6 += before.isIpv6() ? 1 : 0;
                }
                changed += java.util.Arrays.equals(original, f) ? 0 : 1;
                // our own dissector must survive every mutated frame (it never throws, DESIGN.md)
                Dissector.describe(Frame.ethernet(f, 0, i + 1));
            }
        }
        assertTrue(ipv4 > 1000 && ipv6 > 1000, "both families exercised: " + ipv4 + " / " + ipv6);
        assertTrue(changed > 15_000, "mutations change frames: " + changed);
    }

    @Test
    void staleChecksumsAreRecomputed() {
        Templates templates = new Templates(STATION);
        Random r = new Random(7);
        int echoes = 0;
        for (int i = 0; i < 200; i++) {
            byte[] f = templates.icmpEcho(r);
            Layout l = Layout.of(f);
            f[l.netAt() + 8] = (byte) r.nextInt(256); // TTL changed, checksums now stale
            Bytes.put16(f, l.l4At() + 2, r.nextInt(0x10000));
            ChecksumFixer.fix(f);
            // RFC 1071: a correct Internet checksum makes the covered data sum to all ones
            assertTrue(dev.wirecheck.wire.Checksum.verifies(f, l.netAt(), 20));
            assertTrue(dev.wirecheck.wire.Checksum.verifies(f, l.l4At(), l.l4End() - l.l4At()));
            echoes++;
        }
        assertEquals(200, echoes);
    }

    @Test
    void fragmentTrainsCarryOneDatagram() {
        Random r = new Random(3);
        for (int i = 0; i < 100; i++) {
            List<byte[]> train = new Templates(STATION).ipv4Fragments(r);
            assertTrue(!train.isEmpty());
            int id = Bytes.u16(train.get(0), Layout.ETH_HEADER + 4);
            for (byte[] f : train) {
                assertEquals(id, Bytes.u16(f, Layout.ETH_HEADER + 4), "one identification per train (RFC 791 §3.2)");
            }
        }
    }
}
