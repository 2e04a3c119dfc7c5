"""What a flowdsl object file is: the contract between the code generator and the runtime.

The code generator writes objects to this description and the runtime reads them by it;
neither imports the other (codegen -> dsl <- runtime). Sources: include/uapi/linux/bpf.h
(enum bpf_ret_code, struct __sk_buff) for the kernel's half, this module for flowdsl's.

An object holds:
- ``PROGRAM_SECTION``: the program; ``LICENSE_SECTION``: its license string.
- with ``--stats``: loads of the ``STATS_MAP`` symbol (R_BPF_64_64 relocations), a
  PERCPU_ARRAY of u64 whose slots are ``stats_slots`` of the graph.
- ``GRAPH_SECTION``: the ParseGraph as JSON (``ParseGraph.to_dict``), not loaded; the
  runtime reads the part of it described by ``EmbeddedGraph``. Its locations name files
  portably (``protocols/ip.py``, a spec relative to its directory: codegen/debuginfo.py),
  so the object is the same from any directory.
- ``.BTF`` and ``.BTF.ext``: the function's type and, per instruction, the spec file,
  line and line text (func_info, line_info); the loader passes them to the kernel when
  it takes them (runtime/btf.py). No DWARF.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# enum bpf_ret_code: what a flow dissector program returns
BPF_OK = 0
BPF_DROP = 2
BPF_FLOW_DISSECTOR_CONTINUE = 129  # Linux 6.1+: let the built-in dissector do it
VERDICTS = {"stop": BPF_OK, "drop": BPF_DROP, "kernel": BPF_FLOW_DISSECTOR_CONTINUE}
VERDICT_NAMES = {BPF_OK: "BPF_OK", BPF_DROP: "BPF_DROP",
                 BPF_FLOW_DISSECTOR_CONTINUE: "BPF_FLOW_DISSECTOR_CONTINUE"}

# struct __sk_buff offsets a flow dissector may read (the verifier refuses the others)
SKB_DATA = 76  # u32
SKB_DATA_END = 80  # u32
SKB_FLOW_KEYS = 144  # u64: pointer to struct bpf_flow_keys (offsets in dsl/keys.py)

PROGRAM_SECTION = "flow_dissector"
LICENSE_SECTION = "license"
GRAPH_SECTION = ".flowdsl.graph"

# Counters (`flowdsl build --stats`): one u64 slot per protocol in graph order (each
# visit of its header), then one per verdict returned, in this order.
STATS_MAP = "flowdsl_stats"
STATS_MAP_SECTION = "flowdsl_maps"
STATS_VERDICTS = (BPF_OK, BPF_DROP, BPF_FLOW_DISSECTOR_CONTINUE)


def stats_slots(node_names: list[str]) -> list[str]:
    """The counters' slot names, in slot order."""
    return [*node_names, *(VERDICT_NAMES[v] for v in STATS_VERDICTS)]


class GraphSchemaError(ValueError):
    """The embedded graph is not what flowdsl writes (a corrupted or foreign object)."""


@dataclass(frozen=True)
class EmbeddedGraph:
    """The graph section of an object, checked for what the runtime relies on.

    ``data`` is the whole ``ParseGraph.to_dict()``; the runtime reads only the entry,
    the profile, the node names and policies (for the counters and the kernel features
    the program needs). Parsing it back into a ParseGraph is the dsl's business.
    """

    data: Mapping[str, Any]
    entry: str
    profile: str
    node_names: tuple[str, ...]
    uses_continue: bool  # some path returns BPF_FLOW_DISSECTOR_CONTINUE

    @classmethod
    def parse(cls, raw: bytes) -> EmbeddedGraph:
        try:
            data = json.loads(raw.decode())
        except (UnicodeDecodeError, ValueError):
            raise GraphSchemaError("not valid JSON") from None
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: object) -> EmbeddedGraph:
        if not isinstance(data, dict):
            raise GraphSchemaError("not a JSON object")
        nodes, limits = data.get("nodes"), data.get("limits")
        if not isinstance(nodes, list) or not isinstance(limits, dict):
            raise GraphSchemaError("no 'nodes' list or 'limits' object")
        names, policies = [], [limits.get("on_limit")]
        for node in nodes:
            if not isinstance(node, dict) or not isinstance(node.get("name"), str):
                raise GraphSchemaError("a node without a name")
            names.append(node["name"])
            policies.append(node.get("on_unknown"))
        if any(policy not in VERDICTS for policy in policies):
            raise GraphSchemaError("a policy other than " + ", ".join(VERDICTS))
        entry, profile = data.get("entry"), data.get("profile") or ""
        if not isinstance(entry, str) or not isinstance(profile, str):
            raise GraphSchemaError("'entry' or 'profile' is not a string")
        return cls(data, entry, profile, tuple(names), "kernel" in policies)

    @property
    def protocols(self) -> list[str]:
        """The protocols it parses (every node but the entry)."""
        return [name for name in self.node_names if name != self.entry]

    @property
    def stats_slots(self) -> list[str]:
        return stats_slots(list(self.node_names))
