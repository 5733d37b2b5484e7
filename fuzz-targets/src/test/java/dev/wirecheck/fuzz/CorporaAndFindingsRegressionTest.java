package dev.wirecheck.fuzz;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Regression mode of every target: each committed corpus input ({@code corpora/<target>/})
 * and each finding's reproducer ({@code findings/<target>/<id>/}) runs through its target.
 * A corpus input and a {@code fixed} finding must pass; an {@code open} finding is reported
 * as skipped while it still fails, and fails the build once it passes (mark it fixed).
 */
class CorporaAndFindingsRegressionTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusInputPassesItsTarget() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (FuzzTarget target : FuzzTargets.ALL) {
            for (Path input : Corpus.inputs(Repository.root().resolve("corpora").resolve(target.name()))) {
                tests.add(DynamicTest.dynamicTest(target.name() + "/" + input.getFileName(), () -> {
                    Throwable t = Findings.replay(target, Files.readAllBytes(input));
                    assertNull(t, () -> input + " fails " + target.name() + ":\n" + (t == null ? "" : Findings.trace(t)));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyFindingReplays() throws IOException {
        Findings findings = new Findings(Repository.root().resolve("findings"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : findings.dirs()) {
            tests.add(DynamicTest.dynamicTest(Repository.root().relativize(dir).toString(), () -> {
                Finding f = Findings.read(dir.resolve("finding.json"));
                FuzzTarget target = FuzzTargets.byName(f.target());
                Throwable t = Findings.replay(target, Files.readAllBytes(Finding.reproducer(dir)));
                if (f.isFixed()) {
                    assertNull(t, () -> dir + " is marked fixed but still fails:\n" + Findings.trace(t));
                } else {
                    assertTrue(t != null, dir + " is open but passes now: set its status to fixed (and fixed_by)");
                    assumeTrue(false, dir + " is an open finding and still fails: " + t);
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void committedCorporaSeedEveryTarget() throws IOException {
        for (FuzzTarget target : FuzzTargets.ALL) {
            Path dir = Repository.root().resolve("corpora").resolve(target.name());
            assertTrue(!Corpus.inputs(dir).isEmpty(), "no committed seeds for " + target.name() + " in " + dir);
            assertTrue(Files.isRegularFile(dir.resolve(Corpus.PROVENANCE)), "no " + Corpus.PROVENANCE + " in " + dir);
        }
    }

    @Test
    void everyTargetHasItsJUnitFuzzTestAndDictionary() {
        List<String> methods = Arrays.stream(TargetsFuzzTest.class.getDeclaredMethods()).map(Method::getName).toList();
        for (FuzzTarget target : FuzzTargets.ALL) {
            String[] parts = target.name().split("-");
            StringBuilder camel = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                camel.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
            assertTrue(methods.contains(camel.toString()), "TargetsFuzzTest lacks a method for " + target.name());
            assertTrue(FuzzTargets.class.getResource(target.dictionaryResource()) != null,
                    "no dictionary " + target.dictionaryResource());
        }
        assertEquals(FuzzTargets.ALL.size(), FuzzTargets.names().stream().distinct().count(), "target names repeat");
    }
}
