#include "device.h"

#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lwip/igmp.h"
#include "lwip/ip4_addr.h"
#include "lwip/tcpip.h"
#include "netif/tapif.h"

int device_select_tap(const struct target_options *opts) {
  /* tapif's TUNSETIFF would quietly create a fresh, unconfigured TAP under a
   * mistyped name; the device is meant to attach to one that exists. */
  if (if_nametoindex(opts->tap_name) == 0) {
    fprintf(stderr, "lwip-host: no network device '%s' in this network namespace "
                    "(create it first: ip tuntap add %s mode tap)\n",
            opts->tap_name, opts->tap_name);
    return -1;
  }
  /* Debian's tapif (lwIP contrib ports/unix) takes the device name from
   * PRECONFIGURED_TAPIF. Without it, it opens "tap0" and runs
   * "/sbin/ifconfig tap0 inet <gw>" to configure the host side itself. */
  if (setenv("PRECONFIGURED_TAPIF", opts->tap_name, 1) != 0) {
    perror("lwip-host: setenv");
    return -1;
  }
  return 0;
}

int device_start(struct netif *netif, const struct target_options *opts) {
  ip4_addr_t ip, netmask, gw, group;
  ip4_addr_set_u32(&ip, opts->ipv4);
  ip4_addr_set_u32(&netmask, opts->netmask);
  ip4_addr_set_u32(&gw, opts->gateway);
  /* tapif_init opens the TAP (and exits the process if it cannot), starts its
   * reader thread, and sets a fixed MAC 02:12:34:56:78:ab and the flags
   * BROADCAST|ETHARP|IGMP; netif_add then starts IGMP (all-systems group). */
  if (netif_add(netif, &ip, &netmask, &gw, NULL, tapif_init, tcpip_input) == NULL) {
    fprintf(stderr, "lwip-host: netif_add failed\n");
    return -1;
  }
  /* The netif is still down, so nothing has been sent with tapif's MAC yet. */
  memcpy(netif->hwaddr, opts->mac, sizeof opts->mac);
  /* tapif does not claim MLD. Without the flag lwIP 2.1 never joins the
   * solicited-node groups of its own addresses (netif_ip6_addr_set_state ->
   * nd6_adjust_mld_membership), so it would neither report them nor accept the
   * neighbor solicitations sent to them: no IPv6 neighbor could resolve us. */
  netif->flags |= NETIF_FLAG_MLD6;
  netif_create_ip6_linklocal_address(netif, 1); /* EUI-64 from the MAC; tentative until DAD */
  netif_set_ip6_autoconfig_enabled(netif, opts->slaac ? 1 : 0);
  netif_set_default(netif);
  netif_set_up(netif); /* gratuitous ARP, MLD reports, router solicitations */

  ip4addr_aton(DEVICE_IGMP_GROUP, &group);
  err_t err = igmp_joingroup_netif(netif, &group);
  if (err != ERR_OK) {
    fprintf(stderr, "lwip-host: IGMP join of %s failed (lwIP error %d)\n", DEVICE_IGMP_GROUP, err);
    return -1;
  }
  return 0;
}
