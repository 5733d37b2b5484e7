package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.TlvFormat;
import dev.wirecheck.parsers.kaitai.gen.TlvOptions;
import dev.wirecheck.wire.Problems;

/**
 * Walks the options a {@code tlv_options} spec read, in order, tracking each option's
 * frame offset (Kaitai keeps none). The spec never fails on a malformed option, it leaves
 * the option's body absent; this walk reports the first malformed option with the codes of
 * the protocol's {@link TlvFormat} and stops there, as the hand-written walker does.
 */
final class TlvWalk {
    /** Receives each well-formed option: its frame offset and total length (1 for pad/end). */
    interface Visitor {
        void option(TlvOptions.TlvOption option, int offset, int totalLength);
    }

    private TlvWalk() {}

    /**
     * Visits the well-formed options in order. Returns the frame offset just past an End of
     * Option List the walk stopped at (the padding starts there), or -1 when there was none.
     */
    static int walk(TlvOptions options, int base, TlvFormat format, Problems problems, Visitor visitor) {
        if (options == null || options.items() == null) {
            return -1;
        }
        int pos = base;
        for (TlvOptions.TlvOption o : options.items()) {
            int at = pos;
            if (o.isSingle()) {
                visitor.option(o, at, 1);
                if (o.isEnd()) {
                    return at + 1;
                }
                pos++;
                continue;
            }
            if (o.lenRaw().length == 0) {
                problems.add(format.layer(), at, format.badLength(),
                        "option " + o.kind() + " has no room for its length byte");
                return -1;
            }
            int total = o.totalLength();
            if (total < o.minTotal()) {
                problems.add(format.layer(), at, format.badLength(), "option " + o.kind() + " has invalid length " + o.len());
                return -1;
            }
            if (o.body() == null) {
                problems.add(format.layer(), at, format.pastEnd(),
                        "option " + o.kind() + " of " + total + " bytes runs past the end");
                return -1;
            }
            visitor.option(o, at, total);
            pos += total;
        }
        return -1;
    }

    /**
     * The zero bytes after an End of Option List, up to {@code end}: each is handed to
     * {@code zero} (tshark lists them as further EOL options); the first non-zero byte is
     * returned (RFC 791 §3.1 and RFC 9293 §3.1 want zero padding), or -1.
     */
    static int padding(byte[] frame, int from, int end, java.util.function.IntConsumer zero) {
        for (int i = from; i < end; i++) {
            if (frame[i] != 0) {
                return i;
            }
            zero.accept(i);
        }
        return -1;
    }

    /** The option as it sits in the frame, kind and length included, for raw-bytes fields. */
    static byte[] wholeOption(TlvOptions.TlvOption o, byte[] body) {
        byte[] all = new byte[2 + body.length];
        all[0] = (byte) (int) o.kind();
        all[1] = o.lenRaw()[0];
        System.arraycopy(body, 0, all, 2, body.length);
        return all;
    }
}
