package dev.wirecheck.fuzz;

import dev.wirecheck.differential.Allowlist;
import dev.wirecheck.differential.Disagreement;
import dev.wirecheck.differential.DissectionComparator;
import dev.wirecheck.wire.Dissection;

/**
 * Do two dissections of one frame agree, as the differential fuzz target judges it? The
 * comparing is the project's one comparator ({@link DissectionComparator}) and the one
 * allowlist; on fuzzed bytes a field only one family produced does not count (where two
 * parsers stop reading garbage differs legitimately), but every value, offset and
 * malformation category both produce must agree or be explained.
 */
final class FamilyAgreement {
    private static final Allowlist ALLOWLIST = Allowlist.standard();

    private FamilyAgreement() {}

    /** The first unexplained disagreement, or null when they agree. */
    static String firstDisagreement(Dissection a, Dissection b) {
        for (Disagreement d : DissectionComparator.compare(a, b)) {
            if (d.kind() != Disagreement.Kind.FIELD_MISSING && ALLOWLIST.explain(d, a, b) == null) {
                return d.describe();
            }
        }
        return null;
    }
}
