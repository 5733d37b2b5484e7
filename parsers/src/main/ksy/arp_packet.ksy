meta:
  id: arp_packet
  title: ARP packet
  endian: be
doc: |
  The address fields are as long as `len_hw_addr` and `len_proto_addr` say; a packet too short
  for them makes the parse fail (the adapter reports it as truncated).
doc-ref: RFC 826
seq:
  - id: hw_type
    type: u2
  - id: proto_type
    type: u2
  - id: len_hw_addr
    type: u1
  - id: len_proto_addr
    type: u1
  - id: opcode
    type: u2
  - id: sender_hw
    size: len_hw_addr
  - id: sender_proto
    size: len_proto_addr
  - id: target_hw
    size: len_hw_addr
  - id: target_proto
    size: len_proto_addr
