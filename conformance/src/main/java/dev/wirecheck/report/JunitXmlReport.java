package dev.wirecheck.report;

import dev.wirecheck.check.AtomicFile;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.Report;
import dev.wirecheck.check.RuleTally;
import dev.wirecheck.check.Verdict;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The check result as JUnit XML, so any CI server shows conformance as tests: one test suite per
 * capture, one test case per rule. A failing rule is a {@code <failure>} listing every failing
 * verdict with its frames; an inconclusive rule, or one the capture never exercised, is
 * {@code <skipped>} with the reason. The element and attribute set is the common one (Ant's
 * JUnit task, as Jenkins, GitLab and GitHub test reporters read it).
 */
public final class JunitXmlReport implements Report {

    @Override
    public void write(CheckResult result, Path file) throws IOException {
        AtomicFile.writeString(file, render(result));
    }

    public String render(CheckResult result) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            List<RuleTally> tallies = result.tallies();
            int failures = (int) tallies.stream().filter(t -> t.outcome() == Outcome.FAIL).count();
            int skipped = (int) tallies.stream().filter(t -> t.outcome() != Outcome.FAIL && t.outcome() != Outcome.PASS).count();
            String suite = suiteName(result.capture());

            x.writeStartElement("testsuites");
            counts(x, "wirecheck check", tallies.size(), failures, skipped);
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            counts(x, suite, tallies.size(), failures, skipped);
            x.writeCharacters("\n    ");
            properties(x, result);
            for (RuleTally t : tallies) {
                x.writeCharacters("\n    ");
                testCase(x, result, suite, t);
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML into memory", e);
        }
        return text.toString();
    }

    private static void counts(XMLStreamWriter x, String name, int tests, int failures, int skipped) throws XMLStreamException {
        attr(x, "name", name);
        attr(x, "tests", String.valueOf(tests));
        attr(x, "failures", String.valueOf(failures));
        attr(x, "errors", "0");
        attr(x, "skipped", String.valueOf(skipped));
        attr(x, "time", "0");
    }

    private static void properties(XMLStreamWriter x, CheckResult result) throws XMLStreamException {
        x.writeStartElement("properties");
        property(x, "capture", result.capture().toString());
        property(x, "frames", String.valueOf(result.framesTotal()));
        property(x, "dut", result.dut().explanation());
        property(x, "dut.mac", result.dut().mac() == null ? "" : result.dut().mac());
        property(x, "dut.addresses", String.join(" ", result.dut().addresses()));
        property(x, "deadline.seconds", String.valueOf(result.deadlineNanos() / 1e9));
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        attr(x, "name", name);
        attr(x, "value", value);
    }

    private static void testCase(XMLStreamWriter x, CheckResult result, String suite, RuleTally t) throws XMLStreamException {
        Outcome outcome = t.outcome();
        boolean empty = outcome == Outcome.PASS;
        if (empty) {
            x.writeEmptyElement("testcase");
        } else {
            x.writeStartElement("testcase");
        }
        attr(x, "name", t.rule().id());
        // classname groups the cases in CI views: per capture, then per protocol
        attr(x, "classname", "wirecheck." + suite + "." + t.rule().protocol());
        attr(x, "time", "0");
        if (empty) {
            return;
        }
        List<Verdict> verdicts = result.verdictsOf(t.rule().id());
        if (outcome == Outcome.FAIL) {
            List<Verdict> failed = verdicts.stream().filter(Verdict::failed).toList();
            x.writeStartElement("failure");
            attr(x, "message", t.rule().level().text() + " (" + t.rule().citation() + "): " + failed.get(0).message()
                    + (failed.size() > 1 ? " (+" + (failed.size() - 1) + " more)" : ""));
            attr(x, "type", t.rule().level().text());
            StringBuilder body = new StringBuilder();
            body.append(t.rule().summary()).append('\n').append(t.rule().citation()).append(", ")
                    .append(t.rule().level().text()).append(": ").append(t.fail()).append(" of ").append(t.total())
                    .append(" verdicts failed\n");
            for (Verdict v : failed) {
                body.append('\n').append(ReportText.verdictWithFrames(result, v));
            }
            x.writeCharacters(ReportText.xmlSafe(body.toString()));
            x.writeEndElement();
        } else {
            x.writeEmptyElement("skipped");
            attr(x, "message", outcome == Outcome.INCONCLUSIVE
                    ? "inconclusive: " + ReportText.verdictLine(verdicts.stream()
                            .filter(v -> v.outcome() == Outcome.INCONCLUSIVE).findFirst().orElseThrow())
                    : "not exercised: nothing in this capture calls for this rule");
        }
        x.writeEndElement();
    }

    private static void attr(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeAttribute(name, ReportText.xmlSafe(value));
    }

    /** The capture's file name without dots, which CI views would take for package separators. */
    static String suiteName(Path capture) {
        Path name = capture.getFileName();
        return (name == null ? capture.toString() : name.toString()).replace('.', '_');
    }
}
