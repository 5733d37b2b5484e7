package dev.wirecheck.live.fuzz;

import dev.wirecheck.live.replay.Layout;
import dev.wirecheck.live.replay.PeerResponder;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the fuzzer learns from the link, fed by the capture thread: how many frames
 * the device sent, the echo replies and SYN-ACKs/RSTs waited for, the ARP/NDP requests to
 * answer, and the recent history of the link (for reproducers).
 */
final class DeviceWatch {
    /** A TCP answer of the device to one of our ports. */
    record TcpAnswer(long seq, long ack, int flags) {
    }

    private final MacAddress dut;
    private final PeerResponder responder;
    private final Consumer<byte[]> send;
    private final int historyLimit;
    private final ArrayDeque<Frame> history = new ArrayDeque<>();
    private final Map<Integer, TcpAnswer> tcpAnswers = new HashMap<>();
    private final Map<Integer, Boolean> echoReplies = new HashMap<>();
    private long framesFromDevice;

    DeviceWatch(MacAddress dut, PeerResponder responder, Consumer<byte[]> send, int historyLimit) {
        this.dut = dut;
        this.responder = responder;
        this.send = send;
        this.historyLimit = historyLimit;
    }

    void onFrame(Frame frame) {
        byte[] f = frame.data();
        Optional<byte[]> answer = Optional.empty();
        synchronized (this) {
            history.addLast(frame);
            while (history.size() > historyLimit) {
                history.removeFirst();
            }
            if (f.length < Layout.ETH_HEADER || !MacAddress.of(f, 6).equals(dut)) {
                return;
            }
            framesFromDevice++;
            Layout l = Layout.of(f);
            if (l.has(Layout.TCP, 20)) {
                int at = l.l4At();
                tcpAnswers.put(Bytes.u16(f, at + 2), new TcpAnswer(Bytes.u32(f, at + 4), Bytes.u32(f, at + 8), Bytes.u8(f, at + 13)));
            } else if (l.has(Layout.ICMP, 8) && f[l.l4At()] == 0 && Bytes.u16(f, l.l4At() + 4) == LivenessProbe.IDENTIFIER) {
                echoReplies.put(Bytes.u16(f, l.l4At() + 4) << 16 | Bytes.u16(f, l.l4At() + 6), true);
            } else {
                answer = responder.answer(f);
            }
            notifyAll();
        }
        answer.ifPresent(send);
    }

    synchronized long framesFromDevice() {
        return framesFromDevice;
    }

    /** Waits for the device's next TCP segment to our port {@code port}; null on timeout. */
    synchronized TcpAnswer awaitTcp(int port, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        TcpAnswer a;
        while ((a = tcpAnswers.remove(port)) == null) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return null;
            }
            wait(left);
        }
        return a;
    }

    /** The device's latest segment to {@code port}, left in place; null if none. */
    synchronized TcpAnswer latestTcp(int port) {
        return tcpAnswers.get(port);
    }

    /** Forgets what arrived for {@code port} so far. */
    synchronized void clearTcp(int port) {
        tcpAnswers.remove(port);
    }

    /** Waits for the echo reply with this identifier and sequence number. */
    synchronized boolean awaitEchoReply(int identifier, int sequence, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        int key = identifier << 16 | sequence;
        while (echoReplies.remove(key) == null) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /** The link's recent frames, oldest first. */
    synchronized List<Frame> history() {
        return List.copyOf(history);
    }
}
