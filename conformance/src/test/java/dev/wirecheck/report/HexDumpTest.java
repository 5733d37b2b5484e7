package dev.wirecheck.report;

import dev.wirecheck.check.Highlight;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HexDumpTest {

    @Test
    void rowsShowOffsetHexAndAsciiWithMarkedBytesInBothColumns() {
        byte[] b = "GET / HTTP/1.1\r\nHost".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String html = HexDump.render(b, 7, List.of(new Highlight(7, 4, 1), new Highlight(9, 0, 3)));
        assertEquals("""
                <pre class="hex" data-frame="7">0000  47 45 54 20 <mark>2f</mark> 20 48 54  54 50 2f 31 2e 31 0d 0a  GET <mark>/</mark> HTTP/1.1..
                0010  48 6f 73 74                                       Host
                </pre>""", html, "the highlight of frame 9 is not this frame's");
    }

    @Test
    void markupInTheBytesIsEscapedAndMarksPastTheEndAreClipped() {
        byte[] b = {'<', 'a', '&', '>'};
        String html = HexDump.render(b, 1, List.of(new Highlight(1, 2, 100)));
        assertTrue(html.contains("&lt;a<mark>&amp;</mark><mark>&gt;</mark>\n"), html);
    }

    @Test
    void aLongFrameShowsItsHeadAndTheRowsAroundMarkedBytes() {
        byte[] b = new byte[9000];
        String html = HexDump.render(b, 1, List.of(new Highlight(1, 8000, 2)));
        // head: rows 0x0000..0x03f0; then rows 0x1f20..0x1f60 around the mark at 0x1f40; then the rest
        assertTrue(html.contains("03f0  "));
        assertFalse(html.contains("0400  "));
        assertTrue(html.contains("… " + (0x1f20 - 0x400) + " bytes not shown …\n1f20  "), html.substring(0, 200));
        assertTrue(html.contains("1f40  <mark>00</mark> <mark>00</mark> 00"));
        assertTrue(html.contains("1f60  "));
        assertFalse(html.contains("1f70  "));
        assertTrue(html.endsWith("… " + (9000 - 0x1f70) + " bytes not shown …\n</pre>"));
    }
}
