package dev.wirecheck.capture;

import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.LinkType;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * pcapng files (draft-ietf-opsawg-pcapng): several sections, each with its own byte
 * order and interfaces; enhanced, simple and obsolete packet blocks; per-interface
 * timestamp resolution ({@code if_tsresol}) and offset ({@code if_tsoffset}). Blocks of
 * other types are skipped.
 */
final class PcapngReader extends StreamingCaptureReader {
    static final long SHB_TYPE = 0x0a0d0d0aL;
    private static final long IDB = 1, OPB = 2, SPB = 3, EPB = 6, BYTE_ORDER_MAGIC = 0x1a2b3c4dL;
    /** Bigger than any block a capture of frames up to {@link #MAX_FRAME} needs, with room for options. */
    private static final long MAX_BLOCK = 16L << 20;
    /** Bodies up to this size are read into {@link #scratch}: any packet block of a frame up to {@link #MAX_FRAME}. */
    private static final int MAX_SCRATCH = 1 << 19;
    private static final int OPT_TSRESOL = 9, OPT_TSOFFSET = 14;
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
            1_000_000_000};

    private record Interface(int linkTypeNumber, LinkType linkType, long snapLen, int resolution,
                             boolean binary, long offsetSeconds) {}

    private final List<Interface> interfaces = new ArrayList<>();
    private final byte[] header = new byte[8];
    /** The body of the block being read (see {@link #bodyArray}); an Ethernet frame's block fits at first. */
    private byte[] scratch = new byte[2048];
    private boolean bigEndian;

    /** Called with the first 4 bytes (the block type) already consumed. */
    PcapngReader(CountingInput in, String name) throws IOException {
        super(in, name);
        try {
            readSectionHeader(0, true);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public Frame next() throws IOException {
        while (true) {
            long at = in.position();
            int n = in.readFully(header, 0, 8);
            if (n == 0) {
                return null;
            }
            if (n < 8) {
                throw damage(at, "block header cut off (" + n + " of 8 bytes)");
            }
            long type = CountingInput.u32(header, 0, bigEndian);
            if (CountingInput.u32(header, 0, false) == SHB_TYPE) {
                readSectionHeader(at, false);
                continue;
            }
            long total = CountingInput.u32(header, 4, bigEndian);
            if (total < 12 || total % 4 != 0 || total > MAX_BLOCK) {
                throw damage(at + 4, "block length " + total + " is not a multiple of 4 between 12 and " + MAX_BLOCK);
            }
            int size = (int) total - 8;
            byte[] body = bodyArray(size);
            int got = in.readFully(body, 0, size);
            if (got < size) {
                throw damage(at + 8 + got, "block of " + total + " bytes cut off after " + (8 + got));
            }
            long trailer = CountingInput.u32(body, size - 4, bigEndian);
            if (trailer != total) {
                throw damage(at + total - 4, "block length " + total + " at the start but " + trailer + " at the end");
            }
            int bodyLen = size - 4;
            if (type == IDB) {
                readInterface(body, bodyLen, at);
            } else if (type == EPB || type == OPB || type == SPB) {
                return packet(type, body, bodyLen, at);
            }
            // other block types (name resolution, statistics, custom, …) carry no frames
        }
    }

    /**
     * Where a block body of {@code size} bytes is read: the reused {@link #scratch} when it fits
     * (grown up to {@link #MAX_SCRATCH}), else an array of its own. A packet's bytes are copied
     * out of the body, so the body is dead once {@link #next()} returns, and a fresh one per
     * block would double what reading a pcapng allocates.
     */
    private byte[] bodyArray(int size) {
        if (size <= scratch.length) {
            return scratch;
        }
        if (size > MAX_SCRATCH) {
            return new byte[size]; // a rare giant block: not kept alive with the reader
        }
        scratch = new byte[Math.max(size, Math.min(MAX_SCRATCH, scratch.length * 2))];
        return scratch;
    }

    private void readSectionHeader(long at, boolean magicConsumed) throws IOException {
        byte[] fixed = new byte[magicConsumed ? 8 : 4];
        int n = in.readFully(fixed, 0, fixed.length);
        if (n < fixed.length) {
            throw damage(at, "section header block cut off");
        }
        byte[] lenAndMagic = new byte[8];
        if (magicConsumed) {
            System.arraycopy(fixed, 0, lenAndMagic, 0, 8);
        } else {
            System.arraycopy(header, 4, lenAndMagic, 0, 4);
            System.arraycopy(fixed, 0, lenAndMagic, 4, 4);
        }
        long magic = CountingInput.u32(lenAndMagic, 4, false);
        if (magic == BYTE_ORDER_MAGIC) {
            bigEndian = false;
        } else if (CountingInput.u32(lenAndMagic, 4, true) == BYTE_ORDER_MAGIC) {
            bigEndian = true;
        } else {
            throw damage(at + 8, String.format("section header byte-order magic 0x%08x is not 0x1a2b3c4d", magic));
        }
        long total = CountingInput.u32(lenAndMagic, 0, bigEndian);
        if (total < 28 || total % 4 != 0 || total > MAX_BLOCK) {
            throw damage(at + 4, "section header length " + total + " is invalid");
        }
        long rest = total - 12;
        long skipped = in.skip(rest);
        if (skipped < rest) {
            throw damage(at + 12 + skipped, "section header block cut off");
        }
        interfaces.clear();
    }

    private void readInterface(byte[] body, int bodyLen, long at) throws IOException {
        if (bodyLen < 8) {
            throw damage(at, "interface description block too short");
        }
        int link = CountingInput.u16(body, 0, bigEndian);
        long snap = CountingInput.u32(body, 4, bigEndian);
        int resolution = 6;
        boolean binary = false;
        long offset = 0;
        int pos = 8;
        while (pos + 4 <= bodyLen) {
            int code = CountingInput.u16(body, pos, bigEndian);
            int len = CountingInput.u16(body, pos + 2, bigEndian);
            if (code == 0) {
                break;
            }
            if (pos + 4 + len > bodyLen) {
                throw damage(at + 8 + pos, "interface option " + code + " runs past its block");
            }
            if (code == OPT_TSRESOL && len >= 1) {
                int v = body[pos + 4] & 0xff;
                binary = (v & 0x80) != 0;
                resolution = v & 0x7f;
                if ((binary && resolution > 62) || (!binary && resolution > 18)) {
                    throw damage(at + 8 + pos, "if_tsresol " + v + " is out of range");
                }
            } else if (code == OPT_TSOFFSET && len >= 8) {
                long hi = CountingInput.u32(body, pos + 4 + (bigEndian ? 0 : 4), bigEndian);
                long lo = CountingInput.u32(body, pos + 4 + (bigEndian ? 4 : 0), bigEndian);
                offset = (hi << 32) | lo;
            }
            pos += 4 + ((len + 3) & ~3);
        }
        interfaces.add(new Interface(link, LinkType.of(link), snap, resolution, binary, offset));
    }

    private Frame packet(long type, byte[] body, int bodyLen, long at) throws IOException {
        long number = frames + 1;
        int ifIndex;
        long tsHigh;
        long tsLow;
        long capLen;
        long origLen;
        int dataAt;
        if (type == SPB) {
            if (bodyLen < 4) {
                throw damage(at, "simple packet block too short");
            }
            ifIndex = 0;
            tsHigh = tsLow = -1;
            origLen = CountingInput.u32(body, 0, bigEndian);
            dataAt = 4;
            capLen = Math.min(origLen, bodyLen - 4);
        } else {
            int fixed = 20;
            if (bodyLen < fixed) {
                throw damage(at, "packet block too short");
            }
            ifIndex = type == OPB ? CountingInput.u16(body, 0, bigEndian) : (int) CountingInput.u32(body, 0, bigEndian);
            tsHigh = CountingInput.u32(body, 4, bigEndian);
            tsLow = CountingInput.u32(body, 8, bigEndian);
            capLen = CountingInput.u32(body, 12, bigEndian);
            origLen = CountingInput.u32(body, 16, bigEndian);
            dataAt = fixed;
            if (capLen > bodyLen - fixed) {
                throw damage(at + 8 + 12, "captured length " + capLen + " exceeds the block's " + (bodyLen - fixed)
                        + " data bytes");
            }
        }
        if (ifIndex < 0 || ifIndex >= interfaces.size()) {
            throw damage(at + 8, "packet refers to interface " + ifIndex + " but " + interfaces.size()
                    + " are described in this section");
        }
        if (capLen > MAX_FRAME) {
            throw damage(at + 8, "frame of " + capLen + " bytes is larger than any capture holds");
        }
        Interface itf = interfaces.get(ifIndex);
        if (type == SPB && itf.snapLen > 0) {
            capLen = Math.min(capLen, itf.snapLen);
        }
        byte[] data = new byte[(int) capLen];
        System.arraycopy(body, dataAt, data, 0, data.length);
        long ts = tsHigh < 0 ? 0 : toNanos(itf, (tsHigh << 32) | tsLow);
        frames = number;
        int orig = (int) Math.min(Integer.MAX_VALUE, Math.max(origLen, capLen));
        return new Frame(data, orig, ts, itf.linkType, itf.linkTypeNumber, number);
    }

    private static long toNanos(Interface itf, long ticks) {
        if (!itf.binary && itf.resolution <= 9 && ticks >= 0) {
            long scale = POW10[9 - itf.resolution];
            if (ticks <= Long.MAX_VALUE / scale) {
                return ticks * scale + itf.offsetSeconds * 1_000_000_000L;
            }
        }
        BigInteger t = new BigInteger(Long.toUnsignedString(ticks));
        BigInteger nanos;
        if (itf.binary) {
            nanos = t.multiply(BigInteger.valueOf(1_000_000_000L)).shiftRight(itf.resolution);
        } else if (itf.resolution <= 9) {
            nanos = t.multiply(BigInteger.TEN.pow(9 - itf.resolution));
        } else {
            nanos = t.divide(BigInteger.TEN.pow(itf.resolution - 9));
        }
        return nanos.longValue() + itf.offsetSeconds * 1_000_000_000L;
    }

    private CaptureFormatException damage(long offset, String reason) {
        return new CaptureFormatException(name, offset, frames + 1, reason);
    }
}
