package dev.wirecheck.rules.dns;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Dns;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST_NOT;

/**
 * RFC 9619 updates RFC 1035 §4.1.2: "A DNS message with OPCODE = 0 MUST NOT include a QDCOUNT
 * parameter whose value is greater than 1." Judged on the DUT's standard queries.
 */
@Rule(id = "RFC9619-4-one-question", rfc = 9619, section = "4", level = MUST_NOT, protocol = "DNS",
        summary = "A standard query carries at most one question")
public final class OneQuestion extends ConformanceRule {
    public OneQuestion() {
        super(Kind.DNS);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Dns d = f.dns();
        if (d == null || d.isMdns() || d.isResponse() || d.opcode() != 0) {
            return;
        }
        int questions = d.count(Dns.QUESTION);
        if (questions <= 1) {
            judge.conforms(this, Frames.number(f));
        } else {
            judge.fail(this, "standard query with " + questions + " questions", null, Frames.number(f));
        }
    }
}
