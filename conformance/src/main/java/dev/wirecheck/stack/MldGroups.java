package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.wire.Bytes;

import java.util.function.BiConsumer;

/**
 * The multicast addresses an MLD report names: the one address of an MLDv1 report or done
 * (RFC 2710 §3), or each record's address of an MLDv2 report (RFC 3810 §5.2), with whether
 * the report joins (true) or leaves (false) it.
 */
public final class MldGroups {
    private MldGroups() {
    }

    /** Calls {@code action} with (address as text, joins) for every address the DUT's report names. */
    public static void forEach(DecodedFrame f, BiConsumer<String, Boolean> action) {
        Icmpv6 m = f.icmpv6();
        if (m == null || !m.complete()) {
            return;
        }
        byte[] b = f.bytes();
        if (m.type() == Icmpv6.MLD_REPORT || m.type() == Icmpv6.MLD_DONE) {
            action.accept(Net.v6Text(b, m.targetOffset()), m.type() == Icmpv6.MLD_REPORT);
            return;
        }
        if (m.type() != Icmpv6.MLDV2_REPORT) {
            return;
        }
        int records = Bytes.u16(b, m.offset() + 6);
        int p = m.offset() + 8;
        for (int i = 0; i < records && p + 20 <= m.end(); i++) {
            int type = b[p] & 0xff;
            int aux = (b[p + 1] & 0xff) * 4;
            int sources = Bytes.u16(b, p + 2);
            // RFC 3810 §5.2.12: IS_EXCLUDE (2) and TO_EXCLUDE (4) listen; TO_INCLUDE (3) with no source leaves
            boolean joins = type == 2 || type == 4 || ((type == 1 || type == 3 || type == 5) && sources > 0);
            action.accept(Net.v6Text(b, p + 4), joins);
            p += 20 + sources * 16 + aux;
        }
    }
}
