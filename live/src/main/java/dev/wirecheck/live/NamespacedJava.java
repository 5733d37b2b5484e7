package dev.wirecheck.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs a Java main class of this program, with the running JVM's own
 * java and class path, inside a target's network namespace ({@code ip netns exec}).
 */
public final class NamespacedJava {
    private NamespacedJava() {}

    public static List<String> command(LiveTarget target, Class<?> mainClass, List<String> args) {
        List<String> java = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        java.addAll(args);
        return target.inNamespace(java);
    }
}
