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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".365", %"vlan_d0_vlan_tags1.to_ipv4"], [%".480", %"pppoe_d0.to_ipv4"], [%".629", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1822", %"vlan_d0_vlan_tags2.to_ipv4"], [%".1888", %"hsr_d0_vlan_tags2.to_ipv4"], [%".4352", %"widening.test.9"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".365", %"vlan_d0_vlan_tags1.to_ipv6"], [%".480", %"pppoe_d0.to_ipv6"], [%".629", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1822", %"vlan_d0_vlan_tags2.to_ipv6"], [%".1888", %"hsr_d0_vlan_tags2.to_ipv6"], [%".4297", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.40", %"pppoe_d0.to_ipv6"], [%"data.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.168", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.40", %"pppoe_d0.to_ipv6"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.168", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.40", %"pppoe_d0.to_ipv6"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".201" = getelementptr i8, ptr %"hdr.1", i64 40
  %".202" = icmp ugt ptr %".201", %"data_end.3"
  br i1 %".202", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".204" = getelementptr i8, ptr %"hdr.1", i64 0
  %".205" = load i32, ptr %".204", align 4
  %".206" = getelementptr i8, ptr %"hdr.1", i64 6
  %".207" = load i8, ptr %".206", align 1
  %".208" = getelementptr i8, ptr %"hdr.1", i64 8
  %".209" = load i64, ptr %".208", align 8
  %".210" = getelementptr i8, ptr %"hdr.1", i64 16
  %".211" = load i64, ptr %".210", align 8
  %".212" = getelementptr i8, ptr %"hdr.1", i64 24
  %".213" = load i64, ptr %".212", align 8
  %".214" = getelementptr i8, ptr %"hdr.1", i64 32
  %".215" = load i64, ptr %".214", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".205", %"ipv6_d0.linear"], [%".234", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".207", %"ipv6_d0.linear"], [%".236", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".209", %"ipv6_d0.linear"], [%".238", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".211", %"ipv6_d0.linear"], [%".240", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".213", %"ipv6_d0.linear"], [%".242", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".215", %"ipv6_d0.linear"], [%".244", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".246" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %"w6_1", ptr %".246", align 1
  %".248" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".248", align 8
  %".250" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".250", align 8
  %".252" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".252", align 8
  %".254" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".254", align 8
  %".256" = trunc i64 34525 to i16
  %".257" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".256", ptr %".257", align 2
  %".259" = trunc i64 34525 to i16
  %".260" = call i16 @"llvm.bswap.i16"(i16 %".259")
  %".261" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".260", ptr %".261", align 2
  %".263" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".264" = zext i32 %".263" to i64
  %".265" = and i64 %".264", 1048575
  %".266" = trunc i64 %".265" to i32
  %".267" = call i32 @"llvm.bswap.i32"(i32 %".266")
  %".268" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".267", ptr %".268", align 4
  %".270" = add i64 %"cursor.2", 40
  %".271" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".272" = zext i32 %".271" to i64
  %".273" = and i64 %".272", 1048575
  %".274" = icmp ne i64 %".273", 0
  %".275" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".275", align 4
  %".276" = and i32 %"flags.3", 2
  %".277" = icmp ne i32 %".276", 0
  %".278" = and i1 %".274", %".277"
  br i1 %".278", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".338" = getelementptr i8, ptr %"hdr.2", i64 4
  %".339" = icmp ugt ptr %".338", %"data_end.4"
  br i1 %".339", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".341" = getelementptr i8, ptr %"hdr.2", i64 2
  %".342" = load i16, ptr %".341", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".342", %"vlan_d0_vlan_tags1.linear"], [%".361", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".363" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %"w2_2", ptr %".363", align 2
  %".365" = add i64 %"cursor.3", 4
  %".366" = trunc i64 %".365" to i16
  %".367" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".366", ptr %".367", align 2
  %".369" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".370" = zext i16 %".369" to i64
  switch i16 %"w2_2", label %"vlan_d0_vlan_tags1.unknown" [i16 8, label %"vlan_d0_vlan_tags1.to_ipv4" i16 56710, label %"vlan_d0_vlan_tags1.to_ipv6" i16 129, label %"vlan_d0_vlan_tags1.to_vlan" i16 43144, label %"vlan_d0_vlan_tags1.to_vlan.1" i16 18312, label %"vlan_d0_vlan_tags1.to_mpls" i16 18568, label %"vlan_d0_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags1.to_arp" i16 13696, label %"vlan_d0_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags1.to_ptp" i16 649, label %"vlan_d0_vlan_tags1.to_cfm" i16 51848, label %"vlan_d0_vlan_tags1.to_tipc" i16 1673, label %"vlan_d0_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags1.to_hsr" i16 64392, label %"vlan_d0_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".270", %"ipv6_d0.to_mpls"], [%".365", %"vlan_d0_vlan_tags1.to_mpls"], [%".365", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".480", %"pppoe_d0.to_mpls"], [%".480", %"pppoe_d0.to_mpls.1"], [%".629", %"hsr_d0_vlan_tags1.to_mpls"], [%".629", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".702", %"batadv_d0.stop_at_encap.endif.4"], [%".702", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1494", %"ipv6_d1.to_mpls"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1822", %"vlan_d0_vlan_tags2.to_mpls"], [%".1822", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".1888", %"hsr_d0_vlan_tags2.to_mpls"], [%".1888", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".1959", %"vlan_d1_vlan_tags1.to_mpls"], [%".1959", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2036", %"pppoe_d1.to_mpls"], [%".2036", %"pppoe_d1.to_mpls.1"], [%".2098", %"hsr_d1_vlan_tags1.to_mpls"], [%".2098", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.2", %"gre_d0.to_mpls"], [%"end.2", %"gre_d0.to_mpls.1"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".3043", %"vlan_d1_vlan_tags2.to_mpls"], [%".3043", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3109", %"hsr_d1_vlan_tags2.to_mpls"], [%".3109", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3175", %"ethernet_d1.to_mpls"], [%".3175", %"ethernet_d1.to_mpls.1"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".4042", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".4146", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".4583", %"widening.test.30"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.40", %"pppoe_d0.to_mpls"], [%"data.40", %"pppoe_d0.to_mpls.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data.82", %"ipv4_d1.to_mpls"], [%"data.85", %"ipv6_d1.to_mpls"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.105", %"pppoe_d1.to_mpls"], [%"data.105", %"pppoe_d1.to_mpls.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.112", %"gre_d0.to_mpls"], [%"data.112", %"gre_d0.to_mpls.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.138", %"ethernet_d1.to_mpls"], [%"data.138", %"ethernet_d1.to_mpls.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.194", %"widening.test.30"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.40", %"pppoe_d0.to_mpls"], [%"data_end.40", %"pppoe_d0.to_mpls.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.82", %"ipv4_d1.to_mpls"], [%"data_end.85", %"ipv6_d1.to_mpls"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.105", %"pppoe_d1.to_mpls"], [%"data_end.105", %"pppoe_d1.to_mpls.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.112", %"gre_d0.to_mpls"], [%"data_end.112", %"gre_d0.to_mpls.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.138", %"ethernet_d1.to_mpls"], [%"data_end.138", %"ethernet_d1.to_mpls.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.194", %"widening.test.30"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.40", %"pppoe_d0.to_mpls"], [%"keys.40", %"pppoe_d0.to_mpls.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.82", %"ipv4_d1.to_mpls"], [%"keys.85", %"ipv6_d1.to_mpls"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.105", %"pppoe_d1.to_mpls"], [%"keys.105", %"pppoe_d1.to_mpls.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.112", %"gre_d0.to_mpls"], [%"keys.112", %"gre_d0.to_mpls.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.138", %"ethernet_d1.to_mpls"], [%"keys.138", %"ethernet_d1.to_mpls.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.30"]
  %".392" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".393" = getelementptr i8, ptr %"hdr.3", i64 4
  %".394" = icmp ugt ptr %".393", %"data_end.5"
  br i1 %".394", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".396" = getelementptr i8, ptr %"hdr.3", i64 2
  %".397" = load i8, ptr %".396", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".397", %"mpls_mpls_labels1.linear"], [%".416", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %".418" = add i64 %"cursor.4", 4
  %".419" = zext i8 %"w2_1" to i64
  %".420" = and i64 %".419", 1
  switch i64 %".420", label %"mpls_mpls_labels1.unknown" [i64 0, label %"mpls_mpls_labels1.to_mpls"]
mpls_mpls_labels1.to_mpls:
  %".426" = trunc i64 %".418" to i16
  %".427" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".426", ptr %".427", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".365", %"vlan_d0_vlan_tags1.to_pppoe"], [%".629", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1822", %"vlan_d0_vlan_tags2.to_pppoe"], [%".1888", %"hsr_d0_vlan_tags2.to_pppoe"], [%".4286", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.167", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.167", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".430" = getelementptr i8, ptr %"hdr.4", i64 8
  %".431" = icmp ugt ptr %".430", %"data_end.6"
  br i1 %".431", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".433" = getelementptr i8, ptr %"hdr.4", i64 0
  %".434" = load i8, ptr %".433", align 1
  %".435" = getelementptr i8, ptr %"hdr.4", i64 1
  %".436" = load i8, ptr %".435", align 1
  %".437" = getelementptr i8, ptr %"hdr.4", i64 6
  %".438" = load i16, ptr %".437", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".434", %"pppoe_d0.linear"], [%".457", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".436", %"pppoe_d0.linear"], [%".459", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".438", %"pppoe_d0.linear"], [%".461", %"pppoe_d0.copy_failed.endif"]
  %"data.40" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.39", %"pppoe_d0.copy_failed.endif"]
  %"data_end.40" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.39", %"pppoe_d0.copy_failed.endif"]
  %"keys.40" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.39", %"pppoe_d0.copy_failed.endif"]
  %".463" = zext i8 %"w0_1.1" to i64
  %".464" = lshr i64 %".463", 4
  %".465" = and i64 %".464", 15
  %".466" = icmp eq i64 %".465", 1
  %".467" = zext i8 %"w0_1.1" to i64
  %".468" = and i64 %".467", 15
  %".469" = icmp eq i64 %".468", 1
  %".470" = and i1 %".466", %".469"
  %".471" = zext i8 %"w1_1" to i64
  %".472" = icmp eq i64 %".471", 0
  %".473" = and i1 %".470", %".472"
  %".474" = xor i1 %".473", -1
  br i1 %".474", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".365", %"vlan_d0_vlan_tags1.to_arp"], [%".365", %"vlan_d0_vlan_tags1.to_arp.1"], [%".629", %"hsr_d0_vlan_tags1.to_arp"], [%".629", %"hsr_d0_vlan_tags1.to_arp.1"], [%".702", %"batadv_d0.stop_at_encap.endif.7"], [%".702", %"batadv_d0.stop_at_encap.endif.8"], [%".1822", %"vlan_d0_vlan_tags2.to_arp"], [%".1822", %"vlan_d0_vlan_tags2.to_arp.1"], [%".1888", %"hsr_d0_vlan_tags2.to_arp"], [%".1888", %"hsr_d0_vlan_tags2.to_arp.1"], [%".1959", %"vlan_d1_vlan_tags1.to_arp"], [%".1959", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2098", %"hsr_d1_vlan_tags1.to_arp"], [%".2098", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.2", %"gre_d0.to_arp"], [%"end.2", %"gre_d0.to_arp.1"], [%".3043", %"vlan_d1_vlan_tags2.to_arp"], [%".3043", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3109", %"hsr_d1_vlan_tags2.to_arp"], [%".3109", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3175", %"ethernet_d1.to_arp"], [%".3175", %"ethernet_d1.to_arp.1"], [%".4484", %"widening.test.21"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.112", %"gre_d0.to_arp"], [%"data.112", %"gre_d0.to_arp.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.138", %"ethernet_d1.to_arp"], [%"data.138", %"ethernet_d1.to_arp.1"], [%"data.185", %"widening.test.21"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.112", %"gre_d0.to_arp"], [%"data_end.112", %"gre_d0.to_arp.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.138", %"ethernet_d1.to_arp"], [%"data_end.138", %"ethernet_d1.to_arp.1"], [%"data_end.185", %"widening.test.21"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.112", %"gre_d0.to_arp"], [%"keys.112", %"gre_d0.to_arp.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.138", %"ethernet_d1.to_arp"], [%"keys.138", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.21"]
  %".515" = add i64 %"cursor.6", 0
  %".516" = trunc i64 %".515" to i16
  %".517" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".516", ptr %".517", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".365", %"vlan_d0_vlan_tags1.to_ptp"], [%".629", %"hsr_d0_vlan_tags1.to_ptp"], [%".702", %"batadv_d0.stop_at_encap.endif.9"], [%".1822", %"vlan_d0_vlan_tags2.to_ptp"], [%".1888", %"hsr_d0_vlan_tags2.to_ptp"], [%".1959", %"vlan_d1_vlan_tags1.to_ptp"], [%".2098", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.2", %"gre_d0.to_ptp"], [%".3043", %"vlan_d1_vlan_tags2.to_ptp"], [%".3109", %"hsr_d1_vlan_tags2.to_ptp"], [%".3175", %"ethernet_d1.to_ptp"], [%".4473", %"widening.test.20"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.112", %"gre_d0.to_ptp"], [%"data.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.138", %"ethernet_d1.to_ptp"], [%"data.184", %"widening.test.20"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.112", %"gre_d0.to_ptp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.138", %"ethernet_d1.to_ptp"], [%"data_end.184", %"widening.test.20"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.112", %"gre_d0.to_ptp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.138", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.20"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".520" = getelementptr i8, ptr %"hdr.5", i64 34
  %".521" = icmp ugt ptr %".520", %"data_end.8"
  br i1 %".521", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.43" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.42", %"ptp.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.42", %"ptp.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.42", %"ptp.copy_failed.endif"]
  %".541" = add i64 %"cursor.7", 34
  %".542" = trunc i64 %".541" to i16
  %".543" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".542", ptr %".543", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".365", %"vlan_d0_vlan_tags1.to_cfm"], [%".629", %"hsr_d0_vlan_tags1.to_cfm"], [%".702", %"batadv_d0.stop_at_encap.endif.10"], [%".1822", %"vlan_d0_vlan_tags2.to_cfm"], [%".1888", %"hsr_d0_vlan_tags2.to_cfm"], [%".1959", %"vlan_d1_vlan_tags1.to_cfm"], [%".2098", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.2", %"gre_d0.to_cfm"], [%".3043", %"vlan_d1_vlan_tags2.to_cfm"], [%".3109", %"hsr_d1_vlan_tags2.to_cfm"], [%".3175", %"ethernet_d1.to_cfm"], [%".4462", %"widening.test.19"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.112", %"gre_d0.to_cfm"], [%"data.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.138", %"ethernet_d1.to_cfm"], [%"data.183", %"widening.test.19"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.112", %"gre_d0.to_cfm"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.138", %"ethernet_d1.to_cfm"], [%"data_end.183", %"widening.test.19"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.112", %"gre_d0.to_cfm"], [%"keys.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.138", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.19"]
  %".546" = add i64 %"cursor.8", 0
  %".547" = trunc i64 %".546" to i16
  %".548" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".547", ptr %".548", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".365", %"vlan_d0_vlan_tags1.to_tipc"], [%".629", %"hsr_d0_vlan_tags1.to_tipc"], [%".702", %"batadv_d0.stop_at_encap.endif.11"], [%".1822", %"vlan_d0_vlan_tags2.to_tipc"], [%".1888", %"hsr_d0_vlan_tags2.to_tipc"], [%".1959", %"vlan_d1_vlan_tags1.to_tipc"], [%".2098", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.2", %"gre_d0.to_tipc"], [%".3043", %"vlan_d1_vlan_tags2.to_tipc"], [%".3109", %"hsr_d1_vlan_tags2.to_tipc"], [%".3175", %"ethernet_d1.to_tipc"], [%".4451", %"widening.test.18"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.112", %"gre_d0.to_tipc"], [%"data.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.138", %"ethernet_d1.to_tipc"], [%"data.182", %"widening.test.18"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.112", %"gre_d0.to_tipc"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.138", %"ethernet_d1.to_tipc"], [%"data_end.182", %"widening.test.18"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.112", %"gre_d0.to_tipc"], [%"keys.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.138", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.18"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".551" = getelementptr i8, ptr %"hdr.6", i64 16
  %".552" = icmp ugt ptr %".551", %"data_end.10"
  br i1 %".552", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.45" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.44", %"tipc.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.44", %"tipc.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.44", %"tipc.copy_failed.endif"]
  %".572" = trunc i64 %"cursor.9" to i16
  %".573" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".572", ptr %".573", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".365", %"vlan_d0_vlan_tags1.to_fcoe"], [%".629", %"hsr_d0_vlan_tags1.to_fcoe"], [%".702", %"batadv_d0.stop_at_encap.endif.12"], [%".1822", %"vlan_d0_vlan_tags2.to_fcoe"], [%".1888", %"hsr_d0_vlan_tags2.to_fcoe"], [%".1959", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2098", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.2", %"gre_d0.to_fcoe"], [%".3043", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3109", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3175", %"ethernet_d1.to_fcoe"], [%".4440", %"widening.test.17"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.112", %"gre_d0.to_fcoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.138", %"ethernet_d1.to_fcoe"], [%"data.181", %"widening.test.17"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.112", %"gre_d0.to_fcoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.138", %"ethernet_d1.to_fcoe"], [%"data_end.181", %"widening.test.17"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.112", %"gre_d0.to_fcoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.138", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.17"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".576" = getelementptr i8, ptr %"hdr.7", i64 38
  %".577" = icmp ugt ptr %".576", %"data_end.11"
  br i1 %".577", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.47" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.46", %"fcoe.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.46", %"fcoe.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.46", %"fcoe.copy_failed.endif"]
  %".597" = add i64 %"cursor.10", 38
  %".598" = trunc i64 %".597" to i16
  %".599" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".598", ptr %".599", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".602" = getelementptr i8, ptr %"hdr.8", i64 6
  %".603" = icmp ugt ptr %".602", %"data_end.12"
  br i1 %".603", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".605" = getelementptr i8, ptr %"hdr.8", i64 4
  %".606" = load i16, ptr %".605", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".606", %"hsr_d0_vlan_tags1.linear"], [%".625", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.49" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".627" = getelementptr i8, ptr %"keys.49", i64 10
  store i16 %"w4_2", ptr %".627", align 2
  %".629" = add i64 %"cursor.11", 6
  %".630" = trunc i64 %".629" to i16
  %".631" = getelementptr i8, ptr %"keys.49", i64 0
  store i16 %".630", ptr %".631", align 2
  %".633" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".634" = zext i16 %".633" to i64
  switch i16 %"w4_2", label %"hsr_d0_vlan_tags1.unknown" [i16 8, label %"hsr_d0_vlan_tags1.to_ipv4" i16 56710, label %"hsr_d0_vlan_tags1.to_ipv6" i16 129, label %"hsr_d0_vlan_tags1.to_vlan" i16 43144, label %"hsr_d0_vlan_tags1.to_vlan.1" i16 18312, label %"hsr_d0_vlan_tags1.to_mpls" i16 18568, label %"hsr_d0_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags1.to_arp" i16 13696, label %"hsr_d0_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags1.to_ptp" i16 649, label %"hsr_d0_vlan_tags1.to_cfm" i16 51848, label %"hsr_d0_vlan_tags1.to_tipc" i16 1673, label %"hsr_d0_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags1.to_hsr" i16 64392, label %"hsr_d0_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".365", %"vlan_d0_vlan_tags1.to_batadv"], [%".629", %"hsr_d0_vlan_tags1.to_batadv"], [%".1822", %"vlan_d0_vlan_tags2.to_batadv"], [%".1888", %"hsr_d0_vlan_tags2.to_batadv"], [%".4275", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.166", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.166", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".656" = getelementptr i8, ptr %"hdr.9", i64 24
  %".657" = icmp ugt ptr %".656", %"data_end.13"
  br i1 %".657", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".659" = getelementptr i8, ptr %"hdr.9", i64 0
  %".660" = load i8, ptr %".659", align 1
  %".661" = getelementptr i8, ptr %"hdr.9", i64 1
  %".662" = load i8, ptr %".661", align 1
  %".663" = getelementptr i8, ptr %"hdr.9", i64 22
  %".664" = load i16, ptr %".663", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".660", %"batadv_d0.linear"], [%".683", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".662", %"batadv_d0.linear"], [%".685", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".664", %"batadv_d0.linear"], [%".687", %"batadv_d0.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.50", %"batadv_d0.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.50", %"batadv_d0.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.50", %"batadv_d0.copy_failed.endif"]
  %".689" = zext i8 %"w1_1.1" to i64
  %".690" = icmp eq i64 %".689", 15
  %".691" = zext i8 %"w0_1.2" to i64
  %".692" = icmp eq i64 %".691", 64
  %".693" = and i1 %".690", %".692"
  %".694" = xor i1 %".693", -1
  br i1 %".694", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  %".108" = trunc i64 2048 to i16
  %".109" = call i16 @"llvm.bswap.i16"(i16 %".108")
  %".110" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".109", ptr %".110", align 2
  %".112" = add i64 %"cursor.1", 20
  %".113" = zext i8 %"w0_1" to i64
  %".114" = and i64 %".113", 15
  %".115" = icmp eq i64 %".114", 5
  %".116" = xor i1 %".115", -1
  br i1 %".116", label %"ipv4_d0.variable", label %"ipv4_d0.no_variable", !prof !0
ipv4_d0.no_variable:
  br label %"ipv4_d0.variable.endif"
ipv4_d0.variable.endif:
  %"end" = phi  i64 [%".112", %"ipv4_d0.no_variable"], [%".124", %"ipv4_d0.variable"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.no_variable"], [%"data.15", %"ipv4_d0.variable"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.no_variable"], [%"data_end.15", %"ipv4_d0.variable"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.no_variable"], [%"keys.15", %"ipv4_d0.variable"]
  %".126" = and i16 %"w6_2", 65343
  %".127" = icmp ne i16 %".126", 0
  %".128" = and i16 %"w6_2", 65311
  %".129" = icmp eq i16 %".128", 0
  br i1 %".127", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".151" = zext i8 %"w9_1" to i64
  switch i64 %".151", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".270", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1494", %"ipv6_d1.to_tcp"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".4042", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".4146", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".4682", %"widening.test.39"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.82", %"ipv4_d1.to_tcp"], [%"data.85", %"ipv6_d1.to_tcp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.203", %"widening.test.39"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.82", %"ipv4_d1.to_tcp"], [%"data_end.85", %"ipv6_d1.to_tcp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.203", %"widening.test.39"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.82", %"ipv4_d1.to_tcp"], [%"keys.85", %"ipv6_d1.to_tcp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.39"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".886" = getelementptr i8, ptr %"hdr.10", i64 4
  %".887" = icmp ugt ptr %".886", %"data_end.17"
  br i1 %".887", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".889" = getelementptr i8, ptr %"hdr.10", i64 0
  %".890" = load i32, ptr %".889", align 4
  br label %"tcp.header"
tcp.header:
  %"w0_4.1" = phi  i32 [%".890", %"tcp.linear"], [%".909", %"tcp.copy_failed.endif"]
  %"data.57" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.56", %"tcp.copy_failed.endif"]
  %"data_end.57" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.56", %"tcp.copy_failed.endif"]
  %"keys.57" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.56", %"tcp.copy_failed.endif"]
  %".911" = getelementptr i8, ptr %"keys.57", i64 12
  store i32 %"w0_4.1", ptr %".911", align 4
  %".913" = trunc i64 %"cursor.13" to i16
  %".914" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".913", ptr %".914", align 2
  br label %"return"
ipv4_d0.variable:
  %".119" = zext i8 %"w0_1" to i64
  %".120" = and i64 %".119", 15
  %".121" = mul i64 %".120", 4
  %".122" = sub i64 %".121", 20
  %".123" = add i64 %".122", 20
  %".124" = add i64 %"cursor.1", %".123"
  br label %"ipv4_d0.variable.endif"
ipv4_d0.fragment:
  %".131" = getelementptr i8, ptr %"keys.16", i64 6
  store i8 1, ptr %".131", align 1
  br i1 %".129", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.first_fragment:
  %".134" = getelementptr i8, ptr %"keys.16", i64 7
  store i8 1, ptr %".134", align 1
  %".136" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags" = load volatile i32, ptr %".136", align 4
  %".137" = and i32 %"flags", 1
  %".138" = icmp ne i32 %".137", 0
  %".139" = xor i1 %".138", -1
  br i1 %".139", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".146" = trunc i64 %"end" to i16
  %".147" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".146", ptr %".147", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".141" = trunc i64 %"end" to i16
  %".142" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".141", ptr %".142", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".153" = trunc i64 %"end" to i16
  %".154" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".153", ptr %".154", align 2
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
  %".166" = trunc i64 34887 to i16
  %".167" = call i16 @"llvm.bswap.i16"(i16 %".166")
  %".168" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".167", ptr %".168", align 2
  br label %"mpls_mpls_labels1"
ipv4_d0.to_ipv4:
  %".171" = trunc i64 2048 to i16
  %".172" = call i16 @"llvm.bswap.i16"(i16 %".171")
  %".173" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".172", ptr %".173", align 2
  %".175" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".175", align 1
  %".177" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.1" = load volatile i32, ptr %".177", align 4
  %".178" = and i32 %"flags.1", 4
  %".179" = icmp ne i32 %".178", 0
  br i1 %".179", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".186" = trunc i64 34525 to i16
  %".187" = call i16 @"llvm.bswap.i16"(i16 %".186")
  %".188" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".187", ptr %".188", align 2
  %".190" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".190", align 1
  %".192" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".192", align 4
  %".193" = and i32 %"flags.2", 4
  %".194" = icmp ne i32 %".193", 0
  br i1 %".194", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".270", %"ipv6_d0.to_udp"], [%"end.1", %"ipv4_d1.to_udp"], [%".1494", %"ipv6_d1.to_udp"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".4042", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".4146", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".4671", %"widening.test.38"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.82", %"ipv4_d1.to_udp"], [%"data.85", %"ipv6_d1.to_udp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.202", %"widening.test.38"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.82", %"ipv4_d1.to_udp"], [%"data_end.85", %"ipv6_d1.to_udp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.202", %"widening.test.38"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.82", %"ipv4_d1.to_udp"], [%"keys.85", %"ipv6_d1.to_udp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.38"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".917" = getelementptr i8, ptr %"hdr.11", i64 4
  %".918" = icmp ugt ptr %".917", %"data_end.18"
  br i1 %".918", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".920" = getelementptr i8, ptr %"hdr.11", i64 0
  %".921" = load i32, ptr %".920", align 4
  br label %"udp.header"
udp.header:
  %"w0_4.2" = phi  i32 [%".921", %"udp.linear"], [%".940", %"udp.copy_failed.endif"]
  %"data.59" = phi  ptr [%"data.18", %"udp.linear"], [%"data.58", %"udp.copy_failed.endif"]
  %"data_end.59" = phi  ptr [%"data_end.18", %"udp.linear"], [%"data_end.58", %"udp.copy_failed.endif"]
  %"keys.59" = phi  ptr [%"keys.18", %"udp.linear"], [%"keys.58", %"udp.copy_failed.endif"]
  %".942" = getelementptr i8, ptr %"keys.59", i64 12
  store i32 %"w0_4.2", ptr %".942", align 4
  %".944" = add i64 %"cursor.14", 4
  %".945" = add i64 4, 4
  %".946" = getelementptr i8, ptr %"data.59", i64 %"cursor.14"
  %".947" = getelementptr i8, ptr %".946", i64 %".945"
  %".948" = icmp ugt ptr %".947", %"data_end.59"
  br i1 %".948", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.61" = phi  ptr [%"data.59", %"udp.header"], [%"data.60", %"udp.copy_last_byte_failed.endif"]
  %"data_end.61" = phi  ptr [%"data_end.59", %"udp.header"], [%"data_end.60", %"udp.copy_last_byte_failed.endif"]
  %"keys.61" = phi  ptr [%"keys.59", %"udp.header"], [%"keys.60", %"udp.copy_last_byte_failed.endif"]
  %".969" = add i64 %"cursor.14", %".945"
  %".970" = trunc i64 %"cursor.14" to i16
  %".971" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".970", ptr %".971", align 2
  br label %"return"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".270", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1494", %"ipv6_d1.to_udplite"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".4042", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".4146", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".4660", %"widening.test.37"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.82", %"ipv4_d1.to_udplite"], [%"data.85", %"ipv6_d1.to_udplite"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.201", %"widening.test.37"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.82", %"ipv4_d1.to_udplite"], [%"data_end.85", %"ipv6_d1.to_udplite"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.201", %"widening.test.37"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.82", %"ipv4_d1.to_udplite"], [%"keys.85", %"ipv6_d1.to_udplite"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.37"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".974" = getelementptr i8, ptr %"hdr.12", i64 4
  %".975" = icmp ugt ptr %".974", %"data_end.19"
  br i1 %".975", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".977" = getelementptr i8, ptr %"hdr.12", i64 0
  %".978" = load i32, ptr %".977", align 4
  br label %"udplite.header"
udplite.header:
  %"w0_4.3" = phi  i32 [%".978", %"udplite.linear"], [%".997", %"udplite.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.19", %"udplite.linear"], [%"data.62", %"udplite.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.19", %"udplite.linear"], [%"data_end.62", %"udplite.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.19", %"udplite.linear"], [%"keys.62", %"udplite.copy_failed.endif"]
  %".999" = getelementptr i8, ptr %"keys.63", i64 12
  store i32 %"w0_4.3", ptr %".999", align 4
  %".1001" = add i64 %"cursor.15", 4
  %".1002" = add i64 4, 4
  %".1003" = getelementptr i8, ptr %"data.63", i64 %"cursor.15"
  %".1004" = getelementptr i8, ptr %".1003", i64 %".1002"
  %".1005" = icmp ugt ptr %".1004", %"data_end.63"
  br i1 %".1005", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.65" = phi  ptr [%"data.63", %"udplite.header"], [%"data.64", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.63", %"udplite.header"], [%"data_end.64", %"udplite.copy_last_byte_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.63", %"udplite.header"], [%"keys.64", %"udplite.copy_last_byte_failed.endif"]
  %".1026" = add i64 %"cursor.15", %".1002"
  %".1027" = trunc i64 %"cursor.15" to i16
  %".1028" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1027", ptr %".1028", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".270", %"ipv6_d0.to_gre_version"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".4363", %"widening.test.10"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.174", %"widening.test.10"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.174", %"widening.test.10"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.10"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1031" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1032" = icmp ugt ptr %".1031", %"data_end.20"
  br i1 %".1032", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1034" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1035" = load i8, ptr %".1034", align 1
  %".1036" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1037" = load i8, ptr %".1036", align 1
  %".1038" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1039" = load i16, ptr %".1038", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1035", %"gre_version_d0.linear"], [%".1058", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1037", %"gre_version_d0.linear"], [%".1060", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1039", %"gre_version_d0.linear"], [%".1062", %"gre_version_d0.copy_failed.endif"]
  %"data.67" = phi  ptr [%"data.20", %"gre_version_d0.linear"], [%"data.66", %"gre_version_d0.copy_failed.endif"]
  %"data_end.67" = phi  ptr [%"data_end.20", %"gre_version_d0.linear"], [%"data_end.66", %"gre_version_d0.copy_failed.endif"]
  %"keys.67" = phi  ptr [%"keys.20", %"gre_version_d0.linear"], [%"keys.66", %"gre_version_d0.copy_failed.endif"]
  %".1064" = zext i8 %"w0_1.3" to i64
  %".1065" = lshr i64 %".1064", 6
  %".1066" = and i64 %".1065", 1
  %".1067" = icmp ne i64 %".1066", 0
  %".1068" = zext i8 %"w1_1.2" to i64
  %".1069" = and i64 %".1068", 7
  %".1070" = icmp ugt i64 %".1069", 1
  %".1071" = or i1 %".1067", %".1070"
  br i1 %".1071", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1077" = getelementptr i8, ptr %"keys.67", i64 10
  store i16 %"w2_2.1", ptr %".1077", align 2
  %".1079" = zext i8 %"w1_1.2" to i64
  %".1080" = and i64 %".1079", 7
  switch i64 %".1080", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.34" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.68" = phi  ptr [%"data.67", %"gre_version_d0.to_gre"]
  %"data_end.68" = phi  ptr [%"data_end.67", %"gre_version_d0.to_gre"]
  %"keys.68" = phi  ptr [%"keys.67", %"gre_version_d0.to_gre"]
  %".2403" = add i64 %"cursor.34", 4
  %".2404" = and i8 %"w0_1.3", 176
  %".2405" = icmp eq i8 %".2404", 0
  %".2406" = xor i1 %".2405", -1
  br i1 %".2406", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.2" = phi  i64 [%".2403", %"gre_d0.no_variable"], [%".2445", %"gre_d0.variable_part"]
  %"data.112" = phi  ptr [%"data.68", %"gre_d0.no_variable"], [%"data.111", %"gre_d0.variable_part"]
  %"data_end.112" = phi  ptr [%"data_end.68", %"gre_d0.no_variable"], [%"data_end.111", %"gre_d0.variable_part"]
  %"keys.112" = phi  ptr [%"keys.68", %"gre_d0.no_variable"], [%"keys.111", %"gre_d0.variable_part"]
  %".2447" = getelementptr i8, ptr %"keys.112", i64 8
  store i8 1, ptr %".2447", align 1
  %".2449" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.49" = load volatile i32, ptr %".2449", align 4
  %".2450" = and i32 %"flags.49", 4
  %".2451" = icmp ne i32 %".2450", 0
  br i1 %".2451", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".270", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1494", %"ipv6_d1.to_sctp"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".4042", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".4146", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".4638", %"widening.test.35"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.82", %"ipv4_d1.to_sctp"], [%"data.85", %"ipv6_d1.to_sctp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.199", %"widening.test.35"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.82", %"ipv4_d1.to_sctp"], [%"data_end.85", %"ipv6_d1.to_sctp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.199", %"widening.test.35"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.82", %"ipv4_d1.to_sctp"], [%"keys.85", %"ipv6_d1.to_sctp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.35"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1088" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1089" = icmp ugt ptr %".1088", %"data_end.21"
  br i1 %".1089", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1091" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1092" = load i32, ptr %".1091", align 4
  br label %"sctp.header"
sctp.header:
  %"w0_4.4" = phi  i32 [%".1092", %"sctp.linear"], [%".1111", %"sctp.copy_failed.endif"]
  %"data.71" = phi  ptr [%"data.21", %"sctp.linear"], [%"data.70", %"sctp.copy_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.21", %"sctp.linear"], [%"data_end.70", %"sctp.copy_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.21", %"sctp.linear"], [%"keys.70", %"sctp.copy_failed.endif"]
  %".1113" = getelementptr i8, ptr %"keys.71", i64 12
  store i32 %"w0_4.4", ptr %".1113", align 4
  %".1115" = add i64 %"cursor.17", 4
  %".1116" = trunc i64 %"cursor.17" to i16
  %".1117" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1116", ptr %".1117", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".270", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1494", %"ipv6_d1.to_dccp"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".4042", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".4146", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".4627", %"widening.test.34"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.82", %"ipv4_d1.to_dccp"], [%"data.85", %"ipv6_d1.to_dccp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.198", %"widening.test.34"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.82", %"ipv4_d1.to_dccp"], [%"data_end.85", %"ipv6_d1.to_dccp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.198", %"widening.test.34"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.82", %"ipv4_d1.to_dccp"], [%"keys.85", %"ipv6_d1.to_dccp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.34"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1120" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1121" = icmp ugt ptr %".1120", %"data_end.22"
  br i1 %".1121", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1123" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1124" = load i32, ptr %".1123", align 4
  br label %"dccp.header"
dccp.header:
  %"w0_4.5" = phi  i32 [%".1124", %"dccp.linear"], [%".1143", %"dccp.copy_failed.endif"]
  %"data.73" = phi  ptr [%"data.22", %"dccp.linear"], [%"data.72", %"dccp.copy_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.22", %"dccp.linear"], [%"data_end.72", %"dccp.copy_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.22", %"dccp.linear"], [%"keys.72", %"dccp.copy_failed.endif"]
  %".1145" = getelementptr i8, ptr %"keys.73", i64 12
  store i32 %"w0_4.5", ptr %".1145", align 4
  %".1147" = add i64 %"cursor.18", 4
  %".1148" = trunc i64 %"cursor.18" to i16
  %".1149" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1148", ptr %".1149", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".270", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1494", %"ipv6_d1.to_esp"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".4042", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".4146", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".4616", %"widening.test.33"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.82", %"ipv4_d1.to_esp"], [%"data.85", %"ipv6_d1.to_esp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.197", %"widening.test.33"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.82", %"ipv4_d1.to_esp"], [%"data_end.85", %"ipv6_d1.to_esp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.197", %"widening.test.33"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.82", %"ipv4_d1.to_esp"], [%"keys.85", %"ipv6_d1.to_esp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.33"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1152" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1153" = icmp ugt ptr %".1152", %"data_end.23"
  br i1 %".1153", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1155" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1156" = load i32, ptr %".1155", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.6" = phi  i32 [%".1156", %"esp.linear"], [%".1175", %"esp.copy_failed.endif"]
  %"data.75" = phi  ptr [%"data.23", %"esp.linear"], [%"data.74", %"esp.copy_failed.endif"]
  %"data_end.75" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.74", %"esp.copy_failed.endif"]
  %"keys.75" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.74", %"esp.copy_failed.endif"]
  %".1177" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1178" = zext i32 %".1177" to i64
  %".1179" = lshr i64 %".1178", 16
  %".1180" = trunc i64 %".1179" to i16
  %".1181" = call i16 @"llvm.bswap.i16"(i16 %".1180")
  %".1182" = getelementptr i8, ptr %"keys.75", i64 12
  store i16 %".1181", ptr %".1182", align 2
  %".1184" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1185" = zext i32 %".1184" to i64
  %".1186" = and i64 %".1185", 65535
  %".1187" = trunc i64 %".1186" to i16
  %".1188" = call i16 @"llvm.bswap.i16"(i16 %".1187")
  %".1189" = getelementptr i8, ptr %"keys.75", i64 14
  store i16 %".1188", ptr %".1189", align 2
  %".1191" = add i64 %"cursor.19", 4
  %".1192" = trunc i64 %"cursor.19" to i16
  %".1193" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1192", ptr %".1193", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".270", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1494", %"ipv6_d1.to_ah"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".4042", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".4146", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".4605", %"widening.test.32"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.82", %"ipv4_d1.to_ah"], [%"data.85", %"ipv6_d1.to_ah"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.196", %"widening.test.32"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.82", %"ipv4_d1.to_ah"], [%"data_end.85", %"ipv6_d1.to_ah"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.196", %"widening.test.32"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.82", %"ipv4_d1.to_ah"], [%"keys.85", %"ipv6_d1.to_ah"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.32"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1196" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1197" = icmp ugt ptr %".1196", %"data_end.24"
  br i1 %".1197", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1199" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1200" = load i32, ptr %".1199", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1200", %"ah.linear"], [%".1219", %"ah.copy_failed.endif"]
  %"data.77" = phi  ptr [%"data.24", %"ah.linear"], [%"data.76", %"ah.copy_failed.endif"]
  %"data_end.77" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.76", %"ah.copy_failed.endif"]
  %"keys.77" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.76", %"ah.copy_failed.endif"]
  %".1221" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1222" = zext i32 %".1221" to i64
  %".1223" = lshr i64 %".1222", 16
  %".1224" = trunc i64 %".1223" to i16
  %".1225" = call i16 @"llvm.bswap.i16"(i16 %".1224")
  %".1226" = getelementptr i8, ptr %"keys.77", i64 12
  store i16 %".1225", ptr %".1226", align 2
  %".1228" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1229" = zext i32 %".1228" to i64
  %".1230" = and i64 %".1229", 65535
  %".1231" = trunc i64 %".1230" to i16
  %".1232" = call i16 @"llvm.bswap.i16"(i16 %".1231")
  %".1233" = getelementptr i8, ptr %"keys.77", i64 14
  store i16 %".1232", ptr %".1233", align 2
  %".1235" = add i64 %"cursor.20", 8
  %".1236" = trunc i64 %"cursor.20" to i16
  %".1237" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1236", ptr %".1237", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".4594", %"widening.test.31"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.82", %"ipv4_d1.to_icmp"], [%"data.195", %"widening.test.31"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.82", %"ipv4_d1.to_icmp"], [%"data_end.195", %"widening.test.31"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.82", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.31"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1240" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1241" = icmp ugt ptr %".1240", %"data_end.25"
  br i1 %".1241", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.79" = phi  ptr [%"data.25", %"icmp.linear"], [%"data.78", %"icmp.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.25", %"icmp.linear"], [%"data_end.78", %"icmp.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.25", %"icmp.linear"], [%"keys.78", %"icmp.copy_failed.endif"]
  %".1261" = add i64 %"cursor.21", 4
  %".1262" = trunc i64 %"cursor.21" to i16
  %".1263" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1262", ptr %".1263", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".181" = trunc i64 %"end" to i16
  %".182" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".181", ptr %".182", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".270", %"ipv6_d0.stop_at_encap.endif"], [%".702", %"batadv_d0.stop_at_encap.endif"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%".1959", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2036", %"pppoe_d1.to_ipv4"], [%".2098", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.2", %"gre_d0.to_ipv4"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3043", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3109", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3175", %"ethernet_d1.to_ipv4"], [%".3224", %"ppp_d0.stop_at_encap.endif"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".4572", %"widening.test.29"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.51", %"batadv_d0.stop_at_encap.endif"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.105", %"pppoe_d1.to_ipv4"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.112", %"gre_d0.to_ipv4"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.138", %"ethernet_d1.to_ipv4"], [%"data.140", %"ppp_d0.stop_at_encap.endif"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.193", %"widening.test.29"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.105", %"pppoe_d1.to_ipv4"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.112", %"gre_d0.to_ipv4"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.138", %"ethernet_d1.to_ipv4"], [%"data_end.140", %"ppp_d0.stop_at_encap.endif"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.193", %"widening.test.29"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.51", %"batadv_d0.stop_at_encap.endif"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.105", %"pppoe_d1.to_ipv4"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.112", %"gre_d0.to_ipv4"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.138", %"ethernet_d1.to_ipv4"], [%"keys.140", %"ppp_d0.stop_at_encap.endif"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.29"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1266" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1267" = icmp ugt ptr %".1266", %"data_end.26"
  br i1 %".1267", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1269" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1270" = load i8, ptr %".1269", align 1
  %".1271" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1272" = load i16, ptr %".1271", align 2
  %".1273" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1274" = load i8, ptr %".1273", align 1
  %".1275" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1276" = load i64, ptr %".1275", align 8
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1270", %"ipv4_d1.linear"], [%".1295", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1272", %"ipv4_d1.linear"], [%".1297", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1274", %"ipv4_d1.linear"], [%".1299", %"ipv4_d1.copy_failed.endif"]
  %"w12_8.1" = phi  i64 [%".1276", %"ipv4_d1.linear"], [%".1308", %"ipv4_d1.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.26", %"ipv4_d1.linear"], [%"data.80", %"ipv4_d1.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.26", %"ipv4_d1.linear"], [%"data_end.80", %"ipv4_d1.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.26", %"ipv4_d1.linear"], [%"keys.80", %"ipv4_d1.copy_failed.endif"]
  %".1310" = zext i8 %"w0_1.4" to i64
  %".1311" = and i64 %".1310", 15
  %".1312" = icmp uge i64 %".1311", 5
  %".1313" = xor i1 %".1312", -1
  br i1 %".1313", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".196" = trunc i64 %"end" to i16
  %".197" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".196", ptr %".197", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".270", %"ipv6_d0.stop_at_encap.endif.1"], [%".702", %"batadv_d0.stop_at_encap.endif.1"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1959", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2036", %"pppoe_d1.to_ipv6"], [%".2098", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.2", %"gre_d0.to_ipv6"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3043", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3109", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3175", %"ethernet_d1.to_ipv6"], [%".3224", %"ppp_d0.stop_at_encap.endif.1"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4506", %"widening.test.23"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.105", %"pppoe_d1.to_ipv6"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.112", %"gre_d0.to_ipv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.138", %"ethernet_d1.to_ipv6"], [%"data.140", %"ppp_d0.stop_at_encap.endif.1"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.187", %"widening.test.23"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.105", %"pppoe_d1.to_ipv6"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.112", %"gre_d0.to_ipv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.138", %"ethernet_d1.to_ipv6"], [%"data_end.140", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.187", %"widening.test.23"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.105", %"pppoe_d1.to_ipv6"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.112", %"gre_d0.to_ipv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.138", %"ethernet_d1.to_ipv6"], [%"keys.140", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.23"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1425" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1426" = icmp ugt ptr %".1425", %"data_end.27"
  br i1 %".1426", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1428" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1429" = load i32, ptr %".1428", align 4
  %".1430" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1431" = load i8, ptr %".1430", align 1
  %".1432" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1433" = load i64, ptr %".1432", align 8
  %".1434" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1435" = load i64, ptr %".1434", align 8
  %".1436" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1437" = load i64, ptr %".1436", align 8
  %".1438" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1439" = load i64, ptr %".1438", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.7" = phi  i32 [%".1429", %"ipv6_d1.linear"], [%".1458", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1431", %"ipv6_d1.linear"], [%".1460", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1433", %"ipv6_d1.linear"], [%".1462", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1435", %"ipv6_d1.linear"], [%".1464", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1437", %"ipv6_d1.linear"], [%".1466", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1439", %"ipv6_d1.linear"], [%".1468", %"ipv6_d1.copy_failed.endif"]
  %"data.85" = phi  ptr [%"data.27", %"ipv6_d1.linear"], [%"data.84", %"ipv6_d1.copy_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.27", %"ipv6_d1.linear"], [%"data_end.84", %"ipv6_d1.copy_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.27", %"ipv6_d1.linear"], [%"keys.84", %"ipv6_d1.copy_failed.endif"]
  %".1470" = getelementptr i8, ptr %"keys.85", i64 9
  store i8 %"w6_1.1", ptr %".1470", align 1
  %".1472" = getelementptr i8, ptr %"keys.85", i64 16
  store i64 %"w8_8.1", ptr %".1472", align 8
  %".1474" = getelementptr i8, ptr %"keys.85", i64 24
  store i64 %"w16_8.1", ptr %".1474", align 8
  %".1476" = getelementptr i8, ptr %"keys.85", i64 32
  store i64 %"w24_8.1", ptr %".1476", align 8
  %".1478" = getelementptr i8, ptr %"keys.85", i64 40
  store i64 %"w32_8.1", ptr %".1478", align 8
  %".1480" = trunc i64 34525 to i16
  %".1481" = getelementptr i8, ptr %"keys.85", i64 4
  store i16 %".1480", ptr %".1481", align 2
  %".1483" = trunc i64 34525 to i16
  %".1484" = call i16 @"llvm.bswap.i16"(i16 %".1483")
  %".1485" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1484", ptr %".1485", align 2
  %".1487" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1488" = zext i32 %".1487" to i64
  %".1489" = and i64 %".1488", 1048575
  %".1490" = trunc i64 %".1489" to i32
  %".1491" = call i32 @"llvm.bswap.i32"(i32 %".1490")
  %".1492" = getelementptr i8, ptr %"keys.85", i64 52
  store i32 %".1491", ptr %".1492", align 4
  %".1494" = add i64 %"cursor.23", 40
  %".1495" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1496" = zext i32 %".1495" to i64
  %".1497" = and i64 %".1496", 1048575
  %".1498" = icmp ne i64 %".1497", 0
  %".1499" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.25" = load volatile i32, ptr %".1499", align 4
  %".1500" = and i32 %"flags.25", 2
  %".1501" = icmp ne i32 %".1500", 0
  %".1502" = and i1 %".1498", %".1501"
  br i1 %".1502", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".217" = trunc i64 %"cursor.2" to i32
  %".218" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".217", [40 x i8]* %"header_copy", i32 40)
  %".219" = icmp eq i64 %".218", 0
  %".220" = getelementptr i8, ptr %"ctx.2", i64 76
  %".221" = load i32, ptr %".220", align 4
  %".222" = zext i32 %".221" to i64
  %"data.28" = inttoptr i64 %".222" to ptr
  %".223" = getelementptr i8, ptr %"ctx.2", i64 80
  %".224" = load i32, ptr %".223", align 4
  %".225" = zext i32 %".224" to i64
  %"data_end.28" = inttoptr i64 %".225" to ptr
  %".226" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".226", align 8
  %".227" = xor i1 %".219", -1
  br i1 %".227", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".229" = trunc i64 %"cursor.2" to i16
  %".230" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".229", ptr %".230", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".233" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".234" = load volatile i32, [40 x i8]* %".233", align 4
  %".235" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".236" = load volatile i8, [40 x i8]* %".235", align 1
  %".237" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".238" = load volatile i64, [40 x i8]* %".237", align 8
  %".239" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".240" = load volatile i64, [40 x i8]* %".239", align 8
  %".241" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".242" = load volatile i64, [40 x i8]* %".241", align 8
  %".243" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".244" = load volatile i64, [40 x i8]* %".243", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".280" = trunc i64 %".270" to i16
  %".281" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".280", ptr %".281", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".284" = zext i8 %"w6_1" to i64
  switch i64 %".284", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".286" = trunc i64 %".270" to i16
  %".287" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".286", ptr %".287", align 2
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
  %".303" = trunc i64 34887 to i16
  %".304" = call i16 @"llvm.bswap.i16"(i16 %".303")
  %".305" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".304", ptr %".305", align 2
  br label %"mpls_mpls_labels1"
ipv6_d0.to_ipv4:
  %".308" = trunc i64 2048 to i16
  %".309" = call i16 @"llvm.bswap.i16"(i16 %".308")
  %".310" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".309", ptr %".310", align 2
  %".312" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".312", align 1
  %".314" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".314", align 4
  %".315" = and i32 %"flags.4", 4
  %".316" = icmp ne i32 %".315", 0
  br i1 %".316", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".323" = trunc i64 34525 to i16
  %".324" = call i16 @"llvm.bswap.i16"(i16 %".323")
  %".325" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".324", ptr %".325", align 2
  %".327" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".327", align 1
  %".329" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.5" = load volatile i32, ptr %".329", align 4
  %".330" = and i32 %"flags.5", 4
  %".331" = icmp ne i32 %".330", 0
  br i1 %".331", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".270", %"ipv6_d0.to_ipv6_opts"], [%".270", %"ipv6_d0.to_ipv6_opts.1"], [%".270", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1568" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1569" = icmp ugt ptr %".1568", %"data_end.30"
  br i1 %".1569", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1571" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1572" = load i8, ptr %".1571", align 1
  %".1573" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1574" = load i8, ptr %".1573", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1572", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1593", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1574", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1595", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.89" = phi  ptr [%"data.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1597" = getelementptr i8, ptr %"keys.89", i64 9
  store i8 %"w0_1.5", ptr %".1597", align 1
  %".1599" = add i64 %"cursor.24", 2
  %".1600" = zext i8 %"w1_1.3" to i64
  %".1601" = mul i64 %".1600", 8
  %".1602" = add i64 %".1601", 6
  %".1603" = add i64 %".1602", 2
  %".1604" = add i64 %"cursor.24", %".1603"
  %".1605" = zext i8 %"w0_1.5" to i64
  switch i64 %".1605", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".270", %"ipv6_d0.to_ipv6_frag"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1659" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1660" = icmp ugt ptr %".1659", %"data_end.31"
  br i1 %".1660", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1662" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1663" = load i8, ptr %".1662", align 1
  %".1664" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1665" = load i16, ptr %".1664", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1663", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1684", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1665", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1686", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1688" = getelementptr i8, ptr %"keys.93", i64 9
  store i8 %"w0_1.6", ptr %".1688", align 1
  %".1690" = add i64 %"cursor.25", 8
  %".1691" = icmp ne i64 1, 0
  %".1692" = and i16 %"w2_2.2", 63743
  %".1693" = icmp eq i16 %".1692", 0
  br i1 %".1691", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1715" = zext i8 %"w0_1.6" to i64
  switch i64 %".1715", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
icmpv6:
  %"cursor.26" = phi  i64 [%".270", %"ipv6_d0.to_icmpv6"], [%".1494", %"ipv6_d1.to_icmpv6"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".3722", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".3820", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".4042", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".4146", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".4561", %"widening.test.28"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.85", %"ipv6_d1.to_icmpv6"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.192", %"widening.test.28"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.85", %"ipv6_d1.to_icmpv6"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.192", %"widening.test.28"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.85", %"ipv6_d1.to_icmpv6"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.28"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1769" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1770" = icmp ugt ptr %".1769", %"data_end.32"
  br i1 %".1770", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.95" = phi  ptr [%"data.32", %"icmpv6.linear"], [%"data.94", %"icmpv6.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.32", %"icmpv6.linear"], [%"data_end.94", %"icmpv6.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.32", %"icmpv6.linear"], [%"keys.94", %"icmpv6.copy_failed.endif"]
  %".1790" = add i64 %"cursor.26", 4
  %".1791" = trunc i64 %"cursor.26" to i16
  %".1792" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1791", ptr %".1792", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".318" = trunc i64 %".270" to i16
  %".319" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".318", ptr %".319", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".333" = trunc i64 %".270" to i16
  %".334" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".333", ptr %".334", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".344" = trunc i64 %"cursor.3" to i32
  %".345" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".344", [40 x i8]* %"header_copy", i32 4)
  %".346" = icmp eq i64 %".345", 0
  %".347" = getelementptr i8, ptr %"ctx.3", i64 76
  %".348" = load i32, ptr %".347", align 4
  %".349" = zext i32 %".348" to i64
  %"data.33" = inttoptr i64 %".349" to ptr
  %".350" = getelementptr i8, ptr %"ctx.3", i64 80
  %".351" = load i32, ptr %".350", align 4
  %".352" = zext i32 %".351" to i64
  %"data_end.33" = inttoptr i64 %".352" to ptr
  %".353" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".353", align 8
  %".354" = xor i1 %".346", -1
  br i1 %".354", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".356" = trunc i64 %"cursor.3" to i16
  %".357" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".356", ptr %".357", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".360" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".361" = load volatile i16, [40 x i8]* %".360", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".372" = trunc i64 %".365" to i16
  %".373" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".372", ptr %".373", align 2
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
  %"cursor.27" = phi  i64 [%".365", %"vlan_d0_vlan_tags1.to_vlan"], [%".365", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".629", %"hsr_d0_vlan_tags1.to_vlan"], [%".629", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".4264", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.165", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.165", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".1795" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1796" = icmp ugt ptr %".1795", %"data_end.35"
  br i1 %".1796", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1798" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1799" = load i16, ptr %".1798", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.3" = phi  i16 [%".1799", %"vlan_d0_vlan_tags2.linear"], [%".1818", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1820" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %"w2_2.3", ptr %".1820", align 2
  %".1822" = add i64 %"cursor.27", 4
  %".1823" = trunc i64 %".1822" to i16
  %".1824" = getelementptr i8, ptr %"keys.97", i64 0
  store i16 %".1823", ptr %".1824", align 2
  %".1826" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1827" = zext i16 %".1826" to i64
  switch i16 %"w2_2.3", label %"vlan_d0_vlan_tags2.unknown" [i16 8, label %"vlan_d0_vlan_tags2.to_ipv4" i16 56710, label %"vlan_d0_vlan_tags2.to_ipv6" i16 129, label %"vlan_d0_vlan_tags2.to_vlan" i16 43144, label %"vlan_d0_vlan_tags2.to_vlan.1" i16 18312, label %"vlan_d0_vlan_tags2.to_mpls" i16 18568, label %"vlan_d0_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags2.to_arp" i16 13696, label %"vlan_d0_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags2.to_ptp" i16 649, label %"vlan_d0_vlan_tags2.to_cfm" i16 51848, label %"vlan_d0_vlan_tags2.to_tipc" i16 1673, label %"vlan_d0_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags2.to_hsr" i16 64392, label %"vlan_d0_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".365", %"vlan_d0_vlan_tags1.to_hsr"], [%".365", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".629", %"hsr_d0_vlan_tags1.to_hsr"], [%".629", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".4253", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.164", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.164", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".1861" = getelementptr i8, ptr %"hdr.25", i64 6
  %".1862" = icmp ugt ptr %".1861", %"data_end.36"
  br i1 %".1862", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".1864" = getelementptr i8, ptr %"hdr.25", i64 4
  %".1865" = load i16, ptr %".1864", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".1865", %"hsr_d0_vlan_tags2.linear"], [%".1884", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".1886" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %"w4_2.1", ptr %".1886", align 2
  %".1888" = add i64 %"cursor.28", 6
  %".1889" = trunc i64 %".1888" to i16
  %".1890" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".1889", ptr %".1890", align 2
  %".1892" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1893" = zext i16 %".1892" to i64
  switch i16 %"w4_2.1", label %"hsr_d0_vlan_tags2.unknown" [i16 8, label %"hsr_d0_vlan_tags2.to_ipv4" i16 56710, label %"hsr_d0_vlan_tags2.to_ipv6" i16 129, label %"hsr_d0_vlan_tags2.to_vlan" i16 43144, label %"hsr_d0_vlan_tags2.to_vlan.1" i16 18312, label %"hsr_d0_vlan_tags2.to_mpls" i16 18568, label %"hsr_d0_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags2.to_arp" i16 13696, label %"hsr_d0_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags2.to_ptp" i16 649, label %"hsr_d0_vlan_tags2.to_cfm" i16 51848, label %"hsr_d0_vlan_tags2.to_tipc" i16 1673, label %"hsr_d0_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags2.to_hsr" i16 64392, label %"hsr_d0_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".399" = trunc i64 %"cursor.4" to i32
  %".400" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".399", [40 x i8]* %"header_copy", i32 4)
  %".401" = icmp eq i64 %".400", 0
  %".402" = getelementptr i8, ptr %"ctx.4", i64 76
  %".403" = load i32, ptr %".402", align 4
  %".404" = zext i32 %".403" to i64
  %"data.37" = inttoptr i64 %".404" to ptr
  %".405" = getelementptr i8, ptr %"ctx.4", i64 80
  %".406" = load i32, ptr %".405", align 4
  %".407" = zext i32 %".406" to i64
  %"data_end.37" = inttoptr i64 %".407" to ptr
  %".408" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".408", align 8
  %".409" = xor i1 %".401", -1
  br i1 %".409", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".411" = trunc i64 %".392" to i16
  %".412" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".411", ptr %".412", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".415" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".416" = load volatile i8, [40 x i8]* %".415", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".422" = trunc i64 %".418" to i16
  %".423" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".422", ptr %".423", align 2
  br label %"return"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".440" = trunc i64 %"cursor.5" to i32
  %".441" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".440", [40 x i8]* %"header_copy", i32 8)
  %".442" = icmp eq i64 %".441", 0
  %".443" = getelementptr i8, ptr %"ctx.5", i64 76
  %".444" = load i32, ptr %".443", align 4
  %".445" = zext i32 %".444" to i64
  %"data.39" = inttoptr i64 %".445" to ptr
  %".446" = getelementptr i8, ptr %"ctx.5", i64 80
  %".447" = load i32, ptr %".446", align 4
  %".448" = zext i32 %".447" to i64
  %"data_end.39" = inttoptr i64 %".448" to ptr
  %".449" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.39" = load ptr, ptr %".449", align 8
  %".450" = xor i1 %".442", -1
  br i1 %".450", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".452" = trunc i64 %"cursor.5" to i16
  %".453" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".452", ptr %".453", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".456" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".457" = load volatile i8, [40 x i8]* %".456", align 1
  %".458" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".459" = load volatile i8, [40 x i8]* %".458", align 1
  %".460" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".461" = load volatile i16, [40 x i8]* %".460", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".476" = trunc i64 %"cursor.5" to i16
  %".477" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".476", ptr %".477", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".480" = add i64 %"cursor.5", 8
  %".481" = trunc i64 %".480" to i16
  %".482" = getelementptr i8, ptr %"keys.40", i64 0
  store i16 %".481", ptr %".482", align 2
  %".484" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".485" = zext i16 %".484" to i64
  switch i16 %"w6_2.1", label %"pppoe_d0.unknown" [i16 8448, label %"pppoe_d0.to_ipv4" i16 22272, label %"pppoe_d0.to_ipv6" i16 33026, label %"pppoe_d0.to_mpls" i16 33538, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.to_ipv4:
  %".494" = trunc i64 2048 to i16
  %".495" = call i16 @"llvm.bswap.i16"(i16 %".494")
  %".496" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".495", ptr %".496", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".487" = and i64 %".485", 257
  %".488" = icmp eq i64 %".487", 1
  br i1 %".488", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv6:
  %".499" = trunc i64 34525 to i16
  %".500" = call i16 @"llvm.bswap.i16"(i16 %".499")
  %".501" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".500", ptr %".501", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".504" = trunc i64 34887 to i16
  %".505" = call i16 @"llvm.bswap.i16"(i16 %".504")
  %".506" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".505", ptr %".506", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".509" = trunc i64 34888 to i16
  %".510" = call i16 @"llvm.bswap.i16"(i16 %".509")
  %".511" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".510", ptr %".511", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".490" = trunc i64 %".480" to i16
  %".491" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".490", ptr %".491", align 2
  br label %"return"
ppp_other:
  %"cursor.29" = phi  i64 [%".480", %"pppoe_d0.to_ppp_other"], [%".2036", %"pppoe_d1.to_ppp_other"]
  %"data.41" = phi  ptr [%"data.40", %"pppoe_d0.to_ppp_other"], [%"data.105", %"pppoe_d1.to_ppp_other"]
  %"data_end.41" = phi  ptr [%"data_end.40", %"pppoe_d0.to_ppp_other"], [%"data_end.105", %"pppoe_d1.to_ppp_other"]
  %"keys.41" = phi  ptr [%"keys.40", %"pppoe_d0.to_ppp_other"], [%"keys.105", %"pppoe_d1.to_ppp_other"]
  %".1927" = add i64 %"cursor.29", 0
  %".1928" = trunc i64 %".1927" to i16
  %".1929" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".1928", ptr %".1929", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".524" = trunc i64 %"cursor.7" to i32
  %".525" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".524", [40 x i8]* %"header_copy", i32 34)
  %".526" = icmp eq i64 %".525", 0
  %".527" = getelementptr i8, ptr %"ctx.6", i64 76
  %".528" = load i32, ptr %".527", align 4
  %".529" = zext i32 %".528" to i64
  %"data.42" = inttoptr i64 %".529" to ptr
  %".530" = getelementptr i8, ptr %"ctx.6", i64 80
  %".531" = load i32, ptr %".530", align 4
  %".532" = zext i32 %".531" to i64
  %"data_end.42" = inttoptr i64 %".532" to ptr
  %".533" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.42" = load ptr, ptr %".533", align 8
  %".534" = xor i1 %".526", -1
  br i1 %".534", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".536" = trunc i64 %"cursor.7" to i16
  %".537" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".536", ptr %".537", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".555" = trunc i64 %"cursor.9" to i32
  %".556" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".555", [40 x i8]* %"header_copy", i32 16)
  %".557" = icmp eq i64 %".556", 0
  %".558" = getelementptr i8, ptr %"ctx.7", i64 76
  %".559" = load i32, ptr %".558", align 4
  %".560" = zext i32 %".559" to i64
  %"data.44" = inttoptr i64 %".560" to ptr
  %".561" = getelementptr i8, ptr %"ctx.7", i64 80
  %".562" = load i32, ptr %".561", align 4
  %".563" = zext i32 %".562" to i64
  %"data_end.44" = inttoptr i64 %".563" to ptr
  %".564" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.44" = load ptr, ptr %".564", align 8
  %".565" = xor i1 %".557", -1
  br i1 %".565", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".567" = trunc i64 %"cursor.9" to i16
  %".568" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".567", ptr %".568", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".580" = trunc i64 %"cursor.10" to i32
  %".581" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".580", [40 x i8]* %"header_copy", i32 38)
  %".582" = icmp eq i64 %".581", 0
  %".583" = getelementptr i8, ptr %"ctx.8", i64 76
  %".584" = load i32, ptr %".583", align 4
  %".585" = zext i32 %".584" to i64
  %"data.46" = inttoptr i64 %".585" to ptr
  %".586" = getelementptr i8, ptr %"ctx.8", i64 80
  %".587" = load i32, ptr %".586", align 4
  %".588" = zext i32 %".587" to i64
  %"data_end.46" = inttoptr i64 %".588" to ptr
  %".589" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.46" = load ptr, ptr %".589", align 8
  %".590" = xor i1 %".582", -1
  br i1 %".590", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".592" = trunc i64 %"cursor.10" to i16
  %".593" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".592", ptr %".593", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".608" = trunc i64 %"cursor.11" to i32
  %".609" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".608", [40 x i8]* %"header_copy", i32 6)
  %".610" = icmp eq i64 %".609", 0
  %".611" = getelementptr i8, ptr %"ctx.9", i64 76
  %".612" = load i32, ptr %".611", align 4
  %".613" = zext i32 %".612" to i64
  %"data.48" = inttoptr i64 %".613" to ptr
  %".614" = getelementptr i8, ptr %"ctx.9", i64 80
  %".615" = load i32, ptr %".614", align 4
  %".616" = zext i32 %".615" to i64
  %"data_end.48" = inttoptr i64 %".616" to ptr
  %".617" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.48" = load ptr, ptr %".617", align 8
  %".618" = xor i1 %".610", -1
  br i1 %".618", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".620" = trunc i64 %"cursor.11" to i16
  %".621" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".620", ptr %".621", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".624" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".625" = load volatile i16, [40 x i8]* %".624", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".636" = trunc i64 %".629" to i16
  %".637" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".636", ptr %".637", align 2
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
  %".666" = trunc i64 %"cursor.12" to i32
  %".667" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".666", [40 x i8]* %"header_copy", i32 24)
  %".668" = icmp eq i64 %".667", 0
  %".669" = getelementptr i8, ptr %"ctx.10", i64 76
  %".670" = load i32, ptr %".669", align 4
  %".671" = zext i32 %".670" to i64
  %"data.50" = inttoptr i64 %".671" to ptr
  %".672" = getelementptr i8, ptr %"ctx.10", i64 80
  %".673" = load i32, ptr %".672", align 4
  %".674" = zext i32 %".673" to i64
  %"data_end.50" = inttoptr i64 %".674" to ptr
  %".675" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.50" = load ptr, ptr %".675", align 8
  %".676" = xor i1 %".668", -1
  br i1 %".676", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".678" = trunc i64 %"cursor.12" to i16
  %".679" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".678", ptr %".679", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".682" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".683" = load volatile i8, [40 x i8]* %".682", align 1
  %".684" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".685" = load volatile i8, [40 x i8]* %".684", align 1
  %".686" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".687" = load volatile i16, [40 x i8]* %".686", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".696" = trunc i64 %"cursor.12" to i16
  %".697" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".696", ptr %".697", align 2
  br label %"return"
