#!/usr/bin/env bash
# Coverage-guided fuzzing of one loader with SharpFuzz and afl++, bounded in time.
#   fuzz/run.sh TARGET SECONDS     TARGET: yaml | json | graphml   (see fuzz/README.md)
# Builds the harness, instruments DiplomacyGraph.dll and the target's parser with sharpfuzz, writes the
# initial corpus from the project's own datasets, and runs afl-fuzz for SECONDS (-V). Findings land in
# fuzz/findings/TARGET/default (crashes/, hangs/, fuzzer_stats); replay one with
#   dotnet fuzz/out/TARGET/DiplomacyGraph.Fuzz.dll TARGET < FILE
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
target="${1:?usage: fuzz/run.sh yaml|json|graphml SECONDS}"
seconds="${2:?usage: fuzz/run.sh yaml|json|graphml SECONDS}"
case "$target" in
  yaml) parser=YamlDotNet.dll ;;
  json) parser=Newtonsoft.Json.dll ;;
  graphml) parser="" ;; # GraphML is read by System.Xml (not instrumentable); the dataset mapping it feeds is in DiplomacyGraph.dll.
  *) echo "unknown target '$target' (yaml, json, graphml)" >&2; exit 64 ;;
esac

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 69; }
tools="$here/.tools"
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools"
fi

out="$here/out/$target"
rm -rf "$out"
dotnet publish "$here/DiplomacyGraph.Fuzz/DiplomacyGraph.Fuzz.csproj" -c Release -o "$out" -nologo -v q
corpus="$out/corpus"
dotnet "$out/DiplomacyGraph.Fuzz.dll" corpus "$target" "$corpus" \
  "$repo"/seeds/*.yaml "$repo"/docs/examples/*.yaml "$repo"/tests/DiplomacyGraph.Tests/Fixtures/every-field.yaml
if [ "$target" = yaml ]; then
  cp "$repo"/tests/DiplomacyGraph.Tests/Fixtures/four-problems.yaml "$corpus/"
fi

for dll in DiplomacyGraph.dll ${parser:+"$parser"}; do
  "$tools/sharpfuzz" "$out/$dll"
done

findings="$here/findings/$target"
mkdir -p "$here/findings"
if [ -d "$findings" ]; then mv "$findings" "$findings.$(date +%Y%m%d-%H%M%S)"; fi
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
nice -n 10 afl-fuzz -i "$corpus" -o "$findings" -x "$here/dictionaries/$target.dict" -t 5000 -m none -V "$seconds" \
  -- dotnet "$out/DiplomacyGraph.Fuzz.dll" "$target"

stats="$findings/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs) ' "$stats"
