package dev.wirecheck.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.LinkType;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One test vector from {@code rfc-vectors/} (format in rfc-vectors/README.md): where it
 * comes from, the bytes, and what a parser must make of them.
 */
public record RfcVector(Path file, String id, int rfc, String section, String kind, byte[] bytes,
                        LinkType linkType, JsonNode expect, JsonNode raw) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static RfcVector load(Path file) throws IOException {
        JsonNode n = JSON.readTree(file.toFile());
        String id = require(n, "id", file).asText();
        int rfc = require(n, "rfc", file).asInt();
        String section = require(n, "section", file).asText();
        String kind = n.path("kind").asText("frame");
        byte[] bytes = n.has("hex") ? Bytes.fromHex(n.get("hex").asText()) : new byte[0];
        LinkType link = n.has("link_type") ? LinkType.valueOf(n.get("link_type").asText()) : LinkType.EN10MB;
        return new RfcVector(file, id, rfc, section, kind, bytes, link, require(n, "expect", file), n);
    }

    private static JsonNode require(JsonNode n, String key, Path file) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(file + ": vector lacks \"" + key + "\"");
        }
        return v;
    }

    public Frame frame() {
        return new Frame(bytes, bytes.length, 0, linkType, linkType.number(), 1);
    }

    /** A number written as JSON number or as "0x…" text. */
    public static long number(JsonNode v) {
        if (v.isNumber()) {
            return v.asLong();
        }
        String t = v.asText().trim();
        return t.startsWith("0x") || t.startsWith("0X") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
    }

    @Override
    public String toString() {
        return id + " (RFC " + rfc + " §" + section + ")";
    }
}
