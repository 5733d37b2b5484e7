package dev.wirecheck.report;

import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.DutIdentity;
import dev.wirecheck.check.FrameRecord;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.Side;
import dev.wirecheck.check.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class JunitXmlReportTest {

    @Test
    void oneTestCasePerRuleWithFailureForFailAndSkippedForInconclusiveOrUnexercised(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports/junit.xml");
        new JunitXmlReport().write(new SampleCheck().result(Path.of("captures/ping.pcap")), out);
        Document doc = parse(out);

        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        NodeList suiteList = suites.getElementsByTagName("testsuite");
        assertEquals(1, suiteList.getLength());
        Element suite = (Element) suiteList.item(0);
        assertEquals("ping_pcap", suite.getAttribute("name"));
        // 4 rules: echo (FAIL), port unreachable (FAIL; its inconclusive verdict does not hide the failure),
        // broadcast echo (PASS), version (never exercised -> skipped)
        for (Element e : List.of(suites, suite)) {
            assertEquals("4", e.getAttribute("tests"));
            assertEquals("2", e.getAttribute("failures"));
            assertEquals("1", e.getAttribute("skipped"));
            assertEquals("0", e.getAttribute("errors"));
        }
        List<Element> cases = children(suite, "testcase");
        assertEquals(List.of("RFC1122-3.2.2.6-echo-reply", "RFC1122-4.1.3.1-port-unreachable",
                "RFC1122-3.2.2.6-broadcast-echo", "RFC791-3.1-version"), cases.stream().map(c -> c.getAttribute("name")).toList());
        assertEquals("wirecheck.ping_pcap.ICMPv4", cases.get(0).getAttribute("classname"));

        Element echoFailure = children(cases.get(0), "failure").get(0);
        assertEquals("MUST", echoFailure.getAttribute("type"));
        assertTrue(echoFailure.getAttribute("message").contains("RFC 1122 §3.2.2.6"), echoFailure.getAttribute("message"));
        String body = echoFailure.getTextContent();
        assertTrue(body.contains("frames 3, 4: echo reply sequence 3 does not mirror the request's 2"), body);
        assertTrue(body.contains("#4 DUT  ICMPv4 echo reply 192.0.2.10 → 192.0.2.1 id=1 seq=3"), body);
        assertTrue(body.contains("1 of 2 verdicts failed"), body);

        Element portFailure = children(cases.get(1), "failure").get(0);
        assertEquals("SHOULD", portFailure.getAttribute("type"));
        assertTrue(portFailure.getTextContent().contains("<script>"), "capture text survives escaping intact");

        assertTrue(cases.get(2).getChildNodes().getLength() == 0, "a passing rule is an empty test case");
        Element skipped = children(cases.get(3), "skipped").get(0);
        assertTrue(skipped.getAttribute("message").startsWith("not exercised"));

        Element props = children(suite, "properties").get(0);
        assertEquals("captures/ping.pcap", children(props, "property").get(0).getAttribute("value"));
    }

    @Test
    void outputIsValidAgainstTheCommonJunitSchema(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("junit.xml");
        new JunitXmlReport().write(new SampleCheck().result(Path.of("ping.pcap")), out);
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("junit.xsd"));
        assertDoesNotThrow(() -> schema.newValidator().validate(new StreamSource(out.toFile())));
    }

    @Test
    void inconclusiveOnlyRuleIsSkippedWithItsReason(@TempDir Path dir) throws Exception {
        var sample = new SampleCheck().result(Path.of("x.pcap"));
        CheckResult r = new CheckResult(sample.capture(), sample.dut(), sample.deadlineNanos(), sample.framesTotal(),
                sample.frames(), List.of(SampleCheck.PORT),
                List.of(new Verdict(SampleCheck.PORT, Outcome.INCONCLUSIVE, List.of(9L), "capture ended")));
        Path out = dir.resolve("j.xml");
        new JunitXmlReport().write(r, out);
        Element tc = children((Element) parse(out).getElementsByTagName("testsuite").item(0), "testcase").get(0);
        assertEquals("inconclusive: frame 9: capture ended", children(tc, "skipped").get(0).getAttribute("message"));
    }

    @Test
    void controlCharactersFromTheCaptureCannotBreakTheXml(@TempDir Path dir) throws Exception {
        var dut = new DutIdentity(null, List.of(), DutIdentity.How.UNKNOWN, "name\u0000with\u001bcontrols\ud800");
        var frame = new FrameRecord(1, 0, Side.DUT, new byte[]{0}, "summary \u0007 bell");
        var verdict = new Verdict(SampleCheck.ECHO, Outcome.FAIL, List.of(1L), "bad \u0001 message & <tag>");
        CheckResult r = new CheckResult(Path.of("a.pcap"), dut, 1, 1, List.of(frame), List.of(SampleCheck.ECHO), List.of(verdict));
        Path out = dir.resolve("j.xml");
        new JunitXmlReport().write(r, out);
        Document doc = parse(out);
        String body = doc.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(body.contains("bad \ufffd message & <tag>"), body);
        assertTrue(body.contains("summary \ufffd bell"), body);
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }
}
