#!/usr/bin/env bash
# Times GraphML read, GraphML write and shortest paths in DiplomacyGraph and in NetworkX on the same generated file,
# in one run, and prints a table of medians and ratios (NetworkX time / DiplomacyGraph time: above 1 means we are faster),
# then our GraphML read against a bare XmlReader pass over the same file (the floor of any XmlReader-based reader).
# Usage: benchmarks/compare-networkx.sh [RELATIONS=100000] [REPEATS=5]
# Needs python3-networkx (Debian). The file is generated once with `dipgraph generate` (random seed 42, ten relations per entity).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/generated-graph.sh "$@"
dotnet benchmarks/DiplomacyGraph.Benchmarks/bin/Release/net10.0/DiplomacyGraph.Benchmarks.dll \
  networkx-side "$work/graph.graphml" "$work/pairs.txt" "$repeats" >"$work/dotnet.json"

python3 - "$work" "$repeats" <<'PY'
import json, statistics, sys, time
import networkx as nx

work, repeats = sys.argv[1], int(sys.argv[2])
ours = json.load(open(f"{work}/dotnet.json"))
pairs = [line.split() for line in open(f"{work}/pairs.txt")]

def median(action):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)

graph = nx.read_graphml(f"{work}/graph.graphml")
undirected = graph.to_undirected(as_view=True)

def paths():
    for a, b in pairs:
        try:
            nx.shortest_path(undirected, a, b)
        except nx.NetworkXNoPath:
            pass

theirs = {
    "read_graphml": median(lambda: nx.read_graphml(f"{work}/graph.graphml")),
    "write_graphml": median(lambda: nx.write_graphml(graph, f"{work}/networkx-written.graphml")),
    "shortest_path": median(paths),
}
print(f"NetworkX {nx.__version__} vs DiplomacyGraph on one GraphML file: {ours['nodes']:,} entities, {ours['relations']:,} relations; "
      f"median of {repeats}; shortest_path = {len(pairs)} random pairs, undirected")
print()
print("| operation | DiplomacyGraph (s) | NetworkX (s) | NetworkX / DiplomacyGraph |")
print("| --- | ---: | ---: | ---: |")
for op in ("read_graphml", "write_graphml", "shortest_path"):
    print(f"| {op} | {ours[op]:.3f} | {theirs[op]:.3f} | {theirs[op] / ours[op]:.2f}x |")
print()
print(f"Our read_graphml against a bare XmlReader pass over the same file (the floor): {ours['read_graphml']:.3f} s / "
      f"{ours['bare_xmlreader']:.3f} s = {ours['read_graphml'] / ours['bare_xmlreader']:.2f}x (target: at most 2.0x); "
      f"against NetworkX read_graphml: {theirs['read_graphml'] / ours['read_graphml']:.2f}x faster (target: at least 10x).")
PY
