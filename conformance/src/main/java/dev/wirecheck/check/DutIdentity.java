package dev.wirecheck.check;

import java.util.List;

/**
 * The device under test as the checker identified it: its MAC address (text, may be null when
 * only an IP address is known), the IP addresses it was seen to own, and how it was found.
 *
 * @param how         the source of the identity
 * @param explanation one line for a human, e.g. "sent DHCPDISCOVER in frame 1"
 */
public record DutIdentity(String mac, List<String> addresses, How how, String explanation) {

    public DutIdentity {
        addresses = List.copyOf(addresses);
    }

    /** Where the identity came from. */
    public enum How {
        /** {@code --dut-mac} */
        GIVEN_MAC,
        /** {@code --dut-ip} */
        GIVEN_IP,
        /** the station that sent a DHCPDISCOVER */
        DHCP_DISCOVER,
        /** the station that answered the most requests */
        MOST_ANSWERS,
        /** nothing in the capture identifies a device */
        UNKNOWN
    }
}
