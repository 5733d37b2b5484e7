package dev.wirecheck.oracle;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Malformation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strict DHCP and DNS parsers find nothing wrong with what real stacks sent: every
 * DHCP, DNS and mDNS message in ../shared/captures and examples/ dissects without a
 * malformation in those layers (the devices' DHCP boot: DISCOVER..ACK, queries, answers,
 * NXDOMAIN).
 */
class DhcpDnsCapturesAreCleanTest {
    private static final Set<String> LAYERS = Set.of("dhcp", "dns", "mdns");

    @Test
    void everyCapturedDhcpAndDnsMessageIsClean() throws Exception {
        List<String> found = new ArrayList<>();
        int messages = 0;
        Dissector dissector = new Dissector();
        for (Path capture : Captures.all()) {
            for (Frame f : CaptureReader.readAll(capture)) {
                Dissection d = dissector.dissect(f).toDissection();
                if (d.has("dhcp") || d.has("dns") || d.has("mdns")) {
                    messages++;
                }
                for (Malformation m : d.malformations()) {
                    if (LAYERS.contains(m.layer())) {
                        found.add(capture.getFileName() + " frame " + f.number() + ": " + m);
                    }
                }
            }
        }
        assertTrue(messages >= 24, "DHCP/DNS messages in the captures: " + messages);
        assertEquals(List.of(), found);
    }
}
