# Shared by scripts/example.sh and scripts/test.sh: installs what boardroom needs
# on a Debian machine and prepares the Python environment in .venv.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${BOARDROOM_VENV:-$ROOT/.venv}
export CCACHE_BASEDIR=$ROOT
export CMAKE_GENERATOR=Ninja
# CI treats warnings as errors in every build; the same flags in each keep pip rebuilds incremental.
if [[ -n "${CI:-}" ]]; then export BOARDROOM_WERROR=ON; fi

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Debian packages: compiler toolchain, build tools and the C++ libraries boardroom builds with.
SYSTEM_PACKAGES=(g++ cmake ninja-build ccache python3-venv python3-dev
  libeigen3-dev libboost-dev libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev libsqlite3-dev)

install_system_packages() {
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  say "installing Debian packages: ${missing[*]}"
  local sudo=()
  [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Creates .venv (once) and installs boardroom into it, with extras such as "test".
install_python_package() {
  local extras=${1:-}
  if [[ ! -x $VENV/bin/python ]]; then
    say "creating the Python environment in $VENV"
    python3 -m venv "$VENV"
  fi
  # shellcheck disable=SC1091
  source "$VENV/bin/activate"
  python -m pip install -q --upgrade pip
  python -m pip install -q "scikit-build-core>=0.10" "pybind11>=2.12" cmake ninja
  say "building and installing boardroom${extras:+ [$extras]}: the C++ library and its Python extension" \
    "(about 10 minutes on 2 cores the first time, seconds when nothing changed); progress follows"
  # No build isolation: the build folder build/<wheel tag> is reused, so rebuilds are incremental.
  # pip's verbose output is kept in a log; ninja's [n/m] lines show how far the build has got.
  local log status
  log=$(mktemp "${TMPDIR:-/tmp}/boardroom-pip.XXXXXX")
  set +e
  python -m pip install -v --no-build-isolation "$ROOT${extras:+[$extras]}" 2>&1 | tee "$log" |
    { grep --line-buffered -E '^ *\[[0-9]+/[0-9]+\] ' | sed -u 's/^ */    /' || true; }
  status=${PIPESTATUS[0]}
  set -e
  if [[ $status -ne 0 ]]; then
    tail -n 60 "$log" >&2
    say "pip failed (exit $status); the whole log is $log"
    return "$status"
  fi
  rm -f "$log"
}
