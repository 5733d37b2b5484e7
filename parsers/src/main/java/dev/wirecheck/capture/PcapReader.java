package dev.wirecheck.capture;

import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.LinkType;

import java.io.IOException;

/**
 * Classic libpcap files: either byte order, microsecond (0xa1b2c3d4) or nanosecond
 * (0xa1b23c4d) timestamps.
 */
final class PcapReader extends StreamingCaptureReader {
    static final long MAGIC_US = 0xa1b2c3d4L, MAGIC_NS = 0xa1b23c4dL;
    private static final long MAGIC_US_SWAPPED = 0xd4c3b2a1L, MAGIC_NS_SWAPPED = 0x4d3cb2a1L;

    private final boolean bigEndian;
    private final boolean nanos;
    private final int linkTypeNumber;
    private final LinkType linkType;
    private final byte[] record = new byte[16];

    static boolean isMagic(long littleEndianValue) {
        return littleEndianValue == MAGIC_US || littleEndianValue == MAGIC_NS
                || littleEndianValue == MAGIC_US_SWAPPED || littleEndianValue == MAGIC_NS_SWAPPED;
    }

    PcapReader(CountingInput in, String name, byte[] magic) throws IOException {
        super(in, name);
        long le = CountingInput.u32(magic, 0, false);
        this.bigEndian = le == MAGIC_US_SWAPPED || le == MAGIC_NS_SWAPPED;
        this.nanos = le == MAGIC_NS || le == MAGIC_NS_SWAPPED;
        byte[] rest = new byte[20];
        int n = in.readFully(rest, 0, 20);
        if (n < 20) {
            in.close();
            throw new CaptureFormatException(name, 4 + n, 1, "pcap file header cut off (" + (4 + n) + " of 24 bytes)");
        }
        // rest: version major(2) minor(2) thiszone(4) sigfigs(4) snaplen(4) linktype(4)
        long network = CountingInput.u32(rest, 16, bigEndian);
        this.linkTypeNumber = (int) (network & 0x0fffffff); // upper bits: FCS length flags
        this.linkType = LinkType.of(linkTypeNumber);
    }

    @Override
    public Frame next() throws IOException {
        long at = in.position();
        long number = frames + 1;
        int h = in.require(16);
        if (h < 0) {
            int n = in.readFully(record, 0, 16);
            if (n == 0) {
                return null;
            }
            throw new CaptureFormatException(name, at, number, "record header cut off (" + n + " of 16 bytes)");
        }
        byte[] b = in.buffer(); // the header is decoded where it lies
        long sec = CountingInput.u32(b, h, bigEndian);
        long frac = CountingInput.u32(b, h + 4, bigEndian);
        long capLen = CountingInput.u32(b, h + 8, bigEndian);
        long origLen = CountingInput.u32(b, h + 12, bigEndian);
        in.advance(16);
        if (capLen > MAX_FRAME) {
            throw new CaptureFormatException(name, at + 8, number,
                    "record claims " + capLen + " captured bytes, more than any capture holds (" + MAX_FRAME + ")");
        }
        if (frac >= (nanos ? 1_000_000_000L : 1_000_000L)) {
            throw new CaptureFormatException(name, at + 4, number,
                    "sub-second timestamp " + frac + " out of range for " + (nanos ? "nanoseconds" : "microseconds"));
        }
        byte[] data = new byte[(int) capLen];
        int got = in.readFully(data, 0, data.length);
        if (got < data.length) {
            throw new CaptureFormatException(name, at + 16 + got, number,
                    "frame data cut off (" + got + " of " + capLen + " bytes)");
        }
        frames = number;
        long ts = sec * 1_000_000_000L + (nanos ? frac : frac * 1000);
        int orig = (int) Math.min(Integer.MAX_VALUE, Math.max(origLen, capLen));
        return new Frame(data, orig, ts, linkType, linkTypeNumber, number);
    }
}
