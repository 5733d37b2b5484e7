package dev.wirecheck.report;

import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.FrameRecord;
import dev.wirecheck.check.Highlight;
import dev.wirecheck.check.Verdict;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Wording the reports share, so a verdict reads the same in JUnit XML, SARIF and HTML. */
public final class ReportText {
    private ReportText() {
    }

    /** "frame 8" or "frames 3, 4"; "no frame" when a verdict names none. */
    public static String frames(List<Long> numbers) {
        if (numbers.isEmpty()) {
            return "no frame";
        }
        return (numbers.size() == 1 ? "frame " : "frames ")
                + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "frames 3, 4: echo reply sequence 3 does not mirror the request's 2" */
    public static String verdictLine(Verdict v) {
        return frames(v.frames()) + ": " + v.message();
    }

    /** The verdict line followed by one indented line per named frame (side and summary), when kept. */
    public static String verdictWithFrames(CheckResult result, Verdict v) {
        StringBuilder sb = new StringBuilder(verdictLine(v));
        for (long n : v.frames()) {
            Optional<FrameRecord> f = result.frame(n);
            sb.append("\n    #").append(n).append(' ');
            if (f.isPresent()) {
                sb.append(f.get().side()).append("  ").append(f.get().summary());
            } else {
                sb.append("(frame not kept in the result)");
            }
        }
        return sb.toString();
    }

    /**
     * The frames a failing verdict blames: those whose bytes it marks, else the last frame it names
     * (verdicts name the stimulus first, so the last frame is the device's answer, or the stimulus
     * left unanswered).
     */
    public static List<Long> blamedFrames(Verdict v) {
        if (!v.highlights().isEmpty()) {
            return v.highlights().stream().map(Highlight::frame).distinct().toList();
        }
        return v.frames().isEmpty() ? List.of() : List.of(v.frames().get(v.frames().size() - 1));
    }

    /**
     * Replaces characters XML 1.0 cannot carry at all (control characters other than tab, line feed
     * and carriage return, unpaired surrogates, U+FFFE/U+FFFF) with U+FFFD. Capture-derived text
     * can hold any of them, and one would make the whole report unreadable to a CI server.
     */
    public static String xmlSafe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xd800) || (c >= 0xe000 && c <= 0xfffd);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\ufffd');
            }
        }
        return sb == null ? s : sb.toString();
    }
}
