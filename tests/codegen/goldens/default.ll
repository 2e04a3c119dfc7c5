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
  br i1 %".17", label %"entry.nhoff_max", label %"program"
entry.nhoff_max:
  %".19" = getelementptr i8, ptr %"keys", i64 2
  %".20" = load volatile i16, ptr %".19", align 2
  %".21" = zext i16 %".20" to i64
  %".22" = icmp ne i64 %".21", %"nhoff"
  br i1 %".22", label %"widening", label %"entry.continue"
widening:
  br label %"widening.test"
program:
  br label %"entry_d0"
return:
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_mpls_labels1.copy_failed"], [0, %"mpls_mpls_labels1.unknown"], [0, %"mpls_mpls_labels1.to_mpls"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.header"], [0, %"udp.copy_failed"], [0, %"udp.copy_last_byte_failed"], [0, %"udp.variable_part"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [129, %"widening.beyond"]
  ret i32 %"verdict"
entry.continue:
  br label %"return"
entry_d0:
  %"cursor" = phi  i64 [%"nhoff", %"program"]
  %"data.1" = phi  ptr [%"data", %"program"]
  %"data_end.1" = phi  ptr [%"data_end", %"program"]
  %"keys.1" = phi  ptr [%"keys", %"program"]
  %".26" = add i64 %"cursor", 0
  switch i16 %".15", label %"entry_d0.unknown" [i16 8, label %"entry_d0.to_ipv4" i16 56710, label %"entry_d0.to_ipv6" i16 129, label %"entry_d0.to_vlan" i16 43144, label %"entry_d0.to_vlan.1" i16 18312, label %"entry_d0.to_mpls" i16 18568, label %"entry_d0.to_mpls.1" i16 25736, label %"entry_d0.to_pppoe" i16 1544, label %"entry_d0.to_arp" i16 13696, label %"entry_d0.to_arp.1" i16 63368, label %"entry_d0.to_ptp" i16 649, label %"entry_d0.to_cfm" i16 51848, label %"entry_d0.to_tipc" i16 1673, label %"entry_d0.to_fcoe" i16 12169, label %"entry_d0.to_hsr" i16 64392, label %"entry_d0.to_hsr.1" i16 1347, label %"entry_d0.to_batadv"]  , !prof !1
entry_d0.to_ipv4:
  br label %"ipv4_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".349", %"vlan_d0_vlan_tags1.to_ipv4"], [%".464", %"pppoe_d0.to_ipv4"], [%".613", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1782", %"vlan_d0_vlan_tags2.to_ipv4"], [%".1848", %"hsr_d0_vlan_tags2.to_ipv4"], [%".4272", %"widening.test.9"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.40", %"pppoe_d0.to_ipv4"], [%"data.49", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.97", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.99", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data.173", %"widening.test.9"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.40", %"pppoe_d0.to_ipv4"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data_end.173", %"widening.test.9"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.40", %"pppoe_d0.to_ipv4"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ipv4"], [%"keys", %"widening.test.9"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".48" = getelementptr i8, ptr %"hdr", i64 20
  %".49" = icmp ugt ptr %".48", %"data_end.2"
  br i1 %".49", label %"ipv4_d0.copy", label %"ipv4_d0.linear", !prof !0
ipv4_d0.linear:
  %".51" = getelementptr i8, ptr %"hdr", i64 0
  %".52" = load i8, ptr %".51", align 1
  %".53" = getelementptr i8, ptr %"hdr", i64 6
  %".54" = load i16, ptr %".53", align 2
  %".55" = getelementptr i8, ptr %"hdr", i64 9
  %".56" = load i8, ptr %".55", align 1
  %".57" = getelementptr i8, ptr %"hdr", i64 12
  %".58" = load i64, ptr %".57", align 8
  br label %"ipv4_d0.header"
ipv4_d0.header:
  %"w0_1" = phi  i8 [%".52", %"ipv4_d0.linear"], [%".77", %"ipv4_d0.copy_failed.endif"]
  %"w6_2" = phi  i16 [%".54", %"ipv4_d0.linear"], [%".79", %"ipv4_d0.copy_failed.endif"]
  %"w9_1" = phi  i8 [%".56", %"ipv4_d0.linear"], [%".81", %"ipv4_d0.copy_failed.endif"]
  %"w12_8" = phi  i64 [%".58", %"ipv4_d0.linear"], [%".90", %"ipv4_d0.copy_failed.endif"]
  %"data.15" = phi  ptr [%"data.2", %"ipv4_d0.linear"], [%"data.14", %"ipv4_d0.copy_failed.endif"]
  %"data_end.15" = phi  ptr [%"data_end.2", %"ipv4_d0.linear"], [%"data_end.14", %"ipv4_d0.copy_failed.endif"]
  %"keys.15" = phi  ptr [%"keys.2", %"ipv4_d0.linear"], [%"keys.14", %"ipv4_d0.copy_failed.endif"]
  %".92" = zext i8 %"w0_1" to i64
  %".93" = and i64 %".92", 15
  %".94" = icmp uge i64 %".93", 5
  %".95" = xor i1 %".94", -1
  br i1 %".95", label %"ipv4_d0.require", label %"ipv4_d0.require.endif"
entry_d0.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
  br label %"return"
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
ipv6_d0:
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".349", %"vlan_d0_vlan_tags1.to_ipv6"], [%".464", %"pppoe_d0.to_ipv6"], [%".613", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1782", %"vlan_d0_vlan_tags2.to_ipv6"], [%".1848", %"hsr_d0_vlan_tags2.to_ipv6"], [%".4217", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.40", %"pppoe_d0.to_ipv6"], [%"data.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.168", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.40", %"pppoe_d0.to_ipv6"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.168", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.40", %"pppoe_d0.to_ipv6"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".193" = getelementptr i8, ptr %"hdr.1", i64 40
  %".194" = icmp ugt ptr %".193", %"data_end.3"
  br i1 %".194", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".196" = getelementptr i8, ptr %"hdr.1", i64 0
  %".197" = load i32, ptr %".196", align 4
  %".198" = getelementptr i8, ptr %"hdr.1", i64 6
  %".199" = load i8, ptr %".198", align 1
  %".200" = getelementptr i8, ptr %"hdr.1", i64 8
  %".201" = load i64, ptr %".200", align 8
  %".202" = getelementptr i8, ptr %"hdr.1", i64 16
  %".203" = load i64, ptr %".202", align 8
  %".204" = getelementptr i8, ptr %"hdr.1", i64 24
  %".205" = load i64, ptr %".204", align 8
  %".206" = getelementptr i8, ptr %"hdr.1", i64 32
  %".207" = load i64, ptr %".206", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".197", %"ipv6_d0.linear"], [%".226", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".199", %"ipv6_d0.linear"], [%".228", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".201", %"ipv6_d0.linear"], [%".230", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".203", %"ipv6_d0.linear"], [%".232", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".205", %"ipv6_d0.linear"], [%".234", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".207", %"ipv6_d0.linear"], [%".236", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".238" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %"w6_1", ptr %".238", align 1
  %".240" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".240", align 8
  %".242" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".242", align 8
  %".244" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".244", align 8
  %".246" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".246", align 8
  %".248" = trunc i64 34525 to i16
  %".249" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".248", ptr %".249", align 2
  %".251" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".252" = zext i32 %".251" to i64
  %".253" = and i64 %".252", 1048575
  %".254" = trunc i64 %".253" to i32
  %".255" = call i32 @"llvm.bswap.i32"(i32 %".254")
  %".256" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".255", ptr %".256", align 4
  %".258" = add i64 %"cursor.2", 40
  %".259" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".260" = zext i32 %".259" to i64
  %".261" = and i64 %".260", 1048575
  %".262" = icmp ne i64 %".261", 0
  %".263" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".263", align 4
  %".264" = and i32 %"flags.3", 2
  %".265" = icmp ne i32 %".264", 0
  %".266" = and i1 %".262", %".265"
  br i1 %".266", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".322" = getelementptr i8, ptr %"hdr.2", i64 4
  %".323" = icmp ugt ptr %".322", %"data_end.4"
  br i1 %".323", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".325" = getelementptr i8, ptr %"hdr.2", i64 2
  %".326" = load i16, ptr %".325", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".326", %"vlan_d0_vlan_tags1.linear"], [%".345", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".347" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %"w2_2", ptr %".347", align 2
  %".349" = add i64 %"cursor.3", 4
  %".350" = trunc i64 %".349" to i16
  %".351" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".350", ptr %".351", align 2
  %".353" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".354" = zext i16 %".353" to i64
  switch i16 %"w2_2", label %"vlan_d0_vlan_tags1.unknown" [i16 8, label %"vlan_d0_vlan_tags1.to_ipv4" i16 56710, label %"vlan_d0_vlan_tags1.to_ipv6" i16 129, label %"vlan_d0_vlan_tags1.to_vlan" i16 43144, label %"vlan_d0_vlan_tags1.to_vlan.1" i16 18312, label %"vlan_d0_vlan_tags1.to_mpls" i16 18568, label %"vlan_d0_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags1.to_arp" i16 13696, label %"vlan_d0_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags1.to_ptp" i16 649, label %"vlan_d0_vlan_tags1.to_cfm" i16 51848, label %"vlan_d0_vlan_tags1.to_tipc" i16 1673, label %"vlan_d0_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags1.to_hsr" i16 64392, label %"vlan_d0_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".258", %"ipv6_d0.to_mpls"], [%".349", %"vlan_d0_vlan_tags1.to_mpls"], [%".349", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".464", %"pppoe_d0.to_mpls"], [%".464", %"pppoe_d0.to_mpls.1"], [%".613", %"hsr_d0_vlan_tags1.to_mpls"], [%".613", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".686", %"batadv_d0.stop_at_encap.endif.4"], [%".686", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1466", %"ipv6_d1.to_mpls"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1782", %"vlan_d0_vlan_tags2.to_mpls"], [%".1782", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".1848", %"hsr_d0_vlan_tags2.to_mpls"], [%".1848", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".1919", %"vlan_d1_vlan_tags1.to_mpls"], [%".1919", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".1996", %"pppoe_d1.to_mpls"], [%".1996", %"pppoe_d1.to_mpls.1"], [%".2058", %"hsr_d1_vlan_tags1.to_mpls"], [%".2058", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.2", %"gre_d0.to_mpls"], [%"end.2", %"gre_d0.to_mpls.1"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".2987", %"vlan_d1_vlan_tags2.to_mpls"], [%".2987", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3053", %"hsr_d1_vlan_tags2.to_mpls"], [%".3053", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3119", %"ethernet_d1.to_mpls"], [%".3119", %"ethernet_d1.to_mpls.1"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".3970", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".4070", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".4503", %"widening.test.30"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.40", %"pppoe_d0.to_mpls"], [%"data.40", %"pppoe_d0.to_mpls.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data.82", %"ipv4_d1.to_mpls"], [%"data.85", %"ipv6_d1.to_mpls"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.105", %"pppoe_d1.to_mpls"], [%"data.105", %"pppoe_d1.to_mpls.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.112", %"gre_d0.to_mpls"], [%"data.112", %"gre_d0.to_mpls.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.138", %"ethernet_d1.to_mpls"], [%"data.138", %"ethernet_d1.to_mpls.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.194", %"widening.test.30"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.40", %"pppoe_d0.to_mpls"], [%"data_end.40", %"pppoe_d0.to_mpls.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.82", %"ipv4_d1.to_mpls"], [%"data_end.85", %"ipv6_d1.to_mpls"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.105", %"pppoe_d1.to_mpls"], [%"data_end.105", %"pppoe_d1.to_mpls.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.112", %"gre_d0.to_mpls"], [%"data_end.112", %"gre_d0.to_mpls.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.138", %"ethernet_d1.to_mpls"], [%"data_end.138", %"ethernet_d1.to_mpls.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.194", %"widening.test.30"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.40", %"pppoe_d0.to_mpls"], [%"keys.40", %"pppoe_d0.to_mpls.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.82", %"ipv4_d1.to_mpls"], [%"keys.85", %"ipv6_d1.to_mpls"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.105", %"pppoe_d1.to_mpls"], [%"keys.105", %"pppoe_d1.to_mpls.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.112", %"gre_d0.to_mpls"], [%"keys.112", %"gre_d0.to_mpls.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.138", %"ethernet_d1.to_mpls"], [%"keys.138", %"ethernet_d1.to_mpls.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.30"]
  %".376" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".377" = getelementptr i8, ptr %"hdr.3", i64 4
  %".378" = icmp ugt ptr %".377", %"data_end.5"
  br i1 %".378", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".380" = getelementptr i8, ptr %"hdr.3", i64 2
  %".381" = load i8, ptr %".380", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".381", %"mpls_mpls_labels1.linear"], [%".400", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %".402" = add i64 %"cursor.4", 4
  %".403" = zext i8 %"w2_1" to i64
  %".404" = and i64 %".403", 1
  switch i64 %".404", label %"mpls_mpls_labels1.unknown" [i64 0, label %"mpls_mpls_labels1.to_mpls"]
mpls_mpls_labels1.to_mpls:
  %".410" = trunc i64 %".402" to i16
  %".411" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".410", ptr %".411", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".349", %"vlan_d0_vlan_tags1.to_pppoe"], [%".613", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1782", %"vlan_d0_vlan_tags2.to_pppoe"], [%".1848", %"hsr_d0_vlan_tags2.to_pppoe"], [%".4206", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.167", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.167", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".414" = getelementptr i8, ptr %"hdr.4", i64 8
  %".415" = icmp ugt ptr %".414", %"data_end.6"
  br i1 %".415", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".417" = getelementptr i8, ptr %"hdr.4", i64 0
  %".418" = load i8, ptr %".417", align 1
  %".419" = getelementptr i8, ptr %"hdr.4", i64 1
  %".420" = load i8, ptr %".419", align 1
  %".421" = getelementptr i8, ptr %"hdr.4", i64 6
  %".422" = load i16, ptr %".421", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".418", %"pppoe_d0.linear"], [%".441", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".420", %"pppoe_d0.linear"], [%".443", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".422", %"pppoe_d0.linear"], [%".445", %"pppoe_d0.copy_failed.endif"]
  %"data.40" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.39", %"pppoe_d0.copy_failed.endif"]
  %"data_end.40" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.39", %"pppoe_d0.copy_failed.endif"]
  %"keys.40" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.39", %"pppoe_d0.copy_failed.endif"]
  %".447" = zext i8 %"w0_1.1" to i64
  %".448" = lshr i64 %".447", 4
  %".449" = and i64 %".448", 15
  %".450" = icmp eq i64 %".449", 1
  %".451" = zext i8 %"w0_1.1" to i64
  %".452" = and i64 %".451", 15
  %".453" = icmp eq i64 %".452", 1
  %".454" = and i1 %".450", %".453"
  %".455" = zext i8 %"w1_1" to i64
  %".456" = icmp eq i64 %".455", 0
  %".457" = and i1 %".454", %".456"
  %".458" = xor i1 %".457", -1
  br i1 %".458", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".349", %"vlan_d0_vlan_tags1.to_arp"], [%".349", %"vlan_d0_vlan_tags1.to_arp.1"], [%".613", %"hsr_d0_vlan_tags1.to_arp"], [%".613", %"hsr_d0_vlan_tags1.to_arp.1"], [%".686", %"batadv_d0.stop_at_encap.endif.7"], [%".686", %"batadv_d0.stop_at_encap.endif.8"], [%".1782", %"vlan_d0_vlan_tags2.to_arp"], [%".1782", %"vlan_d0_vlan_tags2.to_arp.1"], [%".1848", %"hsr_d0_vlan_tags2.to_arp"], [%".1848", %"hsr_d0_vlan_tags2.to_arp.1"], [%".1919", %"vlan_d1_vlan_tags1.to_arp"], [%".1919", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2058", %"hsr_d1_vlan_tags1.to_arp"], [%".2058", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.2", %"gre_d0.to_arp"], [%"end.2", %"gre_d0.to_arp.1"], [%".2987", %"vlan_d1_vlan_tags2.to_arp"], [%".2987", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3053", %"hsr_d1_vlan_tags2.to_arp"], [%".3053", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3119", %"ethernet_d1.to_arp"], [%".3119", %"ethernet_d1.to_arp.1"], [%".4404", %"widening.test.21"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.112", %"gre_d0.to_arp"], [%"data.112", %"gre_d0.to_arp.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.138", %"ethernet_d1.to_arp"], [%"data.138", %"ethernet_d1.to_arp.1"], [%"data.185", %"widening.test.21"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.112", %"gre_d0.to_arp"], [%"data_end.112", %"gre_d0.to_arp.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.138", %"ethernet_d1.to_arp"], [%"data_end.138", %"ethernet_d1.to_arp.1"], [%"data_end.185", %"widening.test.21"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.112", %"gre_d0.to_arp"], [%"keys.112", %"gre_d0.to_arp.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.138", %"ethernet_d1.to_arp"], [%"keys.138", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.21"]
  %".499" = add i64 %"cursor.6", 0
  %".500" = trunc i64 %".499" to i16
  %".501" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".500", ptr %".501", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".349", %"vlan_d0_vlan_tags1.to_ptp"], [%".613", %"hsr_d0_vlan_tags1.to_ptp"], [%".686", %"batadv_d0.stop_at_encap.endif.9"], [%".1782", %"vlan_d0_vlan_tags2.to_ptp"], [%".1848", %"hsr_d0_vlan_tags2.to_ptp"], [%".1919", %"vlan_d1_vlan_tags1.to_ptp"], [%".2058", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.2", %"gre_d0.to_ptp"], [%".2987", %"vlan_d1_vlan_tags2.to_ptp"], [%".3053", %"hsr_d1_vlan_tags2.to_ptp"], [%".3119", %"ethernet_d1.to_ptp"], [%".4393", %"widening.test.20"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.112", %"gre_d0.to_ptp"], [%"data.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.138", %"ethernet_d1.to_ptp"], [%"data.184", %"widening.test.20"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.112", %"gre_d0.to_ptp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.138", %"ethernet_d1.to_ptp"], [%"data_end.184", %"widening.test.20"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.112", %"gre_d0.to_ptp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.138", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.20"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".504" = getelementptr i8, ptr %"hdr.5", i64 34
  %".505" = icmp ugt ptr %".504", %"data_end.8"
  br i1 %".505", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.43" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.42", %"ptp.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.42", %"ptp.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.42", %"ptp.copy_failed.endif"]
  %".525" = add i64 %"cursor.7", 34
  %".526" = trunc i64 %".525" to i16
  %".527" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".526", ptr %".527", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".349", %"vlan_d0_vlan_tags1.to_cfm"], [%".613", %"hsr_d0_vlan_tags1.to_cfm"], [%".686", %"batadv_d0.stop_at_encap.endif.10"], [%".1782", %"vlan_d0_vlan_tags2.to_cfm"], [%".1848", %"hsr_d0_vlan_tags2.to_cfm"], [%".1919", %"vlan_d1_vlan_tags1.to_cfm"], [%".2058", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.2", %"gre_d0.to_cfm"], [%".2987", %"vlan_d1_vlan_tags2.to_cfm"], [%".3053", %"hsr_d1_vlan_tags2.to_cfm"], [%".3119", %"ethernet_d1.to_cfm"], [%".4382", %"widening.test.19"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.112", %"gre_d0.to_cfm"], [%"data.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.138", %"ethernet_d1.to_cfm"], [%"data.183", %"widening.test.19"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.112", %"gre_d0.to_cfm"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.138", %"ethernet_d1.to_cfm"], [%"data_end.183", %"widening.test.19"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.112", %"gre_d0.to_cfm"], [%"keys.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.138", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.19"]
  %".530" = add i64 %"cursor.8", 0
  %".531" = trunc i64 %".530" to i16
  %".532" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".531", ptr %".532", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".349", %"vlan_d0_vlan_tags1.to_tipc"], [%".613", %"hsr_d0_vlan_tags1.to_tipc"], [%".686", %"batadv_d0.stop_at_encap.endif.11"], [%".1782", %"vlan_d0_vlan_tags2.to_tipc"], [%".1848", %"hsr_d0_vlan_tags2.to_tipc"], [%".1919", %"vlan_d1_vlan_tags1.to_tipc"], [%".2058", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.2", %"gre_d0.to_tipc"], [%".2987", %"vlan_d1_vlan_tags2.to_tipc"], [%".3053", %"hsr_d1_vlan_tags2.to_tipc"], [%".3119", %"ethernet_d1.to_tipc"], [%".4371", %"widening.test.18"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.112", %"gre_d0.to_tipc"], [%"data.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.138", %"ethernet_d1.to_tipc"], [%"data.182", %"widening.test.18"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.112", %"gre_d0.to_tipc"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.138", %"ethernet_d1.to_tipc"], [%"data_end.182", %"widening.test.18"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.112", %"gre_d0.to_tipc"], [%"keys.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.138", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.18"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".535" = getelementptr i8, ptr %"hdr.6", i64 16
  %".536" = icmp ugt ptr %".535", %"data_end.10"
  br i1 %".536", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.45" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.44", %"tipc.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.44", %"tipc.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.44", %"tipc.copy_failed.endif"]
  %".556" = trunc i64 %"cursor.9" to i16
  %".557" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".556", ptr %".557", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".349", %"vlan_d0_vlan_tags1.to_fcoe"], [%".613", %"hsr_d0_vlan_tags1.to_fcoe"], [%".686", %"batadv_d0.stop_at_encap.endif.12"], [%".1782", %"vlan_d0_vlan_tags2.to_fcoe"], [%".1848", %"hsr_d0_vlan_tags2.to_fcoe"], [%".1919", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2058", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.2", %"gre_d0.to_fcoe"], [%".2987", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3053", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3119", %"ethernet_d1.to_fcoe"], [%".4360", %"widening.test.17"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.112", %"gre_d0.to_fcoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.138", %"ethernet_d1.to_fcoe"], [%"data.181", %"widening.test.17"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.112", %"gre_d0.to_fcoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.138", %"ethernet_d1.to_fcoe"], [%"data_end.181", %"widening.test.17"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.112", %"gre_d0.to_fcoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.138", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.17"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".560" = getelementptr i8, ptr %"hdr.7", i64 38
  %".561" = icmp ugt ptr %".560", %"data_end.11"
  br i1 %".561", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.47" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.46", %"fcoe.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.46", %"fcoe.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.46", %"fcoe.copy_failed.endif"]
  %".581" = add i64 %"cursor.10", 38
  %".582" = trunc i64 %".581" to i16
  %".583" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".582", ptr %".583", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".586" = getelementptr i8, ptr %"hdr.8", i64 6
  %".587" = icmp ugt ptr %".586", %"data_end.12"
  br i1 %".587", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".589" = getelementptr i8, ptr %"hdr.8", i64 4
  %".590" = load i16, ptr %".589", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".590", %"hsr_d0_vlan_tags1.linear"], [%".609", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.49" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".611" = getelementptr i8, ptr %"keys.49", i64 10
  store i16 %"w4_2", ptr %".611", align 2
  %".613" = add i64 %"cursor.11", 6
  %".614" = trunc i64 %".613" to i16
  %".615" = getelementptr i8, ptr %"keys.49", i64 0
  store i16 %".614", ptr %".615", align 2
  %".617" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".618" = zext i16 %".617" to i64
  switch i16 %"w4_2", label %"hsr_d0_vlan_tags1.unknown" [i16 8, label %"hsr_d0_vlan_tags1.to_ipv4" i16 56710, label %"hsr_d0_vlan_tags1.to_ipv6" i16 129, label %"hsr_d0_vlan_tags1.to_vlan" i16 43144, label %"hsr_d0_vlan_tags1.to_vlan.1" i16 18312, label %"hsr_d0_vlan_tags1.to_mpls" i16 18568, label %"hsr_d0_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags1.to_arp" i16 13696, label %"hsr_d0_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags1.to_ptp" i16 649, label %"hsr_d0_vlan_tags1.to_cfm" i16 51848, label %"hsr_d0_vlan_tags1.to_tipc" i16 1673, label %"hsr_d0_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags1.to_hsr" i16 64392, label %"hsr_d0_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".349", %"vlan_d0_vlan_tags1.to_batadv"], [%".613", %"hsr_d0_vlan_tags1.to_batadv"], [%".1782", %"vlan_d0_vlan_tags2.to_batadv"], [%".1848", %"hsr_d0_vlan_tags2.to_batadv"], [%".4195", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.166", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.166", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".640" = getelementptr i8, ptr %"hdr.9", i64 24
  %".641" = icmp ugt ptr %".640", %"data_end.13"
  br i1 %".641", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".643" = getelementptr i8, ptr %"hdr.9", i64 0
  %".644" = load i8, ptr %".643", align 1
  %".645" = getelementptr i8, ptr %"hdr.9", i64 1
  %".646" = load i8, ptr %".645", align 1
  %".647" = getelementptr i8, ptr %"hdr.9", i64 22
  %".648" = load i16, ptr %".647", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".644", %"batadv_d0.linear"], [%".667", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".646", %"batadv_d0.linear"], [%".669", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".648", %"batadv_d0.linear"], [%".671", %"batadv_d0.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.50", %"batadv_d0.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.50", %"batadv_d0.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.50", %"batadv_d0.copy_failed.endif"]
  %".673" = zext i8 %"w1_1.1" to i64
  %".674" = icmp eq i64 %".673", 15
  %".675" = zext i8 %"w0_1.2" to i64
  %".676" = icmp eq i64 %".675", 64
  %".677" = and i1 %".674", %".676"
  %".678" = xor i1 %".677", -1
  br i1 %".678", label %"batadv_d0.require", label %"batadv_d0.require.endif"
ipv4_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".60" = trunc i64 %"cursor.1" to i32
  %".61" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".60", [40 x i8]* %"header_copy", i32 20)
  %".62" = icmp eq i64 %".61", 0
  %".63" = getelementptr i8, ptr %"ctx.1", i64 76
  %".64" = load i32, ptr %".63", align 4
  %".65" = zext i32 %".64" to i64
  %"data.14" = inttoptr i64 %".65" to ptr
  %".66" = getelementptr i8, ptr %"ctx.1", i64 80
  %".67" = load i32, ptr %".66", align 4
  %".68" = zext i32 %".67" to i64
  %"data_end.14" = inttoptr i64 %".68" to ptr
  %".69" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.14" = load ptr, ptr %".69", align 8
  %".70" = xor i1 %".62", -1
  br i1 %".70", label %"ipv4_d0.copy_failed", label %"ipv4_d0.copy_failed.endif"
ipv4_d0.copy_failed:
  %".72" = trunc i64 %"cursor.1" to i16
  %".73" = getelementptr i8, ptr %"keys.14", i64 2
  store i16 %".72", ptr %".73", align 2
  br label %"return"
ipv4_d0.copy_failed.endif:
  %".76" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".77" = load volatile i8, [40 x i8]* %".76", align 1
  %".78" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".79" = load volatile i16, [40 x i8]* %".78", align 2
  %".80" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".81" = load volatile i8, [40 x i8]* %".80", align 1
  %".82" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".83" = load volatile i32, [40 x i8]* %".82", align 4
  %".84" = zext i32 %".83" to i64
  %".85" = shl i64 %".84", 0
  %".86" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".87" = load volatile i32, [40 x i8]* %".86", align 4
  %".88" = zext i32 %".87" to i64
  %".89" = shl i64 %".88", 32
  %".90" = or i64 %".85", %".89"
  br label %"ipv4_d0.header"
ipv4_d0.require:
  %".97" = trunc i64 %"cursor.1" to i16
  %".98" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".97", ptr %".98", align 2
  br label %"return"
ipv4_d0.require.endif:
  %".101" = getelementptr i8, ptr %"keys.15", i64 9
  store i8 %"w9_1", ptr %".101", align 1
  %".103" = getelementptr i8, ptr %"keys.15", i64 16
  store i64 %"w12_8", ptr %".103", align 8
  %".105" = trunc i64 2048 to i16
  %".106" = getelementptr i8, ptr %"keys.15", i64 4
  store i16 %".105", ptr %".106", align 2
  %".108" = add i64 %"cursor.1", 20
  %".109" = zext i8 %"w0_1" to i64
  %".110" = and i64 %".109", 15
  %".111" = icmp eq i64 %".110", 5
  %".112" = xor i1 %".111", -1
  br i1 %".112", label %"ipv4_d0.variable", label %"ipv4_d0.no_variable", !prof !0
ipv4_d0.no_variable:
  br label %"ipv4_d0.variable.endif"
