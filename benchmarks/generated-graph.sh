# Sourced by the NetworkX comparisons (compare-networkx.sh, compare-networkx-queries.sh) with their arguments: builds the
# CLI and the benchmark project in Release and generates one GraphML file with `dipgraph generate` (random seed 42, ten relations
# per entity) into "$work/graph.graphml"; sets relations (RELATIONS, default 100000), repeats (REPEATS, default 5) and work
# (a temporary folder, removed on exit).
relations=${1:-100000}
repeats=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/DiplomacyGraph.Cli >/dev/null
dotnet build -c Release benchmarks/DiplomacyGraph.Benchmarks >/dev/null
dotnet src/DiplomacyGraph.Cli/bin/Release/net8.0/dipgraph.dll generate \
  --entities $((relations / 10)) --relations "$relations" --random-seed 42 --out "$work/graph.graphml" >/dev/null
