"""flowdsl-cni: a chained CNI plugin that deploys a flowdsl dissector into each pod.

The container runtime runs it after the main network plugin (bridge, ...), with the
pod's network namespace in CNI_NETNS (CNI specification 1.0.0; 0.3.0 to 0.4.0 too):

- ADD attaches the configuration's program to the namespace (one program shared by
  every pod of the node that runs the same object: runtime/shared.py) and prints the
  previous plugin's result, unchanged but for the version it is given in;
- CHECK verifies that the namespace runs the program the configuration builds;
- DEL detaches it; it succeeds when nothing is there (any more), or the namespace is
  gone;
- VERSION lists the versions of the specification it follows.

Configuration (a plugin object of the conflist; every key but ``type`` optional):

    {"type": "flowdsl-cni", "profile": "kernel", "spec": "/etc/flowdsl/shim.py",
     "stats": false, "pinRoot": "/sys/fs/bpf/flowdsl", "cacheDir": "/var/cache/flowdsl"}

The object comes from the node's compile cache (flowdsl/compile_cache.py): a warm ADD
imports no compiler and runs none. Errors are the specification's JSON object on stdout
(``code``, ``msg``, ``details`` saying what to do) with exit status 1; stdout carries
nothing else (anything printed meanwhile goes to stderr). Codes: the specification's
1 to 7 and 11, and flowdsl's own (CODES below, from 100).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from flowdsl.compile_cache import Entry, Inputs
    from flowdsl.runtime.deploy import Deployable, Deployer
    from flowdsl.runtime.netns import Netns

SUPPORTED_VERSIONS = ("0.3.0", "0.3.1", "0.4.0", "1.0.0")
PREFERRED_VERSION = "1.0.0"
DEFAULT_PIN_ROOT = "/sys/fs/bpf/flowdsl"
DEBUG_ENV = "FLOWDSL_CNI_DEBUG"  # set: an internal error's traceback goes to stderr

# Well-known codes of the specification ("Error codes 0-99 are reserved").
INCOMPATIBLE_VERSION = 1
UNSUPPORTED_FIELD = 2
CONTAINER_UNKNOWN = 3
INVALID_ENVIRONMENT = 4
IO_FAILURE = 5
DECODE_FAILURE = 6
INVALID_CONFIG = 7
TRY_AGAIN_LATER = 11
# flowdsl's own (100+: "can be freely used for plugin specific errors").
ATTACH_FAILED = 100
BPF_REFUSED = 101
VERIFIER_REJECTED = 102
CHECK_FAILED = 103
UNTRUSTED = 104
INTERNAL = 110

CODES = {
    INCOMPATIBLE_VERSION: "incompatible CNI version",
    UNSUPPORTED_FIELD: "unsupported field in network configuration",
    CONTAINER_UNKNOWN: "container unknown or does not exist",
    INVALID_ENVIRONMENT: "invalid necessary environment variables",
    IO_FAILURE: "I/O failure",
    DECODE_FAILURE: "failed to decode content",
    INVALID_CONFIG: "invalid network config",
    TRY_AGAIN_LATER: "try again later",
    ATTACH_FAILED: "flowdsl could not attach, detach or read the deployment",
    BPF_REFUSED: "the kernel refused a bpf(2) command",
    VERIFIER_REJECTED: "the verifier rejected the program",
    CHECK_FAILED: "the pod's namespace does not run the expected program",
    UNTRUSTED: "a path another user could write: flowdsl will not use it",
    INTERNAL: "internal error in flowdsl-cni",
}

NAME_RE = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_.\-]*$")  # container ids, network names
# Keys a configuration may hold that are not flowdsl's: the specification's and its
# conventions', and what runtimes add. Others are refused (a misspelt key of ours would
# otherwise silently give the default).
OUR_KEYS = {"profile": str, "spec": str, "stats": bool, "pinRoot": str, "cacheDir": str}
MISSPELT = {"pin_root": "pinRoot", "pinroot": "pinRoot", "cache_dir": "cacheDir",
            "cachedir": "cacheDir", "specPath": "spec", "spec_path": "spec"}


class CniError(Exception):
    def __init__(self, code: int, msg: str, details: str = "") -> None:
        super().__init__(msg)
        self.code = code
        self.msg = msg
        self.details = details


def fail(code: int, msg: str, details: str = "") -> NoReturn:
    raise CniError(code, msg, details)


@dataclass(frozen=True)
class Config:
    cni_version: str
    name: str
    profile: str
    spec: str | None
    stats: bool
    pin_root: str
    cache_dir: str
    prev_result: dict[str, Any] | None


@dataclass(frozen=True)
class Env:
    command: str
    container_id: str
    netns: str | None
    ifname: str


# -- versions and results -------------------------------------------------------------


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def convert_result(result: Mapping[str, Any], to_version: str) -> dict[str, Any]:
    """``result`` in ``to_version``'s format: the same content (the specification's
    "pass it through"); between 0.3.x/0.4.0 and 1.0.0 only the IPs' ``version`` field
    differs (1.0.0 dropped it; the older ones require it)."""
    source = result.get("cniVersion", to_version)
    if source not in SUPPORTED_VERSIONS:
        fail(INCOMPATIBLE_VERSION, f"prevResult has cniVersion {source!r}, which flowdsl-cni "
             "cannot convert", f"supported versions: {', '.join(SUPPORTED_VERSIONS)}")
    out = dict(result)
    out["cniVersion"] = to_version
    new, old = to_version == "1.0.0", source == "1.0.0"
    ips = result.get("ips")
    if new != old and isinstance(ips, list):
        converted = []
        for ip in ips:
            if not isinstance(ip, dict):
                fail(INVALID_CONFIG, "prevResult.ips holds an entry that is not an object")
            ip = dict(ip)
            if new:
                ip.pop("version", None)
            elif "version" not in ip:
                ip["version"] = "6" if ":" in str(ip.get("address", "")) else "4"
            converted.append(ip)
        out["ips"] = converted
    return out


# -- input -------------------------------------------------------------------------


def read_env(environ: Mapping[str, str]) -> Env:
    command = environ.get("CNI_COMMAND", "")
    if command not in ("ADD", "DEL", "CHECK", "VERSION"):
        fail(INVALID_ENVIRONMENT, f"CNI_COMMAND={command!r} is not ADD, DEL, CHECK or "
             "VERSION" if command else "CNI_COMMAND is not set",
             "the container runtime sets CNI_COMMAND; to try the plugin by hand, set it")
    if command == "VERSION":
        return Env(command, "", None, "")
    missing = [v for v in ("CNI_CONTAINERID", "CNI_IFNAME", "CNI_PATH")
               if not environ.get(v)]
    netns = environ.get("CNI_NETNS") or None
    if netns is None and command != "DEL":  # DEL: "when CNI_NETNS is not provided"
        missing.append("CNI_NETNS")
    if missing:
        fail(INVALID_ENVIRONMENT, f"{', '.join(missing)} not set",
             f"CNI {command} needs CNI_CONTAINERID, CNI_IFNAME, CNI_PATH"
             + (" and CNI_NETNS" if command != "DEL" else ""))
    container_id, ifname = environ["CNI_CONTAINERID"], environ["CNI_IFNAME"]
    if not NAME_RE.match(container_id):
        fail(INVALID_ENVIRONMENT, f"CNI_CONTAINERID={container_id!r} is not a container id",
             "it must start with a letter or digit, then letters, digits, _ . or -")
    if len(ifname) > 15 or ifname in (".", "..") or any(c in ifname for c in "/:") or \
            any(c.isspace() for c in ifname):
        fail(INVALID_ENVIRONMENT, f"CNI_IFNAME={ifname!r} is not an interface name",
             "at most 15 characters, not . or .., no /, : or whitespace")
    if netns is not None and not os.path.isabs(netns):
        fail(INVALID_ENVIRONMENT, f"CNI_NETNS={netns!r} is not an absolute path",
             "give /var/run/netns/NAME or /proc/PID/ns/net")
    return Env(command, container_id, netns, ifname)


def read_config(raw: bytes) -> Config:
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        fail(DECODE_FAILURE, f"the network configuration on stdin is not JSON ({error})",
             "the runtime passes the plugin's configuration as a JSON object on stdin")
    if not isinstance(data, dict):
        fail(DECODE_FAILURE, "the network configuration on stdin is not a JSON object",
             "give an object such as {\"cniVersion\": \"1.0.0\", \"name\": ..., \"type\": "
             "\"flowdsl-cni\"}")
    version = data.get("cniVersion")
    if not isinstance(version, str):
        fail(INVALID_CONFIG, "the configuration has no cniVersion",
             f"set cniVersion to one of {', '.join(SUPPORTED_VERSIONS)}")
    if version not in SUPPORTED_VERSIONS:
        fail(INCOMPATIBLE_VERSION, f"cniVersion {version!r} is not supported",
             f"flowdsl-cni supports {', '.join(SUPPORTED_VERSIONS)}")
    name = data.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        fail(INVALID_CONFIG, f"the configuration's name {name!r} is not a network name",
             "it must start with a letter or digit, then letters, digits, _ . or -")
    for wrong, right in MISSPELT.items():
        if wrong in data:
            fail(UNSUPPORTED_FIELD, f"unsupported field {wrong!r}: {json.dumps(data[wrong])}",
                 f"flowdsl-cni's key is {right!r} (CNI's camelCase)")
    for key, kind in OUR_KEYS.items():
        if key in data and data[key] is not None and not isinstance(data[key], kind):
            fail(INVALID_CONFIG, f"{key} must be a {'boolean' if kind is bool else 'string'}, "
                 f"not {json.dumps(data[key])}", "fix the plugin's entry in the conflist")
    for key in ("pinRoot", "cacheDir"):
        if data.get(key) and not os.path.isabs(data[key]):
            fail(INVALID_CONFIG, f"{key} {data[key]!r} is not an absolute path",
                 "the plugin runs from the container runtime's working directory: give "
                 "an absolute path")
    prev = data.get("prevResult")
    if prev is not None and not isinstance(prev, dict):
        fail(INVALID_CONFIG, "prevResult is not a JSON object",
             "the runtime passes the previous plugin's result as an object")
    return Config(version, name, data.get("profile") or "kernel", data.get("spec") or None,
                  bool(data.get("stats", False)), data.get("pinRoot") or DEFAULT_PIN_ROOT,
                  data.get("cacheDir") or _default_cache_dir(), prev)


def _default_cache_dir() -> str:
    from flowdsl.compile_cache import DEFAULT_CACHE_DIR

    return DEFAULT_CACHE_DIR


# -- the commands ------------------------------------------------------------------


def label(config: Config, env: Env) -> str:
    """What a deployment is recorded as: the attachment's primary key in the
    specification's terms (network name, container id, interface)."""
    return f"cni:{config.name}/{env.container_id}/{env.ifname}"


