"""Installing flowdsl-cni on a node, and removing it: what the DaemonSet's container
runs (deploy/kubernetes/), from the image onto the host's paths.

    python -m flowdsl.cni_install install --host /host [--plugin '{"profile": "kernel"}']
                                          [--warm] [--watch SECONDS]
    python -m flowdsl.cni_install uninstall --host /host

install: copies this Python (with flowdsl) to <host>/opt/flowdsl/python, writes the
plugin executable <host>/opt/cni/bin/flowdsl-cni (the agent's static client, with a
two-line shell script running the Python plugin as its fallback; or that script alone),
builds the configured object into the node cache (``--warm``: the first pod's ADD is
then warm too), and appends ``{"type": "flowdsl-cni", ...}`` to the chain of the node's
network configuration: the conflist the runtime uses, the first in
<host>/etc/cni/net.d by name. ``--watch`` repeats the conflist step every SECONDS (the
main network plugin's agent may rewrite its conflist), idempotently; ``--agent`` serves
the pods' invocations meanwhile (flowdsl/cni_agent.py).

uninstall: takes the entry out of the chain (new pods get no dissector), removes the
executable, detaches the dissectors of the pods that have one (``flowdsl unload``) and
removes the copied Python and the cache.

Every file is written to a temporary name and renamed: the runtime never reads half a
conflist or runs half a script.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

PLUGIN_TYPE = "flowdsl-cni"
PYTHON_DIR = "opt/flowdsl/python"  # under the host root; the same path in the image
BIN_DIR = "opt/cni/bin"
CONF_DIR = "etc/cni/net.d"
CACHE_DIR = "var/cache/flowdsl"
FALLBACK = "opt/flowdsl/bin/flowdsl-cni-python"  # as cni-client.c's FALLBACK
CLIENT = Path("/opt/flowdsl/bin/flowdsl-cni-client")  # in the image (Containerfile)


class InstallError(Exception):
    pass


# -- the conflist (pure) -----------------------------------------------------------


def add_to_chain(conflist: dict[str, Any], plugin: dict[str, Any]) -> dict[str, Any]:
    """``conflist`` with flowdsl-cni's entry ``plugin`` at the end of its chain, or in
    the place of one already there (so adding twice changes nothing)."""
    plugins = conflist.get("plugins")
    if not isinstance(plugins, list) or not plugins:
        raise InstallError("the network configuration has no \"plugins\" list: not a "
                           "conflist")
    entry = {"type": PLUGIN_TYPE} | {k: v for k, v in plugin.items() if k != "type"}
    kept = [p for p in plugins if not _ours(p)]
    at = next((i for i, p in enumerate(plugins) if _ours(p)), None)
    if at is None:
        return conflist | {"plugins": [*kept, entry]}
    ours_before = sum(1 for p in plugins[:at] if not _ours(p))
    return conflist | {"plugins": [*kept[:ours_before], entry, *kept[ours_before:]]}


def remove_from_chain(conflist: dict[str, Any]) -> dict[str, Any]:
    plugins = conflist.get("plugins")
    if not isinstance(plugins, list):
        return conflist
    return conflist | {"plugins": [p for p in plugins if not _ours(p)]}


def _ours(plugin: object) -> bool:
    return isinstance(plugin, dict) and plugin.get("type") == PLUGIN_TYPE


def active_conflist(conf_dir: Path) -> Path | None:
    """The file the runtime uses: the first network configuration by name (containerd,
    CRI-O and libcni sort *.conf, *.conflist, *.json and take the first)."""
    if not conf_dir.is_dir():
        return None
    files = sorted(p for p in conf_dir.iterdir()
                   if p.suffix in (".conf", ".conflist", ".json") and p.is_file())
    return files[0] if files else None


def edit_conflist(path: Path, plugin: dict[str, Any] | None) -> bool:
    """Add (``plugin``) or remove (None) our entry in ``path``; whether it changed."""
    try:
        text = path.read_text()
        conflist = json.loads(text)
    except (OSError, ValueError) as error:
        raise InstallError(f"cannot read {path}: {error}") from None
    if not isinstance(conflist, dict):
        raise InstallError(f"{path} is not a JSON object")
    if "plugins" not in conflist:
        if plugin is None:
            return False
        raise InstallError(f"{path} holds one plugin (type {conflist.get('type')!r}), not a "
                           "chain: rewrite it as a .conflist ({\"cniVersion\", \"name\", "
                           "\"plugins\": [...]}) so flowdsl-cni can follow it")
    changed = add_to_chain(conflist, plugin) if plugin is not None \
        else remove_from_chain(conflist)
    if changed == conflist:
        return False
    write_atomic(path, (json.dumps(changed, indent=2) + "\n").encode(),
                 mode=os.stat(path).st_mode & 0o777)
    return True


def write_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, mode)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.rename(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# -- the host's files ----------------------------------------------------------------


def wrapper(python_dir: str) -> bytes:
    """The plugin executable in /opt/cni/bin: the copied Python running flowdsl.cni
    (-I: no user site, no PYTHON* variables, no current directory on the path)."""
    return (f"#!/bin/sh\n# flowdsl-cni, installed by the flowdsl DaemonSet (python -m "
            f"flowdsl.cni_install uninstall removes it)\nLD_LIBRARY_PATH=/{python_dir}/lib "
            f"exec /{python_dir}/bin/python3 -I -m flowdsl.cni \"$@\"\n").encode()


def copy_python(source: Path, target: Path) -> None:
    """This Python's prefix (interpreter, standard library, site-packages with flowdsl)
    copied to ``target``, replacing what is there in one rename. Times are kept: the
    cache keys on them (flowdsl/compile_cache.py), so a cache warmed in the image's copy
    is warm for the host's."""
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging, symlinks=True)
    old = target.with_name(target.name + ".old")
    if target.exists():
        shutil.rmtree(old, ignore_errors=True)
        os.rename(target, old)
    os.rename(staging, target)
    shutil.rmtree(old, ignore_errors=True)


