package dev.wirecheck.parsers.hand;

/** IANA Assigned Internet Protocol Numbers that wirecheck dissects or recognises. */
public final class IpProtocols {
    public static final int HOPOPT = 0;
    public static final int ICMP = 1;
    public static final int IGMP = 2;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int IPV6_ROUTE = 43;
    public static final int IPV6_FRAG = 44;
    public static final int ESP = 50;
    public static final int AH = 51;
    public static final int ICMPV6 = 58;
    public static final int IPV6_NONXT = 59;
    public static final int IPV6_OPTS = 60;

    private IpProtocols() {}
}
