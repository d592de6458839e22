#!/usr/bin/env python3
"""Runs docs/notebook.ipynb for real and writes the executed notebook.

    python3 eng/run-notebook.py --out OUT.ipynb     (eng/update-notebook.sh writes docs/notebook.ipynb)

1. Packs src/DiplomacyGraph into a fresh local folder.
2. Copies the notebook without its outputs and adds one line to its first code cell,
   `#i "nuget: <that folder>"`, so that `#r "nuget: DiplomacyGraph"` restores the package just packed.
   The line is for the run only: it is taken out of the result again.
3. Runs the copy with the `dotnet-repl` local tool (manifest dotnet-tools.json at the
   repository root; `dotnet tool restore` installs it) with an empty, private NuGet package cache,
   and checks that the DiplomacyGraph package the kernel restored is byte for byte the one packed.
4. Fails (exit 1, one line per problem) when dotnet-repl fails or any cell ends in an error.
5. Writes the outputs as the run made them, less what changes from run to run: the cell timing
   metadata dotnet-repl adds, and the package-restore progress displays (they name the temporary folder).
"""
import argparse
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTEBOOK = os.path.join(ROOT, "docs", "notebook.ipynb")
LIBRARY = os.path.join(ROOT, "src", "DiplomacyGraph", "DiplomacyGraph.csproj")
RESTORE_DISPLAY = re.compile(r"<strong>(Restore sources|Installing Packages|Installed Packages)</strong>")


def fail(message):
    print(f"run-notebook: {message}", file=sys.stderr)
    sys.exit(1)


def child_environment(packages_cache):
    """The environment of a child build: no MSBuild variables of a calling build, no build servers left running."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("MSBUILD")}
    env.update({
        "MSBUILDDISABLENODEREUSE": "1",
        "DOTNET_CLI_USE_MSBUILD_SERVER": "0",
        "UseSharedCompilation": "false",
        "DOTNET_NOLOGO": "1",
        "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
    })
    if packages_cache is not None:
        env["NUGET_PACKAGES"] = packages_cache
    return env


def run(arguments, cwd, env, what):
    result = subprocess.run(arguments, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=900)
    if result.returncode != 0:
        fail(f"{what} failed (exit {result.returncode}): {' '.join(arguments)}\n{result.stdout[-4000:]}{result.stderr[-4000:]}")
    return result


def pack(folder):
    # A release version (no -dev suffix): the notebook's `#r "nuget: DiplomacyGraph"` takes the latest stable version.
    run(["dotnet", "pack", LIBRARY, "--configuration", "Release", "--output", folder, "-nodeReuse:false", "-p:ReleasePack=true"], ROOT, child_environment(None), "dotnet pack")
    packages = [f for f in os.listdir(folder) if re.fullmatch(r"DiplomacyGraph\.\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\.nupkg", f)]
    if len(packages) != 1:
        fail(f"expected one DiplomacyGraph .nupkg in {folder}, found {packages}")
    version = packages[0][len("DiplomacyGraph."):-len(".nupkg")]
    return os.path.join(folder, packages[0]), version


def prepare(source, packages_folder):
    """The notebook without outputs, its first code cell starting with the #i line for the local folder."""
    notebook = json.loads(source)
    first = next((c for c in notebook["cells"] if c["cell_type"] == "code"), None)
    if first is None:
        fail(f"{NOTEBOOK} has no code cell")
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    first["source"] = [source_line(packages_folder)] + lines(first["source"])
    # ASCII only: dotnet-repl 0.3.259 decodes the file in 4096-byte blocks and garbles a UTF-8 character that
    # straddles two blocks (it became U+FFFD in a cell's code); JSON escapes keep every character whole.
    return json.dumps(notebook, ensure_ascii=True, indent=1)


def source_line(packages_folder):
    return f'#i "nuget: {packages_folder}"\n'


def lines(source):
    return source if isinstance(source, list) else source.splitlines(keepends=True)


