meta:
  id: group_records
  title: Multicast address records of IGMPv3 and MLDv2 reports
  endian: be
doc: |
  IGMPv3 group records (RFC 3376 section 4.2.4) and MLDv2 multicast address records
  (RFC 3810 section 5.2.4) share one layout and differ only in the address size.
  Records and sources that do not fit are not read: the repetitions stop at what the
  bytes hold, so no count field can make this spec fail or loop past the message, and
  the adapter compares the counts with what was read to report the shortfall.
params:
  - id: address_size
    type: u1
  - id: num_records
    type: u2
seq:
  - id: records
    type: group_record
    repeat: until
    # the generated Java has already counted the record just read in _index here
    repeat-until: '_index >= num_records or _io.size - _io.pos < 4 + address_size'
    if: 'num_records > 0 and _io.size - _io.pos >= 4 + address_size'
types:
  group_record:
    seq:
      - id: record_type
        type: u1
      - id: aux_data_len
        type: u1
      - id: num_sources
        type: u2
      - id: multicast_address
        size: _parent.address_size
      - id: sources
        size: _parent.address_size
        repeat: expr
        repeat-expr: 'num_sources < sources_room ? num_sources : sources_room'
      - id: aux_data
        size: 'aux_data_len * 4 <= _io.size - _io.pos ? aux_data_len * 4 : _io.size - _io.pos'
    instances:
      sources_room:
        value: (_io.size - _io.pos) / _parent.address_size
      declared_length:
        doc: The record's size as its counts announce it.
        value: 4 + _parent.address_size * (1 + num_sources) + 4 * aux_data_len
