package dev.wirecheck.report;

import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.FrameRecord;
import dev.wirecheck.check.Side;
import dev.wirecheck.stack.tcp.TcpState;
import dev.wirecheck.stack.tcp.TcpStatePair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The exchange as an inline SVG ladder: a DUT column and a peer column, one arrow per frame from
 * its sender to the other side, failing frames drawn in red and linked to their failure. Frames of
 * unknown origin are a dashed line between the columns. Each TCP arrow carries both ends' connection
 * states (RFC 9293 §3.3.2) in its tooltip and data attributes, and the DUT's state is written beside
 * its lane where it changes. A capture with more frames than the cap
 * draws the first frames and every failing frame, with a gap row where frames are left out, so a
 * 100k-frame capture still gives a page a browser opens at once.
 */
final class LadderDiagram {
    static final int DEFAULT_CAP = 1500;
    private static final int WIDTH = 1100, DUT_X = 190, PEER_X = 1010, MID = (DUT_X + PEER_X) / 2;
    private static final int TOP = 50, ROW = 34, LABEL_CHARS = 110;

    private final int cap;

    LadderDiagram(int cap) {
        if (cap < 2) {
            throw new IllegalArgumentException("a ladder needs room for at least two frames: " + cap);
        }
        this.cap = cap;
    }

    /** The frames the ladder draws, in order: all of them, or the first ones plus every failing frame. */
    List<FrameRecord> select(List<FrameRecord> frames, TreeSet<Long> failing) {
        if (frames.size() <= cap) {
            return frames;
        }
        int failingRoom = Math.min(failing.size(), cap / 2);
        int head = cap - failingRoom;
        List<FrameRecord> out = new ArrayList<>(frames.subList(0, head));
        long lastHead = frames.get(head - 1).number();
        int added = 0;
        for (FrameRecord f : frames.subList(head, frames.size())) {
            if (added == failingRoom) {
                break;
            }
            if (failing.contains(f.number()) && f.number() > lastHead) {
                out.add(f);
                added++;
            }
        }
        return out;
    }

    /**
     * The SVG.
     *
     * @param failureAnchor for each failing frame, the id of the failure it links to
     */
    String render(CheckResult result, List<FrameRecord> drawn, Map<Long, String> failureAnchor) {
        List<FrameRecord> all = result.frames();
        long t0 = all.isEmpty() ? 0 : all.get(0).timestampNanos();
        int gaps = 0;
        long before = 0; // frame numbers start at 1: a first drawn frame above 1 follows a gap
        for (FrameRecord f : drawn) {
            gaps += f.number() != before + 1 ? 1 : 0;
            before = f.number();
        }
        gaps += before < result.framesTotal() ? 1 : 0;
        int height = TOP + (drawn.size() + gaps) * ROW + 20;
        StringBuilder sb = new StringBuilder(drawn.size() * 400 + 2000);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ladder\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"ladder diagram of the exchange\">\n");
        sb.append("<defs>").append(head("head", "#3a4a5c")).append(head("head-fail", "#c8102e")).append("</defs>\n");
        String dut = result.dut().mac() != null ? result.dut().mac() : String.join(" ", result.dut().addresses());
        column(sb, DUT_X, "DUT", dut, height);
        column(sb, PEER_X, "peer", "", height);
        sb.append("<text class=\"col time\" x=\"8\" y=\"20\">time (s)</text>\n");

