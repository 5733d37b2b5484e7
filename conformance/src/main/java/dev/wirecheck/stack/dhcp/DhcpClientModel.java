package dev.wirecheck.stack.dhcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;

import java.util.ArrayList;
import java.util.List;

/**
 * The DUT's DHCPv4 client as the capture shows it (RFC 2131 §4.4, figure 5): the exchange under
 * way (its xid, the offers made in it, its latest DISCOVER's 'secs' and IP destination, the
 * address its latest REQUEST asked for), the xids of the exchanges that ended, and the lease of
 * the last DHCPACK (when it came, T1 and T2). Rules read it before the current frame updates it.
 */
public final class DhcpClientModel {
    /** The offers of the exchange under way (server identifier and offered address, both as numbers). */
    private final List<Offer> offers = new ArrayList<>();
    private final List<Long> finishedXids = new ArrayList<>();
    private long xid = -1;
    private long ackFrame = -1;
    private long ackTime;
    private long t1Seconds = -1;
    private long t2Seconds = -1;
    private int leaseAddress;
    private int discoverSecs = -1;
    private int discoverDestination;
    private int requestedAddress;

    /** A DHCPOFFER: the frame, its server identifier (0 when absent) and the offered address. */
    public record Offer(long frame, long xid, int serverId, int address) {
    }

    /** The offer with this xid and server identifier, or null. */
    public Offer offer(long xid, int serverId) {
        for (Offer o : offers) {
            if (o.xid == xid && o.serverId == serverId) {
                return o;
            }
        }
        return null;
    }

    /** Any offer made with this xid, or null. */
    public Offer anyOffer(long xid) {
        for (Offer o : offers) {
            if (o.xid == xid) {
                return o;
            }
        }
        return null;
    }

    /** The latest offer of the exchange under way, or null. */
    public Offer lastOffer() {
        return offers.isEmpty() ? null : offers.get(offers.size() - 1);
    }

    /** Whether an earlier exchange (ended by ACK or NAK) used this xid. */
    public boolean xidUsedBefore(long xid) {
        return finishedXids.contains(xid);
    }

    /** The xid of the exchange under way, or -1. */
    public long xid() {
        return xid;
    }

    public boolean bound() {
        return ackFrame >= 0;
    }

    public long ackFrame() {
        return ackFrame;
    }

    public long ackTime() {
        return ackTime;
    }

    /** Renewal time T1 in seconds: option 58, else half the lease (RFC 2131 §4.4.5), or -1. */
    public long t1Seconds() {
        return t1Seconds;
    }

    /** Rebinding time T2 in seconds: option 59, else 0.875 of the lease, or -1. */
    public long t2Seconds() {
        return t2Seconds;
    }

    public int leaseAddress() {
        return leaseAddress;
    }

    /** The 'secs' field of the exchange's latest DISCOVER, or -1 when none was seen. */
    public int discoverSecs() {
        return discoverSecs;
    }

    /** The IP destination of the exchange's latest DISCOVER (a number), valid when {@link #discoverSecs} is not -1. */
    public int discoverDestination() {
        return discoverDestination;
    }

    /** The address the DUT's latest REQUEST asked for (option 50, else ciaddr), or 0. */
    public int requestedAddress() {
        return requestedAddress;
    }

    /** Updates the model with a DHCP message between the DUT and a server. */
    public void observe(DecodedFrame f, boolean fromDut) {
        Dhcp d = f.dhcp();
        if (d == null || !d.cookieValid()) {
            return;
        }
        DhcpMessageType type = d.messageType();
        if (type == null) {
            return;
        }
        if (fromDut && d.op() == Dhcp.BOOTREQUEST) {
            if (type == DhcpMessageType.DISCOVER) {
                if (d.xid() != xid) {
                    xid = d.xid();
                    offers.clear();
                }
                discoverSecs = d.secs();
                discoverDestination = f.ipv4() == null ? 0 : f.ipv4().dst();
            } else if (type == DhcpMessageType.REQUEST) {
                // The server answers under the REQUEST's xid, even when the client (wrongly) changed it.
                xid = d.xid();
                int asked = address(d.requestedIp());
                requestedAddress = asked != 0 ? asked : address(d.ciaddr());
            }
            return;
        }
        if (fromDut || d.op() != Dhcp.BOOTREPLY || d.xid() != xid) {
            return;
        }
        switch (type) {
            case OFFER -> offers.add(new Offer(f.frame().number(), d.xid(), address(d.serverId()), address(d.yiaddr())));
            case ACK -> {
                ackFrame = f.frame().number();
                ackTime = f.frame().timestampNanos();
                long lease = d.leaseTime();
                t1Seconds = d.renewalTime() >= 0 ? d.renewalTime() : lease >= 0 ? lease / 2 : -1;
                t2Seconds = d.rebindingTime() >= 0 ? d.rebindingTime() : lease >= 0 ? lease * 7 / 8 : -1;
                leaseAddress = address(d.yiaddr());
                finish();
            }
            case NAK -> {
                ackFrame = -1;
                finish();
            }
            default -> { }
        }
    }

    private void finish() {
        if (!finishedXids.contains(xid)) {
            finishedXids.add(xid);
        }
        xid = -1;
        offers.clear();
        discoverSecs = -1;
    }

    /** An IPv4 address as a number (0 for null). */
    public static int address(java.net.Inet4Address a) {
        if (a == null) {
            return 0;
        }
        byte[] b = a.getAddress();
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }
}
