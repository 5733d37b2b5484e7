package dev.wirecheck.report;

import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Checker;
import dev.wirecheck.check.FrameRecord;
import dev.wirecheck.oracle.Captures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ladder marks the DUT's TCP state (RFC 9293 §3.3.2) on real captures, as a browser shows the
 * page: a label beside the DUT's lane where the state changes, both ends' states on every TCP arrow.
 * The expected states follow from the segments tshark shows in these captures (flags per frame in
 * the comments) and RFC 9293's state diagram; TcpStatesOnCapturesTest checks every frame that way.
 */
class LadderTcpStatesTest {
    private static final Path SHOTS = Path.of("target", "report-screenshots");
    private static final Pattern ARROW = Pattern.compile(
            "<g class=\"arrow [^\"]*\" id=\"frame-(\\d+)\"([^>]*)>(.*?)</g>", Pattern.DOTALL);

    @Test
    void theDutsStateIsWrittenBesideItsLaneWhereItChanges(@TempDir Path dir) throws Exception {
        // lwIP 04-http-small: 2 peer SYN, 3 DUT SYN-ACK, 4 peer ACK, 5 GET, 6 response, 7 ACK,
        // 8 DUT FIN (the server closes after the body), 9 peer FIN-ACK, 10 DUT's last ACK
        Path page = report(dir, "lwip/04-http-small.pcap");
        String dom = new HeadlessChromium(dir).dumpDom(page);
        assertEquals(List.of("2 LISTEN", "3 SYN-RECEIVED", "4 ESTABLISHED", "8 FIN-WAIT-1", "9 TIME-WAIT"), labels(dom));
        List<String> perArrow = states(dom);
        assertEquals(9, perArrow.size(), "every TCP arrow carries both ends' states: " + perArrow);
        assertEquals("5 ESTABLISHED/ESTABLISHED", perArrow.get(3));
        assertEquals("8 FIN-WAIT-1/CLOSE-WAIT", perArrow.get(6));
        assertEquals("10 TIME-WAIT/CLOSED", perArrow.get(8), "the peer's FIN acknowledged: it is closed");
        assertTrue(dom.contains("seq=76 ack=208 len=0  [DUT TIME-WAIT, peer LAST-ACK]</title>"), "frame 9's tooltip");

        // smoltcp 09-tcp-closed-port: 1 peer SYN to port 81, 2 the DUT's RST-ACK
        String closed = new HeadlessChromium(dir).dumpDom(report(dir, "smoltcp/09-tcp-closed-port.pcap"));
        assertEquals(List.of("1 LISTEN", "2 CLOSED"), labels(closed));
        assertEquals(List.of("1 LISTEN/SYN-SENT", "2 CLOSED/CLOSED"), states(closed));
    }

    @Test
    void inTheBrowserTheLabelsSitBetweenTheTimeColumnAndTheDutsLane(@TempDir Path dir) throws Exception {
        Path page = report(dir, "smoltcp/04-http-small.pcap");
        try (WebDriverSession browser = new WebDriverSession(dir)) {
            browser.open(page);
            // smoltcp sends its body with the FIN (frame 7) and the peer's FIN-ACK acknowledges both (frame 8)
            assertEquals("LISTEN SYN-RECEIVED ESTABLISHED FIN-WAIT-1 TIME-WAIT", browser.script(
                    "return [...document.querySelectorAll('g.arrow text.state')].map(t => t.textContent).join(' ')").asText());
            String boxes = "return [...document.querySelectorAll('g.arrow text.state')].map(t => {"
                    + " const b = t.getBBox(), time = t.parentNode.querySelector('text.time').getBBox();"
                    + " return b.width > 20 && b.x > time.x + time.width && b.x + b.width <= 190; }).join(' ')";
            assertEquals("true true true true true", browser.script(boxes).asText(), "drawn, clear of the time, left of the lane");
            assertEquals("rgb(107, 63, 160)", browser.script(
                    "return getComputedStyle(document.querySelector('text.state')).fill").asText());
        }
        Files.createDirectories(SHOTS);
        new HeadlessChromium(dir).screenshot(page, SHOTS.resolve("tcp-states.png"), 1280, 2300);
    }

    @Test
    void aHundredThousandTcpFramesStillMakeAPageUnderTwoMegabytes(@TempDir Path dir) throws Exception {
        CheckResult small = Checker.check(Captures.shared().resolve("lwip/04-http-small.pcap"), CheckOptions.defaults());
        List<FrameRecord> tcp = small.frames().stream().filter(f -> f.tcp() != null).toList();
        int n = 100_000;
        List<FrameRecord> frames = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            FrameRecord f = tcp.get((i - 1) % tcp.size()); // the same connection, opened and closed again and again
            frames.add(new FrameRecord(i, i * 1_000_000L, f.side(), f.bytes(), f.summary(), f.tcp()));
        }
        CheckResult big = new CheckResult(small.capture(), small.dut(), small.deadlineNanos(), n, frames, small.rules(), List.of());
        Path page = dir.resolve("big.html");
        new HtmlReport().write(big, page);
        assertTrue(Files.size(page) < 2_000_000, "page size " + Files.size(page));
        String html = Files.readString(page);
        assertEquals(LadderDiagram.DEFAULT_CAP, states(html).size());
        // five changes per nine-frame connection among the 1500 drawn frames: 166 whole ones and 6 frames
        assertEquals(166 * 5 + 3, labels(html).size());
    }

    private static Path report(Path dir, String capture) throws Exception {
        CheckResult r = Checker.check(Captures.shared().resolve(capture), CheckOptions.defaults());
        Path page = dir.resolve(capture.replace('/', '-') + ".html");
        new HtmlReport().write(r, page);
        return page;
    }

    /** "frame STATE" for every state label beside the DUT's lane, in ladder order. */
    private static List<String> labels(String dom) {
        List<String> out = new ArrayList<>();
        Matcher m = ARROW.matcher(dom);
        while (m.find()) {
            Matcher label = Pattern.compile("<text class=\"state\"[^>]*>([^<]*)</text>").matcher(m.group(3));
            if (label.find()) {
                out.add(m.group(1) + " " + label.group(1));
            }
        }
        return out;
    }

    /** "frame DUT/peer" for every arrow that carries TCP states. */
    private static List<String> states(String dom) {
        List<String> out = new ArrayList<>();
        Matcher m = ARROW.matcher(dom);
        while (m.find()) {
            Matcher s = Pattern.compile("data-dut-state=\"([^\"]*)\" data-peer-state=\"([^\"]*)\"").matcher(m.group(2));
            if (s.find()) {
                out.add(m.group(1) + " " + s.group(1) + "/" + s.group(2));
            }
        }
        return out;
    }
}
