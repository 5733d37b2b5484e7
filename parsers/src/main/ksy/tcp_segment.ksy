meta:
  id: tcp_segment
  title: TCP header with options
  endian: be
  imports:
    - tlv_options
doc: |
  The options are a `size:` substream of data offset * 4 - 20 bytes: an offset past the
  bytes present makes the parse fail (truncated); an offset below 5 leaves them absent
  and is reported by the adapter.
doc-ref:
  - RFC 9293 section 3.1
  - RFC 7323
  - RFC 2018
seq:
  - id: src_port
    type: u2
  - id: dst_port
    type: u2
  - id: seq_num
    type: u4
  - id: ack_num
    type: u4
  - id: offset_flags
    type: u2
  - id: window
    type: u2
  - id: checksum
    type: u2
  - id: urgent_pointer
    type: u2
  - id: options
    size: data_offset * 4 - 20
    type: tlv_options(6)
    if: data_offset > 5
instances:
  data_offset:
    value: offset_flags >> 12
  flags:
    value: offset_flags & 0x0fff
