package dev.wirecheck.live.replay;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-side views of a capture written by a replay: IPv4 datagrams put back together from
 * their fragments (RFC 791 §3.2), and one direction of a TCP connection as a byte stream.
 * Written for these assertions only, independently of the replay code.
 */
final class Reassembly {
    private Reassembly() {}

    /** IPv4 payloads (upper-layer header + data) sent by {@code from}, reassembled, in order of completion. */
    static List<byte[]> ipv4Payloads(List<Frame> frames, MacAddress from, int protocol) {
        Map<String, TreeMap<Integer, byte[]>> parts = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        List<byte[]> done = new ArrayList<>();
        for (Frame frame : frames) {
            byte[] f = frame.data();
            if (f.length < 34 || !MacAddress.of(f, 6).equals(from) || Bytes.u16(f, 12) != 0x0800 || Bytes.u8(f, 23) != protocol) {
                continue;
            }
            int ihl = (f[14] & 0x0f) * 4, total = Bytes.u16(f, 16), flags = Bytes.u16(f, 20);
            int offset = (flags & 0x1fff) * 8;
            byte[] data = java.util.Arrays.copyOfRange(f, 14 + ihl, 14 + total);
            String key = Bytes.ipv4(f, 26) + "/" + Bytes.u16(f, 18);
            parts.computeIfAbsent(key, k -> new TreeMap<>()).put(offset, data);
            if ((flags & 0x2000) == 0) {
                totals.put(key, offset + data.length);
            }
            Integer expected = totals.get(key);
            if (expected != null) {
                ByteArrayOutputStream whole = new ByteArrayOutputStream();
                for (Map.Entry<Integer, byte[]> p : parts.get(key).entrySet()) {
                    if (p.getKey() != whole.size()) {
                        break;
                    }
                    whole.writeBytes(p.getValue());
                }
                if (whole.size() == expected) {
                    done.add(whole.toByteArray());
                    parts.remove(key);
                    totals.remove(key);
                }
            }
        }
        return done;
    }

    /**
     * Per connection (keyed by the other side's port), the bytes {@code from} sent from TCP
     * port {@code port}, placed by sequence number after its SYN, up to the first hole.
     */
    static Map<Integer, byte[]> tcpStreams(List<Frame> frames, MacAddress from, int port) {
        Map<Integer, Long> isn = new LinkedHashMap<>();
        Map<Integer, TreeMap<Long, byte[]>> segments = new LinkedHashMap<>();
        for (Frame frame : frames) {
            byte[] f = frame.data();
            Layout l = Layout.of(f);
            if (!MacAddress.of(f, 6).equals(from) || !l.has(Layout.TCP, 20) || Bytes.u16(f, l.l4At()) != port) {
                continue;
            }
            int peer = Bytes.u16(f, l.l4At() + 2);
            long seq = Bytes.u32(f, l.l4At() + 4);
            if ((Bytes.u8(f, l.l4At() + 13) & 0x02) != 0) {
                isn.put(peer, seq);
                continue;
            }
            int start = l.l4At() + (Bytes.u8(f, l.l4At() + 12) >>> 4) * 4;
            Long first = isn.get(peer);
            if (first != null && l.l4End() > start) {
                segments.computeIfAbsent(peer, k -> new TreeMap<>())
                        .put((seq - first - 1) & 0xffffffffL, java.util.Arrays.copyOfRange(f, start, l.l4End()));
            }
        }
        Map<Integer, byte[]> streams = new LinkedHashMap<>();
        segments.forEach((peer, parts) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Map.Entry<Long, byte[]> s : parts.entrySet()) {
                long at = s.getKey();
                byte[] d = s.getValue();
                if (at > out.size()) {
                    break; // a hole
                }
                int skip = (int) (out.size() - at);
                if (skip < d.length) {
                    out.write(d, skip, d.length - skip);
                }
            }
            streams.put(peer, out.toByteArray());
        });
        return streams;
    }
}
