meta:
  id: vlan_tag
  title: IEEE 802.1Q / 802.1ad tag, after its TPID
  endian: be
doc: |
  Tag control information and the EtherType of what follows. Stacked tags are read one
  at a time by the adapter, which bounds how many it accepts.
doc-ref: IEEE 802.1Q section 9.6
seq:
  - id: tci
    type: u2
  - id: ether_type
    type: u2
instances:
  priority:
    value: tci >> 13
  drop_eligible:
    value: (tci >> 12) & 1
  vlan_id:
    value: tci & 0x0fff
