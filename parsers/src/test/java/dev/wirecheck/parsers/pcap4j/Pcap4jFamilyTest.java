package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.oracle.Captures;
import dev.wirecheck.parsers.ParserFamilies;
import dev.wirecheck.parsers.hand.HandFamily;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Layer;
import dev.wirecheck.wire.MalformationCode.Category;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pcap4j family on real frames and on hostile ones: pcap4j's exceptions and illegal
 * packets come out as malformations, the fields it decodes match the hand-written family
 * (an independent implementation) on a captured TCP handshake.
 */
class Pcap4jFamilyTest {
    private final Pcap4jFamily pcap4j = new Pcap4jFamily();
    private final HandFamily hand = new HandFamily();

    @Test
    void isFoundThroughTheServiceLoader() {
        assertTrue(ParserFamilies.names().contains("pcap4j"), ParserFamilies.names().toString());
        assertEquals(Pcap4jFamily.class, ParserFamilies.byName("pcap4j").getClass());
    }

    /** The SYN of lwIP's HTTP capture: every TCP field pcap4j yields equals the hand family's, options included. */
    @Test
    void tcpSynFieldsMatchTheHandFamily() throws IOException {
        Frame syn = firstSyn(Captures.shared().resolve("lwip/04-http-small.pcap"));
        Dissection p = pcap4j.dissect(syn);
        Dissection h = hand.dissect(syn);
        assertEquals("eth:ip:tcp", p.protocols());
        Layer tcp = p.layer("tcp");
        assertTrue(tcp.fields().size() > 20, "pcap4j should decode the header and the options: " + tcp.fields());
        assertNotNull(p.field("tcp.options.mss_val"), "a SYN carries MSS");
        for (Field f : tcp.fields()) {
            List<String> handValues = h.fields(f.name()).stream().map(x -> x.canonical() + "@" + x.offset()).toList();
            assertTrue(handValues.contains(f.canonical() + "@" + f.offset()), f + " not among the hand family's " + handValues);
        }
        assertEquals(List.of(), p.malformations());
    }

    @Test
    void aCorruptedTcpChecksumIsABadChecksumMalformation() throws IOException {
        Frame syn = firstSyn(Captures.shared().resolve("lwip/04-http-small.pcap"));
        byte[] b = syn.data().clone();
        int tcpAt = hand.dissect(syn).layer("tcp").offset();
        b[tcpAt + 16] ^= 0x5a;
        Dissection p = pcap4j.dissect(Frame.ethernet(b, 0, 1));
        assertTrue(p.malformations().stream().anyMatch(m -> m.layer().equals("tcp")
                && m.code().category() == Category.BAD_CHECKSUM), p.malformations().toString());
    }

    /**
     * Every prefix of every frame of one capture of each stack: dissect returns (pcap4j's
     * runtime exceptions, such as its IllegalArgumentException on an empty array, are
     * malformations too), and a cut frame is reported, not accepted silently.
     */
    @Test
    void truncatedFramesGiveMalformationsNotExceptions() throws IOException {
        long rejected = 0;
        for (String file : List.of("lwip/01-dhcp-boot.pcap", "smoltcp/08-ping6-global.pcap")) {
            for (Frame f : CaptureReader.readAll(Captures.shared().resolve(file))) {
                for (int n = 0; n < f.data().length; n++) {
                    Dissection p = pcap4j.dissect(Frame.ethernet(Arrays.copyOf(f.data(), n), 0, f.number()));
                    if (n < 14) {
                        assertFalse(p.malformations().isEmpty(), file + " cut to " + n + " bytes has no Ethernet header");
                    }
                    rejected += p.malformations().isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(rejected > 100, "cut frames must be reported as malformed, only " + rejected + " were");
    }

    @Test
    void everyCapturedFrameDissectsWithoutAnException() throws IOException {
        long frames = 0;
        for (Path file : Captures.all()) {
            for (Frame f : CaptureReader.readAll(file)) {
                frames++;
                Dissection p = pcap4j.dissect(f);
                assertFalse(p.hasMalformation(Pcap4jFailures.EXCEPTION.id()), file + " frame " + f.number() + ": " + p.malformations());
                assertFalse(p.layers().isEmpty(), file + " frame " + f.number());
            }
        }
        assertTrue(frames > 10_000, "read " + frames);
    }

    private Frame firstSyn(Path file) throws IOException {
        for (Frame f : CaptureReader.readAll(file)) {
            Dissection h = hand.dissect(f);
            if (h.number("tcp.flags.syn", 0) == 1 && h.number("tcp.flags.ack", 1) == 0) {
                return f;
            }
        }
        throw new IllegalStateException("no SYN in " + file);
    }
}
