package dev.wirecheck.rules;

import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.RuleInfo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule passes its conforming scenario and fails its breaking one (see {@link RuleCases}). */
class RuleCasesTest {

    @TestFactory
    Stream<DynamicTest> eachRuleJudgesItsScenarios() {
        return RuleCases.all().stream().map(c -> DynamicTest.dynamicTest(c.toString(),
                () -> assertEquals(c.expected(), c.scenario().get().outcome(c.rule()), c.toString())));
    }

    @Test
    void everyRuleHasAPassingAndAFailingScenario() {
        List<RuleCases.Case> cases = RuleCases.all();
        Set<String> passing = cases.stream().filter(c -> c.expected() == Outcome.PASS).map(RuleCases.Case::rule)
                .collect(Collectors.toSet());
        Set<String> failing = cases.stream().filter(c -> c.expected() == Outcome.FAIL).map(RuleCases.Case::rule)
                .collect(Collectors.toSet());
        List<String> missing = Catalogue.infos().stream().map(RuleInfo::id)
                .filter(id -> !passing.contains(id) || !failing.contains(id)).toList();
        assertTrue(missing.isEmpty(), "rules without a PASS and a FAIL scenario: " + missing);
        Set<String> ids = Catalogue.infos().stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<String> unknown = cases.stream().map(RuleCases.Case::rule).filter(id -> !ids.contains(id)).distinct().toList();
        assertTrue(unknown.isEmpty(), "scenarios for rules not in the catalogue: " + unknown);
    }
}
