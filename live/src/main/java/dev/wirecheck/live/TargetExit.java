package dev.wirecheck.live;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a target process ended, for a finding: its exit status as the JVM reports it, the
 * signal that status stands for, and its last output lines (lwIP prints a failed assertion
 * there before it aborts). {@code ip netns exec} execs the target, so the status is the
 * target's own.
 *
 * @param status  the exit status; the JVM reports death by signal N as 128 + N
 * @param signal  the signal's name when {@code status} is 128 + a known signal, else null
 * @param lastOutput the target's last output lines (stdout and stderr), oldest first
 */
public record TargetExit(int status, String signal, List<String> lastOutput) {
    /** The signals a crashing or killed target dies of (Linux numbers, signal(7)). */
    private static final Map<Integer, String> SIGNALS = Map.of(4, "SIGILL", 6, "SIGABRT", 7, "SIGBUS", 8, "SIGFPE",
            9, "SIGKILL", 11, "SIGSEGV", 13, "SIGPIPE", 15, "SIGTERM", 19, "SIGSTOP");

    public static TargetExit of(int status, List<String> lastOutput) {
        return new TargetExit(status, status > 128 ? SIGNALS.get(status - 128) : null, List.copyOf(lastOutput));
    }

    /** The fields a finding.json gains: target_exit_status, target_signal, target_last_output. */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target_exit_status", status);
        json.put("target_signal", signal);
        json.put("target_last_output", lastOutput);
        return json;
    }
}
