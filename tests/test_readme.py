"""Every example of README.md, extracted from the file at test time and run as written.

The README is parsed here (indented code blocks and fenced blocks); nothing of it is
copied into this file, so an example that changes is tested as it now reads, and a new
one is tested or fails `test_every_command_is_run_or_listed_as_not_run`.

- Shell lines (indented blocks, untagged/```sh/```console fences): each command of a line
  (split with shlex; `a && b` is two commands, each must succeed; the trailing
  `# comment` is dropped) is run as written: `flowdsl ...`, `flowdsl-cni ...`,
  `python -m flowdsl ...` and `ip netns add NAME`. It must exit 0, unless its comment
  says `exit N` / `exits N`, and print no traceback. The commands of one README section
  run in order in one environment: a temporary working directory holding a copy of
  examples/ and what the README assumes there (a capture it names, generated with
  scapy; a `.toml` it names, written from the README's own ```toml block before the
  command; a spec `.py` it names, written from the README's spec example; an object,
  built by the README command that makes it), a private bpffs as `FLOWDSL_PIN_ROOT`, and
  a private mount namespace with its own tmpfs on /run/netns (every command enters it
  with nsenter), so that `--all-netns` sees only this test's namespaces and never
  another user's. The one change to "as written": a namespace name (the values of
  `--netns`, and the NAME of `ip netns add NAME`) is mapped to a unique one,
  `fdreadme-<random>-NAME`, created fresh for the test (the README's `red`, `green` are
  created before the section runs; `blue` by the README's own `ip netns add`). No
  command targets the root namespace: one with `--allow-root-netns`, `--netns-pid`,
  `--netns-path` or `--force` is not run (it would have to be in NOT_RUN), and before an
  `--all-netns` the test checks that the private /run/netns holds only its own names.
  Afterwards the section's deployments are unloaded, its namespaces deleted, and the
  mount namespace ends, its bpffs and tmpfs with it.
- Commands that cannot run here are in NOT_RUN, each with its reason; a README command
  that is neither run nor listed fails, and so does a stale NOT_RUN entry.
- ```python blocks of one section run in order in one session (the README continues
  one block in the next) in a temporary directory. One the prose says "is `PATH`" must
  equal that file (but its docstring); where the prose after a block says it "prints"
  and a block follows, the output must match it (`...` in the README matches anything).
- ```toml blocks are parsed and applied as profiles; ```json blocks (the CNI plugin's
  conflist entry) go through the CNI plugin's configuration parser.

Kernel parts need root: without it they skip, and on CI (CI=true) fail (tests/conftest.py).
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import MAC_DST, MAC_SRC, kernel_unavailable

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"

# Commands of the README that this test does not run, as written (shlex-joined), and why.
NOT_RUN: dict[str, str] = {
    "pip install .": "installs into the test's own environment (it is installed already)",
    "pip install -e '.[test]'": "installs into the test's own environment",
    "pytest": "the whole suite, from inside the suite",
    "pytest --update-goldens": "rewrites the golden files of the checkout",
    "ruff check .": "tests/test_lint.py runs it",
    "python -m tests.typecheck": "tests/test_lint.py runs it",
    "python -m tests.soak --packets 1000000": "about an hour",
    "python benchmarks/run.py": "benchmarks every shipped profile, about 25 s on this "
                                "machine kind; `flowdsl bench` of its section runs the same "
                                "measurement for one profile",
    "podman build -f deploy/kubernetes/Containerfile -t ghcr.io/flowdsl/flowdsl-cni:0.1.0 .":
        "builds a container image: no podman, no registry here",
    "kubectl apply -f deploy/kubernetes/daemonset.yaml": "needs a Kubernetes cluster "
                                                         "(tests/cni/test_install.py checks "
                                                         "the manifests offline)",
}

SHELL_LANGS = {"", "indented", "sh", "shell", "bash", "console"}
# First words that make a line of a shell block a command (the rest are output/diagrams).
COMMAND_WORDS = {"flowdsl", "flowdsl-cni", "python", "python3", "pip", "pytest", "ruff",
                 "ip", "kubectl", "podman", "docker", "mount", "umount", "sudo", "bpftool",
                 "tcpdump", "helm", "make", "git", "cat", "echo", "export", "cd"}
TRACEBACK = "Traceback (most recent call last)"
TIMEOUT = 120


# -- extraction ------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    lang: str  # the fence's info word, "indented" for an indented block
    text: str
    line: int  # README line of the block's first content line
    section: str  # the heading it is under
    lead: str  # the prose between the previous block or heading and this one


@dataclass
class Command:
    argv: list[str]
    env: dict[str, str]
    stdin: str | None
    stdout: str | None
    comment: str
    line: int
    section: str
    unsupported: str = ""  # shell syntax this test does not run (then it must be listed)

    @property
    def key(self) -> str:
        return " ".join(self.argv) if self.unsupported else shlex.join(self.argv)

    @property
    def expected_code(self) -> int:
        match = re.search(r"\bexits? (?:status |code |with )?(\d+)\b", self.comment)
        return int(match.group(1)) if match else 0

    def where(self) -> str:
        return f"README.md:{self.line}: {self.key}"


def parse_blocks(text: str) -> list[Block]:
    lines = text.splitlines()
    blocks: list[Block] = []
    section, prose = "(top)", []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            info = line[3:].strip().split()
            start, i = i + 1, i + 1
            while i < len(lines) and not lines[i].startswith("```"):
                i += 1
            blocks.append(Block(info[0] if info else "", "\n".join(lines[start:i]) + "\n",
                                start + 1, section, "\n".join(prose)))
            prose, i = [], i + 1
            continue
        if line.startswith("#") and re.match(r"#+ ", line):
            section, prose = line.lstrip("#").strip(), []
        elif line.startswith("    ") and (i == 0 or not lines[i - 1].strip()):
            start = i
            while i < len(lines) and (lines[i].startswith("    ") or not lines[i].strip()):
                i += 1
            while not lines[i - 1].strip():  # trailing blank lines are not the block's
                i -= 1
            body = "\n".join(raw[4:] for raw in lines[start:i]) + "\n"
            blocks.append(Block("indented", body, start + 1, section, "\n".join(prose)))
            prose = []
            continue
        else:
            prose.append(line)
        i += 1
    return blocks


def _is_command_line(line: str) -> bool:
    words = line.split()
    while words and re.fullmatch(r"[A-Z_][A-Z0-9_]*=\S*", words[0]):
        words = words[1:]
    return bool(words) and words[0] in COMMAND_WORDS


def shell_lines(block: Block) -> list[tuple[int, str]] | None:
    """The command lines of a shell block with their README line, or None for a block of
    output or a diagram (no line starts with a command). A block that mixes commands
    and other lines is an error: this test could not tell what to run."""
    found, other = [], []
    for n, raw in enumerate(block.text.splitlines()):
        line = raw.strip()
        if block.lang == "console":
            if line.startswith("$ "):
                found.append((block.line + n, line[2:]))
            continue
        if not line or line.startswith("#"):
            continue
        (found if _is_command_line(line) else other).append((block.line + n, line))
    if found and other:
        raise AssertionError(f"README.md:{block.line}: a block mixes commands and other "
                             f"lines ({other[0][1]!r}): fence the output apart")
    return found or None


def parse_commands(lineno: int, line: str, section: str) -> list[Command]:
    comment = ""
    match = re.search(r"(?:^|\s)#\s?(.*)$", line)
    if match:
        comment = match.group(1)
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    tokens = list(lexer)  # the comment is dropped by shlex
    commands: list[Command] = []
    current: list[str] = []

    def finish() -> None:
        env: dict[str, str] = {}
        argv = list(current)
        while argv and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", argv[0]):
            name, value = argv.pop(0).split("=", 1)
            env[name] = value
        stdin = stdout = None
        words: list[str] = []
        it = iter(argv)
        for word in it:
            if word == "<":
                stdin = next(it, "")
            elif word == ">":
                stdout = next(it, "")
            else:
                words.append(word)
        commands.append(Command(words, env, stdin, stdout, comment, lineno, section))
        current.clear()

    if any(set(t) <= set("|&;()<>") and t not in ("&&", "<", ">") for t in tokens):
        bad = next(t for t in tokens if set(t) <= set("|&;()<>") and t not in ("&&", "<", ">"))
        return [Command(tokens, {}, None, None, comment, lineno, section,
                        f"shell syntax {bad!r}")]
    for token in tokens:
        if token == "&&":
            finish()
        else:
            current.append(token)
    if current:
        finish()
    return commands


BLOCKS = parse_blocks(README.read_text(encoding="utf-8"))


def readme_commands() -> list[Command]:
    commands: list[Command] = []
    for block in BLOCKS:
        if block.lang not in SHELL_LANGS:
            continue
        for lineno, line in shell_lines(block) or []:
            commands.extend(parse_commands(lineno, line, block.section))
    return commands


COMMANDS = readme_commands()


# Options that could reach a namespace this test did not make (the root one, a process's):
# a command with one is never run here; it would have to be listed in NOT_RUN.
FOREIGN_NETNS = ("--allow-root-netns", "--netns-pid", "--netns-path", "--force")


def runnable(command: Command) -> bool:
    argv = command.argv
    if command.unsupported or any(w.split("=")[0] in FOREIGN_NETNS for w in argv):
        return False
    return (argv[:1] in (["flowdsl"], ["flowdsl-cni"]) or argv[:3] == ["python", "-m", "flowdsl"]
            or (argv[:3] == ["ip", "netns", "add"] and len(argv) == 4))


# -- the environment a section runs in -------------------------------------------------


def _frames() -> list[object]:
    from scapy.layers.inet import ICMP, IP, TCP, UDP
    from scapy.layers.inet6 import IPv6
    from scapy.layers.l2 import ARP, Ether

    eth = Ether(src=MAC_SRC, dst=MAC_DST)
    return [eth / IP(src="10.0.0.1", dst="10.0.0.2") / TCP(sport=40000, dport=443),
            eth / IP(src="10.0.0.1", dst="10.0.0.2") / UDP(sport=40001, dport=53) / b"q",
            eth / IPv6(src="2001:db8::1", dst="2001:db8::2") / TCP(sport=40002, dport=80),
            eth / IPv6(src="2001:db8::1", dst="2001:db8::2", fl=0x12345)
            / UDP(sport=40003, dport=4789),
            eth / IP(src="10.0.0.3", dst="10.0.0.4", flags="MF", frag=0)
            / UDP(sport=40004, dport=5000) / (b"x" * 32),
            eth / IP(src="10.0.0.5", dst="10.0.0.6") / ICMP(),
            Ether(src=MAC_SRC, dst="ff:ff:ff:ff:ff:ff") / ARP(psrc="10.0.0.1",
                                                             pdst="10.0.0.2")]


def _tunnelled() -> list[object]:
    """What the README's shim (examples/shim.py: UDP port 7777, 8 bytes, an ethertype)
    carries: IPv4 flows."""
    from scapy.layers.inet import IP, TCP, UDP
    from scapy.layers.l2 import Ether

    shim = bytes([1, 0, 0x08, 0x00, 0, 0, 0, 42])
    return [Ether(src=MAC_SRC, dst=MAC_DST) / IP(src="192.0.2.1", dst="192.0.2.2")
            / UDP(sport=50000 + n, dport=7777) / shim
            / IP(src="10.1.0.1", dst=f"10.1.0.{2 + n}") / TCP(sport=1000 + n, dport=80)
            for n in range(3)]


def write_capture(path: Path) -> None:
    """The captures the README names (none is in the repo)."""
    from scapy.utils import PcapNgWriter, wrpcap

    frames = {"capture.pcap": _frames, "capture.pcapng": _frames,
              "tunnelled.pcap": _tunnelled}.get(path.name)
    assert frames is not None, f"the README names a capture {path.name} this test does not " \
                               "know: add what it holds to write_capture"
    if path.suffix == ".pcapng":
        writer = PcapNgWriter(str(path))
        for frame in frames():
            writer.write(frame)
        writer.close()
    else:
        wrpcap(str(path), frames())


def spec_example() -> str:
    """The README's spec example: its first ```python block that defines bindings or a
    graph (what `my_protocols.py` stands for)."""
    for block in BLOCKS:
        if block.lang == "python" and re.search(r"^(bindings|graph)\s*=", block.text, re.M):
            return block.text
    raise AssertionError("the README names a spec file but shows no spec")


def toml_before(line: int) -> str:
    before = [b for b in BLOCKS if b.lang == "toml" and b.line < line]
    assert before, f"README.md:{line}: names a .toml profile but no ```toml block precedes it"
    return before[-1].text


@dataclass
class Sandbox:
    """A working directory, a private mount namespace (held by a process that waits on
    its stdin) with its own /run/netns and a fresh bpffs, and the namespace name map."""

    cwd: Path
    mountpoint: Path
    holder: subprocess.Popen[bytes]
    names: dict[str, str] = field(default_factory=dict)
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:8])

    @property
    def pin_root(self) -> Path:
        return self.mountpoint / "flowdsl"

    def mapped(self, name: str) -> str:
        return self.names.setdefault(name, f"fdreadme-{self.tag}-{name}")

    def run(self, argv: list[str], env: dict[str, str] | None = None,
            stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        # the console scripts of this interpreter's environment, activated or not
        path = os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])
        full_env = os.environ | {"FLOWDSL_PIN_ROOT": str(self.pin_root), "PATH": path} \
            | (env or {})
        return subprocess.run(["nsenter", f"--target={self.holder.pid}", "--mount",
                               "--wd", "--", *argv], env=full_env,
                              input=stdin, capture_output=True, timeout=TIMEOUT)


@contextlib.contextmanager
def sandbox() -> Iterator[Sandbox]:
    if os.geteuid() != 0:
        kernel_unavailable("needs root: a bpffs, namespaces and a private mount namespace")
    with tempfile.TemporaryDirectory(prefix="flowdsl-readme-") as tmp:
        cwd = Path(tmp) / "work"
        shutil.copytree(ROOT / "examples", cwd / "examples")
        mountpoint = Path(tmp) / "bpffs"
        mountpoint.mkdir(mode=0o700)
        os.makedirs("/run/netns", exist_ok=True)  # the mount point of the private tmpfs
        # nsenter --wd: the holder's working directory, as the new namespace sees it (a
        # directory opened before entering would be on the old namespace's mounts)
        script = (f"cd {shlex.quote(str(cwd))} && "
                  "mount -t tmpfs -o mode=0755 flowdsl-readme /run/netns && "
                  f"mount -t bpf bpf {shlex.quote(str(mountpoint))} && echo ready && "
                  "exec cat >/dev/null")
        holder = subprocess.Popen(["unshare", "--mount", "--propagation", "private",
                                   "sh", "-c", script], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE)
        assert holder.stdout is not None
        ready = holder.stdout.readline()
        box = Sandbox(cwd, mountpoint, holder)
        try:
            assert ready == b"ready\n", "could not make a private mount namespace"
            yield box
        finally:
            if ready:
                box.run(["flowdsl", "unload", "--all-netns", "--missing-ok"])
                for name in box.names.values():
                    box.run(["ip", "netns", "delete", name])
            assert holder.stdin is not None
            holder.stdin.close()  # the mount namespace, its bpffs and tmpfs go with it
            holder.wait(timeout=30)


def prepare(box: Sandbox, command: Command, index: int) -> None:
    """What the README assumes in the working directory for ``command``."""
    argv = command.argv
    for n, word in enumerate(argv):
        if n and argv[n - 1] == "-o":
            continue
        path = box.cwd / word
        if path.exists():
            continue
        if "/" in word and not word.startswith("/") and (ROOT / word).is_file():
            path.parent.mkdir(parents=True, exist_ok=True)  # run from the checkout's root
            shutil.copy(ROOT / word, path)
        elif word.endswith((".pcap", ".pcapng")):
            write_capture(path)
        elif word.endswith(".toml"):
            path.write_text(toml_before(command.line))
        elif word.endswith(".py") and argv[:1] == ["flowdsl"]:
            path.write_text(spec_example())
        elif word.endswith(".o") and argv[:1] == ["flowdsl"]:
            maker = next((c for c in COMMANDS[:index] if produces(c, word)), None)
            assert maker is not None, f"{command.where()}: no README command before it " \
                                      f"makes {word}"
            prepare(box, maker, COMMANDS.index(maker))
            result = box.run(maker.argv)
            assert result.returncode == 0, f"making {word} with {maker.where()}: " \
                                           f"{result.stderr.decode()}"


def produces(command: Command, name: str) -> bool:
    argv = command.argv
    if argv[:2] != ["flowdsl", "build"] or "--emit" in argv:
        return False
    out = argv[argv.index("-o") + 1] if "-o" in argv else "flowdsl.o"
    return out == name


def as_run(box: Sandbox, command: Command) -> list[str]:
    """The command with its namespace names mapped (the one change to "as written")."""
    argv = list(command.argv)
    if argv[:3] == ["ip", "netns", "add"]:
        return [*argv[:3], box.mapped(argv[3])]
    taking = False
    for n, word in enumerate(argv):
        if word == "--netns":
            taking = True
        elif word.startswith("-"):
            taking = False
        elif taking:
            argv[n] = box.mapped(word)
    return argv


def netns_values(command: Command) -> list[str]:
    values, taking = [], False
    for word in command.argv:
        if word == "--netns":
            taking = True
        elif word.startswith("-"):
            taking = False
        elif taking:
            values.append(word)
    return values


SECTIONS = sorted({c.section for c in COMMANDS if runnable(c)},
                  key=lambda s: min(c.line for c in COMMANDS if c.section == s))


# -- tests ------------------------------------------------------------------------------


def test_the_extraction_itself() -> None:
    """The parser finds indented and fenced blocks under their headings, splits `&&`,
    reads `# exit N`, tells output from commands, and refuses what it cannot run."""
    text = ("# T\n\n## One\n\nText:\n\n    flowdsl build && flowdsl test x.o  # exits 3\n"
            "    kubectl get pods | head\n\n```console\n$ flowdsl status\nno deployment\n"
            "```\n\nprints\n\n```\n   why: BPF_OK\n```\n\n### Two\n\n```toml\n[profile]\n```\n")
    blocks = parse_blocks(text)
    assert [(b.lang, b.section, b.line) for b in blocks] == [
        ("indented", "One", 7), ("console", "One", 11), ("", "One", 18), ("toml", "Two", 24)]
    lines = shell_lines(blocks[0])
    assert lines is not None and shell_lines(blocks[2]) is None
    assert shell_lines(blocks[1]) == [(11, "flowdsl status")]
    first = parse_commands(*lines[0], "One")
    assert [c.argv for c in first] == [["flowdsl", "build"], ["flowdsl", "test", "x.o"]]
    assert [c.expected_code for c in first] == [3, 3]
    (piped,) = parse_commands(*lines[1], "One")
    assert piped.unsupported and not runnable(piped)
    assert not runnable(parse_commands(1, "flowdsl load --netns-pid 1", "One")[0])
    assert output_matches("a 12 ms\nb", "a ... ms\nb") and not output_matches("a\nb", "a\nc")


def test_readme_has_examples() -> None:
    assert sum(runnable(c) for c in COMMANDS) >= 20
    assert any(b.lang == "python" for b in BLOCKS)
    assert any(b.lang == "toml" for b in BLOCKS)


def test_every_command_is_run_or_listed_as_not_run() -> None:
    neither = [f"{c.where()}" + (f" ({c.unsupported})" if c.unsupported else "")
               for c in COMMANDS if not runnable(c) and c.key not in NOT_RUN]
    assert not neither, "README commands this test neither runs nor lists in NOT_RUN " \
                        "(with the reason):\n" + "\n".join(neither)
    keys = {c.key for c in COMMANDS}
    stale = [key for key in NOT_RUN if key not in keys]
    assert not stale, f"NOT_RUN lists commands the README no longer has: {stale}"
    overlap = [c.where() for c in COMMANDS if runnable(c) and c.key in NOT_RUN]
    assert not overlap, f"run and listed as not run: {overlap}"


@pytest.mark.parametrize("section", SECTIONS)
def test_section_commands(section: str) -> None:
    """The section's commands in README order, in one sandbox; every failure is listed."""
    commands = [(i, c) for i, c in enumerate(COMMANDS) if c.section == section and runnable(c)]
    failures: list[str] = []
    started = time.monotonic()
    with sandbox() as box:
        created_by_readme = {c.argv[3] for _, c in commands if c.argv[:3] == ["ip", "netns", "add"]}
        for _, command in commands:  # the namespaces the README assumes exist
            for name in netns_values(command):
                if name not in created_by_readme and name not in box.names:
                    result = box.run(["ip", "netns", "add", box.mapped(name)])
                    assert result.returncode == 0, result.stderr.decode()
        for index, command in commands:
            prepare(box, command, index)
            if "--all-netns" in command.argv:  # acts on every name in /run/netns: ours only
                listed = box.run(["ls", "/run/netns"]).stdout.decode().split()
                assert set(listed) <= set(box.names.values()), \
                    f"{command.where()}: /run/netns holds {listed}, not only this test's"
            stdin = (box.cwd / command.stdin).read_bytes() if command.stdin else None
            argv = as_run(box, command)
            if argv[:1] == ["python"]:
                argv[0] = sys.executable
            result = box.run(argv, command.env, stdin)
            out, err = result.stdout.decode(errors="replace"), result.stderr.decode(
                errors="replace")
            if command.stdout:
                (box.cwd / command.stdout).write_bytes(result.stdout)
            problems = []
            if result.returncode != command.expected_code:
                problems.append(f"exit {result.returncode}, the README says "
                                f"{command.expected_code}")
            if TRACEBACK in out or TRACEBACK in err:
                problems.append("a traceback")
            if problems:
                failures.append(f"{command.where()}: {', '.join(problems)}\n"
                                f"  ran: {shlex.join(argv)}\n  stdout: {out[-1500:]}\n"
                                f"  stderr: {err[-1500:]}")
    elapsed = time.monotonic() - started
    assert not failures, f"{len(failures)} of {len(commands)} commands of section " \
                         f"{section!r} failed ({elapsed:.1f} s):\n" + "\n".join(failures)


