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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [2, %"ipv4_d0.copy_last_byte_failed"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [2, %"mpls_d0_mpls_labels1.copy_failed"], [0, %"mpls_d0_mpls_labels1.unknown"], [0, %"mpls_d0_mpls_labels1.stop_at_encap"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.unknown"], [2, %"tcp.copy_failed"], [0, %"tcp.unknown"], [2, %"udp_d0.copy_failed"], [2, %"udp_d0.copy_last_byte_failed"], [0, %"udp_d0.unknown"], [2, %"udplite.copy_failed"], [2, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"sctp.copy_failed"], [0, %"sctp.header"], [2, %"dccp.copy_failed"], [0, %"dccp.header"], [2, %"esp.copy_failed"], [0, %"esp.header"], [2, %"ah.copy_failed"], [0, %"ah.header"], [2, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [2, %"ipv4_d1.copy_last_byte_failed"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [2, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [2, %"mpls_d0_mpls_labels2.copy_failed"], [0, %"mpls_d0_mpls_labels2.unknown"], [0, %"mpls_d0_mpls_labels2.stop_at_encap"], [2, %"ip_version_d1.copy_failed"], [0, %"ip_version_d1.unknown"], [2, %"tcp_header.copy_failed"], [2, %"tcp_header.require"], [2, %"tcp_header.copy_last_byte_failed"], [0, %"tcp_header.variable_part"], [2, %"vxlan_d0.copy_failed"], [0, %"vxlan_d0.stop_at_encap"], [0, %"vxlan_d0.unknown"], [2, %"geneve_d0.copy_failed"], [0, %"geneve_d0.stop_before"], [2, %"geneve_d0.copy_last_byte_failed"], [0, %"geneve_d0.stop_at_encap"], [0, %"geneve_d0.unknown"], [2, %"gue_d0.copy_failed"], [0, %"gue_d0.stop_before"], [2, %"gue_d0.copy_last_byte_failed"], [0, %"gue_d0.stop_at_encap"], [0, %"gue_d0.unknown"], [2, %"gtpu_d0.copy_failed"], [0, %"gtpu_d0.stop_before"], [0, %"gtpu_d0.stop_at_encap"], [0, %"gtpu_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.stop_at_encap"], [0, %"shim_d0.unknown"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"mpls_d1_mpls_labels1.copy_failed"], [0, %"mpls_d1_mpls_labels1.unknown"], [0, %"mpls_d1_mpls_labels1.stop_at_encap"], [0, %"mpls_d1_mpls_labels1.stop_at_encap.endif"], [2, %"udp_d1.copy_failed"], [2, %"udp_d1.copy_last_byte_failed"], [0, %"udp_d1.unknown"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_ethernet"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [2, %"mpls_d0_mpls_labels3.copy_failed"], [0, %"mpls_d0_mpls_labels3.unknown"], [0, %"mpls_d0_mpls_labels3.stop_at_encap"], [2, %"gtpu_opt_d1.copy_failed"], [0, %"gtpu_opt_d1.unknown"], [2, %"gtpu_seq_d1.copy_failed"], [0, %"gtpu_seq_d1.unknown"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.unknown"], [2, %"mpls_d1_mpls_labels2.copy_failed"], [0, %"mpls_d1_mpls_labels2.unknown"], [0, %"mpls_d1_mpls_labels2.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.stop_at_encap.endif"], [2, %"vxlan_d1.copy_failed"], [0, %"vxlan_d1.stop_at_encap"], [0, %"vxlan_d1.unknown"], [0, %"vxlan_d1.to_ethernet"], [2, %"geneve_d1.copy_failed"], [0, %"geneve_d1.stop_before"], [2, %"geneve_d1.copy_last_byte_failed"], [0, %"geneve_d1.stop_at_encap"], [0, %"geneve_d1.unknown"], [0, %"geneve_d1.to_ethernet"], [0, %"geneve_d1.to_ipv4"], [0, %"geneve_d1.to_ipv6"], [2, %"gue_d1.copy_failed"], [0, %"gue_d1.stop_before"], [2, %"gue_d1.copy_last_byte_failed"], [0, %"gue_d1.stop_at_encap"], [0, %"gue_d1.unknown"], [0, %"gue_d1.to_ipv4"], [0, %"gue_d1.to_ipv6"], [2, %"gtpu_d1.copy_failed"], [0, %"gtpu_d1.stop_before"], [0, %"gtpu_d1.stop_at_encap"], [0, %"gtpu_d1.unknown"], [0, %"gtpu_d1.to_ip_version"], [0, %"gtpu_d1.to_gtpu_opt"], [0, %"gtpu_d1.to_gtpu_seq"], [2, %"shim_d1.copy_failed"], [0, %"shim_d1.stop_at_encap"], [0, %"shim_d1.unknown"], [0, %"shim_d1.to_ipv4"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [2, %"mpls_d0_mpls_labels4.copy_failed"], [0, %"mpls_d0_mpls_labels4.unknown"], [0, %"mpls_d0_mpls_labels4.to_mpls"], [0, %"mpls_d0_mpls_labels4.stop_at_encap"], [2, %"gtpu_next_d1.copy_failed"], [0, %"gtpu_next_d1.unknown"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [2, %"mpls_d1_mpls_labels3.copy_failed"], [0, %"mpls_d1_mpls_labels3.unknown"], [0, %"mpls_d1_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.stop_at_encap.endif"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext1.require"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext1.unknown"], [2, %"mpls_d1_mpls_labels4.copy_failed"], [0, %"mpls_d1_mpls_labels4.unknown"], [0, %"mpls_d1_mpls_labels4.to_mpls"], [0, %"mpls_d1_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels4.stop_at_encap.endif"], [2, %"gtpu_next_d1_gtpu_ext1.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext1.unknown"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext2.require"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext2.unknown"], [2, %"gtpu_next_d1_gtpu_ext2.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext2.unknown"], [0, %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext"]
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
  br label %"mpls_d0_mpls_labels1"
entry_d0.to_mpls.1:
  br label %"mpls_d0_mpls_labels1"
entry_d0.to_pppoe:
  br label %"pppoe_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_ipv4"], [%".396", %"vlan_d0_vlan_tags1.to_ipv4"], [%"cursor.33", %"pppoe_d0.to_ipv4"], [%"cursor.106", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.28", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.35", %"pppoe_d0.to_ipv4"], [%"data.89", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.35", %"pppoe_d0.to_ipv4"], [%"data_end.89", %"vlan_d0_vlan_tags2.to_ipv4"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.28", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.35", %"pppoe_d0.to_ipv4"], [%"keys.89", %"vlan_d0_vlan_tags2.to_ipv4"]
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
  %"cursor.2" = phi  i64 [%".21", %"entry_d0.to_ipv6"], [%".396", %"vlan_d0_vlan_tags1.to_ipv6"], [%"cursor.34", %"pppoe_d0.to_ipv6"], [%"cursor.107", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.28", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.35", %"pppoe_d0.to_ipv6"], [%"data.89", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.35", %"pppoe_d0.to_ipv6"], [%"data_end.89", %"vlan_d0_vlan_tags2.to_ipv6"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.28", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.35", %"pppoe_d0.to_ipv6"], [%"keys.89", %"vlan_d0_vlan_tags2.to_ipv6"]
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
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"entry_d0.to_mpls"], [%".21", %"entry_d0.to_mpls.1"], [%"cursor.15", %"ipv4_d0.to_mpls"], [%"cursor.24", %"ipv6_d0.to_mpls"], [%"cursor.28", %"vlan_d0_vlan_tags1.to_mpls"], [%"cursor.29", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"cursor.35", %"pppoe_d0.to_mpls"], [%"cursor.36", %"pppoe_d0.to_mpls.1"], [%"cursor.88", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"cursor.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"cursor.108", %"vlan_d0_vlan_tags2.to_mpls"], [%"cursor.109", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"cursor.190", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"cursor.205", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"cursor.266", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"cursor.278", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.10", %"ipv4_d0.to_mpls"], [%"data.23", %"ipv6_d0.to_mpls"], [%"data.28", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.28", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.35", %"pppoe_d0.to_mpls"], [%"data.35", %"pppoe_d0.to_mpls.1"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.89", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.89", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.10", %"ipv4_d0.to_mpls"], [%"data_end.23", %"ipv6_d0.to_mpls"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.35", %"pppoe_d0.to_mpls"], [%"data_end.35", %"pppoe_d0.to_mpls.1"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.89", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.89", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.10", %"ipv4_d0.to_mpls"], [%"keys.23", %"ipv6_d0.to_mpls"], [%"keys.28", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.28", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.35", %"pppoe_d0.to_mpls"], [%"keys.35", %"pppoe_d0.to_mpls.1"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.89", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.89", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.to_mpls"]
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".424" = getelementptr i8, ptr %"hdr.3", i64 4
  %".425" = icmp ugt ptr %".424", %"data_end.5"
  br i1 %".425", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".427" = getelementptr i8, ptr %"hdr.3", i64 2
  %".428" = load i8, ptr %".427", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".428", %"mpls_d0_mpls_labels1.linear"], [%".447", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.31" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.30", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.31" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.30", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.31" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.30", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".449" = add i64 %"cursor.4", 4
  %".450" = zext i8 %"w2_1" to i64
  %".451" = and i64 %".450", 1
  switch i64 %".451", label %"mpls_d0_mpls_labels1.unknown" [i64 0, label %"mpls_d0_mpls_labels1.to_mpls" i64 1, label %"mpls_d0_mpls_labels1.to_ip_version"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"entry_d0.to_pppoe"], [%".396", %"vlan_d0_vlan_tags1.to_pppoe"], [%"cursor.110", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.28", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.89", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.89", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.28", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.89", %"vlan_d0_vlan_tags2.to_pppoe"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".474" = getelementptr i8, ptr %"hdr.4", i64 8
  %".475" = icmp ugt ptr %".474", %"data_end.6"
  br i1 %".475", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".477" = getelementptr i8, ptr %"hdr.4", i64 0
  %".478" = load i8, ptr %".477", align 1
  %".479" = getelementptr i8, ptr %"hdr.4", i64 1
  %".480" = load i8, ptr %".479", align 1
  %".481" = getelementptr i8, ptr %"hdr.4", i64 6
  %".482" = load i16, ptr %".481", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".478", %"pppoe_d0.linear"], [%".501", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".480", %"pppoe_d0.linear"], [%".503", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".482", %"pppoe_d0.linear"], [%".505", %"pppoe_d0.copy_failed.endif"]
  %"data.35" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.34", %"pppoe_d0.copy_failed.endif"]
  %"data_end.35" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.34", %"pppoe_d0.copy_failed.endif"]
  %"keys.35" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.34", %"pppoe_d0.copy_failed.endif"]
  %".507" = zext i8 %"w0_1.1" to i64
  %".508" = lshr i64 %".507", 4
  %".509" = and i64 %".508", 15
  %".510" = icmp eq i64 %".509", 1
  %".511" = zext i8 %"w0_1.1" to i64
  %".512" = and i64 %".511", 15
  %".513" = icmp eq i64 %".512", 1
  %".514" = and i1 %".510", %".513"
  %".515" = zext i8 %"w1_1" to i64
  %".516" = icmp eq i64 %".515", 0
  %".517" = and i1 %".514", %".516"
  %".518" = xor i1 %".517", -1
  br i1 %".518", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
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
  br label %"udp_d0"
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
  br label %"mpls_d0_mpls_labels1"
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
  %"cursor.6" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".285", %"ipv6_d0.to_tcp"], [%"cursor.50", %"ipv4_d1.to_tcp"], [%"cursor.67", %"ipv6_d1.to_tcp"], [%"cursor.79", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"cursor.94", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"cursor.154", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"cursor.168", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"cursor.181", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"cursor.196", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"cursor.233", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"cursor.247", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"cursor.257", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"cursor.269", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"cursor.292", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"cursor.302", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data.11" = phi  ptr [%"data.10", %"ipv4_d0.to_tcp"], [%"data.23", %"ipv6_d0.to_tcp"], [%"data.71", %"ipv4_d1.to_tcp"], [%"data.75", %"ipv6_d1.to_tcp"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.208", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.210", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data_end.11" = phi  ptr [%"data_end.10", %"ipv4_d0.to_tcp"], [%"data_end.23", %"ipv6_d0.to_tcp"], [%"data_end.71", %"ipv4_d1.to_tcp"], [%"data_end.75", %"ipv6_d1.to_tcp"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.208", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.210", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"keys.11" = phi  ptr [%"keys.10", %"ipv4_d0.to_tcp"], [%"keys.23", %"ipv6_d0.to_tcp"], [%"keys.71", %"ipv4_d1.to_tcp"], [%"keys.75", %"ipv6_d1.to_tcp"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.208", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.210", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"hdr.5" = getelementptr i8, ptr %"data.11", i64 %"cursor.6"
  %".567" = getelementptr i8, ptr %"hdr.5", i64 4
  %".568" = icmp ugt ptr %".567", %"data_end.11"
  br i1 %".568", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".570" = getelementptr i8, ptr %"hdr.5", i64 0
  %".571" = load i16, ptr %".570", align 2
  %".572" = getelementptr i8, ptr %"hdr.5", i64 2
  %".573" = load i16, ptr %".572", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".571", %"tcp.linear"], [%".592", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".573", %"tcp.linear"], [%".594", %"tcp.copy_failed.endif"]
  %"data.37" = phi  ptr [%"data.11", %"tcp.linear"], [%"data.36", %"tcp.copy_failed.endif"]
  %"data_end.37" = phi  ptr [%"data_end.11", %"tcp.linear"], [%"data_end.36", %"tcp.copy_failed.endif"]
  %"keys.37" = phi  ptr [%"keys.11", %"tcp.linear"], [%"keys.36", %"tcp.copy_failed.endif"]
  %".596" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".597" = zext i16 %".596" to i64
  %".598" = trunc i64 %".597" to i16
  %".599" = call i16 @"llvm.bswap.i16"(i16 %".598")
  %".600" = getelementptr i8, ptr %"keys.37", i64 12
  store i16 %".599", ptr %".600", align 2
  %".602" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".603" = zext i16 %".602" to i64
  %".604" = trunc i64 %".603" to i16
  %".605" = call i16 @"llvm.bswap.i16"(i16 %".604")
  %".606" = getelementptr i8, ptr %"keys.37", i64 14
  store i16 %".605", ptr %".606", align 2
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
udp_d0:
  %"cursor.7" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".285", %"ipv6_d0.to_udp"], [%"cursor.80", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"cursor.95", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"cursor.182", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"cursor.197", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"cursor.258", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"cursor.270", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"data.12" = phi  ptr [%"data.10", %"ipv4_d0.to_udp"], [%"data.23", %"ipv6_d0.to_udp"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"data_end.12" = phi  ptr [%"data_end.10", %"ipv4_d0.to_udp"], [%"data_end.23", %"ipv6_d0.to_udp"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"keys.12" = phi  ptr [%"keys.10", %"ipv4_d0.to_udp"], [%"keys.23", %"ipv6_d0.to_udp"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.to_udp"]
  %"hdr.6" = getelementptr i8, ptr %"data.12", i64 %"cursor.7"
  %".614" = getelementptr i8, ptr %"hdr.6", i64 4
  %".615" = icmp ugt ptr %".614", %"data_end.12"
  br i1 %".615", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".617" = getelementptr i8, ptr %"hdr.6", i64 0
  %".618" = load i16, ptr %".617", align 2
  %".619" = getelementptr i8, ptr %"hdr.6", i64 2
  %".620" = load i16, ptr %".619", align 2
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_2.1" = phi  i16 [%".618", %"udp_d0.linear"], [%".639", %"udp_d0.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".620", %"udp_d0.linear"], [%".641", %"udp_d0.copy_failed.endif"]
  %"data.40" = phi  ptr [%"data.12", %"udp_d0.linear"], [%"data.39", %"udp_d0.copy_failed.endif"]
  %"data_end.40" = phi  ptr [%"data_end.12", %"udp_d0.linear"], [%"data_end.39", %"udp_d0.copy_failed.endif"]
  %"keys.40" = phi  ptr [%"keys.12", %"udp_d0.linear"], [%"keys.39", %"udp_d0.copy_failed.endif"]
  %".643" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".644" = zext i16 %".643" to i64
  %".645" = trunc i64 %".644" to i16
  %".646" = call i16 @"llvm.bswap.i16"(i16 %".645")
  %".647" = getelementptr i8, ptr %"keys.40", i64 12
  store i16 %".646", ptr %".647", align 2
  %".649" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".650" = zext i16 %".649" to i64
  %".651" = trunc i64 %".650" to i16
  %".652" = call i16 @"llvm.bswap.i16"(i16 %".651")
  %".653" = getelementptr i8, ptr %"keys.40", i64 14
  store i16 %".652", ptr %".653", align 2
  %".655" = add i64 %"cursor.7", 4
  %".656" = add i64 4, 4
  %".657" = getelementptr i8, ptr %"data.40", i64 %"cursor.7"
  %".658" = getelementptr i8, ptr %".657", i64 %".656"
  %".659" = icmp ugt ptr %".658", %"data_end.40"
  br i1 %".659", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.42" = phi  ptr [%"data.40", %"udp_d0.header"], [%"data.41", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.42" = phi  ptr [%"data_end.40", %"udp_d0.header"], [%"data_end.41", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.42" = phi  ptr [%"keys.40", %"udp_d0.header"], [%"keys.41", %"udp_d0.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.7", %".656"
  %".680" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".681" = zext i16 %".680" to i64
  switch i64 %".681", label %"udp_d0.unknown" [i64 4789, label %"udp_d0.to_vxlan" i64 6081, label %"udp_d0.to_geneve" i64 6080, label %"udp_d0.to_gue" i64 2152, label %"udp_d0.to_gtpu" i64 7777, label %"udp_d0.to_shim"]
udplite:
  %"cursor.8" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".285", %"ipv6_d0.to_udplite"], [%"cursor.53", %"ipv4_d1.to_udplite"], [%"cursor.69", %"ipv6_d1.to_udplite"], [%"cursor.81", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"cursor.96", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"cursor.156", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"cursor.170", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"cursor.183", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"cursor.198", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"cursor.235", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"cursor.249", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"cursor.259", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"cursor.271", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"cursor.294", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"cursor.304", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data.13" = phi  ptr [%"data.10", %"ipv4_d0.to_udplite"], [%"data.23", %"ipv6_d0.to_udplite"], [%"data.71", %"ipv4_d1.to_udplite"], [%"data.75", %"ipv6_d1.to_udplite"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.208", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.210", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data_end.13" = phi  ptr [%"data_end.10", %"ipv4_d0.to_udplite"], [%"data_end.23", %"ipv6_d0.to_udplite"], [%"data_end.71", %"ipv4_d1.to_udplite"], [%"data_end.75", %"ipv6_d1.to_udplite"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.208", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.210", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"keys.13" = phi  ptr [%"keys.10", %"ipv4_d0.to_udplite"], [%"keys.23", %"ipv6_d0.to_udplite"], [%"keys.71", %"ipv4_d1.to_udplite"], [%"keys.75", %"ipv6_d1.to_udplite"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.208", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.210", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"hdr.7" = getelementptr i8, ptr %"data.13", i64 %"cursor.8"
  %".692" = getelementptr i8, ptr %"hdr.7", i64 4
  %".693" = icmp ugt ptr %".692", %"data_end.13"
  br i1 %".693", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".695" = getelementptr i8, ptr %"hdr.7", i64 0
  %".696" = load i16, ptr %".695", align 2
  %".697" = getelementptr i8, ptr %"hdr.7", i64 2
  %".698" = load i16, ptr %".697", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".696", %"udplite.linear"], [%".717", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".698", %"udplite.linear"], [%".719", %"udplite.copy_failed.endif"]
  %"data.49" = phi  ptr [%"data.13", %"udplite.linear"], [%"data.48", %"udplite.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.13", %"udplite.linear"], [%"data_end.48", %"udplite.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.13", %"udplite.linear"], [%"keys.48", %"udplite.copy_failed.endif"]
  %".721" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".722" = zext i16 %".721" to i64
  %".723" = trunc i64 %".722" to i16
  %".724" = call i16 @"llvm.bswap.i16"(i16 %".723")
  %".725" = getelementptr i8, ptr %"keys.49", i64 12
  store i16 %".724", ptr %".725", align 2
  %".727" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".728" = zext i16 %".727" to i64
  %".729" = trunc i64 %".728" to i16
  %".730" = call i16 @"llvm.bswap.i16"(i16 %".729")
  %".731" = getelementptr i8, ptr %"keys.49", i64 14
  store i16 %".730", ptr %".731", align 2
  %".733" = add i64 %"cursor.8", 4
  %".734" = add i64 4, 4
  %".735" = getelementptr i8, ptr %"data.49", i64 %"cursor.8"
  %".736" = getelementptr i8, ptr %".735", i64 %".734"
  %".737" = icmp ugt ptr %".736", %"data_end.49"
  br i1 %".737", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.51" = phi  ptr [%"data.49", %"udplite.header"], [%"data.50", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.49", %"udplite.header"], [%"data_end.50", %"udplite.copy_last_byte_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.49", %"udplite.header"], [%"keys.50", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.8", %".734"
  %".758" = trunc i64 %"cursor.8" to i16
  %".759" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".758", ptr %".759", align 2
  br label %"return"
gre_d0:
  %"cursor.9" = phi  i64 [%"end", %"ipv4_d0.to_gre"], [%".285", %"ipv6_d0.to_gre"], [%"cursor.82", %"ipv6_opts_d0_ipv6_ext1.to_gre"], [%"cursor.97", %"ipv6_frag_d0_ipv6_ext1.to_gre"], [%"cursor.184", %"ipv6_opts_d0_ipv6_ext2.to_gre"], [%"cursor.199", %"ipv6_frag_d0_ipv6_ext2.to_gre"], [%"cursor.260", %"ipv6_opts_d0_ipv6_ext3.to_gre"], [%"cursor.272", %"ipv6_frag_d0_ipv6_ext3.to_gre"]
  %"data.14" = phi  ptr [%"data.10", %"ipv4_d0.to_gre"], [%"data.23", %"ipv6_d0.to_gre"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_gre"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_gre"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_gre"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_gre"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.to_gre"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.to_gre"]
  %"data_end.14" = phi  ptr [%"data_end.10", %"ipv4_d0.to_gre"], [%"data_end.23", %"ipv6_d0.to_gre"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_gre"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_gre"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_gre"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_gre"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.to_gre"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.to_gre"]
  %"keys.14" = phi  ptr [%"keys.10", %"ipv4_d0.to_gre"], [%"keys.23", %"ipv6_d0.to_gre"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_gre"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_gre"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_gre"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_gre"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.to_gre"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.to_gre"]
  %"hdr.8" = getelementptr i8, ptr %"data.14", i64 %"cursor.9"
  %".762" = getelementptr i8, ptr %"hdr.8", i64 4
  %".763" = icmp ugt ptr %".762", %"data_end.14"
  br i1 %".763", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".765" = getelementptr i8, ptr %"hdr.8", i64 0
  %".766" = load i8, ptr %".765", align 1
  %".767" = getelementptr i8, ptr %"hdr.8", i64 1
  %".768" = load i8, ptr %".767", align 1
  %".769" = getelementptr i8, ptr %"hdr.8", i64 2
  %".770" = load i16, ptr %".769", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.2" = phi  i8 [%".766", %"gre_d0.linear"], [%".789", %"gre_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".768", %"gre_d0.linear"], [%".791", %"gre_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".770", %"gre_d0.linear"], [%".793", %"gre_d0.copy_failed.endif"]
  %"data.53" = phi  ptr [%"data.14", %"gre_d0.linear"], [%"data.52", %"gre_d0.copy_failed.endif"]
  %"data_end.53" = phi  ptr [%"data_end.14", %"gre_d0.linear"], [%"data_end.52", %"gre_d0.copy_failed.endif"]
  %"keys.53" = phi  ptr [%"keys.14", %"gre_d0.linear"], [%"keys.52", %"gre_d0.copy_failed.endif"]
  %".795" = zext i8 %"w1_1.1" to i64
  %".796" = and i64 %".795", 7
  %".797" = icmp ne i64 %".796", 0
  %".798" = zext i8 %"w0_1.2" to i64
  %".799" = lshr i64 %".798", 6
  %".800" = and i64 %".799", 1
  %".801" = icmp ne i64 %".800", 0
  %".802" = or i1 %".797", %".801"
  br i1 %".802", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
sctp:
  %"cursor.10" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".285", %"ipv6_d0.to_sctp"], [%"cursor.56", %"ipv4_d1.to_sctp"], [%"cursor.71", %"ipv6_d1.to_sctp"], [%"cursor.83", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"cursor.98", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"cursor.158", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"cursor.172", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"cursor.185", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"cursor.200", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"cursor.237", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"cursor.251", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"cursor.261", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"cursor.273", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"cursor.296", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"cursor.306", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data.15" = phi  ptr [%"data.10", %"ipv4_d0.to_sctp"], [%"data.23", %"ipv6_d0.to_sctp"], [%"data.71", %"ipv4_d1.to_sctp"], [%"data.75", %"ipv6_d1.to_sctp"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.208", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.210", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data_end.15" = phi  ptr [%"data_end.10", %"ipv4_d0.to_sctp"], [%"data_end.23", %"ipv6_d0.to_sctp"], [%"data_end.71", %"ipv4_d1.to_sctp"], [%"data_end.75", %"ipv6_d1.to_sctp"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.208", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.210", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"keys.15" = phi  ptr [%"keys.10", %"ipv4_d0.to_sctp"], [%"keys.23", %"ipv6_d0.to_sctp"], [%"keys.71", %"ipv4_d1.to_sctp"], [%"keys.75", %"ipv6_d1.to_sctp"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.208", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.210", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"hdr.9" = getelementptr i8, ptr %"data.15", i64 %"cursor.10"
  %".898" = getelementptr i8, ptr %"hdr.9", i64 4
  %".899" = icmp ugt ptr %".898", %"data_end.15"
  br i1 %".899", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".901" = getelementptr i8, ptr %"hdr.9", i64 0
  %".902" = load i16, ptr %".901", align 2
  %".903" = getelementptr i8, ptr %"hdr.9", i64 2
  %".904" = load i16, ptr %".903", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".902", %"sctp.linear"], [%".923", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".904", %"sctp.linear"], [%".925", %"sctp.copy_failed.endif"]
  %"data.59" = phi  ptr [%"data.15", %"sctp.linear"], [%"data.58", %"sctp.copy_failed.endif"]
  %"data_end.59" = phi  ptr [%"data_end.15", %"sctp.linear"], [%"data_end.58", %"sctp.copy_failed.endif"]
  %"keys.59" = phi  ptr [%"keys.15", %"sctp.linear"], [%"keys.58", %"sctp.copy_failed.endif"]
  %".927" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".928" = zext i16 %".927" to i64
  %".929" = trunc i64 %".928" to i16
  %".930" = call i16 @"llvm.bswap.i16"(i16 %".929")
  %".931" = getelementptr i8, ptr %"keys.59", i64 12
  store i16 %".930", ptr %".931", align 2
  %".933" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".934" = zext i16 %".933" to i64
  %".935" = trunc i64 %".934" to i16
  %".936" = call i16 @"llvm.bswap.i16"(i16 %".935")
  %".937" = getelementptr i8, ptr %"keys.59", i64 14
  store i16 %".936", ptr %".937", align 2
  %".939" = add i64 %"cursor.10", 4
  %".940" = trunc i64 %"cursor.10" to i16
  %".941" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".940", ptr %".941", align 2
  br label %"return"
dccp:
  %"cursor.11" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".285", %"ipv6_d0.to_dccp"], [%"cursor.57", %"ipv4_d1.to_dccp"], [%"cursor.72", %"ipv6_d1.to_dccp"], [%"cursor.84", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"cursor.99", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"cursor.159", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"cursor.173", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"cursor.186", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"cursor.201", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"cursor.238", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"cursor.252", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"cursor.262", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"cursor.274", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"cursor.297", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"cursor.307", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data.16" = phi  ptr [%"data.10", %"ipv4_d0.to_dccp"], [%"data.23", %"ipv6_d0.to_dccp"], [%"data.71", %"ipv4_d1.to_dccp"], [%"data.75", %"ipv6_d1.to_dccp"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.208", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.210", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data_end.16" = phi  ptr [%"data_end.10", %"ipv4_d0.to_dccp"], [%"data_end.23", %"ipv6_d0.to_dccp"], [%"data_end.71", %"ipv4_d1.to_dccp"], [%"data_end.75", %"ipv6_d1.to_dccp"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.208", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.210", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"keys.16" = phi  ptr [%"keys.10", %"ipv4_d0.to_dccp"], [%"keys.23", %"ipv6_d0.to_dccp"], [%"keys.71", %"ipv4_d1.to_dccp"], [%"keys.75", %"ipv6_d1.to_dccp"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.208", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.210", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.11"
  %".944" = getelementptr i8, ptr %"hdr.10", i64 4
  %".945" = icmp ugt ptr %".944", %"data_end.16"
  br i1 %".945", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".947" = getelementptr i8, ptr %"hdr.10", i64 0
  %".948" = load i16, ptr %".947", align 2
  %".949" = getelementptr i8, ptr %"hdr.10", i64 2
  %".950" = load i16, ptr %".949", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".948", %"dccp.linear"], [%".969", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".950", %"dccp.linear"], [%".971", %"dccp.copy_failed.endif"]
  %"data.61" = phi  ptr [%"data.16", %"dccp.linear"], [%"data.60", %"dccp.copy_failed.endif"]
  %"data_end.61" = phi  ptr [%"data_end.16", %"dccp.linear"], [%"data_end.60", %"dccp.copy_failed.endif"]
  %"keys.61" = phi  ptr [%"keys.16", %"dccp.linear"], [%"keys.60", %"dccp.copy_failed.endif"]
  %".973" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".974" = zext i16 %".973" to i64
  %".975" = trunc i64 %".974" to i16
  %".976" = call i16 @"llvm.bswap.i16"(i16 %".975")
  %".977" = getelementptr i8, ptr %"keys.61", i64 12
  store i16 %".976", ptr %".977", align 2
  %".979" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".980" = zext i16 %".979" to i64
  %".981" = trunc i64 %".980" to i16
  %".982" = call i16 @"llvm.bswap.i16"(i16 %".981")
  %".983" = getelementptr i8, ptr %"keys.61", i64 14
  store i16 %".982", ptr %".983", align 2
  %".985" = add i64 %"cursor.11", 4
  %".986" = trunc i64 %"cursor.11" to i16
  %".987" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".986", ptr %".987", align 2
  br label %"return"
esp:
  %"cursor.12" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".285", %"ipv6_d0.to_esp"], [%"cursor.58", %"ipv4_d1.to_esp"], [%"cursor.73", %"ipv6_d1.to_esp"], [%"cursor.85", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"cursor.100", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"cursor.160", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"cursor.174", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"cursor.187", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"cursor.202", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"cursor.239", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"cursor.253", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"cursor.263", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"cursor.275", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"cursor.298", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"cursor.308", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data.17" = phi  ptr [%"data.10", %"ipv4_d0.to_esp"], [%"data.23", %"ipv6_d0.to_esp"], [%"data.71", %"ipv4_d1.to_esp"], [%"data.75", %"ipv6_d1.to_esp"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.208", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.210", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data_end.17" = phi  ptr [%"data_end.10", %"ipv4_d0.to_esp"], [%"data_end.23", %"ipv6_d0.to_esp"], [%"data_end.71", %"ipv4_d1.to_esp"], [%"data_end.75", %"ipv6_d1.to_esp"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.208", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.210", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"keys.17" = phi  ptr [%"keys.10", %"ipv4_d0.to_esp"], [%"keys.23", %"ipv6_d0.to_esp"], [%"keys.71", %"ipv4_d1.to_esp"], [%"keys.75", %"ipv6_d1.to_esp"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.208", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.210", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.12"
  %".990" = getelementptr i8, ptr %"hdr.11", i64 4
  %".991" = icmp ugt ptr %".990", %"data_end.17"
  br i1 %".991", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".993" = getelementptr i8, ptr %"hdr.11", i64 0
  %".994" = load i32, ptr %".993", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".994", %"esp.linear"], [%".1013", %"esp.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.17", %"esp.linear"], [%"data.62", %"esp.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.17", %"esp.linear"], [%"data_end.62", %"esp.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.17", %"esp.linear"], [%"keys.62", %"esp.copy_failed.endif"]
  %".1015" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1016" = zext i32 %".1015" to i64
  %".1017" = lshr i64 %".1016", 16
  %".1018" = trunc i64 %".1017" to i16
  %".1019" = call i16 @"llvm.bswap.i16"(i16 %".1018")
  %".1020" = getelementptr i8, ptr %"keys.63", i64 12
  store i16 %".1019", ptr %".1020", align 2
  %".1022" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1023" = zext i32 %".1022" to i64
  %".1024" = and i64 %".1023", 65535
  %".1025" = trunc i64 %".1024" to i16
  %".1026" = call i16 @"llvm.bswap.i16"(i16 %".1025")
  %".1027" = getelementptr i8, ptr %"keys.63", i64 14
  store i16 %".1026", ptr %".1027", align 2
  %".1029" = add i64 %"cursor.12", 4
  %".1030" = trunc i64 %"cursor.12" to i16
  %".1031" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1030", ptr %".1031", align 2
  br label %"return"
ah:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".285", %"ipv6_d0.to_ah"], [%"cursor.59", %"ipv4_d1.to_ah"], [%"cursor.74", %"ipv6_d1.to_ah"], [%"cursor.86", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"cursor.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"cursor.161", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"cursor.175", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"cursor.188", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"cursor.203", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"cursor.240", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"cursor.254", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"cursor.264", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"cursor.276", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"cursor.299", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"cursor.309", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data.18" = phi  ptr [%"data.10", %"ipv4_d0.to_ah"], [%"data.23", %"ipv6_d0.to_ah"], [%"data.71", %"ipv4_d1.to_ah"], [%"data.75", %"ipv6_d1.to_ah"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.208", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.210", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data_end.18" = phi  ptr [%"data_end.10", %"ipv4_d0.to_ah"], [%"data_end.23", %"ipv6_d0.to_ah"], [%"data_end.71", %"ipv4_d1.to_ah"], [%"data_end.75", %"ipv6_d1.to_ah"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.208", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.210", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"keys.18" = phi  ptr [%"keys.10", %"ipv4_d0.to_ah"], [%"keys.23", %"ipv6_d0.to_ah"], [%"keys.71", %"ipv4_d1.to_ah"], [%"keys.75", %"ipv6_d1.to_ah"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.208", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.210", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.13"
  %".1034" = getelementptr i8, ptr %"hdr.12", i64 8
  %".1035" = icmp ugt ptr %".1034", %"data_end.18"
  br i1 %".1035", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1037" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1038" = load i32, ptr %".1037", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1038", %"ah.linear"], [%".1057", %"ah.copy_failed.endif"]
  %"data.65" = phi  ptr [%"data.18", %"ah.linear"], [%"data.64", %"ah.copy_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.18", %"ah.linear"], [%"data_end.64", %"ah.copy_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.18", %"ah.linear"], [%"keys.64", %"ah.copy_failed.endif"]
  %".1059" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1060" = zext i32 %".1059" to i64
  %".1061" = lshr i64 %".1060", 16
  %".1062" = trunc i64 %".1061" to i16
  %".1063" = call i16 @"llvm.bswap.i16"(i16 %".1062")
  %".1064" = getelementptr i8, ptr %"keys.65", i64 12
  store i16 %".1063", ptr %".1064", align 2
  %".1066" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1067" = zext i32 %".1066" to i64
  %".1068" = and i64 %".1067", 65535
  %".1069" = trunc i64 %".1068" to i16
  %".1070" = call i16 @"llvm.bswap.i16"(i16 %".1069")
  %".1071" = getelementptr i8, ptr %"keys.65", i64 14
  store i16 %".1070", ptr %".1071", align 2
  %".1073" = add i64 %"cursor.13", 8
  %".1074" = trunc i64 %"cursor.13" to i16
  %".1075" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1074", ptr %".1075", align 2
  br label %"return"
icmp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.4", %"ipv4_d1.to_icmp"]
  %"data.19" = phi  ptr [%"data.10", %"ipv4_d0.to_icmp"], [%"data.71", %"ipv4_d1.to_icmp"]
  %"data_end.19" = phi  ptr [%"data_end.10", %"ipv4_d0.to_icmp"], [%"data_end.71", %"ipv4_d1.to_icmp"]
  %"keys.19" = phi  ptr [%"keys.10", %"ipv4_d0.to_icmp"], [%"keys.71", %"ipv4_d1.to_icmp"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.14"
  %".1078" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1079" = icmp ugt ptr %".1078", %"data_end.19"
  br i1 %".1079", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.67" = phi  ptr [%"data.19", %"icmp.linear"], [%"data.66", %"icmp.copy_failed.endif"]
  %"data_end.67" = phi  ptr [%"data_end.19", %"icmp.linear"], [%"data_end.66", %"icmp.copy_failed.endif"]
  %"keys.67" = phi  ptr [%"keys.19", %"icmp.linear"], [%"keys.66", %"icmp.copy_failed.endif"]
  %".1099" = add i64 %"cursor.14", 4
  %".1100" = trunc i64 %"cursor.14" to i16
  %".1101" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1100", ptr %".1101", align 2
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
  %"cursor.16" = phi  i64 [%"cursor.17", %"ipv4_d0.stop_at_encap.endif"], [%"cursor.25", %"ipv6_d0.stop_at_encap.endif"], [%"cursor.43", %"gre_d0.to_ipv4"], [%"cursor.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.104", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.113", %"ip_version_d1.to_ipv4"], [%"cursor.117", %"geneve_d0.to_ipv4"], [%"cursor.119", %"gue_d0.to_ipv4"], [%"cursor.126", %"shim_d0.to_ipv4"], [%"cursor.127", %"ethernet_d1.to_ipv4"], [%"cursor.191", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.206", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.213", %"vlan_d1_vlan_tags1.to_ipv4"], [%"cursor.221", %"pppoe_d1.to_ipv4"], [%"cursor.267", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.279", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.285", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data.20" = phi  ptr [%"data.10", %"ipv4_d0.stop_at_encap.endif"], [%"data.23", %"ipv6_d0.stop_at_encap.endif"], [%"data.55", %"gre_d0.to_ipv4"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.94", %"ip_version_d1.to_ipv4"], [%"data.104", %"geneve_d0.to_ipv4"], [%"data.108", %"gue_d0.to_ipv4"], [%"data.114", %"shim_d0.to_ipv4"], [%"data.116", %"ethernet_d1.to_ipv4"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.160", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.163", %"pppoe_d1.to_ipv4"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.201", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"data_end.20" = phi  ptr [%"data_end.10", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.23", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.55", %"gre_d0.to_ipv4"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.94", %"ip_version_d1.to_ipv4"], [%"data_end.104", %"geneve_d0.to_ipv4"], [%"data_end.108", %"gue_d0.to_ipv4"], [%"data_end.114", %"shim_d0.to_ipv4"], [%"data_end.116", %"ethernet_d1.to_ipv4"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.160", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.163", %"pppoe_d1.to_ipv4"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.201", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"keys.20" = phi  ptr [%"keys.10", %"ipv4_d0.stop_at_encap.endif"], [%"keys.23", %"ipv6_d0.stop_at_encap.endif"], [%"keys.55", %"gre_d0.to_ipv4"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.94", %"ip_version_d1.to_ipv4"], [%"keys.104", %"geneve_d0.to_ipv4"], [%"keys.108", %"gue_d0.to_ipv4"], [%"keys.114", %"shim_d0.to_ipv4"], [%"keys.116", %"ethernet_d1.to_ipv4"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.160", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.163", %"pppoe_d1.to_ipv4"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.201", %"vlan_d1_vlan_tags2.to_ipv4"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1104" = getelementptr i8, ptr %"hdr.14", i64 20
  %".1105" = icmp ugt ptr %".1104", %"data_end.20"
  br i1 %".1105", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1107" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1108" = load i8, ptr %".1107", align 1
  %".1109" = getelementptr i8, ptr %"hdr.14", i64 6
  %".1110" = load i16, ptr %".1109", align 2
  %".1111" = getelementptr i8, ptr %"hdr.14", i64 9
  %".1112" = load i8, ptr %".1111", align 1
  %".1113" = getelementptr i8, ptr %"hdr.14", i64 12
  %".1114" = load i32, ptr %".1113", align 4
  %".1115" = getelementptr i8, ptr %"hdr.14", i64 16
  %".1116" = load i32, ptr %".1115", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.3" = phi  i8 [%".1108", %"ipv4_d1.linear"], [%".1135", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1110", %"ipv4_d1.linear"], [%".1137", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1112", %"ipv4_d1.linear"], [%".1139", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1114", %"ipv4_d1.linear"], [%".1141", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1116", %"ipv4_d1.linear"], [%".1143", %"ipv4_d1.copy_failed.endif"]
  %"data.69" = phi  ptr [%"data.20", %"ipv4_d1.linear"], [%"data.68", %"ipv4_d1.copy_failed.endif"]
  %"data_end.69" = phi  ptr [%"data_end.20", %"ipv4_d1.linear"], [%"data_end.68", %"ipv4_d1.copy_failed.endif"]
  %"keys.69" = phi  ptr [%"keys.20", %"ipv4_d1.linear"], [%"keys.68", %"ipv4_d1.copy_failed.endif"]
  %".1145" = zext i8 %"w0_1.3" to i64
  %".1146" = and i64 %".1145", 15
  %".1147" = icmp uge i64 %".1146", 5
  %".1148" = xor i1 %".1147", -1
  br i1 %".1148", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
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
  %"cursor.18" = phi  i64 [%"cursor.19", %"ipv4_d0.stop_at_encap.endif.1"], [%"cursor.26", %"ipv6_d0.stop_at_encap.endif.1"], [%"cursor.44", %"gre_d0.to_ipv6"], [%"cursor.90", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.105", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.114", %"ip_version_d1.to_ipv6"], [%"cursor.118", %"geneve_d0.to_ipv6"], [%"cursor.120", %"gue_d0.to_ipv6"], [%"cursor.128", %"ethernet_d1.to_ipv6"], [%"cursor.192", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.207", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.214", %"vlan_d1_vlan_tags1.to_ipv6"], [%"cursor.222", %"pppoe_d1.to_ipv6"], [%"cursor.268", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.280", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.286", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data.21" = phi  ptr [%"data.10", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.23", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.55", %"gre_d0.to_ipv6"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.94", %"ip_version_d1.to_ipv6"], [%"data.104", %"geneve_d0.to_ipv6"], [%"data.108", %"gue_d0.to_ipv6"], [%"data.116", %"ethernet_d1.to_ipv6"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.160", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.163", %"pppoe_d1.to_ipv6"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.201", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"data_end.21" = phi  ptr [%"data_end.10", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.23", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.55", %"gre_d0.to_ipv6"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.94", %"ip_version_d1.to_ipv6"], [%"data_end.104", %"geneve_d0.to_ipv6"], [%"data_end.108", %"gue_d0.to_ipv6"], [%"data_end.116", %"ethernet_d1.to_ipv6"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.160", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.163", %"pppoe_d1.to_ipv6"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.201", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"keys.21" = phi  ptr [%"keys.10", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.23", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.55", %"gre_d0.to_ipv6"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.94", %"ip_version_d1.to_ipv6"], [%"keys.104", %"geneve_d0.to_ipv6"], [%"keys.108", %"gue_d0.to_ipv6"], [%"keys.116", %"ethernet_d1.to_ipv6"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.160", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.163", %"pppoe_d1.to_ipv6"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.201", %"vlan_d1_vlan_tags2.to_ipv6"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1320" = getelementptr i8, ptr %"hdr.15", i64 40
  %".1321" = icmp ugt ptr %".1320", %"data_end.21"
  br i1 %".1321", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1323" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1324" = load i32, ptr %".1323", align 4
  %".1325" = getelementptr i8, ptr %"hdr.15", i64 6
  %".1326" = load i8, ptr %".1325", align 1
  %".1327" = getelementptr i8, ptr %"hdr.15", i64 8
  %".1328" = load i64, ptr %".1327", align 8
  %".1329" = getelementptr i8, ptr %"hdr.15", i64 16
  %".1330" = load i64, ptr %".1329", align 8
  %".1331" = getelementptr i8, ptr %"hdr.15", i64 24
  %".1332" = load i64, ptr %".1331", align 8
  %".1333" = getelementptr i8, ptr %"hdr.15", i64 32
  %".1334" = load i64, ptr %".1333", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1324", %"ipv6_d1.linear"], [%".1353", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1326", %"ipv6_d1.linear"], [%".1355", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1328", %"ipv6_d1.linear"], [%".1357", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1330", %"ipv6_d1.linear"], [%".1359", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1332", %"ipv6_d1.linear"], [%".1361", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1334", %"ipv6_d1.linear"], [%".1363", %"ipv6_d1.copy_failed.endif"]
  %"data.75" = phi  ptr [%"data.21", %"ipv6_d1.linear"], [%"data.74", %"ipv6_d1.copy_failed.endif"]
  %"data_end.75" = phi  ptr [%"data_end.21", %"ipv6_d1.linear"], [%"data_end.74", %"ipv6_d1.copy_failed.endif"]
  %"keys.75" = phi  ptr [%"keys.21", %"ipv6_d1.linear"], [%"keys.74", %"ipv6_d1.copy_failed.endif"]
  %".1365" = trunc i64 34525 to i16
  %".1366" = getelementptr i8, ptr %"keys.75", i64 4
  store i16 %".1365", ptr %".1366", align 2
  %".1368" = trunc i64 34525 to i16
  %".1369" = call i16 @"llvm.bswap.i16"(i16 %".1368")
  %".1370" = getelementptr i8, ptr %"keys.75", i64 10
  store i16 %".1369", ptr %".1370", align 2
  %".1372" = getelementptr i8, ptr %"keys.75", i64 16
  store i64 %"w8_8.1", ptr %".1372", align 8
  %".1374" = getelementptr i8, ptr %"keys.75", i64 24
  store i64 %"w16_8.1", ptr %".1374", align 8
  %".1376" = getelementptr i8, ptr %"keys.75", i64 32
  store i64 %"w24_8.1", ptr %".1376", align 8
  %".1378" = getelementptr i8, ptr %"keys.75", i64 40
  store i64 %"w32_8.1", ptr %".1378", align 8
  %".1380" = zext i8 %"w6_1.1" to i64
  %".1381" = trunc i64 %".1380" to i8
  %".1382" = getelementptr i8, ptr %"keys.75", i64 9
  store i8 %".1381", ptr %".1382", align 1
  %".1384" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1385" = zext i32 %".1384" to i64
  %".1386" = and i64 %".1385", 1048575
  %".1387" = trunc i64 %".1386" to i32
  %".1388" = call i32 @"llvm.bswap.i32"(i32 %".1387")
  %".1389" = getelementptr i8, ptr %"keys.75", i64 52
  store i32 %".1388", ptr %".1389", align 4
  %".1391" = add i64 %"cursor.18", 40
  %".1392" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1393" = zext i32 %".1392" to i64
  %".1394" = and i64 %".1393", 1048575
  %".1395" = icmp ne i64 %".1394", 0
  %".1396" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.11" = load volatile i32, ptr %".1396", align 4
  %".1397" = and i32 %"flags.11", 2
  %".1398" = icmp ne i32 %".1397", 0
  %".1399" = and i1 %".1395", %".1398"
  br i1 %".1399", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
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
  br label %"udp_d0"
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
  br label %"mpls_d0_mpls_labels1"
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
  %".1522" = getelementptr i8, ptr %"hdr.16", i64 2
  %".1523" = icmp ugt ptr %".1522", %"data_end.24"
  br i1 %".1523", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1525" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1526" = load i8, ptr %".1525", align 1
  %".1527" = getelementptr i8, ptr %"hdr.16", i64 1
  %".1528" = load i8, ptr %".1527", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.4" = phi  i8 [%".1526", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1547", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1528", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1549", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.24", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.78", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.24", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.78", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.24", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.78", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1551" = zext i8 %"w0_1.4" to i64
  %".1552" = trunc i64 %".1551" to i8
  %".1553" = getelementptr i8, ptr %"keys.79", i64 9
  store i8 %".1552", ptr %".1553", align 1
  %".1555" = add i64 %"cursor.20", 2
  %".1556" = zext i8 %"w1_1.2" to i64
  %".1557" = mul i64 %".1556", 8
  %".1558" = add i64 %".1557", 6
  %".1559" = add i64 %".1558", 2
  %".1560" = getelementptr i8, ptr %"data.79", i64 %"cursor.20"
  %".1561" = getelementptr i8, ptr %".1560", i64 %".1559"
  %".1562" = icmp ugt ptr %".1561", %"data_end.79"
  br i1 %".1562", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext1.variable_part:
  %"data.81" = phi  ptr [%"data.79", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data.80", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.79", %"ipv6_opts_d0_ipv6_ext1.header"], [%"data_end.80", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.79", %"ipv6_opts_d0_ipv6_ext1.header"], [%"keys.80", %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.20", %".1559"
  %".1583" = zext i8 %"w0_1.4" to i64
  switch i64 %".1583", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.22" = phi  i64 [%".285", %"ipv6_d0.to_ipv6_frag"]
  %"data.25" = phi  ptr [%"data.23", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.25" = phi  ptr [%"data_end.23", %"ipv6_d0.to_ipv6_frag"]
  %"keys.25" = phi  ptr [%"keys.23", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.17" = getelementptr i8, ptr %"data.25", i64 %"cursor.22"
  %".1694" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1695" = icmp ugt ptr %".1694", %"data_end.25"
  br i1 %".1695", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1697" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1698" = load i8, ptr %".1697", align 1
  %".1699" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1700" = load i16, ptr %".1699", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1698", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1719", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1700", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1721", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.85" = phi  ptr [%"data.25", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.84", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.25", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.84", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.25", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.84", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1723" = zext i8 %"w0_1.5" to i64
  %".1724" = trunc i64 %".1723" to i8
  %".1725" = getelementptr i8, ptr %"keys.85", i64 9
  store i8 %".1724", ptr %".1725", align 1
  %".1727" = add i64 %"cursor.22", 8
  %".1728" = icmp ne i64 1, 0
  %".1729" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1730" = zext i16 %".1729" to i64
  %".1731" = and i64 %".1730", 65528
  %".1732" = icmp eq i64 %".1731", 0
  br i1 %".1728", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.23" = phi  i64 [%".285", %"ipv6_d0.to_icmpv6"], [%".1391", %"ipv6_d1.to_icmpv6"], [%"cursor.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"cursor.102", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"cursor.162", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"cursor.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"cursor.189", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"cursor.204", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"cursor.241", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"cursor.255", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"cursor.265", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"cursor.277", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"cursor.300", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"cursor.310", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data.26" = phi  ptr [%"data.23", %"ipv6_d0.to_icmpv6"], [%"data.75", %"ipv6_d1.to_icmpv6"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.192", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.194", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.208", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.210", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data_end.26" = phi  ptr [%"data_end.23", %"ipv6_d0.to_icmpv6"], [%"data_end.75", %"ipv6_d1.to_icmpv6"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.192", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.194", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.208", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.210", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"keys.26" = phi  ptr [%"keys.23", %"ipv6_d0.to_icmpv6"], [%"keys.75", %"ipv6_d1.to_icmpv6"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.192", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.194", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.208", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.210", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"hdr.18" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1875" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1876" = icmp ugt ptr %".1875", %"data_end.26"
  br i1 %".1876", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.87" = phi  ptr [%"data.26", %"icmpv6.linear"], [%"data.86", %"icmpv6.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.26", %"icmpv6.linear"], [%"data_end.86", %"icmpv6.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.26", %"icmpv6.linear"], [%"keys.86", %"icmpv6.copy_failed.endif"]
  %".1896" = add i64 %"cursor.23", 4
  %".1897" = trunc i64 %"cursor.23" to i16
  %".1898" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1897", ptr %".1898", align 2
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
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags1.to_mpls.1:
  %".417" = getelementptr i8, ptr %"keys.28", i64 2
  %".418" = trunc i64 %".396" to i16
  store volatile i16 %".418", ptr %".417", align 2
  %".420" = load volatile i16, ptr %".417", align 2
  %".421" = zext i16 %".420" to i64
  %"cursor.29" = and i64 %".421", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags1.to_pppoe:
  br label %"pppoe_d0"
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".396", %"vlan_d0_vlan_tags1.to_vlan"], [%".396", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data.29" = phi  ptr [%"data.28", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.28", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.28", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"keys.29" = phi  ptr [%"keys.28", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.28", %"vlan_d0_vlan_tags1.to_vlan.1"]
  %"hdr.19" = getelementptr i8, ptr %"data.29", i64 %"cursor.27"
  %".1901" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1902" = icmp ugt ptr %".1901", %"data_end.29"
  br i1 %".1902", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1904" = getelementptr i8, ptr %"hdr.19", i64 2
  %".1905" = load i16, ptr %".1904", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1905", %"vlan_d0_vlan_tags2.linear"], [%".1924", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.89" = phi  ptr [%"data.29", %"vlan_d0_vlan_tags2.linear"], [%"data.88", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.29", %"vlan_d0_vlan_tags2.linear"], [%"data_end.88", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.29", %"vlan_d0_vlan_tags2.linear"], [%"keys.88", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1926" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1927" = zext i16 %".1926" to i64
  %".1928" = trunc i64 %".1927" to i16
  %".1929" = call i16 @"llvm.bswap.i16"(i16 %".1928")
  %".1930" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1929", ptr %".1930", align 2
  %".1932" = add i64 %"cursor.27", 4
  %".1933" = trunc i64 %".1932" to i16
  %".1934" = getelementptr i8, ptr %"keys.89", i64 0
  store i16 %".1933", ptr %".1934", align 2
  %".1936" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1937" = zext i16 %".1936" to i64
  switch i64 %".1937", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe"]
mpls_d0_mpls_labels1.copy:
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
  br i1 %".440", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".442" = trunc i64 %"cursor.4" to i16
  %".443" = getelementptr i8, ptr %"keys.30", i64 2
  store i16 %".442", ptr %".443", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".446" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".447" = load volatile i8, [40 x i8]* %".446", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".453" = trunc i64 %".449" to i16
  %".454" = getelementptr i8, ptr %"keys.31", i64 2
  store i16 %".453", ptr %".454", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels1.to_ip_version:
  %".458" = getelementptr i8, ptr %"keys.31", i64 8
  store i8 1, ptr %".458", align 1
  %".460" = getelementptr i8, ptr %"keys.31", i64 48
  %"flags.6" = load volatile i32, ptr %".460", align 4
  %".461" = and i32 %"flags.6", 4
  %".462" = icmp ne i32 %".461", 0
  br i1 %".462", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
mpls_d0_mpls_labels2:
  %"cursor.30" = phi  i64 [%".449", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.32" = phi  ptr [%"data.31", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.32" = phi  ptr [%"data_end.31", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.32" = phi  ptr [%"keys.31", %"mpls_d0_mpls_labels1.to_mpls"]
  %"hdr.20" = getelementptr i8, ptr %"data.32", i64 %"cursor.30"
  %".1981" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1982" = icmp ugt ptr %".1981", %"data_end.32"
  br i1 %".1982", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".1984" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1985" = load i8, ptr %".1984", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".1985", %"mpls_d0_mpls_labels2.linear"], [%".2004", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.32", %"mpls_d0_mpls_labels2.linear"], [%"data.90", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.32", %"mpls_d0_mpls_labels2.linear"], [%"data_end.90", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.32", %"mpls_d0_mpls_labels2.linear"], [%"keys.90", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2006" = add i64 %"cursor.30", 4
  %".2007" = zext i8 %"w2_1.1" to i64
  %".2008" = and i64 %".2007", 1
  switch i64 %".2008", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels1.stop_at_encap:
  %".464" = trunc i64 %".449" to i16
  %".465" = getelementptr i8, ptr %"keys.31", i64 2
  store i16 %".464", ptr %".465", align 2
  br label %"return"
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".468" = getelementptr i8, ptr %"keys.31", i64 2
  %".469" = trunc i64 %".449" to i16
  store volatile i16 %".469", ptr %".468", align 2
  %".471" = load volatile i16, ptr %".468", align 2
  %".472" = zext i16 %".471" to i64
  %"cursor.32" = and i64 %".472", 16383
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.31" = phi  i64 [%"cursor.32", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"cursor.112", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"cursor.121", %"gtpu_d0.to_ip_version"], [%"cursor.209", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"cursor.210", %"gtpu_opt_d1.to_ip_version"], [%"cursor.281", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"cursor.282", %"gtpu_next_d1.to_ip_version"], [%"cursor.314", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"cursor.319", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"data.33" = phi  ptr [%"data.31", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.91", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.110", %"gtpu_d0.to_ip_version"], [%"data.152", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.155", %"gtpu_opt_d1.to_ip_version"], [%"data.196", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.198", %"gtpu_next_d1.to_ip_version"], [%"data.219", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.227", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"data_end.33" = phi  ptr [%"data_end.31", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.91", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.110", %"gtpu_d0.to_ip_version"], [%"data_end.152", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.155", %"gtpu_opt_d1.to_ip_version"], [%"data_end.196", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.198", %"gtpu_next_d1.to_ip_version"], [%"data_end.219", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.227", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"keys.33" = phi  ptr [%"keys.31", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.91", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.110", %"gtpu_d0.to_ip_version"], [%"keys.152", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.155", %"gtpu_opt_d1.to_ip_version"], [%"keys.196", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.198", %"gtpu_next_d1.to_ip_version"], [%"keys.219", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.227", %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
  %"hdr.21" = getelementptr i8, ptr %"data.33", i64 %"cursor.31"
  %".2031" = getelementptr i8, ptr %"hdr.21", i64 1
  %".2032" = icmp ugt ptr %".2031", %"data_end.33"
  br i1 %".2032", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2034" = getelementptr i8, ptr %"hdr.21", i64 0
  %".2035" = load i8, ptr %".2034", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.6" = phi  i8 [%".2035", %"ip_version_d1.linear"], [%".2054", %"ip_version_d1.copy_failed.endif"]
  %"data.94" = phi  ptr [%"data.33", %"ip_version_d1.linear"], [%"data.93", %"ip_version_d1.copy_failed.endif"]
  %"data_end.94" = phi  ptr [%"data_end.33", %"ip_version_d1.linear"], [%"data_end.93", %"ip_version_d1.copy_failed.endif"]
  %"keys.94" = phi  ptr [%"keys.33", %"ip_version_d1.linear"], [%"keys.93", %"ip_version_d1.copy_failed.endif"]
  %".2056" = zext i8 %"w0_1.6" to i64
  %".2057" = lshr i64 %".2056", 4
  %".2058" = and i64 %".2057", 15
  switch i64 %".2058", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
pppoe_d0.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".484" = trunc i64 %"cursor.5" to i32
  %".485" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".484", [40 x i8]* %"header_copy", i32 8)
  %".486" = icmp eq i64 %".485", 0
  %".487" = getelementptr i8, ptr %"ctx.6", i64 76
  %".488" = load i32, ptr %".487", align 4
  %".489" = zext i32 %".488" to i64
  %"data.34" = inttoptr i64 %".489" to ptr
  %".490" = getelementptr i8, ptr %"ctx.6", i64 80
  %".491" = load i32, ptr %".490", align 4
  %".492" = zext i32 %".491" to i64
  %"data_end.34" = inttoptr i64 %".492" to ptr
  %".493" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.34" = load ptr, ptr %".493", align 8
  %".494" = xor i1 %".486", -1
  br i1 %".494", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".496" = trunc i64 %"cursor.5" to i16
  %".497" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".496", ptr %".497", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".500" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".501" = load volatile i8, [40 x i8]* %".500", align 1
  %".502" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".503" = load volatile i8, [40 x i8]* %".502", align 1
  %".504" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".505" = load volatile i16, [40 x i8]* %".504", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".520" = trunc i64 %"cursor.5" to i16
  %".521" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".520", ptr %".521", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".524" = add i64 %"cursor.5", 8
  %".525" = trunc i64 %".524" to i16
  %".526" = getelementptr i8, ptr %"keys.35", i64 0
  store i16 %".525", ptr %".526", align 2
  %".528" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".529" = zext i16 %".528" to i64
  switch i64 %".529", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]
pppoe_d0.unknown:
  %".531" = trunc i64 %".524" to i16
  %".532" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".531", ptr %".532", align 2
  br label %"return"
pppoe_d0.to_ipv4:
  %".535" = getelementptr i8, ptr %"keys.35", i64 2
  %".536" = trunc i64 %".524" to i16
  store volatile i16 %".536", ptr %".535", align 2
  %".538" = load volatile i16, ptr %".535", align 2
  %".539" = zext i16 %".538" to i64
  %"cursor.33" = and i64 %".539", 16383
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".541" = getelementptr i8, ptr %"keys.35", i64 2
  %".542" = trunc i64 %".524" to i16
  store volatile i16 %".542", ptr %".541", align 2
  %".544" = load volatile i16, ptr %".541", align 2
  %".545" = zext i16 %".544" to i64
  %"cursor.34" = and i64 %".545", 16383
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".547" = trunc i64 34887 to i16
  %".548" = call i16 @"llvm.bswap.i16"(i16 %".547")
  %".549" = getelementptr i8, ptr %"keys.35", i64 10
  store i16 %".548", ptr %".549", align 2
  %".551" = getelementptr i8, ptr %"keys.35", i64 2
  %".552" = trunc i64 %".524" to i16
  store volatile i16 %".552", ptr %".551", align 2
  %".554" = load volatile i16, ptr %".551", align 2
  %".555" = zext i16 %".554" to i64
  %"cursor.35" = and i64 %".555", 16383
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".557" = trunc i64 34888 to i16
  %".558" = call i16 @"llvm.bswap.i16"(i16 %".557")
  %".559" = getelementptr i8, ptr %"keys.35", i64 10
  store i16 %".558", ptr %".559", align 2
  %".561" = getelementptr i8, ptr %"keys.35", i64 2
  %".562" = trunc i64 %".524" to i16
  store volatile i16 %".562", ptr %".561", align 2
  %".564" = load volatile i16, ptr %".561", align 2
  %".565" = zext i16 %".564" to i64
  %"cursor.36" = and i64 %".565", 16383
  br label %"mpls_d0_mpls_labels1"
tcp.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".575" = trunc i64 %"cursor.6" to i32
  %".576" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".575", [40 x i8]* %"header_copy", i32 4)
  %".577" = icmp eq i64 %".576", 0
  %".578" = getelementptr i8, ptr %"ctx.7", i64 76
  %".579" = load i32, ptr %".578", align 4
  %".580" = zext i32 %".579" to i64
  %"data.36" = inttoptr i64 %".580" to ptr
  %".581" = getelementptr i8, ptr %"ctx.7", i64 80
  %".582" = load i32, ptr %".581", align 4
  %".583" = zext i32 %".582" to i64
  %"data_end.36" = inttoptr i64 %".583" to ptr
  %".584" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.36" = load ptr, ptr %".584", align 8
  %".585" = xor i1 %".577", -1
  br i1 %".585", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".587" = trunc i64 %"cursor.6" to i16
  %".588" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".587", ptr %".588", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".591" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".592" = load volatile i16, [40 x i8]* %".591", align 2
  %".593" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".594" = load volatile i16, [40 x i8]* %".593", align 2
  br label %"tcp.header"
tcp.unknown:
  %".609" = trunc i64 %"cursor.6" to i16
  %".610" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".609", ptr %".610", align 2
  br label %"return"
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.6", %"tcp.to_tcp_header"]
  %"data.38" = phi  ptr [%"data.37", %"tcp.to_tcp_header"]
  %"data_end.38" = phi  ptr [%"data_end.37", %"tcp.to_tcp_header"]
  %"keys.38" = phi  ptr [%"keys.37", %"tcp.to_tcp_header"]
  %"hdr.22" = getelementptr i8, ptr %"data.38", i64 %"cursor.37"
  %".2076" = getelementptr i8, ptr %"hdr.22", i64 20
  %".2077" = icmp ugt ptr %".2076", %"data_end.38"
  br i1 %".2077", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2079" = getelementptr i8, ptr %"hdr.22", i64 12
  %".2080" = load i8, ptr %".2079", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2080", %"tcp_header.linear"], [%".2099", %"tcp_header.copy_failed.endif"]
  %"data.96" = phi  ptr [%"data.38", %"tcp_header.linear"], [%"data.95", %"tcp_header.copy_failed.endif"]
  %"data_end.96" = phi  ptr [%"data_end.38", %"tcp_header.linear"], [%"data_end.95", %"tcp_header.copy_failed.endif"]
  %"keys.96" = phi  ptr [%"keys.38", %"tcp_header.linear"], [%"keys.95", %"tcp_header.copy_failed.endif"]
  %".2101" = zext i8 %"w12_1" to i64
  %".2102" = lshr i64 %".2101", 4
  %".2103" = and i64 %".2102", 15
  %".2104" = icmp uge i64 %".2103", 5
  %".2105" = xor i1 %".2104", -1
  br i1 %".2105", label %"tcp_header.require", label %"tcp_header.require.endif"
udp_d0.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".622" = trunc i64 %"cursor.7" to i32
  %".623" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".622", [40 x i8]* %"header_copy", i32 4)
  %".624" = icmp eq i64 %".623", 0
  %".625" = getelementptr i8, ptr %"ctx.8", i64 76
  %".626" = load i32, ptr %".625", align 4
  %".627" = zext i32 %".626" to i64
  %"data.39" = inttoptr i64 %".627" to ptr
  %".628" = getelementptr i8, ptr %"ctx.8", i64 80
  %".629" = load i32, ptr %".628", align 4
  %".630" = zext i32 %".629" to i64
  %"data_end.39" = inttoptr i64 %".630" to ptr
  %".631" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.39" = load ptr, ptr %".631", align 8
  %".632" = xor i1 %".624", -1
  br i1 %".632", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".634" = trunc i64 %"cursor.7" to i16
  %".635" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".634", ptr %".635", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".638" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".639" = load volatile i16, [40 x i8]* %".638", align 2
  %".640" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".641" = load volatile i16, [40 x i8]* %".640", align 2
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".661" = add i64 %"cursor.7", %".656"
  %".662" = sub i64 %".661", 1
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".663" = trunc i64 %".662" to i32
  %".664" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".663", i64* %"last_byte", i32 1)
  %".665" = icmp eq i64 %".664", 0
  %".666" = getelementptr i8, ptr %"ctx.9", i64 76
  %".667" = load i32, ptr %".666", align 4
  %".668" = zext i32 %".667" to i64
  %"data.41" = inttoptr i64 %".668" to ptr
  %".669" = getelementptr i8, ptr %"ctx.9", i64 80
  %".670" = load i32, ptr %".669", align 4
  %".671" = zext i32 %".670" to i64
  %"data_end.41" = inttoptr i64 %".671" to ptr
  %".672" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.41" = load ptr, ptr %".672", align 8
  %".673" = xor i1 %".665", -1
  br i1 %".673", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".675" = trunc i64 %"cursor.7" to i16
  %".676" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".675", ptr %".676", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".683" = trunc i64 %"cursor.7" to i16
  %".684" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".683", ptr %".684", align 2
  br label %"return"
udp_d0.to_vxlan:
  br label %"vxlan_d0"
udp_d0.to_geneve:
  br label %"geneve_d0"
udp_d0.to_gue:
  br label %"gue_d0"
udp_d0.to_gtpu:
  br label %"gtpu_d0"
udp_d0.to_shim:
  br label %"shim_d0"
vxlan_d0:
  %"cursor.38" = phi  i64 [%"end.1", %"udp_d0.to_vxlan"]
  %"data.43" = phi  ptr [%"data.42", %"udp_d0.to_vxlan"]
  %"data_end.43" = phi  ptr [%"data_end.42", %"udp_d0.to_vxlan"]
  %"keys.43" = phi  ptr [%"keys.42", %"udp_d0.to_vxlan"]
  %"hdr.23" = getelementptr i8, ptr %"data.43", i64 %"cursor.38"
  %".2145" = getelementptr i8, ptr %"hdr.23", i64 8
  %".2146" = icmp ugt ptr %".2145", %"data_end.43"
  br i1 %".2146", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.100" = phi  ptr [%"data.43", %"vxlan_d0.linear"], [%"data.99", %"vxlan_d0.copy_failed.endif"]
  %"data_end.100" = phi  ptr [%"data_end.43", %"vxlan_d0.linear"], [%"data_end.99", %"vxlan_d0.copy_failed.endif"]
  %"keys.100" = phi  ptr [%"keys.43", %"vxlan_d0.linear"], [%"keys.99", %"vxlan_d0.copy_failed.endif"]
  %".2166" = add i64 %"cursor.38", 8
  %".2167" = getelementptr i8, ptr %"keys.100", i64 8
  store i8 1, ptr %".2167", align 1
  %".2169" = getelementptr i8, ptr %"keys.100", i64 48
  %"flags.20" = load volatile i32, ptr %".2169", align 4
  %".2170" = and i32 %"flags.20", 4
  %".2171" = icmp ne i32 %".2170", 0
  br i1 %".2171", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
geneve_d0:
  %"cursor.39" = phi  i64 [%"end.1", %"udp_d0.to_geneve"]
  %"data.44" = phi  ptr [%"data.42", %"udp_d0.to_geneve"]
  %"data_end.44" = phi  ptr [%"data_end.42", %"udp_d0.to_geneve"]
  %"keys.44" = phi  ptr [%"keys.42", %"udp_d0.to_geneve"]
  %"hdr.24" = getelementptr i8, ptr %"data.44", i64 %"cursor.39"
  %".2188" = getelementptr i8, ptr %"hdr.24", i64 8
  %".2189" = icmp ugt ptr %".2188", %"data_end.44"
  br i1 %".2189", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2191" = getelementptr i8, ptr %"hdr.24", i64 0
  %".2192" = load i8, ptr %".2191", align 1
  %".2193" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2194" = load i16, ptr %".2193", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.7" = phi  i8 [%".2192", %"geneve_d0.linear"], [%".2213", %"geneve_d0.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".2194", %"geneve_d0.linear"], [%".2215", %"geneve_d0.copy_failed.endif"]
  %"data.102" = phi  ptr [%"data.44", %"geneve_d0.linear"], [%"data.101", %"geneve_d0.copy_failed.endif"]
  %"data_end.102" = phi  ptr [%"data_end.44", %"geneve_d0.linear"], [%"data_end.101", %"geneve_d0.copy_failed.endif"]
  %"keys.102" = phi  ptr [%"keys.44", %"geneve_d0.linear"], [%"keys.101", %"geneve_d0.copy_failed.endif"]
  %".2217" = zext i8 %"w0_1.7" to i64
  %".2218" = lshr i64 %".2217", 6
  %".2219" = and i64 %".2218", 3
  %".2220" = icmp ne i64 %".2219", 0
  br i1 %".2220", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif"
gue_d0:
  %"cursor.40" = phi  i64 [%"end.1", %"udp_d0.to_gue"]
  %"data.45" = phi  ptr [%"data.42", %"udp_d0.to_gue"]
  %"data_end.45" = phi  ptr [%"data_end.42", %"udp_d0.to_gue"]
  %"keys.45" = phi  ptr [%"keys.42", %"udp_d0.to_gue"]
  %"hdr.25" = getelementptr i8, ptr %"data.45", i64 %"cursor.40"
  %".2289" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2290" = icmp ugt ptr %".2289", %"data_end.45"
  br i1 %".2290", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2292" = getelementptr i8, ptr %"hdr.25", i64 0
  %".2293" = load i8, ptr %".2292", align 1
  %".2294" = getelementptr i8, ptr %"hdr.25", i64 1
  %".2295" = load i8, ptr %".2294", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.8" = phi  i8 [%".2293", %"gue_d0.linear"], [%".2314", %"gue_d0.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".2295", %"gue_d0.linear"], [%".2316", %"gue_d0.copy_failed.endif"]
  %"data.106" = phi  ptr [%"data.45", %"gue_d0.linear"], [%"data.105", %"gue_d0.copy_failed.endif"]
  %"data_end.106" = phi  ptr [%"data_end.45", %"gue_d0.linear"], [%"data_end.105", %"gue_d0.copy_failed.endif"]
  %"keys.106" = phi  ptr [%"keys.45", %"gue_d0.linear"], [%"keys.105", %"gue_d0.copy_failed.endif"]
  %".2318" = zext i8 %"w0_1.8" to i64
  %".2319" = lshr i64 %".2318", 6
  %".2320" = and i64 %".2319", 3
  %".2321" = icmp ne i64 %".2320", 0
  %".2322" = zext i8 %"w0_1.8" to i64
  %".2323" = lshr i64 %".2322", 5
  %".2324" = and i64 %".2323", 1
  %".2325" = icmp ne i64 %".2324", 0
  %".2326" = or i1 %".2321", %".2325"
  br i1 %".2326", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif"
gtpu_d0:
  %"cursor.41" = phi  i64 [%"end.1", %"udp_d0.to_gtpu"]
  %"data.46" = phi  ptr [%"data.42", %"udp_d0.to_gtpu"]
  %"data_end.46" = phi  ptr [%"data_end.42", %"udp_d0.to_gtpu"]
  %"keys.46" = phi  ptr [%"keys.42", %"udp_d0.to_gtpu"]
  %"hdr.26" = getelementptr i8, ptr %"data.46", i64 %"cursor.41"
  %".2388" = getelementptr i8, ptr %"hdr.26", i64 8
  %".2389" = icmp ugt ptr %".2388", %"data_end.46"
  br i1 %".2389", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".2391" = getelementptr i8, ptr %"hdr.26", i64 0
  %".2392" = load i8, ptr %".2391", align 1
  %".2393" = getelementptr i8, ptr %"hdr.26", i64 1
  %".2394" = load i8, ptr %".2393", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.9" = phi  i8 [%".2392", %"gtpu_d0.linear"], [%".2413", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2394", %"gtpu_d0.linear"], [%".2415", %"gtpu_d0.copy_failed.endif"]
  %"data.110" = phi  ptr [%"data.46", %"gtpu_d0.linear"], [%"data.109", %"gtpu_d0.copy_failed.endif"]
  %"data_end.110" = phi  ptr [%"data_end.46", %"gtpu_d0.linear"], [%"data_end.109", %"gtpu_d0.copy_failed.endif"]
  %"keys.110" = phi  ptr [%"keys.46", %"gtpu_d0.linear"], [%"keys.109", %"gtpu_d0.copy_failed.endif"]
  %".2417" = zext i8 %"w0_1.9" to i64
  %".2418" = lshr i64 %".2417", 5
  %".2419" = and i64 %".2418", 7
  %".2420" = icmp ne i64 %".2419", 1
  %".2421" = zext i8 %"w0_1.9" to i64
  %".2422" = lshr i64 %".2421", 4
  %".2423" = and i64 %".2422", 1
  %".2424" = icmp ne i64 %".2423", 1
  %".2425" = or i1 %".2420", %".2424"
  %".2426" = zext i8 %"w1_1.4" to i64
  %".2427" = icmp ne i64 %".2426", 255
  %".2428" = or i1 %".2425", %".2427"
  br i1 %".2428", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif"
shim_d0:
  %"cursor.42" = phi  i64 [%"end.1", %"udp_d0.to_shim"]
  %"data.47" = phi  ptr [%"data.42", %"udp_d0.to_shim"]
  %"data_end.47" = phi  ptr [%"data_end.42", %"udp_d0.to_shim"]
  %"keys.47" = phi  ptr [%"keys.42", %"udp_d0.to_shim"]
  %"hdr.27" = getelementptr i8, ptr %"data.47", i64 %"cursor.42"
  %".2488" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2489" = icmp ugt ptr %".2488", %"data_end.47"
  br i1 %".2489", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".2491" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2492" = load i16, ptr %".2491", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.10" = phi  i16 [%".2492", %"shim_d0.linear"], [%".2511", %"shim_d0.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.47", %"shim_d0.linear"], [%"data.113", %"shim_d0.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.47", %"shim_d0.linear"], [%"data_end.113", %"shim_d0.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.47", %"shim_d0.linear"], [%"keys.113", %"shim_d0.copy_failed.endif"]
  %".2513" = add i64 %"cursor.42", 8
  %".2514" = getelementptr i8, ptr %"keys.114", i64 8
  store i8 1, ptr %".2514", align 1
  %".2516" = getelementptr i8, ptr %"keys.114", i64 48
  %"flags.24" = load volatile i32, ptr %".2516", align 4
  %".2517" = and i32 %"flags.24", 4
  %".2518" = icmp ne i32 %".2517", 0
  br i1 %".2518", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
udplite.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".700" = trunc i64 %"cursor.8" to i32
  %".701" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".700", [40 x i8]* %"header_copy", i32 4)
  %".702" = icmp eq i64 %".701", 0
  %".703" = getelementptr i8, ptr %"ctx.10", i64 76
  %".704" = load i32, ptr %".703", align 4
  %".705" = zext i32 %".704" to i64
  %"data.48" = inttoptr i64 %".705" to ptr
  %".706" = getelementptr i8, ptr %"ctx.10", i64 80
  %".707" = load i32, ptr %".706", align 4
  %".708" = zext i32 %".707" to i64
  %"data_end.48" = inttoptr i64 %".708" to ptr
  %".709" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.48" = load ptr, ptr %".709", align 8
  %".710" = xor i1 %".702", -1
  br i1 %".710", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".712" = trunc i64 %"cursor.8" to i16
  %".713" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".712", ptr %".713", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".716" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".717" = load volatile i16, [40 x i8]* %".716", align 2
  %".718" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".719" = load volatile i16, [40 x i8]* %".718", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".739" = add i64 %"cursor.8", %".734"
  %".740" = sub i64 %".739", 1
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".741" = trunc i64 %".740" to i32
  %".742" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".741", i64* %"last_byte", i32 1)
  %".743" = icmp eq i64 %".742", 0
  %".744" = getelementptr i8, ptr %"ctx.11", i64 76
  %".745" = load i32, ptr %".744", align 4
  %".746" = zext i32 %".745" to i64
  %"data.50" = inttoptr i64 %".746" to ptr
  %".747" = getelementptr i8, ptr %"ctx.11", i64 80
  %".748" = load i32, ptr %".747", align 4
  %".749" = zext i32 %".748" to i64
  %"data_end.50" = inttoptr i64 %".749" to ptr
  %".750" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.50" = load ptr, ptr %".750", align 8
  %".751" = xor i1 %".743", -1
  br i1 %".751", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".753" = trunc i64 %"cursor.8" to i16
  %".754" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".753", ptr %".754", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".772" = trunc i64 %"cursor.9" to i32
  %".773" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".772", [40 x i8]* %"header_copy", i32 4)
  %".774" = icmp eq i64 %".773", 0
  %".775" = getelementptr i8, ptr %"ctx.12", i64 76
  %".776" = load i32, ptr %".775", align 4
  %".777" = zext i32 %".776" to i64
  %"data.52" = inttoptr i64 %".777" to ptr
  %".778" = getelementptr i8, ptr %"ctx.12", i64 80
  %".779" = load i32, ptr %".778", align 4
  %".780" = zext i32 %".779" to i64
  %"data_end.52" = inttoptr i64 %".780" to ptr
  %".781" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.52" = load ptr, ptr %".781", align 8
  %".782" = xor i1 %".774", -1
  br i1 %".782", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".784" = trunc i64 %"cursor.9" to i16
  %".785" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".784", ptr %".785", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".788" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".789" = load volatile i8, [40 x i8]* %".788", align 1
  %".790" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".791" = load volatile i8, [40 x i8]* %".790", align 1
  %".792" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".793" = load volatile i16, [40 x i8]* %".792", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".804" = trunc i64 %"cursor.9" to i16
  %".805" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".804", ptr %".805", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".808" = add i64 %"cursor.9", 4
  %".809" = zext i8 %"w0_1.2" to i64
  %".810" = lshr i64 %".809", 7
  %".811" = and i64 %".810", 1
  %".812" = zext i8 %"w0_1.2" to i64
  %".813" = lshr i64 %".812", 5
  %".814" = and i64 %".813", 1
  %".815" = add i64 %".811", %".814"
  %".816" = zext i8 %"w0_1.2" to i64
  %".817" = lshr i64 %".816", 4
  %".818" = and i64 %".817", 1
  %".819" = add i64 %".815", %".818"
  %".820" = mul i64 %".819", 4
  %".821" = add i64 %".820", 4
  %".822" = getelementptr i8, ptr %"data.53", i64 %"cursor.9"
  %".823" = getelementptr i8, ptr %".822", i64 %".821"
  %".824" = icmp ugt ptr %".823", %"data_end.53"
  br i1 %".824", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.55" = phi  ptr [%"data.53", %"gre_d0.stop_before.endif"], [%"data.54", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.55" = phi  ptr [%"data_end.53", %"gre_d0.stop_before.endif"], [%"data_end.54", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.55" = phi  ptr [%"keys.53", %"gre_d0.stop_before.endif"], [%"keys.54", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.3" = add i64 %"cursor.9", %".821"
  %".845" = getelementptr i8, ptr %"keys.55", i64 8
  store i8 1, ptr %".845", align 1
  %".847" = getelementptr i8, ptr %"keys.55", i64 48
  %"flags.7" = load volatile i32, ptr %".847", align 4
  %".848" = and i32 %"flags.7", 4
  %".849" = icmp ne i32 %".848", 0
  br i1 %".849", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".826" = add i64 %"cursor.9", %".821"
  %".827" = sub i64 %".826", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".828" = trunc i64 %".827" to i32
  %".829" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".828", i64* %"last_byte", i32 1)
  %".830" = icmp eq i64 %".829", 0
  %".831" = getelementptr i8, ptr %"ctx.13", i64 76
  %".832" = load i32, ptr %".831", align 4
  %".833" = zext i32 %".832" to i64
  %"data.54" = inttoptr i64 %".833" to ptr
  %".834" = getelementptr i8, ptr %"ctx.13", i64 80
  %".835" = load i32, ptr %".834", align 4
  %".836" = zext i32 %".835" to i64
  %"data_end.54" = inttoptr i64 %".836" to ptr
  %".837" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.54" = load ptr, ptr %".837", align 8
  %".838" = xor i1 %".830", -1
  br i1 %".838", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".840" = trunc i64 %"cursor.9" to i16
  %".841" = getelementptr i8, ptr %"keys.54", i64 2
  store i16 %".840", ptr %".841", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".851" = trunc i64 %"end.3" to i16
  %".852" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".851", ptr %".852", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".855" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".856" = zext i16 %".855" to i64
  %".857" = trunc i64 %".856" to i16
  %".858" = call i16 @"llvm.bswap.i16"(i16 %".857")
  %".859" = getelementptr i8, ptr %"keys.55", i64 10
  store i16 %".858", ptr %".859", align 2
  %".861" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".862" = zext i16 %".861" to i64
  switch i64 %".862", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 25944, label %"gre_d0.to_ethernet" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1"]
gre_d0.unknown:
  %".864" = trunc i64 %"end.3" to i16
  %".865" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".864", ptr %".865", align 2
  br label %"return"
gre_d0.to_ipv4:
  %".868" = getelementptr i8, ptr %"keys.55", i64 2
  %".869" = trunc i64 %"end.3" to i16
  store volatile i16 %".869", ptr %".868", align 2
  %".871" = load volatile i16, ptr %".868", align 2
  %".872" = zext i16 %".871" to i64
  %"cursor.43" = and i64 %".872", 16383
  br label %"ipv4_d1"
gre_d0.to_ipv6:
  %".874" = getelementptr i8, ptr %"keys.55", i64 2
  %".875" = trunc i64 %"end.3" to i16
  store volatile i16 %".875", ptr %".874", align 2
  %".877" = load volatile i16, ptr %".874", align 2
  %".878" = zext i16 %".877" to i64
  %"cursor.44" = and i64 %".878", 16383
  br label %"ipv6_d1"
gre_d0.to_ethernet:
  %".880" = getelementptr i8, ptr %"keys.55", i64 2
  %".881" = trunc i64 %"end.3" to i16
  store volatile i16 %".881", ptr %".880", align 2
  %".883" = load volatile i16, ptr %".880", align 2
  %".884" = zext i16 %".883" to i64
  %"cursor.46" = and i64 %".884", 16383
  br label %"ethernet_d1"
gre_d0.to_mpls:
  %".886" = getelementptr i8, ptr %"keys.55", i64 2
  %".887" = trunc i64 %"end.3" to i16
  store volatile i16 %".887", ptr %".886", align 2
  %".889" = load volatile i16, ptr %".886", align 2
  %".890" = zext i16 %".889" to i64
  %"cursor.48" = and i64 %".890", 16383
  br label %"mpls_d1_mpls_labels1"
gre_d0.to_mpls.1:
  %".892" = getelementptr i8, ptr %"keys.55", i64 2
  %".893" = trunc i64 %"end.3" to i16
  store volatile i16 %".893", ptr %".892", align 2
  %".895" = load volatile i16, ptr %".892", align 2
  %".896" = zext i16 %".895" to i64
  %"cursor.49" = and i64 %".896", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1:
  %"cursor.45" = phi  i64 [%"cursor.46", %"gre_d0.to_ethernet"], [%"cursor.115", %"vxlan_d0.to_ethernet"], [%"cursor.116", %"geneve_d0.to_ethernet"]
  %"data.56" = phi  ptr [%"data.55", %"gre_d0.to_ethernet"], [%"data.100", %"vxlan_d0.to_ethernet"], [%"data.104", %"geneve_d0.to_ethernet"]
  %"data_end.56" = phi  ptr [%"data_end.55", %"gre_d0.to_ethernet"], [%"data_end.100", %"vxlan_d0.to_ethernet"], [%"data_end.104", %"geneve_d0.to_ethernet"]
  %"keys.56" = phi  ptr [%"keys.55", %"gre_d0.to_ethernet"], [%"keys.100", %"vxlan_d0.to_ethernet"], [%"keys.104", %"geneve_d0.to_ethernet"]
  %"hdr.28" = getelementptr i8, ptr %"data.56", i64 %"cursor.45"
  %".2537" = getelementptr i8, ptr %"hdr.28", i64 14
  %".2538" = icmp ugt ptr %".2537", %"data_end.56"
  br i1 %".2538", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".2540" = getelementptr i8, ptr %"hdr.28", i64 12
  %".2541" = load i16, ptr %".2540", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".2541", %"ethernet_d1.linear"], [%".2560", %"ethernet_d1.copy_failed.endif"]
  %"data.116" = phi  ptr [%"data.56", %"ethernet_d1.linear"], [%"data.115", %"ethernet_d1.copy_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.56", %"ethernet_d1.linear"], [%"data_end.115", %"ethernet_d1.copy_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.56", %"ethernet_d1.linear"], [%"keys.115", %"ethernet_d1.copy_failed.endif"]
  %".2562" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".2563" = zext i16 %".2562" to i64
  %".2564" = trunc i64 %".2563" to i16
  %".2565" = call i16 @"llvm.bswap.i16"(i16 %".2564")
  %".2566" = getelementptr i8, ptr %"keys.116", i64 10
  store i16 %".2565", ptr %".2566", align 2
  %".2568" = add i64 %"cursor.45", 14
  %".2569" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".2570" = zext i16 %".2569" to i64
  switch i64 %".2570", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe"]
mpls_d1_mpls_labels1:
  %"cursor.47" = phi  i64 [%"cursor.48", %"gre_d0.to_mpls"], [%"cursor.49", %"gre_d0.to_mpls.1"], [%"cursor.60", %"ipv4_d1.to_mpls"], [%"cursor.75", %"ipv6_d1.to_mpls"], [%"cursor.132", %"ethernet_d1.to_mpls"], [%"cursor.133", %"ethernet_d1.to_mpls.1"], [%"cursor.163", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"cursor.177", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"cursor.218", %"vlan_d1_vlan_tags1.to_mpls"], [%"cursor.219", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"cursor.223", %"pppoe_d1.to_mpls"], [%"cursor.224", %"pppoe_d1.to_mpls.1"], [%"cursor.242", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"cursor.256", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"cursor.287", %"vlan_d1_vlan_tags2.to_mpls"], [%"cursor.288", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"cursor.301", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"cursor.311", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data.57" = phi  ptr [%"data.55", %"gre_d0.to_mpls"], [%"data.55", %"gre_d0.to_mpls.1"], [%"data.71", %"ipv4_d1.to_mpls"], [%"data.75", %"ipv6_d1.to_mpls"], [%"data.116", %"ethernet_d1.to_mpls"], [%"data.116", %"ethernet_d1.to_mpls.1"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.160", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.160", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.163", %"pppoe_d1.to_mpls"], [%"data.163", %"pppoe_d1.to_mpls.1"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.201", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.201", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.208", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.210", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data_end.57" = phi  ptr [%"data_end.55", %"gre_d0.to_mpls"], [%"data_end.55", %"gre_d0.to_mpls.1"], [%"data_end.71", %"ipv4_d1.to_mpls"], [%"data_end.75", %"ipv6_d1.to_mpls"], [%"data_end.116", %"ethernet_d1.to_mpls"], [%"data_end.116", %"ethernet_d1.to_mpls.1"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.160", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.160", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.163", %"pppoe_d1.to_mpls"], [%"data_end.163", %"pppoe_d1.to_mpls.1"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.201", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.201", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.208", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.210", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"keys.57" = phi  ptr [%"keys.55", %"gre_d0.to_mpls"], [%"keys.55", %"gre_d0.to_mpls.1"], [%"keys.71", %"ipv4_d1.to_mpls"], [%"keys.75", %"ipv6_d1.to_mpls"], [%"keys.116", %"ethernet_d1.to_mpls"], [%"keys.116", %"ethernet_d1.to_mpls.1"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.160", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.160", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.163", %"pppoe_d1.to_mpls"], [%"keys.163", %"pppoe_d1.to_mpls.1"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.201", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.201", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.208", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.210", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"hdr.29" = getelementptr i8, ptr %"data.57", i64 %"cursor.47"
  %".2618" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2619" = icmp ugt ptr %".2618", %"data_end.57"
  br i1 %".2619", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2621" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2622" = load i8, ptr %".2621", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2622", %"mpls_d1_mpls_labels1.linear"], [%".2641", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.120" = phi  ptr [%"data.57", %"mpls_d1_mpls_labels1.linear"], [%"data.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.120" = phi  ptr [%"data_end.57", %"mpls_d1_mpls_labels1.linear"], [%"data_end.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.120" = phi  ptr [%"keys.57", %"mpls_d1_mpls_labels1.linear"], [%"keys.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2643" = add i64 %"cursor.47", 4
  %".2644" = zext i8 %"w2_1.2" to i64
  %".2645" = and i64 %".2644", 1
  switch i64 %".2645", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
sctp.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".906" = trunc i64 %"cursor.10" to i32
  %".907" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".906", [40 x i8]* %"header_copy", i32 4)
  %".908" = icmp eq i64 %".907", 0
  %".909" = getelementptr i8, ptr %"ctx.14", i64 76
  %".910" = load i32, ptr %".909", align 4
  %".911" = zext i32 %".910" to i64
  %"data.58" = inttoptr i64 %".911" to ptr
  %".912" = getelementptr i8, ptr %"ctx.14", i64 80
  %".913" = load i32, ptr %".912", align 4
  %".914" = zext i32 %".913" to i64
  %"data_end.58" = inttoptr i64 %".914" to ptr
  %".915" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.58" = load ptr, ptr %".915", align 8
  %".916" = xor i1 %".908", -1
  br i1 %".916", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".918" = trunc i64 %"cursor.10" to i16
  %".919" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".918", ptr %".919", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".922" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".923" = load volatile i16, [40 x i8]* %".922", align 2
  %".924" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".925" = load volatile i16, [40 x i8]* %".924", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".952" = trunc i64 %"cursor.11" to i32
  %".953" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".952", [40 x i8]* %"header_copy", i32 4)
  %".954" = icmp eq i64 %".953", 0
  %".955" = getelementptr i8, ptr %"ctx.15", i64 76
  %".956" = load i32, ptr %".955", align 4
  %".957" = zext i32 %".956" to i64
  %"data.60" = inttoptr i64 %".957" to ptr
  %".958" = getelementptr i8, ptr %"ctx.15", i64 80
  %".959" = load i32, ptr %".958", align 4
  %".960" = zext i32 %".959" to i64
  %"data_end.60" = inttoptr i64 %".960" to ptr
  %".961" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.60" = load ptr, ptr %".961", align 8
  %".962" = xor i1 %".954", -1
  br i1 %".962", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".964" = trunc i64 %"cursor.11" to i16
  %".965" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".964", ptr %".965", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".968" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".969" = load volatile i16, [40 x i8]* %".968", align 2
  %".970" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".971" = load volatile i16, [40 x i8]* %".970", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".996" = trunc i64 %"cursor.12" to i32
  %".997" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".996", [40 x i8]* %"header_copy", i32 4)
  %".998" = icmp eq i64 %".997", 0
  %".999" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1000" = load i32, ptr %".999", align 4
  %".1001" = zext i32 %".1000" to i64
  %"data.62" = inttoptr i64 %".1001" to ptr
  %".1002" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1003" = load i32, ptr %".1002", align 4
  %".1004" = zext i32 %".1003" to i64
  %"data_end.62" = inttoptr i64 %".1004" to ptr
  %".1005" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.62" = load ptr, ptr %".1005", align 8
  %".1006" = xor i1 %".998", -1
  br i1 %".1006", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1008" = trunc i64 %"cursor.12" to i16
  %".1009" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1008", ptr %".1009", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1012" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1013" = load volatile i32, [40 x i8]* %".1012", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1040" = trunc i64 %"cursor.13" to i32
  %".1041" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1040", [40 x i8]* %"header_copy", i32 8)
  %".1042" = icmp eq i64 %".1041", 0
  %".1043" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1044" = load i32, ptr %".1043", align 4
  %".1045" = zext i32 %".1044" to i64
  %"data.64" = inttoptr i64 %".1045" to ptr
  %".1046" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1047" = load i32, ptr %".1046", align 4
  %".1048" = zext i32 %".1047" to i64
  %"data_end.64" = inttoptr i64 %".1048" to ptr
  %".1049" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.64" = load ptr, ptr %".1049", align 8
  %".1050" = xor i1 %".1042", -1
  br i1 %".1050", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1052" = trunc i64 %"cursor.13" to i16
  %".1053" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1052", ptr %".1053", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1056" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1057" = load volatile i32, [40 x i8]* %".1056", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1082" = trunc i64 %"cursor.14" to i32
  %".1083" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1082", [40 x i8]* %"header_copy", i32 4)
  %".1084" = icmp eq i64 %".1083", 0
  %".1085" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1086" = load i32, ptr %".1085", align 4
  %".1087" = zext i32 %".1086" to i64
  %"data.66" = inttoptr i64 %".1087" to ptr
  %".1088" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1089" = load i32, ptr %".1088", align 4
  %".1090" = zext i32 %".1089" to i64
  %"data_end.66" = inttoptr i64 %".1090" to ptr
  %".1091" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.66" = load ptr, ptr %".1091", align 8
  %".1092" = xor i1 %".1084", -1
  br i1 %".1092", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1094" = trunc i64 %"cursor.14" to i16
  %".1095" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1094", ptr %".1095", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1118" = trunc i64 %"cursor.16" to i32
  %".1119" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1118", [40 x i8]* %"header_copy", i32 20)
  %".1120" = icmp eq i64 %".1119", 0
  %".1121" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1122" = load i32, ptr %".1121", align 4
  %".1123" = zext i32 %".1122" to i64
  %"data.68" = inttoptr i64 %".1123" to ptr
  %".1124" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1125" = load i32, ptr %".1124", align 4
  %".1126" = zext i32 %".1125" to i64
  %"data_end.68" = inttoptr i64 %".1126" to ptr
  %".1127" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.68" = load ptr, ptr %".1127", align 8
  %".1128" = xor i1 %".1120", -1
  br i1 %".1128", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1130" = trunc i64 %"cursor.16" to i16
  %".1131" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".1130", ptr %".1131", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1134" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1135" = load volatile i8, [40 x i8]* %".1134", align 1
  %".1136" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1137" = load volatile i16, [40 x i8]* %".1136", align 2
  %".1138" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1139" = load volatile i8, [40 x i8]* %".1138", align 1
  %".1140" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1141" = load volatile i32, [40 x i8]* %".1140", align 4
  %".1142" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1143" = load volatile i32, [40 x i8]* %".1142", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1150" = trunc i64 %"cursor.16" to i16
  %".1151" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1150", ptr %".1151", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1154" = trunc i64 2048 to i16
  %".1155" = getelementptr i8, ptr %"keys.69", i64 4
  store i16 %".1154", ptr %".1155", align 2
  %".1157" = trunc i64 2048 to i16
  %".1158" = call i16 @"llvm.bswap.i16"(i16 %".1157")
  %".1159" = getelementptr i8, ptr %"keys.69", i64 10
  store i16 %".1158", ptr %".1159", align 2
  %".1161" = getelementptr i8, ptr %"keys.69", i64 16
  store i32 %"w12_4.1", ptr %".1161", align 4
  %".1163" = getelementptr i8, ptr %"keys.69", i64 20
  store i32 %"w16_4.1", ptr %".1163", align 4
  %".1165" = zext i8 %"w9_1.1" to i64
  %".1166" = trunc i64 %".1165" to i8
  %".1167" = getelementptr i8, ptr %"keys.69", i64 9
  store i8 %".1166", ptr %".1167", align 1
  %".1169" = add i64 %"cursor.16", 20
  %".1170" = zext i8 %"w0_1.3" to i64
  %".1171" = and i64 %".1170", 15
  %".1172" = mul i64 %".1171", 4
  %".1173" = sub i64 %".1172", 20
  %".1174" = add i64 %".1173", 20
  %".1175" = getelementptr i8, ptr %"data.69", i64 %"cursor.16"
  %".1176" = getelementptr i8, ptr %".1175", i64 %".1174"
  %".1177" = icmp ugt ptr %".1176", %"data_end.69"
  br i1 %".1177", label %"ipv4_d1.copy_last_byte", label %"ipv4_d1.variable_part", !prof !0
ipv4_d1.variable_part:
  %"data.71" = phi  ptr [%"data.69", %"ipv4_d1.require.endif"], [%"data.70", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.69", %"ipv4_d1.require.endif"], [%"data_end.70", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.69", %"ipv4_d1.require.endif"], [%"keys.70", %"ipv4_d1.copy_last_byte_failed.endif"]
  %"end.4" = add i64 %"cursor.16", %".1174"
  %".1198" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1199" = zext i16 %".1198" to i64
  %".1200" = and i64 %".1199", 16383
  %".1201" = icmp ne i64 %".1200", 0
  %".1202" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1203" = zext i16 %".1202" to i64
  %".1204" = and i64 %".1203", 8191
  %".1205" = icmp eq i64 %".1204", 0
  br i1 %".1201", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.copy_last_byte:
  %".1179" = add i64 %"cursor.16", %".1174"
  %".1180" = sub i64 %".1179", 1
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1181" = trunc i64 %".1180" to i32
  %".1182" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1181", i64* %"last_byte", i32 1)
  %".1183" = icmp eq i64 %".1182", 0
  %".1184" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1185" = load i32, ptr %".1184", align 4
  %".1186" = zext i32 %".1185" to i64
  %"data.70" = inttoptr i64 %".1186" to ptr
  %".1187" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1188" = load i32, ptr %".1187", align 4
  %".1189" = zext i32 %".1188" to i64
  %"data_end.70" = inttoptr i64 %".1189" to ptr
  %".1190" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.70" = load ptr, ptr %".1190", align 8
  %".1191" = xor i1 %".1183", -1
  br i1 %".1191", label %"ipv4_d1.copy_last_byte_failed", label %"ipv4_d1.copy_last_byte_failed.endif"
ipv4_d1.copy_last_byte_failed:
  %".1193" = trunc i64 %"cursor.16" to i16
  %".1194" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1193", ptr %".1194", align 2
  br label %"return"
ipv4_d1.copy_last_byte_failed.endif:
  br label %"ipv4_d1.variable_part"
ipv4_d1.fragment:
  %".1207" = getelementptr i8, ptr %"keys.71", i64 6
  store i8 1, ptr %".1207", align 1
  br i1 %".1205", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1227" = zext i8 %"w9_1.1" to i64
  switch i64 %".1227", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]
ipv4_d1.first_fragment:
  %".1210" = getelementptr i8, ptr %"keys.71", i64 7
  store i8 1, ptr %".1210", align 1
  %".1212" = getelementptr i8, ptr %"keys.71", i64 48
  %"flags.8" = load volatile i32, ptr %".1212", align 4
  %".1213" = and i32 %"flags.8", 1
  %".1214" = icmp ne i32 %".1213", 0
  %".1215" = xor i1 %".1214", -1
  br i1 %".1215", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1222" = trunc i64 %"end.4" to i16
  %".1223" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1222", ptr %".1223", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1217" = trunc i64 %"end.4" to i16
  %".1218" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1217", ptr %".1218", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1229" = trunc i64 %"end.4" to i16
  %".1230" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1229", ptr %".1230", align 2
  br label %"return"
ipv4_d1.to_tcp:
  %".1233" = getelementptr i8, ptr %"keys.71", i64 2
  %".1234" = trunc i64 %"end.4" to i16
  store volatile i16 %".1234", ptr %".1233", align 2
  %".1236" = load volatile i16, ptr %".1233", align 2
  %".1237" = zext i16 %".1236" to i64
  %"cursor.50" = and i64 %".1237", 16383
  br label %"tcp"
ipv4_d1.to_udp:
  %".1239" = getelementptr i8, ptr %"keys.71", i64 2
  %".1240" = trunc i64 %"end.4" to i16
  store volatile i16 %".1240", ptr %".1239", align 2
  %".1242" = load volatile i16, ptr %".1239", align 2
  %".1243" = zext i16 %".1242" to i64
  %"cursor.52" = and i64 %".1243", 16383
  br label %"udp_d1"
ipv4_d1.to_udplite:
  %".1245" = getelementptr i8, ptr %"keys.71", i64 2
  %".1246" = trunc i64 %"end.4" to i16
  store volatile i16 %".1246", ptr %".1245", align 2
  %".1248" = load volatile i16, ptr %".1245", align 2
  %".1249" = zext i16 %".1248" to i64
  %"cursor.53" = and i64 %".1249", 16383
  br label %"udplite"
ipv4_d1.to_gre:
  %".1251" = getelementptr i8, ptr %"keys.71", i64 2
  %".1252" = trunc i64 %"end.4" to i16
  store volatile i16 %".1252", ptr %".1251", align 2
  %".1254" = load volatile i16, ptr %".1251", align 2
  %".1255" = zext i16 %".1254" to i64
  %"cursor.55" = and i64 %".1255", 16383
  br label %"gre_d1"
ipv4_d1.to_sctp:
  %".1257" = getelementptr i8, ptr %"keys.71", i64 2
  %".1258" = trunc i64 %"end.4" to i16
  store volatile i16 %".1258", ptr %".1257", align 2
  %".1260" = load volatile i16, ptr %".1257", align 2
  %".1261" = zext i16 %".1260" to i64
  %"cursor.56" = and i64 %".1261", 16383
  br label %"sctp"
ipv4_d1.to_dccp:
  %".1263" = getelementptr i8, ptr %"keys.71", i64 2
  %".1264" = trunc i64 %"end.4" to i16
  store volatile i16 %".1264", ptr %".1263", align 2
  %".1266" = load volatile i16, ptr %".1263", align 2
  %".1267" = zext i16 %".1266" to i64
  %"cursor.57" = and i64 %".1267", 16383
  br label %"dccp"
ipv4_d1.to_esp:
  %".1269" = getelementptr i8, ptr %"keys.71", i64 2
  %".1270" = trunc i64 %"end.4" to i16
  store volatile i16 %".1270", ptr %".1269", align 2
  %".1272" = load volatile i16, ptr %".1269", align 2
  %".1273" = zext i16 %".1272" to i64
  %"cursor.58" = and i64 %".1273", 16383
  br label %"esp"
ipv4_d1.to_ah:
  %".1275" = getelementptr i8, ptr %"keys.71", i64 2
  %".1276" = trunc i64 %"end.4" to i16
  store volatile i16 %".1276", ptr %".1275", align 2
  %".1278" = load volatile i16, ptr %".1275", align 2
  %".1279" = zext i16 %".1278" to i64
  %"cursor.59" = and i64 %".1279", 16383
  br label %"ah"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_mpls:
  %".1282" = trunc i64 34887 to i16
  %".1283" = call i16 @"llvm.bswap.i16"(i16 %".1282")
  %".1284" = getelementptr i8, ptr %"keys.71", i64 10
  store i16 %".1283", ptr %".1284", align 2
  %".1286" = getelementptr i8, ptr %"keys.71", i64 2
  %".1287" = trunc i64 %"end.4" to i16
  store volatile i16 %".1287", ptr %".1286", align 2
  %".1289" = load volatile i16, ptr %".1286", align 2
  %".1290" = zext i16 %".1289" to i64
  %"cursor.60" = and i64 %".1290", 16383
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1292" = getelementptr i8, ptr %"keys.71", i64 8
  store i8 1, ptr %".1292", align 1
  %".1294" = getelementptr i8, ptr %"keys.71", i64 48
  %"flags.9" = load volatile i32, ptr %".1294", align 4
  %".1295" = and i32 %"flags.9", 4
  %".1296" = icmp ne i32 %".1295", 0
  br i1 %".1296", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1306" = getelementptr i8, ptr %"keys.71", i64 8
  store i8 1, ptr %".1306", align 1
  %".1308" = getelementptr i8, ptr %"keys.71", i64 48
  %"flags.10" = load volatile i32, ptr %".1308", align 4
  %".1309" = and i32 %"flags.10", 4
  %".1310" = icmp ne i32 %".1309", 0
  br i1 %".1310", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.51" = phi  i64 [%"cursor.52", %"ipv4_d1.to_udp"], [%"cursor.68", %"ipv6_d1.to_udp"], [%"cursor.155", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"cursor.169", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"cursor.234", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"cursor.248", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"cursor.293", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"cursor.303", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data.72" = phi  ptr [%"data.71", %"ipv4_d1.to_udp"], [%"data.75", %"ipv6_d1.to_udp"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.208", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.210", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data_end.72" = phi  ptr [%"data_end.71", %"ipv4_d1.to_udp"], [%"data_end.75", %"ipv6_d1.to_udp"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.208", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.210", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"keys.72" = phi  ptr [%"keys.71", %"ipv4_d1.to_udp"], [%"keys.75", %"ipv6_d1.to_udp"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.208", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.210", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"hdr.30" = getelementptr i8, ptr %"data.72", i64 %"cursor.51"
  %".2671" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2672" = icmp ugt ptr %".2671", %"data_end.72"
  br i1 %".2672", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".2674" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2675" = load i16, ptr %".2674", align 2
  %".2676" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2677" = load i16, ptr %".2676", align 2
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_2.5" = phi  i16 [%".2675", %"udp_d1.linear"], [%".2696", %"udp_d1.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2677", %"udp_d1.linear"], [%".2698", %"udp_d1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.72", %"udp_d1.linear"], [%"data.122", %"udp_d1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.72", %"udp_d1.linear"], [%"data_end.122", %"udp_d1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.72", %"udp_d1.linear"], [%"keys.122", %"udp_d1.copy_failed.endif"]
  %".2700" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".2701" = zext i16 %".2700" to i64
  %".2702" = trunc i64 %".2701" to i16
  %".2703" = call i16 @"llvm.bswap.i16"(i16 %".2702")
  %".2704" = getelementptr i8, ptr %"keys.123", i64 12
  store i16 %".2703", ptr %".2704", align 2
  %".2706" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2707" = zext i16 %".2706" to i64
  %".2708" = trunc i64 %".2707" to i16
  %".2709" = call i16 @"llvm.bswap.i16"(i16 %".2708")
  %".2710" = getelementptr i8, ptr %"keys.123", i64 14
  store i16 %".2709", ptr %".2710", align 2
  %".2712" = add i64 %"cursor.51", 4
  %".2713" = add i64 4, 4
  %".2714" = getelementptr i8, ptr %"data.123", i64 %"cursor.51"
  %".2715" = getelementptr i8, ptr %".2714", i64 %".2713"
  %".2716" = icmp ugt ptr %".2715", %"data_end.123"
  br i1 %".2716", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.125" = phi  ptr [%"data.123", %"udp_d1.header"], [%"data.124", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.123", %"udp_d1.header"], [%"data_end.124", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.123", %"udp_d1.header"], [%"keys.124", %"udp_d1.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.51", %".2713"
  %".2737" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2738" = zext i16 %".2737" to i64
  switch i64 %".2738", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]
gre_d1:
  %"cursor.54" = phi  i64 [%"cursor.55", %"ipv4_d1.to_gre"], [%"cursor.70", %"ipv6_d1.to_gre"], [%"cursor.157", %"ipv6_opts_d1_ipv6_ext1.to_gre"], [%"cursor.171", %"ipv6_frag_d1_ipv6_ext1.to_gre"], [%"cursor.236", %"ipv6_opts_d1_ipv6_ext2.to_gre"], [%"cursor.250", %"ipv6_frag_d1_ipv6_ext2.to_gre"], [%"cursor.295", %"ipv6_opts_d1_ipv6_ext3.to_gre"], [%"cursor.305", %"ipv6_frag_d1_ipv6_ext3.to_gre"]
  %"data.73" = phi  ptr [%"data.71", %"ipv4_d1.to_gre"], [%"data.75", %"ipv6_d1.to_gre"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_gre"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_gre"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_gre"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_gre"], [%"data.208", %"ipv6_opts_d1_ipv6_ext3.to_gre"], [%"data.210", %"ipv6_frag_d1_ipv6_ext3.to_gre"]
  %"data_end.73" = phi  ptr [%"data_end.71", %"ipv4_d1.to_gre"], [%"data_end.75", %"ipv6_d1.to_gre"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_gre"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_gre"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_gre"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_gre"], [%"data_end.208", %"ipv6_opts_d1_ipv6_ext3.to_gre"], [%"data_end.210", %"ipv6_frag_d1_ipv6_ext3.to_gre"]
  %"keys.73" = phi  ptr [%"keys.71", %"ipv4_d1.to_gre"], [%"keys.75", %"ipv6_d1.to_gre"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_gre"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_gre"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_gre"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_gre"], [%"keys.208", %"ipv6_opts_d1_ipv6_ext3.to_gre"], [%"keys.210", %"ipv6_frag_d1_ipv6_ext3.to_gre"]
  %"hdr.31" = getelementptr i8, ptr %"data.73", i64 %"cursor.54"
  %".2774" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2775" = icmp ugt ptr %".2774", %"data_end.73"
  br i1 %".2775", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".2777" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2778" = load i8, ptr %".2777", align 1
  %".2779" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2780" = load i8, ptr %".2779", align 1
  %".2781" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2782" = load i16, ptr %".2781", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.10" = phi  i8 [%".2778", %"gre_d1.linear"], [%".2801", %"gre_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2780", %"gre_d1.linear"], [%".2803", %"gre_d1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".2782", %"gre_d1.linear"], [%".2805", %"gre_d1.copy_failed.endif"]
  %"data.132" = phi  ptr [%"data.73", %"gre_d1.linear"], [%"data.131", %"gre_d1.copy_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.73", %"gre_d1.linear"], [%"data_end.131", %"gre_d1.copy_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.73", %"gre_d1.linear"], [%"keys.131", %"gre_d1.copy_failed.endif"]
  %".2807" = zext i8 %"w1_1.5" to i64
  %".2808" = and i64 %".2807", 7
  %".2809" = icmp ne i64 %".2808", 0
  %".2810" = zext i8 %"w0_1.10" to i64
  %".2811" = lshr i64 %".2810", 6
  %".2812" = and i64 %".2811", 1
  %".2813" = icmp ne i64 %".2812", 0
  %".2814" = or i1 %".2809", %".2813"
  br i1 %".2814", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1298" = trunc i64 %"end.4" to i16
  %".1299" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1298", ptr %".1299", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1302" = trunc i64 %"end.4" to i16
  %".1303" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1302", ptr %".1303", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1312" = trunc i64 %"end.4" to i16
  %".1313" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1312", ptr %".1313", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1316" = trunc i64 %"end.4" to i16
  %".1317" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1316", ptr %".1317", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1336" = trunc i64 %"cursor.18" to i32
  %".1337" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1336", [40 x i8]* %"header_copy", i32 40)
  %".1338" = icmp eq i64 %".1337", 0
  %".1339" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1340" = load i32, ptr %".1339", align 4
  %".1341" = zext i32 %".1340" to i64
  %"data.74" = inttoptr i64 %".1341" to ptr
  %".1342" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1343" = load i32, ptr %".1342", align 4
  %".1344" = zext i32 %".1343" to i64
  %"data_end.74" = inttoptr i64 %".1344" to ptr
  %".1345" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.74" = load ptr, ptr %".1345", align 8
  %".1346" = xor i1 %".1338", -1
  br i1 %".1346", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1348" = trunc i64 %"cursor.18" to i16
  %".1349" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1348", ptr %".1349", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1352" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1353" = load volatile i32, [40 x i8]* %".1352", align 4
  %".1354" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1355" = load volatile i8, [40 x i8]* %".1354", align 1
  %".1356" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1357" = load volatile i64, [40 x i8]* %".1356", align 8
  %".1358" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1359" = load volatile i64, [40 x i8]* %".1358", align 8
  %".1360" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1361" = load volatile i64, [40 x i8]* %".1360", align 8
  %".1362" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1363" = load volatile i64, [40 x i8]* %".1362", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1401" = trunc i64 %".1391" to i16
  %".1402" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1401", ptr %".1402", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1405" = zext i8 %"w6_1.1" to i64
  switch i64 %".1405", label %"ipv6_d1.unknown" [i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]
ipv6_d1.unknown:
  %".1407" = trunc i64 %".1391" to i16
  %".1408" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1407", ptr %".1408", align 2
  br label %"return"
ipv6_d1.to_ipv6_opts:
  %".1411" = getelementptr i8, ptr %"keys.75", i64 2
  %".1412" = trunc i64 %".1391" to i16
  store volatile i16 %".1412", ptr %".1411", align 2
  %".1414" = load volatile i16, ptr %".1411", align 2
  %".1415" = zext i16 %".1414" to i64
  %"cursor.62" = and i64 %".1415", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  %".1417" = getelementptr i8, ptr %"keys.75", i64 2
  %".1418" = trunc i64 %".1391" to i16
  store volatile i16 %".1418", ptr %".1417", align 2
  %".1420" = load volatile i16, ptr %".1417", align 2
  %".1421" = zext i16 %".1420" to i64
  %"cursor.63" = and i64 %".1421", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  %".1423" = getelementptr i8, ptr %"keys.75", i64 2
  %".1424" = trunc i64 %".1391" to i16
  store volatile i16 %".1424", ptr %".1423", align 2
  %".1426" = load volatile i16, ptr %".1423", align 2
  %".1427" = zext i16 %".1426" to i64
  %"cursor.64" = and i64 %".1427", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  %".1429" = getelementptr i8, ptr %"keys.75", i64 2
  %".1430" = trunc i64 %".1391" to i16
  store volatile i16 %".1430", ptr %".1429", align 2
  %".1432" = load volatile i16, ptr %".1429", align 2
  %".1433" = zext i16 %".1432" to i64
  %"cursor.66" = and i64 %".1433", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_tcp:
  %".1435" = getelementptr i8, ptr %"keys.75", i64 2
  %".1436" = trunc i64 %".1391" to i16
  store volatile i16 %".1436", ptr %".1435", align 2
  %".1438" = load volatile i16, ptr %".1435", align 2
  %".1439" = zext i16 %".1438" to i64
  %"cursor.67" = and i64 %".1439", 16383
  br label %"tcp"
ipv6_d1.to_udp:
  %".1441" = getelementptr i8, ptr %"keys.75", i64 2
  %".1442" = trunc i64 %".1391" to i16
  store volatile i16 %".1442", ptr %".1441", align 2
  %".1444" = load volatile i16, ptr %".1441", align 2
  %".1445" = zext i16 %".1444" to i64
  %"cursor.68" = and i64 %".1445", 16383
  br label %"udp_d1"
ipv6_d1.to_udplite:
  %".1447" = getelementptr i8, ptr %"keys.75", i64 2
  %".1448" = trunc i64 %".1391" to i16
  store volatile i16 %".1448", ptr %".1447", align 2
  %".1450" = load volatile i16, ptr %".1447", align 2
  %".1451" = zext i16 %".1450" to i64
  %"cursor.69" = and i64 %".1451", 16383
  br label %"udplite"
ipv6_d1.to_gre:
  %".1453" = getelementptr i8, ptr %"keys.75", i64 2
  %".1454" = trunc i64 %".1391" to i16
  store volatile i16 %".1454", ptr %".1453", align 2
  %".1456" = load volatile i16, ptr %".1453", align 2
  %".1457" = zext i16 %".1456" to i64
  %"cursor.70" = and i64 %".1457", 16383
  br label %"gre_d1"
ipv6_d1.to_sctp:
  %".1459" = getelementptr i8, ptr %"keys.75", i64 2
  %".1460" = trunc i64 %".1391" to i16
  store volatile i16 %".1460", ptr %".1459", align 2
  %".1462" = load volatile i16, ptr %".1459", align 2
  %".1463" = zext i16 %".1462" to i64
  %"cursor.71" = and i64 %".1463", 16383
  br label %"sctp"
ipv6_d1.to_dccp:
  %".1465" = getelementptr i8, ptr %"keys.75", i64 2
  %".1466" = trunc i64 %".1391" to i16
  store volatile i16 %".1466", ptr %".1465", align 2
  %".1468" = load volatile i16, ptr %".1465", align 2
  %".1469" = zext i16 %".1468" to i64
  %"cursor.72" = and i64 %".1469", 16383
  br label %"dccp"
ipv6_d1.to_esp:
  %".1471" = getelementptr i8, ptr %"keys.75", i64 2
  %".1472" = trunc i64 %".1391" to i16
  store volatile i16 %".1472", ptr %".1471", align 2
  %".1474" = load volatile i16, ptr %".1471", align 2
  %".1475" = zext i16 %".1474" to i64
  %"cursor.73" = and i64 %".1475", 16383
  br label %"esp"
ipv6_d1.to_ah:
  %".1477" = getelementptr i8, ptr %"keys.75", i64 2
  %".1478" = trunc i64 %".1391" to i16
  store volatile i16 %".1478", ptr %".1477", align 2
  %".1480" = load volatile i16, ptr %".1477", align 2
  %".1481" = zext i16 %".1480" to i64
  %"cursor.74" = and i64 %".1481", 16383
  br label %"ah"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_mpls:
  %".1484" = trunc i64 34887 to i16
  %".1485" = call i16 @"llvm.bswap.i16"(i16 %".1484")
  %".1486" = getelementptr i8, ptr %"keys.75", i64 10
  store i16 %".1485", ptr %".1486", align 2
  %".1488" = getelementptr i8, ptr %"keys.75", i64 2
  %".1489" = trunc i64 %".1391" to i16
  store volatile i16 %".1489", ptr %".1488", align 2
  %".1491" = load volatile i16, ptr %".1488", align 2
  %".1492" = zext i16 %".1491" to i64
  %"cursor.75" = and i64 %".1492", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1494" = getelementptr i8, ptr %"keys.75", i64 8
  store i8 1, ptr %".1494", align 1
  %".1496" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.12" = load volatile i32, ptr %".1496", align 4
  %".1497" = and i32 %"flags.12", 4
  %".1498" = icmp ne i32 %".1497", 0
  br i1 %".1498", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1508" = getelementptr i8, ptr %"keys.75", i64 8
  store i8 1, ptr %".1508", align 1
  %".1510" = getelementptr i8, ptr %"keys.75", i64 48
  %"flags.13" = load volatile i32, ptr %".1510", align 4
  %".1511" = and i32 %"flags.13", 4
  %".1512" = icmp ne i32 %".1511", 0
  br i1 %".1512", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.61" = phi  i64 [%"cursor.62", %"ipv6_d1.to_ipv6_opts"], [%"cursor.63", %"ipv6_d1.to_ipv6_opts.1"], [%"cursor.64", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.76" = phi  ptr [%"data.75", %"ipv6_d1.to_ipv6_opts"], [%"data.75", %"ipv6_d1.to_ipv6_opts.1"], [%"data.75", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.76" = phi  ptr [%"data_end.75", %"ipv6_d1.to_ipv6_opts"], [%"data_end.75", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.75", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.76" = phi  ptr [%"keys.75", %"ipv6_d1.to_ipv6_opts"], [%"keys.75", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.75", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.32" = getelementptr i8, ptr %"data.76", i64 %"cursor.61"
  %".2900" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2901" = icmp ugt ptr %".2900", %"data_end.76"
  br i1 %".2901", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2903" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2904" = load i8, ptr %".2903", align 1
  %".2905" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2906" = load i8, ptr %".2905", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2904", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2925", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2906", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2927", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.136" = phi  ptr [%"data.76", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.135", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.76", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.135", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.76", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.135", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2929" = zext i8 %"w0_1.11" to i64
  %".2930" = trunc i64 %".2929" to i8
  %".2931" = getelementptr i8, ptr %"keys.136", i64 9
  store i8 %".2930", ptr %".2931", align 1
  %".2933" = add i64 %"cursor.61", 2
  %".2934" = zext i8 %"w1_1.6" to i64
  %".2935" = mul i64 %".2934", 8
  %".2936" = add i64 %".2935", 6
  %".2937" = add i64 %".2936", 2
  %".2938" = getelementptr i8, ptr %"data.136", i64 %"cursor.61"
  %".2939" = getelementptr i8, ptr %".2938", i64 %".2937"
  %".2940" = icmp ugt ptr %".2939", %"data_end.136"
  br i1 %".2940", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext1.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext1.variable_part:
  %"data.138" = phi  ptr [%"data.136", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data.137", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.136", %"ipv6_opts_d1_ipv6_ext1.header"], [%"data_end.137", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.136", %"ipv6_opts_d1_ipv6_ext1.header"], [%"keys.137", %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"]
  %"end.11" = add i64 %"cursor.61", %".2937"
  %".2961" = zext i8 %"w0_1.11" to i64
  switch i64 %".2961", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.65" = phi  i64 [%"cursor.66", %"ipv6_d1.to_ipv6_frag"]
  %"data.77" = phi  ptr [%"data.75", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.77" = phi  ptr [%"data_end.75", %"ipv6_d1.to_ipv6_frag"]
  %"keys.77" = phi  ptr [%"keys.75", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.33" = getelementptr i8, ptr %"data.77", i64 %"cursor.65"
  %".3083" = getelementptr i8, ptr %"hdr.33", i64 8
  %".3084" = icmp ugt ptr %".3083", %"data_end.77"
  br i1 %".3084", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3086" = getelementptr i8, ptr %"hdr.33", i64 0
  %".3087" = load i8, ptr %".3086", align 1
  %".3088" = getelementptr i8, ptr %"hdr.33", i64 2
  %".3089" = load i16, ptr %".3088", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.12" = phi  i8 [%".3087", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3108", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3089", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3110", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.142" = phi  ptr [%"data.77", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.141", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.77", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.141", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.77", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.141", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3112" = zext i8 %"w0_1.12" to i64
  %".3113" = trunc i64 %".3112" to i8
  %".3114" = getelementptr i8, ptr %"keys.142", i64 9
  store i8 %".3113", ptr %".3114", align 1
  %".3116" = add i64 %"cursor.65", 8
  %".3117" = icmp ne i64 1, 0
  %".3118" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3119" = zext i16 %".3118" to i64
  %".3120" = and i64 %".3119", 65528
  %".3121" = icmp eq i64 %".3120", 0
  br i1 %".3117", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1500" = trunc i64 %".1391" to i16
  %".1501" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1500", ptr %".1501", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1504" = trunc i64 %".1391" to i16
  %".1505" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1504", ptr %".1505", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1514" = trunc i64 %".1391" to i16
  %".1515" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1514", ptr %".1515", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1518" = trunc i64 %".1391" to i16
  %".1519" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1518", ptr %".1519", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1530" = trunc i64 %"cursor.20" to i32
  %".1531" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1530", [40 x i8]* %"header_copy", i32 2)
  %".1532" = icmp eq i64 %".1531", 0
  %".1533" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1534" = load i32, ptr %".1533", align 4
  %".1535" = zext i32 %".1534" to i64
  %"data.78" = inttoptr i64 %".1535" to ptr
  %".1536" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1537" = load i32, ptr %".1536", align 4
  %".1538" = zext i32 %".1537" to i64
  %"data_end.78" = inttoptr i64 %".1538" to ptr
  %".1539" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.78" = load ptr, ptr %".1539", align 8
  %".1540" = xor i1 %".1532", -1
  br i1 %".1540", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1542" = trunc i64 %"cursor.20" to i16
  %".1543" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1542", ptr %".1543", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1546" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1547" = load volatile i8, [40 x i8]* %".1546", align 1
  %".1548" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1549" = load volatile i8, [40 x i8]* %".1548", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.copy_last_byte:
  %".1564" = add i64 %"cursor.20", %".1559"
  %".1565" = sub i64 %".1564", 1
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1566" = trunc i64 %".1565" to i32
  %".1567" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1566", i64* %"last_byte", i32 1)
  %".1568" = icmp eq i64 %".1567", 0
  %".1569" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1570" = load i32, ptr %".1569", align 4
  %".1571" = zext i32 %".1570" to i64
  %"data.80" = inttoptr i64 %".1571" to ptr
  %".1572" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1573" = load i32, ptr %".1572", align 4
  %".1574" = zext i32 %".1573" to i64
  %"data_end.80" = inttoptr i64 %".1574" to ptr
  %".1575" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.80" = load ptr, ptr %".1575", align 8
  %".1576" = xor i1 %".1568", -1
  br i1 %".1576", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed:
  %".1578" = trunc i64 %"cursor.20" to i16
  %".1579" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1578", ptr %".1579", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext1.variable_part"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1585" = trunc i64 %"end.5" to i16
  %".1586" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1585", ptr %".1586", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  %".1591" = getelementptr i8, ptr %"keys.81", i64 2
  %".1592" = trunc i64 %"end.5" to i16
  store volatile i16 %".1592", ptr %".1591", align 2
  %".1594" = load volatile i16, ptr %".1591", align 2
  %".1595" = zext i16 %".1594" to i64
  %"cursor.77" = and i64 %".1595", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  %".1598" = getelementptr i8, ptr %"keys.81", i64 2
  %".1599" = trunc i64 %"end.5" to i16
  store volatile i16 %".1599", ptr %".1598", align 2
  %".1601" = load volatile i16, ptr %".1598", align 2
  %".1602" = zext i16 %".1601" to i64
  %"cursor.79" = and i64 %".1602", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.to_udp:
  %".1604" = getelementptr i8, ptr %"keys.81", i64 2
  %".1605" = trunc i64 %"end.5" to i16
  store volatile i16 %".1605", ptr %".1604", align 2
  %".1607" = load volatile i16, ptr %".1604", align 2
  %".1608" = zext i16 %".1607" to i64
  %"cursor.80" = and i64 %".1608", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  %".1610" = getelementptr i8, ptr %"keys.81", i64 2
  %".1611" = trunc i64 %"end.5" to i16
  store volatile i16 %".1611", ptr %".1610", align 2
  %".1613" = load volatile i16, ptr %".1610", align 2
  %".1614" = zext i16 %".1613" to i64
  %"cursor.81" = and i64 %".1614", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_gre:
  %".1616" = getelementptr i8, ptr %"keys.81", i64 2
  %".1617" = trunc i64 %"end.5" to i16
  store volatile i16 %".1617", ptr %".1616", align 2
  %".1619" = load volatile i16, ptr %".1616", align 2
  %".1620" = zext i16 %".1619" to i64
  %"cursor.82" = and i64 %".1620", 16383
  br label %"gre_d0"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  %".1622" = getelementptr i8, ptr %"keys.81", i64 2
  %".1623" = trunc i64 %"end.5" to i16
  store volatile i16 %".1623", ptr %".1622", align 2
  %".1625" = load volatile i16, ptr %".1622", align 2
  %".1626" = zext i16 %".1625" to i64
  %"cursor.83" = and i64 %".1626", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  %".1628" = getelementptr i8, ptr %"keys.81", i64 2
  %".1629" = trunc i64 %"end.5" to i16
  store volatile i16 %".1629", ptr %".1628", align 2
  %".1631" = load volatile i16, ptr %".1628", align 2
  %".1632" = zext i16 %".1631" to i64
  %"cursor.84" = and i64 %".1632", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_esp:
  %".1634" = getelementptr i8, ptr %"keys.81", i64 2
  %".1635" = trunc i64 %"end.5" to i16
  store volatile i16 %".1635", ptr %".1634", align 2
  %".1637" = load volatile i16, ptr %".1634", align 2
  %".1638" = zext i16 %".1637" to i64
  %"cursor.85" = and i64 %".1638", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  %".1640" = getelementptr i8, ptr %"keys.81", i64 2
  %".1641" = trunc i64 %"end.5" to i16
  store volatile i16 %".1641", ptr %".1640", align 2
  %".1643" = load volatile i16, ptr %".1640", align 2
  %".1644" = zext i16 %".1643" to i64
  %"cursor.86" = and i64 %".1644", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  %".1646" = getelementptr i8, ptr %"keys.81", i64 2
  %".1647" = trunc i64 %"end.5" to i16
  store volatile i16 %".1647", ptr %".1646", align 2
  %".1649" = load volatile i16, ptr %".1646", align 2
  %".1650" = zext i16 %".1649" to i64
  %"cursor.87" = and i64 %".1650", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".1652" = trunc i64 34887 to i16
  %".1653" = call i16 @"llvm.bswap.i16"(i16 %".1652")
  %".1654" = getelementptr i8, ptr %"keys.81", i64 10
  store i16 %".1653", ptr %".1654", align 2
  %".1656" = getelementptr i8, ptr %"keys.81", i64 2
  %".1657" = trunc i64 %"end.5" to i16
  store volatile i16 %".1657", ptr %".1656", align 2
  %".1659" = load volatile i16, ptr %".1656", align 2
  %".1660" = zext i16 %".1659" to i64
  %"cursor.88" = and i64 %".1660", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1662" = getelementptr i8, ptr %"keys.81", i64 8
  store i8 1, ptr %".1662", align 1
  %".1664" = getelementptr i8, ptr %"keys.81", i64 48
  %"flags.14" = load volatile i32, ptr %".1664", align 4
  %".1665" = and i32 %"flags.14", 4
  %".1666" = icmp ne i32 %".1665", 0
  br i1 %".1666", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1678" = getelementptr i8, ptr %"keys.81", i64 8
  store i8 1, ptr %".1678", align 1
  %".1680" = getelementptr i8, ptr %"keys.81", i64 48
  %"flags.15" = load volatile i32, ptr %".1680", align 4
  %".1681" = and i32 %"flags.15", 4
  %".1682" = icmp ne i32 %".1681", 0
  br i1 %".1682", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.76" = phi  i64 [%"end.5", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.5", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.77", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"cursor.92", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data.82" = phi  ptr [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.82" = phi  ptr [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.82" = phi  ptr [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.34" = getelementptr i8, ptr %"data.82", i64 %"cursor.76"
  %".3265" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3266" = icmp ugt ptr %".3265", %"data_end.82"
  br i1 %".3266", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3268" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3269" = load i8, ptr %".3268", align 1
  %".3270" = getelementptr i8, ptr %"hdr.34", i64 1
  %".3271" = load i8, ptr %".3270", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".3269", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3290", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3271", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3292", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.144" = phi  ptr [%"data.82", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.143", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.82", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.143", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.82", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.143", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3294" = zext i8 %"w0_1.13" to i64
  %".3295" = trunc i64 %".3294" to i8
  %".3296" = getelementptr i8, ptr %"keys.144", i64 9
  store i8 %".3295", ptr %".3296", align 1
  %".3298" = add i64 %"cursor.76", 2
  %".3299" = zext i8 %"w1_1.7" to i64
  %".3300" = mul i64 %".3299", 8
  %".3301" = add i64 %".3300", 6
  %".3302" = add i64 %".3301", 2
  %".3303" = getelementptr i8, ptr %"data.144", i64 %"cursor.76"
  %".3304" = getelementptr i8, ptr %".3303", i64 %".3302"
  %".3305" = icmp ugt ptr %".3304", %"data_end.144"
  br i1 %".3305", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext2.variable_part:
  %"data.146" = phi  ptr [%"data.144", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data.145", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.144", %"ipv6_opts_d0_ipv6_ext2.header"], [%"data_end.145", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.144", %"ipv6_opts_d0_ipv6_ext2.header"], [%"keys.145", %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.12" = add i64 %"cursor.76", %".3302"
  %".3326" = zext i8 %"w0_1.13" to i64
  switch i64 %".3326", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.78" = phi  i64 [%"end.5", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1727", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data.83" = phi  ptr [%"data.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data_end.83" = phi  ptr [%"data_end.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"keys.83" = phi  ptr [%"keys.81", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.85", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"hdr.35" = getelementptr i8, ptr %"data.83", i64 %"cursor.78"
  %".3437" = getelementptr i8, ptr %"hdr.35", i64 8
  %".3438" = icmp ugt ptr %".3437", %"data_end.83"
  br i1 %".3438", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3440" = getelementptr i8, ptr %"hdr.35", i64 0
  %".3441" = load i8, ptr %".3440", align 1
  %".3442" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3443" = load i16, ptr %".3442", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3441", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3462", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3443", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3464", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.150" = phi  ptr [%"data.83", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.149", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.150" = phi  ptr [%"data_end.83", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.150" = phi  ptr [%"keys.83", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3466" = zext i8 %"w0_1.14" to i64
  %".3467" = trunc i64 %".3466" to i8
  %".3468" = getelementptr i8, ptr %"keys.150", i64 9
  store i8 %".3467", ptr %".3468", align 1
  %".3470" = add i64 %"cursor.78", 8
  %".3471" = icmp ne i64 1, 0
  %".3472" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3473" = zext i16 %".3472" to i64
  %".3474" = and i64 %".3473", 65528
  %".3475" = icmp eq i64 %".3474", 0
  br i1 %".3471", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1668" = trunc i64 %"end.5" to i16
  %".1669" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1668", ptr %".1669", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1672" = getelementptr i8, ptr %"keys.81", i64 2
  %".1673" = trunc i64 %"end.5" to i16
  store volatile i16 %".1673", ptr %".1672", align 2
  %".1675" = load volatile i16, ptr %".1672", align 2
  %".1676" = zext i16 %".1675" to i64
  %"cursor.89" = and i64 %".1676", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1684" = trunc i64 %"end.5" to i16
  %".1685" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1684", ptr %".1685", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1688" = getelementptr i8, ptr %"keys.81", i64 2
  %".1689" = trunc i64 %"end.5" to i16
  store volatile i16 %".1689", ptr %".1688", align 2
  %".1691" = load volatile i16, ptr %".1688", align 2
  %".1692" = zext i16 %".1691" to i64
  %"cursor.90" = and i64 %".1692", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1702" = trunc i64 %"cursor.22" to i32
  %".1703" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1702", [40 x i8]* %"header_copy", i32 8)
  %".1704" = icmp eq i64 %".1703", 0
  %".1705" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1706" = load i32, ptr %".1705", align 4
  %".1707" = zext i32 %".1706" to i64
  %"data.84" = inttoptr i64 %".1707" to ptr
  %".1708" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1709" = load i32, ptr %".1708", align 4
  %".1710" = zext i32 %".1709" to i64
  %"data_end.84" = inttoptr i64 %".1710" to ptr
  %".1711" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.84" = load ptr, ptr %".1711", align 8
  %".1712" = xor i1 %".1704", -1
  br i1 %".1712", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1714" = trunc i64 %"cursor.22" to i16
  %".1715" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1714", ptr %".1715", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1718" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1719" = load volatile i8, [40 x i8]* %".1718", align 1
  %".1720" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1721" = load volatile i16, [40 x i8]* %".1720", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1734" = getelementptr i8, ptr %"keys.85", i64 6
  store i8 1, ptr %".1734", align 1
  br i1 %".1732", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1754" = zext i8 %"w0_1.5" to i64
  switch i64 %".1754", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1737" = getelementptr i8, ptr %"keys.85", i64 7
  store i8 1, ptr %".1737", align 1
  %".1739" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.16" = load volatile i32, ptr %".1739", align 4
  %".1740" = and i32 %"flags.16", 1
  %".1741" = icmp ne i32 %".1740", 0
  %".1742" = xor i1 %".1741", -1
  br i1 %".1742", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1749" = trunc i64 %".1727" to i16
  %".1750" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1749", ptr %".1750", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1744" = trunc i64 %".1727" to i16
  %".1745" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1744", ptr %".1745", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1756" = trunc i64 %".1727" to i16
  %".1757" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1756", ptr %".1757", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  %".1760" = getelementptr i8, ptr %"keys.85", i64 2
  %".1761" = trunc i64 %".1727" to i16
  store volatile i16 %".1761", ptr %".1760", align 2
  %".1763" = load volatile i16, ptr %".1760", align 2
  %".1764" = zext i16 %".1763" to i64
  %"cursor.91" = and i64 %".1764", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  %".1766" = getelementptr i8, ptr %"keys.85", i64 2
  %".1767" = trunc i64 %".1727" to i16
  store volatile i16 %".1767", ptr %".1766", align 2
  %".1769" = load volatile i16, ptr %".1766", align 2
  %".1770" = zext i16 %".1769" to i64
  %"cursor.92" = and i64 %".1770", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  %".1772" = getelementptr i8, ptr %"keys.85", i64 2
  %".1773" = trunc i64 %".1727" to i16
  store volatile i16 %".1773", ptr %".1772", align 2
  %".1775" = load volatile i16, ptr %".1772", align 2
  %".1776" = zext i16 %".1775" to i64
  %"cursor.93" = and i64 %".1776", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  %".1779" = getelementptr i8, ptr %"keys.85", i64 2
  %".1780" = trunc i64 %".1727" to i16
  store volatile i16 %".1780", ptr %".1779", align 2
  %".1782" = load volatile i16, ptr %".1779", align 2
  %".1783" = zext i16 %".1782" to i64
  %"cursor.94" = and i64 %".1783", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1.to_udp:
  %".1785" = getelementptr i8, ptr %"keys.85", i64 2
  %".1786" = trunc i64 %".1727" to i16
  store volatile i16 %".1786", ptr %".1785", align 2
  %".1788" = load volatile i16, ptr %".1785", align 2
  %".1789" = zext i16 %".1788" to i64
  %"cursor.95" = and i64 %".1789", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  %".1791" = getelementptr i8, ptr %"keys.85", i64 2
  %".1792" = trunc i64 %".1727" to i16
  store volatile i16 %".1792", ptr %".1791", align 2
  %".1794" = load volatile i16, ptr %".1791", align 2
  %".1795" = zext i16 %".1794" to i64
  %"cursor.96" = and i64 %".1795", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_gre:
  %".1797" = getelementptr i8, ptr %"keys.85", i64 2
  %".1798" = trunc i64 %".1727" to i16
  store volatile i16 %".1798", ptr %".1797", align 2
  %".1800" = load volatile i16, ptr %".1797", align 2
  %".1801" = zext i16 %".1800" to i64
  %"cursor.97" = and i64 %".1801", 16383
  br label %"gre_d0"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  %".1803" = getelementptr i8, ptr %"keys.85", i64 2
  %".1804" = trunc i64 %".1727" to i16
  store volatile i16 %".1804", ptr %".1803", align 2
  %".1806" = load volatile i16, ptr %".1803", align 2
  %".1807" = zext i16 %".1806" to i64
  %"cursor.98" = and i64 %".1807", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  %".1809" = getelementptr i8, ptr %"keys.85", i64 2
  %".1810" = trunc i64 %".1727" to i16
  store volatile i16 %".1810", ptr %".1809", align 2
  %".1812" = load volatile i16, ptr %".1809", align 2
  %".1813" = zext i16 %".1812" to i64
  %"cursor.99" = and i64 %".1813", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_esp:
  %".1815" = getelementptr i8, ptr %"keys.85", i64 2
  %".1816" = trunc i64 %".1727" to i16
  store volatile i16 %".1816", ptr %".1815", align 2
  %".1818" = load volatile i16, ptr %".1815", align 2
  %".1819" = zext i16 %".1818" to i64
  %"cursor.100" = and i64 %".1819", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  %".1821" = getelementptr i8, ptr %"keys.85", i64 2
  %".1822" = trunc i64 %".1727" to i16
  store volatile i16 %".1822", ptr %".1821", align 2
  %".1824" = load volatile i16, ptr %".1821", align 2
  %".1825" = zext i16 %".1824" to i64
  %"cursor.101" = and i64 %".1825", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  %".1827" = getelementptr i8, ptr %"keys.85", i64 2
  %".1828" = trunc i64 %".1727" to i16
  store volatile i16 %".1828", ptr %".1827", align 2
  %".1830" = load volatile i16, ptr %".1827", align 2
  %".1831" = zext i16 %".1830" to i64
  %"cursor.102" = and i64 %".1831", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".1833" = trunc i64 34887 to i16
  %".1834" = call i16 @"llvm.bswap.i16"(i16 %".1833")
  %".1835" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1834", ptr %".1835", align 2
  %".1837" = getelementptr i8, ptr %"keys.85", i64 2
  %".1838" = trunc i64 %".1727" to i16
  store volatile i16 %".1838", ptr %".1837", align 2
  %".1840" = load volatile i16, ptr %".1837", align 2
  %".1841" = zext i16 %".1840" to i64
  %"cursor.103" = and i64 %".1841", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1843" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1843", align 1
  %".1845" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.17" = load volatile i32, ptr %".1845", align 4
  %".1846" = and i32 %"flags.17", 4
  %".1847" = icmp ne i32 %".1846", 0
  br i1 %".1847", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1859" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1859", align 1
  %".1861" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.18" = load volatile i32, ptr %".1861", align 4
  %".1862" = and i32 %"flags.18", 4
  %".1863" = icmp ne i32 %".1862", 0
  br i1 %".1863", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1849" = trunc i64 %".1727" to i16
  %".1850" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1849", ptr %".1850", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1853" = getelementptr i8, ptr %"keys.85", i64 2
  %".1854" = trunc i64 %".1727" to i16
  store volatile i16 %".1854", ptr %".1853", align 2
  %".1856" = load volatile i16, ptr %".1853", align 2
  %".1857" = zext i16 %".1856" to i64
  %"cursor.104" = and i64 %".1857", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1865" = trunc i64 %".1727" to i16
  %".1866" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1865", ptr %".1866", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1869" = getelementptr i8, ptr %"keys.85", i64 2
  %".1870" = trunc i64 %".1727" to i16
  store volatile i16 %".1870", ptr %".1869", align 2
  %".1872" = load volatile i16, ptr %".1869", align 2
  %".1873" = zext i16 %".1872" to i64
  %"cursor.105" = and i64 %".1873", 16383
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1879" = trunc i64 %"cursor.23" to i32
  %".1880" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1879", [40 x i8]* %"header_copy", i32 4)
  %".1881" = icmp eq i64 %".1880", 0
  %".1882" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1883" = load i32, ptr %".1882", align 4
  %".1884" = zext i32 %".1883" to i64
  %"data.86" = inttoptr i64 %".1884" to ptr
  %".1885" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1886" = load i32, ptr %".1885", align 4
  %".1887" = zext i32 %".1886" to i64
  %"data_end.86" = inttoptr i64 %".1887" to ptr
  %".1888" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.86" = load ptr, ptr %".1888", align 8
  %".1889" = xor i1 %".1881", -1
  br i1 %".1889", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1891" = trunc i64 %"cursor.23" to i16
  %".1892" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1891", ptr %".1892", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1907" = trunc i64 %"cursor.27" to i32
  %".1908" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1907", [40 x i8]* %"header_copy", i32 4)
  %".1909" = icmp eq i64 %".1908", 0
  %".1910" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1911" = load i32, ptr %".1910", align 4
  %".1912" = zext i32 %".1911" to i64
  %"data.88" = inttoptr i64 %".1912" to ptr
  %".1913" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1914" = load i32, ptr %".1913", align 4
  %".1915" = zext i32 %".1914" to i64
  %"data_end.88" = inttoptr i64 %".1915" to ptr
  %".1916" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.88" = load ptr, ptr %".1916", align 8
  %".1917" = xor i1 %".1909", -1
  br i1 %".1917", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1919" = trunc i64 %"cursor.27" to i16
  %".1920" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1919", ptr %".1920", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1923" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1924" = load volatile i16, [40 x i8]* %".1923", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1939" = trunc i64 %".1932" to i16
  %".1940" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1939", ptr %".1940", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  %".1943" = getelementptr i8, ptr %"keys.89", i64 2
  %".1944" = trunc i64 %".1932" to i16
  store volatile i16 %".1944", ptr %".1943", align 2
  %".1946" = load volatile i16, ptr %".1943", align 2
  %".1947" = zext i16 %".1946" to i64
  %"cursor.106" = and i64 %".1947", 16383
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  %".1949" = getelementptr i8, ptr %"keys.89", i64 2
  %".1950" = trunc i64 %".1932" to i16
  store volatile i16 %".1950", ptr %".1949", align 2
  %".1952" = load volatile i16, ptr %".1949", align 2
  %".1953" = zext i16 %".1952" to i64
  %"cursor.107" = and i64 %".1953", 16383
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1955" = trunc i64 %".1932" to i16
  %".1956" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1955", ptr %".1956", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1959" = trunc i64 %".1932" to i16
  %".1960" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1959", ptr %".1960", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  %".1963" = getelementptr i8, ptr %"keys.89", i64 2
  %".1964" = trunc i64 %".1932" to i16
  store volatile i16 %".1964", ptr %".1963", align 2
  %".1966" = load volatile i16, ptr %".1963", align 2
  %".1967" = zext i16 %".1966" to i64
  %"cursor.108" = and i64 %".1967", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  %".1969" = getelementptr i8, ptr %"keys.89", i64 2
  %".1970" = trunc i64 %".1932" to i16
  store volatile i16 %".1970", ptr %".1969", align 2
  %".1972" = load volatile i16, ptr %".1969", align 2
  %".1973" = zext i16 %".1972" to i64
  %"cursor.109" = and i64 %".1973", 16383
  br label %"mpls_d0_mpls_labels1"
vlan_d0_vlan_tags2.to_pppoe:
  %".1975" = getelementptr i8, ptr %"keys.89", i64 2
  %".1976" = trunc i64 %".1932" to i16
  store volatile i16 %".1976", ptr %".1975", align 2
  %".1978" = load volatile i16, ptr %".1975", align 2
  %".1979" = zext i16 %".1978" to i64
  %"cursor.110" = and i64 %".1979", 16383
  br label %"pppoe_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1987" = trunc i64 %"cursor.30" to i32
  %".1988" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1987", [40 x i8]* %"header_copy", i32 4)
  %".1989" = icmp eq i64 %".1988", 0
  %".1990" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1991" = load i32, ptr %".1990", align 4
  %".1992" = zext i32 %".1991" to i64
  %"data.90" = inttoptr i64 %".1992" to ptr
  %".1993" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1994" = load i32, ptr %".1993", align 4
  %".1995" = zext i32 %".1994" to i64
  %"data_end.90" = inttoptr i64 %".1995" to ptr
  %".1996" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.90" = load ptr, ptr %".1996", align 8
  %".1997" = xor i1 %".1989", -1
  br i1 %".1997", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".1999" = trunc i64 %"cursor.30" to i16
  %".2000" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1999", ptr %".2000", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2003" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2004" = load volatile i8, [40 x i8]* %".2003", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2010" = trunc i64 %".2006" to i16
  %".2011" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2010", ptr %".2011", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels2.to_ip_version:
  %".2015" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".2015", align 1
  %".2017" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.19" = load volatile i32, ptr %".2017", align 4
  %".2018" = and i32 %"flags.19", 4
  %".2019" = icmp ne i32 %".2018", 0
  br i1 %".2019", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels3:
  %"cursor.111" = phi  i64 [%".2006", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.92" = phi  ptr [%"data.91", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.92" = phi  ptr [%"data_end.91", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.92" = phi  ptr [%"keys.91", %"mpls_d0_mpls_labels2.to_mpls"]
  %"hdr.36" = getelementptr i8, ptr %"data.92", i64 %"cursor.111"
  %".3618" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3619" = icmp ugt ptr %".3618", %"data_end.92"
  br i1 %".3619", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".3621" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3622" = load i8, ptr %".3621", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".3622", %"mpls_d0_mpls_labels3.linear"], [%".3641", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.152" = phi  ptr [%"data.92", %"mpls_d0_mpls_labels3.linear"], [%"data.151", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.152" = phi  ptr [%"data_end.92", %"mpls_d0_mpls_labels3.linear"], [%"data_end.151", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.152" = phi  ptr [%"keys.92", %"mpls_d0_mpls_labels3.linear"], [%"keys.151", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".3643" = add i64 %"cursor.111", 4
  %".3644" = zext i8 %"w2_1.3" to i64
  %".3645" = and i64 %".3644", 1
  switch i64 %".3645", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels2.stop_at_encap:
  %".2021" = trunc i64 %".2006" to i16
  %".2022" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2021", ptr %".2022", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2025" = getelementptr i8, ptr %"keys.91", i64 2
  %".2026" = trunc i64 %".2006" to i16
  store volatile i16 %".2026", ptr %".2025", align 2
  %".2028" = load volatile i16, ptr %".2025", align 2
  %".2029" = zext i16 %".2028" to i64
  %"cursor.112" = and i64 %".2029", 16383
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2037" = trunc i64 %"cursor.31" to i32
  %".2038" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2037", [40 x i8]* %"header_copy", i32 1)
  %".2039" = icmp eq i64 %".2038", 0
  %".2040" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2041" = load i32, ptr %".2040", align 4
  %".2042" = zext i32 %".2041" to i64
  %"data.93" = inttoptr i64 %".2042" to ptr
  %".2043" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2044" = load i32, ptr %".2043", align 4
  %".2045" = zext i32 %".2044" to i64
  %"data_end.93" = inttoptr i64 %".2045" to ptr
  %".2046" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.93" = load ptr, ptr %".2046", align 8
  %".2047" = xor i1 %".2039", -1
  br i1 %".2047", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2049" = trunc i64 %"cursor.31" to i16
  %".2050" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2049", ptr %".2050", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2053" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2054" = load volatile i8, [40 x i8]* %".2053", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2060" = trunc i64 %"cursor.31" to i16
  %".2061" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".2060", ptr %".2061", align 2
  br label %"return"
ip_version_d1.to_ipv4:
  %".2064" = getelementptr i8, ptr %"keys.94", i64 2
  %".2065" = trunc i64 %"cursor.31" to i16
  store volatile i16 %".2065", ptr %".2064", align 2
  %".2067" = load volatile i16, ptr %".2064", align 2
  %".2068" = zext i16 %".2067" to i64
  %"cursor.113" = and i64 %".2068", 16383
  br label %"ipv4_d1"
ip_version_d1.to_ipv6:
  %".2070" = getelementptr i8, ptr %"keys.94", i64 2
  %".2071" = trunc i64 %"cursor.31" to i16
  store volatile i16 %".2071", ptr %".2070", align 2
  %".2073" = load volatile i16, ptr %".2070", align 2
  %".2074" = zext i16 %".2073" to i64
  %"cursor.114" = and i64 %".2074", 16383
  br label %"ipv6_d1"
tcp_header.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2082" = trunc i64 %"cursor.37" to i32
  %".2083" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2082", [40 x i8]* %"header_copy", i32 20)
  %".2084" = icmp eq i64 %".2083", 0
  %".2085" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2086" = load i32, ptr %".2085", align 4
  %".2087" = zext i32 %".2086" to i64
  %"data.95" = inttoptr i64 %".2087" to ptr
  %".2088" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2089" = load i32, ptr %".2088", align 4
  %".2090" = zext i32 %".2089" to i64
  %"data_end.95" = inttoptr i64 %".2090" to ptr
  %".2091" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.95" = load ptr, ptr %".2091", align 8
  %".2092" = xor i1 %".2084", -1
  br i1 %".2092", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2094" = trunc i64 %"cursor.37" to i16
  %".2095" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2094", ptr %".2095", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2098" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2099" = load volatile i8, [40 x i8]* %".2098", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2107" = trunc i64 %"cursor.37" to i16
  %".2108" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2107", ptr %".2108", align 2
  br label %"return"
tcp_header.require.endif:
  %".2111" = add i64 %"cursor.37", 20
  %".2112" = zext i8 %"w12_1" to i64
  %".2113" = lshr i64 %".2112", 4
  %".2114" = and i64 %".2113", 15
  %".2115" = mul i64 %".2114", 4
  %".2116" = sub i64 %".2115", 20
  %".2117" = add i64 %".2116", 20
  %".2118" = getelementptr i8, ptr %"data.96", i64 %"cursor.37"
  %".2119" = getelementptr i8, ptr %".2118", i64 %".2117"
  %".2120" = icmp ugt ptr %".2119", %"data_end.96"
  br i1 %".2120", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.98" = phi  ptr [%"data.96", %"tcp_header.require.endif"], [%"data.97", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.98" = phi  ptr [%"data_end.96", %"tcp_header.require.endif"], [%"data_end.97", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.98" = phi  ptr [%"keys.96", %"tcp_header.require.endif"], [%"keys.97", %"tcp_header.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.37", %".2117"
  %".2141" = trunc i64 %"cursor.37" to i16
  %".2142" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2141", ptr %".2142", align 2
  br label %"return"
tcp_header.copy_last_byte:
  %".2122" = add i64 %"cursor.37", %".2117"
  %".2123" = sub i64 %".2122", 1
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2124" = trunc i64 %".2123" to i32
  %".2125" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2124", i64* %"last_byte", i32 1)
  %".2126" = icmp eq i64 %".2125", 0
  %".2127" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2128" = load i32, ptr %".2127", align 4
  %".2129" = zext i32 %".2128" to i64
  %"data.97" = inttoptr i64 %".2129" to ptr
  %".2130" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2131" = load i32, ptr %".2130", align 4
  %".2132" = zext i32 %".2131" to i64
  %"data_end.97" = inttoptr i64 %".2132" to ptr
  %".2133" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.97" = load ptr, ptr %".2133", align 8
  %".2134" = xor i1 %".2126", -1
  br i1 %".2134", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2136" = trunc i64 %"cursor.37" to i16
  %".2137" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2136", ptr %".2137", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2149" = trunc i64 %"cursor.38" to i32
  %".2150" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2149", [40 x i8]* %"header_copy", i32 8)
  %".2151" = icmp eq i64 %".2150", 0
  %".2152" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2153" = load i32, ptr %".2152", align 4
  %".2154" = zext i32 %".2153" to i64
  %"data.99" = inttoptr i64 %".2154" to ptr
  %".2155" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2156" = load i32, ptr %".2155", align 4
  %".2157" = zext i32 %".2156" to i64
  %"data_end.99" = inttoptr i64 %".2157" to ptr
  %".2158" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.99" = load ptr, ptr %".2158", align 8
  %".2159" = xor i1 %".2151", -1
  br i1 %".2159", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2161" = trunc i64 %"cursor.38" to i16
  %".2162" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2161", ptr %".2162", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2173" = trunc i64 %".2166" to i16
  %".2174" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2173", ptr %".2174", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.unknown:
  %".2178" = trunc i64 %".2166" to i16
  %".2179" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2178", ptr %".2179", align 2
  br label %"return"
vxlan_d0.to_ethernet:
  %".2182" = getelementptr i8, ptr %"keys.100", i64 2
  %".2183" = trunc i64 %".2166" to i16
  store volatile i16 %".2183", ptr %".2182", align 2
  %".2185" = load volatile i16, ptr %".2182", align 2
  %".2186" = zext i16 %".2185" to i64
  %"cursor.115" = and i64 %".2186", 16383
  br label %"ethernet_d1"
geneve_d0.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2196" = trunc i64 %"cursor.39" to i32
  %".2197" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2196", [40 x i8]* %"header_copy", i32 8)
  %".2198" = icmp eq i64 %".2197", 0
  %".2199" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2200" = load i32, ptr %".2199", align 4
  %".2201" = zext i32 %".2200" to i64
  %"data.101" = inttoptr i64 %".2201" to ptr
  %".2202" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2203" = load i32, ptr %".2202", align 4
  %".2204" = zext i32 %".2203" to i64
  %"data_end.101" = inttoptr i64 %".2204" to ptr
  %".2205" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.101" = load ptr, ptr %".2205", align 8
  %".2206" = xor i1 %".2198", -1
  br i1 %".2206", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2208" = trunc i64 %"cursor.39" to i16
  %".2209" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2208", ptr %".2209", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2212" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2213" = load volatile i8, [40 x i8]* %".2212", align 1
  %".2214" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2215" = load volatile i16, [40 x i8]* %".2214", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2222" = trunc i64 %"cursor.39" to i16
  %".2223" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2222", ptr %".2223", align 2
  br label %"return"
geneve_d0.stop_before.endif:
  %".2226" = add i64 %"cursor.39", 8
  %".2227" = zext i8 %"w0_1.7" to i64
  %".2228" = and i64 %".2227", 63
  %".2229" = mul i64 %".2228", 4
  %".2230" = add i64 %".2229", 8
  %".2231" = getelementptr i8, ptr %"data.102", i64 %"cursor.39"
  %".2232" = getelementptr i8, ptr %".2231", i64 %".2230"
  %".2233" = icmp ugt ptr %".2232", %"data_end.102"
  br i1 %".2233", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.104" = phi  ptr [%"data.102", %"geneve_d0.stop_before.endif"], [%"data.103", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.104" = phi  ptr [%"data_end.102", %"geneve_d0.stop_before.endif"], [%"data_end.103", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.104" = phi  ptr [%"keys.102", %"geneve_d0.stop_before.endif"], [%"keys.103", %"geneve_d0.copy_last_byte_failed.endif"]
  %"end.7" = add i64 %"cursor.39", %".2230"
  %".2254" = getelementptr i8, ptr %"keys.104", i64 8
  store i8 1, ptr %".2254", align 1
  %".2256" = getelementptr i8, ptr %"keys.104", i64 48
  %"flags.21" = load volatile i32, ptr %".2256", align 4
  %".2257" = and i32 %"flags.21", 4
  %".2258" = icmp ne i32 %".2257", 0
  br i1 %".2258", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
geneve_d0.copy_last_byte:
  %".2235" = add i64 %"cursor.39", %".2230"
  %".2236" = sub i64 %".2235", 1
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2237" = trunc i64 %".2236" to i32
  %".2238" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2237", i64* %"last_byte", i32 1)
  %".2239" = icmp eq i64 %".2238", 0
  %".2240" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2241" = load i32, ptr %".2240", align 4
  %".2242" = zext i32 %".2241" to i64
  %"data.103" = inttoptr i64 %".2242" to ptr
  %".2243" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2244" = load i32, ptr %".2243", align 4
  %".2245" = zext i32 %".2244" to i64
  %"data_end.103" = inttoptr i64 %".2245" to ptr
  %".2246" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.103" = load ptr, ptr %".2246", align 8
  %".2247" = xor i1 %".2239", -1
  br i1 %".2247", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2249" = trunc i64 %"cursor.39" to i16
  %".2250" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2249", ptr %".2250", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2260" = trunc i64 %"end.7" to i16
  %".2261" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2260", ptr %".2261", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2264" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2265" = zext i16 %".2264" to i64
  switch i64 %".2265", label %"geneve_d0.unknown" [i64 25944, label %"geneve_d0.to_ethernet" i64 2048, label %"geneve_d0.to_ipv4" i64 34525, label %"geneve_d0.to_ipv6"]
geneve_d0.unknown:
  %".2267" = trunc i64 %"end.7" to i16
  %".2268" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2267", ptr %".2268", align 2
  br label %"return"
geneve_d0.to_ethernet:
  %".2271" = getelementptr i8, ptr %"keys.104", i64 2
  %".2272" = trunc i64 %"end.7" to i16
  store volatile i16 %".2272", ptr %".2271", align 2
  %".2274" = load volatile i16, ptr %".2271", align 2
  %".2275" = zext i16 %".2274" to i64
  %"cursor.116" = and i64 %".2275", 16383
  br label %"ethernet_d1"
geneve_d0.to_ipv4:
  %".2277" = getelementptr i8, ptr %"keys.104", i64 2
  %".2278" = trunc i64 %"end.7" to i16
  store volatile i16 %".2278", ptr %".2277", align 2
  %".2280" = load volatile i16, ptr %".2277", align 2
  %".2281" = zext i16 %".2280" to i64
  %"cursor.117" = and i64 %".2281", 16383
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  %".2283" = getelementptr i8, ptr %"keys.104", i64 2
  %".2284" = trunc i64 %"end.7" to i16
  store volatile i16 %".2284", ptr %".2283", align 2
  %".2286" = load volatile i16, ptr %".2283", align 2
  %".2287" = zext i16 %".2286" to i64
  %"cursor.118" = and i64 %".2287", 16383
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2297" = trunc i64 %"cursor.40" to i32
  %".2298" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2297", [40 x i8]* %"header_copy", i32 4)
  %".2299" = icmp eq i64 %".2298", 0
  %".2300" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2301" = load i32, ptr %".2300", align 4
  %".2302" = zext i32 %".2301" to i64
  %"data.105" = inttoptr i64 %".2302" to ptr
  %".2303" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2304" = load i32, ptr %".2303", align 4
  %".2305" = zext i32 %".2304" to i64
  %"data_end.105" = inttoptr i64 %".2305" to ptr
  %".2306" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.105" = load ptr, ptr %".2306", align 8
  %".2307" = xor i1 %".2299", -1
  br i1 %".2307", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".2309" = trunc i64 %"cursor.40" to i16
  %".2310" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2309", ptr %".2310", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".2313" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2314" = load volatile i8, [40 x i8]* %".2313", align 1
  %".2315" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2316" = load volatile i8, [40 x i8]* %".2315", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".2328" = trunc i64 %"cursor.40" to i16
  %".2329" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2328", ptr %".2329", align 2
  br label %"return"
gue_d0.stop_before.endif:
  %".2332" = add i64 %"cursor.40", 4
  %".2333" = zext i8 %"w0_1.8" to i64
  %".2334" = and i64 %".2333", 31
  %".2335" = mul i64 %".2334", 4
  %".2336" = add i64 %".2335", 4
  %".2337" = getelementptr i8, ptr %"data.106", i64 %"cursor.40"
  %".2338" = getelementptr i8, ptr %".2337", i64 %".2336"
  %".2339" = icmp ugt ptr %".2338", %"data_end.106"
  br i1 %".2339", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.108" = phi  ptr [%"data.106", %"gue_d0.stop_before.endif"], [%"data.107", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.108" = phi  ptr [%"data_end.106", %"gue_d0.stop_before.endif"], [%"data_end.107", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.108" = phi  ptr [%"keys.106", %"gue_d0.stop_before.endif"], [%"keys.107", %"gue_d0.copy_last_byte_failed.endif"]
  %"end.8" = add i64 %"cursor.40", %".2336"
  %".2360" = getelementptr i8, ptr %"keys.108", i64 8
  store i8 1, ptr %".2360", align 1
  %".2362" = getelementptr i8, ptr %"keys.108", i64 48
  %"flags.22" = load volatile i32, ptr %".2362", align 4
  %".2363" = and i32 %"flags.22", 4
  %".2364" = icmp ne i32 %".2363", 0
  br i1 %".2364", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gue_d0.copy_last_byte:
  %".2341" = add i64 %"cursor.40", %".2336"
  %".2342" = sub i64 %".2341", 1
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2343" = trunc i64 %".2342" to i32
  %".2344" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2343", i64* %"last_byte", i32 1)
  %".2345" = icmp eq i64 %".2344", 0
  %".2346" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2347" = load i32, ptr %".2346", align 4
  %".2348" = zext i32 %".2347" to i64
  %"data.107" = inttoptr i64 %".2348" to ptr
  %".2349" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2350" = load i32, ptr %".2349", align 4
  %".2351" = zext i32 %".2350" to i64
  %"data_end.107" = inttoptr i64 %".2351" to ptr
  %".2352" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.107" = load ptr, ptr %".2352", align 8
  %".2353" = xor i1 %".2345", -1
  br i1 %".2353", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".2355" = trunc i64 %"cursor.40" to i16
  %".2356" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2355", ptr %".2356", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".2366" = trunc i64 %"end.8" to i16
  %".2367" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2366", ptr %".2367", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".2370" = zext i8 %"w1_1.3" to i64
  switch i64 %".2370", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.unknown:
  %".2372" = trunc i64 %"end.8" to i16
  %".2373" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2372", ptr %".2373", align 2
  br label %"return"
gue_d0.to_ipv4:
  %".2376" = getelementptr i8, ptr %"keys.108", i64 2
  %".2377" = trunc i64 %"end.8" to i16
  store volatile i16 %".2377", ptr %".2376", align 2
  %".2379" = load volatile i16, ptr %".2376", align 2
  %".2380" = zext i16 %".2379" to i64
  %"cursor.119" = and i64 %".2380", 16383
  br label %"ipv4_d1"
gue_d0.to_ipv6:
  %".2382" = getelementptr i8, ptr %"keys.108", i64 2
  %".2383" = trunc i64 %"end.8" to i16
  store volatile i16 %".2383", ptr %".2382", align 2
  %".2385" = load volatile i16, ptr %".2382", align 2
  %".2386" = zext i16 %".2385" to i64
  %"cursor.120" = and i64 %".2386", 16383
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2396" = trunc i64 %"cursor.41" to i32
  %".2397" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2396", [40 x i8]* %"header_copy", i32 8)
  %".2398" = icmp eq i64 %".2397", 0
  %".2399" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2400" = load i32, ptr %".2399", align 4
  %".2401" = zext i32 %".2400" to i64
  %"data.109" = inttoptr i64 %".2401" to ptr
  %".2402" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2403" = load i32, ptr %".2402", align 4
  %".2404" = zext i32 %".2403" to i64
  %"data_end.109" = inttoptr i64 %".2404" to ptr
  %".2405" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.109" = load ptr, ptr %".2405", align 8
  %".2406" = xor i1 %".2398", -1
  br i1 %".2406", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".2408" = trunc i64 %"cursor.41" to i16
  %".2409" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2408", ptr %".2409", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".2412" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2413" = load volatile i8, [40 x i8]* %".2412", align 1
  %".2414" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2415" = load volatile i8, [40 x i8]* %".2414", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".2430" = trunc i64 %"cursor.41" to i16
  %".2431" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2430", ptr %".2431", align 2
  br label %"return"
gtpu_d0.stop_before.endif:
  %".2434" = add i64 %"cursor.41", 8
  %".2435" = getelementptr i8, ptr %"keys.110", i64 8
  store i8 1, ptr %".2435", align 1
  %".2437" = getelementptr i8, ptr %"keys.110", i64 48
  %"flags.23" = load volatile i32, ptr %".2437", align 4
  %".2438" = and i32 %"flags.23", 4
  %".2439" = icmp ne i32 %".2438", 0
  br i1 %".2439", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
gtpu_d0.stop_at_encap:
  %".2441" = trunc i64 %".2434" to i16
  %".2442" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2441", ptr %".2442", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".2445" = zext i8 %"w0_1.9" to i64
  %".2446" = lshr i64 %".2445", 2
  %".2447" = and i64 %".2446", 1
  %".2448" = mul i64 %".2447", 4
  %".2449" = zext i8 %"w0_1.9" to i64
  %".2450" = lshr i64 %".2449", 1
  %".2451" = and i64 %".2450", 1
  %".2452" = mul i64 %".2451", 2
  %".2453" = add i64 %".2448", %".2452"
  %".2454" = zext i8 %"w0_1.9" to i64
  %".2455" = and i64 %".2454", 1
  %".2456" = add i64 %".2453", %".2455"
  %".2457" = icmp uge i64 %".2456", 1
  %".2458" = icmp ule i64 %".2456", 3
  %".2459" = and i1 %".2457", %".2458"
  br i1 %".2459", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".2466" = trunc i64 %".2434" to i16
  %".2467" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2466", ptr %".2467", align 2
  br label %"return"
gtpu_d0.to_ip_version:
  %".2470" = getelementptr i8, ptr %"keys.110", i64 2
  %".2471" = trunc i64 %".2434" to i16
  store volatile i16 %".2471", ptr %".2470", align 2
  %".2473" = load volatile i16, ptr %".2470", align 2
  %".2474" = zext i16 %".2473" to i64
  %"cursor.121" = and i64 %".2474", 16383
  br label %"ip_version_d1"
gtpu_d0.to_gtpu_opt:
  %".2476" = getelementptr i8, ptr %"keys.110", i64 2
  %".2477" = trunc i64 %".2434" to i16
  store volatile i16 %".2477", ptr %".2476", align 2
  %".2479" = load volatile i16, ptr %".2476", align 2
  %".2480" = zext i16 %".2479" to i64
  %"cursor.123" = and i64 %".2480", 16383
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  %".2482" = getelementptr i8, ptr %"keys.110", i64 2
  %".2483" = trunc i64 %".2434" to i16
  store volatile i16 %".2483", ptr %".2482", align 2
  %".2485" = load volatile i16, ptr %".2482", align 2
  %".2486" = zext i16 %".2485" to i64
  %"cursor.125" = and i64 %".2486", 16383
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".2461" = icmp uge i64 %".2456", 4
  %".2462" = icmp ule i64 %".2456", 7
  %".2463" = and i1 %".2461", %".2462"
  br i1 %".2463", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".2456", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_opt_d1:
  %"cursor.122" = phi  i64 [%"cursor.123", %"gtpu_d0.to_gtpu_opt"]
  %"data.111" = phi  ptr [%"data.110", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.111" = phi  ptr [%"data_end.110", %"gtpu_d0.to_gtpu_opt"]
  %"keys.111" = phi  ptr [%"keys.110", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.37" = getelementptr i8, ptr %"data.111", i64 %"cursor.122"
  %".3668" = getelementptr i8, ptr %"hdr.37", i64 4
  %".3669" = icmp ugt ptr %".3668", %"data_end.111"
  br i1 %".3669", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.155" = phi  ptr [%"data.111", %"gtpu_opt_d1.linear"], [%"data.154", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.111", %"gtpu_opt_d1.linear"], [%"data_end.154", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.111", %"gtpu_opt_d1.linear"], [%"keys.154", %"gtpu_opt_d1.copy_failed.endif"]
  %".3689" = add i64 %"cursor.122", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_seq_d1:
  %"cursor.124" = phi  i64 [%"cursor.125", %"gtpu_d0.to_gtpu_seq"]
  %"data.112" = phi  ptr [%"data.110", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.112" = phi  ptr [%"data_end.110", %"gtpu_d0.to_gtpu_seq"]
  %"keys.112" = phi  ptr [%"keys.110", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.38" = getelementptr i8, ptr %"data.112", i64 %"cursor.124"
  %".3701" = getelementptr i8, ptr %"hdr.38", i64 3
  %".3702" = icmp ugt ptr %".3701", %"data_end.112"
  br i1 %".3702", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.157" = phi  ptr [%"data.112", %"gtpu_seq_d1.linear"], [%"data.156", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.112", %"gtpu_seq_d1.linear"], [%"data_end.156", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.112", %"gtpu_seq_d1.linear"], [%"keys.156", %"gtpu_seq_d1.copy_failed.endif"]
  %".3722" = add i64 %"cursor.124", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
shim_d0.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2494" = trunc i64 %"cursor.42" to i32
  %".2495" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2494", [40 x i8]* %"header_copy", i32 8)
  %".2496" = icmp eq i64 %".2495", 0
  %".2497" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2498" = load i32, ptr %".2497", align 4
  %".2499" = zext i32 %".2498" to i64
  %"data.113" = inttoptr i64 %".2499" to ptr
  %".2500" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2501" = load i32, ptr %".2500", align 4
  %".2502" = zext i32 %".2501" to i64
  %"data_end.113" = inttoptr i64 %".2502" to ptr
  %".2503" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.113" = load ptr, ptr %".2503", align 8
  %".2504" = xor i1 %".2496", -1
  br i1 %".2504", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".2506" = trunc i64 %"cursor.42" to i16
  %".2507" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2506", ptr %".2507", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".2510" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2511" = load volatile i16, [40 x i8]* %".2510", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".2520" = trunc i64 %".2513" to i16
  %".2521" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2520", ptr %".2521", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".2524" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2525" = zext i16 %".2524" to i64
  switch i64 %".2525", label %"shim_d0.unknown" [i64 2048, label %"shim_d0.to_ipv4"]
shim_d0.unknown:
  %".2527" = trunc i64 %".2513" to i16
  %".2528" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2527", ptr %".2528", align 2
  br label %"return"
shim_d0.to_ipv4:
  %".2531" = getelementptr i8, ptr %"keys.114", i64 2
  %".2532" = trunc i64 %".2513" to i16
  store volatile i16 %".2532", ptr %".2531", align 2
  %".2534" = load volatile i16, ptr %".2531", align 2
  %".2535" = zext i16 %".2534" to i64
  %"cursor.126" = and i64 %".2535", 16383
  br label %"ipv4_d1"
ethernet_d1.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2543" = trunc i64 %"cursor.45" to i32
  %".2544" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2543", [40 x i8]* %"header_copy", i32 14)
  %".2545" = icmp eq i64 %".2544", 0
  %".2546" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2547" = load i32, ptr %".2546", align 4
  %".2548" = zext i32 %".2547" to i64
  %"data.115" = inttoptr i64 %".2548" to ptr
  %".2549" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2550" = load i32, ptr %".2549", align 4
  %".2551" = zext i32 %".2550" to i64
  %"data_end.115" = inttoptr i64 %".2551" to ptr
  %".2552" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.115" = load ptr, ptr %".2552", align 8
  %".2553" = xor i1 %".2545", -1
  br i1 %".2553", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".2555" = trunc i64 %"cursor.45" to i16
  %".2556" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2555", ptr %".2556", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".2559" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2560" = load volatile i16, [40 x i8]* %".2559", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".2572" = trunc i64 %".2568" to i16
  %".2573" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2572", ptr %".2573", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  %".2576" = getelementptr i8, ptr %"keys.116", i64 2
  %".2577" = trunc i64 %".2568" to i16
  store volatile i16 %".2577", ptr %".2576", align 2
  %".2579" = load volatile i16, ptr %".2576", align 2
  %".2580" = zext i16 %".2579" to i64
  %"cursor.127" = and i64 %".2580", 16383
  br label %"ipv4_d1"
ethernet_d1.to_ipv6:
  %".2582" = getelementptr i8, ptr %"keys.116", i64 2
  %".2583" = trunc i64 %".2568" to i16
  store volatile i16 %".2583", ptr %".2582", align 2
  %".2585" = load volatile i16, ptr %".2582", align 2
  %".2586" = zext i16 %".2585" to i64
  %"cursor.128" = and i64 %".2586", 16383
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  %".2588" = getelementptr i8, ptr %"keys.116", i64 2
  %".2589" = trunc i64 %".2568" to i16
  store volatile i16 %".2589", ptr %".2588", align 2
  %".2591" = load volatile i16, ptr %".2588", align 2
  %".2592" = zext i16 %".2591" to i64
  %"cursor.130" = and i64 %".2592", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  %".2594" = getelementptr i8, ptr %"keys.116", i64 2
  %".2595" = trunc i64 %".2568" to i16
  store volatile i16 %".2595", ptr %".2594", align 2
  %".2597" = load volatile i16, ptr %".2594", align 2
  %".2598" = zext i16 %".2597" to i64
  %"cursor.131" = and i64 %".2598", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  %".2600" = getelementptr i8, ptr %"keys.116", i64 2
  %".2601" = trunc i64 %".2568" to i16
  store volatile i16 %".2601", ptr %".2600", align 2
  %".2603" = load volatile i16, ptr %".2600", align 2
  %".2604" = zext i16 %".2603" to i64
  %"cursor.132" = and i64 %".2604", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1.to_mpls.1:
  %".2606" = getelementptr i8, ptr %"keys.116", i64 2
  %".2607" = trunc i64 %".2568" to i16
  store volatile i16 %".2607", ptr %".2606", align 2
  %".2609" = load volatile i16, ptr %".2606", align 2
  %".2610" = zext i16 %".2609" to i64
  %"cursor.133" = and i64 %".2610", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1.to_pppoe:
  %".2612" = getelementptr i8, ptr %"keys.116", i64 2
  %".2613" = trunc i64 %".2568" to i16
  store volatile i16 %".2613", ptr %".2612", align 2
  %".2615" = load volatile i16, ptr %".2612", align 2
  %".2616" = zext i16 %".2615" to i64
  %"cursor.135" = and i64 %".2616", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.129" = phi  i64 [%"cursor.130", %"ethernet_d1.to_vlan"], [%"cursor.131", %"ethernet_d1.to_vlan.1"]
  %"data.117" = phi  ptr [%"data.116", %"ethernet_d1.to_vlan"], [%"data.116", %"ethernet_d1.to_vlan.1"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"ethernet_d1.to_vlan"], [%"data_end.116", %"ethernet_d1.to_vlan.1"]
  %"keys.117" = phi  ptr [%"keys.116", %"ethernet_d1.to_vlan"], [%"keys.116", %"ethernet_d1.to_vlan.1"]
  %"hdr.39" = getelementptr i8, ptr %"data.117", i64 %"cursor.129"
  %".3734" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3735" = icmp ugt ptr %".3734", %"data_end.117"
  br i1 %".3735", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".3737" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3738" = load i16, ptr %".3737", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.15" = phi  i16 [%".3738", %"vlan_d1_vlan_tags1.linear"], [%".3757", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.160" = phi  ptr [%"data.117", %"vlan_d1_vlan_tags1.linear"], [%"data.159", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.160" = phi  ptr [%"data_end.117", %"vlan_d1_vlan_tags1.linear"], [%"data_end.159", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.160" = phi  ptr [%"keys.117", %"vlan_d1_vlan_tags1.linear"], [%"keys.159", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".3759" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3760" = zext i16 %".3759" to i64
  %".3761" = trunc i64 %".3760" to i16
  %".3762" = call i16 @"llvm.bswap.i16"(i16 %".3761")
  %".3763" = getelementptr i8, ptr %"keys.160", i64 10
  store i16 %".3762", ptr %".3763", align 2
  %".3765" = add i64 %"cursor.129", 4
  %".3766" = trunc i64 %".3765" to i16
  %".3767" = getelementptr i8, ptr %"keys.160", i64 0
  store i16 %".3766", ptr %".3767", align 2
  %".3769" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3770" = zext i16 %".3769" to i64
  switch i64 %".3770", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe"]
pppoe_d1:
  %"cursor.134" = phi  i64 [%"cursor.135", %"ethernet_d1.to_pppoe"], [%"cursor.220", %"vlan_d1_vlan_tags1.to_pppoe"], [%"cursor.289", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data.118" = phi  ptr [%"data.116", %"ethernet_d1.to_pppoe"], [%"data.160", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.201", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"data_end.118" = phi  ptr [%"data_end.116", %"ethernet_d1.to_pppoe"], [%"data_end.160", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.201", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"keys.118" = phi  ptr [%"keys.116", %"ethernet_d1.to_pppoe"], [%"keys.160", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.201", %"vlan_d1_vlan_tags2.to_pppoe"]
  %"hdr.40" = getelementptr i8, ptr %"data.118", i64 %"cursor.134"
  %".3818" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3819" = icmp ugt ptr %".3818", %"data_end.118"
  br i1 %".3819", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".3821" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3822" = load i8, ptr %".3821", align 1
  %".3823" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3824" = load i8, ptr %".3823", align 1
  %".3825" = getelementptr i8, ptr %"hdr.40", i64 6
  %".3826" = load i16, ptr %".3825", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.15" = phi  i8 [%".3822", %"pppoe_d1.linear"], [%".3845", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3824", %"pppoe_d1.linear"], [%".3847", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".3826", %"pppoe_d1.linear"], [%".3849", %"pppoe_d1.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.118", %"pppoe_d1.linear"], [%"data.162", %"pppoe_d1.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.118", %"pppoe_d1.linear"], [%"data_end.162", %"pppoe_d1.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.118", %"pppoe_d1.linear"], [%"keys.162", %"pppoe_d1.copy_failed.endif"]
  %".3851" = zext i8 %"w0_1.15" to i64
  %".3852" = lshr i64 %".3851", 4
  %".3853" = and i64 %".3852", 15
  %".3854" = icmp eq i64 %".3853", 1
  %".3855" = zext i8 %"w0_1.15" to i64
  %".3856" = and i64 %".3855", 15
  %".3857" = icmp eq i64 %".3856", 1
  %".3858" = and i1 %".3854", %".3857"
  %".3859" = zext i8 %"w1_1.8" to i64
  %".3860" = icmp eq i64 %".3859", 0
  %".3861" = and i1 %".3858", %".3860"
  %".3862" = xor i1 %".3861", -1
  br i1 %".3862", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
mpls_d1_mpls_labels1.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2624" = trunc i64 %"cursor.47" to i32
  %".2625" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2624", [40 x i8]* %"header_copy", i32 4)
  %".2626" = icmp eq i64 %".2625", 0
  %".2627" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2628" = load i32, ptr %".2627", align 4
  %".2629" = zext i32 %".2628" to i64
  %"data.119" = inttoptr i64 %".2629" to ptr
  %".2630" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2631" = load i32, ptr %".2630", align 4
  %".2632" = zext i32 %".2631" to i64
  %"data_end.119" = inttoptr i64 %".2632" to ptr
  %".2633" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.119" = load ptr, ptr %".2633", align 8
  %".2634" = xor i1 %".2626", -1
  br i1 %".2634", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2636" = trunc i64 %"cursor.47" to i16
  %".2637" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2636", ptr %".2637", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2640" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2641" = load volatile i8, [40 x i8]* %".2640", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2647" = trunc i64 %".2643" to i16
  %".2648" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2647", ptr %".2648", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_mpls:
  %".2651" = getelementptr i8, ptr %"keys.120", i64 2
  %".2652" = trunc i64 %".2643" to i16
  store volatile i16 %".2652", ptr %".2651", align 2
  %".2654" = load volatile i16, ptr %".2651", align 2
  %".2655" = zext i16 %".2654" to i64
  %"cursor.137" = and i64 %".2655", 16383
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels1.to_ip_version:
  %".2657" = getelementptr i8, ptr %"keys.120", i64 8
  store i8 1, ptr %".2657", align 1
  %".2659" = getelementptr i8, ptr %"keys.120", i64 48
  %"flags.25" = load volatile i32, ptr %".2659", align 4
  %".2660" = and i32 %"flags.25", 4
  %".2661" = icmp ne i32 %".2660", 0
  br i1 %".2661", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels2:
  %"cursor.136" = phi  i64 [%"cursor.137", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.121" = phi  ptr [%"data.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.121" = phi  ptr [%"data_end.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.121" = phi  ptr [%"keys.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"hdr.41" = getelementptr i8, ptr %"data.121", i64 %"cursor.136"
  %".3911" = getelementptr i8, ptr %"hdr.41", i64 4
  %".3912" = icmp ugt ptr %".3911", %"data_end.121"
  br i1 %".3912", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".3914" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3915" = load i8, ptr %".3914", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".3915", %"mpls_d1_mpls_labels2.linear"], [%".3934", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.165" = phi  ptr [%"data.121", %"mpls_d1_mpls_labels2.linear"], [%"data.164", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.165" = phi  ptr [%"data_end.121", %"mpls_d1_mpls_labels2.linear"], [%"data_end.164", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.165" = phi  ptr [%"keys.121", %"mpls_d1_mpls_labels2.linear"], [%"keys.164", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".3936" = add i64 %"cursor.136", 4
  %".3937" = zext i8 %"w2_1.4" to i64
  %".3938" = and i64 %".3937", 1
  switch i64 %".3938", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels1.stop_at_encap:
  %".2663" = trunc i64 %".2643" to i16
  %".2664" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2663", ptr %".2664", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2667" = trunc i64 %".2643" to i16
  %".2668" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2667", ptr %".2668", align 2
  br label %"return"
udp_d1.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2679" = trunc i64 %"cursor.51" to i32
  %".2680" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2679", [40 x i8]* %"header_copy", i32 4)
  %".2681" = icmp eq i64 %".2680", 0
  %".2682" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2683" = load i32, ptr %".2682", align 4
  %".2684" = zext i32 %".2683" to i64
  %"data.122" = inttoptr i64 %".2684" to ptr
  %".2685" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2686" = load i32, ptr %".2685", align 4
  %".2687" = zext i32 %".2686" to i64
  %"data_end.122" = inttoptr i64 %".2687" to ptr
  %".2688" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.122" = load ptr, ptr %".2688", align 8
  %".2689" = xor i1 %".2681", -1
  br i1 %".2689", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".2691" = trunc i64 %"cursor.51" to i16
  %".2692" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2691", ptr %".2692", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".2695" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2696" = load volatile i16, [40 x i8]* %".2695", align 2
  %".2697" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2698" = load volatile i16, [40 x i8]* %".2697", align 2
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".2718" = add i64 %"cursor.51", %".2713"
  %".2719" = sub i64 %".2718", 1
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2720" = trunc i64 %".2719" to i32
  %".2721" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".2720", i64* %"last_byte", i32 1)
  %".2722" = icmp eq i64 %".2721", 0
  %".2723" = getelementptr i8, ptr %"ctx.41", i64 76
  %".2724" = load i32, ptr %".2723", align 4
  %".2725" = zext i32 %".2724" to i64
  %"data.124" = inttoptr i64 %".2725" to ptr
  %".2726" = getelementptr i8, ptr %"ctx.41", i64 80
  %".2727" = load i32, ptr %".2726", align 4
  %".2728" = zext i32 %".2727" to i64
  %"data_end.124" = inttoptr i64 %".2728" to ptr
  %".2729" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.124" = load ptr, ptr %".2729", align 8
  %".2730" = xor i1 %".2722", -1
  br i1 %".2730", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".2732" = trunc i64 %"cursor.51" to i16
  %".2733" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2732", ptr %".2733", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".2740" = trunc i64 %"cursor.51" to i16
  %".2741" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2740", ptr %".2741", align 2
  br label %"return"
udp_d1.to_vxlan:
  %".2744" = getelementptr i8, ptr %"keys.125", i64 2
  %".2745" = trunc i64 %"end.9" to i16
  store volatile i16 %".2745", ptr %".2744", align 2
  %".2747" = load volatile i16, ptr %".2744", align 2
  %".2748" = zext i16 %".2747" to i64
  %"cursor.139" = and i64 %".2748", 16383
  br label %"vxlan_d1"
udp_d1.to_geneve:
  %".2750" = getelementptr i8, ptr %"keys.125", i64 2
  %".2751" = trunc i64 %"end.9" to i16
  store volatile i16 %".2751", ptr %".2750", align 2
  %".2753" = load volatile i16, ptr %".2750", align 2
  %".2754" = zext i16 %".2753" to i64
  %"cursor.141" = and i64 %".2754", 16383
  br label %"geneve_d1"
udp_d1.to_gue:
  %".2756" = getelementptr i8, ptr %"keys.125", i64 2
  %".2757" = trunc i64 %"end.9" to i16
  store volatile i16 %".2757", ptr %".2756", align 2
  %".2759" = load volatile i16, ptr %".2756", align 2
  %".2760" = zext i16 %".2759" to i64
  %"cursor.143" = and i64 %".2760", 16383
  br label %"gue_d1"
udp_d1.to_gtpu:
  %".2762" = getelementptr i8, ptr %"keys.125", i64 2
  %".2763" = trunc i64 %"end.9" to i16
  store volatile i16 %".2763", ptr %".2762", align 2
  %".2765" = load volatile i16, ptr %".2762", align 2
  %".2766" = zext i16 %".2765" to i64
  %"cursor.145" = and i64 %".2766", 16383
  br label %"gtpu_d1"
udp_d1.to_shim:
  %".2768" = getelementptr i8, ptr %"keys.125", i64 2
  %".2769" = trunc i64 %"end.9" to i16
  store volatile i16 %".2769", ptr %".2768", align 2
  %".2771" = load volatile i16, ptr %".2768", align 2
  %".2772" = zext i16 %".2771" to i64
  %"cursor.147" = and i64 %".2772", 16383
  br label %"shim_d1"
vxlan_d1:
  %"cursor.138" = phi  i64 [%"cursor.139", %"udp_d1.to_vxlan"]
  %"data.126" = phi  ptr [%"data.125", %"udp_d1.to_vxlan"]
  %"data_end.126" = phi  ptr [%"data_end.125", %"udp_d1.to_vxlan"]
  %"keys.126" = phi  ptr [%"keys.125", %"udp_d1.to_vxlan"]
  %"hdr.42" = getelementptr i8, ptr %"data.126", i64 %"cursor.138"
  %".3964" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3965" = icmp ugt ptr %".3964", %"data_end.126"
  br i1 %".3965", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.168" = phi  ptr [%"data.126", %"vxlan_d1.linear"], [%"data.167", %"vxlan_d1.copy_failed.endif"]
  %"data_end.168" = phi  ptr [%"data_end.126", %"vxlan_d1.linear"], [%"data_end.167", %"vxlan_d1.copy_failed.endif"]
  %"keys.168" = phi  ptr [%"keys.126", %"vxlan_d1.linear"], [%"keys.167", %"vxlan_d1.copy_failed.endif"]
  %".3985" = add i64 %"cursor.138", 8
  %".3986" = getelementptr i8, ptr %"keys.168", i64 8
  store i8 1, ptr %".3986", align 1
  %".3988" = getelementptr i8, ptr %"keys.168", i64 48
  %"flags.39" = load volatile i32, ptr %".3988", align 4
  %".3989" = and i32 %"flags.39", 4
  %".3990" = icmp ne i32 %".3989", 0
  br i1 %".3990", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
geneve_d1:
  %"cursor.140" = phi  i64 [%"cursor.141", %"udp_d1.to_geneve"]
  %"data.127" = phi  ptr [%"data.125", %"udp_d1.to_geneve"]
  %"data_end.127" = phi  ptr [%"data_end.125", %"udp_d1.to_geneve"]
  %"keys.127" = phi  ptr [%"keys.125", %"udp_d1.to_geneve"]
  %"hdr.43" = getelementptr i8, ptr %"data.127", i64 %"cursor.140"
  %".4005" = getelementptr i8, ptr %"hdr.43", i64 8
  %".4006" = icmp ugt ptr %".4005", %"data_end.127"
  br i1 %".4006", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4008" = getelementptr i8, ptr %"hdr.43", i64 0
  %".4009" = load i8, ptr %".4008", align 1
  %".4010" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4011" = load i16, ptr %".4010", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.16" = phi  i8 [%".4009", %"geneve_d1.linear"], [%".4030", %"geneve_d1.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".4011", %"geneve_d1.linear"], [%".4032", %"geneve_d1.copy_failed.endif"]
  %"data.170" = phi  ptr [%"data.127", %"geneve_d1.linear"], [%"data.169", %"geneve_d1.copy_failed.endif"]
  %"data_end.170" = phi  ptr [%"data_end.127", %"geneve_d1.linear"], [%"data_end.169", %"geneve_d1.copy_failed.endif"]
  %"keys.170" = phi  ptr [%"keys.127", %"geneve_d1.linear"], [%"keys.169", %"geneve_d1.copy_failed.endif"]
  %".4034" = zext i8 %"w0_1.16" to i64
  %".4035" = lshr i64 %".4034", 6
  %".4036" = and i64 %".4035", 3
  %".4037" = icmp ne i64 %".4036", 0
  br i1 %".4037", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif"
gue_d1:
  %"cursor.142" = phi  i64 [%"cursor.143", %"udp_d1.to_gue"]
  %"data.128" = phi  ptr [%"data.125", %"udp_d1.to_gue"]
  %"data_end.128" = phi  ptr [%"data_end.125", %"udp_d1.to_gue"]
  %"keys.128" = phi  ptr [%"keys.125", %"udp_d1.to_gue"]
  %"hdr.44" = getelementptr i8, ptr %"data.128", i64 %"cursor.142"
  %".4100" = getelementptr i8, ptr %"hdr.44", i64 4
  %".4101" = icmp ugt ptr %".4100", %"data_end.128"
  br i1 %".4101", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4103" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4104" = load i8, ptr %".4103", align 1
  %".4105" = getelementptr i8, ptr %"hdr.44", i64 1
  %".4106" = load i8, ptr %".4105", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.17" = phi  i8 [%".4104", %"gue_d1.linear"], [%".4125", %"gue_d1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".4106", %"gue_d1.linear"], [%".4127", %"gue_d1.copy_failed.endif"]
  %"data.174" = phi  ptr [%"data.128", %"gue_d1.linear"], [%"data.173", %"gue_d1.copy_failed.endif"]
  %"data_end.174" = phi  ptr [%"data_end.128", %"gue_d1.linear"], [%"data_end.173", %"gue_d1.copy_failed.endif"]
  %"keys.174" = phi  ptr [%"keys.128", %"gue_d1.linear"], [%"keys.173", %"gue_d1.copy_failed.endif"]
  %".4129" = zext i8 %"w0_1.17" to i64
  %".4130" = lshr i64 %".4129", 6
  %".4131" = and i64 %".4130", 3
  %".4132" = icmp ne i64 %".4131", 0
  %".4133" = zext i8 %"w0_1.17" to i64
  %".4134" = lshr i64 %".4133", 5
  %".4135" = and i64 %".4134", 1
  %".4136" = icmp ne i64 %".4135", 0
  %".4137" = or i1 %".4132", %".4136"
  br i1 %".4137", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif"
gtpu_d1:
  %"cursor.144" = phi  i64 [%"cursor.145", %"udp_d1.to_gtpu"]
  %"data.129" = phi  ptr [%"data.125", %"udp_d1.to_gtpu"]
  %"data_end.129" = phi  ptr [%"data_end.125", %"udp_d1.to_gtpu"]
  %"keys.129" = phi  ptr [%"keys.125", %"udp_d1.to_gtpu"]
  %"hdr.45" = getelementptr i8, ptr %"data.129", i64 %"cursor.144"
  %".4195" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4196" = icmp ugt ptr %".4195", %"data_end.129"
  br i1 %".4196", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4198" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4199" = load i8, ptr %".4198", align 1
  %".4200" = getelementptr i8, ptr %"hdr.45", i64 1
  %".4201" = load i8, ptr %".4200", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.18" = phi  i8 [%".4199", %"gtpu_d1.linear"], [%".4220", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".4201", %"gtpu_d1.linear"], [%".4222", %"gtpu_d1.copy_failed.endif"]
  %"data.178" = phi  ptr [%"data.129", %"gtpu_d1.linear"], [%"data.177", %"gtpu_d1.copy_failed.endif"]
  %"data_end.178" = phi  ptr [%"data_end.129", %"gtpu_d1.linear"], [%"data_end.177", %"gtpu_d1.copy_failed.endif"]
  %"keys.178" = phi  ptr [%"keys.129", %"gtpu_d1.linear"], [%"keys.177", %"gtpu_d1.copy_failed.endif"]
  %".4224" = zext i8 %"w0_1.18" to i64
  %".4225" = lshr i64 %".4224", 5
  %".4226" = and i64 %".4225", 7
  %".4227" = icmp ne i64 %".4226", 1
  %".4228" = zext i8 %"w0_1.18" to i64
  %".4229" = lshr i64 %".4228", 4
  %".4230" = and i64 %".4229", 1
  %".4231" = icmp ne i64 %".4230", 1
  %".4232" = or i1 %".4227", %".4231"
  %".4233" = zext i8 %"w1_1.10" to i64
  %".4234" = icmp ne i64 %".4233", 255
  %".4235" = or i1 %".4232", %".4234"
  br i1 %".4235", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif"
shim_d1:
  %"cursor.146" = phi  i64 [%"cursor.147", %"udp_d1.to_shim"]
  %"data.130" = phi  ptr [%"data.125", %"udp_d1.to_shim"]
  %"data_end.130" = phi  ptr [%"data_end.125", %"udp_d1.to_shim"]
  %"keys.130" = phi  ptr [%"keys.125", %"udp_d1.to_shim"]
  %"hdr.46" = getelementptr i8, ptr %"data.130", i64 %"cursor.146"
  %".4289" = getelementptr i8, ptr %"hdr.46", i64 8
  %".4290" = icmp ugt ptr %".4289", %"data_end.130"
  br i1 %".4290", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4292" = getelementptr i8, ptr %"hdr.46", i64 2
  %".4293" = load i16, ptr %".4292", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.17" = phi  i16 [%".4293", %"shim_d1.linear"], [%".4312", %"shim_d1.copy_failed.endif"]
  %"data.180" = phi  ptr [%"data.130", %"shim_d1.linear"], [%"data.179", %"shim_d1.copy_failed.endif"]
  %"data_end.180" = phi  ptr [%"data_end.130", %"shim_d1.linear"], [%"data_end.179", %"shim_d1.copy_failed.endif"]
  %"keys.180" = phi  ptr [%"keys.130", %"shim_d1.linear"], [%"keys.179", %"shim_d1.copy_failed.endif"]
  %".4314" = add i64 %"cursor.146", 8
  %".4315" = getelementptr i8, ptr %"keys.180", i64 8
  store i8 1, ptr %".4315", align 1
  %".4317" = getelementptr i8, ptr %"keys.180", i64 48
  %"flags.43" = load volatile i32, ptr %".4317", align 4
  %".4318" = and i32 %"flags.43", 4
  %".4319" = icmp ne i32 %".4318", 0
  br i1 %".4319", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_d1.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2784" = trunc i64 %"cursor.54" to i32
  %".2785" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".2784", [40 x i8]* %"header_copy", i32 4)
  %".2786" = icmp eq i64 %".2785", 0
  %".2787" = getelementptr i8, ptr %"ctx.42", i64 76
  %".2788" = load i32, ptr %".2787", align 4
  %".2789" = zext i32 %".2788" to i64
  %"data.131" = inttoptr i64 %".2789" to ptr
  %".2790" = getelementptr i8, ptr %"ctx.42", i64 80
  %".2791" = load i32, ptr %".2790", align 4
  %".2792" = zext i32 %".2791" to i64
  %"data_end.131" = inttoptr i64 %".2792" to ptr
  %".2793" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.131" = load ptr, ptr %".2793", align 8
  %".2794" = xor i1 %".2786", -1
  br i1 %".2794", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".2796" = trunc i64 %"cursor.54" to i16
  %".2797" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2796", ptr %".2797", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".2800" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2801" = load volatile i8, [40 x i8]* %".2800", align 1
  %".2802" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2803" = load volatile i8, [40 x i8]* %".2802", align 1
  %".2804" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2805" = load volatile i16, [40 x i8]* %".2804", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".2816" = trunc i64 %"cursor.54" to i16
  %".2817" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2816", ptr %".2817", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".2820" = add i64 %"cursor.54", 4
  %".2821" = zext i8 %"w0_1.10" to i64
  %".2822" = lshr i64 %".2821", 7
  %".2823" = and i64 %".2822", 1
  %".2824" = zext i8 %"w0_1.10" to i64
  %".2825" = lshr i64 %".2824", 5
  %".2826" = and i64 %".2825", 1
  %".2827" = add i64 %".2823", %".2826"
  %".2828" = zext i8 %"w0_1.10" to i64
  %".2829" = lshr i64 %".2828", 4
  %".2830" = and i64 %".2829", 1
  %".2831" = add i64 %".2827", %".2830"
  %".2832" = mul i64 %".2831", 4
  %".2833" = add i64 %".2832", 4
  %".2834" = getelementptr i8, ptr %"data.132", i64 %"cursor.54"
  %".2835" = getelementptr i8, ptr %".2834", i64 %".2833"
  %".2836" = icmp ugt ptr %".2835", %"data_end.132"
  br i1 %".2836", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.134" = phi  ptr [%"data.132", %"gre_d1.stop_before.endif"], [%"data.133", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.132", %"gre_d1.stop_before.endif"], [%"data_end.133", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.132", %"gre_d1.stop_before.endif"], [%"keys.133", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.54", %".2833"
  %".2857" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".2857", align 1
  %".2859" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.26" = load volatile i32, ptr %".2859", align 4
  %".2860" = and i32 %"flags.26", 4
  %".2861" = icmp ne i32 %".2860", 0
  br i1 %".2861", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".2838" = add i64 %"cursor.54", %".2833"
  %".2839" = sub i64 %".2838", 1
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2840" = trunc i64 %".2839" to i32
  %".2841" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".2840", i64* %"last_byte", i32 1)
  %".2842" = icmp eq i64 %".2841", 0
  %".2843" = getelementptr i8, ptr %"ctx.43", i64 76
  %".2844" = load i32, ptr %".2843", align 4
  %".2845" = zext i32 %".2844" to i64
  %"data.133" = inttoptr i64 %".2845" to ptr
  %".2846" = getelementptr i8, ptr %"ctx.43", i64 80
  %".2847" = load i32, ptr %".2846", align 4
  %".2848" = zext i32 %".2847" to i64
  %"data_end.133" = inttoptr i64 %".2848" to ptr
  %".2849" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.133" = load ptr, ptr %".2849", align 8
  %".2850" = xor i1 %".2842", -1
  br i1 %".2850", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".2852" = trunc i64 %"cursor.54" to i16
  %".2853" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2852", ptr %".2853", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".2863" = trunc i64 %"end.10" to i16
  %".2864" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2863", ptr %".2864", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".2867" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".2868" = zext i16 %".2867" to i64
  %".2869" = trunc i64 %".2868" to i16
  %".2870" = call i16 @"llvm.bswap.i16"(i16 %".2869")
  %".2871" = getelementptr i8, ptr %"keys.134", i64 10
  store i16 %".2870", ptr %".2871", align 2
  %".2873" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".2874" = zext i16 %".2873" to i64
  switch i64 %".2874", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 25944, label %"gre_d1.to_ethernet" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1"]
gre_d1.unknown:
  %".2876" = trunc i64 %"end.10" to i16
  %".2877" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2876", ptr %".2877", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".2880" = trunc i64 %"end.10" to i16
  %".2881" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2880", ptr %".2881", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".2884" = trunc i64 %"end.10" to i16
  %".2885" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2884", ptr %".2885", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".2888" = trunc i64 %"end.10" to i16
  %".2889" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2888", ptr %".2889", align 2
  br label %"return"
gre_d1.to_mpls:
  %".2892" = trunc i64 %"end.10" to i16
  %".2893" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2892", ptr %".2893", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".2896" = trunc i64 %"end.10" to i16
  %".2897" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2896", ptr %".2897", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2908" = trunc i64 %"cursor.61" to i32
  %".2909" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".2908", [40 x i8]* %"header_copy", i32 2)
  %".2910" = icmp eq i64 %".2909", 0
  %".2911" = getelementptr i8, ptr %"ctx.44", i64 76
  %".2912" = load i32, ptr %".2911", align 4
  %".2913" = zext i32 %".2912" to i64
  %"data.135" = inttoptr i64 %".2913" to ptr
  %".2914" = getelementptr i8, ptr %"ctx.44", i64 80
  %".2915" = load i32, ptr %".2914", align 4
  %".2916" = zext i32 %".2915" to i64
  %"data_end.135" = inttoptr i64 %".2916" to ptr
  %".2917" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.135" = load ptr, ptr %".2917", align 8
  %".2918" = xor i1 %".2910", -1
  br i1 %".2918", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2920" = trunc i64 %"cursor.61" to i16
  %".2921" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".2920", ptr %".2921", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2924" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2925" = load volatile i8, [40 x i8]* %".2924", align 1
  %".2926" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2927" = load volatile i8, [40 x i8]* %".2926", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.copy_last_byte:
  %".2942" = add i64 %"cursor.61", %".2937"
  %".2943" = sub i64 %".2942", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2944" = trunc i64 %".2943" to i32
  %".2945" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".2944", i64* %"last_byte", i32 1)
  %".2946" = icmp eq i64 %".2945", 0
  %".2947" = getelementptr i8, ptr %"ctx.45", i64 76
  %".2948" = load i32, ptr %".2947", align 4
  %".2949" = zext i32 %".2948" to i64
  %"data.137" = inttoptr i64 %".2949" to ptr
  %".2950" = getelementptr i8, ptr %"ctx.45", i64 80
  %".2951" = load i32, ptr %".2950", align 4
  %".2952" = zext i32 %".2951" to i64
  %"data_end.137" = inttoptr i64 %".2952" to ptr
  %".2953" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.137" = load ptr, ptr %".2953", align 8
  %".2954" = xor i1 %".2946", -1
  br i1 %".2954", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed:
  %".2956" = trunc i64 %"cursor.61" to i16
  %".2957" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".2956", ptr %".2957", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext1.variable_part"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2963" = trunc i64 %"end.11" to i16
  %".2964" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".2963", ptr %".2964", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  %".2967" = getelementptr i8, ptr %"keys.138", i64 2
  %".2968" = trunc i64 %"end.11" to i16
  store volatile i16 %".2968", ptr %".2967", align 2
  %".2970" = load volatile i16, ptr %".2967", align 2
  %".2971" = zext i16 %".2970" to i64
  %"cursor.149" = and i64 %".2971", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  %".2973" = getelementptr i8, ptr %"keys.138", i64 2
  %".2974" = trunc i64 %"end.11" to i16
  store volatile i16 %".2974", ptr %".2973", align 2
  %".2976" = load volatile i16, ptr %".2973", align 2
  %".2977" = zext i16 %".2976" to i64
  %"cursor.150" = and i64 %".2977", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  %".2979" = getelementptr i8, ptr %"keys.138", i64 2
  %".2980" = trunc i64 %"end.11" to i16
  store volatile i16 %".2980", ptr %".2979", align 2
  %".2982" = load volatile i16, ptr %".2979", align 2
  %".2983" = zext i16 %".2982" to i64
  %"cursor.151" = and i64 %".2983", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  %".2985" = getelementptr i8, ptr %"keys.138", i64 2
  %".2986" = trunc i64 %"end.11" to i16
  store volatile i16 %".2986", ptr %".2985", align 2
  %".2988" = load volatile i16, ptr %".2985", align 2
  %".2989" = zext i16 %".2988" to i64
  %"cursor.153" = and i64 %".2989", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  %".2991" = getelementptr i8, ptr %"keys.138", i64 2
  %".2992" = trunc i64 %"end.11" to i16
  store volatile i16 %".2992", ptr %".2991", align 2
  %".2994" = load volatile i16, ptr %".2991", align 2
  %".2995" = zext i16 %".2994" to i64
  %"cursor.154" = and i64 %".2995", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.to_udp:
  %".2997" = getelementptr i8, ptr %"keys.138", i64 2
  %".2998" = trunc i64 %"end.11" to i16
  store volatile i16 %".2998", ptr %".2997", align 2
  %".3000" = load volatile i16, ptr %".2997", align 2
  %".3001" = zext i16 %".3000" to i64
  %"cursor.155" = and i64 %".3001", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  %".3003" = getelementptr i8, ptr %"keys.138", i64 2
  %".3004" = trunc i64 %"end.11" to i16
  store volatile i16 %".3004", ptr %".3003", align 2
  %".3006" = load volatile i16, ptr %".3003", align 2
  %".3007" = zext i16 %".3006" to i64
  %"cursor.156" = and i64 %".3007", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_gre:
  %".3009" = getelementptr i8, ptr %"keys.138", i64 2
  %".3010" = trunc i64 %"end.11" to i16
  store volatile i16 %".3010", ptr %".3009", align 2
  %".3012" = load volatile i16, ptr %".3009", align 2
  %".3013" = zext i16 %".3012" to i64
  %"cursor.157" = and i64 %".3013", 16383
  br label %"gre_d1"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  %".3015" = getelementptr i8, ptr %"keys.138", i64 2
  %".3016" = trunc i64 %"end.11" to i16
  store volatile i16 %".3016", ptr %".3015", align 2
  %".3018" = load volatile i16, ptr %".3015", align 2
  %".3019" = zext i16 %".3018" to i64
  %"cursor.158" = and i64 %".3019", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  %".3021" = getelementptr i8, ptr %"keys.138", i64 2
  %".3022" = trunc i64 %"end.11" to i16
  store volatile i16 %".3022", ptr %".3021", align 2
  %".3024" = load volatile i16, ptr %".3021", align 2
  %".3025" = zext i16 %".3024" to i64
  %"cursor.159" = and i64 %".3025", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_esp:
  %".3027" = getelementptr i8, ptr %"keys.138", i64 2
  %".3028" = trunc i64 %"end.11" to i16
  store volatile i16 %".3028", ptr %".3027", align 2
  %".3030" = load volatile i16, ptr %".3027", align 2
  %".3031" = zext i16 %".3030" to i64
  %"cursor.160" = and i64 %".3031", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  %".3033" = getelementptr i8, ptr %"keys.138", i64 2
  %".3034" = trunc i64 %"end.11" to i16
  store volatile i16 %".3034", ptr %".3033", align 2
  %".3036" = load volatile i16, ptr %".3033", align 2
  %".3037" = zext i16 %".3036" to i64
  %"cursor.161" = and i64 %".3037", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  %".3039" = getelementptr i8, ptr %"keys.138", i64 2
  %".3040" = trunc i64 %"end.11" to i16
  store volatile i16 %".3040", ptr %".3039", align 2
  %".3042" = load volatile i16, ptr %".3039", align 2
  %".3043" = zext i16 %".3042" to i64
  %"cursor.162" = and i64 %".3043", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".3045" = trunc i64 34887 to i16
  %".3046" = call i16 @"llvm.bswap.i16"(i16 %".3045")
  %".3047" = getelementptr i8, ptr %"keys.138", i64 10
  store i16 %".3046", ptr %".3047", align 2
  %".3049" = getelementptr i8, ptr %"keys.138", i64 2
  %".3050" = trunc i64 %"end.11" to i16
  store volatile i16 %".3050", ptr %".3049", align 2
  %".3052" = load volatile i16, ptr %".3049", align 2
  %".3053" = zext i16 %".3052" to i64
  %"cursor.163" = and i64 %".3053", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3055" = getelementptr i8, ptr %"keys.138", i64 8
  store i8 1, ptr %".3055", align 1
  %".3057" = getelementptr i8, ptr %"keys.138", i64 48
  %"flags.27" = load volatile i32, ptr %".3057", align 4
  %".3058" = and i32 %"flags.27", 4
  %".3059" = icmp ne i32 %".3058", 0
  br i1 %".3059", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3069" = getelementptr i8, ptr %"keys.138", i64 8
  store i8 1, ptr %".3069", align 1
  %".3071" = getelementptr i8, ptr %"keys.138", i64 48
  %"flags.28" = load volatile i32, ptr %".3071", align 4
  %".3072" = and i32 %"flags.28", 4
  %".3073" = icmp ne i32 %".3072", 0
  br i1 %".3073", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.148" = phi  i64 [%"cursor.149", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.150", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.151", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.164", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.165", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.166", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data.139" = phi  ptr [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.139" = phi  ptr [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.139" = phi  ptr [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.47" = getelementptr i8, ptr %"data.139", i64 %"cursor.148"
  %".4336" = getelementptr i8, ptr %"hdr.47", i64 2
  %".4337" = icmp ugt ptr %".4336", %"data_end.139"
  br i1 %".4337", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".4339" = getelementptr i8, ptr %"hdr.47", i64 0
  %".4340" = load i8, ptr %".4339", align 1
  %".4341" = getelementptr i8, ptr %"hdr.47", i64 1
  %".4342" = load i8, ptr %".4341", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.19" = phi  i8 [%".4340", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4361", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4342", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4363", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.182" = phi  ptr [%"data.139", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.181", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.182" = phi  ptr [%"data_end.139", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.181", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.182" = phi  ptr [%"keys.139", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.181", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".4365" = zext i8 %"w0_1.19" to i64
  %".4366" = trunc i64 %".4365" to i8
  %".4367" = getelementptr i8, ptr %"keys.182", i64 9
  store i8 %".4366", ptr %".4367", align 1
  %".4369" = add i64 %"cursor.148", 2
  %".4370" = zext i8 %"w1_1.11" to i64
  %".4371" = mul i64 %".4370", 8
  %".4372" = add i64 %".4371", 6
  %".4373" = add i64 %".4372", 2
  %".4374" = getelementptr i8, ptr %"data.182", i64 %"cursor.148"
  %".4375" = getelementptr i8, ptr %".4374", i64 %".4373"
  %".4376" = icmp ugt ptr %".4375", %"data_end.182"
  br i1 %".4376", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext2.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext2.variable_part:
  %"data.184" = phi  ptr [%"data.182", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data.183", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"data_end.184" = phi  ptr [%"data_end.182", %"ipv6_opts_d1_ipv6_ext2.header"], [%"data_end.183", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"keys.184" = phi  ptr [%"keys.182", %"ipv6_opts_d1_ipv6_ext2.header"], [%"keys.183", %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"]
  %"end.15" = add i64 %"cursor.148", %".4373"
  %".4397" = zext i8 %"w0_1.19" to i64
  switch i64 %".4397", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.152" = phi  i64 [%"cursor.153", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"cursor.167", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data.140" = phi  ptr [%"data.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data_end.140" = phi  ptr [%"data_end.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"keys.140" = phi  ptr [%"keys.138", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.142", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"hdr.48" = getelementptr i8, ptr %"data.140", i64 %"cursor.152"
  %".4519" = getelementptr i8, ptr %"hdr.48", i64 8
  %".4520" = icmp ugt ptr %".4519", %"data_end.140"
  br i1 %".4520", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".4522" = getelementptr i8, ptr %"hdr.48", i64 0
  %".4523" = load i8, ptr %".4522", align 1
  %".4524" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4525" = load i16, ptr %".4524", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.20" = phi  i8 [%".4523", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4544", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4525", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4546", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.188" = phi  ptr [%"data.140", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.187", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.188" = phi  ptr [%"data_end.140", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.187", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.188" = phi  ptr [%"keys.140", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.187", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".4548" = zext i8 %"w0_1.20" to i64
  %".4549" = trunc i64 %".4548" to i8
  %".4550" = getelementptr i8, ptr %"keys.188", i64 9
  store i8 %".4549", ptr %".4550", align 1
  %".4552" = add i64 %"cursor.152", 8
  %".4553" = icmp ne i64 1, 0
  %".4554" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4555" = zext i16 %".4554" to i64
  %".4556" = and i64 %".4555", 65528
  %".4557" = icmp eq i64 %".4556", 0
  br i1 %".4553", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3061" = trunc i64 %"end.11" to i16
  %".3062" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3061", ptr %".3062", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3065" = trunc i64 %"end.11" to i16
  %".3066" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3065", ptr %".3066", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3075" = trunc i64 %"end.11" to i16
  %".3076" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3075", ptr %".3076", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3079" = trunc i64 %"end.11" to i16
  %".3080" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3079", ptr %".3080", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3091" = trunc i64 %"cursor.65" to i32
  %".3092" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3091", [40 x i8]* %"header_copy", i32 8)
  %".3093" = icmp eq i64 %".3092", 0
  %".3094" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3095" = load i32, ptr %".3094", align 4
  %".3096" = zext i32 %".3095" to i64
  %"data.141" = inttoptr i64 %".3096" to ptr
  %".3097" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3098" = load i32, ptr %".3097", align 4
  %".3099" = zext i32 %".3098" to i64
  %"data_end.141" = inttoptr i64 %".3099" to ptr
  %".3100" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.141" = load ptr, ptr %".3100", align 8
  %".3101" = xor i1 %".3093", -1
  br i1 %".3101", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3103" = trunc i64 %"cursor.65" to i16
  %".3104" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3103", ptr %".3104", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3107" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3108" = load volatile i8, [40 x i8]* %".3107", align 1
  %".3109" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3110" = load volatile i16, [40 x i8]* %".3109", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3123" = getelementptr i8, ptr %"keys.142", i64 6
  store i8 1, ptr %".3123", align 1
  br i1 %".3121", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3143" = zext i8 %"w0_1.12" to i64
  switch i64 %".3143", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3126" = getelementptr i8, ptr %"keys.142", i64 7
  store i8 1, ptr %".3126", align 1
  %".3128" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.29" = load volatile i32, ptr %".3128", align 4
  %".3129" = and i32 %"flags.29", 1
  %".3130" = icmp ne i32 %".3129", 0
  %".3131" = xor i1 %".3130", -1
  br i1 %".3131", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3138" = trunc i64 %".3116" to i16
  %".3139" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3138", ptr %".3139", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3133" = trunc i64 %".3116" to i16
  %".3134" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3133", ptr %".3134", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3145" = trunc i64 %".3116" to i16
  %".3146" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3145", ptr %".3146", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  %".3149" = getelementptr i8, ptr %"keys.142", i64 2
  %".3150" = trunc i64 %".3116" to i16
  store volatile i16 %".3150", ptr %".3149", align 2
  %".3152" = load volatile i16, ptr %".3149", align 2
  %".3153" = zext i16 %".3152" to i64
  %"cursor.164" = and i64 %".3153", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  %".3155" = getelementptr i8, ptr %"keys.142", i64 2
  %".3156" = trunc i64 %".3116" to i16
  store volatile i16 %".3156", ptr %".3155", align 2
  %".3158" = load volatile i16, ptr %".3155", align 2
  %".3159" = zext i16 %".3158" to i64
  %"cursor.165" = and i64 %".3159", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3161" = getelementptr i8, ptr %"keys.142", i64 2
  %".3162" = trunc i64 %".3116" to i16
  store volatile i16 %".3162", ptr %".3161", align 2
  %".3164" = load volatile i16, ptr %".3161", align 2
  %".3165" = zext i16 %".3164" to i64
  %"cursor.166" = and i64 %".3165", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  %".3167" = getelementptr i8, ptr %"keys.142", i64 2
  %".3168" = trunc i64 %".3116" to i16
  store volatile i16 %".3168", ptr %".3167", align 2
  %".3170" = load volatile i16, ptr %".3167", align 2
  %".3171" = zext i16 %".3170" to i64
  %"cursor.167" = and i64 %".3171", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  %".3173" = getelementptr i8, ptr %"keys.142", i64 2
  %".3174" = trunc i64 %".3116" to i16
  store volatile i16 %".3174", ptr %".3173", align 2
  %".3176" = load volatile i16, ptr %".3173", align 2
  %".3177" = zext i16 %".3176" to i64
  %"cursor.168" = and i64 %".3177", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1.to_udp:
  %".3179" = getelementptr i8, ptr %"keys.142", i64 2
  %".3180" = trunc i64 %".3116" to i16
  store volatile i16 %".3180", ptr %".3179", align 2
  %".3182" = load volatile i16, ptr %".3179", align 2
  %".3183" = zext i16 %".3182" to i64
  %"cursor.169" = and i64 %".3183", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  %".3185" = getelementptr i8, ptr %"keys.142", i64 2
  %".3186" = trunc i64 %".3116" to i16
  store volatile i16 %".3186", ptr %".3185", align 2
  %".3188" = load volatile i16, ptr %".3185", align 2
  %".3189" = zext i16 %".3188" to i64
  %"cursor.170" = and i64 %".3189", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_gre:
  %".3191" = getelementptr i8, ptr %"keys.142", i64 2
  %".3192" = trunc i64 %".3116" to i16
  store volatile i16 %".3192", ptr %".3191", align 2
  %".3194" = load volatile i16, ptr %".3191", align 2
  %".3195" = zext i16 %".3194" to i64
  %"cursor.171" = and i64 %".3195", 16383
  br label %"gre_d1"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  %".3197" = getelementptr i8, ptr %"keys.142", i64 2
  %".3198" = trunc i64 %".3116" to i16
  store volatile i16 %".3198", ptr %".3197", align 2
  %".3200" = load volatile i16, ptr %".3197", align 2
  %".3201" = zext i16 %".3200" to i64
  %"cursor.172" = and i64 %".3201", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  %".3203" = getelementptr i8, ptr %"keys.142", i64 2
  %".3204" = trunc i64 %".3116" to i16
  store volatile i16 %".3204", ptr %".3203", align 2
  %".3206" = load volatile i16, ptr %".3203", align 2
  %".3207" = zext i16 %".3206" to i64
  %"cursor.173" = and i64 %".3207", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_esp:
  %".3209" = getelementptr i8, ptr %"keys.142", i64 2
  %".3210" = trunc i64 %".3116" to i16
  store volatile i16 %".3210", ptr %".3209", align 2
  %".3212" = load volatile i16, ptr %".3209", align 2
  %".3213" = zext i16 %".3212" to i64
  %"cursor.174" = and i64 %".3213", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  %".3215" = getelementptr i8, ptr %"keys.142", i64 2
  %".3216" = trunc i64 %".3116" to i16
  store volatile i16 %".3216", ptr %".3215", align 2
  %".3218" = load volatile i16, ptr %".3215", align 2
  %".3219" = zext i16 %".3218" to i64
  %"cursor.175" = and i64 %".3219", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  %".3221" = getelementptr i8, ptr %"keys.142", i64 2
  %".3222" = trunc i64 %".3116" to i16
  store volatile i16 %".3222", ptr %".3221", align 2
  %".3224" = load volatile i16, ptr %".3221", align 2
  %".3225" = zext i16 %".3224" to i64
  %"cursor.176" = and i64 %".3225", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".3227" = trunc i64 34887 to i16
  %".3228" = call i16 @"llvm.bswap.i16"(i16 %".3227")
  %".3229" = getelementptr i8, ptr %"keys.142", i64 10
  store i16 %".3228", ptr %".3229", align 2
  %".3231" = getelementptr i8, ptr %"keys.142", i64 2
  %".3232" = trunc i64 %".3116" to i16
  store volatile i16 %".3232", ptr %".3231", align 2
  %".3234" = load volatile i16, ptr %".3231", align 2
  %".3235" = zext i16 %".3234" to i64
  %"cursor.177" = and i64 %".3235", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3237" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".3237", align 1
  %".3239" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.30" = load volatile i32, ptr %".3239", align 4
  %".3240" = and i32 %"flags.30", 4
  %".3241" = icmp ne i32 %".3240", 0
  br i1 %".3241", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3251" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".3251", align 1
  %".3253" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.31" = load volatile i32, ptr %".3253", align 4
  %".3254" = and i32 %"flags.31", 4
  %".3255" = icmp ne i32 %".3254", 0
  br i1 %".3255", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3243" = trunc i64 %".3116" to i16
  %".3244" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3243", ptr %".3244", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3247" = trunc i64 %".3116" to i16
  %".3248" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3247", ptr %".3248", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3257" = trunc i64 %".3116" to i16
  %".3258" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3257", ptr %".3258", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3261" = trunc i64 %".3116" to i16
  %".3262" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3261", ptr %".3262", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3273" = trunc i64 %"cursor.76" to i32
  %".3274" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3273", [40 x i8]* %"header_copy", i32 2)
  %".3275" = icmp eq i64 %".3274", 0
  %".3276" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3277" = load i32, ptr %".3276", align 4
  %".3278" = zext i32 %".3277" to i64
  %"data.143" = inttoptr i64 %".3278" to ptr
  %".3279" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3280" = load i32, ptr %".3279", align 4
  %".3281" = zext i32 %".3280" to i64
  %"data_end.143" = inttoptr i64 %".3281" to ptr
  %".3282" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.143" = load ptr, ptr %".3282", align 8
  %".3283" = xor i1 %".3275", -1
  br i1 %".3283", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3285" = trunc i64 %"cursor.76" to i16
  %".3286" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".3285", ptr %".3286", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3289" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3290" = load volatile i8, [40 x i8]* %".3289", align 1
  %".3291" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3292" = load volatile i8, [40 x i8]* %".3291", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.copy_last_byte:
  %".3307" = add i64 %"cursor.76", %".3302"
  %".3308" = sub i64 %".3307", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3309" = trunc i64 %".3308" to i32
  %".3310" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3309", i64* %"last_byte", i32 1)
  %".3311" = icmp eq i64 %".3310", 0
  %".3312" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3313" = load i32, ptr %".3312", align 4
  %".3314" = zext i32 %".3313" to i64
  %"data.145" = inttoptr i64 %".3314" to ptr
  %".3315" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3316" = load i32, ptr %".3315", align 4
  %".3317" = zext i32 %".3316" to i64
  %"data_end.145" = inttoptr i64 %".3317" to ptr
  %".3318" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.145" = load ptr, ptr %".3318", align 8
  %".3319" = xor i1 %".3311", -1
  br i1 %".3319", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed:
  %".3321" = trunc i64 %"cursor.76" to i16
  %".3322" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3321", ptr %".3322", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext2.variable_part"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3328" = trunc i64 %"end.12" to i16
  %".3329" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3328", ptr %".3329", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  %".3334" = getelementptr i8, ptr %"keys.146", i64 2
  %".3335" = trunc i64 %"end.12" to i16
  store volatile i16 %".3335", ptr %".3334", align 2
  %".3337" = load volatile i16, ptr %".3334", align 2
  %".3338" = zext i16 %".3337" to i64
  %"cursor.179" = and i64 %".3338", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  %".3341" = getelementptr i8, ptr %"keys.146", i64 2
  %".3342" = trunc i64 %"end.12" to i16
  store volatile i16 %".3342", ptr %".3341", align 2
  %".3344" = load volatile i16, ptr %".3341", align 2
  %".3345" = zext i16 %".3344" to i64
  %"cursor.181" = and i64 %".3345", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.to_udp:
  %".3347" = getelementptr i8, ptr %"keys.146", i64 2
  %".3348" = trunc i64 %"end.12" to i16
  store volatile i16 %".3348", ptr %".3347", align 2
  %".3350" = load volatile i16, ptr %".3347", align 2
  %".3351" = zext i16 %".3350" to i64
  %"cursor.182" = and i64 %".3351", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  %".3353" = getelementptr i8, ptr %"keys.146", i64 2
  %".3354" = trunc i64 %"end.12" to i16
  store volatile i16 %".3354", ptr %".3353", align 2
  %".3356" = load volatile i16, ptr %".3353", align 2
  %".3357" = zext i16 %".3356" to i64
  %"cursor.183" = and i64 %".3357", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_gre:
  %".3359" = getelementptr i8, ptr %"keys.146", i64 2
  %".3360" = trunc i64 %"end.12" to i16
  store volatile i16 %".3360", ptr %".3359", align 2
  %".3362" = load volatile i16, ptr %".3359", align 2
  %".3363" = zext i16 %".3362" to i64
  %"cursor.184" = and i64 %".3363", 16383
  br label %"gre_d0"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  %".3365" = getelementptr i8, ptr %"keys.146", i64 2
  %".3366" = trunc i64 %"end.12" to i16
  store volatile i16 %".3366", ptr %".3365", align 2
  %".3368" = load volatile i16, ptr %".3365", align 2
  %".3369" = zext i16 %".3368" to i64
  %"cursor.185" = and i64 %".3369", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  %".3371" = getelementptr i8, ptr %"keys.146", i64 2
  %".3372" = trunc i64 %"end.12" to i16
  store volatile i16 %".3372", ptr %".3371", align 2
  %".3374" = load volatile i16, ptr %".3371", align 2
  %".3375" = zext i16 %".3374" to i64
  %"cursor.186" = and i64 %".3375", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_esp:
  %".3377" = getelementptr i8, ptr %"keys.146", i64 2
  %".3378" = trunc i64 %"end.12" to i16
  store volatile i16 %".3378", ptr %".3377", align 2
  %".3380" = load volatile i16, ptr %".3377", align 2
  %".3381" = zext i16 %".3380" to i64
  %"cursor.187" = and i64 %".3381", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  %".3383" = getelementptr i8, ptr %"keys.146", i64 2
  %".3384" = trunc i64 %"end.12" to i16
  store volatile i16 %".3384", ptr %".3383", align 2
  %".3386" = load volatile i16, ptr %".3383", align 2
  %".3387" = zext i16 %".3386" to i64
  %"cursor.188" = and i64 %".3387", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  %".3389" = getelementptr i8, ptr %"keys.146", i64 2
  %".3390" = trunc i64 %"end.12" to i16
  store volatile i16 %".3390", ptr %".3389", align 2
  %".3392" = load volatile i16, ptr %".3389", align 2
  %".3393" = zext i16 %".3392" to i64
  %"cursor.189" = and i64 %".3393", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".3395" = trunc i64 34887 to i16
  %".3396" = call i16 @"llvm.bswap.i16"(i16 %".3395")
  %".3397" = getelementptr i8, ptr %"keys.146", i64 10
  store i16 %".3396", ptr %".3397", align 2
  %".3399" = getelementptr i8, ptr %"keys.146", i64 2
  %".3400" = trunc i64 %"end.12" to i16
  store volatile i16 %".3400", ptr %".3399", align 2
  %".3402" = load volatile i16, ptr %".3399", align 2
  %".3403" = zext i16 %".3402" to i64
  %"cursor.190" = and i64 %".3403", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3405" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3405", align 1
  %".3407" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.32" = load volatile i32, ptr %".3407", align 4
  %".3408" = and i32 %"flags.32", 4
  %".3409" = icmp ne i32 %".3408", 0
  br i1 %".3409", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3421" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3421", align 1
  %".3423" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.33" = load volatile i32, ptr %".3423", align 4
  %".3424" = and i32 %"flags.33", 4
  %".3425" = icmp ne i32 %".3424", 0
  br i1 %".3425", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.178" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.179", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.193", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"cursor.194", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.195", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data.147" = phi  ptr [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.147" = phi  ptr [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.147" = phi  ptr [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.49" = getelementptr i8, ptr %"data.147", i64 %"cursor.178"
  %".4701" = getelementptr i8, ptr %"hdr.49", i64 2
  %".4702" = icmp ugt ptr %".4701", %"data_end.147"
  br i1 %".4702", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".4704" = getelementptr i8, ptr %"hdr.49", i64 0
  %".4705" = load i8, ptr %".4704", align 1
  %".4706" = getelementptr i8, ptr %"hdr.49", i64 1
  %".4707" = load i8, ptr %".4706", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.21" = phi  i8 [%".4705", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4726", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4707", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4728", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.190" = phi  ptr [%"data.147", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.189", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.190" = phi  ptr [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.189", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.190" = phi  ptr [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.189", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".4730" = zext i8 %"w0_1.21" to i64
  %".4731" = trunc i64 %".4730" to i8
  %".4732" = getelementptr i8, ptr %"keys.190", i64 9
  store i8 %".4731", ptr %".4732", align 1
  %".4734" = add i64 %"cursor.178", 2
  %".4735" = zext i8 %"w1_1.12" to i64
  %".4736" = mul i64 %".4735", 8
  %".4737" = add i64 %".4736", 6
  %".4738" = add i64 %".4737", 2
  %".4739" = getelementptr i8, ptr %"data.190", i64 %"cursor.178"
  %".4740" = getelementptr i8, ptr %".4739", i64 %".4738"
  %".4741" = icmp ugt ptr %".4740", %"data_end.190"
  br i1 %".4741", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d0_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d0_ipv6_ext3.variable_part:
  %"data.192" = phi  ptr [%"data.190", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data.191", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.192" = phi  ptr [%"data_end.190", %"ipv6_opts_d0_ipv6_ext3.header"], [%"data_end.191", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.192" = phi  ptr [%"keys.190", %"ipv6_opts_d0_ipv6_ext3.header"], [%"keys.191", %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.16" = add i64 %"cursor.178", %".4738"
  %".4762" = zext i8 %"w0_1.21" to i64
  switch i64 %".4762", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.180" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3470", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data.148" = phi  ptr [%"data.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data_end.148" = phi  ptr [%"data_end.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"keys.148" = phi  ptr [%"keys.146", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.150", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"hdr.50" = getelementptr i8, ptr %"data.148", i64 %"cursor.180"
  %".4880" = getelementptr i8, ptr %"hdr.50", i64 8
  %".4881" = icmp ugt ptr %".4880", %"data_end.148"
  br i1 %".4881", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".4883" = getelementptr i8, ptr %"hdr.50", i64 0
  %".4884" = load i8, ptr %".4883", align 1
  %".4885" = getelementptr i8, ptr %"hdr.50", i64 2
  %".4886" = load i16, ptr %".4885", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.22" = phi  i8 [%".4884", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4905", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.19" = phi  i16 [%".4886", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4907", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.194" = phi  ptr [%"data.148", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.193", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.194" = phi  ptr [%"data_end.148", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.193", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.194" = phi  ptr [%"keys.148", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.193", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".4909" = zext i8 %"w0_1.22" to i64
  %".4910" = trunc i64 %".4909" to i8
  %".4911" = getelementptr i8, ptr %"keys.194", i64 9
  store i8 %".4910", ptr %".4911", align 1
  %".4913" = add i64 %"cursor.180", 8
  %".4914" = icmp ne i64 1, 0
  %".4915" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".4916" = zext i16 %".4915" to i64
  %".4917" = and i64 %".4916", 65528
  %".4918" = icmp eq i64 %".4917", 0
  br i1 %".4914", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3411" = trunc i64 %"end.12" to i16
  %".3412" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3411", ptr %".3412", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3415" = getelementptr i8, ptr %"keys.146", i64 2
  %".3416" = trunc i64 %"end.12" to i16
  store volatile i16 %".3416", ptr %".3415", align 2
  %".3418" = load volatile i16, ptr %".3415", align 2
  %".3419" = zext i16 %".3418" to i64
  %"cursor.191" = and i64 %".3419", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3427" = trunc i64 %"end.12" to i16
  %".3428" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3427", ptr %".3428", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3431" = getelementptr i8, ptr %"keys.146", i64 2
  %".3432" = trunc i64 %"end.12" to i16
  store volatile i16 %".3432", ptr %".3431", align 2
  %".3434" = load volatile i16, ptr %".3431", align 2
  %".3435" = zext i16 %".3434" to i64
  %"cursor.192" = and i64 %".3435", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3445" = trunc i64 %"cursor.78" to i32
  %".3446" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3445", [40 x i8]* %"header_copy", i32 8)
  %".3447" = icmp eq i64 %".3446", 0
  %".3448" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3449" = load i32, ptr %".3448", align 4
  %".3450" = zext i32 %".3449" to i64
  %"data.149" = inttoptr i64 %".3450" to ptr
  %".3451" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3452" = load i32, ptr %".3451", align 4
  %".3453" = zext i32 %".3452" to i64
  %"data_end.149" = inttoptr i64 %".3453" to ptr
  %".3454" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.149" = load ptr, ptr %".3454", align 8
  %".3455" = xor i1 %".3447", -1
  br i1 %".3455", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3457" = trunc i64 %"cursor.78" to i16
  %".3458" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3457", ptr %".3458", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3461" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3462" = load volatile i8, [40 x i8]* %".3461", align 1
  %".3463" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3464" = load volatile i16, [40 x i8]* %".3463", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3477" = getelementptr i8, ptr %"keys.150", i64 6
  store i8 1, ptr %".3477", align 1
  br i1 %".3475", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3497" = zext i8 %"w0_1.14" to i64
  switch i64 %".3497", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3480" = getelementptr i8, ptr %"keys.150", i64 7
  store i8 1, ptr %".3480", align 1
  %".3482" = getelementptr i8, ptr %"keys.150", i64 48
  %"flags.34" = load volatile i32, ptr %".3482", align 4
  %".3483" = and i32 %"flags.34", 1
  %".3484" = icmp ne i32 %".3483", 0
  %".3485" = xor i1 %".3484", -1
  br i1 %".3485", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3492" = trunc i64 %".3470" to i16
  %".3493" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3492", ptr %".3493", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3487" = trunc i64 %".3470" to i16
  %".3488" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3487", ptr %".3488", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3499" = trunc i64 %".3470" to i16
  %".3500" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3499", ptr %".3500", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  %".3503" = getelementptr i8, ptr %"keys.150", i64 2
  %".3504" = trunc i64 %".3470" to i16
  store volatile i16 %".3504", ptr %".3503", align 2
  %".3506" = load volatile i16, ptr %".3503", align 2
  %".3507" = zext i16 %".3506" to i64
  %"cursor.193" = and i64 %".3507", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  %".3509" = getelementptr i8, ptr %"keys.150", i64 2
  %".3510" = trunc i64 %".3470" to i16
  store volatile i16 %".3510", ptr %".3509", align 2
  %".3512" = load volatile i16, ptr %".3509", align 2
  %".3513" = zext i16 %".3512" to i64
  %"cursor.194" = and i64 %".3513", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  %".3515" = getelementptr i8, ptr %"keys.150", i64 2
  %".3516" = trunc i64 %".3470" to i16
  store volatile i16 %".3516", ptr %".3515", align 2
  %".3518" = load volatile i16, ptr %".3515", align 2
  %".3519" = zext i16 %".3518" to i64
  %"cursor.195" = and i64 %".3519", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  %".3522" = getelementptr i8, ptr %"keys.150", i64 2
  %".3523" = trunc i64 %".3470" to i16
  store volatile i16 %".3523", ptr %".3522", align 2
  %".3525" = load volatile i16, ptr %".3522", align 2
  %".3526" = zext i16 %".3525" to i64
  %"cursor.196" = and i64 %".3526", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2.to_udp:
  %".3528" = getelementptr i8, ptr %"keys.150", i64 2
  %".3529" = trunc i64 %".3470" to i16
  store volatile i16 %".3529", ptr %".3528", align 2
  %".3531" = load volatile i16, ptr %".3528", align 2
  %".3532" = zext i16 %".3531" to i64
  %"cursor.197" = and i64 %".3532", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  %".3534" = getelementptr i8, ptr %"keys.150", i64 2
  %".3535" = trunc i64 %".3470" to i16
  store volatile i16 %".3535", ptr %".3534", align 2
  %".3537" = load volatile i16, ptr %".3534", align 2
  %".3538" = zext i16 %".3537" to i64
  %"cursor.198" = and i64 %".3538", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_gre:
  %".3540" = getelementptr i8, ptr %"keys.150", i64 2
  %".3541" = trunc i64 %".3470" to i16
  store volatile i16 %".3541", ptr %".3540", align 2
  %".3543" = load volatile i16, ptr %".3540", align 2
  %".3544" = zext i16 %".3543" to i64
  %"cursor.199" = and i64 %".3544", 16383
  br label %"gre_d0"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  %".3546" = getelementptr i8, ptr %"keys.150", i64 2
  %".3547" = trunc i64 %".3470" to i16
  store volatile i16 %".3547", ptr %".3546", align 2
  %".3549" = load volatile i16, ptr %".3546", align 2
  %".3550" = zext i16 %".3549" to i64
  %"cursor.200" = and i64 %".3550", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  %".3552" = getelementptr i8, ptr %"keys.150", i64 2
  %".3553" = trunc i64 %".3470" to i16
  store volatile i16 %".3553", ptr %".3552", align 2
  %".3555" = load volatile i16, ptr %".3552", align 2
  %".3556" = zext i16 %".3555" to i64
  %"cursor.201" = and i64 %".3556", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_esp:
  %".3558" = getelementptr i8, ptr %"keys.150", i64 2
  %".3559" = trunc i64 %".3470" to i16
  store volatile i16 %".3559", ptr %".3558", align 2
  %".3561" = load volatile i16, ptr %".3558", align 2
  %".3562" = zext i16 %".3561" to i64
  %"cursor.202" = and i64 %".3562", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  %".3564" = getelementptr i8, ptr %"keys.150", i64 2
  %".3565" = trunc i64 %".3470" to i16
  store volatile i16 %".3565", ptr %".3564", align 2
  %".3567" = load volatile i16, ptr %".3564", align 2
  %".3568" = zext i16 %".3567" to i64
  %"cursor.203" = and i64 %".3568", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  %".3570" = getelementptr i8, ptr %"keys.150", i64 2
  %".3571" = trunc i64 %".3470" to i16
  store volatile i16 %".3571", ptr %".3570", align 2
  %".3573" = load volatile i16, ptr %".3570", align 2
  %".3574" = zext i16 %".3573" to i64
  %"cursor.204" = and i64 %".3574", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".3576" = trunc i64 34887 to i16
  %".3577" = call i16 @"llvm.bswap.i16"(i16 %".3576")
  %".3578" = getelementptr i8, ptr %"keys.150", i64 10
  store i16 %".3577", ptr %".3578", align 2
  %".3580" = getelementptr i8, ptr %"keys.150", i64 2
  %".3581" = trunc i64 %".3470" to i16
  store volatile i16 %".3581", ptr %".3580", align 2
  %".3583" = load volatile i16, ptr %".3580", align 2
  %".3584" = zext i16 %".3583" to i64
  %"cursor.205" = and i64 %".3584", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3586" = getelementptr i8, ptr %"keys.150", i64 8
  store i8 1, ptr %".3586", align 1
  %".3588" = getelementptr i8, ptr %"keys.150", i64 48
  %"flags.35" = load volatile i32, ptr %".3588", align 4
  %".3589" = and i32 %"flags.35", 4
  %".3590" = icmp ne i32 %".3589", 0
  br i1 %".3590", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3602" = getelementptr i8, ptr %"keys.150", i64 8
  store i8 1, ptr %".3602", align 1
  %".3604" = getelementptr i8, ptr %"keys.150", i64 48
  %"flags.36" = load volatile i32, ptr %".3604", align 4
  %".3605" = and i32 %"flags.36", 4
  %".3606" = icmp ne i32 %".3605", 0
  br i1 %".3606", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3592" = trunc i64 %".3470" to i16
  %".3593" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3592", ptr %".3593", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3596" = getelementptr i8, ptr %"keys.150", i64 2
  %".3597" = trunc i64 %".3470" to i16
  store volatile i16 %".3597", ptr %".3596", align 2
  %".3599" = load volatile i16, ptr %".3596", align 2
  %".3600" = zext i16 %".3599" to i64
  %"cursor.206" = and i64 %".3600", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3608" = trunc i64 %".3470" to i16
  %".3609" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3608", ptr %".3609", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3612" = getelementptr i8, ptr %"keys.150", i64 2
  %".3613" = trunc i64 %".3470" to i16
  store volatile i16 %".3613", ptr %".3612", align 2
  %".3615" = load volatile i16, ptr %".3612", align 2
  %".3616" = zext i16 %".3615" to i64
  %"cursor.207" = and i64 %".3616", 16383
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3624" = trunc i64 %"cursor.111" to i32
  %".3625" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3624", [40 x i8]* %"header_copy", i32 4)
  %".3626" = icmp eq i64 %".3625", 0
  %".3627" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3628" = load i32, ptr %".3627", align 4
  %".3629" = zext i32 %".3628" to i64
  %"data.151" = inttoptr i64 %".3629" to ptr
  %".3630" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3631" = load i32, ptr %".3630", align 4
  %".3632" = zext i32 %".3631" to i64
  %"data_end.151" = inttoptr i64 %".3632" to ptr
  %".3633" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.151" = load ptr, ptr %".3633", align 8
  %".3634" = xor i1 %".3626", -1
  br i1 %".3634", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".3636" = trunc i64 %"cursor.111" to i16
  %".3637" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3636", ptr %".3637", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".3640" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3641" = load volatile i8, [40 x i8]* %".3640", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".3647" = trunc i64 %".3643" to i16
  %".3648" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3647", ptr %".3648", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels3.to_ip_version:
  %".3652" = getelementptr i8, ptr %"keys.152", i64 8
  store i8 1, ptr %".3652", align 1
  %".3654" = getelementptr i8, ptr %"keys.152", i64 48
  %"flags.37" = load volatile i32, ptr %".3654", align 4
  %".3655" = and i32 %"flags.37", 4
  %".3656" = icmp ne i32 %".3655", 0
  br i1 %".3656", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels4:
  %"cursor.208" = phi  i64 [%".3643", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.153" = phi  ptr [%"data.152", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.153" = phi  ptr [%"data_end.152", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.153" = phi  ptr [%"keys.152", %"mpls_d0_mpls_labels3.to_mpls"]
  %"hdr.51" = getelementptr i8, ptr %"data.153", i64 %"cursor.208"
  %".5058" = getelementptr i8, ptr %"hdr.51", i64 4
  %".5059" = icmp ugt ptr %".5058", %"data_end.153"
  br i1 %".5059", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5061" = getelementptr i8, ptr %"hdr.51", i64 2
  %".5062" = load i8, ptr %".5061", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5062", %"mpls_d0_mpls_labels4.linear"], [%".5081", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.196" = phi  ptr [%"data.153", %"mpls_d0_mpls_labels4.linear"], [%"data.195", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.196" = phi  ptr [%"data_end.153", %"mpls_d0_mpls_labels4.linear"], [%"data_end.195", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.196" = phi  ptr [%"keys.153", %"mpls_d0_mpls_labels4.linear"], [%"keys.195", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5083" = add i64 %"cursor.208", 4
  %".5084" = zext i8 %"w2_1.5" to i64
  %".5085" = and i64 %".5084", 1
  switch i64 %".5085", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels3.stop_at_encap:
  %".3658" = trunc i64 %".3643" to i16
  %".3659" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3658", ptr %".3659", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".3662" = getelementptr i8, ptr %"keys.152", i64 2
  %".3663" = trunc i64 %".3643" to i16
  store volatile i16 %".3663", ptr %".3662", align 2
  %".3665" = load volatile i16, ptr %".3662", align 2
  %".3666" = zext i16 %".3665" to i64
  %"cursor.209" = and i64 %".3666", 16383
  br label %"ip_version_d1"
gtpu_opt_d1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3672" = trunc i64 %"cursor.122" to i32
  %".3673" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3672", [40 x i8]* %"header_copy", i32 4)
  %".3674" = icmp eq i64 %".3673", 0
  %".3675" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3676" = load i32, ptr %".3675", align 4
  %".3677" = zext i32 %".3676" to i64
  %"data.154" = inttoptr i64 %".3677" to ptr
  %".3678" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3679" = load i32, ptr %".3678", align 4
  %".3680" = zext i32 %".3679" to i64
  %"data_end.154" = inttoptr i64 %".3680" to ptr
  %".3681" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.154" = load ptr, ptr %".3681", align 8
  %".3682" = xor i1 %".3674", -1
  br i1 %".3682", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".3684" = trunc i64 %"cursor.122" to i16
  %".3685" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3684", ptr %".3685", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".3691" = trunc i64 %".3689" to i16
  %".3692" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3691", ptr %".3692", align 2
  br label %"return"
gtpu_opt_d1.to_ip_version:
  %".3695" = getelementptr i8, ptr %"keys.155", i64 2
  %".3696" = trunc i64 %".3689" to i16
  store volatile i16 %".3696", ptr %".3695", align 2
  %".3698" = load volatile i16, ptr %".3695", align 2
  %".3699" = zext i16 %".3698" to i64
  %"cursor.210" = and i64 %".3699", 16383
  br label %"ip_version_d1"
gtpu_seq_d1.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3705" = trunc i64 %"cursor.124" to i32
  %".3706" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3705", [40 x i8]* %"header_copy", i32 3)
  %".3707" = icmp eq i64 %".3706", 0
  %".3708" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3709" = load i32, ptr %".3708", align 4
  %".3710" = zext i32 %".3709" to i64
  %"data.156" = inttoptr i64 %".3710" to ptr
  %".3711" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3712" = load i32, ptr %".3711", align 4
  %".3713" = zext i32 %".3712" to i64
  %"data_end.156" = inttoptr i64 %".3713" to ptr
  %".3714" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.156" = load ptr, ptr %".3714", align 8
  %".3715" = xor i1 %".3707", -1
  br i1 %".3715", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".3717" = trunc i64 %"cursor.124" to i16
  %".3718" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3717", ptr %".3718", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".3724" = trunc i64 %".3722" to i16
  %".3725" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3724", ptr %".3725", align 2
  br label %"return"
gtpu_seq_d1.to_gtpu_next:
  %".3728" = getelementptr i8, ptr %"keys.157", i64 2
  %".3729" = trunc i64 %".3722" to i16
  store volatile i16 %".3729", ptr %".3728", align 2
  %".3731" = load volatile i16, ptr %".3728", align 2
  %".3732" = zext i16 %".3731" to i64
  %"cursor.212" = and i64 %".3732", 16383
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.211" = phi  i64 [%"cursor.212", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.158" = phi  ptr [%"data.157", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.158" = phi  ptr [%"data_end.157", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.158" = phi  ptr [%"keys.157", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.52" = getelementptr i8, ptr %"data.158", i64 %"cursor.211"
  %".5111" = getelementptr i8, ptr %"hdr.52", i64 1
  %".5112" = icmp ugt ptr %".5111", %"data_end.158"
  br i1 %".5112", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5114" = getelementptr i8, ptr %"hdr.52", i64 0
  %".5115" = load i8, ptr %".5114", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.23" = phi  i8 [%".5115", %"gtpu_next_d1.linear"], [%".5134", %"gtpu_next_d1.copy_failed.endif"]
  %"data.198" = phi  ptr [%"data.158", %"gtpu_next_d1.linear"], [%"data.197", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.158", %"gtpu_next_d1.linear"], [%"data_end.197", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.158", %"gtpu_next_d1.linear"], [%"keys.197", %"gtpu_next_d1.copy_failed.endif"]
  %".5136" = add i64 %"cursor.211", 1
  %".5137" = zext i8 %"w0_1.23" to i64
  %".5138" = icmp uge i64 %".5137", 1
  %".5139" = icmp ule i64 %".5137", 255
  %".5140" = and i1 %".5138", %".5139"
  br i1 %".5140", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
vlan_d1_vlan_tags1.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3740" = trunc i64 %"cursor.129" to i32
  %".3741" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3740", [40 x i8]* %"header_copy", i32 4)
  %".3742" = icmp eq i64 %".3741", 0
  %".3743" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3744" = load i32, ptr %".3743", align 4
  %".3745" = zext i32 %".3744" to i64
  %"data.159" = inttoptr i64 %".3745" to ptr
  %".3746" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3747" = load i32, ptr %".3746", align 4
  %".3748" = zext i32 %".3747" to i64
  %"data_end.159" = inttoptr i64 %".3748" to ptr
  %".3749" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.159" = load ptr, ptr %".3749", align 8
  %".3750" = xor i1 %".3742", -1
  br i1 %".3750", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".3752" = trunc i64 %"cursor.129" to i16
  %".3753" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3752", ptr %".3753", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".3756" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3757" = load volatile i16, [40 x i8]* %".3756", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".3772" = trunc i64 %".3765" to i16
  %".3773" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".3772", ptr %".3773", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  %".3776" = getelementptr i8, ptr %"keys.160", i64 2
  %".3777" = trunc i64 %".3765" to i16
  store volatile i16 %".3777", ptr %".3776", align 2
  %".3779" = load volatile i16, ptr %".3776", align 2
  %".3780" = zext i16 %".3779" to i64
  %"cursor.213" = and i64 %".3780", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags1.to_ipv6:
  %".3782" = getelementptr i8, ptr %"keys.160", i64 2
  %".3783" = trunc i64 %".3765" to i16
  store volatile i16 %".3783", ptr %".3782", align 2
  %".3785" = load volatile i16, ptr %".3782", align 2
  %".3786" = zext i16 %".3785" to i64
  %"cursor.214" = and i64 %".3786", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  %".3788" = getelementptr i8, ptr %"keys.160", i64 2
  %".3789" = trunc i64 %".3765" to i16
  store volatile i16 %".3789", ptr %".3788", align 2
  %".3791" = load volatile i16, ptr %".3788", align 2
  %".3792" = zext i16 %".3791" to i64
  %"cursor.216" = and i64 %".3792", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  %".3794" = getelementptr i8, ptr %"keys.160", i64 2
  %".3795" = trunc i64 %".3765" to i16
  store volatile i16 %".3795", ptr %".3794", align 2
  %".3797" = load volatile i16, ptr %".3794", align 2
  %".3798" = zext i16 %".3797" to i64
  %"cursor.217" = and i64 %".3798", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  %".3800" = getelementptr i8, ptr %"keys.160", i64 2
  %".3801" = trunc i64 %".3765" to i16
  store volatile i16 %".3801", ptr %".3800", align 2
  %".3803" = load volatile i16, ptr %".3800", align 2
  %".3804" = zext i16 %".3803" to i64
  %"cursor.218" = and i64 %".3804", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  %".3806" = getelementptr i8, ptr %"keys.160", i64 2
  %".3807" = trunc i64 %".3765" to i16
  store volatile i16 %".3807", ptr %".3806", align 2
  %".3809" = load volatile i16, ptr %".3806", align 2
  %".3810" = zext i16 %".3809" to i64
  %"cursor.219" = and i64 %".3810", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags1.to_pppoe:
  %".3812" = getelementptr i8, ptr %"keys.160", i64 2
  %".3813" = trunc i64 %".3765" to i16
  store volatile i16 %".3813", ptr %".3812", align 2
  %".3815" = load volatile i16, ptr %".3812", align 2
  %".3816" = zext i16 %".3815" to i64
  %"cursor.220" = and i64 %".3816", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.215" = phi  i64 [%"cursor.216", %"vlan_d1_vlan_tags1.to_vlan"], [%"cursor.217", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data.161" = phi  ptr [%"data.160", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.160", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"data_end.161" = phi  ptr [%"data_end.160", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.160", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"keys.161" = phi  ptr [%"keys.160", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.160", %"vlan_d1_vlan_tags1.to_vlan.1"]
  %"hdr.53" = getelementptr i8, ptr %"data.161", i64 %"cursor.215"
  %".5159" = getelementptr i8, ptr %"hdr.53", i64 4
  %".5160" = icmp ugt ptr %".5159", %"data_end.161"
  br i1 %".5160", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".5162" = getelementptr i8, ptr %"hdr.53", i64 2
  %".5163" = load i16, ptr %".5162", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.20" = phi  i16 [%".5163", %"vlan_d1_vlan_tags2.linear"], [%".5182", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.201" = phi  ptr [%"data.161", %"vlan_d1_vlan_tags2.linear"], [%"data.200", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.201" = phi  ptr [%"data_end.161", %"vlan_d1_vlan_tags2.linear"], [%"data_end.200", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.201" = phi  ptr [%"keys.161", %"vlan_d1_vlan_tags2.linear"], [%"keys.200", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".5184" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5185" = zext i16 %".5184" to i64
  %".5186" = trunc i64 %".5185" to i16
  %".5187" = call i16 @"llvm.bswap.i16"(i16 %".5186")
  %".5188" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".5187", ptr %".5188", align 2
  %".5190" = add i64 %"cursor.215", 4
  %".5191" = trunc i64 %".5190" to i16
  %".5192" = getelementptr i8, ptr %"keys.201", i64 0
  store i16 %".5191", ptr %".5192", align 2
  %".5194" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5195" = zext i16 %".5194" to i64
  switch i64 %".5195", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe"]
pppoe_d1.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3828" = trunc i64 %"cursor.134" to i32
  %".3829" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3828", [40 x i8]* %"header_copy", i32 8)
  %".3830" = icmp eq i64 %".3829", 0
  %".3831" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3832" = load i32, ptr %".3831", align 4
  %".3833" = zext i32 %".3832" to i64
  %"data.162" = inttoptr i64 %".3833" to ptr
  %".3834" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3835" = load i32, ptr %".3834", align 4
  %".3836" = zext i32 %".3835" to i64
  %"data_end.162" = inttoptr i64 %".3836" to ptr
  %".3837" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.162" = load ptr, ptr %".3837", align 8
  %".3838" = xor i1 %".3830", -1
  br i1 %".3838", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".3840" = trunc i64 %"cursor.134" to i16
  %".3841" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3840", ptr %".3841", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".3844" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3845" = load volatile i8, [40 x i8]* %".3844", align 1
  %".3846" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3847" = load volatile i8, [40 x i8]* %".3846", align 1
  %".3848" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".3849" = load volatile i16, [40 x i8]* %".3848", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".3864" = trunc i64 %"cursor.134" to i16
  %".3865" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".3864", ptr %".3865", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".3868" = add i64 %"cursor.134", 8
  %".3869" = trunc i64 %".3868" to i16
  %".3870" = getelementptr i8, ptr %"keys.163", i64 0
  store i16 %".3869", ptr %".3870", align 2
  %".3872" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".3873" = zext i16 %".3872" to i64
  switch i64 %".3873", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]
pppoe_d1.unknown:
  %".3875" = trunc i64 %".3868" to i16
  %".3876" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".3875", ptr %".3876", align 2
  br label %"return"
pppoe_d1.to_ipv4:
  %".3879" = getelementptr i8, ptr %"keys.163", i64 2
  %".3880" = trunc i64 %".3868" to i16
  store volatile i16 %".3880", ptr %".3879", align 2
  %".3882" = load volatile i16, ptr %".3879", align 2
  %".3883" = zext i16 %".3882" to i64
  %"cursor.221" = and i64 %".3883", 16383
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".3885" = getelementptr i8, ptr %"keys.163", i64 2
  %".3886" = trunc i64 %".3868" to i16
  store volatile i16 %".3886", ptr %".3885", align 2
  %".3888" = load volatile i16, ptr %".3885", align 2
  %".3889" = zext i16 %".3888" to i64
  %"cursor.222" = and i64 %".3889", 16383
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".3891" = trunc i64 34887 to i16
  %".3892" = call i16 @"llvm.bswap.i16"(i16 %".3891")
  %".3893" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".3892", ptr %".3893", align 2
  %".3895" = getelementptr i8, ptr %"keys.163", i64 2
  %".3896" = trunc i64 %".3868" to i16
  store volatile i16 %".3896", ptr %".3895", align 2
  %".3898" = load volatile i16, ptr %".3895", align 2
  %".3899" = zext i16 %".3898" to i64
  %"cursor.223" = and i64 %".3899", 16383
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".3901" = trunc i64 34888 to i16
  %".3902" = call i16 @"llvm.bswap.i16"(i16 %".3901")
  %".3903" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".3902", ptr %".3903", align 2
  %".3905" = getelementptr i8, ptr %"keys.163", i64 2
  %".3906" = trunc i64 %".3868" to i16
  store volatile i16 %".3906", ptr %".3905", align 2
  %".3908" = load volatile i16, ptr %".3905", align 2
  %".3909" = zext i16 %".3908" to i64
  %"cursor.224" = and i64 %".3909", 16383
  br label %"mpls_d1_mpls_labels1"
mpls_d1_mpls_labels2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3917" = trunc i64 %"cursor.136" to i32
  %".3918" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".3917", [40 x i8]* %"header_copy", i32 4)
  %".3919" = icmp eq i64 %".3918", 0
  %".3920" = getelementptr i8, ptr %"ctx.55", i64 76
  %".3921" = load i32, ptr %".3920", align 4
  %".3922" = zext i32 %".3921" to i64
  %"data.164" = inttoptr i64 %".3922" to ptr
  %".3923" = getelementptr i8, ptr %"ctx.55", i64 80
  %".3924" = load i32, ptr %".3923", align 4
  %".3925" = zext i32 %".3924" to i64
  %"data_end.164" = inttoptr i64 %".3925" to ptr
  %".3926" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.164" = load ptr, ptr %".3926", align 8
  %".3927" = xor i1 %".3919", -1
  br i1 %".3927", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".3929" = trunc i64 %"cursor.136" to i16
  %".3930" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".3929", ptr %".3930", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".3933" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3934" = load volatile i8, [40 x i8]* %".3933", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".3940" = trunc i64 %".3936" to i16
  %".3941" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3940", ptr %".3941", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_mpls:
  %".3944" = getelementptr i8, ptr %"keys.165", i64 2
  %".3945" = trunc i64 %".3936" to i16
  store volatile i16 %".3945", ptr %".3944", align 2
  %".3947" = load volatile i16, ptr %".3944", align 2
  %".3948" = zext i16 %".3947" to i64
  %"cursor.226" = and i64 %".3948", 16383
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels2.to_ip_version:
  %".3950" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".3950", align 1
  %".3952" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.38" = load volatile i32, ptr %".3952", align 4
  %".3953" = and i32 %"flags.38", 4
  %".3954" = icmp ne i32 %".3953", 0
  br i1 %".3954", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels3:
  %"cursor.225" = phi  i64 [%"cursor.226", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.166" = phi  ptr [%"data.165", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.166" = phi  ptr [%"data_end.165", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.166" = phi  ptr [%"keys.165", %"mpls_d1_mpls_labels2.to_mpls"]
  %"hdr.54" = getelementptr i8, ptr %"data.166", i64 %"cursor.225"
  %".5239" = getelementptr i8, ptr %"hdr.54", i64 4
  %".5240" = icmp ugt ptr %".5239", %"data_end.166"
  br i1 %".5240", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5242" = getelementptr i8, ptr %"hdr.54", i64 2
  %".5243" = load i8, ptr %".5242", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5243", %"mpls_d1_mpls_labels3.linear"], [%".5262", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.203" = phi  ptr [%"data.166", %"mpls_d1_mpls_labels3.linear"], [%"data.202", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.203" = phi  ptr [%"data_end.166", %"mpls_d1_mpls_labels3.linear"], [%"data_end.202", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.203" = phi  ptr [%"keys.166", %"mpls_d1_mpls_labels3.linear"], [%"keys.202", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5264" = add i64 %"cursor.225", 4
  %".5265" = zext i8 %"w2_1.6" to i64
  %".5266" = and i64 %".5265", 1
  switch i64 %".5266", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels2.stop_at_encap:
  %".3956" = trunc i64 %".3936" to i16
  %".3957" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3956", ptr %".3957", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".3960" = trunc i64 %".3936" to i16
  %".3961" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3960", ptr %".3961", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3968" = trunc i64 %"cursor.138" to i32
  %".3969" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".3968", [40 x i8]* %"header_copy", i32 8)
  %".3970" = icmp eq i64 %".3969", 0
  %".3971" = getelementptr i8, ptr %"ctx.56", i64 76
  %".3972" = load i32, ptr %".3971", align 4
  %".3973" = zext i32 %".3972" to i64
  %"data.167" = inttoptr i64 %".3973" to ptr
  %".3974" = getelementptr i8, ptr %"ctx.56", i64 80
  %".3975" = load i32, ptr %".3974", align 4
  %".3976" = zext i32 %".3975" to i64
  %"data_end.167" = inttoptr i64 %".3976" to ptr
  %".3977" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.167" = load ptr, ptr %".3977", align 8
  %".3978" = xor i1 %".3970", -1
  br i1 %".3978", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".3980" = trunc i64 %"cursor.138" to i16
  %".3981" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3980", ptr %".3981", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".3992" = trunc i64 %".3985" to i16
  %".3993" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3992", ptr %".3993", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.unknown:
  %".3997" = trunc i64 %".3985" to i16
  %".3998" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3997", ptr %".3998", align 2
  br label %"return"
vxlan_d1.to_ethernet:
  %".4001" = trunc i64 %".3985" to i16
  %".4002" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".4001", ptr %".4002", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4013" = trunc i64 %"cursor.140" to i32
  %".4014" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4013", [40 x i8]* %"header_copy", i32 8)
  %".4015" = icmp eq i64 %".4014", 0
  %".4016" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4017" = load i32, ptr %".4016", align 4
  %".4018" = zext i32 %".4017" to i64
  %"data.169" = inttoptr i64 %".4018" to ptr
  %".4019" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4020" = load i32, ptr %".4019", align 4
  %".4021" = zext i32 %".4020" to i64
  %"data_end.169" = inttoptr i64 %".4021" to ptr
  %".4022" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.169" = load ptr, ptr %".4022", align 8
  %".4023" = xor i1 %".4015", -1
  br i1 %".4023", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4025" = trunc i64 %"cursor.140" to i16
  %".4026" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".4025", ptr %".4026", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4029" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4030" = load volatile i8, [40 x i8]* %".4029", align 1
  %".4031" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4032" = load volatile i16, [40 x i8]* %".4031", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4039" = trunc i64 %"cursor.140" to i16
  %".4040" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4039", ptr %".4040", align 2
  br label %"return"
geneve_d1.stop_before.endif:
  %".4043" = add i64 %"cursor.140", 8
  %".4044" = zext i8 %"w0_1.16" to i64
  %".4045" = and i64 %".4044", 63
  %".4046" = mul i64 %".4045", 4
  %".4047" = add i64 %".4046", 8
  %".4048" = getelementptr i8, ptr %"data.170", i64 %"cursor.140"
  %".4049" = getelementptr i8, ptr %".4048", i64 %".4047"
  %".4050" = icmp ugt ptr %".4049", %"data_end.170"
  br i1 %".4050", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.172" = phi  ptr [%"data.170", %"geneve_d1.stop_before.endif"], [%"data.171", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.172" = phi  ptr [%"data_end.170", %"geneve_d1.stop_before.endif"], [%"data_end.171", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.172" = phi  ptr [%"keys.170", %"geneve_d1.stop_before.endif"], [%"keys.171", %"geneve_d1.copy_last_byte_failed.endif"]
  %"end.13" = add i64 %"cursor.140", %".4047"
  %".4071" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".4071", align 1
  %".4073" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.40" = load volatile i32, ptr %".4073", align 4
  %".4074" = and i32 %"flags.40", 4
  %".4075" = icmp ne i32 %".4074", 0
  br i1 %".4075", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
geneve_d1.copy_last_byte:
  %".4052" = add i64 %"cursor.140", %".4047"
  %".4053" = sub i64 %".4052", 1
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4054" = trunc i64 %".4053" to i32
  %".4055" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4054", i64* %"last_byte", i32 1)
  %".4056" = icmp eq i64 %".4055", 0
  %".4057" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4058" = load i32, ptr %".4057", align 4
  %".4059" = zext i32 %".4058" to i64
  %"data.171" = inttoptr i64 %".4059" to ptr
  %".4060" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4061" = load i32, ptr %".4060", align 4
  %".4062" = zext i32 %".4061" to i64
  %"data_end.171" = inttoptr i64 %".4062" to ptr
  %".4063" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.171" = load ptr, ptr %".4063", align 8
  %".4064" = xor i1 %".4056", -1
  br i1 %".4064", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4066" = trunc i64 %"cursor.140" to i16
  %".4067" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".4066", ptr %".4067", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4077" = trunc i64 %"end.13" to i16
  %".4078" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".4077", ptr %".4078", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".4081" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4082" = zext i16 %".4081" to i64
  switch i64 %".4082", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]
geneve_d1.unknown:
  %".4084" = trunc i64 %"end.13" to i16
  %".4085" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".4084", ptr %".4085", align 2
  br label %"return"
geneve_d1.to_ethernet:
  %".4088" = trunc i64 %"end.13" to i16
  %".4089" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".4088", ptr %".4089", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4092" = trunc i64 %"end.13" to i16
  %".4093" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".4092", ptr %".4093", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4096" = trunc i64 %"end.13" to i16
  %".4097" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".4096", ptr %".4097", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4108" = trunc i64 %"cursor.142" to i32
  %".4109" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4108", [40 x i8]* %"header_copy", i32 4)
  %".4110" = icmp eq i64 %".4109", 0
  %".4111" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4112" = load i32, ptr %".4111", align 4
  %".4113" = zext i32 %".4112" to i64
  %"data.173" = inttoptr i64 %".4113" to ptr
  %".4114" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4115" = load i32, ptr %".4114", align 4
  %".4116" = zext i32 %".4115" to i64
  %"data_end.173" = inttoptr i64 %".4116" to ptr
  %".4117" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.173" = load ptr, ptr %".4117", align 8
  %".4118" = xor i1 %".4110", -1
  br i1 %".4118", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4120" = trunc i64 %"cursor.142" to i16
  %".4121" = getelementptr i8, ptr %"keys.173", i64 2
  store i16 %".4120", ptr %".4121", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4124" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4125" = load volatile i8, [40 x i8]* %".4124", align 1
  %".4126" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4127" = load volatile i8, [40 x i8]* %".4126", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4139" = trunc i64 %"cursor.142" to i16
  %".4140" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".4139", ptr %".4140", align 2
  br label %"return"
gue_d1.stop_before.endif:
  %".4143" = add i64 %"cursor.142", 4
  %".4144" = zext i8 %"w0_1.17" to i64
  %".4145" = and i64 %".4144", 31
  %".4146" = mul i64 %".4145", 4
  %".4147" = add i64 %".4146", 4
  %".4148" = getelementptr i8, ptr %"data.174", i64 %"cursor.142"
  %".4149" = getelementptr i8, ptr %".4148", i64 %".4147"
  %".4150" = icmp ugt ptr %".4149", %"data_end.174"
  br i1 %".4150", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.176" = phi  ptr [%"data.174", %"gue_d1.stop_before.endif"], [%"data.175", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.174", %"gue_d1.stop_before.endif"], [%"data_end.175", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.174", %"gue_d1.stop_before.endif"], [%"keys.175", %"gue_d1.copy_last_byte_failed.endif"]
  %"end.14" = add i64 %"cursor.142", %".4147"
  %".4171" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".4171", align 1
  %".4173" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.41" = load volatile i32, ptr %".4173", align 4
  %".4174" = and i32 %"flags.41", 4
  %".4175" = icmp ne i32 %".4174", 0
  br i1 %".4175", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gue_d1.copy_last_byte:
  %".4152" = add i64 %"cursor.142", %".4147"
  %".4153" = sub i64 %".4152", 1
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4154" = trunc i64 %".4153" to i32
  %".4155" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4154", i64* %"last_byte", i32 1)
  %".4156" = icmp eq i64 %".4155", 0
  %".4157" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4158" = load i32, ptr %".4157", align 4
  %".4159" = zext i32 %".4158" to i64
  %"data.175" = inttoptr i64 %".4159" to ptr
  %".4160" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4161" = load i32, ptr %".4160", align 4
  %".4162" = zext i32 %".4161" to i64
  %"data_end.175" = inttoptr i64 %".4162" to ptr
  %".4163" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.175" = load ptr, ptr %".4163", align 8
  %".4164" = xor i1 %".4156", -1
  br i1 %".4164", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4166" = trunc i64 %"cursor.142" to i16
  %".4167" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".4166", ptr %".4167", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4177" = trunc i64 %"end.14" to i16
  %".4178" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4177", ptr %".4178", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".4181" = zext i8 %"w1_1.9" to i64
  switch i64 %".4181", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.unknown:
  %".4183" = trunc i64 %"end.14" to i16
  %".4184" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4183", ptr %".4184", align 2
  br label %"return"
gue_d1.to_ipv4:
  %".4187" = trunc i64 %"end.14" to i16
  %".4188" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4187", ptr %".4188", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4191" = trunc i64 %"end.14" to i16
  %".4192" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".4191", ptr %".4192", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4203" = trunc i64 %"cursor.144" to i32
  %".4204" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4203", [40 x i8]* %"header_copy", i32 8)
  %".4205" = icmp eq i64 %".4204", 0
  %".4206" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4207" = load i32, ptr %".4206", align 4
  %".4208" = zext i32 %".4207" to i64
  %"data.177" = inttoptr i64 %".4208" to ptr
  %".4209" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4210" = load i32, ptr %".4209", align 4
  %".4211" = zext i32 %".4210" to i64
  %"data_end.177" = inttoptr i64 %".4211" to ptr
  %".4212" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.177" = load ptr, ptr %".4212", align 8
  %".4213" = xor i1 %".4205", -1
  br i1 %".4213", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4215" = trunc i64 %"cursor.144" to i16
  %".4216" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".4215", ptr %".4216", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4219" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4220" = load volatile i8, [40 x i8]* %".4219", align 1
  %".4221" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4222" = load volatile i8, [40 x i8]* %".4221", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4237" = trunc i64 %"cursor.144" to i16
  %".4238" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4237", ptr %".4238", align 2
  br label %"return"
gtpu_d1.stop_before.endif:
  %".4241" = add i64 %"cursor.144", 8
  %".4242" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".4242", align 1
  %".4244" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.42" = load volatile i32, ptr %".4244", align 4
  %".4245" = and i32 %"flags.42", 4
  %".4246" = icmp ne i32 %".4245", 0
  br i1 %".4246", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
gtpu_d1.stop_at_encap:
  %".4248" = trunc i64 %".4241" to i16
  %".4249" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4248", ptr %".4249", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".4252" = zext i8 %"w0_1.18" to i64
  %".4253" = lshr i64 %".4252", 2
  %".4254" = and i64 %".4253", 1
  %".4255" = mul i64 %".4254", 4
  %".4256" = zext i8 %"w0_1.18" to i64
  %".4257" = lshr i64 %".4256", 1
  %".4258" = and i64 %".4257", 1
  %".4259" = mul i64 %".4258", 2
  %".4260" = add i64 %".4255", %".4259"
  %".4261" = zext i8 %"w0_1.18" to i64
  %".4262" = and i64 %".4261", 1
  %".4263" = add i64 %".4260", %".4262"
  %".4264" = icmp uge i64 %".4263", 1
  %".4265" = icmp ule i64 %".4263", 3
  %".4266" = and i1 %".4264", %".4265"
  br i1 %".4266", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".4273" = trunc i64 %".4241" to i16
  %".4274" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4273", ptr %".4274", align 2
  br label %"return"
gtpu_d1.to_ip_version:
  %".4277" = trunc i64 %".4241" to i16
  %".4278" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4277", ptr %".4278", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4281" = trunc i64 %".4241" to i16
  %".4282" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4281", ptr %".4282", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4285" = trunc i64 %".4241" to i16
  %".4286" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".4285", ptr %".4286", align 2
  br label %"return"
gtpu_d1.select:
  %".4268" = icmp uge i64 %".4263", 4
  %".4269" = icmp ule i64 %".4263", 7
  %".4270" = and i1 %".4268", %".4269"
  br i1 %".4270", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".4263", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
shim_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4295" = trunc i64 %"cursor.146" to i32
  %".4296" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4295", [40 x i8]* %"header_copy", i32 8)
  %".4297" = icmp eq i64 %".4296", 0
  %".4298" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4299" = load i32, ptr %".4298", align 4
  %".4300" = zext i32 %".4299" to i64
  %"data.179" = inttoptr i64 %".4300" to ptr
  %".4301" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4302" = load i32, ptr %".4301", align 4
  %".4303" = zext i32 %".4302" to i64
  %"data_end.179" = inttoptr i64 %".4303" to ptr
  %".4304" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.179" = load ptr, ptr %".4304", align 8
  %".4305" = xor i1 %".4297", -1
  br i1 %".4305", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4307" = trunc i64 %"cursor.146" to i16
  %".4308" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4307", ptr %".4308", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4311" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4312" = load volatile i16, [40 x i8]* %".4311", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4321" = trunc i64 %".4314" to i16
  %".4322" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4321", ptr %".4322", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".4325" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4326" = zext i16 %".4325" to i64
  switch i64 %".4326", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.unknown:
  %".4328" = trunc i64 %".4314" to i16
  %".4329" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4328", ptr %".4329", align 2
  br label %"return"
shim_d1.to_ipv4:
  %".4332" = trunc i64 %".4314" to i16
  %".4333" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4332", ptr %".4333", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4344" = trunc i64 %"cursor.148" to i32
  %".4345" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4344", [40 x i8]* %"header_copy", i32 2)
  %".4346" = icmp eq i64 %".4345", 0
  %".4347" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4348" = load i32, ptr %".4347", align 4
  %".4349" = zext i32 %".4348" to i64
  %"data.181" = inttoptr i64 %".4349" to ptr
  %".4350" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4351" = load i32, ptr %".4350", align 4
  %".4352" = zext i32 %".4351" to i64
  %"data_end.181" = inttoptr i64 %".4352" to ptr
  %".4353" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.181" = load ptr, ptr %".4353", align 8
  %".4354" = xor i1 %".4346", -1
  br i1 %".4354", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".4356" = trunc i64 %"cursor.148" to i16
  %".4357" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4356", ptr %".4357", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".4360" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4361" = load volatile i8, [40 x i8]* %".4360", align 1
  %".4362" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4363" = load volatile i8, [40 x i8]* %".4362", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.copy_last_byte:
  %".4378" = add i64 %"cursor.148", %".4373"
  %".4379" = sub i64 %".4378", 1
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4380" = trunc i64 %".4379" to i32
  %".4381" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4380", i64* %"last_byte", i32 1)
  %".4382" = icmp eq i64 %".4381", 0
  %".4383" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4384" = load i32, ptr %".4383", align 4
  %".4385" = zext i32 %".4384" to i64
  %"data.183" = inttoptr i64 %".4385" to ptr
  %".4386" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4387" = load i32, ptr %".4386", align 4
  %".4388" = zext i32 %".4387" to i64
  %"data_end.183" = inttoptr i64 %".4388" to ptr
  %".4389" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.183" = load ptr, ptr %".4389", align 8
  %".4390" = xor i1 %".4382", -1
  br i1 %".4390", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed:
  %".4392" = trunc i64 %"cursor.148" to i16
  %".4393" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4392", ptr %".4393", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext2.variable_part"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".4399" = trunc i64 %"end.15" to i16
  %".4400" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4399", ptr %".4400", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  %".4403" = getelementptr i8, ptr %"keys.184", i64 2
  %".4404" = trunc i64 %"end.15" to i16
  store volatile i16 %".4404", ptr %".4403", align 2
  %".4406" = load volatile i16, ptr %".4403", align 2
  %".4407" = zext i16 %".4406" to i64
  %"cursor.228" = and i64 %".4407", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  %".4409" = getelementptr i8, ptr %"keys.184", i64 2
  %".4410" = trunc i64 %"end.15" to i16
  store volatile i16 %".4410", ptr %".4409", align 2
  %".4412" = load volatile i16, ptr %".4409", align 2
  %".4413" = zext i16 %".4412" to i64
  %"cursor.229" = and i64 %".4413", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  %".4415" = getelementptr i8, ptr %"keys.184", i64 2
  %".4416" = trunc i64 %"end.15" to i16
  store volatile i16 %".4416", ptr %".4415", align 2
  %".4418" = load volatile i16, ptr %".4415", align 2
  %".4419" = zext i16 %".4418" to i64
  %"cursor.230" = and i64 %".4419", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  %".4421" = getelementptr i8, ptr %"keys.184", i64 2
  %".4422" = trunc i64 %"end.15" to i16
  store volatile i16 %".4422", ptr %".4421", align 2
  %".4424" = load volatile i16, ptr %".4421", align 2
  %".4425" = zext i16 %".4424" to i64
  %"cursor.232" = and i64 %".4425", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  %".4427" = getelementptr i8, ptr %"keys.184", i64 2
  %".4428" = trunc i64 %"end.15" to i16
  store volatile i16 %".4428", ptr %".4427", align 2
  %".4430" = load volatile i16, ptr %".4427", align 2
  %".4431" = zext i16 %".4430" to i64
  %"cursor.233" = and i64 %".4431", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.to_udp:
  %".4433" = getelementptr i8, ptr %"keys.184", i64 2
  %".4434" = trunc i64 %"end.15" to i16
  store volatile i16 %".4434", ptr %".4433", align 2
  %".4436" = load volatile i16, ptr %".4433", align 2
  %".4437" = zext i16 %".4436" to i64
  %"cursor.234" = and i64 %".4437", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  %".4439" = getelementptr i8, ptr %"keys.184", i64 2
  %".4440" = trunc i64 %"end.15" to i16
  store volatile i16 %".4440", ptr %".4439", align 2
  %".4442" = load volatile i16, ptr %".4439", align 2
  %".4443" = zext i16 %".4442" to i64
  %"cursor.235" = and i64 %".4443", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_gre:
  %".4445" = getelementptr i8, ptr %"keys.184", i64 2
  %".4446" = trunc i64 %"end.15" to i16
  store volatile i16 %".4446", ptr %".4445", align 2
  %".4448" = load volatile i16, ptr %".4445", align 2
  %".4449" = zext i16 %".4448" to i64
  %"cursor.236" = and i64 %".4449", 16383
  br label %"gre_d1"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  %".4451" = getelementptr i8, ptr %"keys.184", i64 2
  %".4452" = trunc i64 %"end.15" to i16
  store volatile i16 %".4452", ptr %".4451", align 2
  %".4454" = load volatile i16, ptr %".4451", align 2
  %".4455" = zext i16 %".4454" to i64
  %"cursor.237" = and i64 %".4455", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  %".4457" = getelementptr i8, ptr %"keys.184", i64 2
  %".4458" = trunc i64 %"end.15" to i16
  store volatile i16 %".4458", ptr %".4457", align 2
  %".4460" = load volatile i16, ptr %".4457", align 2
  %".4461" = zext i16 %".4460" to i64
  %"cursor.238" = and i64 %".4461", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_esp:
  %".4463" = getelementptr i8, ptr %"keys.184", i64 2
  %".4464" = trunc i64 %"end.15" to i16
  store volatile i16 %".4464", ptr %".4463", align 2
  %".4466" = load volatile i16, ptr %".4463", align 2
  %".4467" = zext i16 %".4466" to i64
  %"cursor.239" = and i64 %".4467", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  %".4469" = getelementptr i8, ptr %"keys.184", i64 2
  %".4470" = trunc i64 %"end.15" to i16
  store volatile i16 %".4470", ptr %".4469", align 2
  %".4472" = load volatile i16, ptr %".4469", align 2
  %".4473" = zext i16 %".4472" to i64
  %"cursor.240" = and i64 %".4473", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  %".4475" = getelementptr i8, ptr %"keys.184", i64 2
  %".4476" = trunc i64 %"end.15" to i16
  store volatile i16 %".4476", ptr %".4475", align 2
  %".4478" = load volatile i16, ptr %".4475", align 2
  %".4479" = zext i16 %".4478" to i64
  %"cursor.241" = and i64 %".4479", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".4481" = trunc i64 34887 to i16
  %".4482" = call i16 @"llvm.bswap.i16"(i16 %".4481")
  %".4483" = getelementptr i8, ptr %"keys.184", i64 10
  store i16 %".4482", ptr %".4483", align 2
  %".4485" = getelementptr i8, ptr %"keys.184", i64 2
  %".4486" = trunc i64 %"end.15" to i16
  store volatile i16 %".4486", ptr %".4485", align 2
  %".4488" = load volatile i16, ptr %".4485", align 2
  %".4489" = zext i16 %".4488" to i64
  %"cursor.242" = and i64 %".4489", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".4491" = getelementptr i8, ptr %"keys.184", i64 8
  store i8 1, ptr %".4491", align 1
  %".4493" = getelementptr i8, ptr %"keys.184", i64 48
  %"flags.44" = load volatile i32, ptr %".4493", align 4
  %".4494" = and i32 %"flags.44", 4
  %".4495" = icmp ne i32 %".4494", 0
  br i1 %".4495", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".4505" = getelementptr i8, ptr %"keys.184", i64 8
  store i8 1, ptr %".4505", align 1
  %".4507" = getelementptr i8, ptr %"keys.184", i64 48
  %"flags.45" = load volatile i32, ptr %".4507", align 4
  %".4508" = and i32 %"flags.45", 4
  %".4509" = icmp ne i32 %".4508", 0
  br i1 %".4509", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.227" = phi  i64 [%"cursor.228", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.229", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.230", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.243", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.244", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.245", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data.185" = phi  ptr [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.185" = phi  ptr [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.185" = phi  ptr [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.55" = getelementptr i8, ptr %"data.185", i64 %"cursor.227"
  %".5292" = getelementptr i8, ptr %"hdr.55", i64 2
  %".5293" = icmp ugt ptr %".5292", %"data_end.185"
  br i1 %".5293", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5295" = getelementptr i8, ptr %"hdr.55", i64 0
  %".5296" = load i8, ptr %".5295", align 1
  %".5297" = getelementptr i8, ptr %"hdr.55", i64 1
  %".5298" = load i8, ptr %".5297", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.24" = phi  i8 [%".5296", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5317", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".5298", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5319", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.206" = phi  ptr [%"data.185", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.205", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.185", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.205", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.185", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.205", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5321" = zext i8 %"w0_1.24" to i64
  %".5322" = trunc i64 %".5321" to i8
  %".5323" = getelementptr i8, ptr %"keys.206", i64 9
  store i8 %".5322", ptr %".5323", align 1
  %".5325" = add i64 %"cursor.227", 2
  %".5326" = zext i8 %"w1_1.13" to i64
  %".5327" = mul i64 %".5326", 8
  %".5328" = add i64 %".5327", 6
  %".5329" = add i64 %".5328", 2
  %".5330" = getelementptr i8, ptr %"data.206", i64 %"cursor.227"
  %".5331" = getelementptr i8, ptr %".5330", i64 %".5329"
  %".5332" = icmp ugt ptr %".5331", %"data_end.206"
  br i1 %".5332", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte", label %"ipv6_opts_d1_ipv6_ext3.variable_part", !prof !0
ipv6_opts_d1_ipv6_ext3.variable_part:
  %"data.208" = phi  ptr [%"data.206", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data.207", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.206", %"ipv6_opts_d1_ipv6_ext3.header"], [%"data_end.207", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.206", %"ipv6_opts_d1_ipv6_ext3.header"], [%"keys.207", %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"]
  %"end.17" = add i64 %"cursor.227", %".5329"
  %".5353" = zext i8 %"w0_1.24" to i64
  switch i64 %".5353", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.231" = phi  i64 [%"cursor.232", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"cursor.246", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data.186" = phi  ptr [%"data.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data_end.186" = phi  ptr [%"data_end.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"keys.186" = phi  ptr [%"keys.184", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.188", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"hdr.56" = getelementptr i8, ptr %"data.186", i64 %"cursor.231"
  %".5467" = getelementptr i8, ptr %"hdr.56", i64 8
  %".5468" = icmp ugt ptr %".5467", %"data_end.186"
  br i1 %".5468", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5470" = getelementptr i8, ptr %"hdr.56", i64 0
  %".5471" = load i8, ptr %".5470", align 1
  %".5472" = getelementptr i8, ptr %"hdr.56", i64 2
  %".5473" = load i16, ptr %".5472", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.25" = phi  i8 [%".5471", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5492", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.21" = phi  i16 [%".5473", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5494", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.210" = phi  ptr [%"data.186", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.209", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.210" = phi  ptr [%"data_end.186", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.209", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.210" = phi  ptr [%"keys.186", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.209", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5496" = zext i8 %"w0_1.25" to i64
  %".5497" = trunc i64 %".5496" to i8
  %".5498" = getelementptr i8, ptr %"keys.210", i64 9
  store i8 %".5497", ptr %".5498", align 1
  %".5500" = add i64 %"cursor.231", 8
  %".5501" = icmp ne i64 1, 0
  %".5502" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5503" = zext i16 %".5502" to i64
  %".5504" = and i64 %".5503", 65528
  %".5505" = icmp eq i64 %".5504", 0
  br i1 %".5501", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".4497" = trunc i64 %"end.15" to i16
  %".4498" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4497", ptr %".4498", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".4501" = trunc i64 %"end.15" to i16
  %".4502" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4501", ptr %".4502", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".4511" = trunc i64 %"end.15" to i16
  %".4512" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4511", ptr %".4512", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4515" = trunc i64 %"end.15" to i16
  %".4516" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4515", ptr %".4516", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4527" = trunc i64 %"cursor.152" to i32
  %".4528" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4527", [40 x i8]* %"header_copy", i32 8)
  %".4529" = icmp eq i64 %".4528", 0
  %".4530" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4531" = load i32, ptr %".4530", align 4
  %".4532" = zext i32 %".4531" to i64
  %"data.187" = inttoptr i64 %".4532" to ptr
  %".4533" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4534" = load i32, ptr %".4533", align 4
  %".4535" = zext i32 %".4534" to i64
  %"data_end.187" = inttoptr i64 %".4535" to ptr
  %".4536" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.187" = load ptr, ptr %".4536", align 8
  %".4537" = xor i1 %".4529", -1
  br i1 %".4537", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".4539" = trunc i64 %"cursor.152" to i16
  %".4540" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4539", ptr %".4540", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".4543" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4544" = load volatile i8, [40 x i8]* %".4543", align 1
  %".4545" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4546" = load volatile i16, [40 x i8]* %".4545", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".4559" = getelementptr i8, ptr %"keys.188", i64 6
  store i8 1, ptr %".4559", align 1
  br i1 %".4557", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".4579" = zext i8 %"w0_1.20" to i64
  switch i64 %".4579", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".4562" = getelementptr i8, ptr %"keys.188", i64 7
  store i8 1, ptr %".4562", align 1
  %".4564" = getelementptr i8, ptr %"keys.188", i64 48
  %"flags.46" = load volatile i32, ptr %".4564", align 4
  %".4565" = and i32 %"flags.46", 1
  %".4566" = icmp ne i32 %".4565", 0
  %".4567" = xor i1 %".4566", -1
  br i1 %".4567", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".4574" = trunc i64 %".4552" to i16
  %".4575" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4574", ptr %".4575", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".4569" = trunc i64 %".4552" to i16
  %".4570" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4569", ptr %".4570", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".4581" = trunc i64 %".4552" to i16
  %".4582" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4581", ptr %".4582", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  %".4585" = getelementptr i8, ptr %"keys.188", i64 2
  %".4586" = trunc i64 %".4552" to i16
  store volatile i16 %".4586", ptr %".4585", align 2
  %".4588" = load volatile i16, ptr %".4585", align 2
  %".4589" = zext i16 %".4588" to i64
  %"cursor.243" = and i64 %".4589", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  %".4591" = getelementptr i8, ptr %"keys.188", i64 2
  %".4592" = trunc i64 %".4552" to i16
  store volatile i16 %".4592", ptr %".4591", align 2
  %".4594" = load volatile i16, ptr %".4591", align 2
  %".4595" = zext i16 %".4594" to i64
  %"cursor.244" = and i64 %".4595", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  %".4597" = getelementptr i8, ptr %"keys.188", i64 2
  %".4598" = trunc i64 %".4552" to i16
  store volatile i16 %".4598", ptr %".4597", align 2
  %".4600" = load volatile i16, ptr %".4597", align 2
  %".4601" = zext i16 %".4600" to i64
  %"cursor.245" = and i64 %".4601", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  %".4603" = getelementptr i8, ptr %"keys.188", i64 2
  %".4604" = trunc i64 %".4552" to i16
  store volatile i16 %".4604", ptr %".4603", align 2
  %".4606" = load volatile i16, ptr %".4603", align 2
  %".4607" = zext i16 %".4606" to i64
  %"cursor.246" = and i64 %".4607", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  %".4609" = getelementptr i8, ptr %"keys.188", i64 2
  %".4610" = trunc i64 %".4552" to i16
  store volatile i16 %".4610", ptr %".4609", align 2
  %".4612" = load volatile i16, ptr %".4609", align 2
  %".4613" = zext i16 %".4612" to i64
  %"cursor.247" = and i64 %".4613", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2.to_udp:
  %".4615" = getelementptr i8, ptr %"keys.188", i64 2
  %".4616" = trunc i64 %".4552" to i16
  store volatile i16 %".4616", ptr %".4615", align 2
  %".4618" = load volatile i16, ptr %".4615", align 2
  %".4619" = zext i16 %".4618" to i64
  %"cursor.248" = and i64 %".4619", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  %".4621" = getelementptr i8, ptr %"keys.188", i64 2
  %".4622" = trunc i64 %".4552" to i16
  store volatile i16 %".4622", ptr %".4621", align 2
  %".4624" = load volatile i16, ptr %".4621", align 2
  %".4625" = zext i16 %".4624" to i64
  %"cursor.249" = and i64 %".4625", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_gre:
  %".4627" = getelementptr i8, ptr %"keys.188", i64 2
  %".4628" = trunc i64 %".4552" to i16
  store volatile i16 %".4628", ptr %".4627", align 2
  %".4630" = load volatile i16, ptr %".4627", align 2
  %".4631" = zext i16 %".4630" to i64
  %"cursor.250" = and i64 %".4631", 16383
  br label %"gre_d1"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  %".4633" = getelementptr i8, ptr %"keys.188", i64 2
  %".4634" = trunc i64 %".4552" to i16
  store volatile i16 %".4634", ptr %".4633", align 2
  %".4636" = load volatile i16, ptr %".4633", align 2
  %".4637" = zext i16 %".4636" to i64
  %"cursor.251" = and i64 %".4637", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  %".4639" = getelementptr i8, ptr %"keys.188", i64 2
  %".4640" = trunc i64 %".4552" to i16
  store volatile i16 %".4640", ptr %".4639", align 2
  %".4642" = load volatile i16, ptr %".4639", align 2
  %".4643" = zext i16 %".4642" to i64
  %"cursor.252" = and i64 %".4643", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_esp:
  %".4645" = getelementptr i8, ptr %"keys.188", i64 2
  %".4646" = trunc i64 %".4552" to i16
  store volatile i16 %".4646", ptr %".4645", align 2
  %".4648" = load volatile i16, ptr %".4645", align 2
  %".4649" = zext i16 %".4648" to i64
  %"cursor.253" = and i64 %".4649", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  %".4651" = getelementptr i8, ptr %"keys.188", i64 2
  %".4652" = trunc i64 %".4552" to i16
  store volatile i16 %".4652", ptr %".4651", align 2
  %".4654" = load volatile i16, ptr %".4651", align 2
  %".4655" = zext i16 %".4654" to i64
  %"cursor.254" = and i64 %".4655", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  %".4657" = getelementptr i8, ptr %"keys.188", i64 2
  %".4658" = trunc i64 %".4552" to i16
  store volatile i16 %".4658", ptr %".4657", align 2
  %".4660" = load volatile i16, ptr %".4657", align 2
  %".4661" = zext i16 %".4660" to i64
  %"cursor.255" = and i64 %".4661", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".4663" = trunc i64 34887 to i16
  %".4664" = call i16 @"llvm.bswap.i16"(i16 %".4663")
  %".4665" = getelementptr i8, ptr %"keys.188", i64 10
  store i16 %".4664", ptr %".4665", align 2
  %".4667" = getelementptr i8, ptr %"keys.188", i64 2
  %".4668" = trunc i64 %".4552" to i16
  store volatile i16 %".4668", ptr %".4667", align 2
  %".4670" = load volatile i16, ptr %".4667", align 2
  %".4671" = zext i16 %".4670" to i64
  %"cursor.256" = and i64 %".4671", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".4673" = getelementptr i8, ptr %"keys.188", i64 8
  store i8 1, ptr %".4673", align 1
  %".4675" = getelementptr i8, ptr %"keys.188", i64 48
  %"flags.47" = load volatile i32, ptr %".4675", align 4
  %".4676" = and i32 %"flags.47", 4
  %".4677" = icmp ne i32 %".4676", 0
  br i1 %".4677", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".4687" = getelementptr i8, ptr %"keys.188", i64 8
  store i8 1, ptr %".4687", align 1
  %".4689" = getelementptr i8, ptr %"keys.188", i64 48
  %"flags.48" = load volatile i32, ptr %".4689", align 4
  %".4690" = and i32 %"flags.48", 4
  %".4691" = icmp ne i32 %".4690", 0
  br i1 %".4691", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".4679" = trunc i64 %".4552" to i16
  %".4680" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4679", ptr %".4680", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".4683" = trunc i64 %".4552" to i16
  %".4684" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4683", ptr %".4684", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".4693" = trunc i64 %".4552" to i16
  %".4694" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4693", ptr %".4694", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4697" = trunc i64 %".4552" to i16
  %".4698" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4697", ptr %".4698", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4709" = trunc i64 %"cursor.178" to i32
  %".4710" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4709", [40 x i8]* %"header_copy", i32 2)
  %".4711" = icmp eq i64 %".4710", 0
  %".4712" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4713" = load i32, ptr %".4712", align 4
  %".4714" = zext i32 %".4713" to i64
  %"data.189" = inttoptr i64 %".4714" to ptr
  %".4715" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4716" = load i32, ptr %".4715", align 4
  %".4717" = zext i32 %".4716" to i64
  %"data_end.189" = inttoptr i64 %".4717" to ptr
  %".4718" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.189" = load ptr, ptr %".4718", align 8
  %".4719" = xor i1 %".4711", -1
  br i1 %".4719", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".4721" = trunc i64 %"cursor.178" to i16
  %".4722" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4721", ptr %".4722", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".4725" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4726" = load volatile i8, [40 x i8]* %".4725", align 1
  %".4727" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4728" = load volatile i8, [40 x i8]* %".4727", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.copy_last_byte:
  %".4743" = add i64 %"cursor.178", %".4738"
  %".4744" = sub i64 %".4743", 1
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4745" = trunc i64 %".4744" to i32
  %".4746" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4745", i64* %"last_byte", i32 1)
  %".4747" = icmp eq i64 %".4746", 0
  %".4748" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4749" = load i32, ptr %".4748", align 4
  %".4750" = zext i32 %".4749" to i64
  %"data.191" = inttoptr i64 %".4750" to ptr
  %".4751" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4752" = load i32, ptr %".4751", align 4
  %".4753" = zext i32 %".4752" to i64
  %"data_end.191" = inttoptr i64 %".4753" to ptr
  %".4754" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.191" = load ptr, ptr %".4754", align 8
  %".4755" = xor i1 %".4747", -1
  br i1 %".4755", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed:
  %".4757" = trunc i64 %"cursor.178" to i16
  %".4758" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4757", ptr %".4758", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d0_ipv6_ext3.variable_part"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".4764" = trunc i64 %"end.16" to i16
  %".4765" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4764", ptr %".4765", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".4768" = trunc i64 %"end.16" to i16
  %".4769" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4768", ptr %".4769", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4772" = trunc i64 %"end.16" to i16
  %".4773" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4772", ptr %".4773", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4776" = trunc i64 %"end.16" to i16
  %".4777" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4776", ptr %".4777", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".4780" = trunc i64 %"end.16" to i16
  %".4781" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4780", ptr %".4781", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  %".4784" = getelementptr i8, ptr %"keys.192", i64 2
  %".4785" = trunc i64 %"end.16" to i16
  store volatile i16 %".4785", ptr %".4784", align 2
  %".4787" = load volatile i16, ptr %".4784", align 2
  %".4788" = zext i16 %".4787" to i64
  %"cursor.257" = and i64 %".4788", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext3.to_udp:
  %".4790" = getelementptr i8, ptr %"keys.192", i64 2
  %".4791" = trunc i64 %"end.16" to i16
  store volatile i16 %".4791", ptr %".4790", align 2
  %".4793" = load volatile i16, ptr %".4790", align 2
  %".4794" = zext i16 %".4793" to i64
  %"cursor.258" = and i64 %".4794", 16383
  br label %"udp_d0"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  %".4796" = getelementptr i8, ptr %"keys.192", i64 2
  %".4797" = trunc i64 %"end.16" to i16
  store volatile i16 %".4797", ptr %".4796", align 2
  %".4799" = load volatile i16, ptr %".4796", align 2
  %".4800" = zext i16 %".4799" to i64
  %"cursor.259" = and i64 %".4800", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_gre:
  %".4802" = getelementptr i8, ptr %"keys.192", i64 2
  %".4803" = trunc i64 %"end.16" to i16
  store volatile i16 %".4803", ptr %".4802", align 2
  %".4805" = load volatile i16, ptr %".4802", align 2
  %".4806" = zext i16 %".4805" to i64
  %"cursor.260" = and i64 %".4806", 16383
  br label %"gre_d0"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  %".4808" = getelementptr i8, ptr %"keys.192", i64 2
  %".4809" = trunc i64 %"end.16" to i16
  store volatile i16 %".4809", ptr %".4808", align 2
  %".4811" = load volatile i16, ptr %".4808", align 2
  %".4812" = zext i16 %".4811" to i64
  %"cursor.261" = and i64 %".4812", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  %".4814" = getelementptr i8, ptr %"keys.192", i64 2
  %".4815" = trunc i64 %"end.16" to i16
  store volatile i16 %".4815", ptr %".4814", align 2
  %".4817" = load volatile i16, ptr %".4814", align 2
  %".4818" = zext i16 %".4817" to i64
  %"cursor.262" = and i64 %".4818", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_esp:
  %".4820" = getelementptr i8, ptr %"keys.192", i64 2
  %".4821" = trunc i64 %"end.16" to i16
  store volatile i16 %".4821", ptr %".4820", align 2
  %".4823" = load volatile i16, ptr %".4820", align 2
  %".4824" = zext i16 %".4823" to i64
  %"cursor.263" = and i64 %".4824", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  %".4826" = getelementptr i8, ptr %"keys.192", i64 2
  %".4827" = trunc i64 %"end.16" to i16
  store volatile i16 %".4827", ptr %".4826", align 2
  %".4829" = load volatile i16, ptr %".4826", align 2
  %".4830" = zext i16 %".4829" to i64
  %"cursor.264" = and i64 %".4830", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  %".4832" = getelementptr i8, ptr %"keys.192", i64 2
  %".4833" = trunc i64 %"end.16" to i16
  store volatile i16 %".4833", ptr %".4832", align 2
  %".4835" = load volatile i16, ptr %".4832", align 2
  %".4836" = zext i16 %".4835" to i64
  %"cursor.265" = and i64 %".4836", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".4838" = trunc i64 34887 to i16
  %".4839" = call i16 @"llvm.bswap.i16"(i16 %".4838")
  %".4840" = getelementptr i8, ptr %"keys.192", i64 10
  store i16 %".4839", ptr %".4840", align 2
  %".4842" = getelementptr i8, ptr %"keys.192", i64 2
  %".4843" = trunc i64 %"end.16" to i16
  store volatile i16 %".4843", ptr %".4842", align 2
  %".4845" = load volatile i16, ptr %".4842", align 2
  %".4846" = zext i16 %".4845" to i64
  %"cursor.266" = and i64 %".4846", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".4848" = getelementptr i8, ptr %"keys.192", i64 8
  store i8 1, ptr %".4848", align 1
  %".4850" = getelementptr i8, ptr %"keys.192", i64 48
  %"flags.49" = load volatile i32, ptr %".4850", align 4
  %".4851" = and i32 %"flags.49", 4
  %".4852" = icmp ne i32 %".4851", 0
  br i1 %".4852", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".4864" = getelementptr i8, ptr %"keys.192", i64 8
  store i8 1, ptr %".4864", align 1
  %".4866" = getelementptr i8, ptr %"keys.192", i64 48
  %"flags.50" = load volatile i32, ptr %".4866", align 4
  %".4867" = and i32 %"flags.50", 4
  %".4868" = icmp ne i32 %".4867", 0
  br i1 %".4868", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".4854" = trunc i64 %"end.16" to i16
  %".4855" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4854", ptr %".4855", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".4858" = getelementptr i8, ptr %"keys.192", i64 2
  %".4859" = trunc i64 %"end.16" to i16
  store volatile i16 %".4859", ptr %".4858", align 2
  %".4861" = load volatile i16, ptr %".4858", align 2
  %".4862" = zext i16 %".4861" to i64
  %"cursor.267" = and i64 %".4862", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".4870" = trunc i64 %"end.16" to i16
  %".4871" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4870", ptr %".4871", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".4874" = getelementptr i8, ptr %"keys.192", i64 2
  %".4875" = trunc i64 %"end.16" to i16
  store volatile i16 %".4875", ptr %".4874", align 2
  %".4877" = load volatile i16, ptr %".4874", align 2
  %".4878" = zext i16 %".4877" to i64
  %"cursor.268" = and i64 %".4878", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4888" = trunc i64 %"cursor.180" to i32
  %".4889" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4888", [40 x i8]* %"header_copy", i32 8)
  %".4890" = icmp eq i64 %".4889", 0
  %".4891" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4892" = load i32, ptr %".4891", align 4
  %".4893" = zext i32 %".4892" to i64
  %"data.193" = inttoptr i64 %".4893" to ptr
  %".4894" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4895" = load i32, ptr %".4894", align 4
  %".4896" = zext i32 %".4895" to i64
  %"data_end.193" = inttoptr i64 %".4896" to ptr
  %".4897" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.193" = load ptr, ptr %".4897", align 8
  %".4898" = xor i1 %".4890", -1
  br i1 %".4898", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".4900" = trunc i64 %"cursor.180" to i16
  %".4901" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4900", ptr %".4901", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".4904" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4905" = load volatile i8, [40 x i8]* %".4904", align 1
  %".4906" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4907" = load volatile i16, [40 x i8]* %".4906", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".4920" = getelementptr i8, ptr %"keys.194", i64 6
  store i8 1, ptr %".4920", align 1
  br i1 %".4918", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".4940" = zext i8 %"w0_1.22" to i64
  switch i64 %".4940", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".4923" = getelementptr i8, ptr %"keys.194", i64 7
  store i8 1, ptr %".4923", align 1
  %".4925" = getelementptr i8, ptr %"keys.194", i64 48
  %"flags.51" = load volatile i32, ptr %".4925", align 4
  %".4926" = and i32 %"flags.51", 1
  %".4927" = icmp ne i32 %".4926", 0
  %".4928" = xor i1 %".4927", -1
  br i1 %".4928", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".4935" = trunc i64 %".4913" to i16
  %".4936" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4935", ptr %".4936", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".4930" = trunc i64 %".4913" to i16
  %".4931" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4930", ptr %".4931", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".4942" = trunc i64 %".4913" to i16
  %".4943" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4942", ptr %".4943", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".4946" = trunc i64 %".4913" to i16
  %".4947" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4946", ptr %".4947", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4950" = trunc i64 %".4913" to i16
  %".4951" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4950", ptr %".4951", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4954" = trunc i64 %".4913" to i16
  %".4955" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4954", ptr %".4955", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".4958" = trunc i64 %".4913" to i16
  %".4959" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4958", ptr %".4959", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  %".4962" = getelementptr i8, ptr %"keys.194", i64 2
  %".4963" = trunc i64 %".4913" to i16
  store volatile i16 %".4963", ptr %".4962", align 2
  %".4965" = load volatile i16, ptr %".4962", align 2
  %".4966" = zext i16 %".4965" to i64
  %"cursor.269" = and i64 %".4966", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3.to_udp:
  %".4968" = getelementptr i8, ptr %"keys.194", i64 2
  %".4969" = trunc i64 %".4913" to i16
  store volatile i16 %".4969", ptr %".4968", align 2
  %".4971" = load volatile i16, ptr %".4968", align 2
  %".4972" = zext i16 %".4971" to i64
  %"cursor.270" = and i64 %".4972", 16383
  br label %"udp_d0"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  %".4974" = getelementptr i8, ptr %"keys.194", i64 2
  %".4975" = trunc i64 %".4913" to i16
  store volatile i16 %".4975", ptr %".4974", align 2
  %".4977" = load volatile i16, ptr %".4974", align 2
  %".4978" = zext i16 %".4977" to i64
  %"cursor.271" = and i64 %".4978", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_gre:
  %".4980" = getelementptr i8, ptr %"keys.194", i64 2
  %".4981" = trunc i64 %".4913" to i16
  store volatile i16 %".4981", ptr %".4980", align 2
  %".4983" = load volatile i16, ptr %".4980", align 2
  %".4984" = zext i16 %".4983" to i64
  %"cursor.272" = and i64 %".4984", 16383
  br label %"gre_d0"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  %".4986" = getelementptr i8, ptr %"keys.194", i64 2
  %".4987" = trunc i64 %".4913" to i16
  store volatile i16 %".4987", ptr %".4986", align 2
  %".4989" = load volatile i16, ptr %".4986", align 2
  %".4990" = zext i16 %".4989" to i64
  %"cursor.273" = and i64 %".4990", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  %".4992" = getelementptr i8, ptr %"keys.194", i64 2
  %".4993" = trunc i64 %".4913" to i16
  store volatile i16 %".4993", ptr %".4992", align 2
  %".4995" = load volatile i16, ptr %".4992", align 2
  %".4996" = zext i16 %".4995" to i64
  %"cursor.274" = and i64 %".4996", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_esp:
  %".4998" = getelementptr i8, ptr %"keys.194", i64 2
  %".4999" = trunc i64 %".4913" to i16
  store volatile i16 %".4999", ptr %".4998", align 2
  %".5001" = load volatile i16, ptr %".4998", align 2
  %".5002" = zext i16 %".5001" to i64
  %"cursor.275" = and i64 %".5002", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  %".5004" = getelementptr i8, ptr %"keys.194", i64 2
  %".5005" = trunc i64 %".4913" to i16
  store volatile i16 %".5005", ptr %".5004", align 2
  %".5007" = load volatile i16, ptr %".5004", align 2
  %".5008" = zext i16 %".5007" to i64
  %"cursor.276" = and i64 %".5008", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  %".5010" = getelementptr i8, ptr %"keys.194", i64 2
  %".5011" = trunc i64 %".4913" to i16
  store volatile i16 %".5011", ptr %".5010", align 2
  %".5013" = load volatile i16, ptr %".5010", align 2
  %".5014" = zext i16 %".5013" to i64
  %"cursor.277" = and i64 %".5014", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5016" = trunc i64 34887 to i16
  %".5017" = call i16 @"llvm.bswap.i16"(i16 %".5016")
  %".5018" = getelementptr i8, ptr %"keys.194", i64 10
  store i16 %".5017", ptr %".5018", align 2
  %".5020" = getelementptr i8, ptr %"keys.194", i64 2
  %".5021" = trunc i64 %".4913" to i16
  store volatile i16 %".5021", ptr %".5020", align 2
  %".5023" = load volatile i16, ptr %".5020", align 2
  %".5024" = zext i16 %".5023" to i64
  %"cursor.278" = and i64 %".5024", 16383
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5026" = getelementptr i8, ptr %"keys.194", i64 8
  store i8 1, ptr %".5026", align 1
  %".5028" = getelementptr i8, ptr %"keys.194", i64 48
  %"flags.52" = load volatile i32, ptr %".5028", align 4
  %".5029" = and i32 %"flags.52", 4
  %".5030" = icmp ne i32 %".5029", 0
  br i1 %".5030", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5042" = getelementptr i8, ptr %"keys.194", i64 8
  store i8 1, ptr %".5042", align 1
  %".5044" = getelementptr i8, ptr %"keys.194", i64 48
  %"flags.53" = load volatile i32, ptr %".5044", align 4
  %".5045" = and i32 %"flags.53", 4
  %".5046" = icmp ne i32 %".5045", 0
  br i1 %".5046", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5032" = trunc i64 %".4913" to i16
  %".5033" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".5032", ptr %".5033", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5036" = getelementptr i8, ptr %"keys.194", i64 2
  %".5037" = trunc i64 %".4913" to i16
  store volatile i16 %".5037", ptr %".5036", align 2
  %".5039" = load volatile i16, ptr %".5036", align 2
  %".5040" = zext i16 %".5039" to i64
  %"cursor.279" = and i64 %".5040", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5048" = trunc i64 %".4913" to i16
  %".5049" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".5048", ptr %".5049", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5052" = getelementptr i8, ptr %"keys.194", i64 2
  %".5053" = trunc i64 %".4913" to i16
  store volatile i16 %".5053", ptr %".5052", align 2
  %".5055" = load volatile i16, ptr %".5052", align 2
  %".5056" = zext i16 %".5055" to i64
  %"cursor.280" = and i64 %".5056", 16383
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5064" = trunc i64 %"cursor.208" to i32
  %".5065" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".5064", [40 x i8]* %"header_copy", i32 4)
  %".5066" = icmp eq i64 %".5065", 0
  %".5067" = getelementptr i8, ptr %"ctx.69", i64 76
  %".5068" = load i32, ptr %".5067", align 4
  %".5069" = zext i32 %".5068" to i64
  %"data.195" = inttoptr i64 %".5069" to ptr
  %".5070" = getelementptr i8, ptr %"ctx.69", i64 80
  %".5071" = load i32, ptr %".5070", align 4
  %".5072" = zext i32 %".5071" to i64
  %"data_end.195" = inttoptr i64 %".5072" to ptr
  %".5073" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.195" = load ptr, ptr %".5073", align 8
  %".5074" = xor i1 %".5066", -1
  br i1 %".5074", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5076" = trunc i64 %"cursor.208" to i16
  %".5077" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".5076", ptr %".5077", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5080" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5081" = load volatile i8, [40 x i8]* %".5080", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5087" = trunc i64 %".5083" to i16
  %".5088" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".5087", ptr %".5088", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_mpls:
  %".5091" = trunc i64 %".5083" to i16
  %".5092" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".5091", ptr %".5092", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5095" = getelementptr i8, ptr %"keys.196", i64 8
  store i8 1, ptr %".5095", align 1
  %".5097" = getelementptr i8, ptr %"keys.196", i64 48
  %"flags.54" = load volatile i32, ptr %".5097", align 4
  %".5098" = and i32 %"flags.54", 4
  %".5099" = icmp ne i32 %".5098", 0
  br i1 %".5099", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5101" = trunc i64 %".5083" to i16
  %".5102" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".5101", ptr %".5102", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5105" = getelementptr i8, ptr %"keys.196", i64 2
  %".5106" = trunc i64 %".5083" to i16
  store volatile i16 %".5106", ptr %".5105", align 2
  %".5108" = load volatile i16, ptr %".5105", align 2
  %".5109" = zext i16 %".5108" to i64
  %"cursor.281" = and i64 %".5109", 16383
  br label %"ip_version_d1"
gtpu_next_d1.copy:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5117" = trunc i64 %"cursor.211" to i32
  %".5118" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".5117", [40 x i8]* %"header_copy", i32 1)
  %".5119" = icmp eq i64 %".5118", 0
  %".5120" = getelementptr i8, ptr %"ctx.70", i64 76
  %".5121" = load i32, ptr %".5120", align 4
  %".5122" = zext i32 %".5121" to i64
  %"data.197" = inttoptr i64 %".5122" to ptr
  %".5123" = getelementptr i8, ptr %"ctx.70", i64 80
  %".5124" = load i32, ptr %".5123", align 4
  %".5125" = zext i32 %".5124" to i64
  %"data_end.197" = inttoptr i64 %".5125" to ptr
  %".5126" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.197" = load ptr, ptr %".5126", align 8
  %".5127" = xor i1 %".5119", -1
  br i1 %".5127", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5129" = trunc i64 %"cursor.211" to i16
  %".5130" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".5129", ptr %".5130", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5133" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5134" = load volatile i8, [40 x i8]* %".5133", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5143" = trunc i64 %".5136" to i16
  %".5144" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".5143", ptr %".5144", align 2
  br label %"return"
gtpu_next_d1.to_ip_version:
  %".5147" = getelementptr i8, ptr %"keys.198", i64 2
  %".5148" = trunc i64 %".5136" to i16
  store volatile i16 %".5148", ptr %".5147", align 2
  %".5150" = load volatile i16, ptr %".5147", align 2
  %".5151" = zext i16 %".5150" to i64
  %"cursor.282" = and i64 %".5151", 16383
  br label %"ip_version_d1"
gtpu_next_d1.to_gtpu_ext:
  %".5153" = getelementptr i8, ptr %"keys.198", i64 2
  %".5154" = trunc i64 %".5136" to i16
  store volatile i16 %".5154", ptr %".5153", align 2
  %".5156" = load volatile i16, ptr %".5153", align 2
  %".5157" = zext i16 %".5156" to i64
  %"cursor.284" = and i64 %".5157", 16383
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".5137", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.283" = phi  i64 [%"cursor.284", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.199" = phi  ptr [%"data.198", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.199" = phi  ptr [%"data_end.198", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.199" = phi  ptr [%"keys.198", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.57" = getelementptr i8, ptr %"data.199", i64 %"cursor.283"
  %".5641" = getelementptr i8, ptr %"hdr.57", i64 1
  %".5642" = icmp ugt ptr %".5641", %"data_end.199"
  br i1 %".5642", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".5644" = getelementptr i8, ptr %"hdr.57", i64 0
  %".5645" = load i8, ptr %".5644", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.26" = phi  i8 [%".5645", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".5664", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.212" = phi  ptr [%"data.199", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.211", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.212" = phi  ptr [%"data_end.199", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.211", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.212" = phi  ptr [%"keys.199", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.211", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".5666" = zext i8 %"w0_1.26" to i64
  %".5667" = icmp uge i64 %".5666", 1
  %".5668" = xor i1 %".5667", -1
  br i1 %".5668", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
vlan_d1_vlan_tags2.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5165" = trunc i64 %"cursor.215" to i32
  %".5166" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".5165", [40 x i8]* %"header_copy", i32 4)
  %".5167" = icmp eq i64 %".5166", 0
  %".5168" = getelementptr i8, ptr %"ctx.71", i64 76
  %".5169" = load i32, ptr %".5168", align 4
  %".5170" = zext i32 %".5169" to i64
  %"data.200" = inttoptr i64 %".5170" to ptr
  %".5171" = getelementptr i8, ptr %"ctx.71", i64 80
  %".5172" = load i32, ptr %".5171", align 4
  %".5173" = zext i32 %".5172" to i64
  %"data_end.200" = inttoptr i64 %".5173" to ptr
  %".5174" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.200" = load ptr, ptr %".5174", align 8
  %".5175" = xor i1 %".5167", -1
  br i1 %".5175", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".5177" = trunc i64 %"cursor.215" to i16
  %".5178" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".5177", ptr %".5178", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".5181" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5182" = load volatile i16, [40 x i8]* %".5181", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".5197" = trunc i64 %".5190" to i16
  %".5198" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5197", ptr %".5198", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  %".5201" = getelementptr i8, ptr %"keys.201", i64 2
  %".5202" = trunc i64 %".5190" to i16
  store volatile i16 %".5202", ptr %".5201", align 2
  %".5204" = load volatile i16, ptr %".5201", align 2
  %".5205" = zext i16 %".5204" to i64
  %"cursor.285" = and i64 %".5205", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  %".5207" = getelementptr i8, ptr %"keys.201", i64 2
  %".5208" = trunc i64 %".5190" to i16
  store volatile i16 %".5208", ptr %".5207", align 2
  %".5210" = load volatile i16, ptr %".5207", align 2
  %".5211" = zext i16 %".5210" to i64
  %"cursor.286" = and i64 %".5211", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".5213" = trunc i64 %".5190" to i16
  %".5214" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5213", ptr %".5214", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".5217" = trunc i64 %".5190" to i16
  %".5218" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".5217", ptr %".5218", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  %".5221" = getelementptr i8, ptr %"keys.201", i64 2
  %".5222" = trunc i64 %".5190" to i16
  store volatile i16 %".5222", ptr %".5221", align 2
  %".5224" = load volatile i16, ptr %".5221", align 2
  %".5225" = zext i16 %".5224" to i64
  %"cursor.287" = and i64 %".5225", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  %".5227" = getelementptr i8, ptr %"keys.201", i64 2
  %".5228" = trunc i64 %".5190" to i16
  store volatile i16 %".5228", ptr %".5227", align 2
  %".5230" = load volatile i16, ptr %".5227", align 2
  %".5231" = zext i16 %".5230" to i64
  %"cursor.288" = and i64 %".5231", 16383
  br label %"mpls_d1_mpls_labels1"
vlan_d1_vlan_tags2.to_pppoe:
  %".5233" = getelementptr i8, ptr %"keys.201", i64 2
  %".5234" = trunc i64 %".5190" to i16
  store volatile i16 %".5234", ptr %".5233", align 2
  %".5236" = load volatile i16, ptr %".5233", align 2
  %".5237" = zext i16 %".5236" to i64
  %"cursor.289" = and i64 %".5237", 16383
  br label %"pppoe_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5245" = trunc i64 %"cursor.225" to i32
  %".5246" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5245", [40 x i8]* %"header_copy", i32 4)
  %".5247" = icmp eq i64 %".5246", 0
  %".5248" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5249" = load i32, ptr %".5248", align 4
  %".5250" = zext i32 %".5249" to i64
  %"data.202" = inttoptr i64 %".5250" to ptr
  %".5251" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5252" = load i32, ptr %".5251", align 4
  %".5253" = zext i32 %".5252" to i64
  %"data_end.202" = inttoptr i64 %".5253" to ptr
  %".5254" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.202" = load ptr, ptr %".5254", align 8
  %".5255" = xor i1 %".5247", -1
  br i1 %".5255", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5257" = trunc i64 %"cursor.225" to i16
  %".5258" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5257", ptr %".5258", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5261" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5262" = load volatile i8, [40 x i8]* %".5261", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5268" = trunc i64 %".5264" to i16
  %".5269" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".5268", ptr %".5269", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_mpls:
  %".5272" = getelementptr i8, ptr %"keys.203", i64 2
  %".5273" = trunc i64 %".5264" to i16
  store volatile i16 %".5273", ptr %".5272", align 2
  %".5275" = load volatile i16, ptr %".5272", align 2
  %".5276" = zext i16 %".5275" to i64
  %"cursor.291" = and i64 %".5276", 16383
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels3.to_ip_version:
  %".5278" = getelementptr i8, ptr %"keys.203", i64 8
  store i8 1, ptr %".5278", align 1
  %".5280" = getelementptr i8, ptr %"keys.203", i64 48
  %"flags.55" = load volatile i32, ptr %".5280", align 4
  %".5281" = and i32 %"flags.55", 4
  %".5282" = icmp ne i32 %".5281", 0
  br i1 %".5282", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels4:
  %"cursor.290" = phi  i64 [%"cursor.291", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.204" = phi  ptr [%"data.203", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.204" = phi  ptr [%"data_end.203", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.204" = phi  ptr [%"keys.203", %"mpls_d1_mpls_labels3.to_mpls"]
  %"hdr.58" = getelementptr i8, ptr %"data.204", i64 %"cursor.290"
  %".5713" = getelementptr i8, ptr %"hdr.58", i64 4
  %".5714" = icmp ugt ptr %".5713", %"data_end.204"
  br i1 %".5714", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".5716" = getelementptr i8, ptr %"hdr.58", i64 2
  %".5717" = load i8, ptr %".5716", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".5717", %"mpls_d1_mpls_labels4.linear"], [%".5736", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.217" = phi  ptr [%"data.204", %"mpls_d1_mpls_labels4.linear"], [%"data.216", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.217" = phi  ptr [%"data_end.204", %"mpls_d1_mpls_labels4.linear"], [%"data_end.216", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.217" = phi  ptr [%"keys.204", %"mpls_d1_mpls_labels4.linear"], [%"keys.216", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".5738" = add i64 %"cursor.290", 4
  %".5739" = zext i8 %"w2_1.7" to i64
  %".5740" = and i64 %".5739", 1
  switch i64 %".5740", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels3.stop_at_encap:
  %".5284" = trunc i64 %".5264" to i16
  %".5285" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".5284", ptr %".5285", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5288" = trunc i64 %".5264" to i16
  %".5289" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".5288", ptr %".5289", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5300" = trunc i64 %"cursor.227" to i32
  %".5301" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5300", [40 x i8]* %"header_copy", i32 2)
  %".5302" = icmp eq i64 %".5301", 0
  %".5303" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5304" = load i32, ptr %".5303", align 4
  %".5305" = zext i32 %".5304" to i64
  %"data.205" = inttoptr i64 %".5305" to ptr
  %".5306" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5307" = load i32, ptr %".5306", align 4
  %".5308" = zext i32 %".5307" to i64
  %"data_end.205" = inttoptr i64 %".5308" to ptr
  %".5309" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.205" = load ptr, ptr %".5309", align 8
  %".5310" = xor i1 %".5302", -1
  br i1 %".5310", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5312" = trunc i64 %"cursor.227" to i16
  %".5313" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".5312", ptr %".5313", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5316" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5317" = load volatile i8, [40 x i8]* %".5316", align 1
  %".5318" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5319" = load volatile i8, [40 x i8]* %".5318", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.copy_last_byte:
  %".5334" = add i64 %"cursor.227", %".5329"
  %".5335" = sub i64 %".5334", 1
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5336" = trunc i64 %".5335" to i32
  %".5337" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5336", i64* %"last_byte", i32 1)
  %".5338" = icmp eq i64 %".5337", 0
  %".5339" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5340" = load i32, ptr %".5339", align 4
  %".5341" = zext i32 %".5340" to i64
  %"data.207" = inttoptr i64 %".5341" to ptr
  %".5342" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5343" = load i32, ptr %".5342", align 4
  %".5344" = zext i32 %".5343" to i64
  %"data_end.207" = inttoptr i64 %".5344" to ptr
  %".5345" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.207" = load ptr, ptr %".5345", align 8
  %".5346" = xor i1 %".5338", -1
  br i1 %".5346", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed:
  %".5348" = trunc i64 %"cursor.227" to i16
  %".5349" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".5348", ptr %".5349", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_last_byte_failed.endif:
  br label %"ipv6_opts_d1_ipv6_ext3.variable_part"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5355" = trunc i64 %"end.17" to i16
  %".5356" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5355", ptr %".5356", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".5359" = trunc i64 %"end.17" to i16
  %".5360" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5359", ptr %".5360", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5363" = trunc i64 %"end.17" to i16
  %".5364" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5363", ptr %".5364", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5367" = trunc i64 %"end.17" to i16
  %".5368" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5367", ptr %".5368", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5371" = trunc i64 %"end.17" to i16
  %".5372" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5371", ptr %".5372", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  %".5375" = getelementptr i8, ptr %"keys.208", i64 2
  %".5376" = trunc i64 %"end.17" to i16
  store volatile i16 %".5376", ptr %".5375", align 2
  %".5378" = load volatile i16, ptr %".5375", align 2
  %".5379" = zext i16 %".5378" to i64
  %"cursor.292" = and i64 %".5379", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext3.to_udp:
  %".5381" = getelementptr i8, ptr %"keys.208", i64 2
  %".5382" = trunc i64 %"end.17" to i16
  store volatile i16 %".5382", ptr %".5381", align 2
  %".5384" = load volatile i16, ptr %".5381", align 2
  %".5385" = zext i16 %".5384" to i64
  %"cursor.293" = and i64 %".5385", 16383
  br label %"udp_d1"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  %".5387" = getelementptr i8, ptr %"keys.208", i64 2
  %".5388" = trunc i64 %"end.17" to i16
  store volatile i16 %".5388", ptr %".5387", align 2
  %".5390" = load volatile i16, ptr %".5387", align 2
  %".5391" = zext i16 %".5390" to i64
  %"cursor.294" = and i64 %".5391", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_gre:
  %".5393" = getelementptr i8, ptr %"keys.208", i64 2
  %".5394" = trunc i64 %"end.17" to i16
  store volatile i16 %".5394", ptr %".5393", align 2
  %".5396" = load volatile i16, ptr %".5393", align 2
  %".5397" = zext i16 %".5396" to i64
  %"cursor.295" = and i64 %".5397", 16383
  br label %"gre_d1"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  %".5399" = getelementptr i8, ptr %"keys.208", i64 2
  %".5400" = trunc i64 %"end.17" to i16
  store volatile i16 %".5400", ptr %".5399", align 2
  %".5402" = load volatile i16, ptr %".5399", align 2
  %".5403" = zext i16 %".5402" to i64
  %"cursor.296" = and i64 %".5403", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  %".5405" = getelementptr i8, ptr %"keys.208", i64 2
  %".5406" = trunc i64 %"end.17" to i16
  store volatile i16 %".5406", ptr %".5405", align 2
  %".5408" = load volatile i16, ptr %".5405", align 2
  %".5409" = zext i16 %".5408" to i64
  %"cursor.297" = and i64 %".5409", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_esp:
  %".5411" = getelementptr i8, ptr %"keys.208", i64 2
  %".5412" = trunc i64 %"end.17" to i16
  store volatile i16 %".5412", ptr %".5411", align 2
  %".5414" = load volatile i16, ptr %".5411", align 2
  %".5415" = zext i16 %".5414" to i64
  %"cursor.298" = and i64 %".5415", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  %".5417" = getelementptr i8, ptr %"keys.208", i64 2
  %".5418" = trunc i64 %"end.17" to i16
  store volatile i16 %".5418", ptr %".5417", align 2
  %".5420" = load volatile i16, ptr %".5417", align 2
  %".5421" = zext i16 %".5420" to i64
  %"cursor.299" = and i64 %".5421", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  %".5423" = getelementptr i8, ptr %"keys.208", i64 2
  %".5424" = trunc i64 %"end.17" to i16
  store volatile i16 %".5424", ptr %".5423", align 2
  %".5426" = load volatile i16, ptr %".5423", align 2
  %".5427" = zext i16 %".5426" to i64
  %"cursor.300" = and i64 %".5427", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5429" = trunc i64 34887 to i16
  %".5430" = call i16 @"llvm.bswap.i16"(i16 %".5429")
  %".5431" = getelementptr i8, ptr %"keys.208", i64 10
  store i16 %".5430", ptr %".5431", align 2
  %".5433" = getelementptr i8, ptr %"keys.208", i64 2
  %".5434" = trunc i64 %"end.17" to i16
  store volatile i16 %".5434", ptr %".5433", align 2
  %".5436" = load volatile i16, ptr %".5433", align 2
  %".5437" = zext i16 %".5436" to i64
  %"cursor.301" = and i64 %".5437", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5439" = getelementptr i8, ptr %"keys.208", i64 8
  store i8 1, ptr %".5439", align 1
  %".5441" = getelementptr i8, ptr %"keys.208", i64 48
  %"flags.56" = load volatile i32, ptr %".5441", align 4
  %".5442" = and i32 %"flags.56", 4
  %".5443" = icmp ne i32 %".5442", 0
  br i1 %".5443", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5453" = getelementptr i8, ptr %"keys.208", i64 8
  store i8 1, ptr %".5453", align 1
  %".5455" = getelementptr i8, ptr %"keys.208", i64 48
  %"flags.57" = load volatile i32, ptr %".5455", align 4
  %".5456" = and i32 %"flags.57", 4
  %".5457" = icmp ne i32 %".5456", 0
  br i1 %".5457", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5445" = trunc i64 %"end.17" to i16
  %".5446" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5445", ptr %".5446", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5449" = trunc i64 %"end.17" to i16
  %".5450" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5449", ptr %".5450", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5459" = trunc i64 %"end.17" to i16
  %".5460" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5459", ptr %".5460", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5463" = trunc i64 %"end.17" to i16
  %".5464" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".5463", ptr %".5464", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5475" = trunc i64 %"cursor.231" to i32
  %".5476" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5475", [40 x i8]* %"header_copy", i32 8)
  %".5477" = icmp eq i64 %".5476", 0
  %".5478" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5479" = load i32, ptr %".5478", align 4
  %".5480" = zext i32 %".5479" to i64
  %"data.209" = inttoptr i64 %".5480" to ptr
  %".5481" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5482" = load i32, ptr %".5481", align 4
  %".5483" = zext i32 %".5482" to i64
  %"data_end.209" = inttoptr i64 %".5483" to ptr
  %".5484" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.209" = load ptr, ptr %".5484", align 8
  %".5485" = xor i1 %".5477", -1
  br i1 %".5485", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5487" = trunc i64 %"cursor.231" to i16
  %".5488" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".5487", ptr %".5488", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5491" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5492" = load volatile i8, [40 x i8]* %".5491", align 1
  %".5493" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5494" = load volatile i16, [40 x i8]* %".5493", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5507" = getelementptr i8, ptr %"keys.210", i64 6
  store i8 1, ptr %".5507", align 1
  br i1 %".5505", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5527" = zext i8 %"w0_1.25" to i64
  switch i64 %".5527", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5510" = getelementptr i8, ptr %"keys.210", i64 7
  store i8 1, ptr %".5510", align 1
  %".5512" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.58" = load volatile i32, ptr %".5512", align 4
  %".5513" = and i32 %"flags.58", 1
  %".5514" = icmp ne i32 %".5513", 0
  %".5515" = xor i1 %".5514", -1
  br i1 %".5515", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5522" = trunc i64 %".5500" to i16
  %".5523" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5522", ptr %".5523", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5517" = trunc i64 %".5500" to i16
  %".5518" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5517", ptr %".5518", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5529" = trunc i64 %".5500" to i16
  %".5530" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5529", ptr %".5530", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".5533" = trunc i64 %".5500" to i16
  %".5534" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5533", ptr %".5534", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5537" = trunc i64 %".5500" to i16
  %".5538" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5537", ptr %".5538", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5541" = trunc i64 %".5500" to i16
  %".5542" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5541", ptr %".5542", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5545" = trunc i64 %".5500" to i16
  %".5546" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5545", ptr %".5546", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  %".5549" = getelementptr i8, ptr %"keys.210", i64 2
  %".5550" = trunc i64 %".5500" to i16
  store volatile i16 %".5550", ptr %".5549", align 2
  %".5552" = load volatile i16, ptr %".5549", align 2
  %".5553" = zext i16 %".5552" to i64
  %"cursor.302" = and i64 %".5553", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3.to_udp:
  %".5555" = getelementptr i8, ptr %"keys.210", i64 2
  %".5556" = trunc i64 %".5500" to i16
  store volatile i16 %".5556", ptr %".5555", align 2
  %".5558" = load volatile i16, ptr %".5555", align 2
  %".5559" = zext i16 %".5558" to i64
  %"cursor.303" = and i64 %".5559", 16383
  br label %"udp_d1"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  %".5561" = getelementptr i8, ptr %"keys.210", i64 2
  %".5562" = trunc i64 %".5500" to i16
  store volatile i16 %".5562", ptr %".5561", align 2
  %".5564" = load volatile i16, ptr %".5561", align 2
  %".5565" = zext i16 %".5564" to i64
  %"cursor.304" = and i64 %".5565", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_gre:
  %".5567" = getelementptr i8, ptr %"keys.210", i64 2
  %".5568" = trunc i64 %".5500" to i16
  store volatile i16 %".5568", ptr %".5567", align 2
  %".5570" = load volatile i16, ptr %".5567", align 2
  %".5571" = zext i16 %".5570" to i64
  %"cursor.305" = and i64 %".5571", 16383
  br label %"gre_d1"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  %".5573" = getelementptr i8, ptr %"keys.210", i64 2
  %".5574" = trunc i64 %".5500" to i16
  store volatile i16 %".5574", ptr %".5573", align 2
  %".5576" = load volatile i16, ptr %".5573", align 2
  %".5577" = zext i16 %".5576" to i64
  %"cursor.306" = and i64 %".5577", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  %".5579" = getelementptr i8, ptr %"keys.210", i64 2
  %".5580" = trunc i64 %".5500" to i16
  store volatile i16 %".5580", ptr %".5579", align 2
  %".5582" = load volatile i16, ptr %".5579", align 2
  %".5583" = zext i16 %".5582" to i64
  %"cursor.307" = and i64 %".5583", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_esp:
  %".5585" = getelementptr i8, ptr %"keys.210", i64 2
  %".5586" = trunc i64 %".5500" to i16
  store volatile i16 %".5586", ptr %".5585", align 2
  %".5588" = load volatile i16, ptr %".5585", align 2
  %".5589" = zext i16 %".5588" to i64
  %"cursor.308" = and i64 %".5589", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  %".5591" = getelementptr i8, ptr %"keys.210", i64 2
  %".5592" = trunc i64 %".5500" to i16
  store volatile i16 %".5592", ptr %".5591", align 2
  %".5594" = load volatile i16, ptr %".5591", align 2
  %".5595" = zext i16 %".5594" to i64
  %"cursor.309" = and i64 %".5595", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  %".5597" = getelementptr i8, ptr %"keys.210", i64 2
  %".5598" = trunc i64 %".5500" to i16
  store volatile i16 %".5598", ptr %".5597", align 2
  %".5600" = load volatile i16, ptr %".5597", align 2
  %".5601" = zext i16 %".5600" to i64
  %"cursor.310" = and i64 %".5601", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5603" = trunc i64 34887 to i16
  %".5604" = call i16 @"llvm.bswap.i16"(i16 %".5603")
  %".5605" = getelementptr i8, ptr %"keys.210", i64 10
  store i16 %".5604", ptr %".5605", align 2
  %".5607" = getelementptr i8, ptr %"keys.210", i64 2
  %".5608" = trunc i64 %".5500" to i16
  store volatile i16 %".5608", ptr %".5607", align 2
  %".5610" = load volatile i16, ptr %".5607", align 2
  %".5611" = zext i16 %".5610" to i64
  %"cursor.311" = and i64 %".5611", 16383
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5613" = getelementptr i8, ptr %"keys.210", i64 8
  store i8 1, ptr %".5613", align 1
  %".5615" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.59" = load volatile i32, ptr %".5615", align 4
  %".5616" = and i32 %"flags.59", 4
  %".5617" = icmp ne i32 %".5616", 0
  br i1 %".5617", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5627" = getelementptr i8, ptr %"keys.210", i64 8
  store i8 1, ptr %".5627", align 1
  %".5629" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.60" = load volatile i32, ptr %".5629", align 4
  %".5630" = and i32 %"flags.60", 4
  %".5631" = icmp ne i32 %".5630", 0
  br i1 %".5631", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5619" = trunc i64 %".5500" to i16
  %".5620" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5619", ptr %".5620", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5623" = trunc i64 %".5500" to i16
  %".5624" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5623", ptr %".5624", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5633" = trunc i64 %".5500" to i16
  %".5634" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5633", ptr %".5634", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5637" = trunc i64 %".5500" to i16
  %".5638" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".5637", ptr %".5638", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5647" = trunc i64 %"cursor.283" to i32
  %".5648" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5647", [40 x i8]* %"header_copy", i32 1)
  %".5649" = icmp eq i64 %".5648", 0
  %".5650" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5651" = load i32, ptr %".5650", align 4
  %".5652" = zext i32 %".5651" to i64
  %"data.211" = inttoptr i64 %".5652" to ptr
  %".5653" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5654" = load i32, ptr %".5653", align 4
  %".5655" = zext i32 %".5654" to i64
  %"data_end.211" = inttoptr i64 %".5655" to ptr
  %".5656" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.211" = load ptr, ptr %".5656", align 8
  %".5657" = xor i1 %".5649", -1
  br i1 %".5657", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".5659" = trunc i64 %"cursor.283" to i16
  %".5660" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".5659", ptr %".5660", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".5663" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5664" = load volatile i8, [40 x i8]* %".5663", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".5670" = trunc i64 %"cursor.283" to i16
  %".5671" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".5670", ptr %".5671", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".5674" = add i64 %"cursor.283", 1
  %".5675" = zext i8 %"w0_1.26" to i64
  %".5676" = mul i64 %".5675", 4
  %".5677" = sub i64 %".5676", 2
  %".5678" = add i64 %".5677", 1
  %".5679" = getelementptr i8, ptr %"data.212", i64 %"cursor.283"
  %".5680" = getelementptr i8, ptr %".5679", i64 %".5678"
  %".5681" = icmp ugt ptr %".5680", %"data_end.212"
  br i1 %".5681", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.214" = phi  ptr [%"data.212", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.213", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.214" = phi  ptr [%"data_end.212", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.213", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.214" = phi  ptr [%"keys.212", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.213", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"end.18" = add i64 %"cursor.283", %".5678"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".5683" = add i64 %"cursor.283", %".5678"
  %".5684" = sub i64 %".5683", 1
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5685" = trunc i64 %".5684" to i32
  %".5686" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5685", i64* %"last_byte", i32 1)
  %".5687" = icmp eq i64 %".5686", 0
  %".5688" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5689" = load i32, ptr %".5688", align 4
  %".5690" = zext i32 %".5689" to i64
  %"data.213" = inttoptr i64 %".5690" to ptr
  %".5691" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5692" = load i32, ptr %".5691", align 4
  %".5693" = zext i32 %".5692" to i64
  %"data_end.213" = inttoptr i64 %".5693" to ptr
  %".5694" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.213" = load ptr, ptr %".5694", align 8
  %".5695" = xor i1 %".5687", -1
  br i1 %".5695", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".5697" = trunc i64 %"cursor.283" to i16
  %".5698" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".5697", ptr %".5698", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".5703" = trunc i64 %"end.18" to i16
  %".5704" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".5703", ptr %".5704", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  %".5707" = getelementptr i8, ptr %"keys.214", i64 2
  %".5708" = trunc i64 %"end.18" to i16
  store volatile i16 %".5708", ptr %".5707", align 2
  %".5710" = load volatile i16, ptr %".5707", align 2
  %".5711" = zext i16 %".5710" to i64
  %"cursor.313" = and i64 %".5711", 16383
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.312" = phi  i64 [%"cursor.313", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.215" = phi  ptr [%"data.214", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.215" = phi  ptr [%"data_end.214", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.215" = phi  ptr [%"keys.214", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.59" = getelementptr i8, ptr %"data.215", i64 %"cursor.312"
  %".5764" = getelementptr i8, ptr %"hdr.59", i64 1
  %".5765" = icmp ugt ptr %".5764", %"data_end.215"
  br i1 %".5765", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".5767" = getelementptr i8, ptr %"hdr.59", i64 0
  %".5768" = load i8, ptr %".5767", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.27" = phi  i8 [%".5768", %"gtpu_next_d1_gtpu_ext1.linear"], [%".5787", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.219" = phi  ptr [%"data.215", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.218", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.219" = phi  ptr [%"data_end.215", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.218", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.219" = phi  ptr [%"keys.215", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.218", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".5789" = add i64 %"cursor.312", 1
  %".5790" = zext i8 %"w0_1.27" to i64
  %".5791" = icmp uge i64 %".5790", 1
  %".5792" = icmp ule i64 %".5790", 255
  %".5793" = and i1 %".5791", %".5792"
  br i1 %".5793", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
mpls_d1_mpls_labels4.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5719" = trunc i64 %"cursor.290" to i32
  %".5720" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5719", [40 x i8]* %"header_copy", i32 4)
  %".5721" = icmp eq i64 %".5720", 0
  %".5722" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5723" = load i32, ptr %".5722", align 4
  %".5724" = zext i32 %".5723" to i64
  %"data.216" = inttoptr i64 %".5724" to ptr
  %".5725" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5726" = load i32, ptr %".5725", align 4
  %".5727" = zext i32 %".5726" to i64
  %"data_end.216" = inttoptr i64 %".5727" to ptr
  %".5728" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.216" = load ptr, ptr %".5728", align 8
  %".5729" = xor i1 %".5721", -1
  br i1 %".5729", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".5731" = trunc i64 %"cursor.290" to i16
  %".5732" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".5731", ptr %".5732", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".5735" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5736" = load volatile i8, [40 x i8]* %".5735", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".5742" = trunc i64 %".5738" to i16
  %".5743" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5742", ptr %".5743", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_mpls:
  %".5746" = trunc i64 %".5738" to i16
  %".5747" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5746", ptr %".5747", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".5750" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".5750", align 1
  %".5752" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.61" = load volatile i32, ptr %".5752", align 4
  %".5753" = and i32 %"flags.61", 4
  %".5754" = icmp ne i32 %".5753", 0
  br i1 %".5754", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".5756" = trunc i64 %".5738" to i16
  %".5757" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5756", ptr %".5757", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".5760" = trunc i64 %".5738" to i16
  %".5761" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5760", ptr %".5761", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5770" = trunc i64 %"cursor.312" to i32
  %".5771" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5770", [40 x i8]* %"header_copy", i32 1)
  %".5772" = icmp eq i64 %".5771", 0
  %".5773" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5774" = load i32, ptr %".5773", align 4
  %".5775" = zext i32 %".5774" to i64
  %"data.218" = inttoptr i64 %".5775" to ptr
  %".5776" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5777" = load i32, ptr %".5776", align 4
  %".5778" = zext i32 %".5777" to i64
  %"data_end.218" = inttoptr i64 %".5778" to ptr
  %".5779" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.218" = load ptr, ptr %".5779", align 8
  %".5780" = xor i1 %".5772", -1
  br i1 %".5780", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".5782" = trunc i64 %"cursor.312" to i16
  %".5783" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5782", ptr %".5783", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".5786" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5787" = load volatile i8, [40 x i8]* %".5786", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".5796" = trunc i64 %".5789" to i16
  %".5797" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5796", ptr %".5797", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_ip_version:
  %".5800" = getelementptr i8, ptr %"keys.219", i64 2
  %".5801" = trunc i64 %".5789" to i16
  store volatile i16 %".5801", ptr %".5800", align 2
  %".5803" = load volatile i16, ptr %".5800", align 2
  %".5804" = zext i16 %".5803" to i64
  %"cursor.314" = and i64 %".5804", 16383
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  %".5806" = getelementptr i8, ptr %"keys.219", i64 2
  %".5807" = trunc i64 %".5789" to i16
  store volatile i16 %".5807", ptr %".5806", align 2
  %".5809" = load volatile i16, ptr %".5806", align 2
  %".5810" = zext i16 %".5809" to i64
  %"cursor.316" = and i64 %".5810", 16383
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".5790", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.315" = phi  i64 [%"cursor.316", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.220" = phi  ptr [%"data.219", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.220" = phi  ptr [%"data_end.219", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.220" = phi  ptr [%"keys.219", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.60" = getelementptr i8, ptr %"data.220", i64 %"cursor.315"
  %".5812" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5813" = icmp ugt ptr %".5812", %"data_end.220"
  br i1 %".5813", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".5815" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5816" = load i8, ptr %".5815", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.28" = phi  i8 [%".5816", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".5835", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.222" = phi  ptr [%"data.220", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.221", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.222" = phi  ptr [%"data_end.220", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.221", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.222" = phi  ptr [%"keys.220", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.221", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".5837" = zext i8 %"w0_1.28" to i64
  %".5838" = icmp uge i64 %".5837", 1
  %".5839" = xor i1 %".5838", -1
  br i1 %".5839", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5818" = trunc i64 %"cursor.315" to i32
  %".5819" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5818", [40 x i8]* %"header_copy", i32 1)
  %".5820" = icmp eq i64 %".5819", 0
  %".5821" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5822" = load i32, ptr %".5821", align 4
  %".5823" = zext i32 %".5822" to i64
  %"data.221" = inttoptr i64 %".5823" to ptr
  %".5824" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5825" = load i32, ptr %".5824", align 4
  %".5826" = zext i32 %".5825" to i64
  %"data_end.221" = inttoptr i64 %".5826" to ptr
  %".5827" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.221" = load ptr, ptr %".5827", align 8
  %".5828" = xor i1 %".5820", -1
  br i1 %".5828", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".5830" = trunc i64 %"cursor.315" to i16
  %".5831" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5830", ptr %".5831", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".5834" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5835" = load volatile i8, [40 x i8]* %".5834", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".5841" = trunc i64 %"cursor.315" to i16
  %".5842" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".5841", ptr %".5842", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".5845" = add i64 %"cursor.315", 1
  %".5846" = zext i8 %"w0_1.28" to i64
  %".5847" = mul i64 %".5846", 4
  %".5848" = sub i64 %".5847", 2
  %".5849" = add i64 %".5848", 1
  %".5850" = getelementptr i8, ptr %"data.222", i64 %"cursor.315"
  %".5851" = getelementptr i8, ptr %".5850", i64 %".5849"
  %".5852" = icmp ugt ptr %".5851", %"data_end.222"
  br i1 %".5852", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.224" = phi  ptr [%"data.222", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.223", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.224" = phi  ptr [%"data_end.222", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.223", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.224" = phi  ptr [%"keys.222", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.223", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"end.19" = add i64 %"cursor.315", %".5849"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".5854" = add i64 %"cursor.315", %".5849"
  %".5855" = sub i64 %".5854", 1
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5856" = trunc i64 %".5855" to i32
  %".5857" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".5856", i64* %"last_byte", i32 1)
  %".5858" = icmp eq i64 %".5857", 0
  %".5859" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5860" = load i32, ptr %".5859", align 4
  %".5861" = zext i32 %".5860" to i64
  %"data.223" = inttoptr i64 %".5861" to ptr
  %".5862" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5863" = load i32, ptr %".5862", align 4
  %".5864" = zext i32 %".5863" to i64
  %"data_end.223" = inttoptr i64 %".5864" to ptr
  %".5865" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.223" = load ptr, ptr %".5865", align 8
  %".5866" = xor i1 %".5858", -1
  br i1 %".5866", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".5868" = trunc i64 %"cursor.315" to i16
  %".5869" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5868", ptr %".5869", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".5874" = trunc i64 %"end.19" to i16
  %".5875" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".5874", ptr %".5875", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  %".5878" = getelementptr i8, ptr %"keys.224", i64 2
  %".5879" = trunc i64 %"end.19" to i16
  store volatile i16 %".5879", ptr %".5878", align 2
  %".5881" = load volatile i16, ptr %".5878", align 2
  %".5882" = zext i16 %".5881" to i64
  %"cursor.318" = and i64 %".5882", 16383
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.317" = phi  i64 [%"cursor.318", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.225" = phi  ptr [%"data.224", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.225" = phi  ptr [%"data_end.224", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.225" = phi  ptr [%"keys.224", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.61" = getelementptr i8, ptr %"data.225", i64 %"cursor.317"
  %".5884" = getelementptr i8, ptr %"hdr.61", i64 1
  %".5885" = icmp ugt ptr %".5884", %"data_end.225"
  br i1 %".5885", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".5887" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5888" = load i8, ptr %".5887", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.29" = phi  i8 [%".5888", %"gtpu_next_d1_gtpu_ext2.linear"], [%".5907", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.227" = phi  ptr [%"data.225", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.226", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.227" = phi  ptr [%"data_end.225", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.226", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.227" = phi  ptr [%"keys.225", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.226", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".5909" = add i64 %"cursor.317", 1
  %".5910" = zext i8 %"w0_1.29" to i64
  %".5911" = icmp uge i64 %".5910", 1
  %".5912" = icmp ule i64 %".5910", 255
  %".5913" = and i1 %".5911", %".5912"
  br i1 %".5913", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5890" = trunc i64 %"cursor.317" to i32
  %".5891" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".5890", [40 x i8]* %"header_copy", i32 1)
  %".5892" = icmp eq i64 %".5891", 0
  %".5893" = getelementptr i8, ptr %"ctx.82", i64 76
  %".5894" = load i32, ptr %".5893", align 4
  %".5895" = zext i32 %".5894" to i64
  %"data.226" = inttoptr i64 %".5895" to ptr
  %".5896" = getelementptr i8, ptr %"ctx.82", i64 80
  %".5897" = load i32, ptr %".5896", align 4
  %".5898" = zext i32 %".5897" to i64
  %"data_end.226" = inttoptr i64 %".5898" to ptr
  %".5899" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.226" = load ptr, ptr %".5899", align 8
  %".5900" = xor i1 %".5892", -1
  br i1 %".5900", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".5902" = trunc i64 %"cursor.317" to i16
  %".5903" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5902", ptr %".5903", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".5906" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5907" = load volatile i8, [40 x i8]* %".5906", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".5916" = trunc i64 %".5909" to i16
  %".5917" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5916", ptr %".5917", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_ip_version:
  %".5920" = getelementptr i8, ptr %"keys.227", i64 2
  %".5921" = trunc i64 %".5909" to i16
  store volatile i16 %".5921", ptr %".5920", align 2
  %".5923" = load volatile i16, ptr %".5920", align 2
  %".5924" = zext i16 %".5923" to i64
  %"cursor.319" = and i64 %".5924", 16383
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".5926" = trunc i64 %".5909" to i16
  %".5927" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5926", ptr %".5927", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".5910", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }