package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * RFC 2131 §4.1: "DHCP messages broadcast by a client prior to that client obtaining its IP
 * address must have the source address field in the IP header set to 0", and §3.1 step 5: only
 * with the DHCPACK "the client is configured". From an OFFER for the DUT until the ACK for that
 * address, the DUT sends nothing from the offered address: no IP packet with it as source, no ARP
 * packet with it as sender (RFC 5227 probes come from 0.0.0.0 and are allowed). A NAK leaves the
 * address unowned, so use after a NAK fails too. The sentence writes a lower-case "must" in an
 * RFC that capitalizes its requirement words (§1.4), so it is no keyword; recorded as no keyword
 * (see {@link Rule}). Not judged while the DUT holds an unexpired lease
 * on the same address (it may keep using it, §4.4.5).
 */
@Rule(id = "RFC2131-4.1-no-use-before-ack", rfc = 2131, section = "4.1", level = NO_KEYWORD, protocol = "DHCP",
        summary = "The offered address is not used (as IP source or ARP sender) before the DHCPACK")
public final class NoUseBeforeAck extends ConformanceRule {
    private int acquiring;
    private long offerFrame = -1;
    private boolean failed;

    public NoUseBeforeAck() {
        super(Kind.DHCP, Kind.IPV4, Kind.ARP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        DhcpMessageType type = DhcpMessages.replyToDut(f, judge);
        if (type == DhcpMessageType.OFFER && f.dhcp().xid() == judge.stack().dhcp().xid()) {
            int offered = DhcpMessages.yiaddr(f);
            DhcpClientModel client = judge.stack().dhcp();
            if (offered != acquiring && !(client.bound() && client.leaseAddress() == offered)) {
                acquiring = offered;
                offerFrame = Frames.number(f);
                failed = false;
            }
        } else if (type == DhcpMessageType.ACK && acquiring != 0 && DhcpMessages.yiaddr(f) == acquiring) {
            if (!failed) {
                judge.pass(this, Frames.v4(acquiring) + " unused between the OFFER in frame " + offerFrame
                        + " and the DHCPACK in frame " + Frames.number(f), offerFrame, Frames.number(f));
            }
            acquiring = 0;
        }
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (acquiring == 0 || failed || !DhcpMessages.uses(f, acquiring)) {
            return;
        }
        failed = true;
        judge.fail(this, "frame " + Frames.number(f) + " uses " + Frames.v4(acquiring) + ", offered in frame "
                + offerFrame + ", before any DHCPACK for it", null, offerFrame, Frames.number(f));
    }
}
