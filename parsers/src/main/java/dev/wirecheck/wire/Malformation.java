package dev.wirecheck.wire;

/**
 * A defect found while parsing, in the spirit of Wireshark's expert info: which layer,
 * where in the frame, what kind, and a sentence for people.
 *
 * @param offset byte offset from the start of the frame
 */
public record Malformation(String layer, int offset, MalformationCode code, String message) {

    public String id() {
        return code.id();
    }

    @Override
    public String toString() {
        return code.id() + " @" + offset + ": " + message;
    }
}
