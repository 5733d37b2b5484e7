package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST_NOT;

/**
 * 0.0.0.0 as a source is allowed only while the host learns its address: DHCP/BOOTP client
 * messages (UDP 68 → 67), and IGMP reports sent before an address is configured (RFC 3376 §4.2.13).
 */
@Rule(id = "RFC1122-3.2.1.3-zero-source", rfc = 1122, section = "3.2.1.3", level = MUST_NOT, protocol = "IPv4",
        summary = "Source 0.0.0.0 is sent only while the host learns its own address")
public final class Ipv4ZeroSource extends ConformanceRule {
    public Ipv4ZeroSource() {
        super(Kind.IPV4);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Ipv4 ip = f.ipv4();
        if (ip.src() != 0) {
            return;
        }
        boolean dhcp = f.udp() != null && f.udp().srcPort() == 68 && f.udp().dstPort() == 67;
        if (dhcp || ip.protocol() == IpProtocols.IGMP) {
            judge.conforms(this, Frames.number(f));
        } else {
            judge.fail(this, "datagram from 0.0.0.0 that is not part of address configuration (protocol "
                    + ip.protocol() + ")", Frames.mark(f, ip.srcOffset(), 4), Frames.number(f));
        }
    }
}