# -- python, toml and json blocks ------------------------------------------------------


PYTHON_BLOCKS = [b for b in BLOCKS if b.lang == "python"]


def expected_output(block: Block) -> Block | None:
    """The block the README says ``block`` prints: the next one, when the prose between
    them says "prints" and it holds no commands."""
    after = [b for b in BLOCKS if b.line > block.line]
    if not after or not re.search(r"\bprints?\b", after[0].lead, re.I):
        return None
    nxt = after[0]
    if nxt.lang not in SHELL_LANGS | {"text", "pycon", "python-repl"}:
        return None
    if nxt.lang in SHELL_LANGS and shell_lines(nxt):
        return None
    return nxt


def output_matches(got: str, want: str) -> bool:
    """Line by line, ignoring trailing spaces; `...` in the README matches any text."""
    pattern = "\n".join(".*?".join(re.escape(part) for part in line.rstrip().split("..."))
                        for line in want.strip("\n").splitlines())
    got = "\n".join(line.rstrip() for line in got.strip("\n").splitlines())
    return re.fullmatch(pattern, got, re.S) is not None


def without_docstring(source: str) -> str:
    """The file as the README shows it: its module docstring left out."""
    body = ast.parse(source).body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        source = "\n".join(source.splitlines()[body[0].end_lineno or 0:]).lstrip("\n") + "\n"
    return source


