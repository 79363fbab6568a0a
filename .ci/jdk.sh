# Source this file: it points JAVA_HOME and PATH at a JDK 21 or newer.
# Looks at $JAVA_HOME, the `java` on PATH, then the usual install folders, newest first.
# Why: Hotseat needs Java 21+, and some machines still default to an older JDK.
hotseat_jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1
}
hotseat_find_jdk() {
  local candidates=() dir major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in $(ls -d /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
               "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
    candidates+=("$dir")
  done
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(hotseat_jdk_major "$dir")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}
if HOTSEAT_JDK=$(hotseat_find_jdk); then
  export JAVA_HOME="$HOTSEAT_JDK"
  export PATH="$JAVA_HOME/bin:$PATH"
else
  echo "No JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm). Install one and set JAVA_HOME." >&2
  return 1 2>/dev/null || exit 1
fi
