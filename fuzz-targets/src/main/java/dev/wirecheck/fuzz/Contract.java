package dev.wirecheck.fuzz;

import dev.wirecheck.parsers.kaitai.KaitaiFamily;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Layer;
import dev.wirecheck.wire.Malformation;

/**
 * What every dissection must satisfy whatever the bytes: no adapter failure reported in
 * place of an exception, and every field and malformation points inside the input (the
 * HTML report marks the offending bytes by these offsets).
 */
final class Contract {
    private Contract() {}

    static Dissection check(Dissection d, int inputLength) {
        for (Layer l : d.layers()) {
            for (Field f : l.fields()) {
                if (f.offset() < 0 || f.length() < 0 || (long) f.offset() + f.length() > inputLength) {
                    throw new ContractViolation(d.family() + " field " + f.name() + " at " + f.offset() + "+" + f.length()
                            + " lies outside the " + inputLength + " input bytes");
                }
            }
        }
        for (Malformation m : d.malformations()) {
            if (m.code() == KaitaiFamily.ADAPTER_FAILURE) {
                throw new ContractViolation("Kaitai adapter failure: " + m.message());
            }
            if (m.offset() < 0 || m.offset() > inputLength) {
                throw new ContractViolation(d.family() + " malformation " + m + " lies outside the " + inputLength
                        + " input bytes");
            }
        }
        return d;
    }
}
