#include "udp_echo.h"

#include "lwip/ip_addr.h"
#include "lwip/pbuf.h"
#include "lwip/udp.h"

static void on_datagram(void *arg, struct udp_pcb *pcb, struct pbuf *p, const ip_addr_t *addr,
                        u16_t port) {
  (void)arg;
  /* A datagram from port 7 comes from another echo service (or is forged to look
   * so, possibly with our own address as source, which LWIP_NETIF_LOOPBACK would
   * hand straight back to us): answering it would bounce it forever, the classic
   * echo loop. Drop it. */
  if (port != UDP_ECHO_PORT) {
    ip_addr_t peer;
    ip_addr_copy(peer, *addr); /* addr points into lwIP's per-input globals */
    struct pbuf *reply = pbuf_alloc(PBUF_TRANSPORT, p->tot_len, PBUF_RAM);
    if (reply != NULL) {
      if (pbuf_copy(reply, p) == ERR_OK) {
        udp_sendto(pcb, reply, &peer, port);
      }
      pbuf_free(reply);
    }
  }
  pbuf_free(p);
}

err_t udp_echo_start(void) {
  struct udp_pcb *pcb = udp_new_ip_type(IPADDR_TYPE_ANY);
  if (pcb == NULL) {
    return ERR_MEM;
  }
  err_t err = udp_bind(pcb, IP_ANY_TYPE, UDP_ECHO_PORT);
  if (err != ERR_OK) {
    udp_remove(pcb);
    return err;
  }
  udp_recv(pcb, on_datagram, NULL);
  return ERR_OK;
}
