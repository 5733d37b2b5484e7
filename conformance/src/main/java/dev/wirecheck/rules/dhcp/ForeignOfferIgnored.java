package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * RFC 2131 §4.4.1: "If the 'xid' of an arriving DHCPOFFER message does not match the 'xid' of
 * the most recent DHCPDISCOVER message, the DHCPOFFER message must be silently discarded." An
 * OFFER with a stale or foreign xid (whatever its chaddr) is not taken up: no DUT REQUEST with
 * that offer's xid asking for its yiaddr follows within the deadline. An OFFER with the DUT's xid
 * but another client's chaddr is not judged: the sentence names the xid only.
 * Lower-case "must" in an RFC that capitalizes its keywords, recorded as no keyword (see {@link Rule}). Offers with
 * malformed options are not judged here (RFC 2131 does not say to discard them); they are
 * adversarial stimuli for the liveness check ({@link dev.wirecheck.stack.AdversarialReplies}).
 */
@Rule(id = "RFC2131-4.4.1-foreign-offer-discarded", rfc = 2131, section = "4.4.1", level = NO_KEYWORD, protocol = "DHCP",
        summary = "An OFFER with another xid than the DUT's exchange is not answered with a REQUEST")
public final class ForeignOfferIgnored extends ConformanceRule {
    public ForeignOfferIgnored() {
        super(Kind.DHCP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        Dhcp d = f.dhcp();
        if (d == null || !d.cookieValid() || d.op() != Dhcp.BOOTREPLY || d.messageType() != DhcpMessageType.OFFER) {
            return;
        }
        DhcpClientModel client = judge.stack().dhcp();
        if (d.xid() == client.xid()) {
            // The DUT's own exchange. One for another chaddr with the same xid (an xid collision) is
            // not judged: §4.4.1's sentence is about the xid only.
            return;
        }
        String why = (DhcpMessages.forDut(f, judge) ? "an OFFER" : "an OFFER for another chaddr") + " with xid 0x"
                + Long.toHexString(d.xid()) + " (the DUT's exchange: "
                + (client.xid() < 0 ? "none" : "0x" + Long.toHexString(client.xid())) + ")";
        // only the DUT's DHCP REQUEST can take the offer up: a flood of foreign offers (a rogue
        // server) costs the DUT's other frames nothing
        judge.expect(new NotTakenUp(this, f, why, Frames.deadline(f, judge)).concerning(Expectation.kinds(Kind.DHCP), null));
    }

    /** Silence: no REQUEST carrying the offer's xid and asking for its address. */
    private static final class NotTakenUp extends Expectation.Silence {
        private final long xid;
        private final int offered;

        NotTakenUp(ConformanceRule rule, DecodedFrame offer, String what, long deadline) {
            super(rule, Frames.number(offer), deadline, "the DUT takes up " + what);
            xid = offer.dhcp().xid();
            offered = DhcpMessages.yiaddr(offer);
        }

        @Override
        protected boolean isAnswer(DecodedFrame f) {
            if (DhcpMessages.request(f) != DhcpMessageType.REQUEST || f.dhcp().xid() != xid) {
                return false;
            }
            return DhcpClientModel.address(f.dhcp().requestedIp()) == offered;
        }
    }
}
