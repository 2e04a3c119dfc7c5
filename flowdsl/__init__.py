"""flowdsl: declare packet headers in Python, compile them to a Linux BPF flow dissector.

The public API in one place: writing specs (Header, fields, Protocol, bind), and using
them from Python (``build`` -> ``Dissector`` with ``run``, ``reference``,
``compare_builtin``, ``save``; ``load_object``; see ``help(flowdsl.api)``). The
subpackages hold the details:
``flowdsl.dsl`` (the language), ``flowdsl.codegen`` (IR and ELF), ``flowdsl.runtime``
(bpf(2): load, test-run), ``flowdsl.protocols`` (the built-in library).
"""

from typing import TYPE_CHECKING, Any

from flowdsl.api import Dissector, Result, Results, build, load_object
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
    from flowdsl.codegen.build import Build


def __getattr__(name: str) -> Any:
    """``Build`` (the code generator's result) loads LLVM (llvmlite) on first use, not on
    import: the deployment commands (status, unload, ...) never need it. ``build`` is the
    Python API's (flowdsl/api.py); the code generator's is ``flowdsl.codegen.build.build``."""
    if name == "Build":
        from flowdsl.codegen import build as module

        return module.Build
    raise AttributeError(f"module 'flowdsl' has no attribute {name!r}")


__all__ = [
    "U8", "U16", "U32", "U64", "AttachError", "Bits", "BpfError", "Build", "Bytes",
    "Dissector", "ElfError", "FlowKeys", "FlowdslError", "Fragment", "Header", "IPv4Address",
    "IPv6Address", "InputError", "InputFlags", "Limits", "MACAddress", "ParseGraph",
    "Protocol", "Result", "Results", "SpecError", "VerifierError", "apply_profile", "bind",
    "build", "build_graph", "check_graph", "dissect", "inputs", "load_object", "load_profile",
    "load_spec",
]
