"""Reads an export with NetworkX and prints what the peer check compares, as JSON.

Usage: networkx_read.py graphml|gexf-1.2draft|gexf-1.3 FILE EDGE_ID
"""
import json
import sys

import networkx as nx

kind, path, edge_id = sys.argv[1:4]
if kind == "graphml":
    graph = nx.read_graphml(path)
elif kind == "gexf-1.2draft":
    graph = nx.read_gexf(path, version="1.2draft")
else:
    graph = nx.read_gexf(path, version="1.3")

edge = None
# NetworkX returns a MultiDiGraph when the file has parallel edges (keyed by edge id), a DiGraph otherwise.
edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((s, t, d.get("id"), d) for s, t, d in graph.edges(data=True))
for source, target, key, data in edges:
    if key == edge_id or data.get("id") == edge_id:
        edge = {"source": source, "target": target, **{k: str(v) for k, v in data.items()}}
        break

print(json.dumps({
    "version": nx.__version__,
    "directed": graph.is_directed(),
    "nodes": graph.number_of_nodes(),
    "edges": graph.number_of_edges(),
    "edge": edge,
}))
