"""Reads a GraphML export with python-igraph and prints what the peer check compares, as JSON.

Usage: igraph_read.py FILE EDGE_ID
"""
import json
import sys

import igraph

path, edge_id = sys.argv[1:3]
graph = igraph.Graph.Read_GraphML(path)
edge = None
for e in graph.es:
    if e["id"] == edge_id:
        edge = {"source": graph.vs[e.source]["id"], "target": graph.vs[e.target]["id"], **{k: str(v) for k, v in e.attributes().items()}}
        break

print(json.dumps({
    "version": igraph.__version__,
    "directed": graph.is_directed(),
    "nodes": graph.vcount(),
    "edges": graph.ecount(),
    "edge": edge,
}))
