"""The command line under random argument vectors (issue 14, "Done means"): whatever a
user types, and whatever files they name (random bytes, cut captures, random TOML and
Python specs, missing files, directories), flowdsl ends with a documented exit code,
says what is wrong on stderr when it fails, and never shows a traceback.

The CLI runs in process (``flowdsl.cli.main``), as tests/cli/test_cli.py runs it.
Deployment commands never reach a real namespace or pin, by construction: their
namespaces are only names that do not exist (checked before each run), ``--pin-root``
and $FLOWDSL_PIN_ROOT only this test's directories, and the options that reach other
namespaces (``--all-netns``, ``--allow-root-netns``, ``--force``, a random
``--netns-pid`` or ``--netns-path``) are removed from what is generated. Derandomized:
the same vectors in every run; FLOWDSL_FUZZ_EXPLORE=1 draws new ones (not on CI), and
FLOWDSL_FUZZ_EXAMPLES sets how many.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st

from flowdsl import errors
from flowdsl.cli import build_parser, main
from tests.cli.test_contract import FRAME, pcap
from tests.conftest import ON_CI

EXIT_CODES = {value for name, value in vars(errors).items() if name.startswith("EXIT_")}
EXAMPLES = int(os.environ.get("FLOWDSL_FUZZ_EXAMPLES", "400"))  # about 25 s
# The same vectors in every run (a shared suite fails only for a change, never by
# chance); FLOWDSL_FUZZ_EXPLORE=1 draws new ones, to hunt for bugs.
EXPLORE = os.environ.get("FLOWDSL_FUZZ_EXPLORE") == "1" and not ON_CI
PARSER = build_parser()
SUBPARSERS: dict[str, argparse.ArgumentParser] = next(
    action.choices for action in PARSER._actions
    if isinstance(action, argparse._SubParsersAction))
COMMANDS = sorted(SUBPARSERS)
DEPLOY = {"load", "unload", "status", "stats", "enable", "disable"}
# options that could reach a namespace or pins other than this test's: never generated
# for a deployment command (their safe forms are added by ``safe_deploy_options``)
UNSAFE = {"--all-netns", "--allow-root-netns", "--force", "--netns", "--netns-pid",
          "--netns-path", "--pin-root"}
MISSING_NETNS = ("flowdsl-fuzz-none-1", "flowdsl-fuzz-none-2")
ERROR_LINE = re.compile(r"^flowdsl( [a-z]+)?: (error|warning): ", re.MULTILINE)
FRAME_BYTES = bytes.fromhex(FRAME)

# -- files ---------------------------------------------------------------------------


def pcapng(frames: list[bytes]) -> bytes:
    """A little-endian pcapng: section header, one Ethernet interface, enhanced packets."""
    def block(kind: int, body: bytes) -> bytes:
        body += bytes(-len(body) % 4)
        return struct.pack("<II", kind, len(body) + 12) + body + struct.pack("<I",
                                                                             len(body) + 12)

    out = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))
    out += block(1, struct.pack("<HHI", 1, 0, 65535))
    for frame in frames:
        out += block(6, struct.pack("<IIIII", 0, 0, 0, len(frame), len(frame)) + frame)
    return out


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The cwd of every run, holding the files the vectors name, and the pin root."""
    root = tmp_path_factory.mktemp("fuzz")
    (root / "pins").mkdir()
    (root / "adir").mkdir()
    (root / "adir.py").mkdir()  # a directory with a spec's name
    (root / "empty.pcap").write_bytes(pcap([]))
    (root / "good.pcap").write_bytes(pcap([FRAME_BYTES, FRAME_BYTES[:20], bytes(14)]))
    (root / "good.pcapng").write_bytes(pcapng([FRAME_BYTES]))
    (root / "empty").write_bytes(b"")
    (root / "k.o").write_bytes(build_minimal())
    (root / "shim.py").write_text((Path(__file__).resolve().parents[2] / "examples"
                                   / "shim.py").read_text())
    saved_cwd, saved_env = os.getcwd(), os.environ.get("FLOWDSL_PIN_ROOT")
    os.chdir(root)
    os.environ["FLOWDSL_PIN_ROOT"] = str(root / "pins")
    try:
        yield root
    finally:
        os.chdir(saved_cwd)
        if saved_env is None:
            os.environ.pop("FLOWDSL_PIN_ROOT", None)
        else:
            os.environ["FLOWDSL_PIN_ROOT"] = saved_env


