#!/usr/bin/env bash
# Token-overlap precision/recall of our MainContentExtractor, Readability4J and boilerpipe on the test pages.
# Uses the worktree's compiled classes (not an installed snapshot). Usage: tools/extractor-comparison/run.sh [dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
(cd "$root" && mvn -B -q -o -Dstyle.color=never -pl dateline-core compile) >&2
out="$here/target"
mkdir -p "$out/classes"
(cd "$here" && mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$out/cp.txt") >&2
cp="$root/dateline-core/target/classes:$(cat "$out/cp.txt")"
javac -nowarn -d "$out/classes" -cp "$cp" "$here/src/main/java/CompareExtractors.java"
java -cp "$out/classes:$cp" CompareExtractors "${1:-$root/dateline-core/src/test/resources/io/dateline/ingest/html}" 2>&1 \
  | grep -v '^SLF4J'
