meta:
  id: dhcp_packet
  title: DHCPv4 (BOOTP) message
  endian: be
  imports:
    - tlv_options
doc: |
  The fixed BOOTP fields, the magic cookie and the options (PAD 0, END 255, the length
  counting only the data). Options whose bodies run past the message leave `body` absent
  and are reported by the adapter (see tlv_options). Option 52 (overload) says that
  `sname` and `file` carry more options (RFC 2132 section 9.3); they are kept as bytes
  here, not parsed as options.
doc-ref:
  - RFC 2131 section 2
  - RFC 2132
seq:
  - id: op
    type: u1
  - id: hw_type
    type: u1
  - id: hw_len
    type: u1
  - id: hops
    type: u1
  - id: transaction_id
    type: u4
  - id: secs
    type: u2
  - id: flags
    type: u2
  - id: client_ip
    size: 4
  - id: your_ip
    size: 4
  - id: server_ip
    size: 4
  - id: relay_ip
    size: 4
  - id: client_hw
    size: 16
  - id: server_name
    size: 64
  - id: boot_file
    size: 128
  - id: cookie
    size: 4
  - id: options
    type: tlv_options(67)
    size-eos: true
