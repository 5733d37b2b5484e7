package dev.wirecheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wirecheck.check.AtomicFile;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.FrameRecord;
import dev.wirecheck.check.Highlight;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.Report;
import dev.wirecheck.check.RuleInfo;
import dev.wirecheck.check.RuleTally;
import dev.wirecheck.check.Verdict;
import dev.wirecheck.wire.Bytes;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code --json FILE}: the whole result, for scripts. Shape (format 1): {@code capture}, {@code dut},
 * {@code deadline_ns}, {@code frames_total}, {@code counts}, {@code mandatory_failed}, {@code rules}
 * (citation and tally per rule), {@code verdicts}, {@code frames} (number, time, side, summary, hex).
 */
public final class JsonReport implements Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(CheckResult result, Path file) throws IOException {
        AtomicFile.write(file, JSON.writeValueAsBytes(toJson(result)));
    }

    public static ObjectNode toJson(CheckResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.put("capture", r.capture().toString());
        ObjectNode dut = root.putObject("dut");
        dut.put("mac", r.dut().mac());
        ArrayNode addrs = dut.putArray("addresses");
        r.dut().addresses().forEach(addrs::add);
        dut.put("how", r.dut().how().name());
        dut.put("explanation", r.dut().explanation());
        root.put("deadline_ns", r.deadlineNanos());
        root.put("frames_total", r.framesTotal());
        ObjectNode counts = root.putObject("counts");
        r.counts().forEach((o, n) -> counts.put(o.name(), n));
        root.put("mandatory_failed", r.mandatoryFailed());
        ArrayNode rules = root.putArray("rules");
        for (RuleTally t : r.tallies()) {
            ObjectNode n = rule(rules.addObject(), t.rule());
            Outcome o = t.outcome();
            n.put("outcome", o == null ? "NOT_EXERCISED" : o.name());
            n.put("pass", t.pass());
            n.put("fail", t.fail());
            n.put("inconclusive", t.inconclusive());
        }
        ArrayNode verdicts = root.putArray("verdicts");
        for (Verdict v : r.verdicts()) {
            ObjectNode n = verdicts.addObject();
            n.put("rule", v.rule().id());
            n.put("outcome", v.outcome().name());
            ArrayNode fs = n.putArray("frames");
            v.frames().forEach(fs::add);
            n.put("message", v.message());
            ArrayNode hs = n.putArray("highlights");
            for (Highlight h : v.highlights()) {
                hs.addObject().put("frame", h.frame()).put("offset", h.offset()).put("length", h.length());
            }
        }
        ArrayNode frames = root.putArray("frames");
        for (FrameRecord f : r.frames()) {
            frames.addObject().put("number", f.number()).put("timestamp_ns", f.timestampNanos())
                    .put("side", f.side().name()).put("summary", f.summary())
                    .put("hex", Bytes.hex(f.bytes(), 0, f.bytes().length));
        }
        return root;
    }

    static ObjectNode rule(ObjectNode n, RuleInfo r) {
        n.put("id", r.id());
        n.put("rfc", r.rfc());
        n.put("section", r.section());
        n.put("level", r.level().text());
        n.put("protocol", r.protocol());
        n.put("summary", r.summary());
        return n;
    }
}
