package dev.wirecheck.cli;

import dev.wirecheck.capture.CaptureFormatException;
import dev.wirecheck.fuzz.BuilderSeeds;
import dev.wirecheck.fuzz.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code wirecheck import}: captures become seed inputs, per fuzz target, deduplicated by SHA-1. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turn each frame of the captures into seed inputs for every fuzz target it concerns",
                "(the whole frame for the dissectors, the layer's bytes for a layer target), deduplicated by SHA-1,",
                "with <dir>/<target>/PROVENANCE.tsv recording capture file, frame number and stack."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "CAPTURE", description = "pcap or pcapng files")
    List<Path> captures = List.of();

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "corpora",
            description = "corpora directory (default: ${DEFAULT-VALUE})")
    Path into;

    @Option(names = "--stack", paramLabel = "NAME",
            description = "device stack for the provenance (default: guessed from the path: lwip, smoltcp, linux)")
    String stack;

    @Option(names = "--one-per-shape",
            description = "one seed per target and frame shape, not every distinct frame (for committed corpora)")
    boolean onePerShape;

    @Option(names = "--builders", description = "also add the project's own builder seeds (VLAN, IGMP, DHCP, DNS, round trip)")
    boolean builders;

    @Override
    public Integer call() throws IOException {
        if (captures.isEmpty() && !builders) {
            System.err.println("wirecheck: import needs at least one CAPTURE (or --builders)");
            return Main.USAGE;
        }
        Corpus corpus = new Corpus(into).onePerShape(onePerShape);
        int status = Main.OK;
        for (Path capture : captures) {
            try {
                corpus.importCapture(capture, capture.toString(), stack != null ? stack : Corpus.stackOf(capture));
            } catch (CaptureFormatException e) {
                corpus.flush(); // the frames before the damage are kept
                System.err.println("wirecheck: " + e.getMessage());
                status = Main.USAGE;
            }
        }
        if (builders) {
            BuilderSeeds.addTo(corpus);
        }
        Map<String, Integer> added = corpus.added();
        int total = 0;
        for (Map.Entry<String, Integer> e : added.entrySet()) {
            System.out.printf("%-18s +%d%n", e.getKey(), e.getValue());
            total += e.getValue();
        }
        System.out.printf("%d new inputs in %d targets under %s%n", total, added.size(), into);
        return status;
    }
}
