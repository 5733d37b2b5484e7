package dev.wirecheck.rules.arp;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.wire.Bytes;

/** The ARP requests the DUT has to answer, and its answers to them. */
final class ArpRequests {
    private ArpRequests() {
    }

    /**
     * True for a peer's Ethernet/IPv4 request for an address the DUT owns at that moment.
     * Probes (sender 0.0.0.0) are excluded: RFC 5227 §2.1.1 has the owner defend, not reply.
     */
    static boolean forOwnedAddress(DecodedFrame f, Judge judge) {
        Arp a = f.arp();
        byte[] b = f.bytes();
        return a.opcode() == Arp.REQUEST && a.isEthernetIpv4() && Bytes.u32(b, a.senderProtoOffset()) != 0
                && judge.stack().addresses().ownsV4((int) Bytes.u32(b, a.targetProtoOffset()), Frames.time(f));
    }

    /**
     * True for an Ethernet/IPv4 request about an address the DUT has or is acquiring: a
     * probe (sender 0.0.0.0), an announcement (sender = target), or neither (RFC 5227 §2.1.1).
     */
    static boolean aboutOwnAddress(DecodedFrame f, Judge judge) {
        Arp a = f.arp();
        return a.opcode() == Arp.REQUEST && a.isEthernetIpv4() && judge.stack().addresses().isV4(target(f));
    }

    static int target(DecodedFrame f) {
        return (int) Bytes.u32(f.bytes(), f.arp().targetProtoOffset());
    }

    static int sender(DecodedFrame f) {
        return (int) Bytes.u32(f.bytes(), f.arp().senderProtoOffset());
    }

    /** A DUT ARP reply whose sender protocol address is {@code address}. */
    static boolean isReplyFor(DecodedFrame d, int address) {
        Arp r = d.arp();
        return r != null && r.opcode() == Arp.REPLY && r.isEthernetIpv4()
                && (int) Bytes.u32(d.bytes(), r.senderProtoOffset()) == address;
    }
}
