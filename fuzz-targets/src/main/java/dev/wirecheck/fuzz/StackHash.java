package dev.wirecheck.fuzz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes two crashes the same bug: the exception's class and its top frames (line
 * numbers left out, so an unrelated edit above the bug does not split it), and for a
 * {@link ContractViolation} the words of its message without numbers (which field, which
 * layer), since every violation is thrown from the same place.
 */
public final class StackHash {
    /** Frames that identify a crash site. */
    public static final int TOP_FRAMES = 5;

    private StackHash() {}

    /** The top frames as {@code class.method}, skipping the reflection and Jazzer frames above the target. */
    public static List<String> topFrames(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof ContractViolation)) {
            root = root.getCause();
        }
        List<String> out = new ArrayList<>();
        for (StackTraceElement e : root.getStackTrace()) {
            if (out.size() == TOP_FRAMES) {
                break;
            }
            out.add(e.getClassName() + "." + e.getMethodName());
        }
        return out;
    }

    public static String of(Throwable t) {
        StringBuilder key = new StringBuilder(t.getClass().getName());
        if (t instanceof ContractViolation) {
            key.append('|').append(String.valueOf(t.getMessage()).replaceAll("[0-9a-fA-Fx:@.]*[0-9][0-9a-fA-Fx:@.]*", "#"));
        }
        for (String f : topFrames(t)) {
            key.append('|').append(f);
        }
        return sha1(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** For the findings libFuzzer reports without a Java stack: a timeout or an out-of-memory of a target. */
    public static String ofKind(String target, String kind) {
        return sha1((target + "|" + kind).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-1", e);
        }
    }
}