batadv_d0.require.endif:
  %".700" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %"w22_2", ptr %".700", align 2
  %".702" = add i64 %"cursor.12", 24
  %".703" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".704" = zext i16 %".703" to i64
  switch i16 %"w22_2", label %"batadv_d0.unknown" [i16 8, label %"batadv_d0.to_ipv4" i16 56710, label %"batadv_d0.to_ipv6" i16 129, label %"batadv_d0.to_vlan" i16 43144, label %"batadv_d0.to_vlan.1" i16 18312, label %"batadv_d0.to_mpls" i16 18568, label %"batadv_d0.to_mpls.1" i16 25736, label %"batadv_d0.to_pppoe" i16 1544, label %"batadv_d0.to_arp" i16 13696, label %"batadv_d0.to_arp.1" i16 63368, label %"batadv_d0.to_ptp" i16 649, label %"batadv_d0.to_cfm" i16 51848, label %"batadv_d0.to_tipc" i16 1673, label %"batadv_d0.to_fcoe" i16 12169, label %"batadv_d0.to_hsr" i16 64392, label %"batadv_d0.to_hsr.1" i16 1347, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.to_ipv4:
  %".710" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".710", align 1
  %".712" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.6" = load volatile i32, ptr %".712", align 4
  %".713" = and i32 %"flags.6", 4
  %".714" = icmp ne i32 %".713", 0
  br i1 %".714", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.unknown:
  %".706" = trunc i64 %".702" to i16
  %".707" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".706", ptr %".707", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".721" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".721", align 1
  %".723" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.7" = load volatile i32, ptr %".723", align 4
  %".724" = and i32 %"flags.7", 4
  %".725" = icmp ne i32 %".724", 0
  br i1 %".725", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".732" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".732", align 1
  %".734" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.8" = load volatile i32, ptr %".734", align 4
  %".735" = and i32 %"flags.8", 4
  %".736" = icmp ne i32 %".735", 0
  br i1 %".736", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".743" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".743", align 1
  %".745" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.9" = load volatile i32, ptr %".745", align 4
  %".746" = and i32 %"flags.9", 4
  %".747" = icmp ne i32 %".746", 0
  br i1 %".747", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".754" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".754", align 1
  %".756" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.10" = load volatile i32, ptr %".756", align 4
  %".757" = and i32 %"flags.10", 4
  %".758" = icmp ne i32 %".757", 0
  br i1 %".758", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".765" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".765", align 1
  %".767" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.11" = load volatile i32, ptr %".767", align 4
  %".768" = and i32 %"flags.11", 4
  %".769" = icmp ne i32 %".768", 0
  br i1 %".769", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".776" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".776", align 1
  %".778" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.12" = load volatile i32, ptr %".778", align 4
  %".779" = and i32 %"flags.12", 4
  %".780" = icmp ne i32 %".779", 0
  br i1 %".780", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".787" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".787", align 1
  %".789" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.13" = load volatile i32, ptr %".789", align 4
  %".790" = and i32 %"flags.13", 4
  %".791" = icmp ne i32 %".790", 0
  br i1 %".791", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".798" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".798", align 1
  %".800" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.14" = load volatile i32, ptr %".800", align 4
  %".801" = and i32 %"flags.14", 4
  %".802" = icmp ne i32 %".801", 0
  br i1 %".802", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".809" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".809", align 1
  %".811" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.15" = load volatile i32, ptr %".811", align 4
  %".812" = and i32 %"flags.15", 4
  %".813" = icmp ne i32 %".812", 0
  br i1 %".813", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".820" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".820", align 1
  %".822" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.16" = load volatile i32, ptr %".822", align 4
  %".823" = and i32 %"flags.16", 4
  %".824" = icmp ne i32 %".823", 0
  br i1 %".824", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".831" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".831", align 1
  %".833" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.17" = load volatile i32, ptr %".833", align 4
  %".834" = and i32 %"flags.17", 4
  %".835" = icmp ne i32 %".834", 0
  br i1 %".835", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".842" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".842", align 1
  %".844" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.18" = load volatile i32, ptr %".844", align 4
  %".845" = and i32 %"flags.18", 4
  %".846" = icmp ne i32 %".845", 0
  br i1 %".846", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".853" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".853", align 1
  %".855" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.19" = load volatile i32, ptr %".855", align 4
  %".856" = and i32 %"flags.19", 4
  %".857" = icmp ne i32 %".856", 0
  br i1 %".857", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".864" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".864", align 1
  %".866" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.20" = load volatile i32, ptr %".866", align 4
  %".867" = and i32 %"flags.20", 4
  %".868" = icmp ne i32 %".867", 0
  br i1 %".868", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".875" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".875", align 1
  %".877" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.21" = load volatile i32, ptr %".877", align 4
  %".878" = and i32 %"flags.21", 4
  %".879" = icmp ne i32 %".878", 0
  br i1 %".879", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".716" = trunc i64 %".702" to i16
  %".717" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".716", ptr %".717", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".727" = trunc i64 %".702" to i16
  %".728" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".727", ptr %".728", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".738" = trunc i64 %".702" to i16
  %".739" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".738", ptr %".739", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.30" = phi  i64 [%".702", %"batadv_d0.stop_at_encap.endif.2"], [%".702", %"batadv_d0.stop_at_encap.endif.3"], [%"end.2", %"gre_d0.to_vlan"], [%"end.2", %"gre_d0.to_vlan.1"], [%".3175", %"ethernet_d1.to_vlan"], [%".3175", %"ethernet_d1.to_vlan.1"], [%".4396", %"widening.test.13"]
  %"data.52" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data.112", %"gre_d0.to_vlan"], [%"data.112", %"gre_d0.to_vlan.1"], [%"data.138", %"ethernet_d1.to_vlan"], [%"data.138", %"ethernet_d1.to_vlan.1"], [%"data.177", %"widening.test.13"]
  %"data_end.52" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.112", %"gre_d0.to_vlan"], [%"data_end.112", %"gre_d0.to_vlan.1"], [%"data_end.138", %"ethernet_d1.to_vlan"], [%"data_end.138", %"ethernet_d1.to_vlan.1"], [%"data_end.177", %"widening.test.13"]
  %"keys.52" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.112", %"gre_d0.to_vlan"], [%"keys.112", %"gre_d0.to_vlan.1"], [%"keys.138", %"ethernet_d1.to_vlan"], [%"keys.138", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.13"]
  %"hdr.26" = getelementptr i8, ptr %"data.52", i64 %"cursor.30"
  %".1932" = getelementptr i8, ptr %"hdr.26", i64 4
  %".1933" = icmp ugt ptr %".1932", %"data_end.52"
  br i1 %".1933", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".1935" = getelementptr i8, ptr %"hdr.26", i64 2
  %".1936" = load i16, ptr %".1935", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.4" = phi  i16 [%".1936", %"vlan_d1_vlan_tags1.linear"], [%".1955", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.52", %"vlan_d1_vlan_tags1.linear"], [%"data.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.52", %"vlan_d1_vlan_tags1.linear"], [%"data_end.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.52", %"vlan_d1_vlan_tags1.linear"], [%"keys.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".1957" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %"w2_2.4", ptr %".1957", align 2
  %".1959" = add i64 %"cursor.30", 4
  %".1960" = trunc i64 %".1959" to i16
  %".1961" = getelementptr i8, ptr %"keys.101", i64 0
  store i16 %".1960", ptr %".1961", align 2
  %".1963" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1964" = zext i16 %".1963" to i64
  switch i16 %"w2_2.4", label %"vlan_d1_vlan_tags1.unknown" [i16 8, label %"vlan_d1_vlan_tags1.to_ipv4" i16 56710, label %"vlan_d1_vlan_tags1.to_ipv6" i16 129, label %"vlan_d1_vlan_tags1.to_vlan" i16 43144, label %"vlan_d1_vlan_tags1.to_vlan.1" i16 18312, label %"vlan_d1_vlan_tags1.to_mpls" i16 18568, label %"vlan_d1_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags1.to_arp" i16 13696, label %"vlan_d1_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags1.to_ptp" i16 649, label %"vlan_d1_vlan_tags1.to_cfm" i16 51848, label %"vlan_d1_vlan_tags1.to_tipc" i16 1673, label %"vlan_d1_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags1.to_hsr" i16 64392, label %"vlan_d1_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".749" = trunc i64 %".702" to i16
  %".750" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".749", ptr %".750", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".760" = trunc i64 %".702" to i16
  %".761" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".760", ptr %".761", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.5:
  %".771" = trunc i64 %".702" to i16
  %".772" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".771", ptr %".772", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".782" = trunc i64 %".702" to i16
  %".783" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".782", ptr %".783", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.31" = phi  i64 [%".702", %"batadv_d0.stop_at_encap.endif.6"], [%".1959", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2098", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.2", %"gre_d0.to_pppoe"], [%".3043", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3109", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3175", %"ethernet_d1.to_pppoe"], [%".4495", %"widening.test.22"]
  %"data.53" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.112", %"gre_d0.to_pppoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.138", %"ethernet_d1.to_pppoe"], [%"data.186", %"widening.test.22"]
  %"data_end.53" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.112", %"gre_d0.to_pppoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.138", %"ethernet_d1.to_pppoe"], [%"data_end.186", %"widening.test.22"]
  %"keys.53" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.112", %"gre_d0.to_pppoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.138", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.22"]
  %"hdr.27" = getelementptr i8, ptr %"data.53", i64 %"cursor.31"
  %".1986" = getelementptr i8, ptr %"hdr.27", i64 8
  %".1987" = icmp ugt ptr %".1986", %"data_end.53"
  br i1 %".1987", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".1989" = getelementptr i8, ptr %"hdr.27", i64 0
  %".1990" = load i8, ptr %".1989", align 1
  %".1991" = getelementptr i8, ptr %"hdr.27", i64 1
  %".1992" = load i8, ptr %".1991", align 1
  %".1993" = getelementptr i8, ptr %"hdr.27", i64 6
  %".1994" = load i16, ptr %".1993", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".1990", %"pppoe_d1.linear"], [%".2013", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".1992", %"pppoe_d1.linear"], [%".2015", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".1994", %"pppoe_d1.linear"], [%".2017", %"pppoe_d1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.53", %"pppoe_d1.linear"], [%"data.104", %"pppoe_d1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.53", %"pppoe_d1.linear"], [%"data_end.104", %"pppoe_d1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.53", %"pppoe_d1.linear"], [%"keys.104", %"pppoe_d1.copy_failed.endif"]
  %".2019" = zext i8 %"w0_1.7" to i64
  %".2020" = lshr i64 %".2019", 4
  %".2021" = and i64 %".2020", 15
  %".2022" = icmp eq i64 %".2021", 1
  %".2023" = zext i8 %"w0_1.7" to i64
  %".2024" = and i64 %".2023", 15
  %".2025" = icmp eq i64 %".2024", 1
  %".2026" = and i1 %".2022", %".2025"
  %".2027" = zext i8 %"w1_1.4" to i64
  %".2028" = icmp eq i64 %".2027", 0
  %".2029" = and i1 %".2026", %".2028"
  %".2030" = xor i1 %".2029", -1
  br i1 %".2030", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".793" = trunc i64 %".702" to i16
  %".794" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".793", ptr %".794", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".804" = trunc i64 %".702" to i16
  %".805" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".804", ptr %".805", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".815" = trunc i64 %".702" to i16
  %".816" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".815", ptr %".816", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".826" = trunc i64 %".702" to i16
  %".827" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".826", ptr %".827", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".837" = trunc i64 %".702" to i16
  %".838" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".837", ptr %".838", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".848" = trunc i64 %".702" to i16
  %".849" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".848", ptr %".849", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".859" = trunc i64 %".702" to i16
  %".860" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".859", ptr %".860", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".702", %"batadv_d0.stop_at_encap.endif.13"], [%".702", %"batadv_d0.stop_at_encap.endif.14"], [%"end.2", %"gre_d0.to_hsr"], [%"end.2", %"gre_d0.to_hsr.1"], [%".3175", %"ethernet_d1.to_hsr"], [%".3175", %"ethernet_d1.to_hsr.1"], [%".4385", %"widening.test.12"]
  %"data.54" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data.112", %"gre_d0.to_hsr"], [%"data.112", %"gre_d0.to_hsr.1"], [%"data.138", %"ethernet_d1.to_hsr"], [%"data.138", %"ethernet_d1.to_hsr.1"], [%"data.176", %"widening.test.12"]
  %"data_end.54" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.112", %"gre_d0.to_hsr"], [%"data_end.112", %"gre_d0.to_hsr.1"], [%"data_end.138", %"ethernet_d1.to_hsr"], [%"data_end.138", %"ethernet_d1.to_hsr.1"], [%"data_end.176", %"widening.test.12"]
  %"keys.54" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.112", %"gre_d0.to_hsr"], [%"keys.112", %"gre_d0.to_hsr.1"], [%"keys.138", %"ethernet_d1.to_hsr"], [%"keys.138", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.12"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2071" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2072" = icmp ugt ptr %".2071", %"data_end.54"
  br i1 %".2072", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2074" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2075" = load i16, ptr %".2074", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2075", %"hsr_d1_vlan_tags1.linear"], [%".2094", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.54", %"hsr_d1_vlan_tags1.linear"], [%"data.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.54", %"hsr_d1_vlan_tags1.linear"], [%"data_end.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.54", %"hsr_d1_vlan_tags1.linear"], [%"keys.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2096" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %"w4_2.2", ptr %".2096", align 2
  %".2098" = add i64 %"cursor.32", 6
  %".2099" = trunc i64 %".2098" to i16
  %".2100" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2099", ptr %".2100", align 2
  %".2102" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2103" = zext i16 %".2102" to i64
  switch i16 %"w4_2.2", label %"hsr_d1_vlan_tags1.unknown" [i16 8, label %"hsr_d1_vlan_tags1.to_ipv4" i16 56710, label %"hsr_d1_vlan_tags1.to_ipv6" i16 129, label %"hsr_d1_vlan_tags1.to_vlan" i16 43144, label %"hsr_d1_vlan_tags1.to_vlan.1" i16 18312, label %"hsr_d1_vlan_tags1.to_mpls" i16 18568, label %"hsr_d1_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags1.to_arp" i16 13696, label %"hsr_d1_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags1.to_ptp" i16 649, label %"hsr_d1_vlan_tags1.to_cfm" i16 51848, label %"hsr_d1_vlan_tags1.to_tipc" i16 1673, label %"hsr_d1_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags1.to_hsr" i16 64392, label %"hsr_d1_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".870" = trunc i64 %".702" to i16
  %".871" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".870", ptr %".871", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".881" = trunc i64 %".702" to i16
  %".882" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".881", ptr %".882", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  br label %"batadv_d1"
batadv_d1:
  %"cursor.33" = phi  i64 [%".702", %"batadv_d0.stop_at_encap.endif.15"], [%".1959", %"vlan_d1_vlan_tags1.to_batadv"], [%".2098", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.2", %"gre_d0.to_batadv"], [%".3043", %"vlan_d1_vlan_tags2.to_batadv"], [%".3109", %"hsr_d1_vlan_tags2.to_batadv"], [%".3175", %"ethernet_d1.to_batadv"], [%".4429", %"widening.test.16"]
  %"data.55" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.112", %"gre_d0.to_batadv"], [%"data.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.138", %"ethernet_d1.to_batadv"], [%"data.180", %"widening.test.16"]
  %"data_end.55" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.112", %"gre_d0.to_batadv"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.138", %"ethernet_d1.to_batadv"], [%"data_end.180", %"widening.test.16"]
  %"keys.55" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.112", %"gre_d0.to_batadv"], [%"keys.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.138", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.16"]
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2125" = getelementptr i8, ptr %"hdr.29", i64 24
  %".2126" = icmp ugt ptr %".2125", %"data_end.55"
  br i1 %".2126", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2128" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2129" = load i8, ptr %".2128", align 1
  %".2130" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2131" = load i8, ptr %".2130", align 1
  %".2132" = getelementptr i8, ptr %"hdr.29", i64 22
  %".2133" = load i16, ptr %".2132", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.8" = phi  i8 [%".2129", %"batadv_d1.linear"], [%".2152", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2131", %"batadv_d1.linear"], [%".2154", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2133", %"batadv_d1.linear"], [%".2156", %"batadv_d1.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.55", %"batadv_d1.linear"], [%"data.108", %"batadv_d1.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.55", %"batadv_d1.linear"], [%"data_end.108", %"batadv_d1.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.55", %"batadv_d1.linear"], [%"keys.108", %"batadv_d1.copy_failed.endif"]
  %".2158" = zext i8 %"w1_1.5" to i64
  %".2159" = icmp eq i64 %".2158", 15
  %".2160" = zext i8 %"w0_1.8" to i64
  %".2161" = icmp eq i64 %".2160", 64
  %".2162" = and i1 %".2159", %".2161"
  %".2163" = xor i1 %".2162", -1
  br i1 %".2163", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".892" = trunc i64 %"cursor.13" to i32
  %".893" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".892", [40 x i8]* %"header_copy", i32 4)
  %".894" = icmp eq i64 %".893", 0
  %".895" = getelementptr i8, ptr %"ctx.11", i64 76
  %".896" = load i32, ptr %".895", align 4
  %".897" = zext i32 %".896" to i64
  %"data.56" = inttoptr i64 %".897" to ptr
  %".898" = getelementptr i8, ptr %"ctx.11", i64 80
  %".899" = load i32, ptr %".898", align 4
  %".900" = zext i32 %".899" to i64
  %"data_end.56" = inttoptr i64 %".900" to ptr
  %".901" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.56" = load ptr, ptr %".901", align 8
  %".902" = xor i1 %".894", -1
  br i1 %".902", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".904" = trunc i64 %"cursor.13" to i16
  %".905" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".904", ptr %".905", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".908" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".909" = load volatile i32, [40 x i8]* %".908", align 4
  br label %"tcp.header"
