package dev.wirecheck.live.replay;

import dev.wirecheck.wire.Bytes;

import java.util.HashMap;
import java.util.Map;

/**
 * Follows the device's TCP sequence space twice, as captured and live, so the peer's
 * acknowledgement numbers can be moved from the first to the second (stateful replay).
 * Connections are told apart by (peer port, device port). The peer's own sequence numbers
 * stay as captured: the replayer is the peer.
 */
public final class TcpSessions {
    private static final long MOD = 1L << 32;

    private static final class Session {
        Long capturedIsn, capturedFin;
        Long liveIsn, liveFin;
        long liveNext; // one past the highest sequence number the live device has sent
    }

    private final Map<Long, Session> sessions = new HashMap<>();

    private static long key(int peerPort, int devicePort) {
        return ((long) peerPort << 16) | devicePort;
    }

    /** Notes a frame the device sent in the original capture. */
    public synchronized void learnCaptured(byte[] f) {
        Layout l = Layout.of(f);
        if (!l.has(Layout.TCP, 20)) {
            return;
        }
        int at = l.l4At(), flags = Bytes.u8(f, at + 13);
        Session s = sessions.computeIfAbsent(key(Bytes.u16(f, at + 2), Bytes.u16(f, at)), k -> new Session());
        long seq = Bytes.u32(f, at + 4);
        if ((flags & 0x12) == 0x12 && s.capturedIsn == null) {
            s.capturedIsn = seq;
        }
        if ((flags & 0x01) != 0 && s.capturedFin == null) {
            s.capturedFin = (seq + payloadLength(f, l)) % MOD;
        }
    }

    /** Notes a frame the live device sent; wakes senders waiting for it. */
    public synchronized void observeLive(byte[] f) {
        Layout l = Layout.of(f);
        if (!l.has(Layout.TCP, 20)) {
            return;
        }
        int at = l.l4At(), flags = Bytes.u8(f, at + 13);
        Session s = sessions.get(key(Bytes.u16(f, at + 2), Bytes.u16(f, at)));
        if (s == null || s.capturedIsn == null) {
            return;
        }
        long seq = Bytes.u32(f, at + 4);
        if ((flags & 0x12) == 0x12) {
            s.liveIsn = seq;
            s.liveNext = (seq + 1) % MOD;
            s.liveFin = null; // a new incarnation of the connection
        }
        if (s.liveIsn == null) {
            return;
        }
        long end = (seq + payloadLength(f, l) + ((flags & 0x01) != 0 ? 1 : 0)) % MOD;
        if (after(end, s.liveNext)) {
            s.liveNext = end;
        }
        if ((flags & 0x01) != 0) {
            s.liveFin = (seq + payloadLength(f, l)) % MOD;
        }
        notifyAll();
    }

    private static int payloadLength(byte[] f, Layout l) {
        int dataOffset = (Bytes.u8(f, l.l4At() + 12) >>> 4) * 4;
        return Math.max(0, l.l4End() - l.l4At() - dataOffset);
    }

    /** a comes after b in sequence space (RFC 9293 §3.4: modulo 2^32 comparison). */
    private static boolean after(long a, long b) {
        return a != b && ((a - b) & (MOD - 1)) < (MOD >>> 1);
    }

    /**
     * The acknowledgement number to send in place of the captured {@code ack} on the
     * connection (peerPort, devicePort): the same distance from the live ISN as from the
     * captured one, the live FIN for an acknowledgement of the captured FIN, and never
     * beyond what the live device has sent. Waits up to {@code patienceMs} for the live
     * device to send that far; returns {@code ack} unchanged when the connection is not
     * known from the capture or the live device never answered it.
     */
    public synchronized long liveAck(int peerPort, int devicePort, long ack, long patienceMs) throws InterruptedException {
        Session s = sessions.get(key(peerPort, devicePort));
        if (s == null || s.capturedIsn == null) {
            return ack;
        }
        long deadline = System.currentTimeMillis() + patienceMs;
        while (true) {
            Long wanted = wanted(s, ack);
            if (wanted != null && !after(wanted, s.liveNext)) {
                return wanted;
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                // acknowledge what exists, never data the device did not send
                return s.liveIsn == null ? ack : s.liveNext;
            }
            wait(left);
        }
    }

    private static Long wanted(Session s, long ack) {
        if (s.liveIsn == null) {
            return null;
        }
        if (s.capturedFin != null && ack == (s.capturedFin + 1) % MOD) {
            return s.liveFin == null ? null : (s.liveFin + 1) % MOD;
        }
        return ((ack - s.capturedIsn + s.liveIsn) % MOD + MOD) % MOD;
    }

    /** The live device's ISN on that connection, or null (for reports and tests). */
    public synchronized Long liveIsn(int peerPort, int devicePort) {
        Session s = sessions.get(key(peerPort, devicePort));
        return s == null ? null : s.liveIsn;
    }
}