def check_restored(cache, version, packed):
    """The kernel restored the package from the local folder: the cached copy is the packed file."""
    folder = os.path.join(cache, "diplomacygraph", version.lower())
    recorded = os.path.join(folder, "diplomacygraph." + version.lower() + ".nupkg.sha512")
    if not os.path.exists(recorded):
        fail(f"the kernel did not restore DiplomacyGraph {version} into the private cache {cache}")
    with open(packed, "rb") as f:
        expected = base64.b64encode(hashlib.sha512(f.read()).digest()).decode("ascii")
    with open(recorded, encoding="ascii") as f:
        actual = f.read().strip()
    if actual != expected:
        fail(f"the restored DiplomacyGraph {version} is not the package packed from this checkout")


def errors_of(executed):
    problems = []
    code_number = 0
    for cell in executed["cells"]:
        if cell["cell_type"] != "code":
            continue
        code_number += 1
        first_line = "".join(lines(cell["source"])).strip().splitlines()
        first_line = first_line[1] if code_number == 1 and len(first_line) > 1 else (first_line[0] if first_line else "")
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                problems.append(f"code cell {code_number} ({first_line}): {output.get('ename')}: {output.get('evalue')}")
            text = json.dumps(output, ensure_ascii=False)
            if "\ufffd" in text:
                problems.append(f"code cell {code_number} ({first_line}): an output holds U+FFFD (a garbled character)")
    return problems


def normalize(executed, packages_folder):
    first = True
    for cell in executed["cells"]:
        cell["metadata"] = {k: v for k, v in cell.get("metadata", {}).items() if not k.startswith("dotnet_repl_")}
        if cell["cell_type"] != "code":
            continue
        source = lines(cell["source"])
        if first:
            if not source or source[0] != source_line(packages_folder):
                fail("the first code cell lost the #i line added for the run")
            source = source[1:]
            first = False
        cell["source"] = source
        cell["outputs"] = [o for o in cell.get("outputs", []) if not is_restore_display(o)]
    return executed


def is_restore_display(output):
    html = output.get("data", {}).get("text/html")
    return output.get("output_type") == "display_data" and html is not None and RESTORE_DISPLAY.search("".join(lines(html))) is not None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="where to write the executed notebook")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    arguments = parser.parse_args()

    work = tempfile.mkdtemp(prefix="diplomacygraph-notebook-")
    try:
        packages_folder = os.path.join(work, "packages")
        cache = os.path.join(work, "nuget-packages")
        cells_folder = os.path.join(work, "cwd")
        for folder in (packages_folder, cache, cells_folder):
            os.makedirs(folder)
        packed, version = pack(packages_folder)

        with open(NOTEBOOK, encoding="utf-8") as f:
            source = f.read()
        run_copy = os.path.join(work, "notebook.ipynb")
        with open(run_copy, "w", encoding="ascii") as f:
            f.write(prepare(source, packages_folder))

        executed_path = os.path.join(work, "executed.ipynb")
        result = subprocess.run(
            ["dotnet", "tool", "run", "dotnet-repl", "--", "--run", run_copy, "--exit-after-run", "--output-format", "ipynb", "--output-path", executed_path, "--working-dir", cells_folder],
            cwd=ROOT, env=child_environment(cache), capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=900)
        if not os.path.exists(executed_path):
            fail(f"dotnet-repl wrote no notebook (exit {result.returncode}); is the local tool restored (dotnet tool restore)?\n{result.stdout[-4000:]}{result.stderr[-4000:]}")
        with open(executed_path, encoding="utf-8") as f:
            executed = json.load(f)
        problems = errors_of(executed)
        if result.returncode != 0 and not problems:
            problems.append(f"dotnet-repl exited with {result.returncode}\n{result.stdout[-4000:]}{result.stderr[-4000:]}")
        if problems:
            fail("the notebook did not run cleanly:\n  " + "\n  ".join(problems))
        check_restored(cache, version, packed)

        text = json.dumps(normalize(executed, packages_folder), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        with open(arguments.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        cells = sum(1 for c in executed["cells"] if c["cell_type"] == "code")
        print(f"run-notebook: {cells} code cells ran against DiplomacyGraph {version} packed from this checkout; wrote {arguments.out}")
    finally:
        if arguments.keep:
            print(f"run-notebook: kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
