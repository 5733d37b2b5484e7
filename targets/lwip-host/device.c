#include "device.h"

#include <stdio.h>
#include <string.h>

#include "lwip/igmp.h"
#include "lwip/ip4_addr.h"
#include "lwip/tcpip.h"

int device_start(struct netif *netif, struct tap_netif *tap, const struct target_options *opts,
                 void (*on_fatal)(const char *reason)) {
  memset(tap, 0, sizeof *tap);
  strcpy(tap->name, opts->tap_name);
  memcpy(tap->mac, opts->mac, sizeof tap->mac);
  tap->on_fatal = on_fatal;
  tap->fd = -1;

  ip4_addr_t ip, netmask, gw, group;
  ip4_addr_set_u32(&ip, opts->ipv4);
  ip4_addr_set_u32(&netmask, opts->netmask);
  ip4_addr_set_u32(&gw, opts->gateway);
  /* netif_add also starts IGMP (the all-systems group), as the IGMP flag is set. */
  if (netif_add(netif, &ip, &netmask, &gw, tap, tap_netif_init, tcpip_input) == NULL) {
    return -1; /* tap_netif_init said why */
  }
  netif_create_ip6_linklocal_address(netif, 1); /* EUI-64 from the MAC; tentative until DAD */
  netif_set_ip6_autoconfig_enabled(netif, opts->slaac ? 1 : 0);
  netif_set_default(netif);
  netif_set_link_up(netif);
  netif_set_up(netif); /* gratuitous ARP, IGMP and MLD reports, router solicitations */

  ip4addr_aton(DEVICE_IGMP_GROUP, &group);
  err_t err = igmp_joingroup_netif(netif, &group);
  if (err != ERR_OK) {
    fprintf(stderr, "lwip-host: IGMP join of %s failed (lwIP error %d)\n", DEVICE_IGMP_GROUP, err);
    return -1;
  }
  return 0;
}
