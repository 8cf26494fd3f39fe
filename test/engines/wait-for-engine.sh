# Sourced by the start scripts, which define `answers`: waits up to SECONDS for the engine to
# answer; if it does not, prints the end of its log and ends the script with exit 1.
#   wait_for_engine NAME SECONDS LOG
wait_for_engine() {
  local name=$1 seconds=$2 log=$3
  for _ in $(seq 1 "$seconds"); do
    answers && return 0
    sleep 1
  done
  echo "$name: no answer within $seconds s; the end of its log:" >&2
  tail -n 40 "$log" >&2 || true
  exit 1
}
