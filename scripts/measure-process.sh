#!/usr/bin/env bash
# Measures the budgets that are about the whole program rather than one function
# (BENCHMARKS.md): summary of a 5 MB workspace against `jq .` on the same file, start to first
# frame of the terminal program, CPU used while it sits idle, and memory (peak resident set).
#
#   scripts/measure-process.sh [OUT_DIR]     (default: target/bench-process)
#
# RUNS (default 20) and IDLE_SECONDS (default 10) set how long it measures.
#
# Needs jq, hyperfine, tmux and GNU time (Debian: apt-get install jq hyperfine tmux time);
# python3, if there, adds a second start-up measurement without tmux.
# Everything runs on a private tmux server and in fresh data folders under OUT_DIR; nothing
# in your own data folder is read or written. Results are printed and kept in OUT_DIR/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${1:-target/bench-process}
RUNS=${RUNS:-20}
IDLE_SECONDS=${IDLE_SECONDS:-10}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "measure: $1 is missing (Debian: apt-get install $2)" >&2
        exit 1
    fi
}
need jq jq
need hyperfine hyperfine
need tmux tmux
if [ ! -x /usr/bin/time ]; then
    echo "measure: /usr/bin/time is missing (Debian: apt-get install time)" >&2
    exit 1
fi

cargo build --release --quiet --bin mandat --example big_workspace
# MANDAT_BIN measures another build of the program (for instance one with a change to try).
BIN=${MANDAT_BIN:-$(pwd)/target/release/mandat}
BIG=$OUT/big.json
target/release/examples/big_workspace "$BIG"
DEMO=$(pwd)/examples/demo-velfaerd.json
REPORT=$OUT/results.md
: >"$REPORT"
say() { echo "$*" | tee -a "$REPORT"; }

ms_now() { echo $(($(date +%s%N) / 1000)); } # microseconds

# A fresh data folder holding one workspace file, recorded as the last one used.
fresh_data_dir() {
    local dir=$1 file=$2 id=$3
    rm -rf "$dir"
    mkdir -p "$dir/workspaces"
    chmod 700 "$dir" "$dir/workspaces"
    cp "$file" "$dir/workspaces/$id.json"
    chmod 600 "$dir/workspaces/$id.json"
    printf '{\n  "last_used": "%s"\n}\n' "$id" >"$dir/state.json"
}

say "## Whole process: summary of big.json ($(stat -c %s "$BIG") bytes)"
say
export MANDAT_DATA_DIR=$OUT/data-cli
mkdir -p "$MANDAT_DATA_DIR"
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$OUT/summary.json" \
    --command-name "mandat summary" "$BIN --file $BIG summary --meeting all --format md" \
    --command-name "jq ." "jq . $BIG" >"$OUT/hyperfine.txt"
cat "$OUT/hyperfine.txt"
mandat_mean=$(jq '.results[0].mean * 1000' "$OUT/summary.json")
jq_mean=$(jq '.results[1].mean * 1000' "$OUT/summary.json")
mandat_max=$(jq '.results[0].max * 1000' "$OUT/summary.json")
jq_max=$(jq '.results[1].max * 1000' "$OUT/summary.json")
ratio=$(jq -n "$mandat_mean / $jq_mean")
say "$(printf '| mandat summary --meeting all --format md | %.1f ms mean, %.1f ms max |' "$mandat_mean" "$mandat_max")"
say "$(printf '| jq . big.json | %.1f ms mean, %.1f ms max |' "$jq_mean" "$jq_max")"
say "$(printf '| ratio (budget: at most 2.0) | %.2f |' "$ratio")"
say

say "## Peak memory (VmHWM via GNU time's maximum resident set size)"
say
peak_kib() {
    local max=0 kib
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f '%M' -o "$OUT/time.txt" "$@" >/dev/null
        kib=$(tail -n 1 "$OUT/time.txt")
        if [ "$kib" -gt "$max" ]; then max=$kib; fi
    done
    echo "$max"
}
summary_kib=$(peak_kib "$BIN" --file "$BIG" summary --meeting all --format md)
jq_kib=$(peak_kib jq . "$BIG")
say "$(printf '| mandat summary on big.json | %d KiB = %.1f MB |' "$summary_kib" "$(jq -n "$summary_kib * 1024 / 1000000")")"
say "$(printf '| jq . big.json (for comparison) | %d KiB = %.1f MB |' "$jq_kib" "$(jq -n "$jq_kib * 1024 / 1000000")")"
say

# The terminal program runs on a private tmux server, 200×60.
SOCK=mandat-bench-$$
tmux_() { tmux -L "$SOCK" -f /dev/null "$@"; }
cleanup() {
    tmux_ kill-server >/dev/null 2>&1 || true
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCK"
}
trap cleanup EXIT
tmux_ new-session -d -s bench -x 200 -y 60 -n idle "sleep 100000"
tmux_ set-option -t bench remain-on-exit off >/dev/null

