#!/usr/bin/env bash
# The main job on the bundled example: installs what is needed, builds boardroom and
# renders the example board pack to out/example-pack.html.
source "$(dirname "$0")/common.sh"
install_system_packages
install_python_package
mkdir -p "$ROOT/out"
boardroom pack --out "$ROOT/out/example-pack.html"
boardroom pack --public --out "$ROOT/out/example-pack-public.html"
say "open $ROOT/out/example-pack.html in a browser"
