#include "options.h"

#include <arpa/inet.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char USAGE[] =
    "usage: lwip-host [--tap NAME] [--mac MAC] [--ip A.B.C.D[/LEN]] [--gw A.B.C.D] [--no-slaac]\n"
    "  --tap NAME   TAP device to attach to (default tap0); it must exist in the current\n"
    "               network namespace (ip tuntap add NAME mode tap) and is not configured\n"
    "  --mac MAC    device MAC address (default 02:00:00:00:00:0a)\n"
    "  --ip ADDR    static IPv4 address and prefix length (default 192.0.2.10/24)\n"
    "  --gw ADDR    IPv4 default gateway (default 192.0.2.1)\n"
    "  --no-slaac   form no addresses from router advertisements (SLAAC off)\n"
    "Prints 'wirecheck-target: ipv4 ADDR', 'wirecheck-target: ipv6 ADDR' (one line per\n"
    "usable address) and 'wirecheck-target: ready'; stops on SIGTERM or SIGINT.\n";

static void usage_error(const char *what, const char *value) {
  fprintf(stderr, "lwip-host: %s: '%s' (try --help)\n", what, value);
  exit(2);
}

static int parse_mac(const char *text, uint8_t mac[6]) {
  unsigned int b[6];
  char trailing;
  if (sscanf(text, "%2x:%2x:%2x:%2x:%2x:%2x%c", &b[0], &b[1], &b[2], &b[3], &b[4], &b[5],
             &trailing) != 6) {
    return -1;
  }
  for (int i = 0; i < 6; i++) {
    mac[i] = (uint8_t)b[i];
  }
  /* A multicast MAC as a station address would make every frame we send invalid. */
  return (mac[0] & 0x01) ? -1 : 0;
}

static int parse_ipv4(const char *text, uint32_t *out) {
  struct in_addr a;
  if (inet_pton(AF_INET, text, &a) != 1) {
    return -1;
  }
  *out = a.s_addr;
  return 0;
}

/* "A.B.C.D" or "A.B.C.D/LEN"; LEN defaults to 24. */
static int parse_ipv4_prefix(const char *text, uint32_t *addr, uint32_t *netmask) {
  char copy[32];
  if (strlen(text) >= sizeof copy) {
    return -1;
  }
  strcpy(copy, text);
  long len = 24;
  char *slash = strchr(copy, '/');
  if (slash != NULL) {
    char *end;
    *slash = '\0';
    len = strtol(slash + 1, &end, 10);
    if (slash[1] == '\0' || *end != '\0' || len < 1 || len > 30) {
      return -1;
    }
  }
  if (parse_ipv4(copy, addr) != 0) {
    return -1;
  }
  *netmask = htonl(0xffffffffu << (32 - len));
  return 0;
}

void options_parse(int argc, char **argv, struct target_options *opts) {
  static const struct option LONG_OPTIONS[] = {
      {"tap", required_argument, NULL, 't'}, {"mac", required_argument, NULL, 'm'},
      {"ip", required_argument, NULL, 'i'},  {"gw", required_argument, NULL, 'g'},
      {"no-slaac", no_argument, NULL, 's'},  {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};

  memset(opts, 0, sizeof *opts);
  strcpy(opts->tap_name, "tap0");
  parse_mac("02:00:00:00:00:0a", opts->mac);
  parse_ipv4_prefix("192.0.2.10/24", &opts->ipv4, &opts->netmask);
  parse_ipv4("192.0.2.1", &opts->gateway);
  opts->slaac = 1;

  int c;
  while ((c = getopt_long(argc, argv, "", LONG_OPTIONS, NULL)) != -1) {
    switch (c) {
      case 't':
        if (optarg[0] == '\0' || strlen(optarg) >= OPTIONS_TAP_NAME_MAX) {
          usage_error("bad --tap name (1 to 15 characters)", optarg);
        }
        strcpy(opts->tap_name, optarg);
        break;
      case 'm':
        if (parse_mac(optarg, opts->mac) != 0) {
          usage_error("bad --mac (unicast xx:xx:xx:xx:xx:xx)", optarg);
        }
        break;
      case 'i':
        if (parse_ipv4_prefix(optarg, &opts->ipv4, &opts->netmask) != 0) {
          usage_error("bad --ip (A.B.C.D or A.B.C.D/LEN, LEN 1..30)", optarg);
        }
        break;
      case 'g':
        if (parse_ipv4(optarg, &opts->gateway) != 0) {
          usage_error("bad --gw (A.B.C.D)", optarg);
        }
        break;
      case 's':
        opts->slaac = 0;
        break;
      case 'h':
        fputs(USAGE, stdout);
        exit(0);
      default: /* getopt_long has already printed what was wrong */
        fputs("lwip-host: bad command line (try --help)\n", stderr);
        exit(2);
    }
  }
  if (optind < argc) {
    usage_error("unexpected argument", argv[optind]);
  }
}
