package dev.wirecheck.capture;

import java.io.IOException;

/**
 * What the pcap and pcapng readers have in common: a counting input they stream from, the
 * file name their errors cite, and the number of frames returned so far (the frame number
 * a {@link CaptureFormatException} names is the one after it).
 */
abstract class StreamingCaptureReader implements CaptureReader {
    protected final CountingInput in;
    protected final String name;
    protected long frames;

    StreamingCaptureReader(CountingInput in, String name) {
        this.in = in;
        this.name = name;
    }

    @Override
    public final long framesRead() {
        return frames;
    }

    @Override
    public final long position() {
        return in.position();
    }

    @Override
    public final void close() throws IOException {
        in.close();
    }
}
