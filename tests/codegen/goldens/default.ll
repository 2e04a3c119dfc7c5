; ModuleID = "flowdsl"
target triple = "bpfel"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"

define i32 @"flowdsl_dissect"(ptr %"ctx") nounwind section "flow_dissector"
{
entry:
  %".4" = getelementptr i8, ptr %"ctx", i64 76
  %".5" = load i32, ptr %".4", align 4
  %".6" = zext i32 %".5" to i64
  %"data" = inttoptr i64 %".6" to ptr
  %".7" = getelementptr i8, ptr %"ctx", i64 80
  %".8" = load i32, ptr %".7", align 4
  %".9" = zext i32 %".8" to i64
  %"data_end" = inttoptr i64 %".9" to ptr
  %".10" = getelementptr i8, ptr %"ctx", i64 144
  %"keys" = load ptr, ptr %".10", align 8
  %"ctx_slot" = alloca ptr
  store volatile ptr %"ctx", ptr %"ctx_slot", align 8
  %"header_copy" = alloca [40 x i8], align 8
  %"last_byte" = alloca i64
  %".12" = getelementptr i8, ptr %"keys", i64 0
  %".13" = load i16, ptr %".12", align 2
  %"nhoff" = zext i16 %".13" to i64
  %".14" = getelementptr i8, ptr %"keys", i64 10
  %".15" = load i16, ptr %".14", align 2
  %".16" = call i16 @"llvm.bswap.i16"(i16 %".15")
  %"n_proto" = zext i16 %".16" to i64
  %".17" = icmp ugt i64 %"nhoff", 255
  br i1 %".17", label %"entry.nhoff_max", label %"entry.nhoff_max.endif"
return:
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [2, %"ipv4_d0.copy_last_byte_failed"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [2, %"mpls_mpls_labels1.copy_failed"], [0, %"mpls_mpls_labels1.unknown"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.unknown"], [2, %"tcp.copy_failed"], [0, %"tcp.unknown"], [2, %"udp.copy_failed"], [2, %"udp.copy_last_byte_failed"], [0, %"udp.variable_part"], [2, %"udplite.copy_failed"], [2, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"sctp.copy_failed"], [0, %"sctp.header"], [2, %"dccp.copy_failed"], [0, %"dccp.header"], [2, %"esp.copy_failed"], [0, %"esp.header"], [2, %"ah.copy_failed"], [0, %"ah.header"], [2, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [2, %"ipv4_d1.copy_last_byte_failed"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [2, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [2, %"mpls_mpls_labels2.copy_failed"], [0, %"mpls_mpls_labels2.unknown"], [2, %"tcp_header.copy_failed"], [2, %"tcp_header.require"], [2, %"tcp_header.copy_last_byte_failed"], [0, %"tcp_header.variable_part"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_ethernet"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [2, %"mpls_mpls_labels3.copy_failed"], [0, %"mpls_mpls_labels3.unknown"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [2, %"mpls_mpls_labels4.copy_failed"], [0, %"mpls_mpls_labels4.unknown"], [0, %"mpls_mpls_labels4.to_mpls"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"]
  ret i32 %"verdict"
entry.nhoff_max:
  br label %"return"
entry.nhoff_max.endif:
  br label %"entry_d0"
entry_d0:
  %"cursor" = phi  i64 [%"nhoff", %"entry.nhoff_max.endif"]
  %"data.1" = phi  ptr [%"data", %"entry.nhoff_max.endif"]
  %"data_end.1" = phi  ptr [%"data_end", %"entry.nhoff_max.endif"]
  %"keys.1" = phi  ptr [%"keys", %"entry.nhoff_max.endif"]
  %".21" = add i64 %"cursor", 0
  switch i64 %"n_proto", label %"entry_d0.unknown" [i64 2048, label %"entry_d0.to_ipv4" i64 34525, label %"entry_d0.to_ipv6" i64 33024, label %"entry_d0.to_vlan" i64 34984, label %"entry_d0.to_vlan.1" i64 34887, label %"entry_d0.to_mpls" i64 34888, label %"entry_d0.to_mpls.1" i64 34916, label %"entry_d0.to_pppoe"]
entry_d0.unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
entry_d0.to_ipv4:
  br label %"ipv4_d0"
entry_d0.to_ipv6:
  br label %"ipv6_d0"
entry_d0.to_vlan:
  br label %"vlan_d0_vlan_tags1"
entry_d0.to_vlan.1:
  br label %"vlan_d0_vlan_tags1"
entry_d0.to_mpls:
  br label %"mpls_mpls_labels1"
entry_d0.to_mpls.1:
  br label %"mpls_mpls_labels1"
entry_d0.to_pppoe:
  br label %"pppoe_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_ipv4"], [%".396", %"vlan_d0_vlan_tags1.to_ipv4"], [%"cursor.31", %"pppoe_d0.to_ipv4"], [%"cursor.97", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.28", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.34", %"pppoe_d0.to_ipv4"], [%"data.81", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.34", %"pppoe_d0.to_ipv4"], [%"data_end.81", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.28", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.34", %"pppoe_d0.to_ipv4"], [%"keys.81", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".34" = getelementptr i8, ptr %"hdr", i64 20
  %".35" = icmp ugt ptr %".34", %"data_end.2"
  br i1 %".35", label %"ipv4_d0.copy", label %"ipv4_d0.linear", !prof !0
ipv4_d0.linear:
  %".37" = getelementptr i8, ptr %"hdr", i64 0
  %".38" = load i8, ptr %".37", align 1
  %".39" = getelementptr i8, ptr %"hdr", i64 6
  %".40" = load i16, ptr %".39", align 2
  %".41" = getelementptr i8, ptr %"hdr", i64 9
  %".42" = load i8, ptr %".41", align 1
  %".43" = getelementptr i8, ptr %"hdr", i64 12
  %".44" = load i32, ptr %".43", align 4
  %".45" = getelementptr i8, ptr %"hdr", i64 16
  %".46" = load i32, ptr %".45", align 4
  br label %"ipv4_d0.header"
ipv4_d0.header:
  %"w0_1" = phi  i8 [%".38", %"ipv4_d0.linear"], [%".65", %"ipv4_d0.copy_failed.endif"]
  %"w6_2" = phi  i16 [%".40", %"ipv4_d0.linear"], [%".67", %"ipv4_d0.copy_failed.endif"]
  %"w9_1" = phi  i8 [%".42", %"ipv4_d0.linear"], [%".69", %"ipv4_d0.copy_failed.endif"]
  %"w12_4" = phi  i32 [%".44", %"ipv4_d0.linear"], [%".71", %"ipv4_d0.copy_failed.endif"]
  %"w16_4" = phi  i32 [%".46", %"ipv4_d0.linear"], [%".73", %"ipv4_d0.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.2", %"ipv4_d0.linear"], [%"data.7", %"ipv4_d0.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.2", %"ipv4_d0.linear"], [%"data_end.7", %"ipv4_d0.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.2", %"ipv4_d0.linear"], [%"keys.7", %"ipv4_d0.copy_failed.endif"]
  %".75" = zext i8 %"w0_1" to i64
  %".76" = and i64 %".75", 15
  %".77" = icmp uge i64 %".76", 5
  %".78" = xor i1 %".77", -1
  br i1 %".78", label %"ipv4_d0.require", label %"ipv4_d0.require.endif"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"entry_d0.to_ipv6"], [%".396", %"vlan_d0_vlan_tags1.to_ipv6"], [%"cursor.32", %"pppoe_d0.to_ipv6"], [%"cursor.98", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.28", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.34", %"pppoe_d0.to_ipv6"], [%"data.81", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.34", %"pppoe_d0.to_ipv6"], [%"data_end.81", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.28", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.34", %"pppoe_d0.to_ipv6"], [%"keys.81", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".214" = getelementptr i8, ptr %"hdr.1", i64 40
  %".215" = icmp ugt ptr %".214", %"data_end.3"
  br i1 %".215", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".217" = getelementptr i8, ptr %"hdr.1", i64 0
  %".218" = load i32, ptr %".217", align 4
  %".219" = getelementptr i8, ptr %"hdr.1", i64 6
  %".220" = load i8, ptr %".219", align 1
  %".221" = getelementptr i8, ptr %"hdr.1", i64 8
  %".222" = load i64, ptr %".221", align 8
  %".223" = getelementptr i8, ptr %"hdr.1", i64 16
  %".224" = load i64, ptr %".223", align 8
  %".225" = getelementptr i8, ptr %"hdr.1", i64 24
  %".226" = load i64, ptr %".225", align 8
  %".227" = getelementptr i8, ptr %"hdr.1", i64 32
  %".228" = load i64, ptr %".227", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".218", %"ipv6_d0.linear"], [%".247", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".220", %"ipv6_d0.linear"], [%".249", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".222", %"ipv6_d0.linear"], [%".251", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".224", %"ipv6_d0.linear"], [%".253", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".226", %"ipv6_d0.linear"], [%".255", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".228", %"ipv6_d0.linear"], [%".257", %"ipv6_d0.copy_failed.endif"]
  %"data.23" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.22", %"ipv6_d0.copy_failed.endif"]
  %"data_end.23" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.22", %"ipv6_d0.copy_failed.endif"]
  %"keys.23" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.22", %"ipv6_d0.copy_failed.endif"]
  %".259" = trunc i64 34525 to i16
  %".260" = getelementptr i8, ptr %"keys.23", i64 4
  store i16 %".259", ptr %".260", align 2
  %".262" = trunc i64 34525 to i16
  %".263" = call i16 @"llvm.bswap.i16"(i16 %".262")
  %".264" = getelementptr i8, ptr %"keys.23", i64 10
  store i16 %".263", ptr %".264", align 2
  %".266" = getelementptr i8, ptr %"keys.23", i64 16
  store i64 %"w8_8", ptr %".266", align 8
  %".268" = getelementptr i8, ptr %"keys.23", i64 24
  store i64 %"w16_8", ptr %".268", align 8
  %".270" = getelementptr i8, ptr %"keys.23", i64 32
  store i64 %"w24_8", ptr %".270", align 8
  %".272" = getelementptr i8, ptr %"keys.23", i64 40
  store i64 %"w32_8", ptr %".272", align 8
  %".274" = zext i8 %"w6_1" to i64
  %".275" = trunc i64 %".274" to i8
  %".276" = getelementptr i8, ptr %"keys.23", i64 9
  store i8 %".275", ptr %".276", align 1
  %".278" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".279" = zext i32 %".278" to i64
  %".280" = and i64 %".279", 1048575
  %".281" = trunc i64 %".280" to i32
  %".282" = call i32 @"llvm.bswap.i32"(i32 %".281")
  %".283" = getelementptr i8, ptr %"keys.23", i64 52
  store i32 %".282", ptr %".283", align 4
  %".285" = add i64 %"cursor.2", 40
  %".286" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".287" = zext i32 %".286" to i64
  %".288" = and i64 %".287", 1048575
  %".289" = icmp ne i64 %".288", 0
  %".290" = getelementptr i8, ptr %"keys.23", i64 48
  %"flags.3" = load volatile i32, ptr %".290", align 4
  %".291" = and i32 %"flags.3", 2
  %".292" = icmp ne i32 %".291", 0
  %".293" = and i1 %".289", %".292"
  br i1 %".293", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"entry_d0.to_vlan"], [%".21", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".365" = getelementptr i8, ptr %"hdr.2", i64 4
  %".366" = icmp ugt ptr %".365", %"data_end.4"
  br i1 %".366", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".368" = getelementptr i8, ptr %"hdr.2", i64 2
  %".369" = load i16, ptr %".368", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".369", %"vlan_d0_vlan_tags1.linear"], [%".388", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.28" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.27", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.28" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.27", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.28" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.27", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".390" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".391" = zext i16 %".390" to i64
  %".392" = trunc i64 %".391" to i16
  %".393" = call i16 @"llvm.bswap.i16"(i16 %".392")
  %".394" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".393", ptr %".394", align 2
  %".396" = add i64 %"cursor.3", 4
  %".397" = trunc i64 %".396" to i16
  %".398" = getelementptr i8, ptr %"keys.28", i64 0
  store i16 %".397", ptr %".398", align 2
  %".400" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".401" = zext i16 %".400" to i64
  switch i64 %".401", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe"]
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"entry_d0.to_mpls"], [%".21", %"entry_d0.to_mpls.1"], [%"cursor.15", %"ipv4_d0.to_mpls"], [%"cursor.24", %"ipv6_d0.to_mpls"], [%"cursor.28", %"vlan_d0_vlan_tags1.to_mpls"], [%"cursor.29", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"cursor.33", %"pppoe_d0.to_mpls"], [%"cursor.34", %"pppoe_d0.to_mpls.1"], [%"cursor.40", %"gre_d0.to_mpls"], [%"cursor.41", %"gre_d0.to_mpls.1"], [%"cursor.51", %"ipv4_d1.to_mpls"], [%"cursor.66", %"ipv6_d1.to_mpls"], [%"cursor.79", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"cursor.94", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"cursor.99", %"vlan_d0_vlan_tags2.to_mpls"], [%"cursor.100", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"cursor.108", %"ethernet_d1.to_mpls"], [%"cursor.109", %"ethernet_d1.to_mpls.1"], [%"cursor.127", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"cursor.141", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"cursor.154", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"cursor.169", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"cursor.178", %"vlan_d1_vlan_tags1.to_mpls"], [%"cursor.179", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"cursor.183", %"pppoe_d1.to_mpls"], [%"cursor.184", %"pppoe_d1.to_mpls.1"], [%"cursor.200", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"cursor.214", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"cursor.224", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"cursor.236", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"cursor.241", %"vlan_d1_vlan_tags2.to_mpls"], [%"cursor.242", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"cursor.253", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"cursor.263", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.10", %"ipv4_d0.to_mpls"], [%"data.23", %"ipv6_d0.to_mpls"], [%"data.28", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.28", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.34", %"pppoe_d0.to_mpls"], [%"data.34", %"pppoe_d0.to_mpls.1"], [%"data.49", %"gre_d0.to_mpls"], [%"data.49", %"gre_d0.to_mpls.1"], [%"data.64", %"ipv4_d1.to_mpls"], [%"data.67", %"ipv6_d1.to_mpls"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.81", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.81", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.90", %"ethernet_d1.to_mpls"], [%"data.90", %"ethernet_d1.to_mpls.1"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.117", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.117", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.120", %"pppoe_d1.to_mpls"], [%"data.120", %"pppoe_d1.to_mpls.1"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.138", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.138", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.142", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.144", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.10", %"ipv4_d0.to_mpls"], [%"data_end.23", %"ipv6_d0.to_mpls"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.34", %"pppoe_d0.to_mpls"], [%"data_end.34", %"pppoe_d0.to_mpls.1"], [%"data_end.49", %"gre_d0.to_mpls"], [%"data_end.49", %"gre_d0.to_mpls.1"], [%"data_end.64", %"ipv4_d1.to_mpls"], [%"data_end.67", %"ipv6_d1.to_mpls"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.81", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.81", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.90", %"ethernet_d1.to_mpls"], [%"data_end.90", %"ethernet_d1.to_mpls.1"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.117", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.117", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.120", %"pppoe_d1.to_mpls"], [%"data_end.120", %"pppoe_d1.to_mpls.1"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.138", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.138", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.142", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.144", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.10", %"ipv4_d0.to_mpls"], [%"keys.23", %"ipv6_d0.to_mpls"], [%"keys.28", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.28", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.34", %"pppoe_d0.to_mpls"], [%"keys.34", %"pppoe_d0.to_mpls.1"], [%"keys.49", %"gre_d0.to_mpls"], [%"keys.49", %"gre_d0.to_mpls.1"], [%"keys.64", %"ipv4_d1.to_mpls"], [%"keys.67", %"ipv6_d1.to_mpls"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.81", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.81", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.90", %"ethernet_d1.to_mpls"], [%"keys.90", %"ethernet_d1.to_mpls.1"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.117", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.117", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.120", %"pppoe_d1.to_mpls"], [%"keys.120", %"pppoe_d1.to_mpls.1"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.138", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.138", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.142", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.144", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".424" = getelementptr i8, ptr %"hdr.3", i64 4
  %".425" = icmp ugt ptr %".424", %"data_end.5"
  br i1 %".425", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".427" = getelementptr i8, ptr %"hdr.3", i64 2
  %".428" = load i8, ptr %".427", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".428", %"mpls_mpls_labels1.linear"], [%".447", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.31" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.30", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.31" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.30", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.31" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.30", %"mpls_mpls_labels1.copy_failed.endif"]
  %".449" = add i64 %"cursor.4", 4
  %".450" = zext i8 %"w2_1" to i64
  %".451" = and i64 %".450", 1
  switch i64 %".451", label %"mpls_mpls_labels1.unknown" [i64 0, label %"mpls_mpls_labels1.to_mpls"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"entry_d0.to_pppoe"], [%".396", %"vlan_d0_vlan_tags1.to_pppoe"], [%"cursor.101", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.28", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.81", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.81", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.28", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.81", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".458" = getelementptr i8, ptr %"hdr.4", i64 8
  %".459" = icmp ugt ptr %".458", %"data_end.6"
  br i1 %".459", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".461" = getelementptr i8, ptr %"hdr.4", i64 0
  %".462" = load i8, ptr %".461", align 1
  %".463" = getelementptr i8, ptr %"hdr.4", i64 1
  %".464" = load i8, ptr %".463", align 1
  %".465" = getelementptr i8, ptr %"hdr.4", i64 6
  %".466" = load i16, ptr %".465", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".462", %"pppoe_d0.linear"], [%".485", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".464", %"pppoe_d0.linear"], [%".487", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".466", %"pppoe_d0.linear"], [%".489", %"pppoe_d0.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.33", %"pppoe_d0.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.33", %"pppoe_d0.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.33", %"pppoe_d0.copy_failed.endif"]
  %".491" = zext i8 %"w0_1.1" to i64
  %".492" = lshr i64 %".491", 4
  %".493" = and i64 %".492", 15
  %".494" = icmp eq i64 %".493", 1
  %".495" = zext i8 %"w0_1.1" to i64
  %".496" = and i64 %".495", 15
  %".497" = icmp eq i64 %".496", 1
  %".498" = and i1 %".494", %".497"
  %".499" = zext i8 %"w1_1" to i64
  %".500" = icmp eq i64 %".499", 0
  %".501" = and i1 %".498", %".500"
  %".502" = xor i1 %".501", -1
  br i1 %".502", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
ipv4_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".48" = trunc i64 %"cursor.1" to i32
  %".49" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".48", [40 x i8]* %"header_copy", i32 20)
  %".50" = icmp eq i64 %".49", 0
  %".51" = getelementptr i8, ptr %"ctx.1", i64 76
  %".52" = load i32, ptr %".51", align 4
  %".53" = zext i32 %".52" to i64
  %"data.7" = inttoptr i64 %".53" to ptr
  %".54" = getelementptr i8, ptr %"ctx.1", i64 80
  %".55" = load i32, ptr %".54", align 4
  %".56" = zext i32 %".55" to i64
  %"data_end.7" = inttoptr i64 %".56" to ptr
  %".57" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.7" = load ptr, ptr %".57", align 8
  %".58" = xor i1 %".50", -1
  br i1 %".58", label %"ipv4_d0.copy_failed", label %"ipv4_d0.copy_failed.endif"
ipv4_d0.copy_failed:
  %".60" = trunc i64 %"cursor.1" to i16
  %".61" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".60", ptr %".61", align 2
  br label %"return"
ipv4_d0.copy_failed.endif:
  %".64" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".65" = load volatile i8, [40 x i8]* %".64", align 1
  %".66" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".67" = load volatile i16, [40 x i8]* %".66", align 2
  %".68" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".69" = load volatile i8, [40 x i8]* %".68", align 1
  %".70" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".71" = load volatile i32, [40 x i8]* %".70", align 4
  %".72" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".73" = load volatile i32, [40 x i8]* %".72", align 4
  br label %"ipv4_d0.header"
ipv4_d0.require:
  %".80" = trunc i64 %"cursor.1" to i16
  %".81" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".80", ptr %".81", align 2
  br label %"return"
ipv4_d0.require.endif:
  %".84" = trunc i64 2048 to i16
  %".85" = getelementptr i8, ptr %"keys.8", i64 4
  store i16 %".84", ptr %".85", align 2
  %".87" = trunc i64 2048 to i16
  %".88" = call i16 @"llvm.bswap.i16"(i16 %".87")
  %".89" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %".88", ptr %".89", align 2
  %".91" = getelementptr i8, ptr %"keys.8", i64 16
  store i32 %"w12_4", ptr %".91", align 4
  %".93" = getelementptr i8, ptr %"keys.8", i64 20
  store i32 %"w16_4", ptr %".93", align 4
  %".95" = zext i8 %"w9_1" to i64
  %".96" = trunc i64 %".95" to i8
  %".97" = getelementptr i8, ptr %"keys.8", i64 9
  store i8 %".96", ptr %".97", align 1
  %".99" = add i64 %"cursor.1", 20
  %".100" = zext i8 %"w0_1" to i64
  %".101" = and i64 %".100", 15
  %".102" = mul i64 %".101", 4
  %".103" = sub i64 %".102", 20
  %".104" = add i64 %".103", 20
  %".105" = getelementptr i8, ptr %"data.8", i64 %"cursor.1"
  %".106" = getelementptr i8, ptr %".105", i64 %".104"
  %".107" = icmp ugt ptr %".106", %"data_end.8"
  br i1 %".107", label %"ipv4_d0.copy_last_byte", label %"ipv4_d0.variable_part", !prof !0
ipv4_d0.variable_part:
  %"data.10" = phi  ptr [%"data.8", %"ipv4_d0.require.endif"], [%"data.9", %"ipv4_d0.copy_last_byte_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.8", %"ipv4_d0.require.endif"], [%"data_end.9", %"ipv4_d0.copy_last_byte_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.8", %"ipv4_d0.require.endif"], [%"keys.9", %"ipv4_d0.copy_last_byte_failed.endif"]
  %"end" = add i64 %"cursor.1", %".104"
  %".128" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".129" = zext i16 %".128" to i64
  %".130" = and i64 %".129", 16383
  %".131" = icmp ne i64 %".130", 0
  %".132" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".133" = zext i16 %".132" to i64
  %".134" = and i64 %".133", 8191
  %".135" = icmp eq i64 %".134", 0
  br i1 %".131", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif"
ipv4_d0.copy_last_byte:
  %".109" = add i64 %"cursor.1", %".104"
  %".110" = sub i64 %".109", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".111" = trunc i64 %".110" to i32
  %".112" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".111", i64* %"last_byte", i32 1)
  %".113" = icmp eq i64 %".112", 0
  %".114" = getelementptr i8, ptr %"ctx.2", i64 76
  %".115" = load i32, ptr %".114", align 4
  %".116" = zext i32 %".115" to i64
  %"data.9" = inttoptr i64 %".116" to ptr
  %".117" = getelementptr i8, ptr %"ctx.2", i64 80
  %".118" = load i32, ptr %".117", align 4
  %".119" = zext i32 %".118" to i64
  %"data_end.9" = inttoptr i64 %".119" to ptr
  %".120" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.9" = load ptr, ptr %".120", align 8
  %".121" = xor i1 %".113", -1
  br i1 %".121", label %"ipv4_d0.copy_last_byte_failed", label %"ipv4_d0.copy_last_byte_failed.endif"
ipv4_d0.copy_last_byte_failed:
  %".123" = trunc i64 %"cursor.1" to i16
  %".124" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".123", ptr %".124", align 2
  br label %"return"
ipv4_d0.copy_last_byte_failed.endif:
  br label %"ipv4_d0.variable_part"
ipv4_d0.fragment:
  %".137" = getelementptr i8, ptr %"keys.10", i64 6
  store i8 1, ptr %".137", align 1
  br i1 %".135", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.fragment.endif:
  %".157" = zext i8 %"w9_1" to i64
  switch i64 %".157", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]
ipv4_d0.first_fragment:
  %".140" = getelementptr i8, ptr %"keys.10", i64 7
  store i8 1, ptr %".140", align 1
  %".142" = getelementptr i8, ptr %"keys.10", i64 48
  %"flags" = load volatile i32, ptr %".142", align 4
  %".143" = and i32 %"flags", 1
  %".144" = icmp ne i32 %".143", 0
  %".145" = xor i1 %".144", -1
  br i1 %".145", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".152" = trunc i64 %"end" to i16
  %".153" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".152", ptr %".153", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".147" = trunc i64 %"end" to i16
  %".148" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".147", ptr %".148", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".159" = trunc i64 %"end" to i16
  %".160" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".159", ptr %".160", align 2
  br label %"return"
ipv4_d0.to_tcp:
  br label %"tcp"
ipv4_d0.to_udp:
  br label %"udp"
ipv4_d0.to_udplite:
  br label %"udplite"
ipv4_d0.to_gre:
  br label %"gre_d0"
ipv4_d0.to_sctp:
  br label %"sctp"
ipv4_d0.to_dccp:
  br label %"dccp"
ipv4_d0.to_esp:
  br label %"esp"
ipv4_d0.to_ah:
  br label %"ah"
ipv4_d0.to_icmp:
  br label %"icmp"
ipv4_d0.to_mpls:
  %".172" = trunc i64 34887 to i16
  %".173" = call i16 @"llvm.bswap.i16"(i16 %".172")
  %".174" = getelementptr i8, ptr %"keys.10", i64 10
  store i16 %".173", ptr %".174", align 2
  %".176" = getelementptr i8, ptr %"keys.10", i64 2
  %".177" = trunc i64 %"end" to i16
  store volatile i16 %".177", ptr %".176", align 2
  %".179" = load volatile i16, ptr %".176", align 2
  %".180" = zext i16 %".179" to i64
  %"cursor.15" = and i64 %".180", 16383
  br label %"mpls_mpls_labels1"