def _namespace(config: Config, env: Env) -> Netns:
    from dataclasses import replace

    from flowdsl.runtime.netns import resolve

    assert env.netns is not None
    if not os.path.exists(env.netns):
        fail(CONTAINER_UNKNOWN, f"the network namespace {env.netns} does not exist",
             "the container is gone, or CNI_NETNS names the wrong path")
    from flowdsl.errors import AttachError
    from flowdsl.runtime.netns import ROOT_NETNS_INODE

    try:
        ns = resolve(path=env.netns)
    except AttachError as error:
        fail(INVALID_ENVIRONMENT, f"CNI_NETNS={env.netns} is not a network namespace",
             str(error))
    if ns.inode == ROOT_NETNS_INODE:  # the Deployer refuses it too; never get near it
        fail(ATTACH_FAILED, f"CNI_NETNS={env.netns} is the host's root network namespace",
             "a flow dissector there replaces the built-in one in every namespace of the "
             "host; flowdsl-cni attaches to pods' namespaces only (hostNetwork pods do not "
             "run CNI plugins: check the runtime's CNI_NETNS)")
    return replace(ns, label=label(config, env))


def _inputs(config: Config) -> Inputs:
    """What the configuration builds, read and checked (no compiler, no cache yet)."""
    from flowdsl.compile_cache import resolve_inputs

    return resolve_inputs(config.profile, config.spec, config.stats)


