package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.wire.Malformation;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;

/**
 * A rule about how the DUT encodes a header, checked by the dissector that already read the
 * frame: the rule fails a DUT frame that carries one of its malformation codes (the bytes
 * the dissector points at are highlighted) and counts every other frame with its layer as
 * conforming. Checksums are thus verified once, by the dissector.
 */
public abstract class MalformationRule extends ConformanceRule {
    private final Kind layer;
    private final MalformationCode[] codes;

    /**
     * @param layer the layer a conforming frame has (its presence counts as a pass)
     * @param codes the malformations that break the rule
     */
    protected MalformationRule(Kind layer, MalformationCode... codes) {
        this(new Kind[]{layer}, layer, codes);
    }

    /**
     * @param wanted the layers of the frames to look at, when a defect can keep {@code layer}
     *               from being dissected at all (a bad version or header length)
     */
    protected MalformationRule(Kind[] wanted, Kind layer, MalformationCode... codes) {
        super(wanted);
        this.layer = layer;
        this.codes = codes;
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Problems p = f.problems();
        for (int i = 0; i < p.size(); i++) {
            Malformation m = p.get(i);
            for (MalformationCode c : codes) {
                if (m.code().equals(c)) {
                    judge.fail(this, m.message(), Frames.mark(f, m.offset(), 2), Frames.number(f));
                    return;
                }
            }
        }
        if (f.has(layer)) {
            judge.conforms(this, Frames.number(f));
        }
    }
}
