"""The flowdsl language: headers, fields, expressions, protocols, bindings, graphs."""

from flowdsl.dsl import inputs
from flowdsl.dsl.bind import Binding, Fragment, Protocol, bind
from flowdsl.dsl.fields import (
    U8,
    U16,
    U32,
    U64,
    Bits,
    Bytes,
    Field,
    IPv4Address,
    IPv6Address,
    MACAddress,
)
from flowdsl.dsl.graph import Limits, ParseGraph, build_graph
from flowdsl.dsl.header import Header
from flowdsl.dsl.keys import FlowKeys, InputFlags

__all__ = [
    "U8", "U16", "U32", "U64", "Binding", "Bits", "Bytes", "Field", "FlowKeys", "Fragment",
    "Header", "IPv4Address", "IPv6Address", "InputFlags", "Limits", "MACAddress",
    "ParseGraph", "Protocol", "bind", "build_graph", "inputs",
]
