package dev.wirecheck.wire;

import java.util.Arrays;

/**
 * One captured frame: its bytes (starting at index 0 of {@code data}), when it was seen,
 * its link type and its 1-based number in the capture.
 *
 * @param data          the captured bytes; the frame owns the array
 * @param originalLength length on the wire (can exceed {@code data.length} when the
 *                       capture was cut by a snap length)
 * @param timestampNanos nanoseconds since the Unix epoch
 * @param linkTypeNumber the raw link-type number from the file (kept for unknown types)
 */
public record Frame(byte[] data, int originalLength, long timestampNanos, LinkType linkType,
                    int linkTypeNumber, long number) {

    public static Frame ethernet(byte[] data, long timestampNanos, long number) {
        return new Frame(data, data.length, timestampNanos, LinkType.EN10MB, 1, number);
    }

    public int length() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && Arrays.equals(data, f.data) && originalLength == f.originalLength
                && timestampNanos == f.timestampNanos && linkTypeNumber == f.linkTypeNumber && number == f.number;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + Long.hashCode(number);
    }

    @Override
    public String toString() {
        return "Frame#" + number + "(" + data.length + " bytes, " + linkType + ")";
    }
}
