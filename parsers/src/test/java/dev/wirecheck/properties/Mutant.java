package dev.wirecheck.properties;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;

import java.util.Arrays;

/**
 * A generated valid frame after some edits: bits flipped, the end cut off, bytes
 * appended. Shrinking drops edits and moves them toward the start of the frame.
 */
public record Mutant(GeneratedFrame original, byte[] bytes, String edits) {

    public static Gen<Mutant> of(Gen<GeneratedFrame> frames) {
        return s -> {
            GeneratedFrame f = frames.generate(s);
            byte[] b = f.bytes();
            StringBuilder how = new StringBuilder();
            int edits = 1 + (int) s.draw(3);
            for (int e = 0; e < edits; e++) {
                switch ((int) s.draw(2)) {
                    case 0 -> {
                        if (b.length > 0) {
                            int at = (int) s.draw(b.length - 1);
                            int bit = (int) s.draw(7);
                            b[at] ^= (byte) (0x80 >>> bit);
                            how.append(" flip byte ").append(at).append(" bit ").append(bit);
                        }
                    }
                    case 1 -> {
                        int keep = (int) s.draw(b.length);
                        b = Arrays.copyOf(b, keep);
                        how.append(" cut to ").append(keep);
                    }
                    default -> {
                        byte[] more = Gens.bytes(1, 64).generate(s);
                        byte[] out = Arrays.copyOf(b, b.length + more.length);
                        System.arraycopy(more, 0, out, b.length, more.length);
                        b = out;
                        how.append(" append ").append(Bytes.hex(more));
                    }
                }
            }
            return new Mutant(f, b, how.toString().trim());
        };
    }

    public Frame frame() {
        return Frame.ethernet(bytes, 0, 1);
    }

    @Override
    public String toString() {
        return edits + " of " + original + "\n    mutant (" + bytes.length + "): "
                + Bytes.hex(bytes, 0, Math.min(bytes.length, 256));
    }
}