udp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".923" = trunc i64 %"cursor.14" to i32
  %".924" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".923", [40 x i8]* %"header_copy", i32 4)
  %".925" = icmp eq i64 %".924", 0
  %".926" = getelementptr i8, ptr %"ctx.12", i64 76
  %".927" = load i32, ptr %".926", align 4
  %".928" = zext i32 %".927" to i64
  %"data.58" = inttoptr i64 %".928" to ptr
  %".929" = getelementptr i8, ptr %"ctx.12", i64 80
  %".930" = load i32, ptr %".929", align 4
  %".931" = zext i32 %".930" to i64
  %"data_end.58" = inttoptr i64 %".931" to ptr
  %".932" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.58" = load ptr, ptr %".932", align 8
  %".933" = xor i1 %".925", -1
  br i1 %".933", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".935" = trunc i64 %"cursor.14" to i16
  %".936" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".935", ptr %".936", align 2
  br label %"return"
udp.copy_failed.endif:
  %".939" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".940" = load volatile i32, [40 x i8]* %".939", align 4
  br label %"udp.header"
udp.copy_last_byte:
  %".950" = add i64 %"cursor.14", %".945"
  %".951" = sub i64 %".950", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".952" = trunc i64 %".951" to i32
  %".953" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".952", i64* %"last_byte", i32 1)
  %".954" = icmp eq i64 %".953", 0
  %".955" = getelementptr i8, ptr %"ctx.13", i64 76
  %".956" = load i32, ptr %".955", align 4
  %".957" = zext i32 %".956" to i64
  %"data.60" = inttoptr i64 %".957" to ptr
  %".958" = getelementptr i8, ptr %"ctx.13", i64 80
  %".959" = load i32, ptr %".958", align 4
  %".960" = zext i32 %".959" to i64
  %"data_end.60" = inttoptr i64 %".960" to ptr
  %".961" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.60" = load ptr, ptr %".961", align 8
  %".962" = xor i1 %".954", -1
  br i1 %".962", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".964" = trunc i64 %"cursor.14" to i16
  %".965" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".964", ptr %".965", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".980" = trunc i64 %"cursor.15" to i32
  %".981" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".980", [40 x i8]* %"header_copy", i32 4)
  %".982" = icmp eq i64 %".981", 0
  %".983" = getelementptr i8, ptr %"ctx.14", i64 76
  %".984" = load i32, ptr %".983", align 4
  %".985" = zext i32 %".984" to i64
  %"data.62" = inttoptr i64 %".985" to ptr
  %".986" = getelementptr i8, ptr %"ctx.14", i64 80
  %".987" = load i32, ptr %".986", align 4
  %".988" = zext i32 %".987" to i64
  %"data_end.62" = inttoptr i64 %".988" to ptr
  %".989" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.62" = load ptr, ptr %".989", align 8
  %".990" = xor i1 %".982", -1
  br i1 %".990", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".992" = trunc i64 %"cursor.15" to i16
  %".993" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".992", ptr %".993", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".996" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".997" = load volatile i32, [40 x i8]* %".996", align 4
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1007" = add i64 %"cursor.15", %".1002"
  %".1008" = sub i64 %".1007", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1009" = trunc i64 %".1008" to i32
  %".1010" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1009", i64* %"last_byte", i32 1)
  %".1011" = icmp eq i64 %".1010", 0
  %".1012" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1013" = load i32, ptr %".1012", align 4
  %".1014" = zext i32 %".1013" to i64
  %"data.64" = inttoptr i64 %".1014" to ptr
  %".1015" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1016" = load i32, ptr %".1015", align 4
  %".1017" = zext i32 %".1016" to i64
  %"data_end.64" = inttoptr i64 %".1017" to ptr
  %".1018" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.64" = load ptr, ptr %".1018", align 8
  %".1019" = xor i1 %".1011", -1
  br i1 %".1019", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1021" = trunc i64 %"cursor.15" to i16
  %".1022" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1021", ptr %".1022", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1041" = trunc i64 %"cursor.16" to i32
  %".1042" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1041", [40 x i8]* %"header_copy", i32 4)
  %".1043" = icmp eq i64 %".1042", 0
  %".1044" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1045" = load i32, ptr %".1044", align 4
  %".1046" = zext i32 %".1045" to i64
  %"data.66" = inttoptr i64 %".1046" to ptr
  %".1047" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1048" = load i32, ptr %".1047", align 4
  %".1049" = zext i32 %".1048" to i64
  %"data_end.66" = inttoptr i64 %".1049" to ptr
  %".1050" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.66" = load ptr, ptr %".1050", align 8
  %".1051" = xor i1 %".1043", -1
  br i1 %".1051", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1053" = trunc i64 %"cursor.16" to i16
  %".1054" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1053", ptr %".1054", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1057" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1058" = load volatile i8, [40 x i8]* %".1057", align 1
  %".1059" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1060" = load volatile i8, [40 x i8]* %".1059", align 1
  %".1061" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1062" = load volatile i16, [40 x i8]* %".1061", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1073" = trunc i64 %"cursor.16" to i16
  %".1074" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1073", ptr %".1074", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1082" = trunc i64 %"cursor.16" to i16
  %".1083" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1082", ptr %".1083", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
