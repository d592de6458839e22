#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt with the PublicApiAnalyzers' own code fix (RS0016): every public
# symbol not already in PublicAPI.Shipped.txt. (The fix-all is applied to an emptied file because it
# does not apply to a file that already holds entries.) Review the diff: it is the public API change you ship.
# Usage: eng/update-public-api.sh [project.csproj]   (default: src/DiplomacyGraph/DiplomacyGraph.csproj)
set -euo pipefail
project=${1:-src/DiplomacyGraph/DiplomacyGraph.csproj}
unshipped="$(dirname "$project")/PublicAPI.Unshipped.txt"
dotnet restore "$project" >/dev/null
printf '#nullable enable\n' >"$unshipped"
dotnet format analyzers "$project" --diagnostics RS0016 --severity warn
echo "$unshipped: $(grep -vc '^#' "$unshipped") symbols"
