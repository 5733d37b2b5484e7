package dev.wirecheck.report;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.check.FrameRecord;
import dev.wirecheck.check.Side;
import dev.wirecheck.oracle.Captures;
import dev.wirecheck.oracle.ExternalTools;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** The ladder's relative TCP numbers agree with tshark's relative sequence analysis on real device captures. */
class TcpRelativeNumbersTest {
    private static final Pattern LABEL = Pattern.compile("seq=(\\d+)(?: ack=(\\d+))? len=(\\d+)");

    @Test
    void relativeSeqAckAndLengthMatchTsharkOnRealConnections() throws Exception {
        Path tshark = ExternalTools.require("tshark", "tshark");
        int compared = 0;
        for (String name : List.of("lwip/04-http-small.pcap", "smoltcp/04-http-small.pcap",
                "lwip/09-tcp-closed-port.pcap", "smoltcp/09-tcp-closed-port.pcap", "lwip/11-tcp-parallel.pcap")) {
            Path capture = Captures.shared().resolve(name);
            List<String[]> expected = tshark(tshark, capture);
            List<Frame> frames = CaptureReader.readAll(capture);
            assertEquals(expected.size(), frames.size(), name);
            TcpRelativeNumbers numbers = new TcpRelativeNumbers();
            for (Frame f : frames) {
                String[] t = expected.get((int) f.number() - 1);
                Optional<String> label = numbers.label(new FrameRecord(f.number(), f.timestampNanos(), Side.UNKNOWN, f.data(), ""));
                boolean isTcp = t.length > 1 && !t[1].isEmpty();
                assertEquals(isTcp, label.isPresent(), name + " frame " + f.number());
                if (!isTcp) {
                    continue;
                }
                Matcher m = LABEL.matcher(label.get());
                assertTrue(m.matches(), label.get());
                String where = name + " frame " + f.number();
                assertEquals(t[1], m.group(1), where + " seq");
                assertEquals(t[3], m.group(3), where + " len");
                if (t[4].equals("1")) {
                    assertEquals(t[2], m.group(2), where + " ack");
                } else {
                    assertNull(m.group(2), where + ": no ack without the ACK flag");
                }
                compared++;
            }
        }
        assertTrue(compared > 1000, "compared " + compared + " TCP frames");
    }

    /** Per frame: number, tcp.seq, tcp.ack, tcp.len, tcp.flags.ack, with tshark's default relative numbering. */
    private static List<String[]> tshark(Path tshark, Path capture) throws IOException, InterruptedException {
        Path out = Files.createTempFile("tshark", ".tsv");
        try {
            Process p = new ProcessBuilder(tshark.toString(), "-r", capture.toString(), "-T", "fields",
                    "-e", "frame.number", "-e", "tcp.seq", "-e", "tcp.ack", "-e", "tcp.len", "-e", "tcp.flags.ack",
                    "-o", "tcp.relative_sequence_numbers:TRUE", "-o", "tcp.desegment_tcp_streams:FALSE")
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("tshark did not finish on " + capture);
            }
            assertEquals(0, p.exitValue(), "tshark on " + capture);
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(out)) {
                rows.add(line.split("\t", -1));
            }
            return rows;
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
