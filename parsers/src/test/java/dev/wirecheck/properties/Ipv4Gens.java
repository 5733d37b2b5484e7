package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.wire.Octets;

import java.io.ByteArrayOutputStream;

/** Valid IPv4 headers (RFC 791 §3.1) with options and fragment fields. */
public final class Ipv4Gens {
    private Ipv4Gens() {}

    /** An unfragmented header for {@code protocol}, with options about a third of the time. */
    public static Gen<Ipv4Repr> header(int protocol) {
        return s -> new Ipv4Repr(AddressGens.ipv4().generate(s), AddressGens.ipv4().generate(s), protocol,
                Gens.ints(0, 255).generate(s), Gens.ints(0, 0xffff).generate(s), Gens.booleans().generate(s),
                false, 0, Gens.ints(0, 63).generate(s), Gens.ints(0, 3).generate(s),
                s.weighted(0.3) ? options().generate(s) : Octets.EMPTY);
    }

    /**
     * Option bytes of a valid header: router alert (RFC 2113), NOP, record route, loose and
     * strict source route (pointer 4 or past a recorded address), timestamp (pointer 5 or
     * later, RFC 791 §3.1); then NOPs to a multiple of 4, or EOL and zero padding. The
     * result is what the header carries, so it reads back byte for byte.
     */
    public static Gen<Octets> options() {
        Gen<byte[]> one = Gens.oneOf(
                Gens.constant(new byte[] {Ipv4.OPT_NOP}),
                Gens.ints(0, 0xffff).map(v -> new byte[] {(byte) Ipv4.OPT_RA, 4, (byte) (v >>> 8), (byte) (int) v}),
                s -> route(Gens.elements(Ipv4.OPT_RR, Ipv4.OPT_LSRR, Ipv4.OPT_SSRR).generate(s), s),
                Ipv4Gens::timestamp);
        return s -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] o : Gens.lists(one, 1, 6).generate(s)) {
                if (out.size() + o.length <= 40) {
                    out.writeBytes(o);
                }
            }
            if (out.size() < 40 && s.draw(1) == 1) {
                out.write(Ipv4.OPT_EOL);
                while (out.size() % 4 != 0) {
                    out.write(0);
                }
            } else {
                while (out.size() % 4 != 0) {
                    out.write(Ipv4.OPT_NOP);
                }
            }
            return Octets.of(out.toByteArray());
        };
    }

    /** Record route and source routes: type, length 3 + 4n, pointer 4 + 4k with k ≤ n. */
    private static byte[] route(int type, Source s) {
        int slots = (int) s.draw(4);
        byte[] o = new byte[3 + 4 * slots];
        o[0] = (byte) type;
        o[1] = (byte) o.length;
        o[2] = (byte) (4 + 4 * s.draw(slots));
        for (int i = 3; i < o.length; i++) {
            o[i] = (byte) s.draw(255);
        }
        return o;
    }

    /** Timestamp, flag 0 (timestamps only): length 4 + 4n, pointer 5 + 4k with k ≤ n. */
    private static byte[] timestamp(Source s) {
        int slots = (int) s.draw(4);
        byte[] o = new byte[4 + 4 * slots];
        o[0] = (byte) Ipv4.OPT_TS;
        o[1] = (byte) o.length;
        o[2] = (byte) (5 + 4 * s.draw(slots));
        o[3] = (byte) (s.draw(15) << 4);
        for (int i = 4; i < o.length; i++) {
            o[i] = (byte) s.draw(255);
        }
        return o;
    }
}
