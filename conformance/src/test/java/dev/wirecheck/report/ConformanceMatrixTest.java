package dev.wirecheck.report;

import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.vectors.RfcVectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The matrix over the real captures: what each MANIFEST says a stack does wrong shows up as
 * FAIL, what it says the stack does right as PASS, every FAIL is explained in
 * docs/conformance-notes.tsv, and docs/conformance-matrix.md is what the generator writes.
 */
class ConformanceMatrixTest {
    static List<ConformanceMatrix.Column> columns;
    static Path root;

    @BeforeAll
    static void checkEveryCapture() throws Exception {
        root = RfcVectors.root();
        columns = ConformanceMatrix.run(ConformanceMatrix.defaultStacks(root), CheckOptions.defaults());
    }

    static Outcome of(String stack, String rule) {
        return ConformanceMatrix.outcome(columns.stream().filter(c -> c.stack().name().equals(stack)).findFirst()
                .orElseThrow(), rule);
    }

    @Test
    void smoltcpManifestDeviationsFail() {
        // smoltcp MANIFEST, flags: no ARP probe of the offered address, no DAD, no reassembly beyond 1500 octets
        assertEquals(Outcome.FAIL, of("smoltcp", "RFC2131-2.2-probe-offered-address"));
        assertEquals(Outcome.FAIL, of("smoltcp", "RFC4862-5.4-dad-before-use"));
        assertEquals(Outcome.FAIL, of("smoltcp", "RFC1122-3.3.2-reassembly"));
        assertEquals(Outcome.FAIL, of("smoltcp (own driver)", "RFC2131-2.2-probe-offered-address"));
        assertEquals(Outcome.FAIL, of("smoltcp (own driver)", "RFC4862-5.4-dad-before-use"));
    }

    @Test
    void ordinaryBehaviourPasses() {
        // lwIP MANIFEST: answers pings (also reassembled ones), ARP, NDP, port unreachable; probes with ARP; does DAD
        for (String rule : List.of("RFC1122-3.2.2.6-echo-reply", "RFC1122-3.2.2.6-echo-data", "RFC826-reply",
                "RFC1122-4.1.3.1-port-unreachable", "RFC2131-2.2-probe-offered-address", "RFC4862-5.4-dad-before-use",
                "RFC1122-3.3.2-reassembly", "RFC4443-4.1-echo-reply", "RFC4861-7.2.4-ns-answered",
                "RFC2236-2-router-alert", "RFC9777-5-hop-limit", "RFC5227-2.1.1-probe-sender",
                "RFC1122-3.2.2-quote-unchanged")) {
            assertEquals(Outcome.PASS, of("lwIP", rule), "lwIP " + rule);
        }
        // smoltcp MANIFEST: ping, ping6 link-local with NS/NA, port unreachable all ok
        for (String rule : List.of("RFC1122-3.2.2.6-echo-reply", "RFC4443-4.1-echo-reply", "RFC4861-7.2.4-ns-answered",
                "RFC1122-4.1.3.1-port-unreachable", "RFC826-reply")) {
            assertEquals(Outcome.PASS, of("smoltcp", rule), "smoltcp " + rule);
        }
        // examples/README.md: the Linux kernel answers everything, reassembles 3000-octet pings, sends both unreachables
        for (String rule : List.of("RFC1122-3.2.2.6-echo-reply", "RFC4443-4.1-echo-reply", "RFC1122-3.3.2-reassembly",
                "RFC1122-4.1.3.1-port-unreachable", "RFC4443-3.1-port-unreachable", "RFC4862-5.4-dad-before-use",
                "RFC826-reply", "RFC4861-7.2.4-ns-answered")) {
            assertEquals(Outcome.PASS, of("Linux (example)", rule), "Linux " + rule);
        }
    }

    @Test
    void onlyTheDocumentedSmoltcpDeviationsFail() {
        List<String> failing = ConformanceMatrix.failures(columns);
        assertTrue(failing.stream().allMatch(k -> k.startsWith("smoltcp")), "unexpected failures: " + failing);
    }

    @Test
    void everyFailureIsExplainedInTheNotes() throws Exception {
        Map<String, String> notes = ConformanceMatrix.readNotes(root.resolve("docs/conformance-notes.tsv"));
        List<String> unexplained = ConformanceMatrix.failures(columns).stream().filter(k -> !notes.containsKey(k)).toList();
        assertTrue(unexplained.isEmpty(), "FAILs without a note in docs/conformance-notes.tsv: " + unexplained);
    }

    @Test
    void docsConformanceMatrixIsUpToDate() throws Exception {
        Map<String, String> notes = ConformanceMatrix.readNotes(root.resolve("docs/conformance-notes.tsv"));
        assertEquals(ConformanceMatrix.render(columns, notes), Files.readString(root.resolve("docs/conformance-matrix.md")),
                "docs/conformance-matrix.md is stale: run ./wirecheck matrix");
    }
}
