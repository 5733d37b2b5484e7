/* The device's one network interface: Debian's lwIP tapif driver on a TAP
 * device, with the static addresses from the options. */
#ifndef WIRECHECK_LWIP_HOST_DEVICE_H
#define WIRECHECK_LWIP_HOST_DEVICE_H

#include "lwip/netif.h"
#include "options.h"

/* Multicast group the device joins (IGMP), like our users' firmware does. */
#define DEVICE_IGMP_GROUP "239.1.2.3"

/* Picks the TAP device for tapif. Call before tcpip_init(): tapif reads the
 * environment from its own thread. Returns 0, or -1 with a message on stderr. */
int device_select_tap(const struct target_options *opts);

/* Adds, configures and brings up the netif. Must be called with the tcpip core
 * locked. Returns 0, or -1 with a message on stderr. */
int device_start(struct netif *netif, const struct target_options *opts);

#endif
