/* The device's one network interface: our TAP driver (tap_netif) with the
 * static addresses from the options. */
#ifndef WIRECHECK_LWIP_HOST_DEVICE_H
#define WIRECHECK_LWIP_HOST_DEVICE_H

#include "lwip/netif.h"
#include "options.h"
#include "tap_netif.h"

/* Multicast group the device joins (IGMP), like our users' firmware does. */
#define DEVICE_IGMP_GROUP "239.1.2.3"

/* Adds, configures and brings up the netif on the TAP named in opts. Must be
 * called with the tcpip core locked. Returns 0, or -1 with a message on stderr. */
int device_start(struct netif *netif, struct tap_netif *tap, const struct target_options *opts,
                 void (*on_fatal)(const char *reason));

#endif
