/* lwip-host: a wirecheck live target. Debian's lwIP 2.1.3 (liblwip-dev) on a
 * TAP device, behaving like our users' firmware: static IPv4, IPv6 link-local +
 * SLAAC, ICMP echo, HTTP on TCP 80, UDP echo on 7, IGMP member of 239.1.2.3.
 *
 * Threads: lwIP's tcpip thread runs the stack and every application callback
 * (raw API); the TAP reader thread feeds frames to it through tcpip_input; the
 * main thread sets everything up under the core lock, then only waits for a
 * signal. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lwip/netif.h"
#include "lwip/sys.h"
#include "lwip/tcpip.h"

#include "address_report.h"
#include "device.h"
#include "http_server.h"
#include "options.h"
#include "udp_echo.h"

/* Raised (to ourselves) when the device cannot work (no link-local address,
 * TAP gone); main then exits 1. */
#define SIGNAL_FAILED SIGUSR1

static struct netif device_netif;
static struct tap_netif device_tap;

static void on_tcpip_started(void *arg) {
  sys_sem_signal((sys_sem_t *)arg);
}

/* Runs in the tcpip or the TAP reader thread: hands the failure to main,
 * which owns shutdown. */
static void on_fatal(const char *reason) {
  fprintf(stderr, "lwip-host: %s\n", reason);
  kill(getpid(), SIGNAL_FAILED);
}

/* Every thread lwIP creates inherits this mask, so the termination signals are
 * only ever taken by sigwait() in main, never in the middle of stack code. */
static void block_signals(sigset_t *set) {
  /* A shell starts background jobs with SIGINT ignored; take it back. */
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  sigemptyset(set);
  sigaddset(set, SIGTERM);
  sigaddset(set, SIGINT);
  sigaddset(set, SIGNAL_FAILED);
  pthread_sigmask(SIG_BLOCK, set, NULL);
}

static int start_services(const struct target_options *opts) {
  if (device_start(&device_netif, &device_tap, opts, on_fatal) != 0) {
    return -1;
  }
  err_t err = http_server_start();
  if (err != ERR_OK) {
    fprintf(stderr, "lwip-host: HTTP server on port %d failed (lwIP error %d)\n",
            HTTP_SERVER_PORT, err);
    return -1;
  }
  err = udp_echo_start();
  if (err != ERR_OK) {
    fprintf(stderr, "lwip-host: UDP echo on port %d failed (lwIP error %d)\n", UDP_ECHO_PORT,
            err);
    return -1;
  }
  address_report_start(&device_netif, on_fatal);
  return 0;
}

int main(int argc, char **argv) {
  struct target_options opts;
  options_parse(argc, argv, &opts);

  sigset_t signals;
  block_signals(&signals);

  sys_sem_t started;
  if (sys_sem_new(&started, 0) != ERR_OK) {
    fprintf(stderr, "lwip-host: cannot create a semaphore\n");
    return 1;
  }
  tcpip_init(on_tcpip_started, &started);
  sys_sem_wait(&started);
  sys_sem_free(&started);

  LOCK_TCPIP_CORE();
  int status = start_services(&opts);
  UNLOCK_TCPIP_CORE();
  if (status != 0) {
    return 1;
  }

  int sig = 0;
  while (sigwait(&signals, &sig) != 0) {
  }

  /* Hold the core lock to the end: the tcpip thread then processes nothing
   * more, and no frame leaves after the "stopped" line. Going down sends
   * nothing (like a device losing power); exit() closes the TAP. */
  LOCK_TCPIP_CORE();
  netif_set_down(&device_netif);
  printf("wirecheck-target: stopped (%s)\n", sig == SIGNAL_FAILED ? "failed" : strsignal(sig));
  fflush(stdout);
  exit(sig == SIGNAL_FAILED ? 1 : 0);
}
