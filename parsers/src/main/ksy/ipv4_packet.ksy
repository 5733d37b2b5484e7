meta:
  id: ipv4_packet
  title: IPv4 header with options
  endian: be
  imports:
    - tlv_options
doc: |
  The header only: the adapter chains the payload on `protocol`. The options area is a
  `size:` substream of IHL * 4 - 20 bytes, so no option can read past the header; an
  IHL below 5 leaves it absent and is reported by the adapter, as are checksum and
  total-length defects, which are not structure.
doc-ref: RFC 791 section 3.1
seq:
  - id: version_ihl
    type: u1
  - id: tos
    type: u1
  - id: total_length
    type: u2
  - id: identification
    type: u2
  - id: flags_fragment
    type: u2
  - id: ttl
    type: u1
  - id: protocol
    type: u1
  - id: header_checksum
    type: u2
  - id: src
    size: 4
  - id: dst
    size: 4
  - id: options
    size: ihl * 4 - 20
    type: tlv_options(4)
    if: version == 4 and ihl > 5
instances:
  version:
    value: version_ihl >> 4
  ihl:
    value: version_ihl & 0x0f
  dscp:
    value: tos >> 2
  ecn:
    value: tos & 3
  flag_reserved:
    value: (flags_fragment >> 15) & 1
  flag_df:
    value: (flags_fragment >> 14) & 1
  flag_mf:
    value: (flags_fragment >> 13) & 1
  fragment_offset:
    value: flags_fragment & 0x1fff
