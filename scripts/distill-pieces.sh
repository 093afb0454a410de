#!/usr/bin/env bash
# Regenerates the static WordPiece table from all-MiniLM-L6-v2 (see NOTICE and DistillPieces).
# Usage: scripts/distill-pieces.sh [OUTPUT]   (default: the shipped minilm-pieces.bin)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(realpath -m "${1:-$root/faq-index/src/main/resources/org/switchboard/faq/match/minilm-pieces.bin}")"
cd "$root" && mvn -q -pl faq-index -Pdistill test-compile exec:java -Ddistill.output="$out"