def build_minimal() -> bytes:
    from flowdsl.codegen.build import build
    from flowdsl.protocols import library_graph, with_profile

    return build(with_profile(library_graph(), "minimal")[0]).obj


FIXED_FILES = ["k.o", "good.pcap", "good.pcapng", "empty.pcap", "empty", "shim.py", "adir",
               "adir.py", "missing.o", "missing.py", "missing.pcap", "missing.toml",
               "nodir/x.o", "."]

# what argv can hold: no NUL; an undecodable byte arrives as a surrogate escape
texts = st.text(st.characters(blacklist_characters="\x00"), max_size=10)
ints = st.one_of(st.integers(-3, 20), st.integers(-2**70, 2**70))
binding_values = st.one_of(ints, st.floats(allow_nan=True), st.text(max_size=4),
                           st.sampled_from(["None", "True", "[]", "(1, 2)", "0x10000"]))


@st.composite
def spec_texts(draw: st.DrawFn) -> str:
    """Python spec files: a header and bindings with random fields and values, or
    statements a spec should not contain (an exception, an exit, wrong names)."""
    lines = ["from flowdsl.dsl import U8, U16, U32, U64, Bits, Bytes, Header, Protocol, bind",
             "from flowdsl.protocols import ethernet, ipv4, ipv6, tcp, udp"]
    fields = []
    for index in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["U8()", "U16()", "U32()", "U64()", "Bits({n})",
                                     "Bytes({n})", "Bytes(length=f0 * {n}, max={m})"]))
        fields.append(f"    f{index} = " + kind.format(n=draw(st.integers(-2, 40)),
                                                       m=draw(st.integers(-2, 300))))
    lines += ["class H(Header):", *(fields or ["    pass"])]
    select = draw(st.sampled_from(["", ", select=H.f0", ", select=H.nothing", ", select=3"]))
    extra = draw(st.sampled_from(["", ", encap=True", ", keys={'sport': H.f0}",
                                  ", keys={'bogus': 1}", ", on_unknown='maybe'",
                                  ", require=[H.f0 == 1]", ", transport=True"]))
    lines.append(f"h = Protocol(H{select}{extra})")
    parent = draw(st.sampled_from(["udp", "tcp", "ipv4", "ethernet", "h", "H", "3"]))
    child = draw(st.sampled_from(["ipv4", "ipv6", "h", "udp"]))
    field = draw(st.sampled_from(["dport", "f0", "protocol", "lenght"]))
    lines.append(f"bindings = [bind({parent}, h, {field}={draw(binding_values)!r}), "
                 f"bind(h, {child}, f0={draw(binding_values)!r})]")
    lines += draw(st.lists(st.sampled_from([
        "raise SystemExit(3)", "exit()", "import sys; sys.exit('bye')", "1 / 0",
        "import flowdsl_no_such_module", "bindings = 3", "graph = 'x'", "limits = 5",
        "def f(): return f()\nf()", "bindings = [1, 2]", "x = (", "\tindent",
        "class Q(Header):\n    a = U8()\n    a = U16()", "del bindings"]), max_size=2))
    if draw(st.booleans()):
        return "\n".join(lines) + "\n"
    return draw(st.text(max_size=120))


words = st.sampled_from(["profile", "protocols", "limits", "policies", "bindings", "enable",
                         "disable", "extends", "encap_depth", "repeats", "vlan_tags", "ipv4",
                         "udp -> vxlan", "stop", "kernel", "overlay", "gre", "vxlna"])
toml_values = st.recursive(
    st.one_of(ints.map(str), words.map(lambda w: f'"{w}"'), st.sampled_from(["true", "1.5"])),
    lambda inner: st.lists(inner, max_size=3).map(lambda v: "[" + ", ".join(v) + "]"),
    max_leaves=5)


