# Finds a JDK >= 21 for ./mvnw and ./vigie; sourced by both (POSIX sh).
# Order: JAVA_HOME if it is new enough, then the newest JDK >= 21 in the usual folders,
# then the java on PATH. Exports JAVA_HOME, or stops with one clear line.

vigie_java_major() { # $1 = a JDK home; prints its major version, or nothing
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
    [ -n "$v" ] && { echo "$v"; return; }
  fi
  [ -x "$1/bin/java" ] || return 0
  "$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9][0-9]*\).*/\1/p'
}

vigie_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    m=$(vigie_java_major "$JAVA_HOME")
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then return 0; fi
  fi
  best=""; best_major=0
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
           "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$d" ] && [ -x "$d/bin/javac" ] || continue
    m=$(vigie_java_major "$d")
    [ -n "$m" ] || continue
    if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best="$d"; best_major="$m"; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    m=$(vigie_java_major "$d")
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then best="$d"; fi
  fi
  if [ -z "$best" ]; then
    echo "vigie: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm, /usr/java, /opt, ~/.sdkman, PATH); install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME" >&2
    exit 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}

# mvnw runs with `set -f`; the search below needs globbing.
case $- in *f*) vigie_noglob=1 ;; *) vigie_noglob= ;; esac
set +f
vigie_find_jdk
[ -z "$vigie_noglob" ] || set -f
