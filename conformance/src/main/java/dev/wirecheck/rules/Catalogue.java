package dev.wirecheck.rules;

import dev.wirecheck.check.RuleInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every conformance rule wirecheck knows, in the order reports list them (by protocol, from
 * the link up). A rule keeps state during a check, so each check gets fresh instances.
 */
public final class Catalogue {
    private static final List<Supplier<ConformanceRule>> RULES = List.of(
            // ARP
            // IPv4
            dev.wirecheck.rules.ipv4.Ipv4Version::new,
            dev.wirecheck.rules.ipv4.Ipv4HeaderLength::new,
            dev.wirecheck.rules.ipv4.Ipv4TotalLength::new,
            dev.wirecheck.rules.ipv4.Ipv4HeaderChecksum::new,
            dev.wirecheck.rules.ipv4.Ipv4ReservedFlag::new,
            dev.wirecheck.rules.ipv4.Ipv4OptionPadding::new,
            dev.wirecheck.rules.ipv4.Ipv4TtlNotZero::new,
            dev.wirecheck.rules.ipv4.Ipv4SourceAddress::new,
            dev.wirecheck.rules.ipv4.Ipv4SourceNotLoopback::new,
            dev.wirecheck.rules.ipv4.Ipv4ZeroSource::new,
            dev.wirecheck.rules.ipv4.Ipv4FragmentAlignment::new,
            dev.wirecheck.rules.ipv4.Ipv4IdentificationUnique::new,
            dev.wirecheck.rules.ipv4.Ipv4BadChecksumDiscarded::new,
            dev.wirecheck.rules.ipv4.Ipv4BadVersionDiscarded::new,
            dev.wirecheck.rules.ipv4.Ipv4Reassembly576::new,
            dev.wirecheck.rules.ipv4.Ipv4ReassemblyLarge::new,
            // ICMPv4
            dev.wirecheck.rules.icmpv4.EchoReply::new,
            dev.wirecheck.rules.icmpv4.EchoReplyIdentifiers::new,
            dev.wirecheck.rules.icmpv4.EchoReplyData::new,
            dev.wirecheck.rules.icmpv4.EchoReplySource::new,
            dev.wirecheck.rules.icmpv4.Icmpv4Checksum::new,
            dev.wirecheck.rules.icmpv4.Icmpv4ErrorQuote::new,
            dev.wirecheck.rules.icmpv4.NoErrorAboutError::new,
            dev.wirecheck.rules.icmpv4.NoErrorAboutBroadcast::new,
            dev.wirecheck.rules.icmpv4.NoErrorAboutFragment::new,
            dev.wirecheck.rules.icmpv4.NoErrorAboutInvalidSource::new,
            // UDP
            dev.wirecheck.rules.udp.UdpChecksum::new,
            dev.wirecheck.rules.udp.UdpLength::new,
            dev.wirecheck.rules.udp.UdpZeroChecksumIpv6::new,
            dev.wirecheck.rules.udp.UdpBadChecksumDiscarded::new,
            dev.wirecheck.rules.udp.UdpZeroChecksumIpv6Discarded::new,
            dev.wirecheck.rules.icmpv4.PortUnreachable::new,
            // IPv6
            dev.wirecheck.rules.ipv6.Ipv6Version::new,
            dev.wirecheck.rules.ipv6.Ipv6PayloadLength::new,
            dev.wirecheck.rules.ipv6.Ipv6HopByHopFirst::new,
            // ICMPv6
            dev.wirecheck.rules.icmpv6.Icmpv6Checksum::new,
            // NDP
            dev.wirecheck.rules.ndp.NdpOptionLength::new,
            // MLD and IGMP
            dev.wirecheck.rules.mcast.IgmpChecksum::new
    );

    private Catalogue() {
    }

    /** Fresh instances of every rule, for one check. */
    public static List<ConformanceRule> newRules() {
        List<ConformanceRule> out = new ArrayList<>(RULES.size());
        for (Supplier<ConformanceRule> s : RULES) {
            out.add(s.get());
        }
        return out;
    }

    /** The citations of every rule, in catalogue order. */
    public static List<RuleInfo> infos() {
        return newRules().stream().map(ConformanceRule::info).toList();
    }
}
