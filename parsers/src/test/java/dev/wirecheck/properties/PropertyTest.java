package dev.wirecheck.properties;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The harness itself: planted properties with a known smallest counterexample must shrink
 * to exactly it, whatever the seed; runs are reproducible from their seed.
 */
class PropertyTest {
    private static final long[] SEEDS = {1, 2, 42, 0x5eed, -7};

    private static PropertyFailure failureOf(Runnable run) {
        return assertThrows(PropertyFailure.class, run::run, "the planted property should fail");
    }

    @Test
    void listWithAnElementAbove100ShrinksToTheSingleElement101() {
        Gen<List<Integer>> lists = Gens.lists(Gens.ints(0, 1000), 0, 50);
        for (long seed : SEEDS) {
            Property p = Property.named("no element > 100").seed(seed).tries(1000);
            PropertyFailure f = failureOf(() -> p.forAll(lists,
                    list -> assertTrue(list.stream().allMatch(x -> x <= 100), list.toString())));
            assertEquals(List.of(101), f.shrunk(), "seed " + seed);
            assertTrue(f.getMessage().contains("-Dwirecheck.seed=" + Property.hex(seed)), f.getMessage());
            assertTrue(f.getMessage().contains("shrunk counterexample"), f.getMessage());
            assertTrue(f.getMessage().contains("-Dtest=PropertyTest"), f.getMessage());
            assertInstanceOf(AssertionError.class, f.getCause());
        }
    }

    @Test
    void integerAboveABoundShrinksToTheBoundPlusOne() {
        for (long seed : SEEDS) {
            Property p = Property.named("x <= 1000").seed(seed).tries(1000);
            PropertyFailure f = failureOf(() -> p.forAll(Gens.ints(-5000, 5000),
                    x -> assertTrue(x <= 1000)));
            assertEquals(1001, f.shrunk(), "seed " + seed);
        }
    }

    /** Two independent values: each shrinks to its own minimum. */
    @Test
    void pairShrinksBothComponentsToTheirSmallestFailingValues() {
        Gen<int[]> pairs = s -> new int[] {Gens.ints(0, 100_000).generate(s), Gens.ints(0, 100_000).generate(s)};
        for (long seed : SEEDS) {
            Property p = Property.named("a + b < 5000").seed(seed).tries(1000);
            PropertyFailure f = failureOf(() -> p.forAll(pairs, ab -> assertTrue(ab[0] + ab[1] < 5000)));
            int[] ab = (int[]) f.shrunk();
            assertEquals(5000, ab[0] + ab[1], "seed " + seed + ": " + ab[0] + "," + ab[1]);
        }
    }

    /** A list whose sum is too large shrinks to one element equal to the bound (the shortest, then smallest). */
    @Test
    void sumOfAListShrinksToOneElementAtTheBound() {
        Gen<List<Integer>> lists = Gens.lists(Gens.ints(0, 200), 0, 100, 20);
        for (long seed : SEEDS) {
            Property p = Property.named("sum < 150").seed(seed).tries(1000);
            PropertyFailure f = failureOf(() -> p.forAll(lists,
                    list -> assertTrue(list.stream().mapToInt(Integer::intValue).sum() < 150)));
            assertEquals(List.of(150), f.shrunk(), "seed " + seed);
        }
    }

    /** An unexpected exception shrinks too, and the shrunk example fails with the same exception type. */
    @Test
    void exceptionsOtherThanAssertionsAreFailuresAndKeepTheirType() {
        Property p = Property.named("no division by zero").seed(3).tries(1000);
        PropertyFailure f = failureOf(() -> p.forAll(Gens.ints(0, 10), x -> {
            int unused = 100 / (x - 7);
        }));
        assertEquals(7, f.shrunk());
        assertInstanceOf(ArithmeticException.class, f.getCause());
    }

    @Test
    void theSameSeedGeneratesTheSameValues() {
        Gen<List<Integer>> lists = Gens.lists(Gens.ints(0, 1_000_000), 0, 20);
        List<List<Integer>> first = new ArrayList<>();
        List<List<Integer>> second = new ArrayList<>();
        Property.named("record").seed(99).tries(50).forAll(lists, first::add);
        Property.named("record").seed(99).tries(50).forAll(lists, second::add);
        assertEquals(first, second);
        assertEquals(50, first.size());
    }

    @Test
    void aPropertyThatHoldsRunsEveryTry() {
        int[] runs = {0};
        Property.named("ints are in range").seed(5).tries(300).forAll(Gens.ints(-3, 3), x -> {
            assertTrue(x >= -3 && x <= 3);
            runs[0]++;
        });
        assertEquals(300, runs[0]);
    }

    @Test
    void replayedChoicesRegenerateTheValueAndShorterOnesFillWithZeros() {
        Gen<List<Integer>> lists = Gens.lists(Gens.ints(10, 20), 0, 5);
        // one more? yes, 3 -> 13; one more? yes, 99 -> 99 % 11 = 0 -> 10; then zeros: stop
        assertEquals(List.of(13, 10), lists.generate(Source.replay(Choices.of(1, 3, 1, 99))));
        assertEquals(List.of(), lists.generate(Source.replay(Choices.of())));
    }

    @Test
    void aGeneratorThatRejectsEverythingIsReportedNotLooped() {
        Property p = Property.named("impossible").seed(1).tries(20);
        AssertionError e = assertThrows(AssertionError.class,
                () -> p.forAll(Gens.ints(0, 10).filter(x -> x > 10), x -> { }));
        assertTrue(e.getMessage().contains("rejected"), e.getMessage());
    }

    @Test
    void badTriesSettingIsAClearError() {
        String old = System.getProperty("wirecheck.tries");
        try {
            System.setProperty("wirecheck.tries", "many");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Property::configuredTries);
            assertTrue(e.getMessage().contains("wirecheck.tries"), e.getMessage());
        } finally {
            if (old == null) {
                System.clearProperty("wirecheck.tries");
            } else {
                System.setProperty("wirecheck.tries", old);
            }
        }
    }
}
