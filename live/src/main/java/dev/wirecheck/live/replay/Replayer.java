package dev.wirecheck.live.replay;

import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.live.link.PcapLink;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a capture's stimuli to a live device and records what happens on the link.
 *
 * <p>Each stimulus is rewritten for the live device ({@link FrameRewriter}); a TCP segment
 * that acknowledges something first waits (bounded) until the live device has sent that
 * far, and its acknowledgement number is moved into the live sequence space
 * ({@link TcpSessions}). Meanwhile the capture thread answers the device's ARP/NDP requests
 * for the peer ({@link PeerResponder}). Everything seen on the link between the two stations
 * is written, in order, to the new capture.
 */
public final class Replayer {
    private final ReplayPlan plan;
    private final FrameRewriter rewriter;
    private final PeerResponder responder;
    private final List<Frame> seen = new ArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger fromDevice = new AtomicInteger();
    private volatile PcapLink link;

    public Replayer(ReplayPlan plan) {
        this.plan = plan;
        this.rewriter = new FrameRewriter(plan.addressMap());
        this.responder = new PeerResponder(plan.options().peerMac(), plan.livePeerAddresses());
    }

    /** Replays on {@code iface} and writes what was seen to {@code out} (atomically). */
    public ReplayResult run(String iface, Path out) throws IOException, InterruptedException {
        ReplayOptions o = plan.options();
        String filter = "ether host " + o.dutMac() + " or ether host " + o.peerMac();
        int sent = 0;
        long dropped;
        try (PcapLink l = PcapLink.open(iface, filter, this::onFrame)) {
            link = l;
            List<Frame> stimuli = plan.roles().stimuli();
            long start = System.nanoTime();
            long firstTimestamp = stimuli.isEmpty() ? 0 : stimuli.get(0).timestampNanos();
            for (Frame stimulus : stimuli) {
                if (!o.fast()) {
                    sleepUntil(start + (stimulus.timestampNanos() - firstTimestamp));
                }
                l.send(prepare(stimulus.data()));
                sent++;
            }
            Thread.sleep(o.lingerMs());
            dropped = l.dropped();
        } finally {
            link = null;
        }
        List<Frame> frames;
        synchronized (seen) {
            frames = new ArrayList<>(seen);
        }
        writeCapture(frames, out);
        return new ReplayResult(sent, answered.get(), frames.size(), fromDevice.get(), dropped, out);
    }

    /** The stimulus as it goes on the live link. */
    byte[] prepare(byte[] captured) throws InterruptedException {
        byte[] f = rewriter.rewrite(captured);
        Layout l = Layout.of(f);
        if (l.has(Layout.TCP, 20) && (Bytes.u8(f, l.l4At() + 13) & 0x10) != 0) {
            int peerPort = Bytes.u16(f, l.l4At()), devicePort = Bytes.u16(f, l.l4At() + 2);
            long ack = Bytes.u32(f, l.l4At() + 8);
            long live = plan.tcp().liveAck(peerPort, devicePort, ack, plan.options().tcpPatienceMs());
            if (live != ack) {
                FrameRewriter.setAck(f, live);
            }
        }
        return f;
    }

    private void onFrame(Frame f) {
        synchronized (seen) {
            seen.add(f);
        }
        byte[] b = f.data();
        if (b.length < Layout.ETH_HEADER || !MacAddress.of(b, 6).equals(plan.options().dutMac())) {
            return;
        }
        fromDevice.incrementAndGet();
        plan.tcp().observeLive(b);
        Optional<byte[]> answer = responder.answer(b);
        PcapLink l = link;
        if (answer.isPresent() && l != null) {
            try {
                l.send(answer.get());
                answered.incrementAndGet();
            } catch (IOException e) {
                // the main loop's next send reports a broken link; nothing more to do here
            }
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    static void writeCapture(List<Frame> frames, Path out) throws IOException {
        try (PcapWriter w = PcapWriter.atomic(out, 1)) {
            try {
                for (Frame f : frames) {
                    w.write(f);
                }
            } catch (IOException | RuntimeException e) {
                w.abandon();
                throw e;
            }
        }
    }
}
