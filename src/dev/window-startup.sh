#!/usr/bin/env bash
# Process start to home window, median of 5, on a display (Xvfb), beside a baseline measured in
# the same run: the same JVM starting and printing --version (no window, no library).
# Usage: src/dev/window-startup.sh [target/sandtray.jar]   (needs DISPLAY, xdotool)
set -euo pipefail
jar=${1:-target/sandtray.jar}
lib=$(mktemp -d)
java -jar "$jar" --library "$lib" init >/dev/null 2>&1
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
window=()
baseline=()
for i in 1 2 3 4 5; do
  t0=$(date +%s%N)
  java -jar "$jar" --library "$lib" --lang en --source demo >/dev/null 2>&1 &
  pid=$!
  xdotool search --sync --onlyvisible --name "Sandtray Recorder" >/dev/null
  t1=$(date +%s%N)
  window+=($(( (t1 - t0) / 1000000 )))
  kill $pid; wait $pid 2>/dev/null || true
  t0=$(date +%s%N)
  java -jar "$jar" --version >/dev/null 2>&1
  t1=$(date +%s%N)
  baseline+=($(( (t1 - t0) / 1000000 )))
done
w=$(printf '%s\n' "${window[@]}" | median)
b=$(printf '%s\n' "${baseline[@]}" | median)
echo "start to home window: median ${w} ms of ${window[*]}"
echo "baseline java -jar --version: median ${b} ms of ${baseline[*]}"
awk -v w="$w" -v b="$b" 'BEGIN {printf "ratio %.2fx\n", w / b}'
rm -rf "$lib"
