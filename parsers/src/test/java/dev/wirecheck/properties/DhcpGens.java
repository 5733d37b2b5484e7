package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.parsers.hand.DhcpOption;
import dev.wirecheck.parsers.hand.DhcpRepr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.Octets;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid DHCP messages (RFC 2131 §2) as {@link DhcpRepr}: any message type (option 53 first),
 * typed options (parameter request list, client identifier, lease/renewal/rebinding times,
 * requested address, server identifier, routers, DNS servers, host and domain names, maximum
 * message size of at least 576, RFC 2132) and raw site-specific options (codes 224–254, RFC 2132
 * §2), one of them 256 to 600 bytes long in a third of the messages, which the builder splits into instances of at most 255 bytes and the
 * parser joins again (RFC 3396 §5–§7); every code at most once, since RFC 3396 would join two
 * of them into one. Frames carry them from port 68 to 67 or back.
 */
public final class DhcpGens {
    private DhcpGens() {}

    private static Gen<DhcpOption> typedOption(int code) {
        return switch (code) {
            case DhcpOption.PARAMETER_REQUEST_LIST -> Gens.lists(Gens.ints(1, 254), 1, 12)
                    .map(l -> DhcpOption.parameterRequestList(l.stream().mapToInt(Integer::intValue).toArray()));
            case DhcpOption.CLIENT_ID -> AddressGens.mac().map(DhcpOption::clientId);
            case DhcpOption.LEASE_TIME, DhcpOption.RENEWAL_TIME, DhcpOption.REBINDING_TIME ->
                    Gens.longs(0, 0xffff_ffffL).map(v -> DhcpOption.seconds(code, v));
            case DhcpOption.REQUESTED_IP, DhcpOption.SERVER_ID, DhcpOption.SUBNET_MASK ->
                    AddressGens.ipv4().map(a -> DhcpOption.addresses(code, a));
            case DhcpOption.ROUTER, DhcpOption.DNS_SERVERS -> Gens.lists(AddressGens.ipv4(), 1, 4)
                    .map(l -> DhcpOption.addresses(code, l.toArray(new Inet4Address[0])));
            case DhcpOption.MAX_MESSAGE_SIZE -> Gens.ints(576, 0xffff).map(DhcpOption::maxMessageSize);
            default -> Gens.lists(Gens.elements("a", "b", "z", "0", "-", "."), 1, 30)
                    .map(l -> DhcpOption.text(code, String.join("", l)));
        };
    }

    private static final List<Integer> TYPED = List.of(DhcpOption.PARAMETER_REQUEST_LIST, DhcpOption.CLIENT_ID,
            DhcpOption.LEASE_TIME, DhcpOption.RENEWAL_TIME, DhcpOption.REBINDING_TIME, DhcpOption.REQUESTED_IP,
            DhcpOption.SERVER_ID, DhcpOption.SUBNET_MASK, DhcpOption.ROUTER, DhcpOption.DNS_SERVERS,
            DhcpOption.MAX_MESSAGE_SIZE, DhcpOption.HOST_NAME, DhcpOption.DOMAIN_NAME);

    /** The options after the message type: each typed option or not, then 0–3 raw site-specific ones. */
    private static Gen<List<DhcpOption>> options() {
        return s -> {
            List<DhcpOption> out = new ArrayList<>();
            for (int code : TYPED) {
                if (s.weighted(0.3)) {
                    out.add(typedOption(code).generate(s));
                }
            }
            int raw = (int) s.draw(3);
            for (int i = 0; i < raw; i++) {
                int code = 224 + 10 * i + (int) s.draw(9);
                // the first one longer than 255 bytes in a third of the messages, so it needs splitting
                Gen<Octets> value = i == 0 && s.weighted(0.3) ? Gens.octets(256, 600, 60) : Gens.octets(0, 255, 20);
                out.add(new DhcpOption(code, value.generate(s)));
            }
            return out;
        };
    }

    public static Gen<DhcpRepr> message() {
        return s -> {
            DhcpMessageType type = Gens.elements(DhcpMessageType.values()).generate(s);
            DhcpRepr m = DhcpRepr.message(type, Gens.longs(0, 0xffff_ffffL).generate(s), AddressGens.mac().generate(s),
                    s.weighted(0.5) ? AddressGens.ipv4().generate(s) : null,
                    s.weighted(0.5) ? AddressGens.ipv4().generate(s) : null,
                    options().generate(s).toArray(new DhcpOption[0]));
            String sname = s.weighted(0.3) ? "boot" + s.draw(99) : "";
            String file = s.weighted(0.3) ? "pxelinux." + s.draw(9) : "";
            return new DhcpRepr(m.op(), m.htype(), m.chaddr(), (int) s.draw(3), m.xid(), (int) s.draw(0xffff),
                    s.weighted(0.5), s.weighted(0.3) ? AddressGens.ipv4().generate(s) : m.ciaddr(), m.yiaddr(),
                    m.siaddr(), s.weighted(0.3) ? AddressGens.ipv4().generate(s) : m.giaddr(), sname, file, m.options());
        };
    }

    /** A DHCP message on UDP from the client port 68 to the server port 67, or back (RFC 2131 §4.1). */
    public static Gen<GeneratedFrame> frame() {
        Gen<Upper> upper = s -> {
            boolean toServer = s.weighted(0.5);
            return Upper.of(IpProtocols.UDP, new UdpRepr(toServer ? 68 : 67, toServer ? 67 : 68),
                    Octets.of(message().generate(s).toBytes()));
        };
        return FrameGens.ipv4(upper).filter(f -> !FrameGens.carriesFragment(f));
    }
}
