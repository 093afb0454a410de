#!/usr/bin/env bash
# The CLINC150 quality run (docs/faq-quality.md): import `train` as a FAQ corpus, choose thresholds
# on `val`+`oos_val`, report on `test`+`oos_test`. Uses its own data directory.
# Usage: scripts/clinc150.sh [DATA_FULL_JSON] [WORK_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="${1:-$root/../shared/data/clinc150/data_full.json}"
work="${2:-$root/target/clinc150}"
python3 "$root/scripts/clinc150-convert.py" "$src" "$work"
rm -rf "$work/data"
sb() { "$root/switchboard" --data "$work/data" "$@"; }
sb faq import "$work/train.csv"
sb faq tune "$work/val.jsonl"
sb faq eval "$work/test.jsonl"
