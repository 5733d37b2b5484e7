package dev.wirecheck.fuzz;

import dev.wirecheck.wire.Dissection;

/** Hand-written against Kaitai on the same Ethernet frame: same fields, or both reject. A disagreement is a finding. */
final class Differential {
    private Differential() {}

    static final FuzzTarget.Body BODY = input -> {
        Dissection hand = Contract.check(HandLayers.dissect(input), input.length);
        Dissection kaitai = Contract.check(KaitaiLayerTargets.dissect(input), input.length);
        String d = FamilyAgreement.firstDisagreement(hand, kaitai);
        if (d != null) {
            throw new ContractViolation("hand and kaitai disagree: " + d);
        }
    };
}
