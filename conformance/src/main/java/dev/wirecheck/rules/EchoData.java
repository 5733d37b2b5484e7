package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.wire.Bytes;

/** Compares an echo reply's data with its request's (ICMPv4 and ICMPv6 alike). */
public final class EchoData {
    private EchoData() {
    }

    public static void compare(ConformanceRule rule, EchoLedger.Request request, DecodedFrame reply, int at, int length,
                               Judge judge) {
        long n = Frames.number(reply);
        if (length != request.dataLength()) {
            judge.fail(rule, "reply carries " + length + " data octets, the request in frame " + request.frame()
                    + " " + request.dataLength(), Frames.mark(reply, at, Math.max(1, length)), request.frame(), n);
            return;
        }
        byte[] b = reply.bytes();
        for (int i = 0; i < length; i++) {
            if (b[at + i] != request.bytes()[request.dataAt() + i]) {
                judge.fail(rule, "reply data differs from the request in frame " + request.frame() + " at data octet " + i
                        + " (" + Bytes.hex(b, at + i, 1) + " instead of " + Bytes.hex(request.bytes(), request.dataAt() + i, 1)
                        + ")", Frames.mark(reply, at + i, 1), request.frame(), n);
                return;
            }
        }
        judge.conforms(rule, n);
    }
}
