#!/usr/bin/env bash
# `make bench`: each figure is printed beside a reference measured in the same run on the
# same machine, as a ratio, because absolute numbers on shared machines mean little.
set -euo pipefail
build_dir=$(realpath "${1:-build}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d -t portico-bench.XXXXXX)
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

rows=${PORTICO_BENCH_ROWS:-200000}
duration=${PORTICO_BENCH_SECONDS:-8}
py=/usr/bin/python3
json() { $py -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

echo "== Portico benchmarks ($(nproc) cores, $(date -u +%FT%TZ))"

# --- the sandbox, as a separate process, like any client would see it
"$build_dir/app/portico-sandbox/portico-sandbox" serve --data-dir "$work/sandbox" >"$work/ready" 2>"$work/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 100); do [ -s "$work/ready" ] && break; sleep 0.1; done
[ -s "$work/ready" ] || { echo "sandbox did not start:"; cat "$work/sandbox.log"; exit 1; }
gateway=$(json 'd["gateway"]' <"$work/ready")
service=$(json 'd["service"]' <"$work/ready")
"$build_dir/app/portico-sandbox/portico-sandbox" credentials --data-dir "$work/sandbox" >"$work/credentials.json"
workspace=$(json 'd["workspace"]' <"$work/credentials.json")
service_id=$(json 'd["service"]' <"$work/credentials.json")
api_key=$(json 'd["apiKey"]' <"$work/credentials.json")
unlimited_key=$(json '[s for s in d["subscriptions"] if s["product"]=="Unlimited"][0]["primaryKey"]' <"$work/credentials.json")

# --- 1. feature hashing throughput, end to end (HTTP and JSON included) vs scikit-learn
$py "$here/make_rows.py" "$work/rows.csv" "$rows"
ours=$("$build_dir/tests/bench/bench_rrs" "$service" "$workspace" "$service_id" "$api_key" "$work/rows.csv")
theirs=$($py "$here/sklearn_hashing.py" "$work/rows.csv")
ours_rps=$(echo "$ours" | json 'd["rowsPerSecondEndToEnd"]')
hash_rps=$(echo "$ours" | json 'd["rowsPerSecondHashOnly"]')
theirs_rps=$(echo "$theirs" | json 'd["rows_per_second"]')
theirs_io=$(echo "$theirs" | json 'd["rows"]/d["seconds_with_io"]')
echo
echo "Feature hashing, $rows rows (bitsize 3, bigrams):"
printf '  Portico RRS end to end (read CSV, JSON, HTTP, hash, JSON back): %12.0f rows/s\n' "$ours_rps"
printf '  scikit-learn HashingVectorizer.transform alone:                  %12.0f rows/s\n' "$theirs_rps"
printf '  scikit-learn including reading the file:                        %12.0f rows/s\n' "$theirs_io"
printf '  ratio Portico end to end / scikit-learn transform:              %12.2f x\n' "$($py -c "print($ours_rps/$theirs_rps)")"
printf '  (Portico hashing alone, in-process:                             %12.0f rows/s)\n' "$hash_rps"

# --- 2. RRS requests/s through the gateway vs a trivial endpoint of the same server
if command -v wrk >/dev/null; then
    url="$gateway/azureml-demo/workspaces/$workspace/services/$service_id/execute?api-version=2.0&details=true"
    trivial=$(wrk -t2 -c16 -d"${duration}s" "$gateway/status-0123456789abcdef" | awk '/Requests\/sec/ {print $2}')
    rrs_out=$(PORTICO_API_KEY=$api_key PORTICO_SUBSCRIPTION_KEY=$unlimited_key \
        wrk -t2 -c16 -d"${duration}s" -s "$here/rrs_post.lua" "$url")
    rrs=$(echo "$rrs_out" | awk '/Requests\/sec/ {print $2}')
    non2xx=$(echo "$rrs_out" | awk '/non-2xx:/ {print $2}')
    echo
    echo "Gateway under wrk (2 threads, 16 connections, ${duration}s each):"
    printf '  RRS Execute through the gateway (gateway -> service -> hashing): %10.0f req/s (non-2xx: %s)\n' "$rrs" "$non2xx"
    printf '  trivial health endpoint of the same gateway:                      %10.0f req/s\n' "$trivial"
    printf '  ratio RRS / trivial:                                              %10.2f\n' "$($py -c "print($rrs/$trivial)")"
else
    echo "wrk is not installed (Debian package wrk): gateway figures skipped" >&2
    exit 1
fi
