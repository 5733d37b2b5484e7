meta:
  id: igmp_packet
  title: IGMP v1, v2 and v3
  endian: be
  imports:
    - group_records
doc: |
  The version of a query is told by its length and max-response field
  (RFC 3376 section 7.1); v3 reports carry group records instead of a group address.
doc-ref:
  - RFC 1112 appendix I
  - RFC 2236 section 2
  - RFC 3376 section 4
seq:
  - id: igmp_type
    type: u1
  - id: max_response
    type: u1
  - id: checksum
    type: u2
  - id: group
    size: 4
    if: igmp_type != 0x22
  - id: v3_report
    type: v3_report
    if: igmp_type == 0x22
  - id: v3_query
    type: v3_query_tail
    if: igmp_type == 0x11 and _io.size >= 12
instances:
  version:
    value: 'igmp_type == 0x12 ? 1 : igmp_type == 0x22 ? 3 : igmp_type == 0x11 ? (_io.size >= 12 ? 3 : max_response == 0 ? 1 : 2) : 2'
types:
  v3_report:
    seq:
      - id: reserved
        type: u2
      - id: num_records
        type: u2
      - id: records
        type: group_records(4, num_records)
        size-eos: true
  v3_query_tail:
    seq:
      - id: flags
        type: u1
      - id: qqic
        type: u1
      - id: num_sources
        type: u2
      - id: sources
        size: 4
        repeat: expr
        repeat-expr: 'num_sources < sources_room ? num_sources : sources_room'
    instances:
      sources_room:
        doc: |
          How many sources the bytes after the count hold. An instance, so it is computed
          once, before the loop (a repeat-expr is re-evaluated at every iteration).
        value: (_io.size - _io.pos) / 4