@pytest.mark.parametrize("section", sorted({b.section for b in PYTHON_BLOCKS},
                                            key=lambda s: min(b.line for b in PYTHON_BLOCKS
                                                              if b.section == s)))
def test_python_blocks(section: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The section's python blocks in order in one session (as the README continues one
    block in the next), each printing what the README shows after it."""
    from flowdsl.errors import BpfError

    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    session: dict[str, object] = {"__name__": "__readme__"}
    for block in (b for b in PYTHON_BLOCKS if b.section == section):
        named = re.search(r"this is `([^`]+\.py)`", block.lead)
        if named:
            assert block.text == without_docstring((ROOT / named.group(1)).read_text()), \
                f"README.md:{block.line}: the block is not {named.group(1)}"
        for name in set(re.findall(r"[\w./-]+\.pcap(?:ng)?\b", block.text)):
            if not (tmp_path / name).exists():
                write_capture(tmp_path / name)
        if re.search(r"\bmy_protocols\.py\b", block.text):
            (tmp_path / "my_protocols.py").write_text(spec_example())
        printed = io.StringIO()
        try:
            with contextlib.redirect_stdout(printed):
                exec(compile(block.text, f"README.md:{block.line}", "exec"), session)
        except (PermissionError, BpfError) as error:
            if os.geteuid() != 0:
                kernel_unavailable(f"needs root: {error}")
            raise
        want = expected_output(block)
        if want is not None:
            assert output_matches(printed.getvalue(), want.text), \
                f"README.md:{block.line} prints\n{printed.getvalue()}\nnot what README.md:" \
                f"{want.line} shows:\n{want.text}"


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.lang == "toml"],
                         ids=lambda b: f"line{b.line}")
def test_toml_block_is_a_valid_profile(block: Block) -> None:
    from flowdsl.dsl.profile import parse_profile
    from flowdsl.protocols import library_graph, with_profile

    profile = parse_profile(block.text, f"README.md:{block.line}")
    with_profile(library_graph(), profile)


@pytest.mark.parametrize("block", [b for b in BLOCKS if b.lang == "json"],
                         ids=lambda b: f"line{b.line}")
def test_json_block_is_a_valid_cni_entry(block: Block) -> None:
    from flowdsl import cni

    entry = json.loads(block.text)
    assert isinstance(entry, dict)
    if entry.get("type") == "flowdsl-cni":  # a conflist entry: the runtime adds these two
        config = cni.read_config(json.dumps({"cniVersion": "1.0.0", "name": "readme"}
                                            | entry).encode())
        for key, value in entry.items():
            attr = {"pinRoot": "pin_root", "cacheDir": "cache_dir"}.get(key, key)
            if hasattr(config, attr):
                assert getattr(config, attr) == value, key
