package dev.wirecheck.check;

import java.io.IOException;
import java.nio.file.Path;

/** Renders a {@link CheckResult} into a file (JSON, JUnit XML, SARIF, HTML …). Writes atomically. */
public interface Report {
    void write(CheckResult result, Path file) throws IOException;
}
