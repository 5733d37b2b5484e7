package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;

import java.util.List;

/**
 * A TCP header to build. Options are written in order and padded with EOL to a multiple
 * of 4; the data offset and checksum are computed.
 *
 * @param flags the 9 flag bits as {@link Tcp#flags()} returns them
 */
public record TcpRepr(int srcPort, int dstPort, long seq, long ack, int flags, int window, int urgentPointer,
                      List<TcpOption> options) implements HeaderRepr {

    public TcpRepr {
        options = List.copyOf(options);
        if (srcPort < 0 || srcPort > 0xffff || dstPort < 0 || dstPort > 0xffff || window < 0 || window > 0xffff
                || urgentPointer < 0 || urgentPointer > 0xffff || flags < 0 || flags > 0x1ff
                || seq < 0 || seq > 0xffffffffL || ack < 0 || ack > 0xffffffffL) {
            throw new IllegalArgumentException("TCP field out of range: " + this);
        }
        if (optionBytes(options) > 40) {
            throw new IllegalArgumentException("TCP options are at most 40 bytes");
        }
    }

    public static TcpRepr of(int srcPort, int dstPort, long seq, long ack, int flags, int window) {
        return new TcpRepr(srcPort, dstPort, seq, ack, flags, window, 0, List.of());
    }

    public TcpRepr withOptions(List<TcpOption> opts) {
        return new TcpRepr(srcPort, dstPort, seq, ack, flags, window, urgentPointer, opts);
    }

    private static int optionBytes(List<TcpOption> options) {
        int n = 0;
        for (TcpOption o : options) {
            n += o.length();
        }
        return n;
    }

    @Override
    public int headerLength() {
        return Tcp.MIN_HEADER + (optionBytes(options) + 3) / 4 * 4;
    }

    @Override
    public void emit(byte[] out, int at, int payloadLength, Emit emit) {
        int hl = headerLength();
        Bytes.put16(out, at + Tcp.SRC_PORT, srcPort);
        Bytes.put16(out, at + Tcp.DST_PORT, dstPort);
        Bytes.put32(out, at + Tcp.SEQ, seq);
        Bytes.put32(out, at + Tcp.ACK, ack);
        Bytes.put16(out, at + Tcp.OFFSET, ((hl / 4) << 12) | flags);
        Bytes.put16(out, at + Tcp.WINDOW, window);
        Bytes.put16(out, at + Tcp.CHECKSUM, 0);
        Bytes.put16(out, at + Tcp.URGENT, urgentPointer);
        int pos = at + Tcp.MIN_HEADER;
        for (TcpOption o : options) {
            out[pos] = (byte) o.kind();
            if (o.data() != null) {
                out[pos + 1] = (byte) o.length();
                o.data().copyTo(out, pos + 2);
            }
            pos += o.length();
        }
        while (pos < at + hl) {
            out[pos++] = 0;
        }
    }

    @Override
    public void seal(byte[] out, int at, int length, IpRepr ip, int ipAt, Emit emit) {
        if (emit.checksums() && ip != null) {
            Checksums.fill(out, at, length, Tcp.CHECKSUM, ip.pseudoHeaderSum(out, ipAt, IpProtocols.TCP, length));
        }
    }
}
