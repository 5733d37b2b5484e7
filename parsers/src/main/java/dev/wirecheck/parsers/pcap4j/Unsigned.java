package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.IpAddresses;
import org.pcap4j.packet.namednumber.NamedNumber;

import java.net.InetAddress;

/** pcap4j hands out Java's signed bytes, shorts and ints, and addresses as objects: these read them as the wire means them. */
final class Unsigned {
    private Unsigned() {}

    static int u8(byte v) {
        return v & 0xff;
    }

    static int u16(short v) {
        return v & 0xffff;
    }

    static long u32(int v) {
        return v & 0xffffffffL;
    }

    /** The number behind one of pcap4j's named numbers, unsigned. */
    static long of(NamedNumber<? extends Number, ?> n) {
        Number v = n.value();
        if (v instanceof Byte b) {
            return u8(b);
        }
        if (v instanceof Short s) {
            return u16(s);
        }
        if (v instanceof Integer i) {
            return u32(i);
        }
        return v.longValue();
    }

    /** An address in the text form every family uses (tshark's). */
    static String address(InetAddress a) {
        return IpAddresses.text(a);
    }

    /** A flag as the bit at {@code position} of a field pcap4j splits into booleans. */
    static int bit(boolean set, int position) {
        return set ? 1 << position : 0;
    }

    /** Four bytes of an int in tshark's {@code aa:bb:cc:dd} form. */
    static String bytes4(int v) {
        byte[] raw = {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        return Bytes.hexColon(raw, 0, 4);
    }
}
