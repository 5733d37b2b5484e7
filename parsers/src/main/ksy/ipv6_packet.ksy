meta:
  id: ipv6_packet
  title: IPv6 fixed header
  endian: be
doc: |
  The 40-byte header. The extension-header chain is read one header at a time with
  `ipv6_extension`, chained by the adapter on the next-header values and bounded there.
doc-ref: RFC 8200 section 3
seq:
  - id: version_tc_flow
    type: u4
  - id: payload_length
    type: u2
  - id: next_header
    type: u1
  - id: hop_limit
    type: u1
  - id: src
    size: 16
  - id: dst
    size: 16
instances:
  version:
    value: version_tc_flow >> 28
  traffic_class:
    value: (version_tc_flow >> 20) & 0xff
  flow_label:
    value: version_tc_flow & 0xfffff
