#!/usr/bin/env bash
# Re-renders the example drawings in docs/images and the outputs of docs/notebook.ipynb from the code: writes each SVG (through
# ExampleImagesTests with DIPLOMACYGRAPH_WRITE_IMAGES=1), then converts it to PNG with rsvg-convert
# (Debian librsvg2-bin). Look at the PNGs before committing them; the tests fail while a committed SVG
# differs from what the code renders.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (Debian: apt-get install librsvg2-bin)" >&2; exit 1; }
mkdir -p docs/images
DIPLOMACYGRAPH_WRITE_IMAGES=1 dotnet test tests/DiplomacyGraph.Tests --filter "FullyQualifiedName~ExampleImagesTests|FullyQualifiedName~NotebookDocumentTests" >/dev/null || true
for svg in docs/images/*.svg; do
  rsvg-convert --background-color=white --zoom=1.5 "$svg" -o "${svg%.svg}.png"
  echo "${svg%.svg}.png"
done
DIPLOMACYGRAPH_WRITE_IMAGES=0 dotnet test tests/DiplomacyGraph.Tests --filter "FullyQualifiedName~ExampleImagesTests|FullyQualifiedName~NotebookDocumentTests"