def install(host: Path, plugin: dict[str, Any], python_prefix: Path | None,
            warm: bool = False, client: Path | None = None) -> list[str]:
    """One install pass; what it did. With ``client`` (the static client of the agent,
    deploy/kubernetes/cni-client.c), that is the plugin executable and the Python plugin
    its fallback; without, the Python plugin is the executable."""
    done = []
    if python_prefix is not None and python_prefix.resolve() != (host / PYTHON_DIR).resolve():
        copy_python(python_prefix, host / PYTHON_DIR)
        done.append(f"copied {python_prefix} to {host / PYTHON_DIR}")
    (host / BIN_DIR).mkdir(parents=True, exist_ok=True)
    if client is not None:
        (host / FALLBACK).parent.mkdir(parents=True, exist_ok=True)
        write_atomic(host / FALLBACK, wrapper(PYTHON_DIR), mode=0o755)
        write_atomic(host / BIN_DIR / PLUGIN_TYPE, client.read_bytes(), mode=0o755)
        done.append(f"wrote {host / BIN_DIR / PLUGIN_TYPE} (the agent's client; without "
                    f"an agent it runs {host / FALLBACK})")
    else:
        write_atomic(host / BIN_DIR / PLUGIN_TYPE, wrapper(PYTHON_DIR), mode=0o755)
        done.append(f"wrote {host / BIN_DIR / PLUGIN_TYPE}")
    if warm:
        done.append(warm_cache(plugin))
    done.extend(ensure_chained(host, plugin))
    return done


def ensure_chained(host: Path, plugin: dict[str, Any]) -> list[str]:
    conflist = active_conflist(host / CONF_DIR)
    if conflist is None:
        return [f"no network configuration in {host / CONF_DIR} yet (the main network "
                "plugin writes it); will look again"]
    if edit_conflist(conflist, plugin):
        return [f"added flowdsl-cni to the chain of {conflist}"]
    return []


