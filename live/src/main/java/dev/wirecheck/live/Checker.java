package dev.wirecheck.live;

import dev.wirecheck.wire.MacAddress;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Judges a capture written by {@code replay} or {@code fuzz-live}: the CLI supplies the
 * {@code check} command here; its result is the command's exit status (0 all rules passed,
 * 1 a rule failed, 2 an error).
 */
@FunctionalInterface
public interface Checker {
    /** No checking: the capture is only written. */
    Checker NONE = (capture, device) -> 0;

    /** Judges {@code capture}, in which {@code device} is the device under test. */
    int check(Path capture, MacAddress device) throws IOException;
}
