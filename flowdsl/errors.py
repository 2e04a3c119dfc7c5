"""The one exception hierarchy of flowdsl.

Every error a user can cause is a FlowdslError whose message says what went wrong,
where, and what to do. The CLI prints ``str(error)`` and exits with ``error.exit_code``;
a Python traceback never reaches a user for a spec, profile, ELF or packet error.
"""

from __future__ import annotations

import errno as errno_codes
import os
from dataclasses import dataclass

# Documented exit codes of the CLI (README "Exit codes").
EXIT_OK = 0
EXIT_FAILURE = 1  # a check failed (e.g. a kernel/reference mismatch in `flowdsl test`)
EXIT_USAGE = 2  # bad command line (argparse's own code)
EXIT_SPEC = 3  # spec or profile error
EXIT_ELF = 4  # unreadable or foreign object file
EXIT_BPF = 5  # the kernel refused a bpf(2) command
EXIT_VERIFIER = 6  # the verifier rejected the program
EXIT_ATTACH = 7  # namespace / attach / pin problem
EXIT_INPUT = 8  # unreadable packet input (hex, pcap)
EXIT_OUTPUT = 9  # an output file cannot be written (build -o)
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it
EXIT_BROKEN_PIPE = 141  # the output's reader went away (128 + SIGPIPE)


class FlowdslError(Exception):
    """Base of every error flowdsl raises on purpose."""

    exit_code = EXIT_FAILURE


@dataclass(frozen=True)
class Source:
    """A place in the user's files: where a header, field, binding or profile key was
    written. The one representation of a location: the DSL records it, the graph carries
    it (as ``[file, line]`` in JSON), problems and diagnoses print it."""

    file: str = "<unknown>"
    line: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"

    def to_dict(self) -> list[str | int]:
        return [self.file, self.line]

    @classmethod
    def from_dict(cls, data: list[str | int] | tuple[str | int, ...]) -> Source:
        file, line = data
        return cls(str(file), int(line))


UNKNOWN_SOURCE = Source()


@dataclass(frozen=True)
class Problem:
    """One problem in a spec or profile, with the user's location."""

    code: str
    path: str  # the DSL path, e.g. "IPv4.ihl" or "bind(udp -> shim)"
    message: str  # what is wrong
    hint: str  # what to do
    source: Source = UNKNOWN_SOURCE

    def __str__(self) -> str:
        return f"{self.source}: error[{self.code}]: {self.path}: {self.message}; {self.hint}"


class SpecError(FlowdslError, ValueError):
    """A header spec, graph or profile is wrong. Carries every problem found at once."""

    exit_code = EXIT_SPEC

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class ElfError(FlowdslError):
    """An object file is not a flowdsl/BPF flow dissector we can load."""

    exit_code = EXIT_ELF


class UsageError(FlowdslError, ValueError):
    """Options that cannot go together (argparse reports the rest itself)."""

    exit_code = EXIT_USAGE


class InputError(FlowdslError, ValueError):
    """A packet given on the command line or in a capture file cannot be used."""

    exit_code = EXIT_INPUT


class OutputError(FlowdslError):
    """A file the user asked flowdsl to write cannot be written (no such directory, no
    permission, a full disk): neither a usage mistake nor bad input."""

    exit_code = EXIT_OUTPUT


_ERRNO_HINTS = {
    errno_codes.EPERM: "run as root, or grant CAP_BPF and CAP_NET_ADMIN (both are needed)",
    errno_codes.EACCES: "run as root, or grant CAP_BPF and CAP_NET_ADMIN (both are needed)",
    errno_codes.EEXIST: "another flow dissector is attached here or to the root namespace; "
    "see `flowdsl status`",
    errno_codes.E2BIG: "a flow dissector link already exists in this namespace; "
    "replace it instead of adding a second one",
    errno_codes.ENOENT: "the object does not exist (was it unpinned or its namespace deleted?)",
    errno_codes.EINVAL: "the kernel rejected the arguments; the kernel may be too old for this "
    "feature (flow dissector links need Linux 5.7, BPF_FLOW_DISSECTOR_CONTINUE 6.1)",
    errno_codes.ENOSYS: "this kernel was built without bpf(2) support",
}


class BpfError(FlowdslError, OSError):
    """The kernel refused a bpf(2) command; errno is kept and a hint added."""

    exit_code = EXIT_BPF

    def __init__(self, errno: int, command: str, detail: str = "",
                 hint: str | None = None) -> None:
        hint = _ERRNO_HINTS.get(errno, "") if hint is None else hint
        text = f"bpf({command}) failed: {os.strerror(errno)} (errno {errno})"
        if detail:
            text += f": {detail}"
        if hint:
            text += f"; {hint}"
        OSError.__init__(self, errno, text)
        self.command = command
        self.hint = hint

    def __str__(self) -> str:
        return str(self.args[1])


class VerifierError(BpfError):
    """The verifier rejected the program. The full log is kept; the summary is shown,
    and, when the program has line info, the spec line (``location``, ``file:line``) and
    its text where the verifier stopped."""

    exit_code = EXIT_VERIFIER

    def __init__(self, errno: int, log: str, summary: str, location: str | None = None,
                 source_text: str = "") -> None:
        self.log = log
        self.summary = summary
        self.location = location
        self.source_text = source_text
        self.protocol: str | None = None  # the protocol to look at, once one is found
        where = ""
        if location:
            where = f" at {location}" + (f", in `{source_text}`" if source_text else "")
        # EACCES/EINVAL here mean "unsafe program", not "no permission": no errno hint.
        super().__init__(errno, "PROG_LOAD",
                         f"the verifier rejected the program{where}: {summary}", hint="")
        self.args = (errno, f"{self.args[1]}\n(the whole verifier log: flowdsl --verbose ...)")


class AttachError(FlowdslError):
    """A namespace, attach or pin problem."""

    exit_code = EXIT_ATTACH
