package dev.wirecheck.cli;

import dev.wirecheck.check.AtomicFile;
import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.report.ConformanceMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code wirecheck matrix}: writes docs/conformance-matrix.md from every shared capture and the example. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "Check every capture of ../shared/captures and examples/ and write the conformance matrix.")
final class MatrixCommand implements Callable<Integer> {

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "the repository root (default: .)")
    Path root;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: ROOT/docs/conformance-matrix.md)")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<ConformanceMatrix.Column> columns = ConformanceMatrix.run(ConformanceMatrix.defaultStacks(root),
                CheckOptions.defaults());
        var notes = ConformanceMatrix.readNotes(root.resolve("docs/conformance-notes.tsv"));
        Path target = out != null ? out : root.resolve("docs/conformance-matrix.md");
        AtomicFile.writeString(target, ConformanceMatrix.render(columns, notes));
        List<String> unexplained = ConformanceMatrix.failures(columns).stream().filter(k -> !notes.containsKey(k)).toList();
        System.out.println("wrote " + target + (unexplained.isEmpty() ? "" : "; failures without a note: " + unexplained));
        return Main.OK;
    }
}