# Microseconds from asking tmux for a new window running $1 until its screen shows $2.
# Leaves the window open; its name is "run".
time_to_text() {
    local cmd=$1 marker=$2 t0 t1
    t0=$(ms_now)
    tmux_ new-window -d -t bench -n run "$cmd"
    for _ in $(seq 1 20000); do
        if tmux_ capture-pane -p -t bench:run 2>/dev/null | grep -q "$marker"; then
            t1=$(ms_now)
            echo $((t1 - t0))
            return 0
        fi
    done
    echo "measure: «$marker» never appeared" >&2
    tmux_ capture-pane -p -t bench:run >&2 || true
    return 1
}

close_run() {
    tmux_ kill-window -t bench:run >/dev/null 2>&1 || true
    sleep 0.2
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
maximum() { sort -n | tail -n 1; }

first_frame() {
    local label=$1 file=$2 id=$3 dir=$OUT/data-tui
    local times=() base=()
    for i in $(seq 1 "$RUNS"); do
        fresh_data_dir "$dir" "$file" "$id"
        times+=("$(time_to_text "exec env MANDAT_DATA_DIR=$dir $BIN" "Næste skridt")")
        close_run
        # The same way of measuring, with a program that prints the text at once: what
        # tmux and the polling themselves cost.
        base+=("$(time_to_text "printf 'Næste skridt\n'; exec sleep 1000" "Næste skridt")")
        close_run
    done
    local m b
    m=$(printf '%s\n' "${times[@]}" | median)
    b=$(printf '%s\n' "${base[@]}" | median)
    # tmux's own window start and the polling (a few ms per capture) are included, and vary
    # by several ms from run to run: read these as upper bounds.
    say "$(printf '| %s | %.1f ms median, %.1f ms max | printf in the same set-up: %.1f ms median |' \
        "$label" "$(jq -n "$m/1000")" "$(jq -n "$(printf '%s\n' "${times[@]}" | maximum)/1000")" \
        "$(jq -n "$b/1000")")"
}

say "## Start to first frame in tmux, upper bound (fresh data folder, existing workspace, $RUNS runs)"
say
first_frame "demo workspace" "$DEMO" demo-hverdagsliv
first_frame "5 MB workspace" "$BIG" stort-netvaerk
say
if command -v python3 >/dev/null 2>&1; then
    say "Without tmux, in a pseudo-terminal of its own (scripts/first_frame.py, $RUNS runs):"
    say
    say "| demo workspace | $(python3 scripts/first_frame.py "$BIN" "$DEMO" demo-hverdagsliv "$RUNS") |"
    say "| 5 MB workspace | $(python3 scripts/first_frame.py "$BIN" "$BIG" stort-netvaerk "$RUNS") |"
    say
fi

# CPU ticks (utime + stime) and context switches of a process.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
switches() { awk '/ctxt_switches/ {s += $2} END {print s}' "/proc/$1/status"; }
status_kib() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }

tui_pid() {
    local pid
    pid=$(tmux_ display-message -p -t bench:run '#{pane_pid}')
    if [ "$(cat "/proc/$pid/comm")" != "mandat" ]; then
        echo "measure: the pane runs $(cat "/proc/$pid/comm"), not mandat" >&2
        return 1
    fi
    echo "$pid"
}

idle_and_memory() {
    local label=$1 file=$2 id=$3 dir=$OUT/data-idle
    fresh_data_dir "$dir" "$file" "$id"
    time_to_text "exec env MANDAT_DATA_DIR=$dir $BIN" "Næste skridt" >/dev/null
    local pid
    pid=$(tui_pid)
    sleep 1
    local c0 s0 c1 s1
    c0=$(cpu_ticks "$pid")
    s0=$(switches "$pid")
    sleep "$IDLE_SECONDS"
    c1=$(cpu_ticks "$pid")
    s1=$(switches "$pid")
    local tck
    tck=$(getconf CLK_TCK)
    say "$(printf '| idle %ss, %s | %d ticks = %d ms CPU | %d wake-ups (context switches) |' \
        "$IDLE_SECONDS" "$label" "$((c1 - c0))" "$(((c1 - c0) * 1000 / tck))" "$((s1 - s0))")"
    local hwm_open
    hwm_open=$(status_kib "$pid" VmHWM)
    # Work a little: the first meeting's reflection editor, a few words, wait for the
    # autosave, then the plan review.
    tmux_ send-keys -t bench:run Enter Down Enter Enter
    sleep 0.5
    tmux_ send-keys -t bench:run -l "lidt mere tekst her"
    sleep 2
    tmux_ send-keys -t bench:run Escape Escape Escape p
    sleep 1
    local hwm_work rss
    hwm_work=$(status_kib "$pid" VmHWM)
    rss=$(status_kib "$pid" VmRSS)
    say "$(printf '| memory, %s | VmHWM %d KiB (%.1f MB) after opening, %d KiB (%.1f MB) after typing, autosave and plan review; VmRSS now %d KiB |' \
        "$label" "$hwm_open" "$(jq -n "$hwm_open*1024/1000000")" "$hwm_work" "$(jq -n "$hwm_work*1024/1000000")" "$rss")"
    tmux_ send-keys -t bench:run q
    sleep 0.5
    close_run
}

say "## The terminal program idle, and its memory"
say
idle_and_memory "demo workspace" "$DEMO" demo-hverdagsliv
idle_and_memory "5 MB workspace" "$BIG" stort-netvaerk
say
say "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(date -u +%Y-%m-%d)"