pptp_d0:
  %"cursor.35" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.69" = phi  ptr [%"data.67", %"gre_version_d0.to_pptp"]
  %"data_end.69" = phi  ptr [%"data_end.67", %"gre_version_d0.to_pptp"]
  %"keys.69" = phi  ptr [%"keys.67", %"gre_version_d0.to_pptp"]
  %".2481" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".2482" = zext i16 %".2481" to i64
  %".2483" = icmp ne i64 %".2482", 34827
  %".2484" = zext i8 %"w0_1.3" to i64
  %".2485" = lshr i64 %".2484", 5
  %".2486" = and i64 %".2485", 1
  %".2487" = icmp eq i64 %".2486", 0
  %".2488" = or i1 %".2483", %".2487"
  br i1 %".2488", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".2494" = add i64 %"cursor.35", 4
  %".2495" = zext i8 %"w0_1.3" to i64
  %".2496" = lshr i64 %".2495", 7
  %".2497" = and i64 %".2496", 1
  %".2498" = zext i8 %"w0_1.3" to i64
  %".2499" = lshr i64 %".2498", 5
  %".2500" = and i64 %".2499", 1
  %".2501" = add i64 %".2497", %".2500"
  %".2502" = zext i8 %"w0_1.3" to i64
  %".2503" = lshr i64 %".2502", 4
  %".2504" = and i64 %".2503", 1
  %".2505" = add i64 %".2501", %".2504"
  %".2506" = zext i8 %"w1_1.2" to i64
  %".2507" = lshr i64 %".2506", 7
  %".2508" = and i64 %".2507", 1
  %".2509" = add i64 %".2505", %".2508"
  %".2510" = mul i64 %".2509", 4
  %".2511" = add i64 %".2510", 4
  %".2512" = getelementptr i8, ptr %"data.69", i64 %"cursor.35"
  %".2513" = getelementptr i8, ptr %".2512", i64 %".2511"
  %".2514" = icmp ugt ptr %".2513", %"data_end.69"
  br i1 %".2514", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.115" = phi  ptr [%"data.69", %"pptp_d0.stop_before.endif"], [%"data.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.115" = phi  ptr [%"data_end.69", %"pptp_d0.stop_before.endif"], [%"data_end.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.115" = phi  ptr [%"keys.69", %"pptp_d0.stop_before.endif"], [%"keys.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %".2535" = add i64 %"cursor.35", %".2511"
  %".2536" = add i64 %"cursor.35", 8
  %".2537" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2536")
  %".2538" = icmp eq i64 %".2510", 4
  %"end.3" = select  i1 %".2538", i64 %".2537", i64 %".2535"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.44" = phi  i64 [%"end.3", %"pptp_d0.to_ppp"]
  %"data.116" = phi  ptr [%"data.115", %"pptp_d0.to_ppp"]
  %"data_end.116" = phi  ptr [%"data_end.115", %"pptp_d0.to_ppp"]
  %"keys.116" = phi  ptr [%"keys.115", %"pptp_d0.to_ppp"]
  %"hdr.38" = getelementptr i8, ptr %"data.116", i64 %"cursor.44"
  %".3199" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3200" = icmp ugt ptr %".3199", %"data_end.116"
  br i1 %".3200", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3202" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3203" = load i16, ptr %".3202", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.9" = phi  i16 [%".3203", %"ppp_d0.linear"], [%".3222", %"ppp_d0.copy_failed.endif"]
  %"data.140" = phi  ptr [%"data.116", %"ppp_d0.linear"], [%"data.139", %"ppp_d0.copy_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.116", %"ppp_d0.linear"], [%"data_end.139", %"ppp_d0.copy_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.116", %"ppp_d0.linear"], [%"keys.139", %"ppp_d0.copy_failed.endif"]
  %".3224" = add i64 %"cursor.44", 4
  %".3225" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".3226" = zext i16 %".3225" to i64
  switch i16 %"w2_2.9", label %"ppp_d0.unknown" [i16 8448, label %"ppp_d0.to_ipv4" i16 22272, label %"ppp_d0.to_ipv6"]
