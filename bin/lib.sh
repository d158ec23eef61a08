# Shared by bin/run, bin/test and bin/chat. Sourced, not run.
# shellcheck shell=bash
set -euo pipefail
# Files and folders made from here on (var/, databases, logs, generated secrets) are readable by
# this user only: they hold victims' conversations and the service's secrets.
umask 077

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
MODEL="$ROOT/models/victims.tar.gz"
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
# Rasa's anonymous usage reporting would try the network on every command.
export RASA_TELEMETRY_ENABLED=false
export TF_CPP_MIN_LOG_LEVEL=2
# TensorFlow's oneDNN kernels cost each Rasa server about 150 MB and were no faster here
# (bench/run.py); without them the server stays well under its 1.5 GB budget.
export TF_ENABLE_ONEDNN_OPTS=0

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Rasa 3.6 installs only on Python 3.8 to 3.10; we pin 3.10.
find_python310() {
  local candidate
  for candidate in "${PYTHON310:-}" "$(command -v python3.10 || true)"; do
    if [ -n "$candidate" ] && "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  local roots=()
  if command -v pyenv >/dev/null 2>&1; then roots+=("$(pyenv root)"); fi
  roots+=("$HOME/.pyenv" "/root/.pyenv")
  local root
  for root in "${roots[@]}"; do
    for candidate in $(ls -d "$root"/versions/3.10.*/bin/python 2>/dev/null | sort -V -r); do
      if "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
        echo "$candidate"; return 0
      fi
    done
  done
  if command -v uv >/dev/null 2>&1 && candidate="$(uv python find 3.10 2>/dev/null)"; then
    echo "$candidate"; return 0
  fi
  return 1
}

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    local python
    if ! python="$(find_python310)"; then
      cat >&2 <<'MSG'
This project needs Python 3.10: Rasa 3.6 does not install on Python 3.11 or newer.
Install Python 3.10, then run this command again. Any one of these works:
  - pyenv:          pyenv install 3.10.13
  - Debian/Ubuntu:  sudo apt-get install python3.10 python3.10-venv
                    (Ubuntu may need the deadsnakes PPA first)
  - uv:             uv python install 3.10
  - python.org:     https://www.python.org/downloads/ (3.10.x)
Or point PYTHON310 at a Python 3.10 interpreter: PYTHON310=/path/to/python3.10 bin/run
MSG
      exit 1
    fi
    say "Creating .venv with $python"
    "$python" -m venv "$VENV"
  fi
  # requirements.lock pins every package of `pip install -e .[dev]` with its hashes, so a fresh
  # machine installs exactly what was tested, and a tampered download is refused.
  local stamp="$VENV/.installed-$(cat "$ROOT/requirements.lock" "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    say "Installing Rasa 3.6 and the rest of the stack from requirements.lock (a few minutes)"
    "$VENV/bin/python" -m pip install --quiet --require-hashes -r "$ROOT/requirements.lock"
    # The project itself: its dependencies are all in the lock, and the build uses the lock's
    # setuptools rather than one fetched unpinned into an isolated build environment.
    "$VENV/bin/python" -m pip install --quiet --no-deps --no-build-isolation -e "$ROOT"
    rm -f "$VENV"/.installed-*
    touch "$stamp"
  fi
}

# Fingerprint of everything a trained model depends on. The safety net (bot/risk_words.py)
# has no trained state, so Rasa runs its current code without retraining.
model_inputs_hash() {
  (cd "$ROOT" && find config.yml bot/domain data core/vocabulary.yml bot/spacy_pipeline.py \
      -type f -print0 | sort -z | xargs -0 sha256sum) \
    | sha256sum | cut -c1-16
}

build_nlp() {
  say "Building the spaCy pipeline and synonyms from core/vocabulary.yml"
  (cd "$ROOT" && "$VENV/bin/python" -m bot.spacy_pipeline)
  (cd "$ROOT" && "$VENV/bin/python" -m core.code_rules --write-domain bot/domain/responses_rights.yml)
  (cd "$ROOT" && "$VENV/bin/python" -m referrals.store --db "${VICTIMS_RECORDS_DB:-var/records.db}" >/dev/null)
}

train_if_changed() {
  local hash; hash="$(model_inputs_hash)"
  if [ -f "$MODEL" ] && [ "$(cat "$ROOT/models/.inputs" 2>/dev/null)" = "$hash" ]; then
    say "Model is up to date (models/victims.tar.gz)"
    return 0
  fi
  say "Training the model (a few minutes on 2 cores)"
  local start=$SECONDS
  (cd "$ROOT" && "$VENV/bin/rasa" train --config config.yml --domain bot/domain --data data \
      --out models --fixed-model-name victims --quiet)
  echo "$hash" > "$ROOT/models/.inputs"
  say "Trained in $((SECONDS - start)) s"
}

# var/ 0700 and everything in it 0600, including what an older version left readable.
secure_var() {
  mkdir -p "$ROOT/var/log"
  chmod 700 "$ROOT/var"
  find "$ROOT/var" -mindepth 1 -type d -exec chmod 700 {} +
  find "$ROOT/var" -type f -exec chmod 600 {} +
}

