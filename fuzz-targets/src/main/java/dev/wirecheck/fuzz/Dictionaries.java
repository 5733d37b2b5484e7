package dev.wirecheck.fuzz;

/**
 * Which libFuzzer dictionary a target uses ({@code dictionaries/<name>.dict} in this
 * module's resources): each layer target has its own; the frame-level targets share
 * {@code frame.dict}, which holds every layer's tokens; the check reads capture files, as the
 * capture reader does.
 */
final class Dictionaries {
    private Dictionaries() {}

    static String forTarget(String target) {
        String base = target.startsWith("kaitai-") ? target.substring("kaitai-".length()) : target;
        return switch (base) {
            case "dissector", "differential", "roundtrip" -> "frame";
            case "check" -> "capture"; // its input is a capture file, as the capture target's
            default -> base;
        };
    }
}
