package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.ArpRepr;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.VlanRepr;

import java.util.ArrayList;
import java.util.List;

/** Ethernet II headers, 802.1Q and 802.1ad (Q-in-Q) tags, and ARP (RFC 826). */
public final class LinkGens {
    private LinkGens() {}

    /**
     * An Ethernet header and 0-2 tags in front of {@code etherType}: untagged, one 802.1Q
     * tag, an 802.1ad service tag over an 802.1Q customer tag, or two 802.1Q tags (the
     * pre-802.1ad Q-in-Q still seen in the field).
     */
    public static Gen<List<HeaderRepr>> ethernet(int etherType) {
        return s -> {
            int[] tpids = switch ((int) s.draw(3)) {
                case 0 -> new int[0];
                case 1 -> new int[] {EtherTypes.VLAN};
                case 2 -> new int[] {EtherTypes.QINQ, EtherTypes.VLAN};
                default -> new int[] {EtherTypes.VLAN, EtherTypes.VLAN};
            };
            List<HeaderRepr> out = new ArrayList<>();
            out.add(new EthernetRepr(AddressGens.mac().generate(s), AddressGens.mac().generate(s),
                    tpids.length == 0 ? etherType : tpids[0]));
            for (int i = 0; i < tpids.length; i++) {
                int next = i + 1 < tpids.length ? tpids[i + 1] : etherType;
                out.add(new VlanRepr((int) s.draw(7), s.draw(1) == 1, (int) s.draw(0xfff), next));
            }
            return out;
        };
    }

    /** Ethernet/IPv4 ARP requests and replies, and the rarer RARP opcodes 3 and 4 (RFC 903). */
    public static Gen<ArpRepr> arp() {
        return s -> new ArpRepr(1 + (int) s.draw(3), AddressGens.mac().generate(s), AddressGens.ipv4().generate(s),
                AddressGens.mac().generate(s), AddressGens.ipv4().generate(s));
    }
}
