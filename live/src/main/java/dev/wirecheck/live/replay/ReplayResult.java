package dev.wirecheck.live.replay;

import java.nio.file.Path;

/**
 * What a replay did.
 *
 * @param stimuliSent      frames sent from the capture
 * @param resolutionsAnswered ARP/NDP requests for the peer answered
 * @param framesCaptured   frames in the new capture (stimuli, answers and the device's own)
 * @param framesFromDevice frames the live device sent
 * @param framesDropped    frames libpcap could not keep (the capture has holes), -1 if unknown
 * @param capture          the new capture file
 */
public record ReplayResult(int stimuliSent, int resolutionsAnswered, int framesCaptured, int framesFromDevice,
                           long framesDropped, Path capture) {
}
