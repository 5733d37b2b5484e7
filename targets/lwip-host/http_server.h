/* A small HTTP/1.1 server on TCP port 80, on lwIP's raw API.
 *   GET /dl/<n>  -> 200, exactly n body bytes ('a'..'z' repeating by position),
 *                   streamed from tcp_sent callbacks, never held in memory whole
 *   GET /        -> 200, a small HTML page
 *   anything else -> 404
 * Every response carries "Connection: close"; the server closes after it. */
#ifndef WIRECHECK_LWIP_HOST_HTTP_SERVER_H
#define WIRECHECK_LWIP_HOST_HTTP_SERVER_H

#include "lwip/err.h"

#define HTTP_SERVER_PORT 80
/* Largest n accepted in /dl/<n>; larger values get 404 so that one request
 * cannot keep the device streaming for hours. */
#define HTTP_DOWNLOAD_MAX 100000000ULL

/* Must be called with the tcpip core locked. */
err_t http_server_start(void);

#endif
