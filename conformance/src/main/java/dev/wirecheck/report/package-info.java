/**
 * Report files rendered from a {@link dev.wirecheck.check.CheckResult}: JUnit XML for CI test
 * views ({@link dev.wirecheck.report.JunitXmlReport}), SARIF 2.1.0 for code-scanning dashboards
 * ({@link dev.wirecheck.report.SarifReport}, locating offending bytes in the capture file through
 * {@link dev.wirecheck.report.FrameOffsets}) and a self-contained HTML page with a ladder diagram
 * and marked hex dumps ({@link dev.wirecheck.report.HtmlReport}). They read the result model only;
 * every file is written atomically through {@link dev.wirecheck.check.AtomicFile}.
 */
package dev.wirecheck.report;
