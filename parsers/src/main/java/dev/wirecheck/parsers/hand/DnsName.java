package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;

import java.nio.charset.StandardCharsets;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.LIMIT;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * Reads a domain name in place (RFC 1035 §3.1 labels, §4.1.4 compression), safe by
 * construction: a compression pointer is followed only backwards ("a prior occurrence")
 * and never into a stretch of the name already read, at most {@link #MAX_POINTERS} are
 * followed, and the name may not grow past 255 octets (RFC 1035 §2.3.4). A name therefore
 * costs at most {@link #MAX_STEPS} steps whatever the bytes say, and {@link #steps()}
 * counts them so tests can prove it without a clock.
 *
 * <p>One instance is reused from name to name; reading allocates nothing, only
 * {@link #text} does.
 */
public final class DnsName {
    /** Pointers followed per name; the Kaitai spec's {@code max_depth} is the same. */
    public static final int MAX_POINTERS = 16;
    /** RFC 1035 §2.3.4: labels of 63 octets or less, names of 255 octets or less. */
    public static final int MAX_LABEL = 63, MAX_NAME = 255;
    /** The DNS header precedes every name; a pointer into it is never valid (RFC 1035 §4.1.1). */
    static final int HEADER = 12;
    /**
     * Steps one name can take: 127 labels of at least 2 octets fit in 255 (one more is
     * refused), 16 pointers are followed (one more is refused), and the root label.
     */
    public static final int MAX_STEPS = (MAX_NAME / 2 + 1) + (MAX_POINTERS + 1) + 1;

    public static final MalformationCode TRUNCATED_NAME = Code.of("dns", "truncated", TRUNCATED);
    public static final MalformationCode POINTER_LOOP = Code.of("dns", "pointer-loop", LIMIT);
    public static final MalformationCode FORWARD_POINTER = Code.of("dns", "pointer-forward", BAD_VALUE);
    public static final MalformationCode POINTER_PAST_END = Code.of("dns", "pointer-past-end", TRUNCATED);
    public static final MalformationCode POINTER_INTO_HEADER = Code.of("dns", "pointer-into-header", BAD_VALUE);
    public static final MalformationCode POINTER_LIMIT = Code.of("dns", "pointer-hops-exceeded", LIMIT);
    public static final MalformationCode LABEL_TOO_LONG = Code.of("dns", "label-too-long", BAD_LENGTH);
    public static final MalformationCode RESERVED_LABEL = Code.of("dns", "reserved-label-type", BAD_VALUE);
    public static final MalformationCode NAME_TOO_LONG = Code.of("dns", "name-too-long", BAD_LENGTH);

    private byte[] b;
    private int msgStart;
    private int at;
    private int wireLength;
    private int labels;
    private int octets;
    private boolean complete;
    private long steps;
    private long pointers;
    private long reads;
    /** The stretches read so far of the current name, [start, pointer offset] for each, for loop detection. */
    private final int[] segments = new int[2 * (MAX_POINTERS + 1)];

    /**
     * Reads the name at {@code at} of the message {@code [msgStart, msgEnd)}. Returns the
     * bytes it occupies in place (up to and including its root label or first pointer), or
     * -1 when not even that is known; a malformation after a pointer still returns the
     * in-place length, with {@link #complete()} false.
     */
    public int read(byte[] bytes, int msgStart, int msgEnd, int at, String layer, Problems problems) {
        return read(bytes, msgStart, msgEnd, at, msgEnd, layer, problems);
    }

    /**
     * Reads a name that must lie in place before {@code inPlaceEnd}: a name inside a record's RDATA,
     * whose in-place labels and first pointer belong to the RDLENGTH octets (RFC 1035 §3.2.1, §3.3);
     * the names its pointers lead to may lie anywhere earlier in the message.
     */
    public int read(byte[] bytes, int msgStart, int msgEnd, int at, int inPlaceEnd, String layer, Problems problems) {
        this.b = bytes;
        this.msgStart = msgStart;
        this.at = at;
        wireLength = -1;
        labels = 0;
        octets = 1;
        complete = false;
        int pos = at;
        int segmentStart = at;
        int hops = 0;
        reads++;
        while (true) {
            steps++;
            int end = hops == 0 ? Math.min(inPlaceEnd, msgEnd) : msgEnd;
            if (pos >= end) {
                problems.add(layer, pos, TRUNCATED_NAME, "the name at " + (at - msgStart) + " runs past " + whose(end, msgEnd));
                return wireLength;
            }
            int len = b[pos] & 0xff;
            switch (len >>> 6) {
                case 0 -> {
                    if (len == 0) {
                        if (wireLength < 0) {
                            wireLength = pos + 1 - at;
                        }
                        complete = true;
                        return wireLength;
                    }
                    if (pos + 1 + len > end) {
                        problems.add(layer, pos, TRUNCATED_NAME, "a label of " + len + " octets runs past "
                                + whose(end, msgEnd));
                        return wireLength;
                    }
                    octets += 1 + len;
                    if (octets > MAX_NAME) {
                        problems.add(layer, at, NAME_TOO_LONG, "the name exceeds 255 octets (RFC 1035 §2.3.4)");
                        return wireLength;
                    }
                    labels++;
                    pos += 1 + len;
                }
                case 1 -> {
                    problems.add(layer, pos, LABEL_TOO_LONG, "label length " + len + " exceeds 63 (RFC 1035 §2.3.4;"
                            + " 0b01 is the extended label type RFC 6891 §5 retired)");
                    return wireLength;
                }
                case 2 -> {
                    problems.add(layer, pos, RESERVED_LABEL, "label type 0b10 is reserved (RFC 1035 §4.1.4)");
                    return wireLength;
                }
                default -> {
                    if (pos + 2 > end) {
                        problems.add(layer, pos, TRUNCATED_NAME, "a compression pointer is cut short by the end of "
                                + whose(end, msgEnd));
                        return wireLength;
                    }
                    if (wireLength < 0) {
                        wireLength = pos + 2 - at;
                    }
                    int target = ((len & 0x3f) << 8) | (b[pos + 1] & 0xff);
                    int to = msgStart + target;
                    if (to >= msgEnd) {
                        problems.add(layer, pos, POINTER_PAST_END, "pointer to " + target + " beyond the message of "
                                + (msgEnd - msgStart) + " bytes");
                        return wireLength;
                    }
                    if (target < HEADER) {
                        problems.add(layer, pos, POINTER_INTO_HEADER, "pointer to " + target + " inside the header");
                        return wireLength;
                    }
                    segments[2 * hops] = segmentStart;
                    segments[2 * hops + 1] = pos;
                    if (visited(to, hops)) {
                        problems.add(layer, pos, POINTER_LOOP, "pointer to " + target + " leads back into the name being"
                                + " read: a loop");
                        return wireLength;
                    }
                    if (to > pos) {
                        problems.add(layer, pos, FORWARD_POINTER, "pointer to " + target + " points forward; RFC 1035"
                                + " §4.1.4 points to a prior occurrence");
                        return wireLength;
                    }
                    if (hops == MAX_POINTERS) {
                        problems.add(layer, pos, POINTER_LIMIT, "more than " + MAX_POINTERS + " pointers in one name");
                        return wireLength;
                    }
                    hops++;
                    pointers++;
                    segmentStart = to;
                    pos = to;
                }
            }
        }
    }

    private static String whose(int end, int msgEnd) {
        return end < msgEnd ? "its record's RDATA (RDLENGTH, RFC 1035 §3.2.1)" : "the message";
    }

    /** Whether {@code to} lies in a stretch of this name already read: segments 0..last. */
    private boolean visited(int to, int last) {
        for (int k = 0; k <= last; k++) {
            if (to >= segments[2 * k] && to <= segments[2 * k + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Pointers followed by this reader since it was made (across all names). */
    public long pointers() {
        return pointers;
    }

    /** Names read by this reader since it was made. */
    public long reads() {
        return reads;
    }

    /** Whether the last name read ended with its root label, every pointer followed. */
    public boolean complete() {
        return complete;
    }

    public int labels() {
        return labels;
    }

    /**
     * The label count Wireshark shows as {@code dns.count.labels}: it counts the parts of the
     * name as displayed, so the root name ("&lt;Root&gt;") counts as one.
     */
    public static int shownLabels(int labels) {
        return labels == 0 ? 1 : labels;
    }

    /** Octets of the uncompressed name in wire form, root label included. */
    public int octets() {
        return octets;
    }

    /** Steps taken by this reader since it was made: one per label or pointer. */
    public long steps() {
        return steps;
    }

    /**
     * The last name read as text ({@code www.example.test}, tshark's {@code <Root>} for the
     * root): its labels, up to where reading stopped.
     */
    public String text() {
        if (labels == 0) {
            return "<Root>";
        }
        StringBuilder s = new StringBuilder(octets);
        int pos = at;
        for (int n = 0; n < labels; ) {
            int len = b[pos] & 0xff;
            if (len >= 0xc0) {
                pos = msgStart + (((len & 0x3f) << 8) | (b[pos + 1] & 0xff));
                continue;
            }
            if (n > 0) {
                s.append('.');
            }
            s.append(new String(b, pos + 1, len, StandardCharsets.ISO_8859_1));
            pos += 1 + len;
            n++;
        }
        return s.toString();
    }
}
