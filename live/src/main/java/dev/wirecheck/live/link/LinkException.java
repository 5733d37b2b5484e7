package dev.wirecheck.live.link;

import java.io.IOException;

/** A live interface cannot be used; the message is the one line a user sees. */
public final class LinkException extends IOException {
    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
