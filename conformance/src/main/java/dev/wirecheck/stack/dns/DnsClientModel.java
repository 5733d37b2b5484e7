package dev.wirecheck.stack.dns;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dns;
import dev.wirecheck.wire.Frame;

import java.util.ArrayList;
import java.util.List;

/**
 * The DUT's DNS transactions over UDP and IPv4 as the capture shows them (RFC 1035 §4.2.1,
 * RFC 5452 §9.1): every standard query still waiting for its answer (server, source port, ID,
 * question, when it was last sent and how often), and the addresses genuine answers gave. A
 * query leaves when a response matching its server, port, ID and question arrives. Rules read
 * the model before the current frame updates it. Only DNS frames touch it; reading a question
 * name allocates its text, which DNS traffic (a few frames a lookup) can afford.
 */
public final class DnsClientModel {
    /** A capture of a resolver gone wild keeps at most this many open queries (the oldest go first). */
    static final int MAX_OPEN = 256, MAX_RESOLVED = 256;

    /** An outstanding query: where it went, from which port, with which ID and question. */
    public static final class Query {
        public final int server;
        public final int port;
        public final int id;
        public final String name;
        public final int type;
        public final long firstFrame;
        long lastSent;
        long lastFrame;
        int sent = 1;

        Query(int server, int port, int id, String name, int type, long frame, long time) {
            this.server = server;
            this.port = port;
            this.id = id;
            this.name = name;
            this.type = type;
            this.firstFrame = frame;
            this.lastFrame = frame;
            this.lastSent = time;
        }

        /** When the query was last (re)transmitted, in capture nanoseconds. */
        public long lastSent() {
            return lastSent;
        }

        public long lastFrame() {
            return lastFrame;
        }

        /** How often the DUT has sent this question so far. */
        public int sent() {
            return sent;
        }
    }

    private final List<Query> open = new ArrayList<>();
    private final int[] resolved = new int[MAX_RESOLVED];
    private int resolvedCount;

    /** A standard query of the DUT's resolver: UDP to port 53 over IPv4, not a response, one question read. */
    public static boolean isQuery(DecodedFrame f) {
        Dns d = f.dns();
        return d != null && !d.isMdns() && !d.overTcp() && !d.isResponse() && d.opcode() == 0 && f.ipv4() != null
                && f.udp() != null && f.udp().dstPort() == Dns.PORT && d.entries() > 0 && d.section(0) == Dns.QUESTION;
    }

    /** A response from port 53 over UDP and IPv4 (the DUT receives it), with its question read. */
    public static boolean isResponse(DecodedFrame f) {
        Dns d = f.dns();
        return d != null && !d.isMdns() && !d.overTcp() && d.isResponse() && f.ipv4() != null && f.udp() != null
                && f.udp().srcPort() == Dns.PORT;
    }

    /*
     * The first question's name of the frame in hand: asked up to twice per DNS frame, and
     * making it reads the name's labels (and pointers) into a new String.
     */
    private Frame namedFrame;
    private String name;

    private String questionName(DecodedFrame f) {
        if (f.frame() != namedFrame) {
            name = f.dns().name(0);
            namedFrame = f.frame();
        }
        return name;
    }

    /** The open query this query repeats (same server and question), or null. */
    public Query repeated(DecodedFrame query) {
        Dns d = query.dns();
        String name = questionName(query);
        for (Query q : open) {
            if (q.server == query.ipv4().dst() && q.type == d.type(0) && q.name.equalsIgnoreCase(name)) {
                return q;
            }
        }
        return null;
    }

    /** The open query this response answers (RFC 5452 §9.1: addresses, port, ID and question match), or null. */
    public Query answered(DecodedFrame response) {
        Dns d = response.dns();
        if (d.count(Dns.QUESTION) != 1 || d.entries() == 0 || d.section(0) != Dns.QUESTION) {
            return null;
        }
        String name = questionName(response);
        for (Query q : open) {
            if (q.server == response.ipv4().src() && q.port == response.udp().dstPort() && q.id == d.id()
                    && q.type == d.type(0) && q.name.equalsIgnoreCase(name)) {
                return q;
            }
        }
        return null;
    }

    /** Whether an open query asks this question (of any server, with any ID). */
    public Query asking(String name, int type) {
        for (Query q : open) {
            if (q.type == type && q.name.equalsIgnoreCase(name)) {
                return q;
            }
        }
        return null;
    }

    /** Whether a genuine (matching) answer gave this IPv4 address. */
    public boolean resolvedTo(int address) {
        for (int i = 0; i < resolvedCount; i++) {
            if (resolved[i] == address) {
                return true;
            }
        }
        return false;
    }

    /** Whether the query still waits for its answer. */
    public boolean isOpen(Query q) {
        return open.contains(q);
    }

    public int openQueries() {
        return open.size();
    }

    /** Updates the model with a DNS frame. */
    public void observe(DecodedFrame f, boolean fromDut) {
        if (fromDut && isQuery(f)) {
            Query q = repeated(f);
            if (q != null) {
                q.sent++;
                q.lastSent = f.frame().timestampNanos();
                q.lastFrame = f.frame().number();
                return;
            }
            if (open.size() == MAX_OPEN) {
                open.remove(0);
            }
            Dns d = f.dns();
            open.add(new Query(f.ipv4().dst(), f.udp().srcPort(), d.id(), questionName(f), d.type(0), f.frame().number(),
                    f.frame().timestampNanos()));
        } else if (!fromDut && isResponse(f)) {
            Query q = answered(f);
            if (q != null) {
                open.remove(q);
                forEachA(f, a -> {
                    if (resolvedCount < MAX_RESOLVED && !resolvedTo(a)) {
                        resolved[resolvedCount++] = a;
                    }
                });
            }
        }
    }

    /** Calls {@code sink} with the address of every A record in the answer section. */
    public static void forEachA(DecodedFrame f, java.util.function.IntConsumer sink) {
        Dns d = f.dns();
        for (int i = 0; i < d.entries(); i++) {
            if (d.section(i) == Dns.ANSWER && d.type(i) == Dns.TYPE_A && d.rdataLength(i) == 4) {
                sink.accept((int) dev.wirecheck.wire.Bytes.u32(f.bytes(), d.rdataOffset(i)));
            }
        }
    }
}