ipv4_d0.to_ipv4:
  %".182" = getelementptr i8, ptr %"keys.10", i64 8
  store i8 1, ptr %".182", align 1
  %".184" = getelementptr i8, ptr %"keys.10", i64 48
  %"flags.1" = load volatile i32, ptr %".184", align 4
  %".185" = and i32 %"flags.1", 4
  %".186" = icmp ne i32 %".185", 0
  br i1 %".186", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".198" = getelementptr i8, ptr %"keys.10", i64 8
  store i8 1, ptr %".198", align 1
  %".200" = getelementptr i8, ptr %"keys.10", i64 48
  %"flags.2" = load volatile i32, ptr %".200", align 4
  %".201" = and i32 %"flags.2", 4
  %".202" = icmp ne i32 %".201", 0
  br i1 %".202", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.6" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".285", %"ipv6_d0.to_tcp"], [%"cursor.42", %"ipv4_d1.to_tcp"], [%"cursor.58", %"ipv6_d1.to_tcp"], [%"cursor.70", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"cursor.85", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"cursor.118", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"cursor.132", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"cursor.145", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"cursor.160", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"cursor.191", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"cursor.205", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"cursor.215", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"cursor.227", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"cursor.244", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"cursor.254", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data.11" = phi  ptr [%"data.10", %"ipv4_d0.to_tcp"], [%"data.23", %"ipv6_d0.to_tcp"], [%"data.64", %"ipv4_d1.to_tcp"], [%"data.67", %"ipv6_d1.to_tcp"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.142", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.144", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data_end.11" = phi  ptr [%"data_end.10", %"ipv4_d0.to_tcp"], [%"data_end.23", %"ipv6_d0.to_tcp"], [%"data_end.64", %"ipv4_d1.to_tcp"], [%"data_end.67", %"ipv6_d1.to_tcp"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.142", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.144", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"keys.11" = phi  ptr [%"keys.10", %"ipv4_d0.to_tcp"], [%"keys.23", %"ipv6_d0.to_tcp"], [%"keys.64", %"ipv4_d1.to_tcp"], [%"keys.67", %"ipv6_d1.to_tcp"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.142", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.144", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"hdr.5" = getelementptr i8, ptr %"data.11", i64 %"cursor.6"
  %".551" = getelementptr i8, ptr %"hdr.5", i64 4
  %".552" = icmp ugt ptr %".551", %"data_end.11"
  br i1 %".552", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".554" = getelementptr i8, ptr %"hdr.5", i64 0
  %".555" = load i16, ptr %".554", align 2
  %".556" = getelementptr i8, ptr %"hdr.5", i64 2
  %".557" = load i16, ptr %".556", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".555", %"tcp.linear"], [%".576", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".557", %"tcp.linear"], [%".578", %"tcp.copy_failed.endif"]
  %"data.36" = phi  ptr [%"data.11", %"tcp.linear"], [%"data.35", %"tcp.copy_failed.endif"]
  %"data_end.36" = phi  ptr [%"data_end.11", %"tcp.linear"], [%"data_end.35", %"tcp.copy_failed.endif"]
  %"keys.36" = phi  ptr [%"keys.11", %"tcp.linear"], [%"keys.35", %"tcp.copy_failed.endif"]
  %".580" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".581" = zext i16 %".580" to i64
  %".582" = trunc i64 %".581" to i16
  %".583" = call i16 @"llvm.bswap.i16"(i16 %".582")
  %".584" = getelementptr i8, ptr %"keys.36", i64 12
  store i16 %".583", ptr %".584", align 2
  %".586" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".587" = zext i16 %".586" to i64
  %".588" = trunc i64 %".587" to i16
  %".589" = call i16 @"llvm.bswap.i16"(i16 %".588")
  %".590" = getelementptr i8, ptr %"keys.36", i64 14
  store i16 %".589", ptr %".590", align 2
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
udp:
  %"cursor.7" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".285", %"ipv6_d0.to_udp"], [%"cursor.43", %"ipv4_d1.to_udp"], [%"cursor.59", %"ipv6_d1.to_udp"], [%"cursor.71", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"cursor.86", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"cursor.119", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"cursor.133", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"cursor.146", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"cursor.161", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"cursor.192", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"cursor.206", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"cursor.216", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"cursor.228", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"cursor.245", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"cursor.255", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data.12" = phi  ptr [%"data.10", %"ipv4_d0.to_udp"], [%"data.23", %"ipv6_d0.to_udp"], [%"data.64", %"ipv4_d1.to_udp"], [%"data.67", %"ipv6_d1.to_udp"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.142", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.144", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data_end.12" = phi  ptr [%"data_end.10", %"ipv4_d0.to_udp"], [%"data_end.23", %"ipv6_d0.to_udp"], [%"data_end.64", %"ipv4_d1.to_udp"], [%"data_end.67", %"ipv6_d1.to_udp"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.142", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.144", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"keys.12" = phi  ptr [%"keys.10", %"ipv4_d0.to_udp"], [%"keys.23", %"ipv6_d0.to_udp"], [%"keys.64", %"ipv4_d1.to_udp"], [%"keys.67", %"ipv6_d1.to_udp"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.142", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.144", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"hdr.6" = getelementptr i8, ptr %"data.12", i64 %"cursor.7"
  %".598" = getelementptr i8, ptr %"hdr.6", i64 4
  %".599" = icmp ugt ptr %".598", %"data_end.12"
  br i1 %".599", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".601" = getelementptr i8, ptr %"hdr.6", i64 0
  %".602" = load i16, ptr %".601", align 2
  %".603" = getelementptr i8, ptr %"hdr.6", i64 2
  %".604" = load i16, ptr %".603", align 2
  br label %"udp.header"
udp.header:
  %"w0_2.1" = phi  i16 [%".602", %"udp.linear"], [%".623", %"udp.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".604", %"udp.linear"], [%".625", %"udp.copy_failed.endif"]
  %"data.39" = phi  ptr [%"data.12", %"udp.linear"], [%"data.38", %"udp.copy_failed.endif"]
  %"data_end.39" = phi  ptr [%"data_end.12", %"udp.linear"], [%"data_end.38", %"udp.copy_failed.endif"]
  %"keys.39" = phi  ptr [%"keys.12", %"udp.linear"], [%"keys.38", %"udp.copy_failed.endif"]
  %".627" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".628" = zext i16 %".627" to i64
  %".629" = trunc i64 %".628" to i16
  %".630" = call i16 @"llvm.bswap.i16"(i16 %".629")
  %".631" = getelementptr i8, ptr %"keys.39", i64 12
  store i16 %".630", ptr %".631", align 2
  %".633" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".634" = zext i16 %".633" to i64
  %".635" = trunc i64 %".634" to i16
  %".636" = call i16 @"llvm.bswap.i16"(i16 %".635")
  %".637" = getelementptr i8, ptr %"keys.39", i64 14
  store i16 %".636", ptr %".637", align 2
  %".639" = add i64 %"cursor.7", 4
  %".640" = add i64 4, 4
  %".641" = getelementptr i8, ptr %"data.39", i64 %"cursor.7"
  %".642" = getelementptr i8, ptr %".641", i64 %".640"
  %".643" = icmp ugt ptr %".642", %"data_end.39"
  br i1 %".643", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.41" = phi  ptr [%"data.39", %"udp.header"], [%"data.40", %"udp.copy_last_byte_failed.endif"]
  %"data_end.41" = phi  ptr [%"data_end.39", %"udp.header"], [%"data_end.40", %"udp.copy_last_byte_failed.endif"]
  %"keys.41" = phi  ptr [%"keys.39", %"udp.header"], [%"keys.40", %"udp.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.7", %".640"
  %".664" = trunc i64 %"cursor.7" to i16
  %".665" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".664", ptr %".665", align 2
  br label %"return"
udplite:
  %"cursor.8" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".285", %"ipv6_d0.to_udplite"], [%"cursor.44", %"ipv4_d1.to_udplite"], [%"cursor.60", %"ipv6_d1.to_udplite"], [%"cursor.72", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"cursor.87", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"cursor.120", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"cursor.134", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"cursor.147", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"cursor.162", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"cursor.193", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"cursor.207", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"cursor.217", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"cursor.229", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"cursor.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"cursor.256", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data.13" = phi  ptr [%"data.10", %"ipv4_d0.to_udplite"], [%"data.23", %"ipv6_d0.to_udplite"], [%"data.64", %"ipv4_d1.to_udplite"], [%"data.67", %"ipv6_d1.to_udplite"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.142", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.144", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data_end.13" = phi  ptr [%"data_end.10", %"ipv4_d0.to_udplite"], [%"data_end.23", %"ipv6_d0.to_udplite"], [%"data_end.64", %"ipv4_d1.to_udplite"], [%"data_end.67", %"ipv6_d1.to_udplite"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.142", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.144", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"keys.13" = phi  ptr [%"keys.10", %"ipv4_d0.to_udplite"], [%"keys.23", %"ipv6_d0.to_udplite"], [%"keys.64", %"ipv4_d1.to_udplite"], [%"keys.67", %"ipv6_d1.to_udplite"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.142", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.144", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"hdr.7" = getelementptr i8, ptr %"data.13", i64 %"cursor.8"
  %".668" = getelementptr i8, ptr %"hdr.7", i64 4
  %".669" = icmp ugt ptr %".668", %"data_end.13"
  br i1 %".669", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".671" = getelementptr i8, ptr %"hdr.7", i64 0
  %".672" = load i16, ptr %".671", align 2
  %".673" = getelementptr i8, ptr %"hdr.7", i64 2
  %".674" = load i16, ptr %".673", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".672", %"udplite.linear"], [%".693", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".674", %"udplite.linear"], [%".695", %"udplite.copy_failed.endif"]
  %"data.43" = phi  ptr [%"data.13", %"udplite.linear"], [%"data.42", %"udplite.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.13", %"udplite.linear"], [%"data_end.42", %"udplite.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.13", %"udplite.linear"], [%"keys.42", %"udplite.copy_failed.endif"]
  %".697" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".698" = zext i16 %".697" to i64
  %".699" = trunc i64 %".698" to i16
  %".700" = call i16 @"llvm.bswap.i16"(i16 %".699")
  %".701" = getelementptr i8, ptr %"keys.43", i64 12
  store i16 %".700", ptr %".701", align 2
  %".703" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".704" = zext i16 %".703" to i64
  %".705" = trunc i64 %".704" to i16
  %".706" = call i16 @"llvm.bswap.i16"(i16 %".705")
  %".707" = getelementptr i8, ptr %"keys.43", i64 14
  store i16 %".706", ptr %".707", align 2
  %".709" = add i64 %"cursor.8", 4
  %".710" = add i64 4, 4
  %".711" = getelementptr i8, ptr %"data.43", i64 %"cursor.8"
  %".712" = getelementptr i8, ptr %".711", i64 %".710"
  %".713" = icmp ugt ptr %".712", %"data_end.43"
  br i1 %".713", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.45" = phi  ptr [%"data.43", %"udplite.header"], [%"data.44", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.43", %"udplite.header"], [%"data_end.44", %"udplite.copy_last_byte_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.43", %"udplite.header"], [%"keys.44", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.8", %".710"
  %".734" = trunc i64 %"cursor.8" to i16
  %".735" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".734", ptr %".735", align 2
  br label %"return"
gre_d0:
  %"cursor.9" = phi  i64 [%"end", %"ipv4_d0.to_gre"], [%".285", %"ipv6_d0.to_gre"], [%"cursor.73", %"ipv6_opts_d0_ipv6_ext1.to_gre"], [%"cursor.88", %"ipv6_frag_d0_ipv6_ext1.to_gre"], [%"cursor.148", %"ipv6_opts_d0_ipv6_ext2.to_gre"], [%"cursor.163", %"ipv6_frag_d0_ipv6_ext2.to_gre"], [%"cursor.218", %"ipv6_opts_d0_ipv6_ext3.to_gre"], [%"cursor.230", %"ipv6_frag_d0_ipv6_ext3.to_gre"]
  %"data.14" = phi  ptr [%"data.10", %"ipv4_d0.to_gre"], [%"data.23", %"ipv6_d0.to_gre"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_gre"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_gre"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_gre"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_gre"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.to_gre"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.to_gre"]
  %"data_end.14" = phi  ptr [%"data_end.10", %"ipv4_d0.to_gre"], [%"data_end.23", %"ipv6_d0.to_gre"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_gre"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_gre"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_gre"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_gre"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.to_gre"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.to_gre"]
  %"keys.14" = phi  ptr [%"keys.10", %"ipv4_d0.to_gre"], [%"keys.23", %"ipv6_d0.to_gre"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_gre"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_gre"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_gre"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_gre"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.to_gre"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.to_gre"]
  %"hdr.8" = getelementptr i8, ptr %"data.14", i64 %"cursor.9"
  %".738" = getelementptr i8, ptr %"hdr.8", i64 4
  %".739" = icmp ugt ptr %".738", %"data_end.14"
  br i1 %".739", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".741" = getelementptr i8, ptr %"hdr.8", i64 0
  %".742" = load i8, ptr %".741", align 1
  %".743" = getelementptr i8, ptr %"hdr.8", i64 1
  %".744" = load i8, ptr %".743", align 1
  %".745" = getelementptr i8, ptr %"hdr.8", i64 2
  %".746" = load i16, ptr %".745", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.2" = phi  i8 [%".742", %"gre_d0.linear"], [%".765", %"gre_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".744", %"gre_d0.linear"], [%".767", %"gre_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".746", %"gre_d0.linear"], [%".769", %"gre_d0.copy_failed.endif"]
  %"data.47" = phi  ptr [%"data.14", %"gre_d0.linear"], [%"data.46", %"gre_d0.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.14", %"gre_d0.linear"], [%"data_end.46", %"gre_d0.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.14", %"gre_d0.linear"], [%"keys.46", %"gre_d0.copy_failed.endif"]
  %".771" = zext i8 %"w1_1.1" to i64
  %".772" = and i64 %".771", 7
  %".773" = icmp ne i64 %".772", 0
  %".774" = zext i8 %"w0_1.2" to i64
  %".775" = lshr i64 %".774", 6
  %".776" = and i64 %".775", 1
  %".777" = icmp ne i64 %".776", 0
  %".778" = or i1 %".773", %".777"
  br i1 %".778", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
sctp:
  %"cursor.10" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".285", %"ipv6_d0.to_sctp"], [%"cursor.47", %"ipv4_d1.to_sctp"], [%"cursor.62", %"ipv6_d1.to_sctp"], [%"cursor.74", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"cursor.89", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"cursor.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"cursor.136", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"cursor.149", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"cursor.164", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"cursor.195", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"cursor.209", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"cursor.219", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"cursor.231", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"cursor.248", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"cursor.258", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data.15" = phi  ptr [%"data.10", %"ipv4_d0.to_sctp"], [%"data.23", %"ipv6_d0.to_sctp"], [%"data.64", %"ipv4_d1.to_sctp"], [%"data.67", %"ipv6_d1.to_sctp"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.142", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.144", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data_end.15" = phi  ptr [%"data_end.10", %"ipv4_d0.to_sctp"], [%"data_end.23", %"ipv6_d0.to_sctp"], [%"data_end.64", %"ipv4_d1.to_sctp"], [%"data_end.67", %"ipv6_d1.to_sctp"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.142", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.144", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"keys.15" = phi  ptr [%"keys.10", %"ipv4_d0.to_sctp"], [%"keys.23", %"ipv6_d0.to_sctp"], [%"keys.64", %"ipv4_d1.to_sctp"], [%"keys.67", %"ipv6_d1.to_sctp"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.142", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.144", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"hdr.9" = getelementptr i8, ptr %"data.15", i64 %"cursor.10"
  %".874" = getelementptr i8, ptr %"hdr.9", i64 4
  %".875" = icmp ugt ptr %".874", %"data_end.15"
  br i1 %".875", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".877" = getelementptr i8, ptr %"hdr.9", i64 0
  %".878" = load i16, ptr %".877", align 2
  %".879" = getelementptr i8, ptr %"hdr.9", i64 2
  %".880" = load i16, ptr %".879", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".878", %"sctp.linear"], [%".899", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".880", %"sctp.linear"], [%".901", %"sctp.copy_failed.endif"]
  %"data.52" = phi  ptr [%"data.15", %"sctp.linear"], [%"data.51", %"sctp.copy_failed.endif"]
  %"data_end.52" = phi  ptr [%"data_end.15", %"sctp.linear"], [%"data_end.51", %"sctp.copy_failed.endif"]
  %"keys.52" = phi  ptr [%"keys.15", %"sctp.linear"], [%"keys.51", %"sctp.copy_failed.endif"]
  %".903" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".904" = zext i16 %".903" to i64
  %".905" = trunc i64 %".904" to i16
  %".906" = call i16 @"llvm.bswap.i16"(i16 %".905")
  %".907" = getelementptr i8, ptr %"keys.52", i64 12
  store i16 %".906", ptr %".907", align 2
  %".909" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".910" = zext i16 %".909" to i64
  %".911" = trunc i64 %".910" to i16
  %".912" = call i16 @"llvm.bswap.i16"(i16 %".911")
  %".913" = getelementptr i8, ptr %"keys.52", i64 14
  store i16 %".912", ptr %".913", align 2
  %".915" = add i64 %"cursor.10", 4
  %".916" = trunc i64 %"cursor.10" to i16
  %".917" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".916", ptr %".917", align 2
  br label %"return"
dccp:
  %"cursor.11" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".285", %"ipv6_d0.to_dccp"], [%"cursor.48", %"ipv4_d1.to_dccp"], [%"cursor.63", %"ipv6_d1.to_dccp"], [%"cursor.75", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"cursor.90", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"cursor.123", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"cursor.137", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"cursor.150", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"cursor.165", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"cursor.196", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"cursor.210", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"cursor.220", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"cursor.232", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"cursor.249", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"cursor.259", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data.16" = phi  ptr [%"data.10", %"ipv4_d0.to_dccp"], [%"data.23", %"ipv6_d0.to_dccp"], [%"data.64", %"ipv4_d1.to_dccp"], [%"data.67", %"ipv6_d1.to_dccp"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.142", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.144", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data_end.16" = phi  ptr [%"data_end.10", %"ipv4_d0.to_dccp"], [%"data_end.23", %"ipv6_d0.to_dccp"], [%"data_end.64", %"ipv4_d1.to_dccp"], [%"data_end.67", %"ipv6_d1.to_dccp"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.142", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.144", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"keys.16" = phi  ptr [%"keys.10", %"ipv4_d0.to_dccp"], [%"keys.23", %"ipv6_d0.to_dccp"], [%"keys.64", %"ipv4_d1.to_dccp"], [%"keys.67", %"ipv6_d1.to_dccp"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.142", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.144", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.11"
  %".920" = getelementptr i8, ptr %"hdr.10", i64 4
  %".921" = icmp ugt ptr %".920", %"data_end.16"
  br i1 %".921", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".923" = getelementptr i8, ptr %"hdr.10", i64 0
  %".924" = load i16, ptr %".923", align 2
  %".925" = getelementptr i8, ptr %"hdr.10", i64 2
  %".926" = load i16, ptr %".925", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".924", %"dccp.linear"], [%".945", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".926", %"dccp.linear"], [%".947", %"dccp.copy_failed.endif"]
  %"data.54" = phi  ptr [%"data.16", %"dccp.linear"], [%"data.53", %"dccp.copy_failed.endif"]
  %"data_end.54" = phi  ptr [%"data_end.16", %"dccp.linear"], [%"data_end.53", %"dccp.copy_failed.endif"]
  %"keys.54" = phi  ptr [%"keys.16", %"dccp.linear"], [%"keys.53", %"dccp.copy_failed.endif"]
  %".949" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".950" = zext i16 %".949" to i64
  %".951" = trunc i64 %".950" to i16
  %".952" = call i16 @"llvm.bswap.i16"(i16 %".951")
  %".953" = getelementptr i8, ptr %"keys.54", i64 12
  store i16 %".952", ptr %".953", align 2
  %".955" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".956" = zext i16 %".955" to i64
  %".957" = trunc i64 %".956" to i16
  %".958" = call i16 @"llvm.bswap.i16"(i16 %".957")
  %".959" = getelementptr i8, ptr %"keys.54", i64 14
  store i16 %".958", ptr %".959", align 2
  %".961" = add i64 %"cursor.11", 4
  %".962" = trunc i64 %"cursor.11" to i16
  %".963" = getelementptr i8, ptr %"keys.54", i64 2
  store i16 %".962", ptr %".963", align 2
  br label %"return"
esp:
  %"cursor.12" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".285", %"ipv6_d0.to_esp"], [%"cursor.49", %"ipv4_d1.to_esp"], [%"cursor.64", %"ipv6_d1.to_esp"], [%"cursor.76", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"cursor.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"cursor.124", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"cursor.138", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"cursor.151", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"cursor.166", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"cursor.197", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"cursor.211", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"cursor.221", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"cursor.233", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"cursor.250", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"cursor.260", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data.17" = phi  ptr [%"data.10", %"ipv4_d0.to_esp"], [%"data.23", %"ipv6_d0.to_esp"], [%"data.64", %"ipv4_d1.to_esp"], [%"data.67", %"ipv6_d1.to_esp"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.142", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.144", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data_end.17" = phi  ptr [%"data_end.10", %"ipv4_d0.to_esp"], [%"data_end.23", %"ipv6_d0.to_esp"], [%"data_end.64", %"ipv4_d1.to_esp"], [%"data_end.67", %"ipv6_d1.to_esp"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.142", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.144", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"keys.17" = phi  ptr [%"keys.10", %"ipv4_d0.to_esp"], [%"keys.23", %"ipv6_d0.to_esp"], [%"keys.64", %"ipv4_d1.to_esp"], [%"keys.67", %"ipv6_d1.to_esp"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.142", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.144", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.12"
  %".966" = getelementptr i8, ptr %"hdr.11", i64 4
  %".967" = icmp ugt ptr %".966", %"data_end.17"
  br i1 %".967", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".969" = getelementptr i8, ptr %"hdr.11", i64 0
  %".970" = load i32, ptr %".969", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".970", %"esp.linear"], [%".989", %"esp.copy_failed.endif"]
  %"data.56" = phi  ptr [%"data.17", %"esp.linear"], [%"data.55", %"esp.copy_failed.endif"]
  %"data_end.56" = phi  ptr [%"data_end.17", %"esp.linear"], [%"data_end.55", %"esp.copy_failed.endif"]
  %"keys.56" = phi  ptr [%"keys.17", %"esp.linear"], [%"keys.55", %"esp.copy_failed.endif"]
  %".991" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".992" = zext i32 %".991" to i64
  %".993" = lshr i64 %".992", 16
  %".994" = trunc i64 %".993" to i16
  %".995" = call i16 @"llvm.bswap.i16"(i16 %".994")
  %".996" = getelementptr i8, ptr %"keys.56", i64 12
  store i16 %".995", ptr %".996", align 2
  %".998" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".999" = zext i32 %".998" to i64
  %".1000" = and i64 %".999", 65535
  %".1001" = trunc i64 %".1000" to i16
  %".1002" = call i16 @"llvm.bswap.i16"(i16 %".1001")
  %".1003" = getelementptr i8, ptr %"keys.56", i64 14
  store i16 %".1002", ptr %".1003", align 2
  %".1005" = add i64 %"cursor.12", 4
  %".1006" = trunc i64 %"cursor.12" to i16
  %".1007" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".1006", ptr %".1007", align 2
  br label %"return"
ah:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".285", %"ipv6_d0.to_ah"], [%"cursor.50", %"ipv4_d1.to_ah"], [%"cursor.65", %"ipv6_d1.to_ah"], [%"cursor.77", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"cursor.92", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"cursor.125", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"cursor.139", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"cursor.152", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"cursor.167", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"cursor.198", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"cursor.212", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"cursor.222", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"cursor.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"cursor.251", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"cursor.261", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data.18" = phi  ptr [%"data.10", %"ipv4_d0.to_ah"], [%"data.23", %"ipv6_d0.to_ah"], [%"data.64", %"ipv4_d1.to_ah"], [%"data.67", %"ipv6_d1.to_ah"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.142", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.144", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data_end.18" = phi  ptr [%"data_end.10", %"ipv4_d0.to_ah"], [%"data_end.23", %"ipv6_d0.to_ah"], [%"data_end.64", %"ipv4_d1.to_ah"], [%"data_end.67", %"ipv6_d1.to_ah"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.142", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.144", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"keys.18" = phi  ptr [%"keys.10", %"ipv4_d0.to_ah"], [%"keys.23", %"ipv6_d0.to_ah"], [%"keys.64", %"ipv4_d1.to_ah"], [%"keys.67", %"ipv6_d1.to_ah"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.142", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.144", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.13"
  %".1010" = getelementptr i8, ptr %"hdr.12", i64 8
  %".1011" = icmp ugt ptr %".1010", %"data_end.18"
  br i1 %".1011", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1013" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1014" = load i32, ptr %".1013", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1014", %"ah.linear"], [%".1033", %"ah.copy_failed.endif"]
  %"data.58" = phi  ptr [%"data.18", %"ah.linear"], [%"data.57", %"ah.copy_failed.endif"]
  %"data_end.58" = phi  ptr [%"data_end.18", %"ah.linear"], [%"data_end.57", %"ah.copy_failed.endif"]
  %"keys.58" = phi  ptr [%"keys.18", %"ah.linear"], [%"keys.57", %"ah.copy_failed.endif"]
  %".1035" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1036" = zext i32 %".1035" to i64
  %".1037" = lshr i64 %".1036", 16
  %".1038" = trunc i64 %".1037" to i16
  %".1039" = call i16 @"llvm.bswap.i16"(i16 %".1038")
  %".1040" = getelementptr i8, ptr %"keys.58", i64 12
  store i16 %".1039", ptr %".1040", align 2
  %".1042" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1043" = zext i32 %".1042" to i64
  %".1044" = and i64 %".1043", 65535
  %".1045" = trunc i64 %".1044" to i16
  %".1046" = call i16 @"llvm.bswap.i16"(i16 %".1045")
  %".1047" = getelementptr i8, ptr %"keys.58", i64 14
  store i16 %".1046", ptr %".1047", align 2
  %".1049" = add i64 %"cursor.13", 8
  %".1050" = trunc i64 %"cursor.13" to i16
  %".1051" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".1050", ptr %".1051", align 2
  br label %"return"
icmp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.4", %"ipv4_d1.to_icmp"]
  %"data.19" = phi  ptr [%"data.10", %"ipv4_d0.to_icmp"], [%"data.64", %"ipv4_d1.to_icmp"]
  %"data_end.19" = phi  ptr [%"data_end.10", %"ipv4_d0.to_icmp"], [%"data_end.64", %"ipv4_d1.to_icmp"]
  %"keys.19" = phi  ptr [%"keys.10", %"ipv4_d0.to_icmp"], [%"keys.64", %"ipv4_d1.to_icmp"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.14"
  %".1054" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1055" = icmp ugt ptr %".1054", %"data_end.19"
  br i1 %".1055", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.60" = phi  ptr [%"data.19", %"icmp.linear"], [%"data.59", %"icmp.copy_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.19", %"icmp.linear"], [%"data_end.59", %"icmp.copy_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.19", %"icmp.linear"], [%"keys.59", %"icmp.copy_failed.endif"]
  %".1075" = add i64 %"cursor.14", 4
  %".1076" = trunc i64 %"cursor.14" to i16
  %".1077" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1076", ptr %".1077", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".188" = trunc i64 %"end" to i16
  %".189" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".188", ptr %".189", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".192" = getelementptr i8, ptr %"keys.10", i64 2
  %".193" = trunc i64 %"end" to i16
  store volatile i16 %".193", ptr %".192", align 2
  %".195" = load volatile i16, ptr %".192", align 2
  %".196" = zext i16 %".195" to i64
  %"cursor.17" = and i64 %".196", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.16" = phi  i64 [%"cursor.17", %"ipv4_d0.stop_at_encap.endif"], [%"cursor.25", %"ipv6_d0.stop_at_encap.endif"], [%"cursor.36", %"gre_d0.to_ipv4"], [%"cursor.80", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.95", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.103", %"ethernet_d1.to_ipv4"], [%"cursor.155", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.170", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.173", %"vlan_d1_vlan_tags1.to_ipv4"], [%"cursor.181", %"pppoe_d1.to_ipv4"], [%"cursor.225", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.237", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.239", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data.20" = phi  ptr [%"data.10", %"ipv4_d0.stop_at_encap.endif"], [%"data.23", %"ipv6_d0.stop_at_encap.endif"], [%"data.49", %"gre_d0.to_ipv4"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.90", %"ethernet_d1.to_ipv4"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.117", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.120", %"pppoe_d1.to_ipv4"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.138", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data_end.20" = phi  ptr [%"data_end.10", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.23", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.49", %"gre_d0.to_ipv4"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.90", %"ethernet_d1.to_ipv4"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.117", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.120", %"pppoe_d1.to_ipv4"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.138", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"keys.20" = phi  ptr [%"keys.10", %"ipv4_d0.stop_at_encap.endif"], [%"keys.23", %"ipv6_d0.stop_at_encap.endif"], [%"keys.49", %"gre_d0.to_ipv4"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.90", %"ethernet_d1.to_ipv4"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.117", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.120", %"pppoe_d1.to_ipv4"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.138", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1080" = getelementptr i8, ptr %"hdr.14", i64 20
  %".1081" = icmp ugt ptr %".1080", %"data_end.20"
  br i1 %".1081", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1083" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1084" = load i8, ptr %".1083", align 1
  %".1085" = getelementptr i8, ptr %"hdr.14", i64 6
  %".1086" = load i16, ptr %".1085", align 2
  %".1087" = getelementptr i8, ptr %"hdr.14", i64 9
  %".1088" = load i8, ptr %".1087", align 1
  %".1089" = getelementptr i8, ptr %"hdr.14", i64 12
  %".1090" = load i32, ptr %".1089", align 4
  %".1091" = getelementptr i8, ptr %"hdr.14", i64 16
  %".1092" = load i32, ptr %".1091", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.3" = phi  i8 [%".1084", %"ipv4_d1.linear"], [%".1111", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1086", %"ipv4_d1.linear"], [%".1113", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1088", %"ipv4_d1.linear"], [%".1115", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1090", %"ipv4_d1.linear"], [%".1117", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1092", %"ipv4_d1.linear"], [%".1119", %"ipv4_d1.copy_failed.endif"]
  %"data.62" = phi  ptr [%"data.20", %"ipv4_d1.linear"], [%"data.61", %"ipv4_d1.copy_failed.endif"]
  %"data_end.62" = phi  ptr [%"data_end.20", %"ipv4_d1.linear"], [%"data_end.61", %"ipv4_d1.copy_failed.endif"]
  %"keys.62" = phi  ptr [%"keys.20", %"ipv4_d1.linear"], [%"keys.61", %"ipv4_d1.copy_failed.endif"]
  %".1121" = zext i8 %"w0_1.3" to i64
  %".1122" = and i64 %".1121", 15
  %".1123" = icmp uge i64 %".1122", 5
  %".1124" = xor i1 %".1123", -1
  br i1 %".1124", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".204" = trunc i64 %"end" to i16
  %".205" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".204", ptr %".205", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".208" = getelementptr i8, ptr %"keys.10", i64 2
  %".209" = trunc i64 %"end" to i16
  store volatile i16 %".209", ptr %".208", align 2
  %".211" = load volatile i16, ptr %".208", align 2
  %".212" = zext i16 %".211" to i64
  %"cursor.19" = and i64 %".212", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.18" = phi  i64 [%"cursor.19", %"ipv4_d0.stop_at_encap.endif.1"], [%"cursor.26", %"ipv6_d0.stop_at_encap.endif.1"], [%"cursor.37", %"gre_d0.to_ipv6"], [%"cursor.81", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.96", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.104", %"ethernet_d1.to_ipv6"], [%"cursor.156", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.171", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.174", %"vlan_d1_vlan_tags1.to_ipv6"], [%"cursor.182", %"pppoe_d1.to_ipv6"], [%"cursor.226", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.238", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.240", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data.21" = phi  ptr [%"data.10", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.23", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.49", %"gre_d0.to_ipv6"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.90", %"ethernet_d1.to_ipv6"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.117", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.120", %"pppoe_d1.to_ipv6"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.138", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data_end.21" = phi  ptr [%"data_end.10", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.23", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.49", %"gre_d0.to_ipv6"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.90", %"ethernet_d1.to_ipv6"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.117", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.120", %"pppoe_d1.to_ipv6"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.138", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"keys.21" = phi  ptr [%"keys.10", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.23", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.49", %"gre_d0.to_ipv6"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.90", %"ethernet_d1.to_ipv6"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.117", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.120", %"pppoe_d1.to_ipv6"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.138", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1296" = getelementptr i8, ptr %"hdr.15", i64 40
  %".1297" = icmp ugt ptr %".1296", %"data_end.21"
  br i1 %".1297", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1299" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1300" = load i32, ptr %".1299", align 4
  %".1301" = getelementptr i8, ptr %"hdr.15", i64 6
  %".1302" = load i8, ptr %".1301", align 1
  %".1303" = getelementptr i8, ptr %"hdr.15", i64 8
  %".1304" = load i64, ptr %".1303", align 8
  %".1305" = getelementptr i8, ptr %"hdr.15", i64 16
  %".1306" = load i64, ptr %".1305", align 8
  %".1307" = getelementptr i8, ptr %"hdr.15", i64 24
  %".1308" = load i64, ptr %".1307", align 8
  %".1309" = getelementptr i8, ptr %"hdr.15", i64 32
  %".1310" = load i64, ptr %".1309", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1300", %"ipv6_d1.linear"], [%".1329", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1302", %"ipv6_d1.linear"], [%".1331", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1304", %"ipv6_d1.linear"], [%".1333", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1306", %"ipv6_d1.linear"], [%".1335", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1308", %"ipv6_d1.linear"], [%".1337", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1310", %"ipv6_d1.linear"], [%".1339", %"ipv6_d1.copy_failed.endif"]
  %"data.67" = phi  ptr [%"data.21", %"ipv6_d1.linear"], [%"data.66", %"ipv6_d1.copy_failed.endif"]
  %"data_end.67" = phi  ptr [%"data_end.21", %"ipv6_d1.linear"], [%"data_end.66", %"ipv6_d1.copy_failed.endif"]
  %"keys.67" = phi  ptr [%"keys.21", %"ipv6_d1.linear"], [%"keys.66", %"ipv6_d1.copy_failed.endif"]
  %".1341" = trunc i64 34525 to i16
  %".1342" = getelementptr i8, ptr %"keys.67", i64 4
  store i16 %".1341", ptr %".1342", align 2
  %".1344" = trunc i64 34525 to i16
  %".1345" = call i16 @"llvm.bswap.i16"(i16 %".1344")
  %".1346" = getelementptr i8, ptr %"keys.67", i64 10
  store i16 %".1345", ptr %".1346", align 2
  %".1348" = getelementptr i8, ptr %"keys.67", i64 16
  store i64 %"w8_8.1", ptr %".1348", align 8
  %".1350" = getelementptr i8, ptr %"keys.67", i64 24
  store i64 %"w16_8.1", ptr %".1350", align 8
  %".1352" = getelementptr i8, ptr %"keys.67", i64 32
  store i64 %"w24_8.1", ptr %".1352", align 8
  %".1354" = getelementptr i8, ptr %"keys.67", i64 40
  store i64 %"w32_8.1", ptr %".1354", align 8
  %".1356" = zext i8 %"w6_1.1" to i64
  %".1357" = trunc i64 %".1356" to i8
  %".1358" = getelementptr i8, ptr %"keys.67", i64 9
  store i8 %".1357", ptr %".1358", align 1
  %".1360" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1361" = zext i32 %".1360" to i64
  %".1362" = and i64 %".1361", 1048575
  %".1363" = trunc i64 %".1362" to i32
  %".1364" = call i32 @"llvm.bswap.i32"(i32 %".1363")
  %".1365" = getelementptr i8, ptr %"keys.67", i64 52
  store i32 %".1364", ptr %".1365", align 4
  %".1367" = add i64 %"cursor.18", 40
  %".1368" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1369" = zext i32 %".1368" to i64
  %".1370" = and i64 %".1369", 1048575
  %".1371" = icmp ne i64 %".1370", 0
  %".1372" = getelementptr i8, ptr %"keys.67", i64 48
  %"flags.10" = load volatile i32, ptr %".1372", align 4
  %".1373" = and i32 %"flags.10", 2
  %".1374" = icmp ne i32 %".1373", 0
  %".1375" = and i1 %".1371", %".1374"
  br i1 %".1375", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".230" = trunc i64 %"cursor.2" to i32
  %".231" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".230", [40 x i8]* %"header_copy", i32 40)
  %".232" = icmp eq i64 %".231", 0
  %".233" = getelementptr i8, ptr %"ctx.3", i64 76
  %".234" = load i32, ptr %".233", align 4
  %".235" = zext i32 %".234" to i64
  %"data.22" = inttoptr i64 %".235" to ptr
  %".236" = getelementptr i8, ptr %"ctx.3", i64 80
  %".237" = load i32, ptr %".236", align 4
  %".238" = zext i32 %".237" to i64
  %"data_end.22" = inttoptr i64 %".238" to ptr
  %".239" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.22" = load ptr, ptr %".239", align 8
  %".240" = xor i1 %".232", -1
  br i1 %".240", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".242" = trunc i64 %"cursor.2" to i16
  %".243" = getelementptr i8, ptr %"keys.22", i64 2
  store i16 %".242", ptr %".243", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".246" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".247" = load volatile i32, [40 x i8]* %".246", align 4
  %".248" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".249" = load volatile i8, [40 x i8]* %".248", align 1
  %".250" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".251" = load volatile i64, [40 x i8]* %".250", align 8
  %".252" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".253" = load volatile i64, [40 x i8]* %".252", align 8
  %".254" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".255" = load volatile i64, [40 x i8]* %".254", align 8
  %".256" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".257" = load volatile i64, [40 x i8]* %".256", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".295" = trunc i64 %".285" to i16
  %".296" = getelementptr i8, ptr %"keys.23", i64 2
  store i16 %".295", ptr %".296", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".299" = zext i8 %"w6_1" to i64
  switch i64 %".299", label %"ipv6_d0.unknown" [i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]
ipv6_d0.unknown:
  %".301" = trunc i64 %".285" to i16
  %".302" = getelementptr i8, ptr %"keys.23", i64 2
  store i16 %".301", ptr %".302", align 2
  br label %"return"
ipv6_d0.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.2:
  %".307" = getelementptr i8, ptr %"keys.23", i64 2
  %".308" = trunc i64 %".285" to i16
  store volatile i16 %".308", ptr %".307", align 2
  %".310" = load volatile i16, ptr %".307", align 2
  %".311" = zext i16 %".310" to i64
  %"cursor.21" = and i64 %".311", 16383
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext1"
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.to_udp:
  br label %"udp"
ipv6_d0.to_udplite:
  br label %"udplite"
ipv6_d0.to_gre:
  br label %"gre_d0"
ipv6_d0.to_sctp:
  br label %"sctp"
ipv6_d0.to_dccp:
  br label %"dccp"
ipv6_d0.to_esp:
  br label %"esp"
ipv6_d0.to_ah:
  br label %"ah"
ipv6_d0.to_icmpv6:
  br label %"icmpv6"
ipv6_d0.to_mpls:
  %".323" = trunc i64 34887 to i16
  %".324" = call i16 @"llvm.bswap.i16"(i16 %".323")
  %".325" = getelementptr i8, ptr %"keys.23", i64 10
  store i16 %".324", ptr %".325", align 2
  %".327" = getelementptr i8, ptr %"keys.23", i64 2
  %".328" = trunc i64 %".285" to i16
  store volatile i16 %".328", ptr %".327", align 2
  %".330" = load volatile i16, ptr %".327", align 2
  %".331" = zext i16 %".330" to i64
  %"cursor.24" = and i64 %".331", 16383
  br label %"mpls_mpls_labels1"
ipv6_d0.to_ipv4:
  %".333" = getelementptr i8, ptr %"keys.23", i64 8
  store i8 1, ptr %".333", align 1
  %".335" = getelementptr i8, ptr %"keys.23", i64 48
  %"flags.4" = load volatile i32, ptr %".335", align 4
  %".336" = and i32 %"flags.4", 4
  %".337" = icmp ne i32 %".336", 0
  br i1 %".337", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".349" = getelementptr i8, ptr %"keys.23", i64 8
  store i8 1, ptr %".349", align 1
  %".351" = getelementptr i8, ptr %"keys.23", i64 48
  %"flags.5" = load volatile i32, ptr %".351", align 4
  %".352" = and i32 %"flags.5", 4
  %".353" = icmp ne i32 %".352", 0
  br i1 %".353", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.20" = phi  i64 [%".285", %"ipv6_d0.to_ipv6_opts"], [%".285", %"ipv6_d0.to_ipv6_opts.1"], [%"cursor.21", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.24" = phi  ptr [%"data.23", %"ipv6_d0.to_ipv6_opts"], [%"data.23", %"ipv6_d0.to_ipv6_opts.1"], [%"data.23", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.24" = phi  ptr [%"data_end.23", %"ipv6_d0.to_ipv6_opts"], [%"data_end.23", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.23", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.24" = phi  ptr [%"keys.23", %"ipv6_d0.to_ipv6_opts"], [%"keys.23", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.23", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.16" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1498" = getelementptr i8, ptr %"hdr.16", i64 2
  %".1499" = icmp ugt ptr %".1498", %"data_end.24"
  br i1 %".1499", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1501" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1502" = load i8, ptr %".1501", align 1
  %".1503" = getelementptr i8, ptr %"hdr.16", i64 1
  %".1504" = load i8, ptr %".1503", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.4" = phi  i8 [%".1502", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1523", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1504", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1525", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.71" = phi  ptr [%"data.24", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.70", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.24", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.70", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.24", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.70", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1527" = zext i8 %"w0_1.4" to i64
  %".1528" = trunc i64 %".1527" to i8
  %".1529" = getelementptr i8, ptr %"keys.71", i64 9
  store i8 %".1528", ptr %".1529", align 1
  %".1531" = add i64 %"cursor.20", 2
  %".1532" = zext i8 %"w1_1.2" to i64
  %".1533" = mul i64 %".1532", 8
  %".1534" = add i64 %".1533", 6
  %".1535" = add i64 %".1534", 2
  %".1536" = getelementptr i8, ptr %"data.71", i64 %"cursor.20"
  %".1537" = getelementptr i8, ptr %".1536", i64 %".1535"
  %".1538" = icmp ugt ptr %".1537", %"data_end.71"
  br i1 %".1538", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext1.variable_part:
  %"data.73" = phi  ptr [%"data.71", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data.72", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.71", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data_end.72", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.71", %"ipv6_opts_d0_ipv6_ext1.header"], [%"keys.72", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.20", %".1535"
  %".1559" = zext i8 %"w0_1.4" to i64
  switch i64 %".1559", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.22" = phi  i64 [%".285", %"ipv6_d0.to_ipv6_frag"]
  %"data.25" = phi  ptr [%"data.23", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.25" = phi  ptr [%"data_end.23", %"ipv6_d0.to_ipv6_frag"]
  %"keys.25" = phi  ptr [%"keys.23", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.17" = getelementptr i8, ptr %"data.25", i64 %"cursor.22"
  %".1670" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1671" = icmp ugt ptr %".1670", %"data_end.25"
  br i1 %".1671", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1673" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1674" = load i8, ptr %".1673", align 1
  %".1675" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1676" = load i16, ptr %".1675", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1674", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1695", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1676", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1697", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.77" = phi  ptr [%"data.25", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.76", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.77" = phi  ptr [%"data_end.25", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.76", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.77" = phi  ptr [%"keys.25", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.76", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1699" = zext i8 %"w0_1.5" to i64
  %".1700" = trunc i64 %".1699" to i8
  %".1701" = getelementptr i8, ptr %"keys.77", i64 9
  store i8 %".1700", ptr %".1701", align 1
  %".1703" = add i64 %"cursor.22", 8
  %".1704" = icmp ne i64 1, 0
  %".1705" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1706" = zext i16 %".1705" to i64
  %".1707" = and i64 %".1706", 65528
  %".1708" = icmp eq i64 %".1707", 0
  br i1 %".1704", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.23" = phi  i64 [%".285", %"ipv6_d0.to_icmpv6"], [%".1367", %"ipv6_d1.to_icmpv6"], [%"cursor.78", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"cursor.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"cursor.126", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"cursor.140", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"cursor.153", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"cursor.168", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"cursor.199", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"cursor.213", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"cursor.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"cursor.235", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"cursor.252", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"cursor.262", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data.26" = phi  ptr [%"data.23", %"ipv6_d0.to_icmpv6"], [%"data.67", %"ipv6_d1.to_icmpv6"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.132", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.134", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.142", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.144", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data_end.26" = phi  ptr [%"data_end.23", %"ipv6_d0.to_icmpv6"], [%"data_end.67", %"ipv6_d1.to_icmpv6"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.132", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.134", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.142", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.144", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"keys.26" = phi  ptr [%"keys.23", %"ipv6_d0.to_icmpv6"], [%"keys.67", %"ipv6_d1.to_icmpv6"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.132", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.134", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.142", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.144", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"hdr.18" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1851" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1852" = icmp ugt ptr %".1851", %"data_end.26"
  br i1 %".1852", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.79" = phi  ptr [%"data.26", %"icmpv6.linear"], [%"data.78", %"icmpv6.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.26", %"icmpv6.linear"], [%"data_end.78", %"icmpv6.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.26", %"icmpv6.linear"], [%"keys.78", %"icmpv6.copy_failed.endif"]
  %".1872" = add i64 %"cursor.23", 4
  %".1873" = trunc i64 %"cursor.23" to i16
  %".1874" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1873", ptr %".1874", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".339" = trunc i64 %".285" to i16
  %".340" = getelementptr i8, ptr %"keys.23", i64 2
  store i16 %".339", ptr %".340", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".343" = getelementptr i8, ptr %"keys.23", i64 2
  %".344" = trunc i64 %".285" to i16
  store volatile i16 %".344", ptr %".343", align 2
  %".346" = load volatile i16, ptr %".343", align 2
  %".347" = zext i16 %".346" to i64
  %"cursor.25" = and i64 %".347", 16383
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".355" = trunc i64 %".285" to i16
  %".356" = getelementptr i8, ptr %"keys.23", i64 2
  store i16 %".355", ptr %".356", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".359" = getelementptr i8, ptr %"keys.23", i64 2
  %".360" = trunc i64 %".285" to i16
  store volatile i16 %".360", ptr %".359", align 2
  %".362" = load volatile i16, ptr %".359", align 2
  %".363" = zext i16 %".362" to i64
  %"cursor.26" = and i64 %".363", 16383
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".371" = trunc i64 %"cursor.3" to i32
  %".372" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".371", [40 x i8]* %"header_copy", i32 4)
  %".373" = icmp eq i64 %".372", 0
  %".374" = getelementptr i8, ptr %"ctx.4", i64 76
  %".375" = load i32, ptr %".374", align 4
  %".376" = zext i32 %".375" to i64
  %"data.27" = inttoptr i64 %".376" to ptr
  %".377" = getelementptr i8, ptr %"ctx.4", i64 80
  %".378" = load i32, ptr %".377", align 4
  %".379" = zext i32 %".378" to i64
  %"data_end.27" = inttoptr i64 %".379" to ptr
  %".380" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.27" = load ptr, ptr %".380", align 8
  %".381" = xor i1 %".373", -1
  br i1 %".381", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".383" = trunc i64 %"cursor.3" to i16
  %".384" = getelementptr i8, ptr %"keys.27", i64 2
  store i16 %".383", ptr %".384", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".387" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".388" = load volatile i16, [40 x i8]* %".387", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".403" = trunc i64 %".396" to i16
  %".404" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".403", ptr %".404", align 2
  br label %"return"
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
vlan_d0_vlan_tags1.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags1.to_vlan:
  br label %"vlan_d0_vlan_tags2"
vlan_d0_vlan_tags1.to_vlan.1:
  br label %"vlan_d0_vlan_tags2"
vlan_d0_vlan_tags1.to_mpls:
  %".411" = getelementptr i8, ptr %"keys.28", i64 2
  %".412" = trunc i64 %".396" to i16
  store volatile i16 %".412", ptr %".411", align 2
  %".414" = load volatile i16, ptr %".411", align 2
  %".415" = zext i16 %".414" to i64
  %"cursor.28" = and i64 %".415", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_mpls.1:
  %".417" = getelementptr i8, ptr %"keys.28", i64 2
  %".418" = trunc i64 %".396" to i16
  store volatile i16 %".418", ptr %".417", align 2
  %".420" = load volatile i16, ptr %".417", align 2
  %".421" = zext i16 %".420" to i64
  %"cursor.29" = and i64 %".421", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_pppoe:
  br label %"pppoe_d0"
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".396", %"vlan_d0_vlan_tags1.to_vlan"], [%".396", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data.29" = phi  ptr [%"data.28", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.28", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"keys.29" = phi  ptr [%"keys.28", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.28", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"hdr.19" = getelementptr i8, ptr %"data.29", i64 %"cursor.27"
  %".1877" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1878" = icmp ugt ptr %".1877", %"data_end.29"
  br i1 %".1878", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1880" = getelementptr i8, ptr %"hdr.19", i64 2
  %".1881" = load i16, ptr %".1880", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1881", %"vlan_d0_vlan_tags2.linear"], [%".1900", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.29", %"vlan_d0_vlan_tags2.linear"], [%"data.80", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.29", %"vlan_d0_vlan_tags2.linear"], [%"data_end.80", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.29", %"vlan_d0_vlan_tags2.linear"], [%"keys.80", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1902" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1903" = zext i16 %".1902" to i64
  %".1904" = trunc i64 %".1903" to i16
  %".1905" = call i16 @"llvm.bswap.i16"(i16 %".1904")
  %".1906" = getelementptr i8, ptr %"keys.81", i64 10
  store i16 %".1905", ptr %".1906", align 2
  %".1908" = add i64 %"cursor.27", 4
  %".1909" = trunc i64 %".1908" to i16
  %".1910" = getelementptr i8, ptr %"keys.81", i64 0
  store i16 %".1909", ptr %".1910", align 2
  %".1912" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1913" = zext i16 %".1912" to i64
  switch i64 %".1913", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe"]
mpls_mpls_labels1.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".430" = trunc i64 %"cursor.4" to i32
  %".431" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".430", [40 x i8]* %"header_copy", i32 4)
  %".432" = icmp eq i64 %".431", 0
  %".433" = getelementptr i8, ptr %"ctx.5", i64 76
  %".434" = load i32, ptr %".433", align 4
  %".435" = zext i32 %".434" to i64
  %"data.30" = inttoptr i64 %".435" to ptr
  %".436" = getelementptr i8, ptr %"ctx.5", i64 80
  %".437" = load i32, ptr %".436", align 4
  %".438" = zext i32 %".437" to i64
  %"data_end.30" = inttoptr i64 %".438" to ptr
  %".439" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.30" = load ptr, ptr %".439", align 8
  %".440" = xor i1 %".432", -1
  br i1 %".440", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".442" = trunc i64 %"cursor.4" to i16
  %".443" = getelementptr i8, ptr %"keys.30", i64 2
  store i16 %".442", ptr %".443", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".446" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".447" = load volatile i8, [40 x i8]* %".446", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".453" = trunc i64 %".449" to i16
  %".454" = getelementptr i8, ptr %"keys.31", i64 2
  store i16 %".453", ptr %".454", align 2
  br label %"return"
mpls_mpls_labels1.to_mpls:
  br label %"mpls_mpls_labels2"
mpls_mpls_labels2:
  %"cursor.30" = phi  i64 [%".449", %"mpls_mpls_labels1.to_mpls"]
  %"data.32" = phi  ptr [%"data.31", %"mpls_mpls_labels1.to_mpls"]
  %"data_end.32" = phi  ptr [%"data_end.31", %"mpls_mpls_labels1.to_mpls"]
  %"keys.32" = phi  ptr [%"keys.31", %"mpls_mpls_labels1.to_mpls"]
  %"hdr.20" = getelementptr i8, ptr %"data.32", i64 %"cursor.30"
  %".1957" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1958" = icmp ugt ptr %".1957", %"data_end.32"
  br i1 %".1958", label %"mpls_mpls_labels2.copy", label %"mpls_mpls_labels2.linear", !prof !0
mpls_mpls_labels2.linear:
  %".1960" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1961" = load i8, ptr %".1960", align 1
  br label %"mpls_mpls_labels2.header"
mpls_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".1961", %"mpls_mpls_labels2.linear"], [%".1980", %"mpls_mpls_labels2.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.32", %"mpls_mpls_labels2.linear"], [%"data.82", %"mpls_mpls_labels2.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.32", %"mpls_mpls_labels2.linear"], [%"data_end.82", %"mpls_mpls_labels2.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.32", %"mpls_mpls_labels2.linear"], [%"keys.82", %"mpls_mpls_labels2.copy_failed.endif"]
  %".1982" = add i64 %"cursor.30", 4
  %".1983" = zext i8 %"w2_1.1" to i64
  %".1984" = and i64 %".1983", 1
  switch i64 %".1984", label %"mpls_mpls_labels2.unknown" [i64 0, label %"mpls_mpls_labels2.to_mpls"]
pppoe_d0.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".468" = trunc i64 %"cursor.5" to i32
  %".469" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".468", [40 x i8]* %"header_copy", i32 8)
  %".470" = icmp eq i64 %".469", 0
  %".471" = getelementptr i8, ptr %"ctx.6", i64 76
  %".472" = load i32, ptr %".471", align 4
  %".473" = zext i32 %".472" to i64
  %"data.33" = inttoptr i64 %".473" to ptr
  %".474" = getelementptr i8, ptr %"ctx.6", i64 80
  %".475" = load i32, ptr %".474", align 4
  %".476" = zext i32 %".475" to i64
  %"data_end.33" = inttoptr i64 %".476" to ptr
  %".477" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.33" = load ptr, ptr %".477", align 8
  %".478" = xor i1 %".470", -1
  br i1 %".478", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".480" = trunc i64 %"cursor.5" to i16
  %".481" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".480", ptr %".481", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".484" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".485" = load volatile i8, [40 x i8]* %".484", align 1
  %".486" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".487" = load volatile i8, [40 x i8]* %".486", align 1
  %".488" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".489" = load volatile i16, [40 x i8]* %".488", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".504" = trunc i64 %"cursor.5" to i16
  %".505" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".504", ptr %".505", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".508" = add i64 %"cursor.5", 8
  %".509" = trunc i64 %".508" to i16
  %".510" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".509", ptr %".510", align 2
  %".512" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".513" = zext i16 %".512" to i64
  switch i64 %".513", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]
pppoe_d0.unknown:
  %".515" = trunc i64 %".508" to i16
  %".516" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".515", ptr %".516", align 2
  br label %"return"
pppoe_d0.to_ipv4:
  %".519" = getelementptr i8, ptr %"keys.34", i64 2
  %".520" = trunc i64 %".508" to i16
  store volatile i16 %".520", ptr %".519", align 2
  %".522" = load volatile i16, ptr %".519", align 2
  %".523" = zext i16 %".522" to i64
  %"cursor.31" = and i64 %".523", 16383
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".525" = getelementptr i8, ptr %"keys.34", i64 2
  %".526" = trunc i64 %".508" to i16
  store volatile i16 %".526", ptr %".525", align 2
  %".528" = load volatile i16, ptr %".525", align 2
  %".529" = zext i16 %".528" to i64
  %"cursor.32" = and i64 %".529", 16383
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".531" = trunc i64 34887 to i16
  %".532" = call i16 @"llvm.bswap.i16"(i16 %".531")
  %".533" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %".532", ptr %".533", align 2
  %".535" = getelementptr i8, ptr %"keys.34", i64 2
  %".536" = trunc i64 %".508" to i16
  store volatile i16 %".536", ptr %".535", align 2
  %".538" = load volatile i16, ptr %".535", align 2
  %".539" = zext i16 %".538" to i64
  %"cursor.33" = and i64 %".539", 16383
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".541" = trunc i64 34888 to i16
  %".542" = call i16 @"llvm.bswap.i16"(i16 %".541")
  %".543" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %".542", ptr %".543", align 2
  %".545" = getelementptr i8, ptr %"keys.34", i64 2
  %".546" = trunc i64 %".508" to i16
  store volatile i16 %".546", ptr %".545", align 2
  %".548" = load volatile i16, ptr %".545", align 2
  %".549" = zext i16 %".548" to i64
  %"cursor.34" = and i64 %".549", 16383
  br label %"mpls_mpls_labels1"
tcp.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".559" = trunc i64 %"cursor.6" to i32
  %".560" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".559", [40 x i8]* %"header_copy", i32 4)
  %".561" = icmp eq i64 %".560", 0
  %".562" = getelementptr i8, ptr %"ctx.7", i64 76
  %".563" = load i32, ptr %".562", align 4
  %".564" = zext i32 %".563" to i64
  %"data.35" = inttoptr i64 %".564" to ptr
  %".565" = getelementptr i8, ptr %"ctx.7", i64 80
  %".566" = load i32, ptr %".565", align 4
  %".567" = zext i32 %".566" to i64
  %"data_end.35" = inttoptr i64 %".567" to ptr
  %".568" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.35" = load ptr, ptr %".568", align 8
  %".569" = xor i1 %".561", -1
  br i1 %".569", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".571" = trunc i64 %"cursor.6" to i16
  %".572" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".571", ptr %".572", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".575" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".576" = load volatile i16, [40 x i8]* %".575", align 2
  %".577" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".578" = load volatile i16, [40 x i8]* %".577", align 2
  br label %"tcp.header"
tcp.unknown:
  %".593" = trunc i64 %"cursor.6" to i16
  %".594" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".593", ptr %".594", align 2
  br label %"return"
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.35" = phi  i64 [%"cursor.6", %"tcp.to_tcp_header"]
  %"data.37" = phi  ptr [%"data.36", %"tcp.to_tcp_header"]
  %"data_end.37" = phi  ptr [%"data_end.36", %"tcp.to_tcp_header"]
  %"keys.37" = phi  ptr [%"keys.36", %"tcp.to_tcp_header"]
  %"hdr.21" = getelementptr i8, ptr %"data.37", i64 %"cursor.35"
  %".1991" = getelementptr i8, ptr %"hdr.21", i64 20
  %".1992" = icmp ugt ptr %".1991", %"data_end.37"
  br i1 %".1992", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".1994" = getelementptr i8, ptr %"hdr.21", i64 12
  %".1995" = load i8, ptr %".1994", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".1995", %"tcp_header.linear"], [%".2014", %"tcp_header.copy_failed.endif"]
  %"data.86" = phi  ptr [%"data.37", %"tcp_header.linear"], [%"data.85", %"tcp_header.copy_failed.endif"]
  %"data_end.86" = phi  ptr [%"data_end.37", %"tcp_header.linear"], [%"data_end.85", %"tcp_header.copy_failed.endif"]
  %"keys.86" = phi  ptr [%"keys.37", %"tcp_header.linear"], [%"keys.85", %"tcp_header.copy_failed.endif"]
  %".2016" = zext i8 %"w12_1" to i64
  %".2017" = lshr i64 %".2016", 4
  %".2018" = and i64 %".2017", 15
  %".2019" = icmp uge i64 %".2018", 5
  %".2020" = xor i1 %".2019", -1
  br i1 %".2020", label %"tcp_header.require", label %"tcp_header.require.endif"
udp.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".606" = trunc i64 %"cursor.7" to i32
  %".607" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".606", [40 x i8]* %"header_copy", i32 4)
  %".608" = icmp eq i64 %".607", 0
  %".609" = getelementptr i8, ptr %"ctx.8", i64 76
  %".610" = load i32, ptr %".609", align 4
  %".611" = zext i32 %".610" to i64
  %"data.38" = inttoptr i64 %".611" to ptr
  %".612" = getelementptr i8, ptr %"ctx.8", i64 80
  %".613" = load i32, ptr %".612", align 4
  %".614" = zext i32 %".613" to i64
  %"data_end.38" = inttoptr i64 %".614" to ptr
  %".615" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.38" = load ptr, ptr %".615", align 8
  %".616" = xor i1 %".608", -1
  br i1 %".616", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".618" = trunc i64 %"cursor.7" to i16
  %".619" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".618", ptr %".619", align 2
  br label %"return"
udp.copy_failed.endif:
  %".622" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".623" = load volatile i16, [40 x i8]* %".622", align 2
  %".624" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".625" = load volatile i16, [40 x i8]* %".624", align 2
  br label %"udp.header"
udp.copy_last_byte:
  %".645" = add i64 %"cursor.7", %".640"
  %".646" = sub i64 %".645", 1
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".647" = trunc i64 %".646" to i32
  %".648" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".647", i64* %"last_byte", i32 1)
  %".649" = icmp eq i64 %".648", 0
  %".650" = getelementptr i8, ptr %"ctx.9", i64 76
  %".651" = load i32, ptr %".650", align 4
  %".652" = zext i32 %".651" to i64
  %"data.40" = inttoptr i64 %".652" to ptr
  %".653" = getelementptr i8, ptr %"ctx.9", i64 80
  %".654" = load i32, ptr %".653", align 4
  %".655" = zext i32 %".654" to i64
  %"data_end.40" = inttoptr i64 %".655" to ptr
  %".656" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.40" = load ptr, ptr %".656", align 8
  %".657" = xor i1 %".649", -1
  br i1 %".657", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".659" = trunc i64 %"cursor.7" to i16
  %".660" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".659", ptr %".660", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
udplite.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".676" = trunc i64 %"cursor.8" to i32
  %".677" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".676", [40 x i8]* %"header_copy", i32 4)
  %".678" = icmp eq i64 %".677", 0
  %".679" = getelementptr i8, ptr %"ctx.10", i64 76
  %".680" = load i32, ptr %".679", align 4
  %".681" = zext i32 %".680" to i64
  %"data.42" = inttoptr i64 %".681" to ptr
  %".682" = getelementptr i8, ptr %"ctx.10", i64 80
  %".683" = load i32, ptr %".682", align 4
  %".684" = zext i32 %".683" to i64
  %"data_end.42" = inttoptr i64 %".684" to ptr
  %".685" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.42" = load ptr, ptr %".685", align 8
  %".686" = xor i1 %".678", -1
  br i1 %".686", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".688" = trunc i64 %"cursor.8" to i16
  %".689" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".688", ptr %".689", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".692" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".693" = load volatile i16, [40 x i8]* %".692", align 2
  %".694" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".695" = load volatile i16, [40 x i8]* %".694", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".715" = add i64 %"cursor.8", %".710"
  %".716" = sub i64 %".715", 1
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".717" = trunc i64 %".716" to i32
  %".718" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".717", i64* %"last_byte", i32 1)
  %".719" = icmp eq i64 %".718", 0
  %".720" = getelementptr i8, ptr %"ctx.11", i64 76
  %".721" = load i32, ptr %".720", align 4
  %".722" = zext i32 %".721" to i64
  %"data.44" = inttoptr i64 %".722" to ptr
  %".723" = getelementptr i8, ptr %"ctx.11", i64 80
  %".724" = load i32, ptr %".723", align 4
  %".725" = zext i32 %".724" to i64
  %"data_end.44" = inttoptr i64 %".725" to ptr
  %".726" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.44" = load ptr, ptr %".726", align 8
  %".727" = xor i1 %".719", -1
  br i1 %".727", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".729" = trunc i64 %"cursor.8" to i16
  %".730" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".729", ptr %".730", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".748" = trunc i64 %"cursor.9" to i32
  %".749" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".748", [40 x i8]* %"header_copy", i32 4)
  %".750" = icmp eq i64 %".749", 0
  %".751" = getelementptr i8, ptr %"ctx.12", i64 76
  %".752" = load i32, ptr %".751", align 4
  %".753" = zext i32 %".752" to i64
  %"data.46" = inttoptr i64 %".753" to ptr
  %".754" = getelementptr i8, ptr %"ctx.12", i64 80
  %".755" = load i32, ptr %".754", align 4
  %".756" = zext i32 %".755" to i64
  %"data_end.46" = inttoptr i64 %".756" to ptr
  %".757" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.46" = load ptr, ptr %".757", align 8
  %".758" = xor i1 %".750", -1
  br i1 %".758", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".760" = trunc i64 %"cursor.9" to i16
  %".761" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".760", ptr %".761", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".764" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".765" = load volatile i8, [40 x i8]* %".764", align 1
  %".766" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".767" = load volatile i8, [40 x i8]* %".766", align 1
  %".768" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".769" = load volatile i16, [40 x i8]* %".768", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".780" = trunc i64 %"cursor.9" to i16
  %".781" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".780", ptr %".781", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".784" = add i64 %"cursor.9", 4
  %".785" = zext i8 %"w0_1.2" to i64
  %".786" = lshr i64 %".785", 7
  %".787" = and i64 %".786", 1
  %".788" = zext i8 %"w0_1.2" to i64
  %".789" = lshr i64 %".788", 5
  %".790" = and i64 %".789", 1
  %".791" = add i64 %".787", %".790"
  %".792" = zext i8 %"w0_1.2" to i64
  %".793" = lshr i64 %".792", 4
  %".794" = and i64 %".793", 1
  %".795" = add i64 %".791", %".794"
  %".796" = mul i64 %".795", 4
  %".797" = add i64 %".796", 4
  %".798" = getelementptr i8, ptr %"data.47", i64 %"cursor.9"
  %".799" = getelementptr i8, ptr %".798", i64 %".797"
  %".800" = icmp ugt ptr %".799", %"data_end.47"
  br i1 %".800", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.49" = phi  ptr [%"data.47", %"gre_d0.stop_before.endif"], [%"data.48", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.47", %"gre_d0.stop_before.endif"], [%"data_end.48", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.47", %"gre_d0.stop_before.endif"], [%"keys.48", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.3" = add i64 %"cursor.9", %".797"
  %".821" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".821", align 1
  %".823" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.6" = load volatile i32, ptr %".823", align 4
  %".824" = and i32 %"flags.6", 4
  %".825" = icmp ne i32 %".824", 0
  br i1 %".825", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".802" = add i64 %"cursor.9", %".797"
  %".803" = sub i64 %".802", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".804" = trunc i64 %".803" to i32
  %".805" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".804", i64* %"last_byte", i32 1)
  %".806" = icmp eq i64 %".805", 0
  %".807" = getelementptr i8, ptr %"ctx.13", i64 76
  %".808" = load i32, ptr %".807", align 4
  %".809" = zext i32 %".808" to i64
  %"data.48" = inttoptr i64 %".809" to ptr
  %".810" = getelementptr i8, ptr %"ctx.13", i64 80
  %".811" = load i32, ptr %".810", align 4
  %".812" = zext i32 %".811" to i64
  %"data_end.48" = inttoptr i64 %".812" to ptr
  %".813" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.48" = load ptr, ptr %".813", align 8
  %".814" = xor i1 %".806", -1
  br i1 %".814", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".816" = trunc i64 %"cursor.9" to i16
  %".817" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".816", ptr %".817", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".827" = trunc i64 %"end.3" to i16
  %".828" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".827", ptr %".828", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".831" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".832" = zext i16 %".831" to i64
  %".833" = trunc i64 %".832" to i16
  %".834" = call i16 @"llvm.bswap.i16"(i16 %".833")
  %".835" = getelementptr i8, ptr %"keys.49", i64 10
  store i16 %".834", ptr %".835", align 2
  %".837" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".838" = zext i16 %".837" to i64
  switch i64 %".838", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 25944, label %"gre_d0.to_ethernet" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1"]
gre_d0.unknown:
  %".840" = trunc i64 %"end.3" to i16
  %".841" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".840", ptr %".841", align 2
  br label %"return"
gre_d0.to_ipv4:
  %".844" = getelementptr i8, ptr %"keys.49", i64 2
  %".845" = trunc i64 %"end.3" to i16
  store volatile i16 %".845", ptr %".844", align 2
  %".847" = load volatile i16, ptr %".844", align 2
  %".848" = zext i16 %".847" to i64
  %"cursor.36" = and i64 %".848", 16383
  br label %"ipv4_d1"
gre_d0.to_ipv6:
  %".850" = getelementptr i8, ptr %"keys.49", i64 2
  %".851" = trunc i64 %"end.3" to i16
  store volatile i16 %".851", ptr %".850", align 2
  %".853" = load volatile i16, ptr %".850", align 2
  %".854" = zext i16 %".853" to i64
  %"cursor.37" = and i64 %".854", 16383
  br label %"ipv6_d1"
gre_d0.to_ethernet:
  %".856" = getelementptr i8, ptr %"keys.49", i64 2
  %".857" = trunc i64 %"end.3" to i16
  store volatile i16 %".857", ptr %".856", align 2
  %".859" = load volatile i16, ptr %".856", align 2
  %".860" = zext i16 %".859" to i64
  %"cursor.39" = and i64 %".860", 16383
  br label %"ethernet_d1"
gre_d0.to_mpls:
  %".862" = getelementptr i8, ptr %"keys.49", i64 2
  %".863" = trunc i64 %"end.3" to i16
  store volatile i16 %".863", ptr %".862", align 2
  %".865" = load volatile i16, ptr %".862", align 2
  %".866" = zext i16 %".865" to i64
  %"cursor.40" = and i64 %".866", 16383
  br label %"mpls_mpls_labels1"
gre_d0.to_mpls.1:
  %".868" = getelementptr i8, ptr %"keys.49", i64 2
  %".869" = trunc i64 %"end.3" to i16
  store volatile i16 %".869", ptr %".868", align 2
  %".871" = load volatile i16, ptr %".868", align 2
  %".872" = zext i16 %".871" to i64
  %"cursor.41" = and i64 %".872", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1:
  %"cursor.38" = phi  i64 [%"cursor.39", %"gre_d0.to_ethernet"]
  %"data.50" = phi  ptr [%"data.49", %"gre_d0.to_ethernet"]
  %"data_end.50" = phi  ptr [%"data_end.49", %"gre_d0.to_ethernet"]
  %"keys.50" = phi  ptr [%"keys.49", %"gre_d0.to_ethernet"]
  %"hdr.22" = getelementptr i8, ptr %"data.50", i64 %"cursor.38"
  %".2060" = getelementptr i8, ptr %"hdr.22", i64 14
  %".2061" = icmp ugt ptr %".2060", %"data_end.50"
  br i1 %".2061", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".2063" = getelementptr i8, ptr %"hdr.22", i64 12
  %".2064" = load i16, ptr %".2063", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".2064", %"ethernet_d1.linear"], [%".2083", %"ethernet_d1.copy_failed.endif"]
  %"data.90" = phi  ptr [%"data.50", %"ethernet_d1.linear"], [%"data.89", %"ethernet_d1.copy_failed.endif"]
  %"data_end.90" = phi  ptr [%"data_end.50", %"ethernet_d1.linear"], [%"data_end.89", %"ethernet_d1.copy_failed.endif"]
  %"keys.90" = phi  ptr [%"keys.50", %"ethernet_d1.linear"], [%"keys.89", %"ethernet_d1.copy_failed.endif"]
  %".2085" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".2086" = zext i16 %".2085" to i64
  %".2087" = trunc i64 %".2086" to i16
  %".2088" = call i16 @"llvm.bswap.i16"(i16 %".2087")
  %".2089" = getelementptr i8, ptr %"keys.90", i64 10
  store i16 %".2088", ptr %".2089", align 2
  %".2091" = add i64 %"cursor.38", 14
  %".2092" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".2093" = zext i16 %".2092" to i64
  switch i64 %".2093", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe"]
sctp.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".882" = trunc i64 %"cursor.10" to i32
  %".883" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".882", [40 x i8]* %"header_copy", i32 4)
  %".884" = icmp eq i64 %".883", 0
  %".885" = getelementptr i8, ptr %"ctx.14", i64 76
  %".886" = load i32, ptr %".885", align 4
  %".887" = zext i32 %".886" to i64
  %"data.51" = inttoptr i64 %".887" to ptr
  %".888" = getelementptr i8, ptr %"ctx.14", i64 80
  %".889" = load i32, ptr %".888", align 4
  %".890" = zext i32 %".889" to i64
  %"data_end.51" = inttoptr i64 %".890" to ptr
  %".891" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.51" = load ptr, ptr %".891", align 8
  %".892" = xor i1 %".884", -1
  br i1 %".892", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".894" = trunc i64 %"cursor.10" to i16
  %".895" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".894", ptr %".895", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".898" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".899" = load volatile i16, [40 x i8]* %".898", align 2
  %".900" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".901" = load volatile i16, [40 x i8]* %".900", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".928" = trunc i64 %"cursor.11" to i32
  %".929" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".928", [40 x i8]* %"header_copy", i32 4)
  %".930" = icmp eq i64 %".929", 0
  %".931" = getelementptr i8, ptr %"ctx.15", i64 76
  %".932" = load i32, ptr %".931", align 4
  %".933" = zext i32 %".932" to i64
  %"data.53" = inttoptr i64 %".933" to ptr
  %".934" = getelementptr i8, ptr %"ctx.15", i64 80
  %".935" = load i32, ptr %".934", align 4
  %".936" = zext i32 %".935" to i64
  %"data_end.53" = inttoptr i64 %".936" to ptr
  %".937" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.53" = load ptr, ptr %".937", align 8
  %".938" = xor i1 %".930", -1
  br i1 %".938", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".940" = trunc i64 %"cursor.11" to i16
  %".941" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".940", ptr %".941", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".944" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".945" = load volatile i16, [40 x i8]* %".944", align 2
  %".946" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".947" = load volatile i16, [40 x i8]* %".946", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".972" = trunc i64 %"cursor.12" to i32
  %".973" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".972", [40 x i8]* %"header_copy", i32 4)
  %".974" = icmp eq i64 %".973", 0
  %".975" = getelementptr i8, ptr %"ctx.16", i64 76
  %".976" = load i32, ptr %".975", align 4
  %".977" = zext i32 %".976" to i64
  %"data.55" = inttoptr i64 %".977" to ptr
  %".978" = getelementptr i8, ptr %"ctx.16", i64 80
  %".979" = load i32, ptr %".978", align 4
  %".980" = zext i32 %".979" to i64
  %"data_end.55" = inttoptr i64 %".980" to ptr
  %".981" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.55" = load ptr, ptr %".981", align 8
  %".982" = xor i1 %".974", -1
  br i1 %".982", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".984" = trunc i64 %"cursor.12" to i16
  %".985" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".984", ptr %".985", align 2
  br label %"return"
