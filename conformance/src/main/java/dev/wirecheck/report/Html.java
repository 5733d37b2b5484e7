package dev.wirecheck.report;

/** Escaping for text placed in HTML (and inline SVG): every capture-derived string goes through here. */
public final class Html {
    private Html() {
    }

    /** Text safe inside an element or a quoted attribute; characters XML cannot carry become U+FFFD. */
    public static String escape(String s) {
        String clean = ReportText.xmlSafe(s);
        int first = 0;
        while (first < clean.length() && !special(clean.charAt(first))) {
            first++;
        }
        if (first == clean.length()) {
            return clean; // most text has nothing to escape: no copy (a fifth of rendering a small report)
        }
        StringBuilder sb = new StringBuilder(clean.length() + 16).append(clean, 0, first);
        for (int i = first; i < clean.length(); i++) {
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

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }
}
