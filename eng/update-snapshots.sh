#!/usr/bin/env bash
# Regenerates the committed text snapshots (tests/**/__snapshots__/*.snap) from the code: runs the snapshot tests, which
# leave the text of every snapshot that differs or is missing in __snapshots__/__mismatch__/ (ignored by git), moves those
# files over the committed ones, and runs the tests again. Review `git diff` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test tests/DiplomacyGraph.Tests --filter "FullyQualifiedName~Snapshots" >/dev/null || true
find tests -path '*/__snapshots__/__mismatch__/*.snap' -print0 | while IFS= read -r -d '' received; do
  committed="$(dirname "$(dirname "$received")")/$(basename "$received")"
  mv "$received" "$committed"
  echo "$committed (changed)"
done
dotnet test tests/DiplomacyGraph.Tests --no-build --filter "FullyQualifiedName~Snapshots"
