meta:
  id: ipv6_extension
  title: One IPv6 extension header
  endian: be
  imports:
    - tlv_options
doc: |
  Hop-by-hop and destination options (with their TLVs), routing, fragment and the
  authentication header, which is only stepped over. `header_type` is the next-header
  value that announced this header. The body is a `size:` substream, so a length that
  runs past the payload makes the parse fail (reported as a truncated extension).
doc-ref:
  - RFC 8200 section 4
  - RFC 4302 section 2.2
params:
  - id: header_type
    type: u1
seq:
  - id: next_header
    type: u1
  - id: hdr_ext_len
    type: u1
  - id: body
    size: total_length - 2
    type:
      switch-on: header_type
      cases:
        0: options_body
        60: options_body
        43: routing_body
        44: fragment_body
        51: ah_body
instances:
  total_length:
    doc: The whole header in bytes (fragment 8; AH in 4-byte units minus 2; others 8-byte units minus 1).
    value: 'header_type == 44 ? 8 : header_type == 51 ? (hdr_ext_len + 2) * 4 : (hdr_ext_len + 1) * 8'
types:
  options_body:
    seq:
      - id: options
        type: tlv_options(41)
        size-eos: true
  routing_body:
    seq:
      - id: routing_type
        type: u1
      - id: segments_left
        type: u1
      - id: data
        size-eos: true
  fragment_body:
    seq:
      - id: offset_flags
        type: u2
      - id: identification
        type: u4
    instances:
      fragment_offset:
        value: offset_flags >> 3
      more_fragments:
        value: offset_flags & 1
  ah_body:
    seq:
      - id: reserved
        type: u2
      - id: spi
        type: u4
        if: _io.size >= 10
      - id: sequence
        type: u4
        if: _io.size >= 10
      - id: icv
        size-eos: true
