meta:
  id: dns_message
  title: DNS message
  endian: be
doc: |
  Header, questions and resource records. Names follow compression pointers
  (RFC 1035 section 4.1.4) through instances that read at the pointer's offset in the
  message; every hop adds one to `depth`, and a pointer met at `max_depth` is not
  followed, so a loop of pointers ends there and the adapter reports it. Each label
  consumes at least one byte of a bounded stream, so no name repeats without bound.
  Counts that announce more entries than the bytes hold make the parse fail (truncated).
doc-ref: RFC 1035 section 4.1
seq:
  - id: transaction_id
    type: u2
  - id: flags
    type: u2
  - id: qdcount
    type: u2
  - id: ancount
    type: u2
  - id: nscount
    type: u2
  - id: arcount
    type: u2
  - id: questions
    type: question
    repeat: expr
    repeat-expr: qdcount
  - id: answers
    type: resource_record
    repeat: expr
    repeat-expr: ancount
  - id: authorities
    type: resource_record
    repeat: expr
    repeat-expr: nscount
  - id: additionals
    type: resource_record
    repeat: expr
    repeat-expr: arcount
instances:
  max_depth:
    value: 16
types:
  question:
    seq:
      - id: name
        type: domain_name(0)
      - id: qtype
        type: u2
      - id: qclass
        type: u2
  resource_record:
    seq:
      - id: name
        type: domain_name(0)
      - id: rr_type
        type: u2
      - id: rr_class
        type: u2
      - id: ttl
        type: u4
      - id: rdlength
        type: u2
      - id: rdata
        size: rdlength
        type:
          switch-on: rr_type
          cases:
            1: address_rdata
            28: address_rdata
            2: name_rdata
            5: name_rdata
            12: name_rdata
  address_rdata:
    seq:
      - id: address
        size-eos: true
  name_rdata:
    seq:
      - id: name
        type: domain_name(0)
  domain_name:
    params:
      - id: depth
        type: u1
    seq:
      - id: labels
        type: label(depth)
        repeat: until
        repeat-until: _.length == 0 or _.is_pointer or _.is_reserved or _io.eof
  label:
    params:
      - id: depth
        type: u1
    seq:
      - id: length
        type: u1
      - id: pointer_low
        type: u1
        if: is_pointer
      - id: text
        size: length
        if: not is_pointer and not is_reserved
    instances:
      is_pointer:
        value: length >= 0xc0
      is_reserved:
        doc: The extended label types 0x40 and 0x80 (RFC 6891 section 5), not used by DNS today.
        value: length >= 0x40 and length < 0xc0
      pointer:
        value: (length & 0x3f) * 256 + pointer_low
      target:
        doc: The name the pointer leads to; absent past the hop limit.
        io: _root._io
        pos: pointer
        type: domain_name(depth + 1)
        if: is_pointer and depth < _root.max_depth
