package dev.wirecheck.cli;

import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Report;
import dev.wirecheck.report.HtmlReport;
import dev.wirecheck.report.JunitXmlReport;
import dev.wirecheck.report.SarifReport;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report files a command can write besides its terminal output, as a picocli mixin:
 * {@code @Mixin ReportOptions reports;} then {@code reports.writeAll(result)}. Each file is
 * written atomically (temporary file beside it, then renamed) with the umask's permissions.
 */
public final class ReportOptions {

    @Option(names = "--junit", paramLabel = "FILE", description = "write JUnit XML (one test case per rule) to FILE")
    Path junit;

    @Option(names = "--sarif", paramLabel = "FILE", description = "write SARIF 2.1.0 (for code-scanning dashboards) to FILE")
    Path sarif;

    @Option(names = "--html", paramLabel = "FILE", description = "write a self-contained HTML report to FILE")
    Path html;

    /** The reports asked for, by file, in option order. */
    Map<Path, Report> requested() {
        Map<Path, Report> out = new LinkedHashMap<>();
        if (junit != null) {
            out.put(junit, new JunitXmlReport());
        }
        if (sarif != null) {
            out.put(sarif, new SarifReport());
        }
        if (html != null) {
            out.put(html, new HtmlReport());
        }
        return out;
    }

    /**
     * Writes every report asked for. One that cannot be written does not stop the others; the
     * first failure is thrown afterwards (its message names the file), the rest added as suppressed.
     *
     * @return the files written
     */
    public List<Path> writeAll(CheckResult result) throws IOException {
        List<Path> written = new ArrayList<>();
        IOException first = null;
        for (Map.Entry<Path, Report> e : requested().entrySet()) {
            try {
                e.getValue().write(result, e.getKey());
                written.add(e.getKey());
            } catch (IOException ex) {
                IOException named = new IOException("cannot write " + e.getKey() + ": " + Errors.oneLine(ex), ex);
                if (first == null) {
                    first = named;
                } else {
                    first.addSuppressed(named);
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return written;
    }
}
