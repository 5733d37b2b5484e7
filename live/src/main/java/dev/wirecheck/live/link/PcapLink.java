package dev.wirecheck.live.link;

import dev.wirecheck.wire.Frame;
import org.pcap4j.core.BpfProgram;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.Pcaps;

import java.sql.Timestamp;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One live Ethernet interface through libpcap (pcap4j): frames sent with {@link #send}, and
 * every frame seen on the interface (those sent included, as libpcap sees outgoing frames)
 * handed to a listener on a capture thread of its own. Two handles, because a libpcap
 * handle is not meant to be used from two threads at once.
 */
public final class PcapLink implements AutoCloseable {
    private static final int SNAPLEN = 65_535, READ_TIMEOUT_MS = 20;
    /** Kernel buffer: a device answers in bursts (a TCP window at wire speed) while we read frame by frame. */
    private static final int BUFFER_BYTES = 32 << 20;

    private final String iface;
    private final PcapHandle capture;
    private final PcapHandle sender;
    private final Thread reader;
    private final AtomicLong frameNumber = new AtomicLong();
    private volatile boolean running = true;
    private volatile Exception readFailure;

    private PcapLink(String iface, PcapHandle capture, PcapHandle sender, Consumer<Frame> listener) {
        this.iface = iface;
        this.capture = capture;
        this.sender = sender;
        this.reader = new Thread(() -> readLoop(listener), "pcap-" + iface);
        this.reader.setDaemon(true);
    }

    /**
     * Opens {@code iface} for sending and capturing; {@code filter} is a BPF expression (or
     * null for everything). Capturing has begun when this returns.
     */
    public static PcapLink open(String iface, String filter, Consumer<Frame> listener) throws LinkException {
        PcapNetworkInterface nif;
        try {
            nif = Pcaps.getDevByName(iface);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            throw libpcapMissing(e);
        } catch (PcapNativeException e) {
            throw new LinkException(iface + ": cannot list interfaces (" + e.getMessage() + ")", e);
        }
        if (nif == null) {
            throw new LinkException(iface + ": no such network interface", null);
        }
        PcapHandle capture = null;
        try {
            capture = handle(iface);
            if (filter != null) {
                capture.setFilter(filter, BpfProgram.BpfCompileMode.OPTIMIZE);
            }
            PcapHandle sender = handle(iface);
            PcapLink link = new PcapLink(iface, capture, sender, listener);
            link.reader.start();
            return link;
        } catch (PcapNativeException | NotOpenException e) {
            if (capture != null) {
                capture.close();
            }
            throw explain(iface, e);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw libpcapMissing(e);
        }
    }

    private static PcapHandle handle(String iface) throws PcapNativeException {
        return new PcapHandle.Builder(iface)
                .snaplen(SNAPLEN)
                .promiscuousMode(PcapNetworkInterface.PromiscuousMode.PROMISCUOUS)
                .timeoutMillis(READ_TIMEOUT_MS)
                .bufferSize(BUFFER_BYTES)
                .immediateMode(true)
                .build();
    }

    private static LinkException libpcapMissing(Throwable e) {
        String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("").replaceAll("[:\\s]+$", "");
        return new LinkException("libpcap not found: install the Debian package 'libpcap0.8' (" + why + ")", e);
    }

    private static LinkException explain(String iface, Exception e) {
        String m = String.valueOf(e.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("permission") || lower.contains("not permitted")) {
            return new LinkException(iface + ": no permission to capture and send (run as root, or give java "
                    + "CAP_NET_RAW and CAP_NET_ADMIN)", e);
        }
        if (lower.contains("no such device")) {
            return new LinkException(iface + ": no such network interface", e);
        }
        return new LinkException(iface + ": " + m, e);
    }

    private void readLoop(Consumer<Frame> listener) {
        try {
            while (running) {
                byte[] raw = capture.getNextRawPacket();
                if (raw == null) {
                    continue; // read timeout: look at the flag again
                }
                Timestamp ts = capture.getTimestamp();
                long nanos = Math.floorDiv(ts.getTime(), 1000L) * 1_000_000_000L + ts.getNanos();
                listener.accept(Frame.ethernet(raw, nanos, frameNumber.incrementAndGet()));
            }
        } catch (NotOpenException | RuntimeException e) {
            if (running) {
                readFailure = e;
            }
        }
    }

    /** Sends one frame as it is. */
    public synchronized void send(byte[] frame) throws LinkException {
        try {
            sender.sendPacket(frame);
        } catch (PcapNativeException | NotOpenException e) {
            throw explain(iface, e);
        }
    }

    /** Frames the kernel or libpcap dropped before we read them (a capture with holes), or -1 if unknown. */
    public long dropped() {
        try {
            return capture.getStats().getNumPacketsDropped() + capture.getStats().getNumPacketsDroppedByIf();
        } catch (PcapNativeException | NotOpenException | RuntimeException e) {
            return -1;
        }
    }

    /** Why capturing stopped early, or null. */
    public Exception readFailure() {
        return readFailure;
    }

    public String iface() {
        return iface;
    }

    /** Stops capturing (after the frames already seen were handed over) and closes both handles. */
    @Override
    public void close() {
        running = false;
        try {
            reader.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!reader.isAlive()) {
            capture.close();
        }
        sender.close();
    }
}
