#!/usr/bin/env bash
# Runs the protocol fuzz target (dispatch_fuzzer.cpp) from the checked-in seed corpus for
# a given time on one core. Exits non-zero when it finds anything: a crash, a sanitizer
# report, an `internal` answer, an input slower than 30 s or a memory blow-up; the
# input that did it is left in the work directory as crash-*, timeout-* or oom-*.
#
#   tests/fuzz/run.sh [--seconds N] [--binary PATH] [--work DIR]
#
# The binary is build/bin/cordial-fuzz-dispatch (built with the rest when
# CORDIAL_BUILD_FUZZ is on). The work directory (default: a new one under /tmp) keeps
# the corpus the run grew and the full libFuzzer log, fuzz.log.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=60
binary=$here/../../build/bin/cordial-fuzz-dispatch
work=
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "usage: $0 [--seconds N] [--binary PATH] [--work DIR]" >&2; exit 2 ;;
  esac
done
[ -x "$binary" ] || { echo "no fuzz target at $binary: build with -DCORDIAL_BUILD_FUZZ=ON" >&2; exit 2; }
[ -n "$work" ] || work=$(mktemp -d /tmp/cordial-fuzz.XXXXXX)
rm -rf "$work/corpus"
mkdir -p "$work/corpus"
cp "$here"/corpus/* "$work/corpus/"

# -detect_leaks=0: Qt, SQLite and the server keep caches for the life of the process
# (statements, the field catalog), which LeakSanitizer would report after an input.
status=0
"$binary" "$work/corpus" \
  -dict="$here/cordial.dict" \
  -max_total_time="$seconds" \
  -max_len=16384 \
  -timeout=30 \
  -rss_limit_mb=3072 \
  -detect_leaks=0 \
  -print_final_stats=1 \
  -artifact_prefix="$work/" \
  >"$work/fuzz.log" 2>&1 || status=$?

if [ $status -ne 0 ]; then
  echo "fuzzing found a problem (exit $status); the input is in $work:" >&2
  ls "$work" | grep -E '^(crash|timeout|oom|leak|slow-unit)-' >&2 || true
  tail -n 60 "$work/fuzz.log" >&2
  exit 1
fi
grep -E '^#[0-9]+[[:space:]]+DONE' "$work/fuzz.log" | tail -n 1
grep -E '^stat::' "$work/fuzz.log"
echo "corpus: $(ls "$work/corpus" | wc -l) inputs; log and corpus in $work"
