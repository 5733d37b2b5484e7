package dev.wirecheck.live.fuzz;

import java.nio.file.Path;
import java.util.List;

/** What a live fuzzing campaign did. */
public record FuzzLiveReport(long cases, long framesSent, long answers, int probesRun, int probesPassed,
                             List<Path> findings, double seconds) {
    public double casesPerSecond() {
        return seconds > 0 ? cases / seconds : 0;
    }

    public String line() {
        return String.format("%.1f s, %d cases (%.0f/s), %d frames sent, %d answers, %d/%d probes passed, %d findings",
                seconds, cases, casesPerSecond(), framesSent, answers, probesPassed, probesRun, findings.size());
    }
}