ipv4_d0.variable.endif:
  %"end" = phi  i64 [%".108", %"ipv4_d0.no_variable"], [%".120", %"ipv4_d0.variable"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.no_variable"], [%"data.15", %"ipv4_d0.variable"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.no_variable"], [%"data_end.15", %"ipv4_d0.variable"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.no_variable"], [%"keys.15", %"ipv4_d0.variable"]
  %".122" = and i16 %"w6_2", 65343
  %".123" = icmp ne i16 %".122", 0
  %".124" = and i16 %"w6_2", 65311
  %".125" = icmp eq i16 %".124", 0
  br i1 %".123", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".147" = zext i8 %"w9_1" to i64
  switch i64 %".147", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".258", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1466", %"ipv6_d1.to_tcp"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".3970", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".4070", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".4602", %"widening.test.39"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.82", %"ipv4_d1.to_tcp"], [%"data.85", %"ipv6_d1.to_tcp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.203", %"widening.test.39"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.82", %"ipv4_d1.to_tcp"], [%"data_end.85", %"ipv6_d1.to_tcp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.203", %"widening.test.39"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.82", %"ipv4_d1.to_tcp"], [%"keys.85", %"ipv6_d1.to_tcp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.39"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".870" = getelementptr i8, ptr %"hdr.10", i64 4
  %".871" = icmp ugt ptr %".870", %"data_end.17"
  br i1 %".871", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".873" = getelementptr i8, ptr %"hdr.10", i64 0
  %".874" = load i32, ptr %".873", align 4
  br label %"tcp.header"
tcp.header:
  %"w0_4.1" = phi  i32 [%".874", %"tcp.linear"], [%".893", %"tcp.copy_failed.endif"]
  %"data.57" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.56", %"tcp.copy_failed.endif"]
  %"data_end.57" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.56", %"tcp.copy_failed.endif"]
  %"keys.57" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.56", %"tcp.copy_failed.endif"]
  %".895" = getelementptr i8, ptr %"keys.57", i64 12
  store i32 %"w0_4.1", ptr %".895", align 4
  %".897" = trunc i64 %"cursor.13" to i16
  %".898" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".897", ptr %".898", align 2
  br label %"return"
ipv4_d0.variable:
  %".115" = zext i8 %"w0_1" to i64
  %".116" = and i64 %".115", 15
  %".117" = mul i64 %".116", 4
  %".118" = sub i64 %".117", 20
  %".119" = add i64 %".118", 20
  %".120" = add i64 %"cursor.1", %".119"
  br label %"ipv4_d0.variable.endif"
ipv4_d0.fragment:
  %".127" = getelementptr i8, ptr %"keys.16", i64 6
  store i8 1, ptr %".127", align 1
  br i1 %".125", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.first_fragment:
  %".130" = getelementptr i8, ptr %"keys.16", i64 7
  store i8 1, ptr %".130", align 1
  %".132" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags" = load volatile i32, ptr %".132", align 4
  %".133" = and i32 %"flags", 1
  %".134" = icmp ne i32 %".133", 0
  %".135" = xor i1 %".134", -1
  br i1 %".135", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".142" = trunc i64 %"end" to i16
  %".143" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".142", ptr %".143", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".137" = trunc i64 %"end" to i16
  %".138" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".137", ptr %".138", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".149" = trunc i64 %"end" to i16
  %".150" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".149", ptr %".150", align 2
  br label %"return"
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
  %".162" = trunc i64 34887 to i16
  %".163" = call i16 @"llvm.bswap.i16"(i16 %".162")
  %".164" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".163", ptr %".164", align 2
  br label %"mpls_mpls_labels1"
ipv4_d0.to_ipv4:
  %".167" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".167", align 1
  %".169" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.1" = load volatile i32, ptr %".169", align 4
  %".170" = and i32 %"flags.1", 4
  %".171" = icmp ne i32 %".170", 0
  br i1 %".171", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".178" = trunc i64 34525 to i16
  %".179" = call i16 @"llvm.bswap.i16"(i16 %".178")
  %".180" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".179", ptr %".180", align 2
  %".182" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".182", align 1
  %".184" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".184", align 4
  %".185" = and i32 %"flags.2", 4
  %".186" = icmp ne i32 %".185", 0
  br i1 %".186", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".258", %"ipv6_d0.to_udp"], [%"end.1", %"ipv4_d1.to_udp"], [%".1466", %"ipv6_d1.to_udp"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".3970", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".4070", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".4591", %"widening.test.38"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.82", %"ipv4_d1.to_udp"], [%"data.85", %"ipv6_d1.to_udp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.202", %"widening.test.38"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.82", %"ipv4_d1.to_udp"], [%"data_end.85", %"ipv6_d1.to_udp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.202", %"widening.test.38"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.82", %"ipv4_d1.to_udp"], [%"keys.85", %"ipv6_d1.to_udp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.38"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".901" = getelementptr i8, ptr %"hdr.11", i64 4
  %".902" = icmp ugt ptr %".901", %"data_end.18"
  br i1 %".902", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".904" = getelementptr i8, ptr %"hdr.11", i64 0
  %".905" = load i32, ptr %".904", align 4
  br label %"udp.header"
udp.header:
  %"w0_4.2" = phi  i32 [%".905", %"udp.linear"], [%".924", %"udp.copy_failed.endif"]
  %"data.59" = phi  ptr [%"data.18", %"udp.linear"], [%"data.58", %"udp.copy_failed.endif"]
  %"data_end.59" = phi  ptr [%"data_end.18", %"udp.linear"], [%"data_end.58", %"udp.copy_failed.endif"]
  %"keys.59" = phi  ptr [%"keys.18", %"udp.linear"], [%"keys.58", %"udp.copy_failed.endif"]
  %".926" = getelementptr i8, ptr %"keys.59", i64 12
  store i32 %"w0_4.2", ptr %".926", align 4
  %".928" = add i64 %"cursor.14", 4
  %".929" = add i64 4, 4
  %".930" = getelementptr i8, ptr %"data.59", i64 %"cursor.14"
  %".931" = getelementptr i8, ptr %".930", i64 %".929"
  %".932" = icmp ugt ptr %".931", %"data_end.59"
  br i1 %".932", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.61" = phi  ptr [%"data.59", %"udp.header"], [%"data.60", %"udp.copy_last_byte_failed.endif"]
  %"data_end.61" = phi  ptr [%"data_end.59", %"udp.header"], [%"data_end.60", %"udp.copy_last_byte_failed.endif"]
  %"keys.61" = phi  ptr [%"keys.59", %"udp.header"], [%"keys.60", %"udp.copy_last_byte_failed.endif"]
  %".953" = add i64 %"cursor.14", %".929"
  %".954" = trunc i64 %"cursor.14" to i16
  %".955" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".954", ptr %".955", align 2
  br label %"return"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".258", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1466", %"ipv6_d1.to_udplite"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".3970", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".4070", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".4580", %"widening.test.37"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.82", %"ipv4_d1.to_udplite"], [%"data.85", %"ipv6_d1.to_udplite"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.201", %"widening.test.37"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.82", %"ipv4_d1.to_udplite"], [%"data_end.85", %"ipv6_d1.to_udplite"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.201", %"widening.test.37"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.82", %"ipv4_d1.to_udplite"], [%"keys.85", %"ipv6_d1.to_udplite"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.37"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".958" = getelementptr i8, ptr %"hdr.12", i64 4
  %".959" = icmp ugt ptr %".958", %"data_end.19"
  br i1 %".959", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".961" = getelementptr i8, ptr %"hdr.12", i64 0
  %".962" = load i32, ptr %".961", align 4
  br label %"udplite.header"
udplite.header:
  %"w0_4.3" = phi  i32 [%".962", %"udplite.linear"], [%".981", %"udplite.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.19", %"udplite.linear"], [%"data.62", %"udplite.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.19", %"udplite.linear"], [%"data_end.62", %"udplite.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.19", %"udplite.linear"], [%"keys.62", %"udplite.copy_failed.endif"]
  %".983" = getelementptr i8, ptr %"keys.63", i64 12
  store i32 %"w0_4.3", ptr %".983", align 4
  %".985" = add i64 %"cursor.15", 4
  %".986" = add i64 4, 4
  %".987" = getelementptr i8, ptr %"data.63", i64 %"cursor.15"
  %".988" = getelementptr i8, ptr %".987", i64 %".986"
  %".989" = icmp ugt ptr %".988", %"data_end.63"
  br i1 %".989", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.65" = phi  ptr [%"data.63", %"udplite.header"], [%"data.64", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.63", %"udplite.header"], [%"data_end.64", %"udplite.copy_last_byte_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.63", %"udplite.header"], [%"keys.64", %"udplite.copy_last_byte_failed.endif"]
  %".1010" = add i64 %"cursor.15", %".986"
  %".1011" = trunc i64 %"cursor.15" to i16
  %".1012" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1011", ptr %".1012", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".258", %"ipv6_d0.to_gre_version"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".4283", %"widening.test.10"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.174", %"widening.test.10"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.174", %"widening.test.10"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.10"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1015" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1016" = icmp ugt ptr %".1015", %"data_end.20"
  br i1 %".1016", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1018" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1019" = load i8, ptr %".1018", align 1
  %".1020" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1021" = load i8, ptr %".1020", align 1
  %".1022" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1023" = load i16, ptr %".1022", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1019", %"gre_version_d0.linear"], [%".1042", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1021", %"gre_version_d0.linear"], [%".1044", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1023", %"gre_version_d0.linear"], [%".1046", %"gre_version_d0.copy_failed.endif"]
  %"data.67" = phi  ptr [%"data.20", %"gre_version_d0.linear"], [%"data.66", %"gre_version_d0.copy_failed.endif"]
  %"data_end.67" = phi  ptr [%"data_end.20", %"gre_version_d0.linear"], [%"data_end.66", %"gre_version_d0.copy_failed.endif"]
  %"keys.67" = phi  ptr [%"keys.20", %"gre_version_d0.linear"], [%"keys.66", %"gre_version_d0.copy_failed.endif"]
  %".1048" = zext i8 %"w0_1.3" to i64
  %".1049" = lshr i64 %".1048", 6
  %".1050" = and i64 %".1049", 1
  %".1051" = icmp ne i64 %".1050", 0
  %".1052" = zext i8 %"w1_1.2" to i64
  %".1053" = and i64 %".1052", 7
  %".1054" = icmp ugt i64 %".1053", 1
  %".1055" = or i1 %".1051", %".1054"
  br i1 %".1055", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1061" = getelementptr i8, ptr %"keys.67", i64 10
  store i16 %"w2_2.1", ptr %".1061", align 2
  %".1063" = zext i8 %"w1_1.2" to i64
  %".1064" = and i64 %".1063", 7
  switch i64 %".1064", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.34" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.68" = phi  ptr [%"data.67", %"gre_version_d0.to_gre"]
  %"data_end.68" = phi  ptr [%"data_end.67", %"gre_version_d0.to_gre"]
  %"keys.68" = phi  ptr [%"keys.67", %"gre_version_d0.to_gre"]
  %".2363" = add i64 %"cursor.34", 4
  %".2364" = and i8 %"w0_1.3", 176
  %".2365" = icmp eq i8 %".2364", 0
  %".2366" = xor i1 %".2365", -1
  br i1 %".2366", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.2" = phi  i64 [%".2363", %"gre_d0.no_variable"], [%".2405", %"gre_d0.variable_part"]
  %"data.112" = phi  ptr [%"data.68", %"gre_d0.no_variable"], [%"data.111", %"gre_d0.variable_part"]
  %"data_end.112" = phi  ptr [%"data_end.68", %"gre_d0.no_variable"], [%"data_end.111", %"gre_d0.variable_part"]
  %"keys.112" = phi  ptr [%"keys.68", %"gre_d0.no_variable"], [%"keys.111", %"gre_d0.variable_part"]
  %".2407" = getelementptr i8, ptr %"keys.112", i64 8
  store i8 1, ptr %".2407", align 1
  %".2409" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.49" = load volatile i32, ptr %".2409", align 4
  %".2410" = and i32 %"flags.49", 4
  %".2411" = icmp ne i32 %".2410", 0
  br i1 %".2411", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".258", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1466", %"ipv6_d1.to_sctp"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".3970", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".4070", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".4558", %"widening.test.35"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.82", %"ipv4_d1.to_sctp"], [%"data.85", %"ipv6_d1.to_sctp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.199", %"widening.test.35"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.82", %"ipv4_d1.to_sctp"], [%"data_end.85", %"ipv6_d1.to_sctp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.199", %"widening.test.35"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.82", %"ipv4_d1.to_sctp"], [%"keys.85", %"ipv6_d1.to_sctp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.35"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1072" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1073" = icmp ugt ptr %".1072", %"data_end.21"
  br i1 %".1073", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1075" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1076" = load i32, ptr %".1075", align 4
  br label %"sctp.header"
sctp.header:
  %"w0_4.4" = phi  i32 [%".1076", %"sctp.linear"], [%".1095", %"sctp.copy_failed.endif"]
  %"data.71" = phi  ptr [%"data.21", %"sctp.linear"], [%"data.70", %"sctp.copy_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.21", %"sctp.linear"], [%"data_end.70", %"sctp.copy_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.21", %"sctp.linear"], [%"keys.70", %"sctp.copy_failed.endif"]
  %".1097" = getelementptr i8, ptr %"keys.71", i64 12
  store i32 %"w0_4.4", ptr %".1097", align 4
  %".1099" = add i64 %"cursor.17", 4
  %".1100" = trunc i64 %"cursor.17" to i16
  %".1101" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1100", ptr %".1101", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".258", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1466", %"ipv6_d1.to_dccp"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".3970", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".4070", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".4547", %"widening.test.34"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.82", %"ipv4_d1.to_dccp"], [%"data.85", %"ipv6_d1.to_dccp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.198", %"widening.test.34"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.82", %"ipv4_d1.to_dccp"], [%"data_end.85", %"ipv6_d1.to_dccp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.198", %"widening.test.34"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.82", %"ipv4_d1.to_dccp"], [%"keys.85", %"ipv6_d1.to_dccp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.34"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1104" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1105" = icmp ugt ptr %".1104", %"data_end.22"
  br i1 %".1105", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1107" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1108" = load i32, ptr %".1107", align 4
  br label %"dccp.header"
dccp.header:
  %"w0_4.5" = phi  i32 [%".1108", %"dccp.linear"], [%".1127", %"dccp.copy_failed.endif"]
  %"data.73" = phi  ptr [%"data.22", %"dccp.linear"], [%"data.72", %"dccp.copy_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.22", %"dccp.linear"], [%"data_end.72", %"dccp.copy_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.22", %"dccp.linear"], [%"keys.72", %"dccp.copy_failed.endif"]
  %".1129" = getelementptr i8, ptr %"keys.73", i64 12
  store i32 %"w0_4.5", ptr %".1129", align 4
  %".1131" = add i64 %"cursor.18", 4
  %".1132" = trunc i64 %"cursor.18" to i16
  %".1133" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1132", ptr %".1133", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".258", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1466", %"ipv6_d1.to_esp"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".3970", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".4070", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".4536", %"widening.test.33"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.82", %"ipv4_d1.to_esp"], [%"data.85", %"ipv6_d1.to_esp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.197", %"widening.test.33"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.82", %"ipv4_d1.to_esp"], [%"data_end.85", %"ipv6_d1.to_esp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.197", %"widening.test.33"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.82", %"ipv4_d1.to_esp"], [%"keys.85", %"ipv6_d1.to_esp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.33"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1136" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1137" = icmp ugt ptr %".1136", %"data_end.23"
  br i1 %".1137", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1139" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1140" = load i32, ptr %".1139", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.6" = phi  i32 [%".1140", %"esp.linear"], [%".1159", %"esp.copy_failed.endif"]
  %"data.75" = phi  ptr [%"data.23", %"esp.linear"], [%"data.74", %"esp.copy_failed.endif"]
  %"data_end.75" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.74", %"esp.copy_failed.endif"]
  %"keys.75" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.74", %"esp.copy_failed.endif"]
  %".1161" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1162" = zext i32 %".1161" to i64
  %".1163" = lshr i64 %".1162", 16
  %".1164" = trunc i64 %".1163" to i16
  %".1165" = call i16 @"llvm.bswap.i16"(i16 %".1164")
  %".1166" = getelementptr i8, ptr %"keys.75", i64 12
  store i16 %".1165", ptr %".1166", align 2
  %".1168" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1169" = zext i32 %".1168" to i64
  %".1170" = and i64 %".1169", 65535
  %".1171" = trunc i64 %".1170" to i16
  %".1172" = call i16 @"llvm.bswap.i16"(i16 %".1171")
  %".1173" = getelementptr i8, ptr %"keys.75", i64 14
  store i16 %".1172", ptr %".1173", align 2
  %".1175" = add i64 %"cursor.19", 4
  %".1176" = trunc i64 %"cursor.19" to i16
  %".1177" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1176", ptr %".1177", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".258", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1466", %"ipv6_d1.to_ah"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".3970", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".4070", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".4525", %"widening.test.32"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.82", %"ipv4_d1.to_ah"], [%"data.85", %"ipv6_d1.to_ah"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.196", %"widening.test.32"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.82", %"ipv4_d1.to_ah"], [%"data_end.85", %"ipv6_d1.to_ah"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.196", %"widening.test.32"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.82", %"ipv4_d1.to_ah"], [%"keys.85", %"ipv6_d1.to_ah"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.32"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1180" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1181" = icmp ugt ptr %".1180", %"data_end.24"
  br i1 %".1181", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1183" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1184" = load i32, ptr %".1183", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1184", %"ah.linear"], [%".1203", %"ah.copy_failed.endif"]
  %"data.77" = phi  ptr [%"data.24", %"ah.linear"], [%"data.76", %"ah.copy_failed.endif"]
  %"data_end.77" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.76", %"ah.copy_failed.endif"]
  %"keys.77" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.76", %"ah.copy_failed.endif"]
  %".1205" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1206" = zext i32 %".1205" to i64
  %".1207" = lshr i64 %".1206", 16
  %".1208" = trunc i64 %".1207" to i16
  %".1209" = call i16 @"llvm.bswap.i16"(i16 %".1208")
  %".1210" = getelementptr i8, ptr %"keys.77", i64 12
  store i16 %".1209", ptr %".1210", align 2
  %".1212" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1213" = zext i32 %".1212" to i64
  %".1214" = and i64 %".1213", 65535
  %".1215" = trunc i64 %".1214" to i16
  %".1216" = call i16 @"llvm.bswap.i16"(i16 %".1215")
  %".1217" = getelementptr i8, ptr %"keys.77", i64 14
  store i16 %".1216", ptr %".1217", align 2
  %".1219" = add i64 %"cursor.20", 8
  %".1220" = trunc i64 %"cursor.20" to i16
  %".1221" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1220", ptr %".1221", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".4514", %"widening.test.31"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.82", %"ipv4_d1.to_icmp"], [%"data.195", %"widening.test.31"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.82", %"ipv4_d1.to_icmp"], [%"data_end.195", %"widening.test.31"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.82", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.31"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1224" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1225" = icmp ugt ptr %".1224", %"data_end.25"
  br i1 %".1225", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.79" = phi  ptr [%"data.25", %"icmp.linear"], [%"data.78", %"icmp.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.25", %"icmp.linear"], [%"data_end.78", %"icmp.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.25", %"icmp.linear"], [%"keys.78", %"icmp.copy_failed.endif"]
  %".1245" = add i64 %"cursor.21", 4
  %".1246" = trunc i64 %"cursor.21" to i16
  %".1247" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1246", ptr %".1247", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".173" = trunc i64 %"end" to i16
  %".174" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".173", ptr %".174", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".258", %"ipv6_d0.stop_at_encap.endif"], [%".686", %"batadv_d0.stop_at_encap.endif"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%".1919", %"vlan_d1_vlan_tags1.to_ipv4"], [%".1996", %"pppoe_d1.to_ipv4"], [%".2058", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.2", %"gre_d0.to_ipv4"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".2987", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3053", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3119", %"ethernet_d1.to_ipv4"], [%".3168", %"ppp_d0.stop_at_encap.endif"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".4492", %"widening.test.29"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.51", %"batadv_d0.stop_at_encap.endif"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.105", %"pppoe_d1.to_ipv4"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.112", %"gre_d0.to_ipv4"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.138", %"ethernet_d1.to_ipv4"], [%"data.140", %"ppp_d0.stop_at_encap.endif"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.193", %"widening.test.29"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.105", %"pppoe_d1.to_ipv4"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.112", %"gre_d0.to_ipv4"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.138", %"ethernet_d1.to_ipv4"], [%"data_end.140", %"ppp_d0.stop_at_encap.endif"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.193", %"widening.test.29"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.51", %"batadv_d0.stop_at_encap.endif"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.105", %"pppoe_d1.to_ipv4"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.112", %"gre_d0.to_ipv4"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.138", %"ethernet_d1.to_ipv4"], [%"keys.140", %"ppp_d0.stop_at_encap.endif"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.29"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1250" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1251" = icmp ugt ptr %".1250", %"data_end.26"
  br i1 %".1251", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1253" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1254" = load i8, ptr %".1253", align 1
  %".1255" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1256" = load i16, ptr %".1255", align 2
  %".1257" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1258" = load i8, ptr %".1257", align 1
  %".1259" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1260" = load i64, ptr %".1259", align 8
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1254", %"ipv4_d1.linear"], [%".1279", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1256", %"ipv4_d1.linear"], [%".1281", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1258", %"ipv4_d1.linear"], [%".1283", %"ipv4_d1.copy_failed.endif"]
  %"w12_8.1" = phi  i64 [%".1260", %"ipv4_d1.linear"], [%".1292", %"ipv4_d1.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.26", %"ipv4_d1.linear"], [%"data.80", %"ipv4_d1.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.26", %"ipv4_d1.linear"], [%"data_end.80", %"ipv4_d1.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.26", %"ipv4_d1.linear"], [%"keys.80", %"ipv4_d1.copy_failed.endif"]
  %".1294" = zext i8 %"w0_1.4" to i64
  %".1295" = and i64 %".1294", 15
  %".1296" = icmp uge i64 %".1295", 5
  %".1297" = xor i1 %".1296", -1
  br i1 %".1297", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".188" = trunc i64 %"end" to i16
  %".189" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".188", ptr %".189", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".258", %"ipv6_d0.stop_at_encap.endif.1"], [%".686", %"batadv_d0.stop_at_encap.endif.1"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1919", %"vlan_d1_vlan_tags1.to_ipv6"], [%".1996", %"pppoe_d1.to_ipv6"], [%".2058", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.2", %"gre_d0.to_ipv6"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".2987", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3053", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3119", %"ethernet_d1.to_ipv6"], [%".3168", %"ppp_d0.stop_at_encap.endif.1"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4426", %"widening.test.23"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.105", %"pppoe_d1.to_ipv6"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.112", %"gre_d0.to_ipv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.138", %"ethernet_d1.to_ipv6"], [%"data.140", %"ppp_d0.stop_at_encap.endif.1"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.187", %"widening.test.23"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.105", %"pppoe_d1.to_ipv6"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.112", %"gre_d0.to_ipv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.138", %"ethernet_d1.to_ipv6"], [%"data_end.140", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.187", %"widening.test.23"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.105", %"pppoe_d1.to_ipv6"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.112", %"gre_d0.to_ipv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.138", %"ethernet_d1.to_ipv6"], [%"keys.140", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.23"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1401" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1402" = icmp ugt ptr %".1401", %"data_end.27"
  br i1 %".1402", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1404" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1405" = load i32, ptr %".1404", align 4
  %".1406" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1407" = load i8, ptr %".1406", align 1
  %".1408" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1409" = load i64, ptr %".1408", align 8
  %".1410" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1411" = load i64, ptr %".1410", align 8
  %".1412" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1413" = load i64, ptr %".1412", align 8
  %".1414" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1415" = load i64, ptr %".1414", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.7" = phi  i32 [%".1405", %"ipv6_d1.linear"], [%".1434", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1407", %"ipv6_d1.linear"], [%".1436", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1409", %"ipv6_d1.linear"], [%".1438", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1411", %"ipv6_d1.linear"], [%".1440", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1413", %"ipv6_d1.linear"], [%".1442", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1415", %"ipv6_d1.linear"], [%".1444", %"ipv6_d1.copy_failed.endif"]
  %"data.85" = phi  ptr [%"data.27", %"ipv6_d1.linear"], [%"data.84", %"ipv6_d1.copy_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.27", %"ipv6_d1.linear"], [%"data_end.84", %"ipv6_d1.copy_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.27", %"ipv6_d1.linear"], [%"keys.84", %"ipv6_d1.copy_failed.endif"]
  %".1446" = getelementptr i8, ptr %"keys.85", i64 9
  store i8 %"w6_1.1", ptr %".1446", align 1
  %".1448" = getelementptr i8, ptr %"keys.85", i64 16
  store i64 %"w8_8.1", ptr %".1448", align 8
  %".1450" = getelementptr i8, ptr %"keys.85", i64 24
  store i64 %"w16_8.1", ptr %".1450", align 8
  %".1452" = getelementptr i8, ptr %"keys.85", i64 32
  store i64 %"w24_8.1", ptr %".1452", align 8
  %".1454" = getelementptr i8, ptr %"keys.85", i64 40
  store i64 %"w32_8.1", ptr %".1454", align 8
  %".1456" = trunc i64 34525 to i16
  %".1457" = getelementptr i8, ptr %"keys.85", i64 4
  store i16 %".1456", ptr %".1457", align 2
  %".1459" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1460" = zext i32 %".1459" to i64
  %".1461" = and i64 %".1460", 1048575
  %".1462" = trunc i64 %".1461" to i32
  %".1463" = call i32 @"llvm.bswap.i32"(i32 %".1462")
  %".1464" = getelementptr i8, ptr %"keys.85", i64 52
  store i32 %".1463", ptr %".1464", align 4
  %".1466" = add i64 %"cursor.23", 40
  %".1467" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1468" = zext i32 %".1467" to i64
  %".1469" = and i64 %".1468", 1048575
  %".1470" = icmp ne i64 %".1469", 0
  %".1471" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.25" = load volatile i32, ptr %".1471", align 4
  %".1472" = and i32 %"flags.25", 2
  %".1473" = icmp ne i32 %".1472", 0
  %".1474" = and i1 %".1470", %".1473"
  br i1 %".1474", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".209" = trunc i64 %"cursor.2" to i32
  %".210" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".209", [40 x i8]* %"header_copy", i32 40)
  %".211" = icmp eq i64 %".210", 0
  %".212" = getelementptr i8, ptr %"ctx.2", i64 76
  %".213" = load i32, ptr %".212", align 4
  %".214" = zext i32 %".213" to i64
  %"data.28" = inttoptr i64 %".214" to ptr
  %".215" = getelementptr i8, ptr %"ctx.2", i64 80
  %".216" = load i32, ptr %".215", align 4
  %".217" = zext i32 %".216" to i64
  %"data_end.28" = inttoptr i64 %".217" to ptr
  %".218" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".218", align 8
  %".219" = xor i1 %".211", -1
  br i1 %".219", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".221" = trunc i64 %"cursor.2" to i16
  %".222" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".221", ptr %".222", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".225" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".226" = load volatile i32, [40 x i8]* %".225", align 4
  %".227" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".228" = load volatile i8, [40 x i8]* %".227", align 1
  %".229" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".230" = load volatile i64, [40 x i8]* %".229", align 8
  %".231" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".232" = load volatile i64, [40 x i8]* %".231", align 8
  %".233" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".234" = load volatile i64, [40 x i8]* %".233", align 8
  %".235" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".236" = load volatile i64, [40 x i8]* %".235", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".268" = trunc i64 %".258" to i16
  %".269" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".268", ptr %".269", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".272" = zext i8 %"w6_1" to i64
  switch i64 %".272", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".274" = trunc i64 %".258" to i16
  %".275" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".274", ptr %".275", align 2
  br label %"return"
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
ipv6_d0.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_opts.2:
  br label %"ipv6_opts_d0_ipv6_ext1"
ipv6_d0.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext1"
ipv6_d0.to_icmpv6:
  br label %"icmpv6"
ipv6_d0.to_mpls:
  %".291" = trunc i64 34887 to i16
  %".292" = call i16 @"llvm.bswap.i16"(i16 %".291")
  %".293" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".292", ptr %".293", align 2
  br label %"mpls_mpls_labels1"
ipv6_d0.to_ipv4:
  %".296" = trunc i64 2048 to i16
  %".297" = call i16 @"llvm.bswap.i16"(i16 %".296")
  %".298" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".297", ptr %".298", align 2
  %".300" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".300", align 1
  %".302" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".302", align 4
  %".303" = and i32 %"flags.4", 4
  %".304" = icmp ne i32 %".303", 0
  br i1 %".304", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".311" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".311", align 1
  %".313" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.5" = load volatile i32, ptr %".313", align 4
  %".314" = and i32 %"flags.5", 4
  %".315" = icmp ne i32 %".314", 0
  br i1 %".315", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".258", %"ipv6_d0.to_ipv6_opts"], [%".258", %"ipv6_d0.to_ipv6_opts.1"], [%".258", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1536" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1537" = icmp ugt ptr %".1536", %"data_end.30"
  br i1 %".1537", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1539" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1540" = load i8, ptr %".1539", align 1
  %".1541" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1542" = load i8, ptr %".1541", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1540", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1561", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1542", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1563", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.89" = phi  ptr [%"data.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1565" = getelementptr i8, ptr %"keys.89", i64 9
  store i8 %"w0_1.5", ptr %".1565", align 1
  %".1567" = add i64 %"cursor.24", 2
  %".1568" = zext i8 %"w1_1.3" to i64
  %".1569" = mul i64 %".1568", 8
  %".1570" = add i64 %".1569", 6
  %".1571" = add i64 %".1570", 2
  %".1572" = add i64 %"cursor.24", %".1571"
  %".1573" = zext i8 %"w0_1.5" to i64
  switch i64 %".1573", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".258", %"ipv6_d0.to_ipv6_frag"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1623" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1624" = icmp ugt ptr %".1623", %"data_end.31"
  br i1 %".1624", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1626" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1627" = load i8, ptr %".1626", align 1
  %".1628" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1629" = load i16, ptr %".1628", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1627", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1648", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1629", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1650", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1652" = getelementptr i8, ptr %"keys.93", i64 9
  store i8 %"w0_1.6", ptr %".1652", align 1
  %".1654" = add i64 %"cursor.25", 8
  %".1655" = icmp ne i64 1, 0
  %".1656" = and i16 %"w2_2.2", 63743
  %".1657" = icmp eq i16 %".1656", 0
  br i1 %".1655", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1679" = zext i8 %"w0_1.6" to i64
  switch i64 %".1679", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
icmpv6:
  %"cursor.26" = phi  i64 [%".258", %"ipv6_d0.to_icmpv6"], [%".1466", %"ipv6_d1.to_icmpv6"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".3658", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".3752", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".3970", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".4070", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".4481", %"widening.test.28"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.85", %"ipv6_d1.to_icmpv6"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.192", %"widening.test.28"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.85", %"ipv6_d1.to_icmpv6"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.192", %"widening.test.28"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.85", %"ipv6_d1.to_icmpv6"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.28"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1729" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1730" = icmp ugt ptr %".1729", %"data_end.32"
  br i1 %".1730", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.95" = phi  ptr [%"data.32", %"icmpv6.linear"], [%"data.94", %"icmpv6.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.32", %"icmpv6.linear"], [%"data_end.94", %"icmpv6.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.32", %"icmpv6.linear"], [%"keys.94", %"icmpv6.copy_failed.endif"]
  %".1750" = add i64 %"cursor.26", 4
  %".1751" = trunc i64 %"cursor.26" to i16
  %".1752" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1751", ptr %".1752", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".306" = trunc i64 %".258" to i16
  %".307" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".306", ptr %".307", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".317" = trunc i64 %".258" to i16
  %".318" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".317", ptr %".318", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".328" = trunc i64 %"cursor.3" to i32
  %".329" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".328", [40 x i8]* %"header_copy", i32 4)
  %".330" = icmp eq i64 %".329", 0
  %".331" = getelementptr i8, ptr %"ctx.3", i64 76
  %".332" = load i32, ptr %".331", align 4
  %".333" = zext i32 %".332" to i64
  %"data.33" = inttoptr i64 %".333" to ptr
  %".334" = getelementptr i8, ptr %"ctx.3", i64 80
  %".335" = load i32, ptr %".334", align 4
  %".336" = zext i32 %".335" to i64
  %"data_end.33" = inttoptr i64 %".336" to ptr
  %".337" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".337", align 8
  %".338" = xor i1 %".330", -1
  br i1 %".338", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".340" = trunc i64 %"cursor.3" to i16
  %".341" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".340", ptr %".341", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".344" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".345" = load volatile i16, [40 x i8]* %".344", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".356" = trunc i64 %".349" to i16
  %".357" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".356", ptr %".357", align 2
  br label %"return"
vlan_d0_vlan_tags1.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags1.to_vlan:
  br label %"vlan_d0_vlan_tags2"
vlan_d0_vlan_tags1.to_vlan.1:
  br label %"vlan_d0_vlan_tags2"
vlan_d0_vlan_tags1.to_mpls:
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_mpls.1:
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags1.to_pppoe:
  br label %"pppoe_d0"
vlan_d0_vlan_tags1.to_arp:
  br label %"arp"
vlan_d0_vlan_tags1.to_arp.1:
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
  %"cursor.27" = phi  i64 [%".349", %"vlan_d0_vlan_tags1.to_vlan"], [%".349", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".613", %"hsr_d0_vlan_tags1.to_vlan"], [%".613", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".4184", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.165", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.165", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".1755" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1756" = icmp ugt ptr %".1755", %"data_end.35"
  br i1 %".1756", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1758" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1759" = load i16, ptr %".1758", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.3" = phi  i16 [%".1759", %"vlan_d0_vlan_tags2.linear"], [%".1778", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1780" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %"w2_2.3", ptr %".1780", align 2
  %".1782" = add i64 %"cursor.27", 4
  %".1783" = trunc i64 %".1782" to i16
  %".1784" = getelementptr i8, ptr %"keys.97", i64 0
  store i16 %".1783", ptr %".1784", align 2
  %".1786" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1787" = zext i16 %".1786" to i64
  switch i16 %"w2_2.3", label %"vlan_d0_vlan_tags2.unknown" [i16 8, label %"vlan_d0_vlan_tags2.to_ipv4" i16 56710, label %"vlan_d0_vlan_tags2.to_ipv6" i16 129, label %"vlan_d0_vlan_tags2.to_vlan" i16 43144, label %"vlan_d0_vlan_tags2.to_vlan.1" i16 18312, label %"vlan_d0_vlan_tags2.to_mpls" i16 18568, label %"vlan_d0_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags2.to_arp" i16 13696, label %"vlan_d0_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags2.to_ptp" i16 649, label %"vlan_d0_vlan_tags2.to_cfm" i16 51848, label %"vlan_d0_vlan_tags2.to_tipc" i16 1673, label %"vlan_d0_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags2.to_hsr" i16 64392, label %"vlan_d0_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".349", %"vlan_d0_vlan_tags1.to_hsr"], [%".349", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".613", %"hsr_d0_vlan_tags1.to_hsr"], [%".613", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".4173", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.164", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.164", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".1821" = getelementptr i8, ptr %"hdr.25", i64 6
  %".1822" = icmp ugt ptr %".1821", %"data_end.36"
  br i1 %".1822", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".1824" = getelementptr i8, ptr %"hdr.25", i64 4
  %".1825" = load i16, ptr %".1824", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".1825", %"hsr_d0_vlan_tags2.linear"], [%".1844", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".1846" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %"w4_2.1", ptr %".1846", align 2
  %".1848" = add i64 %"cursor.28", 6
  %".1849" = trunc i64 %".1848" to i16
  %".1850" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".1849", ptr %".1850", align 2
  %".1852" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1853" = zext i16 %".1852" to i64
  switch i16 %"w4_2.1", label %"hsr_d0_vlan_tags2.unknown" [i16 8, label %"hsr_d0_vlan_tags2.to_ipv4" i16 56710, label %"hsr_d0_vlan_tags2.to_ipv6" i16 129, label %"hsr_d0_vlan_tags2.to_vlan" i16 43144, label %"hsr_d0_vlan_tags2.to_vlan.1" i16 18312, label %"hsr_d0_vlan_tags2.to_mpls" i16 18568, label %"hsr_d0_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags2.to_arp" i16 13696, label %"hsr_d0_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags2.to_ptp" i16 649, label %"hsr_d0_vlan_tags2.to_cfm" i16 51848, label %"hsr_d0_vlan_tags2.to_tipc" i16 1673, label %"hsr_d0_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags2.to_hsr" i16 64392, label %"hsr_d0_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".383" = trunc i64 %"cursor.4" to i32
  %".384" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".383", [40 x i8]* %"header_copy", i32 4)
  %".385" = icmp eq i64 %".384", 0
  %".386" = getelementptr i8, ptr %"ctx.4", i64 76
  %".387" = load i32, ptr %".386", align 4
  %".388" = zext i32 %".387" to i64
  %"data.37" = inttoptr i64 %".388" to ptr
  %".389" = getelementptr i8, ptr %"ctx.4", i64 80
  %".390" = load i32, ptr %".389", align 4
  %".391" = zext i32 %".390" to i64
  %"data_end.37" = inttoptr i64 %".391" to ptr
  %".392" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".392", align 8
  %".393" = xor i1 %".385", -1
  br i1 %".393", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".395" = trunc i64 %".376" to i16
  %".396" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".395", ptr %".396", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".399" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".400" = load volatile i8, [40 x i8]* %".399", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".406" = trunc i64 %".402" to i16
  %".407" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".406", ptr %".407", align 2
  br label %"return"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".424" = trunc i64 %"cursor.5" to i32
  %".425" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".424", [40 x i8]* %"header_copy", i32 8)
  %".426" = icmp eq i64 %".425", 0
  %".427" = getelementptr i8, ptr %"ctx.5", i64 76
  %".428" = load i32, ptr %".427", align 4
  %".429" = zext i32 %".428" to i64
  %"data.39" = inttoptr i64 %".429" to ptr
  %".430" = getelementptr i8, ptr %"ctx.5", i64 80
  %".431" = load i32, ptr %".430", align 4
  %".432" = zext i32 %".431" to i64
  %"data_end.39" = inttoptr i64 %".432" to ptr
  %".433" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.39" = load ptr, ptr %".433", align 8
  %".434" = xor i1 %".426", -1
  br i1 %".434", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".436" = trunc i64 %"cursor.5" to i16
  %".437" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".436", ptr %".437", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".440" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".441" = load volatile i8, [40 x i8]* %".440", align 1
  %".442" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".443" = load volatile i8, [40 x i8]* %".442", align 1
  %".444" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".445" = load volatile i16, [40 x i8]* %".444", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".460" = trunc i64 %"cursor.5" to i16
  %".461" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".460", ptr %".461", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".464" = add i64 %"cursor.5", 8
  %".465" = trunc i64 %".464" to i16
  %".466" = getelementptr i8, ptr %"keys.40", i64 0
  store i16 %".465", ptr %".466", align 2
  %".468" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".469" = zext i16 %".468" to i64
  switch i16 %"w6_2.1", label %"pppoe_d0.unknown" [i16 8448, label %"pppoe_d0.to_ipv4" i16 22272, label %"pppoe_d0.to_ipv6" i16 33026, label %"pppoe_d0.to_mpls" i16 33538, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.to_ipv4:
  %".478" = trunc i64 2048 to i16
  %".479" = call i16 @"llvm.bswap.i16"(i16 %".478")
  %".480" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".479", ptr %".480", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".471" = and i64 %".469", 257
  %".472" = icmp eq i64 %".471", 1
  br i1 %".472", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv6:
  %".483" = trunc i64 34525 to i16
  %".484" = call i16 @"llvm.bswap.i16"(i16 %".483")
  %".485" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".484", ptr %".485", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".488" = trunc i64 34887 to i16
  %".489" = call i16 @"llvm.bswap.i16"(i16 %".488")
  %".490" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".489", ptr %".490", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".493" = trunc i64 34888 to i16
  %".494" = call i16 @"llvm.bswap.i16"(i16 %".493")
  %".495" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".494", ptr %".495", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".474" = trunc i64 %".464" to i16
  %".475" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".474", ptr %".475", align 2
  br label %"return"
ppp_other:
  %"cursor.29" = phi  i64 [%".464", %"pppoe_d0.to_ppp_other"], [%".1996", %"pppoe_d1.to_ppp_other"]
  %"data.41" = phi  ptr [%"data.40", %"pppoe_d0.to_ppp_other"], [%"data.105", %"pppoe_d1.to_ppp_other"]
  %"data_end.41" = phi  ptr [%"data_end.40", %"pppoe_d0.to_ppp_other"], [%"data_end.105", %"pppoe_d1.to_ppp_other"]
  %"keys.41" = phi  ptr [%"keys.40", %"pppoe_d0.to_ppp_other"], [%"keys.105", %"pppoe_d1.to_ppp_other"]
  %".1887" = add i64 %"cursor.29", 0
  %".1888" = trunc i64 %".1887" to i16
  %".1889" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".1888", ptr %".1889", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".508" = trunc i64 %"cursor.7" to i32
  %".509" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".508", [40 x i8]* %"header_copy", i32 34)
  %".510" = icmp eq i64 %".509", 0
  %".511" = getelementptr i8, ptr %"ctx.6", i64 76
  %".512" = load i32, ptr %".511", align 4
  %".513" = zext i32 %".512" to i64
  %"data.42" = inttoptr i64 %".513" to ptr
  %".514" = getelementptr i8, ptr %"ctx.6", i64 80
  %".515" = load i32, ptr %".514", align 4
  %".516" = zext i32 %".515" to i64
  %"data_end.42" = inttoptr i64 %".516" to ptr
  %".517" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.42" = load ptr, ptr %".517", align 8
  %".518" = xor i1 %".510", -1
  br i1 %".518", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".520" = trunc i64 %"cursor.7" to i16
  %".521" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".520", ptr %".521", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".539" = trunc i64 %"cursor.9" to i32
  %".540" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".539", [40 x i8]* %"header_copy", i32 16)
  %".541" = icmp eq i64 %".540", 0
  %".542" = getelementptr i8, ptr %"ctx.7", i64 76
  %".543" = load i32, ptr %".542", align 4
  %".544" = zext i32 %".543" to i64
  %"data.44" = inttoptr i64 %".544" to ptr
  %".545" = getelementptr i8, ptr %"ctx.7", i64 80
  %".546" = load i32, ptr %".545", align 4
  %".547" = zext i32 %".546" to i64
  %"data_end.44" = inttoptr i64 %".547" to ptr
  %".548" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.44" = load ptr, ptr %".548", align 8
  %".549" = xor i1 %".541", -1
  br i1 %".549", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".551" = trunc i64 %"cursor.9" to i16
  %".552" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".551", ptr %".552", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".564" = trunc i64 %"cursor.10" to i32
  %".565" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".564", [40 x i8]* %"header_copy", i32 38)
  %".566" = icmp eq i64 %".565", 0
  %".567" = getelementptr i8, ptr %"ctx.8", i64 76
  %".568" = load i32, ptr %".567", align 4
  %".569" = zext i32 %".568" to i64
  %"data.46" = inttoptr i64 %".569" to ptr
  %".570" = getelementptr i8, ptr %"ctx.8", i64 80
  %".571" = load i32, ptr %".570", align 4
  %".572" = zext i32 %".571" to i64
  %"data_end.46" = inttoptr i64 %".572" to ptr
  %".573" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.46" = load ptr, ptr %".573", align 8
  %".574" = xor i1 %".566", -1
  br i1 %".574", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".576" = trunc i64 %"cursor.10" to i16
  %".577" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".576", ptr %".577", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".592" = trunc i64 %"cursor.11" to i32
  %".593" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".592", [40 x i8]* %"header_copy", i32 6)
  %".594" = icmp eq i64 %".593", 0
  %".595" = getelementptr i8, ptr %"ctx.9", i64 76
  %".596" = load i32, ptr %".595", align 4
  %".597" = zext i32 %".596" to i64
  %"data.48" = inttoptr i64 %".597" to ptr
  %".598" = getelementptr i8, ptr %"ctx.9", i64 80
  %".599" = load i32, ptr %".598", align 4
  %".600" = zext i32 %".599" to i64
  %"data_end.48" = inttoptr i64 %".600" to ptr
  %".601" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.48" = load ptr, ptr %".601", align 8
  %".602" = xor i1 %".594", -1
  br i1 %".602", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".604" = trunc i64 %"cursor.11" to i16
  %".605" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".604", ptr %".605", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".608" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".609" = load volatile i16, [40 x i8]* %".608", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".620" = trunc i64 %".613" to i16
  %".621" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".620", ptr %".621", align 2
  br label %"return"
