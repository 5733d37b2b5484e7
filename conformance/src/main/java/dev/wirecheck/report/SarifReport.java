package dev.wirecheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wirecheck.check.AtomicFile;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Highlight;
import dev.wirecheck.check.Level;
import dev.wirecheck.check.Report;
import dev.wirecheck.check.RuleInfo;
import dev.wirecheck.check.RuleTally;
import dev.wirecheck.check.Verdict;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The check result as SARIF 2.1.0 (OASIS), for code-scanning dashboards. The rule catalogue
 * becomes {@code tool.driver.rules} (with a link to the RFC section); every failing verdict
 * becomes a result whose level follows the RFC 2119 keyword (MUST → error, SHOULD → warning,
 * MAY → note) and whose location is the capture file with a binary region: the offending bytes
 * when the verdict marks them, else the whole frame it rests on. Passing and inconclusive
 * verdicts are counted in the run's properties, not listed: a dashboard shows problems.
 */
public final class SarifReport implements Report {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(CheckResult result, Path file) throws IOException {
        AtomicFile.write(file, JSON.writeValueAsBytes(render(result)));
    }

    public ObjectNode render(CheckResult result) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "wirecheck");
        driver.put("informationUri", "https://www.rfc-editor.org/");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<RuleTally> tallies = result.tallies();
        for (RuleTally t : tallies) {
            ruleIndex.put(t.rule().id(), rules.size());
            rules.add(rule(t.rule()));
        }

        ObjectNode props = run.putObject("properties");
        ObjectNode artifact = run.putArray("artifacts").addObject();
        artifact.putObject("location").put("uri", uri(result.capture()));
        try {
            artifact.put("length", Files.size(result.capture()));
        } catch (IOException e) {
            artifact.put("length", -1); // SARIF §3.24.5: -1 = length unknown
        }

        List<Verdict> failures = result.verdicts().stream().filter(Verdict::failed).toList();
        Map<Long, Long> offsets = frameOffsets(result, failures, props);
        ArrayNode results = run.putArray("results");
        for (Verdict v : failures) {
            results.add(result(result, v, ruleIndex.get(v.rule().id()), offsets));
        }

        props.put("capture", result.capture().toString());
        props.put("framesTotal", result.framesTotal());
        props.put("dut", result.dut().explanation());
        result.counts().forEach((o, n) -> props.put(o.name().toLowerCase(java.util.Locale.ROOT), n));
        run.putArray("invocations").addObject().put("executionSuccessful", true);
        return log;
    }

    private static ObjectNode rule(RuleInfo r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", r.id());
        n.putObject("shortDescription").put("text", r.summary());
        n.putObject("fullDescription").put("text", r.citation() + " (" + r.level().text() + "): " + r.summary());
        n.put("helpUri", RfcLinks.section(r));
        n.putObject("help").put("text", r.summary() + " — " + r.citation() + ", " + r.level().text()
                + ". " + RfcLinks.section(r));
        n.putObject("defaultConfiguration").put("level", level(r.level()));
        ObjectNode p = n.putObject("properties");
        p.putArray("tags").add(r.protocol()).add("RFC" + r.rfc()).add(r.level().text());
        p.put("rfc", r.rfc());
        p.put("section", r.section());
        p.put("requirement", r.level().text());
        p.put("protocol", r.protocol());
        return n;
    }

    /** SARIF result level for an RFC 2119 keyword. */
    static String level(Level level) {
        return switch (level) {
            case MUST, MUST_NOT, REQUIRED, SHALL, SHALL_NOT, NO_KEYWORD -> "error";
            case SHOULD, SHOULD_NOT, RECOMMENDED, NOT_RECOMMENDED -> "warning";
            case MAY, OPTIONAL -> "note";
        };
    }

    private static ObjectNode result(CheckResult result, Verdict v, int ruleIndex, Map<Long, Long> offsets) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ruleId", v.rule().id());
        n.put("ruleIndex", ruleIndex);
        n.put("kind", "fail");
        n.put("level", level(v.rule().level()));
        n.putObject("message").put("text", ReportText.verdictLine(v));
        ArrayNode locations = n.putArray("locations");
        List<Long> blamed = ReportText.blamedFrames(v);
        if (v.highlights().isEmpty()) {
            blamed.forEach(f -> locations.add(location(result, f, 0, Integer.MAX_VALUE, offsets)));
        } else {
            for (Highlight h : v.highlights()) {
                locations.add(location(result, h.frame(), h.offset(), h.length(), offsets));
            }
        }
        ArrayNode related = n.putArray("relatedLocations");
        for (long f : v.frames()) {
            if (!blamed.contains(f)) {
                ObjectNode loc = location(result, f, 0, Integer.MAX_VALUE, offsets);
                loc.put("id", related.size());
                loc.putObject("message").put("text", "frame " + f
                        + result.frame(f).map(r -> ": " + r.summary()).orElse(""));
                related.add(loc);
            }
        }
        n.putObject("partialFingerprints").put("wirecheckVerdict/v1", v.rule().id() + "@" + v.frames());
        n.putObject("properties").putPOJO("frames", v.frames());
        return n;
    }

    /**
     * A location in the capture file: {@code length} bytes from {@code offset} in frame {@code frame},
     * clipped to the frame's captured length; without a region when the frame cannot be found.
     */
    private static ObjectNode location(CheckResult result, long frame, int offset, int length, Map<Long, Long> offsets) {
        ObjectNode loc = JSON.createObjectNode();
        ObjectNode physical = loc.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(result.capture())).put("index", 0);
        Long start = offsets.get(frame);
        if (start != null) {
            ObjectNode region = physical.putObject("region");
            region.put("byteOffset", start + offset);
            result.frame(frame).ifPresent(f -> {
                int available = Math.max(0, f.bytes().length - offset);
                region.put("byteLength", Math.min(length, available));
            });
        }
        loc.putArray("logicalLocations").addObject().put("name", "frame " + frame).put("kind", "packet");
        return loc;
    }

    private static Map<Long, Long> frameOffsets(CheckResult result, List<Verdict> failures, ObjectNode runProperties) {
        List<Long> needed = failures.stream().flatMap(v -> v.frames().stream()).distinct().toList();
        if (needed.isEmpty()) {
            return Map.of();
        }
        try {
            return FrameOffsets.locate(result.capture(), needed);
        } catch (IOException e) {
            // the report still lists every failure, only without byte regions; say why
            runProperties.put("regionsUnavailable", "cannot read " + result.capture() + ": " + e);
            return Map.of();
        }
    }

    /** A relative path stays relative (resolved against the checkout by dashboards), an absolute one is a file: URI. */
    static String uri(Path capture) {
        if (capture.isAbsolute()) {
            return capture.toUri().toASCIIString();
        }
        try {
            return new URI(null, null, capture.toString().replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("capture path cannot be a URI: " + capture, e);
        }
    }
}