@st.composite
def toml_texts(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return draw(st.text(max_size=120))
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        section = draw(st.sampled_from(["profile", "protocols", "limits", "limits.repeats",
                                        "policies", "bindings", "nonsense"]))
        lines.append(f"[{section}]")
        lines += [f'"{draw(words)}" = {draw(toml_values)}'
                  for _ in range(draw(st.integers(0, 3)))]
    return "\n".join(lines) + "\n"


@st.composite
def capture_bytes(draw: st.DrawFn) -> bytes:
    frames = draw(st.lists(st.one_of(st.just(FRAME_BYTES), st.binary(max_size=80)),
                           max_size=4))
    whole = draw(st.sampled_from([pcap, pcapng]))(frames)
    cut = draw(st.integers(0, len(whole)))
    return whole[:cut] if draw(st.booleans()) else whole


contents = st.one_of(st.binary(max_size=200), capture_bytes(),
                     toml_texts().map(str.encode), spec_texts().map(str.encode))
suffixes = st.sampled_from(["", ".py", ".toml", ".o", ".pcap", ".pcapng"])


@st.composite
def random_file(draw: st.DrawFn) -> str:
    """A new file in the cwd: random contents under a random kind of name."""
    name = f"f{draw(st.integers(0, 10**6))}{draw(suffixes)}"
    Path(name).write_bytes(draw(contents))
    return name


@st.composite
def hex_text(draw: st.DrawFn) -> str:
    data = draw(st.one_of(st.just(FRAME_BYTES), st.binary(max_size=60)))
    text = data.hex()
    if draw(st.booleans()):
        text = "0x" + text
    if text and draw(st.booleans()):
        at = draw(st.integers(0, len(text) - 1))
        text = text[:at] + draw(st.sampled_from(["g", " ", ":", "", "0"])) + text[at:]
    return text


values = st.one_of(
    ints.map(str), hex_text(), texts, st.sampled_from(["caf\udcff", "x\udcff.py"]),
    st.sampled_from(["kernel", "overlay", "minimal", "overlya", "PARSE_1ST_FRAG",
                     "STOP_AT_ENCAP,PARSE_1ST_FRAG", "0x8", "vlan", "all", "vlan,gre-key",
                     "headers", "14,34", "14+34", "0", "gre", "vxlan", "ethernet", "ipv4",
                     "-", "obj", "graph", "llvm", "asm"]),
    st.sampled_from(FIXED_FILES), random_file())


def option_strings(parser: argparse.ArgumentParser) -> list[str]:
    return sorted(s for action in parser._actions for s in action.option_strings)


def resolves_to(parser: argparse.ArgumentParser, token: str) -> set[str]:
    """The options a token may stand for, as argparse reads it: exact, or a unique
    prefix (argparse accepts abbreviations), with or without ``=value``."""
    if not token.startswith("-") or token == "-":
        return set()
    name = token.split("=", 1)[0]
    known = option_strings(parser)
    if name in known:
        return {name}
    if token.startswith("--"):
        return {option for option in known if option.startswith(name)}
    return {option for option in known if len(option) == 2 and token.startswith(option)}


@st.composite
def safe_deploy_options(draw: st.DrawFn, command: str) -> list[str]:
    """Namespaces that do not exist, pin roots that are this test's."""
    parser = SUBPARSERS[command]
    known = option_strings(parser)
    out: list[str] = []
    if "--pin-root" in known and draw(st.booleans()):
        out.append("--pin-root=" + draw(st.sampled_from(["pins", "adir", "k.o", "missing",
                                                         "pins/sub", ""])))
    way = draw(st.sampled_from(["none", "name", "names", "pid", "path", "name+pid"]))
    if "--netns-pid" in known and way in ("pid", "name+pid"):
        out.append("--netns-pid=" + draw(st.sampled_from(["0", "-1", "99999999", "x"])))
    if "--netns-path" in known and way == "path":
        out.append("--netns-path=" + draw(st.sampled_from(FIXED_FILES)))
    if way in ("name", "name+pid", "names"):
        out += ["--netns", *MISSING_NETNS[:2 if way == "names" else 1]]  # last: takes no more
    return out


def write_file(data: bytes, suffix: str) -> str:
    """A file in the cwd with these contents, named by them."""
    name = f"g{zlib.crc32(data):08x}{suffix}"  # not hash(): the same names in every run
    Path(name).write_bytes(data)
    return name


POSITIONAL = {"build": "spec", "test": "target", "bench": "target", "load": "target",
              "enable": "protocols", "disable": "protocols"}
specs = spec_texts().map(lambda text: write_file(text.encode(), ".py"))
profiles = toml_texts().map(lambda text: write_file(text.encode(), ".toml"))
targets = st.one_of(st.sampled_from(["k.o", "shim.py", "missing.o", "missing.py", "adir",
                                     "adir.py", "good.pcap", "empty"]), random_file(), specs)
protocols = st.sampled_from(["gre", "vxlan", "ethernet", "ipv4", "vxlna", "tcp"])


OPTION_VALUES = {
    "--profile": st.one_of(st.sampled_from(["kernel", "overlay", "minimal", "overlya"]),
                           profiles, random_file(), st.sampled_from(["missing.toml", "adir"])),
    "--flags": st.sampled_from(["PARSE_1ST_FRAG", "STOP_AT_ENCAP,PARSE_1ST_FRAG", "0x8",
                                "999", "7", "BOGUS", "", "1|2"]),
    "--packet": hex_text(),
    "--pcap": st.one_of(st.sampled_from(["good.pcap", "good.pcapng", "empty.pcap", "empty",
                                         "adir", "missing.pcap", "k.o"]),
                        capture_bytes().map(lambda data: write_file(data, ".pcap"))),
    "--emit": st.sampled_from(["obj", "graph", "llvm", "asm", "elf"]),
    "--output": st.sampled_from(["-", "out.o", "adir", "nodir/x.o", "k.o", ""]),
    "--accept": st.sampled_from(["vlan", "all", "vlan,gre-key", "unexplained", "vlna"]),
    "--split": st.sampled_from(["headers", "14,34", "14+34", "0", "99999", "x", "34,14"]),
    "--trials": st.sampled_from(["1", "2", "0", "-1", "x"]),
    "--repeat": st.sampled_from(["1", "2", "0", "-5", "many"]),
}


def takes_value(parser: argparse.ArgumentParser, option: str) -> bool:
    action = parser._option_string_actions[option]
    return action.nargs != 0


@st.composite
def argvs(draw: st.DrawFn) -> list[str]:
    head = draw(st.lists(st.sampled_from(["--verbose", "--version", "-h", "--bogus"]),
                         max_size=1)) if draw(st.integers(0, 9)) == 0 else []
    command = draw(st.sampled_from(COMMANDS)) if draw(st.integers(0, 19)) else draw(
        st.sampled_from(["bogus", ""]))
    if not command:
        return head
    parser = SUBPARSERS.get(command, PARSER)
    real = [o for o in option_strings(parser) if o not in ("-h", "--help")
            and (command not in DEPLOY or o not in UNSAFE)]
    body: list[str] = []
    if command == "bench":  # its defaults run for minutes: small counts first
        body += ["--trials", "1", "--repeat", "1", "--no-path"]
    if command in POSITIONAL and draw(st.integers(0, 3)):
        body.append(draw(protocols if POSITIONAL[command] == "protocols" else targets))
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 19))
        if kind == 0:
            body.append(draw(values))
        elif kind == 1:
            body.append("--" + draw(st.text("abcdefghijklmnopqrstuvwxyz-", max_size=12)))
        elif kind == 2:
            body.append("-h")
        elif real:
            option = draw(st.sampled_from(real))
            if not takes_value(parser, option):
                body.append(option if kind > 3 else f"{option}={draw(values)}")
                continue
            long = max(parser._option_string_actions[option].option_strings, key=len)
            value = draw(OPTION_VALUES.get(long, values) if kind > 5 else values)
            body += [f"{option}={value}"] if kind % 2 else [option, value]
    body = [sanitised(parser, command, token) for token in body]
    body = [token for token in body if token is not None]
    if command in DEPLOY:
        body += draw(safe_deploy_options(command))
    return [*head, command, *body]


