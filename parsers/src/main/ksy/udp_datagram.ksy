meta:
  id: udp_datagram
  title: UDP header
  endian: be
doc-ref: RFC 768
seq:
  - id: src_port
    type: u2
  - id: dst_port
    type: u2
  - id: length
    type: u2
  - id: checksum
    type: u2
