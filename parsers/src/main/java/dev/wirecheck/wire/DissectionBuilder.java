package dev.wirecheck.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects layers and fields into a {@link Dissection}. The hand-written views describe
 * themselves through it, and the Kaitai and pcap4j adapters fill it from their object
 * trees, so that all families name and format fields the same way.
 */
public final class DissectionBuilder {
    private final List<Layer> layers = new ArrayList<>();
    private final List<Malformation> malformations = new ArrayList<>();
    private String layerName;
    private int layerOffset;
    private int layerLength;
    private List<Field> fields;

    /** Starts a new layer; the previous one, if any, is finished. */
    public DissectionBuilder layer(String name, int offset, int length) {
        finishLayer();
        layerName = name;
        layerOffset = offset;
        layerLength = length;
        fields = new ArrayList<>();
        return this;
    }

    /** Corrects the current layer's header length once it is known. */
    public DissectionBuilder length(int length) {
        layerLength = length;
        return this;
    }

    public DissectionBuilder add(Field f) {
        if (fields == null) {
            throw new IllegalStateException("field " + f.name() + " added before any layer");
        }
        fields.add(f);
        return this;
    }

    public DissectionBuilder dec(String name, long value, int offset, int length) {
        return add(Field.dec(name, value, offset, length));
    }

    public DissectionBuilder hex(String name, long value, int offset, int length) {
        return add(Field.hex(name, value, offset, length));
    }

    public DissectionBuilder flag(String name, boolean value, int offset, int length) {
        return add(Field.dec(name, value ? 1 : 0, offset, length));
    }

    public DissectionBuilder text(String name, String value, int offset, int length) {
        return add(Field.text(name, value, offset, length));
    }

    public DissectionBuilder bytes(String name, byte[] frame, int offset, int length) {
        return add(Field.bytes(name, frame, offset, length));
    }

    public DissectionBuilder mac(String name, byte[] frame, int offset) {
        return add(Field.text(name, Bytes.mac(frame, offset), offset, 6));
    }

    public DissectionBuilder ipv4(String name, byte[] frame, int offset) {
        return add(Field.text(name, Bytes.ipv4(frame, offset), offset, 4));
    }

    public DissectionBuilder ipv6(String name, byte[] frame, int offset) {
        return add(Field.text(name, Bytes.ipv6(frame, offset), offset, 16));
    }

    public DissectionBuilder malformation(Malformation m) {
        malformations.add(m);
        return this;
    }

    public DissectionBuilder malformations(Iterable<Malformation> ms) {
        for (Malformation m : ms) {
            malformations.add(m);
        }
        return this;
    }

    public Dissection build(String family, long frameNumber) {
        finishLayer();
        return new Dissection(family, frameNumber, layers, malformations);
    }

    private void finishLayer() {
        if (layerName != null) {
            layers.add(new Layer(layerName, layerOffset, layerLength, fields));
            layerName = null;
            fields = null;
        }
    }
}
