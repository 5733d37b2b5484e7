package dev.wirecheck.live;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lwIP target in its own namespace: reachable while running, nothing left afterwards. */
class LiveTargetTest {

    @Test
    void targetAnswersPingInItsNamespaceAndLeavesNothingBehind() throws IOException {
        LiveTestSupport.requireLiveTarget("ping", "iputils-ping");
        String netns;
        LiveTarget target = LiveTarget.start(LiveTestSupport.repoRoot());
        try (target) {
            netns = target.netns();
            assertEquals("192.0.2.10", target.ipv4());
            assertEquals("fe80::ff:fe00:a", target.ipv6LinkLocal());
            assertTrue(Commands.run(List.of("ip", "netns", "list"), 10).contains(netns));
            String ping = Commands.run(target.inNamespace(List.of("ping", "-c", "1", "-W", "3", target.ipv4())), 10);
            assertTrue(ping.contains("1 received"), ping);
            assertTrue(target.isAlive());
        }
        assertEquals(0, target.exitStatus(), "lwip-host exits 0 after SIGTERM: " + target.log());
        assertFalse(Commands.run(List.of("ip", "netns", "list"), 10).contains(netns));
        assertThrows(IOException.class,
                () -> Commands.run(List.of("ip", "netns", "exec", netns, "true"), 10));
    }
}
