package dev.wirecheck.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * HTML escaping of report text: the five characters with meaning in element content and quoted
 * attributes become references (HTML Living Standard §13.1.4: "&amp;", "&lt;", "&gt;",
 * "&quot;", and "&#39;" for the apostrophe), characters XML 1.0 §2.2 cannot carry become U+FFFD.
 */
class HtmlTest {

    @Test
    void markupCharactersBecomeReferences() {
        assertEquals("a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;", Html.escape("a<b & \"c\" 'd'>"));
        assertEquals("TCP 192.0.2.1 → 192.0.2.10 [SYN,ACK] &amp; more", Html.escape("TCP 192.0.2.1 → 192.0.2.10 [SYN,ACK] & more"));
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        String plain = "RFC 1122 §3.2.2.6 — an echo request gets a reply";
        assertSame(plain, Html.escape(plain));
    }

    @Test
    void charactersXmlCannotCarryBecomeReplacementCharacters() {
        assertEquals("bell \ufffd &lt;", Html.escape("bell \u0007 <"));
        assertEquals("nul \ufffd", Html.escape("nul \u0000"));
    }
}
