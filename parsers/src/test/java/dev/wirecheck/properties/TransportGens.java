package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.TcpOption;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.Octets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Valid TCP segments with options (RFC 9293 §3.1, RFC 7323, RFC 2018) and UDP datagrams (RFC 768). */
public final class TransportGens {
    /**
     * Ports whose payload the families dissect as DHCP or DNS; random bytes there would be
     * malformed DHCP/DNS. Generators for those protocols come with the dhcp-dns branch.
     */
    static final Set<Integer> APPLICATION_PORTS = Set.of(53, 67, 68, 5353);

    private TransportGens() {}

    public static Gen<Integer> port() {
        return Gens.oneOf(Gens.elements(7, 80, 443, 8080), Gens.ints(0, 65535))
                .filter(p -> !APPLICATION_PORTS.contains(p));
    }

    public static Gen<Octets> payload() {
        return Gens.octets(0, 1400, 12);
    }

    public static Gen<Upper> udp() {
        return s -> Upper.of(IpProtocols.UDP, new UdpRepr(port().generate(s), port().generate(s)),
                payload().generate(s));
    }

    public static Gen<Upper> tcp() {
        return s -> Upper.of(IpProtocols.TCP, tcpHeader().generate(s), payload().generate(s));
    }

    public static Gen<TcpRepr> tcpHeader() {
        return s -> new TcpRepr(port().generate(s), port().generate(s), seq().generate(s), seq().generate(s),
                Gens.ints(0, 0x1ff).generate(s), Gens.ints(0, 0xffff).generate(s), Gens.ints(0, 0xffff).generate(s),
                tcpOptions().generate(s));
    }

    private static Gen<Long> seq() {
        return Gens.longs(0, 0xffff_ffffL);
    }

    /**
     * Options that fit in 40 bytes, in any order, then either NOPs to a multiple of 4
     * bytes or End of Option List (the header is then padded with zeros): the two ways a
     * sender fills the header, and the two that read back as the same option list.
     */
    public static Gen<List<TcpOption>> tcpOptions() {
        Gen<TcpOption> one = Gens.oneOf(
                Gens.constant(TcpOption.NOP),
                Gens.ints(0, 0xffff).map(TcpOption::mss),
                Gens.ints(0, 14).map(TcpOption::windowScale),
                Gens.constant(TcpOption.sackPermitted()),
                s -> TcpOption.timestamps(seq().generate(s), seq().generate(s)),
                s -> {
                    long[] edges = new long[2 * (1 + (int) s.draw(3))];
                    for (int i = 0; i < edges.length; i++) {
                        edges[i] = seq().generate(s);
                    }
                    return TcpOption.sack(edges);
                },
                // kinds no RFC assigns (IANA registry: unassigned or reserved), so any length is valid
                s -> new TcpOption(Gens.elements(40, 50, 60, 99, 200).generate(s), Gens.octets(0, 12).generate(s)));
        return s -> {
            List<TcpOption> out = new ArrayList<>();
            int used = 0;
            for (TcpOption o : Gens.lists(one, 0, 8).generate(s)) {
                if (used + o.length() <= 40) {
                    out.add(o);
                    used += o.length();
                }
            }
            if (used < 40 && s.draw(1) == 1) {
                out.add(TcpOption.EOL);
            } else {
                for (; used % 4 != 0; used++) {
                    out.add(TcpOption.NOP);
                }
            }
            return out;
        };
    }
}
