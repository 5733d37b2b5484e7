package dev.wirecheck.live.fuzz;

import dev.wirecheck.live.link.LinkException;
import dev.wirecheck.live.link.PcapLink;
import dev.wirecheck.live.replay.PeerResponder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Live fuzzing of one device: mutated stimuli (built templates, captured seeds, segments
 * inside live TCP connections) are sent as fast as the link takes them; after every N cases
 * a liveness probe asks whether the device still works. When it does not, or its process
 * (if given) died, the last K stimuli become a finding and the campaign ends, since a device
 * that stopped working has nothing more to tell. Bounded by time and by a case count.
 */
public final class FuzzLive {
    private static final long PROGRESS_EVERY_MS = 5_000;
    /** Ethernet header + a 1500-byte MTU: the link refuses longer frames (EMSGSIZE). */
    static final int MAX_FRAME = 1514;
    private final FuzzLiveOptions o;
    private final PrintStream progress;
    /** Fuzz frames sent, and held back by --skip-protocol (liveness probes not counted). */
    private long framesSent, skipped;

    public FuzzLive(FuzzLiveOptions options, PrintStream progress) {
        this.o = options;
        this.progress = progress;
    }

    public FuzzLiveReport run(String iface) throws IOException, InterruptedException {
        Station s = o.station();
        PcapLink[] linkHolder = new PcapLink[1];
        PeerResponder responder = new PeerResponder(s.peerMac(),
                s.peerIpv6() == null ? List.of(s.peerIpv4()) : List.of(s.peerIpv4(), s.peerIpv6()));
        // history: enough frames for K stimuli plus the device's answers to them
        DeviceWatch watch = new DeviceWatch(s.dutMac(), responder, frame -> sendQuietly(linkHolder[0], frame),
                o.reproducerStimuli() * 8);
        String filter = "ether host " + s.dutMac() + " or ether host " + s.peerMac();
        List<Path> findings = new ArrayList<>();
        long cases = 0;
        int probesRun = 0, probesPassed = 0;
        long start = System.nanoTime();
        try (PcapLink link = PcapLink.open(iface, filter, watch::onFrame)) {
            linkHolder[0] = link;
            LivenessProbe probe = new LivenessProbe(s, watch, link::send, Templates.HTTP_PORT);
            Templates templates = new Templates(s);
            TcpConnectionCase inConnection = new TcpConnectionCase(s, watch, frame -> sendCase(link, frame));
            Random r = new Random(o.seed());
            if (!probe.alive()) {
                throw new IOException("the device " + s.dutIpv4().getHostAddress() + " does not pass the liveness probe (ICMP echo and a TCP "
                        + "connection to port " + Templates.HTTP_PORT + ") before fuzzing; nothing was sent to it");
            }
            progress.println("fuzz-live: the device passes the liveness probe; fuzzing");
            long deadline = System.nanoTime() + o.time().toNanos();
            long nextProgress = System.currentTimeMillis() + PROGRESS_EVERY_MS;
            String kind = null;
            while (kind == null && cases < o.maxCases() && System.nanoTime() < deadline) {
                try {
                    int choice = r.nextInt(10);
                    if (choice == 0) {
                        inConnection.run(r);
                    } else if (choice == 1 && !o.seedStimuli().isEmpty()) {
                        sendCase(link, fit(Mutator.mutate(o.seedStimuli().get(r.nextInt(o.seedStimuli().size())), r)));
                    } else {
                        for (byte[] f : templates.any(r)) {
                            sendCase(link, fit(r.nextInt(10) == 0 ? f : Mutator.mutate(f, r)));
                        }
                    }
                    cases++;
                    if (targetDied()) {
                        kind = "target-died";
                    } else if (cases % o.probeEvery() == 0) {
                        probesRun++;
                        if (probe.alive()) {
                            probesPassed++;
                        } else {
                            kind = targetDied() ? "target-died" : "liveness-lost";
                        }
                    }
                } catch (LinkException e) {
                    // a TAP whose device process died or hangs refuses frames: that is the finding
                    progress.println("fuzz-live: the link refused a frame (" + e.getMessage() + ")");
                    cases++;
                    kind = targetDied() ? "target-died" : "liveness-lost";
                }
                if (System.currentTimeMillis() >= nextProgress) {
                    nextProgress += PROGRESS_EVERY_MS;
                    progress.println("fuzz-live: " + report(cases, framesSent, watch, probesRun, probesPassed, findings, start).line());
                }
            }
            if (kind == null && cases % o.probeEvery() != 0) {
                probesRun++;
                boolean alive;
                try {
                    alive = probe.alive();
                } catch (LinkException e) {
                    alive = false;
                }
                if (alive) {
                    probesPassed++;
                } else {
                    kind = targetDied() ? "target-died" : "liveness-lost";
                }
            }
            if (kind != null) {
                Thread.sleep(200); // let the last answers reach the history
                Path finding = FindingWriter.write(o.findingsRoot(), "live-" + o.name(), kind, watch.history(), s.peerMac(),
                        s.dutMac(), o.reproducerStimuli());
                findings.add(finding);
                progress.println("fuzz-live: finding (" + kind + ") after " + cases + " cases: " + finding);
            }
        } finally {
            linkHolder[0] = null;
        }
        if (skipped > 0) {
            progress.println("fuzz-live: " + skipped + " frames not sent (--skip-protocol " + o.skipProtocols().protocols() + ")");
        }
        return report(cases, framesSent, watch, probesRun, probesPassed, findings, start);
    }

    /** Sends one fuzz frame unless its upper protocol is skipped; counts either way. */
    private void sendCase(PcapLink link, byte[] frame) throws IOException {
        if (o.skipProtocols().skips(frame)) {
            skipped++;
            return;
        }
        link.send(frame);
        framesSent++;
    }

    private boolean targetDied() {
        return o.targetPid() != null && !ProcessHandle.of(o.targetPid()).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The frame cut to what the link carries. */
    static byte[] fit(byte[] f) {
        return f.length <= MAX_FRAME ? f : java.util.Arrays.copyOf(f, MAX_FRAME);
    }

    private static FuzzLiveReport report(long cases, long sent, DeviceWatch watch, int probesRun, int probesPassed,
                                         List<Path> findings, long start) {
        return new FuzzLiveReport(cases, sent, watch.framesFromDevice(), probesRun, probesPassed, List.copyOf(findings),
                (System.nanoTime() - start) / 1e9);
    }

    private static void sendQuietly(PcapLink link, byte[] frame) {
        if (link == null) {
            return;
        }
        try {
            link.send(frame);
        } catch (IOException e) {
            // the fuzzing loop's own next send reports a broken link
        }
    }
}
