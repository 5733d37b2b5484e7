package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Octets;

import java.util.ArrayList;
import java.util.List;

/**
 * Stacks {@link HeaderRepr}s and a payload into one frame's bytes, computing every
 * length and (unless told not to) every checksum:
 *
 * <pre>{@code
 * byte[] frame = FrameBuilder.of(eth, ipv4, udp).payload(dnsBytes).build();
 * }</pre>
 */
public final class FrameBuilder {
    private final List<HeaderRepr> headers = new ArrayList<>();
    private byte[] payload = new byte[0];
    private Emit emit = Emit.DEFAULT;
    private int minimumLength;

    public static FrameBuilder of(HeaderRepr... stack) {
        FrameBuilder fb = new FrameBuilder();
        for (HeaderRepr h : stack) {
            fb.then(h);
        }
        return fb;
    }

    public FrameBuilder then(HeaderRepr header) {
        headers.add(header);
        return this;
    }

    public FrameBuilder payload(byte[] bytes) {
        this.payload = bytes.clone();
        return this;
    }

    public FrameBuilder payload(Octets bytes) {
        this.payload = bytes.toByteArray();
        return this;
    }

    public FrameBuilder emit(Emit how) {
        this.emit = how;
        return this;
    }

    /** Pads the frame with zero bytes to at least this length (60 for Ethernet without FCS). */
    public FrameBuilder padTo(int length) {
        this.minimumLength = length;
        return this;
    }

    public byte[] build() {
        int n = headers.size();
        int[] at = new int[n + 1];
        for (int i = 0; i < n; i++) {
            at[i + 1] = at[i] + headers.get(i).headerLength();
        }
        int contentLength = at[n] + payload.length;
        byte[] out = new byte[Math.max(contentLength, minimumLength)];
        for (int i = 0; i < n; i++) {
            headers.get(i).emit(out, at[i], contentLength - at[i + 1], emit);
        }
        System.arraycopy(payload, 0, out, at[n], payload.length);
        for (int i = n - 1; i >= 0; i--) {
            IpRepr ip = null;
            int ipAt = -1;
            for (int j = i - 1; j >= 0; j--) {
                if (headers.get(j) instanceof IpRepr candidate) {
                    ip = candidate;
                    ipAt = at[j];
                    break;
                }
            }
            headers.get(i).seal(out, at[i], contentLength - at[i], ip, ipAt, emit);
        }
        return out;
    }
}
