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
            dev.wirecheck.rules.arp.ArpRequestAnswered::new,
            dev.wirecheck.rules.arp.ArpReplyFields::new,
            dev.wirecheck.rules.arp.ArpProbeSender::new,
            dev.wirecheck.rules.arp.ArpProbeTargetHardware::new,
            dev.wirecheck.rules.arp.DhcpAddressProbed::new,
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
            dev.wirecheck.rules.icmpv4.ErrorQuoteUnchanged::new,
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
            dev.wirecheck.rules.icmpv6.PortUnreachable6::new,
            // IPv6
            dev.wirecheck.rules.ipv6.Ipv6Version::new,
            dev.wirecheck.rules.ipv6.Ipv6PayloadLength::new,
            dev.wirecheck.rules.ipv6.Ipv6HopByHopFirst::new,
            dev.wirecheck.rules.ipv6.Ipv6SourceNotMulticast::new,
            dev.wirecheck.rules.ipv6.UnknownOptionSkipped::new,
            dev.wirecheck.rules.ipv6.UnknownOptionDiscarded::new,
            dev.wirecheck.rules.ipv6.UnknownOptionProblem::new,
            dev.wirecheck.rules.ipv6.UnknownOptionProblemUnicast::new,
            dev.wirecheck.rules.ipv6.UnknownNextHeader::new,
            // ICMPv6
            dev.wirecheck.rules.icmpv6.Echo6Reply::new,
            dev.wirecheck.rules.icmpv6.Echo6ReplyData::new,
            dev.wirecheck.rules.icmpv6.Echo6ReplySource::new,
            dev.wirecheck.rules.icmpv6.Icmpv6Checksum::new,
            dev.wirecheck.rules.icmpv6.NoError6AboutError::new,
            dev.wirecheck.rules.icmpv6.NoError6AboutMulticast::new,
            dev.wirecheck.rules.icmpv6.NoError6AboutInvalidSource::new,
            dev.wirecheck.rules.icmpv6.ErrorSize::new,
            // NDP
            dev.wirecheck.rules.ndp.NdpHopLimit::new,
            dev.wirecheck.rules.ndp.NdpOptionLength::new,
            dev.wirecheck.rules.ndp.NsAnswered::new,
            dev.wirecheck.rules.ndp.NaSolicitedFlag::new,
            dev.wirecheck.rules.ndp.NaTargetLinkAddress::new,
            dev.wirecheck.rules.ndp.NsHopLimitIgnored::new,
            dev.wirecheck.rules.ndp.NsZeroLengthOptionIgnored::new,
            dev.wirecheck.rules.ndp.NsNoSourceLinkAddressFromUnspecified::new,
            dev.wirecheck.rules.ndp.NsSourceLinkAddressInMulticast::new,
            dev.wirecheck.rules.ndp.RsNoSourceLinkAddressFromUnspecified::new,
            dev.wirecheck.rules.ndp.HostSendsNoRouterAdvertisement::new,
            dev.wirecheck.rules.ndp.DadDestination::new,
            dev.wirecheck.rules.ndp.DadBeforeUse::new,
            // MLD and IGMP
            dev.wirecheck.rules.mcast.IgmpChecksum::new,
            dev.wirecheck.rules.mcast.IgmpTtl::new,
            dev.wirecheck.rules.mcast.IgmpRouterAlert::new,
            dev.wirecheck.rules.mcast.IgmpReportDestination::new,
            dev.wirecheck.rules.mcast.IgmpQueryAnswered::new,
            dev.wirecheck.rules.mcast.MldHopLimit::new,
            dev.wirecheck.rules.mcast.MldRouterAlert::new,
            dev.wirecheck.rules.mcast.MldSource::new,
            dev.wirecheck.rules.mcast.MldReportDestination::new,
            dev.wirecheck.rules.mcast.MldQueryAnswered::new,
            // TCP (stateful: dev.wirecheck.stack.tcp follows the connections)
            dev.wirecheck.rules.tcp.TcpChecksum::new,
            dev.wirecheck.rules.tcp.ClosedPortReset::new,
            dev.wirecheck.rules.tcp.SynAckAcknowledgesIsn::new,
            dev.wirecheck.rules.tcp.MssOnlyOnSyn::new,
            dev.wirecheck.rules.tcp.SegmentWithinMss::new,
            dev.wirecheck.rules.tcp.SendWithinWindow::new,
            dev.wirecheck.rules.tcp.WindowScaleOnlyIfOffered::new,
            dev.wirecheck.rules.tcp.TimestampsWhenNegotiated::new,
            dev.wirecheck.rules.tcp.InWindowResetChallenged::new,
            dev.wirecheck.rules.tcp.OutOfWindowResetDropped::new,
            dev.wirecheck.rules.tcp.SynInSynchronisedChallenged::new,
            dev.wirecheck.rules.tcp.RetransmissionBackoff::new,
            dev.wirecheck.rules.tcp.DelayedAckBound::new,
            dev.wirecheck.rules.tcp.IsnUnpredictable::new,
            dev.wirecheck.rules.tcp.NoDataBeforeEstablished::new,
            dev.wirecheck.rules.tcp.ZeroWindowProbe::new,
            dev.wirecheck.rules.tcp.AckEverySecondSegment::new,
            dev.wirecheck.rules.tcp.FinAcknowledged::new,
            dev.wirecheck.rules.tcp.NothingAfterFin::new,
            dev.wirecheck.rules.tcp.TimeWaitFinReacknowledged::new,
            dev.wirecheck.rules.tcp.UrgentPointer::new,
            dev.wirecheck.rules.LivenessAfterAdversarialStimulus::new,
            // DHCPv4 client (dev.wirecheck.stack.dhcp models it)
            dev.wirecheck.rules.dhcp.FlagsReservedZero::new,
            dev.wirecheck.rules.dhcp.RequestAfterOffer::new,
            dev.wirecheck.rules.dhcp.RequestKeepsOfferXid::new,
            dev.wirecheck.rules.dhcp.RenewalFields::new,
            dev.wirecheck.rules.dhcp.FreshXid::new,
            dev.wirecheck.rules.dhcp.RequestSecsOfDiscover::new,
            dev.wirecheck.rules.dhcp.ClientHeaderFields::new,
            dev.wirecheck.rules.dhcp.NoUseBeforeAck::new,
            dev.wirecheck.rules.dhcp.ForeignOfferIgnored::new,
            dev.wirecheck.rules.dhcp.NakRestarts::new,
            dev.wirecheck.rules.dhcp.DeclineOnConflict::new,
            dev.wirecheck.rules.dhcp.RenewAtT1::new,
            dev.wirecheck.rules.dhcp.RebindAtT2::new,
            // DNS client
            dev.wirecheck.rules.dns.OneQuestion::new,
            dev.wirecheck.rules.dns.QueryIdAndPortUnpredictable::new,
            dev.wirecheck.rules.dns.RecursionDesired::new,
            dev.wirecheck.rules.dns.ResponseMatching::new,
            dev.wirecheck.rules.dns.RetransmissionInterval::new
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
