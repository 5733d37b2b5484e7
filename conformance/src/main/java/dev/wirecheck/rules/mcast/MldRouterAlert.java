package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.wire.Bytes;

import static dev.wirecheck.check.Level.MUST;

/** Routers must look inside MLD messages not addressed to them: a Router Alert option says so. */
@Rule(id = "RFC9777-5-router-alert", rfc = 9777, section = "5", level = MUST, protocol = "MLD",
        summary = "MLD messages carry a Router Alert option in a Hop-by-Hop Options header")
public final class MldRouterAlert extends GroupMessageRule {
    public MldRouterAlert() {
        super(true);
    }

    @Override
    boolean judges(DecodedFrame f) {
        return isMldMessage(f);
    }

    @Override
    String defect(DecodedFrame f, int[] at) {
        Ipv6 ip = f.ipv6();
        at[0] = ip.offset() + 6;
        if (ip.extensionCount() == 0 || ip.extensionType(0) != IpProtocols.HOPOPT) {
            return "MLD message without a Hop-by-Hop Options header";
        }
        byte[] b = f.bytes();
        int p = ip.extensionOffset(0) + 2, end = ip.extensionOffset(0) + ip.extensionLength(0);
        while (p < end) {
            int type = b[p] & 0xff;
            if (type == 0) {
                p++;
                continue;
            }
            if (p + 2 > end) {
                break;
            }
            if (type == 5 && (b[p + 1] & 0xff) == 2 && p + 4 <= end && Bytes.u16(b, p + 2) == 0) {
                return null; // Router Alert, value 0 = MLD (RFC 2711 §2.1)
            }
            p += 2 + (b[p + 1] & 0xff);
        }
        at[0] = ip.extensionOffset(0);
        return "MLD message whose Hop-by-Hop Options header has no Router Alert (value 0)";
    }
}
