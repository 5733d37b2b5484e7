/* Command-line options of lwip-host: which TAP device to attach to and which
 * static addresses the device uses. */
#ifndef WIRECHECK_LWIP_HOST_OPTIONS_H
#define WIRECHECK_LWIP_HOST_OPTIONS_H

#include <stdint.h>

#define OPTIONS_TAP_NAME_MAX 16 /* IFNAMSIZ, including the terminating NUL */

struct target_options {
  char tap_name[OPTIONS_TAP_NAME_MAX];
  uint8_t mac[6];
  /* IPv4 addresses in network byte order, as lwIP's ip4_addr_t keeps them. */
  uint32_t ipv4;
  uint32_t netmask;
  uint32_t gateway;
  int slaac; /* accept router advertisements and form SLAAC addresses */
};

/* Fills opts from argv. On --help prints usage and exits 0; on a bad option
 * prints one line on stderr and exits 2. */
void options_parse(int argc, char **argv, struct target_options *opts);

#endif
