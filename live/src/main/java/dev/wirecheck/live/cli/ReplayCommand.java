package dev.wirecheck.live.cli;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.live.Checker;
import dev.wirecheck.live.replay.ReplayOptions;
import dev.wirecheck.live.replay.ReplayPlan;
import dev.wirecheck.live.replay.ReplayResult;
import dev.wirecheck.live.replay.Replayer;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code wirecheck replay}: sends a capture's stimuli to a live device, captures the answers, checks them. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Sends the stimuli of a capture (the peer's frames to the device) to a live device, with "
                + "addresses rewritten and TCP acknowledgements following the live device's sequence numbers; "
                + "writes what was seen on the link to a new capture and checks it."})
public final class ReplayCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CAPTURE", description = "pcap or pcapng file (Ethernet)")
    Path capture;

    @Option(names = "--iface", required = true, paramLabel = "IF", description = "the interface the device is on")
    String iface;

    @Option(names = "--dut-mac", required = true, paramLabel = "M", converter = Converters.Mac.class,
            description = "the live device's MAC")
    MacAddress dutMac;

    @Option(names = "--dut-ip", required = true, paramLabel = "A", converter = Converters.Ip.class,
            description = "the live device's address (repeat for IPv4 and IPv6; IPv6 link-local defaults to EUI-64 of --dut-mac)")
    List<InetAddress> dutIps = new ArrayList<>();

    @Option(names = "--peer-mac", paramLabel = "M", converter = Converters.Mac.class,
            description = "MAC to send from (default ${DEFAULT-VALUE})", defaultValue = "02:77:63:00:00:01")
    MacAddress peerMac;

    @Option(names = "--peer-ip", paramLabel = "A", converter = Converters.Ip.class,
            description = "address to send from, per family (default: the captured peer's); must not belong to a host on the link")
    List<InetAddress> peerIps = new ArrayList<>();

    @Option(names = "--capture-dut-mac", paramLabel = "M", converter = Converters.Mac.class,
            description = "the device in the capture (default: recognised from its answers)")
    MacAddress captureDutMac;

    @Option(names = "--out", paramLabel = "FILE", description = "the new capture (default: CAPTURE's name + '-replay.pcap' here)")
    Path out;

    @Option(names = "--fast", description = "send back to back instead of at the captured pacing")
    boolean fast;

    @Option(names = "--linger", paramLabel = "MS", defaultValue = "1500",
            description = "keep capturing this long after the last stimulus (ms, default ${DEFAULT-VALUE})")
    long lingerMs;

    @Option(names = "--no-check", description = "only write the new capture")
    boolean noCheck;

    private final Checker checker;

    /** Without a checker, the new capture is only written. */
    public ReplayCommand() {
        this(Checker.NONE);
    }

    public ReplayCommand(Checker checker) {
        this.checker = checker;
    }

    @Override
    public Integer call() throws Exception {
        List<Frame> frames = CaptureReader.readAll(capture);
        ReplayOptions options = new ReplayOptions(dutMac, dutIps, peerMac, peerIps, captureDutMac, fast, lingerMs, 2_000);
        ReplayPlan plan = new ReplayPlan(frames, options);
        Path target = out != null ? out : Path.of(stem(capture) + "-replay.pcap");
        PrintStream err = System.err;
        err.printf("replay: %d stimuli from %s (device %s in the capture) to %s on %s%n", plan.roles().stimuli().size(),
                capture, plan.roles().dut(), dutMac, iface);
        ReplayResult r = new Replayer(plan).run(iface, target);
        System.out.printf("replay: sent %d stimuli, answered %d address resolutions, captured %d frames (%d from the device)"
                + " -> %s%n", r.stimuliSent(), r.resolutionsAnswered(), r.framesCaptured(), r.framesFromDevice(), target);
        if (r.framesDropped() > 0) {
            err.printf("replay: warning: the capture dropped %d frames; it has holes%n", r.framesDropped());
        }
        return noCheck ? 0 : checker.check(target, dutMac);
    }

    static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
