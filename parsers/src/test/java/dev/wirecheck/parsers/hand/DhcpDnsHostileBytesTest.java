package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Malformation;
import dev.wirecheck.wire.Problems;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parsers' contract on hostile bytes, for DHCP and DNS: whatever the input, the
 * dissector returns the layers it could read and typed malformations, nothing else (an
 * exception fails the test), and DNS work stays bounded per name.
 */
class DhcpDnsHostileBytesTest {

    private static void dissectCleanly(Dissector d, byte[] bytes) {
        Dissection out = d.dissect(Frame.ethernet(bytes, 0, 1)).toDissection();
        for (Malformation m : out.malformations()) {
            assertNotNull(Code.byId(m.id()), "unregistered code " + m.id());
        }
    }

    @Test
    void everyPrefixOfEveryBuiltFrameIsOnlyMalformations() {
        Dissector d = new Dissector();
        for (byte[] f : DhcpDnsFrames.all()) {
            for (int n = 0; n <= f.length; n++) {
                dissectCleanly(d, Arrays.copyOf(f, n));
            }
        }
    }

    /** Seeded random overwrites of the application bytes (headers kept so that the payload is reached). */
    @Test
    void mutatedApplicationBytesAreOnlyMalformations() {
        Dissector d = new Dissector();
        SplittableRandom r = new SplittableRandom(3396);
        int malformed = 0;
        for (byte[] f : DhcpDnsFrames.all()) {
            int appStart = 14 + 20 + (f[23] == 6 ? 20 : 8);
            for (int i = 0; i < 3000; i++) {
                byte[] m = f.clone();
                int edits = 1 + r.nextInt(8);
                for (int e = 0; e < edits; e++) {
                    int at = appStart + r.nextInt(m.length - appStart);
                    m[at] = (byte) (r.nextBoolean() ? r.nextInt(256) : new int[] {0, 0xff, 0xc0, 0x3f, 0x40, 0x80}[r.nextInt(6)]);
                }
                DecodedFrame out = d.dissect(Frame.ethernet(m, 0, i));
                if (out.malformed()) {
                    malformed++;
                }
                assertNotNull(out.toDissection());
            }
        }
        assertTrue(malformed > 1000, "the mutations did reach the parsers' checks: " + malformed);
    }

    @Test
    void randomSixtyFourKibMessagesAreReadWithBoundedWorkPerName() {
        SplittableRandom r = new SplittableRandom(1035);
        Dns dns = new Dns();
        byte[] m = new byte[65_535];
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < m.length; i++) {
                m[i] = (byte) (r.nextInt(3) == 0 ? 0xc0 | r.nextInt(64) : r.nextInt(64));
            }
            m[4] = m[5] = m[6] = m[7] = m[8] = m[9] = m[10] = m[11] = (byte) 0xff;
            long steps = dns.names().steps();
            long reads = dns.names().reads();
            dns.read(m, 0, m.length, round % 2 == 0, false, new Problems());
            long n = dns.names().reads() - reads;
            assertTrue(dns.names().steps() - steps <= n * DnsName.MAX_STEPS, "steps per name exceed the bound");
        }
    }

    @Test
    void relayAgentSubOptionsAndRoutesReadBackTyped() {
        byte[] m = DhcpRepr.message(DhcpMessageType.DISCOVER, 1, AppFrames.CLIENT_MAC, null, null,
                DhcpOption.raw(DhcpOption.RELAY_AGENT_INFO, (byte) 1, (byte) 2, (byte) 'p', (byte) '7',
                        (byte) 2, (byte) 1, (byte) 9)).toBytes();
        Dhcp d = new Dissector().dissect(Frame.ethernet(AppFrames.udp(68, 67, m), 0, 1)).dhcp();
        List<DhcpSubOption> subs = d.relayAgentSubOptions();
        assertTrue(subs != null && subs.size() == 2 && subs.get(0).code() == DhcpSubOption.CIRCUIT_ID
                && subs.get(1).value().get(0) == 9, String.valueOf(subs));
    }
}
