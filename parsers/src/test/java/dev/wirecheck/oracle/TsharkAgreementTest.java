package dev.wirecheck.oracle;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Layer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hand-written dissector against tshark (Debian package {@code tshark}) on every real
 * capture: for every frame, every field that both produce among the protocols below has
 * the same values, in the same order when it occurs several times.
 */
class TsharkAgreementTest {

    /** Field-name prefixes compared. */
    static final List<String> PROTOCOLS = List.of("eth.", "vlan.", "ieee8021ad.", "ieee8021ah.", "sll.", "arp.", "ip.", "ipv6.", "icmp.", "icmpv6.",
            "igmp.", "tcp.", "udp.", "dhcp.", "dns.");

    /**
     * Fields both sides name but that mean something else on tshark's side; each is left
     * out of the comparison for the reason given.
     */
    static final Map<String, String> EXCLUDED = Map.of();

    @TestFactory
    Stream<DynamicTest> handDissectorAgreesWithTsharkOnEveryCapture() throws IOException {
        Path tshark = ExternalTools.require("tshark", "tshark");
        return Captures.all().stream().map(c -> DynamicTest.dynamicTest(
                c.getParent().getFileName() + "/" + c.getFileName(), () -> agree(tshark, c)));
    }

    /**
     * Guards the guard: agreement means nothing if the names never meet. On a few real
     * captures the comparison must have covered these fields of every protocol.
     */
    @Test
    void comparisonCoversTheFieldsOfEveryProtocol() throws Exception {
        Path tshark = ExternalTools.require("tshark", "tshark");
        Set<String> compared = new TreeSet<>();
        for (String name : List.of("lwip/01-dhcp-boot.pcap", "lwip/03-ping-fragmented.pcap", "lwip/09-tcp-closed-port.pcap",
                "lwip/10-udp-closed-port.pcap", "smoltcp/04-http-small.pcap")) {
            compared.addAll(agree(tshark, Captures.shared().resolve(name)));
        }
        for (String required : List.of("eth.src", "eth.type", "arp.opcode", "arp.src.proto_ipv4", "ip.ttl", "ip.checksum",
                "ip.flags.mf", "ip.frag_offset", "ip.opt.ra", "ipv6.hlim", "ipv6.hopopts.nxt", "ipv6.opt.router_alert",
                "icmp.ident", "icmp.seq", "icmpv6.nd.ns.target_address", "icmpv6.nd.na.flag.s", "icmpv6.opt.prefix",
                "icmpv6.mldr.mar.multicast_address", "igmp.maddr", "tcp.seq_raw", "tcp.options.mss_val",
                "tcp.options.wscale.shift", "udp.length", "udp.checksum", "dhcp.id", "dhcp.hw.mac_addr", "dhcp.option.type",
                "dhcp.option.value", "dhcp.option.dhcp", "dhcp.option.subnet_mask", "dhcp.option.router",
                "dhcp.option.request_list_item", "dhcp.option.end", "dhcp.option.padding", "dns.id", "dns.flags.rcode",
                "dns.count.answers", "dns.qry.name", "dns.qry.name.len", "dns.count.labels", "dns.qry.type", "dns.resp.name",
                "dns.resp.ttl", "dns.a")) {
            assertTrue(compared.contains(required), "field " + required + " was never compared with tshark; compared: " + compared);
        }
    }

    static Set<String> agree(Path tshark, Path capture) throws Exception {
        List<Map<String, List<String>>> theirs = Tshark.fields(tshark, capture);
        List<Frame> frames = CaptureReader.readAll(capture);
        assertEquals(theirs.size(), frames.size(), capture + ": frame count differs from tshark's");
        Dissector dissector = new Dissector();
        List<String> disagreements = new ArrayList<>();
        Set<String> compared = new TreeSet<>();
        for (int i = 0; i < frames.size(); i++) {
            Dissection ours = dissector.dissect(frames.get(i)).toDissection();
            Map<String, List<Field>> mine = byName(ours);
            for (Map.Entry<String, List<Field>> e : mine.entrySet()) {
                String name = e.getKey();
                List<String> tsharkValues = theirs.get(i).get(name);
                if (tsharkValues == null || EXCLUDED.containsKey(name) || !compared(name)) {
                    continue;
                }
                compared.add(name);
                List<String> ourCanon = new ArrayList<>();
                List<String> theirCanon = new ArrayList<>();
                boolean numeric = e.getValue().get(0).isNumber();
                for (Field f : e.getValue()) {
                    // tshark's text is compared in lower case (hex digits); names are case-insensitive (RFC 1035 §2.3.3)
                    ourCanon.add(numeric ? f.canonical() : f.canonical().toLowerCase());
                }
                for (String t : tsharkValues) {
                    theirCanon.add(Tshark.canonical(t, numeric));
                }
                if (!ourCanon.equals(theirCanon)) {
                    disagreements.add("frame " + (i + 1) + " " + name + ": ours " + ourCanon + " tshark " + theirCanon);
                }
            }
        }
        assertTrue(!compared.isEmpty(), capture + ": no field was compared at all");
        if (!disagreements.isEmpty()) {
            fail(capture + ": " + disagreements.size() + " disagreements with tshark, first ones:\n  "
                    + String.join("\n  ", disagreements.subList(0, Math.min(40, disagreements.size()))));
        }
        return compared;
    }

    private static boolean compared(String name) {
        for (String p : PROTOCOLS) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<Field>> byName(Dissection d) {
        Map<String, List<Field>> out = new LinkedHashMap<>();
        for (Layer l : d.layers()) {
            for (Field f : l.fields()) {
                out.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }
}
