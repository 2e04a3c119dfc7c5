"""How many BPF instructions a flow dissector object executes per packet class.

    python benchmarks/insncount.py A.o [B.o ...] [--split N]

A small interpreter of the object's instructions (the subset LLVM emits for flowdsl:
ALU/ALU32, JMP/JMP32, loads and stores, helper 26) over the `flowdsl bench` packet
classes. Unlike a timing it has no noise, so it shows what a change to code generation
adds to the linear path instruction by instruction; it says nothing of the cost of
each one (a helper call is one instruction here). With ``--split N`` only the first N
bytes are linear and bpf_skb_load_bytes reads the rest, as on a paged skb.
Each cell: instructions, jumps taken (verdict). No kernel needed. Not a test: a report,
next to benchmarks/compare.py.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

from flowdsl.protocols.samples import bench_classes
from flowdsl.runtime.elf import read_elf

MASK64 = (1 << 64) - 1
CTX, KEYS, STACK, PACKET = 0x1000_0000, 0x2000_0000, 0x3000_0000, 0x4000_0000
STACK_SIZE = 512


class Machine:
    def __init__(self, frame: bytes, linear: int | None) -> None:
        self.frame = frame
        self.linear = len(frame) if linear is None else linear
        self.mem: dict[int, bytearray] = {
            CTX: bytearray(192), KEYS: bytearray(56), STACK: bytearray(STACK_SIZE),
            PACKET: bytearray(frame)}
        struct.pack_into("<II", self.mem[CTX], 76, PACKET & 0xFFFFFFFF,
                         (PACKET + self.linear) & 0xFFFFFFFF)
        struct.pack_into("<Q", self.mem[CTX], 144, KEYS)
        struct.pack_into("<HHH", self.mem[KEYS], 0, 14, 14, 0)
        self.mem[KEYS][10:12] = frame[12:14]

    def _region(self, addr: int, size: int) -> tuple[bytearray, int]:
        # data and data_end are 32-bit in __sk_buff: packet addresses fit in 32 bits
        for base, buf in self.mem.items():
            if base <= addr and addr + size <= base + len(buf):
                return buf, addr - base
        raise RuntimeError(f"access outside every region: {addr:#x}+{size}")

    def load(self, addr: int, size: int) -> int:
        buf, off = self._region(addr, size)
        return int.from_bytes(buf[off:off + size], "little")

    def store(self, addr: int, size: int, value: int) -> None:
        buf, off = self._region(addr, size)
        buf[off:off + size] = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")

    def load_bytes(self, offset: int, dest: int, length: int) -> int:
        if offset + length > len(self.frame):
            return -14 & MASK64  # -EFAULT
        buf, off = self._region(dest, length)
        buf[off:off + length] = self.frame[offset:offset + length]
        return 0


SIZES = {0x00: 4, 0x08: 2, 0x10: 1, 0x18: 8}


def _signed(value: int, bits: int) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def _alu(op: int, a: int, operand: int, bits: int) -> int:
    shift = operand & (bits - 1)
    if op == 0x00:
        return a + operand
    if op == 0x10:
        return a - operand
    if op == 0x20:
        return a * operand
    if op == 0x30:
        return a // operand if operand else 0
    if op == 0x40:
        return a | operand
    if op == 0x50:
        return a & operand
    if op == 0x60:
        return a << shift
    if op == 0x70:
        return a >> shift
    if op == 0x80:
        return -a
    if op == 0x90:
        return a % operand if operand else a
    if op == 0xA0:
        return a ^ operand
    if op == 0xB0:
        return operand
    if op == 0xC0:
        return _signed(a, bits) >> shift
    raise RuntimeError(f"ALU operation {op:#x} not modelled")


def run(insns: bytes, machine: Machine) -> tuple[int, int, int]:
    """(return value, instructions executed, jumps taken: a taken jump costs the CPU's
    front end more than one that falls through, so layout shows here too)."""
    regs = [0] * 11
    regs[1], regs[10] = CTX, STACK + STACK_SIZE
    pc = count = jumps = 0
    while True:
        code, regbyte, off, imm = struct.unpack_from("<BBhi", insns, pc * 8)
        dst, src = regbyte & 0xF, regbyte >> 4
        count += 1
        cls = code & 0x07
        if code == 0x18:  # ld_imm64
            regs[dst] = (imm & 0xFFFFFFFF) | (struct.unpack_from("<i", insns, pc * 8 + 12)[0]
                                              << 32) & MASK64
            pc += 2
            continue
        if cls in (0x07, 0x04):  # ALU64, ALU
            bits = 64 if cls == 0x07 else 32
            operand = regs[src] if code & 0x08 else imm & MASK64
            op = code & 0xF0
            a, bmask = regs[dst], (1 << bits) - 1
            a &= bmask
            operand &= bmask
            if op == 0xD0:  # byte swap: BPF_END
                width = imm
                value = regs[dst] & ((1 << width) - 1)
                if code & 0x08:  # to big endian
                    value = int.from_bytes(value.to_bytes(width // 8, "little"), "big")
                regs[dst] = value
                pc += 1
                continue
            result = _alu(op, a, operand, bits)
            regs[dst] = result & bmask
            pc += 1
            continue
        if cls in (0x05, 0x06):  # JMP, JMP32
            op = code & 0xF0
            if op == 0x90:
                return regs[0] & 0xFFFFFFFF, count, jumps
            if op == 0x80:
                if imm != 26:
                    raise RuntimeError(f"helper {imm} not modelled")
                regs[0] = machine.load_bytes(regs[2] & 0xFFFFFFFF, regs[3], regs[4])
                pc += 1
                continue
            if op == 0x00:
                pc += 1 + off
                jumps += 1
                continue
            bits = 64 if cls == 0x05 else 32
            a = regs[dst] & ((1 << bits) - 1)
            b = (regs[src] if code & 0x08 else imm & MASK64) & ((1 << bits) - 1)
            sa, sb = _signed(a, bits), _signed(b, bits)
            taken = {0x10: a == b, 0x20: a > b, 0x30: a >= b, 0x40: bool(a & b), 0x50: a != b,
                     0x60: sa > sb, 0x70: sa >= sb, 0xA0: a < b, 0xB0: a <= b,
                     0xC0: sa < sb, 0xD0: sa <= sb}[op]
            pc += 1 + (off if taken else 0)
            jumps += taken
            continue
        size = SIZES[code & 0x18]
        if cls == 0x01:  # LDX
            regs[dst] = machine.load((regs[src] + off) & MASK64, size)
        elif cls == 0x03:  # STX
            machine.store((regs[dst] + off) & MASK64, size, regs[src])
        elif cls == 0x02:  # ST
            machine.store((regs[dst] + off) & MASK64, size, imm)
        else:
            raise RuntimeError(f"opcode {code:#x} not modelled")
        pc += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("objects", type=Path, nargs="+")
    parser.add_argument("--split", type=int, help="linear bytes (default: all)")
    args = parser.parse_args(argv)
    programs = [read_elf(path.read_bytes(), str(path)).insns for path in args.objects]
    print("| class | " + " | ".join(p.name for p in args.objects) + " |")
    print("|---|" + "---|" * len(programs))
    for name, frame in bench_classes():
        cells = []
        for insns in programs:
            verdict, count, jumps = run(insns, Machine(frame, args.split))
            cells.append(f"{count}, {jumps} taken ({verdict})")
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
