package dev.wirecheck.report;

import dev.wirecheck.check.RuleInfo;

import java.util.regex.Pattern;

/** Links from a rule to the text it cites, on rfc-editor.org's HTML rendering. */
public final class RfcLinks {
    // compiled once: String.matches compiled both patterns for every rule of every report
    private static final Pattern NUMBERED = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Pattern APPENDIX = Pattern.compile("[A-Z](\\.\\d+)*");

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
        if (NUMBERED.matcher(s).matches()) {
            return page + "#section-" + s;
        }
        if (APPENDIX.matcher(s).matches()) {
            return page + "#appendix-" + s;
        }
        return page;
    }
}
