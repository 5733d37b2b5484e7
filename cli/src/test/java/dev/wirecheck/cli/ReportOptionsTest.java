package dev.wirecheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.DutIdentity;
import dev.wirecheck.check.FrameRecord;
import dev.wirecheck.check.Level;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.RuleInfo;
import dev.wirecheck.check.Side;
import dev.wirecheck.check.Verdict;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class ReportOptionsTest {

    /** A stand-in for the check command: only the mixin. */
    @Command(name = "check")
    static final class Host {
        @Mixin
        ReportOptions reports;
    }

    static ReportOptions parse(String... args) {
        Host host = new Host();
        new CommandLine(host).parseArgs(args);
        return host.reports;
    }

    @Test
    void writesEveryRequestedReportReadableByOthers(@TempDir Path dir) throws Exception {
        Path junit = dir.resolve("out/junit.xml"), sarif = dir.resolve("out/check.sarif"), html = dir.resolve("out/report.html");
        ReportOptions options = parse("--junit", junit.toString(), "--sarif", sarif.toString(), "--html", html.toString());

        assertEquals(List.of(junit, sarif, html), options.writeAll(result(dir.resolve("board.pcap"))));

        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals("RFC1122-3.2.2.6-echo-reply", log.at("/runs/0/results/0/ruleId").asText());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));

        Path ordinary = Files.createFile(dir.resolve("out/ordinary"));
        for (Path p : List.of(junit, sarif, html)) {
            assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(p), p + " has the umask's permissions");
        }
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            assertEquals(4, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void noOptionNoFile(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), parse().writeAll(result(dir.resolve("board.pcap"))));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void aReportThatCannotBeWrittenDoesNotStopTheOthersAndIsNamed(@TempDir Path dir) throws Exception {
        Path blocked = Files.createDirectory(dir.resolve("junit.xml"));
        Path html = dir.resolve("report.html");
        ReportOptions options = parse("--junit", blocked.toString(), "--html", html.toString());
        IOException e = assertThrows(IOException.class, () -> options.writeAll(result(dir.resolve("board.pcap"))));
        assertTrue(e.getMessage().startsWith("cannot write " + blocked), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(Files.isRegularFile(html), "the HTML report is still written");
        assertTrue(Files.isDirectory(blocked), "the directory is left alone");
    }

    @Test
    void helpListsTheThreeOptions() {
        String usage = new CommandLine(new Host()).getUsageMessage();
        for (String o : List.of("--junit=FILE", "--sarif=FILE", "--html=FILE")) {
            assertTrue(usage.contains(o), usage);
        }
    }

    /** One ping answered with the wrong sequence number (addresses from RFC 5737). */
    static CheckResult result(Path capture) throws IOException {
        RuleInfo echo = new RuleInfo("RFC1122-3.2.2.6-echo-reply", 1122, "3.2.2.6", Level.MUST,
                "Every ICMP Echo Request is answered with an Echo Reply", "ICMPv4");
        MacAddress peer = MacAddress.parse("02:00:00:00:00:01"), dut = MacAddress.parse("02:00:00:00:00:10");
        Inet4Address peerIp = (Inet4Address) InetAddress.getByName("192.0.2.1");
        Inet4Address dutIp = (Inet4Address) InetAddress.getByName("192.0.2.10");
        byte[] request = FrameBuilder.of(new EthernetRepr(dut, peer, EtherTypes.IPV4),
                Ipv4Repr.simple(peerIp, dutIp, IpProtocols.ICMP, 64, 1), Icmpv4Repr.echoRequest(1, 2, Octets.EMPTY)).padTo(60).build();
        byte[] reply = FrameBuilder.of(new EthernetRepr(peer, dut, EtherTypes.IPV4),
                Ipv4Repr.simple(dutIp, peerIp, IpProtocols.ICMP, 64, 1), Icmpv4Repr.echoReply(1, 3, Octets.EMPTY)).padTo(60).build();
        return new CheckResult(capture, new DutIdentity("02:00:00:00:00:10", List.of("192.0.2.10"), DutIdentity.How.GIVEN_MAC, "--dut-mac"),
                1_000_000_000L, 2,
                List.of(new FrameRecord(1, 0, Side.PEER, request, "ICMPv4 echo request seq=2"),
                        new FrameRecord(2, 1_000_000, Side.DUT, reply, "ICMPv4 echo reply seq=3")),
                List.of(echo), List.of(new Verdict(echo, Outcome.FAIL, List.of(1L, 2L), "sequence 3 does not mirror 2")));
    }
}
