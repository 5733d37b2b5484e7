package dev.wirecheck.check;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.stack.DutAddresses;
import dev.wirecheck.stack.LongMap;
import dev.wirecheck.stack.Net;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * The walk before the check: finds the DUT (named by MAC or IP, else the station that sends
 * DHCPDISCOVER, else the one that answers the most requests) and the addresses it owns, with
 * when it came to own them.
 *
 * <p>When the DUT is to be inferred, one walk both infers it and profiles every station it might be
 * ({@link StationProfile}); a DUT named by MAC has only its own profile made.
 *
 * <p>It reads frames with {@link Dissector#structureOnly()}: it looks only at layers, addresses
 * and message types, never at malformations, so it need not sum any checksum (that was two
 * thirds of its time on full-size segments; the check's own walk verifies every one).
 */
public final class DutSurvey {
    private DutSurvey() {
    }

    public static DutProfile survey(FrameSource frames, String dutMac, String dutIp) throws IOException {
        if (dutMac != null) {
            long mac = MacAddress.parse(dutMac).bits();
            return profile(frames, mac, DutIdentity.How.GIVEN_MAC, "given with --dut-mac");
        }
        if (dutIp != null) {
            InetAddress ip = IpAddresses.parse(dutIp);
            long mac = macOfIp(frames, ip.getAddress());
            if (mac < 0) {
                DutAddresses only = new DutAddresses();
                byte[] a = ip.getAddress();
                if (ip instanceof Inet4Address) {
                    only.addV4((int) Bytes.u32(a, 0), Long.MIN_VALUE);
                } else {
                    only.addV6(Net.hi(a, 0), Net.lo(a, 0), Long.MIN_VALUE);
                }
                return new DutProfile(-1, only, false, DutIdentity.How.GIVEN_IP,
                        "given with --dut-ip; no frame from " + dutIp + " names its MAC");
            }
            return profile(frames, mac, DutIdentity.How.GIVEN_IP, "given with --dut-ip " + dutIp);
        }
        Stations stations = walk(frames, ANY_STATION);
        if (stations.discoverer >= 0) {
            return stations.profile(frames, stations.discoverer, DutIdentity.How.DHCP_DISCOVER,
                    "inferred: it sent the DHCPDISCOVER in frame " + stations.discoverFrame);
        }
        long best = -1;
        int most = 0;
        for (Map.Entry<Long, Integer> e : stations.answers.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey() < best)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        if (best < 0) {
            return new DutProfile(-1, new DutAddresses(), false, DutIdentity.How.UNKNOWN,
                    "no station sends DHCPDISCOVER or answers a request; name the DUT with --dut-mac or --dut-ip");
        }
        return stations.profile(frames, best, DutIdentity.How.MOST_ANSWERS,
                "inferred: it answered the most requests (" + most + (most == 1 ? " answer)" : " answers)"));
    }

    /** ARP replies, echo replies, neighbour advertisements, SYN-ACKs, resets and ICMP errors. */
    private static boolean isAnswer(DecodedFrame f) {
        Arp arp = f.arp();
        if (arp != null) {
            return arp.opcode() == Arp.REPLY;
        }
        Icmpv4 i4 = f.icmpv4();
        if (i4 != null) {
            return i4.type() == Icmpv4.ECHO_REPLY || i4.isError();
        }
        Icmpv6 i6 = f.icmpv6();
        if (i6 != null) {
            return i6.type() == Icmpv6.ECHO_REPLY || i6.type() == Icmpv6.NEIGHBOR_ADVERTISEMENT || i6.quotesPacket();
        }
        Tcp t = f.tcp();
        return t != null && ((t.flags() & 0x12) == 0x12 || (t.flags() & 0x04) != 0);
    }

    private static long macOfIp(FrameSource frames, byte[] ip) throws IOException {
        Dissector d = Dissector.structureOnly();
        long[] found = {-1};
        frames.forEach(frame -> {
            if (found[0] >= 0) {
                return;
            }
            DecodedFrame f = d.dissect(frame);
            if (f.ethernet() == null) {
                return;
            }
            byte[] b = f.bytes();
            boolean match = false;
            if (ip.length == 4 && f.ipv4() != null) {
                match = Bytes.equal(b, f.ipv4().srcOffset(), ip, 0, 4);
            } else if (ip.length == 4 && f.arp() != null && f.arp().isEthernetIpv4()) {
                match = Bytes.equal(b, f.arp().senderProtoOffset(), ip, 0, 4);
            } else if (ip.length == 16 && f.ipv6() != null) {
                match = Bytes.equal(b, f.ipv6().srcOffset(), ip, 0, 16);
            }
            if (match) {
                found[0] = Net.mac(b, f.ethernet().srcOffset());
            }
        });
        return found[0];
    }

    /** Collects the addresses the DUT with this MAC uses, and when it came to own each. */
    static DutProfile profile(FrameSource frames, long mac, DutIdentity.How how, String why) throws IOException {
        return walk(frames, mac).station(mac).profile(how, why);
    }

    /** {@link #walk}'s argument when the DUT is not known: every station is profiled. */
    private static final long ANY_STATION = -1;

    /**
     * Stations profiled at most in one walk when the DUT is not known: a capture shows a handful,
     * a flood from random MACs could show millions. A DUT first seen after this many others is
     * profiled by a walk of its own.
     */
    static final int MOST_STATIONS = 256;

    /**
     * One walk over the capture that profiles the station {@code only} or, with
     * {@link #ANY_STATION}, every station (up to {@link #MOST_STATIONS}) while it finds who sent the
     * first DHCPDISCOVER and who answered how many requests: when the DUT is inferred, its profile
     * is then ready without walking the capture a second time.
     */
    private static Stations walk(FrameSource frames, long only) throws IOException {
        Dissector d = Dissector.structureOnly();
        Stations stations = new Stations(only);
        frames.forEach(frame -> {
            DecodedFrame f = d.dissect(frame);
            if (f.ethernet() == null) {
                return;
            }
            long src = Net.mac(f.bytes(), f.ethernet().srcOffset());
            StationProfile sender = stations.station(src);
            if (sender != null) {
                sender.sent(f, frame.timestampNanos());
            }
            long dst = Net.mac(f.bytes(), f.ethernet().dstOffset());
            StationProfile receiver = dst == src ? null : stations.station(dst);
            if (receiver != null) {
                receiver.addressedBy(f);
            }
            if (only == ANY_STATION) {
                if (stations.discoverer < 0 && Dhcp.messageType(f) == Dhcp.DISCOVER && Dhcp.fromClient(f)) {
                    stations.discoverer = src;
                    stations.discoverFrame = frame.number();
                }
                if (isAnswer(f)) {
                    stations.answers.merge(src, 1, Integer::sum);
                }
            }
        });
        return stations;
    }

    /** What one walk found: the stations it profiled, by MAC, and who is likely the DUT. */
    private static final class Stations {
        private final long only;
        private final LongMap<StationProfile> byMac = new LongMap<>();
        final Map<Long, Integer> answers = new HashMap<>();
        long discoverer = -1;
        long discoverFrame;

        Stations(long only) {
            this.only = only;
        }

        /**
         * The station's profile, made when first seen; null for a station this walk does not
         * profile: not the one asked for, or, when any is, a group address (broadcast and
         * multicast destinations take no slot) or one past {@link #MOST_STATIONS}.
         */
        StationProfile station(long mac) {
            if (only == ANY_STATION ? MacAddress.isGroup(mac) : mac != only) {
                return null;
            }
            StationProfile p = byMac.get(mac);
            if (p == null && byMac.size() < MOST_STATIONS) {
                p = new StationProfile(mac);
                byMac.put(mac, p);
            }
            return p;
        }

        /** The DUT with this MAC: from this walk when it profiled the station, else from a walk of its own. */
        DutProfile profile(FrameSource frames, long mac, DutIdentity.How how, String why) throws IOException {
            StationProfile p = byMac.get(mac);
            return p != null ? p.profile(how, why) : walk(frames, mac).station(mac).profile(how, why);
        }
    }
}