def sanitised(parser: argparse.ArgumentParser, command: str, token: str) -> str | None:
    """The token, or what stands in for it: nothing outside the cwd is named (no
    absolute path, no ``..``), deployment commands get none of the UNSAFE options (not
    even abbreviated), bench counts stay small."""
    if ".." in token or "/" in token.split("=", 1)[-1][:1] or token.startswith("/"):
        token = token.replace("..", "_").replace("=/", "=_").lstrip("/") or "_"
    options = resolves_to(parser, token)
    if command in DEPLOY and options & UNSAFE:
        return None
    if command == "bench" and options & {"--trials", "--repeat"} and "=" in token:
        name, value = token.split("=", 1)
        if value.strip().lstrip("-").isdigit() and int(value) > 2:
            return f"{name}=2"
    if command == "bench" and token.strip().lstrip("-+").isdigit() and int(token) > 2:
        return "2"  # a count after --trials/--repeat, or a positional (an error either way)
    return token


# -- the property --------------------------------------------------------------------


def run(argv: list[str], stdout_errors: str = "surrogateescape") -> tuple[int, str, str]:
    """main(argv) in process: (exit code, stdout, stderr). An exception other than
    SystemExit with a number propagates: the test fails with it."""
    # as Python sets them up in the C.UTF-8 locale of this machine and CI (under another
    # UTF-8 locale stdout is strict: test_an_undecodable_file_name_is_printed)
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=stdout_errors)
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exiting:  # argparse (usage, --help, --version)
            if not isinstance(exiting.code, (int, type(None))):
                raise AssertionError(f"SystemExit({exiting.code!r}) escaped main") from None
            code = exiting.code or 0
    texts = []
    for stream in (out, err):
        stream.flush()
        assert isinstance(stream.buffer, io.BytesIO)
        texts.append(stream.buffer.getvalue().decode("utf-8", "replace"))
    return code, texts[0], texts[1]


