meta:
  id: ethernet_frame
  title: Ethernet II header (DIX framing)
  endian: be
doc: |
  The 14-byte header. What follows (802.1Q tags, the network layer) is read by its own
  spec, chained by the adapter on `ether_type`; values below 0x0600 are an IEEE 802.3
  length, not a type.
doc-ref: IEEE 802.3 section 3.2
seq:
  - id: dst
    size: 6
  - id: src
    size: 6
  - id: ether_type
    type: u2
instances:
  is_length:
    value: ether_type < 0x0600
