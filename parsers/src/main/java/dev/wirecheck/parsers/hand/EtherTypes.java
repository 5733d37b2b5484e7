package dev.wirecheck.parsers.hand;

/** EtherType values (IEEE 802 numbers registry) that wirecheck dissects. */
public final class EtherTypes {
    public static final int IPV4 = 0x0800;
    public static final int ARP = 0x0806;
    public static final int VLAN = 0x8100;
    public static final int IPV6 = 0x86dd;
    public static final int QINQ = 0x88a8;
    /** The pre-standard double-tagging value still sent by some switches. */
    public static final int QINQ_LEGACY = 0x9100;
    /** Values below this are an IEEE 802.3 length, not a type (IEEE 802.3 §3.2.6). */
    public static final int MIN_ETHERTYPE = 0x0600;

    private EtherTypes() {}

    public static boolean isVlanTag(int type) {
        return type == VLAN || type == QINQ || type == QINQ_LEGACY;
    }
}
