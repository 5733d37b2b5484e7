package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.ArpRepr;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.VlanRepr;
import dev.wirecheck.wire.MacAddress;

import java.util.ArrayList;
import java.util.List;

/** Ethernet II headers, 802.1Q and 802.1ad (Q-in-Q) tags, and ARP (RFC 826). */
public final class LinkGens {
    private LinkGens() {}

    /**
     * An Ethernet header and 0-2 tags in front of {@code etherType}: untagged, one 802.1Q
     * tag, two 802.1Q tags (the pre-802.1ad Q-in-Q still seen in the field), or an 802.1ad
     * service tag over an 802.1Q customer tag. The tags are a list, so shrinking can
     * delete the outer one.
     */
    public static Gen<List<HeaderRepr>> ethernet(int etherType) {
        Gen<int[]> tci = s -> new int[] {(int) s.draw(7), (int) s.draw(1), (int) s.draw(0xfff)};
        return s -> {
            MacAddress dst = AddressGens.mac().generate(s);
            MacAddress src = AddressGens.mac().generate(s);
            List<int[]> tags = Gens.lists(tci, 0, 2, 1).generate(s);
            boolean serviceTag = tags.size() == 2 && s.draw(1) == 1;
            List<HeaderRepr> out = new ArrayList<>();
            out.add(new EthernetRepr(dst, src, tags.isEmpty() ? etherType
                    : serviceTag ? EtherTypes.QINQ : EtherTypes.VLAN));
            for (int i = 0; i < tags.size(); i++) {
                int[] t = tags.get(i);
                int next = i + 1 < tags.size() ? EtherTypes.VLAN : etherType;
                out.add(new VlanRepr(t[0], t[1] == 1, t[2], next));
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
