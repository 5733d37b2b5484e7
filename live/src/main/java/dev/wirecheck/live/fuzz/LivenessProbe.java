package dev.wirecheck.live.fuzz;

import dev.wirecheck.live.replay.Layout;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.TcpOption;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.wire.Octets;

import java.io.IOException;
import java.util.List;

/**
 * Is the device still working? An ICMP echo must be answered (RFC 1122 §3.2.2.6: MUST) and
 * a TCP connection to a known open port must be accepted (SYN answered by SYN-ACK, then
 * aborted with RST). Each part gets a few attempts, since a device may be busy or still
 * resolving our address.
 */
final class LivenessProbe {
    static final int IDENTIFIER = 0x7763; // "wc"
    private static final int ATTEMPTS = 3;
    private static final long WAIT_MS = 1_000;

    private final Station s;
    private final DeviceWatch watch;
    private final Sender sender;
    private final int tcpPort;
    private int sequence;
    private int nextPort = 0;

    interface Sender {
        void send(byte[] frame) throws IOException;
    }

    LivenessProbe(Station s, DeviceWatch watch, Sender sender, int tcpPort) {
        this.s = s;
        this.watch = watch;
        this.sender = sender;
        this.tcpPort = tcpPort;
    }

    boolean alive() throws IOException, InterruptedException {
        return echoAnswered() && tcpAccepted();
    }

    private boolean echoAnswered() throws IOException, InterruptedException {
        for (int i = 0; i < ATTEMPTS; i++) {
            int seq = ++sequence & 0xffff;
            sender.send(FrameBuilder.of(new EthernetRepr(s.dutMac(), s.peerMac(), Layout.IPV4),
                    Ipv4Repr.simple(s.peerIpv4(), s.dutIpv4(), Layout.ICMP, 64, seq),
                    Icmpv4Repr.echoRequest(IDENTIFIER, seq, Octets.of("wirecheck liveness".getBytes()))).build());
            if (watch.awaitEchoReply(IDENTIFIER, seq, WAIT_MS)) {
                return true;
            }
        }
        return false;
    }

    private boolean tcpAccepted() throws IOException, InterruptedException {
        for (int i = 0; i < ATTEMPTS; i++) {
            int port = 30000 + (nextPort++ % 1000); // a range of its own, apart from the fuzz cases' ports
            long isn = 0x77630000L + port;
            watch.clearTcp(port);
            sender.send(segment(port, isn, 0, 0x02, List.of(TcpOption.mss(1460))));
            DeviceWatch.TcpAnswer a = watch.awaitTcp(port, WAIT_MS);
            if (a != null && (a.flags() & 0x12) == 0x12 && a.ack() == isn + 1) {
                sender.send(segment(port, isn + 1, 0, 0x04, List.of())); // abort: leave nothing open
                return true;
            }
        }
        return false;
    }

    private byte[] segment(int port, long seq, long ack, int flags, List<TcpOption> options) {
        return FrameBuilder.of(new EthernetRepr(s.dutMac(), s.peerMac(), Layout.IPV4),
                Ipv4Repr.simple(s.peerIpv4(), s.dutIpv4(), Layout.TCP, 64, port),
                TcpRepr.of(port, tcpPort, seq, ack, flags, 64240).withOptions(options)).padTo(60).build();
    }
}
