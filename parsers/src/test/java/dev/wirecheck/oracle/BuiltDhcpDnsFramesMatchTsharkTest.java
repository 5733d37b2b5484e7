package dev.wirecheck.oracle;

import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.parsers.hand.DhcpDnsFrames;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.wire.Dissection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DHCP and DNS fields the captures never exercise (MX, SRV, TXT, SOA, AAAA, EDNS,
 * mDNS bits, DNS over TCP, relay/vendor/route options, overload) against tshark (Debian
 * package {@code tshark}), on frames built by the Reprs; the frames are also proof that
 * the builders emit what tshark reads as intended, without malformations.
 */
class BuiltDhcpDnsFramesMatchTsharkTest {

    /**
     * tshark fields the hand family does not produce, with the reason: they are derived from
     * other frames of the conversation (request/response matching), not from the frame.
     */
    static final Map<String, String> NOT_PRODUCED = Map.of(
            "dns.response_to", "frame number of the query, from the conversation",
            "dns.response_in", "frame number of the response, from the conversation",
            "dns.time", "time since the query, from the conversation",
            "dns.retransmission", "repeated query, from the conversation",
            "dns.retransmit_request_in", "repeated query, from the conversation",
            "dns.unsolicited", "response without a query, from the conversation");

    @Test
    void builtFramesAgreeWithTsharkOnEveryDhcpAndDnsField(@TempDir Path dir) throws Exception {
        Path tshark = ExternalTools.require("tshark", "tshark");
        Path pcap = builtCapture(dir);
        Set<String> compared = TsharkAgreementTest.agree(tshark, pcap);
        for (String required : List.of("dhcp.option.classless_static_route", "dhcp.option.vendor_class_id",
                "dhcp.option.option_overload", "dhcp.boot_filename_overloaded_by_dhcp", "dhcp.option.hostname", "dhcp.option.requested_ip_address",
                "dhcp.option.dhcp_max_message_size", "dhcp.flags.bc", "dns.cname", "dns.aaaa", "dns.mx.preference",
                "dns.mx.mail_exchange", "dns.txt", "dns.txt.length", "dns.ns", "dns.soa.mname", "dns.soa.rname",
                "dns.soa.serial_number", "dns.soa.minimum_ttl", "dns.srv.port", "dns.srv.target", "dns.srv.service", "dns.srv.name", "dns.ptr.domain_name",
                "dns.rr.udp_payload_size", "dns.resp.z.do", "dns.resp.edns0_version", "dns.length", "dns.qry.qu",
                "dns.resp.cache_flush", "dns.flags.authoritative")) {
            assertTrue(compared.contains(required), required + " was never compared with tshark; compared: " + compared);
        }
    }

    /**
     * The other direction: every dhcp.* and dns.* field tshark prints on the DHCP-boot
     * captures of both stacks and on the built frames, the hand family prints too (except
     * {@link #NOT_PRODUCED}), so that agreement is not bought by leaving fields out.
     */
    @Test
    void handFamilyProducesEveryDhcpAndDnsFieldTsharkPrints(@TempDir Path dir) throws Exception {
        Path tshark = ExternalTools.require("tshark", "tshark");
        Path shared = Captures.shared();
        List<Path> files = List.of(shared.resolve("lwip/01-dhcp-boot.pcap"), shared.resolve("smoltcp/01-dhcp-boot.pcap"),
                shared.resolve("smoltcp/own-driver/01-dhcp-boot.pcap"), builtCapture(dir));
        List<String> missing = new ArrayList<>();
        int frames = 0;
        for (Path file : files) {
            List<Map<String, List<String>>> theirs = Tshark.fields(tshark, file);
            List<Frame> ours = CaptureReader.readAll(file);
            for (int i = 0; i < ours.size(); i++) {
                Dissection d = Dissector.describe(ours.get(i));
                for (String name : theirs.get(i).keySet()) {
                    boolean app = name.startsWith("dhcp.") || name.startsWith("dns.");
                    if (app && !NOT_PRODUCED.containsKey(name) && d.field(name) == null) {
                        missing.add(file.getFileName() + " frame " + (i + 1) + ": " + name);
                    }
                }
                frames += d.has("dhcp") || d.has("dns") || d.has("mdns") ? 1 : 0;
            }
        }
        assertTrue(frames >= 30, "DHCP/DNS frames seen: " + frames);
        assertEquals(List.of(), missing);
    }

    private static Path builtCapture(Path dir) throws Exception {
        Path pcap = dir.resolve("built.pcap");
        try (PcapWriter w = PcapWriter.atomic(pcap, 1)) {
            long n = 1;
            for (byte[] f : DhcpDnsFrames.all()) {
                Frame frame = Frame.ethernet(f, n * 1_000_000L, n);
                assertEquals(List.of(), Dissector.describe(frame).malformations(), "built frame " + n);
                w.write(frame);
                n++;
            }
        }
        return pcap;
    }
}
