"""Strict mypy over the installed package layout: `python -m tests.typecheck`.

The package maps top-level folders into one package (`dsl/` is `flowdsl.dsl`, see
`[tool.setuptools.package-dir]`). mypy cannot follow that mapping: checking `dsl/` finds
a module named `dsl`, and every `flowdsl.dsl` import made elsewhere becomes `Any`. A
stub path would have to be kept in step by hand, and an editable install's import hook
is invisible to mypy. So this builds, in a temporary directory, the tree the mapping
describes (symbolic links to the real files, read from pyproject.toml so it cannot go
stale) and runs `mypy --strict -p flowdsl` on it. Reported paths are mapped back to
the files in the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def package_dirs() -> dict[str, str]:
    """Dotted package name -> folder in the checkout, from pyproject.toml."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    mapping: dict[str, str] = setuptools.get("package-dir", {})
    return {package: mapping.get(package, package.replace(".", "/"))
            for package in setuptools["packages"]}


def build_tree(into: Path) -> dict[str, str]:
    """Link every mapped package's files under `into`; return tree prefix -> real prefix."""
    prefixes: dict[str, str] = {}
    for package, folder in sorted(package_dirs().items()):
        target = into / package.replace(".", "/")
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted((ROOT / folder).glob("*.py")):
            (target / source.name).symlink_to(source)
        prefixes[package.replace(".", "/") + "/"] = folder + "/"
    return prefixes


def to_checkout_path(line: str, prefixes: dict[str, str]) -> str:
    """`flowdsl/dsl/unroll.py:82: error` -> `dsl/unroll.py:82: error`."""
    for tree, real in sorted(prefixes.items(), key=lambda item: -len(item[0])):
        if line.startswith(tree):
            return real + line[len(tree):]
    return line


def run() -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="flowdsl-typecheck-") as tree:
        prefixes = build_tree(Path(tree))
        env = dict(os.environ, MYPYPATH=tree)
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
             "--cache-dir", str(ROOT / ".mypy_cache"), "-p", "flowdsl"],
            cwd=tree, env=env, capture_output=True, text=True)
    stdout = "\n".join(to_checkout_path(line, prefixes) for line in result.stdout.splitlines())
    return subprocess.CompletedProcess(result.args, result.returncode, stdout, result.stderr)


def main() -> int:
    result = run()
    print(result.stdout)
    print(result.stderr, end="", file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
