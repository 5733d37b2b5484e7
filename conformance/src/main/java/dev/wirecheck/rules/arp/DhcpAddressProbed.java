package dev.wirecheck.rules.arp;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.check.Dhcp;
import dev.wirecheck.wire.Bytes;

import static dev.wirecheck.check.Level.SHOULD;

/**
 * After a DHCPACK, the client checks that nobody else uses the address (an ARP probe) before it
 * uses the address itself. The first DUT frame with the address as its source decides: a
 * probe before it passes, none fails.
 */
@Rule(id = "RFC2131-2.2-probe-offered-address", rfc = 2131, section = "2.2", level = SHOULD, protocol = "ARP",
        summary = "A DHCP client probes the newly received address (e.g. with ARP) before it uses it")
public final class DhcpAddressProbed extends ConformanceRule {
    private int acked;
    private long ackFrame = -1;
    private long probeFrame = -1;
    private boolean decided;

    public DhcpAddressProbed() {
        super(Kind.ARP, Kind.IPV4);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (!decided && Dhcp.messageType(f) == Dhcp.ACK && !Dhcp.fromClient(f)
                && Dhcp.chaddr(f) == judge.stack().dutMac()) {
            acked = Dhcp.yiaddr(f);
            ackFrame = Frames.number(f);
        }
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (ackFrame < 0 || decided) {
            return;
        }
        byte[] b = f.bytes();
        Arp a = f.arp();
        if (a != null && a.isEthernetIpv4()) {
            int sender = (int) Bytes.u32(b, a.senderProtoOffset());
            int target = (int) Bytes.u32(b, a.targetProtoOffset());
            if (sender == 0 && target == acked) {
                probeFrame = Frames.number(f);
                return;
            }
            if (sender == acked) {
                decide(f, judge);
            }
            return;
        }
        if (f.ipv4() != null && f.ipv4().src() == acked) {
            decide(f, judge);
        }
    }

    private void decide(DecodedFrame firstUse, Judge judge) {
        decided = true;
        long n = Frames.number(firstUse);
        if (probeFrame > 0) {
            judge.pass(this, "probed " + Frames.v4(acked) + " in frame " + probeFrame + " before using it in frame " + n,
                    ackFrame, probeFrame, n);
        } else {
            judge.fail(this, "uses " + Frames.v4(acked) + " (DHCPACK in frame " + ackFrame + ") in frame " + n
                    + " without an ARP probe first", null, ackFrame, n);
        }
    }

    @Override
    public void finish(Judge judge) {
        if (ackFrame > 0 && !decided) {
            judge.inconclusive(this, "the DUT never used the address " + Frames.v4(acked) + " it was given in frame "
                    + ackFrame, ackFrame);
        }
    }
}
