package dev.wirecheck.fuzz;

/**
 * The entry point Jazzer's driver runs outside JUnit ({@code wirecheck fuzz}, OSS-Fuzz,
 * ClusterFuzzLite): one class for every target, the target named by the system property
 * {@code wirecheck.fuzz.target}, so that a new line in {@link FuzzTargets} needs no new class.
 */
public final class WirecheckFuzzer {
    public static final String TARGET_PROPERTY = "wirecheck.fuzz.target";

    private static FuzzTarget target;

    private WirecheckFuzzer() {}

    public static void fuzzerInitialize() {
        String name = System.getProperty(TARGET_PROPERTY);
        if (name == null) {
            throw new IllegalStateException("set -D" + TARGET_PROPERTY + "=<target> (one of " + FuzzTargets.names() + ")");
        }
        target = FuzzTargets.byName(name);
    }

    public static void fuzzerTestOneInput(byte[] data) {
        target.body().run(data);
    }
}
