/* UDP echo (RFC 862) on port 7, on lwIP's raw API. */
#ifndef WIRECHECK_LWIP_HOST_UDP_ECHO_H
#define WIRECHECK_LWIP_HOST_UDP_ECHO_H

#include "lwip/err.h"

#define UDP_ECHO_PORT 7

/* Must be called with the tcpip core locked. */
err_t udp_echo_start(void);

#endif
