#!/usr/bin/env bash
# Starts Podman 4.3's Docker-compatible API as a test bed of its own (ENVIRONMENT.md, "More real
# engines"): `podman system service` on its own socket, detached. Idempotent: a service that
# already answers there is reused.
set -euo pipefail
# shellcheck source=wait-for-engine.sh
source "$(dirname "$0")/wait-for-engine.sh"

SOCK="${BASELINE_PODMAN_SOCK:-/run/baseline-podman.sock}"
LOG="${BASELINE_PODMAN_LOG:-/var/log/baseline-podman.log}"

# One /version call answers both questions: Podman 4.3 takes about 3 s over each (it asks conmon
# and runc for theirs), and may take longer while busy (ENVIRONMENT.md).
version() { timeout 20 docker -H "unix://$SOCK" version --format 'podman: engine {{.Server.Version}} (API {{.Server.APIVersion}}) at unix://'"$SOCK" 2>/dev/null; }
# /_ping answers at once; without curl, /version has to do.
answers() {
  if command -v curl >/dev/null; then [[ "$(curl --silent --max-time 5 --unix-socket "$SOCK" http://podman/_ping 2>/dev/null)" == OK ]]
  else version >/dev/null; fi
}
report() { version || { echo "podman: no /version answer at unix://$SOCK" >&2; exit 1; }; }

if answers; then
  report
  exit 0
fi
command -v podman >/dev/null || { apt-get update && apt-get install -y podman; }
rm -f "$SOCK"
mkdir -p "$(dirname "$LOG")"
echo "podman: starting podman system service at unix://$SOCK (log: $LOG)"
# --time=0: never exit when idle; detached so CI does not wait on it after the script ends.
nohup podman system service --time=0 "unix://$SOCK" </dev/null >"$LOG" 2>&1 &
wait_for_engine "podman at unix://$SOCK" 60 "$LOG"
report