def _deployable(config: Config, inputs: Inputs) -> tuple[Deployable, Entry]:
    """What the configuration deploys, from the node cache (built there first if it
    is not yet)."""
    from flowdsl.compile_cache import NodeCache
    from flowdsl.runtime.deploy import Deployable
    from flowdsl.runtime.elf import read_elf

    entry, _ = NodeCache(config.cache_dir).get_or_build(inputs)
    obj = read_elf(entry.elf, f"{config.cache_dir}/{inputs.key}.o")
    return Deployable(obj, entry.recipe, entry.stored_graph), entry


def _deployer(config: Config) -> Deployer:
    from flowdsl.runtime.deploy import Deployer
    from flowdsl.runtime.netns import ensure_on_host

    ensure_on_host()
    return Deployer(config.pin_root)


def cmd_add(config: Config, env: Env) -> dict[str, Any]:
    inputs = _inputs(config)
    ns = _namespace(config, env)
    deployable, _ = _deployable(config, inputs)
    _deployer(config).load(deployable, ns)
    if config.prev_result is None:
        return {"cniVersion": config.cni_version}
    return convert_result(config.prev_result, config.cni_version)


def cmd_check(config: Config, env: Env) -> None:
    from flowdsl.runtime.shared import program_digest

    if _version_tuple(config.cni_version) < (0, 4, 0):
        fail(INCOMPATIBLE_VERSION, f"CHECK is not part of cniVersion {config.cni_version}",
             "CHECK needs cniVersion 0.4.0 or later")
    if config.prev_result is None:
        fail(INVALID_CONFIG, "CHECK without prevResult",
             "the specification requires the runtime to pass the ADD's result")
    from flowdsl.errors import AttachError

    inputs = _inputs(config)
    ns = _namespace(config, env)
    deployable, entry = _deployable(config, inputs)

    try:
        running, program = _deployer(config).running(ns)
    except AttachError as error:
        fail(CHECK_FAILED, f"no flowdsl dissector in {env.netns}", f"{error}; run ADD again")
    expected = entry.recipe
    problems = []
    if running.recipe != expected:
        problems.append(f"it was built from {running.recipe.origin.kind} with profile "
                        f"{running.recipe.profile}, the configuration builds "
                        f"{expected.origin.kind} with profile {expected.profile}")
    if running.prog_tag != program.tag:
        problems.append(f"its link runs program tag {program.tag}, not the deployed "
                        f"{running.prog_tag}")
    if not deployable.obj.has_stats and running.program != program_digest(deployable.obj):
        problems.append(f"it runs program {running.program}, the configuration builds "
                        f"{program_digest(deployable.obj)}")
    if deployable.obj.has_stats != bool(running.stats):
        problems.append("its counters (stats) differ from the configuration's")
    if problems:
        fail(CHECK_FAILED, f"the flowdsl dissector in {env.netns} is not the configured one",
             "; ".join(problems) + "; run ADD again (or DEL and ADD)")


