package dev.wirecheck.check;

import java.util.Objects;

/**
 * What a conformance rule is: its id (e.g. {@code RFC1122-3.2.2.6-echo-reply}), the RFC and
 * section it comes from, the requirement level as written there, a one-line summary and the
 * protocol it concerns (e.g. {@code ICMPv4}).
 */
public record RuleInfo(String id, int rfc, String section, Level level, String summary, String protocol) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(protocol, "protocol");
        if (id.isBlank() || rfc <= 0) {
            throw new IllegalArgumentException("a rule needs an id and an RFC number: " + id + " / " + rfc);
        }
    }

    /** "RFC 1122 §3.2.2.6" */
    public String citation() {
        return "RFC " + rfc + " §" + section;
    }

    /** The RFC's page on rfc-editor.org (section anchors differ between renderings, so the page). */
    public String url() {
        return "https://www.rfc-editor.org/rfc/rfc" + rfc;
    }
}