ppp_d0.to_ipv4:
  %".3235" = trunc i64 2048 to i16
  %".3236" = call i16 @"llvm.bswap.i16"(i16 %".3235")
  %".3237" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3236", ptr %".3237", align 2
  %".3239" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3239", align 1
  %".3241" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.60" = load volatile i32, ptr %".3241", align 4
  %".3242" = and i32 %"flags.60", 4
  %".3243" = icmp ne i32 %".3242", 0
  br i1 %".3243", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1094" = trunc i64 %"cursor.17" to i32
  %".1095" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1094", [40 x i8]* %"header_copy", i32 4)
  %".1096" = icmp eq i64 %".1095", 0
  %".1097" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1098" = load i32, ptr %".1097", align 4
  %".1099" = zext i32 %".1098" to i64
  %"data.70" = inttoptr i64 %".1099" to ptr
  %".1100" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1101" = load i32, ptr %".1100", align 4
  %".1102" = zext i32 %".1101" to i64
  %"data_end.70" = inttoptr i64 %".1102" to ptr
  %".1103" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.70" = load ptr, ptr %".1103", align 8
  %".1104" = xor i1 %".1096", -1
  br i1 %".1104", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1106" = trunc i64 %"cursor.17" to i16
  %".1107" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1106", ptr %".1107", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1110" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1111" = load volatile i32, [40 x i8]* %".1110", align 4
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1126" = trunc i64 %"cursor.18" to i32
  %".1127" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1126", [40 x i8]* %"header_copy", i32 4)
  %".1128" = icmp eq i64 %".1127", 0
  %".1129" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1130" = load i32, ptr %".1129", align 4
  %".1131" = zext i32 %".1130" to i64
  %"data.72" = inttoptr i64 %".1131" to ptr
  %".1132" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1133" = load i32, ptr %".1132", align 4
  %".1134" = zext i32 %".1133" to i64
  %"data_end.72" = inttoptr i64 %".1134" to ptr
  %".1135" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.72" = load ptr, ptr %".1135", align 8
  %".1136" = xor i1 %".1128", -1
  br i1 %".1136", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1138" = trunc i64 %"cursor.18" to i16
  %".1139" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1138", ptr %".1139", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1142" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1143" = load volatile i32, [40 x i8]* %".1142", align 4
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1158" = trunc i64 %"cursor.19" to i32
  %".1159" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1158", [40 x i8]* %"header_copy", i32 4)
  %".1160" = icmp eq i64 %".1159", 0
  %".1161" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1162" = load i32, ptr %".1161", align 4
  %".1163" = zext i32 %".1162" to i64
  %"data.74" = inttoptr i64 %".1163" to ptr
  %".1164" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1165" = load i32, ptr %".1164", align 4
  %".1166" = zext i32 %".1165" to i64
  %"data_end.74" = inttoptr i64 %".1166" to ptr
  %".1167" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.74" = load ptr, ptr %".1167", align 8
  %".1168" = xor i1 %".1160", -1
  br i1 %".1168", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1170" = trunc i64 %"cursor.19" to i16
  %".1171" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1170", ptr %".1171", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1174" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1175" = load volatile i32, [40 x i8]* %".1174", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1202" = trunc i64 %"cursor.20" to i32
  %".1203" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1202", [40 x i8]* %"header_copy", i32 8)
  %".1204" = icmp eq i64 %".1203", 0
  %".1205" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1206" = load i32, ptr %".1205", align 4
  %".1207" = zext i32 %".1206" to i64
  %"data.76" = inttoptr i64 %".1207" to ptr
  %".1208" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1209" = load i32, ptr %".1208", align 4
  %".1210" = zext i32 %".1209" to i64
  %"data_end.76" = inttoptr i64 %".1210" to ptr
  %".1211" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.76" = load ptr, ptr %".1211", align 8
  %".1212" = xor i1 %".1204", -1
  br i1 %".1212", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1214" = trunc i64 %"cursor.20" to i16
  %".1215" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1214", ptr %".1215", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1218" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1219" = load volatile i32, [40 x i8]* %".1218", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1244" = trunc i64 %"cursor.21" to i32
  %".1245" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1244", [40 x i8]* %"header_copy", i32 4)
  %".1246" = icmp eq i64 %".1245", 0
  %".1247" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1248" = load i32, ptr %".1247", align 4
  %".1249" = zext i32 %".1248" to i64
  %"data.78" = inttoptr i64 %".1249" to ptr
  %".1250" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1251" = load i32, ptr %".1250", align 4
  %".1252" = zext i32 %".1251" to i64
  %"data_end.78" = inttoptr i64 %".1252" to ptr
  %".1253" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.78" = load ptr, ptr %".1253", align 8
  %".1254" = xor i1 %".1246", -1
  br i1 %".1254", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1256" = trunc i64 %"cursor.21" to i16
  %".1257" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1256", ptr %".1257", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1278" = trunc i64 %"cursor.22" to i32
  %".1279" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1278", [40 x i8]* %"header_copy", i32 20)
  %".1280" = icmp eq i64 %".1279", 0
  %".1281" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1282" = load i32, ptr %".1281", align 4
  %".1283" = zext i32 %".1282" to i64
  %"data.80" = inttoptr i64 %".1283" to ptr
  %".1284" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1285" = load i32, ptr %".1284", align 4
  %".1286" = zext i32 %".1285" to i64
  %"data_end.80" = inttoptr i64 %".1286" to ptr
  %".1287" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.80" = load ptr, ptr %".1287", align 8
  %".1288" = xor i1 %".1280", -1
  br i1 %".1288", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1290" = trunc i64 %"cursor.22" to i16
  %".1291" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1290", ptr %".1291", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1294" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1295" = load volatile i8, [40 x i8]* %".1294", align 1
  %".1296" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1297" = load volatile i16, [40 x i8]* %".1296", align 2
  %".1298" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1299" = load volatile i8, [40 x i8]* %".1298", align 1
  %".1300" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1301" = load volatile i32, [40 x i8]* %".1300", align 4
  %".1302" = zext i32 %".1301" to i64
  %".1303" = shl i64 %".1302", 0
  %".1304" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1305" = load volatile i32, [40 x i8]* %".1304", align 4
  %".1306" = zext i32 %".1305" to i64
  %".1307" = shl i64 %".1306", 32
  %".1308" = or i64 %".1303", %".1307"
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1315" = trunc i64 %"cursor.22" to i16
  %".1316" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1315", ptr %".1316", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1319" = getelementptr i8, ptr %"keys.81", i64 9
  store i8 %"w9_1.1", ptr %".1319", align 1
  %".1321" = getelementptr i8, ptr %"keys.81", i64 16
  store i64 %"w12_8.1", ptr %".1321", align 8
  %".1323" = trunc i64 2048 to i16
  %".1324" = getelementptr i8, ptr %"keys.81", i64 4
  store i16 %".1323", ptr %".1324", align 2
  %".1326" = trunc i64 2048 to i16
  %".1327" = call i16 @"llvm.bswap.i16"(i16 %".1326")
  %".1328" = getelementptr i8, ptr %"keys.81", i64 10
  store i16 %".1327", ptr %".1328", align 2
  %".1330" = add i64 %"cursor.22", 20
  %".1331" = zext i8 %"w0_1.4" to i64
  %".1332" = and i64 %".1331", 15
  %".1333" = icmp eq i64 %".1332", 5
  %".1334" = xor i1 %".1333", -1
  br i1 %".1334", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1330", %"ipv4_d1.no_variable"], [%".1342", %"ipv4_d1.variable"]
  %"data.82" = phi  ptr [%"data.81", %"ipv4_d1.no_variable"], [%"data.81", %"ipv4_d1.variable"]
  %"data_end.82" = phi  ptr [%"data_end.81", %"ipv4_d1.no_variable"], [%"data_end.81", %"ipv4_d1.variable"]
  %"keys.82" = phi  ptr [%"keys.81", %"ipv4_d1.no_variable"], [%"keys.81", %"ipv4_d1.variable"]
  %".1344" = and i16 %"w6_2.2", 65343
  %".1345" = icmp ne i16 %".1344", 0
  %".1346" = and i16 %"w6_2.2", 65311
  %".1347" = icmp eq i16 %".1346", 0
  br i1 %".1345", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1369" = zext i8 %"w9_1.1" to i64
  switch i64 %".1369", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.variable:
  %".1337" = zext i8 %"w0_1.4" to i64
  %".1338" = and i64 %".1337", 15
  %".1339" = mul i64 %".1338", 4
  %".1340" = sub i64 %".1339", 20
  %".1341" = add i64 %".1340", 20
  %".1342" = add i64 %"cursor.22", %".1341"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1349" = getelementptr i8, ptr %"keys.82", i64 6
  store i8 1, ptr %".1349", align 1
  br i1 %".1347", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1352" = getelementptr i8, ptr %"keys.82", i64 7
  store i8 1, ptr %".1352", align 1
  %".1354" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.22" = load volatile i32, ptr %".1354", align 4
  %".1355" = and i32 %"flags.22", 1
  %".1356" = icmp ne i32 %".1355", 0
  %".1357" = xor i1 %".1356", -1
  br i1 %".1357", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1364" = trunc i64 %"end.1" to i16
  %".1365" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1364", ptr %".1365", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1359" = trunc i64 %"end.1" to i16
  %".1360" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1359", ptr %".1360", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1371" = trunc i64 %"end.1" to i16
  %".1372" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1371", ptr %".1372", align 2
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
  %".1384" = trunc i64 34887 to i16
  %".1385" = call i16 @"llvm.bswap.i16"(i16 %".1384")
  %".1386" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1385", ptr %".1386", align 2
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1389" = trunc i64 2048 to i16
  %".1390" = call i16 @"llvm.bswap.i16"(i16 %".1389")
  %".1391" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1390", ptr %".1391", align 2
  %".1393" = getelementptr i8, ptr %"keys.82", i64 8
  store i8 1, ptr %".1393", align 1
  %".1395" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.23" = load volatile i32, ptr %".1395", align 4
  %".1396" = and i32 %"flags.23", 4
  %".1397" = icmp ne i32 %".1396", 0
  br i1 %".1397", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1407" = trunc i64 34525 to i16
  %".1408" = call i16 @"llvm.bswap.i16"(i16 %".1407")
  %".1409" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1408", ptr %".1409", align 2
  %".1411" = getelementptr i8, ptr %"keys.82", i64 8
  store i8 1, ptr %".1411", align 1
  %".1413" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.24" = load volatile i32, ptr %".1413", align 4
  %".1414" = and i32 %"flags.24", 4
  %".1415" = icmp ne i32 %".1414", 0
  br i1 %".1415", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_version_d1:
  %"cursor.36" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1494", %"ipv6_d1.to_gre_version"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".4042", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".4146", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".4649", %"widening.test.36"]
  %"data.83" = phi  ptr [%"data.82", %"ipv4_d1.to_gre_version"], [%"data.85", %"ipv6_d1.to_gre_version"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.200", %"widening.test.36"]
  %"data_end.83" = phi  ptr [%"data_end.82", %"ipv4_d1.to_gre_version"], [%"data_end.85", %"ipv6_d1.to_gre_version"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.200", %"widening.test.36"]
  %"keys.83" = phi  ptr [%"keys.82", %"ipv4_d1.to_gre_version"], [%"keys.85", %"ipv6_d1.to_gre_version"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.36"]
  %"hdr.30" = getelementptr i8, ptr %"data.83", i64 %"cursor.36"
  %".2545" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2546" = icmp ugt ptr %".2545", %"data_end.83"
  br i1 %".2546", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2548" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2549" = load i8, ptr %".2548", align 1
  %".2550" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2551" = load i8, ptr %".2550", align 1
  %".2552" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2553" = load i16, ptr %".2552", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.9" = phi  i8 [%".2549", %"gre_version_d1.linear"], [%".2572", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2551", %"gre_version_d1.linear"], [%".2574", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".2553", %"gre_version_d1.linear"], [%".2576", %"gre_version_d1.copy_failed.endif"]
  %"data.118" = phi  ptr [%"data.83", %"gre_version_d1.linear"], [%"data.117", %"gre_version_d1.copy_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.83", %"gre_version_d1.linear"], [%"data_end.117", %"gre_version_d1.copy_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.83", %"gre_version_d1.linear"], [%"keys.117", %"gre_version_d1.copy_failed.endif"]
  %".2578" = zext i8 %"w0_1.9" to i64
  %".2579" = lshr i64 %".2578", 6
  %".2580" = and i64 %".2579", 1
  %".2581" = icmp ne i64 %".2580", 0
  %".2582" = zext i8 %"w1_1.6" to i64
  %".2583" = and i64 %".2582", 7
  %".2584" = icmp ugt i64 %".2583", 1
  %".2585" = or i1 %".2581", %".2584"
  br i1 %".2585", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".2591" = getelementptr i8, ptr %"keys.118", i64 10
  store i16 %"w2_2.5", ptr %".2591", align 2
  %".2593" = zext i8 %"w1_1.6" to i64
  %".2594" = and i64 %".2593", 7
  switch i64 %".2594", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.36", %"gre_version_d1.to_gre"]
  %"data.119" = phi  ptr [%"data.118", %"gre_version_d1.to_gre"]
  %"data_end.119" = phi  ptr [%"data_end.118", %"gre_version_d1.to_gre"]
  %"keys.119" = phi  ptr [%"keys.118", %"gre_version_d1.to_gre"]
  %".3280" = add i64 %"cursor.45", 4
  %".3281" = and i8 %"w0_1.9", 176
  %".3282" = icmp eq i8 %".3281", 0
  %".3283" = xor i1 %".3282", -1
  br i1 %".3283", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.4" = phi  i64 [%".3280", %"gre_d1.no_variable"], [%".3322", %"gre_d1.variable_part"]
  %"data.144" = phi  ptr [%"data.119", %"gre_d1.no_variable"], [%"data.143", %"gre_d1.variable_part"]
  %"data_end.144" = phi  ptr [%"data_end.119", %"gre_d1.no_variable"], [%"data_end.143", %"gre_d1.variable_part"]
  %"keys.144" = phi  ptr [%"keys.119", %"gre_d1.no_variable"], [%"keys.143", %"gre_d1.variable_part"]
  %".3324" = getelementptr i8, ptr %"keys.144", i64 8
  store i8 1, ptr %".3324", align 1
  %".3326" = getelementptr i8, ptr %"keys.144", i64 48
  %"flags.63" = load volatile i32, ptr %".3326", align 4
  %".3327" = and i32 %"flags.63", 4
  %".3328" = icmp ne i32 %".3327", 0
  br i1 %".3328", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
ipv4_d1.stop_at_encap:
  %".1399" = trunc i64 %"end.1" to i16
  %".1400" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1399", ptr %".1400", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1403" = trunc i64 %"end.1" to i16
  %".1404" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1403", ptr %".1404", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1417" = trunc i64 %"end.1" to i16
  %".1418" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1417", ptr %".1418", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1421" = trunc i64 %"end.1" to i16
  %".1422" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1421", ptr %".1422", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1441" = trunc i64 %"cursor.23" to i32
  %".1442" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1441", [40 x i8]* %"header_copy", i32 40)
  %".1443" = icmp eq i64 %".1442", 0
  %".1444" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1445" = load i32, ptr %".1444", align 4
  %".1446" = zext i32 %".1445" to i64
  %"data.84" = inttoptr i64 %".1446" to ptr
  %".1447" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1448" = load i32, ptr %".1447", align 4
  %".1449" = zext i32 %".1448" to i64
  %"data_end.84" = inttoptr i64 %".1449" to ptr
  %".1450" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.84" = load ptr, ptr %".1450", align 8
  %".1451" = xor i1 %".1443", -1
  br i1 %".1451", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1453" = trunc i64 %"cursor.23" to i16
  %".1454" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1453", ptr %".1454", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1457" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1458" = load volatile i32, [40 x i8]* %".1457", align 4
  %".1459" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1460" = load volatile i8, [40 x i8]* %".1459", align 1
  %".1461" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1462" = load volatile i64, [40 x i8]* %".1461", align 8
  %".1463" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1464" = load volatile i64, [40 x i8]* %".1463", align 8
  %".1465" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1466" = load volatile i64, [40 x i8]* %".1465", align 8
  %".1467" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1468" = load volatile i64, [40 x i8]* %".1467", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1504" = trunc i64 %".1494" to i16
  %".1505" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1504", ptr %".1505", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1508" = zext i8 %"w6_1.1" to i64
  switch i64 %".1508", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1510" = trunc i64 %".1494" to i16
  %".1511" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1510", ptr %".1511", align 2
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
  %".1527" = trunc i64 34887 to i16
  %".1528" = call i16 @"llvm.bswap.i16"(i16 %".1527")
  %".1529" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1528", ptr %".1529", align 2
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1532" = trunc i64 2048 to i16
  %".1533" = call i16 @"llvm.bswap.i16"(i16 %".1532")
  %".1534" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1533", ptr %".1534", align 2
  %".1536" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1536", align 1
  %".1538" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.26" = load volatile i32, ptr %".1538", align 4
  %".1539" = and i32 %"flags.26", 4
  %".1540" = icmp ne i32 %".1539", 0
  br i1 %".1540", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1550" = trunc i64 34525 to i16
  %".1551" = call i16 @"llvm.bswap.i16"(i16 %".1550")
  %".1552" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1551", ptr %".1552", align 2
  %".1554" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1554", align 1
  %".1556" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.27" = load volatile i32, ptr %".1556", align 4
  %".1557" = and i32 %"flags.27", 4
  %".1558" = icmp ne i32 %".1557", 0
  br i1 %".1558", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.37" = phi  i64 [%".1494", %"ipv6_d1.to_ipv6_opts"], [%".1494", %"ipv6_d1.to_ipv6_opts.1"], [%".1494", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.86" = phi  ptr [%"data.85", %"ipv6_d1.to_ipv6_opts"], [%"data.85", %"ipv6_d1.to_ipv6_opts.1"], [%"data.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.86" = phi  ptr [%"data_end.85", %"ipv6_d1.to_ipv6_opts"], [%"data_end.85", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.86" = phi  ptr [%"keys.85", %"ipv6_d1.to_ipv6_opts"], [%"keys.85", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.86", i64 %"cursor.37"
  %".2602" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2603" = icmp ugt ptr %".2602", %"data_end.86"
  br i1 %".2603", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2605" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2606" = load i8, ptr %".2605", align 1
  %".2607" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2608" = load i8, ptr %".2607", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.10" = phi  i8 [%".2606", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2627", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2608", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2629", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.122" = phi  ptr [%"data.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.122" = phi  ptr [%"data_end.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.122" = phi  ptr [%"keys.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2631" = getelementptr i8, ptr %"keys.122", i64 9
  store i8 %"w0_1.10", ptr %".2631", align 1
  %".2633" = add i64 %"cursor.37", 2
  %".2634" = zext i8 %"w1_1.7" to i64
  %".2635" = mul i64 %".2634", 8
  %".2636" = add i64 %".2635", 6
  %".2637" = add i64 %".2636", 2
  %".2638" = add i64 %"cursor.37", %".2637"
  %".2639" = zext i8 %"w0_1.10" to i64
  switch i64 %".2639", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%".1494", %"ipv6_d1.to_ipv6_frag"]
  %"data.87" = phi  ptr [%"data.85", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.87" = phi  ptr [%"data_end.85", %"ipv6_d1.to_ipv6_frag"]
  %"keys.87" = phi  ptr [%"keys.85", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.87", i64 %"cursor.38"
  %".2699" = getelementptr i8, ptr %"hdr.32", i64 8
  %".2700" = icmp ugt ptr %".2699", %"data_end.87"
  br i1 %".2700", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2702" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2703" = load i8, ptr %".2702", align 1
  %".2704" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2705" = load i16, ptr %".2704", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2703", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2724", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".2705", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2726", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.126" = phi  ptr [%"data.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.126" = phi  ptr [%"data_end.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.126" = phi  ptr [%"keys.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2728" = getelementptr i8, ptr %"keys.126", i64 9
  store i8 %"w0_1.11", ptr %".2728", align 1
  %".2730" = add i64 %"cursor.38", 8
  %".2731" = icmp ne i64 1, 0
  %".2732" = and i16 %"w2_2.6", 63743
  %".2733" = icmp eq i16 %".2732", 0
  br i1 %".2731", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".2755" = zext i8 %"w0_1.11" to i64
  switch i64 %".2755", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1542" = trunc i64 %".1494" to i16
  %".1543" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1542", ptr %".1543", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1546" = trunc i64 %".1494" to i16
  %".1547" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1546", ptr %".1547", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1560" = trunc i64 %".1494" to i16
  %".1561" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1560", ptr %".1561", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1564" = trunc i64 %".1494" to i16
  %".1565" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1564", ptr %".1565", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1576" = trunc i64 %"cursor.24" to i32
  %".1577" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1576", [40 x i8]* %"header_copy", i32 2)
  %".1578" = icmp eq i64 %".1577", 0
  %".1579" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1580" = load i32, ptr %".1579", align 4
  %".1581" = zext i32 %".1580" to i64
  %"data.88" = inttoptr i64 %".1581" to ptr
  %".1582" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1583" = load i32, ptr %".1582", align 4
  %".1584" = zext i32 %".1583" to i64
  %"data_end.88" = inttoptr i64 %".1584" to ptr
  %".1585" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.88" = load ptr, ptr %".1585", align 8
  %".1586" = xor i1 %".1578", -1
  br i1 %".1586", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1588" = trunc i64 %"cursor.24" to i16
  %".1589" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1588", ptr %".1589", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1592" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1593" = load volatile i8, [40 x i8]* %".1592", align 1
  %".1594" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1595" = load volatile i8, [40 x i8]* %".1594", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1607" = trunc i64 %".1604" to i16
  %".1608" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1607", ptr %".1608", align 2
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
  %".1624" = trunc i64 34887 to i16
  %".1625" = call i16 @"llvm.bswap.i16"(i16 %".1624")
  %".1626" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1625", ptr %".1626", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1629" = trunc i64 2048 to i16
  %".1630" = call i16 @"llvm.bswap.i16"(i16 %".1629")
  %".1631" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1630", ptr %".1631", align 2
  %".1633" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1633", align 1
  %".1635" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.28" = load volatile i32, ptr %".1635", align 4
  %".1636" = and i32 %"flags.28", 4
  %".1637" = icmp ne i32 %".1636", 0
  br i1 %".1637", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1644" = trunc i64 34525 to i16
  %".1645" = call i16 @"llvm.bswap.i16"(i16 %".1644")
  %".1646" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1645", ptr %".1646", align 2
  %".1648" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1648", align 1
  %".1650" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.29" = load volatile i32, ptr %".1650", align 4
  %".1651" = and i32 %"flags.29", 4
  %".1652" = icmp ne i32 %".1651", 0
  br i1 %".1652", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.39" = phi  i64 [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".4319", %"widening.test.6"]
  %"data.90" = phi  ptr [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.170", %"widening.test.6"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.170", %"widening.test.6"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.33" = getelementptr i8, ptr %"data.90", i64 %"cursor.39"
  %".2815" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2816" = icmp ugt ptr %".2815", %"data_end.90"
  br i1 %".2816", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".2818" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2819" = load i8, ptr %".2818", align 1
  %".2820" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2821" = load i8, ptr %".2820", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".2819", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2840", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".2821", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2842", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.128" = phi  ptr [%"data.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.128" = phi  ptr [%"data_end.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.128" = phi  ptr [%"keys.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".2844" = getelementptr i8, ptr %"keys.128", i64 9
  store i8 %"w0_1.12", ptr %".2844", align 1
  %".2846" = add i64 %"cursor.39", 2
  %".2847" = zext i8 %"w1_1.8" to i64
  %".2848" = mul i64 %".2847", 8
  %".2849" = add i64 %".2848", 6
  %".2850" = add i64 %".2849", 2
  %".2851" = add i64 %"cursor.39", %".2850"
  %".2852" = zext i8 %"w0_1.12" to i64
  switch i64 %".2852", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.40" = phi  i64 [%".1604", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1690", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".4308", %"widening.test.5"]
  %"data.91" = phi  ptr [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.169", %"widening.test.5"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.169", %"widening.test.5"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.34" = getelementptr i8, ptr %"data.91", i64 %"cursor.40"
  %".2906" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2907" = icmp ugt ptr %".2906", %"data_end.91"
  br i1 %".2907", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".2909" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2910" = load i8, ptr %".2909", align 1
  %".2911" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2912" = load i16, ptr %".2911", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".2910", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".2931", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".2912", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".2933", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.132" = phi  ptr [%"data.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".2935" = getelementptr i8, ptr %"keys.132", i64 9
  store i8 %"w0_1.13", ptr %".2935", align 1
  %".2937" = add i64 %"cursor.40", 8
  %".2938" = icmp ne i64 1, 0
  %".2939" = and i16 %"w2_2.7", 63743
  %".2940" = icmp eq i16 %".2939", 0
  br i1 %".2938", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".2962" = zext i8 %"w0_1.13" to i64
  switch i64 %".2962", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1639" = trunc i64 %".1604" to i16
  %".1640" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1639", ptr %".1640", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1654" = trunc i64 %".1604" to i16
  %".1655" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1654", ptr %".1655", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1667" = trunc i64 %"cursor.25" to i32
  %".1668" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1667", [40 x i8]* %"header_copy", i32 8)
  %".1669" = icmp eq i64 %".1668", 0
  %".1670" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1671" = load i32, ptr %".1670", align 4
  %".1672" = zext i32 %".1671" to i64
  %"data.92" = inttoptr i64 %".1672" to ptr
  %".1673" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1674" = load i32, ptr %".1673", align 4
  %".1675" = zext i32 %".1674" to i64
  %"data_end.92" = inttoptr i64 %".1675" to ptr
  %".1676" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.92" = load ptr, ptr %".1676", align 8
  %".1677" = xor i1 %".1669", -1
  br i1 %".1677", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1679" = trunc i64 %"cursor.25" to i16
  %".1680" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1679", ptr %".1680", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1683" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1684" = load volatile i8, [40 x i8]* %".1683", align 1
  %".1685" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1686" = load volatile i16, [40 x i8]* %".1685", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1695" = getelementptr i8, ptr %"keys.93", i64 6
  store i8 1, ptr %".1695", align 1
  br i1 %".1693", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1698" = getelementptr i8, ptr %"keys.93", i64 7
  store i8 1, ptr %".1698", align 1
  %".1700" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.30" = load volatile i32, ptr %".1700", align 4
  %".1701" = and i32 %"flags.30", 1
  %".1702" = icmp ne i32 %".1701", 0
  %".1703" = xor i1 %".1702", -1
  br i1 %".1703", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1710" = trunc i64 %".1690" to i16
  %".1711" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1710", ptr %".1711", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1705" = trunc i64 %".1690" to i16
  %".1706" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1705", ptr %".1706", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1717" = trunc i64 %".1690" to i16
  %".1718" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1717", ptr %".1718", align 2
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
  %".1734" = trunc i64 34887 to i16
  %".1735" = call i16 @"llvm.bswap.i16"(i16 %".1734")
  %".1736" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1735", ptr %".1736", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1739" = trunc i64 2048 to i16
  %".1740" = call i16 @"llvm.bswap.i16"(i16 %".1739")
  %".1741" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1740", ptr %".1741", align 2
  %".1743" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1743", align 1
  %".1745" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.31" = load volatile i32, ptr %".1745", align 4
  %".1746" = and i32 %"flags.31", 4
  %".1747" = icmp ne i32 %".1746", 0
  br i1 %".1747", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1754" = trunc i64 34525 to i16
  %".1755" = call i16 @"llvm.bswap.i16"(i16 %".1754")
  %".1756" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1755", ptr %".1756", align 2
  %".1758" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1758", align 1
  %".1760" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.32" = load volatile i32, ptr %".1760", align 4
  %".1761" = and i32 %"flags.32", 4
  %".1762" = icmp ne i32 %".1761", 0
  br i1 %".1762", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1749" = trunc i64 %".1690" to i16
  %".1750" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1749", ptr %".1750", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1764" = trunc i64 %".1690" to i16
  %".1765" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1764", ptr %".1765", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1773" = trunc i64 %"cursor.26" to i32
  %".1774" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1773", [40 x i8]* %"header_copy", i32 4)
  %".1775" = icmp eq i64 %".1774", 0
  %".1776" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1777" = load i32, ptr %".1776", align 4
  %".1778" = zext i32 %".1777" to i64
  %"data.94" = inttoptr i64 %".1778" to ptr
  %".1779" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1780" = load i32, ptr %".1779", align 4
  %".1781" = zext i32 %".1780" to i64
  %"data_end.94" = inttoptr i64 %".1781" to ptr
  %".1782" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.94" = load ptr, ptr %".1782", align 8
  %".1783" = xor i1 %".1775", -1
  br i1 %".1783", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1785" = trunc i64 %"cursor.26" to i16
  %".1786" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1785", ptr %".1786", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1801" = trunc i64 %"cursor.27" to i32
  %".1802" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1801", [40 x i8]* %"header_copy", i32 4)
  %".1803" = icmp eq i64 %".1802", 0
  %".1804" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1805" = load i32, ptr %".1804", align 4
  %".1806" = zext i32 %".1805" to i64
  %"data.96" = inttoptr i64 %".1806" to ptr
  %".1807" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1808" = load i32, ptr %".1807", align 4
  %".1809" = zext i32 %".1808" to i64
  %"data_end.96" = inttoptr i64 %".1809" to ptr
  %".1810" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.96" = load ptr, ptr %".1810", align 8
  %".1811" = xor i1 %".1803", -1
  br i1 %".1811", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1813" = trunc i64 %"cursor.27" to i16
  %".1814" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1813", ptr %".1814", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1817" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1818" = load volatile i16, [40 x i8]* %".1817", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1829" = trunc i64 %".1822" to i16
  %".1830" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1829", ptr %".1830", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1835" = trunc i64 %".1822" to i16
  %".1836" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1835", ptr %".1836", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1839" = trunc i64 %".1822" to i16
  %".1840" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1839", ptr %".1840", align 2
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
  %".1852" = trunc i64 %".1822" to i16
  %".1853" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1852", ptr %".1853", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".1856" = trunc i64 %".1822" to i16
  %".1857" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1856", ptr %".1857", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1867" = trunc i64 %"cursor.28" to i32
  %".1868" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1867", [40 x i8]* %"header_copy", i32 6)
  %".1869" = icmp eq i64 %".1868", 0
  %".1870" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1871" = load i32, ptr %".1870", align 4
  %".1872" = zext i32 %".1871" to i64
  %"data.98" = inttoptr i64 %".1872" to ptr
  %".1873" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1874" = load i32, ptr %".1873", align 4
  %".1875" = zext i32 %".1874" to i64
  %"data_end.98" = inttoptr i64 %".1875" to ptr
  %".1876" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.98" = load ptr, ptr %".1876", align 8
  %".1877" = xor i1 %".1869", -1
  br i1 %".1877", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".1879" = trunc i64 %"cursor.28" to i16
  %".1880" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1879", ptr %".1880", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".1883" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1884" = load volatile i16, [40 x i8]* %".1883", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".1895" = trunc i64 %".1888" to i16
  %".1896" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1895", ptr %".1896", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".1901" = trunc i64 %".1888" to i16
  %".1902" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1901", ptr %".1902", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".1905" = trunc i64 %".1888" to i16
  %".1906" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1905", ptr %".1906", align 2
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
  %".1918" = trunc i64 %".1888" to i16
  %".1919" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1918", ptr %".1919", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".1922" = trunc i64 %".1888" to i16
  %".1923" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1922", ptr %".1923", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d1_vlan_tags1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1938" = trunc i64 %"cursor.30" to i32
  %".1939" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".1938", [40 x i8]* %"header_copy", i32 4)
  %".1940" = icmp eq i64 %".1939", 0
  %".1941" = getelementptr i8, ptr %"ctx.29", i64 76
  %".1942" = load i32, ptr %".1941", align 4
  %".1943" = zext i32 %".1942" to i64
  %"data.100" = inttoptr i64 %".1943" to ptr
  %".1944" = getelementptr i8, ptr %"ctx.29", i64 80
  %".1945" = load i32, ptr %".1944", align 4
  %".1946" = zext i32 %".1945" to i64
  %"data_end.100" = inttoptr i64 %".1946" to ptr
  %".1947" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.100" = load ptr, ptr %".1947", align 8
  %".1948" = xor i1 %".1940", -1
  br i1 %".1948", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".1950" = trunc i64 %"cursor.30" to i16
  %".1951" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".1950", ptr %".1951", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".1954" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1955" = load volatile i16, [40 x i8]* %".1954", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".1966" = trunc i64 %".1959" to i16
  %".1967" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1966", ptr %".1967", align 2
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
  %"cursor.41" = phi  i64 [%".1959", %"vlan_d1_vlan_tags1.to_vlan"], [%".1959", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2098", %"hsr_d1_vlan_tags1.to_vlan"], [%".2098", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".4418", %"widening.test.15"]
  %"data.102" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.179", %"widening.test.15"]
  %"data_end.102" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.179", %"widening.test.15"]
  %"keys.102" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.15"]
  %"hdr.35" = getelementptr i8, ptr %"data.102", i64 %"cursor.41"
  %".3016" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3017" = icmp ugt ptr %".3016", %"data_end.102"
  br i1 %".3017", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3019" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3020" = load i16, ptr %".3019", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".3020", %"vlan_d1_vlan_tags2.linear"], [%".3039", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.102", %"vlan_d1_vlan_tags2.linear"], [%"data.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.102", %"vlan_d1_vlan_tags2.linear"], [%"data_end.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.102", %"vlan_d1_vlan_tags2.linear"], [%"keys.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3041" = getelementptr i8, ptr %"keys.134", i64 10
  store i16 %"w2_2.8", ptr %".3041", align 2
  %".3043" = add i64 %"cursor.41", 4
  %".3044" = trunc i64 %".3043" to i16
  %".3045" = getelementptr i8, ptr %"keys.134", i64 0
  store i16 %".3044", ptr %".3045", align 2
  %".3047" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".3048" = zext i16 %".3047" to i64
  switch i16 %"w2_2.8", label %"vlan_d1_vlan_tags2.unknown" [i16 8, label %"vlan_d1_vlan_tags2.to_ipv4" i16 56710, label %"vlan_d1_vlan_tags2.to_ipv6" i16 129, label %"vlan_d1_vlan_tags2.to_vlan" i16 43144, label %"vlan_d1_vlan_tags2.to_vlan.1" i16 18312, label %"vlan_d1_vlan_tags2.to_mpls" i16 18568, label %"vlan_d1_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags2.to_arp" i16 13696, label %"vlan_d1_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags2.to_ptp" i16 649, label %"vlan_d1_vlan_tags2.to_cfm" i16 51848, label %"vlan_d1_vlan_tags2.to_tipc" i16 1673, label %"vlan_d1_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags2.to_hsr" i16 64392, label %"vlan_d1_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.42" = phi  i64 [%".1959", %"vlan_d1_vlan_tags1.to_hsr"], [%".1959", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2098", %"hsr_d1_vlan_tags1.to_hsr"], [%".2098", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".4407", %"widening.test.14"]
  %"data.103" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.178", %"widening.test.14"]
  %"data_end.103" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.178", %"widening.test.14"]
  %"keys.103" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.14"]
  %"hdr.36" = getelementptr i8, ptr %"data.103", i64 %"cursor.42"
  %".3082" = getelementptr i8, ptr %"hdr.36", i64 6
  %".3083" = icmp ugt ptr %".3082", %"data_end.103"
  br i1 %".3083", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3085" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3086" = load i16, ptr %".3085", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3086", %"hsr_d1_vlan_tags2.linear"], [%".3105", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.136" = phi  ptr [%"data.103", %"hsr_d1_vlan_tags2.linear"], [%"data.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.103", %"hsr_d1_vlan_tags2.linear"], [%"data_end.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.103", %"hsr_d1_vlan_tags2.linear"], [%"keys.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3107" = getelementptr i8, ptr %"keys.136", i64 10
  store i16 %"w4_2.3", ptr %".3107", align 2
  %".3109" = add i64 %"cursor.42", 6
  %".3110" = trunc i64 %".3109" to i16
  %".3111" = getelementptr i8, ptr %"keys.136", i64 0
  store i16 %".3110", ptr %".3111", align 2
  %".3113" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3114" = zext i16 %".3113" to i64
  switch i16 %"w4_2.3", label %"hsr_d1_vlan_tags2.unknown" [i16 8, label %"hsr_d1_vlan_tags2.to_ipv4" i16 56710, label %"hsr_d1_vlan_tags2.to_ipv6" i16 129, label %"hsr_d1_vlan_tags2.to_vlan" i16 43144, label %"hsr_d1_vlan_tags2.to_vlan.1" i16 18312, label %"hsr_d1_vlan_tags2.to_mpls" i16 18568, label %"hsr_d1_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags2.to_arp" i16 13696, label %"hsr_d1_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags2.to_ptp" i16 649, label %"hsr_d1_vlan_tags2.to_cfm" i16 51848, label %"hsr_d1_vlan_tags2.to_tipc" i16 1673, label %"hsr_d1_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags2.to_hsr" i16 64392, label %"hsr_d1_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
pppoe_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1996" = trunc i64 %"cursor.31" to i32
  %".1997" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".1996", [40 x i8]* %"header_copy", i32 8)
  %".1998" = icmp eq i64 %".1997", 0
  %".1999" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2000" = load i32, ptr %".1999", align 4
  %".2001" = zext i32 %".2000" to i64
  %"data.104" = inttoptr i64 %".2001" to ptr
  %".2002" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2003" = load i32, ptr %".2002", align 4
  %".2004" = zext i32 %".2003" to i64
  %"data_end.104" = inttoptr i64 %".2004" to ptr
  %".2005" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.104" = load ptr, ptr %".2005", align 8
  %".2006" = xor i1 %".1998", -1
  br i1 %".2006", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2008" = trunc i64 %"cursor.31" to i16
  %".2009" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2008", ptr %".2009", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2012" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2013" = load volatile i8, [40 x i8]* %".2012", align 1
  %".2014" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2015" = load volatile i8, [40 x i8]* %".2014", align 1
  %".2016" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2017" = load volatile i16, [40 x i8]* %".2016", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2032" = trunc i64 %"cursor.31" to i16
  %".2033" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2032", ptr %".2033", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2036" = add i64 %"cursor.31", 8
  %".2037" = trunc i64 %".2036" to i16
  %".2038" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2037", ptr %".2038", align 2
  %".2040" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2041" = zext i16 %".2040" to i64
  switch i16 %"w6_2.3", label %"pppoe_d1.unknown" [i16 8448, label %"pppoe_d1.to_ipv4" i16 22272, label %"pppoe_d1.to_ipv6" i16 33026, label %"pppoe_d1.to_mpls" i16 33538, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.to_ipv4:
  %".2050" = trunc i64 2048 to i16
  %".2051" = call i16 @"llvm.bswap.i16"(i16 %".2050")
  %".2052" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2051", ptr %".2052", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2043" = and i64 %".2041", 257
  %".2044" = icmp eq i64 %".2043", 1
  br i1 %".2044", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv6:
  %".2055" = trunc i64 34525 to i16
  %".2056" = call i16 @"llvm.bswap.i16"(i16 %".2055")
  %".2057" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2056", ptr %".2057", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2060" = trunc i64 34887 to i16
  %".2061" = call i16 @"llvm.bswap.i16"(i16 %".2060")
  %".2062" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2061", ptr %".2062", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2065" = trunc i64 34888 to i16
  %".2066" = call i16 @"llvm.bswap.i16"(i16 %".2065")
  %".2067" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2066", ptr %".2067", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2046" = trunc i64 %".2036" to i16
  %".2047" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2046", ptr %".2047", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2077" = trunc i64 %"cursor.32" to i32
  %".2078" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2077", [40 x i8]* %"header_copy", i32 6)
  %".2079" = icmp eq i64 %".2078", 0
  %".2080" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2081" = load i32, ptr %".2080", align 4
  %".2082" = zext i32 %".2081" to i64
  %"data.106" = inttoptr i64 %".2082" to ptr
  %".2083" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2084" = load i32, ptr %".2083", align 4
  %".2085" = zext i32 %".2084" to i64
  %"data_end.106" = inttoptr i64 %".2085" to ptr
  %".2086" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.106" = load ptr, ptr %".2086", align 8
  %".2087" = xor i1 %".2079", -1
  br i1 %".2087", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2089" = trunc i64 %"cursor.32" to i16
  %".2090" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2089", ptr %".2090", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2093" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2094" = load volatile i16, [40 x i8]* %".2093", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2105" = trunc i64 %".2098" to i16
  %".2106" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2105", ptr %".2106", align 2
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
  %".2135" = trunc i64 %"cursor.33" to i32
  %".2136" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2135", [40 x i8]* %"header_copy", i32 24)
  %".2137" = icmp eq i64 %".2136", 0
  %".2138" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2139" = load i32, ptr %".2138", align 4
  %".2140" = zext i32 %".2139" to i64
  %"data.108" = inttoptr i64 %".2140" to ptr
  %".2141" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2142" = load i32, ptr %".2141", align 4
  %".2143" = zext i32 %".2142" to i64
  %"data_end.108" = inttoptr i64 %".2143" to ptr
  %".2144" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.108" = load ptr, ptr %".2144", align 8
  %".2145" = xor i1 %".2137", -1
  br i1 %".2145", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2147" = trunc i64 %"cursor.33" to i16
  %".2148" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2147", ptr %".2148", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2151" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2152" = load volatile i8, [40 x i8]* %".2151", align 1
  %".2153" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2154" = load volatile i8, [40 x i8]* %".2153", align 1
  %".2155" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2156" = load volatile i16, [40 x i8]* %".2155", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2165" = trunc i64 %"cursor.33" to i16
  %".2166" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2165", ptr %".2166", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2169" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %"w22_2.1", ptr %".2169", align 2
  %".2171" = add i64 %"cursor.33", 24
  %".2172" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2173" = zext i16 %".2172" to i64
  switch i16 %"w22_2.1", label %"batadv_d1.unknown" [i16 8, label %"batadv_d1.to_ipv4" i16 56710, label %"batadv_d1.to_ipv6" i16 129, label %"batadv_d1.to_vlan" i16 43144, label %"batadv_d1.to_vlan.1" i16 18312, label %"batadv_d1.to_mpls" i16 18568, label %"batadv_d1.to_mpls.1" i16 25736, label %"batadv_d1.to_pppoe" i16 1544, label %"batadv_d1.to_arp" i16 13696, label %"batadv_d1.to_arp.1" i16 63368, label %"batadv_d1.to_ptp" i16 649, label %"batadv_d1.to_cfm" i16 51848, label %"batadv_d1.to_tipc" i16 1673, label %"batadv_d1.to_fcoe" i16 12169, label %"batadv_d1.to_hsr" i16 64392, label %"batadv_d1.to_hsr.1" i16 1347, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.to_ipv4:
  %".2179" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2179", align 1
  %".2181" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.33" = load volatile i32, ptr %".2181", align 4
  %".2182" = and i32 %"flags.33", 4
  %".2183" = icmp ne i32 %".2182", 0
  br i1 %".2183", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.unknown:
  %".2175" = trunc i64 %".2171" to i16
  %".2176" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2175", ptr %".2176", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2193" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2193", align 1
  %".2195" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.34" = load volatile i32, ptr %".2195", align 4
  %".2196" = and i32 %"flags.34", 4
  %".2197" = icmp ne i32 %".2196", 0
  br i1 %".2197", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2207" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2207", align 1
  %".2209" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.35" = load volatile i32, ptr %".2209", align 4
  %".2210" = and i32 %"flags.35", 4
  %".2211" = icmp ne i32 %".2210", 0
  br i1 %".2211", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2221" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2221", align 1
  %".2223" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.36" = load volatile i32, ptr %".2223", align 4
  %".2224" = and i32 %"flags.36", 4
  %".2225" = icmp ne i32 %".2224", 0
  br i1 %".2225", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2235" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2235", align 1
  %".2237" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.37" = load volatile i32, ptr %".2237", align 4
  %".2238" = and i32 %"flags.37", 4
  %".2239" = icmp ne i32 %".2238", 0
  br i1 %".2239", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2249" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2249", align 1
  %".2251" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.38" = load volatile i32, ptr %".2251", align 4
  %".2252" = and i32 %"flags.38", 4
  %".2253" = icmp ne i32 %".2252", 0
  br i1 %".2253", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2263" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2263", align 1
  %".2265" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.39" = load volatile i32, ptr %".2265", align 4
  %".2266" = and i32 %"flags.39", 4
  %".2267" = icmp ne i32 %".2266", 0
  br i1 %".2267", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2277" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2277", align 1
  %".2279" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.40" = load volatile i32, ptr %".2279", align 4
  %".2280" = and i32 %"flags.40", 4
  %".2281" = icmp ne i32 %".2280", 0
  br i1 %".2281", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2291" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2291", align 1
  %".2293" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.41" = load volatile i32, ptr %".2293", align 4
  %".2294" = and i32 %"flags.41", 4
  %".2295" = icmp ne i32 %".2294", 0
  br i1 %".2295", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2305" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2305", align 1
  %".2307" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.42" = load volatile i32, ptr %".2307", align 4
  %".2308" = and i32 %"flags.42", 4
  %".2309" = icmp ne i32 %".2308", 0
  br i1 %".2309", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2319" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2319", align 1
  %".2321" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.43" = load volatile i32, ptr %".2321", align 4
  %".2322" = and i32 %"flags.43", 4
  %".2323" = icmp ne i32 %".2322", 0
  br i1 %".2323", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2333" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2333", align 1
  %".2335" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.44" = load volatile i32, ptr %".2335", align 4
  %".2336" = and i32 %"flags.44", 4
  %".2337" = icmp ne i32 %".2336", 0
  br i1 %".2337", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2347" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2347", align 1
  %".2349" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.45" = load volatile i32, ptr %".2349", align 4
  %".2350" = and i32 %"flags.45", 4
  %".2351" = icmp ne i32 %".2350", 0
  br i1 %".2351", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2361" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2361", align 1
  %".2363" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.46" = load volatile i32, ptr %".2363", align 4
  %".2364" = and i32 %"flags.46", 4
  %".2365" = icmp ne i32 %".2364", 0
  br i1 %".2365", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2375" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2375", align 1
  %".2377" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.47" = load volatile i32, ptr %".2377", align 4
  %".2378" = and i32 %"flags.47", 4
  %".2379" = icmp ne i32 %".2378", 0
  br i1 %".2379", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2389" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2389", align 1
  %".2391" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.48" = load volatile i32, ptr %".2391", align 4
  %".2392" = and i32 %"flags.48", 4
  %".2393" = icmp ne i32 %".2392", 0
  br i1 %".2393", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2185" = trunc i64 %".2171" to i16
  %".2186" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2185", ptr %".2186", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2189" = trunc i64 %".2171" to i16
  %".2190" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2189", ptr %".2190", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2199" = trunc i64 %".2171" to i16
  %".2200" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2199", ptr %".2200", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2203" = trunc i64 %".2171" to i16
  %".2204" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2203", ptr %".2204", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2213" = trunc i64 %".2171" to i16
  %".2214" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2213", ptr %".2214", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2217" = trunc i64 %".2171" to i16
  %".2218" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2217", ptr %".2218", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2227" = trunc i64 %".2171" to i16
  %".2228" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2227", ptr %".2228", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2231" = trunc i64 %".2171" to i16
  %".2232" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2231", ptr %".2232", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2241" = trunc i64 %".2171" to i16
  %".2242" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2241", ptr %".2242", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2245" = trunc i64 %".2171" to i16
  %".2246" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2245", ptr %".2246", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2255" = trunc i64 %".2171" to i16
  %".2256" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2255", ptr %".2256", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2259" = trunc i64 %".2171" to i16
  %".2260" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2259", ptr %".2260", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2269" = trunc i64 %".2171" to i16
  %".2270" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2269", ptr %".2270", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2273" = trunc i64 %".2171" to i16
  %".2274" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2273", ptr %".2274", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2283" = trunc i64 %".2171" to i16
  %".2284" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2283", ptr %".2284", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2287" = trunc i64 %".2171" to i16
  %".2288" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2287", ptr %".2288", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2297" = trunc i64 %".2171" to i16
  %".2298" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2297", ptr %".2298", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2301" = trunc i64 %".2171" to i16
  %".2302" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2301", ptr %".2302", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2311" = trunc i64 %".2171" to i16
  %".2312" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2311", ptr %".2312", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2315" = trunc i64 %".2171" to i16
  %".2316" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2315", ptr %".2316", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2325" = trunc i64 %".2171" to i16
  %".2326" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2325", ptr %".2326", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2329" = trunc i64 %".2171" to i16
  %".2330" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2329", ptr %".2330", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2339" = trunc i64 %".2171" to i16
  %".2340" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2339", ptr %".2340", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2343" = trunc i64 %".2171" to i16
  %".2344" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2343", ptr %".2344", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2353" = trunc i64 %".2171" to i16
  %".2354" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2353", ptr %".2354", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2357" = trunc i64 %".2171" to i16
  %".2358" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2357", ptr %".2358", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2367" = trunc i64 %".2171" to i16
  %".2368" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2367", ptr %".2368", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2371" = trunc i64 %".2171" to i16
  %".2372" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2371", ptr %".2372", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2381" = trunc i64 %".2171" to i16
  %".2382" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2381", ptr %".2382", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2385" = trunc i64 %".2171" to i16
  %".2386" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2385", ptr %".2386", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2395" = trunc i64 %".2171" to i16
  %".2396" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2395", ptr %".2396", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2399" = trunc i64 %".2171" to i16
  %".2400" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2399", ptr %".2400", align 2
  br label %"return"
gre_d0.variable:
  %".2409" = zext i8 %"w0_1.3" to i64
  %".2410" = lshr i64 %".2409", 7
  %".2411" = and i64 %".2410", 1
  %".2412" = zext i8 %"w0_1.3" to i64
  %".2413" = lshr i64 %".2412", 5
  %".2414" = and i64 %".2413", 1
  %".2415" = add i64 %".2411", %".2414"
  %".2416" = zext i8 %"w0_1.3" to i64
  %".2417" = lshr i64 %".2416", 4
  %".2418" = and i64 %".2417", 1
  %".2419" = add i64 %".2415", %".2418"
  %".2420" = mul i64 %".2419", 4
  %".2421" = add i64 %".2420", 4
  %".2422" = getelementptr i8, ptr %"data.68", i64 %"cursor.34"
  %".2423" = getelementptr i8, ptr %".2422", i64 %".2421"
  %".2424" = icmp ugt ptr %".2423", %"data_end.68"
  br i1 %".2424", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.111" = phi  ptr [%"data.68", %"gre_d0.variable"], [%"data.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.68", %"gre_d0.variable"], [%"data_end.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.68", %"gre_d0.variable"], [%"keys.110", %"gre_d0.copy_last_byte_failed.endif"]
  %".2445" = add i64 %"cursor.34", %".2421"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".2426" = add i64 %"cursor.34", %".2421"
  %".2427" = sub i64 %".2426", 1
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2428" = trunc i64 %".2427" to i32
  %".2429" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2428", i64* %"last_byte", i32 1)
  %".2430" = icmp eq i64 %".2429", 0
  %".2431" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2432" = load i32, ptr %".2431", align 4
  %".2433" = zext i32 %".2432" to i64
  %"data.110" = inttoptr i64 %".2433" to ptr
  %".2434" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2435" = load i32, ptr %".2434", align 4
  %".2436" = zext i32 %".2435" to i64
  %"data_end.110" = inttoptr i64 %".2436" to ptr
  %".2437" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.110" = load ptr, ptr %".2437", align 8
  %".2438" = xor i1 %".2430", -1
  br i1 %".2438", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2440" = trunc i64 %"cursor.34" to i16
  %".2441" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2440", ptr %".2441", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2453" = trunc i64 %"end.2" to i16
  %".2454" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2453", ptr %".2454", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2457" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".2458" = zext i16 %".2457" to i64
  switch i16 %"w2_2.1", label %"gre_d0.unknown" [i16 8, label %"gre_d0.to_ipv4" i16 56710, label %"gre_d0.to_ipv6" i16 129, label %"gre_d0.to_vlan" i16 43144, label %"gre_d0.to_vlan.1" i16 18312, label %"gre_d0.to_mpls" i16 18568, label %"gre_d0.to_mpls.1" i16 25736, label %"gre_d0.to_pppoe" i16 1544, label %"gre_d0.to_arp" i16 13696, label %"gre_d0.to_arp.1" i16 63368, label %"gre_d0.to_ptp" i16 649, label %"gre_d0.to_cfm" i16 51848, label %"gre_d0.to_tipc" i16 1673, label %"gre_d0.to_fcoe" i16 12169, label %"gre_d0.to_hsr" i16 64392, label %"gre_d0.to_hsr.1" i16 1347, label %"gre_d0.to_batadv" i16 22629, label %"gre_d0.to_ethernet"]  , !prof !4
gre_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.unknown:
  %".2460" = trunc i64 %"end.2" to i16
  %".2461" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2460", ptr %".2461", align 2
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
  %"cursor.43" = phi  i64 [%"end.2", %"gre_d0.to_ethernet"], [%".4374", %"widening.test.11"]
  %"data.113" = phi  ptr [%"data.112", %"gre_d0.to_ethernet"], [%"data.175", %"widening.test.11"]
  %"data_end.113" = phi  ptr [%"data_end.112", %"gre_d0.to_ethernet"], [%"data_end.175", %"widening.test.11"]
  %"keys.113" = phi  ptr [%"keys.112", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.11"]
  %"hdr.37" = getelementptr i8, ptr %"data.113", i64 %"cursor.43"
  %".3148" = getelementptr i8, ptr %"hdr.37", i64 14
  %".3149" = icmp ugt ptr %".3148", %"data_end.113"
  br i1 %".3149", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3151" = getelementptr i8, ptr %"hdr.37", i64 12
  %".3152" = load i16, ptr %".3151", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3152", %"ethernet_d1.linear"], [%".3171", %"ethernet_d1.copy_failed.endif"]
  %"data.138" = phi  ptr [%"data.113", %"ethernet_d1.linear"], [%"data.137", %"ethernet_d1.copy_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.113", %"ethernet_d1.linear"], [%"data_end.137", %"ethernet_d1.copy_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.113", %"ethernet_d1.linear"], [%"keys.137", %"ethernet_d1.copy_failed.endif"]
  %".3173" = getelementptr i8, ptr %"keys.138", i64 10
  store i16 %"w12_2", ptr %".3173", align 2
  %".3175" = add i64 %"cursor.43", 14
  %".3176" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3177" = zext i16 %".3176" to i64
  switch i16 %"w12_2", label %"ethernet_d1.unknown" [i16 8, label %"ethernet_d1.to_ipv4" i16 56710, label %"ethernet_d1.to_ipv6" i16 129, label %"ethernet_d1.to_vlan" i16 43144, label %"ethernet_d1.to_vlan.1" i16 18312, label %"ethernet_d1.to_mpls" i16 18568, label %"ethernet_d1.to_mpls.1" i16 25736, label %"ethernet_d1.to_pppoe" i16 1544, label %"ethernet_d1.to_arp" i16 13696, label %"ethernet_d1.to_arp.1" i16 63368, label %"ethernet_d1.to_ptp" i16 649, label %"ethernet_d1.to_cfm" i16 51848, label %"ethernet_d1.to_tipc" i16 1673, label %"ethernet_d1.to_fcoe" i16 12169, label %"ethernet_d1.to_hsr" i16 64392, label %"ethernet_d1.to_hsr.1" i16 1347, label %"ethernet_d1.to_batadv"]  , !prof !1
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
pptp_d0.stop_before:
  %".2490" = trunc i64 %"cursor.35" to i16
  %".2491" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".2490", ptr %".2491", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".2516" = add i64 %"cursor.35", %".2511"
  %".2517" = sub i64 %".2516", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2518" = trunc i64 %".2517" to i32
  %".2519" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2518", i64* %"last_byte", i32 1)
  %".2520" = icmp eq i64 %".2519", 0
  %".2521" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2522" = load i32, ptr %".2521", align 4
  %".2523" = zext i32 %".2522" to i64
  %"data.114" = inttoptr i64 %".2523" to ptr
  %".2524" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2525" = load i32, ptr %".2524", align 4
  %".2526" = zext i32 %".2525" to i64
  %"data_end.114" = inttoptr i64 %".2526" to ptr
  %".2527" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.114" = load ptr, ptr %".2527", align 8
  %".2528" = xor i1 %".2520", -1
  br i1 %".2528", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2530" = trunc i64 %"cursor.35" to i16
  %".2531" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2530", ptr %".2531", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2540" = trunc i64 %"end.3" to i16
  %".2541" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2540", ptr %".2541", align 2
  br label %"return"
gre_version_d1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2555" = trunc i64 %"cursor.36" to i32
  %".2556" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2555", [40 x i8]* %"header_copy", i32 4)
  %".2557" = icmp eq i64 %".2556", 0
  %".2558" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2559" = load i32, ptr %".2558", align 4
  %".2560" = zext i32 %".2559" to i64
  %"data.117" = inttoptr i64 %".2560" to ptr
  %".2561" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2562" = load i32, ptr %".2561", align 4
  %".2563" = zext i32 %".2562" to i64
  %"data_end.117" = inttoptr i64 %".2563" to ptr
  %".2564" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.117" = load ptr, ptr %".2564", align 8
  %".2565" = xor i1 %".2557", -1
  br i1 %".2565", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2567" = trunc i64 %"cursor.36" to i16
  %".2568" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2567", ptr %".2568", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2571" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2572" = load volatile i8, [40 x i8]* %".2571", align 1
  %".2573" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2574" = load volatile i8, [40 x i8]* %".2573", align 1
  %".2575" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2576" = load volatile i16, [40 x i8]* %".2575", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2587" = trunc i64 %"cursor.36" to i16
  %".2588" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2587", ptr %".2588", align 2
  br label %"return"
gre_version_d1.unknown:
  %".2596" = trunc i64 %"cursor.36" to i16
  %".2597" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2596", ptr %".2597", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
pptp_d1:
  %"cursor.46" = phi  i64 [%"cursor.36", %"gre_version_d1.to_pptp"]
  %"data.120" = phi  ptr [%"data.118", %"gre_version_d1.to_pptp"]
  %"data_end.120" = phi  ptr [%"data_end.118", %"gre_version_d1.to_pptp"]
  %"keys.120" = phi  ptr [%"keys.118", %"gre_version_d1.to_pptp"]
  %".3409" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3410" = zext i16 %".3409" to i64
  %".3411" = icmp ne i64 %".3410", 34827
  %".3412" = zext i8 %"w0_1.9" to i64
  %".3413" = lshr i64 %".3412", 5
  %".3414" = and i64 %".3413", 1
  %".3415" = icmp eq i64 %".3414", 0
  %".3416" = or i1 %".3411", %".3415"
  br i1 %".3416", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".3422" = add i64 %"cursor.46", 4
  %".3423" = zext i8 %"w0_1.9" to i64
  %".3424" = lshr i64 %".3423", 7
  %".3425" = and i64 %".3424", 1
  %".3426" = zext i8 %"w0_1.9" to i64
  %".3427" = lshr i64 %".3426", 5
  %".3428" = and i64 %".3427", 1
  %".3429" = add i64 %".3425", %".3428"
  %".3430" = zext i8 %"w0_1.9" to i64
  %".3431" = lshr i64 %".3430", 4
  %".3432" = and i64 %".3431", 1
  %".3433" = add i64 %".3429", %".3432"
  %".3434" = zext i8 %"w1_1.6" to i64
  %".3435" = lshr i64 %".3434", 7
  %".3436" = and i64 %".3435", 1
  %".3437" = add i64 %".3433", %".3436"
  %".3438" = mul i64 %".3437", 4
  %".3439" = add i64 %".3438", 4
  %".3440" = getelementptr i8, ptr %"data.120", i64 %"cursor.46"
  %".3441" = getelementptr i8, ptr %".3440", i64 %".3439"
  %".3442" = icmp ugt ptr %".3441", %"data_end.120"
  br i1 %".3442", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.146" = phi  ptr [%"data.120", %"pptp_d1.stop_before.endif"], [%"data.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.120", %"pptp_d1.stop_before.endif"], [%"data_end.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.120", %"pptp_d1.stop_before.endif"], [%"keys.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %".3463" = add i64 %"cursor.46", %".3439"
  %".3464" = add i64 %"cursor.46", 8
  %".3465" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3464")
  %".3466" = icmp eq i64 %".3438", 4
  %"end.5" = select  i1 %".3466", i64 %".3465", i64 %".3463"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.52" = phi  i64 [%"end.5", %"pptp_d1.to_ppp"]
  %"data.147" = phi  ptr [%"data.146", %"pptp_d1.to_ppp"]
  %"data_end.147" = phi  ptr [%"data_end.146", %"pptp_d1.to_ppp"]
  %"keys.147" = phi  ptr [%"keys.146", %"pptp_d1.to_ppp"]
  %"hdr.43" = getelementptr i8, ptr %"data.147", i64 %"cursor.52"
  %".3916" = getelementptr i8, ptr %"hdr.43", i64 4
  %".3917" = icmp ugt ptr %".3916", %"data_end.147"
  br i1 %".3917", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".3919" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3920" = load i16, ptr %".3919", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.12" = phi  i16 [%".3920", %"ppp_d1.linear"], [%".3939", %"ppp_d1.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.147", %"ppp_d1.linear"], [%"data.158", %"ppp_d1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.147", %"ppp_d1.linear"], [%"data_end.158", %"ppp_d1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.147", %"ppp_d1.linear"], [%"keys.158", %"ppp_d1.copy_failed.endif"]
  %".3941" = add i64 %"cursor.52", 4
  %".3942" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3943" = zext i16 %".3942" to i64
  switch i16 %"w2_2.12", label %"ppp_d1.unknown" [i16 8448, label %"ppp_d1.to_ipv4" i16 22272, label %"ppp_d1.to_ipv6"]
ppp_d1.to_ipv4:
  %".3952" = trunc i64 2048 to i16
  %".3953" = call i16 @"llvm.bswap.i16"(i16 %".3952")
  %".3954" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".3953", ptr %".3954", align 2
  %".3956" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".3956", align 1
  %".3958" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.74" = load volatile i32, ptr %".3958", align 4
  %".3959" = and i32 %"flags.74", 4
  %".3960" = icmp ne i32 %".3959", 0
  br i1 %".3960", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2610" = trunc i64 %"cursor.37" to i32
  %".2611" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2610", [40 x i8]* %"header_copy", i32 2)
  %".2612" = icmp eq i64 %".2611", 0
  %".2613" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2614" = load i32, ptr %".2613", align 4
  %".2615" = zext i32 %".2614" to i64
  %"data.121" = inttoptr i64 %".2615" to ptr
  %".2616" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2617" = load i32, ptr %".2616", align 4
  %".2618" = zext i32 %".2617" to i64
  %"data_end.121" = inttoptr i64 %".2618" to ptr
  %".2619" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.121" = load ptr, ptr %".2619", align 8
  %".2620" = xor i1 %".2612", -1
  br i1 %".2620", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2622" = trunc i64 %"cursor.37" to i16
  %".2623" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2622", ptr %".2623", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2626" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2627" = load volatile i8, [40 x i8]* %".2626", align 1
  %".2628" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2629" = load volatile i8, [40 x i8]* %".2628", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2641" = trunc i64 %".2638" to i16
  %".2642" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2641", ptr %".2642", align 2
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
  %".2658" = trunc i64 34887 to i16
  %".2659" = call i16 @"llvm.bswap.i16"(i16 %".2658")
  %".2660" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2659", ptr %".2660", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2663" = trunc i64 2048 to i16
  %".2664" = call i16 @"llvm.bswap.i16"(i16 %".2663")
  %".2665" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2664", ptr %".2665", align 2
  %".2667" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2667", align 1
  %".2669" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.50" = load volatile i32, ptr %".2669", align 4
  %".2670" = and i32 %"flags.50", 4
  %".2671" = icmp ne i32 %".2670", 0
  br i1 %".2671", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2681" = trunc i64 34525 to i16
  %".2682" = call i16 @"llvm.bswap.i16"(i16 %".2681")
  %".2683" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2682", ptr %".2683", align 2
  %".2685" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2685", align 1
  %".2687" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.51" = load volatile i32, ptr %".2687", align 4
  %".2688" = and i32 %"flags.51", 4
  %".2689" = icmp ne i32 %".2688", 0
  br i1 %".2689", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.47" = phi  i64 [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".4528", %"widening.test.25"]
  %"data.123" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.189", %"widening.test.25"]
  %"data_end.123" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.189", %"widening.test.25"]
  %"keys.123" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.25"]
  %"hdr.39" = getelementptr i8, ptr %"data.123", i64 %"cursor.47"
  %".3473" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3474" = icmp ugt ptr %".3473", %"data_end.123"
  br i1 %".3474", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3476" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3477" = load i8, ptr %".3476", align 1
  %".3478" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3479" = load i8, ptr %".3478", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3477", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3498", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3479", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3500", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3502" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %"w0_1.14", ptr %".3502", align 1
  %".3504" = add i64 %"cursor.47", 2
  %".3505" = zext i8 %"w1_1.9" to i64
  %".3506" = mul i64 %".3505", 8
  %".3507" = add i64 %".3506", 6
  %".3508" = add i64 %".3507", 2
  %".3509" = add i64 %"cursor.47", %".3508"
  %".3510" = zext i8 %"w0_1.14" to i64
  switch i64 %".3510", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.48" = phi  i64 [%".2638", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".2730", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".4517", %"widening.test.24"]
  %"data.124" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.188", %"widening.test.24"]
  %"data_end.124" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.188", %"widening.test.24"]
  %"keys.124" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.24"]
  %"hdr.40" = getelementptr i8, ptr %"data.124", i64 %"cursor.48"
  %".3570" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3571" = icmp ugt ptr %".3570", %"data_end.124"
  br i1 %".3571", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3573" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3574" = load i8, ptr %".3573", align 1
  %".3575" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3576" = load i16, ptr %".3575", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3574", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3595", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".3576", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3597", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3599" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %"w0_1.15", ptr %".3599", align 1
  %".3601" = add i64 %"cursor.48", 8
  %".3602" = icmp ne i64 1, 0
  %".3603" = and i16 %"w2_2.10", 63743
  %".3604" = icmp eq i16 %".3603", 0
  br i1 %".3602", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".3626" = zext i8 %"w0_1.15" to i64
  switch i64 %".3626", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2673" = trunc i64 %".2638" to i16
  %".2674" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2673", ptr %".2674", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2677" = trunc i64 %".2638" to i16
  %".2678" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2677", ptr %".2678", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2691" = trunc i64 %".2638" to i16
  %".2692" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2691", ptr %".2692", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2695" = trunc i64 %".2638" to i16
  %".2696" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2695", ptr %".2696", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2707" = trunc i64 %"cursor.38" to i32
  %".2708" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2707", [40 x i8]* %"header_copy", i32 8)
  %".2709" = icmp eq i64 %".2708", 0
  %".2710" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2711" = load i32, ptr %".2710", align 4
  %".2712" = zext i32 %".2711" to i64
  %"data.125" = inttoptr i64 %".2712" to ptr
  %".2713" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2714" = load i32, ptr %".2713", align 4
  %".2715" = zext i32 %".2714" to i64
  %"data_end.125" = inttoptr i64 %".2715" to ptr
  %".2716" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.125" = load ptr, ptr %".2716", align 8
  %".2717" = xor i1 %".2709", -1
  br i1 %".2717", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2719" = trunc i64 %"cursor.38" to i16
  %".2720" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2719", ptr %".2720", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2723" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2724" = load volatile i8, [40 x i8]* %".2723", align 1
  %".2725" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2726" = load volatile i16, [40 x i8]* %".2725", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2735" = getelementptr i8, ptr %"keys.126", i64 6
  store i8 1, ptr %".2735", align 1
  br i1 %".2733", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2738" = getelementptr i8, ptr %"keys.126", i64 7
  store i8 1, ptr %".2738", align 1
  %".2740" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.52" = load volatile i32, ptr %".2740", align 4
  %".2741" = and i32 %"flags.52", 1
  %".2742" = icmp ne i32 %".2741", 0
  %".2743" = xor i1 %".2742", -1
  br i1 %".2743", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".2750" = trunc i64 %".2730" to i16
  %".2751" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2750", ptr %".2751", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".2745" = trunc i64 %".2730" to i16
  %".2746" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2745", ptr %".2746", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".2757" = trunc i64 %".2730" to i16
  %".2758" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2757", ptr %".2758", align 2
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
  %".2774" = trunc i64 34887 to i16
  %".2775" = call i16 @"llvm.bswap.i16"(i16 %".2774")
  %".2776" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".2775", ptr %".2776", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".2779" = trunc i64 2048 to i16
  %".2780" = call i16 @"llvm.bswap.i16"(i16 %".2779")
  %".2781" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".2780", ptr %".2781", align 2
  %".2783" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".2783", align 1
  %".2785" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.53" = load volatile i32, ptr %".2785", align 4
  %".2786" = and i32 %"flags.53", 4
  %".2787" = icmp ne i32 %".2786", 0
  br i1 %".2787", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".2797" = trunc i64 34525 to i16
  %".2798" = call i16 @"llvm.bswap.i16"(i16 %".2797")
  %".2799" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".2798", ptr %".2799", align 2
  %".2801" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".2801", align 1
  %".2803" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.54" = load volatile i32, ptr %".2803", align 4
  %".2804" = and i32 %"flags.54", 4
  %".2805" = icmp ne i32 %".2804", 0
  br i1 %".2805", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".2789" = trunc i64 %".2730" to i16
  %".2790" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2789", ptr %".2790", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".2793" = trunc i64 %".2730" to i16
  %".2794" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2793", ptr %".2794", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".2807" = trunc i64 %".2730" to i16
  %".2808" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2807", ptr %".2808", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2811" = trunc i64 %".2730" to i16
  %".2812" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2811", ptr %".2812", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2823" = trunc i64 %"cursor.39" to i32
  %".2824" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2823", [40 x i8]* %"header_copy", i32 2)
  %".2825" = icmp eq i64 %".2824", 0
  %".2826" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2827" = load i32, ptr %".2826", align 4
  %".2828" = zext i32 %".2827" to i64
  %"data.127" = inttoptr i64 %".2828" to ptr
  %".2829" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2830" = load i32, ptr %".2829", align 4
  %".2831" = zext i32 %".2830" to i64
  %"data_end.127" = inttoptr i64 %".2831" to ptr
  %".2832" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.127" = load ptr, ptr %".2832", align 8
  %".2833" = xor i1 %".2825", -1
  br i1 %".2833", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".2835" = trunc i64 %"cursor.39" to i16
  %".2836" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2835", ptr %".2836", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".2839" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2840" = load volatile i8, [40 x i8]* %".2839", align 1
  %".2841" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2842" = load volatile i8, [40 x i8]* %".2841", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".2854" = trunc i64 %".2851" to i16
  %".2855" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2854", ptr %".2855", align 2
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
  %".2871" = trunc i64 34887 to i16
  %".2872" = call i16 @"llvm.bswap.i16"(i16 %".2871")
  %".2873" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".2872", ptr %".2873", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".2876" = trunc i64 2048 to i16
  %".2877" = call i16 @"llvm.bswap.i16"(i16 %".2876")
  %".2878" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".2877", ptr %".2878", align 2
  %".2880" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".2880", align 1
  %".2882" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.55" = load volatile i32, ptr %".2882", align 4
  %".2883" = and i32 %"flags.55", 4
  %".2884" = icmp ne i32 %".2883", 0
  br i1 %".2884", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".2891" = trunc i64 34525 to i16
  %".2892" = call i16 @"llvm.bswap.i16"(i16 %".2891")
  %".2893" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".2892", ptr %".2893", align 2
  %".2895" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".2895", align 1
  %".2897" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.56" = load volatile i32, ptr %".2897", align 4
  %".2898" = and i32 %"flags.56", 4
  %".2899" = icmp ne i32 %".2898", 0
  br i1 %".2899", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.49" = phi  i64 [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4341", %"widening.test.8"]
  %"data.129" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.172", %"widening.test.8"]
  %"data_end.129" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.172", %"widening.test.8"]
  %"keys.129" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.41" = getelementptr i8, ptr %"data.129", i64 %"cursor.49"
  %".3686" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3687" = icmp ugt ptr %".3686", %"data_end.129"
  br i1 %".3687", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".3689" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3690" = load i8, ptr %".3689", align 1
  %".3691" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3692" = load i8, ptr %".3691", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.16" = phi  i8 [%".3690", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3711", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3692", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3713", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".3715" = getelementptr i8, ptr %"keys.155", i64 9
  store i8 %"w0_1.16", ptr %".3715", align 1
  %".3717" = add i64 %"cursor.49", 2
  %".3718" = zext i8 %"w1_1.10" to i64
  %".3719" = mul i64 %".3718", 8
  %".3720" = add i64 %".3719", 6
  %".3721" = add i64 %".3720", 2
  %".3722" = add i64 %"cursor.49", %".3721"
  %".3723" = zext i8 %"w0_1.16" to i64
  switch i64 %".3723", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.50" = phi  i64 [%".2851", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".2937", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".4330", %"widening.test.7"]
  %"data.130" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.171", %"widening.test.7"]
  %"data_end.130" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.171", %"widening.test.7"]
  %"keys.130" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.42" = getelementptr i8, ptr %"data.130", i64 %"cursor.50"
  %".3789" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3790" = icmp ugt ptr %".3789", %"data_end.130"
  br i1 %".3790", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".3792" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3793" = load i8, ptr %".3792", align 1
  %".3794" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3795" = load i16, ptr %".3794", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.17" = phi  i8 [%".3793", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3814", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".3795", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3816", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".3818" = getelementptr i8, ptr %"keys.157", i64 9
  store i8 %"w0_1.17", ptr %".3818", align 1
  %".3820" = add i64 %"cursor.50", 8
  %".3821" = icmp ne i64 1, 0
  %".3822" = and i16 %"w2_2.11", 63743
  %".3823" = icmp eq i16 %".3822", 0
  br i1 %".3821", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".3845" = zext i8 %"w0_1.17" to i64
  switch i64 %".3845", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".2886" = trunc i64 %".2851" to i16
  %".2887" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2886", ptr %".2887", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".2901" = trunc i64 %".2851" to i16
  %".2902" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2901", ptr %".2902", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2914" = trunc i64 %"cursor.40" to i32
  %".2915" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2914", [40 x i8]* %"header_copy", i32 8)
  %".2916" = icmp eq i64 %".2915", 0
  %".2917" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2918" = load i32, ptr %".2917", align 4
  %".2919" = zext i32 %".2918" to i64
  %"data.131" = inttoptr i64 %".2919" to ptr
  %".2920" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2921" = load i32, ptr %".2920", align 4
  %".2922" = zext i32 %".2921" to i64
  %"data_end.131" = inttoptr i64 %".2922" to ptr
  %".2923" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.131" = load ptr, ptr %".2923", align 8
  %".2924" = xor i1 %".2916", -1
  br i1 %".2924", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".2926" = trunc i64 %"cursor.40" to i16
  %".2927" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2926", ptr %".2927", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".2930" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2931" = load volatile i8, [40 x i8]* %".2930", align 1
  %".2932" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2933" = load volatile i16, [40 x i8]* %".2932", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".2942" = getelementptr i8, ptr %"keys.132", i64 6
  store i8 1, ptr %".2942", align 1
  br i1 %".2940", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".2945" = getelementptr i8, ptr %"keys.132", i64 7
  store i8 1, ptr %".2945", align 1
  %".2947" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.57" = load volatile i32, ptr %".2947", align 4
  %".2948" = and i32 %"flags.57", 1
  %".2949" = icmp ne i32 %".2948", 0
  %".2950" = xor i1 %".2949", -1
  br i1 %".2950", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".2957" = trunc i64 %".2937" to i16
  %".2958" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2957", ptr %".2958", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".2952" = trunc i64 %".2937" to i16
  %".2953" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2952", ptr %".2953", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".2964" = trunc i64 %".2937" to i16
  %".2965" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2964", ptr %".2965", align 2
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
  %".2981" = trunc i64 34887 to i16
  %".2982" = call i16 @"llvm.bswap.i16"(i16 %".2981")
  %".2983" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".2982", ptr %".2983", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".2986" = trunc i64 2048 to i16
  %".2987" = call i16 @"llvm.bswap.i16"(i16 %".2986")
  %".2988" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".2987", ptr %".2988", align 2
  %".2990" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".2990", align 1
  %".2992" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.58" = load volatile i32, ptr %".2992", align 4
  %".2993" = and i32 %"flags.58", 4
  %".2994" = icmp ne i32 %".2993", 0
  br i1 %".2994", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3001" = trunc i64 34525 to i16
  %".3002" = call i16 @"llvm.bswap.i16"(i16 %".3001")
  %".3003" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3002", ptr %".3003", align 2
  %".3005" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3005", align 1
  %".3007" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.59" = load volatile i32, ptr %".3007", align 4
  %".3008" = and i32 %"flags.59", 4
  %".3009" = icmp ne i32 %".3008", 0
  br i1 %".3009", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".2996" = trunc i64 %".2937" to i16
  %".2997" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2996", ptr %".2997", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3011" = trunc i64 %".2937" to i16
  %".3012" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3011", ptr %".3012", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3022" = trunc i64 %"cursor.41" to i32
  %".3023" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3022", [40 x i8]* %"header_copy", i32 4)
  %".3024" = icmp eq i64 %".3023", 0
  %".3025" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3026" = load i32, ptr %".3025", align 4
  %".3027" = zext i32 %".3026" to i64
  %"data.133" = inttoptr i64 %".3027" to ptr
  %".3028" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3029" = load i32, ptr %".3028", align 4
  %".3030" = zext i32 %".3029" to i64
  %"data_end.133" = inttoptr i64 %".3030" to ptr
  %".3031" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.133" = load ptr, ptr %".3031", align 8
  %".3032" = xor i1 %".3024", -1
  br i1 %".3032", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3034" = trunc i64 %"cursor.41" to i16
  %".3035" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3034", ptr %".3035", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3038" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3039" = load volatile i16, [40 x i8]* %".3038", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3050" = trunc i64 %".3043" to i16
  %".3051" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3050", ptr %".3051", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3056" = trunc i64 %".3043" to i16
  %".3057" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3056", ptr %".3057", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3060" = trunc i64 %".3043" to i16
  %".3061" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3060", ptr %".3061", align 2
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
  %".3073" = trunc i64 %".3043" to i16
  %".3074" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3073", ptr %".3074", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3077" = trunc i64 %".3043" to i16
  %".3078" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3077", ptr %".3078", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3088" = trunc i64 %"cursor.42" to i32
  %".3089" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3088", [40 x i8]* %"header_copy", i32 6)
  %".3090" = icmp eq i64 %".3089", 0
  %".3091" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3092" = load i32, ptr %".3091", align 4
  %".3093" = zext i32 %".3092" to i64
  %"data.135" = inttoptr i64 %".3093" to ptr
  %".3094" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3095" = load i32, ptr %".3094", align 4
  %".3096" = zext i32 %".3095" to i64
  %"data_end.135" = inttoptr i64 %".3096" to ptr
  %".3097" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.135" = load ptr, ptr %".3097", align 8
  %".3098" = xor i1 %".3090", -1
  br i1 %".3098", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3100" = trunc i64 %"cursor.42" to i16
  %".3101" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3100", ptr %".3101", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3104" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3105" = load volatile i16, [40 x i8]* %".3104", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3116" = trunc i64 %".3109" to i16
  %".3117" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3116", ptr %".3117", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3122" = trunc i64 %".3109" to i16
  %".3123" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3122", ptr %".3123", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3126" = trunc i64 %".3109" to i16
  %".3127" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3126", ptr %".3127", align 2
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
  %".3139" = trunc i64 %".3109" to i16
  %".3140" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3139", ptr %".3140", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3143" = trunc i64 %".3109" to i16
  %".3144" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3143", ptr %".3144", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
ethernet_d1.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3154" = trunc i64 %"cursor.43" to i32
  %".3155" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3154", [40 x i8]* %"header_copy", i32 14)
  %".3156" = icmp eq i64 %".3155", 0
  %".3157" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3158" = load i32, ptr %".3157", align 4
  %".3159" = zext i32 %".3158" to i64
  %"data.137" = inttoptr i64 %".3159" to ptr
  %".3160" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3161" = load i32, ptr %".3160", align 4
  %".3162" = zext i32 %".3161" to i64
  %"data_end.137" = inttoptr i64 %".3162" to ptr
  %".3163" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.137" = load ptr, ptr %".3163", align 8
  %".3164" = xor i1 %".3156", -1
  br i1 %".3164", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3166" = trunc i64 %"cursor.43" to i16
  %".3167" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3166", ptr %".3167", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3170" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3171" = load volatile i16, [40 x i8]* %".3170", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3179" = trunc i64 %".3175" to i16
  %".3180" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3179", ptr %".3180", align 2
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
  %".3205" = trunc i64 %"cursor.44" to i32
  %".3206" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3205", [40 x i8]* %"header_copy", i32 4)
  %".3207" = icmp eq i64 %".3206", 0
  %".3208" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3209" = load i32, ptr %".3208", align 4
  %".3210" = zext i32 %".3209" to i64
  %"data.139" = inttoptr i64 %".3210" to ptr
  %".3211" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3212" = load i32, ptr %".3211", align 4
  %".3213" = zext i32 %".3212" to i64
  %"data_end.139" = inttoptr i64 %".3213" to ptr
  %".3214" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.139" = load ptr, ptr %".3214", align 8
  %".3215" = xor i1 %".3207", -1
  br i1 %".3215", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3217" = trunc i64 %"cursor.44" to i16
  %".3218" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3217", ptr %".3218", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3221" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3222" = load volatile i16, [40 x i8]* %".3221", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3228" = and i64 %".3226", 0
  %".3229" = icmp eq i64 %".3228", 0
  br i1 %".3229", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv6:
  %".3250" = trunc i64 34525 to i16
  %".3251" = call i16 @"llvm.bswap.i16"(i16 %".3250")
  %".3252" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3251", ptr %".3252", align 2
  %".3254" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3254", align 1
  %".3256" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.61" = load volatile i32, ptr %".3256", align 4
  %".3257" = and i32 %"flags.61", 4
  %".3258" = icmp ne i32 %".3257", 0
  br i1 %".3258", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".3265" = trunc i64 34827 to i16
  %".3266" = call i16 @"llvm.bswap.i16"(i16 %".3265")
  %".3267" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3266", ptr %".3267", align 2
  %".3269" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3269", align 1
  %".3271" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.62" = load volatile i32, ptr %".3271", align 4
  %".3272" = and i32 %"flags.62", 4
  %".3273" = icmp ne i32 %".3272", 0
  br i1 %".3273", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".3231" = trunc i64 %".3224" to i16
  %".3232" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3231", ptr %".3232", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3245" = trunc i64 %".3224" to i16
  %".3246" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3245", ptr %".3246", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".3260" = trunc i64 %".3224" to i16
  %".3261" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3260", ptr %".3261", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".3275" = trunc i64 %".3224" to i16
  %".3276" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3275", ptr %".3276", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.51" = phi  i64 [%".3224", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.141" = phi  ptr [%"data.140", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.141" = phi  ptr [%"data_end.140", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.141" = phi  ptr [%"keys.140", %"ppp_d0.stop_at_encap.endif.2"]
  %".3911" = add i64 %"cursor.51", 0
  %".3912" = trunc i64 %".3911" to i16
  %".3913" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3912", ptr %".3913", align 2
  br label %"return"
gre_d1.variable:
  %".3286" = zext i8 %"w0_1.9" to i64
  %".3287" = lshr i64 %".3286", 7
  %".3288" = and i64 %".3287", 1
  %".3289" = zext i8 %"w0_1.9" to i64
  %".3290" = lshr i64 %".3289", 5
  %".3291" = and i64 %".3290", 1
  %".3292" = add i64 %".3288", %".3291"
  %".3293" = zext i8 %"w0_1.9" to i64
  %".3294" = lshr i64 %".3293", 4
  %".3295" = and i64 %".3294", 1
  %".3296" = add i64 %".3292", %".3295"
  %".3297" = mul i64 %".3296", 4
  %".3298" = add i64 %".3297", 4
  %".3299" = getelementptr i8, ptr %"data.119", i64 %"cursor.45"
  %".3300" = getelementptr i8, ptr %".3299", i64 %".3298"
  %".3301" = icmp ugt ptr %".3300", %"data_end.119"
  br i1 %".3301", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.143" = phi  ptr [%"data.119", %"gre_d1.variable"], [%"data.142", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.143" = phi  ptr [%"data_end.119", %"gre_d1.variable"], [%"data_end.142", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.143" = phi  ptr [%"keys.119", %"gre_d1.variable"], [%"keys.142", %"gre_d1.copy_last_byte_failed.endif"]
  %".3322" = add i64 %"cursor.45", %".3298"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".3303" = add i64 %"cursor.45", %".3298"
  %".3304" = sub i64 %".3303", 1
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3305" = trunc i64 %".3304" to i32
  %".3306" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3305", i64* %"last_byte", i32 1)
  %".3307" = icmp eq i64 %".3306", 0
  %".3308" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3309" = load i32, ptr %".3308", align 4
  %".3310" = zext i32 %".3309" to i64
  %"data.142" = inttoptr i64 %".3310" to ptr
  %".3311" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3312" = load i32, ptr %".3311", align 4
  %".3313" = zext i32 %".3312" to i64
  %"data_end.142" = inttoptr i64 %".3313" to ptr
  %".3314" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.142" = load ptr, ptr %".3314", align 8
  %".3315" = xor i1 %".3307", -1
  br i1 %".3315", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3317" = trunc i64 %"cursor.45" to i16
  %".3318" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3317", ptr %".3318", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3330" = trunc i64 %"end.4" to i16
  %".3331" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3330", ptr %".3331", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".3334" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3335" = zext i16 %".3334" to i64
  switch i16 %"w2_2.5", label %"gre_d1.unknown" [i16 8, label %"gre_d1.to_ipv4" i16 56710, label %"gre_d1.to_ipv6" i16 129, label %"gre_d1.to_vlan" i16 43144, label %"gre_d1.to_vlan.1" i16 18312, label %"gre_d1.to_mpls" i16 18568, label %"gre_d1.to_mpls.1" i16 25736, label %"gre_d1.to_pppoe" i16 1544, label %"gre_d1.to_arp" i16 13696, label %"gre_d1.to_arp.1" i16 63368, label %"gre_d1.to_ptp" i16 649, label %"gre_d1.to_cfm" i16 51848, label %"gre_d1.to_tipc" i16 1673, label %"gre_d1.to_fcoe" i16 12169, label %"gre_d1.to_hsr" i16 64392, label %"gre_d1.to_hsr.1" i16 1347, label %"gre_d1.to_batadv" i16 22629, label %"gre_d1.to_ethernet"]  , !prof !4
gre_d1.to_ipv4:
  %".3341" = trunc i64 %"end.4" to i16
  %".3342" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3341", ptr %".3342", align 2
  br label %"return"
gre_d1.unknown:
  %".3337" = trunc i64 %"end.4" to i16
  %".3338" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3337", ptr %".3338", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3345" = trunc i64 %"end.4" to i16
  %".3346" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3345", ptr %".3346", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3349" = trunc i64 %"end.4" to i16
  %".3350" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3349", ptr %".3350", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3353" = trunc i64 %"end.4" to i16
  %".3354" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3353", ptr %".3354", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3357" = trunc i64 %"end.4" to i16
  %".3358" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3357", ptr %".3358", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3361" = trunc i64 %"end.4" to i16
  %".3362" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3361", ptr %".3362", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3365" = trunc i64 %"end.4" to i16
  %".3366" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3365", ptr %".3366", align 2
  br label %"return"
gre_d1.to_arp:
  %".3369" = trunc i64 %"end.4" to i16
  %".3370" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3369", ptr %".3370", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3373" = trunc i64 %"end.4" to i16
  %".3374" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3373", ptr %".3374", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3377" = trunc i64 %"end.4" to i16
  %".3378" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3377", ptr %".3378", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3381" = trunc i64 %"end.4" to i16
  %".3382" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3381", ptr %".3382", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3385" = trunc i64 %"end.4" to i16
  %".3386" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3385", ptr %".3386", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3389" = trunc i64 %"end.4" to i16
  %".3390" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3389", ptr %".3390", align 2
  br label %"return"
gre_d1.to_hsr:
  %".3393" = trunc i64 %"end.4" to i16
  %".3394" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3393", ptr %".3394", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".3397" = trunc i64 %"end.4" to i16
  %".3398" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3397", ptr %".3398", align 2
  br label %"return"
gre_d1.to_batadv:
  %".3401" = trunc i64 %"end.4" to i16
  %".3402" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3401", ptr %".3402", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3405" = trunc i64 %"end.4" to i16
  %".3406" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3405", ptr %".3406", align 2
  br label %"return"
pptp_d1.stop_before:
  %".3418" = trunc i64 %"cursor.46" to i16
  %".3419" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3418", ptr %".3419", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".3444" = add i64 %"cursor.46", %".3439"
  %".3445" = sub i64 %".3444", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3446" = trunc i64 %".3445" to i32
  %".3447" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3446", i64* %"last_byte", i32 1)
  %".3448" = icmp eq i64 %".3447", 0
  %".3449" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3450" = load i32, ptr %".3449", align 4
  %".3451" = zext i32 %".3450" to i64
  %"data.145" = inttoptr i64 %".3451" to ptr
  %".3452" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3453" = load i32, ptr %".3452", align 4
  %".3454" = zext i32 %".3453" to i64
  %"data_end.145" = inttoptr i64 %".3454" to ptr
  %".3455" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.145" = load ptr, ptr %".3455", align 8
  %".3456" = xor i1 %".3448", -1
  br i1 %".3456", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3458" = trunc i64 %"cursor.46" to i16
  %".3459" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3458", ptr %".3459", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3468" = trunc i64 %"end.5" to i16
  %".3469" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3468", ptr %".3469", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3481" = trunc i64 %"cursor.47" to i32
  %".3482" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3481", [40 x i8]* %"header_copy", i32 2)
  %".3483" = icmp eq i64 %".3482", 0
  %".3484" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3485" = load i32, ptr %".3484", align 4
  %".3486" = zext i32 %".3485" to i64
  %"data.148" = inttoptr i64 %".3486" to ptr
  %".3487" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3488" = load i32, ptr %".3487", align 4
  %".3489" = zext i32 %".3488" to i64
  %"data_end.148" = inttoptr i64 %".3489" to ptr
  %".3490" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.148" = load ptr, ptr %".3490", align 8
  %".3491" = xor i1 %".3483", -1
  br i1 %".3491", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3493" = trunc i64 %"cursor.47" to i16
  %".3494" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3493", ptr %".3494", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3497" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3498" = load volatile i8, [40 x i8]* %".3497", align 1
  %".3499" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3500" = load volatile i8, [40 x i8]* %".3499", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3512" = trunc i64 %".3509" to i16
  %".3513" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3512", ptr %".3513", align 2
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
  %".3529" = trunc i64 34887 to i16
  %".3530" = call i16 @"llvm.bswap.i16"(i16 %".3529")
  %".3531" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3530", ptr %".3531", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3534" = trunc i64 2048 to i16
  %".3535" = call i16 @"llvm.bswap.i16"(i16 %".3534")
  %".3536" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3535", ptr %".3536", align 2
  %".3538" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3538", align 1
  %".3540" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.64" = load volatile i32, ptr %".3540", align 4
  %".3541" = and i32 %"flags.64", 4
  %".3542" = icmp ne i32 %".3541", 0
  br i1 %".3542", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3552" = trunc i64 34525 to i16
  %".3553" = call i16 @"llvm.bswap.i16"(i16 %".3552")
  %".3554" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3553", ptr %".3554", align 2
  %".3556" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3556", align 1
  %".3558" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.65" = load volatile i32, ptr %".3558", align 4
  %".3559" = and i32 %"flags.65", 4
  %".3560" = icmp ne i32 %".3559", 0
  br i1 %".3560", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.53" = phi  i64 [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4550", %"widening.test.27"]
  %"data.150" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.191", %"widening.test.27"]
  %"data_end.150" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.191", %"widening.test.27"]
  %"keys.150" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.27"]
  %"hdr.44" = getelementptr i8, ptr %"data.150", i64 %"cursor.53"
  %".4006" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4007" = icmp ugt ptr %".4006", %"data_end.150"
  br i1 %".4007", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4009" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4010" = load i8, ptr %".4009", align 1
  %".4011" = getelementptr i8, ptr %"hdr.44", i64 1
  %".4012" = load i8, ptr %".4011", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.18" = phi  i8 [%".4010", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4031", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4012", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4033", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4035" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %"w0_1.18", ptr %".4035", align 1
  %".4037" = add i64 %"cursor.53", 2
  %".4038" = zext i8 %"w1_1.11" to i64
  %".4039" = mul i64 %".4038", 8
  %".4040" = add i64 %".4039", 6
  %".4041" = add i64 %".4040", 2
  %".4042" = add i64 %"cursor.53", %".4041"
  %".4043" = zext i8 %"w0_1.18" to i64
  switch i64 %".4043", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.54" = phi  i64 [%".3509", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".3601", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".4539", %"widening.test.26"]
  %"data.151" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.190", %"widening.test.26"]
  %"data_end.151" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.190", %"widening.test.26"]
  %"keys.151" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.26"]
  %"hdr.45" = getelementptr i8, ptr %"data.151", i64 %"cursor.54"
  %".4115" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4116" = icmp ugt ptr %".4115", %"data_end.151"
  br i1 %".4116", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4118" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4119" = load i8, ptr %".4118", align 1
  %".4120" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4121" = load i16, ptr %".4120", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.19" = phi  i8 [%".4119", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4140", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".4121", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4142", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4144" = getelementptr i8, ptr %"keys.163", i64 9
  store i8 %"w0_1.19", ptr %".4144", align 1
  %".4146" = add i64 %"cursor.54", 8
  %".4147" = icmp ne i64 1, 0
  %".4148" = and i16 %"w2_2.13", 63743
  %".4149" = icmp eq i16 %".4148", 0
  br i1 %".4147", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4171" = zext i8 %"w0_1.19" to i64
  switch i64 %".4171", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3544" = trunc i64 %".3509" to i16
  %".3545" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3544", ptr %".3545", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3548" = trunc i64 %".3509" to i16
  %".3549" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3548", ptr %".3549", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3562" = trunc i64 %".3509" to i16
  %".3563" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3562", ptr %".3563", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3566" = trunc i64 %".3509" to i16
  %".3567" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3566", ptr %".3567", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3578" = trunc i64 %"cursor.48" to i32
  %".3579" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3578", [40 x i8]* %"header_copy", i32 8)
  %".3580" = icmp eq i64 %".3579", 0
  %".3581" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3582" = load i32, ptr %".3581", align 4
  %".3583" = zext i32 %".3582" to i64
  %"data.152" = inttoptr i64 %".3583" to ptr
  %".3584" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3585" = load i32, ptr %".3584", align 4
  %".3586" = zext i32 %".3585" to i64
  %"data_end.152" = inttoptr i64 %".3586" to ptr
  %".3587" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.152" = load ptr, ptr %".3587", align 8
  %".3588" = xor i1 %".3580", -1
  br i1 %".3588", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3590" = trunc i64 %"cursor.48" to i16
  %".3591" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3590", ptr %".3591", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3594" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3595" = load volatile i8, [40 x i8]* %".3594", align 1
  %".3596" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3597" = load volatile i16, [40 x i8]* %".3596", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3606" = getelementptr i8, ptr %"keys.153", i64 6
  store i8 1, ptr %".3606", align 1
  br i1 %".3604", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".3609" = getelementptr i8, ptr %"keys.153", i64 7
  store i8 1, ptr %".3609", align 1
  %".3611" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.66" = load volatile i32, ptr %".3611", align 4
  %".3612" = and i32 %"flags.66", 1
  %".3613" = icmp ne i32 %".3612", 0
  %".3614" = xor i1 %".3613", -1
  br i1 %".3614", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".3621" = trunc i64 %".3601" to i16
  %".3622" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3621", ptr %".3622", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".3616" = trunc i64 %".3601" to i16
  %".3617" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3616", ptr %".3617", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".3628" = trunc i64 %".3601" to i16
  %".3629" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3628", ptr %".3629", align 2
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
  %".3645" = trunc i64 34887 to i16
  %".3646" = call i16 @"llvm.bswap.i16"(i16 %".3645")
  %".3647" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3646", ptr %".3647", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".3650" = trunc i64 2048 to i16
  %".3651" = call i16 @"llvm.bswap.i16"(i16 %".3650")
  %".3652" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3651", ptr %".3652", align 2
  %".3654" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".3654", align 1
  %".3656" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.67" = load volatile i32, ptr %".3656", align 4
  %".3657" = and i32 %"flags.67", 4
  %".3658" = icmp ne i32 %".3657", 0
  br i1 %".3658", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".3668" = trunc i64 34525 to i16
  %".3669" = call i16 @"llvm.bswap.i16"(i16 %".3668")
  %".3670" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3669", ptr %".3670", align 2
  %".3672" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".3672", align 1
  %".3674" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.68" = load volatile i32, ptr %".3674", align 4
  %".3675" = and i32 %"flags.68", 4
  %".3676" = icmp ne i32 %".3675", 0
  br i1 %".3676", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".3660" = trunc i64 %".3601" to i16
  %".3661" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3660", ptr %".3661", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".3664" = trunc i64 %".3601" to i16
  %".3665" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3664", ptr %".3665", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".3678" = trunc i64 %".3601" to i16
  %".3679" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3678", ptr %".3679", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3682" = trunc i64 %".3601" to i16
  %".3683" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3682", ptr %".3683", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3694" = trunc i64 %"cursor.49" to i32
  %".3695" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3694", [40 x i8]* %"header_copy", i32 2)
  %".3696" = icmp eq i64 %".3695", 0
  %".3697" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3698" = load i32, ptr %".3697", align 4
  %".3699" = zext i32 %".3698" to i64
  %"data.154" = inttoptr i64 %".3699" to ptr
  %".3700" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3701" = load i32, ptr %".3700", align 4
  %".3702" = zext i32 %".3701" to i64
  %"data_end.154" = inttoptr i64 %".3702" to ptr
  %".3703" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.154" = load ptr, ptr %".3703", align 8
  %".3704" = xor i1 %".3696", -1
  br i1 %".3704", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".3706" = trunc i64 %"cursor.49" to i16
  %".3707" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3706", ptr %".3707", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".3710" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3711" = load volatile i8, [40 x i8]* %".3710", align 1
  %".3712" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3713" = load volatile i8, [40 x i8]* %".3712", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".3725" = trunc i64 %".3722" to i16
  %".3726" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3725", ptr %".3726", align 2
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
  %".3737" = trunc i64 %".3722" to i16
  %".3738" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3737", ptr %".3738", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3741" = trunc i64 %".3722" to i16
  %".3742" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3741", ptr %".3742", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3745" = trunc i64 %".3722" to i16
  %".3746" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3745", ptr %".3746", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".3749" = trunc i64 %".3722" to i16
  %".3750" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3749", ptr %".3750", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".3754" = trunc i64 34887 to i16
  %".3755" = call i16 @"llvm.bswap.i16"(i16 %".3754")
  %".3756" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3755", ptr %".3756", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".3759" = trunc i64 2048 to i16
  %".3760" = call i16 @"llvm.bswap.i16"(i16 %".3759")
  %".3761" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3760", ptr %".3761", align 2
  %".3763" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".3763", align 1
  %".3765" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.69" = load volatile i32, ptr %".3765", align 4
  %".3766" = and i32 %"flags.69", 4
  %".3767" = icmp ne i32 %".3766", 0
  br i1 %".3767", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".3774" = trunc i64 34525 to i16
  %".3775" = call i16 @"llvm.bswap.i16"(i16 %".3774")
  %".3776" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3775", ptr %".3776", align 2
  %".3778" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".3778", align 1
  %".3780" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.70" = load volatile i32, ptr %".3780", align 4
  %".3781" = and i32 %"flags.70", 4
  %".3782" = icmp ne i32 %".3781", 0
  br i1 %".3782", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".3769" = trunc i64 %".3722" to i16
  %".3770" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3769", ptr %".3770", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".3784" = trunc i64 %".3722" to i16
  %".3785" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3784", ptr %".3785", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3797" = trunc i64 %"cursor.50" to i32
  %".3798" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3797", [40 x i8]* %"header_copy", i32 8)
  %".3799" = icmp eq i64 %".3798", 0
  %".3800" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3801" = load i32, ptr %".3800", align 4
  %".3802" = zext i32 %".3801" to i64
  %"data.156" = inttoptr i64 %".3802" to ptr
  %".3803" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3804" = load i32, ptr %".3803", align 4
  %".3805" = zext i32 %".3804" to i64
  %"data_end.156" = inttoptr i64 %".3805" to ptr
  %".3806" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.156" = load ptr, ptr %".3806", align 8
  %".3807" = xor i1 %".3799", -1
  br i1 %".3807", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".3809" = trunc i64 %"cursor.50" to i16
  %".3810" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3809", ptr %".3810", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".3813" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3814" = load volatile i8, [40 x i8]* %".3813", align 1
  %".3815" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3816" = load volatile i16, [40 x i8]* %".3815", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".3825" = getelementptr i8, ptr %"keys.157", i64 6
  store i8 1, ptr %".3825", align 1
  br i1 %".3823", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".3828" = getelementptr i8, ptr %"keys.157", i64 7
  store i8 1, ptr %".3828", align 1
  %".3830" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.71" = load volatile i32, ptr %".3830", align 4
  %".3831" = and i32 %"flags.71", 1
  %".3832" = icmp ne i32 %".3831", 0
  %".3833" = xor i1 %".3832", -1
  br i1 %".3833", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".3840" = trunc i64 %".3820" to i16
  %".3841" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3840", ptr %".3841", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".3835" = trunc i64 %".3820" to i16
  %".3836" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3835", ptr %".3836", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".3847" = trunc i64 %".3820" to i16
  %".3848" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3847", ptr %".3848", align 2
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
  %".3859" = trunc i64 %".3820" to i16
  %".3860" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3859", ptr %".3860", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3863" = trunc i64 %".3820" to i16
  %".3864" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3863", ptr %".3864", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3867" = trunc i64 %".3820" to i16
  %".3868" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3867", ptr %".3868", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".3871" = trunc i64 %".3820" to i16
  %".3872" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3871", ptr %".3872", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".3876" = trunc i64 34887 to i16
  %".3877" = call i16 @"llvm.bswap.i16"(i16 %".3876")
  %".3878" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3877", ptr %".3878", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".3881" = trunc i64 2048 to i16
  %".3882" = call i16 @"llvm.bswap.i16"(i16 %".3881")
  %".3883" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3882", ptr %".3883", align 2
  %".3885" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".3885", align 1
  %".3887" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.72" = load volatile i32, ptr %".3887", align 4
  %".3888" = and i32 %"flags.72", 4
  %".3889" = icmp ne i32 %".3888", 0
  br i1 %".3889", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".3896" = trunc i64 34525 to i16
  %".3897" = call i16 @"llvm.bswap.i16"(i16 %".3896")
  %".3898" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3897", ptr %".3898", align 2
  %".3900" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".3900", align 1
  %".3902" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.73" = load volatile i32, ptr %".3902", align 4
  %".3903" = and i32 %"flags.73", 4
  %".3904" = icmp ne i32 %".3903", 0
  br i1 %".3904", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".3891" = trunc i64 %".3820" to i16
  %".3892" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3891", ptr %".3892", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".3906" = trunc i64 %".3820" to i16
  %".3907" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3906", ptr %".3907", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3922" = trunc i64 %"cursor.52" to i32
  %".3923" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3922", [40 x i8]* %"header_copy", i32 4)
  %".3924" = icmp eq i64 %".3923", 0
  %".3925" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3926" = load i32, ptr %".3925", align 4
  %".3927" = zext i32 %".3926" to i64
  %"data.158" = inttoptr i64 %".3927" to ptr
  %".3928" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3929" = load i32, ptr %".3928", align 4
  %".3930" = zext i32 %".3929" to i64
  %"data_end.158" = inttoptr i64 %".3930" to ptr
  %".3931" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.158" = load ptr, ptr %".3931", align 8
  %".3932" = xor i1 %".3924", -1
  br i1 %".3932", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".3934" = trunc i64 %"cursor.52" to i16
  %".3935" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".3934", ptr %".3935", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".3938" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3939" = load volatile i16, [40 x i8]* %".3938", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".3945" = and i64 %".3943", 0
  %".3946" = icmp eq i64 %".3945", 0
  br i1 %".3946", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv6:
  %".3970" = trunc i64 34525 to i16
  %".3971" = call i16 @"llvm.bswap.i16"(i16 %".3970")
  %".3972" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".3971", ptr %".3972", align 2
  %".3974" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".3974", align 1
  %".3976" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.75" = load volatile i32, ptr %".3976", align 4
  %".3977" = and i32 %"flags.75", 4
  %".3978" = icmp ne i32 %".3977", 0
  br i1 %".3978", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".3988" = trunc i64 34827 to i16
  %".3989" = call i16 @"llvm.bswap.i16"(i16 %".3988")
  %".3990" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".3989", ptr %".3990", align 2
  %".3992" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".3992", align 1
  %".3994" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.76" = load volatile i32, ptr %".3994", align 4
  %".3995" = and i32 %"flags.76", 4
  %".3996" = icmp ne i32 %".3995", 0
  br i1 %".3996", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".3948" = trunc i64 %".3941" to i16
  %".3949" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3948", ptr %".3949", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".3962" = trunc i64 %".3941" to i16
  %".3963" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3962", ptr %".3963", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".3966" = trunc i64 %".3941" to i16
  %".3967" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3966", ptr %".3967", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".3980" = trunc i64 %".3941" to i16
  %".3981" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3980", ptr %".3981", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".3984" = trunc i64 %".3941" to i16
  %".3985" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3984", ptr %".3985", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".3998" = trunc i64 %".3941" to i16
  %".3999" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3998", ptr %".3999", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".4002" = trunc i64 %".3941" to i16
  %".4003" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4002", ptr %".4003", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4014" = trunc i64 %"cursor.53" to i32
  %".4015" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4014", [40 x i8]* %"header_copy", i32 2)
  %".4016" = icmp eq i64 %".4015", 0
  %".4017" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4018" = load i32, ptr %".4017", align 4
  %".4019" = zext i32 %".4018" to i64
  %"data.160" = inttoptr i64 %".4019" to ptr
  %".4020" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4021" = load i32, ptr %".4020", align 4
  %".4022" = zext i32 %".4021" to i64
  %"data_end.160" = inttoptr i64 %".4022" to ptr
  %".4023" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.160" = load ptr, ptr %".4023", align 8
  %".4024" = xor i1 %".4016", -1
  br i1 %".4024", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4026" = trunc i64 %"cursor.53" to i16
  %".4027" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".4026", ptr %".4027", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4030" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4031" = load volatile i8, [40 x i8]* %".4030", align 1
  %".4032" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4033" = load volatile i8, [40 x i8]* %".4032", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4045" = trunc i64 %".4042" to i16
  %".4046" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4045", ptr %".4046", align 2
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
  %".4057" = trunc i64 %".4042" to i16
  %".4058" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4057", ptr %".4058", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4061" = trunc i64 %".4042" to i16
  %".4062" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4061", ptr %".4062", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4065" = trunc i64 %".4042" to i16
  %".4066" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4065", ptr %".4066", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4069" = trunc i64 %".4042" to i16
  %".4070" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4069", ptr %".4070", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4074" = trunc i64 34887 to i16
  %".4075" = call i16 @"llvm.bswap.i16"(i16 %".4074")
  %".4076" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4075", ptr %".4076", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4079" = trunc i64 2048 to i16
  %".4080" = call i16 @"llvm.bswap.i16"(i16 %".4079")
  %".4081" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4080", ptr %".4081", align 2
  %".4083" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4083", align 1
  %".4085" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.77" = load volatile i32, ptr %".4085", align 4
  %".4086" = and i32 %"flags.77", 4
  %".4087" = icmp ne i32 %".4086", 0
  br i1 %".4087", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4097" = trunc i64 34525 to i16
  %".4098" = call i16 @"llvm.bswap.i16"(i16 %".4097")
  %".4099" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4098", ptr %".4099", align 2
  %".4101" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4101", align 1
  %".4103" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.78" = load volatile i32, ptr %".4103", align 4
  %".4104" = and i32 %"flags.78", 4
  %".4105" = icmp ne i32 %".4104", 0
  br i1 %".4105", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4089" = trunc i64 %".4042" to i16
  %".4090" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4089", ptr %".4090", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4093" = trunc i64 %".4042" to i16
  %".4094" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4093", ptr %".4094", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4107" = trunc i64 %".4042" to i16
  %".4108" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4107", ptr %".4108", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4111" = trunc i64 %".4042" to i16
  %".4112" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4111", ptr %".4112", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4123" = trunc i64 %"cursor.54" to i32
  %".4124" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4123", [40 x i8]* %"header_copy", i32 8)
  %".4125" = icmp eq i64 %".4124", 0
  %".4126" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4127" = load i32, ptr %".4126", align 4
  %".4128" = zext i32 %".4127" to i64
  %"data.162" = inttoptr i64 %".4128" to ptr
  %".4129" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4130" = load i32, ptr %".4129", align 4
  %".4131" = zext i32 %".4130" to i64
  %"data_end.162" = inttoptr i64 %".4131" to ptr
  %".4132" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.162" = load ptr, ptr %".4132", align 8
  %".4133" = xor i1 %".4125", -1
  br i1 %".4133", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4135" = trunc i64 %"cursor.54" to i16
  %".4136" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".4135", ptr %".4136", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4139" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4140" = load volatile i8, [40 x i8]* %".4139", align 1
  %".4141" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4142" = load volatile i16, [40 x i8]* %".4141", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4151" = getelementptr i8, ptr %"keys.163", i64 6
  store i8 1, ptr %".4151", align 1
  br i1 %".4149", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4154" = getelementptr i8, ptr %"keys.163", i64 7
  store i8 1, ptr %".4154", align 1
  %".4156" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.79" = load volatile i32, ptr %".4156", align 4
  %".4157" = and i32 %"flags.79", 1
  %".4158" = icmp ne i32 %".4157", 0
  %".4159" = xor i1 %".4158", -1
  br i1 %".4159", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4166" = trunc i64 %".4146" to i16
  %".4167" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4166", ptr %".4167", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4161" = trunc i64 %".4146" to i16
  %".4162" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4161", ptr %".4162", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4173" = trunc i64 %".4146" to i16
  %".4174" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4173", ptr %".4174", align 2
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
  %".4185" = trunc i64 %".4146" to i16
  %".4186" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4185", ptr %".4186", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4189" = trunc i64 %".4146" to i16
  %".4190" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4189", ptr %".4190", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4193" = trunc i64 %".4146" to i16
  %".4194" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4193", ptr %".4194", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4197" = trunc i64 %".4146" to i16
  %".4198" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4197", ptr %".4198", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".4202" = trunc i64 34887 to i16
  %".4203" = call i16 @"llvm.bswap.i16"(i16 %".4202")
  %".4204" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4203", ptr %".4204", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4207" = trunc i64 2048 to i16
  %".4208" = call i16 @"llvm.bswap.i16"(i16 %".4207")
  %".4209" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4208", ptr %".4209", align 2
  %".4211" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4211", align 1
  %".4213" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.80" = load volatile i32, ptr %".4213", align 4
  %".4214" = and i32 %"flags.80", 4
  %".4215" = icmp ne i32 %".4214", 0
  br i1 %".4215", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4225" = trunc i64 34525 to i16
  %".4226" = call i16 @"llvm.bswap.i16"(i16 %".4225")
  %".4227" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4226", ptr %".4227", align 2
  %".4229" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4229", align 1
  %".4231" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.81" = load volatile i32, ptr %".4231", align 4
  %".4232" = and i32 %"flags.81", 4
  %".4233" = icmp ne i32 %".4232", 0
  br i1 %".4233", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4217" = trunc i64 %".4146" to i16
  %".4218" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4217", ptr %".4218", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4221" = trunc i64 %".4146" to i16
  %".4222" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4221", ptr %".4222", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4235" = trunc i64 %".4146" to i16
  %".4236" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4235", ptr %".4236", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4239" = trunc i64 %".4146" to i16
  %".4240" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4239", ptr %".4240", align 2
  br label %"return"
widening.test:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4245" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4246" = load i32, ptr %".4245", align 4
  %".4247" = zext i32 %".4246" to i64
  %"data.164" = inttoptr i64 %".4247" to ptr
  %".4248" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4249" = load i32, ptr %".4248", align 4
  %".4250" = zext i32 %".4249" to i64
  %"data_end.164" = inttoptr i64 %".4250" to ptr
  %".4251" = getelementptr i8, ptr %"keys", i64 0
  %".4252" = load volatile i16, ptr %".4251", align 2
  %".4253" = zext i16 %".4252" to i64
  %".4254" = icmp ugt i64 %".4253", 261
  br i1 %".4254", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4256" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4257" = load i32, ptr %".4256", align 4
  %".4258" = zext i32 %".4257" to i64
  %"data.165" = inttoptr i64 %".4258" to ptr
  %".4259" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4260" = load i32, ptr %".4259", align 4
  %".4261" = zext i32 %".4260" to i64
  %"data_end.165" = inttoptr i64 %".4261" to ptr
  %".4262" = getelementptr i8, ptr %"keys", i64 0
  %".4263" = load volatile i16, ptr %".4262", align 2
  %".4264" = zext i16 %".4263" to i64
  %".4265" = icmp ugt i64 %".4264", 261
  br i1 %".4265", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4267" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4268" = load i32, ptr %".4267", align 4
  %".4269" = zext i32 %".4268" to i64
  %"data.166" = inttoptr i64 %".4269" to ptr
  %".4270" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4271" = load i32, ptr %".4270", align 4
  %".4272" = zext i32 %".4271" to i64
  %"data_end.166" = inttoptr i64 %".4272" to ptr
  %".4273" = getelementptr i8, ptr %"keys", i64 0
  %".4274" = load volatile i16, ptr %".4273", align 2
  %".4275" = zext i16 %".4274" to i64
  %".4276" = icmp ugt i64 %".4275", 267
  br i1 %".4276", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4278" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4279" = load i32, ptr %".4278", align 4
  %".4280" = zext i32 %".4279" to i64
  %"data.167" = inttoptr i64 %".4280" to ptr
  %".4281" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4282" = load i32, ptr %".4281", align 4
  %".4283" = zext i32 %".4282" to i64
  %"data_end.167" = inttoptr i64 %".4283" to ptr
  %".4284" = getelementptr i8, ptr %"keys", i64 0
  %".4285" = load volatile i16, ptr %".4284", align 2
  %".4286" = zext i16 %".4285" to i64
  %".4287" = icmp ugt i64 %".4286", 267
  br i1 %".4287", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4289" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4290" = load i32, ptr %".4289", align 4
  %".4291" = zext i32 %".4290" to i64
  %"data.168" = inttoptr i64 %".4291" to ptr
  %".4292" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4293" = load i32, ptr %".4292", align 4
  %".4294" = zext i32 %".4293" to i64
  %"data_end.168" = inttoptr i64 %".4294" to ptr
  %".4295" = getelementptr i8, ptr %"keys", i64 0
  %".4296" = load volatile i16, ptr %".4295", align 2
  %".4297" = zext i16 %".4296" to i64
  %".4298" = icmp ugt i64 %".4297", 275
  br i1 %".4298", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4300" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4301" = load i32, ptr %".4300", align 4
  %".4302" = zext i32 %".4301" to i64
  %"data.169" = inttoptr i64 %".4302" to ptr
  %".4303" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4304" = load i32, ptr %".4303", align 4
  %".4305" = zext i32 %".4304" to i64
  %"data_end.169" = inttoptr i64 %".4305" to ptr
  %".4306" = getelementptr i8, ptr %"keys", i64 0
  %".4307" = load volatile i16, ptr %".4306", align 2
  %".4308" = zext i16 %".4307" to i64
  %".4309" = icmp ugt i64 %".4308", 2363
  br i1 %".4309", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4311" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4312" = load i32, ptr %".4311", align 4
  %".4313" = zext i32 %".4312" to i64
  %"data.170" = inttoptr i64 %".4313" to ptr
  %".4314" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4315" = load i32, ptr %".4314", align 4
  %".4316" = zext i32 %".4315" to i64
  %"data_end.170" = inttoptr i64 %".4316" to ptr
  %".4317" = getelementptr i8, ptr %"keys", i64 0
  %".4318" = load volatile i16, ptr %".4317", align 2
  %".4319" = zext i16 %".4318" to i64
  %".4320" = icmp ugt i64 %".4319", 2363
  br i1 %".4320", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4322" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4323" = load i32, ptr %".4322", align 4
  %".4324" = zext i32 %".4323" to i64
  %"data.171" = inttoptr i64 %".4324" to ptr
  %".4325" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4326" = load i32, ptr %".4325", align 4
  %".4327" = zext i32 %".4326" to i64
  %"data_end.171" = inttoptr i64 %".4327" to ptr
  %".4328" = getelementptr i8, ptr %"keys", i64 0
  %".4329" = load volatile i16, ptr %".4328", align 2
  %".4330" = zext i16 %".4329" to i64
  %".4331" = icmp ugt i64 %".4330", 4411
  br i1 %".4331", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4333" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4334" = load i32, ptr %".4333", align 4
  %".4335" = zext i32 %".4334" to i64
  %"data.172" = inttoptr i64 %".4335" to ptr
  %".4336" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4337" = load i32, ptr %".4336", align 4
  %".4338" = zext i32 %".4337" to i64
  %"data_end.172" = inttoptr i64 %".4338" to ptr
  %".4339" = getelementptr i8, ptr %"keys", i64 0
  %".4340" = load volatile i16, ptr %".4339", align 2
  %".4341" = zext i16 %".4340" to i64
  %".4342" = icmp ugt i64 %".4341", 4411
  br i1 %".4342", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4344" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4345" = load i32, ptr %".4344", align 4
  %".4346" = zext i32 %".4345" to i64
  %"data.173" = inttoptr i64 %".4346" to ptr
  %".4347" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4348" = load i32, ptr %".4347", align 4
  %".4349" = zext i32 %".4348" to i64
  %"data_end.173" = inttoptr i64 %".4349" to ptr
  %".4350" = getelementptr i8, ptr %"keys", i64 0
  %".4351" = load volatile i16, ptr %".4350", align 2
  %".4352" = zext i16 %".4351" to i64
  %".4353" = icmp ugt i64 %".4352", 275
  br i1 %".4353", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4355" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4356" = load i32, ptr %".4355", align 4
  %".4357" = zext i32 %".4356" to i64
  %"data.174" = inttoptr i64 %".4357" to ptr
  %".4358" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4359" = load i32, ptr %".4358", align 4
  %".4360" = zext i32 %".4359" to i64
  %"data_end.174" = inttoptr i64 %".4360" to ptr
  %".4361" = getelementptr i8, ptr %"keys", i64 0
  %".4362" = load volatile i16, ptr %".4361", align 2
  %".4363" = zext i16 %".4362" to i64
  %".4364" = icmp ugt i64 %".4363", 6459
  br i1 %".4364", label %"widening.test.11", label %"gre_version_d0"
widening.test.11:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4366" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4367" = load i32, ptr %".4366", align 4
  %".4368" = zext i32 %".4367" to i64
  %"data.175" = inttoptr i64 %".4368" to ptr
  %".4369" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4370" = load i32, ptr %".4369", align 4
  %".4371" = zext i32 %".4370" to i64
  %"data_end.175" = inttoptr i64 %".4371" to ptr
  %".4372" = getelementptr i8, ptr %"keys", i64 0
  %".4373" = load volatile i16, ptr %".4372", align 2
  %".4374" = zext i16 %".4373" to i64
  %".4375" = icmp ugt i64 %".4374", 6475
  br i1 %".4375", label %"widening.test.12", label %"ethernet_d1"
widening.test.12:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4377" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4378" = load i32, ptr %".4377", align 4
  %".4379" = zext i32 %".4378" to i64
  %"data.176" = inttoptr i64 %".4379" to ptr
  %".4380" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4381" = load i32, ptr %".4380", align 4
  %".4382" = zext i32 %".4381" to i64
  %"data_end.176" = inttoptr i64 %".4382" to ptr
  %".4383" = getelementptr i8, ptr %"keys", i64 0
  %".4384" = load volatile i16, ptr %".4383", align 2
  %".4385" = zext i16 %".4384" to i64
  %".4386" = icmp ugt i64 %".4385", 6489
  br i1 %".4386", label %"widening.test.13", label %"hsr_d1_vlan_tags1"
widening.test.13:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4388" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4389" = load i32, ptr %".4388", align 4
  %".4390" = zext i32 %".4389" to i64
  %"data.177" = inttoptr i64 %".4390" to ptr
  %".4391" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4392" = load i32, ptr %".4391", align 4
  %".4393" = zext i32 %".4392" to i64
  %"data_end.177" = inttoptr i64 %".4393" to ptr
  %".4394" = getelementptr i8, ptr %"keys", i64 0
  %".4395" = load volatile i16, ptr %".4394", align 2
  %".4396" = zext i16 %".4395" to i64
  %".4397" = icmp ugt i64 %".4396", 6489
  br i1 %".4397", label %"widening.test.14", label %"vlan_d1_vlan_tags1"
widening.test.14:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4399" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4400" = load i32, ptr %".4399", align 4
  %".4401" = zext i32 %".4400" to i64
  %"data.178" = inttoptr i64 %".4401" to ptr
  %".4402" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4403" = load i32, ptr %".4402", align 4
  %".4404" = zext i32 %".4403" to i64
  %"data_end.178" = inttoptr i64 %".4404" to ptr
  %".4405" = getelementptr i8, ptr %"keys", i64 0
  %".4406" = load volatile i16, ptr %".4405", align 2
  %".4407" = zext i16 %".4406" to i64
  %".4408" = icmp ugt i64 %".4407", 6495
  br i1 %".4408", label %"widening.test.15", label %"hsr_d1_vlan_tags2"
widening.test.15:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4410" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4411" = load i32, ptr %".4410", align 4
  %".4412" = zext i32 %".4411" to i64
  %"data.179" = inttoptr i64 %".4412" to ptr
  %".4413" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4414" = load i32, ptr %".4413", align 4
  %".4415" = zext i32 %".4414" to i64
  %"data_end.179" = inttoptr i64 %".4415" to ptr
  %".4416" = getelementptr i8, ptr %"keys", i64 0
  %".4417" = load volatile i16, ptr %".4416", align 2
  %".4418" = zext i16 %".4417" to i64
  %".4419" = icmp ugt i64 %".4418", 6495
  br i1 %".4419", label %"widening.test.16", label %"vlan_d1_vlan_tags2"
widening.test.16:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4421" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4422" = load i32, ptr %".4421", align 4
  %".4423" = zext i32 %".4422" to i64
  %"data.180" = inttoptr i64 %".4423" to ptr
  %".4424" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4425" = load i32, ptr %".4424", align 4
  %".4426" = zext i32 %".4425" to i64
  %"data_end.180" = inttoptr i64 %".4426" to ptr
  %".4427" = getelementptr i8, ptr %"keys", i64 0
  %".4428" = load volatile i16, ptr %".4427", align 2
  %".4429" = zext i16 %".4428" to i64
  %".4430" = icmp ugt i64 %".4429", 6501
  br i1 %".4430", label %"widening.test.17", label %"batadv_d1"
widening.test.17:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4432" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4433" = load i32, ptr %".4432", align 4
  %".4434" = zext i32 %".4433" to i64
  %"data.181" = inttoptr i64 %".4434" to ptr
  %".4435" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4436" = load i32, ptr %".4435", align 4
  %".4437" = zext i32 %".4436" to i64
  %"data_end.181" = inttoptr i64 %".4437" to ptr
  %".4438" = getelementptr i8, ptr %"keys", i64 0
  %".4439" = load volatile i16, ptr %".4438", align 2
  %".4440" = zext i16 %".4439" to i64
  %".4441" = icmp ugt i64 %".4440", 6501
  br i1 %".4441", label %"widening.test.18", label %"fcoe"
widening.test.18:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4443" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4444" = load i32, ptr %".4443", align 4
  %".4445" = zext i32 %".4444" to i64
  %"data.182" = inttoptr i64 %".4445" to ptr
  %".4446" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4447" = load i32, ptr %".4446", align 4
  %".4448" = zext i32 %".4447" to i64
  %"data_end.182" = inttoptr i64 %".4448" to ptr
  %".4449" = getelementptr i8, ptr %"keys", i64 0
  %".4450" = load volatile i16, ptr %".4449", align 2
  %".4451" = zext i16 %".4450" to i64
  %".4452" = icmp ugt i64 %".4451", 6501
  br i1 %".4452", label %"widening.test.19", label %"tipc"
widening.test.19:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4454" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4455" = load i32, ptr %".4454", align 4
  %".4456" = zext i32 %".4455" to i64
  %"data.183" = inttoptr i64 %".4456" to ptr
  %".4457" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4458" = load i32, ptr %".4457", align 4
  %".4459" = zext i32 %".4458" to i64
  %"data_end.183" = inttoptr i64 %".4459" to ptr
  %".4460" = getelementptr i8, ptr %"keys", i64 0
  %".4461" = load volatile i16, ptr %".4460", align 2
  %".4462" = zext i16 %".4461" to i64
  %".4463" = icmp ugt i64 %".4462", 6501
  br i1 %".4463", label %"widening.test.20", label %"cfm"
widening.test.20:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4465" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4466" = load i32, ptr %".4465", align 4
  %".4467" = zext i32 %".4466" to i64
  %"data.184" = inttoptr i64 %".4467" to ptr
  %".4468" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4469" = load i32, ptr %".4468", align 4
  %".4470" = zext i32 %".4469" to i64
  %"data_end.184" = inttoptr i64 %".4470" to ptr
  %".4471" = getelementptr i8, ptr %"keys", i64 0
  %".4472" = load volatile i16, ptr %".4471", align 2
  %".4473" = zext i16 %".4472" to i64
  %".4474" = icmp ugt i64 %".4473", 6501
  br i1 %".4474", label %"widening.test.21", label %"ptp"
widening.test.21:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4476" = getelementptr i8, ptr %"ctx.74", i64 76
  %".4477" = load i32, ptr %".4476", align 4
  %".4478" = zext i32 %".4477" to i64
  %"data.185" = inttoptr i64 %".4478" to ptr
  %".4479" = getelementptr i8, ptr %"ctx.74", i64 80
  %".4480" = load i32, ptr %".4479", align 4
  %".4481" = zext i32 %".4480" to i64
  %"data_end.185" = inttoptr i64 %".4481" to ptr
  %".4482" = getelementptr i8, ptr %"keys", i64 0
  %".4483" = load volatile i16, ptr %".4482", align 2
  %".4484" = zext i16 %".4483" to i64
  %".4485" = icmp ugt i64 %".4484", 6501
  br i1 %".4485", label %"widening.test.22", label %"arp"
widening.test.22:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4487" = getelementptr i8, ptr %"ctx.75", i64 76
  %".4488" = load i32, ptr %".4487", align 4
  %".4489" = zext i32 %".4488" to i64
  %"data.186" = inttoptr i64 %".4489" to ptr
  %".4490" = getelementptr i8, ptr %"ctx.75", i64 80
  %".4491" = load i32, ptr %".4490", align 4
  %".4492" = zext i32 %".4491" to i64
  %"data_end.186" = inttoptr i64 %".4492" to ptr
  %".4493" = getelementptr i8, ptr %"keys", i64 0
  %".4494" = load volatile i16, ptr %".4493", align 2
  %".4495" = zext i16 %".4494" to i64
  %".4496" = icmp ugt i64 %".4495", 6501
  br i1 %".4496", label %"widening.test.23", label %"pppoe_d1"
widening.test.23:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4498" = getelementptr i8, ptr %"ctx.76", i64 76
  %".4499" = load i32, ptr %".4498", align 4
  %".4500" = zext i32 %".4499" to i64
  %"data.187" = inttoptr i64 %".4500" to ptr
  %".4501" = getelementptr i8, ptr %"ctx.76", i64 80
  %".4502" = load i32, ptr %".4501", align 4
  %".4503" = zext i32 %".4502" to i64
  %"data_end.187" = inttoptr i64 %".4503" to ptr
  %".4504" = getelementptr i8, ptr %"keys", i64 0
  %".4505" = load volatile i16, ptr %".4504", align 2
  %".4506" = zext i16 %".4505" to i64
  %".4507" = icmp ugt i64 %".4506", 6509
  br i1 %".4507", label %"widening.test.24", label %"ipv6_d1"
widening.test.24:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4509" = getelementptr i8, ptr %"ctx.77", i64 76
  %".4510" = load i32, ptr %".4509", align 4
  %".4511" = zext i32 %".4510" to i64
  %"data.188" = inttoptr i64 %".4511" to ptr
  %".4512" = getelementptr i8, ptr %"ctx.77", i64 80
  %".4513" = load i32, ptr %".4512", align 4
  %".4514" = zext i32 %".4513" to i64
  %"data_end.188" = inttoptr i64 %".4514" to ptr
  %".4515" = getelementptr i8, ptr %"keys", i64 0
  %".4516" = load volatile i16, ptr %".4515", align 2
  %".4517" = zext i16 %".4516" to i64
  %".4518" = icmp ugt i64 %".4517", 8597
  br i1 %".4518", label %"widening.test.25", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.25:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4520" = getelementptr i8, ptr %"ctx.78", i64 76
  %".4521" = load i32, ptr %".4520", align 4
  %".4522" = zext i32 %".4521" to i64
  %"data.189" = inttoptr i64 %".4522" to ptr
  %".4523" = getelementptr i8, ptr %"ctx.78", i64 80
  %".4524" = load i32, ptr %".4523", align 4
  %".4525" = zext i32 %".4524" to i64
  %"data_end.189" = inttoptr i64 %".4525" to ptr
  %".4526" = getelementptr i8, ptr %"keys", i64 0
  %".4527" = load volatile i16, ptr %".4526", align 2
  %".4528" = zext i16 %".4527" to i64
  %".4529" = icmp ugt i64 %".4528", 8597
  br i1 %".4529", label %"widening.test.26", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.26:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4531" = getelementptr i8, ptr %"ctx.79", i64 76
  %".4532" = load i32, ptr %".4531", align 4
  %".4533" = zext i32 %".4532" to i64
  %"data.190" = inttoptr i64 %".4533" to ptr
  %".4534" = getelementptr i8, ptr %"ctx.79", i64 80
  %".4535" = load i32, ptr %".4534", align 4
  %".4536" = zext i32 %".4535" to i64
  %"data_end.190" = inttoptr i64 %".4536" to ptr
  %".4537" = getelementptr i8, ptr %"keys", i64 0
  %".4538" = load volatile i16, ptr %".4537", align 2
  %".4539" = zext i16 %".4538" to i64
  %".4540" = icmp ugt i64 %".4539", 10645
  br i1 %".4540", label %"widening.test.27", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.27:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4542" = getelementptr i8, ptr %"ctx.80", i64 76
  %".4543" = load i32, ptr %".4542", align 4
  %".4544" = zext i32 %".4543" to i64
  %"data.191" = inttoptr i64 %".4544" to ptr
  %".4545" = getelementptr i8, ptr %"ctx.80", i64 80
  %".4546" = load i32, ptr %".4545", align 4
  %".4547" = zext i32 %".4546" to i64
  %"data_end.191" = inttoptr i64 %".4547" to ptr
  %".4548" = getelementptr i8, ptr %"keys", i64 0
  %".4549" = load volatile i16, ptr %".4548", align 2
  %".4550" = zext i16 %".4549" to i64
  %".4551" = icmp ugt i64 %".4550", 10645
  br i1 %".4551", label %"widening.test.28", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.28:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4553" = getelementptr i8, ptr %"ctx.81", i64 76
  %".4554" = load i32, ptr %".4553", align 4
  %".4555" = zext i32 %".4554" to i64
  %"data.192" = inttoptr i64 %".4555" to ptr
  %".4556" = getelementptr i8, ptr %"ctx.81", i64 80
  %".4557" = load i32, ptr %".4556", align 4
  %".4558" = zext i32 %".4557" to i64
  %"data_end.192" = inttoptr i64 %".4558" to ptr
  %".4559" = getelementptr i8, ptr %"keys", i64 0
  %".4560" = load volatile i16, ptr %".4559", align 2
  %".4561" = zext i16 %".4560" to i64
  %".4562" = icmp ugt i64 %".4561", 12693
  br i1 %".4562", label %"widening.test.29", label %"icmpv6"
widening.test.29:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4564" = getelementptr i8, ptr %"ctx.82", i64 76
  %".4565" = load i32, ptr %".4564", align 4
  %".4566" = zext i32 %".4565" to i64
  %"data.193" = inttoptr i64 %".4566" to ptr
  %".4567" = getelementptr i8, ptr %"ctx.82", i64 80
  %".4568" = load i32, ptr %".4567", align 4
  %".4569" = zext i32 %".4568" to i64
  %"data_end.193" = inttoptr i64 %".4569" to ptr
  %".4570" = getelementptr i8, ptr %"keys", i64 0
  %".4571" = load volatile i16, ptr %".4570", align 2
  %".4572" = zext i16 %".4571" to i64
  %".4573" = icmp ugt i64 %".4572", 6509
  br i1 %".4573", label %"widening.test.30", label %"ipv4_d1"
widening.test.30:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4575" = getelementptr i8, ptr %"ctx.83", i64 76
  %".4576" = load i32, ptr %".4575", align 4
  %".4577" = zext i32 %".4576" to i64
  %"data.194" = inttoptr i64 %".4577" to ptr
  %".4578" = getelementptr i8, ptr %"ctx.83", i64 80
  %".4579" = load i32, ptr %".4578", align 4
  %".4580" = zext i32 %".4579" to i64
  %"data_end.194" = inttoptr i64 %".4580" to ptr
  %".4581" = getelementptr i8, ptr %"keys", i64 0
  %".4582" = load volatile i16, ptr %".4581", align 2
  %".4583" = zext i16 %".4582" to i64
  %".4584" = icmp ugt i64 %".4583", 12693
  br i1 %".4584", label %"widening.test.31", label %"mpls_mpls_labels1"
widening.test.31:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4586" = getelementptr i8, ptr %"ctx.84", i64 76
  %".4587" = load i32, ptr %".4586", align 4
  %".4588" = zext i32 %".4587" to i64
  %"data.195" = inttoptr i64 %".4588" to ptr
  %".4589" = getelementptr i8, ptr %"ctx.84", i64 80
  %".4590" = load i32, ptr %".4589", align 4
  %".4591" = zext i32 %".4590" to i64
  %"data_end.195" = inttoptr i64 %".4591" to ptr
  %".4592" = getelementptr i8, ptr %"keys", i64 0
  %".4593" = load volatile i16, ptr %".4592", align 2
  %".4594" = zext i16 %".4593" to i64
  %".4595" = icmp ugt i64 %".4594", 6569
  br i1 %".4595", label %"widening.test.32", label %"icmp"
widening.test.32:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4597" = getelementptr i8, ptr %"ctx.85", i64 76
  %".4598" = load i32, ptr %".4597", align 4
  %".4599" = zext i32 %".4598" to i64
  %"data.196" = inttoptr i64 %".4599" to ptr
  %".4600" = getelementptr i8, ptr %"ctx.85", i64 80
  %".4601" = load i32, ptr %".4600", align 4
  %".4602" = zext i32 %".4601" to i64
  %"data_end.196" = inttoptr i64 %".4602" to ptr
  %".4603" = getelementptr i8, ptr %"keys", i64 0
  %".4604" = load volatile i16, ptr %".4603", align 2
  %".4605" = zext i16 %".4604" to i64
  %".4606" = icmp ugt i64 %".4605", 12693
  br i1 %".4606", label %"widening.test.33", label %"ah"
widening.test.33:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4608" = getelementptr i8, ptr %"ctx.86", i64 76
  %".4609" = load i32, ptr %".4608", align 4
  %".4610" = zext i32 %".4609" to i64
  %"data.197" = inttoptr i64 %".4610" to ptr
  %".4611" = getelementptr i8, ptr %"ctx.86", i64 80
  %".4612" = load i32, ptr %".4611", align 4
  %".4613" = zext i32 %".4612" to i64
  %"data_end.197" = inttoptr i64 %".4613" to ptr
  %".4614" = getelementptr i8, ptr %"keys", i64 0
  %".4615" = load volatile i16, ptr %".4614", align 2
  %".4616" = zext i16 %".4615" to i64
  %".4617" = icmp ugt i64 %".4616", 12693
  br i1 %".4617", label %"widening.test.34", label %"esp"
widening.test.34:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4619" = getelementptr i8, ptr %"ctx.87", i64 76
  %".4620" = load i32, ptr %".4619", align 4
  %".4621" = zext i32 %".4620" to i64
  %"data.198" = inttoptr i64 %".4621" to ptr
  %".4622" = getelementptr i8, ptr %"ctx.87", i64 80
  %".4623" = load i32, ptr %".4622", align 4
  %".4624" = zext i32 %".4623" to i64
  %"data_end.198" = inttoptr i64 %".4624" to ptr
  %".4625" = getelementptr i8, ptr %"keys", i64 0
  %".4626" = load volatile i16, ptr %".4625", align 2
  %".4627" = zext i16 %".4626" to i64
  %".4628" = icmp ugt i64 %".4627", 12693
  br i1 %".4628", label %"widening.test.35", label %"dccp"
widening.test.35:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4630" = getelementptr i8, ptr %"ctx.88", i64 76
  %".4631" = load i32, ptr %".4630", align 4
  %".4632" = zext i32 %".4631" to i64
  %"data.199" = inttoptr i64 %".4632" to ptr
  %".4633" = getelementptr i8, ptr %"ctx.88", i64 80
  %".4634" = load i32, ptr %".4633", align 4
  %".4635" = zext i32 %".4634" to i64
  %"data_end.199" = inttoptr i64 %".4635" to ptr
  %".4636" = getelementptr i8, ptr %"keys", i64 0
  %".4637" = load volatile i16, ptr %".4636", align 2
  %".4638" = zext i16 %".4637" to i64
  %".4639" = icmp ugt i64 %".4638", 12693
  br i1 %".4639", label %"widening.test.36", label %"sctp"
widening.test.36:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4641" = getelementptr i8, ptr %"ctx.89", i64 76
  %".4642" = load i32, ptr %".4641", align 4
  %".4643" = zext i32 %".4642" to i64
  %"data.200" = inttoptr i64 %".4643" to ptr
  %".4644" = getelementptr i8, ptr %"ctx.89", i64 80
  %".4645" = load i32, ptr %".4644", align 4
  %".4646" = zext i32 %".4645" to i64
  %"data_end.200" = inttoptr i64 %".4646" to ptr
  %".4647" = getelementptr i8, ptr %"keys", i64 0
  %".4648" = load volatile i16, ptr %".4647", align 2
  %".4649" = zext i16 %".4648" to i64
  %".4650" = icmp ugt i64 %".4649", 12693
  br i1 %".4650", label %"widening.test.37", label %"gre_version_d1"
widening.test.37:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4652" = getelementptr i8, ptr %"ctx.90", i64 76
  %".4653" = load i32, ptr %".4652", align 4
  %".4654" = zext i32 %".4653" to i64
  %"data.201" = inttoptr i64 %".4654" to ptr
  %".4655" = getelementptr i8, ptr %"ctx.90", i64 80
  %".4656" = load i32, ptr %".4655", align 4
  %".4657" = zext i32 %".4656" to i64
  %"data_end.201" = inttoptr i64 %".4657" to ptr
  %".4658" = getelementptr i8, ptr %"keys", i64 0
  %".4659" = load volatile i16, ptr %".4658", align 2
  %".4660" = zext i16 %".4659" to i64
  %".4661" = icmp ugt i64 %".4660", 12693
  br i1 %".4661", label %"widening.test.38", label %"udplite"
widening.test.38:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4663" = getelementptr i8, ptr %"ctx.91", i64 76
  %".4664" = load i32, ptr %".4663", align 4
  %".4665" = zext i32 %".4664" to i64
  %"data.202" = inttoptr i64 %".4665" to ptr
  %".4666" = getelementptr i8, ptr %"ctx.91", i64 80
  %".4667" = load i32, ptr %".4666", align 4
  %".4668" = zext i32 %".4667" to i64
  %"data_end.202" = inttoptr i64 %".4668" to ptr
  %".4669" = getelementptr i8, ptr %"keys", i64 0
  %".4670" = load volatile i16, ptr %".4669", align 2
  %".4671" = zext i16 %".4670" to i64
  %".4672" = icmp ugt i64 %".4671", 12693
  br i1 %".4672", label %"widening.test.39", label %"udp"
widening.test.39:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4674" = getelementptr i8, ptr %"ctx.92", i64 76
  %".4675" = load i32, ptr %".4674", align 4
  %".4676" = zext i32 %".4675" to i64
  %"data.203" = inttoptr i64 %".4676" to ptr
  %".4677" = getelementptr i8, ptr %"ctx.92", i64 80
  %".4678" = load i32, ptr %".4677", align 4
  %".4679" = zext i32 %".4678" to i64
  %"data_end.203" = inttoptr i64 %".4679" to ptr
  %".4680" = getelementptr i8, ptr %"keys", i64 0
  %".4681" = load volatile i16, ptr %".4680", align 2
  %".4682" = zext i16 %".4681" to i64
  %".4683" = icmp ugt i64 %".4682", 12693
  br i1 %".4683", label %"widening.beyond", label %"tcp"
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