package dev.wirecheck.parsers.hand;

/** DHCP message types (option 53, RFC 2132 §9.6) and the BOOTP op each travels in (RFC 2131 §3). */
public enum DhcpMessageType {
    DISCOVER(1, Dhcp.BOOTREQUEST), OFFER(2, Dhcp.BOOTREPLY), REQUEST(3, Dhcp.BOOTREQUEST),
    DECLINE(4, Dhcp.BOOTREQUEST), ACK(5, Dhcp.BOOTREPLY), NAK(6, Dhcp.BOOTREPLY), RELEASE(7, Dhcp.BOOTREQUEST),
    INFORM(8, Dhcp.BOOTREQUEST);

    private final int code;
    private final int op;

    DhcpMessageType(int code, int op) {
        this.code = code;
        this.op = op;
    }

    public int code() {
        return code;
    }

    /** BOOTREQUEST (1) for what clients send, BOOTREPLY (2) for what servers send. */
    public int op() {
        return op;
    }

    /** The type with that code, or null. */
    public static DhcpMessageType of(int code) {
        for (DhcpMessageType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
