#!/usr/bin/env bash
# Installs every tool the widget's build, tests and bench need, idempotently.
#
#   bash scripts/tools.sh          rust targets/components, trunk, wasm-bindgen-cli,
#                                  chromium + chromedriver (Debian), npm packages
#   bash scripts/tools.sh fonts    the above, plus CJK fonts (for the screenshots and the bench)
#
# Each step checks the installed version first, so a second run takes seconds. The slow steps
# (two `cargo install`s, apt) run side by side; their output goes to target/tools-logs/ and is
# printed only when a step fails. Nothing here downloads a prebuilt binary: trunk and
# wasm-bindgen come from crates.io, wasm-opt from the npm package `binaryen`, Chromium from Debian.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must equal the crate exactly: read the pin from Cargo.toml.
WBG_VERSION=$(sed -n 's/^wasm-bindgen *= *"=\([0-9.]*\)".*/\1/p' Cargo.toml | head -n 1)
if [ -z "$WBG_VERSION" ]; then
  echo "tools.sh: Cargo.toml must pin wasm-bindgen exactly (wasm-bindgen = \"=X.Y.Z\")" >&2
  exit 1
fi

WANT_FONTS=0
for arg in "$@"; do
  case "$arg" in
    fonts) WANT_FONTS=1 ;;
    *) echo "tools.sh: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
LOGS="$ROOT/target/tools-logs"
mkdir -p "$LOGS"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

t0=$SECONDS
say() { printf 'tools: %s\n' "$*"; }
elapsed() { printf '%ss' "$((SECONDS - $1))"; }

# --- Rust: target and components (fast; rustup itself is on the machine) -----------------------
if ! command -v cargo >/dev/null; then
  echo "tools.sh: cargo not found; install Rust with rustup first" >&2
  exit 1
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$comp"; then
    say "adding rust component $comp"
    rustup component add "$comp"
  fi
done

# --- slow steps, started in the background ---------------------------------------------------
pids=()
names=()
start() { # name, command...
  local name=$1; shift
  say "installing $name (log: target/tools-logs/$name.log)"
  ( local s=$SECONDS; "$@"; echo "took $((SECONDS - s))s" ) >"$LOGS/$name.log" 2>&1 &
  pids+=("$!")
  names+=("$name")
}

version_of() { "$@" 2>/dev/null | head -n 1 || true; }

if [ "$(version_of trunk --version)" != "trunk $TRUNK_VERSION" ]; then
  # --locked: without it a newer dependency needs a newer rustc; 0.22 needs a newer rustc too.
  start trunk cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

if [ "$(version_of wasm-bindgen --version)" != "wasm-bindgen $WBG_VERSION" ] ||
   [ "$(version_of wasm-bindgen-test-runner --version)" != "wasm-bindgen-test-runner $WBG_VERSION" ]; then
  # Not --locked: the CLI's own lock file fails to build on this toolchain.
  start wasm-bindgen-cli cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

apt_pkgs=()
command -v chromium >/dev/null || apt_pkgs+=(chromium)
command -v chromedriver >/dev/null || apt_pkgs+=(chromium-driver)
if [ "$WANT_FONTS" = 1 ] && ! dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed'; then
  apt_pkgs+=(fonts-noto-cjk)
fi
if [ "${#apt_pkgs[@]}" -gt 0 ]; then
  apt_install() {
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
  }
  start apt apt_install "${apt_pkgs[@]}"
fi

# --- npm packages (playwright test runner, axe-core, binaryen's wasm-opt, lighthouse) ---------
# A stamp with the lock file's hash makes the second run instant; `npm ci` never runs
# Playwright's browser download (no postinstall in these packages; we use Debian's Chromium).
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.tools-stamp
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  s=$SECONDS
  say "npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" >"$stamp"
  say "npm ci done in $(elapsed "$s")"
fi

# --- wait for the background steps -----------------------------------------------------------
failed=0
for i in "${!pids[@]}"; do
  if wait "${pids[$i]}"; then
    say "${names[$i]}: $(tail -n 1 "$LOGS/${names[$i]}.log")"
  else
    failed=1
    echo "tools.sh: installing ${names[$i]} failed; last lines of target/tools-logs/${names[$i]}.log:" >&2
    tail -n 40 "$LOGS/${names[$i]}.log" >&2
  fi
done
[ "$failed" = 0 ] || exit 1

# --- final check: every tool answers with the right version -----------------------------------
check() { # label, expected prefix, command...
  local label=$1 want=$2; shift 2
  local got
  got=$(version_of "$@")
  case "$got" in
    "$want"*) ;;
    *) echo "tools.sh: $label: expected '$want', got '${got:-nothing}'" >&2; exit 1 ;;
  esac
}
check trunk "trunk $TRUNK_VERSION" trunk --version
check wasm-bindgen "wasm-bindgen $WBG_VERSION" wasm-bindgen --version
check wasm-bindgen-test-runner "wasm-bindgen-test-runner $WBG_VERSION" wasm-bindgen-test-runner --version
check wasm-opt "wasm-opt version" wasm-opt --version
check chromium "Chromium" chromium --version
check chromedriver "ChromeDriver" chromedriver --version
[ -f node_modules/axe-core/axe.min.js ] || { echo "tools.sh: axe-core missing" >&2; exit 1; }

say "all tools present ($(elapsed "$t0"))"
