meta:
  id: linux_sll
  title: Linux cooked capture header, v1 (16 bytes) and v2 (20 bytes)
  endian: be
doc-ref: https://www.tcpdump.org/linktypes/LINKTYPE_LINUX_SLL.html
params:
  - id: version2
    type: bool
seq:
  - id: v1
    type: sll_v1
    if: not version2
  - id: v2
    type: sll_v2
    if: version2
types:
  sll_v1:
    seq:
      - id: packet_type
        type: u2
      - id: hardware_type
        type: u2
      - id: address_length
        type: u2
      - id: address
        size: 8
      - id: protocol
        type: u2
  sll_v2:
    seq:
      - id: protocol
        type: u2
      - id: reserved
        type: u2
      - id: interface_index
        type: u4
      - id: hardware_type
        type: u2
      - id: packet_type
        type: u1
      - id: address_length
        type: u1
      - id: address
        size: 8
