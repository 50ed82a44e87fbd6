#!/usr/bin/env bash
# Writes docs/man/rujuk.1 from the commands themselves, with swift-argument-parser's
# generate-manual plugin (ManualPageTests fails when the committed page drifts from them;
# scripts/install-server.sh installs it as man rujuk):
#   scripts/generate-manual.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift package plugin generate-manual --configuration debug --date "$(date -u +%Y-%m-%d)" --authors "Rujuk"
install -m 644 .build/plugins/GenerateManual/outputs/rujuk/rujuk.1 docs/man/rujuk.1
echo "wrote docs/man/rujuk.1"
