/* A lwIP netif driver for a Linux TAP device (our own, in place of Debian's
 * tapif: see README.md, "Why not Debian's tapif"). Frames read from the TAP
 * are copied into PBUF_RAM pbufs sized to the frame and handed to
 * netif->input (tcpip_input) from a reader thread; frames lwIP sends are
 * written with one writev() over the pbuf chain. */
#ifndef WIRECHECK_LWIP_HOST_TAP_NETIF_H
#define WIRECHECK_LWIP_HOST_TAP_NETIF_H

#include <stdint.h>

#include "lwip/netif.h"

#define TAP_NETIF_NAME_MAX 16 /* IFNAMSIZ */

/* Passed as netif_add()'s state; the driver keeps it as netif->state. */
struct tap_netif {
  char name[TAP_NETIF_NAME_MAX]; /* an existing TAP device in this namespace */
  uint8_t mac[6];
  /* Called from the reader thread if the TAP fails (e.g. it was deleted). */
  void (*on_fatal)(const char *reason);
  int fd; /* set by tap_netif_init */
};

/* netif_add() init function: attaches to the TAP (IFF_TAP | IFF_NO_PI), sets
 * MAC, MTU 1500 and the flags BROADCAST, ETHARP, ETHERNET, IGMP, MLD6, and
 * starts the reader thread. Returns ERR_IF with a message on stderr if the
 * device is missing or not a free TAP. */
err_t tap_netif_init(struct netif *netif);

#endif
