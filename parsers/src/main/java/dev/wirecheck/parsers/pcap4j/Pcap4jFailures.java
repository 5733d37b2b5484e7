package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.MalformationCode;

import java.util.Locale;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_CHECKSUM;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_OPTION;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * The malformation codes of the pcap4j family. pcap4j only says "illegal" with a sentence,
 * so the category is read from that sentence: that is all the comparator needs, since two
 * families are compared by category, never by code.
 */
final class Pcap4jFailures {
    static final MalformationCode TOO_SHORT = Code.of("pcap4j", "too-short", TRUNCATED);
    static final MalformationCode BAD_LENGTH_FIELD = Code.of("pcap4j", "bad-length", BAD_LENGTH);
    static final MalformationCode ILLEGAL = Code.of("pcap4j", "illegal-raw-data", BAD_VALUE);
    static final MalformationCode ILLEGAL_OPTION = Code.of("pcap4j", "illegal-option", BAD_OPTION);
    static final MalformationCode CHECKSUM = Code.of("pcap4j", "bad-checksum", BAD_CHECKSUM);
    /** pcap4j's object tree contradicts itself (a header length unlike its own length field): a pcap4j defect. */
    static final MalformationCode INCONSISTENT_LENGTH = Code.of("pcap4j", "inconsistent-length", BAD_LENGTH);
    /** pcap4j stopped reading options early and filed non-zero option bytes as padding: a pcap4j defect. */
    static final MalformationCode OPTIONS_UNPARSED = Code.of("pcap4j", "options-unparsed", BAD_OPTION);
    /** pcap4j threw something other than IllegalRawDataException: its own bug, reported, not thrown. */
    static final MalformationCode EXCEPTION = Code.of("pcap4j", "exception", BAD_VALUE);

    private Pcap4jFailures() {}

    /** The code for one of pcap4j's IllegalRawDataException messages. */
    static MalformationCode classify(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("too short") || m.contains("data is short")) {
            return TOO_SHORT;
        }
        if (m.contains("length")) {
            return BAD_LENGTH_FIELD;
        }
        return ILLEGAL;
    }
}
