package dev.wirecheck.oracle;

import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.parsers.hand.DhcpDnsFrames;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
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

    @Test
    void builtFramesAgreeWithTsharkOnEveryDhcpAndDnsField(@TempDir Path dir) throws Exception {
        Path tshark = ExternalTools.require("tshark", "tshark");
        Path pcap = dir.resolve("built.pcap");
        List<byte[]> frames = DhcpDnsFrames.all();
        try (PcapWriter w = PcapWriter.atomic(pcap, 1)) {
            long n = 1;
            for (byte[] f : frames) {
                Frame frame = Frame.ethernet(f, n * 1_000_000L, n);
                assertEquals(List.of(), Dissector.describe(frame).malformations(), "built frame " + n);
                w.write(frame);
                n++;
            }
        }
        Set<String> compared = TsharkAgreementTest.agree(tshark, pcap);
        for (String required : List.of("dhcp.option.classless_static_route", "dhcp.option.vendor_class_id",
                "dhcp.option.option_overload", "dhcp.option.hostname", "dhcp.option.requested_ip_address",
                "dhcp.option.dhcp_max_message_size", "dhcp.flags.bc", "dns.cname", "dns.aaaa", "dns.mx.preference",
                "dns.mx.mail_exchange", "dns.txt", "dns.txt.length", "dns.ns", "dns.soa.mname", "dns.soa.rname",
                "dns.soa.serial_number", "dns.soa.minimum_ttl", "dns.srv.port", "dns.srv.target", "dns.srv.service", "dns.srv.name", "dns.ptr.domain_name",
                "dns.rr.udp_payload_size", "dns.resp.z.do", "dns.resp.edns0_version", "dns.length", "dns.qry.qu",
                "dns.resp.cache_flush", "dns.flags.authoritative")) {
            assertTrue(compared.contains(required), required + " was never compared with tshark; compared: " + compared);
        }
    }
}
