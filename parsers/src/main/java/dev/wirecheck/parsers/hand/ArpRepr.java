package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.MacAddress;

import java.net.Inet4Address;

/** An Ethernet/IPv4 ARP packet to build (RFC 826). */
public record ArpRepr(int opcode, MacAddress senderMac, Inet4Address senderIp, MacAddress targetMac,
                      Inet4Address targetIp) implements HeaderRepr {
    public static final int LENGTH = 28;

    @Override
    public int headerLength() {
        return LENGTH;
    }

    @Override
    public void emit(byte[] out, int at, int payloadLength, Emit emit) {
        Bytes.put16(out, at + Arp.HTYPE, 1);
        Bytes.put16(out, at + Arp.PTYPE, EtherTypes.IPV4);
        out[at + Arp.HLEN] = 6;
        out[at + Arp.PLEN] = 4;
        Bytes.put16(out, at + Arp.OPER, opcode);
        senderMac.write(out, at + 8);
        System.arraycopy(senderIp.getAddress(), 0, out, at + 14, 4);
        targetMac.write(out, at + 18);
        System.arraycopy(targetIp.getAddress(), 0, out, at + 24, 4);
    }
}
