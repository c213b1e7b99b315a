#!/usr/bin/env bash
# Regenerates the type stubs of boardroom._core from the installed extension.
#   scripts/stubs.sh          write them into python/boardroom/_core/
#   scripts/stubs.sh --check  fail if the checked-in stubs differ from the extension
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python -m pybind11_stubgen boardroom._core -o "$tmp" --exit-code >/dev/null
if [[ "${1:-}" == "--check" ]]; then
  if ! diff -ru python/boardroom/_core "$tmp/boardroom/_core"; then
    echo "stubs: python/boardroom/_core/*.pyi are out of date; run scripts/stubs.sh and commit" >&2
    exit 1
  fi
  echo "stubs: up to date"
else
  rm -rf python/boardroom/_core
  cp -r "$tmp/boardroom/_core" python/boardroom/_core
  echo "stubs: written to python/boardroom/_core/"
fi
