meta:
  id: tlv_options
  title: Type-length-value option lists (IPv4, TCP, IPv6 hop-by-hop/destination, NDP, DHCP)
  endian: be
doc: |
  One walker for the four TLV layouts wirecheck reads. The layout is given by the
  parameters, the meaning of an option's body by `family` and the option kind.

  A malformed option never makes this spec fail: its `body` is simply absent (null),
  and the adapter reports it (length byte missing, length below the minimum, or a
  body that runs past the end). The list is read inside a `size:` substream, and every
  item consumes at least one byte, so the repetition ends within the substream.
doc-ref:
  - RFC 791 section 3.1
  - RFC 9293 section 3.1
  - RFC 8200 section 4.2
  - RFC 4861 section 4.6
  - RFC 2132 section 2
params:
  - id: family
    type: u1
    doc: 4 IPv4 options, 6 TCP options, 41 IPv6 options, 58 NDP options, 67 DHCP options (raw bodies)
seq:
  - id: items
    type: tlv_option
    repeat: until
    repeat-until: _io.eof or _.is_end
    if: not _io.eof
types:
  tlv_option:
    seq:
      - id: kind
        type: u1
      - id: len_raw
        doc: The length byte, or nothing when the list ends right after the kind.
        size: 'is_single or _io.eof ? 0 : 1'
      - id: body
        size: total_length - 2
        if: 'not is_single and len_raw.size == 1 and total_length >= min_total and total_length - 2 <= _io.size - _io.pos'
        type:
          switch-on: _parent.family * 256 + kind
          cases:
            # IPv4: record route, loose and strict source route, timestamp, router alert
            '4 * 256 + 7': ipv4_route_body
            '4 * 256 + 131': ipv4_route_body
            '4 * 256 + 137': ipv4_route_body
            '4 * 256 + 68': ipv4_route_body
            '4 * 256 + 148': u2_body
            # TCP: MSS, window scale, SACK, timestamps
            '6 * 256 + 2': u2_body
            '6 * 256 + 3': u1_body
            '6 * 256 + 5': sack_body
            '6 * 256 + 8': tcp_timestamp_body
            # IPv6 options: router alert (RFC 2711)
            '41 * 256 + 5': u2_body
            # NDP: link-layer addresses, prefix information, MTU, RDNSS (RFC 8106)
            '58 * 256 + 1': ndp_lladdr_body
            '58 * 256 + 2': ndp_lladdr_body
            '58 * 256 + 3': ndp_prefix_body
            '58 * 256 + 5': ndp_mtu_body
            '58 * 256 + 25': ndp_rdnss_body
    instances:
      is_end:
        value: 'kind == end_kind'
      is_single:
        doc: The one-byte options (end of list, padding), which have no length byte.
        value: 'kind == end_kind or kind == pad_kind'
      end_kind:
        value: '_parent.family == 4 or _parent.family == 6 ? 0 : _parent.family == 67 ? 255 : -1'
      pad_kind:
        value: '_parent.family == 58 ? -1 : _parent.family == 41 or _parent.family == 67 ? 0 : 1'
      len:
        value: 'len_raw.size == 1 ? len_raw[0] : 0'
      total_length:
        doc: The whole option in bytes, kind and length included.
        value: '_parent.family == 58 ? len * 8 : _parent.family == 41 or _parent.family == 67 ? len + 2 : len'
      min_total:
        value: '_parent.family == 58 ? 8 : 2'
  u1_body:
    seq:
      - id: value
        type: u1
        if: _io.size == 1
  u2_body:
    seq:
      - id: value
        type: u2
        if: _io.size == 2
  ipv4_route_body:
    seq:
      - id: pointer
        type: u1
        if: _io.size >= 1
  sack_body:
    seq:
      - id: blocks
        type: sack_block
        repeat: expr
        repeat-expr: _io.size / 8
  sack_block:
    seq:
      - id: left_edge
        type: u4
      - id: right_edge
        type: u4
  tcp_timestamp_body:
    seq:
      - id: tsval
        type: u4
        if: _io.size == 8
      - id: tsecr
        type: u4
        if: _io.size == 8
  ndp_lladdr_body:
    seq:
      - id: address
        size: 6
        if: _io.size == 6
  ndp_prefix_body:
    seq:
      - id: fields
        type: ndp_prefix_fields
        if: _io.size == 30
  ndp_prefix_fields:
    seq:
      - id: prefix_length
        type: u1
      - id: flags
        type: u1
      - id: valid_lifetime
        type: u4
      - id: preferred_lifetime
        type: u4
      - id: reserved2
        type: u4
      - id: prefix
        size: 16
  ndp_mtu_body:
    seq:
      - id: reserved
        type: u2
        if: _io.size == 6
      - id: mtu
        type: u4
        if: _io.size == 6
  ndp_rdnss_body:
    seq:
      - id: reserved
        type: u2
        if: _io.size >= 22
      - id: lifetime
        type: u4
        if: _io.size >= 22
      - id: servers
        size: 16
        repeat: expr
        repeat-expr: '_io.size >= 22 ? (_io.size - 6) / 16 : 0'
