package dev.wirecheck.parsers.pcap4j;

import org.pcap4j.packet.IllegalRawDataException;
import org.pcap4j.packet.Packet;

/**
 * One of pcap4j's {@code newPacket(byte[], int, int)} factories. The walk keeps the one it
 * expects next, so that when pcap4j hands back an {@code IllegalPacket} (which carries no
 * reason) the same factory can be run again on its bytes to learn why.
 */
@FunctionalInterface
interface RawParser {
    Packet parse(byte[] raw, int offset, int length) throws IllegalRawDataException;
}
