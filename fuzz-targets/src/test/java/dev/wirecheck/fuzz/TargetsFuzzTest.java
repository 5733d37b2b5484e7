package dev.wirecheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The targets of {@link FuzzTargets} as JUnit 5 fuzz tests, for IDEs and for
 * {@code JAZZER_FUZZ=1 mvn test -pl fuzz-targets -Dtest='TargetsFuzzTest#tcp'} (Jazzer fuzzes
 * one method per JVM). Under plain {@code mvn test} each runs in regression mode on its
 * inputs in {@code src/test/resources}; the committed corpora and findings are replayed by
 * {@link CorporaAndFindingsRegressionTest}. {@code wirecheck fuzz} runs the same bodies through
 * Jazzer's driver instead ({@link WirecheckFuzzer}).
 */
class TargetsFuzzTest {
    private static final String MAX = "30s";

    private static void run(String target, byte[] input) {
        FuzzTargets.byName(target).body().run(input);
    }

    @FuzzTest(maxDuration = MAX)
    void ethernet(byte[] input) {
        run("ethernet", input);
    }

    @FuzzTest(maxDuration = MAX)
    void vlan(byte[] input) {
        run("vlan", input);
    }

    @FuzzTest(maxDuration = MAX)
    void sll(byte[] input) {
        run("sll", input);
    }

    @FuzzTest(maxDuration = MAX)
    void arp(byte[] input) {
        run("arp", input);
    }

    @FuzzTest(maxDuration = MAX)
    void ipv4(byte[] input) {
        run("ipv4", input);
    }

    @FuzzTest(maxDuration = MAX)
    void ipv6(byte[] input) {
        run("ipv6", input);
    }

    @FuzzTest(maxDuration = MAX)
    void icmpv4(byte[] input) {
        run("icmpv4", input);
    }

    @FuzzTest(maxDuration = MAX)
    void icmpv6(byte[] input) {
        run("icmpv6", input);
    }

    @FuzzTest(maxDuration = MAX)
    void ndp(byte[] input) {
        run("ndp", input);
    }

    @FuzzTest(maxDuration = MAX)
    void mld(byte[] input) {
        run("mld", input);
    }

    @FuzzTest(maxDuration = MAX)
    void igmp(byte[] input) {
        run("igmp", input);
    }

    @FuzzTest(maxDuration = MAX)
    void tcp(byte[] input) {
        run("tcp", input);
    }

    @FuzzTest(maxDuration = MAX)
    void udp(byte[] input) {
        run("udp", input);
    }

    @FuzzTest(maxDuration = MAX)
    void dhcp(byte[] input) {
        run("dhcp", input);
    }

    @FuzzTest(maxDuration = MAX)
    void dns(byte[] input) {
        run("dns", input);
    }

    @FuzzTest(maxDuration = MAX)
    void dissector(byte[] input) {
        run("dissector", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiEthernet(byte[] input) {
        run("kaitai-ethernet", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiSll(byte[] input) {
        run("kaitai-sll", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiArp(byte[] input) {
        run("kaitai-arp", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiIpv4(byte[] input) {
        run("kaitai-ipv4", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiIpv6(byte[] input) {
        run("kaitai-ipv6", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiIcmpv4(byte[] input) {
        run("kaitai-icmpv4", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiIcmpv6(byte[] input) {
        run("kaitai-icmpv6", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiIgmp(byte[] input) {
        run("kaitai-igmp", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiTcp(byte[] input) {
        run("kaitai-tcp", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiUdp(byte[] input) {
        run("kaitai-udp", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiDhcp(byte[] input) {
        run("kaitai-dhcp", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiDns(byte[] input) {
        run("kaitai-dns", input);
    }

    @FuzzTest(maxDuration = MAX)
    void kaitaiDissector(byte[] input) {
        run("kaitai-dissector", input);
    }

    @FuzzTest(maxDuration = MAX)
    void differential(byte[] input) {
        run("differential", input);
    }

    @FuzzTest(maxDuration = MAX)
    void capture(byte[] input) {
        run("capture", input);
    }

    @FuzzTest(maxDuration = MAX)
    void check(byte[] input) {
        run("check", input);
    }

    @FuzzTest(maxDuration = MAX)
    void roundtrip(byte[] input) {
        run("roundtrip", input);
    }
}
