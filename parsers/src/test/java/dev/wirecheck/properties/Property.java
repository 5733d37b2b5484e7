package dev.wirecheck.properties;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property: a check over values of a generator, tried on many generated values.
 *
 * <pre>{@code
 * Property.check("parse(build(r)) == r", FrameGens.any(), frame -> assertEquals(...));
 * }</pre>
 *
 * The check fails by throwing (an assertion, or any exception the code under test lets
 * out). On a failure the choices behind the value are shrunk (see {@link Shrinker}) and a
 * {@link PropertyFailure} names the seed, the shrunk value and how to replay it.
 *
 * <p>System properties: {@code wirecheck.tries} (tries per property, default
 * {@value #DEFAULT_TRIES}: the fast setting of {@code mvn test}; raise it for long
 * runs), {@code wirecheck.seed} (decimal or 0x-hex; default a fresh random seed per run,
 * printed on failure).
 */
public final class Property {
    public static final int DEFAULT_TRIES = 100;
    /** How many candidate examples shrinking may run. */
    static final int SHRINK_BUDGET = 5_000;

    private final String name;
    private final int tries;
    private final long seed;

    private Property(String name, int tries, long seed) {
        this.name = name;
        this.tries = tries;
        this.seed = seed;
    }

    /** A property with the tries and seed of the system properties. */
    public static Property named(String name) {
        return new Property(name, configuredTries(), configuredSeed());
    }

    /** Checks with the configured tries and seed. */
    public static <T> void check(String name, Gen<T> gen, Consumer<? super T> body) {
        named(name).forAll(gen, body);
    }

    /** The same property with a fixed seed (tests of the harness itself). */
    public Property seed(long fixed) {
        return new Property(name, tries, fixed);
    }

    public Property tries(int n) {
        return new Property(name, n, seed);
    }

    /** Discards the current example when {@code condition} is false (not a failure). */
    public static void assume(boolean condition) {
        if (!condition) {
            throw Source.reject("assumption failed");
        }
    }

    /** Runs {@code tries} examples that were not rejected; too many rejections are an error. */
    public <T> void forAll(Gen<T> gen, Consumer<? super T> body) {
        SplittableRandom seeds = new SplittableRandom(seed);
        int rejected = 0;
        int passed = 0;
        while (passed < tries) {
            Source source = Source.random(seeds.nextLong());
            T value;
            try {
                value = gen.generate(source);
            } catch (Rejected r) {
                rejected = countRejection(rejected, r);
                continue;
            }
            Throwable failure = run(body, value);
            if (failure instanceof Rejected r) {
                rejected = countRejection(rejected, r);
            } else if (failure != null) {
                throw shrinkAndReport(gen, body, value, failure, source.recorded(), passed);
            } else {
                passed++;
            }
        }
    }

    private int countRejection(int rejected, Rejected r) {
        if (rejected + 1 > Math.max(10, tries)) {
            throw new AssertionError("property \"" + name + "\": more examples rejected than tries ("
                    + (rejected + 1) + "), last because " + r.getMessage() + "; the generator or assumption is too strict");
        }
        return rejected + 1;
    }

    private static <T> Throwable run(Consumer<? super T> body, T value) {
        try {
            body.accept(value);
            return null;
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
                throw (VirtualMachineError) t;
            }
            return t;
        }
    }

    private <T> PropertyFailure shrinkAndReport(Gen<T> gen, Consumer<? super T> body, T original, Throwable failure,
                                                Choices choices, int attempt) {
        Class<?> kind = failure.getClass();
        Shrinker shrinker = new Shrinker(candidate -> {
            Source s = Source.replay(candidate);
            try {
                T v = gen.generate(s);
                Throwable t = run(body, v);
                return new Shrinker.Outcome(s.recorded(), t != null && t.getClass() == kind);
            } catch (Rejected r) {
                return new Shrinker.Outcome(s.recorded(), false);
            }
        }, choices, SHRINK_BUDGET);
        Choices smallest = shrinker.shrink();
        T shrunk = gen.generate(Source.replay(smallest));
        Throwable cause = run(body, shrunk);
        if (cause == null) {
            cause = failure; // a flaky property: report the original failure
        }
        String message = "property \"" + name + "\" failed on try " + (attempt + 1) + " of " + tries
                + " (seed " + hex(seed) + ")\n"
                + "  shrunk counterexample (" + shrinker.improvements() + " shrinks in " + shrinker.runs()
                + " runs): " + show(shrunk) + "\n"
                + "  original counterexample: " + show(original) + "\n"
                + "  failure: " + cause + "\n"
                + "  replay: mvn -pl parsers test -Dtest=" + testClass() + " -Dwirecheck.seed=" + hex(seed)
                + " (more tries: -Dwirecheck.tries=N)";
        return new PropertyFailure(message, cause, seed, shrunk, original, smallest);
    }

    private static String show(Object value) {
        String s = String.valueOf(value);
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "…";
    }

    private static String testClass() {
        return StackWalker.getInstance().walk(frames -> frames
                .map(StackWalker.StackFrame::getClassName)
                .filter(c -> !c.equals(Property.class.getName()) && !c.startsWith(Property.class.getName() + "$"))
                .map(c -> c.substring(c.lastIndexOf('.') + 1))
                .findFirst().orElse("…"));
    }

    static String hex(long seed) {
        return "0x" + Long.toHexString(seed);
    }

    static int configuredTries() {
        String v = System.getProperty("wirecheck.tries");
        if (v == null || v.isBlank()) {
            return DEFAULT_TRIES;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("wirecheck.tries must be a positive integer, got '" + v + "'");
        }
    }

    /** The seed of every property under CI=true unless -Dwirecheck.seed names another. */
    static final long CI_SEED = 0x5eed_c1L;

    static long configuredSeed() {
        String v = System.getProperty("wirecheck.seed");
        if (v == null || v.isBlank()) {
            // CI gates a merge, so it replays the same examples every run (as Hypothesis' derandomize does);
            // developers' runs explore fresh seeds, and a failure's message names its seed for replay
            return "true".equals(System.getenv("CI")) ? CI_SEED : new SplittableRandom().nextLong();
        }
        String t = v.trim().toLowerCase();
        try {
            return t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("wirecheck.seed must be a decimal or 0x-hex long, got '" + v + "'");
        }
    }
}
