package dev.wirecheck.live.replay;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The lwIP captures in ../shared and the live addresses the tests replay them to. */
final class Captures {
    static final MacAddress CAPTURED_DUT = MacAddress.parse("02:00:00:00:00:01");
    static final MacAddress LIVE_DUT = MacAddress.parse("02:00:00:00:00:0a");

    private Captures() {}

    static Path lwip(String name) throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("../shared/captures/lwip"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IOException("../shared/captures/lwip not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("../shared/captures/lwip").resolve(name).normalize();
    }

    static List<Frame> read(String name) throws IOException {
        return CaptureReader.readAll(lwip(name));
    }

    static ReplayOptions liveOptions() {
        return new ReplayOptions(LIVE_DUT,
                List.of(IpAddresses.parse("192.0.2.10"), IpAddresses.parse("2001:db8:10::ff:fe00:a")),
                ReplayOptions.DEFAULT_PEER_MAC,
                List.of(IpAddresses.parse("192.0.2.99"), IpAddresses.parse("2001:db8:10::99")),
                null, true, 0, 0);
    }
}