def cmd_del(config: Config, env: Env) -> None:
    from flowdsl.errors import AttachError
    from flowdsl.runtime import bpffs
    from flowdsl.runtime.netns import resolve

    deployer = _deployer(config)
    if bpffs.check_pin_root(config.pin_root) is None:
        return  # nothing was ever deployed under this pin root
    ns = None
    if env.netns is not None and os.path.exists(env.netns):
        try:
            ns = resolve(path=env.netns)
        except AttachError:
            ns = None  # not a namespace (any more): nothing to detach there
    if ns is not None:
        for outcome in deployer.unload_all([ns], missing_ok=True):
            if isinstance(outcome, Exception):
                raise outcome
    else:  # no inode leads to it: find the attachment's deployment by its label
        deployer.unload_labelled(label(config, env))


def cmd_version(raw: bytes) -> dict[str, Any]:
    version = PREFERRED_VERSION
    if raw.strip():
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            data = None
        if isinstance(data, dict) and data.get("cniVersion") in SUPPORTED_VERSIONS:
            version = data["cniVersion"]
    return {"cniVersion": version, "supportedVersions": list(SUPPORTED_VERSIONS)}


# -- the process -------------------------------------------------------------------


def _cni_error(error: BaseException) -> CniError:
    """A flowdsl error as the CNI error it is."""
    from flowdsl.compile_cache import CacheRefused, ConfigProblem, SpecChanged
    from flowdsl.errors import AttachError, BpfError, SpecError, VerifierError
    from flowdsl.runtime.lock import LockBusy

    text = str(error)
    if isinstance(error, CniError):
        return error
    if isinstance(error, LockBusy | SpecChanged):
        return CniError(TRY_AGAIN_LATER, "flowdsl is busy", text)
    if isinstance(error, CacheRefused):
        return CniError(UNTRUSTED, CODES[UNTRUSTED], text)
    if isinstance(error, ConfigProblem | SpecError):
        return CniError(INVALID_CONFIG, "the profile or spec cannot be used", text)
    if isinstance(error, VerifierError):
        return CniError(VERIFIER_REJECTED, CODES[VERIFIER_REJECTED], text)
    if isinstance(error, BpfError):
        return CniError(BPF_REFUSED, CODES[BPF_REFUSED], text)
    if isinstance(error, AttachError):
        return CniError(ATTACH_FAILED, CODES[ATTACH_FAILED], text)
    return CniError(INTERNAL, CODES[INTERNAL], f"{type(error).__name__}: {text}; please "
                    f"report it (set {DEBUG_ENV}=1 for the traceback on stderr)")


