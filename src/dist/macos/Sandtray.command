#!/bin/sh
# Sandtray Recorder on macOS (built by the project, not run on a Mac). Finds Java 17 or newer:
# the runtime folder beside this file, JAVA_HOME, /usr/libexec/java_home, then java on PATH.
here=$(cd "$(dirname "$0")" && pwd)
major() { "$1" -version 2>&1 | awk -F'"' '/ version /{split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }
for candidate in "$here/runtime/bin/java" "${JAVA_HOME:+$JAVA_HOME/bin/java}" \
    "$(/usr/libexec/java_home -v 17+ 2>/dev/null)/bin/java" "$(command -v java)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ] && [ "$(major "$candidate")" -ge 17 ] 2>/dev/null; then
    exec "$candidate" -Dfile.encoding=UTF-8 -jar "$here/sandtray.jar" "$@"
  fi
done
echo "没有找到 Java 17 或更新的版本：请安装 https://adoptium.net/zh-CN/temurin/releases/?version=17" >&2
echo "Java 17 or newer was not found: install it from https://adoptium.net/temurin/releases/?version=17" >&2
exit 1
