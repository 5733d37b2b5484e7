#include "http_server.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lwip/ip_addr.h"
#include "lwip/pbuf.h"
#include "lwip/tcp.h"

/* Request head (request line + header fields) we keep before answering; a
 * longer one gets 431. */
#define REQUEST_HEAD_MAX 4096
/* tcp_poll interval in units of the coarse TCP timer (500 ms). */
#define POLL_INTERVAL 4
/* A connection without progress for this many polls (60 s) is aborted, so a
 * peer that stops reading or never finishes its request cannot pin it forever. */
#define IDLE_POLLS_MAX 30
/* Largest piece handed to one tcp_write(). */
#define WRITE_CHUNK 4096
#define ALPHABET 26

static const char HOME_PAGE[] =
    "<!DOCTYPE html><html><head><title>wirecheck lwip-host</title></head><body>"
    "<h1>wirecheck lwip-host</h1><p>lwIP 2.1.3 test device</p></body></html>";
static const char NOT_FOUND_BODY[] = "not found\n";
static const char TOO_LARGE_BODY[] = "request head too large\n";

/* 'a'..'z' repeated; body byte i of a download is 'a' + i % 26, so a piece that
 * starts at body offset i is read from download_pattern + i % 26. */
static char download_pattern[WRITE_CHUNK + ALPHABET];

enum body_kind { BODY_FIXED, BODY_PATTERN };

struct http_conn {
  struct tcp_pcb *pcb;
  char request[REQUEST_HEAD_MAX];
  size_t request_len;
  int responding;     /* a response has been chosen; further input is ignored */
  int close_pending;  /* tcp_close failed for lack of memory; poll retries it */
  unsigned idle_polls;
  char head[256];
  size_t head_len, head_sent;
  enum body_kind body_kind;
  const char *fixed_body; /* BODY_FIXED */
  uint64_t body_len, body_sent;
};

static void conn_free(struct http_conn *c) {
  if (c->pcb != NULL) {
    tcp_arg(c->pcb, NULL);
    tcp_recv(c->pcb, NULL);
    tcp_sent(c->pcb, NULL);
    tcp_poll(c->pcb, NULL, 0);
    tcp_err(c->pcb, NULL);
  }
  free(c);
}

/* Graceful close (FIN after the queued data). lwIP may refuse for lack of
 * memory; then the poll callback tries again. Returns 1 once closed. */
static int conn_close(struct http_conn *c) {
  if (tcp_close(c->pcb) != ERR_OK) {
    c->close_pending = 1;
    return 0;
  }
  conn_free(c);
  return 1;
}

/* Aborts (RST) from inside a callback; the callback must then return ERR_ABRT. */
static err_t conn_abort(struct http_conn *c) {
  struct tcp_pcb *pcb = c->pcb;
  conn_free(c);
  tcp_abort(pcb);
  return ERR_ABRT;
}

static uint64_t bytes_left(const struct http_conn *c) {
  return (c->head_len - c->head_sent) + (c->body_len - c->body_sent);
}

static int response_complete(const struct http_conn *c) {
  return bytes_left(c) == 0;
}

/* The next piece to queue: what is left of the head, else the next body bytes. */
static const char *next_piece(const struct http_conn *c, size_t *len) {
  if (c->head_sent < c->head_len) {
    *len = c->head_len - c->head_sent;
    return c->head + c->head_sent;
  }
  uint64_t left = c->body_len - c->body_sent;
  *len = left < WRITE_CHUNK ? (size_t)left : WRITE_CHUNK;
  if (c->body_kind == BODY_FIXED) {
    return c->fixed_body + c->body_sent;
  }
  return download_pattern + c->body_sent % ALPHABET;
}

static void advance(struct http_conn *c, size_t len) {
  if (c->head_sent < c->head_len) {
    c->head_sent += len;
  } else {
    c->body_sent += len;
  }
}

