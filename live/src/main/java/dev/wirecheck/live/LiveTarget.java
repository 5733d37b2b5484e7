package dev.wirecheck.live;

import dev.wirecheck.wire.MacAddress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The lwIP target ({@code targets/lwip-host}) running on a TAP device inside a network
 * namespace of its own, the steps of {@code run-in-netns.sh} done from Java.
 *
 * <p>Design: the JVM stays in its own namespace; everything that must happen inside the
 * target's namespace runs as a child process started with {@code ip netns exec NS …}
 * ({@link #inNamespace}). {@code ip netns exec} execs its command, so the child's PID is
 * the target's own PID, and {@link #close} stops exactly that process. Replay and live
 * fuzzing run as such a child too ({@link NamespacedJava}): pcap4j then opens the TAP in
 * the namespace like any local interface, and the same code serves a bench interface.
 *
 * <p>{@link #close} undoes everything (SIGTERM to the target's PID, SIGKILL after 5 s,
 * {@code ip netns del}), also when {@link #start} fails half-way; use try-with-resources.
 */
public final class LiveTarget implements AutoCloseable {
    public static final String TAP = "tap0";
    public static final MacAddress TARGET_MAC = MacAddress.parse("02:00:00:00:00:0a");
    /** The namespace's own (kernel) side of the TAP. */
    public static final String KERNEL_IPV4 = "192.0.2.1", KERNEL_IPV6 = "2001:db8:10::1";
    /** The prefix {@link #advertisePrefix} announces. */
    public static final String PREFIX = "2001:db8:10::/64";
    private static final String REPORT = "wirecheck-target: ";
    private static final long READY_TIMEOUT_MS = 20_000, STOP_TIMEOUT_MS = 5_000;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Path targetDir;
    private final String netns;
    private final List<String> log = new ArrayList<>();
    private boolean netnsCreated;
    private boolean outputEnded; // guarded by log
    private Process process;
    private Integer exitStatus;

    private LiveTarget(Path targetDir) {
        this.targetDir = targetDir;
        this.netns = "wc-live-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    /**
     * Builds the target (make) in {@code repoRoot/targets/lwip-host}, creates the namespace and
     * the TAP and starts the target; returns once it reported {@code ready}.
     */
    public static LiveTarget start(Path repoRoot) throws IOException {
        LiveTarget t = new LiveTarget(repoRoot.resolve("targets/lwip-host"));
        try {
            t.build();
            t.createNamespace();
            t.launch();
            return t;
        } catch (IOException | RuntimeException e) {
            t.close();
            throw e;
        }
    }

    /** Why a live target cannot run here (not root, a tool missing), or null when it can. */
    public static String missingPrerequisite() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "needs root (network namespaces and TAP devices)";
        }
        for (String[] tool : new String[][] {{"ip", "iproute2"}, {"make", "make"}, {"cc", "gcc"},
                {"pkg-config", "pkg-config"}}) {
            if (!Commands.onPath(tool[0])) {
                return tool[0] + " not found: install the Debian package '" + tool[1] + "'";
            }
        }
        try {
            Commands.run(List.of("pkg-config", "--exists", "lwip"), 10);
        } catch (IOException e) {
            return "lwIP not found by pkg-config: install the Debian package 'liblwip-dev'";
        }
        return null;
    }

    private void build() throws IOException {
        Commands.run(List.of("make", "-s", "-C", targetDir.toString()), 300);
    }

    private void createNamespace() throws IOException {
        Commands.run(List.of("ip", "netns", "add", netns), 10);
        netnsCreated = true;
        ns("ip", "link", "set", "lo", "up");
        ns("ip", "tuntap", "add", "dev", TAP, "mode", "tap");
        ns("ip", "addr", "add", KERNEL_IPV4 + "/24", "dev", TAP);
        ns("ip", "-6", "addr", "add", KERNEL_IPV6 + "/64", "dev", TAP, "nodad");
        ns("ip", "link", "set", TAP, "up");
    }

    private void ns(String... command) throws IOException {
        Commands.run(inNamespace(List.of(command)), 10);
    }

    private void launch() throws IOException {
        process = new ProcessBuilder(inNamespace(List.of(targetDir.resolve("lwip-host").toString(),
                "--tap", TAP, "--mac", TARGET_MAC.toString())))
                .redirectErrorStream(true).start();
        Thread reader = new Thread(this::readReports, "lwip-host-output");
        reader.setDaemon(true);
        reader.start();
        if (!awaitLine(l -> l.equals(REPORT + "ready"), READY_TIMEOUT_MS)) {
            throw new IOException("lwip-host did not report ready within " + READY_TIMEOUT_MS / 1000 + " s; output: " + log());
        }
    }

    private void readReports() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (log) {
                    log.add(line);
                    log.notifyAll();
                }
            }
        } catch (IOException e) {
            synchronized (log) {
                log.add("(output lost: " + e.getMessage() + ")");
            }
        } finally {
            synchronized (log) {
                outputEnded = true;
                log.notifyAll();
            }
        }
    }

    /** Waits until the target printed a line matching {@code wanted}; false on timeout or once its output ended. */
    private boolean awaitLine(Predicate<String> wanted, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        synchronized (log) {
            while (true) {
                if (log.stream().anyMatch(wanted)) {
                    return true;
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || outputEnded) {
                    return false;
                }
                try {
                    log.wait(Math.min(left, 200));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    /** {@code command} prefixed so that it runs inside the namespace. */
    public List<String> inNamespace(List<String> command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", netns));
        full.addAll(command);
        return full;
    }

    /**
     * Sends one router advertisement for {@link #PREFIX} from the namespace (the target's
     * {@code probe.py ra}) and returns the SLAAC address once the target reports it.
     */
    public String advertisePrefix() throws IOException {
        Commands.run(inNamespace(List.of("python3", targetDir.resolve("probe.py").toString(), "ra", TAP, PREFIX)), 20);
        String prefix = REPORT + "ipv6 2001:db8:10:";
        if (!awaitLine(l -> l.startsWith(prefix), 10_000)) {
            throw new IOException("the target reported no SLAAC address within 10 s; output: " + log());
        }
        return reportedAddress(prefix);
    }

    private String reportedAddress(String prefix) {
        synchronized (log) {
            return log.stream().filter(l -> l.startsWith(prefix)).findFirst()
                    .map(l -> l.substring(REPORT.length() + "ipv6 ".length()).trim()).orElseThrow();
        }
    }

    public String netns() {
        return netns;
    }

    public String iface() {
        return TAP;
    }

    public MacAddress mac() {
        return TARGET_MAC;
    }

    public String ipv4() {
        synchronized (log) {
            return log.stream().filter(l -> l.startsWith(REPORT + "ipv4 ")).findFirst()
                    .map(l -> l.substring((REPORT + "ipv4 ").length()).trim()).orElseThrow();
        }
    }

    public String ipv6LinkLocal() {
        return reportedAddress(REPORT + "ipv6 fe80:");
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The target's output so far, one string. */
    public String log() {
        synchronized (log) {
            return String.join(" | ", log);
        }
    }

    /**
     * How the target ended, once it has (waits up to {@code timeoutMs} for its output to be
     * read to the end); null while it still runs.
     */
    public TargetExit awaitExit(long timeoutMs, int lastLines) throws InterruptedException {
        if (process == null || !process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
            return null;
        }
        awaitLine(l -> false, timeoutMs); // returns once the output ended (or on timeout)
        synchronized (log) {
            return TargetExit.of(process.exitValue(), log.subList(Math.max(0, log.size() - lastLines), log.size()));
        }
    }

    /** Exit status after {@link #close}, or null when it was not started. */
    public Integer exitStatus() {
        return exitStatus;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        if (process != null && exitStatus == null) {
            process.destroy(); // SIGTERM to the target's own PID
            try {
                if (!process.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            exitStatus = process.isAlive() ? -1 : process.exitValue();
        }
        if (netnsCreated) {
            try {
                Commands.run(List.of("ip", "netns", "del", netns), 10);
                netnsCreated = false;
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
