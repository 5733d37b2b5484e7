/* Tells the outside world which addresses the device has, as parseable lines on
 * stdout (flushed at once):
 *   wirecheck-target: ipv4 192.0.2.10
 *   wirecheck-target: ipv6 fe80::ff:fe00:a      (each IPv6 address once it is valid)
 *   wirecheck-target: ready                     (IPv4 up and the link-local valid)
 *   wirecheck-target: ipv6-lost ADDR            (an address stopped being valid)
 * IPv6 addresses appear late (duplicate address detection, SLAAC), so the
 * report polls the netif from a lwIP timer in the tcpip thread. */
#ifndef WIRECHECK_LWIP_HOST_ADDRESS_REPORT_H
#define WIRECHECK_LWIP_HOST_ADDRESS_REPORT_H

#include "lwip/netif.h"

/* How long the link-local address may stay tentative before start-up fails. */
#define ADDRESS_REPORT_LINK_LOCAL_TIMEOUT_MS 10000

/* Called (in the tcpip thread) when the device cannot become ready. */
typedef void (*address_report_failure_fn)(const char *reason);

/* Must be called with the tcpip core locked, after the netif is up. */
void address_report_start(struct netif *netif, address_report_failure_fn on_failure);

#endif
