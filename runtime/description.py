"""A deployment's description: what runs in a namespace and how to build it again.

It is pinned with each deployment (runtime/deploy.py, in the ``meta`` map) as JSON, so
that ``status`` can show it and ``enable``/``disable`` can rebuild the program. It is
data: nothing in it is ever run, and everything read back is checked for type, because
the map may have been written by an older flowdsl or by someone else.

Two halves with two writers:
- ``Recipe``: how the program was built (source, profile, switched protocols); written
  by whoever builds it (flowdsl/deployments.py).
- ``Description``: the recipe plus what the runtime records when it attaches (program
  tag, namespace, time, counters, the shared program's digest).

The JSON keeps the flat layout of META_VERSION 1 so that deployments made before these
types existed read back the same.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from flowdsl.errors import AttachError

META_VERSION = 1
SourceKind = Literal["library", "spec", "object"]


@dataclass(frozen=True)
class Origin:
    """What the program was built from."""

    kind: SourceKind
    path: str | None = None  # spec or object file, absolute, as given at load
    sha256: str | None = None  # the spec file when it was loaded
    graph_sha256: str | None = None  # the stored spec graph (runtime/shared.py SpecStore)
    extends_library: bool | None = None  # a spec that adds to the library

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True)
class Recipe:
    """How to build the program again."""

    origin: Origin
    protocols: tuple[str, ...] | None  # None: an object without an embedded graph
    profile: str | None = None
    profile_text: str | None = None  # the profile as loaded (its file may change)
    profile_source: str | None = None
    enable: tuple[str, ...] = ()  # protocols switched on by `flowdsl enable`
    disable: tuple[str, ...] = ()
    flowdsl_version: str | None = None

    @property
    def rebuildable(self) -> bool:
        return self.origin.kind != "object"


@dataclass(frozen=True)
class Description:
    """A recipe and the deployment made from it."""

    recipe: Recipe
    prog_tag: str = ""
    netns: str = ""
    loaded_at: float = 0.0
    stats: tuple[str, ...] | None = None  # counter slots of a program built with --stats
    program: str | None = None  # the shared program's digest (runtime/shared.py)
    version: int = META_VERSION
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys a newer flowdsl wrote

    @property
    def spec_key(self) -> str | None:
        """The digest of the stored spec graph it was built from."""
        return self.recipe.origin.graph_sha256

    def same_deployment(self, other: Description) -> bool:
        """Equal but for the time of loading: a load that would change nothing."""
        return replace(self, loaded_at=0.0) == replace(other, loaded_at=0.0)

    def to_json(self) -> bytes:
        r = self.recipe
        data: dict[str, Any] = {
            **self.extra, "source": r.origin.to_dict(), "profile": r.profile,
            "protocols": list(r.protocols) if r.protocols is not None else None,
            "flowdsl": self.version, "prog_tag": self.prog_tag, "netns": self.netns,
            "loaded_at": self.loaded_at,
            "stats": list(self.stats) if self.stats is not None else None,
            "program": self.program}
        if r.rebuildable:
            data |= {"flowdsl_version": r.flowdsl_version, "profile_text": r.profile_text,
                     "profile_source": r.profile_source,
                     "overrides": {"enable": list(r.enable), "disable": list(r.disable)}}
        return json.dumps(data, sort_keys=True).encode()

    @classmethod
    def from_json(cls, raw: bytes, where: str) -> Description:
        """Read back a pinned description; an unreadable one is an AttachError naming
        ``where``."""
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise TypeError("not a JSON object")
            return cls._from_dict(data)
        except (ValueError, TypeError) as error:
            raise AttachError(f"the description of {where} cannot be read ({error}); "
                              "`flowdsl unload` it and load again") from None

    @classmethod
    def _from_dict(cls, data: dict[str, Any]) -> Description:
        source = _mapping(data.get("source"), "source")
        kind = source.get("kind", "object")
        if kind not in ("library", "spec", "object"):
            raise ValueError(f"unknown source kind {kind!r}")
        origin = Origin(kind, _optional(source, "path", str), _optional(source, "sha256", str),
                        _optional(source, "graph_sha256", str),
                        _optional(source, "extends_library", bool))
        overrides = _mapping(data.get("overrides"), "overrides")
        recipe = Recipe(
            origin, _names(data.get("protocols"), "protocols"),
            _optional(data, "profile", str), _optional(data, "profile_text", str),
            _optional(data, "profile_source", str),
            _names(overrides.get("enable", []), "enable") or (),
            _names(overrides.get("disable", []), "disable") or (),
            _optional(data, "flowdsl_version", str))
        known = {"source", "overrides", "protocols", "profile", "profile_text",
                 "profile_source", "flowdsl_version", "flowdsl", "prog_tag", "netns",
                 "loaded_at", "stats", "program"}
        loaded_at = data.get("loaded_at", 0.0)
        if not isinstance(loaded_at, int | float) or isinstance(loaded_at, bool):
            raise ValueError("'loaded_at' is not a number")
        version = data.get("flowdsl", META_VERSION)
        if not isinstance(version, int):
            raise ValueError("'flowdsl' is not a version number")
        return cls(recipe, _optional(data, "prog_tag", str) or "",
                   _optional(data, "netns", str) or "", float(loaded_at),
                   _names(data.get("stats"), "stats"), _optional(data, "program", str),
                   version, {k: v for k, v in data.items() if k not in known})


def _mapping(value: object, name: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError(f"{name!r} is not an object")
    return value


def _optional(data: Mapping[str, Any], key: str, kind: type[Any]) -> Any:
    value = data.get(key)
    if value is not None and not isinstance(value, kind):
        raise ValueError(f"{key!r} is not a {kind.__name__}")
    return value


def _names(value: object, name: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{name!r} is not a list of names")
    return tuple(value)
