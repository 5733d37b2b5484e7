package dev.wirecheck.check;

/** Who sent a frame, as the checker sees it: the device under test, its peers, or nobody it can tell. */
public enum Side {
    DUT, PEER, UNKNOWN
}
