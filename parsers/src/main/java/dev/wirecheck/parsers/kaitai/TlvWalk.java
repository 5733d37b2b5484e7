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

    static void walk(TlvOptions options, int base, TlvFormat format, Problems problems, Visitor visitor) {
        if (options == null || options.items() == null) {
            return;
        }
        int pos = base;
        for (TlvOptions.TlvOption o : options.items()) {
            int at = pos;
            if (o.isSingle()) {
                visitor.option(o, at, 1);
                if (o.isEnd()) {
                    return;
                }
                pos++;
                continue;
            }
            if (o.lenRaw().length == 0) {
                problems.add(format.layer(), at, format.badLength(),
                        "option " + o.kind() + " has no room for its length byte");
                return;
            }
            int total = o.totalLength();
            if (total < o.minTotal()) {
                problems.add(format.layer(), at, format.badLength(), "option " + o.kind() + " has invalid length " + o.len());
                return;
            }
            if (o.body() == null) {
                problems.add(format.layer(), at, format.pastEnd(),
                        "option " + o.kind() + " of " + total + " bytes runs past the end");
                return;
            }
            visitor.option(o, at, total);
            pos += total;
        }
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
