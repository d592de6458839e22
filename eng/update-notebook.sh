#!/usr/bin/env bash
# Executes docs/notebook.ipynb for real (dotnet-repl, against the package packed from this checkout) and writes
# its outputs into it. Look at the result before committing: NotebookRunTests fails while the committed notebook
# differs from a fresh run. Needs the local tool: dotnet tool restore.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
python3 eng/run-notebook.py --out docs/notebook.ipynb
