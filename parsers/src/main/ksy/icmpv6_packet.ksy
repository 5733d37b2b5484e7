meta:
  id: icmpv6_packet
  title: ICMPv6, Neighbor Discovery and MLD
  endian: be
  imports:
    - tlv_options
    - group_records
doc: |
  Echo and the four error messages (RFC 4443), the Neighbor Discovery messages with
  their options (RFC 4861), MLDv1 (RFC 2710) and MLDv2 (RFC 3810). A message shorter
  than its type requires leaves `body` absent, which the adapter reports.
seq:
  - id: icmp_type
    type: u1
  - id: code
    type: u1
  - id: checksum
    type: u2
  - id: body
    size-eos: true
    if: _io.size >= min_length
    type:
      switch-on: icmp_type
      cases:
        1: error_body
        3: error_body
        2: u4_error_body
        4: u4_error_body
        128: echo_body
        129: echo_body
        133: router_solicitation
        134: router_advertisement
        135: neighbor_solicitation
        136: neighbor_advertisement
        137: redirect
        130: mld_body
        131: mld_body
        132: mld_body
        143: mldv2_report
instances:
  min_length:
    doc: Smallest valid message of each type (RFC 4443 sections 3-4, RFC 4861 section 4, RFC 2710 section 3, RFC 3810 section 5).
    value: |
      icmp_type == 134 ? 16 :
      icmp_type == 137 ? 40 :
      (icmp_type == 135 or icmp_type == 136 or icmp_type == 130 or icmp_type == 131 or icmp_type == 132) ? 24 :
      ((icmp_type >= 1 and icmp_type <= 4) or icmp_type == 128 or icmp_type == 129 or icmp_type == 133 or icmp_type == 143) ? 8 :
      4
types:
  error_body:
    seq:
      - id: reserved
        size: 4
      - id: quoted
        size-eos: true
  u4_error_body:
    doc: Packet too big (the MTU) and parameter problem (the pointer).
    seq:
      - id: value
        type: u4
      - id: quoted
        size-eos: true
  echo_body:
    seq:
      - id: identifier
        type: u2
      - id: sequence
        type: u2
      - id: data
        size-eos: true
  router_solicitation:
    seq:
      - id: reserved
        size: 4
      - id: options
        type: tlv_options(58)
        size-eos: true
  router_advertisement:
    seq:
      - id: cur_hop_limit
        type: u1
      - id: flags
        type: u1
      - id: router_lifetime
        type: u2
      - id: reachable_time
        type: u4
      - id: retrans_timer
        type: u4
      - id: options
        type: tlv_options(58)
        size-eos: true
  neighbor_solicitation:
    seq:
      - id: reserved
        size: 4
      - id: target
        size: 16
      - id: options
        type: tlv_options(58)
        size-eos: true
  neighbor_advertisement:
    seq:
      - id: flags
        type: u4
      - id: target
        size: 16
      - id: options
        type: tlv_options(58)
        size-eos: true
  redirect:
    seq:
      - id: reserved
        size: 4
      - id: target
        size: 16
      - id: destination
        size: 16
      - id: options
        type: tlv_options(58)
        size-eos: true
  mld_body:
    doc: MLDv1 messages, and the MLDv2 query, told apart by its length (RFC 3810 section 8.1).
    seq:
      - id: max_response
        type: u2
      - id: reserved
        size: 2
      - id: multicast_address
        size: 16
      - id: v2_query
        type: mldv2_query_tail
        if: _parent.icmp_type == 130 and _io.size >= 24
  mldv2_query_tail:
    seq:
      - id: flags
        type: u1
      - id: qqic
        type: u1
      - id: num_sources
        type: u2
      - id: sources
        size: 16
        repeat: expr
        repeat-expr: 'num_sources < sources_room ? num_sources : sources_room'
    instances:
      sources_room:
        doc: |
          How many sources the bytes after the count hold. An instance, so it is computed
          once, before the loop (a repeat-expr is re-evaluated at every iteration).
        value: (_io.size - _io.pos) / 16
  mldv2_report:
    seq:
      - id: reserved
        size: 2
      - id: num_records
        type: u2
      - id: records
        type: group_records(16, num_records)
        size-eos: true
