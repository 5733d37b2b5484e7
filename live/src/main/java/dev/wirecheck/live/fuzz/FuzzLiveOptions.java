package dev.wirecheck.live.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A live fuzzing campaign, bounded in time and in cases.
 *
 * @param seedStimuli   frames (already rewritten for the live device) to mutate besides the built templates
 * @param probeEvery    run the liveness probe after this many cases
 * @param reproducerStimuli  how many of the last stimuli a reproducer keeps (K)
 * @param targetPid     the device's process on this host, watched for death; null for a board
 * @param name          findings go to {@code findingsRoot/live-<name>/}
 * @param skipProtocols IP protocol numbers (IPv4 protocol, IPv6 upper-layer header) whose cases
 *                      are not sent: to fuzz past a known device bug reached through one protocol
 */
public record FuzzLiveOptions(Station station, Duration time, long maxCases, long seed, List<byte[]> seedStimuli,
                              int probeEvery, int reproducerStimuli, Long targetPid, Path findingsRoot, String name,
                              SkippedProtocols skipProtocols) {
    public FuzzLiveOptions {
        seedStimuli = List.copyOf(seedStimuli);
        if (probeEvery < 1 || reproducerStimuli < 1 || maxCases < 1) {
            throw new IllegalArgumentException("--probe-every, --reproducer-stimuli and --max-cases must be at least 1");
        }
    }
}