hsr_d0_vlan_tags1.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags1.to_vlan:
  br label %"vlan_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_vlan.1:
  br label %"vlan_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_mpls:
  br label %"mpls_mpls_labels1"
hsr_d0_vlan_tags1.to_mpls.1:
  br label %"mpls_mpls_labels1"
hsr_d0_vlan_tags1.to_pppoe:
  br label %"pppoe_d0"
hsr_d0_vlan_tags1.to_arp:
  br label %"arp"
hsr_d0_vlan_tags1.to_arp.1:
  br label %"arp"
hsr_d0_vlan_tags1.to_ptp:
  br label %"ptp"
hsr_d0_vlan_tags1.to_cfm:
  br label %"cfm"
hsr_d0_vlan_tags1.to_tipc:
  br label %"tipc"
hsr_d0_vlan_tags1.to_fcoe:
  br label %"fcoe"
hsr_d0_vlan_tags1.to_hsr:
  br label %"hsr_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_hsr.1:
  br label %"hsr_d0_vlan_tags2"
hsr_d0_vlan_tags1.to_batadv:
  br label %"batadv_d0"
batadv_d0.copy:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".650" = trunc i64 %"cursor.12" to i32
  %".651" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".650", [40 x i8]* %"header_copy", i32 24)
  %".652" = icmp eq i64 %".651", 0
  %".653" = getelementptr i8, ptr %"ctx.10", i64 76
  %".654" = load i32, ptr %".653", align 4
  %".655" = zext i32 %".654" to i64
  %"data.50" = inttoptr i64 %".655" to ptr
  %".656" = getelementptr i8, ptr %"ctx.10", i64 80
  %".657" = load i32, ptr %".656", align 4
  %".658" = zext i32 %".657" to i64
  %"data_end.50" = inttoptr i64 %".658" to ptr
  %".659" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.50" = load ptr, ptr %".659", align 8
  %".660" = xor i1 %".652", -1
  br i1 %".660", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".662" = trunc i64 %"cursor.12" to i16
  %".663" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".662", ptr %".663", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".666" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".667" = load volatile i8, [40 x i8]* %".666", align 1
  %".668" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".669" = load volatile i8, [40 x i8]* %".668", align 1
  %".670" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".671" = load volatile i16, [40 x i8]* %".670", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".680" = trunc i64 %"cursor.12" to i16
  %".681" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".680", ptr %".681", align 2
  br label %"return"
batadv_d0.require.endif:
  %".684" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %"w22_2", ptr %".684", align 2
  %".686" = add i64 %"cursor.12", 24
  %".687" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".688" = zext i16 %".687" to i64
  switch i16 %"w22_2", label %"batadv_d0.unknown" [i16 8, label %"batadv_d0.to_ipv4" i16 56710, label %"batadv_d0.to_ipv6" i16 129, label %"batadv_d0.to_vlan" i16 43144, label %"batadv_d0.to_vlan.1" i16 18312, label %"batadv_d0.to_mpls" i16 18568, label %"batadv_d0.to_mpls.1" i16 25736, label %"batadv_d0.to_pppoe" i16 1544, label %"batadv_d0.to_arp" i16 13696, label %"batadv_d0.to_arp.1" i16 63368, label %"batadv_d0.to_ptp" i16 649, label %"batadv_d0.to_cfm" i16 51848, label %"batadv_d0.to_tipc" i16 1673, label %"batadv_d0.to_fcoe" i16 12169, label %"batadv_d0.to_hsr" i16 64392, label %"batadv_d0.to_hsr.1" i16 1347, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.to_ipv4:
  %".694" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".694", align 1
  %".696" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.6" = load volatile i32, ptr %".696", align 4
  %".697" = and i32 %"flags.6", 4
  %".698" = icmp ne i32 %".697", 0
  br i1 %".698", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.unknown:
  %".690" = trunc i64 %".686" to i16
  %".691" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".690", ptr %".691", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".705" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".705", align 1
  %".707" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.7" = load volatile i32, ptr %".707", align 4
  %".708" = and i32 %"flags.7", 4
  %".709" = icmp ne i32 %".708", 0
  br i1 %".709", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".716" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".716", align 1
  %".718" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.8" = load volatile i32, ptr %".718", align 4
  %".719" = and i32 %"flags.8", 4
  %".720" = icmp ne i32 %".719", 0
  br i1 %".720", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".727" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".727", align 1
  %".729" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.9" = load volatile i32, ptr %".729", align 4
  %".730" = and i32 %"flags.9", 4
  %".731" = icmp ne i32 %".730", 0
  br i1 %".731", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".738" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".738", align 1
  %".740" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.10" = load volatile i32, ptr %".740", align 4
  %".741" = and i32 %"flags.10", 4
  %".742" = icmp ne i32 %".741", 0
  br i1 %".742", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".749" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".749", align 1
  %".751" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.11" = load volatile i32, ptr %".751", align 4
  %".752" = and i32 %"flags.11", 4
  %".753" = icmp ne i32 %".752", 0
  br i1 %".753", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".760" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".760", align 1
  %".762" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.12" = load volatile i32, ptr %".762", align 4
  %".763" = and i32 %"flags.12", 4
  %".764" = icmp ne i32 %".763", 0
  br i1 %".764", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".771" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".771", align 1
  %".773" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.13" = load volatile i32, ptr %".773", align 4
  %".774" = and i32 %"flags.13", 4
  %".775" = icmp ne i32 %".774", 0
  br i1 %".775", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".782" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".782", align 1
  %".784" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.14" = load volatile i32, ptr %".784", align 4
  %".785" = and i32 %"flags.14", 4
  %".786" = icmp ne i32 %".785", 0
  br i1 %".786", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".793" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".793", align 1
  %".795" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.15" = load volatile i32, ptr %".795", align 4
  %".796" = and i32 %"flags.15", 4
  %".797" = icmp ne i32 %".796", 0
  br i1 %".797", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".804" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".804", align 1
  %".806" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.16" = load volatile i32, ptr %".806", align 4
  %".807" = and i32 %"flags.16", 4
  %".808" = icmp ne i32 %".807", 0
  br i1 %".808", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".815" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".815", align 1
  %".817" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.17" = load volatile i32, ptr %".817", align 4
  %".818" = and i32 %"flags.17", 4
  %".819" = icmp ne i32 %".818", 0
  br i1 %".819", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".826" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".826", align 1
  %".828" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.18" = load volatile i32, ptr %".828", align 4
  %".829" = and i32 %"flags.18", 4
  %".830" = icmp ne i32 %".829", 0
  br i1 %".830", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".837" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".837", align 1
  %".839" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.19" = load volatile i32, ptr %".839", align 4
  %".840" = and i32 %"flags.19", 4
  %".841" = icmp ne i32 %".840", 0
  br i1 %".841", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".848" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".848", align 1
  %".850" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.20" = load volatile i32, ptr %".850", align 4
  %".851" = and i32 %"flags.20", 4
  %".852" = icmp ne i32 %".851", 0
  br i1 %".852", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".859" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".859", align 1
  %".861" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.21" = load volatile i32, ptr %".861", align 4
  %".862" = and i32 %"flags.21", 4
  %".863" = icmp ne i32 %".862", 0
  br i1 %".863", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".700" = trunc i64 %".686" to i16
  %".701" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".700", ptr %".701", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".711" = trunc i64 %".686" to i16
  %".712" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".711", ptr %".712", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".722" = trunc i64 %".686" to i16
  %".723" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".722", ptr %".723", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.30" = phi  i64 [%".686", %"batadv_d0.stop_at_encap.endif.2"], [%".686", %"batadv_d0.stop_at_encap.endif.3"], [%"end.2", %"gre_d0.to_vlan"], [%"end.2", %"gre_d0.to_vlan.1"], [%".3119", %"ethernet_d1.to_vlan"], [%".3119", %"ethernet_d1.to_vlan.1"], [%".4316", %"widening.test.13"]
  %"data.52" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data.112", %"gre_d0.to_vlan"], [%"data.112", %"gre_d0.to_vlan.1"], [%"data.138", %"ethernet_d1.to_vlan"], [%"data.138", %"ethernet_d1.to_vlan.1"], [%"data.177", %"widening.test.13"]
  %"data_end.52" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.112", %"gre_d0.to_vlan"], [%"data_end.112", %"gre_d0.to_vlan.1"], [%"data_end.138", %"ethernet_d1.to_vlan"], [%"data_end.138", %"ethernet_d1.to_vlan.1"], [%"data_end.177", %"widening.test.13"]
  %"keys.52" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.112", %"gre_d0.to_vlan"], [%"keys.112", %"gre_d0.to_vlan.1"], [%"keys.138", %"ethernet_d1.to_vlan"], [%"keys.138", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.13"]
  %"hdr.26" = getelementptr i8, ptr %"data.52", i64 %"cursor.30"
  %".1892" = getelementptr i8, ptr %"hdr.26", i64 4
  %".1893" = icmp ugt ptr %".1892", %"data_end.52"
  br i1 %".1893", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".1895" = getelementptr i8, ptr %"hdr.26", i64 2
  %".1896" = load i16, ptr %".1895", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.4" = phi  i16 [%".1896", %"vlan_d1_vlan_tags1.linear"], [%".1915", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.52", %"vlan_d1_vlan_tags1.linear"], [%"data.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.52", %"vlan_d1_vlan_tags1.linear"], [%"data_end.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.52", %"vlan_d1_vlan_tags1.linear"], [%"keys.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".1917" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %"w2_2.4", ptr %".1917", align 2
  %".1919" = add i64 %"cursor.30", 4
  %".1920" = trunc i64 %".1919" to i16
  %".1921" = getelementptr i8, ptr %"keys.101", i64 0
  store i16 %".1920", ptr %".1921", align 2
  %".1923" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1924" = zext i16 %".1923" to i64
  switch i16 %"w2_2.4", label %"vlan_d1_vlan_tags1.unknown" [i16 8, label %"vlan_d1_vlan_tags1.to_ipv4" i16 56710, label %"vlan_d1_vlan_tags1.to_ipv6" i16 129, label %"vlan_d1_vlan_tags1.to_vlan" i16 43144, label %"vlan_d1_vlan_tags1.to_vlan.1" i16 18312, label %"vlan_d1_vlan_tags1.to_mpls" i16 18568, label %"vlan_d1_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags1.to_arp" i16 13696, label %"vlan_d1_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags1.to_ptp" i16 649, label %"vlan_d1_vlan_tags1.to_cfm" i16 51848, label %"vlan_d1_vlan_tags1.to_tipc" i16 1673, label %"vlan_d1_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags1.to_hsr" i16 64392, label %"vlan_d1_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".733" = trunc i64 %".686" to i16
  %".734" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".733", ptr %".734", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".744" = trunc i64 %".686" to i16
  %".745" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".744", ptr %".745", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.5:
  %".755" = trunc i64 %".686" to i16
  %".756" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".755", ptr %".756", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".766" = trunc i64 %".686" to i16
  %".767" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".766", ptr %".767", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.31" = phi  i64 [%".686", %"batadv_d0.stop_at_encap.endif.6"], [%".1919", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2058", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.2", %"gre_d0.to_pppoe"], [%".2987", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3053", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3119", %"ethernet_d1.to_pppoe"], [%".4415", %"widening.test.22"]
  %"data.53" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.112", %"gre_d0.to_pppoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.138", %"ethernet_d1.to_pppoe"], [%"data.186", %"widening.test.22"]
  %"data_end.53" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.112", %"gre_d0.to_pppoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.138", %"ethernet_d1.to_pppoe"], [%"data_end.186", %"widening.test.22"]
  %"keys.53" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.112", %"gre_d0.to_pppoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.138", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.22"]
  %"hdr.27" = getelementptr i8, ptr %"data.53", i64 %"cursor.31"
  %".1946" = getelementptr i8, ptr %"hdr.27", i64 8
  %".1947" = icmp ugt ptr %".1946", %"data_end.53"
  br i1 %".1947", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".1949" = getelementptr i8, ptr %"hdr.27", i64 0
  %".1950" = load i8, ptr %".1949", align 1
  %".1951" = getelementptr i8, ptr %"hdr.27", i64 1
  %".1952" = load i8, ptr %".1951", align 1
  %".1953" = getelementptr i8, ptr %"hdr.27", i64 6
  %".1954" = load i16, ptr %".1953", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".1950", %"pppoe_d1.linear"], [%".1973", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".1952", %"pppoe_d1.linear"], [%".1975", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".1954", %"pppoe_d1.linear"], [%".1977", %"pppoe_d1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.53", %"pppoe_d1.linear"], [%"data.104", %"pppoe_d1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.53", %"pppoe_d1.linear"], [%"data_end.104", %"pppoe_d1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.53", %"pppoe_d1.linear"], [%"keys.104", %"pppoe_d1.copy_failed.endif"]
  %".1979" = zext i8 %"w0_1.7" to i64
  %".1980" = lshr i64 %".1979", 4
  %".1981" = and i64 %".1980", 15
  %".1982" = icmp eq i64 %".1981", 1
  %".1983" = zext i8 %"w0_1.7" to i64
  %".1984" = and i64 %".1983", 15
  %".1985" = icmp eq i64 %".1984", 1
  %".1986" = and i1 %".1982", %".1985"
  %".1987" = zext i8 %"w1_1.4" to i64
  %".1988" = icmp eq i64 %".1987", 0
  %".1989" = and i1 %".1986", %".1988"
  %".1990" = xor i1 %".1989", -1
  br i1 %".1990", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".777" = trunc i64 %".686" to i16
  %".778" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".777", ptr %".778", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".788" = trunc i64 %".686" to i16
  %".789" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".788", ptr %".789", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".799" = trunc i64 %".686" to i16
  %".800" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".799", ptr %".800", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".810" = trunc i64 %".686" to i16
  %".811" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".810", ptr %".811", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".821" = trunc i64 %".686" to i16
  %".822" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".821", ptr %".822", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".832" = trunc i64 %".686" to i16
  %".833" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".832", ptr %".833", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".843" = trunc i64 %".686" to i16
  %".844" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".843", ptr %".844", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".686", %"batadv_d0.stop_at_encap.endif.13"], [%".686", %"batadv_d0.stop_at_encap.endif.14"], [%"end.2", %"gre_d0.to_hsr"], [%"end.2", %"gre_d0.to_hsr.1"], [%".3119", %"ethernet_d1.to_hsr"], [%".3119", %"ethernet_d1.to_hsr.1"], [%".4305", %"widening.test.12"]
  %"data.54" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data.112", %"gre_d0.to_hsr"], [%"data.112", %"gre_d0.to_hsr.1"], [%"data.138", %"ethernet_d1.to_hsr"], [%"data.138", %"ethernet_d1.to_hsr.1"], [%"data.176", %"widening.test.12"]
  %"data_end.54" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.112", %"gre_d0.to_hsr"], [%"data_end.112", %"gre_d0.to_hsr.1"], [%"data_end.138", %"ethernet_d1.to_hsr"], [%"data_end.138", %"ethernet_d1.to_hsr.1"], [%"data_end.176", %"widening.test.12"]
  %"keys.54" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.112", %"gre_d0.to_hsr"], [%"keys.112", %"gre_d0.to_hsr.1"], [%"keys.138", %"ethernet_d1.to_hsr"], [%"keys.138", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.12"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2031" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2032" = icmp ugt ptr %".2031", %"data_end.54"
  br i1 %".2032", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2034" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2035" = load i16, ptr %".2034", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2035", %"hsr_d1_vlan_tags1.linear"], [%".2054", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.54", %"hsr_d1_vlan_tags1.linear"], [%"data.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.54", %"hsr_d1_vlan_tags1.linear"], [%"data_end.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.54", %"hsr_d1_vlan_tags1.linear"], [%"keys.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2056" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %"w4_2.2", ptr %".2056", align 2
  %".2058" = add i64 %"cursor.32", 6
  %".2059" = trunc i64 %".2058" to i16
  %".2060" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2059", ptr %".2060", align 2
  %".2062" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2063" = zext i16 %".2062" to i64
  switch i16 %"w4_2.2", label %"hsr_d1_vlan_tags1.unknown" [i16 8, label %"hsr_d1_vlan_tags1.to_ipv4" i16 56710, label %"hsr_d1_vlan_tags1.to_ipv6" i16 129, label %"hsr_d1_vlan_tags1.to_vlan" i16 43144, label %"hsr_d1_vlan_tags1.to_vlan.1" i16 18312, label %"hsr_d1_vlan_tags1.to_mpls" i16 18568, label %"hsr_d1_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags1.to_arp" i16 13696, label %"hsr_d1_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags1.to_ptp" i16 649, label %"hsr_d1_vlan_tags1.to_cfm" i16 51848, label %"hsr_d1_vlan_tags1.to_tipc" i16 1673, label %"hsr_d1_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags1.to_hsr" i16 64392, label %"hsr_d1_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".854" = trunc i64 %".686" to i16
  %".855" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".854", ptr %".855", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".865" = trunc i64 %".686" to i16
  %".866" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".865", ptr %".866", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  br label %"batadv_d1"
batadv_d1:
  %"cursor.33" = phi  i64 [%".686", %"batadv_d0.stop_at_encap.endif.15"], [%".1919", %"vlan_d1_vlan_tags1.to_batadv"], [%".2058", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.2", %"gre_d0.to_batadv"], [%".2987", %"vlan_d1_vlan_tags2.to_batadv"], [%".3053", %"hsr_d1_vlan_tags2.to_batadv"], [%".3119", %"ethernet_d1.to_batadv"], [%".4349", %"widening.test.16"]
  %"data.55" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.112", %"gre_d0.to_batadv"], [%"data.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.138", %"ethernet_d1.to_batadv"], [%"data.180", %"widening.test.16"]
  %"data_end.55" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.112", %"gre_d0.to_batadv"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.138", %"ethernet_d1.to_batadv"], [%"data_end.180", %"widening.test.16"]
  %"keys.55" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.112", %"gre_d0.to_batadv"], [%"keys.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.138", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.16"]
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2085" = getelementptr i8, ptr %"hdr.29", i64 24
  %".2086" = icmp ugt ptr %".2085", %"data_end.55"
  br i1 %".2086", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2088" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2089" = load i8, ptr %".2088", align 1
  %".2090" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2091" = load i8, ptr %".2090", align 1
  %".2092" = getelementptr i8, ptr %"hdr.29", i64 22
  %".2093" = load i16, ptr %".2092", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.8" = phi  i8 [%".2089", %"batadv_d1.linear"], [%".2112", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2091", %"batadv_d1.linear"], [%".2114", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2093", %"batadv_d1.linear"], [%".2116", %"batadv_d1.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.55", %"batadv_d1.linear"], [%"data.108", %"batadv_d1.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.55", %"batadv_d1.linear"], [%"data_end.108", %"batadv_d1.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.55", %"batadv_d1.linear"], [%"keys.108", %"batadv_d1.copy_failed.endif"]
  %".2118" = zext i8 %"w1_1.5" to i64
  %".2119" = icmp eq i64 %".2118", 15
  %".2120" = zext i8 %"w0_1.8" to i64
  %".2121" = icmp eq i64 %".2120", 64
  %".2122" = and i1 %".2119", %".2121"
  %".2123" = xor i1 %".2122", -1
  br i1 %".2123", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".876" = trunc i64 %"cursor.13" to i32
  %".877" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".876", [40 x i8]* %"header_copy", i32 4)
  %".878" = icmp eq i64 %".877", 0
  %".879" = getelementptr i8, ptr %"ctx.11", i64 76
  %".880" = load i32, ptr %".879", align 4
  %".881" = zext i32 %".880" to i64
  %"data.56" = inttoptr i64 %".881" to ptr
  %".882" = getelementptr i8, ptr %"ctx.11", i64 80
  %".883" = load i32, ptr %".882", align 4
  %".884" = zext i32 %".883" to i64
  %"data_end.56" = inttoptr i64 %".884" to ptr
  %".885" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.56" = load ptr, ptr %".885", align 8
  %".886" = xor i1 %".878", -1
  br i1 %".886", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".888" = trunc i64 %"cursor.13" to i16
  %".889" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".888", ptr %".889", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".892" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".893" = load volatile i32, [40 x i8]* %".892", align 4
  br label %"tcp.header"
udp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".907" = trunc i64 %"cursor.14" to i32
  %".908" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".907", [40 x i8]* %"header_copy", i32 4)
  %".909" = icmp eq i64 %".908", 0
  %".910" = getelementptr i8, ptr %"ctx.12", i64 76
  %".911" = load i32, ptr %".910", align 4
  %".912" = zext i32 %".911" to i64
  %"data.58" = inttoptr i64 %".912" to ptr
  %".913" = getelementptr i8, ptr %"ctx.12", i64 80
  %".914" = load i32, ptr %".913", align 4
  %".915" = zext i32 %".914" to i64
  %"data_end.58" = inttoptr i64 %".915" to ptr
  %".916" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.58" = load ptr, ptr %".916", align 8
  %".917" = xor i1 %".909", -1
  br i1 %".917", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".919" = trunc i64 %"cursor.14" to i16
  %".920" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".919", ptr %".920", align 2
  br label %"return"
udp.copy_failed.endif:
  %".923" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".924" = load volatile i32, [40 x i8]* %".923", align 4
  br label %"udp.header"
udp.copy_last_byte:
  %".934" = add i64 %"cursor.14", %".929"
  %".935" = sub i64 %".934", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".936" = trunc i64 %".935" to i32
  %".937" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".936", i64* %"last_byte", i32 1)
  %".938" = icmp eq i64 %".937", 0
  %".939" = getelementptr i8, ptr %"ctx.13", i64 76
  %".940" = load i32, ptr %".939", align 4
  %".941" = zext i32 %".940" to i64
  %"data.60" = inttoptr i64 %".941" to ptr
  %".942" = getelementptr i8, ptr %"ctx.13", i64 80
  %".943" = load i32, ptr %".942", align 4
  %".944" = zext i32 %".943" to i64
  %"data_end.60" = inttoptr i64 %".944" to ptr
  %".945" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.60" = load ptr, ptr %".945", align 8
  %".946" = xor i1 %".938", -1
  br i1 %".946", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".948" = trunc i64 %"cursor.14" to i16
  %".949" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".948", ptr %".949", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".964" = trunc i64 %"cursor.15" to i32
  %".965" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".964", [40 x i8]* %"header_copy", i32 4)
  %".966" = icmp eq i64 %".965", 0
  %".967" = getelementptr i8, ptr %"ctx.14", i64 76
  %".968" = load i32, ptr %".967", align 4
  %".969" = zext i32 %".968" to i64
  %"data.62" = inttoptr i64 %".969" to ptr
  %".970" = getelementptr i8, ptr %"ctx.14", i64 80
  %".971" = load i32, ptr %".970", align 4
  %".972" = zext i32 %".971" to i64
  %"data_end.62" = inttoptr i64 %".972" to ptr
  %".973" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.62" = load ptr, ptr %".973", align 8
  %".974" = xor i1 %".966", -1
  br i1 %".974", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".976" = trunc i64 %"cursor.15" to i16
  %".977" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".976", ptr %".977", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".980" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".981" = load volatile i32, [40 x i8]* %".980", align 4
  br label %"udplite.header"
