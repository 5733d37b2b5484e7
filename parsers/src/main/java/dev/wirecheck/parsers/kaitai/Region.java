package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;
import io.kaitai.struct.KaitaiStream;

import java.nio.BufferUnderflowException;
import java.util.function.Function;

/**
 * Runs one generated parser over a window of the frame and turns its failure into a
 * malformation. Kaitai signals a structure that does not fit with its own errors and with
 * plain JDK exceptions that the runtime lets escape; all of them mean the same here: the
 * bytes end (or a size points) before the structure the header announces.
 */
final class Region {
    private Region() {}

    /**
     * Parses {@code [at, at + length)} of {@code frame}; null (with a malformation at the
     * frame offset where the failing read stood) when the parse fails.
     */
    static <T> T parse(byte[] frame, int at, int length, Function<KaitaiStream, T> parser, Problems problems,
                       String layer, MalformationCode code, String what) {
        BoundedStream io = new BoundedStream(frame, at, Math.max(0, length));
        try {
            return parser.apply(io);
        } catch (KaitaiStream.KaitaiStructError | BufferUnderflowException | IllegalArgumentException
                 | NegativeArraySizeException | IndexOutOfBoundsException e) {
            problems.add(layer, at + io.pos(), code, what + " does not fit in the " + length + " bytes present ("
                    + e.getClass().getSimpleName() + ")");
            return null;
        }
    }
}
