package dev.wirecheck.live.cli;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.live.fuzz.FuzzLive;
import dev.wirecheck.live.fuzz.FuzzLiveOptions;
import dev.wirecheck.live.fuzz.SkippedProtocols;
import dev.wirecheck.live.fuzz.FuzzLiveReport;
import dev.wirecheck.live.fuzz.Station;
import dev.wirecheck.live.replay.AddressMap;
import dev.wirecheck.live.replay.FrameRewriter;
import dev.wirecheck.live.replay.ReplayOptions;
import dev.wirecheck.live.replay.ReplayPlan;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code wirecheck fuzz-live}: mutated stimuli to a live device, with liveness probes and saved findings. */
@Command(name = "fuzz-live", mixinStandardHelpOptions = true,
        description = {"Sends structure-aware mutations of stimuli (header fields, options, lengths, checksums, fragments, "
                + "TCP segments inside live connections) to a live device, probes its liveness (ICMP echo and a TCP "
                + "connection to port 80) every N cases, and saves the last K stimuli as a reproducer under "
                + "FINDINGS/live-NAME/ID/ when it stops answering or its process dies. Exit status 1 when there is a finding."})
public final class FuzzLiveCommand implements Callable<Integer> {
    @Option(names = "--iface", required = true, paramLabel = "IF", description = "the interface the device is on")
    String iface;

    @Option(names = "--dut-mac", required = true, paramLabel = "M", converter = Converters.Mac.class,
            description = "the device's MAC")
    MacAddress dutMac;

    @Option(names = "--dut-ip", required = true, paramLabel = "A", converter = Converters.Ip.class,
            description = "the device's IPv4 address, and optionally an IPv6 one (default: EUI-64 link-local of --dut-mac)")
    List<InetAddress> dutIps = new ArrayList<>();

    @Option(names = "--peer-mac", paramLabel = "M", converter = Converters.Mac.class, defaultValue = "02:77:63:00:00:01",
            description = "MAC to send from (default ${DEFAULT-VALUE})")
    MacAddress peerMac;

    @Option(names = "--peer-ip", paramLabel = "A", converter = Converters.Ip.class,
            description = "address to send from, per family (default: the device's /24 with host part 99, and the EUI-64 "
                    + "link-local of --peer-mac); must not belong to a host on the link")
    List<InetAddress> peerIps = new ArrayList<>();

    @Option(names = "--time", paramLabel = "T", defaultValue = "5m", converter = Converters.Span.class,
            description = "how long to fuzz (60s, 5m, 1h; default ${DEFAULT-VALUE})")
    Duration time;

    @Option(names = "--max-cases", paramLabel = "N", defaultValue = "1000000", description = "at most this many cases")
    long maxCases;

    @Option(names = "--seed-capture", paramLabel = "C", description = "also mutate the stimuli of this capture")
    Path seedCapture;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default: from the clock; printed)")
    Long seed;

    @Option(names = "--probe-every", paramLabel = "N", defaultValue = "100", description = "liveness probe every N cases")
    int probeEvery;

    @Option(names = "--reproducer-stimuli", paramLabel = "K", defaultValue = "50",
            description = "stimuli kept in a reproducer (default ${DEFAULT-VALUE})")
    int reproducerStimuli;

    @Option(names = "--target-pid", paramLabel = "PID", description = "the device's process on this host, watched for death")
    Long targetPid;

    @Option(names = "--findings", paramLabel = "DIR", defaultValue = "findings", description = "findings root (default ${DEFAULT-VALUE})")
    Path findings;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "device", description = "findings go to DIR/live-NAME/")
    String name;

    @Option(names = "--skip-protocol", paramLabel = "P", split = ",",
            description = "send no case whose IP protocol / IPv6 upper-layer header is P (repeatable), to fuzz past a known "
                    + "device bug, e.g. 136 (UDP-Lite) for lwIP 2.1.3's abort, findings/live-lwip/56e679f5ec028744")
    java.util.Set<Integer> skipProtocols = new java.util.TreeSet<>();

    @Override
    public Integer call() throws Exception {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("--name may only use letters, digits, '.', '_' and '-'");
        }
        Inet4Address dutV4 = first(dutIps, Inet4Address.class);
        if (dutV4 == null) {
            throw new IllegalArgumentException("--dut-ip: an IPv4 address is needed (the liveness probe uses it)");
        }
        Inet6Address dutV6 = first(dutIps, Inet6Address.class);
        Inet4Address peerV4 = first(peerIps, Inet4Address.class);
        if (peerV4 == null) {
            byte[] a = dutV4.getAddress();
            a[3] = (byte) (a[3] == 99 ? 98 : 99);
            peerV4 = (Inet4Address) InetAddress.getByAddress(a);
        }
        Inet6Address peerV6 = first(peerIps, Inet6Address.class);
        if (dutV6 == null) {
            dutV6 = AddressMap.linkLocal(dutMac);
        }
        if (peerV6 == null) {
            peerV6 = AddressMap.linkLocal(peerMac);
        }
        Station station = new Station(peerMac, peerV4, peerV6, dutMac, dutV4, dutV6);
        long s = seed != null ? seed : System.nanoTime();
        FuzzLiveOptions options = new FuzzLiveOptions(station, time, maxCases, s, seeds(station), probeEvery,
                reproducerStimuli, targetPid, findings, name, new SkippedProtocols(skipProtocols));
        System.err.printf("fuzz-live: %s (%s) on %s for at most %d s or %d cases, seed %d%s%n", dutV4.getHostAddress(),
                dutMac, iface, time.toSeconds(), maxCases, s, skipProtocols.isEmpty() ? "" : ", skipping IP protocols " + skipProtocols);
        FuzzLiveReport report = new FuzzLive(options, System.err).run(iface);
        System.out.println("fuzz-live: " + report.line());
        return report.findings().isEmpty() ? 0 : 1;
    }

    private List<byte[]> seeds(Station s) throws Exception {
        if (seedCapture == null) {
            return List.of();
        }
        List<Frame> frames = CaptureReader.readAll(seedCapture);
        ReplayPlan plan = new ReplayPlan(frames, new ReplayOptions(s.dutMac(), List.of(s.dutIpv4(), s.dutIpv6()), s.peerMac(),
                List.of(s.peerIpv4(), s.peerIpv6()), null, true, 0, 0));
        FrameRewriter rewriter = new FrameRewriter(plan.addressMap());
        return plan.roles().stimuli().stream().map(f -> rewriter.rewrite(f.data())).toList();
    }

    private static <T extends InetAddress> T first(List<InetAddress> addresses, Class<T> type) {
        return addresses.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }
}
