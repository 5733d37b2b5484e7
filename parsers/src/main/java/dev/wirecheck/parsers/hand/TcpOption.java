package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Octets;

/**
 * One TCP option to build or as read: its kind and data (null for the one-byte kinds
 * EOL and NOP). The constructors below make the common kinds.
 */
public record TcpOption(int kind, Octets data) {
    public static final TcpOption NOP = new TcpOption(Tcp.OPT_NOP, null);
    public static final TcpOption EOL = new TcpOption(Tcp.OPT_EOL, null);

    public TcpOption {
        if ((kind == Tcp.OPT_NOP || kind == Tcp.OPT_EOL) != (data == null)) {
            throw new IllegalArgumentException("kinds 0 and 1 have no data, others must: kind " + kind);
        }
        if (data != null && data.length() > 38) {
            throw new IllegalArgumentException("TCP option data is at most 38 bytes, got " + data.length());
        }
    }

    public static TcpOption mss(int mss) {
        byte[] d = new byte[2];
        Bytes.put16(d, 0, mss);
        return new TcpOption(Tcp.OPT_MSS, Octets.of(d));
    }

    public static TcpOption windowScale(int shift) {
        return new TcpOption(Tcp.OPT_WSCALE, Octets.of((byte) shift));
    }

    public static TcpOption sackPermitted() {
        return new TcpOption(Tcp.OPT_SACK_PERM, Octets.EMPTY);
    }

    public static TcpOption timestamps(long tsval, long tsecr) {
        byte[] d = new byte[8];
        Bytes.put32(d, 0, tsval);
        Bytes.put32(d, 4, tsecr);
        return new TcpOption(Tcp.OPT_TIMESTAMP, Octets.of(d));
    }

    /** SACK blocks as (left edge, right edge) pairs. */
    public static TcpOption sack(long... edges) {
        if (edges.length == 0 || edges.length % 2 != 0 || edges.length > 8) {
            throw new IllegalArgumentException("SACK takes 1 to 4 (left, right) pairs");
        }
        byte[] d = new byte[edges.length * 4];
        for (int i = 0; i < edges.length; i++) {
            Bytes.put32(d, 4 * i, edges[i]);
        }
        return new TcpOption(Tcp.OPT_SACK, Octets.of(d));
    }

    public int length() {
        return data == null ? 1 : data.length() + 2;
    }
}
