#!/usr/bin/env bash
# Every file of JSONTestSuite (when ../shared/testdata is present) put in place of store.json
# must be refused with exit 65, and every file of the store must stay byte-for-byte the same.
# Prints one figure line. Usage: scripts/json-test-suite.sh RUJUK_BINARY
set -euo pipefail
bin=${1:?usage: json-test-suite.sh RUJUK_BINARY}
suite="$(dirname "$0")/../../shared/testdata/JSONTestSuite/test_parsing"
if [[ ! -d $suite ]]; then echo "JSONTestSuite: not present, skipped"; exit 0; fi
work=$(mktemp -d /tmp/rujuk-jts.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$bin" init --demo --store "$work/template" >/dev/null
total=0 refused=0 changed=0
for f in "$suite"/*.json; do
  total=$((total + 1))
  rm -rf "$work/s" && cp -a "$work/template" "$work/s"
  cp "$f" "$work/s/store.json"
  before=$(cd "$work/s" && find . -type f -exec sha256sum {} + | sort)
  set +e
  "$bin" queue --store "$work/s" --as budi >/dev/null 2>"$work/err"; a=$?
  "$bin" check --store "$work/s" >/dev/null 2>>"$work/err"; b=$?
  set -e
  after=$(cd "$work/s" && find . -type f -exec sha256sum {} + | sort)
  if [[ $a == 65 && $b == 65 ]]; then refused=$((refused + 1)); else echo "not refused with 65 ($a, $b): $(basename "$f")"; fi
  if [[ $before != "$after" ]]; then changed=$((changed + 1)); echo "changed the store: $(basename "$f")"; fi
done
echo "JSONTestSuite as store.json: $total files, $refused refused with exit 65, $changed changed a file"
[[ $refused == "$total" && $changed == 0 ]]
