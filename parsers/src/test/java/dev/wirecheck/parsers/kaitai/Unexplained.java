package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.differential.Allowlist;
import dev.wirecheck.differential.Differential;
import dev.wirecheck.parsers.hand.HandFamily;
import dev.wirecheck.wire.Dissection;

import java.util.ArrayList;
import java.util.List;

/**
 * The disagreements between the hand family (the reference) and the Kaitai family that the
 * shipped allowlist does not explain, one line each, for assertions. The comparing is the
 * main {@link dev.wirecheck.differential.DissectionComparator}'s; this only words the result.
 */
final class Unexplained {
    private static final Differential HAND_KAITAI = new Differential(List.of(new HandFamily(), new KaitaiFamily()),
            Allowlist.standard());

    private Unexplained() {}

    static List<String> of(String where, Dissection hand, Dissection kaitai) {
        List<String> out = new ArrayList<>();
        synchronized (HAND_KAITAI) {
            for (Differential.Finding f : HAND_KAITAI.findings(List.of(hand, kaitai))) {
                if (!f.explained()) {
                    out.add(where + ": " + f.disagreement().describe());
                }
            }
        }
        return out;
    }
}
