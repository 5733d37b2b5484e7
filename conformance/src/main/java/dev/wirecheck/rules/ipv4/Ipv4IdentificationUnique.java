package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import java.util.HashMap;
import java.util.Map;

import static dev.wirecheck.check.Level.MUST_NOT;

/**
 * A non-atomic datagram (one that is or may become fragmented: DF clear, or already a
 * fragment) needs an ID no other datagram of the same source, destination and protocol used
 * within one maximum datagram lifetime (RFC 6864 §4.3: "Sources emitting non-atomic datagrams
 * MUST NOT repeat IPv4 ID values within one MDL ..."), or reassembly mixes them up. Atomic datagrams (DF set,
 * unfragmented) may carry any ID (RFC 6864 §4.1). Each datagram is counted once, at its first
 * fragment.
 */
@Rule(id = "RFC6864-4.3-id-unique", rfc = 6864, section = "4.3", level = MUST_NOT, protocol = "IPv4",
        summary = "A non-atomic datagram does not repeat an IPv4 ID within one MSL for the same source, destination and protocol")
public final class Ipv4IdentificationUnique extends ConformanceRule {
    /** RFC 9293 §3.4.2 takes the maximum segment lifetime as 2 minutes. */
    static final long MSL = 120_000_000_000L;

    private final Map<Long, long[]> lastUse = new HashMap<>();
    private long cachedKey = Long.MIN_VALUE;
    private long[] cached;

    public Ipv4IdentificationUnique() {
        super(Kind.IPV4);
    }

    /** The last-use table of one (source, destination, protocol), remembered for the next frame too. */
    private long[] conversation(long key) {
        if (lastUse.size() > 256 && !lastUse.containsKey(key)) {
            lastUse.clear(); // bounded memory: 512 KiB per conversation, at most 256 kept
        }
        cachedKey = key;
        cached = lastUse.computeIfAbsent(key, k -> new long[65536]);
        return cached;
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Ipv4 ip = f.ipv4();
        boolean atomic = ip.dontFragment() && !ip.isFragment();
        if (atomic || ip.fragmentOffset() != 0) {
            return;
        }
        long key = ((long) ip.src() << 32) ^ ((long) ip.dst() << 8) ^ ip.protocol();
        long[] seen = key == cachedKey ? cached : conversation(key);
        long now = Frames.time(f);
        long before = seen[ip.identification()];
        // 0 marks "never": a real timestamp of exactly 0 ns is treated as never seen
        if (before != 0 && now - before < MSL) {
            judge.fail(this, String.format("ID 0x%04x reused %.3f s after its last use towards %s",
                    ip.identification(), (now - before) / 1e9, Frames.v4(ip.dst())),
                    Frames.mark(f, ip.offset() + 4, 2), Frames.number(f));
        } else {
            judge.conforms(this, Frames.number(f));
        }
        seen[ip.identification()] = now == 0 ? 1 : now;
    }
}
