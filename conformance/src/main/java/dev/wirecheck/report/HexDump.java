package dev.wirecheck.report;

import dev.wirecheck.check.Highlight;

import java.util.BitSet;
import java.util.List;

/**
 * A frame's bytes as an HTML hex dump, 16 bytes a row (offset, hex, printable ASCII), with the
 * offending bytes wrapped in {@code <mark>} in both the hex and the ASCII column. A long frame
 * (jumbo frames reach 9 KB, a capture record 256 KB) shows its first {@link #HEAD} bytes and the
 * rows around marked bytes; a line says how many bytes are left out.
 */
final class HexDump {
    private static final int ROW = 16;
    static final int HEAD = 1024;
    /** Rows shown before and after a row with marked bytes. */
    private static final int CONTEXT_ROWS = 2;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private HexDump() {
    }

    /** {@code <pre class="hex">…</pre>}; highlights of other frames are ignored, ranges are clipped to the bytes. */
    static String render(byte[] bytes, long frame, List<Highlight> highlights) {
        BitSet marked = new BitSet(bytes.length);
        for (Highlight h : highlights) {
            if (h.frame() == frame && h.offset() < bytes.length) {
                marked.set(h.offset(), (int) Math.min((long) h.offset() + h.length(), bytes.length));
            }
        }
        StringBuilder sb = new StringBuilder(bytes.length * 6 + 64);
        sb.append("<pre class=\"hex\" data-frame=\"").append(frame).append("\">");
        int skipped = 0;
        for (int row = 0; row < bytes.length; row += ROW) {
            if (!shown(row, marked)) {
                skipped += Math.min(ROW, bytes.length - row);
                continue;
            }
            if (skipped > 0) {
                sb.append("… ").append(skipped).append(" bytes not shown …\n");
                skipped = 0;
            }
            sb.append(String.format("%04x  ", row));
            int end = Math.min(row + ROW, bytes.length);
            for (int i = row; i < row + ROW; i++) {
                if (i < end) {
                    int b = bytes[i] & 0xff;
                    cell(sb, marked.get(i), "" + HEX[b >>> 4] + HEX[b & 0xf]);
                } else {
                    sb.append("  ");
                }
                sb.append(i == row + 7 ? "  " : " ");
            }
            sb.append(' ');
            for (int i = row; i < end; i++) {
                int b = bytes[i] & 0xff;
                cell(sb, marked.get(i), b >= 0x20 && b < 0x7f ? Html.escape(String.valueOf((char) b)) : ".");
            }
            sb.append('\n');
        }
        if (skipped > 0) {
            sb.append("… ").append(skipped).append(" bytes not shown …\n");
        }
        return sb.append("</pre>").toString();
    }

    /** A row is shown when it lies in the head or within {@link #CONTEXT_ROWS} rows of a marked byte. */
    private static boolean shown(int row, BitSet marked) {
        if (row < HEAD) {
            return true;
        }
        int from = Math.max(0, row - CONTEXT_ROWS * ROW);
        int next = marked.nextSetBit(from);
        return next >= 0 && next < row + ROW + CONTEXT_ROWS * ROW;
    }

    private static void cell(StringBuilder sb, boolean marked, String text) {
        if (marked) {
            sb.append("<mark>").append(text).append("</mark>");
        } else {
            sb.append(text);
        }
    }
}
