package dev.wirecheck.report;

import dev.wirecheck.check.Level;
import dev.wirecheck.check.RuleInfo;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Links to rfc-editor.org's HTML rendering, whose anchors are #section-N.N and #appendix-X.N. */
class RfcLinksTest {

    private static String link(int rfc, String section) {
        return RfcLinks.section(new RuleInfo("x", rfc, section, Level.MUST, "s", "p"));
    }

    @Test
    void numberedSectionsAndAppendicesGetTheirAnchors() {
        assertEquals("https://www.rfc-editor.org/rfc/rfc1122#section-3.2.2.6", link(1122, "3.2.2.6"));
        assertEquals("https://www.rfc-editor.org/rfc/rfc9293#section-3", link(9293, " 3 "));
        assertEquals("https://www.rfc-editor.org/rfc/rfc1035#appendix-A.1", link(1035, "A.1"));
    }

    @Test
    void anythingElseLinksThePage() {
        assertEquals("https://www.rfc-editor.org/rfc/rfc2131", link(2131, "4.4.1 (Table 5)"));
        assertEquals("https://www.rfc-editor.org/rfc/rfc2131", link(2131, ""));
    }
}
