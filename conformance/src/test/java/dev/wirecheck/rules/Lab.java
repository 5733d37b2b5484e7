package dev.wirecheck.rules;

import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Checker;
import dev.wirecheck.check.FrameSource;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.RuleTally;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.Icmpv6Repr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.Ipv6Repr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A little test network for rule tests: a DUT (02:00:00:00:00:10, 192.0.2.10,
 * 2001:db8::10, fe80::10) and a peer (02:00:00:00:00:01, 192.0.2.1, 2001:db8::1, fe80::1).
 * Frames are built with the hand builders, 10 ms apart unless {@link #after} or {@link #spacing} say otherwise,
 * and the scenario is checked with {@code --dut-mac} of the DUT and a 1 s deadline.
 */
public final class Lab {
    public static final MacAddress DUT_MAC = MacAddress.parse("02:00:00:00:00:10");
    public static final MacAddress PEER_MAC = MacAddress.parse("02:00:00:00:00:01");
    public static final Inet4Address DUT4 = IpAddresses.v4("192.0.2.10");
    public static final Inet4Address PEER4 = IpAddresses.v4("192.0.2.1");
    public static final Inet6Address DUT6 = IpAddresses.v6("2001:db8::10");
    public static final Inet6Address PEER6 = IpAddresses.v6("2001:db8::1");
    public static final Inet6Address DUT_LL = IpAddresses.v6("fe80::10");
    public static final Inet6Address PEER_LL = IpAddresses.v6("fe80::1");
    public static final Octets DATA = Octets.of("wirecheck-echo-data-0123456789".getBytes());

    private final List<Frame> frames = new ArrayList<>();
    private long now = 1_700_000_000_000_000_000L;
    private long gap = 10_000_000L;
    private int ipId = 0x100;

    /** The DUT shows its addresses: one UDP datagram from each (port 5000 to the peer's port 9). */
    public static Lab withDut() {
        Lab lab = new Lab();
        lab.dut(lab.v4(DUT4, PEER4, IpProtocols.UDP), new UdpRepr(5000, 9));
        lab.dut(v6(DUT6, PEER6, IpProtocols.UDP, 64), new UdpRepr(5000, 9));
        lab.dut(v6(DUT_LL, PEER_LL, IpProtocols.UDP, 64), new UdpRepr(5000, 9));
        return lab;
    }

    public Ipv4Repr v4(Inet4Address src, Inet4Address dst, int protocol) {
        return Ipv4Repr.simple(src, dst, protocol, 64, ipId++ & 0xffff); // 16 bits: floods wrap around
    }

    public static Ipv6Repr v6(Inet6Address src, Inet6Address dst, int nextHeader, int hopLimit) {
        return Ipv6Repr.simple(src, dst, nextHeader, hopLimit);
    }

    public static byte[] build(MacAddress src, MacAddress dst, HeaderRepr... stack) {
        int type = stack[0] instanceof Ipv4Repr ? EtherTypes.IPV4 : stack[0] instanceof Ipv6Repr ? EtherTypes.IPV6
                : EtherTypes.ARP;
        HeaderRepr[] all = new HeaderRepr[stack.length + 1];
        all[0] = new EthernetRepr(dst, src, type);
        System.arraycopy(stack, 0, all, 1, stack.length);
        return FrameBuilder.of(all).build();
    }

    /** A frame from the peer to the DUT's MAC. */
    public Lab peer(HeaderRepr... stack) {
        return raw(build(PEER_MAC, DUT_MAC, stack));
    }

    /** A frame from the peer, changed by {@code edit} after it is built (to break one field). */
    public Lab peerEdited(Consumer<byte[]> edit, HeaderRepr... stack) {
        byte[] b = build(PEER_MAC, DUT_MAC, stack);
        edit.accept(b);
        return raw(b);
    }

    /** A frame from the DUT to the peer's MAC. */
    public Lab dut(HeaderRepr... stack) {
        return raw(build(DUT_MAC, PEER_MAC, stack));
    }

    public Lab peerTo(MacAddress dst, HeaderRepr... stack) {
        return raw(build(PEER_MAC, dst, stack));
    }

    /** A peer frame whose innermost header carries {@code payload}. */
    public Lab peerPayload(byte[] payload, HeaderRepr... stack) {
        HeaderRepr[] all = new HeaderRepr[stack.length + 1];
        all[0] = new EthernetRepr(DUT_MAC, PEER_MAC, stack[0] instanceof Ipv6Repr ? EtherTypes.IPV6 : EtherTypes.IPV4);
        System.arraycopy(stack, 0, all, 1, stack.length);
        return raw(FrameBuilder.of(all).payload(payload).build());
    }

    public Lab dutTo(MacAddress dst, HeaderRepr... stack) {
        return raw(build(DUT_MAC, dst, stack));
    }

    public Lab dutEdited(Consumer<byte[]> edit, HeaderRepr... stack) {
        byte[] b = build(DUT_MAC, PEER_MAC, stack);
        edit.accept(b);
        return raw(b);
    }

    public Lab raw(byte[] bytes) {
        frames.add(Frame.ethernet(bytes, now, frames.size() + 1));
        now += gap;
        return this;
    }

    /** From now on frames are {@code micros} apart (10 ms by default): floods need them denser. */
    public Lab spacing(long micros) {
        gap = micros * 1_000L;
        return this;
    }

    /** Lets time pass. */
    public Lab after(long millis) {
        now += millis * 1_000_000L;
        return this;
    }

    /** Echo request from the peer to the DUT's IPv4 address. */
    public Lab ping4(int seq) {
        return peer(v4(PEER4, DUT4, IpProtocols.ICMP), Icmpv4Repr.echoRequest(7, seq, DATA));
    }

    public Lab pong4(int seq) {
        return dut(v4(DUT4, PEER4, IpProtocols.ICMP), Icmpv4Repr.echoReply(7, seq, DATA));
    }

    public Lab ping6(int seq) {
        return peer(v6(PEER6, DUT6, IpProtocols.ICMPV6, 64), Icmpv6Repr.echo(128, 7, seq, DATA));
    }

    public Lab pong6(int seq) {
        return dut(v6(DUT6, PEER6, IpProtocols.ICMPV6, 64), Icmpv6Repr.echo(129, 7, seq, DATA));
    }

    public List<Frame> frames() {
        return frames;
    }

    /** A DUT frame that closes the capture well after every deadline. */
    public Lab end() {
        after(3000);
        return dut(v4(DUT4, PEER4, IpProtocols.UDP), new UdpRepr(5000, 9));
    }

    public CheckResult check() {
        try {
            return Checker.check(Path.of("lab.pcap"), FrameSource.of(frames),
                    CheckOptions.defaults().withDut(DUT_MAC.toString(), null), n -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one rule over the scenario (null: not exercised). */
    public Outcome outcome(String ruleId) {
        CheckResult r = end().check();
        return r.tallies().stream().filter(t -> t.rule().id().equals(ruleId)).findFirst()
                .map(RuleTally::outcome).orElseThrow(() -> new AssertionError("no rule " + ruleId));
    }

    /** Sets bytes at an offset (for building defects). */
    public static Consumer<byte[]> set(int offset, int... values) {
        return b -> {
            for (int i = 0; i < values.length; i++) {
                b[offset + i] = (byte) values[i];
            }
        };
    }

    public static byte[] copy(byte[] b) {
        return Arrays.copyOf(b, b.length);
    }
}