esp.copy_failed.endif:
  %".988" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".989" = load volatile i32, [40 x i8]* %".988", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1016" = trunc i64 %"cursor.13" to i32
  %".1017" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1016", [40 x i8]* %"header_copy", i32 8)
  %".1018" = icmp eq i64 %".1017", 0
  %".1019" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1020" = load i32, ptr %".1019", align 4
  %".1021" = zext i32 %".1020" to i64
  %"data.57" = inttoptr i64 %".1021" to ptr
  %".1022" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1023" = load i32, ptr %".1022", align 4
  %".1024" = zext i32 %".1023" to i64
  %"data_end.57" = inttoptr i64 %".1024" to ptr
  %".1025" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.57" = load ptr, ptr %".1025", align 8
  %".1026" = xor i1 %".1018", -1
  br i1 %".1026", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1028" = trunc i64 %"cursor.13" to i16
  %".1029" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".1028", ptr %".1029", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1032" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1033" = load volatile i32, [40 x i8]* %".1032", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1058" = trunc i64 %"cursor.14" to i32
  %".1059" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1058", [40 x i8]* %"header_copy", i32 4)
  %".1060" = icmp eq i64 %".1059", 0
  %".1061" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1062" = load i32, ptr %".1061", align 4
  %".1063" = zext i32 %".1062" to i64
  %"data.59" = inttoptr i64 %".1063" to ptr
  %".1064" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1065" = load i32, ptr %".1064", align 4
  %".1066" = zext i32 %".1065" to i64
  %"data_end.59" = inttoptr i64 %".1066" to ptr
  %".1067" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.59" = load ptr, ptr %".1067", align 8
  %".1068" = xor i1 %".1060", -1
  br i1 %".1068", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1070" = trunc i64 %"cursor.14" to i16
  %".1071" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1070", ptr %".1071", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1094" = trunc i64 %"cursor.16" to i32
  %".1095" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1094", [40 x i8]* %"header_copy", i32 20)
  %".1096" = icmp eq i64 %".1095", 0
  %".1097" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1098" = load i32, ptr %".1097", align 4
  %".1099" = zext i32 %".1098" to i64
  %"data.61" = inttoptr i64 %".1099" to ptr
  %".1100" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1101" = load i32, ptr %".1100", align 4
  %".1102" = zext i32 %".1101" to i64
  %"data_end.61" = inttoptr i64 %".1102" to ptr
  %".1103" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.61" = load ptr, ptr %".1103", align 8
  %".1104" = xor i1 %".1096", -1
  br i1 %".1104", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1106" = trunc i64 %"cursor.16" to i16
  %".1107" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1106", ptr %".1107", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1110" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1111" = load volatile i8, [40 x i8]* %".1110", align 1
  %".1112" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1113" = load volatile i16, [40 x i8]* %".1112", align 2
  %".1114" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1115" = load volatile i8, [40 x i8]* %".1114", align 1
  %".1116" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1117" = load volatile i32, [40 x i8]* %".1116", align 4
  %".1118" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1119" = load volatile i32, [40 x i8]* %".1118", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1126" = trunc i64 %"cursor.16" to i16
  %".1127" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1126", ptr %".1127", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1130" = trunc i64 2048 to i16
  %".1131" = getelementptr i8, ptr %"keys.62", i64 4
  store i16 %".1130", ptr %".1131", align 2
  %".1133" = trunc i64 2048 to i16
  %".1134" = call i16 @"llvm.bswap.i16"(i16 %".1133")
  %".1135" = getelementptr i8, ptr %"keys.62", i64 10
  store i16 %".1134", ptr %".1135", align 2
  %".1137" = getelementptr i8, ptr %"keys.62", i64 16
  store i32 %"w12_4.1", ptr %".1137", align 4
  %".1139" = getelementptr i8, ptr %"keys.62", i64 20
  store i32 %"w16_4.1", ptr %".1139", align 4
  %".1141" = zext i8 %"w9_1.1" to i64
  %".1142" = trunc i64 %".1141" to i8
  %".1143" = getelementptr i8, ptr %"keys.62", i64 9
  store i8 %".1142", ptr %".1143", align 1
  %".1145" = add i64 %"cursor.16", 20
  %".1146" = zext i8 %"w0_1.3" to i64
  %".1147" = and i64 %".1146", 15
  %".1148" = mul i64 %".1147", 4
  %".1149" = sub i64 %".1148", 20
  %".1150" = add i64 %".1149", 20
  %".1151" = getelementptr i8, ptr %"data.62", i64 %"cursor.16"
  %".1152" = getelementptr i8, ptr %".1151", i64 %".1150"
  %".1153" = icmp ugt ptr %".1152", %"data_end.62"
  br i1 %".1153", label %"ipv4_d1.copy_last_byte", label %"ipv4_d1.variable_part", !prof !0