def warm_cache(plugin: dict[str, Any]) -> str:
    """Build the configured object into the node cache now (as an ADD would)."""
    from flowdsl.compile_cache import DEFAULT_CACHE_DIR, NodeCache, resolve_inputs
    from flowdsl.errors import FlowdslError

    try:
        inputs = resolve_inputs(plugin.get("profile") or "kernel",
                                plugin.get("spec") or None, bool(plugin.get("stats", False)))
        cache = NodeCache(plugin.get("cacheDir") or DEFAULT_CACHE_DIR)
        _, fresh = cache.get_or_build(inputs)
    except FlowdslError as error:  # the first pod's ADD builds it, or reports why not
        return f"the cache is not warmed: {error}"
    return f"{'built' if fresh else 'found'} {inputs.key} in {cache.path}"


def uninstall(host: Path, pin_root: str | None) -> list[str]:
    done = []
    for path in sorted((host / CONF_DIR).glob("*")) if (host / CONF_DIR).is_dir() else []:
        if path.is_file() and path.suffix in (".conf", ".conflist", ".json") and \
                edit_conflist(path, None):
            done.append(f"removed flowdsl-cni from the chain of {path}")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(host / BIN_DIR / PLUGIN_TYPE)
        done.append(f"removed {host / BIN_DIR / PLUGIN_TYPE}")
    root = ["--pin-root", pin_root] if pin_root else []
    for argv in (["unload", "--all-netns", "--missing-ok", *root], ["unload", "--prune", *root]):
        proc = subprocess.run([sys.executable, "-m", "flowdsl", *argv], capture_output=True,
                              text=True)
        done.append(f"flowdsl {' '.join(argv)}: exit {proc.returncode}")
    for directory in (host / CACHE_DIR, host / PYTHON_DIR, (host / FALLBACK).parent):
        if directory.exists():
            shutil.rmtree(directory, ignore_errors=True)
            done.append(f"removed {directory}")
    return done


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flowdsl.cni_install")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("install")
    add.add_argument("--host", type=Path, default=Path("/host"))
    add.add_argument("--plugin", default="{}", help="flowdsl-cni's entry, as JSON")
    add.add_argument("--python-prefix", type=Path, default=Path(sys.prefix))
    add.add_argument("--warm", action="store_true")
    add.add_argument("--watch", type=float, default=0.0, metavar="SECONDS")
    add.add_argument("--client", type=Path, default=CLIENT if CLIENT.exists() else None,
                     help="the agent's static client, installed as the plugin executable")
    add.add_argument("--agent", action="store_true",
                     help="then serve pods' invocations (python -m flowdsl.cni_agent)")
    rm = sub.add_parser("uninstall")
    rm.add_argument("--host", type=Path, default=Path("/host"))
    rm.add_argument("--pin-root", default=None)
    args = parser.parse_args(argv)
    from flowdsl.errors import FlowdslError

    try:
        if args.command == "uninstall":
            for line in uninstall(args.host, args.pin_root):
                print(line, flush=True)
            return 0
        plugin = json.loads(args.plugin)
        if not isinstance(plugin, dict):
            raise InstallError("--plugin must be a JSON object")
        for line in install(args.host, plugin, args.python_prefix, args.warm, args.client):
            print(line, flush=True)
        if args.agent:
            import threading

            from flowdsl.cni_agent import default_socket, make_server

            server = make_server(default_socket())
            threading.Thread(target=server.serve_forever, name="agent", daemon=True).start()
            print(f"serving pods' invocations on {default_socket()}", flush=True)
            while args.watch <= 0:
                time.sleep(3600)
        while args.watch > 0:
            time.sleep(args.watch)
            for line in ensure_chained(args.host, plugin):
                print(line, flush=True)
    except (InstallError, ValueError, OSError, FlowdslError) as error:
        print(f"flowdsl-cni install: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
