#!/usr/bin/env bash
# Fuzzes every C++ loader that takes text with libFuzzer under AddressSanitizer and
# UndefinedBehaviorSanitizer, each for SECONDS (default 30), seeded from examples/.
#   scripts/fuzz.sh                 every target for 30 s
#   scripts/fuzz.sh 600             every target for 10 minutes
#   scripts/fuzz.sh 60 json minutes only these targets (names without the fuzz_ prefix)
# Needs clang and its runtime (Debian: clang libclang-rt-14-dev). Findings are saved in
# build/fuzz/artifacts/<target>/; the exit code is 1 if any target found something.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
seconds=${1:-30}
shift || true
BUILD=$ROOT/build/fuzz
export CCACHE_BASEDIR=$ROOT

CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOARDROOM_FUZZ=ON \
  -DBOARDROOM_BUILD_TESTS=OFF -DBOARDROOM_INSTALL=OFF -DBOARDROOM_WERROR=ON >/dev/null
cmake --build "$BUILD"

# The example files each target starts from.
seeds() {
  case $1 in
    agenda_table) echo examples/cpb-2015-09-17/agenda-2015-12-10.txt ;;
    numbered_agenda) echo examples/scrutiny-2015/agenda-2015-07-17.txt ;;
    minutes | attendance) echo examples/cpb-2015-09-17/notes.txt examples/scrutiny-2015/minutes-2015-06-19.txt ;;
    work_plan) echo examples/scrutiny-2015/work-plan.txt ;;
    boards_table) echo examples/*/boards.tsv ;;
    contacts_table) echo examples/cpb-2015-09-17/contacts.tsv ;;
    meeting_csv) echo examples/cpb-2015-12-10/agenda.csv ;;
    plan_text) echo examples/cse-action-plan-2015-2018/plan.txt ;;
    plan_csv) echo examples/cse-action-plan-2015-2018/plan.csv ;;
    risk_csv) echo tests/fuzz/seeds/risk.csv ;;
    diagnostic) echo examples/cse-diagnostic-2015/responses.txt examples/prevent-template/template.txt ;;
    json) echo tests/data/store/board-v1.json tests/data/store/board-v2.json tests/data/store/board-v3.json ;;
    *) echo "fuzz.sh: no seeds for $1" >&2; return 1 ;;
  esac
}

if [[ $# -gt 0 ]]; then
  targets=("$@")
else
  targets=()
  for source in tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$source" .cpp)
    targets+=("${name#fuzz_}")
  done
fi

failed=0
for target in "${targets[@]}"; do
  corpus=$BUILD/corpus/$target
  artifacts=$BUILD/artifacts/$target
  mkdir -p "$corpus" "$artifacts"
  for seed in $(seeds "$target"); do
    cp "$seed" "$corpus/${seed//\//_}"  # examples/a/boards.tsv -> examples_a_boards.tsv: no clashes
  done
  log=$BUILD/$target.log
  if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$BUILD/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1; then
    runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    echo "fuzz: $target: ok, ${runs:-?} inputs in ${seconds} s"
  else
    failed=1
    echo "fuzz: $target: FOUND A PROBLEM (log $log, input in $artifacts/)" >&2
    grep -m5 -E 'ERROR|runtime error|SUMMARY|terminate' "$log" >&2 || true
  fi
done
exit $failed
