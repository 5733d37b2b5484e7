package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv6ExtensionRepr;
import dev.wirecheck.parsers.hand.Ipv6Repr;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Octets;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Valid IPv6 headers (RFC 8200 §3) and extension-header chains (§4). */
public final class Ipv6Gens {
    private Ipv6Gens() {}

    /** A header for {@code nextHeader} (what follows the chain) with the given chain. */
    public static Gen<Ipv6Repr> header(int nextHeader, List<Ipv6ExtensionRepr> chain) {
        return s -> new Ipv6Repr(AddressGens.ipv6().generate(s), AddressGens.ipv6().generate(s), nextHeader,
                Gens.ints(0, 255).generate(s), Gens.ints(0, 255).generate(s), Gens.ints(0, 0xfffff).generate(s),
                chain);
    }

    /**
     * A chain of up to four extension headers in an order RFC 8200 §4.1 allows: hop-by-hop
     * options only first; destination options, routing (any type but the deprecated 0,
     * RFC 5095), AH (a multiple of 8 bytes for IPv6, RFC 4302 §2.2) in any order; at most
     * one fragment header: a first fragment (offset 0, M set) anywhere, or, when
     * {@code laterFragmentAllowed}, a later fragment (offset above 0), which ends the chain
     * because what follows it is the middle of a datagram.
     */
    public static Gen<List<Ipv6ExtensionRepr>> chain(boolean laterFragmentAllowed) {
        return s -> {
            List<Ipv6ExtensionRepr> out = new ArrayList<>();
            if (s.weighted(0.3)) {
                out.add(Ipv6ExtensionRepr.options(IpProtocols.HOPOPT, optionTlvs().generate(s)));
            }
            boolean fragment = false;
            int more = (int) s.draw(3);
            for (int i = 0; i < more; i++) {
                switch ((int) s.draw(3)) {
                    case 0 -> out.add(Ipv6ExtensionRepr.options(IpProtocols.IPV6_OPTS, optionTlvs().generate(s)));
                    case 1 -> out.add(routing(s));
                    case 2 -> out.add(authentication(s));
                    default -> {
                        if (!fragment) {
                            fragment = true;
                            out.add(Ipv6ExtensionRepr.fragment(0, true, s.draw(0xffff_ffffL)));
                        }
                    }
                }
            }
            if (laterFragmentAllowed && !fragment && s.weighted(0.2)) {
                out.add(Ipv6ExtensionRepr.fragment(1 + (int) s.draw(0x1ffe), s.draw(1) == 1, s.draw(0xffff_ffffL)));
            }
            return out;
        };
    }

    /** True when the chain ends in a later fragment, so no upper-layer header follows it. */
    public static boolean endsInLaterFragment(List<Ipv6ExtensionRepr> chain) {
        if (chain.isEmpty()) {
            return false;
        }
        Ipv6ExtensionRepr last = chain.get(chain.size() - 1);
        return last.type() == IpProtocols.IPV6_FRAG && (Bytes.u16(last.body().toByteArray(), 0) >>> 3) != 0;
    }

    /** Hop-by-hop and destination option TLVs: Pad1, PadN, router alert (RFC 2711), skippable unknown types. */
    static Gen<Octets> optionTlvs() {
        Gen<byte[]> one = Gens.oneOf(
                Gens.constant(new byte[] {0}),
                Gens.ints(0, 5).map(n -> {
                    byte[] o = new byte[2 + n];
                    o[0] = 1;
                    o[1] = (byte) (int) n;
                    return o;
                }),
                Gens.ints(0, 0xffff).map(v -> new byte[] {5, 2, (byte) (v >>> 8), (byte) (int) v}),
                s -> {
                    // action 00 (skip), not Pad1/PadN/router alert/jumbo
                    int type = Gens.elements(0x1e, 0x3e, 0x0a, 0x11).generate(s);
                    byte[] data = Gens.bytes(0, 10).generate(s);
                    byte[] o = new byte[2 + data.length];
                    o[0] = (byte) type;
                    o[1] = (byte) data.length;
                    System.arraycopy(data, 0, o, 2, data.length);
                    return o;
                });
        return s -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] o : Gens.lists(one, 0, 4).generate(s)) {
                out.writeBytes(o);
            }
            return Octets.of(out.toByteArray());
        };
    }

    /** Routing header (RFC 8200 §4.4): type, segments left, then 4 + 8n bytes of type-specific data. */
    private static Ipv6ExtensionRepr routing(Source s) {
        byte[] body = new byte[6 + 8 * (int) s.draw(2)];
        body[0] = (byte) (1 + s.draw(254));
        body[1] = (byte) s.draw(255);
        for (int i = 2; i < body.length; i++) {
            body[i] = (byte) s.draw(255);
        }
        return new Ipv6ExtensionRepr(IpProtocols.IPV6_ROUTE, Octets.of(body));
    }

    /** AH (RFC 4302 §2): reserved, SPI, sequence number, ICV; 16, 24 or 32 bytes in all. */
    private static Ipv6ExtensionRepr authentication(Source s) {
        byte[] body = new byte[14 + 8 * (int) s.draw(2)];
        Bytes.put32(body, 2, s.draw(0xffff_ffffL));
        Bytes.put32(body, 6, s.draw(0xffff_ffffL));
        for (int i = 10; i < body.length; i++) {
            body[i] = (byte) s.draw(255);
        }
        return new Ipv6ExtensionRepr(IpProtocols.AH, Octets.of(body));
    }
}