/* Queues as much of the response as the send buffer takes, then closes once
 * everything is queued. Only ever holds one WRITE_CHUNK of body at a time: lwIP
 * copies it into its segments (TCP_WRITE_FLAG_COPY; the Debian build's
 * LWIP_NETIF_TX_SINGLE_PBUF forces the copy anyway). Returns ERR_ABRT if the
 * connection had to be aborted. */
static err_t push_response(struct http_conn *c) {
  while (!response_complete(c)) {
    size_t len;
    const char *piece = next_piece(c, &len);
    u16_t room = tcp_sndbuf(c->pcb);
    if (room == 0) {
      break; /* on_sent continues when the peer acknowledges data */
    }
    if (len > room) {
      len = room;
    }
    int more = bytes_left(c) > len; /* MORE: no PSH until the last piece */
    err_t err = tcp_write(c->pcb, piece, (u16_t)len,
                          TCP_WRITE_FLAG_COPY | (more ? TCP_WRITE_FLAG_MORE : 0));
    if (err == ERR_MEM) {
      break; /* segment queue full; on_sent continues */
    }
    if (err != ERR_OK) {
      return conn_abort(c);
    }
    advance(c, len);
  }
  tcp_output(c->pcb);
  if (response_complete(c)) {
    conn_close(c);
  }
  return ERR_OK;
}

static void respond(struct http_conn *c, const char *status, const char *content_type,
                    enum body_kind kind, const char *fixed_body, uint64_t body_len) {
  int n = snprintf(c->head, sizeof c->head,
                   "HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %llu\r\n"
                   "Connection: close\r\n\r\n",
                   status, content_type, (unsigned long long)body_len);
  c->head_len = (size_t)n; /* cannot be cut: every input is a constant or a number */
  c->body_kind = kind;
  c->fixed_body = fixed_body;
  c->body_len = body_len;
  c->responding = 1;
}

/* "/dl/<n>" with n decimal, at most HTTP_DOWNLOAD_MAX. Returns 1 and sets *n. */
static int parse_download_target(const char *target, size_t len, uint64_t *n) {
  static const char PREFIX[] = "/dl/";
  const size_t prefix_len = sizeof PREFIX - 1;
  if (len <= prefix_len || len > prefix_len + 9 || memcmp(target, PREFIX, prefix_len) != 0) {
    return 0;
  }
  uint64_t value = 0;
  for (size_t i = prefix_len; i < len; i++) {
    if (target[i] < '0' || target[i] > '9') {
      return 0;
    }
    value = value * 10 + (uint64_t)(target[i] - '0');
  }
  if (value > HTTP_DOWNLOAD_MAX) {
    return 0;
  }
  *n = value;
  return 1;
}

/* Chooses the response from the request line "GET <target> HTTP/x.y". */
static void choose_response(struct http_conn *c) {
  const char *line = c->request;
  const char *line_end = memchr(line, '\n', c->request_len);
  size_t line_len = (size_t)(line_end - line); /* the head end was found, so a '\n' is there */
  const char *target = NULL;
  size_t target_len = 0;
  if (line_len > 4 && memcmp(line, "GET ", 4) == 0) {
    target = line + 4;
    const char *space = memchr(target, ' ', line_len - 4);
    target_len = space != NULL ? (size_t)(space - target) : 0;
  }
  uint64_t n;
  if (target_len == 1 && target[0] == '/') {
    respond(c, "200 OK", "text/html", BODY_FIXED, HOME_PAGE, sizeof HOME_PAGE - 1);
  } else if (target_len > 0 && parse_download_target(target, target_len, &n)) {
    respond(c, "200 OK", "application/octet-stream", BODY_PATTERN, NULL, n);
  } else {
    respond(c, "404 Not Found", "text/plain", BODY_FIXED, NOT_FOUND_BODY,
            sizeof NOT_FOUND_BODY - 1);
  }
}

/* The request head ends at the first empty line (CRLF CRLF, or bare LF LF). */
static int head_complete(const struct http_conn *c) {
  for (size_t i = 1; i < c->request_len; i++) {
    if (c->request[i] == '\n' &&
        (c->request[i - 1] == '\n' ||
         (i >= 2 && c->request[i - 1] == '\r' && c->request[i - 2] == '\n'))) {
      return 1;
    }
  }
  return 0;
}