udplite.copy_last_byte:
  %".991" = add i64 %"cursor.15", %".986"
  %".992" = sub i64 %".991", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".993" = trunc i64 %".992" to i32
  %".994" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".993", i64* %"last_byte", i32 1)
  %".995" = icmp eq i64 %".994", 0
  %".996" = getelementptr i8, ptr %"ctx.15", i64 76
  %".997" = load i32, ptr %".996", align 4
  %".998" = zext i32 %".997" to i64
  %"data.64" = inttoptr i64 %".998" to ptr
  %".999" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1000" = load i32, ptr %".999", align 4
  %".1001" = zext i32 %".1000" to i64
  %"data_end.64" = inttoptr i64 %".1001" to ptr
  %".1002" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.64" = load ptr, ptr %".1002", align 8
  %".1003" = xor i1 %".995", -1
  br i1 %".1003", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1005" = trunc i64 %"cursor.15" to i16
  %".1006" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1005", ptr %".1006", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1025" = trunc i64 %"cursor.16" to i32
  %".1026" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1025", [40 x i8]* %"header_copy", i32 4)
  %".1027" = icmp eq i64 %".1026", 0
  %".1028" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1029" = load i32, ptr %".1028", align 4
  %".1030" = zext i32 %".1029" to i64
  %"data.66" = inttoptr i64 %".1030" to ptr
  %".1031" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1032" = load i32, ptr %".1031", align 4
  %".1033" = zext i32 %".1032" to i64
  %"data_end.66" = inttoptr i64 %".1033" to ptr
  %".1034" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.66" = load ptr, ptr %".1034", align 8
  %".1035" = xor i1 %".1027", -1
  br i1 %".1035", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1037" = trunc i64 %"cursor.16" to i16
  %".1038" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1037", ptr %".1038", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1041" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1042" = load volatile i8, [40 x i8]* %".1041", align 1
  %".1043" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1044" = load volatile i8, [40 x i8]* %".1043", align 1
  %".1045" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1046" = load volatile i16, [40 x i8]* %".1045", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1057" = trunc i64 %"cursor.16" to i16
  %".1058" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1057", ptr %".1058", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1066" = trunc i64 %"cursor.16" to i16
  %".1067" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1066", ptr %".1067", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
pptp_d0:
  %"cursor.35" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.69" = phi  ptr [%"data.67", %"gre_version_d0.to_pptp"]
  %"data_end.69" = phi  ptr [%"data_end.67", %"gre_version_d0.to_pptp"]
  %"keys.69" = phi  ptr [%"keys.67", %"gre_version_d0.to_pptp"]
  %".2441" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".2442" = zext i16 %".2441" to i64
  %".2443" = icmp ne i64 %".2442", 34827
  %".2444" = zext i8 %"w0_1.3" to i64
  %".2445" = lshr i64 %".2444", 5
  %".2446" = and i64 %".2445", 1
  %".2447" = icmp eq i64 %".2446", 0
  %".2448" = or i1 %".2443", %".2447"
  br i1 %".2448", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".2454" = add i64 %"cursor.35", 4
  %".2455" = zext i8 %"w0_1.3" to i64
  %".2456" = lshr i64 %".2455", 7
  %".2457" = and i64 %".2456", 1
  %".2458" = zext i8 %"w0_1.3" to i64
  %".2459" = lshr i64 %".2458", 5
  %".2460" = and i64 %".2459", 1
  %".2461" = add i64 %".2457", %".2460"
  %".2462" = zext i8 %"w0_1.3" to i64
  %".2463" = lshr i64 %".2462", 4
  %".2464" = and i64 %".2463", 1
  %".2465" = add i64 %".2461", %".2464"
  %".2466" = zext i8 %"w1_1.2" to i64
  %".2467" = lshr i64 %".2466", 7
  %".2468" = and i64 %".2467", 1
  %".2469" = add i64 %".2465", %".2468"
  %".2470" = mul i64 %".2469", 4
  %".2471" = add i64 %".2470", 4
  %".2472" = getelementptr i8, ptr %"data.69", i64 %"cursor.35"
  %".2473" = getelementptr i8, ptr %".2472", i64 %".2471"
  %".2474" = icmp ugt ptr %".2473", %"data_end.69"
  br i1 %".2474", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.115" = phi  ptr [%"data.69", %"pptp_d0.stop_before.endif"], [%"data.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.115" = phi  ptr [%"data_end.69", %"pptp_d0.stop_before.endif"], [%"data_end.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.115" = phi  ptr [%"keys.69", %"pptp_d0.stop_before.endif"], [%"keys.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %".2495" = add i64 %"cursor.35", %".2471"
  %".2496" = add i64 %"cursor.35", 8
  %".2497" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2496")
  %".2498" = icmp eq i64 %".2470", 4
  %"end.3" = select  i1 %".2498", i64 %".2497", i64 %".2495"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.44" = phi  i64 [%"end.3", %"pptp_d0.to_ppp"]
  %"data.116" = phi  ptr [%"data.115", %"pptp_d0.to_ppp"]
  %"data_end.116" = phi  ptr [%"data_end.115", %"pptp_d0.to_ppp"]
  %"keys.116" = phi  ptr [%"keys.115", %"pptp_d0.to_ppp"]
  %"hdr.38" = getelementptr i8, ptr %"data.116", i64 %"cursor.44"
  %".3143" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3144" = icmp ugt ptr %".3143", %"data_end.116"
  br i1 %".3144", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3146" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3147" = load i16, ptr %".3146", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.9" = phi  i16 [%".3147", %"ppp_d0.linear"], [%".3166", %"ppp_d0.copy_failed.endif"]
  %"data.140" = phi  ptr [%"data.116", %"ppp_d0.linear"], [%"data.139", %"ppp_d0.copy_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.116", %"ppp_d0.linear"], [%"data_end.139", %"ppp_d0.copy_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.116", %"ppp_d0.linear"], [%"keys.139", %"ppp_d0.copy_failed.endif"]
  %".3168" = add i64 %"cursor.44", 4
  %".3169" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".3170" = zext i16 %".3169" to i64
  switch i16 %"w2_2.9", label %"ppp_d0.unknown" [i16 8448, label %"ppp_d0.to_ipv4" i16 22272, label %"ppp_d0.to_ipv6"]
ppp_d0.to_ipv4:
  %".3179" = trunc i64 2048 to i16
  %".3180" = call i16 @"llvm.bswap.i16"(i16 %".3179")
  %".3181" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3180", ptr %".3181", align 2
  %".3183" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3183", align 1
  %".3185" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.60" = load volatile i32, ptr %".3185", align 4
  %".3186" = and i32 %"flags.60", 4
  %".3187" = icmp ne i32 %".3186", 0
  br i1 %".3187", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1078" = trunc i64 %"cursor.17" to i32
  %".1079" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1078", [40 x i8]* %"header_copy", i32 4)
  %".1080" = icmp eq i64 %".1079", 0
  %".1081" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1082" = load i32, ptr %".1081", align 4
  %".1083" = zext i32 %".1082" to i64
  %"data.70" = inttoptr i64 %".1083" to ptr
  %".1084" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1085" = load i32, ptr %".1084", align 4
  %".1086" = zext i32 %".1085" to i64
  %"data_end.70" = inttoptr i64 %".1086" to ptr
  %".1087" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.70" = load ptr, ptr %".1087", align 8
  %".1088" = xor i1 %".1080", -1
  br i1 %".1088", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1090" = trunc i64 %"cursor.17" to i16
  %".1091" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1090", ptr %".1091", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1094" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1095" = load volatile i32, [40 x i8]* %".1094", align 4
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1110" = trunc i64 %"cursor.18" to i32
  %".1111" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1110", [40 x i8]* %"header_copy", i32 4)
  %".1112" = icmp eq i64 %".1111", 0
  %".1113" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1114" = load i32, ptr %".1113", align 4
  %".1115" = zext i32 %".1114" to i64
  %"data.72" = inttoptr i64 %".1115" to ptr
  %".1116" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1117" = load i32, ptr %".1116", align 4
  %".1118" = zext i32 %".1117" to i64
  %"data_end.72" = inttoptr i64 %".1118" to ptr
  %".1119" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.72" = load ptr, ptr %".1119", align 8
  %".1120" = xor i1 %".1112", -1
  br i1 %".1120", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1122" = trunc i64 %"cursor.18" to i16
  %".1123" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1122", ptr %".1123", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1126" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1127" = load volatile i32, [40 x i8]* %".1126", align 4
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1142" = trunc i64 %"cursor.19" to i32
  %".1143" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1142", [40 x i8]* %"header_copy", i32 4)
  %".1144" = icmp eq i64 %".1143", 0
  %".1145" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1146" = load i32, ptr %".1145", align 4
  %".1147" = zext i32 %".1146" to i64
  %"data.74" = inttoptr i64 %".1147" to ptr
  %".1148" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1149" = load i32, ptr %".1148", align 4
  %".1150" = zext i32 %".1149" to i64
  %"data_end.74" = inttoptr i64 %".1150" to ptr
  %".1151" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.74" = load ptr, ptr %".1151", align 8
  %".1152" = xor i1 %".1144", -1
  br i1 %".1152", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1154" = trunc i64 %"cursor.19" to i16
  %".1155" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1154", ptr %".1155", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1158" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1159" = load volatile i32, [40 x i8]* %".1158", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1186" = trunc i64 %"cursor.20" to i32
  %".1187" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1186", [40 x i8]* %"header_copy", i32 8)
  %".1188" = icmp eq i64 %".1187", 0
  %".1189" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1190" = load i32, ptr %".1189", align 4
  %".1191" = zext i32 %".1190" to i64
  %"data.76" = inttoptr i64 %".1191" to ptr
  %".1192" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1193" = load i32, ptr %".1192", align 4
  %".1194" = zext i32 %".1193" to i64
  %"data_end.76" = inttoptr i64 %".1194" to ptr
  %".1195" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.76" = load ptr, ptr %".1195", align 8
  %".1196" = xor i1 %".1188", -1
  br i1 %".1196", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1198" = trunc i64 %"cursor.20" to i16
  %".1199" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1198", ptr %".1199", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1202" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1203" = load volatile i32, [40 x i8]* %".1202", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1228" = trunc i64 %"cursor.21" to i32
  %".1229" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1228", [40 x i8]* %"header_copy", i32 4)
  %".1230" = icmp eq i64 %".1229", 0
  %".1231" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1232" = load i32, ptr %".1231", align 4
  %".1233" = zext i32 %".1232" to i64
  %"data.78" = inttoptr i64 %".1233" to ptr
  %".1234" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1235" = load i32, ptr %".1234", align 4
  %".1236" = zext i32 %".1235" to i64
  %"data_end.78" = inttoptr i64 %".1236" to ptr
  %".1237" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.78" = load ptr, ptr %".1237", align 8
  %".1238" = xor i1 %".1230", -1
  br i1 %".1238", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1240" = trunc i64 %"cursor.21" to i16
  %".1241" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1240", ptr %".1241", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1262" = trunc i64 %"cursor.22" to i32
  %".1263" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1262", [40 x i8]* %"header_copy", i32 20)
  %".1264" = icmp eq i64 %".1263", 0
  %".1265" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1266" = load i32, ptr %".1265", align 4
  %".1267" = zext i32 %".1266" to i64
  %"data.80" = inttoptr i64 %".1267" to ptr
  %".1268" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1269" = load i32, ptr %".1268", align 4
  %".1270" = zext i32 %".1269" to i64
  %"data_end.80" = inttoptr i64 %".1270" to ptr
  %".1271" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.80" = load ptr, ptr %".1271", align 8
  %".1272" = xor i1 %".1264", -1
  br i1 %".1272", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1274" = trunc i64 %"cursor.22" to i16
  %".1275" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1274", ptr %".1275", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1278" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1279" = load volatile i8, [40 x i8]* %".1278", align 1
  %".1280" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1281" = load volatile i16, [40 x i8]* %".1280", align 2
  %".1282" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1283" = load volatile i8, [40 x i8]* %".1282", align 1
  %".1284" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1285" = load volatile i32, [40 x i8]* %".1284", align 4
  %".1286" = zext i32 %".1285" to i64
  %".1287" = shl i64 %".1286", 0
  %".1288" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1289" = load volatile i32, [40 x i8]* %".1288", align 4
  %".1290" = zext i32 %".1289" to i64
  %".1291" = shl i64 %".1290", 32
  %".1292" = or i64 %".1287", %".1291"
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1299" = trunc i64 %"cursor.22" to i16
  %".1300" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1299", ptr %".1300", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1303" = getelementptr i8, ptr %"keys.81", i64 9
  store i8 %"w9_1.1", ptr %".1303", align 1
  %".1305" = getelementptr i8, ptr %"keys.81", i64 16
  store i64 %"w12_8.1", ptr %".1305", align 8
  %".1307" = trunc i64 2048 to i16
  %".1308" = getelementptr i8, ptr %"keys.81", i64 4
  store i16 %".1307", ptr %".1308", align 2
  %".1310" = add i64 %"cursor.22", 20
  %".1311" = zext i8 %"w0_1.4" to i64
  %".1312" = and i64 %".1311", 15
  %".1313" = icmp eq i64 %".1312", 5
  %".1314" = xor i1 %".1313", -1
  br i1 %".1314", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1310", %"ipv4_d1.no_variable"], [%".1322", %"ipv4_d1.variable"]
  %"data.82" = phi  ptr [%"data.81", %"ipv4_d1.no_variable"], [%"data.81", %"ipv4_d1.variable"]
  %"data_end.82" = phi  ptr [%"data_end.81", %"ipv4_d1.no_variable"], [%"data_end.81", %"ipv4_d1.variable"]
  %"keys.82" = phi  ptr [%"keys.81", %"ipv4_d1.no_variable"], [%"keys.81", %"ipv4_d1.variable"]
  %".1324" = and i16 %"w6_2.2", 65343
  %".1325" = icmp ne i16 %".1324", 0
  %".1326" = and i16 %"w6_2.2", 65311
  %".1327" = icmp eq i16 %".1326", 0
  br i1 %".1325", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1349" = zext i8 %"w9_1.1" to i64
  switch i64 %".1349", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.variable:
  %".1317" = zext i8 %"w0_1.4" to i64
  %".1318" = and i64 %".1317", 15
  %".1319" = mul i64 %".1318", 4
  %".1320" = sub i64 %".1319", 20
  %".1321" = add i64 %".1320", 20
  %".1322" = add i64 %"cursor.22", %".1321"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1329" = getelementptr i8, ptr %"keys.82", i64 6
  store i8 1, ptr %".1329", align 1
  br i1 %".1327", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1332" = getelementptr i8, ptr %"keys.82", i64 7
  store i8 1, ptr %".1332", align 1
  %".1334" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.22" = load volatile i32, ptr %".1334", align 4
  %".1335" = and i32 %"flags.22", 1
  %".1336" = icmp ne i32 %".1335", 0
  %".1337" = xor i1 %".1336", -1
  br i1 %".1337", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1344" = trunc i64 %"end.1" to i16
  %".1345" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1344", ptr %".1345", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1339" = trunc i64 %"end.1" to i16
  %".1340" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1339", ptr %".1340", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1351" = trunc i64 %"end.1" to i16
  %".1352" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1351", ptr %".1352", align 2
  br label %"return"
ipv4_d1.to_udp:
  br label %"udp"
ipv4_d1.to_udplite:
  br label %"udplite"
ipv4_d1.to_gre_version:
  br label %"gre_version_d1"
ipv4_d1.to_sctp:
  br label %"sctp"
ipv4_d1.to_dccp:
  br label %"dccp"
ipv4_d1.to_esp:
  br label %"esp"
ipv4_d1.to_ah:
  br label %"ah"
ipv4_d1.to_icmp:
  br label %"icmp"
