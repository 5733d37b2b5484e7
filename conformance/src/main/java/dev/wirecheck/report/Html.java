package dev.wirecheck.report;

/** Escaping for text placed in HTML (and inline SVG): every capture-derived string goes through here. */
public final class Html {
    private Html() {
    }

    /** Text safe inside an element or a quoted attribute; characters XML cannot carry become U+FFFD. */
    public static String escape(String s) {
        String clean = ReportText.xmlSafe(s);
        StringBuilder sb = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
