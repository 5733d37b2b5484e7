package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.wire.Bytes;

import static dev.wirecheck.check.Level.MUST;

/**
 * An IPv4 frame whose version field is not 4 is not an IPv4 datagram: the DUT must not
 * answer it. The dissector stops at such a header, so the rule reads the addresses itself.
 */
@Rule(id = "RFC1122-3.2.1.1-bad-version-discarded", rfc = 1122, section = "3.2.1.1", level = MUST, protocol = "IPv4",
        summary = "A received datagram whose version number is not 4 is silently discarded")
public final class Ipv4BadVersionDiscarded extends ConformanceRule {
    public Ipv4BadVersionDiscarded() {
        super(Kind.ETHERNET);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (!f.problems().has(Ipv4.BAD_VERSION) || f.ethernet().type() != EtherTypes.IPV4 || f.bytes().length < 34) {
            return;
        }
        byte[] b = f.bytes();
        int at = 14;
        int dst = (int) Bytes.u32(b, at + 16);
        if (!judge.stack().addresses().ownsV4(dst, Frames.time(f))) {
            return;
        }
        int src = (int) Bytes.u32(b, at + 12);
        judge.expect(new Expectation.Silence(this, Frames.number(f), Frames.deadline(f, judge),
                "the DUT answered a datagram of IP version " + ((b[at] & 0xff) >>> 4)) {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return d.ipv4() != null && d.icmpv4() != null && d.ipv4().dst() == src
                        && (d.icmpv4().isError() || d.icmpv4().type() == 0);
            }

            @Override
            protected long dutKinds() {
                return kinds(Kind.ICMPV4);
            }
        });
    }
}