ipv4_d1.to_mpls:
  %".1364" = trunc i64 34887 to i16
  %".1365" = call i16 @"llvm.bswap.i16"(i16 %".1364")
  %".1366" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1365", ptr %".1366", align 2
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1369" = getelementptr i8, ptr %"keys.82", i64 8
  store i8 1, ptr %".1369", align 1
  %".1371" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.23" = load volatile i32, ptr %".1371", align 4
  %".1372" = and i32 %"flags.23", 4
  %".1373" = icmp ne i32 %".1372", 0
  br i1 %".1373", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1383" = trunc i64 34525 to i16
  %".1384" = call i16 @"llvm.bswap.i16"(i16 %".1383")
  %".1385" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1384", ptr %".1385", align 2
  %".1387" = getelementptr i8, ptr %"keys.82", i64 8
  store i8 1, ptr %".1387", align 1
  %".1389" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.24" = load volatile i32, ptr %".1389", align 4
  %".1390" = and i32 %"flags.24", 4
  %".1391" = icmp ne i32 %".1390", 0
  br i1 %".1391", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_version_d1:
  %"cursor.36" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1466", %"ipv6_d1.to_gre_version"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".3970", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".4070", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".4569", %"widening.test.36"]
  %"data.83" = phi  ptr [%"data.82", %"ipv4_d1.to_gre_version"], [%"data.85", %"ipv6_d1.to_gre_version"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.200", %"widening.test.36"]
  %"data_end.83" = phi  ptr [%"data_end.82", %"ipv4_d1.to_gre_version"], [%"data_end.85", %"ipv6_d1.to_gre_version"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.200", %"widening.test.36"]
  %"keys.83" = phi  ptr [%"keys.82", %"ipv4_d1.to_gre_version"], [%"keys.85", %"ipv6_d1.to_gre_version"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.36"]
  %"hdr.30" = getelementptr i8, ptr %"data.83", i64 %"cursor.36"
  %".2505" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2506" = icmp ugt ptr %".2505", %"data_end.83"
  br i1 %".2506", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2508" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2509" = load i8, ptr %".2508", align 1
  %".2510" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2511" = load i8, ptr %".2510", align 1
  %".2512" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2513" = load i16, ptr %".2512", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.9" = phi  i8 [%".2509", %"gre_version_d1.linear"], [%".2532", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2511", %"gre_version_d1.linear"], [%".2534", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".2513", %"gre_version_d1.linear"], [%".2536", %"gre_version_d1.copy_failed.endif"]
  %"data.118" = phi  ptr [%"data.83", %"gre_version_d1.linear"], [%"data.117", %"gre_version_d1.copy_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.83", %"gre_version_d1.linear"], [%"data_end.117", %"gre_version_d1.copy_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.83", %"gre_version_d1.linear"], [%"keys.117", %"gre_version_d1.copy_failed.endif"]
  %".2538" = zext i8 %"w0_1.9" to i64
  %".2539" = lshr i64 %".2538", 6
  %".2540" = and i64 %".2539", 1
  %".2541" = icmp ne i64 %".2540", 0
  %".2542" = zext i8 %"w1_1.6" to i64
  %".2543" = and i64 %".2542", 7
  %".2544" = icmp ugt i64 %".2543", 1
  %".2545" = or i1 %".2541", %".2544"
  br i1 %".2545", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".2551" = getelementptr i8, ptr %"keys.118", i64 10
  store i16 %"w2_2.5", ptr %".2551", align 2
  %".2553" = zext i8 %"w1_1.6" to i64
  %".2554" = and i64 %".2553", 7
  switch i64 %".2554", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.36", %"gre_version_d1.to_gre"]
  %"data.119" = phi  ptr [%"data.118", %"gre_version_d1.to_gre"]
  %"data_end.119" = phi  ptr [%"data_end.118", %"gre_version_d1.to_gre"]
  %"keys.119" = phi  ptr [%"keys.118", %"gre_version_d1.to_gre"]
  %".3224" = add i64 %"cursor.45", 4
  %".3225" = and i8 %"w0_1.9", 176
  %".3226" = icmp eq i8 %".3225", 0
  %".3227" = xor i1 %".3226", -1
  br i1 %".3227", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.4" = phi  i64 [%".3224", %"gre_d1.no_variable"], [%".3266", %"gre_d1.variable_part"]
  %"data.144" = phi  ptr [%"data.119", %"gre_d1.no_variable"], [%"data.143", %"gre_d1.variable_part"]
  %"data_end.144" = phi  ptr [%"data_end.119", %"gre_d1.no_variable"], [%"data_end.143", %"gre_d1.variable_part"]
  %"keys.144" = phi  ptr [%"keys.119", %"gre_d1.no_variable"], [%"keys.143", %"gre_d1.variable_part"]
  %".3268" = getelementptr i8, ptr %"keys.144", i64 8
  store i8 1, ptr %".3268", align 1
  %".3270" = getelementptr i8, ptr %"keys.144", i64 48
  %"flags.63" = load volatile i32, ptr %".3270", align 4
  %".3271" = and i32 %"flags.63", 4
  %".3272" = icmp ne i32 %".3271", 0
  br i1 %".3272", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
ipv4_d1.stop_at_encap:
  %".1375" = trunc i64 %"end.1" to i16
  %".1376" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1375", ptr %".1376", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1379" = trunc i64 %"end.1" to i16
  %".1380" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1379", ptr %".1380", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1393" = trunc i64 %"end.1" to i16
  %".1394" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1393", ptr %".1394", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1397" = trunc i64 %"end.1" to i16
  %".1398" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1397", ptr %".1398", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1417" = trunc i64 %"cursor.23" to i32
  %".1418" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1417", [40 x i8]* %"header_copy", i32 40)
  %".1419" = icmp eq i64 %".1418", 0
  %".1420" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1421" = load i32, ptr %".1420", align 4
  %".1422" = zext i32 %".1421" to i64
  %"data.84" = inttoptr i64 %".1422" to ptr
  %".1423" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1424" = load i32, ptr %".1423", align 4
  %".1425" = zext i32 %".1424" to i64
  %"data_end.84" = inttoptr i64 %".1425" to ptr
  %".1426" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.84" = load ptr, ptr %".1426", align 8
  %".1427" = xor i1 %".1419", -1
  br i1 %".1427", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1429" = trunc i64 %"cursor.23" to i16
  %".1430" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1429", ptr %".1430", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1433" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1434" = load volatile i32, [40 x i8]* %".1433", align 4
  %".1435" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1436" = load volatile i8, [40 x i8]* %".1435", align 1
  %".1437" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1438" = load volatile i64, [40 x i8]* %".1437", align 8
  %".1439" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1440" = load volatile i64, [40 x i8]* %".1439", align 8
  %".1441" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1442" = load volatile i64, [40 x i8]* %".1441", align 8
  %".1443" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1444" = load volatile i64, [40 x i8]* %".1443", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1476" = trunc i64 %".1466" to i16
  %".1477" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1476", ptr %".1477", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1480" = zext i8 %"w6_1.1" to i64
  switch i64 %".1480", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1482" = trunc i64 %".1466" to i16
  %".1483" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1482", ptr %".1483", align 2
  br label %"return"
ipv6_d1.to_udp:
  br label %"udp"
ipv6_d1.to_udplite:
  br label %"udplite"
ipv6_d1.to_gre_version:
  br label %"gre_version_d1"
ipv6_d1.to_sctp:
  br label %"sctp"
ipv6_d1.to_dccp:
  br label %"dccp"
ipv6_d1.to_esp:
  br label %"esp"
ipv6_d1.to_ah:
  br label %"ah"
ipv6_d1.to_ipv6_opts:
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.1:
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_opts.2:
  br label %"ipv6_opts_d1_ipv6_ext1"
ipv6_d1.to_ipv6_frag:
  br label %"ipv6_frag_d1_ipv6_ext1"
ipv6_d1.to_icmpv6:
  br label %"icmpv6"
ipv6_d1.to_mpls:
  %".1499" = trunc i64 34887 to i16
  %".1500" = call i16 @"llvm.bswap.i16"(i16 %".1499")
  %".1501" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1500", ptr %".1501", align 2
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1504" = trunc i64 2048 to i16
  %".1505" = call i16 @"llvm.bswap.i16"(i16 %".1504")
  %".1506" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1505", ptr %".1506", align 2
  %".1508" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1508", align 1
  %".1510" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.26" = load volatile i32, ptr %".1510", align 4
  %".1511" = and i32 %"flags.26", 4
  %".1512" = icmp ne i32 %".1511", 0
  br i1 %".1512", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1522" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1522", align 1
  %".1524" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.27" = load volatile i32, ptr %".1524", align 4
  %".1525" = and i32 %"flags.27", 4
  %".1526" = icmp ne i32 %".1525", 0
  br i1 %".1526", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.37" = phi  i64 [%".1466", %"ipv6_d1.to_ipv6_opts"], [%".1466", %"ipv6_d1.to_ipv6_opts.1"], [%".1466", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.86" = phi  ptr [%"data.85", %"ipv6_d1.to_ipv6_opts"], [%"data.85", %"ipv6_d1.to_ipv6_opts.1"], [%"data.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.86" = phi  ptr [%"data_end.85", %"ipv6_d1.to_ipv6_opts"], [%"data_end.85", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.86" = phi  ptr [%"keys.85", %"ipv6_d1.to_ipv6_opts"], [%"keys.85", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.86", i64 %"cursor.37"
  %".2562" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2563" = icmp ugt ptr %".2562", %"data_end.86"
  br i1 %".2563", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2565" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2566" = load i8, ptr %".2565", align 1
  %".2567" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2568" = load i8, ptr %".2567", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.10" = phi  i8 [%".2566", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2587", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2568", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2589", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.122" = phi  ptr [%"data.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.122" = phi  ptr [%"data_end.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.122" = phi  ptr [%"keys.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2591" = getelementptr i8, ptr %"keys.122", i64 9
  store i8 %"w0_1.10", ptr %".2591", align 1
  %".2593" = add i64 %"cursor.37", 2
  %".2594" = zext i8 %"w1_1.7" to i64
  %".2595" = mul i64 %".2594", 8
  %".2596" = add i64 %".2595", 6
  %".2597" = add i64 %".2596", 2
  %".2598" = add i64 %"cursor.37", %".2597"
  %".2599" = zext i8 %"w0_1.10" to i64
  switch i64 %".2599", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%".1466", %"ipv6_d1.to_ipv6_frag"]
  %"data.87" = phi  ptr [%"data.85", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.87" = phi  ptr [%"data_end.85", %"ipv6_d1.to_ipv6_frag"]
  %"keys.87" = phi  ptr [%"keys.85", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.87", i64 %"cursor.38"
  %".2655" = getelementptr i8, ptr %"hdr.32", i64 8
  %".2656" = icmp ugt ptr %".2655", %"data_end.87"
  br i1 %".2656", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2658" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2659" = load i8, ptr %".2658", align 1
  %".2660" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2661" = load i16, ptr %".2660", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2659", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2680", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".2661", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2682", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.126" = phi  ptr [%"data.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.126" = phi  ptr [%"data_end.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.126" = phi  ptr [%"keys.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2684" = getelementptr i8, ptr %"keys.126", i64 9
  store i8 %"w0_1.11", ptr %".2684", align 1
  %".2686" = add i64 %"cursor.38", 8
  %".2687" = icmp ne i64 1, 0
  %".2688" = and i16 %"w2_2.6", 63743
  %".2689" = icmp eq i16 %".2688", 0
  br i1 %".2687", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".2711" = zext i8 %"w0_1.11" to i64
  switch i64 %".2711", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1514" = trunc i64 %".1466" to i16
  %".1515" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1514", ptr %".1515", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1518" = trunc i64 %".1466" to i16
  %".1519" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1518", ptr %".1519", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1528" = trunc i64 %".1466" to i16
  %".1529" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1528", ptr %".1529", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1532" = trunc i64 %".1466" to i16
  %".1533" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1532", ptr %".1533", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1544" = trunc i64 %"cursor.24" to i32
  %".1545" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1544", [40 x i8]* %"header_copy", i32 2)
  %".1546" = icmp eq i64 %".1545", 0
  %".1547" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1548" = load i32, ptr %".1547", align 4
  %".1549" = zext i32 %".1548" to i64
  %"data.88" = inttoptr i64 %".1549" to ptr
  %".1550" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1551" = load i32, ptr %".1550", align 4
  %".1552" = zext i32 %".1551" to i64
  %"data_end.88" = inttoptr i64 %".1552" to ptr
  %".1553" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.88" = load ptr, ptr %".1553", align 8
  %".1554" = xor i1 %".1546", -1
  br i1 %".1554", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1556" = trunc i64 %"cursor.24" to i16
  %".1557" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1556", ptr %".1557", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1560" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1561" = load volatile i8, [40 x i8]* %".1560", align 1
  %".1562" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1563" = load volatile i8, [40 x i8]* %".1562", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1575" = trunc i64 %".1572" to i16
  %".1576" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1575", ptr %".1576", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_udp:
  br label %"udp"
ipv6_opts_d0_ipv6_ext1.to_udplite:
  br label %"udplite"
ipv6_opts_d0_ipv6_ext1.to_gre_version:
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext1.to_sctp:
  br label %"sctp"
ipv6_opts_d0_ipv6_ext1.to_dccp:
  br label %"dccp"
ipv6_opts_d0_ipv6_ext1.to_esp:
  br label %"esp"
ipv6_opts_d0_ipv6_ext1.to_ah:
  br label %"ah"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_opts_d0_ipv6_ext1.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext1.to_mpls:
  %".1592" = trunc i64 34887 to i16
  %".1593" = call i16 @"llvm.bswap.i16"(i16 %".1592")
  %".1594" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1593", ptr %".1594", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1597" = trunc i64 2048 to i16
  %".1598" = call i16 @"llvm.bswap.i16"(i16 %".1597")
  %".1599" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1598", ptr %".1599", align 2
  %".1601" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1601", align 1
  %".1603" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.28" = load volatile i32, ptr %".1603", align 4
  %".1604" = and i32 %"flags.28", 4
  %".1605" = icmp ne i32 %".1604", 0
  br i1 %".1605", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1612" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1612", align 1
  %".1614" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.29" = load volatile i32, ptr %".1614", align 4
  %".1615" = and i32 %"flags.29", 4
  %".1616" = icmp ne i32 %".1615", 0
  br i1 %".1616", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.39" = phi  i64 [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".4239", %"widening.test.6"]
  %"data.90" = phi  ptr [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.170", %"widening.test.6"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.170", %"widening.test.6"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.33" = getelementptr i8, ptr %"data.90", i64 %"cursor.39"
  %".2767" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2768" = icmp ugt ptr %".2767", %"data_end.90"
  br i1 %".2768", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".2770" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2771" = load i8, ptr %".2770", align 1
  %".2772" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2773" = load i8, ptr %".2772", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".2771", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2792", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".2773", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2794", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.128" = phi  ptr [%"data.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.128" = phi  ptr [%"data_end.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.128" = phi  ptr [%"keys.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".2796" = getelementptr i8, ptr %"keys.128", i64 9
  store i8 %"w0_1.12", ptr %".2796", align 1
  %".2798" = add i64 %"cursor.39", 2
  %".2799" = zext i8 %"w1_1.8" to i64
  %".2800" = mul i64 %".2799", 8
  %".2801" = add i64 %".2800", 6
  %".2802" = add i64 %".2801", 2
  %".2803" = add i64 %"cursor.39", %".2802"
  %".2804" = zext i8 %"w0_1.12" to i64
  switch i64 %".2804", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.40" = phi  i64 [%".1572", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1654", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".4228", %"widening.test.5"]
  %"data.91" = phi  ptr [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.169", %"widening.test.5"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.169", %"widening.test.5"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.34" = getelementptr i8, ptr %"data.91", i64 %"cursor.40"
  %".2854" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2855" = icmp ugt ptr %".2854", %"data_end.91"
  br i1 %".2855", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".2857" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2858" = load i8, ptr %".2857", align 1
  %".2859" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2860" = load i16, ptr %".2859", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".2858", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".2879", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".2860", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".2881", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.132" = phi  ptr [%"data.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".2883" = getelementptr i8, ptr %"keys.132", i64 9
  store i8 %"w0_1.13", ptr %".2883", align 1
  %".2885" = add i64 %"cursor.40", 8
  %".2886" = icmp ne i64 1, 0
  %".2887" = and i16 %"w2_2.7", 63743
  %".2888" = icmp eq i16 %".2887", 0
  br i1 %".2886", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".2910" = zext i8 %"w0_1.13" to i64
  switch i64 %".2910", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1607" = trunc i64 %".1572" to i16
  %".1608" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1607", ptr %".1608", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1618" = trunc i64 %".1572" to i16
  %".1619" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1618", ptr %".1619", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1631" = trunc i64 %"cursor.25" to i32
  %".1632" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1631", [40 x i8]* %"header_copy", i32 8)
  %".1633" = icmp eq i64 %".1632", 0
  %".1634" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1635" = load i32, ptr %".1634", align 4
  %".1636" = zext i32 %".1635" to i64
  %"data.92" = inttoptr i64 %".1636" to ptr
  %".1637" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1638" = load i32, ptr %".1637", align 4
  %".1639" = zext i32 %".1638" to i64
  %"data_end.92" = inttoptr i64 %".1639" to ptr
  %".1640" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.92" = load ptr, ptr %".1640", align 8
  %".1641" = xor i1 %".1633", -1
  br i1 %".1641", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1643" = trunc i64 %"cursor.25" to i16
  %".1644" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1643", ptr %".1644", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1647" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1648" = load volatile i8, [40 x i8]* %".1647", align 1
  %".1649" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1650" = load volatile i16, [40 x i8]* %".1649", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1659" = getelementptr i8, ptr %"keys.93", i64 6
  store i8 1, ptr %".1659", align 1
  br i1 %".1657", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1662" = getelementptr i8, ptr %"keys.93", i64 7
  store i8 1, ptr %".1662", align 1
  %".1664" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.30" = load volatile i32, ptr %".1664", align 4
  %".1665" = and i32 %"flags.30", 1
  %".1666" = icmp ne i32 %".1665", 0
  %".1667" = xor i1 %".1666", -1
  br i1 %".1667", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1674" = trunc i64 %".1654" to i16
  %".1675" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1674", ptr %".1675", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1669" = trunc i64 %".1654" to i16
  %".1670" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1669", ptr %".1670", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1681" = trunc i64 %".1654" to i16
  %".1682" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1681", ptr %".1682", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_udp:
  br label %"udp"
ipv6_frag_d0_ipv6_ext1.to_udplite:
  br label %"udplite"
ipv6_frag_d0_ipv6_ext1.to_gre_version:
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext1.to_sctp:
  br label %"sctp"
ipv6_frag_d0_ipv6_ext1.to_dccp:
  br label %"dccp"
ipv6_frag_d0_ipv6_ext1.to_esp:
  br label %"esp"
ipv6_frag_d0_ipv6_ext1.to_ah:
  br label %"ah"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2:
  br label %"ipv6_opts_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext2"
ipv6_frag_d0_ipv6_ext1.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext1.to_mpls:
  %".1698" = trunc i64 34887 to i16
  %".1699" = call i16 @"llvm.bswap.i16"(i16 %".1698")
  %".1700" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1699", ptr %".1700", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1703" = trunc i64 2048 to i16
  %".1704" = call i16 @"llvm.bswap.i16"(i16 %".1703")
  %".1705" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1704", ptr %".1705", align 2
  %".1707" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1707", align 1
  %".1709" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.31" = load volatile i32, ptr %".1709", align 4
  %".1710" = and i32 %"flags.31", 4
  %".1711" = icmp ne i32 %".1710", 0
  br i1 %".1711", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1718" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1718", align 1
  %".1720" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.32" = load volatile i32, ptr %".1720", align 4
  %".1721" = and i32 %"flags.32", 4
  %".1722" = icmp ne i32 %".1721", 0
  br i1 %".1722", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1713" = trunc i64 %".1654" to i16
  %".1714" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1713", ptr %".1714", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1724" = trunc i64 %".1654" to i16
  %".1725" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1724", ptr %".1725", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1733" = trunc i64 %"cursor.26" to i32
  %".1734" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1733", [40 x i8]* %"header_copy", i32 4)
  %".1735" = icmp eq i64 %".1734", 0
  %".1736" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1737" = load i32, ptr %".1736", align 4
  %".1738" = zext i32 %".1737" to i64
  %"data.94" = inttoptr i64 %".1738" to ptr
  %".1739" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1740" = load i32, ptr %".1739", align 4
  %".1741" = zext i32 %".1740" to i64
  %"data_end.94" = inttoptr i64 %".1741" to ptr
  %".1742" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.94" = load ptr, ptr %".1742", align 8
  %".1743" = xor i1 %".1735", -1
  br i1 %".1743", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1745" = trunc i64 %"cursor.26" to i16
  %".1746" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1745", ptr %".1746", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1761" = trunc i64 %"cursor.27" to i32
  %".1762" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1761", [40 x i8]* %"header_copy", i32 4)
  %".1763" = icmp eq i64 %".1762", 0
  %".1764" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1765" = load i32, ptr %".1764", align 4
  %".1766" = zext i32 %".1765" to i64
  %"data.96" = inttoptr i64 %".1766" to ptr
  %".1767" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1768" = load i32, ptr %".1767", align 4
  %".1769" = zext i32 %".1768" to i64
  %"data_end.96" = inttoptr i64 %".1769" to ptr
  %".1770" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.96" = load ptr, ptr %".1770", align 8
  %".1771" = xor i1 %".1763", -1
  br i1 %".1771", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1773" = trunc i64 %"cursor.27" to i16
  %".1774" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1773", ptr %".1774", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1777" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1778" = load volatile i16, [40 x i8]* %".1777", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1789" = trunc i64 %".1782" to i16
  %".1790" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1789", ptr %".1790", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1795" = trunc i64 %".1782" to i16
  %".1796" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1795", ptr %".1796", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1799" = trunc i64 %".1782" to i16
  %".1800" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1799", ptr %".1800", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_mpls:
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_mpls.1:
  br label %"mpls_mpls_labels1"
vlan_d0_vlan_tags2.to_pppoe:
  br label %"pppoe_d0"
vlan_d0_vlan_tags2.to_arp:
  br label %"arp"
vlan_d0_vlan_tags2.to_arp.1:
  br label %"arp"
vlan_d0_vlan_tags2.to_ptp:
  br label %"ptp"
vlan_d0_vlan_tags2.to_cfm:
  br label %"cfm"
vlan_d0_vlan_tags2.to_tipc:
  br label %"tipc"
vlan_d0_vlan_tags2.to_fcoe:
  br label %"fcoe"
vlan_d0_vlan_tags2.to_hsr:
  %".1812" = trunc i64 %".1782" to i16
  %".1813" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1812", ptr %".1813", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".1816" = trunc i64 %".1782" to i16
  %".1817" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1816", ptr %".1817", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1827" = trunc i64 %"cursor.28" to i32
  %".1828" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1827", [40 x i8]* %"header_copy", i32 6)
  %".1829" = icmp eq i64 %".1828", 0
  %".1830" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1831" = load i32, ptr %".1830", align 4
  %".1832" = zext i32 %".1831" to i64
  %"data.98" = inttoptr i64 %".1832" to ptr
  %".1833" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1834" = load i32, ptr %".1833", align 4
  %".1835" = zext i32 %".1834" to i64
  %"data_end.98" = inttoptr i64 %".1835" to ptr
  %".1836" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.98" = load ptr, ptr %".1836", align 8
  %".1837" = xor i1 %".1829", -1
  br i1 %".1837", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".1839" = trunc i64 %"cursor.28" to i16
  %".1840" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1839", ptr %".1840", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".1843" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1844" = load volatile i16, [40 x i8]* %".1843", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".1855" = trunc i64 %".1848" to i16
  %".1856" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1855", ptr %".1856", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".1861" = trunc i64 %".1848" to i16
  %".1862" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1861", ptr %".1862", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".1865" = trunc i64 %".1848" to i16
  %".1866" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1865", ptr %".1866", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_mpls:
  br label %"mpls_mpls_labels1"
hsr_d0_vlan_tags2.to_mpls.1:
  br label %"mpls_mpls_labels1"
hsr_d0_vlan_tags2.to_pppoe:
  br label %"pppoe_d0"
hsr_d0_vlan_tags2.to_arp:
  br label %"arp"
hsr_d0_vlan_tags2.to_arp.1:
  br label %"arp"
hsr_d0_vlan_tags2.to_ptp:
  br label %"ptp"
hsr_d0_vlan_tags2.to_cfm:
  br label %"cfm"
hsr_d0_vlan_tags2.to_tipc:
  br label %"tipc"
hsr_d0_vlan_tags2.to_fcoe:
  br label %"fcoe"
hsr_d0_vlan_tags2.to_hsr:
  %".1878" = trunc i64 %".1848" to i16
  %".1879" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1878", ptr %".1879", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".1882" = trunc i64 %".1848" to i16
  %".1883" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1882", ptr %".1883", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d1_vlan_tags1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1898" = trunc i64 %"cursor.30" to i32
  %".1899" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".1898", [40 x i8]* %"header_copy", i32 4)
  %".1900" = icmp eq i64 %".1899", 0
  %".1901" = getelementptr i8, ptr %"ctx.29", i64 76
  %".1902" = load i32, ptr %".1901", align 4
  %".1903" = zext i32 %".1902" to i64
  %"data.100" = inttoptr i64 %".1903" to ptr
  %".1904" = getelementptr i8, ptr %"ctx.29", i64 80
  %".1905" = load i32, ptr %".1904", align 4
  %".1906" = zext i32 %".1905" to i64
  %"data_end.100" = inttoptr i64 %".1906" to ptr
  %".1907" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.100" = load ptr, ptr %".1907", align 8
  %".1908" = xor i1 %".1900", -1
  br i1 %".1908", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".1910" = trunc i64 %"cursor.30" to i16
  %".1911" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".1910", ptr %".1911", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".1914" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1915" = load volatile i16, [40 x i8]* %".1914", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".1926" = trunc i64 %".1919" to i16
  %".1927" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1926", ptr %".1927", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.to_vlan:
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_vlan.1:
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_mpls:
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_mpls.1:
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags1.to_pppoe:
  br label %"pppoe_d1"
vlan_d1_vlan_tags1.to_arp:
  br label %"arp"
vlan_d1_vlan_tags1.to_arp.1:
  br label %"arp"
vlan_d1_vlan_tags1.to_ptp:
  br label %"ptp"
vlan_d1_vlan_tags1.to_cfm:
  br label %"cfm"
vlan_d1_vlan_tags1.to_tipc:
  br label %"tipc"
vlan_d1_vlan_tags1.to_fcoe:
  br label %"fcoe"
vlan_d1_vlan_tags1.to_hsr:
  br label %"hsr_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_hsr.1:
  br label %"hsr_d1_vlan_tags2"
vlan_d1_vlan_tags1.to_batadv:
  br label %"batadv_d1"
vlan_d1_vlan_tags2:
  %"cursor.41" = phi  i64 [%".1919", %"vlan_d1_vlan_tags1.to_vlan"], [%".1919", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2058", %"hsr_d1_vlan_tags1.to_vlan"], [%".2058", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".4338", %"widening.test.15"]
  %"data.102" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.179", %"widening.test.15"]
  %"data_end.102" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.179", %"widening.test.15"]
  %"keys.102" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.15"]
  %"hdr.35" = getelementptr i8, ptr %"data.102", i64 %"cursor.41"
  %".2960" = getelementptr i8, ptr %"hdr.35", i64 4
  %".2961" = icmp ugt ptr %".2960", %"data_end.102"
  br i1 %".2961", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".2963" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2964" = load i16, ptr %".2963", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".2964", %"vlan_d1_vlan_tags2.linear"], [%".2983", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.102", %"vlan_d1_vlan_tags2.linear"], [%"data.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.102", %"vlan_d1_vlan_tags2.linear"], [%"data_end.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.102", %"vlan_d1_vlan_tags2.linear"], [%"keys.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".2985" = getelementptr i8, ptr %"keys.134", i64 10
  store i16 %"w2_2.8", ptr %".2985", align 2
  %".2987" = add i64 %"cursor.41", 4
  %".2988" = trunc i64 %".2987" to i16
  %".2989" = getelementptr i8, ptr %"keys.134", i64 0
  store i16 %".2988", ptr %".2989", align 2
  %".2991" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2992" = zext i16 %".2991" to i64
  switch i16 %"w2_2.8", label %"vlan_d1_vlan_tags2.unknown" [i16 8, label %"vlan_d1_vlan_tags2.to_ipv4" i16 56710, label %"vlan_d1_vlan_tags2.to_ipv6" i16 129, label %"vlan_d1_vlan_tags2.to_vlan" i16 43144, label %"vlan_d1_vlan_tags2.to_vlan.1" i16 18312, label %"vlan_d1_vlan_tags2.to_mpls" i16 18568, label %"vlan_d1_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags2.to_arp" i16 13696, label %"vlan_d1_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags2.to_ptp" i16 649, label %"vlan_d1_vlan_tags2.to_cfm" i16 51848, label %"vlan_d1_vlan_tags2.to_tipc" i16 1673, label %"vlan_d1_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags2.to_hsr" i16 64392, label %"vlan_d1_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.42" = phi  i64 [%".1919", %"vlan_d1_vlan_tags1.to_hsr"], [%".1919", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2058", %"hsr_d1_vlan_tags1.to_hsr"], [%".2058", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".4327", %"widening.test.14"]
  %"data.103" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.178", %"widening.test.14"]
  %"data_end.103" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.178", %"widening.test.14"]
  %"keys.103" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.14"]
  %"hdr.36" = getelementptr i8, ptr %"data.103", i64 %"cursor.42"
  %".3026" = getelementptr i8, ptr %"hdr.36", i64 6
  %".3027" = icmp ugt ptr %".3026", %"data_end.103"
  br i1 %".3027", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3029" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3030" = load i16, ptr %".3029", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3030", %"hsr_d1_vlan_tags2.linear"], [%".3049", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.136" = phi  ptr [%"data.103", %"hsr_d1_vlan_tags2.linear"], [%"data.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.103", %"hsr_d1_vlan_tags2.linear"], [%"data_end.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.103", %"hsr_d1_vlan_tags2.linear"], [%"keys.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3051" = getelementptr i8, ptr %"keys.136", i64 10
  store i16 %"w4_2.3", ptr %".3051", align 2
  %".3053" = add i64 %"cursor.42", 6
  %".3054" = trunc i64 %".3053" to i16
  %".3055" = getelementptr i8, ptr %"keys.136", i64 0
  store i16 %".3054", ptr %".3055", align 2
  %".3057" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3058" = zext i16 %".3057" to i64
  switch i16 %"w4_2.3", label %"hsr_d1_vlan_tags2.unknown" [i16 8, label %"hsr_d1_vlan_tags2.to_ipv4" i16 56710, label %"hsr_d1_vlan_tags2.to_ipv6" i16 129, label %"hsr_d1_vlan_tags2.to_vlan" i16 43144, label %"hsr_d1_vlan_tags2.to_vlan.1" i16 18312, label %"hsr_d1_vlan_tags2.to_mpls" i16 18568, label %"hsr_d1_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags2.to_arp" i16 13696, label %"hsr_d1_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags2.to_ptp" i16 649, label %"hsr_d1_vlan_tags2.to_cfm" i16 51848, label %"hsr_d1_vlan_tags2.to_tipc" i16 1673, label %"hsr_d1_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags2.to_hsr" i16 64392, label %"hsr_d1_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
pppoe_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1956" = trunc i64 %"cursor.31" to i32
  %".1957" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".1956", [40 x i8]* %"header_copy", i32 8)
  %".1958" = icmp eq i64 %".1957", 0
  %".1959" = getelementptr i8, ptr %"ctx.30", i64 76
  %".1960" = load i32, ptr %".1959", align 4
  %".1961" = zext i32 %".1960" to i64
  %"data.104" = inttoptr i64 %".1961" to ptr
  %".1962" = getelementptr i8, ptr %"ctx.30", i64 80
  %".1963" = load i32, ptr %".1962", align 4
  %".1964" = zext i32 %".1963" to i64
  %"data_end.104" = inttoptr i64 %".1964" to ptr
  %".1965" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.104" = load ptr, ptr %".1965", align 8
  %".1966" = xor i1 %".1958", -1
  br i1 %".1966", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".1968" = trunc i64 %"cursor.31" to i16
  %".1969" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".1968", ptr %".1969", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".1972" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1973" = load volatile i8, [40 x i8]* %".1972", align 1
  %".1974" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1975" = load volatile i8, [40 x i8]* %".1974", align 1
  %".1976" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1977" = load volatile i16, [40 x i8]* %".1976", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".1992" = trunc i64 %"cursor.31" to i16
  %".1993" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1992", ptr %".1993", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".1996" = add i64 %"cursor.31", 8
  %".1997" = trunc i64 %".1996" to i16
  %".1998" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".1997", ptr %".1998", align 2
  %".2000" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2001" = zext i16 %".2000" to i64
  switch i16 %"w6_2.3", label %"pppoe_d1.unknown" [i16 8448, label %"pppoe_d1.to_ipv4" i16 22272, label %"pppoe_d1.to_ipv6" i16 33026, label %"pppoe_d1.to_mpls" i16 33538, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.to_ipv4:
  %".2010" = trunc i64 2048 to i16
  %".2011" = call i16 @"llvm.bswap.i16"(i16 %".2010")
  %".2012" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2011", ptr %".2012", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2003" = and i64 %".2001", 257
  %".2004" = icmp eq i64 %".2003", 1
  br i1 %".2004", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv6:
  %".2015" = trunc i64 34525 to i16
  %".2016" = call i16 @"llvm.bswap.i16"(i16 %".2015")
  %".2017" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2016", ptr %".2017", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2020" = trunc i64 34887 to i16
  %".2021" = call i16 @"llvm.bswap.i16"(i16 %".2020")
  %".2022" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2021", ptr %".2022", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2025" = trunc i64 34888 to i16
  %".2026" = call i16 @"llvm.bswap.i16"(i16 %".2025")
  %".2027" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2026", ptr %".2027", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2006" = trunc i64 %".1996" to i16
  %".2007" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2006", ptr %".2007", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2037" = trunc i64 %"cursor.32" to i32
  %".2038" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2037", [40 x i8]* %"header_copy", i32 6)
  %".2039" = icmp eq i64 %".2038", 0
  %".2040" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2041" = load i32, ptr %".2040", align 4
  %".2042" = zext i32 %".2041" to i64
  %"data.106" = inttoptr i64 %".2042" to ptr
  %".2043" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2044" = load i32, ptr %".2043", align 4
  %".2045" = zext i32 %".2044" to i64
  %"data_end.106" = inttoptr i64 %".2045" to ptr
  %".2046" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.106" = load ptr, ptr %".2046", align 8
  %".2047" = xor i1 %".2039", -1
  br i1 %".2047", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2049" = trunc i64 %"cursor.32" to i16
  %".2050" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2049", ptr %".2050", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2053" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2054" = load volatile i16, [40 x i8]* %".2053", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2065" = trunc i64 %".2058" to i16
  %".2066" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2065", ptr %".2066", align 2
  br label %"return"
hsr_d1_vlan_tags1.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags1.to_vlan:
  br label %"vlan_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_vlan.1:
  br label %"vlan_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_mpls:
  br label %"mpls_mpls_labels1"
hsr_d1_vlan_tags1.to_mpls.1:
  br label %"mpls_mpls_labels1"
hsr_d1_vlan_tags1.to_pppoe:
  br label %"pppoe_d1"
hsr_d1_vlan_tags1.to_arp:
  br label %"arp"
hsr_d1_vlan_tags1.to_arp.1:
  br label %"arp"
hsr_d1_vlan_tags1.to_ptp:
  br label %"ptp"
hsr_d1_vlan_tags1.to_cfm:
  br label %"cfm"
hsr_d1_vlan_tags1.to_tipc:
  br label %"tipc"
hsr_d1_vlan_tags1.to_fcoe:
  br label %"fcoe"
hsr_d1_vlan_tags1.to_hsr:
  br label %"hsr_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_hsr.1:
  br label %"hsr_d1_vlan_tags2"
hsr_d1_vlan_tags1.to_batadv:
  br label %"batadv_d1"
batadv_d1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2095" = trunc i64 %"cursor.33" to i32
  %".2096" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2095", [40 x i8]* %"header_copy", i32 24)
  %".2097" = icmp eq i64 %".2096", 0
  %".2098" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2099" = load i32, ptr %".2098", align 4
  %".2100" = zext i32 %".2099" to i64
  %"data.108" = inttoptr i64 %".2100" to ptr
  %".2101" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2102" = load i32, ptr %".2101", align 4
  %".2103" = zext i32 %".2102" to i64
  %"data_end.108" = inttoptr i64 %".2103" to ptr
  %".2104" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.108" = load ptr, ptr %".2104", align 8
  %".2105" = xor i1 %".2097", -1
  br i1 %".2105", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2107" = trunc i64 %"cursor.33" to i16
  %".2108" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2107", ptr %".2108", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2111" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2112" = load volatile i8, [40 x i8]* %".2111", align 1
  %".2113" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2114" = load volatile i8, [40 x i8]* %".2113", align 1
  %".2115" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2116" = load volatile i16, [40 x i8]* %".2115", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2125" = trunc i64 %"cursor.33" to i16
  %".2126" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2125", ptr %".2126", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2129" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %"w22_2.1", ptr %".2129", align 2
  %".2131" = add i64 %"cursor.33", 24
  %".2132" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2133" = zext i16 %".2132" to i64
  switch i16 %"w22_2.1", label %"batadv_d1.unknown" [i16 8, label %"batadv_d1.to_ipv4" i16 56710, label %"batadv_d1.to_ipv6" i16 129, label %"batadv_d1.to_vlan" i16 43144, label %"batadv_d1.to_vlan.1" i16 18312, label %"batadv_d1.to_mpls" i16 18568, label %"batadv_d1.to_mpls.1" i16 25736, label %"batadv_d1.to_pppoe" i16 1544, label %"batadv_d1.to_arp" i16 13696, label %"batadv_d1.to_arp.1" i16 63368, label %"batadv_d1.to_ptp" i16 649, label %"batadv_d1.to_cfm" i16 51848, label %"batadv_d1.to_tipc" i16 1673, label %"batadv_d1.to_fcoe" i16 12169, label %"batadv_d1.to_hsr" i16 64392, label %"batadv_d1.to_hsr.1" i16 1347, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.to_ipv4:
  %".2139" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2139", align 1
  %".2141" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.33" = load volatile i32, ptr %".2141", align 4
  %".2142" = and i32 %"flags.33", 4
  %".2143" = icmp ne i32 %".2142", 0
  br i1 %".2143", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.unknown:
  %".2135" = trunc i64 %".2131" to i16
  %".2136" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2135", ptr %".2136", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2153" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2153", align 1
  %".2155" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.34" = load volatile i32, ptr %".2155", align 4
  %".2156" = and i32 %"flags.34", 4
  %".2157" = icmp ne i32 %".2156", 0
  br i1 %".2157", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2167" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2167", align 1
  %".2169" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.35" = load volatile i32, ptr %".2169", align 4
  %".2170" = and i32 %"flags.35", 4
  %".2171" = icmp ne i32 %".2170", 0
  br i1 %".2171", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2181" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2181", align 1
  %".2183" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.36" = load volatile i32, ptr %".2183", align 4
  %".2184" = and i32 %"flags.36", 4
  %".2185" = icmp ne i32 %".2184", 0
  br i1 %".2185", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2195" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2195", align 1
  %".2197" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.37" = load volatile i32, ptr %".2197", align 4
  %".2198" = and i32 %"flags.37", 4
  %".2199" = icmp ne i32 %".2198", 0
  br i1 %".2199", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2209" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2209", align 1
  %".2211" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.38" = load volatile i32, ptr %".2211", align 4
  %".2212" = and i32 %"flags.38", 4
  %".2213" = icmp ne i32 %".2212", 0
  br i1 %".2213", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2223" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2223", align 1
  %".2225" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.39" = load volatile i32, ptr %".2225", align 4
  %".2226" = and i32 %"flags.39", 4
  %".2227" = icmp ne i32 %".2226", 0
  br i1 %".2227", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2237" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2237", align 1
  %".2239" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.40" = load volatile i32, ptr %".2239", align 4
  %".2240" = and i32 %"flags.40", 4
  %".2241" = icmp ne i32 %".2240", 0
  br i1 %".2241", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2251" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2251", align 1
  %".2253" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.41" = load volatile i32, ptr %".2253", align 4
  %".2254" = and i32 %"flags.41", 4
  %".2255" = icmp ne i32 %".2254", 0
  br i1 %".2255", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2265" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2265", align 1
  %".2267" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.42" = load volatile i32, ptr %".2267", align 4
  %".2268" = and i32 %"flags.42", 4
  %".2269" = icmp ne i32 %".2268", 0
  br i1 %".2269", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2279" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2279", align 1
  %".2281" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.43" = load volatile i32, ptr %".2281", align 4
  %".2282" = and i32 %"flags.43", 4
  %".2283" = icmp ne i32 %".2282", 0
  br i1 %".2283", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2293" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2293", align 1
  %".2295" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.44" = load volatile i32, ptr %".2295", align 4
  %".2296" = and i32 %"flags.44", 4
  %".2297" = icmp ne i32 %".2296", 0
  br i1 %".2297", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2307" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2307", align 1
  %".2309" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.45" = load volatile i32, ptr %".2309", align 4
  %".2310" = and i32 %"flags.45", 4
  %".2311" = icmp ne i32 %".2310", 0
  br i1 %".2311", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2321" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2321", align 1
  %".2323" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.46" = load volatile i32, ptr %".2323", align 4
  %".2324" = and i32 %"flags.46", 4
  %".2325" = icmp ne i32 %".2324", 0
  br i1 %".2325", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2335" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2335", align 1
  %".2337" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.47" = load volatile i32, ptr %".2337", align 4
  %".2338" = and i32 %"flags.47", 4
  %".2339" = icmp ne i32 %".2338", 0
  br i1 %".2339", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2349" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2349", align 1
  %".2351" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.48" = load volatile i32, ptr %".2351", align 4
  %".2352" = and i32 %"flags.48", 4
  %".2353" = icmp ne i32 %".2352", 0
  br i1 %".2353", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2145" = trunc i64 %".2131" to i16
  %".2146" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2145", ptr %".2146", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2149" = trunc i64 %".2131" to i16
  %".2150" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2149", ptr %".2150", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2159" = trunc i64 %".2131" to i16
  %".2160" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2159", ptr %".2160", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2163" = trunc i64 %".2131" to i16
  %".2164" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2163", ptr %".2164", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2173" = trunc i64 %".2131" to i16
  %".2174" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2173", ptr %".2174", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2177" = trunc i64 %".2131" to i16
  %".2178" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2177", ptr %".2178", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2187" = trunc i64 %".2131" to i16
  %".2188" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2187", ptr %".2188", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2191" = trunc i64 %".2131" to i16
  %".2192" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2191", ptr %".2192", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2201" = trunc i64 %".2131" to i16
  %".2202" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2201", ptr %".2202", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2205" = trunc i64 %".2131" to i16
  %".2206" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2205", ptr %".2206", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2215" = trunc i64 %".2131" to i16
  %".2216" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2215", ptr %".2216", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2219" = trunc i64 %".2131" to i16
  %".2220" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2219", ptr %".2220", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2229" = trunc i64 %".2131" to i16
  %".2230" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2229", ptr %".2230", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2233" = trunc i64 %".2131" to i16
  %".2234" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2233", ptr %".2234", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2243" = trunc i64 %".2131" to i16
  %".2244" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2243", ptr %".2244", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2247" = trunc i64 %".2131" to i16
  %".2248" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2247", ptr %".2248", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2257" = trunc i64 %".2131" to i16
  %".2258" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2257", ptr %".2258", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2261" = trunc i64 %".2131" to i16
  %".2262" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2261", ptr %".2262", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2271" = trunc i64 %".2131" to i16
  %".2272" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2271", ptr %".2272", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2275" = trunc i64 %".2131" to i16
  %".2276" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2275", ptr %".2276", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2285" = trunc i64 %".2131" to i16
  %".2286" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2285", ptr %".2286", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2289" = trunc i64 %".2131" to i16
  %".2290" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2289", ptr %".2290", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2299" = trunc i64 %".2131" to i16
  %".2300" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2299", ptr %".2300", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2303" = trunc i64 %".2131" to i16
  %".2304" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2303", ptr %".2304", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2313" = trunc i64 %".2131" to i16
  %".2314" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2313", ptr %".2314", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2317" = trunc i64 %".2131" to i16
  %".2318" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2317", ptr %".2318", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2327" = trunc i64 %".2131" to i16
  %".2328" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2327", ptr %".2328", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2331" = trunc i64 %".2131" to i16
  %".2332" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2331", ptr %".2332", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2341" = trunc i64 %".2131" to i16
  %".2342" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2341", ptr %".2342", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2345" = trunc i64 %".2131" to i16
  %".2346" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2345", ptr %".2346", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2355" = trunc i64 %".2131" to i16
  %".2356" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2355", ptr %".2356", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2359" = trunc i64 %".2131" to i16
  %".2360" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2359", ptr %".2360", align 2
  br label %"return"
gre_d0.variable:
  %".2369" = zext i8 %"w0_1.3" to i64
  %".2370" = lshr i64 %".2369", 7
  %".2371" = and i64 %".2370", 1
  %".2372" = zext i8 %"w0_1.3" to i64
  %".2373" = lshr i64 %".2372", 5
  %".2374" = and i64 %".2373", 1
  %".2375" = add i64 %".2371", %".2374"
  %".2376" = zext i8 %"w0_1.3" to i64
  %".2377" = lshr i64 %".2376", 4
  %".2378" = and i64 %".2377", 1
  %".2379" = add i64 %".2375", %".2378"
  %".2380" = mul i64 %".2379", 4
  %".2381" = add i64 %".2380", 4
  %".2382" = getelementptr i8, ptr %"data.68", i64 %"cursor.34"
  %".2383" = getelementptr i8, ptr %".2382", i64 %".2381"
  %".2384" = icmp ugt ptr %".2383", %"data_end.68"
  br i1 %".2384", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.111" = phi  ptr [%"data.68", %"gre_d0.variable"], [%"data.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.68", %"gre_d0.variable"], [%"data_end.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.68", %"gre_d0.variable"], [%"keys.110", %"gre_d0.copy_last_byte_failed.endif"]
  %".2405" = add i64 %"cursor.34", %".2381"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".2386" = add i64 %"cursor.34", %".2381"
  %".2387" = sub i64 %".2386", 1
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2388" = trunc i64 %".2387" to i32
  %".2389" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2388", i64* %"last_byte", i32 1)
  %".2390" = icmp eq i64 %".2389", 0
  %".2391" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2392" = load i32, ptr %".2391", align 4
  %".2393" = zext i32 %".2392" to i64
  %"data.110" = inttoptr i64 %".2393" to ptr
  %".2394" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2395" = load i32, ptr %".2394", align 4
  %".2396" = zext i32 %".2395" to i64
  %"data_end.110" = inttoptr i64 %".2396" to ptr
  %".2397" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.110" = load ptr, ptr %".2397", align 8
  %".2398" = xor i1 %".2390", -1
  br i1 %".2398", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2400" = trunc i64 %"cursor.34" to i16
  %".2401" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2400", ptr %".2401", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2413" = trunc i64 %"end.2" to i16
  %".2414" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2413", ptr %".2414", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2417" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".2418" = zext i16 %".2417" to i64
  switch i16 %"w2_2.1", label %"gre_d0.unknown" [i16 8, label %"gre_d0.to_ipv4" i16 56710, label %"gre_d0.to_ipv6" i16 129, label %"gre_d0.to_vlan" i16 43144, label %"gre_d0.to_vlan.1" i16 18312, label %"gre_d0.to_mpls" i16 18568, label %"gre_d0.to_mpls.1" i16 25736, label %"gre_d0.to_pppoe" i16 1544, label %"gre_d0.to_arp" i16 13696, label %"gre_d0.to_arp.1" i16 63368, label %"gre_d0.to_ptp" i16 649, label %"gre_d0.to_cfm" i16 51848, label %"gre_d0.to_tipc" i16 1673, label %"gre_d0.to_fcoe" i16 12169, label %"gre_d0.to_hsr" i16 64392, label %"gre_d0.to_hsr.1" i16 1347, label %"gre_d0.to_batadv" i16 22629, label %"gre_d0.to_ethernet"]  , !prof !4
gre_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.unknown:
  %".2420" = trunc i64 %"end.2" to i16
  %".2421" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2420", ptr %".2421", align 2
  br label %"return"
gre_d0.to_ipv6:
  br label %"ipv6_d1"
gre_d0.to_vlan:
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_vlan.1:
  br label %"vlan_d1_vlan_tags1"
gre_d0.to_mpls:
  br label %"mpls_mpls_labels1"
gre_d0.to_mpls.1:
  br label %"mpls_mpls_labels1"
gre_d0.to_pppoe:
  br label %"pppoe_d1"
gre_d0.to_arp:
  br label %"arp"
gre_d0.to_arp.1:
  br label %"arp"
gre_d0.to_ptp:
  br label %"ptp"
gre_d0.to_cfm:
  br label %"cfm"
gre_d0.to_tipc:
  br label %"tipc"
gre_d0.to_fcoe:
  br label %"fcoe"
gre_d0.to_hsr:
  br label %"hsr_d1_vlan_tags1"
gre_d0.to_hsr.1:
  br label %"hsr_d1_vlan_tags1"
gre_d0.to_batadv:
  br label %"batadv_d1"
gre_d0.to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.43" = phi  i64 [%"end.2", %"gre_d0.to_ethernet"], [%".4294", %"widening.test.11"]
  %"data.113" = phi  ptr [%"data.112", %"gre_d0.to_ethernet"], [%"data.175", %"widening.test.11"]
  %"data_end.113" = phi  ptr [%"data_end.112", %"gre_d0.to_ethernet"], [%"data_end.175", %"widening.test.11"]
  %"keys.113" = phi  ptr [%"keys.112", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.11"]
  %"hdr.37" = getelementptr i8, ptr %"data.113", i64 %"cursor.43"
  %".3092" = getelementptr i8, ptr %"hdr.37", i64 14
  %".3093" = icmp ugt ptr %".3092", %"data_end.113"
  br i1 %".3093", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3095" = getelementptr i8, ptr %"hdr.37", i64 12
  %".3096" = load i16, ptr %".3095", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3096", %"ethernet_d1.linear"], [%".3115", %"ethernet_d1.copy_failed.endif"]
  %"data.138" = phi  ptr [%"data.113", %"ethernet_d1.linear"], [%"data.137", %"ethernet_d1.copy_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.113", %"ethernet_d1.linear"], [%"data_end.137", %"ethernet_d1.copy_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.113", %"ethernet_d1.linear"], [%"keys.137", %"ethernet_d1.copy_failed.endif"]
  %".3117" = getelementptr i8, ptr %"keys.138", i64 10
  store i16 %"w12_2", ptr %".3117", align 2
  %".3119" = add i64 %"cursor.43", 14
  %".3120" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3121" = zext i16 %".3120" to i64
  switch i16 %"w12_2", label %"ethernet_d1.unknown" [i16 8, label %"ethernet_d1.to_ipv4" i16 56710, label %"ethernet_d1.to_ipv6" i16 129, label %"ethernet_d1.to_vlan" i16 43144, label %"ethernet_d1.to_vlan.1" i16 18312, label %"ethernet_d1.to_mpls" i16 18568, label %"ethernet_d1.to_mpls.1" i16 25736, label %"ethernet_d1.to_pppoe" i16 1544, label %"ethernet_d1.to_arp" i16 13696, label %"ethernet_d1.to_arp.1" i16 63368, label %"ethernet_d1.to_ptp" i16 649, label %"ethernet_d1.to_cfm" i16 51848, label %"ethernet_d1.to_tipc" i16 1673, label %"ethernet_d1.to_fcoe" i16 12169, label %"ethernet_d1.to_hsr" i16 64392, label %"ethernet_d1.to_hsr.1" i16 1347, label %"ethernet_d1.to_batadv"]  , !prof !1
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
pptp_d0.stop_before:
  %".2450" = trunc i64 %"cursor.35" to i16
  %".2451" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".2450", ptr %".2451", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".2476" = add i64 %"cursor.35", %".2471"
  %".2477" = sub i64 %".2476", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2478" = trunc i64 %".2477" to i32
  %".2479" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2478", i64* %"last_byte", i32 1)
  %".2480" = icmp eq i64 %".2479", 0
  %".2481" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2482" = load i32, ptr %".2481", align 4
  %".2483" = zext i32 %".2482" to i64
  %"data.114" = inttoptr i64 %".2483" to ptr
  %".2484" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2485" = load i32, ptr %".2484", align 4
  %".2486" = zext i32 %".2485" to i64
  %"data_end.114" = inttoptr i64 %".2486" to ptr
  %".2487" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.114" = load ptr, ptr %".2487", align 8
  %".2488" = xor i1 %".2480", -1
  br i1 %".2488", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2490" = trunc i64 %"cursor.35" to i16
  %".2491" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2490", ptr %".2491", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2500" = trunc i64 %"end.3" to i16
  %".2501" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2500", ptr %".2501", align 2
  br label %"return"
gre_version_d1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2515" = trunc i64 %"cursor.36" to i32
  %".2516" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2515", [40 x i8]* %"header_copy", i32 4)
  %".2517" = icmp eq i64 %".2516", 0
  %".2518" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2519" = load i32, ptr %".2518", align 4
  %".2520" = zext i32 %".2519" to i64
  %"data.117" = inttoptr i64 %".2520" to ptr
  %".2521" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2522" = load i32, ptr %".2521", align 4
  %".2523" = zext i32 %".2522" to i64
  %"data_end.117" = inttoptr i64 %".2523" to ptr
  %".2524" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.117" = load ptr, ptr %".2524", align 8
  %".2525" = xor i1 %".2517", -1
  br i1 %".2525", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2527" = trunc i64 %"cursor.36" to i16
  %".2528" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2527", ptr %".2528", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2531" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2532" = load volatile i8, [40 x i8]* %".2531", align 1
  %".2533" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2534" = load volatile i8, [40 x i8]* %".2533", align 1
  %".2535" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2536" = load volatile i16, [40 x i8]* %".2535", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2547" = trunc i64 %"cursor.36" to i16
  %".2548" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2547", ptr %".2548", align 2
  br label %"return"
gre_version_d1.unknown:
  %".2556" = trunc i64 %"cursor.36" to i16
  %".2557" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2556", ptr %".2557", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
pptp_d1:
  %"cursor.46" = phi  i64 [%"cursor.36", %"gre_version_d1.to_pptp"]
  %"data.120" = phi  ptr [%"data.118", %"gre_version_d1.to_pptp"]
  %"data_end.120" = phi  ptr [%"data_end.118", %"gre_version_d1.to_pptp"]
  %"keys.120" = phi  ptr [%"keys.118", %"gre_version_d1.to_pptp"]
  %".3353" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3354" = zext i16 %".3353" to i64
  %".3355" = icmp ne i64 %".3354", 34827
  %".3356" = zext i8 %"w0_1.9" to i64
  %".3357" = lshr i64 %".3356", 5
  %".3358" = and i64 %".3357", 1
  %".3359" = icmp eq i64 %".3358", 0
  %".3360" = or i1 %".3355", %".3359"
  br i1 %".3360", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".3366" = add i64 %"cursor.46", 4
  %".3367" = zext i8 %"w0_1.9" to i64
  %".3368" = lshr i64 %".3367", 7
  %".3369" = and i64 %".3368", 1
  %".3370" = zext i8 %"w0_1.9" to i64
  %".3371" = lshr i64 %".3370", 5
  %".3372" = and i64 %".3371", 1
  %".3373" = add i64 %".3369", %".3372"
  %".3374" = zext i8 %"w0_1.9" to i64
  %".3375" = lshr i64 %".3374", 4
  %".3376" = and i64 %".3375", 1
  %".3377" = add i64 %".3373", %".3376"
  %".3378" = zext i8 %"w1_1.6" to i64
  %".3379" = lshr i64 %".3378", 7
  %".3380" = and i64 %".3379", 1
  %".3381" = add i64 %".3377", %".3380"
  %".3382" = mul i64 %".3381", 4
  %".3383" = add i64 %".3382", 4
  %".3384" = getelementptr i8, ptr %"data.120", i64 %"cursor.46"
  %".3385" = getelementptr i8, ptr %".3384", i64 %".3383"
  %".3386" = icmp ugt ptr %".3385", %"data_end.120"
  br i1 %".3386", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.146" = phi  ptr [%"data.120", %"pptp_d1.stop_before.endif"], [%"data.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.120", %"pptp_d1.stop_before.endif"], [%"data_end.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.120", %"pptp_d1.stop_before.endif"], [%"keys.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %".3407" = add i64 %"cursor.46", %".3383"
  %".3408" = add i64 %"cursor.46", 8
  %".3409" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3408")
  %".3410" = icmp eq i64 %".3382", 4
  %"end.5" = select  i1 %".3410", i64 %".3409", i64 %".3407"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.52" = phi  i64 [%"end.5", %"pptp_d1.to_ppp"]
  %"data.147" = phi  ptr [%"data.146", %"pptp_d1.to_ppp"]
  %"data_end.147" = phi  ptr [%"data_end.146", %"pptp_d1.to_ppp"]
  %"keys.147" = phi  ptr [%"keys.146", %"pptp_d1.to_ppp"]
  %"hdr.43" = getelementptr i8, ptr %"data.147", i64 %"cursor.52"
  %".3844" = getelementptr i8, ptr %"hdr.43", i64 4
  %".3845" = icmp ugt ptr %".3844", %"data_end.147"
  br i1 %".3845", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".3847" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3848" = load i16, ptr %".3847", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.12" = phi  i16 [%".3848", %"ppp_d1.linear"], [%".3867", %"ppp_d1.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.147", %"ppp_d1.linear"], [%"data.158", %"ppp_d1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.147", %"ppp_d1.linear"], [%"data_end.158", %"ppp_d1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.147", %"ppp_d1.linear"], [%"keys.158", %"ppp_d1.copy_failed.endif"]
  %".3869" = add i64 %"cursor.52", 4
  %".3870" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3871" = zext i16 %".3870" to i64
  switch i16 %"w2_2.12", label %"ppp_d1.unknown" [i16 8448, label %"ppp_d1.to_ipv4" i16 22272, label %"ppp_d1.to_ipv6"]
ppp_d1.to_ipv4:
  %".3880" = trunc i64 2048 to i16
  %".3881" = call i16 @"llvm.bswap.i16"(i16 %".3880")
  %".3882" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".3881", ptr %".3882", align 2
  %".3884" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".3884", align 1
  %".3886" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.74" = load volatile i32, ptr %".3886", align 4
  %".3887" = and i32 %"flags.74", 4
  %".3888" = icmp ne i32 %".3887", 0
  br i1 %".3888", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2570" = trunc i64 %"cursor.37" to i32
  %".2571" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2570", [40 x i8]* %"header_copy", i32 2)
  %".2572" = icmp eq i64 %".2571", 0
  %".2573" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2574" = load i32, ptr %".2573", align 4
  %".2575" = zext i32 %".2574" to i64
  %"data.121" = inttoptr i64 %".2575" to ptr
  %".2576" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2577" = load i32, ptr %".2576", align 4
  %".2578" = zext i32 %".2577" to i64
  %"data_end.121" = inttoptr i64 %".2578" to ptr
  %".2579" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.121" = load ptr, ptr %".2579", align 8
  %".2580" = xor i1 %".2572", -1
  br i1 %".2580", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2582" = trunc i64 %"cursor.37" to i16
  %".2583" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2582", ptr %".2583", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2586" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2587" = load volatile i8, [40 x i8]* %".2586", align 1
  %".2588" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2589" = load volatile i8, [40 x i8]* %".2588", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2601" = trunc i64 %".2598" to i16
  %".2602" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2601", ptr %".2602", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_udp:
  br label %"udp"
ipv6_opts_d1_ipv6_ext1.to_udplite:
  br label %"udplite"
ipv6_opts_d1_ipv6_ext1.to_gre_version:
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext1.to_sctp:
  br label %"sctp"
ipv6_opts_d1_ipv6_ext1.to_dccp:
  br label %"dccp"
ipv6_opts_d1_ipv6_ext1.to_esp:
  br label %"esp"
ipv6_opts_d1_ipv6_ext1.to_ah:
  br label %"ah"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_opts_d1_ipv6_ext1.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext1.to_mpls:
  %".2618" = trunc i64 34887 to i16
  %".2619" = call i16 @"llvm.bswap.i16"(i16 %".2618")
  %".2620" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2619", ptr %".2620", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2623" = trunc i64 2048 to i16
  %".2624" = call i16 @"llvm.bswap.i16"(i16 %".2623")
  %".2625" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2624", ptr %".2625", align 2
  %".2627" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2627", align 1
  %".2629" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.50" = load volatile i32, ptr %".2629", align 4
  %".2630" = and i32 %"flags.50", 4
  %".2631" = icmp ne i32 %".2630", 0
  br i1 %".2631", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2641" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2641", align 1
  %".2643" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.51" = load volatile i32, ptr %".2643", align 4
  %".2644" = and i32 %"flags.51", 4
  %".2645" = icmp ne i32 %".2644", 0
  br i1 %".2645", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.47" = phi  i64 [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".4448", %"widening.test.25"]
  %"data.123" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.189", %"widening.test.25"]
  %"data_end.123" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.189", %"widening.test.25"]
  %"keys.123" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.25"]
  %"hdr.39" = getelementptr i8, ptr %"data.123", i64 %"cursor.47"
  %".3417" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3418" = icmp ugt ptr %".3417", %"data_end.123"
  br i1 %".3418", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3420" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3421" = load i8, ptr %".3420", align 1
  %".3422" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3423" = load i8, ptr %".3422", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3421", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3442", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3423", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3444", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3446" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %"w0_1.14", ptr %".3446", align 1
  %".3448" = add i64 %"cursor.47", 2
  %".3449" = zext i8 %"w1_1.9" to i64
  %".3450" = mul i64 %".3449", 8
  %".3451" = add i64 %".3450", 6
  %".3452" = add i64 %".3451", 2
  %".3453" = add i64 %"cursor.47", %".3452"
  %".3454" = zext i8 %"w0_1.14" to i64
  switch i64 %".3454", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.48" = phi  i64 [%".2598", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".2686", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".4437", %"widening.test.24"]
  %"data.124" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.188", %"widening.test.24"]
  %"data_end.124" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.188", %"widening.test.24"]
  %"keys.124" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.24"]
  %"hdr.40" = getelementptr i8, ptr %"data.124", i64 %"cursor.48"
  %".3510" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3511" = icmp ugt ptr %".3510", %"data_end.124"
  br i1 %".3511", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3513" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3514" = load i8, ptr %".3513", align 1
  %".3515" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3516" = load i16, ptr %".3515", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3514", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3535", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".3516", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3537", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3539" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %"w0_1.15", ptr %".3539", align 1
  %".3541" = add i64 %"cursor.48", 8
  %".3542" = icmp ne i64 1, 0
  %".3543" = and i16 %"w2_2.10", 63743
  %".3544" = icmp eq i16 %".3543", 0
  br i1 %".3542", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".3566" = zext i8 %"w0_1.15" to i64
  switch i64 %".3566", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2633" = trunc i64 %".2598" to i16
  %".2634" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2633", ptr %".2634", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2637" = trunc i64 %".2598" to i16
  %".2638" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2637", ptr %".2638", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2647" = trunc i64 %".2598" to i16
  %".2648" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2647", ptr %".2648", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2651" = trunc i64 %".2598" to i16
  %".2652" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2651", ptr %".2652", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2663" = trunc i64 %"cursor.38" to i32
  %".2664" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2663", [40 x i8]* %"header_copy", i32 8)
  %".2665" = icmp eq i64 %".2664", 0
  %".2666" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2667" = load i32, ptr %".2666", align 4
  %".2668" = zext i32 %".2667" to i64
  %"data.125" = inttoptr i64 %".2668" to ptr
  %".2669" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2670" = load i32, ptr %".2669", align 4
  %".2671" = zext i32 %".2670" to i64
  %"data_end.125" = inttoptr i64 %".2671" to ptr
  %".2672" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.125" = load ptr, ptr %".2672", align 8
  %".2673" = xor i1 %".2665", -1
  br i1 %".2673", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2675" = trunc i64 %"cursor.38" to i16
  %".2676" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2675", ptr %".2676", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2679" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2680" = load volatile i8, [40 x i8]* %".2679", align 1
  %".2681" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2682" = load volatile i16, [40 x i8]* %".2681", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2691" = getelementptr i8, ptr %"keys.126", i64 6
  store i8 1, ptr %".2691", align 1
  br i1 %".2689", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2694" = getelementptr i8, ptr %"keys.126", i64 7
  store i8 1, ptr %".2694", align 1
  %".2696" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.52" = load volatile i32, ptr %".2696", align 4
  %".2697" = and i32 %"flags.52", 1
  %".2698" = icmp ne i32 %".2697", 0
  %".2699" = xor i1 %".2698", -1
  br i1 %".2699", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".2706" = trunc i64 %".2686" to i16
  %".2707" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2706", ptr %".2707", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".2701" = trunc i64 %".2686" to i16
  %".2702" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2701", ptr %".2702", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".2713" = trunc i64 %".2686" to i16
  %".2714" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2713", ptr %".2714", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_udp:
  br label %"udp"
ipv6_frag_d1_ipv6_ext1.to_udplite:
  br label %"udplite"
ipv6_frag_d1_ipv6_ext1.to_gre_version:
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext1.to_sctp:
  br label %"sctp"
ipv6_frag_d1_ipv6_ext1.to_dccp:
  br label %"dccp"
ipv6_frag_d1_ipv6_ext1.to_esp:
  br label %"esp"
ipv6_frag_d1_ipv6_ext1.to_ah:
  br label %"ah"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2:
  br label %"ipv6_opts_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_ipv6_frag:
  br label %"ipv6_frag_d1_ipv6_ext2"
ipv6_frag_d1_ipv6_ext1.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext1.to_mpls:
  %".2730" = trunc i64 34887 to i16
  %".2731" = call i16 @"llvm.bswap.i16"(i16 %".2730")
  %".2732" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".2731", ptr %".2732", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".2735" = trunc i64 2048 to i16
  %".2736" = call i16 @"llvm.bswap.i16"(i16 %".2735")
  %".2737" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".2736", ptr %".2737", align 2
  %".2739" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".2739", align 1
  %".2741" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.53" = load volatile i32, ptr %".2741", align 4
  %".2742" = and i32 %"flags.53", 4
  %".2743" = icmp ne i32 %".2742", 0
  br i1 %".2743", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".2753" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".2753", align 1
  %".2755" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.54" = load volatile i32, ptr %".2755", align 4
  %".2756" = and i32 %"flags.54", 4
  %".2757" = icmp ne i32 %".2756", 0
  br i1 %".2757", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".2745" = trunc i64 %".2686" to i16
  %".2746" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2745", ptr %".2746", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".2749" = trunc i64 %".2686" to i16
  %".2750" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2749", ptr %".2750", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".2759" = trunc i64 %".2686" to i16
  %".2760" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2759", ptr %".2760", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2763" = trunc i64 %".2686" to i16
  %".2764" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2763", ptr %".2764", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2775" = trunc i64 %"cursor.39" to i32
  %".2776" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2775", [40 x i8]* %"header_copy", i32 2)
  %".2777" = icmp eq i64 %".2776", 0
  %".2778" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2779" = load i32, ptr %".2778", align 4
  %".2780" = zext i32 %".2779" to i64
  %"data.127" = inttoptr i64 %".2780" to ptr
  %".2781" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2782" = load i32, ptr %".2781", align 4
  %".2783" = zext i32 %".2782" to i64
  %"data_end.127" = inttoptr i64 %".2783" to ptr
  %".2784" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.127" = load ptr, ptr %".2784", align 8
  %".2785" = xor i1 %".2777", -1
  br i1 %".2785", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".2787" = trunc i64 %"cursor.39" to i16
  %".2788" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2787", ptr %".2788", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".2791" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2792" = load volatile i8, [40 x i8]* %".2791", align 1
  %".2793" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2794" = load volatile i8, [40 x i8]* %".2793", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".2806" = trunc i64 %".2803" to i16
  %".2807" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2806", ptr %".2807", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_udp:
  br label %"udp"
ipv6_opts_d0_ipv6_ext2.to_udplite:
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2.to_gre_version:
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext2.to_sctp:
  br label %"sctp"
ipv6_opts_d0_ipv6_ext2.to_dccp:
  br label %"dccp"
ipv6_opts_d0_ipv6_ext2.to_esp:
  br label %"esp"
ipv6_opts_d0_ipv6_ext2.to_ah:
  br label %"ah"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_opts_d0_ipv6_ext2.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext2.to_mpls:
  %".2823" = trunc i64 34887 to i16
  %".2824" = call i16 @"llvm.bswap.i16"(i16 %".2823")
  %".2825" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".2824", ptr %".2825", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".2828" = trunc i64 2048 to i16
  %".2829" = call i16 @"llvm.bswap.i16"(i16 %".2828")
  %".2830" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".2829", ptr %".2830", align 2
  %".2832" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".2832", align 1
  %".2834" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.55" = load volatile i32, ptr %".2834", align 4
  %".2835" = and i32 %"flags.55", 4
  %".2836" = icmp ne i32 %".2835", 0
  br i1 %".2836", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".2843" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".2843", align 1
  %".2845" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.56" = load volatile i32, ptr %".2845", align 4
  %".2846" = and i32 %"flags.56", 4
  %".2847" = icmp ne i32 %".2846", 0
  br i1 %".2847", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.49" = phi  i64 [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4261", %"widening.test.8"]
  %"data.129" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.172", %"widening.test.8"]
  %"data_end.129" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.172", %"widening.test.8"]
  %"keys.129" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.41" = getelementptr i8, ptr %"data.129", i64 %"cursor.49"
  %".3622" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3623" = icmp ugt ptr %".3622", %"data_end.129"
  br i1 %".3623", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".3625" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3626" = load i8, ptr %".3625", align 1
  %".3627" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3628" = load i8, ptr %".3627", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.16" = phi  i8 [%".3626", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3647", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3628", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3649", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".3651" = getelementptr i8, ptr %"keys.155", i64 9
  store i8 %"w0_1.16", ptr %".3651", align 1
  %".3653" = add i64 %"cursor.49", 2
  %".3654" = zext i8 %"w1_1.10" to i64
  %".3655" = mul i64 %".3654", 8
  %".3656" = add i64 %".3655", 6
  %".3657" = add i64 %".3656", 2
  %".3658" = add i64 %"cursor.49", %".3657"
  %".3659" = zext i8 %"w0_1.16" to i64
  switch i64 %".3659", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.50" = phi  i64 [%".2803", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".2885", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".4250", %"widening.test.7"]
  %"data.130" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.171", %"widening.test.7"]
  %"data_end.130" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.171", %"widening.test.7"]
  %"keys.130" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.42" = getelementptr i8, ptr %"data.130", i64 %"cursor.50"
  %".3721" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3722" = icmp ugt ptr %".3721", %"data_end.130"
  br i1 %".3722", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".3724" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3725" = load i8, ptr %".3724", align 1
  %".3726" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3727" = load i16, ptr %".3726", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.17" = phi  i8 [%".3725", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3746", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".3727", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3748", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".3750" = getelementptr i8, ptr %"keys.157", i64 9
  store i8 %"w0_1.17", ptr %".3750", align 1
  %".3752" = add i64 %"cursor.50", 8
  %".3753" = icmp ne i64 1, 0
  %".3754" = and i16 %"w2_2.11", 63743
  %".3755" = icmp eq i16 %".3754", 0
  br i1 %".3753", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".3777" = zext i8 %"w0_1.17" to i64
  switch i64 %".3777", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".2838" = trunc i64 %".2803" to i16
  %".2839" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2838", ptr %".2839", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".2849" = trunc i64 %".2803" to i16
  %".2850" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2849", ptr %".2850", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2862" = trunc i64 %"cursor.40" to i32
  %".2863" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2862", [40 x i8]* %"header_copy", i32 8)
  %".2864" = icmp eq i64 %".2863", 0
  %".2865" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2866" = load i32, ptr %".2865", align 4
  %".2867" = zext i32 %".2866" to i64
  %"data.131" = inttoptr i64 %".2867" to ptr
  %".2868" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2869" = load i32, ptr %".2868", align 4
  %".2870" = zext i32 %".2869" to i64
  %"data_end.131" = inttoptr i64 %".2870" to ptr
  %".2871" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.131" = load ptr, ptr %".2871", align 8
  %".2872" = xor i1 %".2864", -1
  br i1 %".2872", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".2874" = trunc i64 %"cursor.40" to i16
  %".2875" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2874", ptr %".2875", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".2878" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2879" = load volatile i8, [40 x i8]* %".2878", align 1
  %".2880" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2881" = load volatile i16, [40 x i8]* %".2880", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".2890" = getelementptr i8, ptr %"keys.132", i64 6
  store i8 1, ptr %".2890", align 1
  br i1 %".2888", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".2893" = getelementptr i8, ptr %"keys.132", i64 7
  store i8 1, ptr %".2893", align 1
  %".2895" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.57" = load volatile i32, ptr %".2895", align 4
  %".2896" = and i32 %"flags.57", 1
  %".2897" = icmp ne i32 %".2896", 0
  %".2898" = xor i1 %".2897", -1
  br i1 %".2898", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".2905" = trunc i64 %".2885" to i16
  %".2906" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2905", ptr %".2906", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".2900" = trunc i64 %".2885" to i16
  %".2901" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2900", ptr %".2901", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".2912" = trunc i64 %".2885" to i16
  %".2913" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2912", ptr %".2913", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_udp:
  br label %"udp"
ipv6_frag_d0_ipv6_ext2.to_udplite:
  br label %"udplite"
ipv6_frag_d0_ipv6_ext2.to_gre_version:
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext2.to_sctp:
  br label %"sctp"
ipv6_frag_d0_ipv6_ext2.to_dccp:
  br label %"dccp"
ipv6_frag_d0_ipv6_ext2.to_esp:
  br label %"esp"
ipv6_frag_d0_ipv6_ext2.to_ah:
  br label %"ah"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2:
  br label %"ipv6_opts_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext3"
ipv6_frag_d0_ipv6_ext2.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext2.to_mpls:
  %".2929" = trunc i64 34887 to i16
  %".2930" = call i16 @"llvm.bswap.i16"(i16 %".2929")
  %".2931" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".2930", ptr %".2931", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".2934" = trunc i64 2048 to i16
  %".2935" = call i16 @"llvm.bswap.i16"(i16 %".2934")
  %".2936" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".2935", ptr %".2936", align 2
  %".2938" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".2938", align 1
  %".2940" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.58" = load volatile i32, ptr %".2940", align 4
  %".2941" = and i32 %"flags.58", 4
  %".2942" = icmp ne i32 %".2941", 0
  br i1 %".2942", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".2949" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".2949", align 1
  %".2951" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.59" = load volatile i32, ptr %".2951", align 4
  %".2952" = and i32 %"flags.59", 4
  %".2953" = icmp ne i32 %".2952", 0
  br i1 %".2953", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".2944" = trunc i64 %".2885" to i16
  %".2945" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2944", ptr %".2945", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".2955" = trunc i64 %".2885" to i16
  %".2956" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2955", ptr %".2956", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2966" = trunc i64 %"cursor.41" to i32
  %".2967" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2966", [40 x i8]* %"header_copy", i32 4)
  %".2968" = icmp eq i64 %".2967", 0
  %".2969" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2970" = load i32, ptr %".2969", align 4
  %".2971" = zext i32 %".2970" to i64
  %"data.133" = inttoptr i64 %".2971" to ptr
  %".2972" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2973" = load i32, ptr %".2972", align 4
  %".2974" = zext i32 %".2973" to i64
  %"data_end.133" = inttoptr i64 %".2974" to ptr
  %".2975" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.133" = load ptr, ptr %".2975", align 8
  %".2976" = xor i1 %".2968", -1
  br i1 %".2976", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".2978" = trunc i64 %"cursor.41" to i16
  %".2979" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2978", ptr %".2979", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".2982" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2983" = load volatile i16, [40 x i8]* %".2982", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".2994" = trunc i64 %".2987" to i16
  %".2995" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2994", ptr %".2995", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3000" = trunc i64 %".2987" to i16
  %".3001" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3000", ptr %".3001", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3004" = trunc i64 %".2987" to i16
  %".3005" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3004", ptr %".3005", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_mpls:
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_mpls.1:
  br label %"mpls_mpls_labels1"
vlan_d1_vlan_tags2.to_pppoe:
  br label %"pppoe_d1"
vlan_d1_vlan_tags2.to_arp:
  br label %"arp"
vlan_d1_vlan_tags2.to_arp.1:
  br label %"arp"
vlan_d1_vlan_tags2.to_ptp:
  br label %"ptp"
vlan_d1_vlan_tags2.to_cfm:
  br label %"cfm"
vlan_d1_vlan_tags2.to_tipc:
  br label %"tipc"
vlan_d1_vlan_tags2.to_fcoe:
  br label %"fcoe"
vlan_d1_vlan_tags2.to_hsr:
  %".3017" = trunc i64 %".2987" to i16
  %".3018" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3017", ptr %".3018", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3021" = trunc i64 %".2987" to i16
  %".3022" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3021", ptr %".3022", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3032" = trunc i64 %"cursor.42" to i32
  %".3033" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3032", [40 x i8]* %"header_copy", i32 6)
  %".3034" = icmp eq i64 %".3033", 0
  %".3035" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3036" = load i32, ptr %".3035", align 4
  %".3037" = zext i32 %".3036" to i64
  %"data.135" = inttoptr i64 %".3037" to ptr
  %".3038" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3039" = load i32, ptr %".3038", align 4
  %".3040" = zext i32 %".3039" to i64
  %"data_end.135" = inttoptr i64 %".3040" to ptr
  %".3041" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.135" = load ptr, ptr %".3041", align 8
  %".3042" = xor i1 %".3034", -1
  br i1 %".3042", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3044" = trunc i64 %"cursor.42" to i16
  %".3045" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3044", ptr %".3045", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3048" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3049" = load volatile i16, [40 x i8]* %".3048", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3060" = trunc i64 %".3053" to i16
  %".3061" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3060", ptr %".3061", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3066" = trunc i64 %".3053" to i16
  %".3067" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3066", ptr %".3067", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3070" = trunc i64 %".3053" to i16
  %".3071" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3070", ptr %".3071", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_mpls:
  br label %"mpls_mpls_labels1"
hsr_d1_vlan_tags2.to_mpls.1:
  br label %"mpls_mpls_labels1"
hsr_d1_vlan_tags2.to_pppoe:
  br label %"pppoe_d1"
hsr_d1_vlan_tags2.to_arp:
  br label %"arp"
hsr_d1_vlan_tags2.to_arp.1:
  br label %"arp"
hsr_d1_vlan_tags2.to_ptp:
  br label %"ptp"
hsr_d1_vlan_tags2.to_cfm:
  br label %"cfm"
hsr_d1_vlan_tags2.to_tipc:
  br label %"tipc"
hsr_d1_vlan_tags2.to_fcoe:
  br label %"fcoe"
hsr_d1_vlan_tags2.to_hsr:
  %".3083" = trunc i64 %".3053" to i16
  %".3084" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3083", ptr %".3084", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3087" = trunc i64 %".3053" to i16
  %".3088" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3087", ptr %".3088", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
ethernet_d1.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3098" = trunc i64 %"cursor.43" to i32
  %".3099" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3098", [40 x i8]* %"header_copy", i32 14)
  %".3100" = icmp eq i64 %".3099", 0
  %".3101" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3102" = load i32, ptr %".3101", align 4
  %".3103" = zext i32 %".3102" to i64
  %"data.137" = inttoptr i64 %".3103" to ptr
  %".3104" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3105" = load i32, ptr %".3104", align 4
  %".3106" = zext i32 %".3105" to i64
  %"data_end.137" = inttoptr i64 %".3106" to ptr
  %".3107" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.137" = load ptr, ptr %".3107", align 8
  %".3108" = xor i1 %".3100", -1
  br i1 %".3108", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3110" = trunc i64 %"cursor.43" to i16
  %".3111" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3110", ptr %".3111", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3114" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3115" = load volatile i16, [40 x i8]* %".3114", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3123" = trunc i64 %".3119" to i16
  %".3124" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3123", ptr %".3124", align 2
  br label %"return"
ethernet_d1.to_ipv6:
  br label %"ipv6_d1"
ethernet_d1.to_vlan:
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_vlan.1:
  br label %"vlan_d1_vlan_tags1"
ethernet_d1.to_mpls:
  br label %"mpls_mpls_labels1"
ethernet_d1.to_mpls.1:
  br label %"mpls_mpls_labels1"
ethernet_d1.to_pppoe:
  br label %"pppoe_d1"
ethernet_d1.to_arp:
  br label %"arp"
ethernet_d1.to_arp.1:
  br label %"arp"
ethernet_d1.to_ptp:
  br label %"ptp"
ethernet_d1.to_cfm:
  br label %"cfm"
ethernet_d1.to_tipc:
  br label %"tipc"
ethernet_d1.to_fcoe:
  br label %"fcoe"
ethernet_d1.to_hsr:
  br label %"hsr_d1_vlan_tags1"
ethernet_d1.to_hsr.1:
  br label %"hsr_d1_vlan_tags1"
ethernet_d1.to_batadv:
  br label %"batadv_d1"
ppp_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3149" = trunc i64 %"cursor.44" to i32
  %".3150" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3149", [40 x i8]* %"header_copy", i32 4)
  %".3151" = icmp eq i64 %".3150", 0
  %".3152" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3153" = load i32, ptr %".3152", align 4
  %".3154" = zext i32 %".3153" to i64
  %"data.139" = inttoptr i64 %".3154" to ptr
  %".3155" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3156" = load i32, ptr %".3155", align 4
  %".3157" = zext i32 %".3156" to i64
  %"data_end.139" = inttoptr i64 %".3157" to ptr
  %".3158" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.139" = load ptr, ptr %".3158", align 8
  %".3159" = xor i1 %".3151", -1
  br i1 %".3159", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3161" = trunc i64 %"cursor.44" to i16
  %".3162" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3161", ptr %".3162", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3165" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3166" = load volatile i16, [40 x i8]* %".3165", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3172" = and i64 %".3170", 0
  %".3173" = icmp eq i64 %".3172", 0
  br i1 %".3173", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv6:
  %".3194" = trunc i64 34525 to i16
  %".3195" = call i16 @"llvm.bswap.i16"(i16 %".3194")
  %".3196" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3195", ptr %".3196", align 2
  %".3198" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3198", align 1
  %".3200" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.61" = load volatile i32, ptr %".3200", align 4
  %".3201" = and i32 %"flags.61", 4
  %".3202" = icmp ne i32 %".3201", 0
  br i1 %".3202", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".3209" = trunc i64 34827 to i16
  %".3210" = call i16 @"llvm.bswap.i16"(i16 %".3209")
  %".3211" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3210", ptr %".3211", align 2
  %".3213" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3213", align 1
  %".3215" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.62" = load volatile i32, ptr %".3215", align 4
  %".3216" = and i32 %"flags.62", 4
  %".3217" = icmp ne i32 %".3216", 0
  br i1 %".3217", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".3175" = trunc i64 %".3168" to i16
  %".3176" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3175", ptr %".3176", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3189" = trunc i64 %".3168" to i16
  %".3190" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3189", ptr %".3190", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".3204" = trunc i64 %".3168" to i16
  %".3205" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3204", ptr %".3205", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".3219" = trunc i64 %".3168" to i16
  %".3220" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3219", ptr %".3220", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.51" = phi  i64 [%".3168", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.141" = phi  ptr [%"data.140", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.141" = phi  ptr [%"data_end.140", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.141" = phi  ptr [%"keys.140", %"ppp_d0.stop_at_encap.endif.2"]
  %".3839" = add i64 %"cursor.51", 0
  %".3840" = trunc i64 %".3839" to i16
  %".3841" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3840", ptr %".3841", align 2
  br label %"return"
gre_d1.variable:
  %".3230" = zext i8 %"w0_1.9" to i64
  %".3231" = lshr i64 %".3230", 7
  %".3232" = and i64 %".3231", 1
  %".3233" = zext i8 %"w0_1.9" to i64
  %".3234" = lshr i64 %".3233", 5
  %".3235" = and i64 %".3234", 1
  %".3236" = add i64 %".3232", %".3235"
  %".3237" = zext i8 %"w0_1.9" to i64
  %".3238" = lshr i64 %".3237", 4
  %".3239" = and i64 %".3238", 1
  %".3240" = add i64 %".3236", %".3239"
  %".3241" = mul i64 %".3240", 4
  %".3242" = add i64 %".3241", 4
  %".3243" = getelementptr i8, ptr %"data.119", i64 %"cursor.45"
  %".3244" = getelementptr i8, ptr %".3243", i64 %".3242"
  %".3245" = icmp ugt ptr %".3244", %"data_end.119"
  br i1 %".3245", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.143" = phi  ptr [%"data.119", %"gre_d1.variable"], [%"data.142", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.143" = phi  ptr [%"data_end.119", %"gre_d1.variable"], [%"data_end.142", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.143" = phi  ptr [%"keys.119", %"gre_d1.variable"], [%"keys.142", %"gre_d1.copy_last_byte_failed.endif"]
  %".3266" = add i64 %"cursor.45", %".3242"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".3247" = add i64 %"cursor.45", %".3242"
  %".3248" = sub i64 %".3247", 1
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3249" = trunc i64 %".3248" to i32
  %".3250" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3249", i64* %"last_byte", i32 1)
  %".3251" = icmp eq i64 %".3250", 0
  %".3252" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3253" = load i32, ptr %".3252", align 4
  %".3254" = zext i32 %".3253" to i64
  %"data.142" = inttoptr i64 %".3254" to ptr
  %".3255" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3256" = load i32, ptr %".3255", align 4
  %".3257" = zext i32 %".3256" to i64
  %"data_end.142" = inttoptr i64 %".3257" to ptr
  %".3258" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.142" = load ptr, ptr %".3258", align 8
  %".3259" = xor i1 %".3251", -1
  br i1 %".3259", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3261" = trunc i64 %"cursor.45" to i16
  %".3262" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3261", ptr %".3262", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3274" = trunc i64 %"end.4" to i16
  %".3275" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3274", ptr %".3275", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".3278" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3279" = zext i16 %".3278" to i64
  switch i16 %"w2_2.5", label %"gre_d1.unknown" [i16 8, label %"gre_d1.to_ipv4" i16 56710, label %"gre_d1.to_ipv6" i16 129, label %"gre_d1.to_vlan" i16 43144, label %"gre_d1.to_vlan.1" i16 18312, label %"gre_d1.to_mpls" i16 18568, label %"gre_d1.to_mpls.1" i16 25736, label %"gre_d1.to_pppoe" i16 1544, label %"gre_d1.to_arp" i16 13696, label %"gre_d1.to_arp.1" i16 63368, label %"gre_d1.to_ptp" i16 649, label %"gre_d1.to_cfm" i16 51848, label %"gre_d1.to_tipc" i16 1673, label %"gre_d1.to_fcoe" i16 12169, label %"gre_d1.to_hsr" i16 64392, label %"gre_d1.to_hsr.1" i16 1347, label %"gre_d1.to_batadv" i16 22629, label %"gre_d1.to_ethernet"]  , !prof !4
gre_d1.to_ipv4:
  %".3285" = trunc i64 %"end.4" to i16
  %".3286" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3285", ptr %".3286", align 2
  br label %"return"
gre_d1.unknown:
  %".3281" = trunc i64 %"end.4" to i16
  %".3282" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3281", ptr %".3282", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3289" = trunc i64 %"end.4" to i16
  %".3290" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3289", ptr %".3290", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3293" = trunc i64 %"end.4" to i16
  %".3294" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3293", ptr %".3294", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3297" = trunc i64 %"end.4" to i16
  %".3298" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3297", ptr %".3298", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3301" = trunc i64 %"end.4" to i16
  %".3302" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3301", ptr %".3302", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3305" = trunc i64 %"end.4" to i16
  %".3306" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3305", ptr %".3306", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3309" = trunc i64 %"end.4" to i16
  %".3310" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3309", ptr %".3310", align 2
  br label %"return"
gre_d1.to_arp:
  %".3313" = trunc i64 %"end.4" to i16
  %".3314" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3313", ptr %".3314", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3317" = trunc i64 %"end.4" to i16
  %".3318" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3317", ptr %".3318", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3321" = trunc i64 %"end.4" to i16
  %".3322" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3321", ptr %".3322", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3325" = trunc i64 %"end.4" to i16
  %".3326" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3325", ptr %".3326", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3329" = trunc i64 %"end.4" to i16
  %".3330" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3329", ptr %".3330", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3333" = trunc i64 %"end.4" to i16
  %".3334" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3333", ptr %".3334", align 2
  br label %"return"
gre_d1.to_hsr:
  %".3337" = trunc i64 %"end.4" to i16
  %".3338" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3337", ptr %".3338", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".3341" = trunc i64 %"end.4" to i16
  %".3342" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3341", ptr %".3342", align 2
  br label %"return"
gre_d1.to_batadv:
  %".3345" = trunc i64 %"end.4" to i16
  %".3346" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3345", ptr %".3346", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3349" = trunc i64 %"end.4" to i16
  %".3350" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3349", ptr %".3350", align 2
  br label %"return"
pptp_d1.stop_before:
  %".3362" = trunc i64 %"cursor.46" to i16
  %".3363" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3362", ptr %".3363", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".3388" = add i64 %"cursor.46", %".3383"
  %".3389" = sub i64 %".3388", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3390" = trunc i64 %".3389" to i32
  %".3391" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3390", i64* %"last_byte", i32 1)
  %".3392" = icmp eq i64 %".3391", 0
  %".3393" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3394" = load i32, ptr %".3393", align 4
  %".3395" = zext i32 %".3394" to i64
  %"data.145" = inttoptr i64 %".3395" to ptr
  %".3396" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3397" = load i32, ptr %".3396", align 4
  %".3398" = zext i32 %".3397" to i64
  %"data_end.145" = inttoptr i64 %".3398" to ptr
  %".3399" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.145" = load ptr, ptr %".3399", align 8
  %".3400" = xor i1 %".3392", -1
  br i1 %".3400", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3402" = trunc i64 %"cursor.46" to i16
  %".3403" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3402", ptr %".3403", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3412" = trunc i64 %"end.5" to i16
  %".3413" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3412", ptr %".3413", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3425" = trunc i64 %"cursor.47" to i32
  %".3426" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3425", [40 x i8]* %"header_copy", i32 2)
  %".3427" = icmp eq i64 %".3426", 0
  %".3428" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3429" = load i32, ptr %".3428", align 4
  %".3430" = zext i32 %".3429" to i64
  %"data.148" = inttoptr i64 %".3430" to ptr
  %".3431" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3432" = load i32, ptr %".3431", align 4
  %".3433" = zext i32 %".3432" to i64
  %"data_end.148" = inttoptr i64 %".3433" to ptr
  %".3434" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.148" = load ptr, ptr %".3434", align 8
  %".3435" = xor i1 %".3427", -1
  br i1 %".3435", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3437" = trunc i64 %"cursor.47" to i16
  %".3438" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3437", ptr %".3438", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3441" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3442" = load volatile i8, [40 x i8]* %".3441", align 1
  %".3443" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3444" = load volatile i8, [40 x i8]* %".3443", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3456" = trunc i64 %".3453" to i16
  %".3457" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3456", ptr %".3457", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_udp:
  br label %"udp"
ipv6_opts_d1_ipv6_ext2.to_udplite:
  br label %"udplite"
ipv6_opts_d1_ipv6_ext2.to_gre_version:
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext2.to_sctp:
  br label %"sctp"
ipv6_opts_d1_ipv6_ext2.to_dccp:
  br label %"dccp"
ipv6_opts_d1_ipv6_ext2.to_esp:
  br label %"esp"
ipv6_opts_d1_ipv6_ext2.to_ah:
  br label %"ah"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_opts_d1_ipv6_ext2.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext2.to_mpls:
  %".3473" = trunc i64 34887 to i16
  %".3474" = call i16 @"llvm.bswap.i16"(i16 %".3473")
  %".3475" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3474", ptr %".3475", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3478" = trunc i64 2048 to i16
  %".3479" = call i16 @"llvm.bswap.i16"(i16 %".3478")
  %".3480" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3479", ptr %".3480", align 2
  %".3482" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3482", align 1
  %".3484" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.64" = load volatile i32, ptr %".3484", align 4
  %".3485" = and i32 %"flags.64", 4
  %".3486" = icmp ne i32 %".3485", 0
  br i1 %".3486", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3496" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3496", align 1
  %".3498" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.65" = load volatile i32, ptr %".3498", align 4
  %".3499" = and i32 %"flags.65", 4
  %".3500" = icmp ne i32 %".3499", 0
  br i1 %".3500", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.53" = phi  i64 [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4470", %"widening.test.27"]
  %"data.150" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.191", %"widening.test.27"]
  %"data_end.150" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.191", %"widening.test.27"]
  %"keys.150" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.27"]
  %"hdr.44" = getelementptr i8, ptr %"data.150", i64 %"cursor.53"
  %".3934" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3935" = icmp ugt ptr %".3934", %"data_end.150"
  br i1 %".3935", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".3937" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3938" = load i8, ptr %".3937", align 1
  %".3939" = getelementptr i8, ptr %"hdr.44", i64 1
  %".3940" = load i8, ptr %".3939", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.18" = phi  i8 [%".3938", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".3959", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".3940", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".3961", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".3963" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %"w0_1.18", ptr %".3963", align 1
  %".3965" = add i64 %"cursor.53", 2
  %".3966" = zext i8 %"w1_1.11" to i64
  %".3967" = mul i64 %".3966", 8
  %".3968" = add i64 %".3967", 6
  %".3969" = add i64 %".3968", 2
  %".3970" = add i64 %"cursor.53", %".3969"
  %".3971" = zext i8 %"w0_1.18" to i64
  switch i64 %".3971", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.54" = phi  i64 [%".3453", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".3541", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".4459", %"widening.test.26"]
  %"data.151" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.190", %"widening.test.26"]
  %"data_end.151" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.190", %"widening.test.26"]
  %"keys.151" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.26"]
  %"hdr.45" = getelementptr i8, ptr %"data.151", i64 %"cursor.54"
  %".4039" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4040" = icmp ugt ptr %".4039", %"data_end.151"
  br i1 %".4040", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4042" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4043" = load i8, ptr %".4042", align 1
  %".4044" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4045" = load i16, ptr %".4044", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.19" = phi  i8 [%".4043", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4064", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".4045", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4066", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4068" = getelementptr i8, ptr %"keys.163", i64 9
  store i8 %"w0_1.19", ptr %".4068", align 1
  %".4070" = add i64 %"cursor.54", 8
  %".4071" = icmp ne i64 1, 0
  %".4072" = and i16 %"w2_2.13", 63743
  %".4073" = icmp eq i16 %".4072", 0
  br i1 %".4071", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4095" = zext i8 %"w0_1.19" to i64
  switch i64 %".4095", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3488" = trunc i64 %".3453" to i16
  %".3489" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3488", ptr %".3489", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3492" = trunc i64 %".3453" to i16
  %".3493" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3492", ptr %".3493", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3502" = trunc i64 %".3453" to i16
  %".3503" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3502", ptr %".3503", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3506" = trunc i64 %".3453" to i16
  %".3507" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3506", ptr %".3507", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3518" = trunc i64 %"cursor.48" to i32
  %".3519" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3518", [40 x i8]* %"header_copy", i32 8)
  %".3520" = icmp eq i64 %".3519", 0
  %".3521" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3522" = load i32, ptr %".3521", align 4
  %".3523" = zext i32 %".3522" to i64
  %"data.152" = inttoptr i64 %".3523" to ptr
  %".3524" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3525" = load i32, ptr %".3524", align 4
  %".3526" = zext i32 %".3525" to i64
  %"data_end.152" = inttoptr i64 %".3526" to ptr
  %".3527" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.152" = load ptr, ptr %".3527", align 8
  %".3528" = xor i1 %".3520", -1
  br i1 %".3528", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3530" = trunc i64 %"cursor.48" to i16
  %".3531" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3530", ptr %".3531", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3534" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3535" = load volatile i8, [40 x i8]* %".3534", align 1
  %".3536" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3537" = load volatile i16, [40 x i8]* %".3536", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3546" = getelementptr i8, ptr %"keys.153", i64 6
  store i8 1, ptr %".3546", align 1
  br i1 %".3544", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".3549" = getelementptr i8, ptr %"keys.153", i64 7
  store i8 1, ptr %".3549", align 1
  %".3551" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.66" = load volatile i32, ptr %".3551", align 4
  %".3552" = and i32 %"flags.66", 1
  %".3553" = icmp ne i32 %".3552", 0
  %".3554" = xor i1 %".3553", -1
  br i1 %".3554", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".3561" = trunc i64 %".3541" to i16
  %".3562" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3561", ptr %".3562", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".3556" = trunc i64 %".3541" to i16
  %".3557" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3556", ptr %".3557", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".3568" = trunc i64 %".3541" to i16
  %".3569" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3568", ptr %".3569", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_udp:
  br label %"udp"
ipv6_frag_d1_ipv6_ext2.to_udplite:
  br label %"udplite"
ipv6_frag_d1_ipv6_ext2.to_gre_version:
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext2.to_sctp:
  br label %"sctp"
ipv6_frag_d1_ipv6_ext2.to_dccp:
  br label %"dccp"
ipv6_frag_d1_ipv6_ext2.to_esp:
  br label %"esp"
ipv6_frag_d1_ipv6_ext2.to_ah:
  br label %"ah"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2:
  br label %"ipv6_opts_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_ipv6_frag:
  br label %"ipv6_frag_d1_ipv6_ext3"
ipv6_frag_d1_ipv6_ext2.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext2.to_mpls:
  %".3585" = trunc i64 34887 to i16
  %".3586" = call i16 @"llvm.bswap.i16"(i16 %".3585")
  %".3587" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3586", ptr %".3587", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".3590" = trunc i64 2048 to i16
  %".3591" = call i16 @"llvm.bswap.i16"(i16 %".3590")
  %".3592" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3591", ptr %".3592", align 2
  %".3594" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".3594", align 1
  %".3596" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.67" = load volatile i32, ptr %".3596", align 4
  %".3597" = and i32 %"flags.67", 4
  %".3598" = icmp ne i32 %".3597", 0
  br i1 %".3598", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".3608" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".3608", align 1
  %".3610" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.68" = load volatile i32, ptr %".3610", align 4
  %".3611" = and i32 %"flags.68", 4
  %".3612" = icmp ne i32 %".3611", 0
  br i1 %".3612", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".3600" = trunc i64 %".3541" to i16
  %".3601" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3600", ptr %".3601", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".3604" = trunc i64 %".3541" to i16
  %".3605" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3604", ptr %".3605", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".3614" = trunc i64 %".3541" to i16
  %".3615" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3614", ptr %".3615", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3618" = trunc i64 %".3541" to i16
  %".3619" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3618", ptr %".3619", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3630" = trunc i64 %"cursor.49" to i32
  %".3631" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3630", [40 x i8]* %"header_copy", i32 2)
  %".3632" = icmp eq i64 %".3631", 0
  %".3633" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3634" = load i32, ptr %".3633", align 4
  %".3635" = zext i32 %".3634" to i64
  %"data.154" = inttoptr i64 %".3635" to ptr
  %".3636" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3637" = load i32, ptr %".3636", align 4
  %".3638" = zext i32 %".3637" to i64
  %"data_end.154" = inttoptr i64 %".3638" to ptr
  %".3639" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.154" = load ptr, ptr %".3639", align 8
  %".3640" = xor i1 %".3632", -1
  br i1 %".3640", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".3642" = trunc i64 %"cursor.49" to i16
  %".3643" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3642", ptr %".3643", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".3646" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3647" = load volatile i8, [40 x i8]* %".3646", align 1
  %".3648" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3649" = load volatile i8, [40 x i8]* %".3648", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".3661" = trunc i64 %".3658" to i16
  %".3662" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3661", ptr %".3662", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_opts_d0_ipv6_ext3.to_udplite:
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3.to_gre_version:
  br label %"gre_version_d0"
ipv6_opts_d0_ipv6_ext3.to_sctp:
  br label %"sctp"
ipv6_opts_d0_ipv6_ext3.to_dccp:
  br label %"dccp"
ipv6_opts_d0_ipv6_ext3.to_esp:
  br label %"esp"
ipv6_opts_d0_ipv6_ext3.to_ah:
  br label %"ah"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts:
  %".3673" = trunc i64 %".3658" to i16
  %".3674" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3673", ptr %".3674", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3677" = trunc i64 %".3658" to i16
  %".3678" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3677", ptr %".3678", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3681" = trunc i64 %".3658" to i16
  %".3682" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3681", ptr %".3682", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".3685" = trunc i64 %".3658" to i16
  %".3686" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3685", ptr %".3686", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".3690" = trunc i64 34887 to i16
  %".3691" = call i16 @"llvm.bswap.i16"(i16 %".3690")
  %".3692" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3691", ptr %".3692", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".3695" = trunc i64 2048 to i16
  %".3696" = call i16 @"llvm.bswap.i16"(i16 %".3695")
  %".3697" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3696", ptr %".3697", align 2
  %".3699" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".3699", align 1
  %".3701" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.69" = load volatile i32, ptr %".3701", align 4
  %".3702" = and i32 %"flags.69", 4
  %".3703" = icmp ne i32 %".3702", 0
  br i1 %".3703", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".3710" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".3710", align 1
  %".3712" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.70" = load volatile i32, ptr %".3712", align 4
  %".3713" = and i32 %"flags.70", 4
  %".3714" = icmp ne i32 %".3713", 0
  br i1 %".3714", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".3705" = trunc i64 %".3658" to i16
  %".3706" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3705", ptr %".3706", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".3716" = trunc i64 %".3658" to i16
  %".3717" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3716", ptr %".3717", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3729" = trunc i64 %"cursor.50" to i32
  %".3730" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3729", [40 x i8]* %"header_copy", i32 8)
  %".3731" = icmp eq i64 %".3730", 0
  %".3732" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3733" = load i32, ptr %".3732", align 4
  %".3734" = zext i32 %".3733" to i64
  %"data.156" = inttoptr i64 %".3734" to ptr
  %".3735" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3736" = load i32, ptr %".3735", align 4
  %".3737" = zext i32 %".3736" to i64
  %"data_end.156" = inttoptr i64 %".3737" to ptr
  %".3738" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.156" = load ptr, ptr %".3738", align 8
  %".3739" = xor i1 %".3731", -1
  br i1 %".3739", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".3741" = trunc i64 %"cursor.50" to i16
  %".3742" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3741", ptr %".3742", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".3745" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3746" = load volatile i8, [40 x i8]* %".3745", align 1
  %".3747" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3748" = load volatile i16, [40 x i8]* %".3747", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".3757" = getelementptr i8, ptr %"keys.157", i64 6
  store i8 1, ptr %".3757", align 1
  br i1 %".3755", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".3760" = getelementptr i8, ptr %"keys.157", i64 7
  store i8 1, ptr %".3760", align 1
  %".3762" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.71" = load volatile i32, ptr %".3762", align 4
  %".3763" = and i32 %"flags.71", 1
  %".3764" = icmp ne i32 %".3763", 0
  %".3765" = xor i1 %".3764", -1
  br i1 %".3765", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".3772" = trunc i64 %".3752" to i16
  %".3773" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3772", ptr %".3773", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".3767" = trunc i64 %".3752" to i16
  %".3768" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3767", ptr %".3768", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".3779" = trunc i64 %".3752" to i16
  %".3780" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3779", ptr %".3780", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_frag_d0_ipv6_ext3.to_udplite:
  br label %"udplite"
ipv6_frag_d0_ipv6_ext3.to_gre_version:
  br label %"gre_version_d0"
ipv6_frag_d0_ipv6_ext3.to_sctp:
  br label %"sctp"
ipv6_frag_d0_ipv6_ext3.to_dccp:
  br label %"dccp"
ipv6_frag_d0_ipv6_ext3.to_esp:
  br label %"esp"
ipv6_frag_d0_ipv6_ext3.to_ah:
  br label %"ah"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts:
  %".3791" = trunc i64 %".3752" to i16
  %".3792" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3791", ptr %".3792", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3795" = trunc i64 %".3752" to i16
  %".3796" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3795", ptr %".3796", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3799" = trunc i64 %".3752" to i16
  %".3800" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3799", ptr %".3800", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".3803" = trunc i64 %".3752" to i16
  %".3804" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3803", ptr %".3804", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".3808" = trunc i64 34887 to i16
  %".3809" = call i16 @"llvm.bswap.i16"(i16 %".3808")
  %".3810" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3809", ptr %".3810", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".3813" = trunc i64 2048 to i16
  %".3814" = call i16 @"llvm.bswap.i16"(i16 %".3813")
  %".3815" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3814", ptr %".3815", align 2
  %".3817" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".3817", align 1
  %".3819" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.72" = load volatile i32, ptr %".3819", align 4
  %".3820" = and i32 %"flags.72", 4
  %".3821" = icmp ne i32 %".3820", 0
  br i1 %".3821", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".3828" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".3828", align 1
  %".3830" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.73" = load volatile i32, ptr %".3830", align 4
  %".3831" = and i32 %"flags.73", 4
  %".3832" = icmp ne i32 %".3831", 0
  br i1 %".3832", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".3823" = trunc i64 %".3752" to i16
  %".3824" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3823", ptr %".3824", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".3834" = trunc i64 %".3752" to i16
  %".3835" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3834", ptr %".3835", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3850" = trunc i64 %"cursor.52" to i32
  %".3851" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3850", [40 x i8]* %"header_copy", i32 4)
  %".3852" = icmp eq i64 %".3851", 0
  %".3853" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3854" = load i32, ptr %".3853", align 4
  %".3855" = zext i32 %".3854" to i64
  %"data.158" = inttoptr i64 %".3855" to ptr
  %".3856" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3857" = load i32, ptr %".3856", align 4
  %".3858" = zext i32 %".3857" to i64
  %"data_end.158" = inttoptr i64 %".3858" to ptr
  %".3859" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.158" = load ptr, ptr %".3859", align 8
  %".3860" = xor i1 %".3852", -1
  br i1 %".3860", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".3862" = trunc i64 %"cursor.52" to i16
  %".3863" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".3862", ptr %".3863", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".3866" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3867" = load volatile i16, [40 x i8]* %".3866", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".3873" = and i64 %".3871", 0
  %".3874" = icmp eq i64 %".3873", 0
  br i1 %".3874", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv6:
  %".3898" = trunc i64 34525 to i16
  %".3899" = call i16 @"llvm.bswap.i16"(i16 %".3898")
  %".3900" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".3899", ptr %".3900", align 2
  %".3902" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".3902", align 1
  %".3904" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.75" = load volatile i32, ptr %".3904", align 4
  %".3905" = and i32 %"flags.75", 4
  %".3906" = icmp ne i32 %".3905", 0
  br i1 %".3906", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".3916" = trunc i64 34827 to i16
  %".3917" = call i16 @"llvm.bswap.i16"(i16 %".3916")
  %".3918" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".3917", ptr %".3918", align 2
  %".3920" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".3920", align 1
  %".3922" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.76" = load volatile i32, ptr %".3922", align 4
  %".3923" = and i32 %"flags.76", 4
  %".3924" = icmp ne i32 %".3923", 0
  br i1 %".3924", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".3876" = trunc i64 %".3869" to i16
  %".3877" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3876", ptr %".3877", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".3890" = trunc i64 %".3869" to i16
  %".3891" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3890", ptr %".3891", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".3894" = trunc i64 %".3869" to i16
  %".3895" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3894", ptr %".3895", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".3908" = trunc i64 %".3869" to i16
  %".3909" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3908", ptr %".3909", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".3912" = trunc i64 %".3869" to i16
  %".3913" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3912", ptr %".3913", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".3926" = trunc i64 %".3869" to i16
  %".3927" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3926", ptr %".3927", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".3930" = trunc i64 %".3869" to i16
  %".3931" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3930", ptr %".3931", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3942" = trunc i64 %"cursor.53" to i32
  %".3943" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3942", [40 x i8]* %"header_copy", i32 2)
  %".3944" = icmp eq i64 %".3943", 0
  %".3945" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3946" = load i32, ptr %".3945", align 4
  %".3947" = zext i32 %".3946" to i64
  %"data.160" = inttoptr i64 %".3947" to ptr
  %".3948" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3949" = load i32, ptr %".3948", align 4
  %".3950" = zext i32 %".3949" to i64
  %"data_end.160" = inttoptr i64 %".3950" to ptr
  %".3951" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.160" = load ptr, ptr %".3951", align 8
  %".3952" = xor i1 %".3944", -1
  br i1 %".3952", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".3954" = trunc i64 %"cursor.53" to i16
  %".3955" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".3954", ptr %".3955", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".3958" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3959" = load volatile i8, [40 x i8]* %".3958", align 1
  %".3960" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3961" = load volatile i8, [40 x i8]* %".3960", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".3973" = trunc i64 %".3970" to i16
  %".3974" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3973", ptr %".3974", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_opts_d1_ipv6_ext3.to_udplite:
  br label %"udplite"
ipv6_opts_d1_ipv6_ext3.to_gre_version:
  br label %"gre_version_d1"
ipv6_opts_d1_ipv6_ext3.to_sctp:
  br label %"sctp"
ipv6_opts_d1_ipv6_ext3.to_dccp:
  br label %"dccp"
ipv6_opts_d1_ipv6_ext3.to_esp:
  br label %"esp"
ipv6_opts_d1_ipv6_ext3.to_ah:
  br label %"ah"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts:
  %".3985" = trunc i64 %".3970" to i16
  %".3986" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3985", ptr %".3986", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".3989" = trunc i64 %".3970" to i16
  %".3990" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3989", ptr %".3990", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".3993" = trunc i64 %".3970" to i16
  %".3994" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3993", ptr %".3994", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".3997" = trunc i64 %".3970" to i16
  %".3998" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3997", ptr %".3998", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4002" = trunc i64 34887 to i16
  %".4003" = call i16 @"llvm.bswap.i16"(i16 %".4002")
  %".4004" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4003", ptr %".4004", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4007" = trunc i64 2048 to i16
  %".4008" = call i16 @"llvm.bswap.i16"(i16 %".4007")
  %".4009" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4008", ptr %".4009", align 2
  %".4011" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4011", align 1
  %".4013" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.77" = load volatile i32, ptr %".4013", align 4
  %".4014" = and i32 %"flags.77", 4
  %".4015" = icmp ne i32 %".4014", 0
  br i1 %".4015", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4025" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4025", align 1
  %".4027" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.78" = load volatile i32, ptr %".4027", align 4
  %".4028" = and i32 %"flags.78", 4
  %".4029" = icmp ne i32 %".4028", 0
  br i1 %".4029", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4017" = trunc i64 %".3970" to i16
  %".4018" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4017", ptr %".4018", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4021" = trunc i64 %".3970" to i16
  %".4022" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4021", ptr %".4022", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4031" = trunc i64 %".3970" to i16
  %".4032" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4031", ptr %".4032", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4035" = trunc i64 %".3970" to i16
  %".4036" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4035", ptr %".4036", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4047" = trunc i64 %"cursor.54" to i32
  %".4048" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4047", [40 x i8]* %"header_copy", i32 8)
  %".4049" = icmp eq i64 %".4048", 0
  %".4050" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4051" = load i32, ptr %".4050", align 4
  %".4052" = zext i32 %".4051" to i64
  %"data.162" = inttoptr i64 %".4052" to ptr
  %".4053" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4054" = load i32, ptr %".4053", align 4
  %".4055" = zext i32 %".4054" to i64
  %"data_end.162" = inttoptr i64 %".4055" to ptr
  %".4056" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.162" = load ptr, ptr %".4056", align 8
  %".4057" = xor i1 %".4049", -1
  br i1 %".4057", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4059" = trunc i64 %"cursor.54" to i16
  %".4060" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".4059", ptr %".4060", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4063" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4064" = load volatile i8, [40 x i8]* %".4063", align 1
  %".4065" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4066" = load volatile i16, [40 x i8]* %".4065", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4075" = getelementptr i8, ptr %"keys.163", i64 6
  store i8 1, ptr %".4075", align 1
  br i1 %".4073", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4078" = getelementptr i8, ptr %"keys.163", i64 7
  store i8 1, ptr %".4078", align 1
  %".4080" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.79" = load volatile i32, ptr %".4080", align 4
  %".4081" = and i32 %"flags.79", 1
  %".4082" = icmp ne i32 %".4081", 0
  %".4083" = xor i1 %".4082", -1
  br i1 %".4083", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4090" = trunc i64 %".4070" to i16
  %".4091" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4090", ptr %".4091", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4085" = trunc i64 %".4070" to i16
  %".4086" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4085", ptr %".4086", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4097" = trunc i64 %".4070" to i16
  %".4098" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4097", ptr %".4098", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_udp:
  br label %"udp"
ipv6_frag_d1_ipv6_ext3.to_udplite:
  br label %"udplite"
ipv6_frag_d1_ipv6_ext3.to_gre_version:
  br label %"gre_version_d1"
ipv6_frag_d1_ipv6_ext3.to_sctp:
  br label %"sctp"
ipv6_frag_d1_ipv6_ext3.to_dccp:
  br label %"dccp"
ipv6_frag_d1_ipv6_ext3.to_esp:
  br label %"esp"
ipv6_frag_d1_ipv6_ext3.to_ah:
  br label %"ah"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts:
  %".4109" = trunc i64 %".4070" to i16
  %".4110" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4109", ptr %".4110", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4113" = trunc i64 %".4070" to i16
  %".4114" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4113", ptr %".4114", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4117" = trunc i64 %".4070" to i16
  %".4118" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4117", ptr %".4118", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4121" = trunc i64 %".4070" to i16
  %".4122" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4121", ptr %".4122", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".4126" = trunc i64 34887 to i16
  %".4127" = call i16 @"llvm.bswap.i16"(i16 %".4126")
  %".4128" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4127", ptr %".4128", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4131" = trunc i64 2048 to i16
  %".4132" = call i16 @"llvm.bswap.i16"(i16 %".4131")
  %".4133" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4132", ptr %".4133", align 2
  %".4135" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4135", align 1
  %".4137" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.80" = load volatile i32, ptr %".4137", align 4
  %".4138" = and i32 %"flags.80", 4
  %".4139" = icmp ne i32 %".4138", 0
  br i1 %".4139", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4149" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4149", align 1
  %".4151" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.81" = load volatile i32, ptr %".4151", align 4
  %".4152" = and i32 %"flags.81", 4
  %".4153" = icmp ne i32 %".4152", 0
  br i1 %".4153", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4141" = trunc i64 %".4070" to i16
  %".4142" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4141", ptr %".4142", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4145" = trunc i64 %".4070" to i16
  %".4146" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4145", ptr %".4146", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4155" = trunc i64 %".4070" to i16
  %".4156" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4155", ptr %".4156", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4159" = trunc i64 %".4070" to i16
  %".4160" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4159", ptr %".4160", align 2
  br label %"return"
widening.test:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4165" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4166" = load i32, ptr %".4165", align 4
  %".4167" = zext i32 %".4166" to i64
  %"data.164" = inttoptr i64 %".4167" to ptr
  %".4168" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4169" = load i32, ptr %".4168", align 4
  %".4170" = zext i32 %".4169" to i64
  %"data_end.164" = inttoptr i64 %".4170" to ptr
  %".4171" = getelementptr i8, ptr %"keys", i64 0
  %".4172" = load volatile i16, ptr %".4171", align 2
  %".4173" = zext i16 %".4172" to i64
  %".4174" = icmp ugt i64 %".4173", 261
  br i1 %".4174", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4176" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4177" = load i32, ptr %".4176", align 4
  %".4178" = zext i32 %".4177" to i64
  %"data.165" = inttoptr i64 %".4178" to ptr
  %".4179" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4180" = load i32, ptr %".4179", align 4
  %".4181" = zext i32 %".4180" to i64
  %"data_end.165" = inttoptr i64 %".4181" to ptr
  %".4182" = getelementptr i8, ptr %"keys", i64 0
  %".4183" = load volatile i16, ptr %".4182", align 2
  %".4184" = zext i16 %".4183" to i64
  %".4185" = icmp ugt i64 %".4184", 261
  br i1 %".4185", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4187" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4188" = load i32, ptr %".4187", align 4
  %".4189" = zext i32 %".4188" to i64
  %"data.166" = inttoptr i64 %".4189" to ptr
  %".4190" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4191" = load i32, ptr %".4190", align 4
  %".4192" = zext i32 %".4191" to i64
  %"data_end.166" = inttoptr i64 %".4192" to ptr
  %".4193" = getelementptr i8, ptr %"keys", i64 0
  %".4194" = load volatile i16, ptr %".4193", align 2
  %".4195" = zext i16 %".4194" to i64
  %".4196" = icmp ugt i64 %".4195", 267
  br i1 %".4196", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4198" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4199" = load i32, ptr %".4198", align 4
  %".4200" = zext i32 %".4199" to i64
  %"data.167" = inttoptr i64 %".4200" to ptr
  %".4201" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4202" = load i32, ptr %".4201", align 4
  %".4203" = zext i32 %".4202" to i64
  %"data_end.167" = inttoptr i64 %".4203" to ptr
  %".4204" = getelementptr i8, ptr %"keys", i64 0
  %".4205" = load volatile i16, ptr %".4204", align 2
  %".4206" = zext i16 %".4205" to i64
  %".4207" = icmp ugt i64 %".4206", 267
  br i1 %".4207", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4209" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4210" = load i32, ptr %".4209", align 4
  %".4211" = zext i32 %".4210" to i64
  %"data.168" = inttoptr i64 %".4211" to ptr
  %".4212" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4213" = load i32, ptr %".4212", align 4
  %".4214" = zext i32 %".4213" to i64
  %"data_end.168" = inttoptr i64 %".4214" to ptr
  %".4215" = getelementptr i8, ptr %"keys", i64 0
  %".4216" = load volatile i16, ptr %".4215", align 2
  %".4217" = zext i16 %".4216" to i64
  %".4218" = icmp ugt i64 %".4217", 275
  br i1 %".4218", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4220" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4221" = load i32, ptr %".4220", align 4
  %".4222" = zext i32 %".4221" to i64
  %"data.169" = inttoptr i64 %".4222" to ptr
  %".4223" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4224" = load i32, ptr %".4223", align 4
  %".4225" = zext i32 %".4224" to i64
  %"data_end.169" = inttoptr i64 %".4225" to ptr
  %".4226" = getelementptr i8, ptr %"keys", i64 0
  %".4227" = load volatile i16, ptr %".4226", align 2
  %".4228" = zext i16 %".4227" to i64
  %".4229" = icmp ugt i64 %".4228", 2363
  br i1 %".4229", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4231" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4232" = load i32, ptr %".4231", align 4
  %".4233" = zext i32 %".4232" to i64
  %"data.170" = inttoptr i64 %".4233" to ptr
  %".4234" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4235" = load i32, ptr %".4234", align 4
  %".4236" = zext i32 %".4235" to i64
  %"data_end.170" = inttoptr i64 %".4236" to ptr
  %".4237" = getelementptr i8, ptr %"keys", i64 0
  %".4238" = load volatile i16, ptr %".4237", align 2
  %".4239" = zext i16 %".4238" to i64
  %".4240" = icmp ugt i64 %".4239", 2363
  br i1 %".4240", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4242" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4243" = load i32, ptr %".4242", align 4
  %".4244" = zext i32 %".4243" to i64
  %"data.171" = inttoptr i64 %".4244" to ptr
  %".4245" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4246" = load i32, ptr %".4245", align 4
  %".4247" = zext i32 %".4246" to i64
  %"data_end.171" = inttoptr i64 %".4247" to ptr
  %".4248" = getelementptr i8, ptr %"keys", i64 0
  %".4249" = load volatile i16, ptr %".4248", align 2
  %".4250" = zext i16 %".4249" to i64
  %".4251" = icmp ugt i64 %".4250", 4411
  br i1 %".4251", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4253" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4254" = load i32, ptr %".4253", align 4
  %".4255" = zext i32 %".4254" to i64
  %"data.172" = inttoptr i64 %".4255" to ptr
  %".4256" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4257" = load i32, ptr %".4256", align 4
  %".4258" = zext i32 %".4257" to i64
  %"data_end.172" = inttoptr i64 %".4258" to ptr
  %".4259" = getelementptr i8, ptr %"keys", i64 0
  %".4260" = load volatile i16, ptr %".4259", align 2
  %".4261" = zext i16 %".4260" to i64
  %".4262" = icmp ugt i64 %".4261", 4411
  br i1 %".4262", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4264" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4265" = load i32, ptr %".4264", align 4
  %".4266" = zext i32 %".4265" to i64
  %"data.173" = inttoptr i64 %".4266" to ptr
  %".4267" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4268" = load i32, ptr %".4267", align 4
  %".4269" = zext i32 %".4268" to i64
  %"data_end.173" = inttoptr i64 %".4269" to ptr
  %".4270" = getelementptr i8, ptr %"keys", i64 0
  %".4271" = load volatile i16, ptr %".4270", align 2
  %".4272" = zext i16 %".4271" to i64
  %".4273" = icmp ugt i64 %".4272", 275
  br i1 %".4273", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4275" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4276" = load i32, ptr %".4275", align 4
  %".4277" = zext i32 %".4276" to i64
  %"data.174" = inttoptr i64 %".4277" to ptr
  %".4278" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4279" = load i32, ptr %".4278", align 4
  %".4280" = zext i32 %".4279" to i64
  %"data_end.174" = inttoptr i64 %".4280" to ptr
  %".4281" = getelementptr i8, ptr %"keys", i64 0
  %".4282" = load volatile i16, ptr %".4281", align 2
  %".4283" = zext i16 %".4282" to i64
  %".4284" = icmp ugt i64 %".4283", 6459
  br i1 %".4284", label %"widening.test.11", label %"gre_version_d0"
widening.test.11:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4286" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4287" = load i32, ptr %".4286", align 4
  %".4288" = zext i32 %".4287" to i64
  %"data.175" = inttoptr i64 %".4288" to ptr
  %".4289" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4290" = load i32, ptr %".4289", align 4
  %".4291" = zext i32 %".4290" to i64
  %"data_end.175" = inttoptr i64 %".4291" to ptr
  %".4292" = getelementptr i8, ptr %"keys", i64 0
  %".4293" = load volatile i16, ptr %".4292", align 2
  %".4294" = zext i16 %".4293" to i64
  %".4295" = icmp ugt i64 %".4294", 6475
  br i1 %".4295", label %"widening.test.12", label %"ethernet_d1"
widening.test.12:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4297" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4298" = load i32, ptr %".4297", align 4
  %".4299" = zext i32 %".4298" to i64
  %"data.176" = inttoptr i64 %".4299" to ptr
  %".4300" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4301" = load i32, ptr %".4300", align 4
  %".4302" = zext i32 %".4301" to i64
  %"data_end.176" = inttoptr i64 %".4302" to ptr
  %".4303" = getelementptr i8, ptr %"keys", i64 0
  %".4304" = load volatile i16, ptr %".4303", align 2
  %".4305" = zext i16 %".4304" to i64
  %".4306" = icmp ugt i64 %".4305", 6489
  br i1 %".4306", label %"widening.test.13", label %"hsr_d1_vlan_tags1"
widening.test.13:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4308" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4309" = load i32, ptr %".4308", align 4
  %".4310" = zext i32 %".4309" to i64
  %"data.177" = inttoptr i64 %".4310" to ptr
  %".4311" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4312" = load i32, ptr %".4311", align 4
  %".4313" = zext i32 %".4312" to i64
  %"data_end.177" = inttoptr i64 %".4313" to ptr
  %".4314" = getelementptr i8, ptr %"keys", i64 0
  %".4315" = load volatile i16, ptr %".4314", align 2
  %".4316" = zext i16 %".4315" to i64
  %".4317" = icmp ugt i64 %".4316", 6489
  br i1 %".4317", label %"widening.test.14", label %"vlan_d1_vlan_tags1"
widening.test.14:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4319" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4320" = load i32, ptr %".4319", align 4
  %".4321" = zext i32 %".4320" to i64
  %"data.178" = inttoptr i64 %".4321" to ptr
  %".4322" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4323" = load i32, ptr %".4322", align 4
  %".4324" = zext i32 %".4323" to i64
  %"data_end.178" = inttoptr i64 %".4324" to ptr
  %".4325" = getelementptr i8, ptr %"keys", i64 0
  %".4326" = load volatile i16, ptr %".4325", align 2
  %".4327" = zext i16 %".4326" to i64
  %".4328" = icmp ugt i64 %".4327", 6495
  br i1 %".4328", label %"widening.test.15", label %"hsr_d1_vlan_tags2"
widening.test.15:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4330" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4331" = load i32, ptr %".4330", align 4
  %".4332" = zext i32 %".4331" to i64
  %"data.179" = inttoptr i64 %".4332" to ptr
  %".4333" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4334" = load i32, ptr %".4333", align 4
  %".4335" = zext i32 %".4334" to i64
  %"data_end.179" = inttoptr i64 %".4335" to ptr
  %".4336" = getelementptr i8, ptr %"keys", i64 0
  %".4337" = load volatile i16, ptr %".4336", align 2
  %".4338" = zext i16 %".4337" to i64
  %".4339" = icmp ugt i64 %".4338", 6495
  br i1 %".4339", label %"widening.test.16", label %"vlan_d1_vlan_tags2"
widening.test.16:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4341" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4342" = load i32, ptr %".4341", align 4
  %".4343" = zext i32 %".4342" to i64
  %"data.180" = inttoptr i64 %".4343" to ptr
  %".4344" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4345" = load i32, ptr %".4344", align 4
  %".4346" = zext i32 %".4345" to i64
  %"data_end.180" = inttoptr i64 %".4346" to ptr
  %".4347" = getelementptr i8, ptr %"keys", i64 0
  %".4348" = load volatile i16, ptr %".4347", align 2
  %".4349" = zext i16 %".4348" to i64
  %".4350" = icmp ugt i64 %".4349", 6501
  br i1 %".4350", label %"widening.test.17", label %"batadv_d1"
widening.test.17:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4352" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4353" = load i32, ptr %".4352", align 4
  %".4354" = zext i32 %".4353" to i64
  %"data.181" = inttoptr i64 %".4354" to ptr
  %".4355" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4356" = load i32, ptr %".4355", align 4
  %".4357" = zext i32 %".4356" to i64
  %"data_end.181" = inttoptr i64 %".4357" to ptr
  %".4358" = getelementptr i8, ptr %"keys", i64 0
  %".4359" = load volatile i16, ptr %".4358", align 2
  %".4360" = zext i16 %".4359" to i64
  %".4361" = icmp ugt i64 %".4360", 6501
  br i1 %".4361", label %"widening.test.18", label %"fcoe"
widening.test.18:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4363" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4364" = load i32, ptr %".4363", align 4
  %".4365" = zext i32 %".4364" to i64
  %"data.182" = inttoptr i64 %".4365" to ptr
  %".4366" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4367" = load i32, ptr %".4366", align 4
  %".4368" = zext i32 %".4367" to i64
  %"data_end.182" = inttoptr i64 %".4368" to ptr
  %".4369" = getelementptr i8, ptr %"keys", i64 0
  %".4370" = load volatile i16, ptr %".4369", align 2
  %".4371" = zext i16 %".4370" to i64
  %".4372" = icmp ugt i64 %".4371", 6501
  br i1 %".4372", label %"widening.test.19", label %"tipc"
widening.test.19:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4374" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4375" = load i32, ptr %".4374", align 4
  %".4376" = zext i32 %".4375" to i64
  %"data.183" = inttoptr i64 %".4376" to ptr
  %".4377" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4378" = load i32, ptr %".4377", align 4
  %".4379" = zext i32 %".4378" to i64
  %"data_end.183" = inttoptr i64 %".4379" to ptr
  %".4380" = getelementptr i8, ptr %"keys", i64 0
  %".4381" = load volatile i16, ptr %".4380", align 2
  %".4382" = zext i16 %".4381" to i64
  %".4383" = icmp ugt i64 %".4382", 6501
  br i1 %".4383", label %"widening.test.20", label %"cfm"
widening.test.20:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4385" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4386" = load i32, ptr %".4385", align 4
  %".4387" = zext i32 %".4386" to i64
  %"data.184" = inttoptr i64 %".4387" to ptr
  %".4388" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4389" = load i32, ptr %".4388", align 4
  %".4390" = zext i32 %".4389" to i64
  %"data_end.184" = inttoptr i64 %".4390" to ptr
  %".4391" = getelementptr i8, ptr %"keys", i64 0
  %".4392" = load volatile i16, ptr %".4391", align 2
  %".4393" = zext i16 %".4392" to i64
  %".4394" = icmp ugt i64 %".4393", 6501
  br i1 %".4394", label %"widening.test.21", label %"ptp"
widening.test.21:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4396" = getelementptr i8, ptr %"ctx.74", i64 76
  %".4397" = load i32, ptr %".4396", align 4
  %".4398" = zext i32 %".4397" to i64
  %"data.185" = inttoptr i64 %".4398" to ptr
  %".4399" = getelementptr i8, ptr %"ctx.74", i64 80
  %".4400" = load i32, ptr %".4399", align 4
  %".4401" = zext i32 %".4400" to i64
  %"data_end.185" = inttoptr i64 %".4401" to ptr
  %".4402" = getelementptr i8, ptr %"keys", i64 0
  %".4403" = load volatile i16, ptr %".4402", align 2
  %".4404" = zext i16 %".4403" to i64
  %".4405" = icmp ugt i64 %".4404", 6501
  br i1 %".4405", label %"widening.test.22", label %"arp"
widening.test.22:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4407" = getelementptr i8, ptr %"ctx.75", i64 76
  %".4408" = load i32, ptr %".4407", align 4
  %".4409" = zext i32 %".4408" to i64
  %"data.186" = inttoptr i64 %".4409" to ptr
  %".4410" = getelementptr i8, ptr %"ctx.75", i64 80
  %".4411" = load i32, ptr %".4410", align 4
  %".4412" = zext i32 %".4411" to i64
  %"data_end.186" = inttoptr i64 %".4412" to ptr
  %".4413" = getelementptr i8, ptr %"keys", i64 0
  %".4414" = load volatile i16, ptr %".4413", align 2
  %".4415" = zext i16 %".4414" to i64
  %".4416" = icmp ugt i64 %".4415", 6501
  br i1 %".4416", label %"widening.test.23", label %"pppoe_d1"
widening.test.23:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4418" = getelementptr i8, ptr %"ctx.76", i64 76
  %".4419" = load i32, ptr %".4418", align 4
  %".4420" = zext i32 %".4419" to i64
  %"data.187" = inttoptr i64 %".4420" to ptr
  %".4421" = getelementptr i8, ptr %"ctx.76", i64 80
  %".4422" = load i32, ptr %".4421", align 4
  %".4423" = zext i32 %".4422" to i64
  %"data_end.187" = inttoptr i64 %".4423" to ptr
  %".4424" = getelementptr i8, ptr %"keys", i64 0
  %".4425" = load volatile i16, ptr %".4424", align 2
  %".4426" = zext i16 %".4425" to i64
  %".4427" = icmp ugt i64 %".4426", 6509
  br i1 %".4427", label %"widening.test.24", label %"ipv6_d1"
widening.test.24:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4429" = getelementptr i8, ptr %"ctx.77", i64 76
  %".4430" = load i32, ptr %".4429", align 4
  %".4431" = zext i32 %".4430" to i64
  %"data.188" = inttoptr i64 %".4431" to ptr
  %".4432" = getelementptr i8, ptr %"ctx.77", i64 80
  %".4433" = load i32, ptr %".4432", align 4
  %".4434" = zext i32 %".4433" to i64
  %"data_end.188" = inttoptr i64 %".4434" to ptr
  %".4435" = getelementptr i8, ptr %"keys", i64 0
  %".4436" = load volatile i16, ptr %".4435", align 2
  %".4437" = zext i16 %".4436" to i64
  %".4438" = icmp ugt i64 %".4437", 8597
  br i1 %".4438", label %"widening.test.25", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.25:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4440" = getelementptr i8, ptr %"ctx.78", i64 76
  %".4441" = load i32, ptr %".4440", align 4
  %".4442" = zext i32 %".4441" to i64
  %"data.189" = inttoptr i64 %".4442" to ptr
  %".4443" = getelementptr i8, ptr %"ctx.78", i64 80
  %".4444" = load i32, ptr %".4443", align 4
  %".4445" = zext i32 %".4444" to i64
  %"data_end.189" = inttoptr i64 %".4445" to ptr
  %".4446" = getelementptr i8, ptr %"keys", i64 0
  %".4447" = load volatile i16, ptr %".4446", align 2
  %".4448" = zext i16 %".4447" to i64
  %".4449" = icmp ugt i64 %".4448", 8597
  br i1 %".4449", label %"widening.test.26", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.26:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4451" = getelementptr i8, ptr %"ctx.79", i64 76
  %".4452" = load i32, ptr %".4451", align 4
  %".4453" = zext i32 %".4452" to i64
  %"data.190" = inttoptr i64 %".4453" to ptr
  %".4454" = getelementptr i8, ptr %"ctx.79", i64 80
  %".4455" = load i32, ptr %".4454", align 4
  %".4456" = zext i32 %".4455" to i64
  %"data_end.190" = inttoptr i64 %".4456" to ptr
  %".4457" = getelementptr i8, ptr %"keys", i64 0
  %".4458" = load volatile i16, ptr %".4457", align 2
  %".4459" = zext i16 %".4458" to i64
  %".4460" = icmp ugt i64 %".4459", 10645
  br i1 %".4460", label %"widening.test.27", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.27:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4462" = getelementptr i8, ptr %"ctx.80", i64 76
  %".4463" = load i32, ptr %".4462", align 4
  %".4464" = zext i32 %".4463" to i64
  %"data.191" = inttoptr i64 %".4464" to ptr
  %".4465" = getelementptr i8, ptr %"ctx.80", i64 80
  %".4466" = load i32, ptr %".4465", align 4
  %".4467" = zext i32 %".4466" to i64
  %"data_end.191" = inttoptr i64 %".4467" to ptr
  %".4468" = getelementptr i8, ptr %"keys", i64 0
  %".4469" = load volatile i16, ptr %".4468", align 2
  %".4470" = zext i16 %".4469" to i64
  %".4471" = icmp ugt i64 %".4470", 10645
  br i1 %".4471", label %"widening.test.28", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.28:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4473" = getelementptr i8, ptr %"ctx.81", i64 76
  %".4474" = load i32, ptr %".4473", align 4
  %".4475" = zext i32 %".4474" to i64
  %"data.192" = inttoptr i64 %".4475" to ptr
  %".4476" = getelementptr i8, ptr %"ctx.81", i64 80
  %".4477" = load i32, ptr %".4476", align 4
  %".4478" = zext i32 %".4477" to i64
  %"data_end.192" = inttoptr i64 %".4478" to ptr
  %".4479" = getelementptr i8, ptr %"keys", i64 0
  %".4480" = load volatile i16, ptr %".4479", align 2
  %".4481" = zext i16 %".4480" to i64
  %".4482" = icmp ugt i64 %".4481", 12693
  br i1 %".4482", label %"widening.test.29", label %"icmpv6"
widening.test.29:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4484" = getelementptr i8, ptr %"ctx.82", i64 76
  %".4485" = load i32, ptr %".4484", align 4
  %".4486" = zext i32 %".4485" to i64
  %"data.193" = inttoptr i64 %".4486" to ptr
  %".4487" = getelementptr i8, ptr %"ctx.82", i64 80
  %".4488" = load i32, ptr %".4487", align 4
  %".4489" = zext i32 %".4488" to i64
  %"data_end.193" = inttoptr i64 %".4489" to ptr
  %".4490" = getelementptr i8, ptr %"keys", i64 0
  %".4491" = load volatile i16, ptr %".4490", align 2
  %".4492" = zext i16 %".4491" to i64
  %".4493" = icmp ugt i64 %".4492", 6509
  br i1 %".4493", label %"widening.test.30", label %"ipv4_d1"
widening.test.30:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4495" = getelementptr i8, ptr %"ctx.83", i64 76
  %".4496" = load i32, ptr %".4495", align 4
  %".4497" = zext i32 %".4496" to i64
  %"data.194" = inttoptr i64 %".4497" to ptr
  %".4498" = getelementptr i8, ptr %"ctx.83", i64 80
  %".4499" = load i32, ptr %".4498", align 4
  %".4500" = zext i32 %".4499" to i64
  %"data_end.194" = inttoptr i64 %".4500" to ptr
  %".4501" = getelementptr i8, ptr %"keys", i64 0
  %".4502" = load volatile i16, ptr %".4501", align 2
  %".4503" = zext i16 %".4502" to i64
  %".4504" = icmp ugt i64 %".4503", 12693
  br i1 %".4504", label %"widening.test.31", label %"mpls_mpls_labels1"
widening.test.31:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4506" = getelementptr i8, ptr %"ctx.84", i64 76
  %".4507" = load i32, ptr %".4506", align 4
  %".4508" = zext i32 %".4507" to i64
  %"data.195" = inttoptr i64 %".4508" to ptr
  %".4509" = getelementptr i8, ptr %"ctx.84", i64 80
  %".4510" = load i32, ptr %".4509", align 4
  %".4511" = zext i32 %".4510" to i64
  %"data_end.195" = inttoptr i64 %".4511" to ptr
  %".4512" = getelementptr i8, ptr %"keys", i64 0
  %".4513" = load volatile i16, ptr %".4512", align 2
  %".4514" = zext i16 %".4513" to i64
  %".4515" = icmp ugt i64 %".4514", 6569
  br i1 %".4515", label %"widening.test.32", label %"icmp"
widening.test.32:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4517" = getelementptr i8, ptr %"ctx.85", i64 76
  %".4518" = load i32, ptr %".4517", align 4
  %".4519" = zext i32 %".4518" to i64
  %"data.196" = inttoptr i64 %".4519" to ptr
  %".4520" = getelementptr i8, ptr %"ctx.85", i64 80
  %".4521" = load i32, ptr %".4520", align 4
  %".4522" = zext i32 %".4521" to i64
  %"data_end.196" = inttoptr i64 %".4522" to ptr
  %".4523" = getelementptr i8, ptr %"keys", i64 0
  %".4524" = load volatile i16, ptr %".4523", align 2
  %".4525" = zext i16 %".4524" to i64
  %".4526" = icmp ugt i64 %".4525", 12693
  br i1 %".4526", label %"widening.test.33", label %"ah"
widening.test.33:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4528" = getelementptr i8, ptr %"ctx.86", i64 76
  %".4529" = load i32, ptr %".4528", align 4
  %".4530" = zext i32 %".4529" to i64
  %"data.197" = inttoptr i64 %".4530" to ptr
  %".4531" = getelementptr i8, ptr %"ctx.86", i64 80
  %".4532" = load i32, ptr %".4531", align 4
  %".4533" = zext i32 %".4532" to i64
  %"data_end.197" = inttoptr i64 %".4533" to ptr
  %".4534" = getelementptr i8, ptr %"keys", i64 0
  %".4535" = load volatile i16, ptr %".4534", align 2
  %".4536" = zext i16 %".4535" to i64
  %".4537" = icmp ugt i64 %".4536", 12693
  br i1 %".4537", label %"widening.test.34", label %"esp"
widening.test.34:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4539" = getelementptr i8, ptr %"ctx.87", i64 76
  %".4540" = load i32, ptr %".4539", align 4
  %".4541" = zext i32 %".4540" to i64
  %"data.198" = inttoptr i64 %".4541" to ptr
  %".4542" = getelementptr i8, ptr %"ctx.87", i64 80
  %".4543" = load i32, ptr %".4542", align 4
  %".4544" = zext i32 %".4543" to i64
  %"data_end.198" = inttoptr i64 %".4544" to ptr
  %".4545" = getelementptr i8, ptr %"keys", i64 0
  %".4546" = load volatile i16, ptr %".4545", align 2
  %".4547" = zext i16 %".4546" to i64
  %".4548" = icmp ugt i64 %".4547", 12693
  br i1 %".4548", label %"widening.test.35", label %"dccp"
widening.test.35:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4550" = getelementptr i8, ptr %"ctx.88", i64 76
  %".4551" = load i32, ptr %".4550", align 4
  %".4552" = zext i32 %".4551" to i64
  %"data.199" = inttoptr i64 %".4552" to ptr
  %".4553" = getelementptr i8, ptr %"ctx.88", i64 80
  %".4554" = load i32, ptr %".4553", align 4
  %".4555" = zext i32 %".4554" to i64
  %"data_end.199" = inttoptr i64 %".4555" to ptr
  %".4556" = getelementptr i8, ptr %"keys", i64 0
  %".4557" = load volatile i16, ptr %".4556", align 2
  %".4558" = zext i16 %".4557" to i64
  %".4559" = icmp ugt i64 %".4558", 12693
  br i1 %".4559", label %"widening.test.36", label %"sctp"
widening.test.36:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4561" = getelementptr i8, ptr %"ctx.89", i64 76
  %".4562" = load i32, ptr %".4561", align 4
  %".4563" = zext i32 %".4562" to i64
  %"data.200" = inttoptr i64 %".4563" to ptr
  %".4564" = getelementptr i8, ptr %"ctx.89", i64 80
  %".4565" = load i32, ptr %".4564", align 4
  %".4566" = zext i32 %".4565" to i64
  %"data_end.200" = inttoptr i64 %".4566" to ptr
  %".4567" = getelementptr i8, ptr %"keys", i64 0
  %".4568" = load volatile i16, ptr %".4567", align 2
  %".4569" = zext i16 %".4568" to i64
  %".4570" = icmp ugt i64 %".4569", 12693
  br i1 %".4570", label %"widening.test.37", label %"gre_version_d1"
widening.test.37:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4572" = getelementptr i8, ptr %"ctx.90", i64 76
  %".4573" = load i32, ptr %".4572", align 4
  %".4574" = zext i32 %".4573" to i64
  %"data.201" = inttoptr i64 %".4574" to ptr
  %".4575" = getelementptr i8, ptr %"ctx.90", i64 80
  %".4576" = load i32, ptr %".4575", align 4
  %".4577" = zext i32 %".4576" to i64
  %"data_end.201" = inttoptr i64 %".4577" to ptr
  %".4578" = getelementptr i8, ptr %"keys", i64 0
  %".4579" = load volatile i16, ptr %".4578", align 2
  %".4580" = zext i16 %".4579" to i64
  %".4581" = icmp ugt i64 %".4580", 12693
  br i1 %".4581", label %"widening.test.38", label %"udplite"
widening.test.38:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4583" = getelementptr i8, ptr %"ctx.91", i64 76
  %".4584" = load i32, ptr %".4583", align 4
  %".4585" = zext i32 %".4584" to i64
  %"data.202" = inttoptr i64 %".4585" to ptr
  %".4586" = getelementptr i8, ptr %"ctx.91", i64 80
  %".4587" = load i32, ptr %".4586", align 4
  %".4588" = zext i32 %".4587" to i64
  %"data_end.202" = inttoptr i64 %".4588" to ptr
  %".4589" = getelementptr i8, ptr %"keys", i64 0
  %".4590" = load volatile i16, ptr %".4589", align 2
  %".4591" = zext i16 %".4590" to i64
  %".4592" = icmp ugt i64 %".4591", 12693
  br i1 %".4592", label %"widening.test.39", label %"udp"
widening.test.39:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4594" = getelementptr i8, ptr %"ctx.92", i64 76
  %".4595" = load i32, ptr %".4594", align 4
  %".4596" = zext i32 %".4595" to i64
  %"data.203" = inttoptr i64 %".4596" to ptr
  %".4597" = getelementptr i8, ptr %"ctx.92", i64 80
  %".4598" = load i32, ptr %".4597", align 4
  %".4599" = zext i32 %".4598" to i64
  %"data_end.203" = inttoptr i64 %".4599" to ptr
  %".4600" = getelementptr i8, ptr %"keys", i64 0
  %".4601" = load volatile i16, ptr %".4600", align 2
  %".4602" = zext i16 %".4601" to i64
  %".4603" = icmp ugt i64 %".4602", 12693
  br i1 %".4603", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }
!1 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!2 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!3 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16 }
!4 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }