package dev.wirecheck.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one clear line a user sees. */
final class Errors {
    private Errors() {}

    static String oneLine(Throwable e) {
        if (e instanceof NoSuchFileException nf) {
            return nf.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException ad) {
            return ad.getFile() + ": permission denied";
        }
        if (e instanceof java.io.UncheckedIOException u) {
            return oneLine(u.getCause());
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
