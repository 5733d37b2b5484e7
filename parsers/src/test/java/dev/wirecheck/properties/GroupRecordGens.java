package dev.wirecheck.properties;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;

/**
 * The body of an IGMPv3 report (RFC 3376 §4.2) or an MLDv2 report (RFC 3810 §5.2), which
 * share one layout and differ only in address size: reserved (2 bytes), number of records
 * (2), then records of type, aux data length (in 4-byte words), number of sources, the
 * group address, the sources and the aux data.
 */
final class GroupRecordGens {
    private GroupRecordGens() {}

    static Gen<byte[]> reportBody(Gen<? extends InetAddress> group, Gen<? extends InetAddress> source) {
        return s -> {
            int records = (int) s.draw(3);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(new byte[] {0, 0, 0, (byte) records});
            for (int r = 0; r < records; r++) {
                int type = 1 + (int) s.draw(5); // MODE_IS_INCLUDE .. BLOCK_OLD_SOURCES
                int sources = (int) s.draw(3);
                int aux = (int) s.draw(1);
                body.writeBytes(new byte[] {(byte) type, (byte) aux, 0, (byte) sources});
                body.writeBytes(group.generate(s).getAddress());
                for (int i = 0; i < sources; i++) {
                    body.writeBytes(source.generate(s).getAddress());
                }
                body.writeBytes(Gens.bytes(4 * aux, 4 * aux).generate(s));
            }
            return body.toByteArray();
        };
    }
}
