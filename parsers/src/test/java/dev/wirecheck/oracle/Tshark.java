package dev.wirecheck.oracle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * tshark as an independent oracle: runs {@code tshark -T json} on a capture and flattens
 * each frame's protocol tree into field name → values in tree order (a name repeated in
 * nested trees, like the IP header quoted in an ICMP error, gets several values).
 *
 * <p>Options make per-frame fields comparable with a parser that does not reassemble:
 * no TCP desegmentation, no IP defragmentation, absolute sequence numbers.
 */
public final class Tshark {
    public static final List<String> OPTIONS = List.of(
            "-o", "tcp.desegment_tcp_streams:FALSE",
            "-o", "tcp.relative_sequence_numbers:FALSE",
            "-o", "ip.defragment:FALSE",
            "-o", "ipv6.defragment:FALSE");

    private Tshark() {}

    /** One map per frame, in capture order. */
    public static List<Map<String, List<String>>> fields(Path tshark, Path capture) throws IOException, InterruptedException {
        return fields(tshark, capture, List.of());
    }

    /** As {@link #fields(Path, Path)}, with further {@code -o} preferences (e.g. checksum validation). */
    public static List<Map<String, List<String>>> fields(Path tshark, Path capture, List<String> moreOptions)
            throws IOException, InterruptedException {
        // Without --no-duplicate-keys: a key repeated in one object (two NOP options around a
        // SACK-permitted) stays in wire order, which the streaming parser below keeps.
        List<String> cmd = new ArrayList<>(List.of(tshark.toString(), "-r", capture.toString(), "-T", "json"));
        cmd.addAll(OPTIONS);
        cmd.addAll(moreOptions);
        Path err = Files.createTempFile("tshark", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            List<Map<String, List<String>>> frames;
            try (InputStream in = p.getInputStream()) {
                frames = parse(in);
            }
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("tshark did not finish on " + capture);
            }
            if (p.exitValue() != 0) {
                throw new IOException("tshark exit " + p.exitValue() + " on " + capture + ": " + Files.readString(err));
            }
            return frames;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    static List<Map<String, List<String>>> parse(InputStream json) throws IOException {
        List<Map<String, List<String>>> frames = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("tshark JSON does not start with an array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                findLayers(p, fields);
                frames.add(fields);
            }
        }
        return frames;
    }

    /** Inside one packet object: descend to _source.layers and flatten it. */
    private static void findLayers(JsonParser p, Map<String, List<String>> out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.getCurrentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT && (name.equals("_source"))) {
                findLayers(p, out);
            } else if (t == JsonToken.START_OBJECT && name.equals("layers")) {
                flattenObject(p, out);
            } else {
                p.skipChildren();
            }
        }
    }

    private static void flattenObject(JsonParser p, Map<String, List<String>> out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.getCurrentName();
            flattenValue(p, p.nextToken(), name, out);
        }
    }

    private static void flattenValue(JsonParser p, JsonToken t, String name, Map<String, List<String>> out)
            throws IOException {
        switch (t) {
            case START_OBJECT -> flattenObject(p, out);
            case START_ARRAY -> {
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    flattenValue(p, e, name, out);
                }
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
                    out.computeIfAbsent(name, k -> new ArrayList<>()).add(p.getText());
            default -> { }
        }
    }

    /**
     * The form in which a tshark value is compared: a number in decimal when the field is
     * numeric (tshark prints some in hex, "0x0800"), otherwise the text in lower case
     * (tshark and wirecheck agree on the address and byte-string forms up to case).
     */
    public static String canonical(String text, boolean numeric) {
        Long n = numeric ? number(text) : null;
        return n != null ? n.toString() : text.toLowerCase();
    }

    /** tshark's text for a number: "0x0800" or "64"; null when it is not a number. */
    public static Long number(String text) {
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return Long.parseUnsignedLong(text.substring(2), 16);
            }
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
