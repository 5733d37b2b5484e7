package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.MacAddress;

/** An Ethernet II header to build. */
public record EthernetRepr(MacAddress dst, MacAddress src, int etherType) implements HeaderRepr {

    @Override
    public int headerLength() {
        return Ethernet.HEADER;
    }

    @Override
    public void emit(byte[] out, int at, int payloadLength, Emit emit) {
        dst.write(out, at + Ethernet.DST);
        src.write(out, at + Ethernet.SRC);
        Bytes.put16(out, at + Ethernet.TYPE, etherType);
    }
}
