package dev.wirecheck.live.fuzz;

import dev.wirecheck.live.replay.Layout;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.TcpOption;
import dev.wirecheck.parsers.hand.TcpRepr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Mutated segments inside a live connection: a real handshake with the device's port 80,
 * then segments whose sequence and acknowledgement numbers start from the live ones
 * (in window, so the device's TCP processes them) before the mutator bends them, then RST.
 */
final class TcpConnectionCase {
    private static final byte[] REQUEST = "GET /dl/100 HTTP/1.1\r\nHost: 192.0.2.10\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int[] FLAG_CHOICES = {0x10, 0x18, 0x11, 0x19, 0x12, 0x14, 0x30, 0x01, 0x00, 0x3f, 0x1ff};

    private final Station s;
    private final DeviceWatch watch;
    private final LivenessProbe.Sender sender;
    private int nextPort;

    TcpConnectionCase(Station s, DeviceWatch watch, LivenessProbe.Sender sender) {
        this.s = s;
        this.watch = watch;
        this.sender = sender;
    }

    /** Runs one case (only the SYN when the device does not accept the connection). */
    void run(Random r) throws IOException, InterruptedException {
        int port = 20000 + (nextPort++ % 10000);
        long isn = r.nextInt() & 0xffffffffL;
        watch.clearTcp(port);
        sender.send(segment(port, isn, 0, 0x02, List.of(TcpOption.mss(1460)), new byte[0]));
        DeviceWatch.TcpAnswer synAck = watch.awaitTcp(port, 500);
        if (synAck == null || (synAck.flags() & 0x12) != 0x12) {
            return;
        }
        long seq = (isn + 1) & 0xffffffffL, ack = (synAck.seq() + 1) & 0xffffffffL;
        sender.send(segment(port, seq, ack, 0x10, List.of(), new byte[0]));
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            int from = r.nextInt(REQUEST.length), to = from + r.nextInt(REQUEST.length - from + 1);
            byte[] data = java.util.Arrays.copyOfRange(REQUEST, from, to);
            long at = (seq + from) & 0xffffffffL;
            byte[] f = segment(port, at, ack, FLAG_CHOICES[r.nextInt(FLAG_CHOICES.length)], List.of(), data);
            sender.send(FuzzLive.fit(r.nextInt(3) == 0 ? f : Mutator.mutate(f, r)));
        }
        // abort, so no connection outlives its case: at the point the device last acknowledged
        // (RFC 5961 §3.2 wants exactly RCV.NXT), and at the end of the request in case it saw more
        Thread.sleep(2);
        DeviceWatch.TcpAnswer last = watch.latestTcp(port);
        long rcvNxt = last != null && (last.flags() & 0x10) != 0 ? last.ack() : seq;
        sender.send(segment(port, rcvNxt, 0, 0x04, List.of(), new byte[0]));
        sender.send(segment(port, (seq + REQUEST.length) & 0xffffffffL, 0, 0x04, List.of(), new byte[0]));
    }

    private byte[] segment(int port, long seq, long ack, int flags, List<TcpOption> options, byte[] data) {
        return FrameBuilder.of(new EthernetRepr(s.dutMac(), s.peerMac(), Layout.IPV4),
                Ipv4Repr.simple(s.peerIpv4(), s.dutIpv4(), Layout.TCP, 64, port),
                TcpRepr.of(port, Templates.HTTP_PORT, seq, ack, flags, 64240).withOptions(options))
                .payload(data).padTo(60).build();
    }
}
