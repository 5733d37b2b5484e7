package dev.wirecheck.check;

import dev.wirecheck.stack.DutAddresses;
import dev.wirecheck.stack.Net;

/**
 * Who the DUT is in one capture: its MAC (-1 when unknown), its addresses with the time it
 * came to own each, whether the capture shows it coming up, and how it was identified.
 */
public record DutProfile(long mac, DutAddresses addresses, boolean bootObserved, DutIdentity.How how,
                         String explanation) {

    public DutIdentity identity() {
        return new DutIdentity(mac < 0 ? null : Net.macText(mac), addresses.texts(), how, explanation);
    }
}
