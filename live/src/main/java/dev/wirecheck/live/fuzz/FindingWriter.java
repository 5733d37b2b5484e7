package dev.wirecheck.live.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Saves a live finding as {@code findings/live-<name>/<id>/} with {@code reproducer.pcap}
 * (the link's frames from the K-th last stimulus on, the device's answers included, so that
 * {@code wirecheck replay} recognises the device and follows its TCP connections) and
 * {@code finding.json}. The directory is assembled under a temporary name and renamed into
 * place, so a finding is either complete or absent. The id is derived from the stimuli, so
 * the same reproducer is saved once.
 */
final class FindingWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FindingWriter() {}

    /**
     * Adds {@code fields} to the finding's {@code finding.json} (e.g. how the target process
     * ended, which only its parent knows), replacing the file atomically.
     */
    @SuppressWarnings("unchecked")
    static void annotate(Path findingDir, Map<String, Object> fields) throws IOException {
        Path file = findingDir.resolve("finding.json");
        Map<String, Object> json = JSON.readValue(file.toFile(), LinkedHashMap.class);
        json.putAll(fields);
        Path temp = Files.createTempFile(findingDir, ".finding", ".json.part");
        try {
            JSON.writeValue(temp.toFile(), json);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Where the finding is (an existing one when the same stimuli were saved before). */
    static Path write(Path findingsRoot, String target, String kind, List<Frame> history, MacAddress peer,
                      MacAddress device, int stimuliWanted) throws IOException {
        List<Frame> reproducer = lastStimuliOnwards(history, peer, stimuliWanted);
        int stimuli = (int) reproducer.stream().filter(f -> isFrom(f, peer)).count();
        String hash = sha1(reproducer, peer);
        String id = hash.substring(0, 16);
        Path dir = findingsRoot.resolve(target);
        Path finalDir = dir.resolve(id);
        if (Files.isDirectory(finalDir)) {
            return finalDir;
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempDirectory(dir, "." + id + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp.resolve("reproducer.pcap"));
                 PcapWriter w = new PcapWriter(out, 1, true)) {
                for (Frame f : reproducer) {
                    w.write(f);
                }
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("target", target);
            json.put("id", id);
            json.put("status", "new");
            json.put("first_seen", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            json.put("kind", kind);
            json.put("stimuli", stimuli);
            json.put("hash", hash);
            json.put("device_mac", device.toString());
            json.put("reproduce", "wirecheck replay " + finalDir.resolve("reproducer.pcap")
                    + " --capture-dut-mac " + device + " --iface IF --dut-mac M --dut-ip A");
            JSON.writeValue(temp.resolve("finding.json").toFile(), json);
            Files.move(temp, finalDir, StandardCopyOption.ATOMIC_MOVE);
            return finalDir;
        } finally {
            if (Files.exists(temp)) {
                try (Stream<Path> files = Files.walk(temp)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static boolean isFrom(Frame f, MacAddress station) {
        return f.data().length >= 12 && MacAddress.of(f.data(), 6).equals(station);
    }

    /** The history from the {@code k}-th last frame the peer sent onwards. */
    static List<Frame> lastStimuliOnwards(List<Frame> history, MacAddress peer, int k) {
        int seen = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            if (isFrom(history.get(i), peer) && ++seen == k) {
                return history.subList(i, history.size());
            }
        }
        return history;
    }

    private static String sha1(List<Frame> frames, MacAddress peer) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-1");
            for (Frame f : frames) {
                if (isFrom(f, peer)) {
                    d.update(f.data());
                }
            }
            return Bytes.hex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JVM", e);
        }
    }
}