        TcpRelativeNumbers tcp = new TcpRelativeNumbers();
        DutStateLabels states = new DutStateLabels();
        int d = 0;
        int y = TOP;
        long previous = 0;
        for (FrameRecord f : all) {
            if (d == drawn.size()) {
                break;
            }
            Optional<TcpRelativeNumbers.Segment> segment = tcp.segment(f); // every frame in order, so each side's ISN is known
            if (f.number() != drawn.get(d).number()) {
                continue;
            }
            TcpState newState = segment.map(s -> states.labelFor(s.connection(), f.tcp())).orElse(null);
            if (f.number() != previous + 1) {
                gap(sb, y, f.number() - previous - 1);
                y += ROW;
            }
            arrow(sb, f, y, t0, segment.map(TcpRelativeNumbers.Segment::numbers), newState, failureAnchor.get(f.number()));
            y += ROW;
            previous = f.number();
            d++;
        }
        if (previous < result.framesTotal()) {
            gap(sb, y, result.framesTotal() - previous);
        }
        return sb.append("</svg>").toString();
    }

    private static void gap(StringBuilder sb, int y, long skipped) {
        sb.append("<g class=\"gap\"><text x=\"").append(MID).append("\" y=\"").append(y + 20)
                .append("\">… ").append(skipped).append(skipped == 1 ? " frame" : " frames").append(" not drawn …</text></g>\n");
    }

    private static String head(String id, String color) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"11\" markerHeight=\"11\""
                + " orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + color + "\"/></marker>";
    }

    private static void column(StringBuilder sb, int x, String title, String detail, int height) {
        sb.append("<text class=\"col\" x=\"").append(x).append("\" y=\"20\">").append(title)
                .append(detail.isEmpty() ? "" : " " + Html.escape(detail)).append("</text>")
                .append("<line class=\"life\" x1=\"").append(x).append("\" y1=\"30\" x2=\"").append(x)
                .append("\" y2=\"").append(height - 10).append("\"/>\n");
    }

    /**
     * @param newState the DUT's TCP state to write beside its lane, or null
     */
    private static void arrow(StringBuilder sb, FrameRecord f, int y, long t0, Optional<String> tcpLabel, TcpState newState,
                              String anchor) {
        boolean fail = anchor != null;
        String cls = "arrow " + f.side().name().toLowerCase(Locale.ROOT) + (fail ? " fail" : "");
        int lineY = y + 24;
        String label = "#" + f.number() + "  " + f.summary() + tcpLabel.map(t -> "  " + t).orElse("");
        TcpStatePair tcp = f.tcp();
        String shown = label.length() > LABEL_CHARS ? label.substring(0, LABEL_CHARS - 1) + "…" : label;
        if (fail) {
            sb.append("<a href=\"#").append(anchor).append("\">");
        }
        sb.append("<g class=\"").append(cls).append("\" id=\"frame-").append(f.number())
                .append("\" data-frame=\"").append(f.number());
        if (tcp != null) {
            sb.append("\" data-dut-state=\"").append(TcpStatePair.rfcName(tcp.dut()))
                    .append("\" data-peer-state=\"").append(TcpStatePair.rfcName(tcp.peer()));
        }
        String tooltip = tcp == null ? label
                : label + "  [DUT " + TcpStatePair.rfcName(tcp.dut()) + ", peer " + TcpStatePair.rfcName(tcp.peer()) + "]";
        sb.append("\"><title>").append(Html.escape(tooltip)).append("</title>");
        if (newState != null) {
            sb.append("<text class=\"state\" x=\"").append(DUT_X - 8).append("\" y=\"").append(lineY + 4).append("\">")
                    .append(TcpStatePair.rfcName(newState)).append("</text>");
        }
        sb.append("<text class=\"time\" x=\"8\" y=\"").append(lineY + 4).append("\">")
                .append(String.format(Locale.ROOT, "%.6f", (f.timestampNanos() - t0) / 1e9)).append("</text>");
        if (f.side() == Side.UNKNOWN) {
            sb.append("<line class=\"unknown\" x1=\"").append(MID - 120).append("\" y1=\"").append(lineY)
                    .append("\" x2=\"").append(MID + 120).append("\" y2=\"").append(lineY).append("\"/>");
        } else {
            int from = f.side() == Side.DUT ? DUT_X : PEER_X;
            int to = f.side() == Side.DUT ? PEER_X : DUT_X;
            sb.append("<line x1=\"").append(from).append("\" y1=\"").append(lineY).append("\" x2=\"").append(to)
                    .append("\" y2=\"").append(lineY).append("\" marker-end=\"url(#").append(fail ? "head-fail" : "head")
                    .append(")\"/>");
        }
        sb.append("<text class=\"label\" x=\"").append(MID).append("\" y=\"").append(y + 18).append("\">")
                .append(Html.escape(shown)).append("</text></g>");
        if (fail) {
            sb.append("</a>");
        }
        sb.append('\n');
    }
}