ipv4_d1.variable_part:
  %"data.64" = phi  ptr [%"data.62", %"ipv4_d1.require.endif"], [%"data.63", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"data_end.64" = phi  ptr [%"data_end.62", %"ipv4_d1.require.endif"], [%"data_end.63", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"keys.64" = phi  ptr [%"keys.62", %"ipv4_d1.require.endif"], [%"keys.63", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"end.4" = add i64 %"cursor.16", %".1150"
  %".1174" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1175" = zext i16 %".1174" to i64
  %".1176" = and i64 %".1175", 16383
  %".1177" = icmp ne i64 %".1176", 0
  %".1178" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1179" = zext i16 %".1178" to i64
  %".1180" = and i64 %".1179", 8191
  %".1181" = icmp eq i64 %".1180", 0
  br i1 %".1177", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.copy_last_byte:
  %".1155" = add i64 %"cursor.16", %".1150"
  %".1156" = sub i64 %".1155", 1
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1157" = trunc i64 %".1156" to i32
  %".1158" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1157", i64* %"last_byte", i32 1)
  %".1159" = icmp eq i64 %".1158", 0
  %".1160" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1161" = load i32, ptr %".1160", align 4
  %".1162" = zext i32 %".1161" to i64
  %"data.63" = inttoptr i64 %".1162" to ptr
  %".1163" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1164" = load i32, ptr %".1163", align 4
  %".1165" = zext i32 %".1164" to i64
  %"data_end.63" = inttoptr i64 %".1165" to ptr
  %".1166" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.63" = load ptr, ptr %".1166", align 8
  %".1167" = xor i1 %".1159", -1
  br i1 %".1167", label %"ipv4_d1.copy_last_byte_failed", label %"ipv4_d1.copy_last_byte_failed.endif"
ipv4_d1.copy_last_byte_failed:
  %".1169" = trunc i64 %"cursor.16" to i16
  %".1170" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1169", ptr %".1170", align 2
  br label %"return"
ipv4_d1.copy_last_byte_failed.endif:
  br label %"ipv4_d1.variable_part"
ipv4_d1.fragment:
  %".1183" = getelementptr i8, ptr %"keys.64", i64 6
  store i8 1, ptr %".1183", align 1
  br i1 %".1181", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1203" = zext i8 %"w9_1.1" to i64
  switch i64 %".1203", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]
ipv4_d1.first_fragment:
  %".1186" = getelementptr i8, ptr %"keys.64", i64 7
  store i8 1, ptr %".1186", align 1
  %".1188" = getelementptr i8, ptr %"keys.64", i64 48
  %"flags.7" = load volatile i32, ptr %".1188", align 4
  %".1189" = and i32 %"flags.7", 1
  %".1190" = icmp ne i32 %".1189", 0
  %".1191" = xor i1 %".1190", -1
  br i1 %".1191", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1198" = trunc i64 %"end.4" to i16
  %".1199" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1198", ptr %".1199", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1193" = trunc i64 %"end.4" to i16
  %".1194" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1193", ptr %".1194", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1205" = trunc i64 %"end.4" to i16
  %".1206" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1205", ptr %".1206", align 2
  br label %"return"
ipv4_d1.to_tcp:
  %".1209" = getelementptr i8, ptr %"keys.64", i64 2
  %".1210" = trunc i64 %"end.4" to i16
  store volatile i16 %".1210", ptr %".1209", align 2
  %".1212" = load volatile i16, ptr %".1209", align 2
  %".1213" = zext i16 %".1212" to i64
  %"cursor.42" = and i64 %".1213", 16383
  br label %"tcp"
ipv4_d1.to_udp:
  %".1215" = getelementptr i8, ptr %"keys.64", i64 2
  %".1216" = trunc i64 %"end.4" to i16
  store volatile i16 %".1216", ptr %".1215", align 2
  %".1218" = load volatile i16, ptr %".1215", align 2
  %".1219" = zext i16 %".1218" to i64
  %"cursor.43" = and i64 %".1219", 16383
  br label %"udp"
ipv4_d1.to_udplite:
  %".1221" = getelementptr i8, ptr %"keys.64", i64 2
  %".1222" = trunc i64 %"end.4" to i16
  store volatile i16 %".1222", ptr %".1221", align 2
  %".1224" = load volatile i16, ptr %".1221", align 2
  %".1225" = zext i16 %".1224" to i64
  %"cursor.44" = and i64 %".1225", 16383
  br label %"udplite"
ipv4_d1.to_gre:
  %".1227" = getelementptr i8, ptr %"keys.64", i64 2
  %".1228" = trunc i64 %"end.4" to i16
  store volatile i16 %".1228", ptr %".1227", align 2
  %".1230" = load volatile i16, ptr %".1227", align 2
  %".1231" = zext i16 %".1230" to i64
  %"cursor.46" = and i64 %".1231", 16383
  br label %"gre_d1"
ipv4_d1.to_sctp:
  %".1233" = getelementptr i8, ptr %"keys.64", i64 2
  %".1234" = trunc i64 %"end.4" to i16
  store volatile i16 %".1234", ptr %".1233", align 2
  %".1236" = load volatile i16, ptr %".1233", align 2
  %".1237" = zext i16 %".1236" to i64
  %"cursor.47" = and i64 %".1237", 16383
  br label %"sctp"
ipv4_d1.to_dccp:
  %".1239" = getelementptr i8, ptr %"keys.64", i64 2
  %".1240" = trunc i64 %"end.4" to i16
  store volatile i16 %".1240", ptr %".1239", align 2
  %".1242" = load volatile i16, ptr %".1239", align 2
  %".1243" = zext i16 %".1242" to i64
  %"cursor.48" = and i64 %".1243", 16383
  br label %"dccp"
ipv4_d1.to_esp:
  %".1245" = getelementptr i8, ptr %"keys.64", i64 2
  %".1246" = trunc i64 %"end.4" to i16
  store volatile i16 %".1246", ptr %".1245", align 2
  %".1248" = load volatile i16, ptr %".1245", align 2
  %".1249" = zext i16 %".1248" to i64
  %"cursor.49" = and i64 %".1249", 16383
  br label %"esp"
ipv4_d1.to_ah:
  %".1251" = getelementptr i8, ptr %"keys.64", i64 2
  %".1252" = trunc i64 %"end.4" to i16
  store volatile i16 %".1252", ptr %".1251", align 2
  %".1254" = load volatile i16, ptr %".1251", align 2
  %".1255" = zext i16 %".1254" to i64
  %"cursor.50" = and i64 %".1255", 16383
  br label %"ah"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_mpls:
  %".1258" = trunc i64 34887 to i16
  %".1259" = call i16 @"llvm.bswap.i16"(i16 %".1258")
  %".1260" = getelementptr i8, ptr %"keys.64", i64 10
  store i16 %".1259", ptr %".1260", align 2
  %".1262" = getelementptr i8, ptr %"keys.64", i64 2
  %".1263" = trunc i64 %"end.4" to i16
  store volatile i16 %".1263", ptr %".1262", align 2
  %".1265" = load volatile i16, ptr %".1262", align 2
  %".1266" = zext i16 %".1265" to i64
  %"cursor.51" = and i64 %".1266", 16383
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1268" = getelementptr i8, ptr %"keys.64", i64 8
  store i8 1, ptr %".1268", align 1
  %".1270" = getelementptr i8, ptr %"keys.64", i64 48
  %"flags.8" = load volatile i32, ptr %".1270", align 4
  %".1271" = and i32 %"flags.8", 4
  %".1272" = icmp ne i32 %".1271", 0
  br i1 %".1272", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1282" = getelementptr i8, ptr %"keys.64", i64 8
  store i8 1, ptr %".1282", align 1
  %".1284" = getelementptr i8, ptr %"keys.64", i64 48
  %"flags.9" = load volatile i32, ptr %".1284", align 4
  %".1285" = and i32 %"flags.9", 4
  %".1286" = icmp ne i32 %".1285", 0
  br i1 %".1286", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.46", %"ipv4_d1.to_gre"], [%"cursor.61", %"ipv6_d1.to_gre"], [%"cursor.121", %"ipv6_opts_d1_ipv6_ext1.to_gre"], [%"cursor.135", %"ipv6_frag_d1_ipv6_ext1.to_gre"], [%"cursor.194", %"ipv6_opts_d1_ipv6_ext2.to_gre"], [%"cursor.208", %"ipv6_frag_d1_ipv6_ext2.to_gre"], [%"cursor.247", %"ipv6_opts_d1_ipv6_ext3.to_gre"], [%"cursor.257", %"ipv6_frag_d1_ipv6_ext3.to_gre"]
  %"data.65" = phi  ptr [%"data.64", %"ipv4_d1.to_gre"], [%"data.67", %"ipv6_d1.to_gre"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_gre"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_gre"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_gre"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_gre"], [%"data.142", %"ipv6_opts_d1_ipv6_ext3.to_gre"], [%"data.144", %"ipv6_frag_d1_ipv6_ext3.to_gre"]
  %"data_end.65" = phi  ptr [%"data_end.64", %"ipv4_d1.to_gre"], [%"data_end.67", %"ipv6_d1.to_gre"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_gre"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_gre"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_gre"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_gre"], [%"data_end.142", %"ipv6_opts_d1_ipv6_ext3.to_gre"], [%"data_end.144", %"ipv6_frag_d1_ipv6_ext3.to_gre"]
  %"keys.65" = phi  ptr [%"keys.64", %"ipv4_d1.to_gre"], [%"keys.67", %"ipv6_d1.to_gre"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_gre"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_gre"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_gre"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_gre"], [%"keys.142", %"ipv6_opts_d1_ipv6_ext3.to_gre"], [%"keys.144", %"ipv6_frag_d1_ipv6_ext3.to_gre"]
  %"hdr.23" = getelementptr i8, ptr %"data.65", i64 %"cursor.45"
  %".2141" = getelementptr i8, ptr %"hdr.23", i64 4
  %".2142" = icmp ugt ptr %".2141", %"data_end.65"
  br i1 %".2142", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".2144" = getelementptr i8, ptr %"hdr.23", i64 0
  %".2145" = load i8, ptr %".2144", align 1
  %".2146" = getelementptr i8, ptr %"hdr.23", i64 1
  %".2147" = load i8, ptr %".2146", align 1
  %".2148" = getelementptr i8, ptr %"hdr.23", i64 2
  %".2149" = load i16, ptr %".2148", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.6" = phi  i8 [%".2145", %"gre_d1.linear"], [%".2168", %"gre_d1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".2147", %"gre_d1.linear"], [%".2170", %"gre_d1.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".2149", %"gre_d1.linear"], [%".2172", %"gre_d1.copy_failed.endif"]
  %"data.94" = phi  ptr [%"data.65", %"gre_d1.linear"], [%"data.93", %"gre_d1.copy_failed.endif"]
  %"data_end.94" = phi  ptr [%"data_end.65", %"gre_d1.linear"], [%"data_end.93", %"gre_d1.copy_failed.endif"]
  %"keys.94" = phi  ptr [%"keys.65", %"gre_d1.linear"], [%"keys.93", %"gre_d1.copy_failed.endif"]
  %".2174" = zext i8 %"w1_1.3" to i64
  %".2175" = and i64 %".2174", 7
  %".2176" = icmp ne i64 %".2175", 0
  %".2177" = zext i8 %"w0_1.6" to i64
  %".2178" = lshr i64 %".2177", 6
  %".2179" = and i64 %".2178", 1
  %".2180" = icmp ne i64 %".2179", 0
  %".2181" = or i1 %".2176", %".2180"
  br i1 %".2181", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1274" = trunc i64 %"end.4" to i16
  %".1275" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1274", ptr %".1275", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1278" = trunc i64 %"end.4" to i16
  %".1279" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1278", ptr %".1279", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1288" = trunc i64 %"end.4" to i16
  %".1289" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1288", ptr %".1289", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1292" = trunc i64 %"end.4" to i16
  %".1293" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1292", ptr %".1293", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1312" = trunc i64 %"cursor.18" to i32
  %".1313" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1312", [40 x i8]* %"header_copy", i32 40)
  %".1314" = icmp eq i64 %".1313", 0
  %".1315" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1316" = load i32, ptr %".1315", align 4
  %".1317" = zext i32 %".1316" to i64
  %"data.66" = inttoptr i64 %".1317" to ptr
  %".1318" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1319" = load i32, ptr %".1318", align 4
  %".1320" = zext i32 %".1319" to i64
  %"data_end.66" = inttoptr i64 %".1320" to ptr
  %".1321" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.66" = load ptr, ptr %".1321", align 8
  %".1322" = xor i1 %".1314", -1
  br i1 %".1322", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1324" = trunc i64 %"cursor.18" to i16
  %".1325" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1324", ptr %".1325", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1328" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1329" = load volatile i32, [40 x i8]* %".1328", align 4
  %".1330" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1331" = load volatile i8, [40 x i8]* %".1330", align 1
  %".1332" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1333" = load volatile i64, [40 x i8]* %".1332", align 8
  %".1334" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1335" = load volatile i64, [40 x i8]* %".1334", align 8
  %".1336" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1337" = load volatile i64, [40 x i8]* %".1336", align 8
  %".1338" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1339" = load volatile i64, [40 x i8]* %".1338", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1377" = trunc i64 %".1367" to i16
  %".1378" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1377", ptr %".1378", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1381" = zext i8 %"w6_1.1" to i64
  switch i64 %".1381", label %"ipv6_d1.unknown" [i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]
ipv6_d1.unknown:
  %".1383" = trunc i64 %".1367" to i16
  %".1384" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1383", ptr %".1384", align 2
  br label %"return"
ipv6_d1.to_ipv6_opts:
  %".1387" = getelementptr i8, ptr %"keys.67", i64 2
  %".1388" = trunc i64 %".1367" to i16
  store volatile i16 %".1388", ptr %".1387", align 2
  %".1390" = load volatile i16, ptr %".1387", align 2
  %".1391" = zext i16 %".1390" to i64
  %"cursor.53" = and i64 %".1391", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  %".1393" = getelementptr i8, ptr %"keys.67", i64 2
  %".1394" = trunc i64 %".1367" to i16
  store volatile i16 %".1394", ptr %".1393", align 2
  %".1396" = load volatile i16, ptr %".1393", align 2
  %".1397" = zext i16 %".1396" to i64
  %"cursor.54" = and i64 %".1397", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  %".1399" = getelementptr i8, ptr %"keys.67", i64 2
  %".1400" = trunc i64 %".1367" to i16
  store volatile i16 %".1400", ptr %".1399", align 2
  %".1402" = load volatile i16, ptr %".1399", align 2
  %".1403" = zext i16 %".1402" to i64
  %"cursor.55" = and i64 %".1403", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  %".1405" = getelementptr i8, ptr %"keys.67", i64 2
  %".1406" = trunc i64 %".1367" to i16
  store volatile i16 %".1406", ptr %".1405", align 2
  %".1408" = load volatile i16, ptr %".1405", align 2
  %".1409" = zext i16 %".1408" to i64
  %"cursor.57" = and i64 %".1409", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_tcp:
  %".1411" = getelementptr i8, ptr %"keys.67", i64 2
  %".1412" = trunc i64 %".1367" to i16
  store volatile i16 %".1412", ptr %".1411", align 2
  %".1414" = load volatile i16, ptr %".1411", align 2
  %".1415" = zext i16 %".1414" to i64
  %"cursor.58" = and i64 %".1415", 16383
  br label %"tcp"
ipv6_d1.to_udp:
  %".1417" = getelementptr i8, ptr %"keys.67", i64 2
  %".1418" = trunc i64 %".1367" to i16
  store volatile i16 %".1418", ptr %".1417", align 2
  %".1420" = load volatile i16, ptr %".1417", align 2
  %".1421" = zext i16 %".1420" to i64
  %"cursor.59" = and i64 %".1421", 16383
  br label %"udp"
ipv6_d1.to_udplite:
  %".1423" = getelementptr i8, ptr %"keys.67", i64 2
  %".1424" = trunc i64 %".1367" to i16
  store volatile i16 %".1424", ptr %".1423", align 2
  %".1426" = load volatile i16, ptr %".1423", align 2
  %".1427" = zext i16 %".1426" to i64
  %"cursor.60" = and i64 %".1427", 16383
  br label %"udplite"
ipv6_d1.to_gre:
  %".1429" = getelementptr i8, ptr %"keys.67", i64 2
  %".1430" = trunc i64 %".1367" to i16
  store volatile i16 %".1430", ptr %".1429", align 2
  %".1432" = load volatile i16, ptr %".1429", align 2
  %".1433" = zext i16 %".1432" to i64
  %"cursor.61" = and i64 %".1433", 16383
  br label %"gre_d1"
ipv6_d1.to_sctp:
  %".1435" = getelementptr i8, ptr %"keys.67", i64 2
  %".1436" = trunc i64 %".1367" to i16
  store volatile i16 %".1436", ptr %".1435", align 2
  %".1438" = load volatile i16, ptr %".1435", align 2
  %".1439" = zext i16 %".1438" to i64
  %"cursor.62" = and i64 %".1439", 16383
  br label %"sctp"
ipv6_d1.to_dccp:
  %".1441" = getelementptr i8, ptr %"keys.67", i64 2
  %".1442" = trunc i64 %".1367" to i16
  store volatile i16 %".1442", ptr %".1441", align 2
  %".1444" = load volatile i16, ptr %".1441", align 2
  %".1445" = zext i16 %".1444" to i64
  %"cursor.63" = and i64 %".1445", 16383
  br label %"dccp"
ipv6_d1.to_esp:
  %".1447" = getelementptr i8, ptr %"keys.67", i64 2
  %".1448" = trunc i64 %".1367" to i16
  store volatile i16 %".1448", ptr %".1447", align 2
  %".1450" = load volatile i16, ptr %".1447", align 2
  %".1451" = zext i16 %".1450" to i64
  %"cursor.64" = and i64 %".1451", 16383
  br label %"esp"
ipv6_d1.to_ah:
  %".1453" = getelementptr i8, ptr %"keys.67", i64 2
  %".1454" = trunc i64 %".1367" to i16
  store volatile i16 %".1454", ptr %".1453", align 2
  %".1456" = load volatile i16, ptr %".1453", align 2
  %".1457" = zext i16 %".1456" to i64
  %"cursor.65" = and i64 %".1457", 16383
  br label %"ah"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_mpls:
  %".1460" = trunc i64 34887 to i16
  %".1461" = call i16 @"llvm.bswap.i16"(i16 %".1460")
  %".1462" = getelementptr i8, ptr %"keys.67", i64 10
  store i16 %".1461", ptr %".1462", align 2
  %".1464" = getelementptr i8, ptr %"keys.67", i64 2
  %".1465" = trunc i64 %".1367" to i16
  store volatile i16 %".1465", ptr %".1464", align 2
  %".1467" = load volatile i16, ptr %".1464", align 2
  %".1468" = zext i16 %".1467" to i64
  %"cursor.66" = and i64 %".1468", 16383
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1470" = getelementptr i8, ptr %"keys.67", i64 8
  store i8 1, ptr %".1470", align 1
  %".1472" = getelementptr i8, ptr %"keys.67", i64 48
  %"flags.11" = load volatile i32, ptr %".1472", align 4
  %".1473" = and i32 %"flags.11", 4
  %".1474" = icmp ne i32 %".1473", 0
  br i1 %".1474", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1484" = getelementptr i8, ptr %"keys.67", i64 8
  store i8 1, ptr %".1484", align 1
  %".1486" = getelementptr i8, ptr %"keys.67", i64 48
  %"flags.12" = load volatile i32, ptr %".1486", align 4
  %".1487" = and i32 %"flags.12", 4
  %".1488" = icmp ne i32 %".1487", 0
  br i1 %".1488", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.52" = phi  i64 [%"cursor.53", %"ipv6_d1.to_ipv6_opts"], [%"cursor.54", %"ipv6_d1.to_ipv6_opts.1"], [%"cursor.55", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.68" = phi  ptr [%"data.67", %"ipv6_d1.to_ipv6_opts"], [%"data.67", %"ipv6_d1.to_ipv6_opts.1"], [%"data.67", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.68" = phi  ptr [%"data_end.67", %"ipv6_d1.to_ipv6_opts"], [%"data_end.67", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.67", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.68" = phi  ptr [%"keys.67", %"ipv6_d1.to_ipv6_opts"], [%"keys.67", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.67", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.24" = getelementptr i8, ptr %"data.68", i64 %"cursor.52"
  %".2267" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2268" = icmp ugt ptr %".2267", %"data_end.68"
  br i1 %".2268", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2270" = getelementptr i8, ptr %"hdr.24", i64 0
  %".2271" = load i8, ptr %".2270", align 1
  %".2272" = getelementptr i8, ptr %"hdr.24", i64 1
  %".2273" = load i8, ptr %".2272", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.7" = phi  i8 [%".2271", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2292", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2273", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2294", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.98" = phi  ptr [%"data.68", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.97", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.98" = phi  ptr [%"data_end.68", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.97", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.98" = phi  ptr [%"keys.68", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.97", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2296" = zext i8 %"w0_1.7" to i64
  %".2297" = trunc i64 %".2296" to i8
  %".2298" = getelementptr i8, ptr %"keys.98", i64 9
  store i8 %".2297", ptr %".2298", align 1
  %".2300" = add i64 %"cursor.52", 2
  %".2301" = zext i8 %"w1_1.4" to i64
  %".2302" = mul i64 %".2301", 8
  %".2303" = add i64 %".2302", 6
  %".2304" = add i64 %".2303", 2
  %".2305" = getelementptr i8, ptr %"data.98", i64 %"cursor.52"
  %".2306" = getelementptr i8, ptr %".2305", i64 %".2304"
  %".2307" = icmp ugt ptr %".2306", %"data_end.98"
  br i1 %".2307", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext1.variable_part:
  %"data.100" = phi  ptr [%"data.98", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data.99", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.100" = phi  ptr [%"data_end.98", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data_end.99", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.100" = phi  ptr [%"keys.98", %"ipv6_opts_d1_ipv6_ext1.header"], [%"keys.99", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.8" = add i64 %"cursor.52", %".2304"
  %".2328" = zext i8 %"w0_1.7" to i64
  switch i64 %".2328", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.56" = phi  i64 [%"cursor.57", %"ipv6_d1.to_ipv6_frag"]
  %"data.69" = phi  ptr [%"data.67", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.69" = phi  ptr [%"data_end.67", %"ipv6_d1.to_ipv6_frag"]
  %"keys.69" = phi  ptr [%"keys.67", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.25" = getelementptr i8, ptr %"data.69", i64 %"cursor.56"
  %".2450" = getelementptr i8, ptr %"hdr.25", i64 8
  %".2451" = icmp ugt ptr %".2450", %"data_end.69"
  br i1 %".2451", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2453" = getelementptr i8, ptr %"hdr.25", i64 0
  %".2454" = load i8, ptr %".2453", align 1
  %".2455" = getelementptr i8, ptr %"hdr.25", i64 2
  %".2456" = load i16, ptr %".2455", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.8" = phi  i8 [%".2454", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2475", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2456", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2477", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.104" = phi  ptr [%"data.69", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.103", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.104" = phi  ptr [%"data_end.69", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.103", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.104" = phi  ptr [%"keys.69", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.103", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2479" = zext i8 %"w0_1.8" to i64
  %".2480" = trunc i64 %".2479" to i8
  %".2481" = getelementptr i8, ptr %"keys.104", i64 9
  store i8 %".2480", ptr %".2481", align 1
  %".2483" = add i64 %"cursor.56", 8
  %".2484" = icmp ne i64 1, 0
  %".2485" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2486" = zext i16 %".2485" to i64
  %".2487" = and i64 %".2486", 65528
  %".2488" = icmp eq i64 %".2487", 0
  br i1 %".2484", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1476" = trunc i64 %".1367" to i16
  %".1477" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1476", ptr %".1477", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1480" = trunc i64 %".1367" to i16
  %".1481" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1480", ptr %".1481", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1490" = trunc i64 %".1367" to i16
  %".1491" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1490", ptr %".1491", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1494" = trunc i64 %".1367" to i16
  %".1495" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1494", ptr %".1495", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1506" = trunc i64 %"cursor.20" to i32
  %".1507" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1506", [40 x i8]* %"header_copy", i32 2)
  %".1508" = icmp eq i64 %".1507", 0
  %".1509" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1510" = load i32, ptr %".1509", align 4
  %".1511" = zext i32 %".1510" to i64
  %"data.70" = inttoptr i64 %".1511" to ptr
  %".1512" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1513" = load i32, ptr %".1512", align 4
  %".1514" = zext i32 %".1513" to i64
  %"data_end.70" = inttoptr i64 %".1514" to ptr
  %".1515" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.70" = load ptr, ptr %".1515", align 8
  %".1516" = xor i1 %".1508", -1
  br i1 %".1516", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1518" = trunc i64 %"cursor.20" to i16
  %".1519" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1518", ptr %".1519", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1522" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1523" = load volatile i8, [40 x i8]* %".1522", align 1
  %".1524" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1525" = load volatile i8, [40 x i8]* %".1524", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.copy_last_byte:
  %".1540" = add i64 %"cursor.20", %".1535"
  %".1541" = sub i64 %".1540", 1
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1542" = trunc i64 %".1541" to i32
  %".1543" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1542", i64* %"last_byte", i32 1)
  %".1544" = icmp eq i64 %".1543", 0
  %".1545" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1546" = load i32, ptr %".1545", align 4
  %".1547" = zext i32 %".1546" to i64
  %"data.72" = inttoptr i64 %".1547" to ptr
  %".1548" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1549" = load i32, ptr %".1548", align 4
  %".1550" = zext i32 %".1549" to i64
  %"data_end.72" = inttoptr i64 %".1550" to ptr
  %".1551" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.72" = load ptr, ptr %".1551", align 8
  %".1552" = xor i1 %".1544", -1
  br i1 %".1552", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed:
  %".1554" = trunc i64 %"cursor.20" to i16
  %".1555" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1554", ptr %".1555", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext1.variable_part"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1561" = trunc i64 %"end.5" to i16
  %".1562" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1561", ptr %".1562", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  %".1567" = getelementptr i8, ptr %"keys.73", i64 2
  %".1568" = trunc i64 %"end.5" to i16
  store volatile i16 %".1568", ptr %".1567", align 2
  %".1570" = load volatile i16, ptr %".1567", align 2
  %".1571" = zext i16 %".1570" to i64
  %"cursor.68" = and i64 %".1571", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  %".1574" = getelementptr i8, ptr %"keys.73", i64 2
  %".1575" = trunc i64 %"end.5" to i16
  store volatile i16 %".1575", ptr %".1574", align 2
  %".1577" = load volatile i16, ptr %".1574", align 2
  %".1578" = zext i16 %".1577" to i64
  %"cursor.70" = and i64 %".1578", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.to_udp:
  %".1580" = getelementptr i8, ptr %"keys.73", i64 2
  %".1581" = trunc i64 %"end.5" to i16
  store volatile i16 %".1581", ptr %".1580", align 2
  %".1583" = load volatile i16, ptr %".1580", align 2
  %".1584" = zext i16 %".1583" to i64
  %"cursor.71" = and i64 %".1584", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  %".1586" = getelementptr i8, ptr %"keys.73", i64 2
  %".1587" = trunc i64 %"end.5" to i16
  store volatile i16 %".1587", ptr %".1586", align 2
  %".1589" = load volatile i16, ptr %".1586", align 2
  %".1590" = zext i16 %".1589" to i64
  %"cursor.72" = and i64 %".1590", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_gre:
  %".1592" = getelementptr i8, ptr %"keys.73", i64 2
  %".1593" = trunc i64 %"end.5" to i16
  store volatile i16 %".1593", ptr %".1592", align 2
  %".1595" = load volatile i16, ptr %".1592", align 2
  %".1596" = zext i16 %".1595" to i64
  %"cursor.73" = and i64 %".1596", 16383
  br label %"gre_d0"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  %".1598" = getelementptr i8, ptr %"keys.73", i64 2
  %".1599" = trunc i64 %"end.5" to i16
  store volatile i16 %".1599", ptr %".1598", align 2
  %".1601" = load volatile i16, ptr %".1598", align 2
  %".1602" = zext i16 %".1601" to i64
  %"cursor.74" = and i64 %".1602", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  %".1604" = getelementptr i8, ptr %"keys.73", i64 2
  %".1605" = trunc i64 %"end.5" to i16
  store volatile i16 %".1605", ptr %".1604", align 2
  %".1607" = load volatile i16, ptr %".1604", align 2
  %".1608" = zext i16 %".1607" to i64
  %"cursor.75" = and i64 %".1608", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_esp:
  %".1610" = getelementptr i8, ptr %"keys.73", i64 2
  %".1611" = trunc i64 %"end.5" to i16
  store volatile i16 %".1611", ptr %".1610", align 2
  %".1613" = load volatile i16, ptr %".1610", align 2
  %".1614" = zext i16 %".1613" to i64
  %"cursor.76" = and i64 %".1614", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  %".1616" = getelementptr i8, ptr %"keys.73", i64 2
  %".1617" = trunc i64 %"end.5" to i16
  store volatile i16 %".1617", ptr %".1616", align 2
  %".1619" = load volatile i16, ptr %".1616", align 2
  %".1620" = zext i16 %".1619" to i64
  %"cursor.77" = and i64 %".1620", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  %".1622" = getelementptr i8, ptr %"keys.73", i64 2
  %".1623" = trunc i64 %"end.5" to i16
  store volatile i16 %".1623", ptr %".1622", align 2
  %".1625" = load volatile i16, ptr %".1622", align 2
  %".1626" = zext i16 %".1625" to i64
  %"cursor.78" = and i64 %".1626", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".1628" = trunc i64 34887 to i16
  %".1629" = call i16 @"llvm.bswap.i16"(i16 %".1628")
  %".1630" = getelementptr i8, ptr %"keys.73", i64 10
  store i16 %".1629", ptr %".1630", align 2
  %".1632" = getelementptr i8, ptr %"keys.73", i64 2
  %".1633" = trunc i64 %"end.5" to i16
  store volatile i16 %".1633", ptr %".1632", align 2
  %".1635" = load volatile i16, ptr %".1632", align 2
  %".1636" = zext i16 %".1635" to i64
  %"cursor.79" = and i64 %".1636", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1638" = getelementptr i8, ptr %"keys.73", i64 8
  store i8 1, ptr %".1638", align 1
  %".1640" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.13" = load volatile i32, ptr %".1640", align 4
  %".1641" = and i32 %"flags.13", 4
  %".1642" = icmp ne i32 %".1641", 0
  br i1 %".1642", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1654" = getelementptr i8, ptr %"keys.73", i64 8
  store i8 1, ptr %".1654", align 1
  %".1656" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.14" = load volatile i32, ptr %".1656", align 4
  %".1657" = and i32 %"flags.14", 4
  %".1658" = icmp ne i32 %".1657", 0
  br i1 %".1658", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.67" = phi  i64 [%"end.5", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.5", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.68", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.82", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"cursor.83", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.84", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data.74" = phi  ptr [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.74" = phi  ptr [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.74" = phi  ptr [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.26" = getelementptr i8, ptr %"data.74", i64 %"cursor.67"
  %".2632" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2633" = icmp ugt ptr %".2632", %"data_end.74"
  br i1 %".2633", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".2635" = getelementptr i8, ptr %"hdr.26", i64 0
  %".2636" = load i8, ptr %".2635", align 1
  %".2637" = getelementptr i8, ptr %"hdr.26", i64 1
  %".2638" = load i8, ptr %".2637", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.9" = phi  i8 [%".2636", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2657", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2638", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2659", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.106" = phi  ptr [%"data.74", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.105", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.106" = phi  ptr [%"data_end.74", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.105", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.106" = phi  ptr [%"keys.74", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.105", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".2661" = zext i8 %"w0_1.9" to i64
  %".2662" = trunc i64 %".2661" to i8
  %".2663" = getelementptr i8, ptr %"keys.106", i64 9
  store i8 %".2662", ptr %".2663", align 1
  %".2665" = add i64 %"cursor.67", 2
  %".2666" = zext i8 %"w1_1.5" to i64
  %".2667" = mul i64 %".2666", 8
  %".2668" = add i64 %".2667", 6
  %".2669" = add i64 %".2668", 2
  %".2670" = getelementptr i8, ptr %"data.106", i64 %"cursor.67"
  %".2671" = getelementptr i8, ptr %".2670", i64 %".2669"
  %".2672" = icmp ugt ptr %".2671", %"data_end.106"
  br i1 %".2672", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext2.variable_part:
  %"data.108" = phi  ptr [%"data.106", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data.107", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.108" = phi  ptr [%"data_end.106", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data_end.107", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.108" = phi  ptr [%"keys.106", %"ipv6_opts_d0_ipv6_ext2.header"], [%"keys.107", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.67", %".2669"
  %".2693" = zext i8 %"w0_1.9" to i64
  switch i64 %".2693", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.69" = phi  i64 [%"end.5", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1703", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data.75" = phi  ptr [%"data.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data_end.75" = phi  ptr [%"data_end.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"keys.75" = phi  ptr [%"keys.73", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.77", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"hdr.27" = getelementptr i8, ptr %"data.75", i64 %"cursor.69"
  %".2804" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2805" = icmp ugt ptr %".2804", %"data_end.75"
  br i1 %".2805", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".2807" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2808" = load i8, ptr %".2807", align 1
  %".2809" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2810" = load i16, ptr %".2809", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.10" = phi  i8 [%".2808", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".2829", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2810", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".2831", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.112" = phi  ptr [%"data.75", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.111", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.112" = phi  ptr [%"data_end.75", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.111", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.112" = phi  ptr [%"keys.75", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.111", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".2833" = zext i8 %"w0_1.10" to i64
  %".2834" = trunc i64 %".2833" to i8
  %".2835" = getelementptr i8, ptr %"keys.112", i64 9
  store i8 %".2834", ptr %".2835", align 1
  %".2837" = add i64 %"cursor.69", 8
  %".2838" = icmp ne i64 1, 0
  %".2839" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2840" = zext i16 %".2839" to i64
  %".2841" = and i64 %".2840", 65528
  %".2842" = icmp eq i64 %".2841", 0
  br i1 %".2838", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1644" = trunc i64 %"end.5" to i16
  %".1645" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1644", ptr %".1645", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1648" = getelementptr i8, ptr %"keys.73", i64 2
  %".1649" = trunc i64 %"end.5" to i16
  store volatile i16 %".1649", ptr %".1648", align 2
  %".1651" = load volatile i16, ptr %".1648", align 2
  %".1652" = zext i16 %".1651" to i64
  %"cursor.80" = and i64 %".1652", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1660" = trunc i64 %"end.5" to i16
  %".1661" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1660", ptr %".1661", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1664" = getelementptr i8, ptr %"keys.73", i64 2
  %".1665" = trunc i64 %"end.5" to i16
  store volatile i16 %".1665", ptr %".1664", align 2
  %".1667" = load volatile i16, ptr %".1664", align 2
  %".1668" = zext i16 %".1667" to i64
  %"cursor.81" = and i64 %".1668", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1678" = trunc i64 %"cursor.22" to i32
  %".1679" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1678", [40 x i8]* %"header_copy", i32 8)
  %".1680" = icmp eq i64 %".1679", 0
  %".1681" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1682" = load i32, ptr %".1681", align 4
  %".1683" = zext i32 %".1682" to i64
  %"data.76" = inttoptr i64 %".1683" to ptr
  %".1684" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1685" = load i32, ptr %".1684", align 4
  %".1686" = zext i32 %".1685" to i64
  %"data_end.76" = inttoptr i64 %".1686" to ptr
  %".1687" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.76" = load ptr, ptr %".1687", align 8
  %".1688" = xor i1 %".1680", -1
  br i1 %".1688", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1690" = trunc i64 %"cursor.22" to i16
  %".1691" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1690", ptr %".1691", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1694" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1695" = load volatile i8, [40 x i8]* %".1694", align 1
  %".1696" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1697" = load volatile i16, [40 x i8]* %".1696", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1710" = getelementptr i8, ptr %"keys.77", i64 6
  store i8 1, ptr %".1710", align 1
  br i1 %".1708", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1730" = zext i8 %"w0_1.5" to i64
  switch i64 %".1730", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1713" = getelementptr i8, ptr %"keys.77", i64 7
  store i8 1, ptr %".1713", align 1
  %".1715" = getelementptr i8, ptr %"keys.77", i64 48
  %"flags.15" = load volatile i32, ptr %".1715", align 4
  %".1716" = and i32 %"flags.15", 1
  %".1717" = icmp ne i32 %".1716", 0
  %".1718" = xor i1 %".1717", -1
  br i1 %".1718", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1725" = trunc i64 %".1703" to i16
  %".1726" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1725", ptr %".1726", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1720" = trunc i64 %".1703" to i16
  %".1721" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1720", ptr %".1721", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1732" = trunc i64 %".1703" to i16
  %".1733" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1732", ptr %".1733", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  %".1736" = getelementptr i8, ptr %"keys.77", i64 2
  %".1737" = trunc i64 %".1703" to i16
  store volatile i16 %".1737", ptr %".1736", align 2
  %".1739" = load volatile i16, ptr %".1736", align 2
  %".1740" = zext i16 %".1739" to i64
  %"cursor.82" = and i64 %".1740", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  %".1742" = getelementptr i8, ptr %"keys.77", i64 2
  %".1743" = trunc i64 %".1703" to i16
  store volatile i16 %".1743", ptr %".1742", align 2
  %".1745" = load volatile i16, ptr %".1742", align 2
  %".1746" = zext i16 %".1745" to i64
  %"cursor.83" = and i64 %".1746", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  %".1748" = getelementptr i8, ptr %"keys.77", i64 2
  %".1749" = trunc i64 %".1703" to i16
  store volatile i16 %".1749", ptr %".1748", align 2
  %".1751" = load volatile i16, ptr %".1748", align 2
  %".1752" = zext i16 %".1751" to i64
  %"cursor.84" = and i64 %".1752", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  %".1755" = getelementptr i8, ptr %"keys.77", i64 2
  %".1756" = trunc i64 %".1703" to i16
  store volatile i16 %".1756", ptr %".1755", align 2
  %".1758" = load volatile i16, ptr %".1755", align 2
  %".1759" = zext i16 %".1758" to i64
  %"cursor.85" = and i64 %".1759", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1.to_udp:
  %".1761" = getelementptr i8, ptr %"keys.77", i64 2
  %".1762" = trunc i64 %".1703" to i16
  store volatile i16 %".1762", ptr %".1761", align 2
  %".1764" = load volatile i16, ptr %".1761", align 2
  %".1765" = zext i16 %".1764" to i64
  %"cursor.86" = and i64 %".1765", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  %".1767" = getelementptr i8, ptr %"keys.77", i64 2
  %".1768" = trunc i64 %".1703" to i16
  store volatile i16 %".1768", ptr %".1767", align 2
  %".1770" = load volatile i16, ptr %".1767", align 2
  %".1771" = zext i16 %".1770" to i64
  %"cursor.87" = and i64 %".1771", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_gre:
  %".1773" = getelementptr i8, ptr %"keys.77", i64 2
  %".1774" = trunc i64 %".1703" to i16
  store volatile i16 %".1774", ptr %".1773", align 2
  %".1776" = load volatile i16, ptr %".1773", align 2
  %".1777" = zext i16 %".1776" to i64
  %"cursor.88" = and i64 %".1777", 16383
  br label %"gre_d0"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  %".1779" = getelementptr i8, ptr %"keys.77", i64 2
  %".1780" = trunc i64 %".1703" to i16
  store volatile i16 %".1780", ptr %".1779", align 2
  %".1782" = load volatile i16, ptr %".1779", align 2
  %".1783" = zext i16 %".1782" to i64
  %"cursor.89" = and i64 %".1783", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  %".1785" = getelementptr i8, ptr %"keys.77", i64 2
  %".1786" = trunc i64 %".1703" to i16
  store volatile i16 %".1786", ptr %".1785", align 2
  %".1788" = load volatile i16, ptr %".1785", align 2
  %".1789" = zext i16 %".1788" to i64
  %"cursor.90" = and i64 %".1789", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_esp:
  %".1791" = getelementptr i8, ptr %"keys.77", i64 2
  %".1792" = trunc i64 %".1703" to i16
  store volatile i16 %".1792", ptr %".1791", align 2
  %".1794" = load volatile i16, ptr %".1791", align 2
  %".1795" = zext i16 %".1794" to i64
  %"cursor.91" = and i64 %".1795", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  %".1797" = getelementptr i8, ptr %"keys.77", i64 2
  %".1798" = trunc i64 %".1703" to i16
  store volatile i16 %".1798", ptr %".1797", align 2
  %".1800" = load volatile i16, ptr %".1797", align 2
  %".1801" = zext i16 %".1800" to i64
  %"cursor.92" = and i64 %".1801", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  %".1803" = getelementptr i8, ptr %"keys.77", i64 2
  %".1804" = trunc i64 %".1703" to i16
  store volatile i16 %".1804", ptr %".1803", align 2
  %".1806" = load volatile i16, ptr %".1803", align 2
  %".1807" = zext i16 %".1806" to i64
  %"cursor.93" = and i64 %".1807", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".1809" = trunc i64 34887 to i16
  %".1810" = call i16 @"llvm.bswap.i16"(i16 %".1809")
  %".1811" = getelementptr i8, ptr %"keys.77", i64 10
  store i16 %".1810", ptr %".1811", align 2
  %".1813" = getelementptr i8, ptr %"keys.77", i64 2
  %".1814" = trunc i64 %".1703" to i16
  store volatile i16 %".1814", ptr %".1813", align 2
  %".1816" = load volatile i16, ptr %".1813", align 2
  %".1817" = zext i16 %".1816" to i64
  %"cursor.94" = and i64 %".1817", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1819" = getelementptr i8, ptr %"keys.77", i64 8
  store i8 1, ptr %".1819", align 1
  %".1821" = getelementptr i8, ptr %"keys.77", i64 48
  %"flags.16" = load volatile i32, ptr %".1821", align 4
  %".1822" = and i32 %"flags.16", 4
  %".1823" = icmp ne i32 %".1822", 0
  br i1 %".1823", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1835" = getelementptr i8, ptr %"keys.77", i64 8
  store i8 1, ptr %".1835", align 1
  %".1837" = getelementptr i8, ptr %"keys.77", i64 48
  %"flags.17" = load volatile i32, ptr %".1837", align 4
  %".1838" = and i32 %"flags.17", 4
  %".1839" = icmp ne i32 %".1838", 0
  br i1 %".1839", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1825" = trunc i64 %".1703" to i16
  %".1826" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1825", ptr %".1826", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1829" = getelementptr i8, ptr %"keys.77", i64 2
  %".1830" = trunc i64 %".1703" to i16
  store volatile i16 %".1830", ptr %".1829", align 2
  %".1832" = load volatile i16, ptr %".1829", align 2
  %".1833" = zext i16 %".1832" to i64
  %"cursor.95" = and i64 %".1833", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1841" = trunc i64 %".1703" to i16
  %".1842" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1841", ptr %".1842", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1845" = getelementptr i8, ptr %"keys.77", i64 2
  %".1846" = trunc i64 %".1703" to i16
  store volatile i16 %".1846", ptr %".1845", align 2
  %".1848" = load volatile i16, ptr %".1845", align 2
  %".1849" = zext i16 %".1848" to i64
  %"cursor.96" = and i64 %".1849", 16383
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1855" = trunc i64 %"cursor.23" to i32
  %".1856" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1855", [40 x i8]* %"header_copy", i32 4)
  %".1857" = icmp eq i64 %".1856", 0
  %".1858" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1859" = load i32, ptr %".1858", align 4
  %".1860" = zext i32 %".1859" to i64
  %"data.78" = inttoptr i64 %".1860" to ptr
  %".1861" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1862" = load i32, ptr %".1861", align 4
  %".1863" = zext i32 %".1862" to i64
  %"data_end.78" = inttoptr i64 %".1863" to ptr
  %".1864" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.78" = load ptr, ptr %".1864", align 8
  %".1865" = xor i1 %".1857", -1
  br i1 %".1865", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1867" = trunc i64 %"cursor.23" to i16
  %".1868" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1867", ptr %".1868", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1883" = trunc i64 %"cursor.27" to i32
  %".1884" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1883", [40 x i8]* %"header_copy", i32 4)
  %".1885" = icmp eq i64 %".1884", 0
  %".1886" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1887" = load i32, ptr %".1886", align 4
  %".1888" = zext i32 %".1887" to i64
  %"data.80" = inttoptr i64 %".1888" to ptr
  %".1889" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1890" = load i32, ptr %".1889", align 4
  %".1891" = zext i32 %".1890" to i64
  %"data_end.80" = inttoptr i64 %".1891" to ptr
  %".1892" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.80" = load ptr, ptr %".1892", align 8
  %".1893" = xor i1 %".1885", -1
  br i1 %".1893", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1895" = trunc i64 %"cursor.27" to i16
  %".1896" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1895", ptr %".1896", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1899" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1900" = load volatile i16, [40 x i8]* %".1899", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1915" = trunc i64 %".1908" to i16
  %".1916" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1915", ptr %".1916", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  %".1919" = getelementptr i8, ptr %"keys.81", i64 2
  %".1920" = trunc i64 %".1908" to i16
  store volatile i16 %".1920", ptr %".1919", align 2
  %".1922" = load volatile i16, ptr %".1919", align 2
  %".1923" = zext i16 %".1922" to i64
  %"cursor.97" = and i64 %".1923", 16383
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  %".1925" = getelementptr i8, ptr %"keys.81", i64 2
  %".1926" = trunc i64 %".1908" to i16
  store volatile i16 %".1926", ptr %".1925", align 2
  %".1928" = load volatile i16, ptr %".1925", align 2
  %".1929" = zext i16 %".1928" to i64
  %"cursor.98" = and i64 %".1929", 16383
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1931" = trunc i64 %".1908" to i16
  %".1932" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1931", ptr %".1932", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1935" = trunc i64 %".1908" to i16
  %".1936" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1935", ptr %".1936", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  %".1939" = getelementptr i8, ptr %"keys.81", i64 2
  %".1940" = trunc i64 %".1908" to i16
  store volatile i16 %".1940", ptr %".1939", align 2
  %".1942" = load volatile i16, ptr %".1939", align 2
  %".1943" = zext i16 %".1942" to i64
  %"cursor.99" = and i64 %".1943", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  %".1945" = getelementptr i8, ptr %"keys.81", i64 2
  %".1946" = trunc i64 %".1908" to i16
  store volatile i16 %".1946", ptr %".1945", align 2
  %".1948" = load volatile i16, ptr %".1945", align 2
  %".1949" = zext i16 %".1948" to i64
  %"cursor.100" = and i64 %".1949", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_pppoe:
  %".1951" = getelementptr i8, ptr %"keys.81", i64 2
  %".1952" = trunc i64 %".1908" to i16
  store volatile i16 %".1952", ptr %".1951", align 2
  %".1954" = load volatile i16, ptr %".1951", align 2
  %".1955" = zext i16 %".1954" to i64
  %"cursor.101" = and i64 %".1955", 16383
  br label %"pppoe_d0"
mpls_mpls_labels2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1963" = trunc i64 %"cursor.30" to i32
  %".1964" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1963", [40 x i8]* %"header_copy", i32 4)
  %".1965" = icmp eq i64 %".1964", 0
  %".1966" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1967" = load i32, ptr %".1966", align 4
  %".1968" = zext i32 %".1967" to i64
  %"data.82" = inttoptr i64 %".1968" to ptr
  %".1969" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1970" = load i32, ptr %".1969", align 4
  %".1971" = zext i32 %".1970" to i64
  %"data_end.82" = inttoptr i64 %".1971" to ptr
  %".1972" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.82" = load ptr, ptr %".1972", align 8
  %".1973" = xor i1 %".1965", -1
  br i1 %".1973", label %"mpls_mpls_labels2.copy_failed", label %"mpls_mpls_labels2.copy_failed.endif"
mpls_mpls_labels2.copy_failed:
  %".1975" = trunc i64 %"cursor.30" to i16
  %".1976" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1975", ptr %".1976", align 2
  br label %"return"
mpls_mpls_labels2.copy_failed.endif:
  %".1979" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1980" = load volatile i8, [40 x i8]* %".1979", align 1
  br label %"mpls_mpls_labels2.header"
mpls_mpls_labels2.unknown:
  %".1986" = trunc i64 %".1982" to i16
  %".1987" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1986", ptr %".1987", align 2
  br label %"return"
mpls_mpls_labels2.to_mpls:
  br label %"mpls_mpls_labels3"
mpls_mpls_labels3:
  %"cursor.102" = phi  i64 [%".1982", %"mpls_mpls_labels2.to_mpls"]
  %"data.84" = phi  ptr [%"data.83", %"mpls_mpls_labels2.to_mpls"]
  %"data_end.84" = phi  ptr [%"data_end.83", %"mpls_mpls_labels2.to_mpls"]
  %"keys.84" = phi  ptr [%"keys.83", %"mpls_mpls_labels2.to_mpls"]
  %"hdr.28" = getelementptr i8, ptr %"data.84", i64 %"cursor.102"
  %".2985" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2986" = icmp ugt ptr %".2985", %"data_end.84"
  br i1 %".2986", label %"mpls_mpls_labels3.copy", label %"mpls_mpls_labels3.linear", !prof !0
mpls_mpls_labels3.linear:
  %".2988" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2989" = load i8, ptr %".2988", align 1
  br label %"mpls_mpls_labels3.header"
mpls_mpls_labels3.header:
  %"w2_1.2" = phi  i8 [%".2989", %"mpls_mpls_labels3.linear"], [%".3008", %"mpls_mpls_labels3.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.84", %"mpls_mpls_labels3.linear"], [%"data.113", %"mpls_mpls_labels3.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.84", %"mpls_mpls_labels3.linear"], [%"data_end.113", %"mpls_mpls_labels3.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.84", %"mpls_mpls_labels3.linear"], [%"keys.113", %"mpls_mpls_labels3.copy_failed.endif"]
  %".3010" = add i64 %"cursor.102", 4
  %".3011" = zext i8 %"w2_1.2" to i64
  %".3012" = and i64 %".3011", 1
  switch i64 %".3012", label %"mpls_mpls_labels3.unknown" [i64 0, label %"mpls_mpls_labels3.to_mpls"]
tcp_header.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1997" = trunc i64 %"cursor.35" to i32
  %".1998" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1997", [40 x i8]* %"header_copy", i32 20)
  %".1999" = icmp eq i64 %".1998", 0
  %".2000" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2001" = load i32, ptr %".2000", align 4
  %".2002" = zext i32 %".2001" to i64
  %"data.85" = inttoptr i64 %".2002" to ptr
  %".2003" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2004" = load i32, ptr %".2003", align 4
  %".2005" = zext i32 %".2004" to i64
  %"data_end.85" = inttoptr i64 %".2005" to ptr
  %".2006" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.85" = load ptr, ptr %".2006", align 8
  %".2007" = xor i1 %".1999", -1
  br i1 %".2007", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2009" = trunc i64 %"cursor.35" to i16
  %".2010" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".2009", ptr %".2010", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2013" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2014" = load volatile i8, [40 x i8]* %".2013", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2022" = trunc i64 %"cursor.35" to i16
  %".2023" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".2022", ptr %".2023", align 2
  br label %"return"
tcp_header.require.endif:
  %".2026" = add i64 %"cursor.35", 20
  %".2027" = zext i8 %"w12_1" to i64
  %".2028" = lshr i64 %".2027", 4
  %".2029" = and i64 %".2028", 15
  %".2030" = mul i64 %".2029", 4
  %".2031" = sub i64 %".2030", 20
  %".2032" = add i64 %".2031", 20
  %".2033" = getelementptr i8, ptr %"data.86", i64 %"cursor.35"
  %".2034" = getelementptr i8, ptr %".2033", i64 %".2032"
  %".2035" = icmp ugt ptr %".2034", %"data_end.86"
  br i1 %".2035", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.88" = phi  ptr [%"data.86", %"tcp_header.require.endif"], [%"data.87", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.88" = phi  ptr [%"data_end.86", %"tcp_header.require.endif"], [%"data_end.87", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.88" = phi  ptr [%"keys.86", %"tcp_header.require.endif"], [%"keys.87", %"tcp_header.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.35", %".2032"
  %".2056" = trunc i64 %"cursor.35" to i16
  %".2057" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".2056", ptr %".2057", align 2
  br label %"return"
tcp_header.copy_last_byte:
  %".2037" = add i64 %"cursor.35", %".2032"
  %".2038" = sub i64 %".2037", 1
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2039" = trunc i64 %".2038" to i32
  %".2040" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2039", i64* %"last_byte", i32 1)
  %".2041" = icmp eq i64 %".2040", 0
  %".2042" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2043" = load i32, ptr %".2042", align 4
  %".2044" = zext i32 %".2043" to i64
  %"data.87" = inttoptr i64 %".2044" to ptr
  %".2045" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2046" = load i32, ptr %".2045", align 4
  %".2047" = zext i32 %".2046" to i64
  %"data_end.87" = inttoptr i64 %".2047" to ptr
  %".2048" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.87" = load ptr, ptr %".2048", align 8
  %".2049" = xor i1 %".2041", -1
  br i1 %".2049", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2051" = trunc i64 %"cursor.35" to i16
  %".2052" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".2051", ptr %".2052", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
ethernet_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2066" = trunc i64 %"cursor.38" to i32
  %".2067" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2066", [40 x i8]* %"header_copy", i32 14)
  %".2068" = icmp eq i64 %".2067", 0
  %".2069" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2070" = load i32, ptr %".2069", align 4
  %".2071" = zext i32 %".2070" to i64
  %"data.89" = inttoptr i64 %".2071" to ptr
  %".2072" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2073" = load i32, ptr %".2072", align 4
  %".2074" = zext i32 %".2073" to i64
  %"data_end.89" = inttoptr i64 %".2074" to ptr
  %".2075" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.89" = load ptr, ptr %".2075", align 8
  %".2076" = xor i1 %".2068", -1
  br i1 %".2076", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".2078" = trunc i64 %"cursor.38" to i16
  %".2079" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".2078", ptr %".2079", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".2082" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2083" = load volatile i16, [40 x i8]* %".2082", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".2095" = trunc i64 %".2091" to i16
  %".2096" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".2095", ptr %".2096", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  %".2099" = getelementptr i8, ptr %"keys.90", i64 2
  %".2100" = trunc i64 %".2091" to i16
  store volatile i16 %".2100", ptr %".2099", align 2
  %".2102" = load volatile i16, ptr %".2099", align 2
  %".2103" = zext i16 %".2102" to i64
  %"cursor.103" = and i64 %".2103", 16383
  br label %"ipv4_d1"
ethernet_d1.to_ipv6:
  %".2105" = getelementptr i8, ptr %"keys.90", i64 2
  %".2106" = trunc i64 %".2091" to i16
  store volatile i16 %".2106", ptr %".2105", align 2
  %".2108" = load volatile i16, ptr %".2105", align 2
  %".2109" = zext i16 %".2108" to i64
  %"cursor.104" = and i64 %".2109", 16383
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  %".2111" = getelementptr i8, ptr %"keys.90", i64 2
  %".2112" = trunc i64 %".2091" to i16
  store volatile i16 %".2112", ptr %".2111", align 2
  %".2114" = load volatile i16, ptr %".2111", align 2
  %".2115" = zext i16 %".2114" to i64
  %"cursor.106" = and i64 %".2115", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  %".2117" = getelementptr i8, ptr %"keys.90", i64 2
  %".2118" = trunc i64 %".2091" to i16
  store volatile i16 %".2118", ptr %".2117", align 2
  %".2120" = load volatile i16, ptr %".2117", align 2
  %".2121" = zext i16 %".2120" to i64
  %"cursor.107" = and i64 %".2121", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  %".2123" = getelementptr i8, ptr %"keys.90", i64 2
  %".2124" = trunc i64 %".2091" to i16
  store volatile i16 %".2124", ptr %".2123", align 2
  %".2126" = load volatile i16, ptr %".2123", align 2
  %".2127" = zext i16 %".2126" to i64
  %"cursor.108" = and i64 %".2127", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1.to_mpls.1:
  %".2129" = getelementptr i8, ptr %"keys.90", i64 2
  %".2130" = trunc i64 %".2091" to i16
  store volatile i16 %".2130", ptr %".2129", align 2
  %".2132" = load volatile i16, ptr %".2129", align 2
  %".2133" = zext i16 %".2132" to i64
  %"cursor.109" = and i64 %".2133", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1.to_pppoe:
  %".2135" = getelementptr i8, ptr %"keys.90", i64 2
  %".2136" = trunc i64 %".2091" to i16
  store volatile i16 %".2136", ptr %".2135", align 2
  %".2138" = load volatile i16, ptr %".2135", align 2
  %".2139" = zext i16 %".2138" to i64
  %"cursor.111" = and i64 %".2139", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.105" = phi  i64 [%"cursor.106", %"ethernet_d1.to_vlan"], [%"cursor.107", %"ethernet_d1.to_vlan.1"]
  %"data.91" = phi  ptr [%"data.90", %"ethernet_d1.to_vlan"], [%"data.90", %"ethernet_d1.to_vlan.1"]
  %"data_end.91" = phi  ptr [%"data_end.90", %"ethernet_d1.to_vlan"], [%"data_end.90", %"ethernet_d1.to_vlan.1"]
  %"keys.91" = phi  ptr [%"keys.90", %"ethernet_d1.to_vlan"], [%"keys.90", %"ethernet_d1.to_vlan.1"]
  %"hdr.29" = getelementptr i8, ptr %"data.91", i64 %"cursor.105"
  %".3019" = getelementptr i8, ptr %"hdr.29", i64 4
  %".3020" = icmp ugt ptr %".3019", %"data_end.91"
  br i1 %".3020", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".3022" = getelementptr i8, ptr %"hdr.29", i64 2
  %".3023" = load i16, ptr %".3022", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.12" = phi  i16 [%".3023", %"vlan_d1_vlan_tags1.linear"], [%".3042", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.117" = phi  ptr [%"data.91", %"vlan_d1_vlan_tags1.linear"], [%"data.116", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.117" = phi  ptr [%"data_end.91", %"vlan_d1_vlan_tags1.linear"], [%"data_end.116", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.117" = phi  ptr [%"keys.91", %"vlan_d1_vlan_tags1.linear"], [%"keys.116", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".3044" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3045" = zext i16 %".3044" to i64
  %".3046" = trunc i64 %".3045" to i16
  %".3047" = call i16 @"llvm.bswap.i16"(i16 %".3046")
  %".3048" = getelementptr i8, ptr %"keys.117", i64 10
  store i16 %".3047", ptr %".3048", align 2
  %".3050" = add i64 %"cursor.105", 4
  %".3051" = trunc i64 %".3050" to i16
  %".3052" = getelementptr i8, ptr %"keys.117", i64 0
  store i16 %".3051", ptr %".3052", align 2
  %".3054" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3055" = zext i16 %".3054" to i64
  switch i64 %".3055", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe"]
pppoe_d1:
  %"cursor.110" = phi  i64 [%"cursor.111", %"ethernet_d1.to_pppoe"], [%"cursor.180", %"vlan_d1_vlan_tags1.to_pppoe"], [%"cursor.243", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data.92" = phi  ptr [%"data.90", %"ethernet_d1.to_pppoe"], [%"data.117", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.138", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data_end.92" = phi  ptr [%"data_end.90", %"ethernet_d1.to_pppoe"], [%"data_end.117", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.138", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"keys.92" = phi  ptr [%"keys.90", %"ethernet_d1.to_pppoe"], [%"keys.117", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.138", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"hdr.30" = getelementptr i8, ptr %"data.92", i64 %"cursor.110"
  %".3103" = getelementptr i8, ptr %"hdr.30", i64 8
  %".3104" = icmp ugt ptr %".3103", %"data_end.92"
  br i1 %".3104", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".3106" = getelementptr i8, ptr %"hdr.30", i64 0
  %".3107" = load i8, ptr %".3106", align 1
  %".3108" = getelementptr i8, ptr %"hdr.30", i64 1
  %".3109" = load i8, ptr %".3108", align 1
  %".3110" = getelementptr i8, ptr %"hdr.30", i64 6
  %".3111" = load i16, ptr %".3110", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.11" = phi  i8 [%".3107", %"pppoe_d1.linear"], [%".3130", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".3109", %"pppoe_d1.linear"], [%".3132", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".3111", %"pppoe_d1.linear"], [%".3134", %"pppoe_d1.copy_failed.endif"]
  %"data.120" = phi  ptr [%"data.92", %"pppoe_d1.linear"], [%"data.119", %"pppoe_d1.copy_failed.endif"]
  %"data_end.120" = phi  ptr [%"data_end.92", %"pppoe_d1.linear"], [%"data_end.119", %"pppoe_d1.copy_failed.endif"]
  %"keys.120" = phi  ptr [%"keys.92", %"pppoe_d1.linear"], [%"keys.119", %"pppoe_d1.copy_failed.endif"]
  %".3136" = zext i8 %"w0_1.11" to i64
  %".3137" = lshr i64 %".3136", 4
  %".3138" = and i64 %".3137", 15
  %".3139" = icmp eq i64 %".3138", 1
  %".3140" = zext i8 %"w0_1.11" to i64
  %".3141" = and i64 %".3140", 15
  %".3142" = icmp eq i64 %".3141", 1
  %".3143" = and i1 %".3139", %".3142"
  %".3144" = zext i8 %"w1_1.6" to i64
  %".3145" = icmp eq i64 %".3144", 0
  %".3146" = and i1 %".3143", %".3145"
  %".3147" = xor i1 %".3146", -1
  br i1 %".3147", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
gre_d1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2151" = trunc i64 %"cursor.45" to i32
  %".2152" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2151", [40 x i8]* %"header_copy", i32 4)
  %".2153" = icmp eq i64 %".2152", 0
  %".2154" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2155" = load i32, ptr %".2154", align 4
  %".2156" = zext i32 %".2155" to i64
  %"data.93" = inttoptr i64 %".2156" to ptr
  %".2157" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2158" = load i32, ptr %".2157", align 4
  %".2159" = zext i32 %".2158" to i64
  %"data_end.93" = inttoptr i64 %".2159" to ptr
  %".2160" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.93" = load ptr, ptr %".2160", align 8
  %".2161" = xor i1 %".2153", -1
  br i1 %".2161", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".2163" = trunc i64 %"cursor.45" to i16
  %".2164" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2163", ptr %".2164", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".2167" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2168" = load volatile i8, [40 x i8]* %".2167", align 1
  %".2169" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2170" = load volatile i8, [40 x i8]* %".2169", align 1
  %".2171" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2172" = load volatile i16, [40 x i8]* %".2171", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".2183" = trunc i64 %"cursor.45" to i16
  %".2184" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".2183", ptr %".2184", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".2187" = add i64 %"cursor.45", 4
  %".2188" = zext i8 %"w0_1.6" to i64
  %".2189" = lshr i64 %".2188", 7
  %".2190" = and i64 %".2189", 1
  %".2191" = zext i8 %"w0_1.6" to i64
  %".2192" = lshr i64 %".2191", 5
  %".2193" = and i64 %".2192", 1
  %".2194" = add i64 %".2190", %".2193"
  %".2195" = zext i8 %"w0_1.6" to i64
  %".2196" = lshr i64 %".2195", 4
  %".2197" = and i64 %".2196", 1
  %".2198" = add i64 %".2194", %".2197"
  %".2199" = mul i64 %".2198", 4
  %".2200" = add i64 %".2199", 4
  %".2201" = getelementptr i8, ptr %"data.94", i64 %"cursor.45"
  %".2202" = getelementptr i8, ptr %".2201", i64 %".2200"
  %".2203" = icmp ugt ptr %".2202", %"data_end.94"
  br i1 %".2203", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.96" = phi  ptr [%"data.94", %"gre_d1.stop_before.endif"], [%"data.95", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.96" = phi  ptr [%"data_end.94", %"gre_d1.stop_before.endif"], [%"data_end.95", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.96" = phi  ptr [%"keys.94", %"gre_d1.stop_before.endif"], [%"keys.95", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.7" = add i64 %"cursor.45", %".2200"
  %".2224" = getelementptr i8, ptr %"keys.96", i64 8
  store i8 1, ptr %".2224", align 1
  %".2226" = getelementptr i8, ptr %"keys.96", i64 48
  %"flags.18" = load volatile i32, ptr %".2226", align 4
  %".2227" = and i32 %"flags.18", 4
  %".2228" = icmp ne i32 %".2227", 0
  br i1 %".2228", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".2205" = add i64 %"cursor.45", %".2200"
  %".2206" = sub i64 %".2205", 1
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2207" = trunc i64 %".2206" to i32
  %".2208" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2207", i64* %"last_byte", i32 1)
  %".2209" = icmp eq i64 %".2208", 0
  %".2210" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2211" = load i32, ptr %".2210", align 4
  %".2212" = zext i32 %".2211" to i64
  %"data.95" = inttoptr i64 %".2212" to ptr
  %".2213" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2214" = load i32, ptr %".2213", align 4
  %".2215" = zext i32 %".2214" to i64
  %"data_end.95" = inttoptr i64 %".2215" to ptr
  %".2216" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.95" = load ptr, ptr %".2216", align 8
  %".2217" = xor i1 %".2209", -1
  br i1 %".2217", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".2219" = trunc i64 %"cursor.45" to i16
  %".2220" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2219", ptr %".2220", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".2230" = trunc i64 %"end.7" to i16
  %".2231" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2230", ptr %".2231", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".2234" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2235" = zext i16 %".2234" to i64
  %".2236" = trunc i64 %".2235" to i16
  %".2237" = call i16 @"llvm.bswap.i16"(i16 %".2236")
  %".2238" = getelementptr i8, ptr %"keys.96", i64 10
  store i16 %".2237", ptr %".2238", align 2
  %".2240" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2241" = zext i16 %".2240" to i64
  switch i64 %".2241", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 25944, label %"gre_d1.to_ethernet" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1"]
gre_d1.unknown:
  %".2243" = trunc i64 %"end.7" to i16
  %".2244" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2243", ptr %".2244", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".2247" = trunc i64 %"end.7" to i16
  %".2248" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2247", ptr %".2248", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".2251" = trunc i64 %"end.7" to i16
  %".2252" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2251", ptr %".2252", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".2255" = trunc i64 %"end.7" to i16
  %".2256" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2255", ptr %".2256", align 2
  br label %"return"
gre_d1.to_mpls:
  %".2259" = trunc i64 %"end.7" to i16
  %".2260" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2259", ptr %".2260", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".2263" = trunc i64 %"end.7" to i16
  %".2264" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2263", ptr %".2264", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2275" = trunc i64 %"cursor.52" to i32
  %".2276" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2275", [40 x i8]* %"header_copy", i32 2)
  %".2277" = icmp eq i64 %".2276", 0
  %".2278" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2279" = load i32, ptr %".2278", align 4
  %".2280" = zext i32 %".2279" to i64
  %"data.97" = inttoptr i64 %".2280" to ptr
  %".2281" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2282" = load i32, ptr %".2281", align 4
  %".2283" = zext i32 %".2282" to i64
  %"data_end.97" = inttoptr i64 %".2283" to ptr
  %".2284" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.97" = load ptr, ptr %".2284", align 8
  %".2285" = xor i1 %".2277", -1
  br i1 %".2285", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2287" = trunc i64 %"cursor.52" to i16
  %".2288" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2287", ptr %".2288", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2291" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2292" = load volatile i8, [40 x i8]* %".2291", align 1
  %".2293" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2294" = load volatile i8, [40 x i8]* %".2293", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.copy_last_byte:
  %".2309" = add i64 %"cursor.52", %".2304"
  %".2310" = sub i64 %".2309", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2311" = trunc i64 %".2310" to i32
  %".2312" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2311", i64* %"last_byte", i32 1)
  %".2313" = icmp eq i64 %".2312", 0
  %".2314" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2315" = load i32, ptr %".2314", align 4
  %".2316" = zext i32 %".2315" to i64
  %"data.99" = inttoptr i64 %".2316" to ptr
  %".2317" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2318" = load i32, ptr %".2317", align 4
  %".2319" = zext i32 %".2318" to i64
  %"data_end.99" = inttoptr i64 %".2319" to ptr
  %".2320" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.99" = load ptr, ptr %".2320", align 8
  %".2321" = xor i1 %".2313", -1
  br i1 %".2321", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed:
  %".2323" = trunc i64 %"cursor.52" to i16
  %".2324" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2323", ptr %".2324", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext1.variable_part"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2330" = trunc i64 %"end.8" to i16
  %".2331" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2330", ptr %".2331", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  %".2334" = getelementptr i8, ptr %"keys.100", i64 2
  %".2335" = trunc i64 %"end.8" to i16
  store volatile i16 %".2335", ptr %".2334", align 2
  %".2337" = load volatile i16, ptr %".2334", align 2
  %".2338" = zext i16 %".2337" to i64
  %"cursor.113" = and i64 %".2338", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  %".2340" = getelementptr i8, ptr %"keys.100", i64 2
  %".2341" = trunc i64 %"end.8" to i16
  store volatile i16 %".2341", ptr %".2340", align 2
  %".2343" = load volatile i16, ptr %".2340", align 2
  %".2344" = zext i16 %".2343" to i64
  %"cursor.114" = and i64 %".2344", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  %".2346" = getelementptr i8, ptr %"keys.100", i64 2
  %".2347" = trunc i64 %"end.8" to i16
  store volatile i16 %".2347", ptr %".2346", align 2
  %".2349" = load volatile i16, ptr %".2346", align 2
  %".2350" = zext i16 %".2349" to i64
  %"cursor.115" = and i64 %".2350", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  %".2352" = getelementptr i8, ptr %"keys.100", i64 2
  %".2353" = trunc i64 %"end.8" to i16
  store volatile i16 %".2353", ptr %".2352", align 2
  %".2355" = load volatile i16, ptr %".2352", align 2
  %".2356" = zext i16 %".2355" to i64
  %"cursor.117" = and i64 %".2356", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  %".2358" = getelementptr i8, ptr %"keys.100", i64 2
  %".2359" = trunc i64 %"end.8" to i16
  store volatile i16 %".2359", ptr %".2358", align 2
  %".2361" = load volatile i16, ptr %".2358", align 2
  %".2362" = zext i16 %".2361" to i64
  %"cursor.118" = and i64 %".2362", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.to_udp:
  %".2364" = getelementptr i8, ptr %"keys.100", i64 2
  %".2365" = trunc i64 %"end.8" to i16
  store volatile i16 %".2365", ptr %".2364", align 2
  %".2367" = load volatile i16, ptr %".2364", align 2
  %".2368" = zext i16 %".2367" to i64
  %"cursor.119" = and i64 %".2368", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  %".2370" = getelementptr i8, ptr %"keys.100", i64 2
  %".2371" = trunc i64 %"end.8" to i16
  store volatile i16 %".2371", ptr %".2370", align 2
  %".2373" = load volatile i16, ptr %".2370", align 2
  %".2374" = zext i16 %".2373" to i64
  %"cursor.120" = and i64 %".2374", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_gre:
  %".2376" = getelementptr i8, ptr %"keys.100", i64 2
  %".2377" = trunc i64 %"end.8" to i16
  store volatile i16 %".2377", ptr %".2376", align 2
  %".2379" = load volatile i16, ptr %".2376", align 2
  %".2380" = zext i16 %".2379" to i64
  %"cursor.121" = and i64 %".2380", 16383
  br label %"gre_d1"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  %".2382" = getelementptr i8, ptr %"keys.100", i64 2
  %".2383" = trunc i64 %"end.8" to i16
  store volatile i16 %".2383", ptr %".2382", align 2
  %".2385" = load volatile i16, ptr %".2382", align 2
  %".2386" = zext i16 %".2385" to i64
  %"cursor.122" = and i64 %".2386", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  %".2388" = getelementptr i8, ptr %"keys.100", i64 2
  %".2389" = trunc i64 %"end.8" to i16
  store volatile i16 %".2389", ptr %".2388", align 2
  %".2391" = load volatile i16, ptr %".2388", align 2
  %".2392" = zext i16 %".2391" to i64
  %"cursor.123" = and i64 %".2392", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_esp:
  %".2394" = getelementptr i8, ptr %"keys.100", i64 2
  %".2395" = trunc i64 %"end.8" to i16
  store volatile i16 %".2395", ptr %".2394", align 2
  %".2397" = load volatile i16, ptr %".2394", align 2
  %".2398" = zext i16 %".2397" to i64
  %"cursor.124" = and i64 %".2398", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  %".2400" = getelementptr i8, ptr %"keys.100", i64 2
  %".2401" = trunc i64 %"end.8" to i16
  store volatile i16 %".2401", ptr %".2400", align 2
  %".2403" = load volatile i16, ptr %".2400", align 2
  %".2404" = zext i16 %".2403" to i64
  %"cursor.125" = and i64 %".2404", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  %".2406" = getelementptr i8, ptr %"keys.100", i64 2
  %".2407" = trunc i64 %"end.8" to i16
  store volatile i16 %".2407", ptr %".2406", align 2
  %".2409" = load volatile i16, ptr %".2406", align 2
  %".2410" = zext i16 %".2409" to i64
  %"cursor.126" = and i64 %".2410", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".2412" = trunc i64 34887 to i16
  %".2413" = call i16 @"llvm.bswap.i16"(i16 %".2412")
  %".2414" = getelementptr i8, ptr %"keys.100", i64 10
  store i16 %".2413", ptr %".2414", align 2
  %".2416" = getelementptr i8, ptr %"keys.100", i64 2
  %".2417" = trunc i64 %"end.8" to i16
  store volatile i16 %".2417", ptr %".2416", align 2
  %".2419" = load volatile i16, ptr %".2416", align 2
  %".2420" = zext i16 %".2419" to i64
  %"cursor.127" = and i64 %".2420", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2422" = getelementptr i8, ptr %"keys.100", i64 8
  store i8 1, ptr %".2422", align 1
  %".2424" = getelementptr i8, ptr %"keys.100", i64 48
  %"flags.19" = load volatile i32, ptr %".2424", align 4
  %".2425" = and i32 %"flags.19", 4
  %".2426" = icmp ne i32 %".2425", 0
  br i1 %".2426", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2436" = getelementptr i8, ptr %"keys.100", i64 8
  store i8 1, ptr %".2436", align 1
  %".2438" = getelementptr i8, ptr %"keys.100", i64 48
  %"flags.20" = load volatile i32, ptr %".2438", align 4
  %".2439" = and i32 %"flags.20", 4
  %".2440" = icmp ne i32 %".2439", 0
  br i1 %".2440", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.112" = phi  i64 [%"cursor.113", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.114", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.128", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.129", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.130", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data.101" = phi  ptr [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.101" = phi  ptr [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.101" = phi  ptr [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.101", i64 %"cursor.112"
  %".3196" = getelementptr i8, ptr %"hdr.31", i64 2
  %".3197" = icmp ugt ptr %".3196", %"data_end.101"
  br i1 %".3197", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3199" = getelementptr i8, ptr %"hdr.31", i64 0
  %".3200" = load i8, ptr %".3199", align 1
  %".3201" = getelementptr i8, ptr %"hdr.31", i64 1
  %".3202" = load i8, ptr %".3201", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".3200", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3221", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3202", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3223", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.122" = phi  ptr [%"data.101", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.121", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.122" = phi  ptr [%"data_end.101", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.121", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.122" = phi  ptr [%"keys.101", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.121", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3225" = zext i8 %"w0_1.12" to i64
  %".3226" = trunc i64 %".3225" to i8
  %".3227" = getelementptr i8, ptr %"keys.122", i64 9
  store i8 %".3226", ptr %".3227", align 1
  %".3229" = add i64 %"cursor.112", 2
  %".3230" = zext i8 %"w1_1.7" to i64
  %".3231" = mul i64 %".3230", 8
  %".3232" = add i64 %".3231", 6
  %".3233" = add i64 %".3232", 2
  %".3234" = getelementptr i8, ptr %"data.122", i64 %"cursor.112"
  %".3235" = getelementptr i8, ptr %".3234", i64 %".3233"
  %".3236" = icmp ugt ptr %".3235", %"data_end.122"
  br i1 %".3236", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext2.variable_part:
  %"data.124" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data.123", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.124" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.124" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext2.header"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.112", %".3233"
  %".3257" = zext i8 %"w0_1.12" to i64
  switch i64 %".3257", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.116" = phi  i64 [%"cursor.117", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"cursor.131", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data.102" = phi  ptr [%"data.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data_end.102" = phi  ptr [%"data_end.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"keys.102" = phi  ptr [%"keys.100", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.104", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.102", i64 %"cursor.116"
  %".3379" = getelementptr i8, ptr %"hdr.32", i64 8
  %".3380" = icmp ugt ptr %".3379", %"data_end.102"
  br i1 %".3380", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3382" = getelementptr i8, ptr %"hdr.32", i64 0
  %".3383" = load i8, ptr %".3382", align 1
  %".3384" = getelementptr i8, ptr %"hdr.32", i64 2
  %".3385" = load i16, ptr %".3384", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".3383", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3404", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3385", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3406", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.128" = phi  ptr [%"data.102", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.127", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.128" = phi  ptr [%"data_end.102", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.128" = phi  ptr [%"keys.102", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3408" = zext i8 %"w0_1.13" to i64
  %".3409" = trunc i64 %".3408" to i8
  %".3410" = getelementptr i8, ptr %"keys.128", i64 9
  store i8 %".3409", ptr %".3410", align 1
  %".3412" = add i64 %"cursor.116", 8
  %".3413" = icmp ne i64 1, 0
  %".3414" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3415" = zext i16 %".3414" to i64
  %".3416" = and i64 %".3415", 65528
  %".3417" = icmp eq i64 %".3416", 0
  br i1 %".3413", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2428" = trunc i64 %"end.8" to i16
  %".2429" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2428", ptr %".2429", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2432" = trunc i64 %"end.8" to i16
  %".2433" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2432", ptr %".2433", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2442" = trunc i64 %"end.8" to i16
  %".2443" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2442", ptr %".2443", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2446" = trunc i64 %"end.8" to i16
  %".2447" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2446", ptr %".2447", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2458" = trunc i64 %"cursor.56" to i32
  %".2459" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2458", [40 x i8]* %"header_copy", i32 8)
  %".2460" = icmp eq i64 %".2459", 0
  %".2461" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2462" = load i32, ptr %".2461", align 4
  %".2463" = zext i32 %".2462" to i64
  %"data.103" = inttoptr i64 %".2463" to ptr
  %".2464" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2465" = load i32, ptr %".2464", align 4
  %".2466" = zext i32 %".2465" to i64
  %"data_end.103" = inttoptr i64 %".2466" to ptr
  %".2467" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.103" = load ptr, ptr %".2467", align 8
  %".2468" = xor i1 %".2460", -1
  br i1 %".2468", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2470" = trunc i64 %"cursor.56" to i16
  %".2471" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2470", ptr %".2471", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2474" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2475" = load volatile i8, [40 x i8]* %".2474", align 1
  %".2476" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2477" = load volatile i16, [40 x i8]* %".2476", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2490" = getelementptr i8, ptr %"keys.104", i64 6
  store i8 1, ptr %".2490", align 1
  br i1 %".2488", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".2510" = zext i8 %"w0_1.8" to i64
  switch i64 %".2510", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2493" = getelementptr i8, ptr %"keys.104", i64 7
  store i8 1, ptr %".2493", align 1
  %".2495" = getelementptr i8, ptr %"keys.104", i64 48
  %"flags.21" = load volatile i32, ptr %".2495", align 4
  %".2496" = and i32 %"flags.21", 1
  %".2497" = icmp ne i32 %".2496", 0
  %".2498" = xor i1 %".2497", -1
  br i1 %".2498", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".2505" = trunc i64 %".2483" to i16
  %".2506" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2505", ptr %".2506", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".2500" = trunc i64 %".2483" to i16
  %".2501" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2500", ptr %".2501", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".2512" = trunc i64 %".2483" to i16
  %".2513" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2512", ptr %".2513", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  %".2516" = getelementptr i8, ptr %"keys.104", i64 2
  %".2517" = trunc i64 %".2483" to i16
  store volatile i16 %".2517", ptr %".2516", align 2
  %".2519" = load volatile i16, ptr %".2516", align 2
  %".2520" = zext i16 %".2519" to i64
  %"cursor.128" = and i64 %".2520", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  %".2522" = getelementptr i8, ptr %"keys.104", i64 2
  %".2523" = trunc i64 %".2483" to i16
  store volatile i16 %".2523", ptr %".2522", align 2
  %".2525" = load volatile i16, ptr %".2522", align 2
  %".2526" = zext i16 %".2525" to i64
  %"cursor.129" = and i64 %".2526", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  %".2528" = getelementptr i8, ptr %"keys.104", i64 2
  %".2529" = trunc i64 %".2483" to i16
  store volatile i16 %".2529", ptr %".2528", align 2
  %".2531" = load volatile i16, ptr %".2528", align 2
  %".2532" = zext i16 %".2531" to i64
  %"cursor.130" = and i64 %".2532", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  %".2534" = getelementptr i8, ptr %"keys.104", i64 2
  %".2535" = trunc i64 %".2483" to i16
  store volatile i16 %".2535", ptr %".2534", align 2
  %".2537" = load volatile i16, ptr %".2534", align 2
  %".2538" = zext i16 %".2537" to i64
  %"cursor.131" = and i64 %".2538", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  %".2540" = getelementptr i8, ptr %"keys.104", i64 2
  %".2541" = trunc i64 %".2483" to i16
  store volatile i16 %".2541", ptr %".2540", align 2
  %".2543" = load volatile i16, ptr %".2540", align 2
  %".2544" = zext i16 %".2543" to i64
  %"cursor.132" = and i64 %".2544", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1.to_udp:
  %".2546" = getelementptr i8, ptr %"keys.104", i64 2
  %".2547" = trunc i64 %".2483" to i16
  store volatile i16 %".2547", ptr %".2546", align 2
  %".2549" = load volatile i16, ptr %".2546", align 2
  %".2550" = zext i16 %".2549" to i64
  %"cursor.133" = and i64 %".2550", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  %".2552" = getelementptr i8, ptr %"keys.104", i64 2
  %".2553" = trunc i64 %".2483" to i16
  store volatile i16 %".2553", ptr %".2552", align 2
  %".2555" = load volatile i16, ptr %".2552", align 2
  %".2556" = zext i16 %".2555" to i64
  %"cursor.134" = and i64 %".2556", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_gre:
  %".2558" = getelementptr i8, ptr %"keys.104", i64 2
  %".2559" = trunc i64 %".2483" to i16
  store volatile i16 %".2559", ptr %".2558", align 2
  %".2561" = load volatile i16, ptr %".2558", align 2
  %".2562" = zext i16 %".2561" to i64
  %"cursor.135" = and i64 %".2562", 16383
  br label %"gre_d1"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  %".2564" = getelementptr i8, ptr %"keys.104", i64 2
  %".2565" = trunc i64 %".2483" to i16
  store volatile i16 %".2565", ptr %".2564", align 2
  %".2567" = load volatile i16, ptr %".2564", align 2
  %".2568" = zext i16 %".2567" to i64
  %"cursor.136" = and i64 %".2568", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  %".2570" = getelementptr i8, ptr %"keys.104", i64 2
  %".2571" = trunc i64 %".2483" to i16
  store volatile i16 %".2571", ptr %".2570", align 2
  %".2573" = load volatile i16, ptr %".2570", align 2
  %".2574" = zext i16 %".2573" to i64
  %"cursor.137" = and i64 %".2574", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_esp:
  %".2576" = getelementptr i8, ptr %"keys.104", i64 2
  %".2577" = trunc i64 %".2483" to i16
  store volatile i16 %".2577", ptr %".2576", align 2
  %".2579" = load volatile i16, ptr %".2576", align 2
  %".2580" = zext i16 %".2579" to i64
  %"cursor.138" = and i64 %".2580", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  %".2582" = getelementptr i8, ptr %"keys.104", i64 2
  %".2583" = trunc i64 %".2483" to i16
  store volatile i16 %".2583", ptr %".2582", align 2
  %".2585" = load volatile i16, ptr %".2582", align 2
  %".2586" = zext i16 %".2585" to i64
  %"cursor.139" = and i64 %".2586", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  %".2588" = getelementptr i8, ptr %"keys.104", i64 2
  %".2589" = trunc i64 %".2483" to i16
  store volatile i16 %".2589", ptr %".2588", align 2
  %".2591" = load volatile i16, ptr %".2588", align 2
  %".2592" = zext i16 %".2591" to i64
  %"cursor.140" = and i64 %".2592", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".2594" = trunc i64 34887 to i16
  %".2595" = call i16 @"llvm.bswap.i16"(i16 %".2594")
  %".2596" = getelementptr i8, ptr %"keys.104", i64 10
  store i16 %".2595", ptr %".2596", align 2
  %".2598" = getelementptr i8, ptr %"keys.104", i64 2
  %".2599" = trunc i64 %".2483" to i16
  store volatile i16 %".2599", ptr %".2598", align 2
  %".2601" = load volatile i16, ptr %".2598", align 2
  %".2602" = zext i16 %".2601" to i64
  %"cursor.141" = and i64 %".2602", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".2604" = getelementptr i8, ptr %"keys.104", i64 8
  store i8 1, ptr %".2604", align 1
  %".2606" = getelementptr i8, ptr %"keys.104", i64 48
  %"flags.22" = load volatile i32, ptr %".2606", align 4
  %".2607" = and i32 %"flags.22", 4
  %".2608" = icmp ne i32 %".2607", 0
  br i1 %".2608", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".2618" = getelementptr i8, ptr %"keys.104", i64 8
  store i8 1, ptr %".2618", align 1
  %".2620" = getelementptr i8, ptr %"keys.104", i64 48
  %"flags.23" = load volatile i32, ptr %".2620", align 4
  %".2621" = and i32 %"flags.23", 4
  %".2622" = icmp ne i32 %".2621", 0
  br i1 %".2622", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".2610" = trunc i64 %".2483" to i16
  %".2611" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2610", ptr %".2611", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".2614" = trunc i64 %".2483" to i16
  %".2615" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2614", ptr %".2615", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".2624" = trunc i64 %".2483" to i16
  %".2625" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2624", ptr %".2625", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2628" = trunc i64 %".2483" to i16
  %".2629" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2628", ptr %".2629", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2640" = trunc i64 %"cursor.67" to i32
  %".2641" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2640", [40 x i8]* %"header_copy", i32 2)
  %".2642" = icmp eq i64 %".2641", 0
  %".2643" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2644" = load i32, ptr %".2643", align 4
  %".2645" = zext i32 %".2644" to i64
  %"data.105" = inttoptr i64 %".2645" to ptr
  %".2646" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2647" = load i32, ptr %".2646", align 4
  %".2648" = zext i32 %".2647" to i64
  %"data_end.105" = inttoptr i64 %".2648" to ptr
  %".2649" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.105" = load ptr, ptr %".2649", align 8
  %".2650" = xor i1 %".2642", -1
  br i1 %".2650", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".2652" = trunc i64 %"cursor.67" to i16
  %".2653" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2652", ptr %".2653", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".2656" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2657" = load volatile i8, [40 x i8]* %".2656", align 1
  %".2658" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2659" = load volatile i8, [40 x i8]* %".2658", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.copy_last_byte:
  %".2674" = add i64 %"cursor.67", %".2669"
  %".2675" = sub i64 %".2674", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2676" = trunc i64 %".2675" to i32
  %".2677" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2676", i64* %"last_byte", i32 1)
  %".2678" = icmp eq i64 %".2677", 0
  %".2679" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2680" = load i32, ptr %".2679", align 4
  %".2681" = zext i32 %".2680" to i64
  %"data.107" = inttoptr i64 %".2681" to ptr
  %".2682" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2683" = load i32, ptr %".2682", align 4
  %".2684" = zext i32 %".2683" to i64
  %"data_end.107" = inttoptr i64 %".2684" to ptr
  %".2685" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.107" = load ptr, ptr %".2685", align 8
  %".2686" = xor i1 %".2678", -1
  br i1 %".2686", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed:
  %".2688" = trunc i64 %"cursor.67" to i16
  %".2689" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2688", ptr %".2689", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext2.variable_part"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".2695" = trunc i64 %"end.9" to i16
  %".2696" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2695", ptr %".2696", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  %".2701" = getelementptr i8, ptr %"keys.108", i64 2
  %".2702" = trunc i64 %"end.9" to i16
  store volatile i16 %".2702", ptr %".2701", align 2
  %".2704" = load volatile i16, ptr %".2701", align 2
  %".2705" = zext i16 %".2704" to i64
  %"cursor.143" = and i64 %".2705", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  %".2708" = getelementptr i8, ptr %"keys.108", i64 2
  %".2709" = trunc i64 %"end.9" to i16
  store volatile i16 %".2709", ptr %".2708", align 2
  %".2711" = load volatile i16, ptr %".2708", align 2
  %".2712" = zext i16 %".2711" to i64
  %"cursor.145" = and i64 %".2712", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.to_udp:
  %".2714" = getelementptr i8, ptr %"keys.108", i64 2
  %".2715" = trunc i64 %"end.9" to i16
  store volatile i16 %".2715", ptr %".2714", align 2
  %".2717" = load volatile i16, ptr %".2714", align 2
  %".2718" = zext i16 %".2717" to i64
  %"cursor.146" = and i64 %".2718", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  %".2720" = getelementptr i8, ptr %"keys.108", i64 2
  %".2721" = trunc i64 %"end.9" to i16
  store volatile i16 %".2721", ptr %".2720", align 2
  %".2723" = load volatile i16, ptr %".2720", align 2
  %".2724" = zext i16 %".2723" to i64
  %"cursor.147" = and i64 %".2724", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_gre:
  %".2726" = getelementptr i8, ptr %"keys.108", i64 2
  %".2727" = trunc i64 %"end.9" to i16
  store volatile i16 %".2727", ptr %".2726", align 2
  %".2729" = load volatile i16, ptr %".2726", align 2
  %".2730" = zext i16 %".2729" to i64
  %"cursor.148" = and i64 %".2730", 16383
  br label %"gre_d0"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  %".2732" = getelementptr i8, ptr %"keys.108", i64 2
  %".2733" = trunc i64 %"end.9" to i16
  store volatile i16 %".2733", ptr %".2732", align 2
  %".2735" = load volatile i16, ptr %".2732", align 2
  %".2736" = zext i16 %".2735" to i64
  %"cursor.149" = and i64 %".2736", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  %".2738" = getelementptr i8, ptr %"keys.108", i64 2
  %".2739" = trunc i64 %"end.9" to i16
  store volatile i16 %".2739", ptr %".2738", align 2
  %".2741" = load volatile i16, ptr %".2738", align 2
  %".2742" = zext i16 %".2741" to i64
  %"cursor.150" = and i64 %".2742", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_esp:
  %".2744" = getelementptr i8, ptr %"keys.108", i64 2
  %".2745" = trunc i64 %"end.9" to i16
  store volatile i16 %".2745", ptr %".2744", align 2
  %".2747" = load volatile i16, ptr %".2744", align 2
  %".2748" = zext i16 %".2747" to i64
  %"cursor.151" = and i64 %".2748", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  %".2750" = getelementptr i8, ptr %"keys.108", i64 2
  %".2751" = trunc i64 %"end.9" to i16
  store volatile i16 %".2751", ptr %".2750", align 2
  %".2753" = load volatile i16, ptr %".2750", align 2
  %".2754" = zext i16 %".2753" to i64
  %"cursor.152" = and i64 %".2754", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  %".2756" = getelementptr i8, ptr %"keys.108", i64 2
  %".2757" = trunc i64 %"end.9" to i16
  store volatile i16 %".2757", ptr %".2756", align 2
  %".2759" = load volatile i16, ptr %".2756", align 2
  %".2760" = zext i16 %".2759" to i64
  %"cursor.153" = and i64 %".2760", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".2762" = trunc i64 34887 to i16
  %".2763" = call i16 @"llvm.bswap.i16"(i16 %".2762")
  %".2764" = getelementptr i8, ptr %"keys.108", i64 10
  store i16 %".2763", ptr %".2764", align 2
  %".2766" = getelementptr i8, ptr %"keys.108", i64 2
  %".2767" = trunc i64 %"end.9" to i16
  store volatile i16 %".2767", ptr %".2766", align 2
  %".2769" = load volatile i16, ptr %".2766", align 2
  %".2770" = zext i16 %".2769" to i64
  %"cursor.154" = and i64 %".2770", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".2772" = getelementptr i8, ptr %"keys.108", i64 8
  store i8 1, ptr %".2772", align 1
  %".2774" = getelementptr i8, ptr %"keys.108", i64 48
  %"flags.24" = load volatile i32, ptr %".2774", align 4
  %".2775" = and i32 %"flags.24", 4
  %".2776" = icmp ne i32 %".2775", 0
  br i1 %".2776", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".2788" = getelementptr i8, ptr %"keys.108", i64 8
  store i8 1, ptr %".2788", align 1
  %".2790" = getelementptr i8, ptr %"keys.108", i64 48
  %"flags.25" = load volatile i32, ptr %".2790", align 4
  %".2791" = and i32 %"flags.25", 4
  %".2792" = icmp ne i32 %".2791", 0
  br i1 %".2792", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.142" = phi  i64 [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.143", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.157", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"cursor.158", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.159", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data.109" = phi  ptr [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.109" = phi  ptr [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.109" = phi  ptr [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.33" = getelementptr i8, ptr %"data.109", i64 %"cursor.142"
  %".3561" = getelementptr i8, ptr %"hdr.33", i64 2
  %".3562" = icmp ugt ptr %".3561", %"data_end.109"
  br i1 %".3562", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".3564" = getelementptr i8, ptr %"hdr.33", i64 0
  %".3565" = load i8, ptr %".3564", align 1
  %".3566" = getelementptr i8, ptr %"hdr.33", i64 1
  %".3567" = load i8, ptr %".3566", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.14" = phi  i8 [%".3565", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3586", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3567", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3588", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.130" = phi  ptr [%"data.109", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.129", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.130" = phi  ptr [%"data_end.109", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.130" = phi  ptr [%"keys.109", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".3590" = zext i8 %"w0_1.14" to i64
  %".3591" = trunc i64 %".3590" to i8
  %".3592" = getelementptr i8, ptr %"keys.130", i64 9
  store i8 %".3591", ptr %".3592", align 1
  %".3594" = add i64 %"cursor.142", 2
  %".3595" = zext i8 %"w1_1.8" to i64
  %".3596" = mul i64 %".3595", 8
  %".3597" = add i64 %".3596", 6
  %".3598" = add i64 %".3597", 2
  %".3599" = getelementptr i8, ptr %"data.130", i64 %"cursor.142"
  %".3600" = getelementptr i8, ptr %".3599", i64 %".3598"
  %".3601" = icmp ugt ptr %".3600", %"data_end.130"
  br i1 %".3601", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext3.variable_part:
  %"data.132" = phi  ptr [%"data.130", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data.131", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.130", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data_end.131", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.130", %"ipv6_opts_d0_ipv6_ext3.header"], [%"keys.131", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.11" = add i64 %"cursor.142", %".3598"
  %".3622" = zext i8 %"w0_1.14" to i64
  switch i64 %".3622", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.144" = phi  i64 [%"end.9", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".2837", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data.110" = phi  ptr [%"data.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data_end.110" = phi  ptr [%"data_end.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"keys.110" = phi  ptr [%"keys.108", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.112", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"hdr.34" = getelementptr i8, ptr %"data.110", i64 %"cursor.144"
  %".3740" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3741" = icmp ugt ptr %".3740", %"data_end.110"
  br i1 %".3741", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".3743" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3744" = load i8, ptr %".3743", align 1
  %".3745" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3746" = load i16, ptr %".3745", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.15" = phi  i8 [%".3744", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3765", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3746", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3767", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.110", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.133", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.110", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.110", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".3769" = zext i8 %"w0_1.15" to i64
  %".3770" = trunc i64 %".3769" to i8
  %".3771" = getelementptr i8, ptr %"keys.134", i64 9
  store i8 %".3770", ptr %".3771", align 1
  %".3773" = add i64 %"cursor.144", 8
  %".3774" = icmp ne i64 1, 0
  %".3775" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3776" = zext i16 %".3775" to i64
  %".3777" = and i64 %".3776", 65528
  %".3778" = icmp eq i64 %".3777", 0
  br i1 %".3774", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".2778" = trunc i64 %"end.9" to i16
  %".2779" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2778", ptr %".2779", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".2782" = getelementptr i8, ptr %"keys.108", i64 2
  %".2783" = trunc i64 %"end.9" to i16
  store volatile i16 %".2783", ptr %".2782", align 2
  %".2785" = load volatile i16, ptr %".2782", align 2
  %".2786" = zext i16 %".2785" to i64
  %"cursor.155" = and i64 %".2786", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".2794" = trunc i64 %"end.9" to i16
  %".2795" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2794", ptr %".2795", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".2798" = getelementptr i8, ptr %"keys.108", i64 2
  %".2799" = trunc i64 %"end.9" to i16
  store volatile i16 %".2799", ptr %".2798", align 2
  %".2801" = load volatile i16, ptr %".2798", align 2
  %".2802" = zext i16 %".2801" to i64
  %"cursor.156" = and i64 %".2802", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2812" = trunc i64 %"cursor.69" to i32
  %".2813" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2812", [40 x i8]* %"header_copy", i32 8)
  %".2814" = icmp eq i64 %".2813", 0
  %".2815" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2816" = load i32, ptr %".2815", align 4
  %".2817" = zext i32 %".2816" to i64
  %"data.111" = inttoptr i64 %".2817" to ptr
  %".2818" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2819" = load i32, ptr %".2818", align 4
  %".2820" = zext i32 %".2819" to i64
  %"data_end.111" = inttoptr i64 %".2820" to ptr
  %".2821" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.111" = load ptr, ptr %".2821", align 8
  %".2822" = xor i1 %".2814", -1
  br i1 %".2822", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".2824" = trunc i64 %"cursor.69" to i16
  %".2825" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2824", ptr %".2825", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".2828" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2829" = load volatile i8, [40 x i8]* %".2828", align 1
  %".2830" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2831" = load volatile i16, [40 x i8]* %".2830", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".2844" = getelementptr i8, ptr %"keys.112", i64 6
  store i8 1, ptr %".2844", align 1
  br i1 %".2842", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".2864" = zext i8 %"w0_1.10" to i64
  switch i64 %".2864", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".2847" = getelementptr i8, ptr %"keys.112", i64 7
  store i8 1, ptr %".2847", align 1
  %".2849" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.26" = load volatile i32, ptr %".2849", align 4
  %".2850" = and i32 %"flags.26", 1
  %".2851" = icmp ne i32 %".2850", 0
  %".2852" = xor i1 %".2851", -1
  br i1 %".2852", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".2859" = trunc i64 %".2837" to i16
  %".2860" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2859", ptr %".2860", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".2854" = trunc i64 %".2837" to i16
  %".2855" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2854", ptr %".2855", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".2866" = trunc i64 %".2837" to i16
  %".2867" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2866", ptr %".2867", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  %".2870" = getelementptr i8, ptr %"keys.112", i64 2
  %".2871" = trunc i64 %".2837" to i16
  store volatile i16 %".2871", ptr %".2870", align 2
  %".2873" = load volatile i16, ptr %".2870", align 2
  %".2874" = zext i16 %".2873" to i64
  %"cursor.157" = and i64 %".2874", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  %".2876" = getelementptr i8, ptr %"keys.112", i64 2
  %".2877" = trunc i64 %".2837" to i16
  store volatile i16 %".2877", ptr %".2876", align 2
  %".2879" = load volatile i16, ptr %".2876", align 2
  %".2880" = zext i16 %".2879" to i64
  %"cursor.158" = and i64 %".2880", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  %".2882" = getelementptr i8, ptr %"keys.112", i64 2
  %".2883" = trunc i64 %".2837" to i16
  store volatile i16 %".2883", ptr %".2882", align 2
  %".2885" = load volatile i16, ptr %".2882", align 2
  %".2886" = zext i16 %".2885" to i64
  %"cursor.159" = and i64 %".2886", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  %".2889" = getelementptr i8, ptr %"keys.112", i64 2
  %".2890" = trunc i64 %".2837" to i16
  store volatile i16 %".2890", ptr %".2889", align 2
  %".2892" = load volatile i16, ptr %".2889", align 2
  %".2893" = zext i16 %".2892" to i64
  %"cursor.160" = and i64 %".2893", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2.to_udp:
  %".2895" = getelementptr i8, ptr %"keys.112", i64 2
  %".2896" = trunc i64 %".2837" to i16
  store volatile i16 %".2896", ptr %".2895", align 2
  %".2898" = load volatile i16, ptr %".2895", align 2
  %".2899" = zext i16 %".2898" to i64
  %"cursor.161" = and i64 %".2899", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  %".2901" = getelementptr i8, ptr %"keys.112", i64 2
  %".2902" = trunc i64 %".2837" to i16
  store volatile i16 %".2902", ptr %".2901", align 2
  %".2904" = load volatile i16, ptr %".2901", align 2
  %".2905" = zext i16 %".2904" to i64
  %"cursor.162" = and i64 %".2905", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_gre:
  %".2907" = getelementptr i8, ptr %"keys.112", i64 2
  %".2908" = trunc i64 %".2837" to i16
  store volatile i16 %".2908", ptr %".2907", align 2
  %".2910" = load volatile i16, ptr %".2907", align 2
  %".2911" = zext i16 %".2910" to i64
  %"cursor.163" = and i64 %".2911", 16383
  br label %"gre_d0"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  %".2913" = getelementptr i8, ptr %"keys.112", i64 2
  %".2914" = trunc i64 %".2837" to i16
  store volatile i16 %".2914", ptr %".2913", align 2
  %".2916" = load volatile i16, ptr %".2913", align 2
  %".2917" = zext i16 %".2916" to i64
  %"cursor.164" = and i64 %".2917", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  %".2919" = getelementptr i8, ptr %"keys.112", i64 2
  %".2920" = trunc i64 %".2837" to i16
  store volatile i16 %".2920", ptr %".2919", align 2
  %".2922" = load volatile i16, ptr %".2919", align 2
  %".2923" = zext i16 %".2922" to i64
  %"cursor.165" = and i64 %".2923", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_esp:
  %".2925" = getelementptr i8, ptr %"keys.112", i64 2
  %".2926" = trunc i64 %".2837" to i16
  store volatile i16 %".2926", ptr %".2925", align 2
  %".2928" = load volatile i16, ptr %".2925", align 2
  %".2929" = zext i16 %".2928" to i64
  %"cursor.166" = and i64 %".2929", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  %".2931" = getelementptr i8, ptr %"keys.112", i64 2
  %".2932" = trunc i64 %".2837" to i16
  store volatile i16 %".2932", ptr %".2931", align 2
  %".2934" = load volatile i16, ptr %".2931", align 2
  %".2935" = zext i16 %".2934" to i64
  %"cursor.167" = and i64 %".2935", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  %".2937" = getelementptr i8, ptr %"keys.112", i64 2
  %".2938" = trunc i64 %".2837" to i16
  store volatile i16 %".2938", ptr %".2937", align 2
  %".2940" = load volatile i16, ptr %".2937", align 2
  %".2941" = zext i16 %".2940" to i64
  %"cursor.168" = and i64 %".2941", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".2943" = trunc i64 34887 to i16
  %".2944" = call i16 @"llvm.bswap.i16"(i16 %".2943")
  %".2945" = getelementptr i8, ptr %"keys.112", i64 10
  store i16 %".2944", ptr %".2945", align 2
  %".2947" = getelementptr i8, ptr %"keys.112", i64 2
  %".2948" = trunc i64 %".2837" to i16
  store volatile i16 %".2948", ptr %".2947", align 2
  %".2950" = load volatile i16, ptr %".2947", align 2
  %".2951" = zext i16 %".2950" to i64
  %"cursor.169" = and i64 %".2951", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".2953" = getelementptr i8, ptr %"keys.112", i64 8
  store i8 1, ptr %".2953", align 1
  %".2955" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.27" = load volatile i32, ptr %".2955", align 4
  %".2956" = and i32 %"flags.27", 4
  %".2957" = icmp ne i32 %".2956", 0
  br i1 %".2957", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".2969" = getelementptr i8, ptr %"keys.112", i64 8
  store i8 1, ptr %".2969", align 1
  %".2971" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.28" = load volatile i32, ptr %".2971", align 4
  %".2972" = and i32 %"flags.28", 4
  %".2973" = icmp ne i32 %".2972", 0
  br i1 %".2973", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".2959" = trunc i64 %".2837" to i16
  %".2960" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2959", ptr %".2960", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".2963" = getelementptr i8, ptr %"keys.112", i64 2
  %".2964" = trunc i64 %".2837" to i16
  store volatile i16 %".2964", ptr %".2963", align 2
  %".2966" = load volatile i16, ptr %".2963", align 2
  %".2967" = zext i16 %".2966" to i64
  %"cursor.170" = and i64 %".2967", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".2975" = trunc i64 %".2837" to i16
  %".2976" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2975", ptr %".2976", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".2979" = getelementptr i8, ptr %"keys.112", i64 2
  %".2980" = trunc i64 %".2837" to i16
  store volatile i16 %".2980", ptr %".2979", align 2
  %".2982" = load volatile i16, ptr %".2979", align 2
  %".2983" = zext i16 %".2982" to i64
  %"cursor.171" = and i64 %".2983", 16383
  br label %"ipv6_d1"
mpls_mpls_labels3.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2991" = trunc i64 %"cursor.102" to i32
  %".2992" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2991", [40 x i8]* %"header_copy", i32 4)
  %".2993" = icmp eq i64 %".2992", 0
  %".2994" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2995" = load i32, ptr %".2994", align 4
  %".2996" = zext i32 %".2995" to i64
  %"data.113" = inttoptr i64 %".2996" to ptr
  %".2997" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2998" = load i32, ptr %".2997", align 4
  %".2999" = zext i32 %".2998" to i64
  %"data_end.113" = inttoptr i64 %".2999" to ptr
  %".3000" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.113" = load ptr, ptr %".3000", align 8
  %".3001" = xor i1 %".2993", -1
  br i1 %".3001", label %"mpls_mpls_labels3.copy_failed", label %"mpls_mpls_labels3.copy_failed.endif"
mpls_mpls_labels3.copy_failed:
  %".3003" = trunc i64 %"cursor.102" to i16
  %".3004" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".3003", ptr %".3004", align 2
  br label %"return"
mpls_mpls_labels3.copy_failed.endif:
  %".3007" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3008" = load volatile i8, [40 x i8]* %".3007", align 1
  br label %"mpls_mpls_labels3.header"
mpls_mpls_labels3.unknown:
  %".3014" = trunc i64 %".3010" to i16
  %".3015" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".3014", ptr %".3015", align 2
  br label %"return"
mpls_mpls_labels3.to_mpls:
  br label %"mpls_mpls_labels4"
mpls_mpls_labels4:
  %"cursor.172" = phi  i64 [%".3010", %"mpls_mpls_labels3.to_mpls"]
  %"data.115" = phi  ptr [%"data.114", %"mpls_mpls_labels3.to_mpls"]
  %"data_end.115" = phi  ptr [%"data_end.114", %"mpls_mpls_labels3.to_mpls"]
  %"keys.115" = phi  ptr [%"keys.114", %"mpls_mpls_labels3.to_mpls"]
  %"hdr.35" = getelementptr i8, ptr %"data.115", i64 %"cursor.172"
  %".3918" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3919" = icmp ugt ptr %".3918", %"data_end.115"
  br i1 %".3919", label %"mpls_mpls_labels4.copy", label %"mpls_mpls_labels4.linear", !prof !0
mpls_mpls_labels4.linear:
  %".3921" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3922" = load i8, ptr %".3921", align 1
  br label %"mpls_mpls_labels4.header"
mpls_mpls_labels4.header:
  %"w2_1.3" = phi  i8 [%".3922", %"mpls_mpls_labels4.linear"], [%".3941", %"mpls_mpls_labels4.copy_failed.endif"]
  %"data.136" = phi  ptr [%"data.115", %"mpls_mpls_labels4.linear"], [%"data.135", %"mpls_mpls_labels4.copy_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.115", %"mpls_mpls_labels4.linear"], [%"data_end.135", %"mpls_mpls_labels4.copy_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.115", %"mpls_mpls_labels4.linear"], [%"keys.135", %"mpls_mpls_labels4.copy_failed.endif"]
  %".3943" = add i64 %"cursor.172", 4
  %".3944" = zext i8 %"w2_1.3" to i64
  %".3945" = and i64 %".3944", 1
  switch i64 %".3945", label %"mpls_mpls_labels4.unknown" [i64 0, label %"mpls_mpls_labels4.to_mpls"]
vlan_d1_vlan_tags1.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3025" = trunc i64 %"cursor.105" to i32
  %".3026" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3025", [40 x i8]* %"header_copy", i32 4)
  %".3027" = icmp eq i64 %".3026", 0
  %".3028" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3029" = load i32, ptr %".3028", align 4
  %".3030" = zext i32 %".3029" to i64
  %"data.116" = inttoptr i64 %".3030" to ptr
  %".3031" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3032" = load i32, ptr %".3031", align 4
  %".3033" = zext i32 %".3032" to i64
  %"data_end.116" = inttoptr i64 %".3033" to ptr
  %".3034" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.116" = load ptr, ptr %".3034", align 8
  %".3035" = xor i1 %".3027", -1
  br i1 %".3035", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".3037" = trunc i64 %"cursor.105" to i16
  %".3038" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3037", ptr %".3038", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".3041" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3042" = load volatile i16, [40 x i8]* %".3041", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".3057" = trunc i64 %".3050" to i16
  %".3058" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".3057", ptr %".3058", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  %".3061" = getelementptr i8, ptr %"keys.117", i64 2
  %".3062" = trunc i64 %".3050" to i16
  store volatile i16 %".3062", ptr %".3061", align 2
  %".3064" = load volatile i16, ptr %".3061", align 2
  %".3065" = zext i16 %".3064" to i64
  %"cursor.173" = and i64 %".3065", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags1.to_ipv6:
  %".3067" = getelementptr i8, ptr %"keys.117", i64 2
  %".3068" = trunc i64 %".3050" to i16
  store volatile i16 %".3068", ptr %".3067", align 2
  %".3070" = load volatile i16, ptr %".3067", align 2
  %".3071" = zext i16 %".3070" to i64
  %"cursor.174" = and i64 %".3071", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  %".3073" = getelementptr i8, ptr %"keys.117", i64 2
  %".3074" = trunc i64 %".3050" to i16
  store volatile i16 %".3074", ptr %".3073", align 2
  %".3076" = load volatile i16, ptr %".3073", align 2
  %".3077" = zext i16 %".3076" to i64
  %"cursor.176" = and i64 %".3077", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  %".3079" = getelementptr i8, ptr %"keys.117", i64 2
  %".3080" = trunc i64 %".3050" to i16
  store volatile i16 %".3080", ptr %".3079", align 2
  %".3082" = load volatile i16, ptr %".3079", align 2
  %".3083" = zext i16 %".3082" to i64
  %"cursor.177" = and i64 %".3083", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  %".3085" = getelementptr i8, ptr %"keys.117", i64 2
  %".3086" = trunc i64 %".3050" to i16
  store volatile i16 %".3086", ptr %".3085", align 2
  %".3088" = load volatile i16, ptr %".3085", align 2
  %".3089" = zext i16 %".3088" to i64
  %"cursor.178" = and i64 %".3089", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  %".3091" = getelementptr i8, ptr %"keys.117", i64 2
  %".3092" = trunc i64 %".3050" to i16
  store volatile i16 %".3092", ptr %".3091", align 2
  %".3094" = load volatile i16, ptr %".3091", align 2
  %".3095" = zext i16 %".3094" to i64
  %"cursor.179" = and i64 %".3095", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_pppoe:
  %".3097" = getelementptr i8, ptr %"keys.117", i64 2
  %".3098" = trunc i64 %".3050" to i16
  store volatile i16 %".3098", ptr %".3097", align 2
  %".3100" = load volatile i16, ptr %".3097", align 2
  %".3101" = zext i16 %".3100" to i64
  %"cursor.180" = and i64 %".3101", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.175" = phi  i64 [%"cursor.176", %"vlan_d1_vlan_tags1.to_vlan"], [%"cursor.177", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data.118" = phi  ptr [%"data.117", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.117", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data_end.118" = phi  ptr [%"data_end.117", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.117", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"keys.118" = phi  ptr [%"keys.117", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.117", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"hdr.36" = getelementptr i8, ptr %"data.118", i64 %"cursor.175"
  %".3955" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3956" = icmp ugt ptr %".3955", %"data_end.118"
  br i1 %".3956", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3958" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3959" = load i16, ptr %".3958", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.15" = phi  i16 [%".3959", %"vlan_d1_vlan_tags2.linear"], [%".3978", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.138" = phi  ptr [%"data.118", %"vlan_d1_vlan_tags2.linear"], [%"data.137", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.118", %"vlan_d1_vlan_tags2.linear"], [%"data_end.137", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.118", %"vlan_d1_vlan_tags2.linear"], [%"keys.137", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3980" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3981" = zext i16 %".3980" to i64
  %".3982" = trunc i64 %".3981" to i16
  %".3983" = call i16 @"llvm.bswap.i16"(i16 %".3982")
  %".3984" = getelementptr i8, ptr %"keys.138", i64 10
  store i16 %".3983", ptr %".3984", align 2
  %".3986" = add i64 %"cursor.175", 4
  %".3987" = trunc i64 %".3986" to i16
  %".3988" = getelementptr i8, ptr %"keys.138", i64 0
  store i16 %".3987", ptr %".3988", align 2
  %".3990" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3991" = zext i16 %".3990" to i64
  switch i64 %".3991", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe"]
pppoe_d1.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3113" = trunc i64 %"cursor.110" to i32
  %".3114" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3113", [40 x i8]* %"header_copy", i32 8)
  %".3115" = icmp eq i64 %".3114", 0
  %".3116" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3117" = load i32, ptr %".3116", align 4
  %".3118" = zext i32 %".3117" to i64
  %"data.119" = inttoptr i64 %".3118" to ptr
  %".3119" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3120" = load i32, ptr %".3119", align 4
  %".3121" = zext i32 %".3120" to i64
  %"data_end.119" = inttoptr i64 %".3121" to ptr
  %".3122" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.119" = load ptr, ptr %".3122", align 8
  %".3123" = xor i1 %".3115", -1
  br i1 %".3123", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".3125" = trunc i64 %"cursor.110" to i16
  %".3126" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".3125", ptr %".3126", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".3129" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3130" = load volatile i8, [40 x i8]* %".3129", align 1
  %".3131" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3132" = load volatile i8, [40 x i8]* %".3131", align 1
  %".3133" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".3134" = load volatile i16, [40 x i8]* %".3133", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".3149" = trunc i64 %"cursor.110" to i16
  %".3150" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3149", ptr %".3150", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".3153" = add i64 %"cursor.110", 8
  %".3154" = trunc i64 %".3153" to i16
  %".3155" = getelementptr i8, ptr %"keys.120", i64 0
  store i16 %".3154", ptr %".3155", align 2
  %".3157" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".3158" = zext i16 %".3157" to i64
  switch i64 %".3158", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]
pppoe_d1.unknown:
  %".3160" = trunc i64 %".3153" to i16
  %".3161" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3160", ptr %".3161", align 2
  br label %"return"
pppoe_d1.to_ipv4:
  %".3164" = getelementptr i8, ptr %"keys.120", i64 2
  %".3165" = trunc i64 %".3153" to i16
  store volatile i16 %".3165", ptr %".3164", align 2
  %".3167" = load volatile i16, ptr %".3164", align 2
  %".3168" = zext i16 %".3167" to i64
  %"cursor.181" = and i64 %".3168", 16383
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".3170" = getelementptr i8, ptr %"keys.120", i64 2
  %".3171" = trunc i64 %".3153" to i16
  store volatile i16 %".3171", ptr %".3170", align 2
  %".3173" = load volatile i16, ptr %".3170", align 2
  %".3174" = zext i16 %".3173" to i64
  %"cursor.182" = and i64 %".3174", 16383
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".3176" = trunc i64 34887 to i16
  %".3177" = call i16 @"llvm.bswap.i16"(i16 %".3176")
  %".3178" = getelementptr i8, ptr %"keys.120", i64 10
  store i16 %".3177", ptr %".3178", align 2
  %".3180" = getelementptr i8, ptr %"keys.120", i64 2
  %".3181" = trunc i64 %".3153" to i16
  store volatile i16 %".3181", ptr %".3180", align 2
  %".3183" = load volatile i16, ptr %".3180", align 2
  %".3184" = zext i16 %".3183" to i64
  %"cursor.183" = and i64 %".3184", 16383
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".3186" = trunc i64 34888 to i16
  %".3187" = call i16 @"llvm.bswap.i16"(i16 %".3186")
  %".3188" = getelementptr i8, ptr %"keys.120", i64 10
  store i16 %".3187", ptr %".3188", align 2
  %".3190" = getelementptr i8, ptr %"keys.120", i64 2
  %".3191" = trunc i64 %".3153" to i16
  store volatile i16 %".3191", ptr %".3190", align 2
  %".3193" = load volatile i16, ptr %".3190", align 2
  %".3194" = zext i16 %".3193" to i64
  %"cursor.184" = and i64 %".3194", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3204" = trunc i64 %"cursor.112" to i32
  %".3205" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3204", [40 x i8]* %"header_copy", i32 2)
  %".3206" = icmp eq i64 %".3205", 0
  %".3207" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3208" = load i32, ptr %".3207", align 4
  %".3209" = zext i32 %".3208" to i64
  %"data.121" = inttoptr i64 %".3209" to ptr
  %".3210" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3211" = load i32, ptr %".3210", align 4
  %".3212" = zext i32 %".3211" to i64
  %"data_end.121" = inttoptr i64 %".3212" to ptr
  %".3213" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.121" = load ptr, ptr %".3213", align 8
  %".3214" = xor i1 %".3206", -1
  br i1 %".3214", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3216" = trunc i64 %"cursor.112" to i16
  %".3217" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".3216", ptr %".3217", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3220" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3221" = load volatile i8, [40 x i8]* %".3220", align 1
  %".3222" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3223" = load volatile i8, [40 x i8]* %".3222", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.copy_last_byte:
  %".3238" = add i64 %"cursor.112", %".3233"
  %".3239" = sub i64 %".3238", 1
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3240" = trunc i64 %".3239" to i32
  %".3241" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3240", i64* %"last_byte", i32 1)
  %".3242" = icmp eq i64 %".3241", 0
  %".3243" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3244" = load i32, ptr %".3243", align 4
  %".3245" = zext i32 %".3244" to i64
  %"data.123" = inttoptr i64 %".3245" to ptr
  %".3246" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3247" = load i32, ptr %".3246", align 4
  %".3248" = zext i32 %".3247" to i64
  %"data_end.123" = inttoptr i64 %".3248" to ptr
  %".3249" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.123" = load ptr, ptr %".3249", align 8
  %".3250" = xor i1 %".3242", -1
  br i1 %".3250", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed:
  %".3252" = trunc i64 %"cursor.112" to i16
  %".3253" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".3252", ptr %".3253", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext2.variable_part"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3259" = trunc i64 %"end.10" to i16
  %".3260" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3259", ptr %".3260", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  %".3263" = getelementptr i8, ptr %"keys.124", i64 2
  %".3264" = trunc i64 %"end.10" to i16
  store volatile i16 %".3264", ptr %".3263", align 2
  %".3266" = load volatile i16, ptr %".3263", align 2
  %".3267" = zext i16 %".3266" to i64
  %"cursor.186" = and i64 %".3267", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  %".3269" = getelementptr i8, ptr %"keys.124", i64 2
  %".3270" = trunc i64 %"end.10" to i16
  store volatile i16 %".3270", ptr %".3269", align 2
  %".3272" = load volatile i16, ptr %".3269", align 2
  %".3273" = zext i16 %".3272" to i64
  %"cursor.187" = and i64 %".3273", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  %".3275" = getelementptr i8, ptr %"keys.124", i64 2
  %".3276" = trunc i64 %"end.10" to i16
  store volatile i16 %".3276", ptr %".3275", align 2
  %".3278" = load volatile i16, ptr %".3275", align 2
  %".3279" = zext i16 %".3278" to i64
  %"cursor.188" = and i64 %".3279", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  %".3281" = getelementptr i8, ptr %"keys.124", i64 2
  %".3282" = trunc i64 %"end.10" to i16
  store volatile i16 %".3282", ptr %".3281", align 2
  %".3284" = load volatile i16, ptr %".3281", align 2
  %".3285" = zext i16 %".3284" to i64
  %"cursor.190" = and i64 %".3285", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  %".3287" = getelementptr i8, ptr %"keys.124", i64 2
  %".3288" = trunc i64 %"end.10" to i16
  store volatile i16 %".3288", ptr %".3287", align 2
  %".3290" = load volatile i16, ptr %".3287", align 2
  %".3291" = zext i16 %".3290" to i64
  %"cursor.191" = and i64 %".3291", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.to_udp:
  %".3293" = getelementptr i8, ptr %"keys.124", i64 2
  %".3294" = trunc i64 %"end.10" to i16
  store volatile i16 %".3294", ptr %".3293", align 2
  %".3296" = load volatile i16, ptr %".3293", align 2
  %".3297" = zext i16 %".3296" to i64
  %"cursor.192" = and i64 %".3297", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  %".3299" = getelementptr i8, ptr %"keys.124", i64 2
  %".3300" = trunc i64 %"end.10" to i16
  store volatile i16 %".3300", ptr %".3299", align 2
  %".3302" = load volatile i16, ptr %".3299", align 2
  %".3303" = zext i16 %".3302" to i64
  %"cursor.193" = and i64 %".3303", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_gre:
  %".3305" = getelementptr i8, ptr %"keys.124", i64 2
  %".3306" = trunc i64 %"end.10" to i16
  store volatile i16 %".3306", ptr %".3305", align 2
  %".3308" = load volatile i16, ptr %".3305", align 2
  %".3309" = zext i16 %".3308" to i64
  %"cursor.194" = and i64 %".3309", 16383
  br label %"gre_d1"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  %".3311" = getelementptr i8, ptr %"keys.124", i64 2
  %".3312" = trunc i64 %"end.10" to i16
  store volatile i16 %".3312", ptr %".3311", align 2
  %".3314" = load volatile i16, ptr %".3311", align 2
  %".3315" = zext i16 %".3314" to i64
  %"cursor.195" = and i64 %".3315", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  %".3317" = getelementptr i8, ptr %"keys.124", i64 2
  %".3318" = trunc i64 %"end.10" to i16
  store volatile i16 %".3318", ptr %".3317", align 2
  %".3320" = load volatile i16, ptr %".3317", align 2
  %".3321" = zext i16 %".3320" to i64
  %"cursor.196" = and i64 %".3321", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_esp:
  %".3323" = getelementptr i8, ptr %"keys.124", i64 2
  %".3324" = trunc i64 %"end.10" to i16
  store volatile i16 %".3324", ptr %".3323", align 2
  %".3326" = load volatile i16, ptr %".3323", align 2
  %".3327" = zext i16 %".3326" to i64
  %"cursor.197" = and i64 %".3327", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  %".3329" = getelementptr i8, ptr %"keys.124", i64 2
  %".3330" = trunc i64 %"end.10" to i16
  store volatile i16 %".3330", ptr %".3329", align 2
  %".3332" = load volatile i16, ptr %".3329", align 2
  %".3333" = zext i16 %".3332" to i64
  %"cursor.198" = and i64 %".3333", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  %".3335" = getelementptr i8, ptr %"keys.124", i64 2
  %".3336" = trunc i64 %"end.10" to i16
  store volatile i16 %".3336", ptr %".3335", align 2
  %".3338" = load volatile i16, ptr %".3335", align 2
  %".3339" = zext i16 %".3338" to i64
  %"cursor.199" = and i64 %".3339", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".3341" = trunc i64 34887 to i16
  %".3342" = call i16 @"llvm.bswap.i16"(i16 %".3341")
  %".3343" = getelementptr i8, ptr %"keys.124", i64 10
  store i16 %".3342", ptr %".3343", align 2
  %".3345" = getelementptr i8, ptr %"keys.124", i64 2
  %".3346" = trunc i64 %"end.10" to i16
  store volatile i16 %".3346", ptr %".3345", align 2
  %".3348" = load volatile i16, ptr %".3345", align 2
  %".3349" = zext i16 %".3348" to i64
  %"cursor.200" = and i64 %".3349", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3351" = getelementptr i8, ptr %"keys.124", i64 8
  store i8 1, ptr %".3351", align 1
  %".3353" = getelementptr i8, ptr %"keys.124", i64 48
  %"flags.29" = load volatile i32, ptr %".3353", align 4
  %".3354" = and i32 %"flags.29", 4
  %".3355" = icmp ne i32 %".3354", 0
  br i1 %".3355", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3365" = getelementptr i8, ptr %"keys.124", i64 8
  store i8 1, ptr %".3365", align 1
  %".3367" = getelementptr i8, ptr %"keys.124", i64 48
  %"flags.30" = load volatile i32, ptr %".3367", align 4
  %".3368" = and i32 %"flags.30", 4
  %".3369" = icmp ne i32 %".3368", 0
  br i1 %".3369", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.185" = phi  i64 [%"cursor.186", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.187", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.188", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.201", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.202", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.203", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data.125" = phi  ptr [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.125" = phi  ptr [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.125" = phi  ptr [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.37" = getelementptr i8, ptr %"data.125", i64 %"cursor.185"
  %".4035" = getelementptr i8, ptr %"hdr.37", i64 2
  %".4036" = icmp ugt ptr %".4035", %"data_end.125"
  br i1 %".4036", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4038" = getelementptr i8, ptr %"hdr.37", i64 0
  %".4039" = load i8, ptr %".4038", align 1
  %".4040" = getelementptr i8, ptr %"hdr.37", i64 1
  %".4041" = load i8, ptr %".4040", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.16" = phi  i8 [%".4039", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4060", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".4041", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4062", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.140" = phi  ptr [%"data.125", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.139", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.125", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.139", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.125", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.139", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4064" = zext i8 %"w0_1.16" to i64
  %".4065" = trunc i64 %".4064" to i8
  %".4066" = getelementptr i8, ptr %"keys.140", i64 9
  store i8 %".4065", ptr %".4066", align 1
  %".4068" = add i64 %"cursor.185", 2
  %".4069" = zext i8 %"w1_1.9" to i64
  %".4070" = mul i64 %".4069", 8
  %".4071" = add i64 %".4070", 6
  %".4072" = add i64 %".4071", 2
  %".4073" = getelementptr i8, ptr %"data.140", i64 %"cursor.185"
  %".4074" = getelementptr i8, ptr %".4073", i64 %".4072"
  %".4075" = icmp ugt ptr %".4074", %"data_end.140"
  br i1 %".4075", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext3.variable_part:
  %"data.142" = phi  ptr [%"data.140", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data.141", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.140", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.140", %"ipv6_opts_d1_ipv6_ext3.header"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.12" = add i64 %"cursor.185", %".4072"
  %".4096" = zext i8 %"w0_1.16" to i64
  switch i64 %".4096", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.189" = phi  i64 [%"cursor.190", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"cursor.204", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data.126" = phi  ptr [%"data.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data_end.126" = phi  ptr [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"keys.126" = phi  ptr [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.128", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"hdr.38" = getelementptr i8, ptr %"data.126", i64 %"cursor.189"
  %".4210" = getelementptr i8, ptr %"hdr.38", i64 8
  %".4211" = icmp ugt ptr %".4210", %"data_end.126"
  br i1 %".4211", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4213" = getelementptr i8, ptr %"hdr.38", i64 0
  %".4214" = load i8, ptr %".4213", align 1
  %".4215" = getelementptr i8, ptr %"hdr.38", i64 2
  %".4216" = load i16, ptr %".4215", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.17" = phi  i8 [%".4214", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4235", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".4216", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4237", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.144" = phi  ptr [%"data.126", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.143", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.126", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.143", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.126", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.143", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4239" = zext i8 %"w0_1.17" to i64
  %".4240" = trunc i64 %".4239" to i8
  %".4241" = getelementptr i8, ptr %"keys.144", i64 9
  store i8 %".4240", ptr %".4241", align 1
  %".4243" = add i64 %"cursor.189", 8
  %".4244" = icmp ne i64 1, 0
  %".4245" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4246" = zext i16 %".4245" to i64
  %".4247" = and i64 %".4246", 65528
  %".4248" = icmp eq i64 %".4247", 0
  br i1 %".4244", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3357" = trunc i64 %"end.10" to i16
  %".3358" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3357", ptr %".3358", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3361" = trunc i64 %"end.10" to i16
  %".3362" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3361", ptr %".3362", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3371" = trunc i64 %"end.10" to i16
  %".3372" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3371", ptr %".3372", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3375" = trunc i64 %"end.10" to i16
  %".3376" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3375", ptr %".3376", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3387" = trunc i64 %"cursor.116" to i32
  %".3388" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3387", [40 x i8]* %"header_copy", i32 8)
  %".3389" = icmp eq i64 %".3388", 0
  %".3390" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3391" = load i32, ptr %".3390", align 4
  %".3392" = zext i32 %".3391" to i64
  %"data.127" = inttoptr i64 %".3392" to ptr
  %".3393" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3394" = load i32, ptr %".3393", align 4
  %".3395" = zext i32 %".3394" to i64
  %"data_end.127" = inttoptr i64 %".3395" to ptr
  %".3396" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.127" = load ptr, ptr %".3396", align 8
  %".3397" = xor i1 %".3389", -1
  br i1 %".3397", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3399" = trunc i64 %"cursor.116" to i16
  %".3400" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3399", ptr %".3400", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3403" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3404" = load volatile i8, [40 x i8]* %".3403", align 1
  %".3405" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3406" = load volatile i16, [40 x i8]* %".3405", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3419" = getelementptr i8, ptr %"keys.128", i64 6
  store i8 1, ptr %".3419", align 1
  br i1 %".3417", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".3439" = zext i8 %"w0_1.13" to i64
  switch i64 %".3439", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".3422" = getelementptr i8, ptr %"keys.128", i64 7
  store i8 1, ptr %".3422", align 1
  %".3424" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.31" = load volatile i32, ptr %".3424", align 4
  %".3425" = and i32 %"flags.31", 1
  %".3426" = icmp ne i32 %".3425", 0
  %".3427" = xor i1 %".3426", -1
  br i1 %".3427", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".3434" = trunc i64 %".3412" to i16
  %".3435" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3434", ptr %".3435", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".3429" = trunc i64 %".3412" to i16
  %".3430" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3429", ptr %".3430", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".3441" = trunc i64 %".3412" to i16
  %".3442" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3441", ptr %".3442", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  %".3445" = getelementptr i8, ptr %"keys.128", i64 2
  %".3446" = trunc i64 %".3412" to i16
  store volatile i16 %".3446", ptr %".3445", align 2
  %".3448" = load volatile i16, ptr %".3445", align 2
  %".3449" = zext i16 %".3448" to i64
  %"cursor.201" = and i64 %".3449", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  %".3451" = getelementptr i8, ptr %"keys.128", i64 2
  %".3452" = trunc i64 %".3412" to i16
  store volatile i16 %".3452", ptr %".3451", align 2
  %".3454" = load volatile i16, ptr %".3451", align 2
  %".3455" = zext i16 %".3454" to i64
  %"cursor.202" = and i64 %".3455", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  %".3457" = getelementptr i8, ptr %"keys.128", i64 2
  %".3458" = trunc i64 %".3412" to i16
  store volatile i16 %".3458", ptr %".3457", align 2
  %".3460" = load volatile i16, ptr %".3457", align 2
  %".3461" = zext i16 %".3460" to i64
  %"cursor.203" = and i64 %".3461", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  %".3463" = getelementptr i8, ptr %"keys.128", i64 2
  %".3464" = trunc i64 %".3412" to i16
  store volatile i16 %".3464", ptr %".3463", align 2
  %".3466" = load volatile i16, ptr %".3463", align 2
  %".3467" = zext i16 %".3466" to i64
  %"cursor.204" = and i64 %".3467", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  %".3469" = getelementptr i8, ptr %"keys.128", i64 2
  %".3470" = trunc i64 %".3412" to i16
  store volatile i16 %".3470", ptr %".3469", align 2
  %".3472" = load volatile i16, ptr %".3469", align 2
  %".3473" = zext i16 %".3472" to i64
  %"cursor.205" = and i64 %".3473", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2.to_udp:
  %".3475" = getelementptr i8, ptr %"keys.128", i64 2
  %".3476" = trunc i64 %".3412" to i16
  store volatile i16 %".3476", ptr %".3475", align 2
  %".3478" = load volatile i16, ptr %".3475", align 2
  %".3479" = zext i16 %".3478" to i64
  %"cursor.206" = and i64 %".3479", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  %".3481" = getelementptr i8, ptr %"keys.128", i64 2
  %".3482" = trunc i64 %".3412" to i16
  store volatile i16 %".3482", ptr %".3481", align 2
  %".3484" = load volatile i16, ptr %".3481", align 2
  %".3485" = zext i16 %".3484" to i64
  %"cursor.207" = and i64 %".3485", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_gre:
  %".3487" = getelementptr i8, ptr %"keys.128", i64 2
  %".3488" = trunc i64 %".3412" to i16
  store volatile i16 %".3488", ptr %".3487", align 2
  %".3490" = load volatile i16, ptr %".3487", align 2
  %".3491" = zext i16 %".3490" to i64
  %"cursor.208" = and i64 %".3491", 16383
  br label %"gre_d1"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  %".3493" = getelementptr i8, ptr %"keys.128", i64 2
  %".3494" = trunc i64 %".3412" to i16
  store volatile i16 %".3494", ptr %".3493", align 2
  %".3496" = load volatile i16, ptr %".3493", align 2
  %".3497" = zext i16 %".3496" to i64
  %"cursor.209" = and i64 %".3497", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  %".3499" = getelementptr i8, ptr %"keys.128", i64 2
  %".3500" = trunc i64 %".3412" to i16
  store volatile i16 %".3500", ptr %".3499", align 2
  %".3502" = load volatile i16, ptr %".3499", align 2
  %".3503" = zext i16 %".3502" to i64
  %"cursor.210" = and i64 %".3503", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_esp:
  %".3505" = getelementptr i8, ptr %"keys.128", i64 2
  %".3506" = trunc i64 %".3412" to i16
  store volatile i16 %".3506", ptr %".3505", align 2
  %".3508" = load volatile i16, ptr %".3505", align 2
  %".3509" = zext i16 %".3508" to i64
  %"cursor.211" = and i64 %".3509", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  %".3511" = getelementptr i8, ptr %"keys.128", i64 2
  %".3512" = trunc i64 %".3412" to i16
  store volatile i16 %".3512", ptr %".3511", align 2
  %".3514" = load volatile i16, ptr %".3511", align 2
  %".3515" = zext i16 %".3514" to i64
  %"cursor.212" = and i64 %".3515", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  %".3517" = getelementptr i8, ptr %"keys.128", i64 2
  %".3518" = trunc i64 %".3412" to i16
  store volatile i16 %".3518", ptr %".3517", align 2
  %".3520" = load volatile i16, ptr %".3517", align 2
  %".3521" = zext i16 %".3520" to i64
  %"cursor.213" = and i64 %".3521", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".3523" = trunc i64 34887 to i16
  %".3524" = call i16 @"llvm.bswap.i16"(i16 %".3523")
  %".3525" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".3524", ptr %".3525", align 2
  %".3527" = getelementptr i8, ptr %"keys.128", i64 2
  %".3528" = trunc i64 %".3412" to i16
  store volatile i16 %".3528", ptr %".3527", align 2
  %".3530" = load volatile i16, ptr %".3527", align 2
  %".3531" = zext i16 %".3530" to i64
  %"cursor.214" = and i64 %".3531", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".3533" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3533", align 1
  %".3535" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.32" = load volatile i32, ptr %".3535", align 4
  %".3536" = and i32 %"flags.32", 4
  %".3537" = icmp ne i32 %".3536", 0
  br i1 %".3537", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".3547" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3547", align 1
  %".3549" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.33" = load volatile i32, ptr %".3549", align 4
  %".3550" = and i32 %"flags.33", 4
  %".3551" = icmp ne i32 %".3550", 0
  br i1 %".3551", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".3539" = trunc i64 %".3412" to i16
  %".3540" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3539", ptr %".3540", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".3543" = trunc i64 %".3412" to i16
  %".3544" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3543", ptr %".3544", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".3553" = trunc i64 %".3412" to i16
  %".3554" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3553", ptr %".3554", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3557" = trunc i64 %".3412" to i16
  %".3558" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3557", ptr %".3558", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3569" = trunc i64 %"cursor.142" to i32
  %".3570" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3569", [40 x i8]* %"header_copy", i32 2)
  %".3571" = icmp eq i64 %".3570", 0
  %".3572" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3573" = load i32, ptr %".3572", align 4
  %".3574" = zext i32 %".3573" to i64
  %"data.129" = inttoptr i64 %".3574" to ptr
  %".3575" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3576" = load i32, ptr %".3575", align 4
  %".3577" = zext i32 %".3576" to i64
  %"data_end.129" = inttoptr i64 %".3577" to ptr
  %".3578" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.129" = load ptr, ptr %".3578", align 8
  %".3579" = xor i1 %".3571", -1
  br i1 %".3579", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".3581" = trunc i64 %"cursor.142" to i16
  %".3582" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3581", ptr %".3582", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".3585" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3586" = load volatile i8, [40 x i8]* %".3585", align 1
  %".3587" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3588" = load volatile i8, [40 x i8]* %".3587", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.copy_last_byte:
  %".3603" = add i64 %"cursor.142", %".3598"
  %".3604" = sub i64 %".3603", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3605" = trunc i64 %".3604" to i32
  %".3606" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3605", i64* %"last_byte", i32 1)
  %".3607" = icmp eq i64 %".3606", 0
  %".3608" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3609" = load i32, ptr %".3608", align 4
  %".3610" = zext i32 %".3609" to i64
  %"data.131" = inttoptr i64 %".3610" to ptr
  %".3611" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3612" = load i32, ptr %".3611", align 4
  %".3613" = zext i32 %".3612" to i64
  %"data_end.131" = inttoptr i64 %".3613" to ptr
  %".3614" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.131" = load ptr, ptr %".3614", align 8
  %".3615" = xor i1 %".3607", -1
  br i1 %".3615", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed:
  %".3617" = trunc i64 %"cursor.142" to i16
  %".3618" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3617", ptr %".3618", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext3.variable_part"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".3624" = trunc i64 %"end.11" to i16
  %".3625" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3624", ptr %".3625", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".3628" = trunc i64 %"end.11" to i16
  %".3629" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3628", ptr %".3629", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3632" = trunc i64 %"end.11" to i16
  %".3633" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3632", ptr %".3633", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3636" = trunc i64 %"end.11" to i16
  %".3637" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3636", ptr %".3637", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".3640" = trunc i64 %"end.11" to i16
  %".3641" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3640", ptr %".3641", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  %".3644" = getelementptr i8, ptr %"keys.132", i64 2
  %".3645" = trunc i64 %"end.11" to i16
  store volatile i16 %".3645", ptr %".3644", align 2
  %".3647" = load volatile i16, ptr %".3644", align 2
  %".3648" = zext i16 %".3647" to i64
  %"cursor.215" = and i64 %".3648", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext3.to_udp:
  %".3650" = getelementptr i8, ptr %"keys.132", i64 2
  %".3651" = trunc i64 %"end.11" to i16
  store volatile i16 %".3651", ptr %".3650", align 2
  %".3653" = load volatile i16, ptr %".3650", align 2
  %".3654" = zext i16 %".3653" to i64
  %"cursor.216" = and i64 %".3654", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  %".3656" = getelementptr i8, ptr %"keys.132", i64 2
  %".3657" = trunc i64 %"end.11" to i16
  store volatile i16 %".3657", ptr %".3656", align 2
  %".3659" = load volatile i16, ptr %".3656", align 2
  %".3660" = zext i16 %".3659" to i64
  %"cursor.217" = and i64 %".3660", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_gre:
  %".3662" = getelementptr i8, ptr %"keys.132", i64 2
  %".3663" = trunc i64 %"end.11" to i16
  store volatile i16 %".3663", ptr %".3662", align 2
  %".3665" = load volatile i16, ptr %".3662", align 2
  %".3666" = zext i16 %".3665" to i64
  %"cursor.218" = and i64 %".3666", 16383
  br label %"gre_d0"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  %".3668" = getelementptr i8, ptr %"keys.132", i64 2
  %".3669" = trunc i64 %"end.11" to i16
  store volatile i16 %".3669", ptr %".3668", align 2
  %".3671" = load volatile i16, ptr %".3668", align 2
  %".3672" = zext i16 %".3671" to i64
  %"cursor.219" = and i64 %".3672", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  %".3674" = getelementptr i8, ptr %"keys.132", i64 2
  %".3675" = trunc i64 %"end.11" to i16
  store volatile i16 %".3675", ptr %".3674", align 2
  %".3677" = load volatile i16, ptr %".3674", align 2
  %".3678" = zext i16 %".3677" to i64
  %"cursor.220" = and i64 %".3678", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_esp:
  %".3680" = getelementptr i8, ptr %"keys.132", i64 2
  %".3681" = trunc i64 %"end.11" to i16
  store volatile i16 %".3681", ptr %".3680", align 2
  %".3683" = load volatile i16, ptr %".3680", align 2
  %".3684" = zext i16 %".3683" to i64
  %"cursor.221" = and i64 %".3684", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  %".3686" = getelementptr i8, ptr %"keys.132", i64 2
  %".3687" = trunc i64 %"end.11" to i16
  store volatile i16 %".3687", ptr %".3686", align 2
  %".3689" = load volatile i16, ptr %".3686", align 2
  %".3690" = zext i16 %".3689" to i64
  %"cursor.222" = and i64 %".3690", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  %".3692" = getelementptr i8, ptr %"keys.132", i64 2
  %".3693" = trunc i64 %"end.11" to i16
  store volatile i16 %".3693", ptr %".3692", align 2
  %".3695" = load volatile i16, ptr %".3692", align 2
  %".3696" = zext i16 %".3695" to i64
  %"cursor.223" = and i64 %".3696", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".3698" = trunc i64 34887 to i16
  %".3699" = call i16 @"llvm.bswap.i16"(i16 %".3698")
  %".3700" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3699", ptr %".3700", align 2
  %".3702" = getelementptr i8, ptr %"keys.132", i64 2
  %".3703" = trunc i64 %"end.11" to i16
  store volatile i16 %".3703", ptr %".3702", align 2
  %".3705" = load volatile i16, ptr %".3702", align 2
  %".3706" = zext i16 %".3705" to i64
  %"cursor.224" = and i64 %".3706", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".3708" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3708", align 1
  %".3710" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.34" = load volatile i32, ptr %".3710", align 4
  %".3711" = and i32 %"flags.34", 4
  %".3712" = icmp ne i32 %".3711", 0
  br i1 %".3712", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".3724" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3724", align 1
  %".3726" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.35" = load volatile i32, ptr %".3726", align 4
  %".3727" = and i32 %"flags.35", 4
  %".3728" = icmp ne i32 %".3727", 0
  br i1 %".3728", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".3714" = trunc i64 %"end.11" to i16
  %".3715" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3714", ptr %".3715", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".3718" = getelementptr i8, ptr %"keys.132", i64 2
  %".3719" = trunc i64 %"end.11" to i16
  store volatile i16 %".3719", ptr %".3718", align 2
  %".3721" = load volatile i16, ptr %".3718", align 2
  %".3722" = zext i16 %".3721" to i64
  %"cursor.225" = and i64 %".3722", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".3730" = trunc i64 %"end.11" to i16
  %".3731" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3730", ptr %".3731", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".3734" = getelementptr i8, ptr %"keys.132", i64 2
  %".3735" = trunc i64 %"end.11" to i16
  store volatile i16 %".3735", ptr %".3734", align 2
  %".3737" = load volatile i16, ptr %".3734", align 2
  %".3738" = zext i16 %".3737" to i64
  %"cursor.226" = and i64 %".3738", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3748" = trunc i64 %"cursor.144" to i32
  %".3749" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3748", [40 x i8]* %"header_copy", i32 8)
  %".3750" = icmp eq i64 %".3749", 0
  %".3751" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3752" = load i32, ptr %".3751", align 4
  %".3753" = zext i32 %".3752" to i64
  %"data.133" = inttoptr i64 %".3753" to ptr
  %".3754" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3755" = load i32, ptr %".3754", align 4
  %".3756" = zext i32 %".3755" to i64
  %"data_end.133" = inttoptr i64 %".3756" to ptr
  %".3757" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.133" = load ptr, ptr %".3757", align 8
  %".3758" = xor i1 %".3750", -1
  br i1 %".3758", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".3760" = trunc i64 %"cursor.144" to i16
  %".3761" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3760", ptr %".3761", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".3764" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3765" = load volatile i8, [40 x i8]* %".3764", align 1
  %".3766" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3767" = load volatile i16, [40 x i8]* %".3766", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".3780" = getelementptr i8, ptr %"keys.134", i64 6
  store i8 1, ptr %".3780", align 1
  br i1 %".3778", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".3800" = zext i8 %"w0_1.15" to i64
  switch i64 %".3800", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".3783" = getelementptr i8, ptr %"keys.134", i64 7
  store i8 1, ptr %".3783", align 1
  %".3785" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.36" = load volatile i32, ptr %".3785", align 4
  %".3786" = and i32 %"flags.36", 1
  %".3787" = icmp ne i32 %".3786", 0
  %".3788" = xor i1 %".3787", -1
  br i1 %".3788", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".3795" = trunc i64 %".3773" to i16
  %".3796" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3795", ptr %".3796", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".3790" = trunc i64 %".3773" to i16
  %".3791" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3790", ptr %".3791", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".3802" = trunc i64 %".3773" to i16
  %".3803" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3802", ptr %".3803", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".3806" = trunc i64 %".3773" to i16
  %".3807" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3806", ptr %".3807", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3810" = trunc i64 %".3773" to i16
  %".3811" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3810", ptr %".3811", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3814" = trunc i64 %".3773" to i16
  %".3815" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3814", ptr %".3815", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".3818" = trunc i64 %".3773" to i16
  %".3819" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3818", ptr %".3819", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  %".3822" = getelementptr i8, ptr %"keys.134", i64 2
  %".3823" = trunc i64 %".3773" to i16
  store volatile i16 %".3823", ptr %".3822", align 2
  %".3825" = load volatile i16, ptr %".3822", align 2
  %".3826" = zext i16 %".3825" to i64
  %"cursor.227" = and i64 %".3826", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3.to_udp:
  %".3828" = getelementptr i8, ptr %"keys.134", i64 2
  %".3829" = trunc i64 %".3773" to i16
  store volatile i16 %".3829", ptr %".3828", align 2
  %".3831" = load volatile i16, ptr %".3828", align 2
  %".3832" = zext i16 %".3831" to i64
  %"cursor.228" = and i64 %".3832", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  %".3834" = getelementptr i8, ptr %"keys.134", i64 2
  %".3835" = trunc i64 %".3773" to i16
  store volatile i16 %".3835", ptr %".3834", align 2
  %".3837" = load volatile i16, ptr %".3834", align 2
  %".3838" = zext i16 %".3837" to i64
  %"cursor.229" = and i64 %".3838", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_gre:
  %".3840" = getelementptr i8, ptr %"keys.134", i64 2
  %".3841" = trunc i64 %".3773" to i16
  store volatile i16 %".3841", ptr %".3840", align 2
  %".3843" = load volatile i16, ptr %".3840", align 2
  %".3844" = zext i16 %".3843" to i64
  %"cursor.230" = and i64 %".3844", 16383
  br label %"gre_d0"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  %".3846" = getelementptr i8, ptr %"keys.134", i64 2
  %".3847" = trunc i64 %".3773" to i16
  store volatile i16 %".3847", ptr %".3846", align 2
  %".3849" = load volatile i16, ptr %".3846", align 2
  %".3850" = zext i16 %".3849" to i64
  %"cursor.231" = and i64 %".3850", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  %".3852" = getelementptr i8, ptr %"keys.134", i64 2
  %".3853" = trunc i64 %".3773" to i16
  store volatile i16 %".3853", ptr %".3852", align 2
  %".3855" = load volatile i16, ptr %".3852", align 2
  %".3856" = zext i16 %".3855" to i64
  %"cursor.232" = and i64 %".3856", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_esp:
  %".3858" = getelementptr i8, ptr %"keys.134", i64 2
  %".3859" = trunc i64 %".3773" to i16
  store volatile i16 %".3859", ptr %".3858", align 2
  %".3861" = load volatile i16, ptr %".3858", align 2
  %".3862" = zext i16 %".3861" to i64
  %"cursor.233" = and i64 %".3862", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  %".3864" = getelementptr i8, ptr %"keys.134", i64 2
  %".3865" = trunc i64 %".3773" to i16
  store volatile i16 %".3865", ptr %".3864", align 2
  %".3867" = load volatile i16, ptr %".3864", align 2
  %".3868" = zext i16 %".3867" to i64
  %"cursor.234" = and i64 %".3868", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  %".3870" = getelementptr i8, ptr %"keys.134", i64 2
  %".3871" = trunc i64 %".3773" to i16
  store volatile i16 %".3871", ptr %".3870", align 2
  %".3873" = load volatile i16, ptr %".3870", align 2
  %".3874" = zext i16 %".3873" to i64
  %"cursor.235" = and i64 %".3874", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".3876" = trunc i64 34887 to i16
  %".3877" = call i16 @"llvm.bswap.i16"(i16 %".3876")
  %".3878" = getelementptr i8, ptr %"keys.134", i64 10
  store i16 %".3877", ptr %".3878", align 2
  %".3880" = getelementptr i8, ptr %"keys.134", i64 2
  %".3881" = trunc i64 %".3773" to i16
  store volatile i16 %".3881", ptr %".3880", align 2
  %".3883" = load volatile i16, ptr %".3880", align 2
  %".3884" = zext i16 %".3883" to i64
  %"cursor.236" = and i64 %".3884", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".3886" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".3886", align 1
  %".3888" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.37" = load volatile i32, ptr %".3888", align 4
  %".3889" = and i32 %"flags.37", 4
  %".3890" = icmp ne i32 %".3889", 0
  br i1 %".3890", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".3902" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".3902", align 1
  %".3904" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.38" = load volatile i32, ptr %".3904", align 4
  %".3905" = and i32 %"flags.38", 4
  %".3906" = icmp ne i32 %".3905", 0
  br i1 %".3906", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".3892" = trunc i64 %".3773" to i16
  %".3893" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3892", ptr %".3893", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".3896" = getelementptr i8, ptr %"keys.134", i64 2
  %".3897" = trunc i64 %".3773" to i16
  store volatile i16 %".3897", ptr %".3896", align 2
  %".3899" = load volatile i16, ptr %".3896", align 2
  %".3900" = zext i16 %".3899" to i64
  %"cursor.237" = and i64 %".3900", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".3908" = trunc i64 %".3773" to i16
  %".3909" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3908", ptr %".3909", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".3912" = getelementptr i8, ptr %"keys.134", i64 2
  %".3913" = trunc i64 %".3773" to i16
  store volatile i16 %".3913", ptr %".3912", align 2
  %".3915" = load volatile i16, ptr %".3912", align 2
  %".3916" = zext i16 %".3915" to i64
  %"cursor.238" = and i64 %".3916", 16383
  br label %"ipv6_d1"
mpls_mpls_labels4.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3924" = trunc i64 %"cursor.172" to i32
  %".3925" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3924", [40 x i8]* %"header_copy", i32 4)
  %".3926" = icmp eq i64 %".3925", 0
  %".3927" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3928" = load i32, ptr %".3927", align 4
  %".3929" = zext i32 %".3928" to i64
  %"data.135" = inttoptr i64 %".3929" to ptr
  %".3930" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3931" = load i32, ptr %".3930", align 4
  %".3932" = zext i32 %".3931" to i64
  %"data_end.135" = inttoptr i64 %".3932" to ptr
  %".3933" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.135" = load ptr, ptr %".3933", align 8
  %".3934" = xor i1 %".3926", -1
  br i1 %".3934", label %"mpls_mpls_labels4.copy_failed", label %"mpls_mpls_labels4.copy_failed.endif"
mpls_mpls_labels4.copy_failed:
  %".3936" = trunc i64 %"cursor.172" to i16
  %".3937" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3936", ptr %".3937", align 2
  br label %"return"
mpls_mpls_labels4.copy_failed.endif:
  %".3940" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3941" = load volatile i8, [40 x i8]* %".3940", align 1
  br label %"mpls_mpls_labels4.header"
mpls_mpls_labels4.unknown:
  %".3947" = trunc i64 %".3943" to i16
  %".3948" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3947", ptr %".3948", align 2
  br label %"return"
mpls_mpls_labels4.to_mpls:
  %".3951" = trunc i64 %".3943" to i16
  %".3952" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3951", ptr %".3952", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3961" = trunc i64 %"cursor.175" to i32
  %".3962" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3961", [40 x i8]* %"header_copy", i32 4)
  %".3963" = icmp eq i64 %".3962", 0
  %".3964" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3965" = load i32, ptr %".3964", align 4
  %".3966" = zext i32 %".3965" to i64
  %"data.137" = inttoptr i64 %".3966" to ptr
  %".3967" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3968" = load i32, ptr %".3967", align 4
  %".3969" = zext i32 %".3968" to i64
  %"data_end.137" = inttoptr i64 %".3969" to ptr
  %".3970" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.137" = load ptr, ptr %".3970", align 8
  %".3971" = xor i1 %".3963", -1
  br i1 %".3971", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3973" = trunc i64 %"cursor.175" to i16
  %".3974" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3973", ptr %".3974", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3977" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3978" = load volatile i16, [40 x i8]* %".3977", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3993" = trunc i64 %".3986" to i16
  %".3994" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3993", ptr %".3994", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  %".3997" = getelementptr i8, ptr %"keys.138", i64 2
  %".3998" = trunc i64 %".3986" to i16
  store volatile i16 %".3998", ptr %".3997", align 2
  %".4000" = load volatile i16, ptr %".3997", align 2
  %".4001" = zext i16 %".4000" to i64
  %"cursor.239" = and i64 %".4001", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  %".4003" = getelementptr i8, ptr %"keys.138", i64 2
  %".4004" = trunc i64 %".3986" to i16
  store volatile i16 %".4004", ptr %".4003", align 2
  %".4006" = load volatile i16, ptr %".4003", align 2
  %".4007" = zext i16 %".4006" to i64
  %"cursor.240" = and i64 %".4007", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".4009" = trunc i64 %".3986" to i16
  %".4010" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4009", ptr %".4010", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".4013" = trunc i64 %".3986" to i16
  %".4014" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4013", ptr %".4014", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  %".4017" = getelementptr i8, ptr %"keys.138", i64 2
  %".4018" = trunc i64 %".3986" to i16
  store volatile i16 %".4018", ptr %".4017", align 2
  %".4020" = load volatile i16, ptr %".4017", align 2
  %".4021" = zext i16 %".4020" to i64
  %"cursor.241" = and i64 %".4021", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  %".4023" = getelementptr i8, ptr %"keys.138", i64 2
  %".4024" = trunc i64 %".3986" to i16
  store volatile i16 %".4024", ptr %".4023", align 2
  %".4026" = load volatile i16, ptr %".4023", align 2
  %".4027" = zext i16 %".4026" to i64
  %"cursor.242" = and i64 %".4027", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_pppoe:
  %".4029" = getelementptr i8, ptr %"keys.138", i64 2
  %".4030" = trunc i64 %".3986" to i16
  store volatile i16 %".4030", ptr %".4029", align 2
  %".4032" = load volatile i16, ptr %".4029", align 2
  %".4033" = zext i16 %".4032" to i64
  %"cursor.243" = and i64 %".4033", 16383
  br label %"pppoe_d1"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4043" = trunc i64 %"cursor.185" to i32
  %".4044" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4043", [40 x i8]* %"header_copy", i32 2)
  %".4045" = icmp eq i64 %".4044", 0
  %".4046" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4047" = load i32, ptr %".4046", align 4
  %".4048" = zext i32 %".4047" to i64
  %"data.139" = inttoptr i64 %".4048" to ptr
  %".4049" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4050" = load i32, ptr %".4049", align 4
  %".4051" = zext i32 %".4050" to i64
  %"data_end.139" = inttoptr i64 %".4051" to ptr
  %".4052" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.139" = load ptr, ptr %".4052", align 8
  %".4053" = xor i1 %".4045", -1
  br i1 %".4053", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4055" = trunc i64 %"cursor.185" to i16
  %".4056" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4055", ptr %".4056", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4059" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4060" = load volatile i8, [40 x i8]* %".4059", align 1
  %".4061" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4062" = load volatile i8, [40 x i8]* %".4061", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.copy_last_byte:
  %".4077" = add i64 %"cursor.185", %".4072"
  %".4078" = sub i64 %".4077", 1
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4079" = trunc i64 %".4078" to i32
  %".4080" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4079", i64* %"last_byte", i32 1)
  %".4081" = icmp eq i64 %".4080", 0
  %".4082" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4083" = load i32, ptr %".4082", align 4
  %".4084" = zext i32 %".4083" to i64
  %"data.141" = inttoptr i64 %".4084" to ptr
  %".4085" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4086" = load i32, ptr %".4085", align 4
  %".4087" = zext i32 %".4086" to i64
  %"data_end.141" = inttoptr i64 %".4087" to ptr
  %".4088" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.141" = load ptr, ptr %".4088", align 8
  %".4089" = xor i1 %".4081", -1
  br i1 %".4089", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed:
  %".4091" = trunc i64 %"cursor.185" to i16
  %".4092" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".4091", ptr %".4092", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext3.variable_part"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4098" = trunc i64 %"end.12" to i16
  %".4099" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4098", ptr %".4099", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".4102" = trunc i64 %"end.12" to i16
  %".4103" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4102", ptr %".4103", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4106" = trunc i64 %"end.12" to i16
  %".4107" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4106", ptr %".4107", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4110" = trunc i64 %"end.12" to i16
  %".4111" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4110", ptr %".4111", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4114" = trunc i64 %"end.12" to i16
  %".4115" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4114", ptr %".4115", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  %".4118" = getelementptr i8, ptr %"keys.142", i64 2
  %".4119" = trunc i64 %"end.12" to i16
  store volatile i16 %".4119", ptr %".4118", align 2
  %".4121" = load volatile i16, ptr %".4118", align 2
  %".4122" = zext i16 %".4121" to i64
  %"cursor.244" = and i64 %".4122", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext3.to_udp:
  %".4124" = getelementptr i8, ptr %"keys.142", i64 2
  %".4125" = trunc i64 %"end.12" to i16
  store volatile i16 %".4125", ptr %".4124", align 2
  %".4127" = load volatile i16, ptr %".4124", align 2
  %".4128" = zext i16 %".4127" to i64
  %"cursor.245" = and i64 %".4128", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  %".4130" = getelementptr i8, ptr %"keys.142", i64 2
  %".4131" = trunc i64 %"end.12" to i16
  store volatile i16 %".4131", ptr %".4130", align 2
  %".4133" = load volatile i16, ptr %".4130", align 2
  %".4134" = zext i16 %".4133" to i64
  %"cursor.246" = and i64 %".4134", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_gre:
  %".4136" = getelementptr i8, ptr %"keys.142", i64 2
  %".4137" = trunc i64 %"end.12" to i16
  store volatile i16 %".4137", ptr %".4136", align 2
  %".4139" = load volatile i16, ptr %".4136", align 2
  %".4140" = zext i16 %".4139" to i64
  %"cursor.247" = and i64 %".4140", 16383
  br label %"gre_d1"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  %".4142" = getelementptr i8, ptr %"keys.142", i64 2
  %".4143" = trunc i64 %"end.12" to i16
  store volatile i16 %".4143", ptr %".4142", align 2
  %".4145" = load volatile i16, ptr %".4142", align 2
  %".4146" = zext i16 %".4145" to i64
  %"cursor.248" = and i64 %".4146", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  %".4148" = getelementptr i8, ptr %"keys.142", i64 2
  %".4149" = trunc i64 %"end.12" to i16
  store volatile i16 %".4149", ptr %".4148", align 2
  %".4151" = load volatile i16, ptr %".4148", align 2
  %".4152" = zext i16 %".4151" to i64
  %"cursor.249" = and i64 %".4152", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_esp:
  %".4154" = getelementptr i8, ptr %"keys.142", i64 2
  %".4155" = trunc i64 %"end.12" to i16
  store volatile i16 %".4155", ptr %".4154", align 2
  %".4157" = load volatile i16, ptr %".4154", align 2
  %".4158" = zext i16 %".4157" to i64
  %"cursor.250" = and i64 %".4158", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  %".4160" = getelementptr i8, ptr %"keys.142", i64 2
  %".4161" = trunc i64 %"end.12" to i16
  store volatile i16 %".4161", ptr %".4160", align 2
  %".4163" = load volatile i16, ptr %".4160", align 2
  %".4164" = zext i16 %".4163" to i64
  %"cursor.251" = and i64 %".4164", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  %".4166" = getelementptr i8, ptr %"keys.142", i64 2
  %".4167" = trunc i64 %"end.12" to i16
  store volatile i16 %".4167", ptr %".4166", align 2
  %".4169" = load volatile i16, ptr %".4166", align 2
  %".4170" = zext i16 %".4169" to i64
  %"cursor.252" = and i64 %".4170", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4172" = trunc i64 34887 to i16
  %".4173" = call i16 @"llvm.bswap.i16"(i16 %".4172")
  %".4174" = getelementptr i8, ptr %"keys.142", i64 10
  store i16 %".4173", ptr %".4174", align 2
  %".4176" = getelementptr i8, ptr %"keys.142", i64 2
  %".4177" = trunc i64 %"end.12" to i16
  store volatile i16 %".4177", ptr %".4176", align 2
  %".4179" = load volatile i16, ptr %".4176", align 2
  %".4180" = zext i16 %".4179" to i64
  %"cursor.253" = and i64 %".4180", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4182" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".4182", align 1
  %".4184" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.39" = load volatile i32, ptr %".4184", align 4
  %".4185" = and i32 %"flags.39", 4
  %".4186" = icmp ne i32 %".4185", 0
  br i1 %".4186", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4196" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".4196", align 1
  %".4198" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.40" = load volatile i32, ptr %".4198", align 4
  %".4199" = and i32 %"flags.40", 4
  %".4200" = icmp ne i32 %".4199", 0
  br i1 %".4200", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4188" = trunc i64 %"end.12" to i16
  %".4189" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4188", ptr %".4189", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4192" = trunc i64 %"end.12" to i16
  %".4193" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4192", ptr %".4193", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4202" = trunc i64 %"end.12" to i16
  %".4203" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4202", ptr %".4203", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4206" = trunc i64 %"end.12" to i16
  %".4207" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4206", ptr %".4207", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4218" = trunc i64 %"cursor.189" to i32
  %".4219" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4218", [40 x i8]* %"header_copy", i32 8)
  %".4220" = icmp eq i64 %".4219", 0
  %".4221" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4222" = load i32, ptr %".4221", align 4
  %".4223" = zext i32 %".4222" to i64
  %"data.143" = inttoptr i64 %".4223" to ptr
  %".4224" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4225" = load i32, ptr %".4224", align 4
  %".4226" = zext i32 %".4225" to i64
  %"data_end.143" = inttoptr i64 %".4226" to ptr
  %".4227" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.143" = load ptr, ptr %".4227", align 8
  %".4228" = xor i1 %".4220", -1
  br i1 %".4228", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4230" = trunc i64 %"cursor.189" to i16
  %".4231" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".4230", ptr %".4231", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4234" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4235" = load volatile i8, [40 x i8]* %".4234", align 1
  %".4236" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4237" = load volatile i16, [40 x i8]* %".4236", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4250" = getelementptr i8, ptr %"keys.144", i64 6
  store i8 1, ptr %".4250", align 1
  br i1 %".4248", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4270" = zext i8 %"w0_1.17" to i64
  switch i64 %".4270", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4253" = getelementptr i8, ptr %"keys.144", i64 7
  store i8 1, ptr %".4253", align 1
  %".4255" = getelementptr i8, ptr %"keys.144", i64 48
  %"flags.41" = load volatile i32, ptr %".4255", align 4
  %".4256" = and i32 %"flags.41", 1
  %".4257" = icmp ne i32 %".4256", 0
  %".4258" = xor i1 %".4257", -1
  br i1 %".4258", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4265" = trunc i64 %".4243" to i16
  %".4266" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4265", ptr %".4266", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4260" = trunc i64 %".4243" to i16
  %".4261" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4260", ptr %".4261", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4272" = trunc i64 %".4243" to i16
  %".4273" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4272", ptr %".4273", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".4276" = trunc i64 %".4243" to i16
  %".4277" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4276", ptr %".4277", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4280" = trunc i64 %".4243" to i16
  %".4281" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4280", ptr %".4281", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4284" = trunc i64 %".4243" to i16
  %".4285" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4284", ptr %".4285", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4288" = trunc i64 %".4243" to i16
  %".4289" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4288", ptr %".4289", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  %".4292" = getelementptr i8, ptr %"keys.144", i64 2
  %".4293" = trunc i64 %".4243" to i16
  store volatile i16 %".4293", ptr %".4292", align 2
  %".4295" = load volatile i16, ptr %".4292", align 2
  %".4296" = zext i16 %".4295" to i64
  %"cursor.254" = and i64 %".4296", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3.to_udp:
  %".4298" = getelementptr i8, ptr %"keys.144", i64 2
  %".4299" = trunc i64 %".4243" to i16
  store volatile i16 %".4299", ptr %".4298", align 2
  %".4301" = load volatile i16, ptr %".4298", align 2
  %".4302" = zext i16 %".4301" to i64
  %"cursor.255" = and i64 %".4302", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  %".4304" = getelementptr i8, ptr %"keys.144", i64 2
  %".4305" = trunc i64 %".4243" to i16
  store volatile i16 %".4305", ptr %".4304", align 2
  %".4307" = load volatile i16, ptr %".4304", align 2
  %".4308" = zext i16 %".4307" to i64
  %"cursor.256" = and i64 %".4308", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_gre:
  %".4310" = getelementptr i8, ptr %"keys.144", i64 2
  %".4311" = trunc i64 %".4243" to i16
  store volatile i16 %".4311", ptr %".4310", align 2
  %".4313" = load volatile i16, ptr %".4310", align 2
  %".4314" = zext i16 %".4313" to i64
  %"cursor.257" = and i64 %".4314", 16383
  br label %"gre_d1"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  %".4316" = getelementptr i8, ptr %"keys.144", i64 2
  %".4317" = trunc i64 %".4243" to i16
  store volatile i16 %".4317", ptr %".4316", align 2
  %".4319" = load volatile i16, ptr %".4316", align 2
  %".4320" = zext i16 %".4319" to i64
  %"cursor.258" = and i64 %".4320", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  %".4322" = getelementptr i8, ptr %"keys.144", i64 2
  %".4323" = trunc i64 %".4243" to i16
  store volatile i16 %".4323", ptr %".4322", align 2
  %".4325" = load volatile i16, ptr %".4322", align 2
  %".4326" = zext i16 %".4325" to i64
  %"cursor.259" = and i64 %".4326", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_esp:
  %".4328" = getelementptr i8, ptr %"keys.144", i64 2
  %".4329" = trunc i64 %".4243" to i16
  store volatile i16 %".4329", ptr %".4328", align 2
  %".4331" = load volatile i16, ptr %".4328", align 2
  %".4332" = zext i16 %".4331" to i64
  %"cursor.260" = and i64 %".4332", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  %".4334" = getelementptr i8, ptr %"keys.144", i64 2
  %".4335" = trunc i64 %".4243" to i16
  store volatile i16 %".4335", ptr %".4334", align 2
  %".4337" = load volatile i16, ptr %".4334", align 2
  %".4338" = zext i16 %".4337" to i64
  %"cursor.261" = and i64 %".4338", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  %".4340" = getelementptr i8, ptr %"keys.144", i64 2
  %".4341" = trunc i64 %".4243" to i16
  store volatile i16 %".4341", ptr %".4340", align 2
  %".4343" = load volatile i16, ptr %".4340", align 2
  %".4344" = zext i16 %".4343" to i64
  %"cursor.262" = and i64 %".4344", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".4346" = trunc i64 34887 to i16
  %".4347" = call i16 @"llvm.bswap.i16"(i16 %".4346")
  %".4348" = getelementptr i8, ptr %"keys.144", i64 10
  store i16 %".4347", ptr %".4348", align 2
  %".4350" = getelementptr i8, ptr %"keys.144", i64 2
  %".4351" = trunc i64 %".4243" to i16
  store volatile i16 %".4351", ptr %".4350", align 2
  %".4353" = load volatile i16, ptr %".4350", align 2
  %".4354" = zext i16 %".4353" to i64
  %"cursor.263" = and i64 %".4354", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4356" = getelementptr i8, ptr %"keys.144", i64 8
  store i8 1, ptr %".4356", align 1
  %".4358" = getelementptr i8, ptr %"keys.144", i64 48
  %"flags.42" = load volatile i32, ptr %".4358", align 4
  %".4359" = and i32 %"flags.42", 4
  %".4360" = icmp ne i32 %".4359", 0
  br i1 %".4360", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4370" = getelementptr i8, ptr %"keys.144", i64 8
  store i8 1, ptr %".4370", align 1
  %".4372" = getelementptr i8, ptr %"keys.144", i64 48
  %"flags.43" = load volatile i32, ptr %".4372", align 4
  %".4373" = and i32 %"flags.43", 4
  %".4374" = icmp ne i32 %".4373", 0
  br i1 %".4374", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4362" = trunc i64 %".4243" to i16
  %".4363" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4362", ptr %".4363", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4366" = trunc i64 %".4243" to i16
  %".4367" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4366", ptr %".4367", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4376" = trunc i64 %".4243" to i16
  %".4377" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4376", ptr %".4377", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4380" = trunc i64 %".4243" to i16
  %".4381" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4380", ptr %".4381", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }