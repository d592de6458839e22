#!/usr/bin/env bash
# Times the queries of issue 14 in DiplomacyGraph and in NetworkX on the same generated GraphML file and the same picks, in one
# run, and prints a table of median CPU seconds (process time, both sides: the machine is shared, so wall time would mostly measure
# the wait for a core) and ratios (NetworkX time / DiplomacyGraph time: above 1 means we are faster):
#   shortest_path    ShortestPath (stated relations, bidirectional BFS) vs nx.shortest_path on the undirected graph of the
#                    same stated edges, 100 random entity pairs; the old floor, QuikGraph's BFS on a bare int graph, beside it;
#   history          History(a, b, direct) vs, on a MultiGraph of the file, the edges between a and b plus the meetings both
#                    attended, sorted by date; 100 random related pairs;
#   timeline         Timeline(e, direct) vs all edges of e, its meetings as meeting rows, sorted by date; 100 random entities;
#   earliest_arrival EarliestArrival from 1995-01-01 on the shortest_path pairs (compared with our own ShortestPath);
#   hub              one meeting of 10,000 attendees: History of two of them (and what the first call keeps in memory).
# Usage: benchmarks/compare-networkx-queries.sh [RELATIONS=100000] [REPEATS=5]
# Needs python3-networkx (Debian). The file is generated once with `dipgraph generate` (random seed 42, ten relations per entity).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/generated-graph.sh "$@"
dotnet benchmarks/DiplomacyGraph.Benchmarks/bin/Release/net10.0/DiplomacyGraph.Benchmarks.dll \
  networkx-queries "$work/graph.graphml" "$work" "$repeats" >"$work/dotnet.json"

python3 - "$work" "$repeats" <<'PY'
import gc, json, statistics, sys, time
import networkx as nx

work, repeats = sys.argv[1], int(sys.argv[2])
ours = json.load(open(f"{work}/dotnet.json"))
pairs = [line.split() for line in open(f"{work}/pairs.txt")]
related = [line.split() for line in open(f"{work}/related.txt")]
entities = [line.strip() for line in open(f"{work}/entities.txt")]

PASSES = 100  # each timed run walks the picks a hundred times (ours: about a second of CPU, after a JIT warm-up); figures are per 100 calls

def median(action):
    # CPU seconds of the process, as on our side: on a shared machine wall time mostly measures the wait for a core.
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.process_time()
        for _ in range(PASSES):
            action()
        times.append((time.process_time() - start) / PASSES)
    return statistics.median(times)

read = nx.read_graphml(f"{work}/graph.graphml")
kind = nx.get_node_attributes(read, "kind")
start_day = nx.get_node_attributes(read, "start_day")
multi = nx.MultiGraph(read)
stated = nx.Graph()
stated.add_nodes_from(read.nodes)
stated.add_edges_from((u, v) for u, v, d in read.edges(data=True) if d.get("assertion") == "Stated" and u != v)
del read

UNDATED = 10 ** 9

def day(d):
    return d.get("start_day", d.get("end_day", UNDATED))

def paths():
    total = 0
    for a, b in pairs:
        try:
            total += len(nx.shortest_path(stated, a, b)) - 1
        except nx.NetworkXNoPath:
            total -= 1
    return total

def attended(x, m):
    return any(d.get("relation") == "attended" for d in multi.get_edge_data(x, m).values())

def history(a, b):
    rows = [(day(d), k) for k, d in (multi.get_edge_data(a, b) or {}).items()]
    near_b = multi[b]
    for m in multi[a]:
        if kind.get(m) == "Meeting" and m in near_b and attended(a, m) and attended(b, m):
            rows.append((start_day.get(m, UNDATED), m))
    rows.sort()
    return rows

def timeline(e):
    rows = []
    for _, n, k, d in multi.edges(e, keys=True, data=True):
        if kind.get(n) == "Meeting" and d.get("relation") == "attended":
            rows.append((start_day.get(n, UNDATED), n))
        else:
            rows.append((day(d), k))
    rows.sort()
    return rows

lengths = paths()
theirs = {
    "shortest_path": median(paths),
    "history": median(lambda: [history(a, b) for a, b in related]),
    "timeline": median(lambda: [timeline(e) for e in entities]),
}
history_rows = sum(len(history(a, b)) for a, b in related)
timeline_rows = sum(len(timeline(e)) for e in entities)

print(f"NetworkX {nx.__version__} vs DiplomacyGraph, one GraphML file: {ours['nodes']:,} entities, {ours['relations']:,} relations; "
      f"median CPU seconds per 100 calls of {repeats} runs (NetworkX: {PASSES} x 100 calls a run; ours: about a second of CPU a run, after a two-second warm-up)")
print(f"check: path lengths {ours['path_lengths']} (ours) / {lengths} (NetworkX); "
      f"rows: history {ours['history_rows']} / {history_rows}, timeline {ours['timeline_rows']} / {timeline_rows}")
print()
print("| query (100 calls) | DiplomacyGraph (s) | NetworkX (s) | NetworkX / DiplomacyGraph |")
print("| --- | ---: | ---: | ---: |")
for op in ("shortest_path", "history", "timeline"):
    print(f"| {op} | {ours[op]:.5f} | {theirs[op]:.5f} | {theirs[op] / ours[op]:.1f}x |")
print(f"| floor: QuikGraph BFS, bare int graph (all relations) | {ours['quikgraph_bfs']:.5f} | | {theirs['shortest_path'] / ours['quikgraph_bfs']:.1f}x |")
print(f"| history through members (default) | {ours['history_members']:.5f} | | |")
print(f"| timeline through members (default) | {ours['timeline_members']:.5f} | | |")
print(f"| earliest_arrival (same pairs as shortest_path) | {ours['earliest_arrival']:.5f} | | {ours['earliest_arrival'] / ours['shortest_path']:.2f}x our shortest_path |")
print()
print(f"hub: one meeting of {ours['hub_relations']:,} attendances: History of two attendees {ours['hub_history'] * 1000:.2f} ms "
      f"(median), {ours['hub_parties']:,} parties in its row; the first call kept {ours['hub_kept_bytes']:,} bytes")
PY