# .env holds the service's secrets: refuse to read it while other users can.
refuse_readable_env() {
  local env_file="$ROOT/.env"
  if [ -f "$env_file" ] && [ -n "$(find "$env_file" -perm /077)" ]; then
    say "$env_file can be read or changed by other users of this machine; it holds secrets."
    echo "Make it private, then run this command again:  chmod 600 $env_file" >&2
    exit 1
  fi
}

# Export secret NAME: from the environment (or .env) when set, else the random value kept in
# var/FILE (made 0600 the first time), so Rasa, the action server, bin/chat and the review app
# agree without any set-up.
kept_secret() {
  local name="$1" file="$ROOT/var/$2"
  if [ -z "${!name:-}" ]; then
    [ -s "$file" ] || head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$file"
    printf -v "$name" '%s' "$(cat "$file")"
  fi
  export "${name?}"
}

prepare() {
  ensure_venv
  secure_var
  build_nlp
  train_if_changed
}

# The web page tests drive Debian's chromium through Playwright (no browser download) and inject
# axe-core from the npm registry.
ensure_browser_tools() {
  if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "Installing Debian's chromium for the browser tests"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      cat >&2 <<'MSG'
The browser tests need Chromium. Install it, then run this command again:
  - Debian/Ubuntu:  sudo apt-get install chromium
Or point CHROMIUM at a Chromium or Chrome binary: CHROMIUM=/path/to/chrome bin/test
MSG
      [ -n "${CHROMIUM:-}" ] || exit 1
    fi
  fi
  local tools="$ROOT/tests/browser_tools"
  if [ ! -f "$tools/node_modules/axe-core/axe.min.js" ]; then
    command -v npm >/dev/null 2>&1 || { say "npm is needed for axe-core: apt-get install npm"; exit 1; }
    say "Installing axe-core for the accessibility checks"
    (cd "$tools" && npm ci --silent --no-audit --no-fund)
  fi
}

# The Redis pieces (REDIS_URL; docs/deploy.md) are tested against a real redis-server on a free
# local port. apt-get runs only when it is missing, so a machine that has it pays nothing.
ensure_redis() {
  command -v redis-server >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "Installing Debian's redis-server for the Redis tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
    # Where a service manager runs, the package also starts a server of its own on port 6379;
    # the tests never use it: they start theirs on a free port with persistence off.
  else
    cat >&2 <<'MSG'
The Redis tests need redis-server. Install it, then run this command again:
  - Debian/Ubuntu:  sudo apt-get install redis-server
MSG
    exit 1
  fi
}

# The PostgreSQL pieces (DATABASE_URL; docs/deploy.md) are tested against a throwaway cluster that
# the tests make with initdb on a free local port (tests/scale/conftest.py). Debian installs the
# server's programs in /usr/lib/postgresql/<version>/bin, off PATH; apt-get runs only when none
# is found, so a machine that has them pays nothing.
postgres_bindir() {
  local found dir
  if found="$(command -v initdb 2>/dev/null)"; then
    dir="$(dirname "$(readlink -f "$found")")"
    if [ -x "$dir/postgres" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"; return 0
    fi
  done
  return 1
}

ensure_postgres() {
  postgres_bindir >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "Installing Debian's postgresql for the PostgreSQL tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    # Where a service manager runs, the package also starts a cluster of its own on port 5432;
    # the tests never use it: they make theirs in a temporary folder on a free port.
    postgres_bindir >/dev/null || { say "postgresql installed but initdb was not found"; exit 1; }
  else
    cat >&2 <<'MSG'
The PostgreSQL tests need the PostgreSQL server (initdb, pg_ctl, postgres). Install it, then run
this command again:
  - Debian/Ubuntu:  sudo apt-get install postgresql
MSG
    exit 1
  fi
}

# bin/run --replicas (bot/cluster/) and its tests (tests/scale/test_cluster.py) run PostgreSQL,
# redis-server and HAProxy from Debian's packages. apt-get runs only for what is missing, and
# its own error says why an install failed.
ensure_cluster_packages() {
  local missing=()
  # A server of one's own named by DATABASE_URL or REDIS_URL is used instead of a local one.
  [ -n "${DATABASE_URL:-}" ] || postgres_bindir >/dev/null || missing+=(postgresql)
  [ -n "${REDIS_URL:-}" ] || command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "Installing Debian's ${missing[*]} for the replicas profile"
    apt-get update -qq
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null; then
      say "apt-get could not install ${missing[*]} (its error is above); nothing was started"
      exit 1
    fi
    # Where a service manager runs, the packages also start servers of their own on their usual
    # ports; the replicas profile never uses them: it starts its own on free local ports.
  else
    cat >&2 <<MSG
Several replicas need PostgreSQL's server, redis-server and HAProxy; missing: ${missing[*]}.
Install them, then run this command again:
  - Debian/Ubuntu:  sudo apt-get install ${missing[*]}
Or point DATABASE_URL and REDIS_URL at servers you run (docs/deploy.md); HAProxy is still needed.
MSG
    exit 1
  fi
}
