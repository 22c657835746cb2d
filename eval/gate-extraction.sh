#!/usr/bin/env bash
# Quality gate for article extraction: runs both evaluations on the shared datasets and fails when
# a score is below its floor in eval/floors-extraction.properties. Builds nothing itself (the
# launcher builds the app when it is stale). Skips quietly when the datasets are absent.
set -euo pipefail
cd "$(dirname "$0")/.."

data="../shared/data/extraction"
if [ ! -d "$data/aeb" ] || [ ! -d "$data/fundus" ]; then
  echo "gate-extraction: $data not found; skipped"
  exit 0
fi

floors="eval/floors-extraction.properties"
floor() {
  local value
  value="$(grep -E "^$1=" "$floors" | tail -n 1 | cut -d= -f2- | tr -d '[:space:]')"
  if [ -z "$value" ]; then
    echo "gate-extraction: no floor '$1' in $floors" >&2
    exit 2
  fi
  printf '%s' "$value"
}

status=0
./vigie eval extraction "$data/aeb" \
  --min-f1 "$(floor aeb.f1)" --min-held-out-f1 "$(floor aeb.heldout.f1)" || status=1
./vigie eval metadata "$data/fundus" \
  --min-title "$(floor fundus.title)" --min-date "$(floor fundus.date)" \
  --min-authors "$(floor fundus.authors)" || status=1
exit $status
