#!/bin/bash -eu
# ClusterFuzzLite runs the OSS-Fuzz build unchanged.
exec "$SRC/wirecheck/oss-fuzz/build.sh"
