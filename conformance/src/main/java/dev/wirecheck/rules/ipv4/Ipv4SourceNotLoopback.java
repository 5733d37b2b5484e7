package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.MUST_NOT;

/** 127.0.0.0/8 is internal to a host; on a wire it is a leak (either address field). */
@Rule(id = "RFC1122-3.2.1.3-loopback", rfc = 1122, section = "3.2.1.3", level = MUST_NOT, protocol = "IPv4",
        summary = "Loopback addresses (127/8) do not appear outside a host")
public final class Ipv4SourceNotLoopback extends ConformanceRule {
    public Ipv4SourceNotLoopback() {
        super(Kind.IPV4);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Ipv4 ip = f.ipv4();
        if (Net.v4Loopback(ip.src()) || Net.v4Loopback(ip.dst())) {
            boolean src = Net.v4Loopback(ip.src());
            judge.fail(this, "loopback address " + Frames.v4(src ? ip.src() : ip.dst()) + " on the wire",
                    Frames.mark(f, src ? ip.srcOffset() : ip.dstOffset(), 4), Frames.number(f));
        } else {
            judge.conforms(this, Frames.number(f));
        }
    }
}
