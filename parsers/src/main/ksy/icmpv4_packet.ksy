meta:
  id: icmpv4_packet
  title: ICMP for IPv4
  endian: be
doc: |
  Echo, destination unreachable (next-hop MTU of RFC 1191), redirect, time exceeded,
  parameter problem and timestamp. `body` holds the echo data or the quoted datagram of
  an error, which the adapter dissects with the IP specs. A timestamp message too short
  for its three timestamps leaves `timestamps` absent.
doc-ref: RFC 792
seq:
  - id: icmp_type
    type: u1
  - id: code
    type: u1
  - id: checksum
    type: u2
  - id: rest
    size: 4
    type:
      switch-on: icmp_type
      cases:
        0: echo_rest
        8: echo_rest
        13: echo_rest
        14: echo_rest
        3: unreachable_rest
        5: redirect_rest
        12: parameter_problem_rest
  - id: timestamps
    type: timestamps
    if: '(icmp_type == 13 or icmp_type == 14) and _io.size - _io.pos >= 12'
  - id: body
    size-eos: true
instances:
  is_error:
    value: icmp_type == 3 or icmp_type == 4 or icmp_type == 5 or icmp_type == 11 or icmp_type == 12
types:
  echo_rest:
    seq:
      - id: identifier
        type: u2
      - id: sequence
        type: u2
  unreachable_rest:
    seq:
      - id: unused
        type: u2
      - id: next_hop_mtu
        type: u2
  redirect_rest:
    seq:
      - id: gateway
        size: 4
  parameter_problem_rest:
    seq:
      - id: pointer
        type: u1
      - id: unused
        size: 3
  timestamps:
    seq:
      - id: originate
        type: u4
      - id: receive
        type: u4
      - id: transmit
        type: u4
