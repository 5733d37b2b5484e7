package dev.wirecheck.report;

import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.FrameRecord;
import dev.wirecheck.check.Highlight;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.Side;
import dev.wirecheck.check.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class HtmlReportTest {
    /** Screenshots are kept under the module's target/ for a human to look at. */
    private static final Path SHOTS = Path.of("target", "report-screenshots");

    @Test
    void pageRendersCountsArrowsAndMarkedBytesInHeadlessChromium(@TempDir Path dir) throws Exception {
        SampleCheck sample = new SampleCheck();
        Path page = dir.resolve("report.html");
        new HtmlReport().write(sample.result(Path.of("captures/ping.pcap")), page);
        String html = Files.readString(page);
        // self-contained: nothing for the browser to fetch
        assertFalse(Pattern.compile("<link|<img|\\ssrc=|url\\(\\s*['\"]?(https?|//)").matcher(html).find());

        HeadlessChromium chromium = new HeadlessChromium(dir);
        String dom = chromium.dumpDom(page);

        assertEquals("2", text(dom, "<span id=\"count-pass\">([^<]*)</span>"));
        assertEquals("2", text(dom, "<span id=\"count-fail\">([^<]*)</span>"));
        assertEquals("1", text(dom, "<span id=\"count-inconclusive\">([^<]*)</span>"));
        assertTrue(dom.contains("A mandatory (MUST / SHALL / REQUIRED) rule failed."));

        // one arrow per frame; the two blamed frames (the wrong reply 4, the unanswered datagram 8) in red
        assertEquals(9, all(dom, "<g class=\"arrow [^\"]*\" id=\"frame-(\\d+)\"").size());
        assertEquals(List.of("4", "8"), all(dom, "<g class=\"arrow [a-z]+ fail\" id=\"frame-(\\d+)\""));
        assertEquals(List.of("4"), all(dom, "<g class=\"arrow dut fail\" id=\"frame-(\\d+)\""), "frame 4 goes from the DUT");
        assertEquals(List.of("8"), all(dom, "<g class=\"arrow peer fail\" id=\"frame-(\\d+)\""));

        // rules table: failing rules first, then inconclusive, pass, not exercised
        assertEquals(List.of("FAIL", "FAIL", "PASS", "n/a"), all(dom, "<tr class=\"rule [a-z]+\" data-outcome=\"([^\"]+)\""));

        // frame 4's hex dump marks the two sequence bytes (00 03) the reply got wrong
        String hex4 = text(dom, "(?s)<pre class=\"hex\" data-frame=\"4\">(.*?)</pre>");
        List<String> marks = all(hex4, "<mark>([^<]*)</mark>");
        assertEquals(List.of("00", "03", ".", "."), marks, "2 hex cells plus their 2 ASCII cells");
        // on row 0x0020 at columns 8 and 9 (offset 40 = 0x28): after "0020  ", 7 cells of "xx " and one of "xx  "
        String row20 = text(hex4, "(?m)^(0020 .*)$");
        assertEquals(6 + 7 * 3 + 4, row20.indexOf("<mark>00</mark> <mark>03</mark>"), row20);

        // capture text is shown as text, never run as markup
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(dom.contains("<script>alert(1)"));

        // TCP numbers relative to each side's ISN (RFC 9293 §3.4: a SYN occupies one sequence number)
        assertTrue(label(dom, 5).endsWith("seq=0 len=0"), label(dom, 5));
        assertTrue(label(dom, 6).endsWith("seq=0 ack=1 len=0"), label(dom, 6));
        assertTrue(label(dom, 7).endsWith("seq=1 ack=1 len=0"), label(dom, 7));

        Files.createDirectories(SHOTS);
        Path png = SHOTS.resolve("sample.png");
        chromium.screenshot(page, png, 1280, 2200);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        assertTrue(countColor(img, 0xc8102e) > 200, "failing arrows and marked bytes are drawn in red");
    }

    @Test
    void inTheBrowserArrowsAndMarksAreDrawnAndTheFilterHidesPassingRules(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("report.html");
        new HtmlReport().write(new SampleCheck().result(Path.of("ping.pcap")), page);
        try (WebDriverSession browser = new WebDriverSession(dir)) {
            browser.open(page);
            // every arrow has a drawn line (non-empty box); the two failing ones are red
            assertEquals(9, browser.script("return [...document.querySelectorAll('g.arrow line')]"
                    + ".filter(l => l.getBBox().width > 500).length").asInt());
            assertEquals(2, browser.script("return [...document.querySelectorAll('g.arrow.fail line')]"
                    + ".filter(l => getComputedStyle(l).stroke === 'rgb(200, 16, 46)').length").asInt());
            // the marked bytes are visibly marked: white on red
            assertEquals("rgb(200, 16, 46)", browser.script(
                    "return getComputedStyle(document.querySelector('pre.hex mark')).backgroundColor").asText());
            String visibleRules = "return [...document.querySelectorAll('tr.rule')]"
                    + ".filter(r => r.checkVisibility()).map(r => r.dataset.outcome).join(' ')";
            assertEquals("FAIL FAIL PASS", browser.script(visibleRules).asText(), "the unexercised rule is folded away");
            browser.click("#not-exercised summary");
            assertEquals("FAIL FAIL PASS n/a", browser.script(visibleRules).asText());
            browser.click("#only-failing");
            assertEquals("FAIL FAIL", browser.script(visibleRules).asText());
        }
    }

    @Test
    void aHundredThousandFrameCaptureGetsACappedLadderThatSaysSo(@TempDir Path dir) throws Exception {
        SampleCheck sample = new SampleCheck();
        CheckResult small = sample.result(Path.of("big.pcap"));
        int n = 100_000;
        List<FrameRecord> frames = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            FrameRecord f = small.frames().get((i - 1) % 4); // the two pings, again and again
            frames.add(new FrameRecord(i, i * 1_000_000L, f.side(), f.bytes(), f.summary()));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (long req = 1; req < n; req += 2) {
            boolean wrong = req == 60_001 || req == 99_999;
            verdicts.add(wrong
                    ? new Verdict(SampleCheck.ECHO, Outcome.FAIL, List.of(req, req + 1), "sequence not mirrored",
                    List.of(new Highlight(req + 1, SampleCheck.SEQ_OFFSET, 2)))
                    : new Verdict(SampleCheck.ECHO, Outcome.PASS, List.of(req, req + 1), "mirrored"));
        }
        CheckResult big = new CheckResult(small.capture(), small.dut(), small.deadlineNanos(), n, frames, small.rules(), verdicts);
        Path page = dir.resolve("big.html");
        new HtmlReport().write(big, page);
        assertTrue(Files.size(page) < 2_000_000, "page size " + Files.size(page));

        String dom = new HeadlessChromium(dir).dumpDom(page);
        // the cap counts every arrow: the first 1498 frames plus the 2 failing ones
        assertEquals(LadderDiagram.DEFAULT_CAP, all(dom, "<g class=\"arrow [^\"]*\" id=\"frame-(\\d+)\"").size());
        assertEquals(List.of("60002", "100000"), all(dom, "<g class=\"arrow [a-z]+ fail\" id=\"frame-(\\d+)\""));
        assertTrue(dom.contains("The ladder shows " + LadderDiagram.DEFAULT_CAP + " of 100000 frames"));
        assertEquals(List.of(String.valueOf(60_002 - (LadderDiagram.DEFAULT_CAP - 2) - 1), "39997"), all(dom, "… (\\d+) frames not drawn …"));
        assertEquals("49998", text(dom, "<span id=\"count-pass\">([^<]*)</span>"));
    }

    @Test
    void failuresPastTheCapAreCountedPerRuleWithoutHexDumps() {
        SampleCheck sample = new SampleCheck();
        CheckResult r = sample.result(Path.of("x.pcap"));
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            verdicts.add(new Verdict(SampleCheck.ECHO, Outcome.FAIL, List.of(3L, 4L), "failure " + i,
                    List.of(new Highlight(4, SampleCheck.SEQ_OFFSET, 2))));
        }
        verdicts.add(new Verdict(SampleCheck.PORT, Outcome.FAIL, List.of(8L), "no port unreachable"));
        CheckResult many = new CheckResult(r.capture(), r.dut(), r.deadlineNanos(), r.framesTotal(), r.frames(), r.rules(), verdicts);
        String html = new HtmlReport(LadderDiagram.DEFAULT_CAP, 3).render(many);
        assertEquals(List.of("failure-1", "failure-2", "failure-3"), all(html, "<article class=\"failure\" id=\"(failure-\\d+)\""));
        assertEquals(3, all(html, "<pre class=\"hex\" data-frame=\"(\\d+)\"").size());
        assertTrue(html.contains("The first 3 of 6 failures are shown in detail"));
        assertEquals(List.of("2 more, blaming frame 4", "1 more, blaming frame 8"), all(html, "</b>: ([^<]*)</li>"));
        // the failing arrow of frame 8, a failure past the cap, leads to that list
        assertTrue(html.contains("<a href=\"#more-failures\"><g class=\"arrow peer fail\" id=\"frame-8\""));
    }

    @Test
    void fiftyThousandFailuresInAHundredThousandFramesStillMakeASmallPage() {
        SampleCheck sample = new SampleCheck();
        CheckResult small = sample.result(Path.of("big.pcap"));
        int n = 100_000;
        List<FrameRecord> frames = new ArrayList<>(n);
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            FrameRecord f = small.frames().get((i - 1) % 4);
            frames.add(new FrameRecord(i, i * 1_000_000L, f.side(), f.bytes(), f.summary()));
            if (i % 2 == 0) {
                verdicts.add(new Verdict(SampleCheck.ECHO, Outcome.FAIL, List.of(i - 1L, (long) i), "sequence not mirrored",
                        List.of(new Highlight(i, SampleCheck.SEQ_OFFSET, 2))));
            }
        }
        CheckResult big = new CheckResult(small.capture(), small.dut(), small.deadlineNanos(), n, frames, small.rules(), verdicts);
        String html = new HtmlReport().render(big);
        assertTrue(html.length() < 3_000_000, "page of " + html.length() + " characters");
        assertEquals(HtmlReport.DEFAULT_FAILURE_CAP, all(html, "<article class=\"failure\" id=\"(failure-\\d+)\"").size());
        assertEquals(LadderDiagram.DEFAULT_CAP, all(html, "<g class=\"arrow [^\"]*\" id=\"frame-(\\d+)\"").size());
        assertTrue(html.contains("49800 more, blaming frames 402, 404, "), "failures 201.. blame frames 402, 404, …");
    }

    @Test
    void aResultKeepingOnlyNamedFramesSaysSoAndMarksTheGaps() {
        CheckResult r = new SampleCheck().result(Path.of("x.pcap"));
        List<FrameRecord> named = r.frames().stream().filter(f -> List.of(3L, 4L, 8L).contains(f.number())).toList();
        CheckResult sparse = new CheckResult(r.capture(), r.dut(), r.deadlineNanos(), 50_000, named, r.rules(), r.verdicts());
        String html = new HtmlReport().render(sparse);
        assertTrue(html.contains("The ladder shows 3 of 50000 frames (the check kept 3 of them: the frames its verdicts name); gaps are marked."));
        assertEquals(List.of("2", "3", "49992"), all(html, "… (\\d+) frames not drawn …"), "frames 1-2, 5-7 and 9-50000");
    }

    private static String label(String dom, int frame) {
        return text(dom, "id=\"frame-" + frame + "\"[^>]*><title>([^<]*)</title>").replace("&gt;", ">");
    }

    private static String text(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        assertTrue(m.find(), "no match for " + regex);
        return m.group(1);
    }

    private static List<String> all(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int countColor(BufferedImage img, int rgb) {
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
