package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;

/**
 * An 802.1Q tag to build, placed after an {@link EthernetRepr} whose type is the TPID
 * (0x8100, or 0x88a8 for an 802.1ad service tag); {@code etherType} is what follows.
 */
public record VlanRepr(int priority, boolean dropEligible, int id, int etherType) implements HeaderRepr {

    public VlanRepr {
        if (priority < 0 || priority > 7 || id < 0 || id > 0xfff) {
            throw new IllegalArgumentException("VLAN priority 0-7 and id 0-4095, got " + priority + "/" + id);
        }
    }

    @Override
    public int headerLength() {
        return Vlan.HEADER;
    }

    @Override
    public void emit(byte[] out, int at, int payloadLength, Emit emit) {
        Bytes.put16(out, at + Vlan.TCI, (priority << 13) | (dropEligible ? 0x1000 : 0) | id);
        Bytes.put16(out, at + Vlan.TYPE, etherType);
    }
}
