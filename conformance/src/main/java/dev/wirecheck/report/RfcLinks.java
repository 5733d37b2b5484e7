package dev.wirecheck.report;

import dev.wirecheck.check.RuleInfo;

/** Links from a rule to the text it cites, on rfc-editor.org's HTML rendering. */
public final class RfcLinks {
    private RfcLinks() {
    }

    /**
     * The rule's section on rfc-editor.org, e.g. {@code https://www.rfc-editor.org/rfc/rfc1122#section-3.2.2.6}.
     * Sections that start with a letter are appendices there ({@code #appendix-A.1}); a section
     * that is not a plain dotted number gets the RFC page without an anchor.
     */
    public static String section(RuleInfo rule) {
        String page = "https://www.rfc-editor.org/rfc/rfc" + rule.rfc();
        String s = rule.section().trim();
        if (s.matches("\\d+(\\.\\d+)*")) {
            return page + "#section-" + s;
        }
        if (s.matches("[A-Z](\\.\\d+)*")) {
            return page + "#appendix-" + s;
        }
        return page;
    }
}
