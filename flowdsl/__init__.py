"""flowdsl: declare packet headers in Python, compile them to a Linux BPF flow dissector.

The public API in one place: writing specs (Header, fields, Protocol, bind), and using
them from Python (``build`` -> ``Dissector`` with ``run``, ``reference``,
``compare_builtin``, ``save``; ``load_object``; see ``help(flowdsl.api)``). The
subpackages hold the details:
``flowdsl.dsl`` (the language), ``flowdsl.codegen`` (IR and ELF), ``flowdsl.runtime``
(bpf(2): load, test-run), ``flowdsl.protocols`` (the built-in library).
"""

import importlib
from typing import TYPE_CHECKING, Any

from flowdsl.errors import (
    AttachError,
    BpfError,
    ElfError,
    FlowdslError,
    InputError,
    SpecError,
    VerifierError,
)

if TYPE_CHECKING:
    from flowdsl.api import Dissector, Result, Results, build, load_object
    from flowdsl.codegen.build import Build
    from flowdsl.dsl import (
        U8,
        U16,
        U32,
        U64,
        Bits,
        Bytes,
        FlowKeys,
        Fragment,
        Header,
        InputFlags,
        IPv4Address,
        IPv6Address,
        Limits,
        MACAddress,
        ParseGraph,
        Protocol,
        bind,
        build_graph,
        inputs,
    )
    from flowdsl.dsl.check import check_graph
    from flowdsl.dsl.profile import apply_profile, load_profile
    from flowdsl.dsl.reference import dissect
    from flowdsl.dsl.spec import load_spec

# Where each public name lives. They are imported on first use, not with the package:
# every command line and the CNI plugin import ``flowdsl`` first, and most need neither
# the API (pipeline, captures, the test runner) nor LLVM (``Build``, llvmlite); the
# package's imports were ~46 ms of a CNI ADD (benchmarks/results-2026-12-03-cni.md).
# ``build`` is the Python API's (flowdsl/api.py); the code generator's is
# ``flowdsl.codegen.build.build``.
_LAZY = {
    **dict.fromkeys(["Dissector", "Result", "Results", "build", "load_object"],
                    "flowdsl.api"),
    "Build": "flowdsl.codegen.build",
    **dict.fromkeys(["U8", "U16", "U32", "U64", "Bits", "Bytes", "FlowKeys", "Fragment",
                     "Header", "InputFlags", "IPv4Address", "IPv6Address", "Limits",
                     "MACAddress", "ParseGraph", "Protocol", "bind", "build_graph",
                     "inputs"], "flowdsl.dsl"),
    "check_graph": "flowdsl.dsl.check",
    "apply_profile": "flowdsl.dsl.profile",
    "load_profile": "flowdsl.dsl.profile",
    "dissect": "flowdsl.dsl.reference",
    "load_spec": "flowdsl.dsl.spec",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'flowdsl' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next use finds it without this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "U8", "U16", "U32", "U64", "AttachError", "Bits", "BpfError", "Build", "Bytes",
    "Dissector", "ElfError", "FlowKeys", "FlowdslError", "Fragment", "Header", "IPv4Address",
    "IPv6Address", "InputError", "InputFlags", "Limits", "MACAddress", "ParseGraph",
    "Protocol", "Result", "Results", "SpecError", "VerifierError", "apply_profile", "bind",
    "build", "build_graph", "check_graph", "dissect", "inputs", "load_object", "load_profile",
    "load_spec",
]
