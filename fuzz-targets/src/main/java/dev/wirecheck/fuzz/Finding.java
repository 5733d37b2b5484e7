package dev.wirecheck.fuzz;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.nio.file.Path;
import java.util.List;

/**
 * One deduplicated finding, as {@code findings/<target>/<id>/finding.json} holds it.
 *
 * @param status {@code open} while the input still fails, {@code fixed} once a commit fixed it
 *               (a fixed finding's input must pass: the regression test says so)
 */
public record Finding(@JsonProperty("target") String target,
                      @JsonProperty("exception") String exception,
                      @JsonProperty("top_frames") List<String> topFrames,
                      @JsonProperty("stack_hash") String stackHash,
                      @JsonProperty("first_seen") String firstSeen,
                      @JsonProperty("last_seen") String lastSeen,
                      @JsonProperty("status") String status,
                      @JsonProperty("fixed_by") String fixedBy) {

    public static final String OPEN = "open", FIXED = "fixed";
    /** Length of the id: the first hex digits of the stack hash. */
    public static final int ID_LENGTH = 12;

    @JsonIgnore
    public String id() {
        return stackHash.substring(0, ID_LENGTH);
    }

    @JsonIgnore
    public boolean isFixed() {
        return FIXED.equals(status);
    }

    Finding seenAgain(String when) {
        return new Finding(target, exception, topFrames, stackHash, firstSeen, when, status, fixedBy);
    }

    /** The reproducer: the minimised input when there is one, else the input as found. */
    public static Path reproducer(Path dir) {
        Path min = dir.resolve("input.min");
        return java.nio.file.Files.isRegularFile(min) ? min : dir.resolve("input");
    }
}
