"""Examples under each command's --help, as bpftool and ip show them: the commands an
operator most often types, each runnable as written (tests/cli/test_help.py checks that
every command has some and that they parse)."""

from __future__ import annotations

import argparse

EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    "build": (
        ("flowdsl build", "the library under the kernel profile -> flowdsl.o"),
        ("flowdsl build examples/shim.py -o shim.o", "the library plus a spec"),
        ("flowdsl build --profile overlay --stats", "a shipped profile, with counters"),
        ("flowdsl build --emit dot -o graph.svg", "a picture of the parse graph"),
        ("flowdsl build --emit summary --profile minimal", "protocols, bindings, policies"),
    ),
    "test": (
        ("flowdsl test flowdsl.o --samples", "the sample packets, kernel and reference"),
        ("flowdsl test --packet 020000000000020000000001080045000014000100004000 --trace",
         "why this verdict"),
        ("flowdsl test flowdsl.o --pcap capture.pcap --compare-kernel --accept vlan",
         "against the built-in dissector"),
        ("flowdsl test flowdsl.o --pcap capture.pcap --split headers", "on paged skbs"),
    ),
    "bench": (
        ("flowdsl bench", "the kernel profile, every packet class"),
        ("flowdsl bench --profile minimal --trials 11 --json", "as data"),
        ("flowdsl bench --baseline /tmp/anchor/bpffs/bpf_flow/_dissect",
         "side by side with bpf_flow.c"),
    ),
    "load": (
        ("flowdsl load --netns blue", "the library under the kernel profile"),
        ("flowdsl load shim.o --netns blue --netns red", "one program, two namespaces"),
        ("flowdsl load --profile overlay --stats --netns-pid 4242", "by a process's netns"),
    ),
    "unload": (
        ("flowdsl unload --netns blue", "detach and remove the pins"),
        ("flowdsl unload --netns blue --missing-ok", "in a script: nothing there is fine"),
        ("flowdsl unload --prune", "deployments whose namespace is gone"),
    ),
    "status": (
        ("flowdsl status", "every flow dissector on the host"),
        ("flowdsl status --netns blue --json", "one namespace, as data"),
    ),
    "stats": (
        ("flowdsl stats --netns blue", "headers per protocol, packets per verdict"),
    ),
    "enable": (
        ("flowdsl enable vxlan --netns blue", "switch VXLAN on, rebuild, swap in"),
    ),
    "disable": (
        ("flowdsl disable gre udplite --netns blue", "switch them off (and what only "
         "they lead to)"),
    ),
}


def epilog(command: str) -> str:
    width = max((len(line) for line, _ in EXAMPLES[command] if len(line) < 60), default=0)
    lines = [f"  {line:<{width}}  # {why}" if len(line) < 60 else f"  {line}\n      # {why}"
             for line, why in EXAMPLES[command]]
    return "examples:\n" + "\n".join(lines)


def add_examples(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Give every subcommand its examples (kept verbatim: RawDescriptionHelpFormatter)."""
    for command, parser in sub.choices.items():
        parser.epilog = epilog(command)
        parser.formatter_class = argparse.RawDescriptionHelpFormatter
