package dev.wirecheck.check;

/**
 * How to check a capture.
 *
 * @param dutMac        the DUT's MAC address, or null
 * @param dutIp         the DUT's IP address, or null (ignored when {@code dutMac} is given)
 * @param deadlineNanos how long the DUT gets to answer a stimulus
 * @param keepAllFrames captures up to this many frames keep every frame in the result; larger
 *                      ones keep only the frames a verdict names
 */
public record CheckOptions(String dutMac, String dutIp, long deadlineNanos, int keepAllFrames) {
    public static final long DEFAULT_DEADLINE = 1_000_000_000L;
    public static final int DEFAULT_KEEP = 20_000;

    public static CheckOptions defaults() {
        return new CheckOptions(null, null, DEFAULT_DEADLINE, DEFAULT_KEEP);
    }

    public CheckOptions withDut(String mac, String ip) {
        return new CheckOptions(mac, ip, deadlineNanos, keepAllFrames);
    }

    public CheckOptions withDeadline(long nanos) {
        return new CheckOptions(dutMac, dutIp, nanos, keepAllFrames);
    }
}
