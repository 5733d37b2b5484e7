package dev.wirecheck.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * The IP addresses the device under test owns, each with the moment it began to own it:
 * {@link Long#MIN_VALUE} for an address it already had when the capture began, else the
 * moment it finished acquiring it (DHCP plus ARP probing, or Duplicate Address Detection).
 * Before that moment the address is tentative: a conforming device does not answer for it.
 * Lookups scan a handful of entries and never allocate.
 */
public final class DutAddresses {
    private int[] v4 = new int[4];
    private long[] v4From = new long[4];
    private int v4Count;
    private long[] v6hi = new long[4], v6lo = new long[4], v6From = new long[4];
    private int v6Count;

    public void addV4(int address, long ownedFrom) {
        int i = indexV4(address);
        if (i >= 0) {
            v4From[i] = Math.min(v4From[i], ownedFrom);
            return;
        }
        if (v4Count == v4.length) {
            v4 = java.util.Arrays.copyOf(v4, v4Count * 2);
            v4From = java.util.Arrays.copyOf(v4From, v4Count * 2);
        }
        v4[v4Count] = address;
        v4From[v4Count++] = ownedFrom;
    }

    public void addV6(long hi, long lo, long ownedFrom) {
        int i = indexV6(hi, lo);
        if (i >= 0) {
            v6From[i] = Math.min(v6From[i], ownedFrom);
            return;
        }
        if (v6Count == v6hi.length) {
            v6hi = java.util.Arrays.copyOf(v6hi, v6Count * 2);
            v6lo = java.util.Arrays.copyOf(v6lo, v6Count * 2);
            v6From = java.util.Arrays.copyOf(v6From, v6Count * 2);
        }
        v6hi[v6Count] = hi;
        v6lo[v6Count] = lo;
        v6From[v6Count++] = ownedFrom;
    }

    private int indexV4(int a) {
        for (int i = 0; i < v4Count; i++) {
            if (v4[i] == a) {
                return i;
            }
        }
        return -1;
    }

    private int indexV6(long hi, long lo) {
        for (int i = 0; i < v6Count; i++) {
            if (v6hi[i] == hi && v6lo[i] == lo) {
                return i;
            }
        }
        return -1;
    }

    /** One of the DUT's addresses, tentative or not. */
    public boolean isV4(int a) {
        return indexV4(a) >= 0;
    }

    /** The DUT owns {@code a} at time {@code t}. */
    public boolean ownsV4(int a, long t) {
        int i = indexV4(a);
        return i >= 0 && v4From[i] <= t;
    }

    public boolean isV6(byte[] b, int at) {
        return indexV6(Net.hi(b, at), Net.lo(b, at)) >= 0;
    }

    public boolean ownsV6(byte[] b, int at, long t) {
        int i = indexV6(Net.hi(b, at), Net.lo(b, at));
        return i >= 0 && v6From[i] <= t;
    }

    public boolean isEmpty() {
        return v4Count == 0 && v6Count == 0;
    }

    /** The addresses as text, IPv4 first. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v4Count; i++) {
            out.add(Net.v4Text(v4[i]));
        }
        for (int i = 0; i < v6Count; i++) {
            out.add(Net.v6Text(v6hi[i], v6lo[i]));
        }
        return out;
    }
}
