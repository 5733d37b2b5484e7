#include "tap_netif.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/uio.h>
#include <unistd.h>

#include "lwip/ethip6.h"
#include "lwip/etharp.h"
#include "lwip/pbuf.h"
#include "lwip/sys.h"

/* if_nametoindex() lives in <net/if.h>, which clashes with <linux/if.h>. */
extern unsigned int if_nametoindex(const char *ifname);

/* Big enough for any frame the kernel hands a TAP without IFF_VNET_HDR (it
 * segments GSO traffic first), so nothing is ever silently truncated; lwIP
 * itself drops what exceeds its MTU. */
#define READ_BUFFER_SIZE 65536
/* A pbuf chain longer than this is copied by lwIP's own TX_SINGLE_PBUF setting
 * anyway; the bound only keeps the iovec array on the stack. */
#define MAX_CHAIN 32

static err_t tap_output(struct netif *netif, struct pbuf *p) {
  struct tap_netif *tap = netif->state;
  struct iovec iov[MAX_CHAIN];
  int n = 0;
  for (struct pbuf *q = p; q != NULL; q = q->next) {
    if (n == MAX_CHAIN) {
      return ERR_IF;
    }
    iov[n].iov_base = q->payload;
    iov[n].iov_len = q->len;
    n++;
  }
  ssize_t written = writev(tap->fd, iov, n);
  return written == (ssize_t)p->tot_len ? ERR_OK : ERR_IF;
}

static void deliver(struct netif *netif, const uint8_t *frame, size_t len) {
  /* PBUF_RAM, not PBUF_POOL: Debian's liblwip sizes its PBUF_POOL elements
   * inconsistently (see README.md), and RAM pbufs of the exact size avoid the
   * pool altogether. */
  struct pbuf *p = pbuf_alloc(PBUF_RAW, (u16_t)len, PBUF_RAM);
  if (p == NULL) {
    return; /* out of memory: the frame is lost, as on a real NIC */
  }
  pbuf_take(p, frame, (u16_t)len);
  if (netif->input(p, netif) != ERR_OK) {
    pbuf_free(p);
  }
}

static void reader_thread(void *arg) {
  struct netif *netif = arg;
  struct tap_netif *tap = netif->state;
  static uint8_t frame[READ_BUFFER_SIZE];
  const char *failure;
  int error = 0;
  for (;;) {
    struct pollfd pfd = {.fd = tap->fd, .events = POLLIN};
    if (poll(&pfd, 1, -1) < 0) {
      if (errno == EINTR) {
        continue;
      }
      failure = "poll";
      error = errno;
      break;
    }
    if (pfd.revents & (POLLERR | POLLHUP | POLLNVAL)) {
      failure = "the device went away";
      break;
    }
    ssize_t len = read(tap->fd, frame, sizeof frame);
    if (len < 0) {
      if (errno == EINTR || errno == EAGAIN) {
        continue;
      }
      failure = "read";
      error = errno;
      break;
    }
    /* Shorter than an Ethernet header, or longer than a pbuf can say: drop. */
    if (len >= 14 && len <= 0xffff) {
      deliver(netif, frame, (size_t)len);
    }
  }
  char reason[160];
  snprintf(reason, sizeof reason, "TAP %s: %s%s%s", tap->name, failure, error != 0 ? ": " : "",
           error != 0 ? strerror(error) : "");
  tap->on_fatal(reason);
}

static int attach(struct tap_netif *tap) {
  /* TUNSETIFF would quietly create a fresh, unconfigured TAP under a mistyped
   * name; the device is meant to attach to one that exists. */
  if (if_nametoindex(tap->name) == 0) {
    fprintf(stderr, "lwip-host: no network device '%s' in this network namespace "
                    "(create it first: ip tuntap add %s mode tap)\n",
            tap->name, tap->name);
    return -1;
  }
  tap->fd = open("/dev/net/tun", O_RDWR | O_CLOEXEC);
  if (tap->fd < 0) {
    perror("lwip-host: open /dev/net/tun");
    return -1;
  }
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  ifr.ifr_flags = IFF_TAP | IFF_NO_PI;
  memcpy(ifr.ifr_name, tap->name, strnlen(tap->name, sizeof ifr.ifr_name - 1)); /* NUL from memset */
  if (ioctl(tap->fd, TUNSETIFF, &ifr) < 0) {
    fprintf(stderr, "lwip-host: cannot attach to '%s' (%s): is it a TAP device (not TUN) "
                    "that no other process holds?\n",
            tap->name, strerror(errno));
    close(tap->fd);
    tap->fd = -1;
    return -1;
  }
  return 0;
}

err_t tap_netif_init(struct netif *netif) {
  struct tap_netif *tap = netif->state;
  if (attach(tap) != 0) {
    return ERR_IF;
  }
  netif->name[0] = 't';
  netif->name[1] = 'p';
  netif->output = etharp_output;
  netif->output_ip6 = ethip6_output;
  netif->linkoutput = tap_output;
  netif->mtu = 1500;
  memcpy(netif->hwaddr, tap->mac, sizeof tap->mac);
  netif->hwaddr_len = sizeof tap->mac;
  /* MLD6: without it lwIP 2.1 never joins the solicited-node groups of its own
   * addresses (netif_ip6_addr_set_state -> nd6_adjust_mld_membership), so it
   * would neither report them nor accept the neighbor solicitations sent to
   * them. */
  netif->flags = NETIF_FLAG_BROADCAST | NETIF_FLAG_ETHARP | NETIF_FLAG_ETHERNET |
                 NETIF_FLAG_IGMP | NETIF_FLAG_MLD6;
  sys_thread_new("tap-reader", reader_thread, netif, 0, 0);
  return ERR_OK;
}
