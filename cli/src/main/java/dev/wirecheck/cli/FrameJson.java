package dev.wirecheck.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Layer;
import dev.wirecheck.wire.Malformation;

import java.io.IOException;
import java.nio.file.Path;

/** One frame's dissection as a JSON object (the {@code --json} form of {@code dissect}). */
final class FrameJson {
    private FrameJson() {}

    static void write(JsonGenerator g, Path file, Frame f, Dissection d) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", file.toString());
        g.writeNumberField("frame", f.number());
        g.writeNumberField("time_ns", f.timestampNanos());
        g.writeNumberField("length", f.originalLength());
        g.writeNumberField("captured", f.length());
        g.writeStringField("protocols", d.protocols());
        g.writeArrayFieldStart("layers");
        for (Layer l : d.layers()) {
            g.writeStartObject();
            g.writeStringField("name", l.name());
            g.writeNumberField("offset", l.offset());
            g.writeNumberField("length", l.length());
            g.writeArrayFieldStart("fields");
            for (Field fl : l.fields()) {
                g.writeStartObject();
                g.writeStringField("name", fl.name());
                if (fl.value() instanceof Long v) {
                    g.writeNumberField("value", v);
                } else {
                    g.writeStringField("value", String.valueOf(fl.value()));
                }
                g.writeStringField("show", fl.display());
                g.writeNumberField("offset", fl.offset());
                g.writeNumberField("length", fl.length());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("malformations");
        for (Malformation m : d.malformations()) {
            g.writeStartObject();
            g.writeStringField("code", m.id());
            g.writeStringField("category", m.code().category().name());
            g.writeStringField("layer", m.layer());
            g.writeNumberField("offset", m.offset());
            g.writeStringField("message", m.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
