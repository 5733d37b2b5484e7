#include "address_report.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>

#include "lwip/ip6_addr.h"
#include "lwip/ip_addr.h"
#include "lwip/sys.h"
#include "lwip/timeouts.h"

#define CHECK_INTERVAL_MS 100

static struct {
  struct netif *netif;
  address_report_failure_fn on_failure;
  u32_t started_ms;
  int ready;
  int shown[LWIP_IPV6_NUM_ADDRESSES];
  ip6_addr_t shown_addr[LWIP_IPV6_NUM_ADDRESSES];
} report;

static void announce(const char *what, const char *value) {
  printf("wirecheck-target: %s%s%s\n", what, value != NULL ? " " : "", value != NULL ? value : "");
  fflush(stdout);
}

/* libc's inet_ntop writes the RFC 5952 form (lower case); lwIP's ip6addr_ntoa
 * writes upper case, which tools comparing text would not match. */
static void announce_ipv6(const char *what, const ip6_addr_t *addr) {
  struct in6_addr raw;
  memcpy(&raw, addr->addr, sizeof raw); /* lwIP keeps the words in network order */
  char text[INET6_ADDRSTRLEN];
  announce(what, inet_ntop(AF_INET6, &raw, text, sizeof text));
}

/* Prints each IPv6 slot that became valid or changed, and each that was lost. */
static void report_ipv6_changes(void) {
  for (int i = 0; i < LWIP_IPV6_NUM_ADDRESSES; i++) {
    const ip6_addr_t *addr = netif_ip6_addr(report.netif, i);
    int valid = ip6_addr_isvalid(netif_ip6_addr_state(report.netif, i)) != 0;
    if (report.shown[i] && (!valid || !ip6_addr_cmp(&report.shown_addr[i], addr))) {
      announce_ipv6("ipv6-lost", &report.shown_addr[i]);
      report.shown[i] = 0;
    }
    if (valid && !report.shown[i]) {
      ip6_addr_copy(report.shown_addr[i], *addr);
      report.shown[i] = 1;
      announce_ipv6("ipv6", addr);
    }
  }
}

static void check(void *arg) {
  (void)arg;
  report_ipv6_changes();
  if (!report.ready) {
    u8_t link_local = netif_ip6_addr_state(report.netif, 0);
    if (ip6_addr_isvalid(link_local)) {
      report.ready = 1;
      announce("ready", NULL);
    } else if (ip6_addr_isduplicated(link_local)) {
      report.on_failure("the IPv6 link-local address is a duplicate (DAD failed)");
      return;
    } else if (sys_now() - report.started_ms > ADDRESS_REPORT_LINK_LOCAL_TIMEOUT_MS) {
      report.on_failure("the IPv6 link-local address did not become valid in time");
      return;
    }
  }
  sys_timeout(CHECK_INTERVAL_MS, check, NULL);
}

void address_report_start(struct netif *netif, address_report_failure_fn on_failure) {
  report.netif = netif;
  report.on_failure = on_failure;
  report.started_ms = sys_now();
  char text[IP4ADDR_STRLEN_MAX];
  announce("ipv4", ip4addr_ntoa_r(netif_ip4_addr(netif), text, sizeof text));
  check(NULL);
}
