package dev.wirecheck.capture;

import java.io.IOException;

/**
 * A capture file is damaged or not a capture file. Says where: the byte offset of the
 * damage and the number of the frame that could not be read. Every frame before it has
 * already been returned by the reader.
 */
public final class CaptureFormatException extends IOException {
    private final String source;
    private final long offset;
    private final long frameNumber;
    private final String reason;

    public CaptureFormatException(String source, long offset, long frameNumber, String reason) {
        super(source + ": " + reason + " at byte " + offset + " (frame " + frameNumber + "; "
                + (frameNumber - 1) + " frame" + (frameNumber == 2 ? "" : "s") + " read before it)");
        this.source = source;
        this.offset = offset;
        this.frameNumber = frameNumber;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** Byte offset in the file where the damage starts. */
    public long offset() {
        return offset;
    }

    /** Number (1-based) of the frame that could not be read. */
    public long frameNumber() {
        return frameNumber;
    }

    public String reason() {
        return reason;
    }
}
