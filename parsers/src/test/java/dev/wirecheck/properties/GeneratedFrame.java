package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Octets;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole Ethernet frame as records: the headers {@link FrameBuilder} stacks, the bytes
 * after the last header, and the length the frame is padded to with zeros (60, the
 * Ethernet minimum without FCS, or 0 for no padding).
 */
public record GeneratedFrame(List<HeaderRepr> headers, Octets payload, int padTo) {
    public GeneratedFrame {
        headers = List.copyOf(headers);
    }

    /** The frame's bytes, every length and checksum computed by the builders. */
    public byte[] bytes() {
        return builder().build();
    }

    FrameBuilder builder() {
        FrameBuilder fb = new FrameBuilder();
        for (HeaderRepr h : headers) {
            fb.then(h);
        }
        return fb.payload(payload).padTo(padTo);
    }

    public Frame frame() {
        return Frame.ethernet(bytes(), 0, 1);
    }

    /** Bytes of headers and payload, without the padding. */
    public int contentLength() {
        int n = payload.length();
        for (HeaderRepr h : headers) {
            n += h.headerLength();
        }
        return n;
    }

    /** The same frame with one header replaced (for tests that break a builder on purpose). */
    public GeneratedFrame withHeader(int index, HeaderRepr header) {
        List<HeaderRepr> copy = new ArrayList<>(headers);
        copy.set(index, header);
        return new GeneratedFrame(copy, payload, padTo);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (HeaderRepr h : headers) {
            s.append(h).append(" / ");
        }
        s.append("payload ").append(payload).append(" pad ").append(padTo);
        byte[] b = bytes();
        s.append("\n    bytes (").append(b.length).append("): ").append(Bytes.hex(b, 0, Math.min(b.length, 256)));
        return s.toString();
    }
}