static err_t on_recv(void *arg, struct tcp_pcb *pcb, struct pbuf *p, err_t err) {
  struct http_conn *c = arg;
  if (p == NULL) {
    /* The peer sent FIN. Finish a response in progress (half-close is legal);
     * with no complete request there is nothing to answer. */
    if (!c->responding && !c->close_pending) {
      conn_close(c);
    }
    return ERR_OK;
  }
  if (err != ERR_OK) { /* lwIP 2.1.3 never passes an error with data */
    pbuf_free(p);
    return err;
  }
  /* Always take the data, also after the request: unread data at tcp_close()
   * makes lwIP send RST instead of FIN. */
  tcp_recved(pcb, p->tot_len);
  c->idle_polls = 0;
  if (!c->responding && !c->close_pending) {
    size_t room = sizeof c->request - c->request_len;
    size_t take = p->tot_len < room ? p->tot_len : room;
    pbuf_copy_partial(p, c->request + c->request_len, (u16_t)take, 0);
    c->request_len += take;
    if (head_complete(c)) {
      choose_response(c);
    } else if (c->request_len == sizeof c->request) {
      respond(c, "431 Request Header Fields Too Large", "text/plain", BODY_FIXED,
              TOO_LARGE_BODY, sizeof TOO_LARGE_BODY - 1);
    }
    pbuf_free(p);
    return c->responding ? push_response(c) : ERR_OK;
  }
  pbuf_free(p);
  return ERR_OK;
}

static err_t on_sent(void *arg, struct tcp_pcb *pcb, u16_t len) {
  (void)pcb;
  (void)len;
  struct http_conn *c = arg;
  c->idle_polls = 0;
  return c->responding && !c->close_pending ? push_response(c) : ERR_OK;
}

static err_t on_poll(void *arg, struct tcp_pcb *pcb) {
  (void)pcb;
  struct http_conn *c = arg;
  if (c->close_pending) {
    conn_close(c);
    return ERR_OK;
  }
  if (++c->idle_polls > IDLE_POLLS_MAX) {
    return conn_abort(c);
  }
  return c->responding ? push_response(c) : ERR_OK;
}

/* lwIP has already freed the pcb (RST received, retransmissions exhausted). */
static void on_error(void *arg, err_t err) {
  (void)err;
  struct http_conn *c = arg;
  if (c != NULL) {
    c->pcb = NULL;
    conn_free(c);
  }
}

static err_t on_accept(void *arg, struct tcp_pcb *pcb, err_t err) {
  (void)arg;
  if (err != ERR_OK || pcb == NULL) {
    return ERR_VAL;
  }
  struct http_conn *c = calloc(1, sizeof *c);
  if (c == NULL) {
    tcp_abort(pcb);
    return ERR_ABRT;
  }
  c->pcb = pcb;
  tcp_arg(pcb, c);
  tcp_recv(pcb, on_recv);
  tcp_sent(pcb, on_sent);
  tcp_poll(pcb, on_poll, POLL_INTERVAL);
  tcp_err(pcb, on_error);
  return ERR_OK;
}

err_t http_server_start(void) {
  for (size_t i = 0; i < sizeof download_pattern; i++) {
    download_pattern[i] = (char)('a' + i % ALPHABET);
  }
  struct tcp_pcb *pcb = tcp_new_ip_type(IPADDR_TYPE_ANY);
  if (pcb == NULL) {
    return ERR_MEM;
  }
  err_t err = tcp_bind(pcb, IP_ANY_TYPE, HTTP_SERVER_PORT);
  if (err != ERR_OK) {
    tcp_close(pcb);
    return err;
  }
  struct tcp_pcb *listener = tcp_listen(pcb); /* frees pcb on success */
  if (listener == NULL) {
    tcp_close(pcb);
    return ERR_MEM;
  }
  tcp_accept(listener, on_accept);
  return ERR_OK;
}
