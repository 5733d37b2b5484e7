package dev.wirecheck.wire;

/**
 * The link-layer header types wirecheck reads (tcpdump.org/linktypes.html numbers).
 * {@code RAW} covers LINKTYPE_RAW (101) and the DLT_RAW aliases 12 and 14.
 */
public enum LinkType {
    EN10MB(1),
    RAW(101),
    LINUX_SLL(113),
    LINUX_SLL2(276),
    IPV4(228),
    IPV6(229),
    /** Anything else: frames are kept, not dissected beyond a malformation saying so. */
    OTHER(-1);

    private final int number;

    LinkType(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static LinkType of(int number) {
        switch (number) {
            case 1: return EN10MB;
            case 12: case 14: case 101: return RAW;
            case 113: return LINUX_SLL;
            case 276: return LINUX_SLL2;
            case 228: return IPV4;
            case 229: return IPV6;
            default: return OTHER;
        }
    }
}