def no_namespace_exists() -> None:
    for name in MISSING_NETNS:
        assert not Path("/run/netns", name).exists(), f"/run/netns/{name} exists: rename"


@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=not EXPLORE,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_random_command_lines_end_in_a_documented_exit(data: st.DataObject,
                                                       workdir: Path) -> None:
    argv = data.draw(argvs(), label="argv")
    no_namespace_exists()
    code, _, err = run(argv)
    note(f"flowdsl {' '.join(argv)} -> {code}\nstderr: {err}")
    event(f"exit {code}")
    event(f"{argv[0] if argv else ''} exit {code}")
    assert "Traceback" not in err
    assert code in EXIT_CODES, code
    if code != 0:
        assert ERROR_LINE.search(err) or "usage: " in err, err


def test_the_vectors_reach_every_command() -> None:
    """The parser's commands are the ones generated (a new command is fuzzed too), and
    no deployment option that reaches other namespaces is ever generated."""
    assert set(COMMANDS) >= DEPLOY and {"build", "test", "bench"} <= set(COMMANDS)
    for command in DEPLOY:
        parser = SUBPARSERS[command]
        for token in ("--all", "--all-netns=1", "--allow", "--fo", "--netns", "--netns-p",
                      "--pin"):
            if resolves_to(parser, token) & UNSAFE:
                assert sanitised(parser, command, token) is None, (command, token)


@pytest.mark.parametrize("line", ["raise SystemExit(3)", "import sys; sys.exit('bye')",
                                  "exit()"])
def test_a_spec_that_exits_is_a_spec_error(line: str, workdir: Path) -> None:
    """Found by the fuzzer: a spec's exit() ended flowdsl silently with its code."""
    Path("exits.py").write_text(line + "\n")
    code, _, err = run(["build", "exits.py", "--no-verify"])
    assert code == errors.EXIT_SPEC
    assert "exits.py:1: error[S003]: spec: SystemExit" in err


def test_an_undecodable_file_name_is_printed(workdir: Path) -> None:
    """`flowdsl test --pcap $'c\\xff.pcap'` with LANG=en_US.UTF-8 (reproduced with
    PYTHONIOENCODING=utf-8:strict): was a traceback; stdout now escapes such names."""
    Path("c\udcff.pcap").write_bytes(pcap([FRAME_BYTES]))
    code, out, _ = run(["test", "--reference-only", "--pcap", "c\udcff.pcap"],
                       stdout_errors="strict")
    assert code == 0 and "BPF_OK" in out


@pytest.mark.parametrize("argv", [["build", "--profile", "binary.toml", "--no-verify"],
                                  ["test", "--samples", "--profile", "binary.toml"]])
def test_a_profile_that_is_not_utf8_is_a_profile_error(argv: list[str],
                                                       workdir: Path) -> None:
    """Found by the fuzzer: a UnicodeDecodeError traceback from load_profile."""
    Path("binary.toml").write_bytes(b"\xa1\xb2\xc3\xd4\xff\xfe")
    code, _, err = run(argv)
    assert code == errors.EXIT_SPEC
    assert "binary.toml:0: error[P002]: profile: binary.toml is not a TOML file: byte 0 is " \
        "not UTF-8" in err
