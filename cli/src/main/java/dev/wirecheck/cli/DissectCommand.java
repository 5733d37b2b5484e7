package dev.wirecheck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.wirecheck.capture.CaptureFormatException;
import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Layer;
import dev.wirecheck.wire.Malformation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code wirecheck dissect}: every frame's layers, fields and malformations. */
@Command(name = "dissect", mixinStandardHelpOptions = true,
        description = "Print each frame's layers, fields (Wireshark names) and malformations.")
final class DissectCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "pcap or pcapng capture files")
    List<Path> files;

    @Option(names = "--json", description = "one JSON object per frame instead of text")
    boolean json;

    @Option(names = "--malformed-only", description = "only frames with malformations")
    boolean malformedOnly;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        Dissector dissector = new Dissector();
        JsonGenerator gen = json ? new JsonFactory().createGenerator(out).setRootValueSeparator(null) : null;
        int status = Main.OK;
        for (Path file : files) {
            try (CaptureReader reader = CaptureReader.open(file)) {
                Frame f;
                while ((f = reader.next()) != null) {
                    Dissection d = dissector.dissect(f).toDissection();
                    if (malformedOnly && d.malformations().isEmpty()) {
                        continue;
                    }
                    if (gen != null) {
                        FrameJson.write(gen, file, f, d);
                        gen.flush();
                        out.println();
                    } else {
                        printText(out, file, f, d);
                    }
                }
            } catch (CaptureFormatException e) {
                System.err.println("wirecheck: " + e.getMessage());
                status = Main.USAGE;
            }
        }
        if (gen != null) {
            gen.flush();
        }
        return status;
    }

    static void printText(PrintStream out, Path file, Frame f, Dissection d) {
        out.printf("Frame %d: %d bytes on wire, %d captured, %s (%s)%n", f.number(), f.originalLength(), f.length(),
                d.protocols(), file.getFileName());
        for (Layer l : d.layers()) {
            out.printf("  %s  [offset %d, %d bytes]%n", l.name(), l.offset(), l.length());
            for (Field fl : l.fields()) {
                out.printf("    %-40s %s%n", fl.name(), fl.display());
            }
        }
        for (Malformation m : d.malformations()) {
            out.printf("  [malformed] %s at byte %d: %s%n", m.id(), m.offset(), m.message());
        }
    }
}
