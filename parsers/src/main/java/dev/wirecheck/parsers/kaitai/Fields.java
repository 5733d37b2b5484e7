package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Field;

/**
 * Fields made from the byte arrays the generated parsers return (they are copies, so
 * the frame offset is given separately), formatted as the hand-written family does.
 */
final class Fields {
    private Fields() {}

    static Field mac(String name, byte[] v, int offset) {
        return Field.text(name, Bytes.mac(v, 0), offset, 6);
    }

    static Field ipv4(String name, byte[] v, int offset) {
        return Field.text(name, Bytes.ipv4(v, 0), offset, 4);
    }

    static Field ipv6(String name, byte[] v, int offset) {
        return Field.text(name, Bytes.ipv6(v, 0), offset, 16);
    }

    static Field bytes(String name, byte[] v, int offset) {
        return new Field(name, Bytes.hexColon(v, 0, v.length), offset, v.length, Field.Base.BYTES);
    }
}
