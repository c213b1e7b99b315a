#!/usr/bin/env bash
# Every test: the C++ suite (ctest), an installed-package consumer, the Python suite
# (pytest), type checks, the stubs, the notebooks and the README's examples.
source "$(dirname "$0")/common.sh"
cd "$ROOT"
# Chromium opens the rendered board pack in the browser tests; poppler-utils reads its PDF back.
install_system_packages chromium poppler-utils
export BOARDROOM_REQUIRE_BROWSER=1
BUILD=$ROOT/build/test

say "C++: configure and build (warnings are errors)"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOARDROOM_WERROR=ON -DBOARDROOM_BUILD_TESTS=ON >/dev/null
cmake --build "$BUILD"

say "C++: ctest"
ctest --test-dir "$BUILD" --output-on-failure -j2

say "C++: install to a prefix and build a consumer with find_package(boardroom)"
rm -rf "$BUILD/prefix"
cmake --install "$BUILD" --prefix "$BUILD/prefix" >/dev/null
cmake -S tests/consumer -B "$BUILD/consumer" -DCMAKE_PREFIX_PATH="$BUILD/prefix" >/dev/null
cmake --build "$BUILD/consumer"
ctest --test-dir "$BUILD/consumer" --output-on-failure

install_python_package test

say "Python: stubs match the extension"
scripts/stubs.sh --check

say "Python: mypy --strict"
mypy

say "Python: the README example"
(cd "$(mktemp -d)" && python "$ROOT/examples/quickstart.py" >/dev/null)

say "Python: the wheel (SQLite bundled) in a fresh environment, no extras: the README's main job"
bash "$ROOT/scripts/wheel.sh"
install_python_package test

say "Python: pytest, the browser tests and the notebooks"
python -m pytest tests/python --nbmake notebooks
