package dev.wirecheck.rules.ipv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

import static dev.wirecheck.check.Level.SHOULD;

/**
 * A packet whose next header no host stack handles (not TCP, UDP, ICMPv6, an extension header
 * or No Next Header) is discarded with a Parameter Problem, code 1.
 */
@Rule(id = "RFC8200-4-unknown-next-header", rfc = 8200, section = "4", level = SHOULD, protocol = "IPv6",
        summary = "A packet with an unrecognised Next Header value is answered with Parameter Problem code 1")
public final class UnknownNextHeader extends ConformanceRule {
    public UnknownNextHeader() {
        super(Kind.IPV6);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        Ipv6 ip = f.ipv6();
        int nh = ip.upperProtocol();
        boolean known = nh == IpProtocols.TCP || nh == IpProtocols.UDP || nh == IpProtocols.ICMPV6
                || nh == IpProtocols.IPV6_NONXT || nh == IpProtocols.ESP || nh == IpProtocols.AH
                || nh == IpProtocols.IPV6_FRAG || nh == IpProtocols.IPV6_ROUTE || nh == IpProtocols.HOPOPT
                || nh == IpProtocols.IPV6_OPTS || nh == 4 || nh == 41 || nh == 135 || nh == 139 || nh == 140;
        if (known || ip.isFragment() || !Frames.clean(f) || !Frames.toOwnedV6(f, judge)) {
            return;
        }
        Stimulus s = Stimulus.of(f);
        judge.expect(new Expectation.Answer(this, Frames.number(f), Frames.deadline(f, judge),
                "Parameter Problem code 1 for next header " + nh) {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                Icmpv6 m = d.icmpv6();
                return m != null && m.type() == Icmpv6.PARAMETER_PROBLEM && m.code() == 1 && s.erroredBy(d);
            }

            @Override
            protected long dutKinds() {
                return kinds(Kind.ICMPV6);
            }
        });
    }
}
