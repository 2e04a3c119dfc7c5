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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_mpls_labels1.copy_failed"], [0, %"mpls_mpls_labels1.unknown"], [0, %"mpls_mpls_labels1.to_mpls"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.header"], [0, %"udp.copy_failed"], [0, %"udp.copy_last_byte_failed"], [0, %"udp.variable_part"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"pptp_d0.copy_failed"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [2, %"pptp_d1.copy_failed"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"]
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
  switch i64 %"n_proto", label %"entry_d0.unknown" [i64 2048, label %"entry_d0.to_ipv4" i64 34525, label %"entry_d0.to_ipv6" i64 33024, label %"entry_d0.to_vlan" i64 34984, label %"entry_d0.to_vlan.1" i64 34887, label %"entry_d0.to_mpls" i64 34888, label %"entry_d0.to_mpls.1" i64 34916, label %"entry_d0.to_pppoe" i64 2054, label %"entry_d0.to_arp" i64 32821, label %"entry_d0.to_arp.1" i64 35063, label %"entry_d0.to_ptp" i64 35074, label %"entry_d0.to_cfm" i64 35018, label %"entry_d0.to_tipc" i64 35078, label %"entry_d0.to_fcoe" i64 35119, label %"entry_d0.to_hsr" i64 35067, label %"entry_d0.to_hsr.1" i64 17157, label %"entry_d0.to_batadv"]
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
entry_d0.to_arp:
  br label %"arp"
entry_d0.to_arp.1:
  br label %"arp"
entry_d0.to_ptp:
  br label %"ptp"
entry_d0.to_cfm:
  br label %"cfm"
entry_d0.to_tipc:
  br label %"tipc"
entry_d0.to_fcoe:
  br label %"fcoe"
entry_d0.to_hsr:
  br label %"hsr_d0_vlan_tags1"
entry_d0.to_hsr.1:
  br label %"hsr_d0_vlan_tags1"
entry_d0.to_batadv:
  br label %"batadv_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_ipv4"], [%".398", %"vlan_d0_vlan_tags1.to_ipv4"], [%"cursor.40", %"pppoe_d0.to_ipv4"], [%"cursor.45", %"hsr_d0_vlan_tags1.to_ipv4"], [%"cursor.138", %"vlan_d0_vlan_tags2.to_ipv4"], [%"cursor.150", %"hsr_d0_vlan_tags2.to_ipv4"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.39", %"pppoe_d0.to_ipv4"], [%"data.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.95", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.97", %"hsr_d0_vlan_tags2.to_ipv4"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.39", %"pppoe_d0.to_ipv4"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_ipv4"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.39", %"pppoe_d0.to_ipv4"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.95", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.97", %"hsr_d0_vlan_tags2.to_ipv4"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".43" = getelementptr i8, ptr %"hdr", i64 20
  %".44" = icmp ugt ptr %".43", %"data_end.2"
  br i1 %".44", label %"ipv4_d0.copy", label %"ipv4_d0.linear", !prof !0
ipv4_d0.linear:
  %".46" = getelementptr i8, ptr %"hdr", i64 0
  %".47" = load i8, ptr %".46", align 1
  %".48" = getelementptr i8, ptr %"hdr", i64 6
  %".49" = load i16, ptr %".48", align 2
  %".50" = getelementptr i8, ptr %"hdr", i64 9
  %".51" = load i8, ptr %".50", align 1
  %".52" = getelementptr i8, ptr %"hdr", i64 12
  %".53" = load i32, ptr %".52", align 4
  %".54" = getelementptr i8, ptr %"hdr", i64 16
  %".55" = load i32, ptr %".54", align 4
  br label %"ipv4_d0.header"
ipv4_d0.header:
  %"w0_1" = phi  i8 [%".47", %"ipv4_d0.linear"], [%".74", %"ipv4_d0.copy_failed.endif"]
  %"w6_2" = phi  i16 [%".49", %"ipv4_d0.linear"], [%".76", %"ipv4_d0.copy_failed.endif"]
  %"w9_1" = phi  i8 [%".51", %"ipv4_d0.linear"], [%".78", %"ipv4_d0.copy_failed.endif"]
  %"w12_4" = phi  i32 [%".53", %"ipv4_d0.linear"], [%".80", %"ipv4_d0.copy_failed.endif"]
  %"w16_4" = phi  i32 [%".55", %"ipv4_d0.linear"], [%".82", %"ipv4_d0.copy_failed.endif"]
  %"data.15" = phi  ptr [%"data.2", %"ipv4_d0.linear"], [%"data.14", %"ipv4_d0.copy_failed.endif"]
  %"data_end.15" = phi  ptr [%"data_end.2", %"ipv4_d0.linear"], [%"data_end.14", %"ipv4_d0.copy_failed.endif"]
  %"keys.15" = phi  ptr [%"keys.2", %"ipv4_d0.linear"], [%"keys.14", %"ipv4_d0.copy_failed.endif"]
  %".84" = zext i8 %"w0_1" to i64
  %".85" = and i64 %".84", 15
  %".86" = icmp uge i64 %".85", 5
  %".87" = xor i1 %".86", -1
  br i1 %".87", label %"ipv4_d0.require", label %"ipv4_d0.require.endif"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"entry_d0.to_ipv6"], [%".398", %"vlan_d0_vlan_tags1.to_ipv6"], [%"cursor.41", %"pppoe_d0.to_ipv6"], [%"cursor.46", %"hsr_d0_vlan_tags1.to_ipv6"], [%"cursor.139", %"vlan_d0_vlan_tags2.to_ipv6"], [%"cursor.151", %"hsr_d0_vlan_tags2.to_ipv6"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.39", %"pppoe_d0.to_ipv6"], [%"data.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.97", %"hsr_d0_vlan_tags2.to_ipv6"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.39", %"pppoe_d0.to_ipv6"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_ipv6"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.39", %"pppoe_d0.to_ipv6"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.97", %"hsr_d0_vlan_tags2.to_ipv6"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".208" = getelementptr i8, ptr %"hdr.1", i64 40
  %".209" = icmp ugt ptr %".208", %"data_end.3"
  br i1 %".209", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".211" = getelementptr i8, ptr %"hdr.1", i64 0
  %".212" = load i32, ptr %".211", align 4
  %".213" = getelementptr i8, ptr %"hdr.1", i64 6
  %".214" = load i8, ptr %".213", align 1
  %".215" = getelementptr i8, ptr %"hdr.1", i64 8
  %".216" = load i64, ptr %".215", align 8
  %".217" = getelementptr i8, ptr %"hdr.1", i64 16
  %".218" = load i64, ptr %".217", align 8
  %".219" = getelementptr i8, ptr %"hdr.1", i64 24
  %".220" = load i64, ptr %".219", align 8
  %".221" = getelementptr i8, ptr %"hdr.1", i64 32
  %".222" = load i64, ptr %".221", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".212", %"ipv6_d0.linear"], [%".241", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".214", %"ipv6_d0.linear"], [%".243", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".216", %"ipv6_d0.linear"], [%".245", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".218", %"ipv6_d0.linear"], [%".247", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".220", %"ipv6_d0.linear"], [%".249", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".222", %"ipv6_d0.linear"], [%".251", %"ipv6_d0.copy_failed.endif"]
  %"data.28" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.27", %"ipv6_d0.copy_failed.endif"]
  %"data_end.28" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.27", %"ipv6_d0.copy_failed.endif"]
  %"keys.28" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.27", %"ipv6_d0.copy_failed.endif"]
  %".253" = trunc i64 34525 to i16
  %".254" = getelementptr i8, ptr %"keys.28", i64 4
  store i16 %".253", ptr %".254", align 2
  %".256" = trunc i64 34525 to i16
  %".257" = call i16 @"llvm.bswap.i16"(i16 %".256")
  %".258" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".257", ptr %".258", align 2
  %".260" = getelementptr i8, ptr %"keys.28", i64 16
  store i64 %"w8_8", ptr %".260", align 8
  %".262" = getelementptr i8, ptr %"keys.28", i64 24
  store i64 %"w16_8", ptr %".262", align 8
  %".264" = getelementptr i8, ptr %"keys.28", i64 32
  store i64 %"w24_8", ptr %".264", align 8
  %".266" = getelementptr i8, ptr %"keys.28", i64 40
  store i64 %"w32_8", ptr %".266", align 8
  %".268" = zext i8 %"w6_1" to i64
  %".269" = trunc i64 %".268" to i8
  %".270" = getelementptr i8, ptr %"keys.28", i64 9
  store i8 %".269", ptr %".270", align 1
  %".272" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".273" = zext i32 %".272" to i64
  %".274" = and i64 %".273", 1048575
  %".275" = trunc i64 %".274" to i32
  %".276" = call i32 @"llvm.bswap.i32"(i32 %".275")
  %".277" = getelementptr i8, ptr %"keys.28", i64 52
  store i32 %".276", ptr %".277", align 4
  %".279" = add i64 %"cursor.2", 40
  %".280" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".281" = zext i32 %".280" to i64
  %".282" = and i64 %".281", 1048575
  %".283" = icmp ne i64 %".282", 0
  %".284" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.3" = load volatile i32, ptr %".284", align 4
  %".285" = and i32 %"flags.3", 2
  %".286" = icmp ne i32 %".285", 0
  %".287" = and i1 %".283", %".286"
  br i1 %".287", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"entry_d0.to_vlan"], [%".21", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".367" = getelementptr i8, ptr %"hdr.2", i64 4
  %".368" = icmp ugt ptr %".367", %"data_end.4"
  br i1 %".368", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".370" = getelementptr i8, ptr %"hdr.2", i64 2
  %".371" = load i16, ptr %".370", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".371", %"vlan_d0_vlan_tags1.linear"], [%".390", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.33" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.33" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.33" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".392" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".393" = zext i16 %".392" to i64
  %".394" = trunc i64 %".393" to i16
  %".395" = call i16 @"llvm.bswap.i16"(i16 %".394")
  %".396" = getelementptr i8, ptr %"keys.33", i64 10
  store i16 %".395", ptr %".396", align 2
  %".398" = add i64 %"cursor.3", 4
  %".399" = trunc i64 %".398" to i16
  %".400" = getelementptr i8, ptr %"keys.33", i64 0
  store i16 %".399", ptr %".400", align 2
  %".402" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".403" = zext i16 %".402" to i64
  switch i64 %".403", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"entry_d0.to_mpls"], [%".21", %"entry_d0.to_mpls.1"], [%"cursor.22", %"ipv4_d0.to_mpls"], [%"cursor.31", %"ipv6_d0.to_mpls"], [%"cursor.35", %"vlan_d0_vlan_tags1.to_mpls"], [%"cursor.36", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"cursor.42", %"pppoe_d0.to_mpls"], [%"cursor.43", %"pppoe_d0.to_mpls.1"], [%"cursor.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"cursor.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"cursor.66", %"batadv_d0.stop_at_encap.endif.4"], [%"cursor.67", %"batadv_d0.stop_at_encap.endif.5"], [%"cursor.92", %"ipv4_d1.to_mpls"], [%"cursor.107", %"ipv6_d1.to_mpls"], [%"cursor.120", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"cursor.135", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"cursor.140", %"vlan_d0_vlan_tags2.to_mpls"], [%"cursor.141", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"cursor.152", %"hsr_d0_vlan_tags2.to_mpls"], [%"cursor.153", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"cursor.167", %"vlan_d1_vlan_tags1.to_mpls"], [%"cursor.168", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"cursor.182", %"pppoe_d1.to_mpls"], [%"cursor.183", %"pppoe_d1.to_mpls.1"], [%"cursor.188", %"hsr_d1_vlan_tags1.to_mpls"], [%"cursor.189", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"cursor.204", %"gre_d0.to_mpls"], [%"cursor.205", %"gre_d0.to_mpls.1"], [%"cursor.238", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"cursor.252", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"cursor.265", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"cursor.280", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"cursor.285", %"vlan_d1_vlan_tags2.to_mpls"], [%"cursor.286", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"cursor.297", %"hsr_d1_vlan_tags2.to_mpls"], [%"cursor.298", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"cursor.311", %"ethernet_d1.to_mpls"], [%"cursor.312", %"ethernet_d1.to_mpls.1"], [%"cursor.343", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"cursor.357", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"cursor.367", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"cursor.379", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"cursor.391", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"cursor.401", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.39", %"pppoe_d0.to_mpls"], [%"data.39", %"pppoe_d0.to_mpls.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.4"], [%"data.50", %"batadv_d0.stop_at_encap.endif.5"], [%"data.80", %"ipv4_d1.to_mpls"], [%"data.83", %"ipv6_d1.to_mpls"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.103", %"pppoe_d1.to_mpls"], [%"data.103", %"pppoe_d1.to_mpls.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.111", %"gre_d0.to_mpls"], [%"data.111", %"gre_d0.to_mpls.1"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.135", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.135", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.137", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.137", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.139", %"ethernet_d1.to_mpls"], [%"data.139", %"ethernet_d1.to_mpls.1"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.39", %"pppoe_d0.to_mpls"], [%"data_end.39", %"pppoe_d0.to_mpls.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.80", %"ipv4_d1.to_mpls"], [%"data_end.83", %"ipv6_d1.to_mpls"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.103", %"pppoe_d1.to_mpls"], [%"data_end.103", %"pppoe_d1.to_mpls.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.111", %"gre_d0.to_mpls"], [%"data_end.111", %"gre_d0.to_mpls.1"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.139", %"ethernet_d1.to_mpls"], [%"data_end.139", %"ethernet_d1.to_mpls.1"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.39", %"pppoe_d0.to_mpls"], [%"keys.39", %"pppoe_d0.to_mpls.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.80", %"ipv4_d1.to_mpls"], [%"keys.83", %"ipv6_d1.to_mpls"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.103", %"pppoe_d1.to_mpls"], [%"keys.103", %"pppoe_d1.to_mpls.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.111", %"gre_d0.to_mpls"], [%"keys.111", %"gre_d0.to_mpls.1"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.135", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.135", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.137", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.137", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.139", %"ethernet_d1.to_mpls"], [%"keys.139", %"ethernet_d1.to_mpls.1"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_mpls"]
  %".445" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".446" = getelementptr i8, ptr %"hdr.3", i64 4
  %".447" = icmp ugt ptr %".446", %"data_end.5"
  br i1 %".447", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".449" = getelementptr i8, ptr %"hdr.3", i64 2
  %".450" = load i8, ptr %".449", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".450", %"mpls_mpls_labels1.linear"], [%".469", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.37" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.36", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.37" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.36", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.37" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.36", %"mpls_mpls_labels1.copy_failed.endif"]
  %".471" = add i64 %"cursor.4", 4
  %".472" = zext i8 %"w2_1" to i64
  %".473" = and i64 %".472", 1
  switch i64 %".473", label %"mpls_mpls_labels1.unknown" [i64 0, label %"mpls_mpls_labels1.to_mpls"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"entry_d0.to_pppoe"], [%".398", %"vlan_d0_vlan_tags1.to_pppoe"], [%"cursor.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"cursor.142", %"vlan_d0_vlan_tags2.to_pppoe"], [%"cursor.154", %"hsr_d0_vlan_tags2.to_pppoe"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.97", %"hsr_d0_vlan_tags2.to_pppoe"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_pppoe"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.97", %"hsr_d0_vlan_tags2.to_pppoe"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".483" = getelementptr i8, ptr %"hdr.4", i64 8
  %".484" = icmp ugt ptr %".483", %"data_end.6"
  br i1 %".484", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".486" = getelementptr i8, ptr %"hdr.4", i64 0
  %".487" = load i8, ptr %".486", align 1
  %".488" = getelementptr i8, ptr %"hdr.4", i64 1
  %".489" = load i8, ptr %".488", align 1
  %".490" = getelementptr i8, ptr %"hdr.4", i64 6
  %".491" = load i16, ptr %".490", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".487", %"pppoe_d0.linear"], [%".510", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".489", %"pppoe_d0.linear"], [%".512", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".491", %"pppoe_d0.linear"], [%".514", %"pppoe_d0.copy_failed.endif"]
  %"data.39" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.38", %"pppoe_d0.copy_failed.endif"]
  %"data_end.39" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.38", %"pppoe_d0.copy_failed.endif"]
  %"keys.39" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.38", %"pppoe_d0.copy_failed.endif"]
  %".516" = zext i8 %"w0_1.1" to i64
  %".517" = lshr i64 %".516", 4
  %".518" = and i64 %".517", 15
  %".519" = icmp eq i64 %".518", 1
  %".520" = zext i8 %"w0_1.1" to i64
  %".521" = and i64 %".520", 15
  %".522" = icmp eq i64 %".521", 1
  %".523" = and i1 %".519", %".522"
  %".524" = zext i8 %"w1_1" to i64
  %".525" = icmp eq i64 %".524", 0
  %".526" = and i1 %".523", %".525"
  %".527" = xor i1 %".526", -1
  br i1 %".527", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".21", %"entry_d0.to_arp"], [%".21", %"entry_d0.to_arp.1"], [%"cursor.37", %"vlan_d0_vlan_tags1.to_arp"], [%"cursor.38", %"vlan_d0_vlan_tags1.to_arp.1"], [%"cursor.52", %"hsr_d0_vlan_tags1.to_arp"], [%"cursor.53", %"hsr_d0_vlan_tags1.to_arp.1"], [%"cursor.70", %"batadv_d0.stop_at_encap.endif.7"], [%"cursor.71", %"batadv_d0.stop_at_encap.endif.8"], [%"cursor.143", %"vlan_d0_vlan_tags2.to_arp"], [%"cursor.144", %"vlan_d0_vlan_tags2.to_arp.1"], [%"cursor.155", %"hsr_d0_vlan_tags2.to_arp"], [%"cursor.156", %"hsr_d0_vlan_tags2.to_arp.1"], [%"cursor.170", %"vlan_d1_vlan_tags1.to_arp"], [%"cursor.171", %"vlan_d1_vlan_tags1.to_arp.1"], [%"cursor.191", %"hsr_d1_vlan_tags1.to_arp"], [%"cursor.192", %"hsr_d1_vlan_tags1.to_arp.1"], [%"cursor.207", %"gre_d0.to_arp"], [%"cursor.208", %"gre_d0.to_arp.1"], [%"cursor.288", %"vlan_d1_vlan_tags2.to_arp"], [%"cursor.289", %"vlan_d1_vlan_tags2.to_arp.1"], [%"cursor.300", %"hsr_d1_vlan_tags2.to_arp"], [%"cursor.301", %"hsr_d1_vlan_tags2.to_arp.1"], [%"cursor.314", %"ethernet_d1.to_arp"], [%"cursor.315", %"ethernet_d1.to_arp.1"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data.95", %"vlan_d0_vlan_tags2.to_arp"], [%"data.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.97", %"hsr_d0_vlan_tags2.to_arp"], [%"data.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_arp"], [%"data.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_arp"], [%"data.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.111", %"gre_d0.to_arp"], [%"data.111", %"gre_d0.to_arp.1"], [%"data.135", %"vlan_d1_vlan_tags2.to_arp"], [%"data.135", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.137", %"hsr_d1_vlan_tags2.to_arp"], [%"data.137", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.139", %"ethernet_d1.to_arp"], [%"data.139", %"ethernet_d1.to_arp.1"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.111", %"gre_d0.to_arp"], [%"data_end.111", %"gre_d0.to_arp.1"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.139", %"ethernet_d1.to_arp"], [%"data_end.139", %"ethernet_d1.to_arp.1"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.95", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.97", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.111", %"gre_d0.to_arp"], [%"keys.111", %"gre_d0.to_arp.1"], [%"keys.135", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.135", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.137", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.137", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.139", %"ethernet_d1.to_arp"], [%"keys.139", %"ethernet_d1.to_arp.1"]
  %".588" = add i64 %"cursor.6", 0
  %".589" = trunc i64 %".588" to i16
  %".590" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".589", ptr %".590", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".21", %"entry_d0.to_ptp"], [%".398", %"vlan_d0_vlan_tags1.to_ptp"], [%"cursor.54", %"hsr_d0_vlan_tags1.to_ptp"], [%"cursor.72", %"batadv_d0.stop_at_encap.endif.9"], [%"cursor.145", %"vlan_d0_vlan_tags2.to_ptp"], [%"cursor.157", %"hsr_d0_vlan_tags2.to_ptp"], [%"cursor.172", %"vlan_d1_vlan_tags1.to_ptp"], [%"cursor.193", %"hsr_d1_vlan_tags1.to_ptp"], [%"cursor.209", %"gre_d0.to_ptp"], [%"cursor.290", %"vlan_d1_vlan_tags2.to_ptp"], [%"cursor.302", %"hsr_d1_vlan_tags2.to_ptp"], [%"cursor.316", %"ethernet_d1.to_ptp"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.50", %"batadv_d0.stop_at_encap.endif.9"], [%"data.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.111", %"gre_d0.to_ptp"], [%"data.135", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.137", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.139", %"ethernet_d1.to_ptp"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.111", %"gre_d0.to_ptp"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.139", %"ethernet_d1.to_ptp"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.111", %"gre_d0.to_ptp"], [%"keys.135", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.137", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.139", %"ethernet_d1.to_ptp"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".593" = getelementptr i8, ptr %"hdr.5", i64 34
  %".594" = icmp ugt ptr %".593", %"data_end.8"
  br i1 %".594", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.42" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.41", %"ptp.copy_failed.endif"]
  %"data_end.42" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.41", %"ptp.copy_failed.endif"]
  %"keys.42" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.41", %"ptp.copy_failed.endif"]
  %".614" = add i64 %"cursor.7", 34
  %".615" = trunc i64 %".614" to i16
  %".616" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".615", ptr %".616", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".21", %"entry_d0.to_cfm"], [%".398", %"vlan_d0_vlan_tags1.to_cfm"], [%"cursor.55", %"hsr_d0_vlan_tags1.to_cfm"], [%"cursor.73", %"batadv_d0.stop_at_encap.endif.10"], [%"cursor.146", %"vlan_d0_vlan_tags2.to_cfm"], [%"cursor.158", %"hsr_d0_vlan_tags2.to_cfm"], [%"cursor.173", %"vlan_d1_vlan_tags1.to_cfm"], [%"cursor.194", %"hsr_d1_vlan_tags1.to_cfm"], [%"cursor.210", %"gre_d0.to_cfm"], [%"cursor.291", %"vlan_d1_vlan_tags2.to_cfm"], [%"cursor.303", %"hsr_d1_vlan_tags2.to_cfm"], [%"cursor.317", %"ethernet_d1.to_cfm"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.111", %"gre_d0.to_cfm"], [%"data.135", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.137", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.139", %"ethernet_d1.to_cfm"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.111", %"gre_d0.to_cfm"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.139", %"ethernet_d1.to_cfm"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.111", %"gre_d0.to_cfm"], [%"keys.135", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.137", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.139", %"ethernet_d1.to_cfm"]
  %".619" = add i64 %"cursor.8", 0
  %".620" = trunc i64 %".619" to i16
  %".621" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".620", ptr %".621", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".21", %"entry_d0.to_tipc"], [%".398", %"vlan_d0_vlan_tags1.to_tipc"], [%"cursor.56", %"hsr_d0_vlan_tags1.to_tipc"], [%"cursor.74", %"batadv_d0.stop_at_encap.endif.11"], [%"cursor.147", %"vlan_d0_vlan_tags2.to_tipc"], [%"cursor.159", %"hsr_d0_vlan_tags2.to_tipc"], [%"cursor.174", %"vlan_d1_vlan_tags1.to_tipc"], [%"cursor.195", %"hsr_d1_vlan_tags1.to_tipc"], [%"cursor.211", %"gre_d0.to_tipc"], [%"cursor.292", %"vlan_d1_vlan_tags2.to_tipc"], [%"cursor.304", %"hsr_d1_vlan_tags2.to_tipc"], [%"cursor.318", %"ethernet_d1.to_tipc"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.50", %"batadv_d0.stop_at_encap.endif.11"], [%"data.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.111", %"gre_d0.to_tipc"], [%"data.135", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.137", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.139", %"ethernet_d1.to_tipc"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.111", %"gre_d0.to_tipc"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.139", %"ethernet_d1.to_tipc"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.111", %"gre_d0.to_tipc"], [%"keys.135", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.137", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.139", %"ethernet_d1.to_tipc"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".624" = getelementptr i8, ptr %"hdr.6", i64 16
  %".625" = icmp ugt ptr %".624", %"data_end.10"
  br i1 %".625", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.44" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.43", %"tipc.copy_failed.endif"]
  %"data_end.44" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.43", %"tipc.copy_failed.endif"]
  %"keys.44" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.43", %"tipc.copy_failed.endif"]
  %".645" = trunc i64 %"cursor.9" to i16
  %".646" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".645", ptr %".646", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".21", %"entry_d0.to_fcoe"], [%".398", %"vlan_d0_vlan_tags1.to_fcoe"], [%"cursor.57", %"hsr_d0_vlan_tags1.to_fcoe"], [%"cursor.75", %"batadv_d0.stop_at_encap.endif.12"], [%"cursor.148", %"vlan_d0_vlan_tags2.to_fcoe"], [%"cursor.160", %"hsr_d0_vlan_tags2.to_fcoe"], [%"cursor.175", %"vlan_d1_vlan_tags1.to_fcoe"], [%"cursor.196", %"hsr_d1_vlan_tags1.to_fcoe"], [%"cursor.212", %"gre_d0.to_fcoe"], [%"cursor.293", %"vlan_d1_vlan_tags2.to_fcoe"], [%"cursor.305", %"hsr_d1_vlan_tags2.to_fcoe"], [%"cursor.319", %"ethernet_d1.to_fcoe"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.50", %"batadv_d0.stop_at_encap.endif.12"], [%"data.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.111", %"gre_d0.to_fcoe"], [%"data.135", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.137", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.139", %"ethernet_d1.to_fcoe"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.111", %"gre_d0.to_fcoe"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.139", %"ethernet_d1.to_fcoe"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.111", %"gre_d0.to_fcoe"], [%"keys.135", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.137", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.139", %"ethernet_d1.to_fcoe"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".649" = getelementptr i8, ptr %"hdr.7", i64 38
  %".650" = icmp ugt ptr %".649", %"data_end.11"
  br i1 %".650", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.46" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.45", %"fcoe.copy_failed.endif"]
  %"data_end.46" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.45", %"fcoe.copy_failed.endif"]
  %"keys.46" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.45", %"fcoe.copy_failed.endif"]
  %".670" = add i64 %"cursor.10", 38
  %".671" = trunc i64 %".670" to i16
  %".672" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".671", ptr %".672", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".21", %"entry_d0.to_hsr"], [%".21", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".675" = getelementptr i8, ptr %"hdr.8", i64 6
  %".676" = icmp ugt ptr %".675", %"data_end.12"
  br i1 %".676", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".678" = getelementptr i8, ptr %"hdr.8", i64 4
  %".679" = load i16, ptr %".678", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".679", %"hsr_d0_vlan_tags1.linear"], [%".698", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.48" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.47", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.48" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.47", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.48" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.47", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".700" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".701" = zext i16 %".700" to i64
  %".702" = trunc i64 %".701" to i16
  %".703" = call i16 @"llvm.bswap.i16"(i16 %".702")
  %".704" = getelementptr i8, ptr %"keys.48", i64 10
  store i16 %".703", ptr %".704", align 2
  %".706" = add i64 %"cursor.11", 6
  %".707" = trunc i64 %".706" to i16
  %".708" = getelementptr i8, ptr %"keys.48", i64 0
  store i16 %".707", ptr %".708", align 2
  %".710" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".711" = zext i16 %".710" to i64
  switch i64 %".711", label %"hsr_d0_vlan_tags1.unknown" [i64 2048, label %"hsr_d0_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags1.to_vlan" i64 34984, label %"hsr_d0_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags1.to_mpls" i64 34888, label %"hsr_d0_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags1.to_arp" i64 32821, label %"hsr_d0_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags1.to_ptp" i64 35074, label %"hsr_d0_vlan_tags1.to_cfm" i64 35018, label %"hsr_d0_vlan_tags1.to_tipc" i64 35078, label %"hsr_d0_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags1.to_hsr" i64 35067, label %"hsr_d0_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags1.to_batadv"]
batadv_d0:
  %"cursor.12" = phi  i64 [%".21", %"entry_d0.to_batadv"], [%".398", %"vlan_d0_vlan_tags1.to_batadv"], [%"cursor.60", %"hsr_d0_vlan_tags1.to_batadv"], [%"cursor.149", %"vlan_d0_vlan_tags2.to_batadv"], [%"cursor.161", %"hsr_d0_vlan_tags2.to_batadv"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.97", %"hsr_d0_vlan_tags2.to_batadv"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_batadv"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.97", %"hsr_d0_vlan_tags2.to_batadv"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".813" = getelementptr i8, ptr %"hdr.9", i64 24
  %".814" = icmp ugt ptr %".813", %"data_end.13"
  br i1 %".814", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".816" = getelementptr i8, ptr %"hdr.9", i64 0
  %".817" = load i8, ptr %".816", align 1
  %".818" = getelementptr i8, ptr %"hdr.9", i64 1
  %".819" = load i8, ptr %".818", align 1
  %".820" = getelementptr i8, ptr %"hdr.9", i64 22
  %".821" = load i16, ptr %".820", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".817", %"batadv_d0.linear"], [%".840", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".819", %"batadv_d0.linear"], [%".842", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".821", %"batadv_d0.linear"], [%".844", %"batadv_d0.copy_failed.endif"]
  %"data.50" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.49", %"batadv_d0.copy_failed.endif"]
  %"data_end.50" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.49", %"batadv_d0.copy_failed.endif"]
  %"keys.50" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.49", %"batadv_d0.copy_failed.endif"]
  %".846" = zext i8 %"w1_1.1" to i64
  %".847" = icmp eq i64 %".846", 15
  %".848" = zext i8 %"w0_1.2" to i64
  %".849" = icmp eq i64 %".848", 64
  %".850" = and i1 %".847", %".849"
  %".851" = xor i1 %".850", -1
  br i1 %".851", label %"batadv_d0.require", label %"batadv_d0.require.endif"
ipv4_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".57" = trunc i64 %"cursor.1" to i32
  %".58" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".57", [40 x i8]* %"header_copy", i32 20)
  %".59" = icmp eq i64 %".58", 0
  %".60" = getelementptr i8, ptr %"ctx.1", i64 76
  %".61" = load i32, ptr %".60", align 4
  %".62" = zext i32 %".61" to i64
  %"data.14" = inttoptr i64 %".62" to ptr
  %".63" = getelementptr i8, ptr %"ctx.1", i64 80
  %".64" = load i32, ptr %".63", align 4
  %".65" = zext i32 %".64" to i64
  %"data_end.14" = inttoptr i64 %".65" to ptr
  %".66" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.14" = load ptr, ptr %".66", align 8
  %".67" = xor i1 %".59", -1
  br i1 %".67", label %"ipv4_d0.copy_failed", label %"ipv4_d0.copy_failed.endif"
ipv4_d0.copy_failed:
  %".69" = trunc i64 %"cursor.1" to i16
  %".70" = getelementptr i8, ptr %"keys.14", i64 2
  store i16 %".69", ptr %".70", align 2
  br label %"return"
ipv4_d0.copy_failed.endif:
  %".73" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".74" = load volatile i8, [40 x i8]* %".73", align 1
  %".75" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".76" = load volatile i16, [40 x i8]* %".75", align 2
  %".77" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".78" = load volatile i8, [40 x i8]* %".77", align 1
  %".79" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".80" = load volatile i32, [40 x i8]* %".79", align 4
  %".81" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".82" = load volatile i32, [40 x i8]* %".81", align 4
  br label %"ipv4_d0.header"
ipv4_d0.require:
  %".89" = trunc i64 %"cursor.1" to i16
  %".90" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".89", ptr %".90", align 2
  br label %"return"
ipv4_d0.require.endif:
  %".93" = trunc i64 2048 to i16
  %".94" = getelementptr i8, ptr %"keys.15", i64 4
  store i16 %".93", ptr %".94", align 2
  %".96" = trunc i64 2048 to i16
  %".97" = call i16 @"llvm.bswap.i16"(i16 %".96")
  %".98" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".97", ptr %".98", align 2
  %".100" = getelementptr i8, ptr %"keys.15", i64 16
  store i32 %"w12_4", ptr %".100", align 4
  %".102" = getelementptr i8, ptr %"keys.15", i64 20
  store i32 %"w16_4", ptr %".102", align 4
  %".104" = zext i8 %"w9_1" to i64
  %".105" = trunc i64 %".104" to i8
  %".106" = getelementptr i8, ptr %"keys.15", i64 9
  store i8 %".105", ptr %".106", align 1
  %".108" = add i64 %"cursor.1", 20
  %".109" = zext i8 %"w0_1" to i64
  %".110" = and i64 %".109", 15
  %".111" = mul i64 %".110", 4
  %".112" = sub i64 %".111", 20
  %".113" = add i64 %".112", 20
  %"end" = add i64 %"cursor.1", %".113"
  %".114" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".115" = zext i16 %".114" to i64
  %".116" = and i64 %".115", 16383
  %".117" = icmp ne i64 %".116", 0
  %".118" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".119" = zext i16 %".118" to i64
  %".120" = and i64 %".119", 8191
  %".121" = icmp eq i64 %".120", 0
  br i1 %".117", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif"
ipv4_d0.fragment:
  %".123" = getelementptr i8, ptr %"keys.15", i64 6
  store i8 1, ptr %".123", align 1
  br i1 %".121", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.fragment.endif:
  %".143" = zext i8 %"w9_1" to i64
  switch i64 %".143", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]
ipv4_d0.first_fragment:
  %".126" = getelementptr i8, ptr %"keys.15", i64 7
  store i8 1, ptr %".126", align 1
  %".128" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags" = load volatile i32, ptr %".128", align 4
  %".129" = and i32 %"flags", 1
  %".130" = icmp ne i32 %".129", 0
  %".131" = xor i1 %".130", -1
  br i1 %".131", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".138" = trunc i64 %"end" to i16
  %".139" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".138", ptr %".139", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".133" = trunc i64 %"end" to i16
  %".134" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".133", ptr %".134", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".145" = trunc i64 %"end" to i16
  %".146" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".145", ptr %".146", align 2
  br label %"return"
ipv4_d0.to_tcp:
  br label %"tcp"
ipv4_d0.to_udp:
  br label %"udp"
ipv4_d0.to_udplite:
  br label %"udplite"
ipv4_d0.to_gre_version:
  br label %"gre_version_d0"
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
  %".158" = trunc i64 34887 to i16
  %".159" = call i16 @"llvm.bswap.i16"(i16 %".158")
  %".160" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".159", ptr %".160", align 2
  %".162" = getelementptr i8, ptr %"keys.15", i64 2
  %".163" = trunc i64 %"end" to i16
  store volatile i16 %".163", ptr %".162", align 2
  %".165" = load volatile i16, ptr %".162", align 2
  %".166" = zext i16 %".165" to i64
  %"cursor.22" = and i64 %".166", 16383
  br label %"mpls_mpls_labels1"
ipv4_d0.to_ipv4:
  %".168" = trunc i64 2048 to i16
  %".169" = call i16 @"llvm.bswap.i16"(i16 %".168")
  %".170" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".169", ptr %".170", align 2
  %".172" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".172", align 1
  %".174" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.1" = load volatile i32, ptr %".174", align 4
  %".175" = and i32 %"flags.1", 4
  %".176" = icmp ne i32 %".175", 0
  br i1 %".176", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".188" = trunc i64 34525 to i16
  %".189" = call i16 @"llvm.bswap.i16"(i16 %".188")
  %".190" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".189", ptr %".190", align 2
  %".192" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".192", align 1
  %".194" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.2" = load volatile i32, ptr %".194", align 4
  %".195" = and i32 %"flags.2", 4
  %".196" = icmp ne i32 %".195", 0
  br i1 %".196", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".279", %"ipv6_d0.to_tcp"], [%"cursor.83", %"ipv4_d1.to_tcp"], [%"cursor.99", %"ipv6_d1.to_tcp"], [%"cursor.111", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"cursor.126", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"cursor.229", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"cursor.243", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"cursor.256", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"cursor.271", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"cursor.334", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"cursor.348", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"cursor.358", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"cursor.370", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"cursor.382", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"cursor.392", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.80", %"ipv4_d1.to_tcp"], [%"data.83", %"ipv6_d1.to_tcp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.80", %"ipv4_d1.to_tcp"], [%"data_end.83", %"ipv6_d1.to_tcp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.80", %"ipv4_d1.to_tcp"], [%"keys.83", %"ipv6_d1.to_tcp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_tcp"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.13"
  %".1127" = getelementptr i8, ptr %"hdr.10", i64 4
  %".1128" = icmp ugt ptr %".1127", %"data_end.16"
  br i1 %".1128", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".1130" = getelementptr i8, ptr %"hdr.10", i64 0
  %".1131" = load i16, ptr %".1130", align 2
  %".1132" = getelementptr i8, ptr %"hdr.10", i64 2
  %".1133" = load i16, ptr %".1132", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".1131", %"tcp.linear"], [%".1152", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1133", %"tcp.linear"], [%".1154", %"tcp.copy_failed.endif"]
  %"data.56" = phi  ptr [%"data.16", %"tcp.linear"], [%"data.55", %"tcp.copy_failed.endif"]
  %"data_end.56" = phi  ptr [%"data_end.16", %"tcp.linear"], [%"data_end.55", %"tcp.copy_failed.endif"]
  %"keys.56" = phi  ptr [%"keys.16", %"tcp.linear"], [%"keys.55", %"tcp.copy_failed.endif"]
  %".1156" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".1157" = zext i16 %".1156" to i64
  %".1158" = trunc i64 %".1157" to i16
  %".1159" = call i16 @"llvm.bswap.i16"(i16 %".1158")
  %".1160" = getelementptr i8, ptr %"keys.56", i64 12
  store i16 %".1159", ptr %".1160", align 2
  %".1162" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".1163" = zext i16 %".1162" to i64
  %".1164" = trunc i64 %".1163" to i16
  %".1165" = call i16 @"llvm.bswap.i16"(i16 %".1164")
  %".1166" = getelementptr i8, ptr %"keys.56", i64 14
  store i16 %".1165", ptr %".1166", align 2
  %".1168" = trunc i64 %"cursor.13" to i16
  %".1169" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".1168", ptr %".1169", align 2
  br label %"return"
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".279", %"ipv6_d0.to_udp"], [%"cursor.84", %"ipv4_d1.to_udp"], [%"cursor.100", %"ipv6_d1.to_udp"], [%"cursor.112", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"cursor.127", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"cursor.230", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"cursor.244", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"cursor.257", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"cursor.272", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"cursor.335", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"cursor.349", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"cursor.359", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"cursor.371", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"cursor.383", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"cursor.393", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.80", %"ipv4_d1.to_udp"], [%"data.83", %"ipv6_d1.to_udp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.80", %"ipv4_d1.to_udp"], [%"data_end.83", %"ipv6_d1.to_udp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.80", %"ipv4_d1.to_udp"], [%"keys.83", %"ipv6_d1.to_udp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_udp"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.14"
  %".1172" = getelementptr i8, ptr %"hdr.11", i64 4
  %".1173" = icmp ugt ptr %".1172", %"data_end.17"
  br i1 %".1173", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".1175" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1176" = load i16, ptr %".1175", align 2
  %".1177" = getelementptr i8, ptr %"hdr.11", i64 2
  %".1178" = load i16, ptr %".1177", align 2
  br label %"udp.header"
udp.header:
  %"w0_2.1" = phi  i16 [%".1176", %"udp.linear"], [%".1197", %"udp.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1178", %"udp.linear"], [%".1199", %"udp.copy_failed.endif"]
  %"data.58" = phi  ptr [%"data.17", %"udp.linear"], [%"data.57", %"udp.copy_failed.endif"]
  %"data_end.58" = phi  ptr [%"data_end.17", %"udp.linear"], [%"data_end.57", %"udp.copy_failed.endif"]
  %"keys.58" = phi  ptr [%"keys.17", %"udp.linear"], [%"keys.57", %"udp.copy_failed.endif"]
  %".1201" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".1202" = zext i16 %".1201" to i64
  %".1203" = trunc i64 %".1202" to i16
  %".1204" = call i16 @"llvm.bswap.i16"(i16 %".1203")
  %".1205" = getelementptr i8, ptr %"keys.58", i64 12
  store i16 %".1204", ptr %".1205", align 2
  %".1207" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1208" = zext i16 %".1207" to i64
  %".1209" = trunc i64 %".1208" to i16
  %".1210" = call i16 @"llvm.bswap.i16"(i16 %".1209")
  %".1211" = getelementptr i8, ptr %"keys.58", i64 14
  store i16 %".1210", ptr %".1211", align 2
  %".1213" = add i64 %"cursor.14", 4
  %".1214" = add i64 4, 4
  %".1215" = getelementptr i8, ptr %"data.58", i64 %"cursor.14"
  %".1216" = getelementptr i8, ptr %".1215", i64 %".1214"
  %".1217" = icmp ugt ptr %".1216", %"data_end.58"
  br i1 %".1217", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.60" = phi  ptr [%"data.58", %"udp.header"], [%"data.59", %"udp.copy_last_byte_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.58", %"udp.header"], [%"data_end.59", %"udp.copy_last_byte_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.58", %"udp.header"], [%"keys.59", %"udp.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.14", %".1214"
  %".1238" = trunc i64 %"cursor.14" to i16
  %".1239" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1238", ptr %".1239", align 2
  br label %"return"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".279", %"ipv6_d0.to_udplite"], [%"cursor.85", %"ipv4_d1.to_udplite"], [%"cursor.101", %"ipv6_d1.to_udplite"], [%"cursor.113", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"cursor.128", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"cursor.231", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"cursor.245", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"cursor.258", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"cursor.273", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"cursor.336", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"cursor.350", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"cursor.360", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"cursor.372", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"cursor.384", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"cursor.394", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.80", %"ipv4_d1.to_udplite"], [%"data.83", %"ipv6_d1.to_udplite"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.80", %"ipv4_d1.to_udplite"], [%"data_end.83", %"ipv6_d1.to_udplite"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.80", %"ipv4_d1.to_udplite"], [%"keys.83", %"ipv6_d1.to_udplite"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_udplite"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.15"
  %".1242" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1243" = icmp ugt ptr %".1242", %"data_end.18"
  br i1 %".1243", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1245" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1246" = load i16, ptr %".1245", align 2
  %".1247" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1248" = load i16, ptr %".1247", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1246", %"udplite.linear"], [%".1267", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1248", %"udplite.linear"], [%".1269", %"udplite.copy_failed.endif"]
  %"data.62" = phi  ptr [%"data.18", %"udplite.linear"], [%"data.61", %"udplite.copy_failed.endif"]
  %"data_end.62" = phi  ptr [%"data_end.18", %"udplite.linear"], [%"data_end.61", %"udplite.copy_failed.endif"]
  %"keys.62" = phi  ptr [%"keys.18", %"udplite.linear"], [%"keys.61", %"udplite.copy_failed.endif"]
  %".1271" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1272" = zext i16 %".1271" to i64
  %".1273" = trunc i64 %".1272" to i16
  %".1274" = call i16 @"llvm.bswap.i16"(i16 %".1273")
  %".1275" = getelementptr i8, ptr %"keys.62", i64 12
  store i16 %".1274", ptr %".1275", align 2
  %".1277" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1278" = zext i16 %".1277" to i64
  %".1279" = trunc i64 %".1278" to i16
  %".1280" = call i16 @"llvm.bswap.i16"(i16 %".1279")
  %".1281" = getelementptr i8, ptr %"keys.62", i64 14
  store i16 %".1280", ptr %".1281", align 2
  %".1283" = add i64 %"cursor.15", 4
  %".1284" = add i64 4, 4
  %".1285" = getelementptr i8, ptr %"data.62", i64 %"cursor.15"
  %".1286" = getelementptr i8, ptr %".1285", i64 %".1284"
  %".1287" = icmp ugt ptr %".1286", %"data_end.62"
  br i1 %".1287", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.64" = phi  ptr [%"data.62", %"udplite.header"], [%"data.63", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.64" = phi  ptr [%"data_end.62", %"udplite.header"], [%"data_end.63", %"udplite.copy_last_byte_failed.endif"]
  %"keys.64" = phi  ptr [%"keys.62", %"udplite.header"], [%"keys.63", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.15", %".1284"
  %".1308" = trunc i64 %"cursor.15" to i16
  %".1309" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1308", ptr %".1309", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".279", %"ipv6_d0.to_gre_version"], [%"cursor.114", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"cursor.129", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"cursor.259", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"cursor.274", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"cursor.361", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"cursor.373", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.16"
  %".1312" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1313" = icmp ugt ptr %".1312", %"data_end.19"
  br i1 %".1313", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1315" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1316" = load i8, ptr %".1315", align 1
  %".1317" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1318" = load i8, ptr %".1317", align 1
  %".1319" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1320" = load i16, ptr %".1319", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1316", %"gre_version_d0.linear"], [%".1339", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1318", %"gre_version_d0.linear"], [%".1341", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1320", %"gre_version_d0.linear"], [%".1343", %"gre_version_d0.copy_failed.endif"]
  %"data.66" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.65", %"gre_version_d0.copy_failed.endif"]
  %"data_end.66" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.65", %"gre_version_d0.copy_failed.endif"]
  %"keys.66" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.65", %"gre_version_d0.copy_failed.endif"]
  %".1345" = zext i8 %"w0_1.3" to i64
  %".1346" = lshr i64 %".1345", 6
  %".1347" = and i64 %".1346", 1
  %".1348" = icmp ne i64 %".1347", 0
  %".1349" = zext i8 %"w1_1.2" to i64
  %".1350" = and i64 %".1349", 7
  %".1351" = icmp ugt i64 %".1350", 1
  %".1352" = or i1 %".1348", %".1351"
  br i1 %".1352", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".279", %"ipv6_d0.to_sctp"], [%"cursor.88", %"ipv4_d1.to_sctp"], [%"cursor.103", %"ipv6_d1.to_sctp"], [%"cursor.115", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"cursor.130", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"cursor.233", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"cursor.247", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"cursor.260", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"cursor.275", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"cursor.338", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"cursor.352", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"cursor.362", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"cursor.374", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"cursor.386", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"cursor.396", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.80", %"ipv4_d1.to_sctp"], [%"data.83", %"ipv6_d1.to_sctp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.80", %"ipv4_d1.to_sctp"], [%"data_end.83", %"ipv6_d1.to_sctp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.80", %"ipv4_d1.to_sctp"], [%"keys.83", %"ipv6_d1.to_sctp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_sctp"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.17"
  %".1373" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1374" = icmp ugt ptr %".1373", %"data_end.20"
  br i1 %".1374", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1376" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1377" = load i16, ptr %".1376", align 2
  %".1378" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1379" = load i16, ptr %".1378", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1377", %"sctp.linear"], [%".1398", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1379", %"sctp.linear"], [%".1400", %"sctp.copy_failed.endif"]
  %"data.70" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.69", %"sctp.copy_failed.endif"]
  %"data_end.70" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.69", %"sctp.copy_failed.endif"]
  %"keys.70" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.69", %"sctp.copy_failed.endif"]
  %".1402" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1403" = zext i16 %".1402" to i64
  %".1404" = trunc i64 %".1403" to i16
  %".1405" = call i16 @"llvm.bswap.i16"(i16 %".1404")
  %".1406" = getelementptr i8, ptr %"keys.70", i64 12
  store i16 %".1405", ptr %".1406", align 2
  %".1408" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1409" = zext i16 %".1408" to i64
  %".1410" = trunc i64 %".1409" to i16
  %".1411" = call i16 @"llvm.bswap.i16"(i16 %".1410")
  %".1412" = getelementptr i8, ptr %"keys.70", i64 14
  store i16 %".1411", ptr %".1412", align 2
  %".1414" = add i64 %"cursor.17", 4
  %".1415" = trunc i64 %"cursor.17" to i16
  %".1416" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1415", ptr %".1416", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".279", %"ipv6_d0.to_dccp"], [%"cursor.89", %"ipv4_d1.to_dccp"], [%"cursor.104", %"ipv6_d1.to_dccp"], [%"cursor.116", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"cursor.131", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"cursor.234", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"cursor.248", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"cursor.261", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"cursor.276", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"cursor.339", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"cursor.353", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"cursor.363", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"cursor.375", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"cursor.387", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"cursor.397", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.80", %"ipv4_d1.to_dccp"], [%"data.83", %"ipv6_d1.to_dccp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.80", %"ipv4_d1.to_dccp"], [%"data_end.83", %"ipv6_d1.to_dccp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.80", %"ipv4_d1.to_dccp"], [%"keys.83", %"ipv6_d1.to_dccp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_dccp"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1419" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1420" = icmp ugt ptr %".1419", %"data_end.21"
  br i1 %".1420", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1422" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1423" = load i16, ptr %".1422", align 2
  %".1424" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1425" = load i16, ptr %".1424", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1423", %"dccp.linear"], [%".1444", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1425", %"dccp.linear"], [%".1446", %"dccp.copy_failed.endif"]
  %"data.72" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.71", %"dccp.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.71", %"dccp.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.71", %"dccp.copy_failed.endif"]
  %".1448" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1449" = zext i16 %".1448" to i64
  %".1450" = trunc i64 %".1449" to i16
  %".1451" = call i16 @"llvm.bswap.i16"(i16 %".1450")
  %".1452" = getelementptr i8, ptr %"keys.72", i64 12
  store i16 %".1451", ptr %".1452", align 2
  %".1454" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1455" = zext i16 %".1454" to i64
  %".1456" = trunc i64 %".1455" to i16
  %".1457" = call i16 @"llvm.bswap.i16"(i16 %".1456")
  %".1458" = getelementptr i8, ptr %"keys.72", i64 14
  store i16 %".1457", ptr %".1458", align 2
  %".1460" = add i64 %"cursor.18", 4
  %".1461" = trunc i64 %"cursor.18" to i16
  %".1462" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1461", ptr %".1462", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".279", %"ipv6_d0.to_esp"], [%"cursor.90", %"ipv4_d1.to_esp"], [%"cursor.105", %"ipv6_d1.to_esp"], [%"cursor.117", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"cursor.132", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"cursor.235", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"cursor.249", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"cursor.262", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"cursor.277", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"cursor.340", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"cursor.354", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"cursor.364", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"cursor.376", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"cursor.388", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"cursor.398", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.80", %"ipv4_d1.to_esp"], [%"data.83", %"ipv6_d1.to_esp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.80", %"ipv4_d1.to_esp"], [%"data_end.83", %"ipv6_d1.to_esp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.80", %"ipv4_d1.to_esp"], [%"keys.83", %"ipv6_d1.to_esp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_esp"]
  %"hdr.16" = getelementptr i8, ptr %"data.22", i64 %"cursor.19"
  %".1465" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1466" = icmp ugt ptr %".1465", %"data_end.22"
  br i1 %".1466", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1468" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1469" = load i32, ptr %".1468", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1469", %"esp.linear"], [%".1488", %"esp.copy_failed.endif"]
  %"data.74" = phi  ptr [%"data.22", %"esp.linear"], [%"data.73", %"esp.copy_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.73", %"esp.copy_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.73", %"esp.copy_failed.endif"]
  %".1490" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1491" = zext i32 %".1490" to i64
  %".1492" = lshr i64 %".1491", 16
  %".1493" = trunc i64 %".1492" to i16
  %".1494" = call i16 @"llvm.bswap.i16"(i16 %".1493")
  %".1495" = getelementptr i8, ptr %"keys.74", i64 12
  store i16 %".1494", ptr %".1495", align 2
  %".1497" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1498" = zext i32 %".1497" to i64
  %".1499" = and i64 %".1498", 65535
  %".1500" = trunc i64 %".1499" to i16
  %".1501" = call i16 @"llvm.bswap.i16"(i16 %".1500")
  %".1502" = getelementptr i8, ptr %"keys.74", i64 14
  store i16 %".1501", ptr %".1502", align 2
  %".1504" = add i64 %"cursor.19", 4
  %".1505" = trunc i64 %"cursor.19" to i16
  %".1506" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1505", ptr %".1506", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".279", %"ipv6_d0.to_ah"], [%"cursor.91", %"ipv4_d1.to_ah"], [%"cursor.106", %"ipv6_d1.to_ah"], [%"cursor.118", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"cursor.133", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"cursor.236", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"cursor.250", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"cursor.263", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"cursor.278", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"cursor.341", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"cursor.355", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"cursor.365", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"cursor.377", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"cursor.389", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"cursor.399", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.80", %"ipv4_d1.to_ah"], [%"data.83", %"ipv6_d1.to_ah"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.80", %"ipv4_d1.to_ah"], [%"data_end.83", %"ipv6_d1.to_ah"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.80", %"ipv4_d1.to_ah"], [%"keys.83", %"ipv6_d1.to_ah"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_ah"]
  %"hdr.17" = getelementptr i8, ptr %"data.23", i64 %"cursor.20"
  %".1509" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1510" = icmp ugt ptr %".1509", %"data_end.23"
  br i1 %".1510", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1512" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1513" = load i32, ptr %".1512", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1513", %"ah.linear"], [%".1532", %"ah.copy_failed.endif"]
  %"data.76" = phi  ptr [%"data.23", %"ah.linear"], [%"data.75", %"ah.copy_failed.endif"]
  %"data_end.76" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.75", %"ah.copy_failed.endif"]
  %"keys.76" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.75", %"ah.copy_failed.endif"]
  %".1534" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1535" = zext i32 %".1534" to i64
  %".1536" = lshr i64 %".1535", 16
  %".1537" = trunc i64 %".1536" to i16
  %".1538" = call i16 @"llvm.bswap.i16"(i16 %".1537")
  %".1539" = getelementptr i8, ptr %"keys.76", i64 12
  store i16 %".1538", ptr %".1539", align 2
  %".1541" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1542" = zext i32 %".1541" to i64
  %".1543" = and i64 %".1542", 65535
  %".1544" = trunc i64 %".1543" to i16
  %".1545" = call i16 @"llvm.bswap.i16"(i16 %".1544")
  %".1546" = getelementptr i8, ptr %"keys.76", i64 14
  store i16 %".1545", ptr %".1546", align 2
  %".1548" = add i64 %"cursor.20", 8
  %".1549" = trunc i64 %"cursor.20" to i16
  %".1550" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1549", ptr %".1550", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.3", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.80", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.80", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.80", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.24", i64 %"cursor.21"
  %".1553" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1554" = icmp ugt ptr %".1553", %"data_end.24"
  br i1 %".1554", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.78" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.77", %"icmp.copy_failed.endif"]
  %"data_end.78" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.77", %"icmp.copy_failed.endif"]
  %"keys.78" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.77", %"icmp.copy_failed.endif"]
  %".1574" = add i64 %"cursor.21", 4
  %".1575" = trunc i64 %"cursor.21" to i16
  %".1576" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1575", ptr %".1576", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".178" = trunc i64 %"end" to i16
  %".179" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".178", ptr %".179", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".182" = getelementptr i8, ptr %"keys.15", i64 2
  %".183" = trunc i64 %"end" to i16
  store volatile i16 %".183", ptr %".182", align 2
  %".185" = load volatile i16, ptr %".182", align 2
  %".186" = zext i16 %".185" to i64
  %"cursor.24" = and i64 %".186", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.23" = phi  i64 [%"cursor.24", %"ipv4_d0.stop_at_encap.endif"], [%"cursor.32", %"ipv6_d0.stop_at_encap.endif"], [%"cursor.61", %"batadv_d0.stop_at_encap.endif"], [%"cursor.121", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.136", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.162", %"vlan_d1_vlan_tags1.to_ipv4"], [%"cursor.180", %"pppoe_d1.to_ipv4"], [%"cursor.184", %"hsr_d1_vlan_tags1.to_ipv4"], [%"cursor.200", %"gre_d0.to_ipv4"], [%"cursor.266", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.281", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"cursor.283", %"vlan_d1_vlan_tags2.to_ipv4"], [%"cursor.295", %"hsr_d1_vlan_tags2.to_ipv4"], [%"cursor.307", %"ethernet_d1.to_ipv4"], [%"cursor.323", %"ppp_d0.stop_at_encap.endif"], [%"cursor.368", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"cursor.380", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.50", %"batadv_d0.stop_at_encap.endif"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.103", %"pppoe_d1.to_ipv4"], [%"data.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.111", %"gre_d0.to_ipv4"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.135", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.137", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.139", %"ethernet_d1.to_ipv4"], [%"data.141", %"ppp_d0.stop_at_encap.endif"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.103", %"pppoe_d1.to_ipv4"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.111", %"gre_d0.to_ipv4"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.139", %"ethernet_d1.to_ipv4"], [%"data_end.141", %"ppp_d0.stop_at_encap.endif"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.50", %"batadv_d0.stop_at_encap.endif"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.103", %"pppoe_d1.to_ipv4"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.111", %"gre_d0.to_ipv4"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.135", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.137", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.139", %"ethernet_d1.to_ipv4"], [%"keys.141", %"ppp_d0.stop_at_encap.endif"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"]
  %"hdr.19" = getelementptr i8, ptr %"data.25", i64 %"cursor.23"
  %".1579" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1580" = icmp ugt ptr %".1579", %"data_end.25"
  br i1 %".1580", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1582" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1583" = load i8, ptr %".1582", align 1
  %".1584" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1585" = load i16, ptr %".1584", align 2
  %".1586" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1587" = load i8, ptr %".1586", align 1
  %".1588" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1589" = load i32, ptr %".1588", align 4
  %".1590" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1591" = load i32, ptr %".1590", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1583", %"ipv4_d1.linear"], [%".1610", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1585", %"ipv4_d1.linear"], [%".1612", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1587", %"ipv4_d1.linear"], [%".1614", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1589", %"ipv4_d1.linear"], [%".1616", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1591", %"ipv4_d1.linear"], [%".1618", %"ipv4_d1.copy_failed.endif"]
  %"data.80" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.79", %"ipv4_d1.copy_failed.endif"]
  %"data_end.80" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.79", %"ipv4_d1.copy_failed.endif"]
  %"keys.80" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.79", %"ipv4_d1.copy_failed.endif"]
  %".1620" = zext i8 %"w0_1.4" to i64
  %".1621" = and i64 %".1620", 15
  %".1622" = icmp uge i64 %".1621", 5
  %".1623" = xor i1 %".1622", -1
  br i1 %".1623", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".198" = trunc i64 %"end" to i16
  %".199" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".198", ptr %".199", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".202" = getelementptr i8, ptr %"keys.15", i64 2
  %".203" = trunc i64 %"end" to i16
  store volatile i16 %".203", ptr %".202", align 2
  %".205" = load volatile i16, ptr %".202", align 2
  %".206" = zext i16 %".205" to i64
  %"cursor.26" = and i64 %".206", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.25" = phi  i64 [%"cursor.26", %"ipv4_d0.stop_at_encap.endif.1"], [%"cursor.33", %"ipv6_d0.stop_at_encap.endif.1"], [%"cursor.62", %"batadv_d0.stop_at_encap.endif.1"], [%"cursor.122", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.137", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.163", %"vlan_d1_vlan_tags1.to_ipv6"], [%"cursor.181", %"pppoe_d1.to_ipv6"], [%"cursor.185", %"hsr_d1_vlan_tags1.to_ipv6"], [%"cursor.201", %"gre_d0.to_ipv6"], [%"cursor.267", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.282", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"cursor.284", %"vlan_d1_vlan_tags2.to_ipv6"], [%"cursor.296", %"hsr_d1_vlan_tags2.to_ipv6"], [%"cursor.308", %"ethernet_d1.to_ipv6"], [%"cursor.324", %"ppp_d0.stop_at_encap.endif.1"], [%"cursor.369", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"cursor.381", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.1"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.103", %"pppoe_d1.to_ipv6"], [%"data.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.111", %"gre_d0.to_ipv6"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.135", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.137", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.139", %"ethernet_d1.to_ipv6"], [%"data.141", %"ppp_d0.stop_at_encap.endif.1"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.103", %"pppoe_d1.to_ipv6"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.111", %"gre_d0.to_ipv6"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.139", %"ethernet_d1.to_ipv6"], [%"data_end.141", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.103", %"pppoe_d1.to_ipv6"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.111", %"gre_d0.to_ipv6"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.135", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.137", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.139", %"ethernet_d1.to_ipv6"], [%"keys.141", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"]
  %"hdr.20" = getelementptr i8, ptr %"data.26", i64 %"cursor.25"
  %".1780" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1781" = icmp ugt ptr %".1780", %"data_end.26"
  br i1 %".1781", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1783" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1784" = load i32, ptr %".1783", align 4
  %".1785" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1786" = load i8, ptr %".1785", align 1
  %".1787" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1788" = load i64, ptr %".1787", align 8
  %".1789" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1790" = load i64, ptr %".1789", align 8
  %".1791" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1792" = load i64, ptr %".1791", align 8
  %".1793" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1794" = load i64, ptr %".1793", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1784", %"ipv6_d1.linear"], [%".1813", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1786", %"ipv6_d1.linear"], [%".1815", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1788", %"ipv6_d1.linear"], [%".1817", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1790", %"ipv6_d1.linear"], [%".1819", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1792", %"ipv6_d1.linear"], [%".1821", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1794", %"ipv6_d1.linear"], [%".1823", %"ipv6_d1.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.82", %"ipv6_d1.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.82", %"ipv6_d1.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.82", %"ipv6_d1.copy_failed.endif"]
  %".1825" = trunc i64 34525 to i16
  %".1826" = getelementptr i8, ptr %"keys.83", i64 4
  store i16 %".1825", ptr %".1826", align 2
  %".1828" = trunc i64 34525 to i16
  %".1829" = call i16 @"llvm.bswap.i16"(i16 %".1828")
  %".1830" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1829", ptr %".1830", align 2
  %".1832" = getelementptr i8, ptr %"keys.83", i64 16
  store i64 %"w8_8.1", ptr %".1832", align 8
  %".1834" = getelementptr i8, ptr %"keys.83", i64 24
  store i64 %"w16_8.1", ptr %".1834", align 8
  %".1836" = getelementptr i8, ptr %"keys.83", i64 32
  store i64 %"w24_8.1", ptr %".1836", align 8
  %".1838" = getelementptr i8, ptr %"keys.83", i64 40
  store i64 %"w32_8.1", ptr %".1838", align 8
  %".1840" = zext i8 %"w6_1.1" to i64
  %".1841" = trunc i64 %".1840" to i8
  %".1842" = getelementptr i8, ptr %"keys.83", i64 9
  store i8 %".1841", ptr %".1842", align 1
  %".1844" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1845" = zext i32 %".1844" to i64
  %".1846" = and i64 %".1845", 1048575
  %".1847" = trunc i64 %".1846" to i32
  %".1848" = call i32 @"llvm.bswap.i32"(i32 %".1847")
  %".1849" = getelementptr i8, ptr %"keys.83", i64 52
  store i32 %".1848", ptr %".1849", align 4
  %".1851" = add i64 %"cursor.25", 40
  %".1852" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1853" = zext i32 %".1852" to i64
  %".1854" = and i64 %".1853", 1048575
  %".1855" = icmp ne i64 %".1854", 0
  %".1856" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.25" = load volatile i32, ptr %".1856", align 4
  %".1857" = and i32 %"flags.25", 2
  %".1858" = icmp ne i32 %".1857", 0
  %".1859" = and i1 %".1855", %".1858"
  br i1 %".1859", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".224" = trunc i64 %"cursor.2" to i32
  %".225" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".224", [40 x i8]* %"header_copy", i32 40)
  %".226" = icmp eq i64 %".225", 0
  %".227" = getelementptr i8, ptr %"ctx.2", i64 76
  %".228" = load i32, ptr %".227", align 4
  %".229" = zext i32 %".228" to i64
  %"data.27" = inttoptr i64 %".229" to ptr
  %".230" = getelementptr i8, ptr %"ctx.2", i64 80
  %".231" = load i32, ptr %".230", align 4
  %".232" = zext i32 %".231" to i64
  %"data_end.27" = inttoptr i64 %".232" to ptr
  %".233" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.27" = load ptr, ptr %".233", align 8
  %".234" = xor i1 %".226", -1
  br i1 %".234", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".236" = trunc i64 %"cursor.2" to i16
  %".237" = getelementptr i8, ptr %"keys.27", i64 2
  store i16 %".236", ptr %".237", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".240" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".241" = load volatile i32, [40 x i8]* %".240", align 4
  %".242" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".243" = load volatile i8, [40 x i8]* %".242", align 1
  %".244" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".245" = load volatile i64, [40 x i8]* %".244", align 8
  %".246" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".247" = load volatile i64, [40 x i8]* %".246", align 8
  %".248" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".249" = load volatile i64, [40 x i8]* %".248", align 8
  %".250" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".251" = load volatile i64, [40 x i8]* %".250", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".289" = trunc i64 %".279" to i16
  %".290" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".289", ptr %".290", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".293" = zext i8 %"w6_1" to i64
  switch i64 %".293", label %"ipv6_d0.unknown" [i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]
ipv6_d0.unknown:
  %".295" = trunc i64 %".279" to i16
  %".296" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".295", ptr %".296", align 2
  br label %"return"
ipv6_d0.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.2:
  %".301" = getelementptr i8, ptr %"keys.28", i64 2
  %".302" = trunc i64 %".279" to i16
  store volatile i16 %".302", ptr %".301", align 2
  %".304" = load volatile i16, ptr %".301", align 2
  %".305" = zext i16 %".304" to i64
  %"cursor.28" = and i64 %".305", 16383
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext1"
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.to_udp:
  br label %"udp"
ipv6_d0.to_udplite:
  br label %"udplite"
ipv6_d0.to_gre_version:
  br label %"gre_version_d0"
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
  %".317" = trunc i64 34887 to i16
  %".318" = call i16 @"llvm.bswap.i16"(i16 %".317")
  %".319" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".318", ptr %".319", align 2
  %".321" = getelementptr i8, ptr %"keys.28", i64 2
  %".322" = trunc i64 %".279" to i16
  store volatile i16 %".322", ptr %".321", align 2
  %".324" = load volatile i16, ptr %".321", align 2
  %".325" = zext i16 %".324" to i64
  %"cursor.31" = and i64 %".325", 16383
  br label %"mpls_mpls_labels1"
ipv6_d0.to_ipv4:
  %".327" = trunc i64 2048 to i16
  %".328" = call i16 @"llvm.bswap.i16"(i16 %".327")
  %".329" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".328", ptr %".329", align 2
  %".331" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".331", align 1
  %".333" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.4" = load volatile i32, ptr %".333", align 4
  %".334" = and i32 %"flags.4", 4
  %".335" = icmp ne i32 %".334", 0
  br i1 %".335", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".347" = trunc i64 34525 to i16
  %".348" = call i16 @"llvm.bswap.i16"(i16 %".347")
  %".349" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".348", ptr %".349", align 2
  %".351" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".351", align 1
  %".353" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.5" = load volatile i32, ptr %".353", align 4
  %".354" = and i32 %"flags.5", 4
  %".355" = icmp ne i32 %".354", 0
  br i1 %".355", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.27" = phi  i64 [%".279", %"ipv6_d0.to_ipv6_opts"], [%".279", %"ipv6_d0.to_ipv6_opts.1"], [%"cursor.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.29" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_opts"], [%"data.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_opts"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.29" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_opts"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.29", i64 %"cursor.27"
  %".1990" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1991" = icmp ugt ptr %".1990", %"data_end.29"
  br i1 %".1991", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1993" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1994" = load i8, ptr %".1993", align 1
  %".1995" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1996" = load i8, ptr %".1995", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1994", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".2015", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1996", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".2017", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".2019" = zext i8 %"w0_1.5" to i64
  %".2020" = trunc i64 %".2019" to i8
  %".2021" = getelementptr i8, ptr %"keys.87", i64 9
  store i8 %".2020", ptr %".2021", align 1
  %".2023" = add i64 %"cursor.27", 2
  %".2024" = zext i8 %"w1_1.3" to i64
  %".2025" = mul i64 %".2024", 8
  %".2026" = add i64 %".2025", 6
  %".2027" = add i64 %".2026", 2
  %"end.4" = add i64 %"cursor.27", %".2027"
  %".2028" = zext i8 %"w0_1.5" to i64
  switch i64 %".2028", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.29" = phi  i64 [%".279", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.29"
  %".2147" = getelementptr i8, ptr %"hdr.22", i64 8
  %".2148" = icmp ugt ptr %".2147", %"data_end.30"
  br i1 %".2148", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".2150" = getelementptr i8, ptr %"hdr.22", i64 0
  %".2151" = load i8, ptr %".2150", align 1
  %".2152" = getelementptr i8, ptr %"hdr.22", i64 2
  %".2153" = load i16, ptr %".2152", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".2151", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2172", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".2153", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".2174", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".2176" = zext i8 %"w0_1.6" to i64
  %".2177" = trunc i64 %".2176" to i8
  %".2178" = getelementptr i8, ptr %"keys.91", i64 9
  store i8 %".2177", ptr %".2178", align 1
  %".2180" = add i64 %"cursor.29", 8
  %".2181" = icmp ne i64 1, 0
  %".2182" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".2183" = zext i16 %".2182" to i64
  %".2184" = and i64 %".2183", 65528
  %".2185" = icmp eq i64 %".2184", 0
  br i1 %".2181", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.30" = phi  i64 [%".279", %"ipv6_d0.to_icmpv6"], [%".1851", %"ipv6_d1.to_icmpv6"], [%"cursor.119", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"cursor.134", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"cursor.237", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"cursor.251", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"cursor.264", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"cursor.279", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"cursor.342", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"cursor.356", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"cursor.366", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"cursor.378", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"cursor.390", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"cursor.400", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.83", %"ipv6_d1.to_icmpv6"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.83", %"ipv6_d1.to_icmpv6"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.83", %"ipv6_d1.to_icmpv6"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.30"
  %".2336" = getelementptr i8, ptr %"hdr.23", i64 4
  %".2337" = icmp ugt ptr %".2336", %"data_end.31"
  br i1 %".2337", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.93" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.92", %"icmpv6.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.92", %"icmpv6.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.92", %"icmpv6.copy_failed.endif"]
  %".2357" = add i64 %"cursor.30", 4
  %".2358" = trunc i64 %"cursor.30" to i16
  %".2359" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2358", ptr %".2359", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".337" = trunc i64 %".279" to i16
  %".338" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".337", ptr %".338", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".341" = getelementptr i8, ptr %"keys.28", i64 2
  %".342" = trunc i64 %".279" to i16
  store volatile i16 %".342", ptr %".341", align 2
  %".344" = load volatile i16, ptr %".341", align 2
  %".345" = zext i16 %".344" to i64
  %"cursor.32" = and i64 %".345", 16383
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".357" = trunc i64 %".279" to i16
  %".358" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".357", ptr %".358", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".361" = getelementptr i8, ptr %"keys.28", i64 2
  %".362" = trunc i64 %".279" to i16
  store volatile i16 %".362", ptr %".361", align 2
  %".364" = load volatile i16, ptr %".361", align 2
  %".365" = zext i16 %".364" to i64
  %"cursor.33" = and i64 %".365", 16383
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".373" = trunc i64 %"cursor.3" to i32
  %".374" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".373", [40 x i8]* %"header_copy", i32 4)
  %".375" = icmp eq i64 %".374", 0
  %".376" = getelementptr i8, ptr %"ctx.3", i64 76
  %".377" = load i32, ptr %".376", align 4
  %".378" = zext i32 %".377" to i64
  %"data.32" = inttoptr i64 %".378" to ptr
  %".379" = getelementptr i8, ptr %"ctx.3", i64 80
  %".380" = load i32, ptr %".379", align 4
  %".381" = zext i32 %".380" to i64
  %"data_end.32" = inttoptr i64 %".381" to ptr
  %".382" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.32" = load ptr, ptr %".382", align 8
  %".383" = xor i1 %".375", -1
  br i1 %".383", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".385" = trunc i64 %"cursor.3" to i16
  %".386" = getelementptr i8, ptr %"keys.32", i64 2
  store i16 %".385", ptr %".386", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".389" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".390" = load volatile i16, [40 x i8]* %".389", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".405" = trunc i64 %".398" to i16
  %".406" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".405", ptr %".406", align 2
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
  %".413" = getelementptr i8, ptr %"keys.33", i64 2
  %".414" = trunc i64 %".398" to i16
  store volatile i16 %".414", ptr %".413", align 2
  %".416" = load volatile i16, ptr %".413", align 2
  %".417" = zext i16 %".416" to i64
  %"cursor.35" = and i64 %".417", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_mpls.1:
  %".419" = getelementptr i8, ptr %"keys.33", i64 2
  %".420" = trunc i64 %".398" to i16
  store volatile i16 %".420", ptr %".419", align 2
  %".422" = load volatile i16, ptr %".419", align 2
  %".423" = zext i16 %".422" to i64
  %"cursor.36" = and i64 %".423", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_pppoe:
  br label %"pppoe_d0"
vlan_d0_vlan_tags1.to_arp:
  %".426" = getelementptr i8, ptr %"keys.33", i64 2
  %".427" = trunc i64 %".398" to i16
  store volatile i16 %".427", ptr %".426", align 2
  %".429" = load volatile i16, ptr %".426", align 2
  %".430" = zext i16 %".429" to i64
  %"cursor.37" = and i64 %".430", 16383
  br label %"arp"
vlan_d0_vlan_tags1.to_arp.1:
  %".432" = getelementptr i8, ptr %"keys.33", i64 2
  %".433" = trunc i64 %".398" to i16
  store volatile i16 %".433", ptr %".432", align 2
  %".435" = load volatile i16, ptr %".432", align 2
  %".436" = zext i16 %".435" to i64
  %"cursor.38" = and i64 %".436", 16383
  br label %"arp"
vlan_d0_vlan_tags1.to_ptp:
  br label %"ptp"
vlan_d0_vlan_tags1.to_cfm:
  br label %"cfm"
vlan_d0_vlan_tags1.to_tipc:
  br label %"tipc"
vlan_d0_vlan_tags1.to_fcoe:
  br label %"fcoe"
vlan_d0_vlan_tags1.to_hsr:
  br label %"hsr_d0_vlan_tags2"
vlan_d0_vlan_tags1.to_hsr.1:
  br label %"hsr_d0_vlan_tags2"
vlan_d0_vlan_tags1.to_batadv:
  br label %"batadv_d0"
vlan_d0_vlan_tags2:
  %"cursor.34" = phi  i64 [%".398", %"vlan_d0_vlan_tags1.to_vlan"], [%".398", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"cursor.47", %"hsr_d0_vlan_tags1.to_vlan"], [%"cursor.48", %"hsr_d0_vlan_tags1.to_vlan.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.34"
  %".2362" = getelementptr i8, ptr %"hdr.24", i64 4
  %".2363" = icmp ugt ptr %".2362", %"data_end.34"
  br i1 %".2363", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".2365" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2366" = load i16, ptr %".2365", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".2366", %"vlan_d0_vlan_tags2.linear"], [%".2385", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".2387" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2388" = zext i16 %".2387" to i64
  %".2389" = trunc i64 %".2388" to i16
  %".2390" = call i16 @"llvm.bswap.i16"(i16 %".2389")
  %".2391" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".2390", ptr %".2391", align 2
  %".2393" = add i64 %"cursor.34", 4
  %".2394" = trunc i64 %".2393" to i16
  %".2395" = getelementptr i8, ptr %"keys.95", i64 0
  store i16 %".2394", ptr %".2395", align 2
  %".2397" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2398" = zext i16 %".2397" to i64
  switch i64 %".2398", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]
hsr_d0_vlan_tags2:
  %"cursor.39" = phi  i64 [%".398", %"vlan_d0_vlan_tags1.to_hsr"], [%".398", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"cursor.58", %"hsr_d0_vlan_tags1.to_hsr"], [%"cursor.59", %"hsr_d0_vlan_tags1.to_hsr.1"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr.1"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr.1"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr.1"]
  %"hdr.25" = getelementptr i8, ptr %"data.35", i64 %"cursor.39"
  %".2492" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2493" = icmp ugt ptr %".2492", %"data_end.35"
  br i1 %".2493", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".2495" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2496" = load i16, ptr %".2495", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".2496", %"hsr_d0_vlan_tags2.linear"], [%".2515", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.35", %"hsr_d0_vlan_tags2.linear"], [%"data.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.35", %"hsr_d0_vlan_tags2.linear"], [%"data_end.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.35", %"hsr_d0_vlan_tags2.linear"], [%"keys.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".2517" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2518" = zext i16 %".2517" to i64
  %".2519" = trunc i64 %".2518" to i16
  %".2520" = call i16 @"llvm.bswap.i16"(i16 %".2519")
  %".2521" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".2520", ptr %".2521", align 2
  %".2523" = add i64 %"cursor.39", 6
  %".2524" = trunc i64 %".2523" to i16
  %".2525" = getelementptr i8, ptr %"keys.97", i64 0
  store i16 %".2524", ptr %".2525", align 2
  %".2527" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2528" = zext i16 %".2527" to i64
  switch i64 %".2528", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]
mpls_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".452" = trunc i64 %"cursor.4" to i32
  %".453" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".452", [40 x i8]* %"header_copy", i32 4)
  %".454" = icmp eq i64 %".453", 0
  %".455" = getelementptr i8, ptr %"ctx.4", i64 76
  %".456" = load i32, ptr %".455", align 4
  %".457" = zext i32 %".456" to i64
  %"data.36" = inttoptr i64 %".457" to ptr
  %".458" = getelementptr i8, ptr %"ctx.4", i64 80
  %".459" = load i32, ptr %".458", align 4
  %".460" = zext i32 %".459" to i64
  %"data_end.36" = inttoptr i64 %".460" to ptr
  %".461" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.36" = load ptr, ptr %".461", align 8
  %".462" = xor i1 %".454", -1
  br i1 %".462", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".464" = trunc i64 %".445" to i16
  %".465" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".464", ptr %".465", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".468" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".469" = load volatile i8, [40 x i8]* %".468", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".475" = trunc i64 %".471" to i16
  %".476" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".475", ptr %".476", align 2
  br label %"return"
mpls_mpls_labels1.to_mpls:
  %".479" = trunc i64 %".471" to i16
  %".480" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".479", ptr %".480", align 2
  br label %"return"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".493" = trunc i64 %"cursor.5" to i32
  %".494" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".493", [40 x i8]* %"header_copy", i32 8)
  %".495" = icmp eq i64 %".494", 0
  %".496" = getelementptr i8, ptr %"ctx.5", i64 76
  %".497" = load i32, ptr %".496", align 4
  %".498" = zext i32 %".497" to i64
  %"data.38" = inttoptr i64 %".498" to ptr
  %".499" = getelementptr i8, ptr %"ctx.5", i64 80
  %".500" = load i32, ptr %".499", align 4
  %".501" = zext i32 %".500" to i64
  %"data_end.38" = inttoptr i64 %".501" to ptr
  %".502" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.38" = load ptr, ptr %".502", align 8
  %".503" = xor i1 %".495", -1
  br i1 %".503", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".505" = trunc i64 %"cursor.5" to i16
  %".506" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".505", ptr %".506", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".509" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".510" = load volatile i8, [40 x i8]* %".509", align 1
  %".511" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".512" = load volatile i8, [40 x i8]* %".511", align 1
  %".513" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".514" = load volatile i16, [40 x i8]* %".513", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".529" = trunc i64 %"cursor.5" to i16
  %".530" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".529", ptr %".530", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".533" = add i64 %"cursor.5", 8
  %".534" = trunc i64 %".533" to i16
  %".535" = getelementptr i8, ptr %"keys.39", i64 0
  store i16 %".534", ptr %".535", align 2
  %".537" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".538" = zext i16 %".537" to i64
  switch i64 %".538", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]
pppoe_d0.unknown:
  %".540" = and i64 %".538", 257
  %".541" = icmp eq i64 %".540", 1
  br i1 %".541", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".547" = trunc i64 2048 to i16
  %".548" = call i16 @"llvm.bswap.i16"(i16 %".547")
  %".549" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".548", ptr %".549", align 2
  %".551" = getelementptr i8, ptr %"keys.39", i64 2
  %".552" = trunc i64 %".533" to i16
  store volatile i16 %".552", ptr %".551", align 2
  %".554" = load volatile i16, ptr %".551", align 2
  %".555" = zext i16 %".554" to i64
  %"cursor.40" = and i64 %".555", 16383
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".557" = trunc i64 34525 to i16
  %".558" = call i16 @"llvm.bswap.i16"(i16 %".557")
  %".559" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".558", ptr %".559", align 2
  %".561" = getelementptr i8, ptr %"keys.39", i64 2
  %".562" = trunc i64 %".533" to i16
  store volatile i16 %".562", ptr %".561", align 2
  %".564" = load volatile i16, ptr %".561", align 2
  %".565" = zext i16 %".564" to i64
  %"cursor.41" = and i64 %".565", 16383
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".567" = trunc i64 34887 to i16
  %".568" = call i16 @"llvm.bswap.i16"(i16 %".567")
  %".569" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".568", ptr %".569", align 2
  %".571" = getelementptr i8, ptr %"keys.39", i64 2
  %".572" = trunc i64 %".533" to i16
  store volatile i16 %".572", ptr %".571", align 2
  %".574" = load volatile i16, ptr %".571", align 2
  %".575" = zext i16 %".574" to i64
  %"cursor.42" = and i64 %".575", 16383
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".577" = trunc i64 34888 to i16
  %".578" = call i16 @"llvm.bswap.i16"(i16 %".577")
  %".579" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".578", ptr %".579", align 2
  %".581" = getelementptr i8, ptr %"keys.39", i64 2
  %".582" = trunc i64 %".533" to i16
  store volatile i16 %".582", ptr %".581", align 2
  %".584" = load volatile i16, ptr %".581", align 2
  %".585" = zext i16 %".584" to i64
  %"cursor.43" = and i64 %".585", 16383
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".543" = trunc i64 %".533" to i16
  %".544" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".543", ptr %".544", align 2
  br label %"return"
ppp_other:
  %"cursor.44" = phi  i64 [%".533", %"pppoe_d0.to_ppp_other"], [%".2815", %"pppoe_d1.to_ppp_other"]
  %"data.40" = phi  ptr [%"data.39", %"pppoe_d0.to_ppp_other"], [%"data.103", %"pppoe_d1.to_ppp_other"]
  %"data_end.40" = phi  ptr [%"data_end.39", %"pppoe_d0.to_ppp_other"], [%"data_end.103", %"pppoe_d1.to_ppp_other"]
  %"keys.40" = phi  ptr [%"keys.39", %"pppoe_d0.to_ppp_other"], [%"keys.103", %"pppoe_d1.to_ppp_other"]
  %".2622" = add i64 %"cursor.44", 0
  %".2623" = trunc i64 %".2622" to i16
  %".2624" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".2623", ptr %".2624", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".597" = trunc i64 %"cursor.7" to i32
  %".598" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".597", [40 x i8]* %"header_copy", i32 34)
  %".599" = icmp eq i64 %".598", 0
  %".600" = getelementptr i8, ptr %"ctx.6", i64 76
  %".601" = load i32, ptr %".600", align 4
  %".602" = zext i32 %".601" to i64
  %"data.41" = inttoptr i64 %".602" to ptr
  %".603" = getelementptr i8, ptr %"ctx.6", i64 80
  %".604" = load i32, ptr %".603", align 4
  %".605" = zext i32 %".604" to i64
  %"data_end.41" = inttoptr i64 %".605" to ptr
  %".606" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.41" = load ptr, ptr %".606", align 8
  %".607" = xor i1 %".599", -1
  br i1 %".607", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".609" = trunc i64 %"cursor.7" to i16
  %".610" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".609", ptr %".610", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".628" = trunc i64 %"cursor.9" to i32
  %".629" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".628", [40 x i8]* %"header_copy", i32 16)
  %".630" = icmp eq i64 %".629", 0
  %".631" = getelementptr i8, ptr %"ctx.7", i64 76
  %".632" = load i32, ptr %".631", align 4
  %".633" = zext i32 %".632" to i64
  %"data.43" = inttoptr i64 %".633" to ptr
  %".634" = getelementptr i8, ptr %"ctx.7", i64 80
  %".635" = load i32, ptr %".634", align 4
  %".636" = zext i32 %".635" to i64
  %"data_end.43" = inttoptr i64 %".636" to ptr
  %".637" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.43" = load ptr, ptr %".637", align 8
  %".638" = xor i1 %".630", -1
  br i1 %".638", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".640" = trunc i64 %"cursor.9" to i16
  %".641" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".640", ptr %".641", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".653" = trunc i64 %"cursor.10" to i32
  %".654" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".653", [40 x i8]* %"header_copy", i32 38)
  %".655" = icmp eq i64 %".654", 0
  %".656" = getelementptr i8, ptr %"ctx.8", i64 76
  %".657" = load i32, ptr %".656", align 4
  %".658" = zext i32 %".657" to i64
  %"data.45" = inttoptr i64 %".658" to ptr
  %".659" = getelementptr i8, ptr %"ctx.8", i64 80
  %".660" = load i32, ptr %".659", align 4
  %".661" = zext i32 %".660" to i64
  %"data_end.45" = inttoptr i64 %".661" to ptr
  %".662" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.45" = load ptr, ptr %".662", align 8
  %".663" = xor i1 %".655", -1
  br i1 %".663", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".665" = trunc i64 %"cursor.10" to i16
  %".666" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".665", ptr %".666", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".681" = trunc i64 %"cursor.11" to i32
  %".682" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".681", [40 x i8]* %"header_copy", i32 6)
  %".683" = icmp eq i64 %".682", 0
  %".684" = getelementptr i8, ptr %"ctx.9", i64 76
  %".685" = load i32, ptr %".684", align 4
  %".686" = zext i32 %".685" to i64
  %"data.47" = inttoptr i64 %".686" to ptr
  %".687" = getelementptr i8, ptr %"ctx.9", i64 80
  %".688" = load i32, ptr %".687", align 4
  %".689" = zext i32 %".688" to i64
  %"data_end.47" = inttoptr i64 %".689" to ptr
  %".690" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.47" = load ptr, ptr %".690", align 8
  %".691" = xor i1 %".683", -1
  br i1 %".691", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".693" = trunc i64 %"cursor.11" to i16
  %".694" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".693", ptr %".694", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".697" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".698" = load volatile i16, [40 x i8]* %".697", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".713" = trunc i64 %".706" to i16
  %".714" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".713", ptr %".714", align 2
  br label %"return"
hsr_d0_vlan_tags1.to_ipv4:
  %".717" = getelementptr i8, ptr %"keys.48", i64 2
  %".718" = trunc i64 %".706" to i16
  store volatile i16 %".718", ptr %".717", align 2
  %".720" = load volatile i16, ptr %".717", align 2
  %".721" = zext i16 %".720" to i64
  %"cursor.45" = and i64 %".721", 16383
  br label %"ipv4_d0"
hsr_d0_vlan_tags1.to_ipv6:
  %".723" = getelementptr i8, ptr %"keys.48", i64 2
  %".724" = trunc i64 %".706" to i16
  store volatile i16 %".724", ptr %".723", align 2
  %".726" = load volatile i16, ptr %".723", align 2
  %".727" = zext i16 %".726" to i64
  %"cursor.46" = and i64 %".727", 16383
  br label %"ipv6_d0"
hsr_d0_vlan_tags1.to_vlan:
  %".729" = getelementptr i8, ptr %"keys.48", i64 2
  %".730" = trunc i64 %".706" to i16
  store volatile i16 %".730", ptr %".729", align 2
  %".732" = load volatile i16, ptr %".729", align 2
  %".733" = zext i16 %".732" to i64
  %"cursor.47" = and i64 %".733", 16383
  br label %"vlan_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_vlan.1:
  %".735" = getelementptr i8, ptr %"keys.48", i64 2
  %".736" = trunc i64 %".706" to i16
  store volatile i16 %".736", ptr %".735", align 2
  %".738" = load volatile i16, ptr %".735", align 2
  %".739" = zext i16 %".738" to i64
  %"cursor.48" = and i64 %".739", 16383
  br label %"vlan_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_mpls:
  %".741" = getelementptr i8, ptr %"keys.48", i64 2
  %".742" = trunc i64 %".706" to i16
  store volatile i16 %".742", ptr %".741", align 2
  %".744" = load volatile i16, ptr %".741", align 2
  %".745" = zext i16 %".744" to i64
  %"cursor.49" = and i64 %".745", 16383
  br label %"mpls_mpls_labels1"
hsr_d0_vlan_tags1.to_mpls.1:
  %".747" = getelementptr i8, ptr %"keys.48", i64 2
  %".748" = trunc i64 %".706" to i16
  store volatile i16 %".748", ptr %".747", align 2
  %".750" = load volatile i16, ptr %".747", align 2
  %".751" = zext i16 %".750" to i64
  %"cursor.50" = and i64 %".751", 16383
  br label %"mpls_mpls_labels1"
hsr_d0_vlan_tags1.to_pppoe:
  %".753" = getelementptr i8, ptr %"keys.48", i64 2
  %".754" = trunc i64 %".706" to i16
  store volatile i16 %".754", ptr %".753", align 2
  %".756" = load volatile i16, ptr %".753", align 2
  %".757" = zext i16 %".756" to i64
  %"cursor.51" = and i64 %".757", 16383
  br label %"pppoe_d0"
hsr_d0_vlan_tags1.to_arp:
  %".759" = getelementptr i8, ptr %"keys.48", i64 2
  %".760" = trunc i64 %".706" to i16
  store volatile i16 %".760", ptr %".759", align 2
  %".762" = load volatile i16, ptr %".759", align 2
  %".763" = zext i16 %".762" to i64
  %"cursor.52" = and i64 %".763", 16383
  br label %"arp"
hsr_d0_vlan_tags1.to_arp.1:
  %".765" = getelementptr i8, ptr %"keys.48", i64 2
  %".766" = trunc i64 %".706" to i16
  store volatile i16 %".766", ptr %".765", align 2
  %".768" = load volatile i16, ptr %".765", align 2
  %".769" = zext i16 %".768" to i64
  %"cursor.53" = and i64 %".769", 16383
  br label %"arp"
hsr_d0_vlan_tags1.to_ptp:
  %".771" = getelementptr i8, ptr %"keys.48", i64 2
  %".772" = trunc i64 %".706" to i16
  store volatile i16 %".772", ptr %".771", align 2
  %".774" = load volatile i16, ptr %".771", align 2
  %".775" = zext i16 %".774" to i64
  %"cursor.54" = and i64 %".775", 16383
  br label %"ptp"
hsr_d0_vlan_tags1.to_cfm:
  %".777" = getelementptr i8, ptr %"keys.48", i64 2
  %".778" = trunc i64 %".706" to i16
  store volatile i16 %".778", ptr %".777", align 2
  %".780" = load volatile i16, ptr %".777", align 2
  %".781" = zext i16 %".780" to i64
  %"cursor.55" = and i64 %".781", 16383
  br label %"cfm"
hsr_d0_vlan_tags1.to_tipc:
  %".783" = getelementptr i8, ptr %"keys.48", i64 2
  %".784" = trunc i64 %".706" to i16
  store volatile i16 %".784", ptr %".783", align 2
  %".786" = load volatile i16, ptr %".783", align 2
  %".787" = zext i16 %".786" to i64
  %"cursor.56" = and i64 %".787", 16383
  br label %"tipc"
hsr_d0_vlan_tags1.to_fcoe:
  %".789" = getelementptr i8, ptr %"keys.48", i64 2
  %".790" = trunc i64 %".706" to i16
  store volatile i16 %".790", ptr %".789", align 2
  %".792" = load volatile i16, ptr %".789", align 2
  %".793" = zext i16 %".792" to i64
  %"cursor.57" = and i64 %".793", 16383
  br label %"fcoe"
hsr_d0_vlan_tags1.to_hsr:
  %".795" = getelementptr i8, ptr %"keys.48", i64 2
  %".796" = trunc i64 %".706" to i16
  store volatile i16 %".796", ptr %".795", align 2
  %".798" = load volatile i16, ptr %".795", align 2
  %".799" = zext i16 %".798" to i64
  %"cursor.58" = and i64 %".799", 16383
  br label %"hsr_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_hsr.1:
  %".801" = getelementptr i8, ptr %"keys.48", i64 2
  %".802" = trunc i64 %".706" to i16
  store volatile i16 %".802", ptr %".801", align 2
  %".804" = load volatile i16, ptr %".801", align 2
  %".805" = zext i16 %".804" to i64
  %"cursor.59" = and i64 %".805", 16383
  br label %"hsr_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_batadv:
  %".807" = getelementptr i8, ptr %"keys.48", i64 2
  %".808" = trunc i64 %".706" to i16
  store volatile i16 %".808", ptr %".807", align 2
  %".810" = load volatile i16, ptr %".807", align 2
  %".811" = zext i16 %".810" to i64
  %"cursor.60" = and i64 %".811", 16383
  br label %"batadv_d0"
batadv_d0.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".823" = trunc i64 %"cursor.12" to i32
  %".824" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".823", [40 x i8]* %"header_copy", i32 24)
  %".825" = icmp eq i64 %".824", 0
  %".826" = getelementptr i8, ptr %"ctx.10", i64 76
  %".827" = load i32, ptr %".826", align 4
  %".828" = zext i32 %".827" to i64
  %"data.49" = inttoptr i64 %".828" to ptr
  %".829" = getelementptr i8, ptr %"ctx.10", i64 80
  %".830" = load i32, ptr %".829", align 4
  %".831" = zext i32 %".830" to i64
  %"data_end.49" = inttoptr i64 %".831" to ptr
  %".832" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.49" = load ptr, ptr %".832", align 8
  %".833" = xor i1 %".825", -1
  br i1 %".833", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".835" = trunc i64 %"cursor.12" to i16
  %".836" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".835", ptr %".836", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".839" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".840" = load volatile i8, [40 x i8]* %".839", align 1
  %".841" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".842" = load volatile i8, [40 x i8]* %".841", align 1
  %".843" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".844" = load volatile i16, [40 x i8]* %".843", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".853" = trunc i64 %"cursor.12" to i16
  %".854" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".853", ptr %".854", align 2
  br label %"return"
batadv_d0.require.endif:
  %".857" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".858" = zext i16 %".857" to i64
  %".859" = trunc i64 %".858" to i16
  %".860" = call i16 @"llvm.bswap.i16"(i16 %".859")
  %".861" = getelementptr i8, ptr %"keys.50", i64 10
  store i16 %".860", ptr %".861", align 2
  %".863" = add i64 %"cursor.12", 24
  %".864" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".865" = zext i16 %".864" to i64
  switch i64 %".865", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 33024, label %"batadv_d0.to_vlan" i64 34984, label %"batadv_d0.to_vlan.1" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe" i64 35119, label %"batadv_d0.to_hsr" i64 35067, label %"batadv_d0.to_hsr.1" i64 17157, label %"batadv_d0.to_batadv"]
batadv_d0.unknown:
  %".867" = trunc i64 %".863" to i16
  %".868" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".867", ptr %".868", align 2
  br label %"return"
batadv_d0.to_ipv4:
  %".871" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".871", align 1
  %".873" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.6" = load volatile i32, ptr %".873", align 4
  %".874" = and i32 %"flags.6", 4
  %".875" = icmp ne i32 %".874", 0
  br i1 %".875", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.to_ipv6:
  %".887" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".887", align 1
  %".889" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.7" = load volatile i32, ptr %".889", align 4
  %".890" = and i32 %"flags.7", 4
  %".891" = icmp ne i32 %".890", 0
  br i1 %".891", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".903" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".903", align 1
  %".905" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.8" = load volatile i32, ptr %".905", align 4
  %".906" = and i32 %"flags.8", 4
  %".907" = icmp ne i32 %".906", 0
  br i1 %".907", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".919" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".919", align 1
  %".921" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.9" = load volatile i32, ptr %".921", align 4
  %".922" = and i32 %"flags.9", 4
  %".923" = icmp ne i32 %".922", 0
  br i1 %".923", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".935" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".935", align 1
  %".937" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.10" = load volatile i32, ptr %".937", align 4
  %".938" = and i32 %"flags.10", 4
  %".939" = icmp ne i32 %".938", 0
  br i1 %".939", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".951" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".951", align 1
  %".953" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.11" = load volatile i32, ptr %".953", align 4
  %".954" = and i32 %"flags.11", 4
  %".955" = icmp ne i32 %".954", 0
  br i1 %".955", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".967" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".967", align 1
  %".969" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.12" = load volatile i32, ptr %".969", align 4
  %".970" = and i32 %"flags.12", 4
  %".971" = icmp ne i32 %".970", 0
  br i1 %".971", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".983" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".983", align 1
  %".985" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.13" = load volatile i32, ptr %".985", align 4
  %".986" = and i32 %"flags.13", 4
  %".987" = icmp ne i32 %".986", 0
  br i1 %".987", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".999" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".999", align 1
  %".1001" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.14" = load volatile i32, ptr %".1001", align 4
  %".1002" = and i32 %"flags.14", 4
  %".1003" = icmp ne i32 %".1002", 0
  br i1 %".1003", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".1015" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".1015", align 1
  %".1017" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.15" = load volatile i32, ptr %".1017", align 4
  %".1018" = and i32 %"flags.15", 4
  %".1019" = icmp ne i32 %".1018", 0
  br i1 %".1019", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".1031" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".1031", align 1
  %".1033" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.16" = load volatile i32, ptr %".1033", align 4
  %".1034" = and i32 %"flags.16", 4
  %".1035" = icmp ne i32 %".1034", 0
  br i1 %".1035", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".1047" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".1047", align 1
  %".1049" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.17" = load volatile i32, ptr %".1049", align 4
  %".1050" = and i32 %"flags.17", 4
  %".1051" = icmp ne i32 %".1050", 0
  br i1 %".1051", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".1063" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".1063", align 1
  %".1065" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.18" = load volatile i32, ptr %".1065", align 4
  %".1066" = and i32 %"flags.18", 4
  %".1067" = icmp ne i32 %".1066", 0
  br i1 %".1067", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".1079" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".1079", align 1
  %".1081" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.19" = load volatile i32, ptr %".1081", align 4
  %".1082" = and i32 %"flags.19", 4
  %".1083" = icmp ne i32 %".1082", 0
  br i1 %".1083", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".1095" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".1095", align 1
  %".1097" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.20" = load volatile i32, ptr %".1097", align 4
  %".1098" = and i32 %"flags.20", 4
  %".1099" = icmp ne i32 %".1098", 0
  br i1 %".1099", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".1111" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".1111", align 1
  %".1113" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.21" = load volatile i32, ptr %".1113", align 4
  %".1114" = and i32 %"flags.21", 4
  %".1115" = icmp ne i32 %".1114", 0
  br i1 %".1115", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".877" = trunc i64 %".863" to i16
  %".878" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".877", ptr %".878", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".881" = getelementptr i8, ptr %"keys.50", i64 2
  %".882" = trunc i64 %".863" to i16
  store volatile i16 %".882", ptr %".881", align 2
  %".884" = load volatile i16, ptr %".881", align 2
  %".885" = zext i16 %".884" to i64
  %"cursor.61" = and i64 %".885", 16383
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".893" = trunc i64 %".863" to i16
  %".894" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".893", ptr %".894", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".897" = getelementptr i8, ptr %"keys.50", i64 2
  %".898" = trunc i64 %".863" to i16
  store volatile i16 %".898", ptr %".897", align 2
  %".900" = load volatile i16, ptr %".897", align 2
  %".901" = zext i16 %".900" to i64
  %"cursor.62" = and i64 %".901", 16383
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".909" = trunc i64 %".863" to i16
  %".910" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".909", ptr %".910", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".913" = getelementptr i8, ptr %"keys.50", i64 2
  %".914" = trunc i64 %".863" to i16
  store volatile i16 %".914", ptr %".913", align 2
  %".916" = load volatile i16, ptr %".913", align 2
  %".917" = zext i16 %".916" to i64
  %"cursor.64" = and i64 %".917", 16383
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.63" = phi  i64 [%"cursor.64", %"batadv_d0.stop_at_encap.endif.2"], [%"cursor.65", %"batadv_d0.stop_at_encap.endif.3"], [%"cursor.202", %"gre_d0.to_vlan"], [%"cursor.203", %"gre_d0.to_vlan.1"], [%"cursor.309", %"ethernet_d1.to_vlan"], [%"cursor.310", %"ethernet_d1.to_vlan.1"]
  %"data.51" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data.111", %"gre_d0.to_vlan"], [%"data.111", %"gre_d0.to_vlan.1"], [%"data.139", %"ethernet_d1.to_vlan"], [%"data.139", %"ethernet_d1.to_vlan.1"]
  %"data_end.51" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.111", %"gre_d0.to_vlan"], [%"data_end.111", %"gre_d0.to_vlan.1"], [%"data_end.139", %"ethernet_d1.to_vlan"], [%"data_end.139", %"ethernet_d1.to_vlan.1"]
  %"keys.51" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.111", %"gre_d0.to_vlan"], [%"keys.111", %"gre_d0.to_vlan.1"], [%"keys.139", %"ethernet_d1.to_vlan"], [%"keys.139", %"ethernet_d1.to_vlan.1"]
  %"hdr.26" = getelementptr i8, ptr %"data.51", i64 %"cursor.63"
  %".2627" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2628" = icmp ugt ptr %".2627", %"data_end.51"
  br i1 %".2628", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2630" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2631" = load i16, ptr %".2630", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".2631", %"vlan_d1_vlan_tags1.linear"], [%".2650", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.51", %"vlan_d1_vlan_tags1.linear"], [%"data.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.51", %"vlan_d1_vlan_tags1.linear"], [%"data_end.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.51", %"vlan_d1_vlan_tags1.linear"], [%"keys.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2652" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2653" = zext i16 %".2652" to i64
  %".2654" = trunc i64 %".2653" to i16
  %".2655" = call i16 @"llvm.bswap.i16"(i16 %".2654")
  %".2656" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".2655", ptr %".2656", align 2
  %".2658" = add i64 %"cursor.63", 4
  %".2659" = trunc i64 %".2658" to i16
  %".2660" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".2659", ptr %".2660", align 2
  %".2662" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2663" = zext i16 %".2662" to i64
  switch i64 %".2663", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]
batadv_d0.stop_at_encap.3:
  %".925" = trunc i64 %".863" to i16
  %".926" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".925", ptr %".926", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".929" = getelementptr i8, ptr %"keys.50", i64 2
  %".930" = trunc i64 %".863" to i16
  store volatile i16 %".930", ptr %".929", align 2
  %".932" = load volatile i16, ptr %".929", align 2
  %".933" = zext i16 %".932" to i64
  %"cursor.65" = and i64 %".933", 16383
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".941" = trunc i64 %".863" to i16
  %".942" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".941", ptr %".942", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".945" = getelementptr i8, ptr %"keys.50", i64 2
  %".946" = trunc i64 %".863" to i16
  store volatile i16 %".946", ptr %".945", align 2
  %".948" = load volatile i16, ptr %".945", align 2
  %".949" = zext i16 %".948" to i64
  %"cursor.66" = and i64 %".949", 16383
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.5:
  %".957" = trunc i64 %".863" to i16
  %".958" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".957", ptr %".958", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".961" = getelementptr i8, ptr %"keys.50", i64 2
  %".962" = trunc i64 %".863" to i16
  store volatile i16 %".962", ptr %".961", align 2
  %".964" = load volatile i16, ptr %".961", align 2
  %".965" = zext i16 %".964" to i64
  %"cursor.67" = and i64 %".965", 16383
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".973" = trunc i64 %".863" to i16
  %".974" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".973", ptr %".974", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".977" = getelementptr i8, ptr %"keys.50", i64 2
  %".978" = trunc i64 %".863" to i16
  store volatile i16 %".978", ptr %".977", align 2
  %".980" = load volatile i16, ptr %".977", align 2
  %".981" = zext i16 %".980" to i64
  %"cursor.69" = and i64 %".981", 16383
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.68" = phi  i64 [%"cursor.69", %"batadv_d0.stop_at_encap.endif.6"], [%"cursor.169", %"vlan_d1_vlan_tags1.to_pppoe"], [%"cursor.190", %"hsr_d1_vlan_tags1.to_pppoe"], [%"cursor.206", %"gre_d0.to_pppoe"], [%"cursor.287", %"vlan_d1_vlan_tags2.to_pppoe"], [%"cursor.299", %"hsr_d1_vlan_tags2.to_pppoe"], [%"cursor.313", %"ethernet_d1.to_pppoe"]
  %"data.52" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.111", %"gre_d0.to_pppoe"], [%"data.135", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.137", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.139", %"ethernet_d1.to_pppoe"]
  %"data_end.52" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.111", %"gre_d0.to_pppoe"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.139", %"ethernet_d1.to_pppoe"]
  %"keys.52" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.111", %"gre_d0.to_pppoe"], [%"keys.135", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.137", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.139", %"ethernet_d1.to_pppoe"]
  %"hdr.27" = getelementptr i8, ptr %"data.52", i64 %"cursor.68"
  %".2765" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2766" = icmp ugt ptr %".2765", %"data_end.52"
  br i1 %".2766", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2768" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2769" = load i8, ptr %".2768", align 1
  %".2770" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2771" = load i8, ptr %".2770", align 1
  %".2772" = getelementptr i8, ptr %"hdr.27", i64 6
  %".2773" = load i16, ptr %".2772", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".2769", %"pppoe_d1.linear"], [%".2792", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2771", %"pppoe_d1.linear"], [%".2794", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2773", %"pppoe_d1.linear"], [%".2796", %"pppoe_d1.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.52", %"pppoe_d1.linear"], [%"data.102", %"pppoe_d1.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.52", %"pppoe_d1.linear"], [%"data_end.102", %"pppoe_d1.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.52", %"pppoe_d1.linear"], [%"keys.102", %"pppoe_d1.copy_failed.endif"]
  %".2798" = zext i8 %"w0_1.7" to i64
  %".2799" = lshr i64 %".2798", 4
  %".2800" = and i64 %".2799", 15
  %".2801" = icmp eq i64 %".2800", 1
  %".2802" = zext i8 %"w0_1.7" to i64
  %".2803" = and i64 %".2802", 15
  %".2804" = icmp eq i64 %".2803", 1
  %".2805" = and i1 %".2801", %".2804"
  %".2806" = zext i8 %"w1_1.4" to i64
  %".2807" = icmp eq i64 %".2806", 0
  %".2808" = and i1 %".2805", %".2807"
  %".2809" = xor i1 %".2808", -1
  br i1 %".2809", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".989" = trunc i64 %".863" to i16
  %".990" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".989", ptr %".990", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".993" = getelementptr i8, ptr %"keys.50", i64 2
  %".994" = trunc i64 %".863" to i16
  store volatile i16 %".994", ptr %".993", align 2
  %".996" = load volatile i16, ptr %".993", align 2
  %".997" = zext i16 %".996" to i64
  %"cursor.70" = and i64 %".997", 16383
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".1005" = trunc i64 %".863" to i16
  %".1006" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".1005", ptr %".1006", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".1009" = getelementptr i8, ptr %"keys.50", i64 2
  %".1010" = trunc i64 %".863" to i16
  store volatile i16 %".1010", ptr %".1009", align 2
  %".1012" = load volatile i16, ptr %".1009", align 2
  %".1013" = zext i16 %".1012" to i64
  %"cursor.71" = and i64 %".1013", 16383
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".1021" = trunc i64 %".863" to i16
  %".1022" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".1021", ptr %".1022", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".1025" = getelementptr i8, ptr %"keys.50", i64 2
  %".1026" = trunc i64 %".863" to i16
  store volatile i16 %".1026", ptr %".1025", align 2
  %".1028" = load volatile i16, ptr %".1025", align 2
  %".1029" = zext i16 %".1028" to i64
  %"cursor.72" = and i64 %".1029", 16383
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".1037" = trunc i64 %".863" to i16
  %".1038" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".1037", ptr %".1038", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".1041" = getelementptr i8, ptr %"keys.50", i64 2
  %".1042" = trunc i64 %".863" to i16
  store volatile i16 %".1042", ptr %".1041", align 2
  %".1044" = load volatile i16, ptr %".1041", align 2
  %".1045" = zext i16 %".1044" to i64
  %"cursor.73" = and i64 %".1045", 16383
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".1053" = trunc i64 %".863" to i16
  %".1054" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".1053", ptr %".1054", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  %".1057" = getelementptr i8, ptr %"keys.50", i64 2
  %".1058" = trunc i64 %".863" to i16
  store volatile i16 %".1058", ptr %".1057", align 2
  %".1060" = load volatile i16, ptr %".1057", align 2
  %".1061" = zext i16 %".1060" to i64
  %"cursor.74" = and i64 %".1061", 16383
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".1069" = trunc i64 %".863" to i16
  %".1070" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".1069", ptr %".1070", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  %".1073" = getelementptr i8, ptr %"keys.50", i64 2
  %".1074" = trunc i64 %".863" to i16
  store volatile i16 %".1074", ptr %".1073", align 2
  %".1076" = load volatile i16, ptr %".1073", align 2
  %".1077" = zext i16 %".1076" to i64
  %"cursor.75" = and i64 %".1077", 16383
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".1085" = trunc i64 %".863" to i16
  %".1086" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".1085", ptr %".1086", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  %".1089" = getelementptr i8, ptr %"keys.50", i64 2
  %".1090" = trunc i64 %".863" to i16
  store volatile i16 %".1090", ptr %".1089", align 2
  %".1092" = load volatile i16, ptr %".1089", align 2
  %".1093" = zext i16 %".1092" to i64
  %"cursor.77" = and i64 %".1093", 16383
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.76" = phi  i64 [%"cursor.77", %"batadv_d0.stop_at_encap.endif.13"], [%"cursor.78", %"batadv_d0.stop_at_encap.endif.14"], [%"cursor.213", %"gre_d0.to_hsr"], [%"cursor.214", %"gre_d0.to_hsr.1"], [%"cursor.320", %"ethernet_d1.to_hsr"], [%"cursor.321", %"ethernet_d1.to_hsr.1"]
  %"data.53" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data.111", %"gre_d0.to_hsr"], [%"data.111", %"gre_d0.to_hsr.1"], [%"data.139", %"ethernet_d1.to_hsr"], [%"data.139", %"ethernet_d1.to_hsr.1"]
  %"data_end.53" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.111", %"gre_d0.to_hsr"], [%"data_end.111", %"gre_d0.to_hsr.1"], [%"data_end.139", %"ethernet_d1.to_hsr"], [%"data_end.139", %"ethernet_d1.to_hsr.1"]
  %"keys.53" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.111", %"gre_d0.to_hsr"], [%"keys.111", %"gre_d0.to_hsr.1"], [%"keys.139", %"ethernet_d1.to_hsr"], [%"keys.139", %"ethernet_d1.to_hsr.1"]
  %"hdr.28" = getelementptr i8, ptr %"data.53", i64 %"cursor.76"
  %".2870" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2871" = icmp ugt ptr %".2870", %"data_end.53"
  br i1 %".2871", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2873" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2874" = load i16, ptr %".2873", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2874", %"hsr_d1_vlan_tags1.linear"], [%".2893", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.53", %"hsr_d1_vlan_tags1.linear"], [%"data.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.53", %"hsr_d1_vlan_tags1.linear"], [%"data_end.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.53", %"hsr_d1_vlan_tags1.linear"], [%"keys.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2895" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2896" = zext i16 %".2895" to i64
  %".2897" = trunc i64 %".2896" to i16
  %".2898" = call i16 @"llvm.bswap.i16"(i16 %".2897")
  %".2899" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2898", ptr %".2899", align 2
  %".2901" = add i64 %"cursor.76", 6
  %".2902" = trunc i64 %".2901" to i16
  %".2903" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2902", ptr %".2903", align 2
  %".2905" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2906" = zext i16 %".2905" to i64
  switch i64 %".2906", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]
batadv_d0.stop_at_encap.14:
  %".1101" = trunc i64 %".863" to i16
  %".1102" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".1101", ptr %".1102", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  %".1105" = getelementptr i8, ptr %"keys.50", i64 2
  %".1106" = trunc i64 %".863" to i16
  store volatile i16 %".1106", ptr %".1105", align 2
  %".1108" = load volatile i16, ptr %".1105", align 2
  %".1109" = zext i16 %".1108" to i64
  %"cursor.78" = and i64 %".1109", 16383
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".1117" = trunc i64 %".863" to i16
  %".1118" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".1117", ptr %".1118", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  %".1121" = getelementptr i8, ptr %"keys.50", i64 2
  %".1122" = trunc i64 %".863" to i16
  store volatile i16 %".1122", ptr %".1121", align 2
  %".1124" = load volatile i16, ptr %".1121", align 2
  %".1125" = zext i16 %".1124" to i64
  %"cursor.80" = and i64 %".1125", 16383
  br label %"batadv_d1"
batadv_d1:
  %"cursor.79" = phi  i64 [%"cursor.80", %"batadv_d0.stop_at_encap.endif.15"], [%"cursor.179", %"vlan_d1_vlan_tags1.to_batadv"], [%"cursor.199", %"hsr_d1_vlan_tags1.to_batadv"], [%"cursor.215", %"gre_d0.to_batadv"], [%"cursor.294", %"vlan_d1_vlan_tags2.to_batadv"], [%"cursor.306", %"hsr_d1_vlan_tags2.to_batadv"], [%"cursor.322", %"ethernet_d1.to_batadv"]
  %"data.54" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.111", %"gre_d0.to_batadv"], [%"data.135", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.137", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.139", %"ethernet_d1.to_batadv"]
  %"data_end.54" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.111", %"gre_d0.to_batadv"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.139", %"ethernet_d1.to_batadv"]
  %"keys.54" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.111", %"gre_d0.to_batadv"], [%"keys.135", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.137", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.139", %"ethernet_d1.to_batadv"]
  %"hdr.29" = getelementptr i8, ptr %"data.54", i64 %"cursor.79"
  %".3008" = getelementptr i8, ptr %"hdr.29", i64 24
  %".3009" = icmp ugt ptr %".3008", %"data_end.54"
  br i1 %".3009", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".3011" = getelementptr i8, ptr %"hdr.29", i64 0
  %".3012" = load i8, ptr %".3011", align 1
  %".3013" = getelementptr i8, ptr %"hdr.29", i64 1
  %".3014" = load i8, ptr %".3013", align 1
  %".3015" = getelementptr i8, ptr %"hdr.29", i64 22
  %".3016" = load i16, ptr %".3015", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.8" = phi  i8 [%".3012", %"batadv_d1.linear"], [%".3035", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".3014", %"batadv_d1.linear"], [%".3037", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".3016", %"batadv_d1.linear"], [%".3039", %"batadv_d1.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.54", %"batadv_d1.linear"], [%"data.106", %"batadv_d1.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.54", %"batadv_d1.linear"], [%"data_end.106", %"batadv_d1.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.54", %"batadv_d1.linear"], [%"keys.106", %"batadv_d1.copy_failed.endif"]
  %".3041" = zext i8 %"w1_1.5" to i64
  %".3042" = icmp eq i64 %".3041", 15
  %".3043" = zext i8 %"w0_1.8" to i64
  %".3044" = icmp eq i64 %".3043", 64
  %".3045" = and i1 %".3042", %".3044"
  %".3046" = xor i1 %".3045", -1
  br i1 %".3046", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1135" = trunc i64 %"cursor.13" to i32
  %".1136" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".1135", [40 x i8]* %"header_copy", i32 4)
  %".1137" = icmp eq i64 %".1136", 0
  %".1138" = getelementptr i8, ptr %"ctx.11", i64 76
  %".1139" = load i32, ptr %".1138", align 4
  %".1140" = zext i32 %".1139" to i64
  %"data.55" = inttoptr i64 %".1140" to ptr
  %".1141" = getelementptr i8, ptr %"ctx.11", i64 80
  %".1142" = load i32, ptr %".1141", align 4
  %".1143" = zext i32 %".1142" to i64
  %"data_end.55" = inttoptr i64 %".1143" to ptr
  %".1144" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.55" = load ptr, ptr %".1144", align 8
  %".1145" = xor i1 %".1137", -1
  br i1 %".1145", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".1147" = trunc i64 %"cursor.13" to i16
  %".1148" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".1147", ptr %".1148", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".1151" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1152" = load volatile i16, [40 x i8]* %".1151", align 2
  %".1153" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1154" = load volatile i16, [40 x i8]* %".1153", align 2
  br label %"tcp.header"
udp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1180" = trunc i64 %"cursor.14" to i32
  %".1181" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1180", [40 x i8]* %"header_copy", i32 4)
  %".1182" = icmp eq i64 %".1181", 0
  %".1183" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1184" = load i32, ptr %".1183", align 4
  %".1185" = zext i32 %".1184" to i64
  %"data.57" = inttoptr i64 %".1185" to ptr
  %".1186" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1187" = load i32, ptr %".1186", align 4
  %".1188" = zext i32 %".1187" to i64
  %"data_end.57" = inttoptr i64 %".1188" to ptr
  %".1189" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.57" = load ptr, ptr %".1189", align 8
  %".1190" = xor i1 %".1182", -1
  br i1 %".1190", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".1192" = trunc i64 %"cursor.14" to i16
  %".1193" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".1192", ptr %".1193", align 2
  br label %"return"
udp.copy_failed.endif:
  %".1196" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1197" = load volatile i16, [40 x i8]* %".1196", align 2
  %".1198" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1199" = load volatile i16, [40 x i8]* %".1198", align 2
  br label %"udp.header"
udp.copy_last_byte:
  %".1219" = add i64 %"cursor.14", %".1214"
  %".1220" = sub i64 %".1219", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1221" = trunc i64 %".1220" to i32
  %".1222" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1221", i64* %"last_byte", i32 1)
  %".1223" = icmp eq i64 %".1222", 0
  %".1224" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1225" = load i32, ptr %".1224", align 4
  %".1226" = zext i32 %".1225" to i64
  %"data.59" = inttoptr i64 %".1226" to ptr
  %".1227" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1228" = load i32, ptr %".1227", align 4
  %".1229" = zext i32 %".1228" to i64
  %"data_end.59" = inttoptr i64 %".1229" to ptr
  %".1230" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.59" = load ptr, ptr %".1230", align 8
  %".1231" = xor i1 %".1223", -1
  br i1 %".1231", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".1233" = trunc i64 %"cursor.14" to i16
  %".1234" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1233", ptr %".1234", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1250" = trunc i64 %"cursor.15" to i32
  %".1251" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1250", [40 x i8]* %"header_copy", i32 4)
  %".1252" = icmp eq i64 %".1251", 0
  %".1253" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1254" = load i32, ptr %".1253", align 4
  %".1255" = zext i32 %".1254" to i64
  %"data.61" = inttoptr i64 %".1255" to ptr
  %".1256" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1257" = load i32, ptr %".1256", align 4
  %".1258" = zext i32 %".1257" to i64
  %"data_end.61" = inttoptr i64 %".1258" to ptr
  %".1259" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.61" = load ptr, ptr %".1259", align 8
  %".1260" = xor i1 %".1252", -1
  br i1 %".1260", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1262" = trunc i64 %"cursor.15" to i16
  %".1263" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1262", ptr %".1263", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1266" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1267" = load volatile i16, [40 x i8]* %".1266", align 2
  %".1268" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1269" = load volatile i16, [40 x i8]* %".1268", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1289" = add i64 %"cursor.15", %".1284"
  %".1290" = sub i64 %".1289", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1291" = trunc i64 %".1290" to i32
  %".1292" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1291", i64* %"last_byte", i32 1)
  %".1293" = icmp eq i64 %".1292", 0
  %".1294" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1295" = load i32, ptr %".1294", align 4
  %".1296" = zext i32 %".1295" to i64
  %"data.63" = inttoptr i64 %".1296" to ptr
  %".1297" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1298" = load i32, ptr %".1297", align 4
  %".1299" = zext i32 %".1298" to i64
  %"data_end.63" = inttoptr i64 %".1299" to ptr
  %".1300" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.63" = load ptr, ptr %".1300", align 8
  %".1301" = xor i1 %".1293", -1
  br i1 %".1301", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1303" = trunc i64 %"cursor.15" to i16
  %".1304" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1303", ptr %".1304", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1322" = trunc i64 %"cursor.16" to i32
  %".1323" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1322", [40 x i8]* %"header_copy", i32 4)
  %".1324" = icmp eq i64 %".1323", 0
  %".1325" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1326" = load i32, ptr %".1325", align 4
  %".1327" = zext i32 %".1326" to i64
  %"data.65" = inttoptr i64 %".1327" to ptr
  %".1328" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1329" = load i32, ptr %".1328", align 4
  %".1330" = zext i32 %".1329" to i64
  %"data_end.65" = inttoptr i64 %".1330" to ptr
  %".1331" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.65" = load ptr, ptr %".1331", align 8
  %".1332" = xor i1 %".1324", -1
  br i1 %".1332", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1334" = trunc i64 %"cursor.16" to i16
  %".1335" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1334", ptr %".1335", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1338" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1339" = load volatile i8, [40 x i8]* %".1338", align 1
  %".1340" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1341" = load volatile i8, [40 x i8]* %".1340", align 1
  %".1342" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1343" = load volatile i16, [40 x i8]* %".1342", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1354" = trunc i64 %"cursor.16" to i16
  %".1355" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1354", ptr %".1355", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1358" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1359" = zext i16 %".1358" to i64
  %".1360" = trunc i64 %".1359" to i16
  %".1361" = call i16 @"llvm.bswap.i16"(i16 %".1360")
  %".1362" = getelementptr i8, ptr %"keys.66", i64 10
  store i16 %".1361", ptr %".1362", align 2
  %".1364" = zext i8 %"w1_1.2" to i64
  %".1365" = and i64 %".1364", 7
  switch i64 %".1365", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1367" = trunc i64 %"cursor.16" to i16
  %".1368" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1367", ptr %".1368", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.81" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.67" = phi  ptr [%"data.66", %"gre_version_d0.to_gre"]
  %"data_end.67" = phi  ptr [%"data_end.66", %"gre_version_d0.to_gre"]
  %"keys.67" = phi  ptr [%"keys.66", %"gre_version_d0.to_gre"]
  %"hdr.30" = getelementptr i8, ptr %"data.67", i64 %"cursor.81"
  %".3290" = getelementptr i8, ptr %"hdr.30", i64 4
  %".3291" = icmp ugt ptr %".3290", %"data_end.67"
  br i1 %".3291", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".3293" = getelementptr i8, ptr %"hdr.30", i64 0
  %".3294" = load i8, ptr %".3293", align 1
  %".3295" = getelementptr i8, ptr %"hdr.30", i64 1
  %".3296" = load i8, ptr %".3295", align 1
  %".3297" = getelementptr i8, ptr %"hdr.30", i64 2
  %".3298" = load i16, ptr %".3297", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.9" = phi  i8 [%".3294", %"gre_d0.linear"], [%".3317", %"gre_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".3296", %"gre_d0.linear"], [%".3319", %"gre_d0.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".3298", %"gre_d0.linear"], [%".3321", %"gre_d0.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.67", %"gre_d0.linear"], [%"data.108", %"gre_d0.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.67", %"gre_d0.linear"], [%"data_end.108", %"gre_d0.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.67", %"gre_d0.linear"], [%"keys.108", %"gre_d0.copy_failed.endif"]
  %".3323" = zext i8 %"w1_1.6" to i64
  %".3324" = and i64 %".3323", 7
  %".3325" = icmp ne i64 %".3324", 0
  %".3326" = zext i8 %"w0_1.9" to i64
  %".3327" = lshr i64 %".3326", 6
  %".3328" = and i64 %".3327", 1
  %".3329" = icmp ne i64 %".3328", 0
  %".3330" = or i1 %".3325", %".3329"
  br i1 %".3330", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.82" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.68" = phi  ptr [%"data.66", %"gre_version_d0.to_pptp"]
  %"data_end.68" = phi  ptr [%"data_end.66", %"gre_version_d0.to_pptp"]
  %"keys.68" = phi  ptr [%"keys.66", %"gre_version_d0.to_pptp"]
  %"hdr.31" = getelementptr i8, ptr %"data.68", i64 %"cursor.82"
  %".3498" = getelementptr i8, ptr %"hdr.31", i64 4
  %".3499" = icmp ugt ptr %".3498", %"data_end.68"
  br i1 %".3499", label %"pptp_d0.copy", label %"pptp_d0.linear", !prof !0
pptp_d0.linear:
  %".3501" = getelementptr i8, ptr %"hdr.31", i64 0
  %".3502" = load i8, ptr %".3501", align 1
  %".3503" = getelementptr i8, ptr %"hdr.31", i64 1
  %".3504" = load i8, ptr %".3503", align 1
  %".3505" = getelementptr i8, ptr %"hdr.31", i64 2
  %".3506" = load i16, ptr %".3505", align 2
  br label %"pptp_d0.header"
pptp_d0.header:
  %"w0_1.10" = phi  i8 [%".3502", %"pptp_d0.linear"], [%".3525", %"pptp_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3504", %"pptp_d0.linear"], [%".3527", %"pptp_d0.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".3506", %"pptp_d0.linear"], [%".3529", %"pptp_d0.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.68", %"pptp_d0.linear"], [%"data.113", %"pptp_d0.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.68", %"pptp_d0.linear"], [%"data_end.113", %"pptp_d0.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.68", %"pptp_d0.linear"], [%"keys.113", %"pptp_d0.copy_failed.endif"]
  %".3531" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".3532" = zext i16 %".3531" to i64
  %".3533" = icmp ne i64 %".3532", 34827
  %".3534" = zext i8 %"w0_1.10" to i64
  %".3535" = lshr i64 %".3534", 5
  %".3536" = and i64 %".3535", 1
  %".3537" = icmp eq i64 %".3536", 0
  %".3538" = or i1 %".3533", %".3537"
  br i1 %".3538", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1381" = trunc i64 %"cursor.17" to i32
  %".1382" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1381", [40 x i8]* %"header_copy", i32 4)
  %".1383" = icmp eq i64 %".1382", 0
  %".1384" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1385" = load i32, ptr %".1384", align 4
  %".1386" = zext i32 %".1385" to i64
  %"data.69" = inttoptr i64 %".1386" to ptr
  %".1387" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1388" = load i32, ptr %".1387", align 4
  %".1389" = zext i32 %".1388" to i64
  %"data_end.69" = inttoptr i64 %".1389" to ptr
  %".1390" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.69" = load ptr, ptr %".1390", align 8
  %".1391" = xor i1 %".1383", -1
  br i1 %".1391", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1393" = trunc i64 %"cursor.17" to i16
  %".1394" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1393", ptr %".1394", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1397" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1398" = load volatile i16, [40 x i8]* %".1397", align 2
  %".1399" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1400" = load volatile i16, [40 x i8]* %".1399", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1427" = trunc i64 %"cursor.18" to i32
  %".1428" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1427", [40 x i8]* %"header_copy", i32 4)
  %".1429" = icmp eq i64 %".1428", 0
  %".1430" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1431" = load i32, ptr %".1430", align 4
  %".1432" = zext i32 %".1431" to i64
  %"data.71" = inttoptr i64 %".1432" to ptr
  %".1433" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1434" = load i32, ptr %".1433", align 4
  %".1435" = zext i32 %".1434" to i64
  %"data_end.71" = inttoptr i64 %".1435" to ptr
  %".1436" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.71" = load ptr, ptr %".1436", align 8
  %".1437" = xor i1 %".1429", -1
  br i1 %".1437", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1439" = trunc i64 %"cursor.18" to i16
  %".1440" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1439", ptr %".1440", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1443" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1444" = load volatile i16, [40 x i8]* %".1443", align 2
  %".1445" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1446" = load volatile i16, [40 x i8]* %".1445", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1471" = trunc i64 %"cursor.19" to i32
  %".1472" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1471", [40 x i8]* %"header_copy", i32 4)
  %".1473" = icmp eq i64 %".1472", 0
  %".1474" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1475" = load i32, ptr %".1474", align 4
  %".1476" = zext i32 %".1475" to i64
  %"data.73" = inttoptr i64 %".1476" to ptr
  %".1477" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1478" = load i32, ptr %".1477", align 4
  %".1479" = zext i32 %".1478" to i64
  %"data_end.73" = inttoptr i64 %".1479" to ptr
  %".1480" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.73" = load ptr, ptr %".1480", align 8
  %".1481" = xor i1 %".1473", -1
  br i1 %".1481", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1483" = trunc i64 %"cursor.19" to i16
  %".1484" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1483", ptr %".1484", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1487" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1488" = load volatile i32, [40 x i8]* %".1487", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1515" = trunc i64 %"cursor.20" to i32
  %".1516" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1515", [40 x i8]* %"header_copy", i32 8)
  %".1517" = icmp eq i64 %".1516", 0
  %".1518" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1519" = load i32, ptr %".1518", align 4
  %".1520" = zext i32 %".1519" to i64
  %"data.75" = inttoptr i64 %".1520" to ptr
  %".1521" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1522" = load i32, ptr %".1521", align 4
  %".1523" = zext i32 %".1522" to i64
  %"data_end.75" = inttoptr i64 %".1523" to ptr
  %".1524" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.75" = load ptr, ptr %".1524", align 8
  %".1525" = xor i1 %".1517", -1
  br i1 %".1525", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1527" = trunc i64 %"cursor.20" to i16
  %".1528" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1527", ptr %".1528", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1531" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1532" = load volatile i32, [40 x i8]* %".1531", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1557" = trunc i64 %"cursor.21" to i32
  %".1558" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1557", [40 x i8]* %"header_copy", i32 4)
  %".1559" = icmp eq i64 %".1558", 0
  %".1560" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1561" = load i32, ptr %".1560", align 4
  %".1562" = zext i32 %".1561" to i64
  %"data.77" = inttoptr i64 %".1562" to ptr
  %".1563" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1564" = load i32, ptr %".1563", align 4
  %".1565" = zext i32 %".1564" to i64
  %"data_end.77" = inttoptr i64 %".1565" to ptr
  %".1566" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.77" = load ptr, ptr %".1566", align 8
  %".1567" = xor i1 %".1559", -1
  br i1 %".1567", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1569" = trunc i64 %"cursor.21" to i16
  %".1570" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1569", ptr %".1570", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1593" = trunc i64 %"cursor.23" to i32
  %".1594" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1593", [40 x i8]* %"header_copy", i32 20)
  %".1595" = icmp eq i64 %".1594", 0
  %".1596" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1597" = load i32, ptr %".1596", align 4
  %".1598" = zext i32 %".1597" to i64
  %"data.79" = inttoptr i64 %".1598" to ptr
  %".1599" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1600" = load i32, ptr %".1599", align 4
  %".1601" = zext i32 %".1600" to i64
  %"data_end.79" = inttoptr i64 %".1601" to ptr
  %".1602" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.79" = load ptr, ptr %".1602", align 8
  %".1603" = xor i1 %".1595", -1
  br i1 %".1603", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1605" = trunc i64 %"cursor.23" to i16
  %".1606" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1605", ptr %".1606", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1609" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1610" = load volatile i8, [40 x i8]* %".1609", align 1
  %".1611" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1612" = load volatile i16, [40 x i8]* %".1611", align 2
  %".1613" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1614" = load volatile i8, [40 x i8]* %".1613", align 1
  %".1615" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1616" = load volatile i32, [40 x i8]* %".1615", align 4
  %".1617" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1618" = load volatile i32, [40 x i8]* %".1617", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1625" = trunc i64 %"cursor.23" to i16
  %".1626" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1625", ptr %".1626", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1629" = trunc i64 2048 to i16
  %".1630" = getelementptr i8, ptr %"keys.80", i64 4
  store i16 %".1629", ptr %".1630", align 2
  %".1632" = trunc i64 2048 to i16
  %".1633" = call i16 @"llvm.bswap.i16"(i16 %".1632")
  %".1634" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1633", ptr %".1634", align 2
  %".1636" = getelementptr i8, ptr %"keys.80", i64 16
  store i32 %"w12_4.1", ptr %".1636", align 4
  %".1638" = getelementptr i8, ptr %"keys.80", i64 20
  store i32 %"w16_4.1", ptr %".1638", align 4
  %".1640" = zext i8 %"w9_1.1" to i64
  %".1641" = trunc i64 %".1640" to i8
  %".1642" = getelementptr i8, ptr %"keys.80", i64 9
  store i8 %".1641", ptr %".1642", align 1
  %".1644" = add i64 %"cursor.23", 20
  %".1645" = zext i8 %"w0_1.4" to i64
  %".1646" = and i64 %".1645", 15
  %".1647" = mul i64 %".1646", 4
  %".1648" = sub i64 %".1647", 20
  %".1649" = add i64 %".1648", 20
  %"end.3" = add i64 %"cursor.23", %".1649"
  %".1650" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1651" = zext i16 %".1650" to i64
  %".1652" = and i64 %".1651", 16383
  %".1653" = icmp ne i64 %".1652", 0
  %".1654" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1655" = zext i16 %".1654" to i64
  %".1656" = and i64 %".1655", 8191
  %".1657" = icmp eq i64 %".1656", 0
  br i1 %".1653", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.fragment:
  %".1659" = getelementptr i8, ptr %"keys.80", i64 6
  store i8 1, ptr %".1659", align 1
  br i1 %".1657", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1679" = zext i8 %"w9_1.1" to i64
  switch i64 %".1679", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]
ipv4_d1.first_fragment:
  %".1662" = getelementptr i8, ptr %"keys.80", i64 7
  store i8 1, ptr %".1662", align 1
  %".1664" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.22" = load volatile i32, ptr %".1664", align 4
  %".1665" = and i32 %"flags.22", 1
  %".1666" = icmp ne i32 %".1665", 0
  %".1667" = xor i1 %".1666", -1
  br i1 %".1667", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1674" = trunc i64 %"end.3" to i16
  %".1675" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1674", ptr %".1675", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1669" = trunc i64 %"end.3" to i16
  %".1670" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1669", ptr %".1670", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1681" = trunc i64 %"end.3" to i16
  %".1682" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1681", ptr %".1682", align 2
  br label %"return"
ipv4_d1.to_tcp:
  %".1685" = getelementptr i8, ptr %"keys.80", i64 2
  %".1686" = trunc i64 %"end.3" to i16
  store volatile i16 %".1686", ptr %".1685", align 2
  %".1688" = load volatile i16, ptr %".1685", align 2
  %".1689" = zext i16 %".1688" to i64
  %"cursor.83" = and i64 %".1689", 16383
  br label %"tcp"
ipv4_d1.to_udp:
  %".1691" = getelementptr i8, ptr %"keys.80", i64 2
  %".1692" = trunc i64 %"end.3" to i16
  store volatile i16 %".1692", ptr %".1691", align 2
  %".1694" = load volatile i16, ptr %".1691", align 2
  %".1695" = zext i16 %".1694" to i64
  %"cursor.84" = and i64 %".1695", 16383
  br label %"udp"
ipv4_d1.to_udplite:
  %".1697" = getelementptr i8, ptr %"keys.80", i64 2
  %".1698" = trunc i64 %"end.3" to i16
  store volatile i16 %".1698", ptr %".1697", align 2
  %".1700" = load volatile i16, ptr %".1697", align 2
  %".1701" = zext i16 %".1700" to i64
  %"cursor.85" = and i64 %".1701", 16383
  br label %"udplite"
ipv4_d1.to_gre_version:
  %".1703" = getelementptr i8, ptr %"keys.80", i64 2
  %".1704" = trunc i64 %"end.3" to i16
  store volatile i16 %".1704", ptr %".1703", align 2
  %".1706" = load volatile i16, ptr %".1703", align 2
  %".1707" = zext i16 %".1706" to i64
  %"cursor.87" = and i64 %".1707", 16383
  br label %"gre_version_d1"
ipv4_d1.to_sctp:
  %".1709" = getelementptr i8, ptr %"keys.80", i64 2
  %".1710" = trunc i64 %"end.3" to i16
  store volatile i16 %".1710", ptr %".1709", align 2
  %".1712" = load volatile i16, ptr %".1709", align 2
  %".1713" = zext i16 %".1712" to i64
  %"cursor.88" = and i64 %".1713", 16383
  br label %"sctp"
ipv4_d1.to_dccp:
  %".1715" = getelementptr i8, ptr %"keys.80", i64 2
  %".1716" = trunc i64 %"end.3" to i16
  store volatile i16 %".1716", ptr %".1715", align 2
  %".1718" = load volatile i16, ptr %".1715", align 2
  %".1719" = zext i16 %".1718" to i64
  %"cursor.89" = and i64 %".1719", 16383
  br label %"dccp"
ipv4_d1.to_esp:
  %".1721" = getelementptr i8, ptr %"keys.80", i64 2
  %".1722" = trunc i64 %"end.3" to i16
  store volatile i16 %".1722", ptr %".1721", align 2
  %".1724" = load volatile i16, ptr %".1721", align 2
  %".1725" = zext i16 %".1724" to i64
  %"cursor.90" = and i64 %".1725", 16383
  br label %"esp"
ipv4_d1.to_ah:
  %".1727" = getelementptr i8, ptr %"keys.80", i64 2
  %".1728" = trunc i64 %"end.3" to i16
  store volatile i16 %".1728", ptr %".1727", align 2
  %".1730" = load volatile i16, ptr %".1727", align 2
  %".1731" = zext i16 %".1730" to i64
  %"cursor.91" = and i64 %".1731", 16383
  br label %"ah"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_mpls:
  %".1734" = trunc i64 34887 to i16
  %".1735" = call i16 @"llvm.bswap.i16"(i16 %".1734")
  %".1736" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1735", ptr %".1736", align 2
  %".1738" = getelementptr i8, ptr %"keys.80", i64 2
  %".1739" = trunc i64 %"end.3" to i16
  store volatile i16 %".1739", ptr %".1738", align 2
  %".1741" = load volatile i16, ptr %".1738", align 2
  %".1742" = zext i16 %".1741" to i64
  %"cursor.92" = and i64 %".1742", 16383
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1744" = trunc i64 2048 to i16
  %".1745" = call i16 @"llvm.bswap.i16"(i16 %".1744")
  %".1746" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1745", ptr %".1746", align 2
  %".1748" = getelementptr i8, ptr %"keys.80", i64 8
  store i8 1, ptr %".1748", align 1
  %".1750" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.23" = load volatile i32, ptr %".1750", align 4
  %".1751" = and i32 %"flags.23", 4
  %".1752" = icmp ne i32 %".1751", 0
  br i1 %".1752", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1762" = trunc i64 34525 to i16
  %".1763" = call i16 @"llvm.bswap.i16"(i16 %".1762")
  %".1764" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1763", ptr %".1764", align 2
  %".1766" = getelementptr i8, ptr %"keys.80", i64 8
  store i8 1, ptr %".1766", align 1
  %".1768" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.24" = load volatile i32, ptr %".1768", align 4
  %".1769" = and i32 %"flags.24", 4
  %".1770" = icmp ne i32 %".1769", 0
  br i1 %".1770", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_version_d1:
  %"cursor.86" = phi  i64 [%"cursor.87", %"ipv4_d1.to_gre_version"], [%"cursor.102", %"ipv6_d1.to_gre_version"], [%"cursor.232", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"cursor.246", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"cursor.337", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"cursor.351", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"cursor.385", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"cursor.395", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data.81" = phi  ptr [%"data.80", %"ipv4_d1.to_gre_version"], [%"data.83", %"ipv6_d1.to_gre_version"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"data_end.81" = phi  ptr [%"data_end.80", %"ipv4_d1.to_gre_version"], [%"data_end.83", %"ipv6_d1.to_gre_version"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"keys.81" = phi  ptr [%"keys.80", %"ipv4_d1.to_gre_version"], [%"keys.83", %"ipv6_d1.to_gre_version"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"]
  %"hdr.32" = getelementptr i8, ptr %"data.81", i64 %"cursor.86"
  %".3591" = getelementptr i8, ptr %"hdr.32", i64 4
  %".3592" = icmp ugt ptr %".3591", %"data_end.81"
  br i1 %".3592", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3594" = getelementptr i8, ptr %"hdr.32", i64 0
  %".3595" = load i8, ptr %".3594", align 1
  %".3596" = getelementptr i8, ptr %"hdr.32", i64 1
  %".3597" = load i8, ptr %".3596", align 1
  %".3598" = getelementptr i8, ptr %"hdr.32", i64 2
  %".3599" = load i16, ptr %".3598", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.11" = phi  i8 [%".3595", %"gre_version_d1.linear"], [%".3618", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3597", %"gre_version_d1.linear"], [%".3620", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3599", %"gre_version_d1.linear"], [%".3622", %"gre_version_d1.copy_failed.endif"]
  %"data.119" = phi  ptr [%"data.81", %"gre_version_d1.linear"], [%"data.118", %"gre_version_d1.copy_failed.endif"]
  %"data_end.119" = phi  ptr [%"data_end.81", %"gre_version_d1.linear"], [%"data_end.118", %"gre_version_d1.copy_failed.endif"]
  %"keys.119" = phi  ptr [%"keys.81", %"gre_version_d1.linear"], [%"keys.118", %"gre_version_d1.copy_failed.endif"]
  %".3624" = zext i8 %"w0_1.11" to i64
  %".3625" = lshr i64 %".3624", 6
  %".3626" = and i64 %".3625", 1
  %".3627" = icmp ne i64 %".3626", 0
  %".3628" = zext i8 %"w1_1.8" to i64
  %".3629" = and i64 %".3628", 7
  %".3630" = icmp ugt i64 %".3629", 1
  %".3631" = or i1 %".3627", %".3630"
  br i1 %".3631", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1754" = trunc i64 %"end.3" to i16
  %".1755" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1754", ptr %".1755", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1758" = trunc i64 %"end.3" to i16
  %".1759" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1758", ptr %".1759", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1772" = trunc i64 %"end.3" to i16
  %".1773" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1772", ptr %".1773", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1776" = trunc i64 %"end.3" to i16
  %".1777" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1776", ptr %".1777", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1796" = trunc i64 %"cursor.25" to i32
  %".1797" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1796", [40 x i8]* %"header_copy", i32 40)
  %".1798" = icmp eq i64 %".1797", 0
  %".1799" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1800" = load i32, ptr %".1799", align 4
  %".1801" = zext i32 %".1800" to i64
  %"data.82" = inttoptr i64 %".1801" to ptr
  %".1802" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1803" = load i32, ptr %".1802", align 4
  %".1804" = zext i32 %".1803" to i64
  %"data_end.82" = inttoptr i64 %".1804" to ptr
  %".1805" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.82" = load ptr, ptr %".1805", align 8
  %".1806" = xor i1 %".1798", -1
  br i1 %".1806", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1808" = trunc i64 %"cursor.25" to i16
  %".1809" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1808", ptr %".1809", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1812" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1813" = load volatile i32, [40 x i8]* %".1812", align 4
  %".1814" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1815" = load volatile i8, [40 x i8]* %".1814", align 1
  %".1816" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1817" = load volatile i64, [40 x i8]* %".1816", align 8
  %".1818" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1819" = load volatile i64, [40 x i8]* %".1818", align 8
  %".1820" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1821" = load volatile i64, [40 x i8]* %".1820", align 8
  %".1822" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1823" = load volatile i64, [40 x i8]* %".1822", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1861" = trunc i64 %".1851" to i16
  %".1862" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1861", ptr %".1862", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1865" = zext i8 %"w6_1.1" to i64
  switch i64 %".1865", label %"ipv6_d1.unknown" [i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]
ipv6_d1.unknown:
  %".1867" = trunc i64 %".1851" to i16
  %".1868" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1867", ptr %".1868", align 2
  br label %"return"
ipv6_d1.to_ipv6_opts:
  %".1871" = getelementptr i8, ptr %"keys.83", i64 2
  %".1872" = trunc i64 %".1851" to i16
  store volatile i16 %".1872", ptr %".1871", align 2
  %".1874" = load volatile i16, ptr %".1871", align 2
  %".1875" = zext i16 %".1874" to i64
  %"cursor.94" = and i64 %".1875", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  %".1877" = getelementptr i8, ptr %"keys.83", i64 2
  %".1878" = trunc i64 %".1851" to i16
  store volatile i16 %".1878", ptr %".1877", align 2
  %".1880" = load volatile i16, ptr %".1877", align 2
  %".1881" = zext i16 %".1880" to i64
  %"cursor.95" = and i64 %".1881", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  %".1883" = getelementptr i8, ptr %"keys.83", i64 2
  %".1884" = trunc i64 %".1851" to i16
  store volatile i16 %".1884", ptr %".1883", align 2
  %".1886" = load volatile i16, ptr %".1883", align 2
  %".1887" = zext i16 %".1886" to i64
  %"cursor.96" = and i64 %".1887", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  %".1889" = getelementptr i8, ptr %"keys.83", i64 2
  %".1890" = trunc i64 %".1851" to i16
  store volatile i16 %".1890", ptr %".1889", align 2
  %".1892" = load volatile i16, ptr %".1889", align 2
  %".1893" = zext i16 %".1892" to i64
  %"cursor.98" = and i64 %".1893", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_tcp:
  %".1895" = getelementptr i8, ptr %"keys.83", i64 2
  %".1896" = trunc i64 %".1851" to i16
  store volatile i16 %".1896", ptr %".1895", align 2
  %".1898" = load volatile i16, ptr %".1895", align 2
  %".1899" = zext i16 %".1898" to i64
  %"cursor.99" = and i64 %".1899", 16383
  br label %"tcp"
ipv6_d1.to_udp:
  %".1901" = getelementptr i8, ptr %"keys.83", i64 2
  %".1902" = trunc i64 %".1851" to i16
  store volatile i16 %".1902", ptr %".1901", align 2
  %".1904" = load volatile i16, ptr %".1901", align 2
  %".1905" = zext i16 %".1904" to i64
  %"cursor.100" = and i64 %".1905", 16383
  br label %"udp"
ipv6_d1.to_udplite:
  %".1907" = getelementptr i8, ptr %"keys.83", i64 2
  %".1908" = trunc i64 %".1851" to i16
  store volatile i16 %".1908", ptr %".1907", align 2
  %".1910" = load volatile i16, ptr %".1907", align 2
  %".1911" = zext i16 %".1910" to i64
  %"cursor.101" = and i64 %".1911", 16383
  br label %"udplite"
ipv6_d1.to_gre_version:
  %".1913" = getelementptr i8, ptr %"keys.83", i64 2
  %".1914" = trunc i64 %".1851" to i16
  store volatile i16 %".1914", ptr %".1913", align 2
  %".1916" = load volatile i16, ptr %".1913", align 2
  %".1917" = zext i16 %".1916" to i64
  %"cursor.102" = and i64 %".1917", 16383
  br label %"gre_version_d1"
ipv6_d1.to_sctp:
  %".1919" = getelementptr i8, ptr %"keys.83", i64 2
  %".1920" = trunc i64 %".1851" to i16
  store volatile i16 %".1920", ptr %".1919", align 2
  %".1922" = load volatile i16, ptr %".1919", align 2
  %".1923" = zext i16 %".1922" to i64
  %"cursor.103" = and i64 %".1923", 16383
  br label %"sctp"
ipv6_d1.to_dccp:
  %".1925" = getelementptr i8, ptr %"keys.83", i64 2
  %".1926" = trunc i64 %".1851" to i16
  store volatile i16 %".1926", ptr %".1925", align 2
  %".1928" = load volatile i16, ptr %".1925", align 2
  %".1929" = zext i16 %".1928" to i64
  %"cursor.104" = and i64 %".1929", 16383
  br label %"dccp"
ipv6_d1.to_esp:
  %".1931" = getelementptr i8, ptr %"keys.83", i64 2
  %".1932" = trunc i64 %".1851" to i16
  store volatile i16 %".1932", ptr %".1931", align 2
  %".1934" = load volatile i16, ptr %".1931", align 2
  %".1935" = zext i16 %".1934" to i64
  %"cursor.105" = and i64 %".1935", 16383
  br label %"esp"
ipv6_d1.to_ah:
  %".1937" = getelementptr i8, ptr %"keys.83", i64 2
  %".1938" = trunc i64 %".1851" to i16
  store volatile i16 %".1938", ptr %".1937", align 2
  %".1940" = load volatile i16, ptr %".1937", align 2
  %".1941" = zext i16 %".1940" to i64
  %"cursor.106" = and i64 %".1941", 16383
  br label %"ah"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_mpls:
  %".1944" = trunc i64 34887 to i16
  %".1945" = call i16 @"llvm.bswap.i16"(i16 %".1944")
  %".1946" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1945", ptr %".1946", align 2
  %".1948" = getelementptr i8, ptr %"keys.83", i64 2
  %".1949" = trunc i64 %".1851" to i16
  store volatile i16 %".1949", ptr %".1948", align 2
  %".1951" = load volatile i16, ptr %".1948", align 2
  %".1952" = zext i16 %".1951" to i64
  %"cursor.107" = and i64 %".1952", 16383
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1954" = trunc i64 2048 to i16
  %".1955" = call i16 @"llvm.bswap.i16"(i16 %".1954")
  %".1956" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1955", ptr %".1956", align 2
  %".1958" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1958", align 1
  %".1960" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.26" = load volatile i32, ptr %".1960", align 4
  %".1961" = and i32 %"flags.26", 4
  %".1962" = icmp ne i32 %".1961", 0
  br i1 %".1962", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1972" = trunc i64 34525 to i16
  %".1973" = call i16 @"llvm.bswap.i16"(i16 %".1972")
  %".1974" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1973", ptr %".1974", align 2
  %".1976" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1976", align 1
  %".1978" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.27" = load volatile i32, ptr %".1978", align 4
  %".1979" = and i32 %"flags.27", 4
  %".1980" = icmp ne i32 %".1979", 0
  br i1 %".1980", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.93" = phi  i64 [%"cursor.94", %"ipv6_d1.to_ipv6_opts"], [%"cursor.95", %"ipv6_d1.to_ipv6_opts.1"], [%"cursor.96", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.84" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_opts"], [%"data.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.84" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_opts"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.84" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_opts"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.33" = getelementptr i8, ptr %"data.84", i64 %"cursor.93"
  %".3662" = getelementptr i8, ptr %"hdr.33", i64 2
  %".3663" = icmp ugt ptr %".3662", %"data_end.84"
  br i1 %".3663", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3665" = getelementptr i8, ptr %"hdr.33", i64 0
  %".3666" = load i8, ptr %".3665", align 1
  %".3667" = getelementptr i8, ptr %"hdr.33", i64 1
  %".3668" = load i8, ptr %".3667", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.12" = phi  i8 [%".3666", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3687", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3668", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3689", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3691" = zext i8 %"w0_1.12" to i64
  %".3692" = trunc i64 %".3691" to i8
  %".3693" = getelementptr i8, ptr %"keys.123", i64 9
  store i8 %".3692", ptr %".3693", align 1
  %".3695" = add i64 %"cursor.93", 2
  %".3696" = zext i8 %"w1_1.9" to i64
  %".3697" = mul i64 %".3696", 8
  %".3698" = add i64 %".3697", 6
  %".3699" = add i64 %".3698", 2
  %"end.7" = add i64 %"cursor.93", %".3699"
  %".3700" = zext i8 %"w0_1.12" to i64
  switch i64 %".3700", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.97" = phi  i64 [%"cursor.98", %"ipv6_d1.to_ipv6_frag"]
  %"data.85" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_frag"]
  %"keys.85" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.34" = getelementptr i8, ptr %"data.85", i64 %"cursor.97"
  %".3830" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3831" = icmp ugt ptr %".3830", %"data_end.85"
  br i1 %".3831", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3833" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3834" = load i8, ptr %".3833", align 1
  %".3835" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3836" = load i16, ptr %".3835", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.13" = phi  i8 [%".3834", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3855", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3836", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3857", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3859" = zext i8 %"w0_1.13" to i64
  %".3860" = trunc i64 %".3859" to i8
  %".3861" = getelementptr i8, ptr %"keys.127", i64 9
  store i8 %".3860", ptr %".3861", align 1
  %".3863" = add i64 %"cursor.97", 8
  %".3864" = icmp ne i64 1, 0
  %".3865" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3866" = zext i16 %".3865" to i64
  %".3867" = and i64 %".3866", 65528
  %".3868" = icmp eq i64 %".3867", 0
  br i1 %".3864", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1964" = trunc i64 %".1851" to i16
  %".1965" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1964", ptr %".1965", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1968" = trunc i64 %".1851" to i16
  %".1969" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1968", ptr %".1969", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1982" = trunc i64 %".1851" to i16
  %".1983" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1982", ptr %".1983", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1986" = trunc i64 %".1851" to i16
  %".1987" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1986", ptr %".1987", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1998" = trunc i64 %"cursor.27" to i32
  %".1999" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1998", [40 x i8]* %"header_copy", i32 2)
  %".2000" = icmp eq i64 %".1999", 0
  %".2001" = getelementptr i8, ptr %"ctx.24", i64 76
  %".2002" = load i32, ptr %".2001", align 4
  %".2003" = zext i32 %".2002" to i64
  %"data.86" = inttoptr i64 %".2003" to ptr
  %".2004" = getelementptr i8, ptr %"ctx.24", i64 80
  %".2005" = load i32, ptr %".2004", align 4
  %".2006" = zext i32 %".2005" to i64
  %"data_end.86" = inttoptr i64 %".2006" to ptr
  %".2007" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.86" = load ptr, ptr %".2007", align 8
  %".2008" = xor i1 %".2000", -1
  br i1 %".2008", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".2010" = trunc i64 %"cursor.27" to i16
  %".2011" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".2010", ptr %".2011", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".2014" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2015" = load volatile i8, [40 x i8]* %".2014", align 1
  %".2016" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2017" = load volatile i8, [40 x i8]* %".2016", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".2030" = trunc i64 %"end.4" to i16
  %".2031" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".2030", ptr %".2031", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  %".2036" = getelementptr i8, ptr %"keys.87", i64 2
  %".2037" = trunc i64 %"end.4" to i16
  store volatile i16 %".2037", ptr %".2036", align 2
  %".2039" = load volatile i16, ptr %".2036", align 2
  %".2040" = zext i16 %".2039" to i64
  %"cursor.109" = and i64 %".2040", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  %".2043" = getelementptr i8, ptr %"keys.87", i64 2
  %".2044" = trunc i64 %"end.4" to i16
  store volatile i16 %".2044", ptr %".2043", align 2
  %".2046" = load volatile i16, ptr %".2043", align 2
  %".2047" = zext i16 %".2046" to i64
  %"cursor.111" = and i64 %".2047", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.to_udp:
  %".2049" = getelementptr i8, ptr %"keys.87", i64 2
  %".2050" = trunc i64 %"end.4" to i16
  store volatile i16 %".2050", ptr %".2049", align 2
  %".2052" = load volatile i16, ptr %".2049", align 2
  %".2053" = zext i16 %".2052" to i64
  %"cursor.112" = and i64 %".2053", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  %".2055" = getelementptr i8, ptr %"keys.87", i64 2
  %".2056" = trunc i64 %"end.4" to i16
  store volatile i16 %".2056", ptr %".2055", align 2
  %".2058" = load volatile i16, ptr %".2055", align 2
  %".2059" = zext i16 %".2058" to i64
  %"cursor.113" = and i64 %".2059", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_gre_version:
  %".2061" = getelementptr i8, ptr %"keys.87", i64 2
  %".2062" = trunc i64 %"end.4" to i16
  store volatile i16 %".2062", ptr %".2061", align 2
  %".2064" = load volatile i16, ptr %".2061", align 2
  %".2065" = zext i16 %".2064" to i64
  %"cursor.114" = and i64 %".2065", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  %".2067" = getelementptr i8, ptr %"keys.87", i64 2
  %".2068" = trunc i64 %"end.4" to i16
  store volatile i16 %".2068", ptr %".2067", align 2
  %".2070" = load volatile i16, ptr %".2067", align 2
  %".2071" = zext i16 %".2070" to i64
  %"cursor.115" = and i64 %".2071", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  %".2073" = getelementptr i8, ptr %"keys.87", i64 2
  %".2074" = trunc i64 %"end.4" to i16
  store volatile i16 %".2074", ptr %".2073", align 2
  %".2076" = load volatile i16, ptr %".2073", align 2
  %".2077" = zext i16 %".2076" to i64
  %"cursor.116" = and i64 %".2077", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_esp:
  %".2079" = getelementptr i8, ptr %"keys.87", i64 2
  %".2080" = trunc i64 %"end.4" to i16
  store volatile i16 %".2080", ptr %".2079", align 2
  %".2082" = load volatile i16, ptr %".2079", align 2
  %".2083" = zext i16 %".2082" to i64
  %"cursor.117" = and i64 %".2083", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  %".2085" = getelementptr i8, ptr %"keys.87", i64 2
  %".2086" = trunc i64 %"end.4" to i16
  store volatile i16 %".2086", ptr %".2085", align 2
  %".2088" = load volatile i16, ptr %".2085", align 2
  %".2089" = zext i16 %".2088" to i64
  %"cursor.118" = and i64 %".2089", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  %".2091" = getelementptr i8, ptr %"keys.87", i64 2
  %".2092" = trunc i64 %"end.4" to i16
  store volatile i16 %".2092", ptr %".2091", align 2
  %".2094" = load volatile i16, ptr %".2091", align 2
  %".2095" = zext i16 %".2094" to i64
  %"cursor.119" = and i64 %".2095", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".2097" = trunc i64 34887 to i16
  %".2098" = call i16 @"llvm.bswap.i16"(i16 %".2097")
  %".2099" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".2098", ptr %".2099", align 2
  %".2101" = getelementptr i8, ptr %"keys.87", i64 2
  %".2102" = trunc i64 %"end.4" to i16
  store volatile i16 %".2102", ptr %".2101", align 2
  %".2104" = load volatile i16, ptr %".2101", align 2
  %".2105" = zext i16 %".2104" to i64
  %"cursor.120" = and i64 %".2105", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".2107" = trunc i64 2048 to i16
  %".2108" = call i16 @"llvm.bswap.i16"(i16 %".2107")
  %".2109" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".2108", ptr %".2109", align 2
  %".2111" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".2111", align 1
  %".2113" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.28" = load volatile i32, ptr %".2113", align 4
  %".2114" = and i32 %"flags.28", 4
  %".2115" = icmp ne i32 %".2114", 0
  br i1 %".2115", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".2127" = trunc i64 34525 to i16
  %".2128" = call i16 @"llvm.bswap.i16"(i16 %".2127")
  %".2129" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".2128", ptr %".2129", align 2
  %".2131" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".2131", align 1
  %".2133" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.29" = load volatile i32, ptr %".2133", align 4
  %".2134" = and i32 %"flags.29", 4
  %".2135" = icmp ne i32 %".2134", 0
  br i1 %".2135", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.108" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.109", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.123", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"cursor.124", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.125", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data.88" = phi  ptr [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.88" = phi  ptr [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.88" = phi  ptr [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.35" = getelementptr i8, ptr %"data.88", i64 %"cursor.108"
  %".4020" = getelementptr i8, ptr %"hdr.35", i64 2
  %".4021" = icmp ugt ptr %".4020", %"data_end.88"
  br i1 %".4021", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".4023" = getelementptr i8, ptr %"hdr.35", i64 0
  %".4024" = load i8, ptr %".4023", align 1
  %".4025" = getelementptr i8, ptr %"hdr.35", i64 1
  %".4026" = load i8, ptr %".4025", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".4024", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".4045", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".4026", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".4047", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".4049" = zext i8 %"w0_1.14" to i64
  %".4050" = trunc i64 %".4049" to i8
  %".4051" = getelementptr i8, ptr %"keys.129", i64 9
  store i8 %".4050", ptr %".4051", align 1
  %".4053" = add i64 %"cursor.108", 2
  %".4054" = zext i8 %"w1_1.10" to i64
  %".4055" = mul i64 %".4054", 8
  %".4056" = add i64 %".4055", 6
  %".4057" = add i64 %".4056", 2
  %"end.8" = add i64 %"cursor.108", %".4057"
  %".4058" = zext i8 %"w0_1.14" to i64
  switch i64 %".4058", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.110" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".2180", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data.89" = phi  ptr [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"data_end.89" = phi  ptr [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"keys.89" = phi  ptr [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"]
  %"hdr.36" = getelementptr i8, ptr %"data.89", i64 %"cursor.110"
  %".4177" = getelementptr i8, ptr %"hdr.36", i64 8
  %".4178" = icmp ugt ptr %".4177", %"data_end.89"
  br i1 %".4178", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".4180" = getelementptr i8, ptr %"hdr.36", i64 0
  %".4181" = load i8, ptr %".4180", align 1
  %".4182" = getelementptr i8, ptr %"hdr.36", i64 2
  %".4183" = load i16, ptr %".4182", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".4181", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".4202", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".4183", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".4204", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.133" = phi  ptr [%"data.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.133" = phi  ptr [%"data_end.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.133" = phi  ptr [%"keys.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".4206" = zext i8 %"w0_1.15" to i64
  %".4207" = trunc i64 %".4206" to i8
  %".4208" = getelementptr i8, ptr %"keys.133", i64 9
  store i8 %".4207", ptr %".4208", align 1
  %".4210" = add i64 %"cursor.110", 8
  %".4211" = icmp ne i64 1, 0
  %".4212" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".4213" = zext i16 %".4212" to i64
  %".4214" = and i64 %".4213", 65528
  %".4215" = icmp eq i64 %".4214", 0
  br i1 %".4211", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".2117" = trunc i64 %"end.4" to i16
  %".2118" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".2117", ptr %".2118", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".2121" = getelementptr i8, ptr %"keys.87", i64 2
  %".2122" = trunc i64 %"end.4" to i16
  store volatile i16 %".2122", ptr %".2121", align 2
  %".2124" = load volatile i16, ptr %".2121", align 2
  %".2125" = zext i16 %".2124" to i64
  %"cursor.121" = and i64 %".2125", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".2137" = trunc i64 %"end.4" to i16
  %".2138" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".2137", ptr %".2138", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2141" = getelementptr i8, ptr %"keys.87", i64 2
  %".2142" = trunc i64 %"end.4" to i16
  store volatile i16 %".2142", ptr %".2141", align 2
  %".2144" = load volatile i16, ptr %".2141", align 2
  %".2145" = zext i16 %".2144" to i64
  %"cursor.122" = and i64 %".2145", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2155" = trunc i64 %"cursor.29" to i32
  %".2156" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".2155", [40 x i8]* %"header_copy", i32 8)
  %".2157" = icmp eq i64 %".2156", 0
  %".2158" = getelementptr i8, ptr %"ctx.25", i64 76
  %".2159" = load i32, ptr %".2158", align 4
  %".2160" = zext i32 %".2159" to i64
  %"data.90" = inttoptr i64 %".2160" to ptr
  %".2161" = getelementptr i8, ptr %"ctx.25", i64 80
  %".2162" = load i32, ptr %".2161", align 4
  %".2163" = zext i32 %".2162" to i64
  %"data_end.90" = inttoptr i64 %".2163" to ptr
  %".2164" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.90" = load ptr, ptr %".2164", align 8
  %".2165" = xor i1 %".2157", -1
  br i1 %".2165", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".2167" = trunc i64 %"cursor.29" to i16
  %".2168" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".2167", ptr %".2168", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".2171" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2172" = load volatile i8, [40 x i8]* %".2171", align 1
  %".2173" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2174" = load volatile i16, [40 x i8]* %".2173", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".2187" = getelementptr i8, ptr %"keys.91", i64 6
  store i8 1, ptr %".2187", align 1
  br i1 %".2185", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".2207" = zext i8 %"w0_1.6" to i64
  switch i64 %".2207", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".2190" = getelementptr i8, ptr %"keys.91", i64 7
  store i8 1, ptr %".2190", align 1
  %".2192" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.30" = load volatile i32, ptr %".2192", align 4
  %".2193" = and i32 %"flags.30", 1
  %".2194" = icmp ne i32 %".2193", 0
  %".2195" = xor i1 %".2194", -1
  br i1 %".2195", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".2202" = trunc i64 %".2180" to i16
  %".2203" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2202", ptr %".2203", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".2197" = trunc i64 %".2180" to i16
  %".2198" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2197", ptr %".2198", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".2209" = trunc i64 %".2180" to i16
  %".2210" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2209", ptr %".2210", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  %".2213" = getelementptr i8, ptr %"keys.91", i64 2
  %".2214" = trunc i64 %".2180" to i16
  store volatile i16 %".2214", ptr %".2213", align 2
  %".2216" = load volatile i16, ptr %".2213", align 2
  %".2217" = zext i16 %".2216" to i64
  %"cursor.123" = and i64 %".2217", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  %".2219" = getelementptr i8, ptr %"keys.91", i64 2
  %".2220" = trunc i64 %".2180" to i16
  store volatile i16 %".2220", ptr %".2219", align 2
  %".2222" = load volatile i16, ptr %".2219", align 2
  %".2223" = zext i16 %".2222" to i64
  %"cursor.124" = and i64 %".2223", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  %".2225" = getelementptr i8, ptr %"keys.91", i64 2
  %".2226" = trunc i64 %".2180" to i16
  store volatile i16 %".2226", ptr %".2225", align 2
  %".2228" = load volatile i16, ptr %".2225", align 2
  %".2229" = zext i16 %".2228" to i64
  %"cursor.125" = and i64 %".2229", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  %".2232" = getelementptr i8, ptr %"keys.91", i64 2
  %".2233" = trunc i64 %".2180" to i16
  store volatile i16 %".2233", ptr %".2232", align 2
  %".2235" = load volatile i16, ptr %".2232", align 2
  %".2236" = zext i16 %".2235" to i64
  %"cursor.126" = and i64 %".2236", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1.to_udp:
  %".2238" = getelementptr i8, ptr %"keys.91", i64 2
  %".2239" = trunc i64 %".2180" to i16
  store volatile i16 %".2239", ptr %".2238", align 2
  %".2241" = load volatile i16, ptr %".2238", align 2
  %".2242" = zext i16 %".2241" to i64
  %"cursor.127" = and i64 %".2242", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  %".2244" = getelementptr i8, ptr %"keys.91", i64 2
  %".2245" = trunc i64 %".2180" to i16
  store volatile i16 %".2245", ptr %".2244", align 2
  %".2247" = load volatile i16, ptr %".2244", align 2
  %".2248" = zext i16 %".2247" to i64
  %"cursor.128" = and i64 %".2248", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_gre_version:
  %".2250" = getelementptr i8, ptr %"keys.91", i64 2
  %".2251" = trunc i64 %".2180" to i16
  store volatile i16 %".2251", ptr %".2250", align 2
  %".2253" = load volatile i16, ptr %".2250", align 2
  %".2254" = zext i16 %".2253" to i64
  %"cursor.129" = and i64 %".2254", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  %".2256" = getelementptr i8, ptr %"keys.91", i64 2
  %".2257" = trunc i64 %".2180" to i16
  store volatile i16 %".2257", ptr %".2256", align 2
  %".2259" = load volatile i16, ptr %".2256", align 2
  %".2260" = zext i16 %".2259" to i64
  %"cursor.130" = and i64 %".2260", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  %".2262" = getelementptr i8, ptr %"keys.91", i64 2
  %".2263" = trunc i64 %".2180" to i16
  store volatile i16 %".2263", ptr %".2262", align 2
  %".2265" = load volatile i16, ptr %".2262", align 2
  %".2266" = zext i16 %".2265" to i64
  %"cursor.131" = and i64 %".2266", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_esp:
  %".2268" = getelementptr i8, ptr %"keys.91", i64 2
  %".2269" = trunc i64 %".2180" to i16
  store volatile i16 %".2269", ptr %".2268", align 2
  %".2271" = load volatile i16, ptr %".2268", align 2
  %".2272" = zext i16 %".2271" to i64
  %"cursor.132" = and i64 %".2272", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  %".2274" = getelementptr i8, ptr %"keys.91", i64 2
  %".2275" = trunc i64 %".2180" to i16
  store volatile i16 %".2275", ptr %".2274", align 2
  %".2277" = load volatile i16, ptr %".2274", align 2
  %".2278" = zext i16 %".2277" to i64
  %"cursor.133" = and i64 %".2278", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  %".2280" = getelementptr i8, ptr %"keys.91", i64 2
  %".2281" = trunc i64 %".2180" to i16
  store volatile i16 %".2281", ptr %".2280", align 2
  %".2283" = load volatile i16, ptr %".2280", align 2
  %".2284" = zext i16 %".2283" to i64
  %"cursor.134" = and i64 %".2284", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".2286" = trunc i64 34887 to i16
  %".2287" = call i16 @"llvm.bswap.i16"(i16 %".2286")
  %".2288" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".2287", ptr %".2288", align 2
  %".2290" = getelementptr i8, ptr %"keys.91", i64 2
  %".2291" = trunc i64 %".2180" to i16
  store volatile i16 %".2291", ptr %".2290", align 2
  %".2293" = load volatile i16, ptr %".2290", align 2
  %".2294" = zext i16 %".2293" to i64
  %"cursor.135" = and i64 %".2294", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".2296" = trunc i64 2048 to i16
  %".2297" = call i16 @"llvm.bswap.i16"(i16 %".2296")
  %".2298" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".2297", ptr %".2298", align 2
  %".2300" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".2300", align 1
  %".2302" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.31" = load volatile i32, ptr %".2302", align 4
  %".2303" = and i32 %"flags.31", 4
  %".2304" = icmp ne i32 %".2303", 0
  br i1 %".2304", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".2316" = trunc i64 34525 to i16
  %".2317" = call i16 @"llvm.bswap.i16"(i16 %".2316")
  %".2318" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".2317", ptr %".2318", align 2
  %".2320" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".2320", align 1
  %".2322" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.32" = load volatile i32, ptr %".2322", align 4
  %".2323" = and i32 %"flags.32", 4
  %".2324" = icmp ne i32 %".2323", 0
  br i1 %".2324", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".2306" = trunc i64 %".2180" to i16
  %".2307" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2306", ptr %".2307", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".2310" = getelementptr i8, ptr %"keys.91", i64 2
  %".2311" = trunc i64 %".2180" to i16
  store volatile i16 %".2311", ptr %".2310", align 2
  %".2313" = load volatile i16, ptr %".2310", align 2
  %".2314" = zext i16 %".2313" to i64
  %"cursor.136" = and i64 %".2314", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".2326" = trunc i64 %".2180" to i16
  %".2327" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".2326", ptr %".2327", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".2330" = getelementptr i8, ptr %"keys.91", i64 2
  %".2331" = trunc i64 %".2180" to i16
  store volatile i16 %".2331", ptr %".2330", align 2
  %".2333" = load volatile i16, ptr %".2330", align 2
  %".2334" = zext i16 %".2333" to i64
  %"cursor.137" = and i64 %".2334", 16383
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2340" = trunc i64 %"cursor.30" to i32
  %".2341" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".2340", [40 x i8]* %"header_copy", i32 4)
  %".2342" = icmp eq i64 %".2341", 0
  %".2343" = getelementptr i8, ptr %"ctx.26", i64 76
  %".2344" = load i32, ptr %".2343", align 4
  %".2345" = zext i32 %".2344" to i64
  %"data.92" = inttoptr i64 %".2345" to ptr
  %".2346" = getelementptr i8, ptr %"ctx.26", i64 80
  %".2347" = load i32, ptr %".2346", align 4
  %".2348" = zext i32 %".2347" to i64
  %"data_end.92" = inttoptr i64 %".2348" to ptr
  %".2349" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.92" = load ptr, ptr %".2349", align 8
  %".2350" = xor i1 %".2342", -1
  br i1 %".2350", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".2352" = trunc i64 %"cursor.30" to i16
  %".2353" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".2352", ptr %".2353", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2368" = trunc i64 %"cursor.34" to i32
  %".2369" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".2368", [40 x i8]* %"header_copy", i32 4)
  %".2370" = icmp eq i64 %".2369", 0
  %".2371" = getelementptr i8, ptr %"ctx.27", i64 76
  %".2372" = load i32, ptr %".2371", align 4
  %".2373" = zext i32 %".2372" to i64
  %"data.94" = inttoptr i64 %".2373" to ptr
  %".2374" = getelementptr i8, ptr %"ctx.27", i64 80
  %".2375" = load i32, ptr %".2374", align 4
  %".2376" = zext i32 %".2375" to i64
  %"data_end.94" = inttoptr i64 %".2376" to ptr
  %".2377" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.94" = load ptr, ptr %".2377", align 8
  %".2378" = xor i1 %".2370", -1
  br i1 %".2378", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".2380" = trunc i64 %"cursor.34" to i16
  %".2381" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".2380", ptr %".2381", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".2384" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2385" = load volatile i16, [40 x i8]* %".2384", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2400" = trunc i64 %".2393" to i16
  %".2401" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2400", ptr %".2401", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  %".2404" = getelementptr i8, ptr %"keys.95", i64 2
  %".2405" = trunc i64 %".2393" to i16
  store volatile i16 %".2405", ptr %".2404", align 2
  %".2407" = load volatile i16, ptr %".2404", align 2
  %".2408" = zext i16 %".2407" to i64
  %"cursor.138" = and i64 %".2408", 16383
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  %".2410" = getelementptr i8, ptr %"keys.95", i64 2
  %".2411" = trunc i64 %".2393" to i16
  store volatile i16 %".2411", ptr %".2410", align 2
  %".2413" = load volatile i16, ptr %".2410", align 2
  %".2414" = zext i16 %".2413" to i64
  %"cursor.139" = and i64 %".2414", 16383
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2416" = trunc i64 %".2393" to i16
  %".2417" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2416", ptr %".2417", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2420" = trunc i64 %".2393" to i16
  %".2421" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2420", ptr %".2421", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  %".2424" = getelementptr i8, ptr %"keys.95", i64 2
  %".2425" = trunc i64 %".2393" to i16
  store volatile i16 %".2425", ptr %".2424", align 2
  %".2427" = load volatile i16, ptr %".2424", align 2
  %".2428" = zext i16 %".2427" to i64
  %"cursor.140" = and i64 %".2428", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  %".2430" = getelementptr i8, ptr %"keys.95", i64 2
  %".2431" = trunc i64 %".2393" to i16
  store volatile i16 %".2431", ptr %".2430", align 2
  %".2433" = load volatile i16, ptr %".2430", align 2
  %".2434" = zext i16 %".2433" to i64
  %"cursor.141" = and i64 %".2434", 16383
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_pppoe:
  %".2436" = getelementptr i8, ptr %"keys.95", i64 2
  %".2437" = trunc i64 %".2393" to i16
  store volatile i16 %".2437", ptr %".2436", align 2
  %".2439" = load volatile i16, ptr %".2436", align 2
  %".2440" = zext i16 %".2439" to i64
  %"cursor.142" = and i64 %".2440", 16383
  br label %"pppoe_d0"
vlan_d0_vlan_tags2.to_arp:
  %".2442" = getelementptr i8, ptr %"keys.95", i64 2
  %".2443" = trunc i64 %".2393" to i16
  store volatile i16 %".2443", ptr %".2442", align 2
  %".2445" = load volatile i16, ptr %".2442", align 2
  %".2446" = zext i16 %".2445" to i64
  %"cursor.143" = and i64 %".2446", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_arp.1:
  %".2448" = getelementptr i8, ptr %"keys.95", i64 2
  %".2449" = trunc i64 %".2393" to i16
  store volatile i16 %".2449", ptr %".2448", align 2
  %".2451" = load volatile i16, ptr %".2448", align 2
  %".2452" = zext i16 %".2451" to i64
  %"cursor.144" = and i64 %".2452", 16383
  br label %"arp"
vlan_d0_vlan_tags2.to_ptp:
  %".2454" = getelementptr i8, ptr %"keys.95", i64 2
  %".2455" = trunc i64 %".2393" to i16
  store volatile i16 %".2455", ptr %".2454", align 2
  %".2457" = load volatile i16, ptr %".2454", align 2
  %".2458" = zext i16 %".2457" to i64
  %"cursor.145" = and i64 %".2458", 16383
  br label %"ptp"
vlan_d0_vlan_tags2.to_cfm:
  %".2460" = getelementptr i8, ptr %"keys.95", i64 2
  %".2461" = trunc i64 %".2393" to i16
  store volatile i16 %".2461", ptr %".2460", align 2
  %".2463" = load volatile i16, ptr %".2460", align 2
  %".2464" = zext i16 %".2463" to i64
  %"cursor.146" = and i64 %".2464", 16383
  br label %"cfm"
vlan_d0_vlan_tags2.to_tipc:
  %".2466" = getelementptr i8, ptr %"keys.95", i64 2
  %".2467" = trunc i64 %".2393" to i16
  store volatile i16 %".2467", ptr %".2466", align 2
  %".2469" = load volatile i16, ptr %".2466", align 2
  %".2470" = zext i16 %".2469" to i64
  %"cursor.147" = and i64 %".2470", 16383
  br label %"tipc"
vlan_d0_vlan_tags2.to_fcoe:
  %".2472" = getelementptr i8, ptr %"keys.95", i64 2
  %".2473" = trunc i64 %".2393" to i16
  store volatile i16 %".2473", ptr %".2472", align 2
  %".2475" = load volatile i16, ptr %".2472", align 2
  %".2476" = zext i16 %".2475" to i64
  %"cursor.148" = and i64 %".2476", 16383
  br label %"fcoe"
vlan_d0_vlan_tags2.to_hsr:
  %".2478" = trunc i64 %".2393" to i16
  %".2479" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2478", ptr %".2479", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2482" = trunc i64 %".2393" to i16
  %".2483" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2482", ptr %".2483", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  %".2486" = getelementptr i8, ptr %"keys.95", i64 2
  %".2487" = trunc i64 %".2393" to i16
  store volatile i16 %".2487", ptr %".2486", align 2
  %".2489" = load volatile i16, ptr %".2486", align 2
  %".2490" = zext i16 %".2489" to i64
  %"cursor.149" = and i64 %".2490", 16383
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2498" = trunc i64 %"cursor.39" to i32
  %".2499" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2498", [40 x i8]* %"header_copy", i32 6)
  %".2500" = icmp eq i64 %".2499", 0
  %".2501" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2502" = load i32, ptr %".2501", align 4
  %".2503" = zext i32 %".2502" to i64
  %"data.96" = inttoptr i64 %".2503" to ptr
  %".2504" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2505" = load i32, ptr %".2504", align 4
  %".2506" = zext i32 %".2505" to i64
  %"data_end.96" = inttoptr i64 %".2506" to ptr
  %".2507" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.96" = load ptr, ptr %".2507", align 8
  %".2508" = xor i1 %".2500", -1
  br i1 %".2508", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".2510" = trunc i64 %"cursor.39" to i16
  %".2511" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2510", ptr %".2511", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".2514" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2515" = load volatile i16, [40 x i8]* %".2514", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2530" = trunc i64 %".2523" to i16
  %".2531" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2530", ptr %".2531", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv4:
  %".2534" = getelementptr i8, ptr %"keys.97", i64 2
  %".2535" = trunc i64 %".2523" to i16
  store volatile i16 %".2535", ptr %".2534", align 2
  %".2537" = load volatile i16, ptr %".2534", align 2
  %".2538" = zext i16 %".2537" to i64
  %"cursor.150" = and i64 %".2538", 16383
  br label %"ipv4_d0"
hsr_d0_vlan_tags2.to_ipv6:
  %".2540" = getelementptr i8, ptr %"keys.97", i64 2
  %".2541" = trunc i64 %".2523" to i16
  store volatile i16 %".2541", ptr %".2540", align 2
  %".2543" = load volatile i16, ptr %".2540", align 2
  %".2544" = zext i16 %".2543" to i64
  %"cursor.151" = and i64 %".2544", 16383
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2546" = trunc i64 %".2523" to i16
  %".2547" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2546", ptr %".2547", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2550" = trunc i64 %".2523" to i16
  %".2551" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2550", ptr %".2551", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_mpls:
  %".2554" = getelementptr i8, ptr %"keys.97", i64 2
  %".2555" = trunc i64 %".2523" to i16
  store volatile i16 %".2555", ptr %".2554", align 2
  %".2557" = load volatile i16, ptr %".2554", align 2
  %".2558" = zext i16 %".2557" to i64
  %"cursor.152" = and i64 %".2558", 16383
  br label %"mpls_mpls_labels1"
hsr_d0_vlan_tags2.to_mpls.1:
  %".2560" = getelementptr i8, ptr %"keys.97", i64 2
  %".2561" = trunc i64 %".2523" to i16
  store volatile i16 %".2561", ptr %".2560", align 2
  %".2563" = load volatile i16, ptr %".2560", align 2
  %".2564" = zext i16 %".2563" to i64
  %"cursor.153" = and i64 %".2564", 16383
  br label %"mpls_mpls_labels1"
hsr_d0_vlan_tags2.to_pppoe:
  %".2566" = getelementptr i8, ptr %"keys.97", i64 2
  %".2567" = trunc i64 %".2523" to i16
  store volatile i16 %".2567", ptr %".2566", align 2
  %".2569" = load volatile i16, ptr %".2566", align 2
  %".2570" = zext i16 %".2569" to i64
  %"cursor.154" = and i64 %".2570", 16383
  br label %"pppoe_d0"
hsr_d0_vlan_tags2.to_arp:
  %".2572" = getelementptr i8, ptr %"keys.97", i64 2
  %".2573" = trunc i64 %".2523" to i16
  store volatile i16 %".2573", ptr %".2572", align 2
  %".2575" = load volatile i16, ptr %".2572", align 2
  %".2576" = zext i16 %".2575" to i64
  %"cursor.155" = and i64 %".2576", 16383
  br label %"arp"
hsr_d0_vlan_tags2.to_arp.1:
  %".2578" = getelementptr i8, ptr %"keys.97", i64 2
  %".2579" = trunc i64 %".2523" to i16
  store volatile i16 %".2579", ptr %".2578", align 2
  %".2581" = load volatile i16, ptr %".2578", align 2
  %".2582" = zext i16 %".2581" to i64
  %"cursor.156" = and i64 %".2582", 16383
  br label %"arp"
hsr_d0_vlan_tags2.to_ptp:
  %".2584" = getelementptr i8, ptr %"keys.97", i64 2
  %".2585" = trunc i64 %".2523" to i16
  store volatile i16 %".2585", ptr %".2584", align 2
  %".2587" = load volatile i16, ptr %".2584", align 2
  %".2588" = zext i16 %".2587" to i64
  %"cursor.157" = and i64 %".2588", 16383
  br label %"ptp"
hsr_d0_vlan_tags2.to_cfm:
  %".2590" = getelementptr i8, ptr %"keys.97", i64 2
  %".2591" = trunc i64 %".2523" to i16
  store volatile i16 %".2591", ptr %".2590", align 2
  %".2593" = load volatile i16, ptr %".2590", align 2
  %".2594" = zext i16 %".2593" to i64
  %"cursor.158" = and i64 %".2594", 16383
  br label %"cfm"
hsr_d0_vlan_tags2.to_tipc:
  %".2596" = getelementptr i8, ptr %"keys.97", i64 2
  %".2597" = trunc i64 %".2523" to i16
  store volatile i16 %".2597", ptr %".2596", align 2
  %".2599" = load volatile i16, ptr %".2596", align 2
  %".2600" = zext i16 %".2599" to i64
  %"cursor.159" = and i64 %".2600", 16383
  br label %"tipc"
hsr_d0_vlan_tags2.to_fcoe:
  %".2602" = getelementptr i8, ptr %"keys.97", i64 2
  %".2603" = trunc i64 %".2523" to i16
  store volatile i16 %".2603", ptr %".2602", align 2
  %".2605" = load volatile i16, ptr %".2602", align 2
  %".2606" = zext i16 %".2605" to i64
  %"cursor.160" = and i64 %".2606", 16383
  br label %"fcoe"
hsr_d0_vlan_tags2.to_hsr:
  %".2608" = trunc i64 %".2523" to i16
  %".2609" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2608", ptr %".2609", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2612" = trunc i64 %".2523" to i16
  %".2613" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2612", ptr %".2613", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  %".2616" = getelementptr i8, ptr %"keys.97", i64 2
  %".2617" = trunc i64 %".2523" to i16
  store volatile i16 %".2617", ptr %".2616", align 2
  %".2619" = load volatile i16, ptr %".2616", align 2
  %".2620" = zext i16 %".2619" to i64
  %"cursor.161" = and i64 %".2620", 16383
  br label %"batadv_d0"
vlan_d1_vlan_tags1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2633" = trunc i64 %"cursor.63" to i32
  %".2634" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2633", [40 x i8]* %"header_copy", i32 4)
  %".2635" = icmp eq i64 %".2634", 0
  %".2636" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2637" = load i32, ptr %".2636", align 4
  %".2638" = zext i32 %".2637" to i64
  %"data.98" = inttoptr i64 %".2638" to ptr
  %".2639" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2640" = load i32, ptr %".2639", align 4
  %".2641" = zext i32 %".2640" to i64
  %"data_end.98" = inttoptr i64 %".2641" to ptr
  %".2642" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.98" = load ptr, ptr %".2642", align 8
  %".2643" = xor i1 %".2635", -1
  br i1 %".2643", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2645" = trunc i64 %"cursor.63" to i16
  %".2646" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2645", ptr %".2646", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2649" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2650" = load volatile i16, [40 x i8]* %".2649", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2665" = trunc i64 %".2658" to i16
  %".2666" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2665", ptr %".2666", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  %".2669" = getelementptr i8, ptr %"keys.99", i64 2
  %".2670" = trunc i64 %".2658" to i16
  store volatile i16 %".2670", ptr %".2669", align 2
  %".2672" = load volatile i16, ptr %".2669", align 2
  %".2673" = zext i16 %".2672" to i64
  %"cursor.162" = and i64 %".2673", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags1.to_ipv6:
  %".2675" = getelementptr i8, ptr %"keys.99", i64 2
  %".2676" = trunc i64 %".2658" to i16
  store volatile i16 %".2676", ptr %".2675", align 2
  %".2678" = load volatile i16, ptr %".2675", align 2
  %".2679" = zext i16 %".2678" to i64
  %"cursor.163" = and i64 %".2679", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  %".2681" = getelementptr i8, ptr %"keys.99", i64 2
  %".2682" = trunc i64 %".2658" to i16
  store volatile i16 %".2682", ptr %".2681", align 2
  %".2684" = load volatile i16, ptr %".2681", align 2
  %".2685" = zext i16 %".2684" to i64
  %"cursor.165" = and i64 %".2685", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  %".2687" = getelementptr i8, ptr %"keys.99", i64 2
  %".2688" = trunc i64 %".2658" to i16
  store volatile i16 %".2688", ptr %".2687", align 2
  %".2690" = load volatile i16, ptr %".2687", align 2
  %".2691" = zext i16 %".2690" to i64
  %"cursor.166" = and i64 %".2691", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  %".2693" = getelementptr i8, ptr %"keys.99", i64 2
  %".2694" = trunc i64 %".2658" to i16
  store volatile i16 %".2694", ptr %".2693", align 2
  %".2696" = load volatile i16, ptr %".2693", align 2
  %".2697" = zext i16 %".2696" to i64
  %"cursor.167" = and i64 %".2697", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  %".2699" = getelementptr i8, ptr %"keys.99", i64 2
  %".2700" = trunc i64 %".2658" to i16
  store volatile i16 %".2700", ptr %".2699", align 2
  %".2702" = load volatile i16, ptr %".2699", align 2
  %".2703" = zext i16 %".2702" to i64
  %"cursor.168" = and i64 %".2703", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_pppoe:
  %".2705" = getelementptr i8, ptr %"keys.99", i64 2
  %".2706" = trunc i64 %".2658" to i16
  store volatile i16 %".2706", ptr %".2705", align 2
  %".2708" = load volatile i16, ptr %".2705", align 2
  %".2709" = zext i16 %".2708" to i64
  %"cursor.169" = and i64 %".2709", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1.to_arp:
  %".2711" = getelementptr i8, ptr %"keys.99", i64 2
  %".2712" = trunc i64 %".2658" to i16
  store volatile i16 %".2712", ptr %".2711", align 2
  %".2714" = load volatile i16, ptr %".2711", align 2
  %".2715" = zext i16 %".2714" to i64
  %"cursor.170" = and i64 %".2715", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_arp.1:
  %".2717" = getelementptr i8, ptr %"keys.99", i64 2
  %".2718" = trunc i64 %".2658" to i16
  store volatile i16 %".2718", ptr %".2717", align 2
  %".2720" = load volatile i16, ptr %".2717", align 2
  %".2721" = zext i16 %".2720" to i64
  %"cursor.171" = and i64 %".2721", 16383
  br label %"arp"
vlan_d1_vlan_tags1.to_ptp:
  %".2723" = getelementptr i8, ptr %"keys.99", i64 2
  %".2724" = trunc i64 %".2658" to i16
  store volatile i16 %".2724", ptr %".2723", align 2
  %".2726" = load volatile i16, ptr %".2723", align 2
  %".2727" = zext i16 %".2726" to i64
  %"cursor.172" = and i64 %".2727", 16383
  br label %"ptp"
vlan_d1_vlan_tags1.to_cfm:
  %".2729" = getelementptr i8, ptr %"keys.99", i64 2
  %".2730" = trunc i64 %".2658" to i16
  store volatile i16 %".2730", ptr %".2729", align 2
  %".2732" = load volatile i16, ptr %".2729", align 2
  %".2733" = zext i16 %".2732" to i64
  %"cursor.173" = and i64 %".2733", 16383
  br label %"cfm"
vlan_d1_vlan_tags1.to_tipc:
  %".2735" = getelementptr i8, ptr %"keys.99", i64 2
  %".2736" = trunc i64 %".2658" to i16
  store volatile i16 %".2736", ptr %".2735", align 2
  %".2738" = load volatile i16, ptr %".2735", align 2
  %".2739" = zext i16 %".2738" to i64
  %"cursor.174" = and i64 %".2739", 16383
  br label %"tipc"
vlan_d1_vlan_tags1.to_fcoe:
  %".2741" = getelementptr i8, ptr %"keys.99", i64 2
  %".2742" = trunc i64 %".2658" to i16
  store volatile i16 %".2742", ptr %".2741", align 2
  %".2744" = load volatile i16, ptr %".2741", align 2
  %".2745" = zext i16 %".2744" to i64
  %"cursor.175" = and i64 %".2745", 16383
  br label %"fcoe"
vlan_d1_vlan_tags1.to_hsr:
  %".2747" = getelementptr i8, ptr %"keys.99", i64 2
  %".2748" = trunc i64 %".2658" to i16
  store volatile i16 %".2748", ptr %".2747", align 2
  %".2750" = load volatile i16, ptr %".2747", align 2
  %".2751" = zext i16 %".2750" to i64
  %"cursor.177" = and i64 %".2751", 16383
  br label %"hsr_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_hsr.1:
  %".2753" = getelementptr i8, ptr %"keys.99", i64 2
  %".2754" = trunc i64 %".2658" to i16
  store volatile i16 %".2754", ptr %".2753", align 2
  %".2756" = load volatile i16, ptr %".2753", align 2
  %".2757" = zext i16 %".2756" to i64
  %"cursor.178" = and i64 %".2757", 16383
  br label %"hsr_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_batadv:
  %".2759" = getelementptr i8, ptr %"keys.99", i64 2
  %".2760" = trunc i64 %".2658" to i16
  store volatile i16 %".2760", ptr %".2759", align 2
  %".2762" = load volatile i16, ptr %".2759", align 2
  %".2763" = zext i16 %".2762" to i64
  %"cursor.179" = and i64 %".2763", 16383
  br label %"batadv_d1"
vlan_d1_vlan_tags2:
  %"cursor.164" = phi  i64 [%"cursor.165", %"vlan_d1_vlan_tags1.to_vlan"], [%"cursor.166", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"cursor.186", %"hsr_d1_vlan_tags1.to_vlan"], [%"cursor.187", %"hsr_d1_vlan_tags1.to_vlan.1"]
  %"data.100" = phi  ptr [%"data.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.105", %"hsr_d1_vlan_tags1.to_vlan.1"]
  %"data_end.100" = phi  ptr [%"data_end.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_vlan.1"]
  %"keys.100" = phi  ptr [%"keys.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.105", %"hsr_d1_vlan_tags1.to_vlan.1"]
  %"hdr.37" = getelementptr i8, ptr %"data.100", i64 %"cursor.164"
  %".4366" = getelementptr i8, ptr %"hdr.37", i64 4
  %".4367" = icmp ugt ptr %".4366", %"data_end.100"
  br i1 %".4367", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".4369" = getelementptr i8, ptr %"hdr.37", i64 2
  %".4370" = load i16, ptr %".4369", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.15" = phi  i16 [%".4370", %"vlan_d1_vlan_tags2.linear"], [%".4389", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.135" = phi  ptr [%"data.100", %"vlan_d1_vlan_tags2.linear"], [%"data.134", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.135" = phi  ptr [%"data_end.100", %"vlan_d1_vlan_tags2.linear"], [%"data_end.134", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.135" = phi  ptr [%"keys.100", %"vlan_d1_vlan_tags2.linear"], [%"keys.134", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".4391" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".4392" = zext i16 %".4391" to i64
  %".4393" = trunc i64 %".4392" to i16
  %".4394" = call i16 @"llvm.bswap.i16"(i16 %".4393")
  %".4395" = getelementptr i8, ptr %"keys.135", i64 10
  store i16 %".4394", ptr %".4395", align 2
  %".4397" = add i64 %"cursor.164", 4
  %".4398" = trunc i64 %".4397" to i16
  %".4399" = getelementptr i8, ptr %"keys.135", i64 0
  store i16 %".4398", ptr %".4399", align 2
  %".4401" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".4402" = zext i16 %".4401" to i64
  switch i64 %".4402", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]
hsr_d1_vlan_tags2:
  %"cursor.176" = phi  i64 [%"cursor.177", %"vlan_d1_vlan_tags1.to_hsr"], [%"cursor.178", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"cursor.197", %"hsr_d1_vlan_tags1.to_hsr"], [%"cursor.198", %"hsr_d1_vlan_tags1.to_hsr.1"]
  %"data.101" = phi  ptr [%"data.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.105", %"hsr_d1_vlan_tags1.to_hsr.1"]
  %"data_end.101" = phi  ptr [%"data_end.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_hsr.1"]
  %"keys.101" = phi  ptr [%"keys.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.105", %"hsr_d1_vlan_tags1.to_hsr.1"]
  %"hdr.38" = getelementptr i8, ptr %"data.101", i64 %"cursor.176"
  %".4496" = getelementptr i8, ptr %"hdr.38", i64 6
  %".4497" = icmp ugt ptr %".4496", %"data_end.101"
  br i1 %".4497", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".4499" = getelementptr i8, ptr %"hdr.38", i64 4
  %".4500" = load i16, ptr %".4499", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".4500", %"hsr_d1_vlan_tags2.linear"], [%".4519", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.101", %"hsr_d1_vlan_tags2.linear"], [%"data.136", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.101", %"hsr_d1_vlan_tags2.linear"], [%"data_end.136", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.101", %"hsr_d1_vlan_tags2.linear"], [%"keys.136", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".4521" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4522" = zext i16 %".4521" to i64
  %".4523" = trunc i64 %".4522" to i16
  %".4524" = call i16 @"llvm.bswap.i16"(i16 %".4523")
  %".4525" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".4524", ptr %".4525", align 2
  %".4527" = add i64 %"cursor.176", 6
  %".4528" = trunc i64 %".4527" to i16
  %".4529" = getelementptr i8, ptr %"keys.137", i64 0
  store i16 %".4528", ptr %".4529", align 2
  %".4531" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4532" = zext i16 %".4531" to i64
  switch i64 %".4532", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]
pppoe_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2775" = trunc i64 %"cursor.68" to i32
  %".2776" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2775", [40 x i8]* %"header_copy", i32 8)
  %".2777" = icmp eq i64 %".2776", 0
  %".2778" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2779" = load i32, ptr %".2778", align 4
  %".2780" = zext i32 %".2779" to i64
  %"data.102" = inttoptr i64 %".2780" to ptr
  %".2781" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2782" = load i32, ptr %".2781", align 4
  %".2783" = zext i32 %".2782" to i64
  %"data_end.102" = inttoptr i64 %".2783" to ptr
  %".2784" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.102" = load ptr, ptr %".2784", align 8
  %".2785" = xor i1 %".2777", -1
  br i1 %".2785", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2787" = trunc i64 %"cursor.68" to i16
  %".2788" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2787", ptr %".2788", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2791" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2792" = load volatile i8, [40 x i8]* %".2791", align 1
  %".2793" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2794" = load volatile i8, [40 x i8]* %".2793", align 1
  %".2795" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2796" = load volatile i16, [40 x i8]* %".2795", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2811" = trunc i64 %"cursor.68" to i16
  %".2812" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2811", ptr %".2812", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2815" = add i64 %"cursor.68", 8
  %".2816" = trunc i64 %".2815" to i16
  %".2817" = getelementptr i8, ptr %"keys.103", i64 0
  store i16 %".2816", ptr %".2817", align 2
  %".2819" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2820" = zext i16 %".2819" to i64
  switch i64 %".2820", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]
pppoe_d1.unknown:
  %".2822" = and i64 %".2820", 257
  %".2823" = icmp eq i64 %".2822", 1
  br i1 %".2823", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2829" = trunc i64 2048 to i16
  %".2830" = call i16 @"llvm.bswap.i16"(i16 %".2829")
  %".2831" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2830", ptr %".2831", align 2
  %".2833" = getelementptr i8, ptr %"keys.103", i64 2
  %".2834" = trunc i64 %".2815" to i16
  store volatile i16 %".2834", ptr %".2833", align 2
  %".2836" = load volatile i16, ptr %".2833", align 2
  %".2837" = zext i16 %".2836" to i64
  %"cursor.180" = and i64 %".2837", 16383
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".2839" = trunc i64 34525 to i16
  %".2840" = call i16 @"llvm.bswap.i16"(i16 %".2839")
  %".2841" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2840", ptr %".2841", align 2
  %".2843" = getelementptr i8, ptr %"keys.103", i64 2
  %".2844" = trunc i64 %".2815" to i16
  store volatile i16 %".2844", ptr %".2843", align 2
  %".2846" = load volatile i16, ptr %".2843", align 2
  %".2847" = zext i16 %".2846" to i64
  %"cursor.181" = and i64 %".2847", 16383
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2849" = trunc i64 34887 to i16
  %".2850" = call i16 @"llvm.bswap.i16"(i16 %".2849")
  %".2851" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2850", ptr %".2851", align 2
  %".2853" = getelementptr i8, ptr %"keys.103", i64 2
  %".2854" = trunc i64 %".2815" to i16
  store volatile i16 %".2854", ptr %".2853", align 2
  %".2856" = load volatile i16, ptr %".2853", align 2
  %".2857" = zext i16 %".2856" to i64
  %"cursor.182" = and i64 %".2857", 16383
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2859" = trunc i64 34888 to i16
  %".2860" = call i16 @"llvm.bswap.i16"(i16 %".2859")
  %".2861" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2860", ptr %".2861", align 2
  %".2863" = getelementptr i8, ptr %"keys.103", i64 2
  %".2864" = trunc i64 %".2815" to i16
  store volatile i16 %".2864", ptr %".2863", align 2
  %".2866" = load volatile i16, ptr %".2863", align 2
  %".2867" = zext i16 %".2866" to i64
  %"cursor.183" = and i64 %".2867", 16383
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2825" = trunc i64 %".2815" to i16
  %".2826" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2825", ptr %".2826", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2876" = trunc i64 %"cursor.76" to i32
  %".2877" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2876", [40 x i8]* %"header_copy", i32 6)
  %".2878" = icmp eq i64 %".2877", 0
  %".2879" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2880" = load i32, ptr %".2879", align 4
  %".2881" = zext i32 %".2880" to i64
  %"data.104" = inttoptr i64 %".2881" to ptr
  %".2882" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2883" = load i32, ptr %".2882", align 4
  %".2884" = zext i32 %".2883" to i64
  %"data_end.104" = inttoptr i64 %".2884" to ptr
  %".2885" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.104" = load ptr, ptr %".2885", align 8
  %".2886" = xor i1 %".2878", -1
  br i1 %".2886", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2888" = trunc i64 %"cursor.76" to i16
  %".2889" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2888", ptr %".2889", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2892" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2893" = load volatile i16, [40 x i8]* %".2892", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2908" = trunc i64 %".2901" to i16
  %".2909" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2908", ptr %".2909", align 2
  br label %"return"
hsr_d1_vlan_tags1.to_ipv4:
  %".2912" = getelementptr i8, ptr %"keys.105", i64 2
  %".2913" = trunc i64 %".2901" to i16
  store volatile i16 %".2913", ptr %".2912", align 2
  %".2915" = load volatile i16, ptr %".2912", align 2
  %".2916" = zext i16 %".2915" to i64
  %"cursor.184" = and i64 %".2916", 16383
  br label %"ipv4_d1"
hsr_d1_vlan_tags1.to_ipv6:
  %".2918" = getelementptr i8, ptr %"keys.105", i64 2
  %".2919" = trunc i64 %".2901" to i16
  store volatile i16 %".2919", ptr %".2918", align 2
  %".2921" = load volatile i16, ptr %".2918", align 2
  %".2922" = zext i16 %".2921" to i64
  %"cursor.185" = and i64 %".2922", 16383
  br label %"ipv6_d1"
hsr_d1_vlan_tags1.to_vlan:
  %".2924" = getelementptr i8, ptr %"keys.105", i64 2
  %".2925" = trunc i64 %".2901" to i16
  store volatile i16 %".2925", ptr %".2924", align 2
  %".2927" = load volatile i16, ptr %".2924", align 2
  %".2928" = zext i16 %".2927" to i64
  %"cursor.186" = and i64 %".2928", 16383
  br label %"vlan_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_vlan.1:
  %".2930" = getelementptr i8, ptr %"keys.105", i64 2
  %".2931" = trunc i64 %".2901" to i16
  store volatile i16 %".2931", ptr %".2930", align 2
  %".2933" = load volatile i16, ptr %".2930", align 2
  %".2934" = zext i16 %".2933" to i64
  %"cursor.187" = and i64 %".2934", 16383
  br label %"vlan_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_mpls:
  %".2936" = getelementptr i8, ptr %"keys.105", i64 2
  %".2937" = trunc i64 %".2901" to i16
  store volatile i16 %".2937", ptr %".2936", align 2
  %".2939" = load volatile i16, ptr %".2936", align 2
  %".2940" = zext i16 %".2939" to i64
  %"cursor.188" = and i64 %".2940", 16383
  br label %"mpls_mpls_labels1"
hsr_d1_vlan_tags1.to_mpls.1:
  %".2942" = getelementptr i8, ptr %"keys.105", i64 2
  %".2943" = trunc i64 %".2901" to i16
  store volatile i16 %".2943", ptr %".2942", align 2
  %".2945" = load volatile i16, ptr %".2942", align 2
  %".2946" = zext i16 %".2945" to i64
  %"cursor.189" = and i64 %".2946", 16383
  br label %"mpls_mpls_labels1"
hsr_d1_vlan_tags1.to_pppoe:
  %".2948" = getelementptr i8, ptr %"keys.105", i64 2
  %".2949" = trunc i64 %".2901" to i16
  store volatile i16 %".2949", ptr %".2948", align 2
  %".2951" = load volatile i16, ptr %".2948", align 2
  %".2952" = zext i16 %".2951" to i64
  %"cursor.190" = and i64 %".2952", 16383
  br label %"pppoe_d1"
hsr_d1_vlan_tags1.to_arp:
  %".2954" = getelementptr i8, ptr %"keys.105", i64 2
  %".2955" = trunc i64 %".2901" to i16
  store volatile i16 %".2955", ptr %".2954", align 2
  %".2957" = load volatile i16, ptr %".2954", align 2
  %".2958" = zext i16 %".2957" to i64
  %"cursor.191" = and i64 %".2958", 16383
  br label %"arp"
hsr_d1_vlan_tags1.to_arp.1:
  %".2960" = getelementptr i8, ptr %"keys.105", i64 2
  %".2961" = trunc i64 %".2901" to i16
  store volatile i16 %".2961", ptr %".2960", align 2
  %".2963" = load volatile i16, ptr %".2960", align 2
  %".2964" = zext i16 %".2963" to i64
  %"cursor.192" = and i64 %".2964", 16383
  br label %"arp"
hsr_d1_vlan_tags1.to_ptp:
  %".2966" = getelementptr i8, ptr %"keys.105", i64 2
  %".2967" = trunc i64 %".2901" to i16
  store volatile i16 %".2967", ptr %".2966", align 2
  %".2969" = load volatile i16, ptr %".2966", align 2
  %".2970" = zext i16 %".2969" to i64
  %"cursor.193" = and i64 %".2970", 16383
  br label %"ptp"
hsr_d1_vlan_tags1.to_cfm:
  %".2972" = getelementptr i8, ptr %"keys.105", i64 2
  %".2973" = trunc i64 %".2901" to i16
  store volatile i16 %".2973", ptr %".2972", align 2
  %".2975" = load volatile i16, ptr %".2972", align 2
  %".2976" = zext i16 %".2975" to i64
  %"cursor.194" = and i64 %".2976", 16383
  br label %"cfm"
hsr_d1_vlan_tags1.to_tipc:
  %".2978" = getelementptr i8, ptr %"keys.105", i64 2
  %".2979" = trunc i64 %".2901" to i16
  store volatile i16 %".2979", ptr %".2978", align 2
  %".2981" = load volatile i16, ptr %".2978", align 2
  %".2982" = zext i16 %".2981" to i64
  %"cursor.195" = and i64 %".2982", 16383
  br label %"tipc"
hsr_d1_vlan_tags1.to_fcoe:
  %".2984" = getelementptr i8, ptr %"keys.105", i64 2
  %".2985" = trunc i64 %".2901" to i16
  store volatile i16 %".2985", ptr %".2984", align 2
  %".2987" = load volatile i16, ptr %".2984", align 2
  %".2988" = zext i16 %".2987" to i64
  %"cursor.196" = and i64 %".2988", 16383
  br label %"fcoe"
hsr_d1_vlan_tags1.to_hsr:
  %".2990" = getelementptr i8, ptr %"keys.105", i64 2
  %".2991" = trunc i64 %".2901" to i16
  store volatile i16 %".2991", ptr %".2990", align 2
  %".2993" = load volatile i16, ptr %".2990", align 2
  %".2994" = zext i16 %".2993" to i64
  %"cursor.197" = and i64 %".2994", 16383
  br label %"hsr_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_hsr.1:
  %".2996" = getelementptr i8, ptr %"keys.105", i64 2
  %".2997" = trunc i64 %".2901" to i16
  store volatile i16 %".2997", ptr %".2996", align 2
  %".2999" = load volatile i16, ptr %".2996", align 2
  %".3000" = zext i16 %".2999" to i64
  %"cursor.198" = and i64 %".3000", 16383
  br label %"hsr_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_batadv:
  %".3002" = getelementptr i8, ptr %"keys.105", i64 2
  %".3003" = trunc i64 %".2901" to i16
  store volatile i16 %".3003", ptr %".3002", align 2
  %".3005" = load volatile i16, ptr %".3002", align 2
  %".3006" = zext i16 %".3005" to i64
  %"cursor.199" = and i64 %".3006", 16383
  br label %"batadv_d1"
batadv_d1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3018" = trunc i64 %"cursor.79" to i32
  %".3019" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".3018", [40 x i8]* %"header_copy", i32 24)
  %".3020" = icmp eq i64 %".3019", 0
  %".3021" = getelementptr i8, ptr %"ctx.32", i64 76
  %".3022" = load i32, ptr %".3021", align 4
  %".3023" = zext i32 %".3022" to i64
  %"data.106" = inttoptr i64 %".3023" to ptr
  %".3024" = getelementptr i8, ptr %"ctx.32", i64 80
  %".3025" = load i32, ptr %".3024", align 4
  %".3026" = zext i32 %".3025" to i64
  %"data_end.106" = inttoptr i64 %".3026" to ptr
  %".3027" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.106" = load ptr, ptr %".3027", align 8
  %".3028" = xor i1 %".3020", -1
  br i1 %".3028", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".3030" = trunc i64 %"cursor.79" to i16
  %".3031" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".3030", ptr %".3031", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".3034" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3035" = load volatile i8, [40 x i8]* %".3034", align 1
  %".3036" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3037" = load volatile i8, [40 x i8]* %".3036", align 1
  %".3038" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".3039" = load volatile i16, [40 x i8]* %".3038", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".3048" = trunc i64 %"cursor.79" to i16
  %".3049" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3048", ptr %".3049", align 2
  br label %"return"
batadv_d1.require.endif:
  %".3052" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".3053" = zext i16 %".3052" to i64
  %".3054" = trunc i64 %".3053" to i16
  %".3055" = call i16 @"llvm.bswap.i16"(i16 %".3054")
  %".3056" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %".3055", ptr %".3056", align 2
  %".3058" = add i64 %"cursor.79", 24
  %".3059" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".3060" = zext i16 %".3059" to i64
  switch i64 %".3060", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]
batadv_d1.unknown:
  %".3062" = trunc i64 %".3058" to i16
  %".3063" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3062", ptr %".3063", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".3066" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3066", align 1
  %".3068" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.33" = load volatile i32, ptr %".3068", align 4
  %".3069" = and i32 %"flags.33", 4
  %".3070" = icmp ne i32 %".3069", 0
  br i1 %".3070", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".3080" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3080", align 1
  %".3082" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.34" = load volatile i32, ptr %".3082", align 4
  %".3083" = and i32 %"flags.34", 4
  %".3084" = icmp ne i32 %".3083", 0
  br i1 %".3084", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".3094" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3094", align 1
  %".3096" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.35" = load volatile i32, ptr %".3096", align 4
  %".3097" = and i32 %"flags.35", 4
  %".3098" = icmp ne i32 %".3097", 0
  br i1 %".3098", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".3108" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3108", align 1
  %".3110" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.36" = load volatile i32, ptr %".3110", align 4
  %".3111" = and i32 %"flags.36", 4
  %".3112" = icmp ne i32 %".3111", 0
  br i1 %".3112", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".3122" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3122", align 1
  %".3124" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.37" = load volatile i32, ptr %".3124", align 4
  %".3125" = and i32 %"flags.37", 4
  %".3126" = icmp ne i32 %".3125", 0
  br i1 %".3126", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".3136" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3136", align 1
  %".3138" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.38" = load volatile i32, ptr %".3138", align 4
  %".3139" = and i32 %"flags.38", 4
  %".3140" = icmp ne i32 %".3139", 0
  br i1 %".3140", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".3150" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3150", align 1
  %".3152" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.39" = load volatile i32, ptr %".3152", align 4
  %".3153" = and i32 %"flags.39", 4
  %".3154" = icmp ne i32 %".3153", 0
  br i1 %".3154", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".3164" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3164", align 1
  %".3166" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.40" = load volatile i32, ptr %".3166", align 4
  %".3167" = and i32 %"flags.40", 4
  %".3168" = icmp ne i32 %".3167", 0
  br i1 %".3168", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".3178" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3178", align 1
  %".3180" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.41" = load volatile i32, ptr %".3180", align 4
  %".3181" = and i32 %"flags.41", 4
  %".3182" = icmp ne i32 %".3181", 0
  br i1 %".3182", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".3192" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3192", align 1
  %".3194" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.42" = load volatile i32, ptr %".3194", align 4
  %".3195" = and i32 %"flags.42", 4
  %".3196" = icmp ne i32 %".3195", 0
  br i1 %".3196", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".3206" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3206", align 1
  %".3208" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.43" = load volatile i32, ptr %".3208", align 4
  %".3209" = and i32 %"flags.43", 4
  %".3210" = icmp ne i32 %".3209", 0
  br i1 %".3210", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".3220" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3220", align 1
  %".3222" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.44" = load volatile i32, ptr %".3222", align 4
  %".3223" = and i32 %"flags.44", 4
  %".3224" = icmp ne i32 %".3223", 0
  br i1 %".3224", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".3234" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3234", align 1
  %".3236" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.45" = load volatile i32, ptr %".3236", align 4
  %".3237" = and i32 %"flags.45", 4
  %".3238" = icmp ne i32 %".3237", 0
  br i1 %".3238", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".3248" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3248", align 1
  %".3250" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.46" = load volatile i32, ptr %".3250", align 4
  %".3251" = and i32 %"flags.46", 4
  %".3252" = icmp ne i32 %".3251", 0
  br i1 %".3252", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".3262" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3262", align 1
  %".3264" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.47" = load volatile i32, ptr %".3264", align 4
  %".3265" = and i32 %"flags.47", 4
  %".3266" = icmp ne i32 %".3265", 0
  br i1 %".3266", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".3276" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".3276", align 1
  %".3278" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.48" = load volatile i32, ptr %".3278", align 4
  %".3279" = and i32 %"flags.48", 4
  %".3280" = icmp ne i32 %".3279", 0
  br i1 %".3280", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".3072" = trunc i64 %".3058" to i16
  %".3073" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3072", ptr %".3073", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".3076" = trunc i64 %".3058" to i16
  %".3077" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3076", ptr %".3077", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".3086" = trunc i64 %".3058" to i16
  %".3087" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3086", ptr %".3087", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".3090" = trunc i64 %".3058" to i16
  %".3091" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3090", ptr %".3091", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".3100" = trunc i64 %".3058" to i16
  %".3101" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3100", ptr %".3101", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".3104" = trunc i64 %".3058" to i16
  %".3105" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3104", ptr %".3105", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".3114" = trunc i64 %".3058" to i16
  %".3115" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3114", ptr %".3115", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".3118" = trunc i64 %".3058" to i16
  %".3119" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3118", ptr %".3119", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".3128" = trunc i64 %".3058" to i16
  %".3129" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3128", ptr %".3129", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".3132" = trunc i64 %".3058" to i16
  %".3133" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3132", ptr %".3133", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".3142" = trunc i64 %".3058" to i16
  %".3143" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3142", ptr %".3143", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".3146" = trunc i64 %".3058" to i16
  %".3147" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3146", ptr %".3147", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".3156" = trunc i64 %".3058" to i16
  %".3157" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3156", ptr %".3157", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".3160" = trunc i64 %".3058" to i16
  %".3161" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3160", ptr %".3161", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".3170" = trunc i64 %".3058" to i16
  %".3171" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3170", ptr %".3171", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".3174" = trunc i64 %".3058" to i16
  %".3175" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3174", ptr %".3175", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".3184" = trunc i64 %".3058" to i16
  %".3185" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3184", ptr %".3185", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".3188" = trunc i64 %".3058" to i16
  %".3189" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3188", ptr %".3189", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".3198" = trunc i64 %".3058" to i16
  %".3199" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3198", ptr %".3199", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".3202" = trunc i64 %".3058" to i16
  %".3203" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3202", ptr %".3203", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".3212" = trunc i64 %".3058" to i16
  %".3213" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3212", ptr %".3213", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".3216" = trunc i64 %".3058" to i16
  %".3217" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3216", ptr %".3217", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".3226" = trunc i64 %".3058" to i16
  %".3227" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3226", ptr %".3227", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".3230" = trunc i64 %".3058" to i16
  %".3231" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3230", ptr %".3231", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".3240" = trunc i64 %".3058" to i16
  %".3241" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3240", ptr %".3241", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".3244" = trunc i64 %".3058" to i16
  %".3245" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3244", ptr %".3245", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".3254" = trunc i64 %".3058" to i16
  %".3255" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3254", ptr %".3255", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".3258" = trunc i64 %".3058" to i16
  %".3259" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3258", ptr %".3259", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".3268" = trunc i64 %".3058" to i16
  %".3269" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3268", ptr %".3269", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".3272" = trunc i64 %".3058" to i16
  %".3273" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3272", ptr %".3273", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".3282" = trunc i64 %".3058" to i16
  %".3283" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3282", ptr %".3283", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".3286" = trunc i64 %".3058" to i16
  %".3287" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".3286", ptr %".3287", align 2
  br label %"return"
gre_d0.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3300" = trunc i64 %"cursor.81" to i32
  %".3301" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".3300", [40 x i8]* %"header_copy", i32 4)
  %".3302" = icmp eq i64 %".3301", 0
  %".3303" = getelementptr i8, ptr %"ctx.33", i64 76
  %".3304" = load i32, ptr %".3303", align 4
  %".3305" = zext i32 %".3304" to i64
  %"data.108" = inttoptr i64 %".3305" to ptr
  %".3306" = getelementptr i8, ptr %"ctx.33", i64 80
  %".3307" = load i32, ptr %".3306", align 4
  %".3308" = zext i32 %".3307" to i64
  %"data_end.108" = inttoptr i64 %".3308" to ptr
  %".3309" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.108" = load ptr, ptr %".3309", align 8
  %".3310" = xor i1 %".3302", -1
  br i1 %".3310", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".3312" = trunc i64 %"cursor.81" to i16
  %".3313" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".3312", ptr %".3313", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".3316" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3317" = load volatile i8, [40 x i8]* %".3316", align 1
  %".3318" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3319" = load volatile i8, [40 x i8]* %".3318", align 1
  %".3320" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3321" = load volatile i16, [40 x i8]* %".3320", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".3332" = trunc i64 %"cursor.81" to i16
  %".3333" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".3332", ptr %".3333", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".3336" = add i64 %"cursor.81", 4
  %".3337" = zext i8 %"w0_1.9" to i64
  %".3338" = lshr i64 %".3337", 7
  %".3339" = and i64 %".3338", 1
  %".3340" = zext i8 %"w0_1.9" to i64
  %".3341" = lshr i64 %".3340", 5
  %".3342" = and i64 %".3341", 1
  %".3343" = add i64 %".3339", %".3342"
  %".3344" = zext i8 %"w0_1.9" to i64
  %".3345" = lshr i64 %".3344", 4
  %".3346" = and i64 %".3345", 1
  %".3347" = add i64 %".3343", %".3346"
  %".3348" = mul i64 %".3347", 4
  %".3349" = add i64 %".3348", 4
  %".3350" = getelementptr i8, ptr %"data.109", i64 %"cursor.81"
  %".3351" = getelementptr i8, ptr %".3350", i64 %".3349"
  %".3352" = icmp ugt ptr %".3351", %"data_end.109"
  br i1 %".3352", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.111" = phi  ptr [%"data.109", %"gre_d0.stop_before.endif"], [%"data.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.109", %"gre_d0.stop_before.endif"], [%"data_end.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.109", %"gre_d0.stop_before.endif"], [%"keys.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.81", %".3349"
  %".3373" = getelementptr i8, ptr %"keys.111", i64 8
  store i8 1, ptr %".3373", align 1
  %".3375" = getelementptr i8, ptr %"keys.111", i64 48
  %"flags.49" = load volatile i32, ptr %".3375", align 4
  %".3376" = and i32 %"flags.49", 4
  %".3377" = icmp ne i32 %".3376", 0
  br i1 %".3377", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".3354" = add i64 %"cursor.81", %".3349"
  %".3355" = sub i64 %".3354", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3356" = trunc i64 %".3355" to i32
  %".3357" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".3356", i64* %"last_byte", i32 1)
  %".3358" = icmp eq i64 %".3357", 0
  %".3359" = getelementptr i8, ptr %"ctx.34", i64 76
  %".3360" = load i32, ptr %".3359", align 4
  %".3361" = zext i32 %".3360" to i64
  %"data.110" = inttoptr i64 %".3361" to ptr
  %".3362" = getelementptr i8, ptr %"ctx.34", i64 80
  %".3363" = load i32, ptr %".3362", align 4
  %".3364" = zext i32 %".3363" to i64
  %"data_end.110" = inttoptr i64 %".3364" to ptr
  %".3365" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.110" = load ptr, ptr %".3365", align 8
  %".3366" = xor i1 %".3358", -1
  br i1 %".3366", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3368" = trunc i64 %"cursor.81" to i16
  %".3369" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".3368", ptr %".3369", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3379" = trunc i64 %"end.5" to i16
  %".3380" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".3379", ptr %".3380", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3383" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3384" = zext i16 %".3383" to i64
  %".3385" = trunc i64 %".3384" to i16
  %".3386" = call i16 @"llvm.bswap.i16"(i16 %".3385")
  %".3387" = getelementptr i8, ptr %"keys.111", i64 10
  store i16 %".3386", ptr %".3387", align 2
  %".3389" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3390" = zext i16 %".3389" to i64
  switch i64 %".3390", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]
gre_d0.unknown:
  %".3392" = trunc i64 %"end.5" to i16
  %".3393" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".3392", ptr %".3393", align 2
  br label %"return"
gre_d0.to_ipv4:
  %".3396" = getelementptr i8, ptr %"keys.111", i64 2
  %".3397" = trunc i64 %"end.5" to i16
  store volatile i16 %".3397", ptr %".3396", align 2
  %".3399" = load volatile i16, ptr %".3396", align 2
  %".3400" = zext i16 %".3399" to i64
  %"cursor.200" = and i64 %".3400", 16383
  br label %"ipv4_d1"
gre_d0.to_ipv6:
  %".3402" = getelementptr i8, ptr %"keys.111", i64 2
  %".3403" = trunc i64 %"end.5" to i16
  store volatile i16 %".3403", ptr %".3402", align 2
  %".3405" = load volatile i16, ptr %".3402", align 2
  %".3406" = zext i16 %".3405" to i64
  %"cursor.201" = and i64 %".3406", 16383
  br label %"ipv6_d1"
gre_d0.to_vlan:
  %".3408" = getelementptr i8, ptr %"keys.111", i64 2
  %".3409" = trunc i64 %"end.5" to i16
  store volatile i16 %".3409", ptr %".3408", align 2
  %".3411" = load volatile i16, ptr %".3408", align 2
  %".3412" = zext i16 %".3411" to i64
  %"cursor.202" = and i64 %".3412", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_vlan.1:
  %".3414" = getelementptr i8, ptr %"keys.111", i64 2
  %".3415" = trunc i64 %"end.5" to i16
  store volatile i16 %".3415", ptr %".3414", align 2
  %".3417" = load volatile i16, ptr %".3414", align 2
  %".3418" = zext i16 %".3417" to i64
  %"cursor.203" = and i64 %".3418", 16383
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_mpls:
  %".3420" = getelementptr i8, ptr %"keys.111", i64 2
  %".3421" = trunc i64 %"end.5" to i16
  store volatile i16 %".3421", ptr %".3420", align 2
  %".3423" = load volatile i16, ptr %".3420", align 2
  %".3424" = zext i16 %".3423" to i64
  %"cursor.204" = and i64 %".3424", 16383
  br label %"mpls_mpls_labels1"
gre_d0.to_mpls.1:
  %".3426" = getelementptr i8, ptr %"keys.111", i64 2
  %".3427" = trunc i64 %"end.5" to i16
  store volatile i16 %".3427", ptr %".3426", align 2
  %".3429" = load volatile i16, ptr %".3426", align 2
  %".3430" = zext i16 %".3429" to i64
  %"cursor.205" = and i64 %".3430", 16383
  br label %"mpls_mpls_labels1"
gre_d0.to_pppoe:
  %".3432" = getelementptr i8, ptr %"keys.111", i64 2
  %".3433" = trunc i64 %"end.5" to i16
  store volatile i16 %".3433", ptr %".3432", align 2
  %".3435" = load volatile i16, ptr %".3432", align 2
  %".3436" = zext i16 %".3435" to i64
  %"cursor.206" = and i64 %".3436", 16383
  br label %"pppoe_d1"
gre_d0.to_arp:
  %".3438" = getelementptr i8, ptr %"keys.111", i64 2
  %".3439" = trunc i64 %"end.5" to i16
  store volatile i16 %".3439", ptr %".3438", align 2
  %".3441" = load volatile i16, ptr %".3438", align 2
  %".3442" = zext i16 %".3441" to i64
  %"cursor.207" = and i64 %".3442", 16383
  br label %"arp"
gre_d0.to_arp.1:
  %".3444" = getelementptr i8, ptr %"keys.111", i64 2
  %".3445" = trunc i64 %"end.5" to i16
  store volatile i16 %".3445", ptr %".3444", align 2
  %".3447" = load volatile i16, ptr %".3444", align 2
  %".3448" = zext i16 %".3447" to i64
  %"cursor.208" = and i64 %".3448", 16383
  br label %"arp"
gre_d0.to_ptp:
  %".3450" = getelementptr i8, ptr %"keys.111", i64 2
  %".3451" = trunc i64 %"end.5" to i16
  store volatile i16 %".3451", ptr %".3450", align 2
  %".3453" = load volatile i16, ptr %".3450", align 2
  %".3454" = zext i16 %".3453" to i64
  %"cursor.209" = and i64 %".3454", 16383
  br label %"ptp"
gre_d0.to_cfm:
  %".3456" = getelementptr i8, ptr %"keys.111", i64 2
  %".3457" = trunc i64 %"end.5" to i16
  store volatile i16 %".3457", ptr %".3456", align 2
  %".3459" = load volatile i16, ptr %".3456", align 2
  %".3460" = zext i16 %".3459" to i64
  %"cursor.210" = and i64 %".3460", 16383
  br label %"cfm"
gre_d0.to_tipc:
  %".3462" = getelementptr i8, ptr %"keys.111", i64 2
  %".3463" = trunc i64 %"end.5" to i16
  store volatile i16 %".3463", ptr %".3462", align 2
  %".3465" = load volatile i16, ptr %".3462", align 2
  %".3466" = zext i16 %".3465" to i64
  %"cursor.211" = and i64 %".3466", 16383
  br label %"tipc"
gre_d0.to_fcoe:
  %".3468" = getelementptr i8, ptr %"keys.111", i64 2
  %".3469" = trunc i64 %"end.5" to i16
  store volatile i16 %".3469", ptr %".3468", align 2
  %".3471" = load volatile i16, ptr %".3468", align 2
  %".3472" = zext i16 %".3471" to i64
  %"cursor.212" = and i64 %".3472", 16383
  br label %"fcoe"
gre_d0.to_hsr:
  %".3474" = getelementptr i8, ptr %"keys.111", i64 2
  %".3475" = trunc i64 %"end.5" to i16
  store volatile i16 %".3475", ptr %".3474", align 2
  %".3477" = load volatile i16, ptr %".3474", align 2
  %".3478" = zext i16 %".3477" to i64
  %"cursor.213" = and i64 %".3478", 16383
  br label %"hsr_d1_vlan_tags1"
gre_d0.to_hsr.1:
  %".3480" = getelementptr i8, ptr %"keys.111", i64 2
  %".3481" = trunc i64 %"end.5" to i16
  store volatile i16 %".3481", ptr %".3480", align 2
  %".3483" = load volatile i16, ptr %".3480", align 2
  %".3484" = zext i16 %".3483" to i64
  %"cursor.214" = and i64 %".3484", 16383
  br label %"hsr_d1_vlan_tags1"
gre_d0.to_batadv:
  %".3486" = getelementptr i8, ptr %"keys.111", i64 2
  %".3487" = trunc i64 %"end.5" to i16
  store volatile i16 %".3487", ptr %".3486", align 2
  %".3489" = load volatile i16, ptr %".3486", align 2
  %".3490" = zext i16 %".3489" to i64
  %"cursor.215" = and i64 %".3490", 16383
  br label %"batadv_d1"
gre_d0.to_ethernet:
  %".3492" = getelementptr i8, ptr %"keys.111", i64 2
  %".3493" = trunc i64 %"end.5" to i16
  store volatile i16 %".3493", ptr %".3492", align 2
  %".3495" = load volatile i16, ptr %".3492", align 2
  %".3496" = zext i16 %".3495" to i64
  %"cursor.217" = and i64 %".3496", 16383
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.216" = phi  i64 [%"cursor.217", %"gre_d0.to_ethernet"]
  %"data.112" = phi  ptr [%"data.111", %"gre_d0.to_ethernet"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"gre_d0.to_ethernet"]
  %"keys.112" = phi  ptr [%"keys.111", %"gre_d0.to_ethernet"]
  %"hdr.39" = getelementptr i8, ptr %"data.112", i64 %"cursor.216"
  %".4626" = getelementptr i8, ptr %"hdr.39", i64 14
  %".4627" = icmp ugt ptr %".4626", %"data_end.112"
  br i1 %".4627", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4629" = getelementptr i8, ptr %"hdr.39", i64 12
  %".4630" = load i16, ptr %".4629", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4630", %"ethernet_d1.linear"], [%".4649", %"ethernet_d1.copy_failed.endif"]
  %"data.139" = phi  ptr [%"data.112", %"ethernet_d1.linear"], [%"data.138", %"ethernet_d1.copy_failed.endif"]
  %"data_end.139" = phi  ptr [%"data_end.112", %"ethernet_d1.linear"], [%"data_end.138", %"ethernet_d1.copy_failed.endif"]
  %"keys.139" = phi  ptr [%"keys.112", %"ethernet_d1.linear"], [%"keys.138", %"ethernet_d1.copy_failed.endif"]
  %".4651" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4652" = zext i16 %".4651" to i64
  %".4653" = trunc i64 %".4652" to i16
  %".4654" = call i16 @"llvm.bswap.i16"(i16 %".4653")
  %".4655" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".4654", ptr %".4655", align 2
  %".4657" = add i64 %"cursor.216", 14
  %".4658" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4659" = zext i16 %".4658" to i64
  switch i64 %".4659", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]
pptp_d0.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3508" = trunc i64 %"cursor.82" to i32
  %".3509" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".3508", [40 x i8]* %"header_copy", i32 4)
  %".3510" = icmp eq i64 %".3509", 0
  %".3511" = getelementptr i8, ptr %"ctx.35", i64 76
  %".3512" = load i32, ptr %".3511", align 4
  %".3513" = zext i32 %".3512" to i64
  %"data.113" = inttoptr i64 %".3513" to ptr
  %".3514" = getelementptr i8, ptr %"ctx.35", i64 80
  %".3515" = load i32, ptr %".3514", align 4
  %".3516" = zext i32 %".3515" to i64
  %"data_end.113" = inttoptr i64 %".3516" to ptr
  %".3517" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.113" = load ptr, ptr %".3517", align 8
  %".3518" = xor i1 %".3510", -1
  br i1 %".3518", label %"pptp_d0.copy_failed", label %"pptp_d0.copy_failed.endif"
pptp_d0.copy_failed:
  %".3520" = trunc i64 %"cursor.82" to i16
  %".3521" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".3520", ptr %".3521", align 2
  br label %"return"
pptp_d0.copy_failed.endif:
  %".3524" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3525" = load volatile i8, [40 x i8]* %".3524", align 1
  %".3526" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3527" = load volatile i8, [40 x i8]* %".3526", align 1
  %".3528" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3529" = load volatile i16, [40 x i8]* %".3528", align 2
  br label %"pptp_d0.header"
pptp_d0.stop_before:
  %".3540" = trunc i64 %"cursor.82" to i16
  %".3541" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".3540", ptr %".3541", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".3544" = add i64 %"cursor.82", 4
  %".3545" = zext i8 %"w0_1.10" to i64
  %".3546" = lshr i64 %".3545", 7
  %".3547" = and i64 %".3546", 1
  %".3548" = zext i8 %"w0_1.10" to i64
  %".3549" = lshr i64 %".3548", 5
  %".3550" = and i64 %".3549", 1
  %".3551" = add i64 %".3547", %".3550"
  %".3552" = zext i8 %"w0_1.10" to i64
  %".3553" = lshr i64 %".3552", 4
  %".3554" = and i64 %".3553", 1
  %".3555" = add i64 %".3551", %".3554"
  %".3556" = zext i8 %"w1_1.7" to i64
  %".3557" = lshr i64 %".3556", 7
  %".3558" = and i64 %".3557", 1
  %".3559" = add i64 %".3555", %".3558"
  %".3560" = mul i64 %".3559", 4
  %".3561" = add i64 %".3560", 4
  %".3562" = getelementptr i8, ptr %"data.114", i64 %"cursor.82"
  %".3563" = getelementptr i8, ptr %".3562", i64 %".3561"
  %".3564" = icmp ugt ptr %".3563", %"data_end.114"
  br i1 %".3564", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.116" = phi  ptr [%"data.114", %"pptp_d0.stop_before.endif"], [%"data.115", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.114", %"pptp_d0.stop_before.endif"], [%"data_end.115", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.114", %"pptp_d0.stop_before.endif"], [%"keys.115", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.82", %".3561"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".3566" = add i64 %"cursor.82", %".3561"
  %".3567" = sub i64 %".3566", 1
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3568" = trunc i64 %".3567" to i32
  %".3569" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".3568", i64* %"last_byte", i32 1)
  %".3570" = icmp eq i64 %".3569", 0
  %".3571" = getelementptr i8, ptr %"ctx.36", i64 76
  %".3572" = load i32, ptr %".3571", align 4
  %".3573" = zext i32 %".3572" to i64
  %"data.115" = inttoptr i64 %".3573" to ptr
  %".3574" = getelementptr i8, ptr %"ctx.36", i64 80
  %".3575" = load i32, ptr %".3574", align 4
  %".3576" = zext i32 %".3575" to i64
  %"data_end.115" = inttoptr i64 %".3576" to ptr
  %".3577" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.115" = load ptr, ptr %".3577", align 8
  %".3578" = xor i1 %".3570", -1
  br i1 %".3578", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3580" = trunc i64 %"cursor.82" to i16
  %".3581" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".3580", ptr %".3581", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3586" = trunc i64 %"end.6" to i16
  %".3587" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3586", ptr %".3587", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.218" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.117" = phi  ptr [%"data.116", %"pptp_d0.to_ppp"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"pptp_d0.to_ppp"]
  %"keys.117" = phi  ptr [%"keys.116", %"pptp_d0.to_ppp"]
  %"hdr.40" = getelementptr i8, ptr %"data.117", i64 %"cursor.218"
  %".4761" = getelementptr i8, ptr %"hdr.40", i64 4
  %".4762" = icmp ugt ptr %".4761", %"data_end.117"
  br i1 %".4762", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4764" = getelementptr i8, ptr %"hdr.40", i64 2
  %".4765" = load i16, ptr %".4764", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.16" = phi  i16 [%".4765", %"ppp_d0.linear"], [%".4784", %"ppp_d0.copy_failed.endif"]
  %"data.141" = phi  ptr [%"data.117", %"ppp_d0.linear"], [%"data.140", %"ppp_d0.copy_failed.endif"]
  %"data_end.141" = phi  ptr [%"data_end.117", %"ppp_d0.linear"], [%"data_end.140", %"ppp_d0.copy_failed.endif"]
  %"keys.141" = phi  ptr [%"keys.117", %"ppp_d0.linear"], [%"keys.140", %"ppp_d0.copy_failed.endif"]
  %".4786" = add i64 %"cursor.218", 4
  %".4787" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4788" = zext i16 %".4787" to i64
  switch i64 %".4788", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
gre_version_d1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3601" = trunc i64 %"cursor.86" to i32
  %".3602" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".3601", [40 x i8]* %"header_copy", i32 4)
  %".3603" = icmp eq i64 %".3602", 0
  %".3604" = getelementptr i8, ptr %"ctx.37", i64 76
  %".3605" = load i32, ptr %".3604", align 4
  %".3606" = zext i32 %".3605" to i64
  %"data.118" = inttoptr i64 %".3606" to ptr
  %".3607" = getelementptr i8, ptr %"ctx.37", i64 80
  %".3608" = load i32, ptr %".3607", align 4
  %".3609" = zext i32 %".3608" to i64
  %"data_end.118" = inttoptr i64 %".3609" to ptr
  %".3610" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.118" = load ptr, ptr %".3610", align 8
  %".3611" = xor i1 %".3603", -1
  br i1 %".3611", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3613" = trunc i64 %"cursor.86" to i16
  %".3614" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".3613", ptr %".3614", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3617" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3618" = load volatile i8, [40 x i8]* %".3617", align 1
  %".3619" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3620" = load volatile i8, [40 x i8]* %".3619", align 1
  %".3621" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3622" = load volatile i16, [40 x i8]* %".3621", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3633" = trunc i64 %"cursor.86" to i16
  %".3634" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".3633", ptr %".3634", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".3637" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3638" = zext i16 %".3637" to i64
  %".3639" = trunc i64 %".3638" to i16
  %".3640" = call i16 @"llvm.bswap.i16"(i16 %".3639")
  %".3641" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".3640", ptr %".3641", align 2
  %".3643" = zext i8 %"w1_1.8" to i64
  %".3644" = and i64 %".3643", 7
  switch i64 %".3644", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".3646" = trunc i64 %"cursor.86" to i16
  %".3647" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".3646", ptr %".3647", align 2
  br label %"return"
gre_version_d1.to_gre:
  %".3650" = getelementptr i8, ptr %"keys.119", i64 2
  %".3651" = trunc i64 %"cursor.86" to i16
  store volatile i16 %".3651", ptr %".3650", align 2
  %".3653" = load volatile i16, ptr %".3650", align 2
  %".3654" = zext i16 %".3653" to i64
  %"cursor.220" = and i64 %".3654", 16383
  br label %"gre_d1"
gre_version_d1.to_pptp:
  %".3656" = getelementptr i8, ptr %"keys.119", i64 2
  %".3657" = trunc i64 %"cursor.86" to i16
  store volatile i16 %".3657", ptr %".3656", align 2
  %".3659" = load volatile i16, ptr %".3656", align 2
  %".3660" = zext i16 %".3659" to i64
  %"cursor.222" = and i64 %".3660", 16383
  br label %"pptp_d1"
gre_d1:
  %"cursor.219" = phi  i64 [%"cursor.220", %"gre_version_d1.to_gre"]
  %"data.120" = phi  ptr [%"data.119", %"gre_version_d1.to_gre"]
  %"data_end.120" = phi  ptr [%"data_end.119", %"gre_version_d1.to_gre"]
  %"keys.120" = phi  ptr [%"keys.119", %"gre_version_d1.to_gre"]
  %"hdr.41" = getelementptr i8, ptr %"data.120", i64 %"cursor.219"
  %".4852" = getelementptr i8, ptr %"hdr.41", i64 4
  %".4853" = icmp ugt ptr %".4852", %"data_end.120"
  br i1 %".4853", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".4855" = getelementptr i8, ptr %"hdr.41", i64 0
  %".4856" = load i8, ptr %".4855", align 1
  %".4857" = getelementptr i8, ptr %"hdr.41", i64 1
  %".4858" = load i8, ptr %".4857", align 1
  %".4859" = getelementptr i8, ptr %"hdr.41", i64 2
  %".4860" = load i16, ptr %".4859", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.16" = phi  i8 [%".4856", %"gre_d1.linear"], [%".4879", %"gre_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4858", %"gre_d1.linear"], [%".4881", %"gre_d1.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".4860", %"gre_d1.linear"], [%".4883", %"gre_d1.copy_failed.endif"]
  %"data.144" = phi  ptr [%"data.120", %"gre_d1.linear"], [%"data.143", %"gre_d1.copy_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.120", %"gre_d1.linear"], [%"data_end.143", %"gre_d1.copy_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.120", %"gre_d1.linear"], [%"keys.143", %"gre_d1.copy_failed.endif"]
  %".4885" = zext i8 %"w1_1.11" to i64
  %".4886" = and i64 %".4885", 7
  %".4887" = icmp ne i64 %".4886", 0
  %".4888" = zext i8 %"w0_1.16" to i64
  %".4889" = lshr i64 %".4888", 6
  %".4890" = and i64 %".4889", 1
  %".4891" = icmp ne i64 %".4890", 0
  %".4892" = or i1 %".4887", %".4891"
  br i1 %".4892", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.221" = phi  i64 [%"cursor.222", %"gre_version_d1.to_pptp"]
  %"data.121" = phi  ptr [%"data.119", %"gre_version_d1.to_pptp"]
  %"data_end.121" = phi  ptr [%"data_end.119", %"gre_version_d1.to_pptp"]
  %"keys.121" = phi  ptr [%"keys.119", %"gre_version_d1.to_pptp"]
  %"hdr.42" = getelementptr i8, ptr %"data.121", i64 %"cursor.221"
  %".5026" = getelementptr i8, ptr %"hdr.42", i64 4
  %".5027" = icmp ugt ptr %".5026", %"data_end.121"
  br i1 %".5027", label %"pptp_d1.copy", label %"pptp_d1.linear", !prof !0
pptp_d1.linear:
  %".5029" = getelementptr i8, ptr %"hdr.42", i64 0
  %".5030" = load i8, ptr %".5029", align 1
  %".5031" = getelementptr i8, ptr %"hdr.42", i64 1
  %".5032" = load i8, ptr %".5031", align 1
  %".5033" = getelementptr i8, ptr %"hdr.42", i64 2
  %".5034" = load i16, ptr %".5033", align 2
  br label %"pptp_d1.header"
pptp_d1.header:
  %"w0_1.17" = phi  i8 [%".5030", %"pptp_d1.linear"], [%".5053", %"pptp_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".5032", %"pptp_d1.linear"], [%".5055", %"pptp_d1.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".5034", %"pptp_d1.linear"], [%".5057", %"pptp_d1.copy_failed.endif"]
  %"data.148" = phi  ptr [%"data.121", %"pptp_d1.linear"], [%"data.147", %"pptp_d1.copy_failed.endif"]
  %"data_end.148" = phi  ptr [%"data_end.121", %"pptp_d1.linear"], [%"data_end.147", %"pptp_d1.copy_failed.endif"]
  %"keys.148" = phi  ptr [%"keys.121", %"pptp_d1.linear"], [%"keys.147", %"pptp_d1.copy_failed.endif"]
  %".5059" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".5060" = zext i16 %".5059" to i64
  %".5061" = icmp ne i64 %".5060", 34827
  %".5062" = zext i8 %"w0_1.17" to i64
  %".5063" = lshr i64 %".5062", 5
  %".5064" = and i64 %".5063", 1
  %".5065" = icmp eq i64 %".5064", 0
  %".5066" = or i1 %".5061", %".5065"
  br i1 %".5066", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3670" = trunc i64 %"cursor.93" to i32
  %".3671" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".3670", [40 x i8]* %"header_copy", i32 2)
  %".3672" = icmp eq i64 %".3671", 0
  %".3673" = getelementptr i8, ptr %"ctx.38", i64 76
  %".3674" = load i32, ptr %".3673", align 4
  %".3675" = zext i32 %".3674" to i64
  %"data.122" = inttoptr i64 %".3675" to ptr
  %".3676" = getelementptr i8, ptr %"ctx.38", i64 80
  %".3677" = load i32, ptr %".3676", align 4
  %".3678" = zext i32 %".3677" to i64
  %"data_end.122" = inttoptr i64 %".3678" to ptr
  %".3679" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.122" = load ptr, ptr %".3679", align 8
  %".3680" = xor i1 %".3672", -1
  br i1 %".3680", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3682" = trunc i64 %"cursor.93" to i16
  %".3683" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".3682", ptr %".3683", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3686" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3687" = load volatile i8, [40 x i8]* %".3686", align 1
  %".3688" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3689" = load volatile i8, [40 x i8]* %".3688", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3702" = trunc i64 %"end.7" to i16
  %".3703" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".3702", ptr %".3703", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  %".3706" = getelementptr i8, ptr %"keys.123", i64 2
  %".3707" = trunc i64 %"end.7" to i16
  store volatile i16 %".3707", ptr %".3706", align 2
  %".3709" = load volatile i16, ptr %".3706", align 2
  %".3710" = zext i16 %".3709" to i64
  %"cursor.224" = and i64 %".3710", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  %".3712" = getelementptr i8, ptr %"keys.123", i64 2
  %".3713" = trunc i64 %"end.7" to i16
  store volatile i16 %".3713", ptr %".3712", align 2
  %".3715" = load volatile i16, ptr %".3712", align 2
  %".3716" = zext i16 %".3715" to i64
  %"cursor.225" = and i64 %".3716", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3718" = getelementptr i8, ptr %"keys.123", i64 2
  %".3719" = trunc i64 %"end.7" to i16
  store volatile i16 %".3719", ptr %".3718", align 2
  %".3721" = load volatile i16, ptr %".3718", align 2
  %".3722" = zext i16 %".3721" to i64
  %"cursor.226" = and i64 %".3722", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  %".3724" = getelementptr i8, ptr %"keys.123", i64 2
  %".3725" = trunc i64 %"end.7" to i16
  store volatile i16 %".3725", ptr %".3724", align 2
  %".3727" = load volatile i16, ptr %".3724", align 2
  %".3728" = zext i16 %".3727" to i64
  %"cursor.228" = and i64 %".3728", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  %".3730" = getelementptr i8, ptr %"keys.123", i64 2
  %".3731" = trunc i64 %"end.7" to i16
  store volatile i16 %".3731", ptr %".3730", align 2
  %".3733" = load volatile i16, ptr %".3730", align 2
  %".3734" = zext i16 %".3733" to i64
  %"cursor.229" = and i64 %".3734", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.to_udp:
  %".3736" = getelementptr i8, ptr %"keys.123", i64 2
  %".3737" = trunc i64 %"end.7" to i16
  store volatile i16 %".3737", ptr %".3736", align 2
  %".3739" = load volatile i16, ptr %".3736", align 2
  %".3740" = zext i16 %".3739" to i64
  %"cursor.230" = and i64 %".3740", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  %".3742" = getelementptr i8, ptr %"keys.123", i64 2
  %".3743" = trunc i64 %"end.7" to i16
  store volatile i16 %".3743", ptr %".3742", align 2
  %".3745" = load volatile i16, ptr %".3742", align 2
  %".3746" = zext i16 %".3745" to i64
  %"cursor.231" = and i64 %".3746", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_gre_version:
  %".3748" = getelementptr i8, ptr %"keys.123", i64 2
  %".3749" = trunc i64 %"end.7" to i16
  store volatile i16 %".3749", ptr %".3748", align 2
  %".3751" = load volatile i16, ptr %".3748", align 2
  %".3752" = zext i16 %".3751" to i64
  %"cursor.232" = and i64 %".3752", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  %".3754" = getelementptr i8, ptr %"keys.123", i64 2
  %".3755" = trunc i64 %"end.7" to i16
  store volatile i16 %".3755", ptr %".3754", align 2
  %".3757" = load volatile i16, ptr %".3754", align 2
  %".3758" = zext i16 %".3757" to i64
  %"cursor.233" = and i64 %".3758", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  %".3760" = getelementptr i8, ptr %"keys.123", i64 2
  %".3761" = trunc i64 %"end.7" to i16
  store volatile i16 %".3761", ptr %".3760", align 2
  %".3763" = load volatile i16, ptr %".3760", align 2
  %".3764" = zext i16 %".3763" to i64
  %"cursor.234" = and i64 %".3764", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_esp:
  %".3766" = getelementptr i8, ptr %"keys.123", i64 2
  %".3767" = trunc i64 %"end.7" to i16
  store volatile i16 %".3767", ptr %".3766", align 2
  %".3769" = load volatile i16, ptr %".3766", align 2
  %".3770" = zext i16 %".3769" to i64
  %"cursor.235" = and i64 %".3770", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  %".3772" = getelementptr i8, ptr %"keys.123", i64 2
  %".3773" = trunc i64 %"end.7" to i16
  store volatile i16 %".3773", ptr %".3772", align 2
  %".3775" = load volatile i16, ptr %".3772", align 2
  %".3776" = zext i16 %".3775" to i64
  %"cursor.236" = and i64 %".3776", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  %".3778" = getelementptr i8, ptr %"keys.123", i64 2
  %".3779" = trunc i64 %"end.7" to i16
  store volatile i16 %".3779", ptr %".3778", align 2
  %".3781" = load volatile i16, ptr %".3778", align 2
  %".3782" = zext i16 %".3781" to i64
  %"cursor.237" = and i64 %".3782", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".3784" = trunc i64 34887 to i16
  %".3785" = call i16 @"llvm.bswap.i16"(i16 %".3784")
  %".3786" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".3785", ptr %".3786", align 2
  %".3788" = getelementptr i8, ptr %"keys.123", i64 2
  %".3789" = trunc i64 %"end.7" to i16
  store volatile i16 %".3789", ptr %".3788", align 2
  %".3791" = load volatile i16, ptr %".3788", align 2
  %".3792" = zext i16 %".3791" to i64
  %"cursor.238" = and i64 %".3792", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3794" = trunc i64 2048 to i16
  %".3795" = call i16 @"llvm.bswap.i16"(i16 %".3794")
  %".3796" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".3795", ptr %".3796", align 2
  %".3798" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".3798", align 1
  %".3800" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.50" = load volatile i32, ptr %".3800", align 4
  %".3801" = and i32 %"flags.50", 4
  %".3802" = icmp ne i32 %".3801", 0
  br i1 %".3802", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3812" = trunc i64 34525 to i16
  %".3813" = call i16 @"llvm.bswap.i16"(i16 %".3812")
  %".3814" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".3813", ptr %".3814", align 2
  %".3816" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".3816", align 1
  %".3818" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.51" = load volatile i32, ptr %".3818", align 4
  %".3819" = and i32 %"flags.51", 4
  %".3820" = icmp ne i32 %".3819", 0
  br i1 %".3820", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.223" = phi  i64 [%"cursor.224", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.225", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.226", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"cursor.239", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"cursor.240", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"cursor.241", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data.124" = phi  ptr [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"data_end.124" = phi  ptr [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"keys.124" = phi  ptr [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"]
  %"hdr.43" = getelementptr i8, ptr %"data.124", i64 %"cursor.223"
  %".5124" = getelementptr i8, ptr %"hdr.43", i64 2
  %".5125" = icmp ugt ptr %".5124", %"data_end.124"
  br i1 %".5125", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".5127" = getelementptr i8, ptr %"hdr.43", i64 0
  %".5128" = load i8, ptr %".5127", align 1
  %".5129" = getelementptr i8, ptr %"hdr.43", i64 1
  %".5130" = load i8, ptr %".5129", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.18" = phi  i8 [%".5128", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5149", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".5130", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5151", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.124", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.152", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.152", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.152", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".5153" = zext i8 %"w0_1.18" to i64
  %".5154" = trunc i64 %".5153" to i8
  %".5155" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %".5154", ptr %".5155", align 1
  %".5157" = add i64 %"cursor.223", 2
  %".5158" = zext i8 %"w1_1.13" to i64
  %".5159" = mul i64 %".5158", 8
  %".5160" = add i64 %".5159", 6
  %".5161" = add i64 %".5160", 2
  %"end.11" = add i64 %"cursor.223", %".5161"
  %".5162" = zext i8 %"w0_1.18" to i64
  switch i64 %".5162", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.227" = phi  i64 [%"cursor.228", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"cursor.242", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data.125" = phi  ptr [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"data_end.125" = phi  ptr [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"keys.125" = phi  ptr [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"]
  %"hdr.44" = getelementptr i8, ptr %"data.125", i64 %"cursor.227"
  %".5292" = getelementptr i8, ptr %"hdr.44", i64 8
  %".5293" = icmp ugt ptr %".5292", %"data_end.125"
  br i1 %".5293", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".5295" = getelementptr i8, ptr %"hdr.44", i64 0
  %".5296" = load i8, ptr %".5295", align 1
  %".5297" = getelementptr i8, ptr %"hdr.44", i64 2
  %".5298" = load i16, ptr %".5297", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.19" = phi  i8 [%".5296", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5317", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.19" = phi  i16 [%".5298", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5319", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.125", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.156", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.125", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.156", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.125", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.156", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".5321" = zext i8 %"w0_1.19" to i64
  %".5322" = trunc i64 %".5321" to i8
  %".5323" = getelementptr i8, ptr %"keys.157", i64 9
  store i8 %".5322", ptr %".5323", align 1
  %".5325" = add i64 %"cursor.227", 8
  %".5326" = icmp ne i64 1, 0
  %".5327" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".5328" = zext i16 %".5327" to i64
  %".5329" = and i64 %".5328", 65528
  %".5330" = icmp eq i64 %".5329", 0
  br i1 %".5326", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3804" = trunc i64 %"end.7" to i16
  %".3805" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".3804", ptr %".3805", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3808" = trunc i64 %"end.7" to i16
  %".3809" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".3808", ptr %".3809", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3822" = trunc i64 %"end.7" to i16
  %".3823" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".3822", ptr %".3823", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3826" = trunc i64 %"end.7" to i16
  %".3827" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".3826", ptr %".3827", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3838" = trunc i64 %"cursor.97" to i32
  %".3839" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3838", [40 x i8]* %"header_copy", i32 8)
  %".3840" = icmp eq i64 %".3839", 0
  %".3841" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3842" = load i32, ptr %".3841", align 4
  %".3843" = zext i32 %".3842" to i64
  %"data.126" = inttoptr i64 %".3843" to ptr
  %".3844" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3845" = load i32, ptr %".3844", align 4
  %".3846" = zext i32 %".3845" to i64
  %"data_end.126" = inttoptr i64 %".3846" to ptr
  %".3847" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.126" = load ptr, ptr %".3847", align 8
  %".3848" = xor i1 %".3840", -1
  br i1 %".3848", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3850" = trunc i64 %"cursor.97" to i16
  %".3851" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3850", ptr %".3851", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3854" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3855" = load volatile i8, [40 x i8]* %".3854", align 1
  %".3856" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3857" = load volatile i16, [40 x i8]* %".3856", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3870" = getelementptr i8, ptr %"keys.127", i64 6
  store i8 1, ptr %".3870", align 1
  br i1 %".3868", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3890" = zext i8 %"w0_1.13" to i64
  switch i64 %".3890", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3873" = getelementptr i8, ptr %"keys.127", i64 7
  store i8 1, ptr %".3873", align 1
  %".3875" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.52" = load volatile i32, ptr %".3875", align 4
  %".3876" = and i32 %"flags.52", 1
  %".3877" = icmp ne i32 %".3876", 0
  %".3878" = xor i1 %".3877", -1
  br i1 %".3878", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3885" = trunc i64 %".3863" to i16
  %".3886" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3885", ptr %".3886", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3880" = trunc i64 %".3863" to i16
  %".3881" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3880", ptr %".3881", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3892" = trunc i64 %".3863" to i16
  %".3893" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3892", ptr %".3893", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  %".3896" = getelementptr i8, ptr %"keys.127", i64 2
  %".3897" = trunc i64 %".3863" to i16
  store volatile i16 %".3897", ptr %".3896", align 2
  %".3899" = load volatile i16, ptr %".3896", align 2
  %".3900" = zext i16 %".3899" to i64
  %"cursor.239" = and i64 %".3900", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  %".3902" = getelementptr i8, ptr %"keys.127", i64 2
  %".3903" = trunc i64 %".3863" to i16
  store volatile i16 %".3903", ptr %".3902", align 2
  %".3905" = load volatile i16, ptr %".3902", align 2
  %".3906" = zext i16 %".3905" to i64
  %"cursor.240" = and i64 %".3906", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  %".3908" = getelementptr i8, ptr %"keys.127", i64 2
  %".3909" = trunc i64 %".3863" to i16
  store volatile i16 %".3909", ptr %".3908", align 2
  %".3911" = load volatile i16, ptr %".3908", align 2
  %".3912" = zext i16 %".3911" to i64
  %"cursor.241" = and i64 %".3912", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  %".3914" = getelementptr i8, ptr %"keys.127", i64 2
  %".3915" = trunc i64 %".3863" to i16
  store volatile i16 %".3915", ptr %".3914", align 2
  %".3917" = load volatile i16, ptr %".3914", align 2
  %".3918" = zext i16 %".3917" to i64
  %"cursor.242" = and i64 %".3918", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  %".3920" = getelementptr i8, ptr %"keys.127", i64 2
  %".3921" = trunc i64 %".3863" to i16
  store volatile i16 %".3921", ptr %".3920", align 2
  %".3923" = load volatile i16, ptr %".3920", align 2
  %".3924" = zext i16 %".3923" to i64
  %"cursor.243" = and i64 %".3924", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1.to_udp:
  %".3926" = getelementptr i8, ptr %"keys.127", i64 2
  %".3927" = trunc i64 %".3863" to i16
  store volatile i16 %".3927", ptr %".3926", align 2
  %".3929" = load volatile i16, ptr %".3926", align 2
  %".3930" = zext i16 %".3929" to i64
  %"cursor.244" = and i64 %".3930", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  %".3932" = getelementptr i8, ptr %"keys.127", i64 2
  %".3933" = trunc i64 %".3863" to i16
  store volatile i16 %".3933", ptr %".3932", align 2
  %".3935" = load volatile i16, ptr %".3932", align 2
  %".3936" = zext i16 %".3935" to i64
  %"cursor.245" = and i64 %".3936", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_gre_version:
  %".3938" = getelementptr i8, ptr %"keys.127", i64 2
  %".3939" = trunc i64 %".3863" to i16
  store volatile i16 %".3939", ptr %".3938", align 2
  %".3941" = load volatile i16, ptr %".3938", align 2
  %".3942" = zext i16 %".3941" to i64
  %"cursor.246" = and i64 %".3942", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  %".3944" = getelementptr i8, ptr %"keys.127", i64 2
  %".3945" = trunc i64 %".3863" to i16
  store volatile i16 %".3945", ptr %".3944", align 2
  %".3947" = load volatile i16, ptr %".3944", align 2
  %".3948" = zext i16 %".3947" to i64
  %"cursor.247" = and i64 %".3948", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  %".3950" = getelementptr i8, ptr %"keys.127", i64 2
  %".3951" = trunc i64 %".3863" to i16
  store volatile i16 %".3951", ptr %".3950", align 2
  %".3953" = load volatile i16, ptr %".3950", align 2
  %".3954" = zext i16 %".3953" to i64
  %"cursor.248" = and i64 %".3954", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_esp:
  %".3956" = getelementptr i8, ptr %"keys.127", i64 2
  %".3957" = trunc i64 %".3863" to i16
  store volatile i16 %".3957", ptr %".3956", align 2
  %".3959" = load volatile i16, ptr %".3956", align 2
  %".3960" = zext i16 %".3959" to i64
  %"cursor.249" = and i64 %".3960", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  %".3962" = getelementptr i8, ptr %"keys.127", i64 2
  %".3963" = trunc i64 %".3863" to i16
  store volatile i16 %".3963", ptr %".3962", align 2
  %".3965" = load volatile i16, ptr %".3962", align 2
  %".3966" = zext i16 %".3965" to i64
  %"cursor.250" = and i64 %".3966", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  %".3968" = getelementptr i8, ptr %"keys.127", i64 2
  %".3969" = trunc i64 %".3863" to i16
  store volatile i16 %".3969", ptr %".3968", align 2
  %".3971" = load volatile i16, ptr %".3968", align 2
  %".3972" = zext i16 %".3971" to i64
  %"cursor.251" = and i64 %".3972", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".3974" = trunc i64 34887 to i16
  %".3975" = call i16 @"llvm.bswap.i16"(i16 %".3974")
  %".3976" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %".3975", ptr %".3976", align 2
  %".3978" = getelementptr i8, ptr %"keys.127", i64 2
  %".3979" = trunc i64 %".3863" to i16
  store volatile i16 %".3979", ptr %".3978", align 2
  %".3981" = load volatile i16, ptr %".3978", align 2
  %".3982" = zext i16 %".3981" to i64
  %"cursor.252" = and i64 %".3982", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3984" = trunc i64 2048 to i16
  %".3985" = call i16 @"llvm.bswap.i16"(i16 %".3984")
  %".3986" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %".3985", ptr %".3986", align 2
  %".3988" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".3988", align 1
  %".3990" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.53" = load volatile i32, ptr %".3990", align 4
  %".3991" = and i32 %"flags.53", 4
  %".3992" = icmp ne i32 %".3991", 0
  br i1 %".3992", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".4002" = trunc i64 34525 to i16
  %".4003" = call i16 @"llvm.bswap.i16"(i16 %".4002")
  %".4004" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %".4003", ptr %".4004", align 2
  %".4006" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".4006", align 1
  %".4008" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.54" = load volatile i32, ptr %".4008", align 4
  %".4009" = and i32 %"flags.54", 4
  %".4010" = icmp ne i32 %".4009", 0
  br i1 %".4010", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3994" = trunc i64 %".3863" to i16
  %".3995" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3994", ptr %".3995", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3998" = trunc i64 %".3863" to i16
  %".3999" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3998", ptr %".3999", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".4012" = trunc i64 %".3863" to i16
  %".4013" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".4012", ptr %".4013", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".4016" = trunc i64 %".3863" to i16
  %".4017" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".4016", ptr %".4017", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4028" = trunc i64 %"cursor.108" to i32
  %".4029" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".4028", [40 x i8]* %"header_copy", i32 2)
  %".4030" = icmp eq i64 %".4029", 0
  %".4031" = getelementptr i8, ptr %"ctx.40", i64 76
  %".4032" = load i32, ptr %".4031", align 4
  %".4033" = zext i32 %".4032" to i64
  %"data.128" = inttoptr i64 %".4033" to ptr
  %".4034" = getelementptr i8, ptr %"ctx.40", i64 80
  %".4035" = load i32, ptr %".4034", align 4
  %".4036" = zext i32 %".4035" to i64
  %"data_end.128" = inttoptr i64 %".4036" to ptr
  %".4037" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.128" = load ptr, ptr %".4037", align 8
  %".4038" = xor i1 %".4030", -1
  br i1 %".4038", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".4040" = trunc i64 %"cursor.108" to i16
  %".4041" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".4040", ptr %".4041", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".4044" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4045" = load volatile i8, [40 x i8]* %".4044", align 1
  %".4046" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4047" = load volatile i8, [40 x i8]* %".4046", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".4060" = trunc i64 %"end.8" to i16
  %".4061" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".4060", ptr %".4061", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  %".4066" = getelementptr i8, ptr %"keys.129", i64 2
  %".4067" = trunc i64 %"end.8" to i16
  store volatile i16 %".4067", ptr %".4066", align 2
  %".4069" = load volatile i16, ptr %".4066", align 2
  %".4070" = zext i16 %".4069" to i64
  %"cursor.254" = and i64 %".4070", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  %".4073" = getelementptr i8, ptr %"keys.129", i64 2
  %".4074" = trunc i64 %"end.8" to i16
  store volatile i16 %".4074", ptr %".4073", align 2
  %".4076" = load volatile i16, ptr %".4073", align 2
  %".4077" = zext i16 %".4076" to i64
  %"cursor.256" = and i64 %".4077", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.to_udp:
  %".4079" = getelementptr i8, ptr %"keys.129", i64 2
  %".4080" = trunc i64 %"end.8" to i16
  store volatile i16 %".4080", ptr %".4079", align 2
  %".4082" = load volatile i16, ptr %".4079", align 2
  %".4083" = zext i16 %".4082" to i64
  %"cursor.257" = and i64 %".4083", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  %".4085" = getelementptr i8, ptr %"keys.129", i64 2
  %".4086" = trunc i64 %"end.8" to i16
  store volatile i16 %".4086", ptr %".4085", align 2
  %".4088" = load volatile i16, ptr %".4085", align 2
  %".4089" = zext i16 %".4088" to i64
  %"cursor.258" = and i64 %".4089", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_gre_version:
  %".4091" = getelementptr i8, ptr %"keys.129", i64 2
  %".4092" = trunc i64 %"end.8" to i16
  store volatile i16 %".4092", ptr %".4091", align 2
  %".4094" = load volatile i16, ptr %".4091", align 2
  %".4095" = zext i16 %".4094" to i64
  %"cursor.259" = and i64 %".4095", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  %".4097" = getelementptr i8, ptr %"keys.129", i64 2
  %".4098" = trunc i64 %"end.8" to i16
  store volatile i16 %".4098", ptr %".4097", align 2
  %".4100" = load volatile i16, ptr %".4097", align 2
  %".4101" = zext i16 %".4100" to i64
  %"cursor.260" = and i64 %".4101", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  %".4103" = getelementptr i8, ptr %"keys.129", i64 2
  %".4104" = trunc i64 %"end.8" to i16
  store volatile i16 %".4104", ptr %".4103", align 2
  %".4106" = load volatile i16, ptr %".4103", align 2
  %".4107" = zext i16 %".4106" to i64
  %"cursor.261" = and i64 %".4107", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_esp:
  %".4109" = getelementptr i8, ptr %"keys.129", i64 2
  %".4110" = trunc i64 %"end.8" to i16
  store volatile i16 %".4110", ptr %".4109", align 2
  %".4112" = load volatile i16, ptr %".4109", align 2
  %".4113" = zext i16 %".4112" to i64
  %"cursor.262" = and i64 %".4113", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  %".4115" = getelementptr i8, ptr %"keys.129", i64 2
  %".4116" = trunc i64 %"end.8" to i16
  store volatile i16 %".4116", ptr %".4115", align 2
  %".4118" = load volatile i16, ptr %".4115", align 2
  %".4119" = zext i16 %".4118" to i64
  %"cursor.263" = and i64 %".4119", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  %".4121" = getelementptr i8, ptr %"keys.129", i64 2
  %".4122" = trunc i64 %"end.8" to i16
  store volatile i16 %".4122", ptr %".4121", align 2
  %".4124" = load volatile i16, ptr %".4121", align 2
  %".4125" = zext i16 %".4124" to i64
  %"cursor.264" = and i64 %".4125", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".4127" = trunc i64 34887 to i16
  %".4128" = call i16 @"llvm.bswap.i16"(i16 %".4127")
  %".4129" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".4128", ptr %".4129", align 2
  %".4131" = getelementptr i8, ptr %"keys.129", i64 2
  %".4132" = trunc i64 %"end.8" to i16
  store volatile i16 %".4132", ptr %".4131", align 2
  %".4134" = load volatile i16, ptr %".4131", align 2
  %".4135" = zext i16 %".4134" to i64
  %"cursor.265" = and i64 %".4135", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".4137" = trunc i64 2048 to i16
  %".4138" = call i16 @"llvm.bswap.i16"(i16 %".4137")
  %".4139" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".4138", ptr %".4139", align 2
  %".4141" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".4141", align 1
  %".4143" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.55" = load volatile i32, ptr %".4143", align 4
  %".4144" = and i32 %"flags.55", 4
  %".4145" = icmp ne i32 %".4144", 0
  br i1 %".4145", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".4157" = trunc i64 34525 to i16
  %".4158" = call i16 @"llvm.bswap.i16"(i16 %".4157")
  %".4159" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".4158", ptr %".4159", align 2
  %".4161" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".4161", align 1
  %".4163" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.56" = load volatile i32, ptr %".4163", align 4
  %".4164" = and i32 %"flags.56", 4
  %".4165" = icmp ne i32 %".4164", 0
  br i1 %".4165", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.253" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.254", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.268", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"cursor.269", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.270", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data.130" = phi  ptr [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.130" = phi  ptr [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.130" = phi  ptr [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.45" = getelementptr i8, ptr %"data.130", i64 %"cursor.253"
  %".5482" = getelementptr i8, ptr %"hdr.45", i64 2
  %".5483" = icmp ugt ptr %".5482", %"data_end.130"
  br i1 %".5483", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5485" = getelementptr i8, ptr %"hdr.45", i64 0
  %".5486" = load i8, ptr %".5485", align 1
  %".5487" = getelementptr i8, ptr %"hdr.45", i64 1
  %".5488" = load i8, ptr %".5487", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.20" = phi  i8 [%".5486", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5507", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5488", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5509", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.130", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.158", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.130", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.158", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.130", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.158", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5511" = zext i8 %"w0_1.20" to i64
  %".5512" = trunc i64 %".5511" to i8
  %".5513" = getelementptr i8, ptr %"keys.159", i64 9
  store i8 %".5512", ptr %".5513", align 1
  %".5515" = add i64 %"cursor.253", 2
  %".5516" = zext i8 %"w1_1.14" to i64
  %".5517" = mul i64 %".5516", 8
  %".5518" = add i64 %".5517", 6
  %".5519" = add i64 %".5518", 2
  %"end.12" = add i64 %"cursor.253", %".5519"
  %".5520" = zext i8 %"w0_1.20" to i64
  switch i64 %".5520", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.255" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".4210", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data.131" = phi  ptr [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"data_end.131" = phi  ptr [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"keys.131" = phi  ptr [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"]
  %"hdr.46" = getelementptr i8, ptr %"data.131", i64 %"cursor.255"
  %".5646" = getelementptr i8, ptr %"hdr.46", i64 8
  %".5647" = icmp ugt ptr %".5646", %"data_end.131"
  br i1 %".5647", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5649" = getelementptr i8, ptr %"hdr.46", i64 0
  %".5650" = load i8, ptr %".5649", align 1
  %".5651" = getelementptr i8, ptr %"hdr.46", i64 2
  %".5652" = load i16, ptr %".5651", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.21" = phi  i8 [%".5650", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5671", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.20" = phi  i16 [%".5652", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5673", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.131", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.160", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.131", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.160", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.131", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.160", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5675" = zext i8 %"w0_1.21" to i64
  %".5676" = trunc i64 %".5675" to i8
  %".5677" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %".5676", ptr %".5677", align 1
  %".5679" = add i64 %"cursor.255", 8
  %".5680" = icmp ne i64 1, 0
  %".5681" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5682" = zext i16 %".5681" to i64
  %".5683" = and i64 %".5682", 65528
  %".5684" = icmp eq i64 %".5683", 0
  br i1 %".5680", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".4147" = trunc i64 %"end.8" to i16
  %".4148" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".4147", ptr %".4148", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".4151" = getelementptr i8, ptr %"keys.129", i64 2
  %".4152" = trunc i64 %"end.8" to i16
  store volatile i16 %".4152", ptr %".4151", align 2
  %".4154" = load volatile i16, ptr %".4151", align 2
  %".4155" = zext i16 %".4154" to i64
  %"cursor.266" = and i64 %".4155", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".4167" = trunc i64 %"end.8" to i16
  %".4168" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".4167", ptr %".4168", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".4171" = getelementptr i8, ptr %"keys.129", i64 2
  %".4172" = trunc i64 %"end.8" to i16
  store volatile i16 %".4172", ptr %".4171", align 2
  %".4174" = load volatile i16, ptr %".4171", align 2
  %".4175" = zext i16 %".4174" to i64
  %"cursor.267" = and i64 %".4175", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4185" = trunc i64 %"cursor.110" to i32
  %".4186" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".4185", [40 x i8]* %"header_copy", i32 8)
  %".4187" = icmp eq i64 %".4186", 0
  %".4188" = getelementptr i8, ptr %"ctx.41", i64 76
  %".4189" = load i32, ptr %".4188", align 4
  %".4190" = zext i32 %".4189" to i64
  %"data.132" = inttoptr i64 %".4190" to ptr
  %".4191" = getelementptr i8, ptr %"ctx.41", i64 80
  %".4192" = load i32, ptr %".4191", align 4
  %".4193" = zext i32 %".4192" to i64
  %"data_end.132" = inttoptr i64 %".4193" to ptr
  %".4194" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.132" = load ptr, ptr %".4194", align 8
  %".4195" = xor i1 %".4187", -1
  br i1 %".4195", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".4197" = trunc i64 %"cursor.110" to i16
  %".4198" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".4197", ptr %".4198", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".4201" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4202" = load volatile i8, [40 x i8]* %".4201", align 1
  %".4203" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4204" = load volatile i16, [40 x i8]* %".4203", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".4217" = getelementptr i8, ptr %"keys.133", i64 6
  store i8 1, ptr %".4217", align 1
  br i1 %".4215", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".4237" = zext i8 %"w0_1.15" to i64
  switch i64 %".4237", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".4220" = getelementptr i8, ptr %"keys.133", i64 7
  store i8 1, ptr %".4220", align 1
  %".4222" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.57" = load volatile i32, ptr %".4222", align 4
  %".4223" = and i32 %"flags.57", 1
  %".4224" = icmp ne i32 %".4223", 0
  %".4225" = xor i1 %".4224", -1
  br i1 %".4225", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".4232" = trunc i64 %".4210" to i16
  %".4233" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".4232", ptr %".4233", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".4227" = trunc i64 %".4210" to i16
  %".4228" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".4227", ptr %".4228", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".4239" = trunc i64 %".4210" to i16
  %".4240" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".4239", ptr %".4240", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  %".4243" = getelementptr i8, ptr %"keys.133", i64 2
  %".4244" = trunc i64 %".4210" to i16
  store volatile i16 %".4244", ptr %".4243", align 2
  %".4246" = load volatile i16, ptr %".4243", align 2
  %".4247" = zext i16 %".4246" to i64
  %"cursor.268" = and i64 %".4247", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  %".4249" = getelementptr i8, ptr %"keys.133", i64 2
  %".4250" = trunc i64 %".4210" to i16
  store volatile i16 %".4250", ptr %".4249", align 2
  %".4252" = load volatile i16, ptr %".4249", align 2
  %".4253" = zext i16 %".4252" to i64
  %"cursor.269" = and i64 %".4253", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  %".4255" = getelementptr i8, ptr %"keys.133", i64 2
  %".4256" = trunc i64 %".4210" to i16
  store volatile i16 %".4256", ptr %".4255", align 2
  %".4258" = load volatile i16, ptr %".4255", align 2
  %".4259" = zext i16 %".4258" to i64
  %"cursor.270" = and i64 %".4259", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  %".4262" = getelementptr i8, ptr %"keys.133", i64 2
  %".4263" = trunc i64 %".4210" to i16
  store volatile i16 %".4263", ptr %".4262", align 2
  %".4265" = load volatile i16, ptr %".4262", align 2
  %".4266" = zext i16 %".4265" to i64
  %"cursor.271" = and i64 %".4266", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2.to_udp:
  %".4268" = getelementptr i8, ptr %"keys.133", i64 2
  %".4269" = trunc i64 %".4210" to i16
  store volatile i16 %".4269", ptr %".4268", align 2
  %".4271" = load volatile i16, ptr %".4268", align 2
  %".4272" = zext i16 %".4271" to i64
  %"cursor.272" = and i64 %".4272", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  %".4274" = getelementptr i8, ptr %"keys.133", i64 2
  %".4275" = trunc i64 %".4210" to i16
  store volatile i16 %".4275", ptr %".4274", align 2
  %".4277" = load volatile i16, ptr %".4274", align 2
  %".4278" = zext i16 %".4277" to i64
  %"cursor.273" = and i64 %".4278", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_gre_version:
  %".4280" = getelementptr i8, ptr %"keys.133", i64 2
  %".4281" = trunc i64 %".4210" to i16
  store volatile i16 %".4281", ptr %".4280", align 2
  %".4283" = load volatile i16, ptr %".4280", align 2
  %".4284" = zext i16 %".4283" to i64
  %"cursor.274" = and i64 %".4284", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  %".4286" = getelementptr i8, ptr %"keys.133", i64 2
  %".4287" = trunc i64 %".4210" to i16
  store volatile i16 %".4287", ptr %".4286", align 2
  %".4289" = load volatile i16, ptr %".4286", align 2
  %".4290" = zext i16 %".4289" to i64
  %"cursor.275" = and i64 %".4290", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  %".4292" = getelementptr i8, ptr %"keys.133", i64 2
  %".4293" = trunc i64 %".4210" to i16
  store volatile i16 %".4293", ptr %".4292", align 2
  %".4295" = load volatile i16, ptr %".4292", align 2
  %".4296" = zext i16 %".4295" to i64
  %"cursor.276" = and i64 %".4296", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_esp:
  %".4298" = getelementptr i8, ptr %"keys.133", i64 2
  %".4299" = trunc i64 %".4210" to i16
  store volatile i16 %".4299", ptr %".4298", align 2
  %".4301" = load volatile i16, ptr %".4298", align 2
  %".4302" = zext i16 %".4301" to i64
  %"cursor.277" = and i64 %".4302", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  %".4304" = getelementptr i8, ptr %"keys.133", i64 2
  %".4305" = trunc i64 %".4210" to i16
  store volatile i16 %".4305", ptr %".4304", align 2
  %".4307" = load volatile i16, ptr %".4304", align 2
  %".4308" = zext i16 %".4307" to i64
  %"cursor.278" = and i64 %".4308", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  %".4310" = getelementptr i8, ptr %"keys.133", i64 2
  %".4311" = trunc i64 %".4210" to i16
  store volatile i16 %".4311", ptr %".4310", align 2
  %".4313" = load volatile i16, ptr %".4310", align 2
  %".4314" = zext i16 %".4313" to i64
  %"cursor.279" = and i64 %".4314", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".4316" = trunc i64 34887 to i16
  %".4317" = call i16 @"llvm.bswap.i16"(i16 %".4316")
  %".4318" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".4317", ptr %".4318", align 2
  %".4320" = getelementptr i8, ptr %"keys.133", i64 2
  %".4321" = trunc i64 %".4210" to i16
  store volatile i16 %".4321", ptr %".4320", align 2
  %".4323" = load volatile i16, ptr %".4320", align 2
  %".4324" = zext i16 %".4323" to i64
  %"cursor.280" = and i64 %".4324", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".4326" = trunc i64 2048 to i16
  %".4327" = call i16 @"llvm.bswap.i16"(i16 %".4326")
  %".4328" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".4327", ptr %".4328", align 2
  %".4330" = getelementptr i8, ptr %"keys.133", i64 8
  store i8 1, ptr %".4330", align 1
  %".4332" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.58" = load volatile i32, ptr %".4332", align 4
  %".4333" = and i32 %"flags.58", 4
  %".4334" = icmp ne i32 %".4333", 0
  br i1 %".4334", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".4346" = trunc i64 34525 to i16
  %".4347" = call i16 @"llvm.bswap.i16"(i16 %".4346")
  %".4348" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".4347", ptr %".4348", align 2
  %".4350" = getelementptr i8, ptr %"keys.133", i64 8
  store i8 1, ptr %".4350", align 1
  %".4352" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.59" = load volatile i32, ptr %".4352", align 4
  %".4353" = and i32 %"flags.59", 4
  %".4354" = icmp ne i32 %".4353", 0
  br i1 %".4354", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".4336" = trunc i64 %".4210" to i16
  %".4337" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".4336", ptr %".4337", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".4340" = getelementptr i8, ptr %"keys.133", i64 2
  %".4341" = trunc i64 %".4210" to i16
  store volatile i16 %".4341", ptr %".4340", align 2
  %".4343" = load volatile i16, ptr %".4340", align 2
  %".4344" = zext i16 %".4343" to i64
  %"cursor.281" = and i64 %".4344", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".4356" = trunc i64 %".4210" to i16
  %".4357" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".4356", ptr %".4357", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".4360" = getelementptr i8, ptr %"keys.133", i64 2
  %".4361" = trunc i64 %".4210" to i16
  store volatile i16 %".4361", ptr %".4360", align 2
  %".4363" = load volatile i16, ptr %".4360", align 2
  %".4364" = zext i16 %".4363" to i64
  %"cursor.282" = and i64 %".4364", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4372" = trunc i64 %"cursor.164" to i32
  %".4373" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".4372", [40 x i8]* %"header_copy", i32 4)
  %".4374" = icmp eq i64 %".4373", 0
  %".4375" = getelementptr i8, ptr %"ctx.42", i64 76
  %".4376" = load i32, ptr %".4375", align 4
  %".4377" = zext i32 %".4376" to i64
  %"data.134" = inttoptr i64 %".4377" to ptr
  %".4378" = getelementptr i8, ptr %"ctx.42", i64 80
  %".4379" = load i32, ptr %".4378", align 4
  %".4380" = zext i32 %".4379" to i64
  %"data_end.134" = inttoptr i64 %".4380" to ptr
  %".4381" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.134" = load ptr, ptr %".4381", align 8
  %".4382" = xor i1 %".4374", -1
  br i1 %".4382", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".4384" = trunc i64 %"cursor.164" to i16
  %".4385" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".4384", ptr %".4385", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".4388" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4389" = load volatile i16, [40 x i8]* %".4388", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".4404" = trunc i64 %".4397" to i16
  %".4405" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".4404", ptr %".4405", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  %".4408" = getelementptr i8, ptr %"keys.135", i64 2
  %".4409" = trunc i64 %".4397" to i16
  store volatile i16 %".4409", ptr %".4408", align 2
  %".4411" = load volatile i16, ptr %".4408", align 2
  %".4412" = zext i16 %".4411" to i64
  %"cursor.283" = and i64 %".4412", 16383
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  %".4414" = getelementptr i8, ptr %"keys.135", i64 2
  %".4415" = trunc i64 %".4397" to i16
  store volatile i16 %".4415", ptr %".4414", align 2
  %".4417" = load volatile i16, ptr %".4414", align 2
  %".4418" = zext i16 %".4417" to i64
  %"cursor.284" = and i64 %".4418", 16383
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".4420" = trunc i64 %".4397" to i16
  %".4421" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".4420", ptr %".4421", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".4424" = trunc i64 %".4397" to i16
  %".4425" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".4424", ptr %".4425", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  %".4428" = getelementptr i8, ptr %"keys.135", i64 2
  %".4429" = trunc i64 %".4397" to i16
  store volatile i16 %".4429", ptr %".4428", align 2
  %".4431" = load volatile i16, ptr %".4428", align 2
  %".4432" = zext i16 %".4431" to i64
  %"cursor.285" = and i64 %".4432", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  %".4434" = getelementptr i8, ptr %"keys.135", i64 2
  %".4435" = trunc i64 %".4397" to i16
  store volatile i16 %".4435", ptr %".4434", align 2
  %".4437" = load volatile i16, ptr %".4434", align 2
  %".4438" = zext i16 %".4437" to i64
  %"cursor.286" = and i64 %".4438", 16383
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_pppoe:
  %".4440" = getelementptr i8, ptr %"keys.135", i64 2
  %".4441" = trunc i64 %".4397" to i16
  store volatile i16 %".4441", ptr %".4440", align 2
  %".4443" = load volatile i16, ptr %".4440", align 2
  %".4444" = zext i16 %".4443" to i64
  %"cursor.287" = and i64 %".4444", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2.to_arp:
  %".4446" = getelementptr i8, ptr %"keys.135", i64 2
  %".4447" = trunc i64 %".4397" to i16
  store volatile i16 %".4447", ptr %".4446", align 2
  %".4449" = load volatile i16, ptr %".4446", align 2
  %".4450" = zext i16 %".4449" to i64
  %"cursor.288" = and i64 %".4450", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_arp.1:
  %".4452" = getelementptr i8, ptr %"keys.135", i64 2
  %".4453" = trunc i64 %".4397" to i16
  store volatile i16 %".4453", ptr %".4452", align 2
  %".4455" = load volatile i16, ptr %".4452", align 2
  %".4456" = zext i16 %".4455" to i64
  %"cursor.289" = and i64 %".4456", 16383
  br label %"arp"
vlan_d1_vlan_tags2.to_ptp:
  %".4458" = getelementptr i8, ptr %"keys.135", i64 2
  %".4459" = trunc i64 %".4397" to i16
  store volatile i16 %".4459", ptr %".4458", align 2
  %".4461" = load volatile i16, ptr %".4458", align 2
  %".4462" = zext i16 %".4461" to i64
  %"cursor.290" = and i64 %".4462", 16383
  br label %"ptp"
vlan_d1_vlan_tags2.to_cfm:
  %".4464" = getelementptr i8, ptr %"keys.135", i64 2
  %".4465" = trunc i64 %".4397" to i16
  store volatile i16 %".4465", ptr %".4464", align 2
  %".4467" = load volatile i16, ptr %".4464", align 2
  %".4468" = zext i16 %".4467" to i64
  %"cursor.291" = and i64 %".4468", 16383
  br label %"cfm"
vlan_d1_vlan_tags2.to_tipc:
  %".4470" = getelementptr i8, ptr %"keys.135", i64 2
  %".4471" = trunc i64 %".4397" to i16
  store volatile i16 %".4471", ptr %".4470", align 2
  %".4473" = load volatile i16, ptr %".4470", align 2
  %".4474" = zext i16 %".4473" to i64
  %"cursor.292" = and i64 %".4474", 16383
  br label %"tipc"
vlan_d1_vlan_tags2.to_fcoe:
  %".4476" = getelementptr i8, ptr %"keys.135", i64 2
  %".4477" = trunc i64 %".4397" to i16
  store volatile i16 %".4477", ptr %".4476", align 2
  %".4479" = load volatile i16, ptr %".4476", align 2
  %".4480" = zext i16 %".4479" to i64
  %"cursor.293" = and i64 %".4480", 16383
  br label %"fcoe"
vlan_d1_vlan_tags2.to_hsr:
  %".4482" = trunc i64 %".4397" to i16
  %".4483" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".4482", ptr %".4483", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".4486" = trunc i64 %".4397" to i16
  %".4487" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".4486", ptr %".4487", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  %".4490" = getelementptr i8, ptr %"keys.135", i64 2
  %".4491" = trunc i64 %".4397" to i16
  store volatile i16 %".4491", ptr %".4490", align 2
  %".4493" = load volatile i16, ptr %".4490", align 2
  %".4494" = zext i16 %".4493" to i64
  %"cursor.294" = and i64 %".4494", 16383
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4502" = trunc i64 %"cursor.176" to i32
  %".4503" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".4502", [40 x i8]* %"header_copy", i32 6)
  %".4504" = icmp eq i64 %".4503", 0
  %".4505" = getelementptr i8, ptr %"ctx.43", i64 76
  %".4506" = load i32, ptr %".4505", align 4
  %".4507" = zext i32 %".4506" to i64
  %"data.136" = inttoptr i64 %".4507" to ptr
  %".4508" = getelementptr i8, ptr %"ctx.43", i64 80
  %".4509" = load i32, ptr %".4508", align 4
  %".4510" = zext i32 %".4509" to i64
  %"data_end.136" = inttoptr i64 %".4510" to ptr
  %".4511" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.136" = load ptr, ptr %".4511", align 8
  %".4512" = xor i1 %".4504", -1
  br i1 %".4512", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".4514" = trunc i64 %"cursor.176" to i16
  %".4515" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".4514", ptr %".4515", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".4518" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".4519" = load volatile i16, [40 x i8]* %".4518", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".4534" = trunc i64 %".4527" to i16
  %".4535" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".4534", ptr %".4535", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv4:
  %".4538" = getelementptr i8, ptr %"keys.137", i64 2
  %".4539" = trunc i64 %".4527" to i16
  store volatile i16 %".4539", ptr %".4538", align 2
  %".4541" = load volatile i16, ptr %".4538", align 2
  %".4542" = zext i16 %".4541" to i64
  %"cursor.295" = and i64 %".4542", 16383
  br label %"ipv4_d1"
hsr_d1_vlan_tags2.to_ipv6:
  %".4544" = getelementptr i8, ptr %"keys.137", i64 2
  %".4545" = trunc i64 %".4527" to i16
  store volatile i16 %".4545", ptr %".4544", align 2
  %".4547" = load volatile i16, ptr %".4544", align 2
  %".4548" = zext i16 %".4547" to i64
  %"cursor.296" = and i64 %".4548", 16383
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".4550" = trunc i64 %".4527" to i16
  %".4551" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".4550", ptr %".4551", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".4554" = trunc i64 %".4527" to i16
  %".4555" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".4554", ptr %".4555", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_mpls:
  %".4558" = getelementptr i8, ptr %"keys.137", i64 2
  %".4559" = trunc i64 %".4527" to i16
  store volatile i16 %".4559", ptr %".4558", align 2
  %".4561" = load volatile i16, ptr %".4558", align 2
  %".4562" = zext i16 %".4561" to i64
  %"cursor.297" = and i64 %".4562", 16383
  br label %"mpls_mpls_labels1"
hsr_d1_vlan_tags2.to_mpls.1:
  %".4564" = getelementptr i8, ptr %"keys.137", i64 2
  %".4565" = trunc i64 %".4527" to i16
  store volatile i16 %".4565", ptr %".4564", align 2
  %".4567" = load volatile i16, ptr %".4564", align 2
  %".4568" = zext i16 %".4567" to i64
  %"cursor.298" = and i64 %".4568", 16383
  br label %"mpls_mpls_labels1"
hsr_d1_vlan_tags2.to_pppoe:
  %".4570" = getelementptr i8, ptr %"keys.137", i64 2
  %".4571" = trunc i64 %".4527" to i16
  store volatile i16 %".4571", ptr %".4570", align 2
  %".4573" = load volatile i16, ptr %".4570", align 2
  %".4574" = zext i16 %".4573" to i64
  %"cursor.299" = and i64 %".4574", 16383
  br label %"pppoe_d1"
hsr_d1_vlan_tags2.to_arp:
  %".4576" = getelementptr i8, ptr %"keys.137", i64 2
  %".4577" = trunc i64 %".4527" to i16
  store volatile i16 %".4577", ptr %".4576", align 2
  %".4579" = load volatile i16, ptr %".4576", align 2
  %".4580" = zext i16 %".4579" to i64
  %"cursor.300" = and i64 %".4580", 16383
  br label %"arp"
hsr_d1_vlan_tags2.to_arp.1:
  %".4582" = getelementptr i8, ptr %"keys.137", i64 2
  %".4583" = trunc i64 %".4527" to i16
  store volatile i16 %".4583", ptr %".4582", align 2
  %".4585" = load volatile i16, ptr %".4582", align 2
  %".4586" = zext i16 %".4585" to i64
  %"cursor.301" = and i64 %".4586", 16383
  br label %"arp"
hsr_d1_vlan_tags2.to_ptp:
  %".4588" = getelementptr i8, ptr %"keys.137", i64 2
  %".4589" = trunc i64 %".4527" to i16
  store volatile i16 %".4589", ptr %".4588", align 2
  %".4591" = load volatile i16, ptr %".4588", align 2
  %".4592" = zext i16 %".4591" to i64
  %"cursor.302" = and i64 %".4592", 16383
  br label %"ptp"
hsr_d1_vlan_tags2.to_cfm:
  %".4594" = getelementptr i8, ptr %"keys.137", i64 2
  %".4595" = trunc i64 %".4527" to i16
  store volatile i16 %".4595", ptr %".4594", align 2
  %".4597" = load volatile i16, ptr %".4594", align 2
  %".4598" = zext i16 %".4597" to i64
  %"cursor.303" = and i64 %".4598", 16383
  br label %"cfm"
hsr_d1_vlan_tags2.to_tipc:
  %".4600" = getelementptr i8, ptr %"keys.137", i64 2
  %".4601" = trunc i64 %".4527" to i16
  store volatile i16 %".4601", ptr %".4600", align 2
  %".4603" = load volatile i16, ptr %".4600", align 2
  %".4604" = zext i16 %".4603" to i64
  %"cursor.304" = and i64 %".4604", 16383
  br label %"tipc"
hsr_d1_vlan_tags2.to_fcoe:
  %".4606" = getelementptr i8, ptr %"keys.137", i64 2
  %".4607" = trunc i64 %".4527" to i16
  store volatile i16 %".4607", ptr %".4606", align 2
  %".4609" = load volatile i16, ptr %".4606", align 2
  %".4610" = zext i16 %".4609" to i64
  %"cursor.305" = and i64 %".4610", 16383
  br label %"fcoe"
hsr_d1_vlan_tags2.to_hsr:
  %".4612" = trunc i64 %".4527" to i16
  %".4613" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".4612", ptr %".4613", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".4616" = trunc i64 %".4527" to i16
  %".4617" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".4616", ptr %".4617", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  %".4620" = getelementptr i8, ptr %"keys.137", i64 2
  %".4621" = trunc i64 %".4527" to i16
  store volatile i16 %".4621", ptr %".4620", align 2
  %".4623" = load volatile i16, ptr %".4620", align 2
  %".4624" = zext i16 %".4623" to i64
  %"cursor.306" = and i64 %".4624", 16383
  br label %"batadv_d1"
ethernet_d1.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4632" = trunc i64 %"cursor.216" to i32
  %".4633" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".4632", [40 x i8]* %"header_copy", i32 14)
  %".4634" = icmp eq i64 %".4633", 0
  %".4635" = getelementptr i8, ptr %"ctx.44", i64 76
  %".4636" = load i32, ptr %".4635", align 4
  %".4637" = zext i32 %".4636" to i64
  %"data.138" = inttoptr i64 %".4637" to ptr
  %".4638" = getelementptr i8, ptr %"ctx.44", i64 80
  %".4639" = load i32, ptr %".4638", align 4
  %".4640" = zext i32 %".4639" to i64
  %"data_end.138" = inttoptr i64 %".4640" to ptr
  %".4641" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.138" = load ptr, ptr %".4641", align 8
  %".4642" = xor i1 %".4634", -1
  br i1 %".4642", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4644" = trunc i64 %"cursor.216" to i16
  %".4645" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4644", ptr %".4645", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4648" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4649" = load volatile i16, [40 x i8]* %".4648", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4661" = trunc i64 %".4657" to i16
  %".4662" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4661", ptr %".4662", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  %".4665" = getelementptr i8, ptr %"keys.139", i64 2
  %".4666" = trunc i64 %".4657" to i16
  store volatile i16 %".4666", ptr %".4665", align 2
  %".4668" = load volatile i16, ptr %".4665", align 2
  %".4669" = zext i16 %".4668" to i64
  %"cursor.307" = and i64 %".4669", 16383
  br label %"ipv4_d1"
ethernet_d1.to_ipv6:
  %".4671" = getelementptr i8, ptr %"keys.139", i64 2
  %".4672" = trunc i64 %".4657" to i16
  store volatile i16 %".4672", ptr %".4671", align 2
  %".4674" = load volatile i16, ptr %".4671", align 2
  %".4675" = zext i16 %".4674" to i64
  %"cursor.308" = and i64 %".4675", 16383
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  %".4677" = getelementptr i8, ptr %"keys.139", i64 2
  %".4678" = trunc i64 %".4657" to i16
  store volatile i16 %".4678", ptr %".4677", align 2
  %".4680" = load volatile i16, ptr %".4677", align 2
  %".4681" = zext i16 %".4680" to i64
  %"cursor.309" = and i64 %".4681", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  %".4683" = getelementptr i8, ptr %"keys.139", i64 2
  %".4684" = trunc i64 %".4657" to i16
  store volatile i16 %".4684", ptr %".4683", align 2
  %".4686" = load volatile i16, ptr %".4683", align 2
  %".4687" = zext i16 %".4686" to i64
  %"cursor.310" = and i64 %".4687", 16383
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  %".4689" = getelementptr i8, ptr %"keys.139", i64 2
  %".4690" = trunc i64 %".4657" to i16
  store volatile i16 %".4690", ptr %".4689", align 2
  %".4692" = load volatile i16, ptr %".4689", align 2
  %".4693" = zext i16 %".4692" to i64
  %"cursor.311" = and i64 %".4693", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1.to_mpls.1:
  %".4695" = getelementptr i8, ptr %"keys.139", i64 2
  %".4696" = trunc i64 %".4657" to i16
  store volatile i16 %".4696", ptr %".4695", align 2
  %".4698" = load volatile i16, ptr %".4695", align 2
  %".4699" = zext i16 %".4698" to i64
  %"cursor.312" = and i64 %".4699", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1.to_pppoe:
  %".4701" = getelementptr i8, ptr %"keys.139", i64 2
  %".4702" = trunc i64 %".4657" to i16
  store volatile i16 %".4702", ptr %".4701", align 2
  %".4704" = load volatile i16, ptr %".4701", align 2
  %".4705" = zext i16 %".4704" to i64
  %"cursor.313" = and i64 %".4705", 16383
  br label %"pppoe_d1"
ethernet_d1.to_arp:
  %".4707" = getelementptr i8, ptr %"keys.139", i64 2
  %".4708" = trunc i64 %".4657" to i16
  store volatile i16 %".4708", ptr %".4707", align 2
  %".4710" = load volatile i16, ptr %".4707", align 2
  %".4711" = zext i16 %".4710" to i64
  %"cursor.314" = and i64 %".4711", 16383
  br label %"arp"
ethernet_d1.to_arp.1:
  %".4713" = getelementptr i8, ptr %"keys.139", i64 2
  %".4714" = trunc i64 %".4657" to i16
  store volatile i16 %".4714", ptr %".4713", align 2
  %".4716" = load volatile i16, ptr %".4713", align 2
  %".4717" = zext i16 %".4716" to i64
  %"cursor.315" = and i64 %".4717", 16383
  br label %"arp"
ethernet_d1.to_ptp:
  %".4719" = getelementptr i8, ptr %"keys.139", i64 2
  %".4720" = trunc i64 %".4657" to i16
  store volatile i16 %".4720", ptr %".4719", align 2
  %".4722" = load volatile i16, ptr %".4719", align 2
  %".4723" = zext i16 %".4722" to i64
  %"cursor.316" = and i64 %".4723", 16383
  br label %"ptp"
ethernet_d1.to_cfm:
  %".4725" = getelementptr i8, ptr %"keys.139", i64 2
  %".4726" = trunc i64 %".4657" to i16
  store volatile i16 %".4726", ptr %".4725", align 2
  %".4728" = load volatile i16, ptr %".4725", align 2
  %".4729" = zext i16 %".4728" to i64
  %"cursor.317" = and i64 %".4729", 16383
  br label %"cfm"
ethernet_d1.to_tipc:
  %".4731" = getelementptr i8, ptr %"keys.139", i64 2
  %".4732" = trunc i64 %".4657" to i16
  store volatile i16 %".4732", ptr %".4731", align 2
  %".4734" = load volatile i16, ptr %".4731", align 2
  %".4735" = zext i16 %".4734" to i64
  %"cursor.318" = and i64 %".4735", 16383
  br label %"tipc"
ethernet_d1.to_fcoe:
  %".4737" = getelementptr i8, ptr %"keys.139", i64 2
  %".4738" = trunc i64 %".4657" to i16
  store volatile i16 %".4738", ptr %".4737", align 2
  %".4740" = load volatile i16, ptr %".4737", align 2
  %".4741" = zext i16 %".4740" to i64
  %"cursor.319" = and i64 %".4741", 16383
  br label %"fcoe"
ethernet_d1.to_hsr:
  %".4743" = getelementptr i8, ptr %"keys.139", i64 2
  %".4744" = trunc i64 %".4657" to i16
  store volatile i16 %".4744", ptr %".4743", align 2
  %".4746" = load volatile i16, ptr %".4743", align 2
  %".4747" = zext i16 %".4746" to i64
  %"cursor.320" = and i64 %".4747", 16383
  br label %"hsr_d1_vlan_tags1"
ethernet_d1.to_hsr.1:
  %".4749" = getelementptr i8, ptr %"keys.139", i64 2
  %".4750" = trunc i64 %".4657" to i16
  store volatile i16 %".4750", ptr %".4749", align 2
  %".4752" = load volatile i16, ptr %".4749", align 2
  %".4753" = zext i16 %".4752" to i64
  %"cursor.321" = and i64 %".4753", 16383
  br label %"hsr_d1_vlan_tags1"
ethernet_d1.to_batadv:
  %".4755" = getelementptr i8, ptr %"keys.139", i64 2
  %".4756" = trunc i64 %".4657" to i16
  store volatile i16 %".4756", ptr %".4755", align 2
  %".4758" = load volatile i16, ptr %".4755", align 2
  %".4759" = zext i16 %".4758" to i64
  %"cursor.322" = and i64 %".4759", 16383
  br label %"batadv_d1"
ppp_d0.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4767" = trunc i64 %"cursor.218" to i32
  %".4768" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".4767", [40 x i8]* %"header_copy", i32 4)
  %".4769" = icmp eq i64 %".4768", 0
  %".4770" = getelementptr i8, ptr %"ctx.45", i64 76
  %".4771" = load i32, ptr %".4770", align 4
  %".4772" = zext i32 %".4771" to i64
  %"data.140" = inttoptr i64 %".4772" to ptr
  %".4773" = getelementptr i8, ptr %"ctx.45", i64 80
  %".4774" = load i32, ptr %".4773", align 4
  %".4775" = zext i32 %".4774" to i64
  %"data_end.140" = inttoptr i64 %".4775" to ptr
  %".4776" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.140" = load ptr, ptr %".4776", align 8
  %".4777" = xor i1 %".4769", -1
  br i1 %".4777", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4779" = trunc i64 %"cursor.218" to i16
  %".4780" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".4779", ptr %".4780", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4783" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4784" = load volatile i16, [40 x i8]* %".4783", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4790" = and i64 %".4788", 0
  %".4791" = icmp eq i64 %".4790", 0
  br i1 %".4791", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".4797" = trunc i64 2048 to i16
  %".4798" = call i16 @"llvm.bswap.i16"(i16 %".4797")
  %".4799" = getelementptr i8, ptr %"keys.141", i64 10
  store i16 %".4798", ptr %".4799", align 2
  %".4801" = getelementptr i8, ptr %"keys.141", i64 8
  store i8 1, ptr %".4801", align 1
  %".4803" = getelementptr i8, ptr %"keys.141", i64 48
  %"flags.60" = load volatile i32, ptr %".4803", align 4
  %".4804" = and i32 %"flags.60", 4
  %".4805" = icmp ne i32 %".4804", 0
  br i1 %".4805", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".4817" = trunc i64 34525 to i16
  %".4818" = call i16 @"llvm.bswap.i16"(i16 %".4817")
  %".4819" = getelementptr i8, ptr %"keys.141", i64 10
  store i16 %".4818", ptr %".4819", align 2
  %".4821" = getelementptr i8, ptr %"keys.141", i64 8
  store i8 1, ptr %".4821", align 1
  %".4823" = getelementptr i8, ptr %"keys.141", i64 48
  %"flags.61" = load volatile i32, ptr %".4823", align 4
  %".4824" = and i32 %"flags.61", 4
  %".4825" = icmp ne i32 %".4824", 0
  br i1 %".4825", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4837" = trunc i64 34827 to i16
  %".4838" = call i16 @"llvm.bswap.i16"(i16 %".4837")
  %".4839" = getelementptr i8, ptr %"keys.141", i64 10
  store i16 %".4838", ptr %".4839", align 2
  %".4841" = getelementptr i8, ptr %"keys.141", i64 8
  store i8 1, ptr %".4841", align 1
  %".4843" = getelementptr i8, ptr %"keys.141", i64 48
  %"flags.62" = load volatile i32, ptr %".4843", align 4
  %".4844" = and i32 %"flags.62", 4
  %".4845" = icmp ne i32 %".4844", 0
  br i1 %".4845", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4793" = trunc i64 %".4786" to i16
  %".4794" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".4793", ptr %".4794", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4807" = trunc i64 %".4786" to i16
  %".4808" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".4807", ptr %".4808", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4811" = getelementptr i8, ptr %"keys.141", i64 2
  %".4812" = trunc i64 %".4786" to i16
  store volatile i16 %".4812", ptr %".4811", align 2
  %".4814" = load volatile i16, ptr %".4811", align 2
  %".4815" = zext i16 %".4814" to i64
  %"cursor.323" = and i64 %".4815", 16383
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4827" = trunc i64 %".4786" to i16
  %".4828" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".4827", ptr %".4828", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4831" = getelementptr i8, ptr %"keys.141", i64 2
  %".4832" = trunc i64 %".4786" to i16
  store volatile i16 %".4832", ptr %".4831", align 2
  %".4834" = load volatile i16, ptr %".4831", align 2
  %".4835" = zext i16 %".4834" to i64
  %"cursor.324" = and i64 %".4835", 16383
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4847" = trunc i64 %".4786" to i16
  %".4848" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".4847", ptr %".4848", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.325" = phi  i64 [%".4786", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.142" = phi  ptr [%"data.141", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.142" = phi  ptr [%"data_end.141", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.142" = phi  ptr [%"keys.141", %"ppp_d0.stop_at_encap.endif.2"]
  %".5832" = add i64 %"cursor.325", 0
  %".5833" = trunc i64 %".5832" to i16
  %".5834" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".5833", ptr %".5834", align 2
  br label %"return"
gre_d1.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4862" = trunc i64 %"cursor.219" to i32
  %".4863" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".4862", [40 x i8]* %"header_copy", i32 4)
  %".4864" = icmp eq i64 %".4863", 0
  %".4865" = getelementptr i8, ptr %"ctx.46", i64 76
  %".4866" = load i32, ptr %".4865", align 4
  %".4867" = zext i32 %".4866" to i64
  %"data.143" = inttoptr i64 %".4867" to ptr
  %".4868" = getelementptr i8, ptr %"ctx.46", i64 80
  %".4869" = load i32, ptr %".4868", align 4
  %".4870" = zext i32 %".4869" to i64
  %"data_end.143" = inttoptr i64 %".4870" to ptr
  %".4871" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.143" = load ptr, ptr %".4871", align 8
  %".4872" = xor i1 %".4864", -1
  br i1 %".4872", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".4874" = trunc i64 %"cursor.219" to i16
  %".4875" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".4874", ptr %".4875", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".4878" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4879" = load volatile i8, [40 x i8]* %".4878", align 1
  %".4880" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4881" = load volatile i8, [40 x i8]* %".4880", align 1
  %".4882" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4883" = load volatile i16, [40 x i8]* %".4882", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".4894" = trunc i64 %"cursor.219" to i16
  %".4895" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4894", ptr %".4895", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".4898" = add i64 %"cursor.219", 4
  %".4899" = zext i8 %"w0_1.16" to i64
  %".4900" = lshr i64 %".4899", 7
  %".4901" = and i64 %".4900", 1
  %".4902" = zext i8 %"w0_1.16" to i64
  %".4903" = lshr i64 %".4902", 5
  %".4904" = and i64 %".4903", 1
  %".4905" = add i64 %".4901", %".4904"
  %".4906" = zext i8 %"w0_1.16" to i64
  %".4907" = lshr i64 %".4906", 4
  %".4908" = and i64 %".4907", 1
  %".4909" = add i64 %".4905", %".4908"
  %".4910" = mul i64 %".4909", 4
  %".4911" = add i64 %".4910", 4
  %".4912" = getelementptr i8, ptr %"data.144", i64 %"cursor.219"
  %".4913" = getelementptr i8, ptr %".4912", i64 %".4911"
  %".4914" = icmp ugt ptr %".4913", %"data_end.144"
  br i1 %".4914", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.146" = phi  ptr [%"data.144", %"gre_d1.stop_before.endif"], [%"data.145", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.144", %"gre_d1.stop_before.endif"], [%"data_end.145", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.144", %"gre_d1.stop_before.endif"], [%"keys.145", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.219", %".4911"
  %".4935" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".4935", align 1
  %".4937" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.63" = load volatile i32, ptr %".4937", align 4
  %".4938" = and i32 %"flags.63", 4
  %".4939" = icmp ne i32 %".4938", 0
  br i1 %".4939", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".4916" = add i64 %"cursor.219", %".4911"
  %".4917" = sub i64 %".4916", 1
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4918" = trunc i64 %".4917" to i32
  %".4919" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".4918", i64* %"last_byte", i32 1)
  %".4920" = icmp eq i64 %".4919", 0
  %".4921" = getelementptr i8, ptr %"ctx.47", i64 76
  %".4922" = load i32, ptr %".4921", align 4
  %".4923" = zext i32 %".4922" to i64
  %"data.145" = inttoptr i64 %".4923" to ptr
  %".4924" = getelementptr i8, ptr %"ctx.47", i64 80
  %".4925" = load i32, ptr %".4924", align 4
  %".4926" = zext i32 %".4925" to i64
  %"data_end.145" = inttoptr i64 %".4926" to ptr
  %".4927" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.145" = load ptr, ptr %".4927", align 8
  %".4928" = xor i1 %".4920", -1
  br i1 %".4928", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4930" = trunc i64 %"cursor.219" to i16
  %".4931" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".4930", ptr %".4931", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4941" = trunc i64 %"end.9" to i16
  %".4942" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4941", ptr %".4942", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4945" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4946" = zext i16 %".4945" to i64
  %".4947" = trunc i64 %".4946" to i16
  %".4948" = call i16 @"llvm.bswap.i16"(i16 %".4947")
  %".4949" = getelementptr i8, ptr %"keys.146", i64 10
  store i16 %".4948", ptr %".4949", align 2
  %".4951" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4952" = zext i16 %".4951" to i64
  switch i64 %".4952", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]
gre_d1.unknown:
  %".4954" = trunc i64 %"end.9" to i16
  %".4955" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4954", ptr %".4955", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".4958" = trunc i64 %"end.9" to i16
  %".4959" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4958", ptr %".4959", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4962" = trunc i64 %"end.9" to i16
  %".4963" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4962", ptr %".4963", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4966" = trunc i64 %"end.9" to i16
  %".4967" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4966", ptr %".4967", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4970" = trunc i64 %"end.9" to i16
  %".4971" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4970", ptr %".4971", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4974" = trunc i64 %"end.9" to i16
  %".4975" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4974", ptr %".4975", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4978" = trunc i64 %"end.9" to i16
  %".4979" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4978", ptr %".4979", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4982" = trunc i64 %"end.9" to i16
  %".4983" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4982", ptr %".4983", align 2
  br label %"return"
gre_d1.to_arp:
  %".4986" = trunc i64 %"end.9" to i16
  %".4987" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4986", ptr %".4987", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4990" = trunc i64 %"end.9" to i16
  %".4991" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4990", ptr %".4991", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4994" = trunc i64 %"end.9" to i16
  %".4995" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4994", ptr %".4995", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4998" = trunc i64 %"end.9" to i16
  %".4999" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".4998", ptr %".4999", align 2
  br label %"return"
gre_d1.to_tipc:
  %".5002" = trunc i64 %"end.9" to i16
  %".5003" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".5002", ptr %".5003", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".5006" = trunc i64 %"end.9" to i16
  %".5007" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".5006", ptr %".5007", align 2
  br label %"return"
gre_d1.to_hsr:
  %".5010" = trunc i64 %"end.9" to i16
  %".5011" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".5010", ptr %".5011", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".5014" = trunc i64 %"end.9" to i16
  %".5015" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".5014", ptr %".5015", align 2
  br label %"return"
gre_d1.to_batadv:
  %".5018" = trunc i64 %"end.9" to i16
  %".5019" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".5018", ptr %".5019", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".5022" = trunc i64 %"end.9" to i16
  %".5023" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".5022", ptr %".5023", align 2
  br label %"return"
pptp_d1.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5036" = trunc i64 %"cursor.221" to i32
  %".5037" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".5036", [40 x i8]* %"header_copy", i32 4)
  %".5038" = icmp eq i64 %".5037", 0
  %".5039" = getelementptr i8, ptr %"ctx.48", i64 76
  %".5040" = load i32, ptr %".5039", align 4
  %".5041" = zext i32 %".5040" to i64
  %"data.147" = inttoptr i64 %".5041" to ptr
  %".5042" = getelementptr i8, ptr %"ctx.48", i64 80
  %".5043" = load i32, ptr %".5042", align 4
  %".5044" = zext i32 %".5043" to i64
  %"data_end.147" = inttoptr i64 %".5044" to ptr
  %".5045" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.147" = load ptr, ptr %".5045", align 8
  %".5046" = xor i1 %".5038", -1
  br i1 %".5046", label %"pptp_d1.copy_failed", label %"pptp_d1.copy_failed.endif"
pptp_d1.copy_failed:
  %".5048" = trunc i64 %"cursor.221" to i16
  %".5049" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".5048", ptr %".5049", align 2
  br label %"return"
pptp_d1.copy_failed.endif:
  %".5052" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5053" = load volatile i8, [40 x i8]* %".5052", align 1
  %".5054" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5055" = load volatile i8, [40 x i8]* %".5054", align 1
  %".5056" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5057" = load volatile i16, [40 x i8]* %".5056", align 2
  br label %"pptp_d1.header"
pptp_d1.stop_before:
  %".5068" = trunc i64 %"cursor.221" to i16
  %".5069" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".5068", ptr %".5069", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".5072" = add i64 %"cursor.221", 4
  %".5073" = zext i8 %"w0_1.17" to i64
  %".5074" = lshr i64 %".5073", 7
  %".5075" = and i64 %".5074", 1
  %".5076" = zext i8 %"w0_1.17" to i64
  %".5077" = lshr i64 %".5076", 5
  %".5078" = and i64 %".5077", 1
  %".5079" = add i64 %".5075", %".5078"
  %".5080" = zext i8 %"w0_1.17" to i64
  %".5081" = lshr i64 %".5080", 4
  %".5082" = and i64 %".5081", 1
  %".5083" = add i64 %".5079", %".5082"
  %".5084" = zext i8 %"w1_1.12" to i64
  %".5085" = lshr i64 %".5084", 7
  %".5086" = and i64 %".5085", 1
  %".5087" = add i64 %".5083", %".5086"
  %".5088" = mul i64 %".5087", 4
  %".5089" = add i64 %".5088", 4
  %".5090" = getelementptr i8, ptr %"data.148", i64 %"cursor.221"
  %".5091" = getelementptr i8, ptr %".5090", i64 %".5089"
  %".5092" = icmp ugt ptr %".5091", %"data_end.148"
  br i1 %".5092", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.150" = phi  ptr [%"data.148", %"pptp_d1.stop_before.endif"], [%"data.149", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.150" = phi  ptr [%"data_end.148", %"pptp_d1.stop_before.endif"], [%"data_end.149", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.150" = phi  ptr [%"keys.148", %"pptp_d1.stop_before.endif"], [%"keys.149", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.221", %".5089"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".5094" = add i64 %"cursor.221", %".5089"
  %".5095" = sub i64 %".5094", 1
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5096" = trunc i64 %".5095" to i32
  %".5097" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".5096", i64* %"last_byte", i32 1)
  %".5098" = icmp eq i64 %".5097", 0
  %".5099" = getelementptr i8, ptr %"ctx.49", i64 76
  %".5100" = load i32, ptr %".5099", align 4
  %".5101" = zext i32 %".5100" to i64
  %"data.149" = inttoptr i64 %".5101" to ptr
  %".5102" = getelementptr i8, ptr %"ctx.49", i64 80
  %".5103" = load i32, ptr %".5102", align 4
  %".5104" = zext i32 %".5103" to i64
  %"data_end.149" = inttoptr i64 %".5104" to ptr
  %".5105" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.149" = load ptr, ptr %".5105", align 8
  %".5106" = xor i1 %".5098", -1
  br i1 %".5106", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".5108" = trunc i64 %"cursor.221" to i16
  %".5109" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".5108", ptr %".5109", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".5114" = trunc i64 %"end.10" to i16
  %".5115" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".5114", ptr %".5115", align 2
  br label %"return"
pptp_d1.to_ppp:
  %".5118" = getelementptr i8, ptr %"keys.150", i64 2
  %".5119" = trunc i64 %"end.10" to i16
  store volatile i16 %".5119", ptr %".5118", align 2
  %".5121" = load volatile i16, ptr %".5118", align 2
  %".5122" = zext i16 %".5121" to i64
  %"cursor.327" = and i64 %".5122", 16383
  br label %"ppp_d1"
ppp_d1:
  %"cursor.326" = phi  i64 [%"cursor.327", %"pptp_d1.to_ppp"]
  %"data.151" = phi  ptr [%"data.150", %"pptp_d1.to_ppp"]
  %"data_end.151" = phi  ptr [%"data_end.150", %"pptp_d1.to_ppp"]
  %"keys.151" = phi  ptr [%"keys.150", %"pptp_d1.to_ppp"]
  %"hdr.47" = getelementptr i8, ptr %"data.151", i64 %"cursor.326"
  %".5837" = getelementptr i8, ptr %"hdr.47", i64 4
  %".5838" = icmp ugt ptr %".5837", %"data_end.151"
  br i1 %".5838", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5840" = getelementptr i8, ptr %"hdr.47", i64 2
  %".5841" = load i16, ptr %".5840", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.21" = phi  i16 [%".5841", %"ppp_d1.linear"], [%".5860", %"ppp_d1.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.151", %"ppp_d1.linear"], [%"data.162", %"ppp_d1.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.151", %"ppp_d1.linear"], [%"data_end.162", %"ppp_d1.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.151", %"ppp_d1.linear"], [%"keys.162", %"ppp_d1.copy_failed.endif"]
  %".5862" = add i64 %"cursor.326", 4
  %".5863" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5864" = zext i16 %".5863" to i64
  switch i64 %".5864", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5132" = trunc i64 %"cursor.223" to i32
  %".5133" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".5132", [40 x i8]* %"header_copy", i32 2)
  %".5134" = icmp eq i64 %".5133", 0
  %".5135" = getelementptr i8, ptr %"ctx.50", i64 76
  %".5136" = load i32, ptr %".5135", align 4
  %".5137" = zext i32 %".5136" to i64
  %"data.152" = inttoptr i64 %".5137" to ptr
  %".5138" = getelementptr i8, ptr %"ctx.50", i64 80
  %".5139" = load i32, ptr %".5138", align 4
  %".5140" = zext i32 %".5139" to i64
  %"data_end.152" = inttoptr i64 %".5140" to ptr
  %".5141" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.152" = load ptr, ptr %".5141", align 8
  %".5142" = xor i1 %".5134", -1
  br i1 %".5142", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".5144" = trunc i64 %"cursor.223" to i16
  %".5145" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".5144", ptr %".5145", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".5148" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5149" = load volatile i8, [40 x i8]* %".5148", align 1
  %".5150" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5151" = load volatile i8, [40 x i8]* %".5150", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".5164" = trunc i64 %"end.11" to i16
  %".5165" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5164", ptr %".5165", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  %".5168" = getelementptr i8, ptr %"keys.153", i64 2
  %".5169" = trunc i64 %"end.11" to i16
  store volatile i16 %".5169", ptr %".5168", align 2
  %".5171" = load volatile i16, ptr %".5168", align 2
  %".5172" = zext i16 %".5171" to i64
  %"cursor.329" = and i64 %".5172", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  %".5174" = getelementptr i8, ptr %"keys.153", i64 2
  %".5175" = trunc i64 %"end.11" to i16
  store volatile i16 %".5175", ptr %".5174", align 2
  %".5177" = load volatile i16, ptr %".5174", align 2
  %".5178" = zext i16 %".5177" to i64
  %"cursor.330" = and i64 %".5178", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  %".5180" = getelementptr i8, ptr %"keys.153", i64 2
  %".5181" = trunc i64 %"end.11" to i16
  store volatile i16 %".5181", ptr %".5180", align 2
  %".5183" = load volatile i16, ptr %".5180", align 2
  %".5184" = zext i16 %".5183" to i64
  %"cursor.331" = and i64 %".5184", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  %".5186" = getelementptr i8, ptr %"keys.153", i64 2
  %".5187" = trunc i64 %"end.11" to i16
  store volatile i16 %".5187", ptr %".5186", align 2
  %".5189" = load volatile i16, ptr %".5186", align 2
  %".5190" = zext i16 %".5189" to i64
  %"cursor.333" = and i64 %".5190", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  %".5192" = getelementptr i8, ptr %"keys.153", i64 2
  %".5193" = trunc i64 %"end.11" to i16
  store volatile i16 %".5193", ptr %".5192", align 2
  %".5195" = load volatile i16, ptr %".5192", align 2
  %".5196" = zext i16 %".5195" to i64
  %"cursor.334" = and i64 %".5196", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.to_udp:
  %".5198" = getelementptr i8, ptr %"keys.153", i64 2
  %".5199" = trunc i64 %"end.11" to i16
  store volatile i16 %".5199", ptr %".5198", align 2
  %".5201" = load volatile i16, ptr %".5198", align 2
  %".5202" = zext i16 %".5201" to i64
  %"cursor.335" = and i64 %".5202", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  %".5204" = getelementptr i8, ptr %"keys.153", i64 2
  %".5205" = trunc i64 %"end.11" to i16
  store volatile i16 %".5205", ptr %".5204", align 2
  %".5207" = load volatile i16, ptr %".5204", align 2
  %".5208" = zext i16 %".5207" to i64
  %"cursor.336" = and i64 %".5208", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_gre_version:
  %".5210" = getelementptr i8, ptr %"keys.153", i64 2
  %".5211" = trunc i64 %"end.11" to i16
  store volatile i16 %".5211", ptr %".5210", align 2
  %".5213" = load volatile i16, ptr %".5210", align 2
  %".5214" = zext i16 %".5213" to i64
  %"cursor.337" = and i64 %".5214", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  %".5216" = getelementptr i8, ptr %"keys.153", i64 2
  %".5217" = trunc i64 %"end.11" to i16
  store volatile i16 %".5217", ptr %".5216", align 2
  %".5219" = load volatile i16, ptr %".5216", align 2
  %".5220" = zext i16 %".5219" to i64
  %"cursor.338" = and i64 %".5220", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  %".5222" = getelementptr i8, ptr %"keys.153", i64 2
  %".5223" = trunc i64 %"end.11" to i16
  store volatile i16 %".5223", ptr %".5222", align 2
  %".5225" = load volatile i16, ptr %".5222", align 2
  %".5226" = zext i16 %".5225" to i64
  %"cursor.339" = and i64 %".5226", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_esp:
  %".5228" = getelementptr i8, ptr %"keys.153", i64 2
  %".5229" = trunc i64 %"end.11" to i16
  store volatile i16 %".5229", ptr %".5228", align 2
  %".5231" = load volatile i16, ptr %".5228", align 2
  %".5232" = zext i16 %".5231" to i64
  %"cursor.340" = and i64 %".5232", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  %".5234" = getelementptr i8, ptr %"keys.153", i64 2
  %".5235" = trunc i64 %"end.11" to i16
  store volatile i16 %".5235", ptr %".5234", align 2
  %".5237" = load volatile i16, ptr %".5234", align 2
  %".5238" = zext i16 %".5237" to i64
  %"cursor.341" = and i64 %".5238", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  %".5240" = getelementptr i8, ptr %"keys.153", i64 2
  %".5241" = trunc i64 %"end.11" to i16
  store volatile i16 %".5241", ptr %".5240", align 2
  %".5243" = load volatile i16, ptr %".5240", align 2
  %".5244" = zext i16 %".5243" to i64
  %"cursor.342" = and i64 %".5244", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".5246" = trunc i64 34887 to i16
  %".5247" = call i16 @"llvm.bswap.i16"(i16 %".5246")
  %".5248" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".5247", ptr %".5248", align 2
  %".5250" = getelementptr i8, ptr %"keys.153", i64 2
  %".5251" = trunc i64 %"end.11" to i16
  store volatile i16 %".5251", ptr %".5250", align 2
  %".5253" = load volatile i16, ptr %".5250", align 2
  %".5254" = zext i16 %".5253" to i64
  %"cursor.343" = and i64 %".5254", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".5256" = trunc i64 2048 to i16
  %".5257" = call i16 @"llvm.bswap.i16"(i16 %".5256")
  %".5258" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".5257", ptr %".5258", align 2
  %".5260" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".5260", align 1
  %".5262" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.64" = load volatile i32, ptr %".5262", align 4
  %".5263" = and i32 %"flags.64", 4
  %".5264" = icmp ne i32 %".5263", 0
  br i1 %".5264", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".5274" = trunc i64 34525 to i16
  %".5275" = call i16 @"llvm.bswap.i16"(i16 %".5274")
  %".5276" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".5275", ptr %".5276", align 2
  %".5278" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".5278", align 1
  %".5280" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.65" = load volatile i32, ptr %".5280", align 4
  %".5281" = and i32 %"flags.65", 4
  %".5282" = icmp ne i32 %".5281", 0
  br i1 %".5282", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.328" = phi  i64 [%"cursor.329", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.330", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.331", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"cursor.344", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"cursor.345", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"cursor.346", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data.154" = phi  ptr [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"data_end.154" = phi  ptr [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"keys.154" = phi  ptr [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"]
  %"hdr.48" = getelementptr i8, ptr %"data.154", i64 %"cursor.328"
  %".5927" = getelementptr i8, ptr %"hdr.48", i64 2
  %".5928" = icmp ugt ptr %".5927", %"data_end.154"
  br i1 %".5928", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5930" = getelementptr i8, ptr %"hdr.48", i64 0
  %".5931" = load i8, ptr %".5930", align 1
  %".5932" = getelementptr i8, ptr %"hdr.48", i64 1
  %".5933" = load i8, ptr %".5932", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.22" = phi  i8 [%".5931", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5952", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5933", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5954", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.165" = phi  ptr [%"data.154", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.164", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.165" = phi  ptr [%"data_end.154", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.165" = phi  ptr [%"keys.154", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5956" = zext i8 %"w0_1.22" to i64
  %".5957" = trunc i64 %".5956" to i8
  %".5958" = getelementptr i8, ptr %"keys.165", i64 9
  store i8 %".5957", ptr %".5958", align 1
  %".5960" = add i64 %"cursor.328", 2
  %".5961" = zext i8 %"w1_1.15" to i64
  %".5962" = mul i64 %".5961", 8
  %".5963" = add i64 %".5962", 6
  %".5964" = add i64 %".5963", 2
  %"end.13" = add i64 %"cursor.328", %".5964"
  %".5965" = zext i8 %"w0_1.22" to i64
  switch i64 %".5965", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.332" = phi  i64 [%"cursor.333", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"cursor.347", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data.155" = phi  ptr [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"data_end.155" = phi  ptr [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"keys.155" = phi  ptr [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"]
  %"hdr.49" = getelementptr i8, ptr %"data.155", i64 %"cursor.332"
  %".6087" = getelementptr i8, ptr %"hdr.49", i64 8
  %".6088" = icmp ugt ptr %".6087", %"data_end.155"
  br i1 %".6088", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".6090" = getelementptr i8, ptr %"hdr.49", i64 0
  %".6091" = load i8, ptr %".6090", align 1
  %".6092" = getelementptr i8, ptr %"hdr.49", i64 2
  %".6093" = load i16, ptr %".6092", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".6091", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".6112", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.22" = phi  i16 [%".6093", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".6114", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.167" = phi  ptr [%"data.155", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.166", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.167" = phi  ptr [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.166", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.167" = phi  ptr [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.166", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".6116" = zext i8 %"w0_1.23" to i64
  %".6117" = trunc i64 %".6116" to i8
  %".6118" = getelementptr i8, ptr %"keys.167", i64 9
  store i8 %".6117", ptr %".6118", align 1
  %".6120" = add i64 %"cursor.332", 8
  %".6121" = icmp ne i64 1, 0
  %".6122" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".6123" = zext i16 %".6122" to i64
  %".6124" = and i64 %".6123", 65528
  %".6125" = icmp eq i64 %".6124", 0
  br i1 %".6121", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".5266" = trunc i64 %"end.11" to i16
  %".5267" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5266", ptr %".5267", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".5270" = trunc i64 %"end.11" to i16
  %".5271" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5270", ptr %".5271", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".5284" = trunc i64 %"end.11" to i16
  %".5285" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5284", ptr %".5285", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5288" = trunc i64 %"end.11" to i16
  %".5289" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".5288", ptr %".5289", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5300" = trunc i64 %"cursor.227" to i32
  %".5301" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".5300", [40 x i8]* %"header_copy", i32 8)
  %".5302" = icmp eq i64 %".5301", 0
  %".5303" = getelementptr i8, ptr %"ctx.51", i64 76
  %".5304" = load i32, ptr %".5303", align 4
  %".5305" = zext i32 %".5304" to i64
  %"data.156" = inttoptr i64 %".5305" to ptr
  %".5306" = getelementptr i8, ptr %"ctx.51", i64 80
  %".5307" = load i32, ptr %".5306", align 4
  %".5308" = zext i32 %".5307" to i64
  %"data_end.156" = inttoptr i64 %".5308" to ptr
  %".5309" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.156" = load ptr, ptr %".5309", align 8
  %".5310" = xor i1 %".5302", -1
  br i1 %".5310", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".5312" = trunc i64 %"cursor.227" to i16
  %".5313" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".5312", ptr %".5313", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".5316" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5317" = load volatile i8, [40 x i8]* %".5316", align 1
  %".5318" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5319" = load volatile i16, [40 x i8]* %".5318", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".5332" = getelementptr i8, ptr %"keys.157", i64 6
  store i8 1, ptr %".5332", align 1
  br i1 %".5330", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".5352" = zext i8 %"w0_1.19" to i64
  switch i64 %".5352", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".5335" = getelementptr i8, ptr %"keys.157", i64 7
  store i8 1, ptr %".5335", align 1
  %".5337" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.66" = load volatile i32, ptr %".5337", align 4
  %".5338" = and i32 %"flags.66", 1
  %".5339" = icmp ne i32 %".5338", 0
  %".5340" = xor i1 %".5339", -1
  br i1 %".5340", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".5347" = trunc i64 %".5325" to i16
  %".5348" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5347", ptr %".5348", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".5342" = trunc i64 %".5325" to i16
  %".5343" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5342", ptr %".5343", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".5354" = trunc i64 %".5325" to i16
  %".5355" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5354", ptr %".5355", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  %".5358" = getelementptr i8, ptr %"keys.157", i64 2
  %".5359" = trunc i64 %".5325" to i16
  store volatile i16 %".5359", ptr %".5358", align 2
  %".5361" = load volatile i16, ptr %".5358", align 2
  %".5362" = zext i16 %".5361" to i64
  %"cursor.344" = and i64 %".5362", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  %".5364" = getelementptr i8, ptr %"keys.157", i64 2
  %".5365" = trunc i64 %".5325" to i16
  store volatile i16 %".5365", ptr %".5364", align 2
  %".5367" = load volatile i16, ptr %".5364", align 2
  %".5368" = zext i16 %".5367" to i64
  %"cursor.345" = and i64 %".5368", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  %".5370" = getelementptr i8, ptr %"keys.157", i64 2
  %".5371" = trunc i64 %".5325" to i16
  store volatile i16 %".5371", ptr %".5370", align 2
  %".5373" = load volatile i16, ptr %".5370", align 2
  %".5374" = zext i16 %".5373" to i64
  %"cursor.346" = and i64 %".5374", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  %".5376" = getelementptr i8, ptr %"keys.157", i64 2
  %".5377" = trunc i64 %".5325" to i16
  store volatile i16 %".5377", ptr %".5376", align 2
  %".5379" = load volatile i16, ptr %".5376", align 2
  %".5380" = zext i16 %".5379" to i64
  %"cursor.347" = and i64 %".5380", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  %".5382" = getelementptr i8, ptr %"keys.157", i64 2
  %".5383" = trunc i64 %".5325" to i16
  store volatile i16 %".5383", ptr %".5382", align 2
  %".5385" = load volatile i16, ptr %".5382", align 2
  %".5386" = zext i16 %".5385" to i64
  %"cursor.348" = and i64 %".5386", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2.to_udp:
  %".5388" = getelementptr i8, ptr %"keys.157", i64 2
  %".5389" = trunc i64 %".5325" to i16
  store volatile i16 %".5389", ptr %".5388", align 2
  %".5391" = load volatile i16, ptr %".5388", align 2
  %".5392" = zext i16 %".5391" to i64
  %"cursor.349" = and i64 %".5392", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  %".5394" = getelementptr i8, ptr %"keys.157", i64 2
  %".5395" = trunc i64 %".5325" to i16
  store volatile i16 %".5395", ptr %".5394", align 2
  %".5397" = load volatile i16, ptr %".5394", align 2
  %".5398" = zext i16 %".5397" to i64
  %"cursor.350" = and i64 %".5398", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_gre_version:
  %".5400" = getelementptr i8, ptr %"keys.157", i64 2
  %".5401" = trunc i64 %".5325" to i16
  store volatile i16 %".5401", ptr %".5400", align 2
  %".5403" = load volatile i16, ptr %".5400", align 2
  %".5404" = zext i16 %".5403" to i64
  %"cursor.351" = and i64 %".5404", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  %".5406" = getelementptr i8, ptr %"keys.157", i64 2
  %".5407" = trunc i64 %".5325" to i16
  store volatile i16 %".5407", ptr %".5406", align 2
  %".5409" = load volatile i16, ptr %".5406", align 2
  %".5410" = zext i16 %".5409" to i64
  %"cursor.352" = and i64 %".5410", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  %".5412" = getelementptr i8, ptr %"keys.157", i64 2
  %".5413" = trunc i64 %".5325" to i16
  store volatile i16 %".5413", ptr %".5412", align 2
  %".5415" = load volatile i16, ptr %".5412", align 2
  %".5416" = zext i16 %".5415" to i64
  %"cursor.353" = and i64 %".5416", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_esp:
  %".5418" = getelementptr i8, ptr %"keys.157", i64 2
  %".5419" = trunc i64 %".5325" to i16
  store volatile i16 %".5419", ptr %".5418", align 2
  %".5421" = load volatile i16, ptr %".5418", align 2
  %".5422" = zext i16 %".5421" to i64
  %"cursor.354" = and i64 %".5422", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  %".5424" = getelementptr i8, ptr %"keys.157", i64 2
  %".5425" = trunc i64 %".5325" to i16
  store volatile i16 %".5425", ptr %".5424", align 2
  %".5427" = load volatile i16, ptr %".5424", align 2
  %".5428" = zext i16 %".5427" to i64
  %"cursor.355" = and i64 %".5428", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  %".5430" = getelementptr i8, ptr %"keys.157", i64 2
  %".5431" = trunc i64 %".5325" to i16
  store volatile i16 %".5431", ptr %".5430", align 2
  %".5433" = load volatile i16, ptr %".5430", align 2
  %".5434" = zext i16 %".5433" to i64
  %"cursor.356" = and i64 %".5434", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".5436" = trunc i64 34887 to i16
  %".5437" = call i16 @"llvm.bswap.i16"(i16 %".5436")
  %".5438" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".5437", ptr %".5438", align 2
  %".5440" = getelementptr i8, ptr %"keys.157", i64 2
  %".5441" = trunc i64 %".5325" to i16
  store volatile i16 %".5441", ptr %".5440", align 2
  %".5443" = load volatile i16, ptr %".5440", align 2
  %".5444" = zext i16 %".5443" to i64
  %"cursor.357" = and i64 %".5444", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".5446" = trunc i64 2048 to i16
  %".5447" = call i16 @"llvm.bswap.i16"(i16 %".5446")
  %".5448" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".5447", ptr %".5448", align 2
  %".5450" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".5450", align 1
  %".5452" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.67" = load volatile i32, ptr %".5452", align 4
  %".5453" = and i32 %"flags.67", 4
  %".5454" = icmp ne i32 %".5453", 0
  br i1 %".5454", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".5464" = trunc i64 34525 to i16
  %".5465" = call i16 @"llvm.bswap.i16"(i16 %".5464")
  %".5466" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".5465", ptr %".5466", align 2
  %".5468" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".5468", align 1
  %".5470" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.68" = load volatile i32, ptr %".5470", align 4
  %".5471" = and i32 %"flags.68", 4
  %".5472" = icmp ne i32 %".5471", 0
  br i1 %".5472", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".5456" = trunc i64 %".5325" to i16
  %".5457" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5456", ptr %".5457", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5460" = trunc i64 %".5325" to i16
  %".5461" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5460", ptr %".5461", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5474" = trunc i64 %".5325" to i16
  %".5475" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5474", ptr %".5475", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5478" = trunc i64 %".5325" to i16
  %".5479" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".5478", ptr %".5479", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5490" = trunc i64 %"cursor.253" to i32
  %".5491" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".5490", [40 x i8]* %"header_copy", i32 2)
  %".5492" = icmp eq i64 %".5491", 0
  %".5493" = getelementptr i8, ptr %"ctx.52", i64 76
  %".5494" = load i32, ptr %".5493", align 4
  %".5495" = zext i32 %".5494" to i64
  %"data.158" = inttoptr i64 %".5495" to ptr
  %".5496" = getelementptr i8, ptr %"ctx.52", i64 80
  %".5497" = load i32, ptr %".5496", align 4
  %".5498" = zext i32 %".5497" to i64
  %"data_end.158" = inttoptr i64 %".5498" to ptr
  %".5499" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.158" = load ptr, ptr %".5499", align 8
  %".5500" = xor i1 %".5492", -1
  br i1 %".5500", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5502" = trunc i64 %"cursor.253" to i16
  %".5503" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".5502", ptr %".5503", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5506" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5507" = load volatile i8, [40 x i8]* %".5506", align 1
  %".5508" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5509" = load volatile i8, [40 x i8]* %".5508", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5522" = trunc i64 %"end.12" to i16
  %".5523" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5522", ptr %".5523", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".5526" = trunc i64 %"end.12" to i16
  %".5527" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5526", ptr %".5527", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5530" = trunc i64 %"end.12" to i16
  %".5531" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5530", ptr %".5531", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5534" = trunc i64 %"end.12" to i16
  %".5535" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5534", ptr %".5535", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5538" = trunc i64 %"end.12" to i16
  %".5539" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5538", ptr %".5539", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  %".5542" = getelementptr i8, ptr %"keys.159", i64 2
  %".5543" = trunc i64 %"end.12" to i16
  store volatile i16 %".5543", ptr %".5542", align 2
  %".5545" = load volatile i16, ptr %".5542", align 2
  %".5546" = zext i16 %".5545" to i64
  %"cursor.358" = and i64 %".5546", 16383
  br label %"tcp"
ipv6_opts_d0_ipv6_ext3.to_udp:
  %".5548" = getelementptr i8, ptr %"keys.159", i64 2
  %".5549" = trunc i64 %"end.12" to i16
  store volatile i16 %".5549", ptr %".5548", align 2
  %".5551" = load volatile i16, ptr %".5548", align 2
  %".5552" = zext i16 %".5551" to i64
  %"cursor.359" = and i64 %".5552", 16383
  br label %"udp"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  %".5554" = getelementptr i8, ptr %"keys.159", i64 2
  %".5555" = trunc i64 %"end.12" to i16
  store volatile i16 %".5555", ptr %".5554", align 2
  %".5557" = load volatile i16, ptr %".5554", align 2
  %".5558" = zext i16 %".5557" to i64
  %"cursor.360" = and i64 %".5558", 16383
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_gre_version:
  %".5560" = getelementptr i8, ptr %"keys.159", i64 2
  %".5561" = trunc i64 %"end.12" to i16
  store volatile i16 %".5561", ptr %".5560", align 2
  %".5563" = load volatile i16, ptr %".5560", align 2
  %".5564" = zext i16 %".5563" to i64
  %"cursor.361" = and i64 %".5564", 16383
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  %".5566" = getelementptr i8, ptr %"keys.159", i64 2
  %".5567" = trunc i64 %"end.12" to i16
  store volatile i16 %".5567", ptr %".5566", align 2
  %".5569" = load volatile i16, ptr %".5566", align 2
  %".5570" = zext i16 %".5569" to i64
  %"cursor.362" = and i64 %".5570", 16383
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  %".5572" = getelementptr i8, ptr %"keys.159", i64 2
  %".5573" = trunc i64 %"end.12" to i16
  store volatile i16 %".5573", ptr %".5572", align 2
  %".5575" = load volatile i16, ptr %".5572", align 2
  %".5576" = zext i16 %".5575" to i64
  %"cursor.363" = and i64 %".5576", 16383
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_esp:
  %".5578" = getelementptr i8, ptr %"keys.159", i64 2
  %".5579" = trunc i64 %"end.12" to i16
  store volatile i16 %".5579", ptr %".5578", align 2
  %".5581" = load volatile i16, ptr %".5578", align 2
  %".5582" = zext i16 %".5581" to i64
  %"cursor.364" = and i64 %".5582", 16383
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  %".5584" = getelementptr i8, ptr %"keys.159", i64 2
  %".5585" = trunc i64 %"end.12" to i16
  store volatile i16 %".5585", ptr %".5584", align 2
  %".5587" = load volatile i16, ptr %".5584", align 2
  %".5588" = zext i16 %".5587" to i64
  %"cursor.365" = and i64 %".5588", 16383
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  %".5590" = getelementptr i8, ptr %"keys.159", i64 2
  %".5591" = trunc i64 %"end.12" to i16
  store volatile i16 %".5591", ptr %".5590", align 2
  %".5593" = load volatile i16, ptr %".5590", align 2
  %".5594" = zext i16 %".5593" to i64
  %"cursor.366" = and i64 %".5594", 16383
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5596" = trunc i64 34887 to i16
  %".5597" = call i16 @"llvm.bswap.i16"(i16 %".5596")
  %".5598" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".5597", ptr %".5598", align 2
  %".5600" = getelementptr i8, ptr %"keys.159", i64 2
  %".5601" = trunc i64 %"end.12" to i16
  store volatile i16 %".5601", ptr %".5600", align 2
  %".5603" = load volatile i16, ptr %".5600", align 2
  %".5604" = zext i16 %".5603" to i64
  %"cursor.367" = and i64 %".5604", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5606" = trunc i64 2048 to i16
  %".5607" = call i16 @"llvm.bswap.i16"(i16 %".5606")
  %".5608" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".5607", ptr %".5608", align 2
  %".5610" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".5610", align 1
  %".5612" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.69" = load volatile i32, ptr %".5612", align 4
  %".5613" = and i32 %"flags.69", 4
  %".5614" = icmp ne i32 %".5613", 0
  br i1 %".5614", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5626" = trunc i64 34525 to i16
  %".5627" = call i16 @"llvm.bswap.i16"(i16 %".5626")
  %".5628" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".5627", ptr %".5628", align 2
  %".5630" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".5630", align 1
  %".5632" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.70" = load volatile i32, ptr %".5632", align 4
  %".5633" = and i32 %"flags.70", 4
  %".5634" = icmp ne i32 %".5633", 0
  br i1 %".5634", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5616" = trunc i64 %"end.12" to i16
  %".5617" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5616", ptr %".5617", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5620" = getelementptr i8, ptr %"keys.159", i64 2
  %".5621" = trunc i64 %"end.12" to i16
  store volatile i16 %".5621", ptr %".5620", align 2
  %".5623" = load volatile i16, ptr %".5620", align 2
  %".5624" = zext i16 %".5623" to i64
  %"cursor.368" = and i64 %".5624", 16383
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5636" = trunc i64 %"end.12" to i16
  %".5637" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".5636", ptr %".5637", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5640" = getelementptr i8, ptr %"keys.159", i64 2
  %".5641" = trunc i64 %"end.12" to i16
  store volatile i16 %".5641", ptr %".5640", align 2
  %".5643" = load volatile i16, ptr %".5640", align 2
  %".5644" = zext i16 %".5643" to i64
  %"cursor.369" = and i64 %".5644", 16383
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5654" = trunc i64 %"cursor.255" to i32
  %".5655" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".5654", [40 x i8]* %"header_copy", i32 8)
  %".5656" = icmp eq i64 %".5655", 0
  %".5657" = getelementptr i8, ptr %"ctx.53", i64 76
  %".5658" = load i32, ptr %".5657", align 4
  %".5659" = zext i32 %".5658" to i64
  %"data.160" = inttoptr i64 %".5659" to ptr
  %".5660" = getelementptr i8, ptr %"ctx.53", i64 80
  %".5661" = load i32, ptr %".5660", align 4
  %".5662" = zext i32 %".5661" to i64
  %"data_end.160" = inttoptr i64 %".5662" to ptr
  %".5663" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.160" = load ptr, ptr %".5663", align 8
  %".5664" = xor i1 %".5656", -1
  br i1 %".5664", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5666" = trunc i64 %"cursor.255" to i16
  %".5667" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".5666", ptr %".5667", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5670" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5671" = load volatile i8, [40 x i8]* %".5670", align 1
  %".5672" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5673" = load volatile i16, [40 x i8]* %".5672", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5686" = getelementptr i8, ptr %"keys.161", i64 6
  store i8 1, ptr %".5686", align 1
  br i1 %".5684", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5706" = zext i8 %"w0_1.21" to i64
  switch i64 %".5706", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5689" = getelementptr i8, ptr %"keys.161", i64 7
  store i8 1, ptr %".5689", align 1
  %".5691" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.71" = load volatile i32, ptr %".5691", align 4
  %".5692" = and i32 %"flags.71", 1
  %".5693" = icmp ne i32 %".5692", 0
  %".5694" = xor i1 %".5693", -1
  br i1 %".5694", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5701" = trunc i64 %".5679" to i16
  %".5702" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5701", ptr %".5702", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5696" = trunc i64 %".5679" to i16
  %".5697" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5696", ptr %".5697", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5708" = trunc i64 %".5679" to i16
  %".5709" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5708", ptr %".5709", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".5712" = trunc i64 %".5679" to i16
  %".5713" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5712", ptr %".5713", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5716" = trunc i64 %".5679" to i16
  %".5717" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5716", ptr %".5717", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5720" = trunc i64 %".5679" to i16
  %".5721" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5720", ptr %".5721", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5724" = trunc i64 %".5679" to i16
  %".5725" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5724", ptr %".5725", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  %".5728" = getelementptr i8, ptr %"keys.161", i64 2
  %".5729" = trunc i64 %".5679" to i16
  store volatile i16 %".5729", ptr %".5728", align 2
  %".5731" = load volatile i16, ptr %".5728", align 2
  %".5732" = zext i16 %".5731" to i64
  %"cursor.370" = and i64 %".5732", 16383
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3.to_udp:
  %".5734" = getelementptr i8, ptr %"keys.161", i64 2
  %".5735" = trunc i64 %".5679" to i16
  store volatile i16 %".5735", ptr %".5734", align 2
  %".5737" = load volatile i16, ptr %".5734", align 2
  %".5738" = zext i16 %".5737" to i64
  %"cursor.371" = and i64 %".5738", 16383
  br label %"udp"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  %".5740" = getelementptr i8, ptr %"keys.161", i64 2
  %".5741" = trunc i64 %".5679" to i16
  store volatile i16 %".5741", ptr %".5740", align 2
  %".5743" = load volatile i16, ptr %".5740", align 2
  %".5744" = zext i16 %".5743" to i64
  %"cursor.372" = and i64 %".5744", 16383
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_gre_version:
  %".5746" = getelementptr i8, ptr %"keys.161", i64 2
  %".5747" = trunc i64 %".5679" to i16
  store volatile i16 %".5747", ptr %".5746", align 2
  %".5749" = load volatile i16, ptr %".5746", align 2
  %".5750" = zext i16 %".5749" to i64
  %"cursor.373" = and i64 %".5750", 16383
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  %".5752" = getelementptr i8, ptr %"keys.161", i64 2
  %".5753" = trunc i64 %".5679" to i16
  store volatile i16 %".5753", ptr %".5752", align 2
  %".5755" = load volatile i16, ptr %".5752", align 2
  %".5756" = zext i16 %".5755" to i64
  %"cursor.374" = and i64 %".5756", 16383
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  %".5758" = getelementptr i8, ptr %"keys.161", i64 2
  %".5759" = trunc i64 %".5679" to i16
  store volatile i16 %".5759", ptr %".5758", align 2
  %".5761" = load volatile i16, ptr %".5758", align 2
  %".5762" = zext i16 %".5761" to i64
  %"cursor.375" = and i64 %".5762", 16383
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_esp:
  %".5764" = getelementptr i8, ptr %"keys.161", i64 2
  %".5765" = trunc i64 %".5679" to i16
  store volatile i16 %".5765", ptr %".5764", align 2
  %".5767" = load volatile i16, ptr %".5764", align 2
  %".5768" = zext i16 %".5767" to i64
  %"cursor.376" = and i64 %".5768", 16383
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  %".5770" = getelementptr i8, ptr %"keys.161", i64 2
  %".5771" = trunc i64 %".5679" to i16
  store volatile i16 %".5771", ptr %".5770", align 2
  %".5773" = load volatile i16, ptr %".5770", align 2
  %".5774" = zext i16 %".5773" to i64
  %"cursor.377" = and i64 %".5774", 16383
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  %".5776" = getelementptr i8, ptr %"keys.161", i64 2
  %".5777" = trunc i64 %".5679" to i16
  store volatile i16 %".5777", ptr %".5776", align 2
  %".5779" = load volatile i16, ptr %".5776", align 2
  %".5780" = zext i16 %".5779" to i64
  %"cursor.378" = and i64 %".5780", 16383
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5782" = trunc i64 34887 to i16
  %".5783" = call i16 @"llvm.bswap.i16"(i16 %".5782")
  %".5784" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".5783", ptr %".5784", align 2
  %".5786" = getelementptr i8, ptr %"keys.161", i64 2
  %".5787" = trunc i64 %".5679" to i16
  store volatile i16 %".5787", ptr %".5786", align 2
  %".5789" = load volatile i16, ptr %".5786", align 2
  %".5790" = zext i16 %".5789" to i64
  %"cursor.379" = and i64 %".5790", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5792" = trunc i64 2048 to i16
  %".5793" = call i16 @"llvm.bswap.i16"(i16 %".5792")
  %".5794" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".5793", ptr %".5794", align 2
  %".5796" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".5796", align 1
  %".5798" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.72" = load volatile i32, ptr %".5798", align 4
  %".5799" = and i32 %"flags.72", 4
  %".5800" = icmp ne i32 %".5799", 0
  br i1 %".5800", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5812" = trunc i64 34525 to i16
  %".5813" = call i16 @"llvm.bswap.i16"(i16 %".5812")
  %".5814" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".5813", ptr %".5814", align 2
  %".5816" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".5816", align 1
  %".5818" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.73" = load volatile i32, ptr %".5818", align 4
  %".5819" = and i32 %"flags.73", 4
  %".5820" = icmp ne i32 %".5819", 0
  br i1 %".5820", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5802" = trunc i64 %".5679" to i16
  %".5803" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5802", ptr %".5803", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5806" = getelementptr i8, ptr %"keys.161", i64 2
  %".5807" = trunc i64 %".5679" to i16
  store volatile i16 %".5807", ptr %".5806", align 2
  %".5809" = load volatile i16, ptr %".5806", align 2
  %".5810" = zext i16 %".5809" to i64
  %"cursor.380" = and i64 %".5810", 16383
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5822" = trunc i64 %".5679" to i16
  %".5823" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".5822", ptr %".5823", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5826" = getelementptr i8, ptr %"keys.161", i64 2
  %".5827" = trunc i64 %".5679" to i16
  store volatile i16 %".5827", ptr %".5826", align 2
  %".5829" = load volatile i16, ptr %".5826", align 2
  %".5830" = zext i16 %".5829" to i64
  %"cursor.381" = and i64 %".5830", 16383
  br label %"ipv6_d1"
ppp_d1.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5843" = trunc i64 %"cursor.326" to i32
  %".5844" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".5843", [40 x i8]* %"header_copy", i32 4)
  %".5845" = icmp eq i64 %".5844", 0
  %".5846" = getelementptr i8, ptr %"ctx.54", i64 76
  %".5847" = load i32, ptr %".5846", align 4
  %".5848" = zext i32 %".5847" to i64
  %"data.162" = inttoptr i64 %".5848" to ptr
  %".5849" = getelementptr i8, ptr %"ctx.54", i64 80
  %".5850" = load i32, ptr %".5849", align 4
  %".5851" = zext i32 %".5850" to i64
  %"data_end.162" = inttoptr i64 %".5851" to ptr
  %".5852" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.162" = load ptr, ptr %".5852", align 8
  %".5853" = xor i1 %".5845", -1
  br i1 %".5853", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5855" = trunc i64 %"cursor.326" to i16
  %".5856" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".5855", ptr %".5856", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5859" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5860" = load volatile i16, [40 x i8]* %".5859", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5866" = and i64 %".5864", 0
  %".5867" = icmp eq i64 %".5866", 0
  br i1 %".5867", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".5873" = trunc i64 2048 to i16
  %".5874" = call i16 @"llvm.bswap.i16"(i16 %".5873")
  %".5875" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".5874", ptr %".5875", align 2
  %".5877" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".5877", align 1
  %".5879" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.74" = load volatile i32, ptr %".5879", align 4
  %".5880" = and i32 %"flags.74", 4
  %".5881" = icmp ne i32 %".5880", 0
  br i1 %".5881", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".5891" = trunc i64 34525 to i16
  %".5892" = call i16 @"llvm.bswap.i16"(i16 %".5891")
  %".5893" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".5892", ptr %".5893", align 2
  %".5895" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".5895", align 1
  %".5897" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.75" = load volatile i32, ptr %".5897", align 4
  %".5898" = and i32 %"flags.75", 4
  %".5899" = icmp ne i32 %".5898", 0
  br i1 %".5899", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5909" = trunc i64 34827 to i16
  %".5910" = call i16 @"llvm.bswap.i16"(i16 %".5909")
  %".5911" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".5910", ptr %".5911", align 2
  %".5913" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".5913", align 1
  %".5915" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.76" = load volatile i32, ptr %".5915", align 4
  %".5916" = and i32 %"flags.76", 4
  %".5917" = icmp ne i32 %".5916", 0
  br i1 %".5917", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5869" = trunc i64 %".5862" to i16
  %".5870" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".5869", ptr %".5870", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5883" = trunc i64 %".5862" to i16
  %".5884" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".5883", ptr %".5884", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5887" = trunc i64 %".5862" to i16
  %".5888" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".5887", ptr %".5888", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5901" = trunc i64 %".5862" to i16
  %".5902" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".5901", ptr %".5902", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5905" = trunc i64 %".5862" to i16
  %".5906" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".5905", ptr %".5906", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5919" = trunc i64 %".5862" to i16
  %".5920" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".5919", ptr %".5920", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5923" = trunc i64 %".5862" to i16
  %".5924" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".5923", ptr %".5924", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5935" = trunc i64 %"cursor.328" to i32
  %".5936" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".5935", [40 x i8]* %"header_copy", i32 2)
  %".5937" = icmp eq i64 %".5936", 0
  %".5938" = getelementptr i8, ptr %"ctx.55", i64 76
  %".5939" = load i32, ptr %".5938", align 4
  %".5940" = zext i32 %".5939" to i64
  %"data.164" = inttoptr i64 %".5940" to ptr
  %".5941" = getelementptr i8, ptr %"ctx.55", i64 80
  %".5942" = load i32, ptr %".5941", align 4
  %".5943" = zext i32 %".5942" to i64
  %"data_end.164" = inttoptr i64 %".5943" to ptr
  %".5944" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.164" = load ptr, ptr %".5944", align 8
  %".5945" = xor i1 %".5937", -1
  br i1 %".5945", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5947" = trunc i64 %"cursor.328" to i16
  %".5948" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".5947", ptr %".5948", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5951" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5952" = load volatile i8, [40 x i8]* %".5951", align 1
  %".5953" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5954" = load volatile i8, [40 x i8]* %".5953", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5967" = trunc i64 %"end.13" to i16
  %".5968" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5967", ptr %".5968", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".5971" = trunc i64 %"end.13" to i16
  %".5972" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5971", ptr %".5972", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5975" = trunc i64 %"end.13" to i16
  %".5976" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5975", ptr %".5976", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5979" = trunc i64 %"end.13" to i16
  %".5980" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5979", ptr %".5980", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5983" = trunc i64 %"end.13" to i16
  %".5984" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".5983", ptr %".5984", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  %".5987" = getelementptr i8, ptr %"keys.165", i64 2
  %".5988" = trunc i64 %"end.13" to i16
  store volatile i16 %".5988", ptr %".5987", align 2
  %".5990" = load volatile i16, ptr %".5987", align 2
  %".5991" = zext i16 %".5990" to i64
  %"cursor.382" = and i64 %".5991", 16383
  br label %"tcp"
ipv6_opts_d1_ipv6_ext3.to_udp:
  %".5993" = getelementptr i8, ptr %"keys.165", i64 2
  %".5994" = trunc i64 %"end.13" to i16
  store volatile i16 %".5994", ptr %".5993", align 2
  %".5996" = load volatile i16, ptr %".5993", align 2
  %".5997" = zext i16 %".5996" to i64
  %"cursor.383" = and i64 %".5997", 16383
  br label %"udp"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  %".5999" = getelementptr i8, ptr %"keys.165", i64 2
  %".6000" = trunc i64 %"end.13" to i16
  store volatile i16 %".6000", ptr %".5999", align 2
  %".6002" = load volatile i16, ptr %".5999", align 2
  %".6003" = zext i16 %".6002" to i64
  %"cursor.384" = and i64 %".6003", 16383
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_gre_version:
  %".6005" = getelementptr i8, ptr %"keys.165", i64 2
  %".6006" = trunc i64 %"end.13" to i16
  store volatile i16 %".6006", ptr %".6005", align 2
  %".6008" = load volatile i16, ptr %".6005", align 2
  %".6009" = zext i16 %".6008" to i64
  %"cursor.385" = and i64 %".6009", 16383
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  %".6011" = getelementptr i8, ptr %"keys.165", i64 2
  %".6012" = trunc i64 %"end.13" to i16
  store volatile i16 %".6012", ptr %".6011", align 2
  %".6014" = load volatile i16, ptr %".6011", align 2
  %".6015" = zext i16 %".6014" to i64
  %"cursor.386" = and i64 %".6015", 16383
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  %".6017" = getelementptr i8, ptr %"keys.165", i64 2
  %".6018" = trunc i64 %"end.13" to i16
  store volatile i16 %".6018", ptr %".6017", align 2
  %".6020" = load volatile i16, ptr %".6017", align 2
  %".6021" = zext i16 %".6020" to i64
  %"cursor.387" = and i64 %".6021", 16383
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_esp:
  %".6023" = getelementptr i8, ptr %"keys.165", i64 2
  %".6024" = trunc i64 %"end.13" to i16
  store volatile i16 %".6024", ptr %".6023", align 2
  %".6026" = load volatile i16, ptr %".6023", align 2
  %".6027" = zext i16 %".6026" to i64
  %"cursor.388" = and i64 %".6027", 16383
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  %".6029" = getelementptr i8, ptr %"keys.165", i64 2
  %".6030" = trunc i64 %"end.13" to i16
  store volatile i16 %".6030", ptr %".6029", align 2
  %".6032" = load volatile i16, ptr %".6029", align 2
  %".6033" = zext i16 %".6032" to i64
  %"cursor.389" = and i64 %".6033", 16383
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  %".6035" = getelementptr i8, ptr %"keys.165", i64 2
  %".6036" = trunc i64 %"end.13" to i16
  store volatile i16 %".6036", ptr %".6035", align 2
  %".6038" = load volatile i16, ptr %".6035", align 2
  %".6039" = zext i16 %".6038" to i64
  %"cursor.390" = and i64 %".6039", 16383
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".6041" = trunc i64 34887 to i16
  %".6042" = call i16 @"llvm.bswap.i16"(i16 %".6041")
  %".6043" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".6042", ptr %".6043", align 2
  %".6045" = getelementptr i8, ptr %"keys.165", i64 2
  %".6046" = trunc i64 %"end.13" to i16
  store volatile i16 %".6046", ptr %".6045", align 2
  %".6048" = load volatile i16, ptr %".6045", align 2
  %".6049" = zext i16 %".6048" to i64
  %"cursor.391" = and i64 %".6049", 16383
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".6051" = trunc i64 2048 to i16
  %".6052" = call i16 @"llvm.bswap.i16"(i16 %".6051")
  %".6053" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".6052", ptr %".6053", align 2
  %".6055" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".6055", align 1
  %".6057" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.77" = load volatile i32, ptr %".6057", align 4
  %".6058" = and i32 %"flags.77", 4
  %".6059" = icmp ne i32 %".6058", 0
  br i1 %".6059", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".6069" = trunc i64 34525 to i16
  %".6070" = call i16 @"llvm.bswap.i16"(i16 %".6069")
  %".6071" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".6070", ptr %".6071", align 2
  %".6073" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".6073", align 1
  %".6075" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.78" = load volatile i32, ptr %".6075", align 4
  %".6076" = and i32 %"flags.78", 4
  %".6077" = icmp ne i32 %".6076", 0
  br i1 %".6077", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".6061" = trunc i64 %"end.13" to i16
  %".6062" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".6061", ptr %".6062", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".6065" = trunc i64 %"end.13" to i16
  %".6066" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".6065", ptr %".6066", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".6079" = trunc i64 %"end.13" to i16
  %".6080" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".6079", ptr %".6080", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".6083" = trunc i64 %"end.13" to i16
  %".6084" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".6083", ptr %".6084", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6095" = trunc i64 %"cursor.332" to i32
  %".6096" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".6095", [40 x i8]* %"header_copy", i32 8)
  %".6097" = icmp eq i64 %".6096", 0
  %".6098" = getelementptr i8, ptr %"ctx.56", i64 76
  %".6099" = load i32, ptr %".6098", align 4
  %".6100" = zext i32 %".6099" to i64
  %"data.166" = inttoptr i64 %".6100" to ptr
  %".6101" = getelementptr i8, ptr %"ctx.56", i64 80
  %".6102" = load i32, ptr %".6101", align 4
  %".6103" = zext i32 %".6102" to i64
  %"data_end.166" = inttoptr i64 %".6103" to ptr
  %".6104" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.166" = load ptr, ptr %".6104", align 8
  %".6105" = xor i1 %".6097", -1
  br i1 %".6105", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".6107" = trunc i64 %"cursor.332" to i16
  %".6108" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".6107", ptr %".6108", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".6111" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6112" = load volatile i8, [40 x i8]* %".6111", align 1
  %".6113" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6114" = load volatile i16, [40 x i8]* %".6113", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".6127" = getelementptr i8, ptr %"keys.167", i64 6
  store i8 1, ptr %".6127", align 1
  br i1 %".6125", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".6147" = zext i8 %"w0_1.23" to i64
  switch i64 %".6147", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".6130" = getelementptr i8, ptr %"keys.167", i64 7
  store i8 1, ptr %".6130", align 1
  %".6132" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.79" = load volatile i32, ptr %".6132", align 4
  %".6133" = and i32 %"flags.79", 1
  %".6134" = icmp ne i32 %".6133", 0
  %".6135" = xor i1 %".6134", -1
  br i1 %".6135", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".6142" = trunc i64 %".6120" to i16
  %".6143" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".6142", ptr %".6143", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".6137" = trunc i64 %".6120" to i16
  %".6138" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".6137", ptr %".6138", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".6149" = trunc i64 %".6120" to i16
  %".6150" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".6149", ptr %".6150", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".6153" = trunc i64 %".6120" to i16
  %".6154" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".6153", ptr %".6154", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".6157" = trunc i64 %".6120" to i16
  %".6158" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".6157", ptr %".6158", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".6161" = trunc i64 %".6120" to i16
  %".6162" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".6161", ptr %".6162", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".6165" = trunc i64 %".6120" to i16
  %".6166" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".6165", ptr %".6166", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  %".6169" = getelementptr i8, ptr %"keys.167", i64 2
  %".6170" = trunc i64 %".6120" to i16
  store volatile i16 %".6170", ptr %".6169", align 2
  %".6172" = load volatile i16, ptr %".6169", align 2
  %".6173" = zext i16 %".6172" to i64
  %"cursor.392" = and i64 %".6173", 16383
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3.to_udp:
  %".6175" = getelementptr i8, ptr %"keys.167", i64 2
  %".6176" = trunc i64 %".6120" to i16
  store volatile i16 %".6176", ptr %".6175", align 2
  %".6178" = load volatile i16, ptr %".6175", align 2
  %".6179" = zext i16 %".6178" to i64
  %"cursor.393" = and i64 %".6179", 16383
  br label %"udp"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  %".6181" = getelementptr i8, ptr %"keys.167", i64 2
  %".6182" = trunc i64 %".6120" to i16
  store volatile i16 %".6182", ptr %".6181", align 2
  %".6184" = load volatile i16, ptr %".6181", align 2
  %".6185" = zext i16 %".6184" to i64
  %"cursor.394" = and i64 %".6185", 16383
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_gre_version:
  %".6187" = getelementptr i8, ptr %"keys.167", i64 2
  %".6188" = trunc i64 %".6120" to i16
  store volatile i16 %".6188", ptr %".6187", align 2
  %".6190" = load volatile i16, ptr %".6187", align 2
  %".6191" = zext i16 %".6190" to i64
  %"cursor.395" = and i64 %".6191", 16383
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  %".6193" = getelementptr i8, ptr %"keys.167", i64 2
  %".6194" = trunc i64 %".6120" to i16
  store volatile i16 %".6194", ptr %".6193", align 2
  %".6196" = load volatile i16, ptr %".6193", align 2
  %".6197" = zext i16 %".6196" to i64
  %"cursor.396" = and i64 %".6197", 16383
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  %".6199" = getelementptr i8, ptr %"keys.167", i64 2
  %".6200" = trunc i64 %".6120" to i16
  store volatile i16 %".6200", ptr %".6199", align 2
  %".6202" = load volatile i16, ptr %".6199", align 2
  %".6203" = zext i16 %".6202" to i64
  %"cursor.397" = and i64 %".6203", 16383
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_esp:
  %".6205" = getelementptr i8, ptr %"keys.167", i64 2
  %".6206" = trunc i64 %".6120" to i16
  store volatile i16 %".6206", ptr %".6205", align 2
  %".6208" = load volatile i16, ptr %".6205", align 2
  %".6209" = zext i16 %".6208" to i64
  %"cursor.398" = and i64 %".6209", 16383
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  %".6211" = getelementptr i8, ptr %"keys.167", i64 2
  %".6212" = trunc i64 %".6120" to i16
  store volatile i16 %".6212", ptr %".6211", align 2
  %".6214" = load volatile i16, ptr %".6211", align 2
  %".6215" = zext i16 %".6214" to i64
  %"cursor.399" = and i64 %".6215", 16383
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  %".6217" = getelementptr i8, ptr %"keys.167", i64 2
  %".6218" = trunc i64 %".6120" to i16
  store volatile i16 %".6218", ptr %".6217", align 2
  %".6220" = load volatile i16, ptr %".6217", align 2
  %".6221" = zext i16 %".6220" to i64
  %"cursor.400" = and i64 %".6221", 16383
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".6223" = trunc i64 34887 to i16
  %".6224" = call i16 @"llvm.bswap.i16"(i16 %".6223")
  %".6225" = getelementptr i8, ptr %"keys.167", i64 10
  store i16 %".6224", ptr %".6225", align 2
  %".6227" = getelementptr i8, ptr %"keys.167", i64 2
  %".6228" = trunc i64 %".6120" to i16
  store volatile i16 %".6228", ptr %".6227", align 2
  %".6230" = load volatile i16, ptr %".6227", align 2
  %".6231" = zext i16 %".6230" to i64
  %"cursor.401" = and i64 %".6231", 16383
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".6233" = trunc i64 2048 to i16
  %".6234" = call i16 @"llvm.bswap.i16"(i16 %".6233")
  %".6235" = getelementptr i8, ptr %"keys.167", i64 10
  store i16 %".6234", ptr %".6235", align 2
  %".6237" = getelementptr i8, ptr %"keys.167", i64 8
  store i8 1, ptr %".6237", align 1
  %".6239" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.80" = load volatile i32, ptr %".6239", align 4
  %".6240" = and i32 %"flags.80", 4
  %".6241" = icmp ne i32 %".6240", 0
  br i1 %".6241", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".6251" = trunc i64 34525 to i16
  %".6252" = call i16 @"llvm.bswap.i16"(i16 %".6251")
  %".6253" = getelementptr i8, ptr %"keys.167", i64 10
  store i16 %".6252", ptr %".6253", align 2
  %".6255" = getelementptr i8, ptr %"keys.167", i64 8
  store i8 1, ptr %".6255", align 1
  %".6257" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.81" = load volatile i32, ptr %".6257", align 4
  %".6258" = and i32 %"flags.81", 4
  %".6259" = icmp ne i32 %".6258", 0
  br i1 %".6259", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".6243" = trunc i64 %".6120" to i16
  %".6244" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".6243", ptr %".6244", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".6247" = trunc i64 %".6120" to i16
  %".6248" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".6247", ptr %".6248", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".6261" = trunc i64 %".6120" to i16
  %".6262" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".6261", ptr %".6262", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".6265" = trunc i64 %".6120" to i16
  %".6266" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".6265", ptr %".6266", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }