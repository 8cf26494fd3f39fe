#!/usr/bin/env bash
# Starts Docker 26.1 with the containerd image store as a test bed of its own (ENVIRONMENT.md,
# "More real engines"): Debian trixie's docker.io + containerd in a debootstrapped folder, run in a
# chroot inside a network namespace of its own, its socket at $DIR/run/docker.sock. Idempotent:
# an engine that already answers there is reused. The folder is cached between runs on one machine
# and built into a temporary folder that is renamed only once complete, so a killed run never
# leaves half a folder behind. The host's dockerd on /var/run/docker.sock is never touched.
set -euo pipefail
# shellcheck source=wait-for-engine.sh
source "$(dirname "$0")/wait-for-engine.sh"

DIR="${BASELINE_DOCKER26_DIR:-/var/cache/baseline-ci/docker26-trixie}"
NS="${BASELINE_DOCKER26_NETNS:-baseline-docker26}"
MIRROR="${BASELINE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SOCK="$DIR/run/docker.sock"
LOG="${BASELINE_DOCKER26_LOG:-/var/log/baseline-docker26.log}"

answers() { docker -H "unix://$SOCK" version --format '{{.Server.Version}}' >/dev/null 2>&1; }
report() { docker -H "unix://$SOCK" version --format 'docker26: engine {{.Server.Version}} (API {{.Server.APIVersion}}) at unix://'"$SOCK"; }

if answers; then
  report
  exit 0
fi

# --- the cached root folder -----------------------------------------------------------------
if [[ ! -x "$DIR/usr/sbin/dockerd" ]]; then
  command -v debootstrap >/dev/null || { apt-get update && apt-get install -y debootstrap; }
  parent="$(dirname "$DIR")"
  mkdir -p "$parent"
  # Leftovers of a killed build: a temp folder that was never renamed (never a complete one).
  for stale in "$parent"/.docker26-build.*; do
    [[ -e "$stale" ]] || continue
    umount -R "$stale" 2>/dev/null || true
    rm -rf --one-file-system "$stale"
  done
  work="$(mktemp -d "$parent/.docker26-build.XXXXXX")"
  echo "docker26: debootstrapping trixie with docker.io and containerd into $work (a few minutes, once per machine)"
  started=$SECONDS
  debootstrap --variant=minbase --include=docker.io,containerd,ca-certificates trixie "$work" "$MIRROR" \
    >"$work.log" 2>&1 || { tail -n 30 "$work.log" >&2; exit 1; }
  mkdir -p "$work/etc/docker"
  # iptables off: the chroot has its own network namespace and nothing to publish. Never
  # "bridge":"none" in the host namespace (it deletes the host engine's docker0).
  printf '%s\n' '{"features":{"containerd-snapshotter":true},"iptables":false}' >"$work/etc/docker/daemon.json"
  rm -f "$work.log"
  rm -rf "$DIR"
  mv "$work" "$DIR"
  echo "docker26: root folder ready in $((SECONDS - started)) s"
else
  echo "docker26: reusing the cached root folder $DIR"
fi

# --- mounts: runc needs the root to be a mount point ("remount /, flags: 0x84000" otherwise) ---
if ! mountpoint -q "$DIR"; then
  mount --bind "$DIR" "$DIR"
  mount --make-private "$DIR"
fi
for fs in proc sys dev; do
  if ! mountpoint -q "$DIR/$fs"; then
    mount --rbind "/$fs" "$DIR/$fs"
    mount --make-rslave "$DIR/$fs"
  fi
done

# --- network namespace and the daemon ---------------------------------------------------------
ip netns list | grep -qw "$NS" || ip netns add "$NS"
ip netns exec "$NS" ip link set lo up
# A daemon killed earlier leaves its pid file and socket; dockerd refuses to start over them.
rm -f "$DIR/run/docker.pid" "$SOCK" "$DIR/run/docker/containerd/containerd.pid"
mkdir -p "$(dirname "$LOG")"
echo "docker26: starting dockerd in netns $NS (log: $LOG)"
# Detached from this shell's stdio, so CI does not wait on it after the script ends.
nohup ip netns exec "$NS" chroot "$DIR" dockerd -H unix:///run/docker.sock </dev/null >"$LOG" 2>&1 &
wait_for_engine "docker26 at unix://$SOCK" 90 "$LOG"
report
