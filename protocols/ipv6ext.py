"""IPv6 extension headers as a bounded chain (limit group ``ipv6_ext``).

Hop-by-Hop (0), Routing (43) and Destination Options (60) share one layout: the next
header, a length in 8-octet units not counting the first 8 bytes. Each moves thoff past
itself and reports its next header as ip_proto. They are one node (``ipv6_opts``, bound
to all three values): the code is the same, and one node instead of three divides the
paths the verifier walks through a chain. The Fragment header (44) is 8 bytes and
always marks a fragment; its offset bits say whether it is the first.
"""

from flowdsl.dsl import U8, U16, U32, Bytes, Fragment, Header, Protocol


class IPv6Options(Header):
    next_header = U8()
    hdr_ext_len = U8()
    data = Bytes(length=hdr_ext_len * 8 + 6, max=255 * 8 + 6)


NEXTHDR_HOP, NEXTHDR_ROUTING, NEXTHDR_FRAGMENT, NEXTHDR_DEST = 0, 43, 44, 60

ipv6_opts = Protocol(
    IPv6Options,
    name="ipv6_opts",
    keys={"ip_proto": IPv6Options.next_header},
    select=IPv6Options.next_header,
    limit="ipv6_ext",
    on_short_variable="skip",  # skipped unread, even past the end, as the kernel does
)


class IPv6Fragment(Header):
    next_header = U8()
    reserved = U8()
    frag_off = U16()  # 13-bit offset in 8-octet units, 2 reserved bits, M
    identification = U32()


ipv6_frag = Protocol(
    IPv6Fragment,
    name="ipv6_frag",
    keys={"ip_proto": IPv6Fragment.next_header},
    fragment=Fragment(is_frag=None, first=(IPv6Fragment.frag_off & 0xFFF8) == 0),
    select=IPv6Fragment.next_header,
    limit="ipv6_ext",
)
