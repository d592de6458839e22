#!/usr/bin/env bash
# Declares new public symbols in PublicAPI.Unshipped.txt by applying the PublicApiAnalyzers' own
# code fix (RS0016). Review the diff: it is the public API change you are about to ship.
# Usage: eng/update-public-api.sh [project.csproj]   (default: src/DiplomacyGraph/DiplomacyGraph.csproj)
set -euo pipefail
project=${1:-src/DiplomacyGraph/DiplomacyGraph.csproj}
dotnet restore "$project" >/dev/null
dotnet format analyzers "$project" --diagnostics RS0016 --severity warn
