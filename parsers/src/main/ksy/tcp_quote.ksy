meta:
  id: tcp_quote
  title: The start of a TCP header quoted in an ICMP error
  endian: be
doc: |
  An ICMP error quotes the invoking datagram's IP header and at least its first 64 bits
  (RFC 792), often no more: for TCP that is the ports and the sequence number. Used when
  the quote is too short for the whole header of tcp_segment.
doc-ref:
  - RFC 792
  - RFC 9293 section 3.1
seq:
  - id: src_port
    type: u2
  - id: dst_port
    type: u2
  - id: seq_num
    type: u4
