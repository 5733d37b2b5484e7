package dev.wirecheck.check;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Igmp;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.parsers.hand.Udp;
import dev.wirecheck.stack.Net;
import dev.wirecheck.wire.Bytes;

/** One line per frame for the reports, e.g. {@code ICMPv4 echo request 192.0.2.1 → 192.0.2.10 id=0x0001 seq=3}. */
public final class FrameSummary {
    private FrameSummary() {
    }

    public static String of(DecodedFrame f) {
        byte[] b = f.bytes();
        Arp arp = f.arp();
        if (arp != null && arp.isEthernetIpv4()) {
            String tgt = Bytes.ipv4(b, arp.targetProtoOffset());
            String snd = Bytes.ipv4(b, arp.senderProtoOffset());
            return arp.opcode() == Arp.REQUEST ? "ARP who-has " + tgt + " tell " + snd
                    : arp.opcode() == Arp.REPLY ? "ARP " + snd + " is-at " + Bytes.mac(b, arp.senderHwOffset())
                    : "ARP opcode " + arp.opcode();
        }
        String ip;
        Ipv4 v4 = f.ipv4();
        Ipv6 v6 = f.ipv6();
        if (v4 != null) {
            ip = Bytes.ipv4(b, v4.srcOffset()) + " → " + Bytes.ipv4(b, v4.dstOffset());
            if (v4.isFragment()) {
                ip += " (fragment offset " + v4.fragmentOffset() * 8 + (v4.moreFragments() ? ", more" : ", last") + ")";
            }
        } else if (v6 != null) {
            ip = Net.v6Text(b, v6.srcOffset()) + " → " + Net.v6Text(b, v6.dstOffset());
        } else if (f.ethernet() != null) {
            return "Ethernet " + Bytes.mac(b, f.ethernet().srcOffset()) + " → " + Bytes.mac(b, f.ethernet().dstOffset())
                    + String.format(" type 0x%04x", f.ethernet().type());
        } else {
            return f.frame().length() + " bytes";
        }
        Icmpv4 i4 = f.icmpv4();
        if (i4 != null) {
            return "ICMPv4 " + icmpv4Name(i4) + " " + ip
                    + (i4.isEcho() ? " id=" + String.format("0x%04x", i4.identifier()) + " seq=" + i4.sequence() : "");
        }
        Icmpv6 i6 = f.icmpv6();
        if (i6 != null) {
            String s = "ICMPv6 " + icmpv6Name(i6.type()) + (i6.quotesPacket() ? " code " + i6.code() : "") + " " + ip;
            if (i6.isEcho() && i6.complete()) {
                s += " id=" + String.format("0x%04x", i6.identifier()) + " seq=" + i6.sequence();
            } else if ((i6.type() == Icmpv6.NEIGHBOR_SOLICITATION || i6.type() == Icmpv6.NEIGHBOR_ADVERTISEMENT)
                    && i6.complete()) {
                s += " target " + Net.v6Text(b, i6.targetOffset());
            }
            return s;
        }
        Igmp g = f.igmp();
        if (g != null) {
            return "IGMPv" + g.version() + " type 0x" + Integer.toHexString(g.type()) + " " + ip;
        }
        Udp u = f.udp();
        if (u != null) {
            return "UDP " + ip + " " + u.srcPort() + " → " + u.dstPort() + " len=" + u.payloadLength();
        }
        Tcp t = f.tcp();
        if (t != null) {
            return "TCP " + ip + " " + t.srcPort() + " → " + t.dstPort() + " " + tcpFlags(t.flags())
                    + " len=" + f.payloadLength();
        }
        return (v4 != null ? "IPv4 proto " + v4.protocol() : "IPv6 next header " + v6.upperProtocol()) + " " + ip;
    }

    private static String icmpv4Name(Icmpv4 m) {
        return switch (m.type()) {
            case Icmpv4.ECHO_REPLY -> "echo reply";
            case Icmpv4.ECHO_REQUEST -> "echo request";
            case Icmpv4.DEST_UNREACHABLE -> "destination unreachable code " + m.code();
            case Icmpv4.TIME_EXCEEDED -> "time exceeded code " + m.code();
            case Icmpv4.PARAMETER_PROBLEM -> "parameter problem";
            case Icmpv4.REDIRECT -> "redirect";
            default -> "type " + m.type();
        };
    }

    static String icmpv6Name(int type) {
        return switch (type) {
            case Icmpv6.DEST_UNREACHABLE -> "destination unreachable";
            case Icmpv6.PACKET_TOO_BIG -> "packet too big";
            case Icmpv6.TIME_EXCEEDED -> "time exceeded";
            case Icmpv6.PARAMETER_PROBLEM -> "parameter problem";
            case Icmpv6.ECHO_REQUEST -> "echo request";
            case Icmpv6.ECHO_REPLY -> "echo reply";
            case Icmpv6.MLD_QUERY -> "MLD query";
            case Icmpv6.MLD_REPORT -> "MLDv1 report";
            case Icmpv6.MLD_DONE -> "MLD done";
            case Icmpv6.ROUTER_SOLICITATION -> "router solicitation";
            case Icmpv6.ROUTER_ADVERTISEMENT -> "router advertisement";
            case Icmpv6.NEIGHBOR_SOLICITATION -> "neighbor solicitation";
            case Icmpv6.NEIGHBOR_ADVERTISEMENT -> "neighbor advertisement";
            case Icmpv6.REDIRECT -> "redirect";
            case Icmpv6.MLDV2_REPORT -> "MLDv2 report";
            default -> "type " + type;
        };
    }

    private static String tcpFlags(int flags) {
        StringBuilder s = new StringBuilder("[");
        String[] names = {"FIN", "SYN", "RST", "PSH", "ACK", "URG"};
        for (int i = 0; i < names.length; i++) {
            if ((flags & (1 << i)) != 0) {
                s.append(s.length() > 1 ? "," : "").append(names[i]);
            }
        }
        return s.append(']').toString();
    }
}
