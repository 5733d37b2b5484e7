package dev.wirecheck.live.replay;

import dev.wirecheck.wire.IpAddresses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The device and the stimuli of the lwIP captures, against the counts in their MANIFEST.md. */
class CaptureRolesTest {

    @ParameterizedTest
    @CsvSource({
            // file, frames total, frames from the DUT (MANIFEST.md "frames:" lines)
            "02-ping.pcap, 23, 12",
            "04-http-small.pcap, 10, 5",
            "05-http-download.pcap, 1966, 1393",
            "06-udp-echo.pcap, 17, 9",
            "07-ping6-linklocal.pcap, 13, 7",
            "09-tcp-closed-port.pcap, 5, 3",
            "10-udp-closed-port.pcap, 9, 5"})
    void deviceIsRecognisedAndEveryOtherFrameIsAStimulus(String file, int total, int fromDut) throws IOException {
        CaptureRoles roles = CaptureRoles.of(Captures.read(file), null);
        assertEquals(Captures.CAPTURED_DUT, roles.dut());
        assertEquals(fromDut, roles.dutFrames().size());
        assertEquals(total - fromDut, roles.stimuli().size());
    }

    @ParameterizedTest
    @CsvSource({"02-ping.pcap, 192.0.2.100, 192.0.2.1", "08-ping6-global.pcap, 2001:db8:77::ff:fe00:1, 2001:db8:77::1"})
    void addressesOfDeviceAndPeer(String file, String device, String peer) throws IOException {
        CaptureRoles roles = CaptureRoles.of(Captures.read(file), null);
        assertTrue(roles.dutAddresses().contains(IpAddresses.parse(device)), roles.dutAddresses().toString());
        assertTrue(roles.peerAddresses().contains(IpAddresses.parse(peer)), roles.peerAddresses().toString());
    }
}