def run(environ: Mapping[str, str], stdin: IO[bytes]) -> tuple[int, dict[str, Any] | None]:
    """(exit status, the JSON to print, if any) of one invocation."""
    version = PREFERRED_VERSION
    try:
        env = read_env(environ)
        try:
            raw = stdin.read()
        except OSError as error:
            fail(IO_FAILURE, f"cannot read the configuration from stdin: {error.strerror}")
        if env.command == "VERSION":
            return 0, cmd_version(raw)
        config = read_config(raw)
        version = config.cni_version
        if env.command == "ADD":
            return 0, cmd_add(config, env)
        if env.command == "CHECK":
            cmd_check(config, env)
        else:
            cmd_del(config, env)
        return 0, None
    except Exception as error:  # every error is the specification's JSON, never a trace
        if os.environ.get(DEBUG_ENV) and not isinstance(error, CniError):
            import traceback

            traceback.print_exc(file=sys.stderr)
        cni = _cni_error(error)
        body = {"cniVersion": version, "code": cni.code, "msg": cni.msg}
        if cni.details:
            body["details"] = cni.details
        return 1, body


def main() -> int:
    """The executable: stdin, environment, stdout as the specification has them."""
    out = sys.stdout
    sys.stdout = sys.stderr  # whatever prints meanwhile must not corrupt the result
    status, body = run(os.environ, sys.stdin.buffer)
    if body is not None:
        out.write(json.dumps(body) + "\n")
    out.flush()
    if status:
        print(f"flowdsl-cni: error {body['code'] if body else ''}: "
              f"{body.get('msg') if body else ''}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
