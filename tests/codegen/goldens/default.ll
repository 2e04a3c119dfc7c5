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
  switch i64 %"n_proto", label %"entry_d0.unknown" [i64 2048, label %"entry_d0.to_ipv4" i64 34525, label %"entry_d0.to_ipv6" i64 33024, label %"entry_d0.to_vlan" i64 34984, label %"entry_d0.to_vlan.1" i64 34887, label %"entry_d0.to_mpls" i64 34888, label %"entry_d0.to_mpls.1" i64 34916, label %"entry_d0.to_pppoe" i64 2054, label %"entry_d0.to_arp" i64 32821, label %"entry_d0.to_arp.1" i64 35063, label %"entry_d0.to_ptp" i64 35074, label %"entry_d0.to_cfm" i64 35018, label %"entry_d0.to_tipc" i64 35078, label %"entry_d0.to_fcoe" i64 35119, label %"entry_d0.to_hsr" i64 35067, label %"entry_d0.to_hsr.1" i64 17157, label %"entry_d0.to_batadv"]  , !prof !1
entry_d0.to_ipv4:
  br label %"ipv4_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".376", %"vlan_d0_vlan_tags1.to_ipv4"], [%".491", %"pppoe_d0.to_ipv4"], [%".644", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1932", %"vlan_d0_vlan_tags2.to_ipv4"], [%".2002", %"hsr_d0_vlan_tags2.to_ipv4"], [%".4524", %"widening.test.9"]
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
  %".58" = load i32, ptr %".57", align 4
  %".59" = getelementptr i8, ptr %"hdr", i64 16
  %".60" = load i32, ptr %".59", align 4
  br label %"ipv4_d0.header"
ipv4_d0.header:
  %"w0_1" = phi  i8 [%".52", %"ipv4_d0.linear"], [%".79", %"ipv4_d0.copy_failed.endif"]
  %"w6_2" = phi  i16 [%".54", %"ipv4_d0.linear"], [%".81", %"ipv4_d0.copy_failed.endif"]
  %"w9_1" = phi  i8 [%".56", %"ipv4_d0.linear"], [%".83", %"ipv4_d0.copy_failed.endif"]
  %"w12_4" = phi  i32 [%".58", %"ipv4_d0.linear"], [%".85", %"ipv4_d0.copy_failed.endif"]
  %"w16_4" = phi  i32 [%".60", %"ipv4_d0.linear"], [%".87", %"ipv4_d0.copy_failed.endif"]
  %"data.15" = phi  ptr [%"data.2", %"ipv4_d0.linear"], [%"data.14", %"ipv4_d0.copy_failed.endif"]
  %"data_end.15" = phi  ptr [%"data_end.2", %"ipv4_d0.linear"], [%"data_end.14", %"ipv4_d0.copy_failed.endif"]
  %"keys.15" = phi  ptr [%"keys.2", %"ipv4_d0.linear"], [%"keys.14", %"ipv4_d0.copy_failed.endif"]
  %".89" = zext i8 %"w0_1" to i64
  %".90" = and i64 %".89", 15
  %".91" = icmp uge i64 %".90", 5
  %".92" = xor i1 %".91", -1
  br i1 %".92", label %"ipv4_d0.require", label %"ipv4_d0.require.endif"
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".376", %"vlan_d0_vlan_tags1.to_ipv6"], [%".491", %"pppoe_d0.to_ipv6"], [%".644", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1932", %"vlan_d0_vlan_tags2.to_ipv6"], [%".2002", %"hsr_d0_vlan_tags2.to_ipv6"], [%".4469", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.40", %"pppoe_d0.to_ipv6"], [%"data.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.168", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.40", %"pppoe_d0.to_ipv6"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.168", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.40", %"pppoe_d0.to_ipv6"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".206" = getelementptr i8, ptr %"hdr.1", i64 40
  %".207" = icmp ugt ptr %".206", %"data_end.3"
  br i1 %".207", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".209" = getelementptr i8, ptr %"hdr.1", i64 0
  %".210" = load i32, ptr %".209", align 4
  %".211" = getelementptr i8, ptr %"hdr.1", i64 6
  %".212" = load i8, ptr %".211", align 1
  %".213" = getelementptr i8, ptr %"hdr.1", i64 8
  %".214" = load i64, ptr %".213", align 8
  %".215" = getelementptr i8, ptr %"hdr.1", i64 16
  %".216" = load i64, ptr %".215", align 8
  %".217" = getelementptr i8, ptr %"hdr.1", i64 24
  %".218" = load i64, ptr %".217", align 8
  %".219" = getelementptr i8, ptr %"hdr.1", i64 32
  %".220" = load i64, ptr %".219", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".210", %"ipv6_d0.linear"], [%".239", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".212", %"ipv6_d0.linear"], [%".241", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".214", %"ipv6_d0.linear"], [%".243", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".216", %"ipv6_d0.linear"], [%".245", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".218", %"ipv6_d0.linear"], [%".247", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".220", %"ipv6_d0.linear"], [%".249", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".251" = trunc i64 34525 to i16
  %".252" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".251", ptr %".252", align 2
  %".254" = trunc i64 34525 to i16
  %".255" = call i16 @"llvm.bswap.i16"(i16 %".254")
  %".256" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".255", ptr %".256", align 2
  %".258" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".258", align 8
  %".260" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".260", align 8
  %".262" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".262", align 8
  %".264" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".264", align 8
  %".266" = zext i8 %"w6_1" to i64
  %".267" = trunc i64 %".266" to i8
  %".268" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %".267", ptr %".268", align 1
  %".270" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".271" = zext i32 %".270" to i64
  %".272" = and i64 %".271", 1048575
  %".273" = trunc i64 %".272" to i32
  %".274" = call i32 @"llvm.bswap.i32"(i32 %".273")
  %".275" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".274", ptr %".275", align 4
  %".277" = add i64 %"cursor.2", 40
  %".278" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".279" = zext i32 %".278" to i64
  %".280" = and i64 %".279", 1048575
  %".281" = icmp ne i64 %".280", 0
  %".282" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".282", align 4
  %".283" = and i32 %"flags.3", 2
  %".284" = icmp ne i32 %".283", 0
  %".285" = and i1 %".281", %".284"
  br i1 %".285", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".345" = getelementptr i8, ptr %"hdr.2", i64 4
  %".346" = icmp ugt ptr %".345", %"data_end.4"
  br i1 %".346", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".348" = getelementptr i8, ptr %"hdr.2", i64 2
  %".349" = load i16, ptr %".348", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".349", %"vlan_d0_vlan_tags1.linear"], [%".368", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".370" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".371" = zext i16 %".370" to i64
  %".372" = trunc i64 %".371" to i16
  %".373" = call i16 @"llvm.bswap.i16"(i16 %".372")
  %".374" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %".373", ptr %".374", align 2
  %".376" = add i64 %"cursor.3", 4
  %".377" = trunc i64 %".376" to i16
  %".378" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".377", ptr %".378", align 2
  %".380" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".381" = zext i16 %".380" to i64
  switch i64 %".381", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".277", %"ipv6_d0.to_mpls"], [%".376", %"vlan_d0_vlan_tags1.to_mpls"], [%".376", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".491", %"pppoe_d0.to_mpls"], [%".491", %"pppoe_d0.to_mpls.1"], [%".644", %"hsr_d0_vlan_tags1.to_mpls"], [%".644", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".721", %"batadv_d0.stop_at_encap.endif.4"], [%".721", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1594", %"ipv6_d1.to_mpls"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1932", %"vlan_d0_vlan_tags2.to_mpls"], [%".1932", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".2002", %"hsr_d0_vlan_tags2.to_mpls"], [%".2002", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".2077", %"vlan_d1_vlan_tags1.to_mpls"], [%".2077", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2154", %"pppoe_d1.to_mpls"], [%".2154", %"pppoe_d1.to_mpls.1"], [%".2220", %"hsr_d1_vlan_tags1.to_mpls"], [%".2220", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.2", %"gre_d0.to_mpls"], [%"end.2", %"gre_d0.to_mpls.1"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".3189", %"vlan_d1_vlan_tags2.to_mpls"], [%".3189", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3259", %"hsr_d1_vlan_tags2.to_mpls"], [%".3259", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3329", %"ethernet_d1.to_mpls"], [%".3329", %"ethernet_d1.to_mpls.1"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".4210", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".4316", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".4755", %"widening.test.30"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.40", %"pppoe_d0.to_mpls"], [%"data.40", %"pppoe_d0.to_mpls.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data.82", %"ipv4_d1.to_mpls"], [%"data.85", %"ipv6_d1.to_mpls"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.105", %"pppoe_d1.to_mpls"], [%"data.105", %"pppoe_d1.to_mpls.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.112", %"gre_d0.to_mpls"], [%"data.112", %"gre_d0.to_mpls.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.138", %"ethernet_d1.to_mpls"], [%"data.138", %"ethernet_d1.to_mpls.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.194", %"widening.test.30"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.40", %"pppoe_d0.to_mpls"], [%"data_end.40", %"pppoe_d0.to_mpls.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.82", %"ipv4_d1.to_mpls"], [%"data_end.85", %"ipv6_d1.to_mpls"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.105", %"pppoe_d1.to_mpls"], [%"data_end.105", %"pppoe_d1.to_mpls.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.112", %"gre_d0.to_mpls"], [%"data_end.112", %"gre_d0.to_mpls.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.138", %"ethernet_d1.to_mpls"], [%"data_end.138", %"ethernet_d1.to_mpls.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.194", %"widening.test.30"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.40", %"pppoe_d0.to_mpls"], [%"keys.40", %"pppoe_d0.to_mpls.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.82", %"ipv4_d1.to_mpls"], [%"keys.85", %"ipv6_d1.to_mpls"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.105", %"pppoe_d1.to_mpls"], [%"keys.105", %"pppoe_d1.to_mpls.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.112", %"gre_d0.to_mpls"], [%"keys.112", %"gre_d0.to_mpls.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.138", %"ethernet_d1.to_mpls"], [%"keys.138", %"ethernet_d1.to_mpls.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.30"]
  %".403" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".404" = getelementptr i8, ptr %"hdr.3", i64 4
  %".405" = icmp ugt ptr %".404", %"data_end.5"
  br i1 %".405", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".407" = getelementptr i8, ptr %"hdr.3", i64 2
  %".408" = load i8, ptr %".407", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".408", %"mpls_mpls_labels1.linear"], [%".427", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %".429" = add i64 %"cursor.4", 4
  %".430" = zext i8 %"w2_1" to i64
  %".431" = and i64 %".430", 1
  switch i64 %".431", label %"mpls_mpls_labels1.unknown" [i64 0, label %"mpls_mpls_labels1.to_mpls"]
mpls_mpls_labels1.to_mpls:
  %".437" = trunc i64 %".429" to i16
  %".438" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".437", ptr %".438", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".376", %"vlan_d0_vlan_tags1.to_pppoe"], [%".644", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1932", %"vlan_d0_vlan_tags2.to_pppoe"], [%".2002", %"hsr_d0_vlan_tags2.to_pppoe"], [%".4458", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.167", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.167", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".441" = getelementptr i8, ptr %"hdr.4", i64 8
  %".442" = icmp ugt ptr %".441", %"data_end.6"
  br i1 %".442", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".444" = getelementptr i8, ptr %"hdr.4", i64 0
  %".445" = load i8, ptr %".444", align 1
  %".446" = getelementptr i8, ptr %"hdr.4", i64 1
  %".447" = load i8, ptr %".446", align 1
  %".448" = getelementptr i8, ptr %"hdr.4", i64 6
  %".449" = load i16, ptr %".448", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".445", %"pppoe_d0.linear"], [%".468", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".447", %"pppoe_d0.linear"], [%".470", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".449", %"pppoe_d0.linear"], [%".472", %"pppoe_d0.copy_failed.endif"]
  %"data.40" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.39", %"pppoe_d0.copy_failed.endif"]
  %"data_end.40" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.39", %"pppoe_d0.copy_failed.endif"]
  %"keys.40" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.39", %"pppoe_d0.copy_failed.endif"]
  %".474" = zext i8 %"w0_1.1" to i64
  %".475" = lshr i64 %".474", 4
  %".476" = and i64 %".475", 15
  %".477" = icmp eq i64 %".476", 1
  %".478" = zext i8 %"w0_1.1" to i64
  %".479" = and i64 %".478", 15
  %".480" = icmp eq i64 %".479", 1
  %".481" = and i1 %".477", %".480"
  %".482" = zext i8 %"w1_1" to i64
  %".483" = icmp eq i64 %".482", 0
  %".484" = and i1 %".481", %".483"
  %".485" = xor i1 %".484", -1
  br i1 %".485", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".376", %"vlan_d0_vlan_tags1.to_arp"], [%".376", %"vlan_d0_vlan_tags1.to_arp.1"], [%".644", %"hsr_d0_vlan_tags1.to_arp"], [%".644", %"hsr_d0_vlan_tags1.to_arp.1"], [%".721", %"batadv_d0.stop_at_encap.endif.7"], [%".721", %"batadv_d0.stop_at_encap.endif.8"], [%".1932", %"vlan_d0_vlan_tags2.to_arp"], [%".1932", %"vlan_d0_vlan_tags2.to_arp.1"], [%".2002", %"hsr_d0_vlan_tags2.to_arp"], [%".2002", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2077", %"vlan_d1_vlan_tags1.to_arp"], [%".2077", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2220", %"hsr_d1_vlan_tags1.to_arp"], [%".2220", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.2", %"gre_d0.to_arp"], [%"end.2", %"gre_d0.to_arp.1"], [%".3189", %"vlan_d1_vlan_tags2.to_arp"], [%".3189", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3259", %"hsr_d1_vlan_tags2.to_arp"], [%".3259", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3329", %"ethernet_d1.to_arp"], [%".3329", %"ethernet_d1.to_arp.1"], [%".4656", %"widening.test.21"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.112", %"gre_d0.to_arp"], [%"data.112", %"gre_d0.to_arp.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.138", %"ethernet_d1.to_arp"], [%"data.138", %"ethernet_d1.to_arp.1"], [%"data.185", %"widening.test.21"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.112", %"gre_d0.to_arp"], [%"data_end.112", %"gre_d0.to_arp.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.138", %"ethernet_d1.to_arp"], [%"data_end.138", %"ethernet_d1.to_arp.1"], [%"data_end.185", %"widening.test.21"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.112", %"gre_d0.to_arp"], [%"keys.112", %"gre_d0.to_arp.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.138", %"ethernet_d1.to_arp"], [%"keys.138", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.21"]
  %".526" = add i64 %"cursor.6", 0
  %".527" = trunc i64 %".526" to i16
  %".528" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".527", ptr %".528", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".376", %"vlan_d0_vlan_tags1.to_ptp"], [%".644", %"hsr_d0_vlan_tags1.to_ptp"], [%".721", %"batadv_d0.stop_at_encap.endif.9"], [%".1932", %"vlan_d0_vlan_tags2.to_ptp"], [%".2002", %"hsr_d0_vlan_tags2.to_ptp"], [%".2077", %"vlan_d1_vlan_tags1.to_ptp"], [%".2220", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.2", %"gre_d0.to_ptp"], [%".3189", %"vlan_d1_vlan_tags2.to_ptp"], [%".3259", %"hsr_d1_vlan_tags2.to_ptp"], [%".3329", %"ethernet_d1.to_ptp"], [%".4645", %"widening.test.20"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.112", %"gre_d0.to_ptp"], [%"data.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.138", %"ethernet_d1.to_ptp"], [%"data.184", %"widening.test.20"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.112", %"gre_d0.to_ptp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.138", %"ethernet_d1.to_ptp"], [%"data_end.184", %"widening.test.20"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.112", %"gre_d0.to_ptp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.138", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.20"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".531" = getelementptr i8, ptr %"hdr.5", i64 34
  %".532" = icmp ugt ptr %".531", %"data_end.8"
  br i1 %".532", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.43" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.42", %"ptp.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.42", %"ptp.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.42", %"ptp.copy_failed.endif"]
  %".552" = add i64 %"cursor.7", 34
  %".553" = trunc i64 %".552" to i16
  %".554" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".553", ptr %".554", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".376", %"vlan_d0_vlan_tags1.to_cfm"], [%".644", %"hsr_d0_vlan_tags1.to_cfm"], [%".721", %"batadv_d0.stop_at_encap.endif.10"], [%".1932", %"vlan_d0_vlan_tags2.to_cfm"], [%".2002", %"hsr_d0_vlan_tags2.to_cfm"], [%".2077", %"vlan_d1_vlan_tags1.to_cfm"], [%".2220", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.2", %"gre_d0.to_cfm"], [%".3189", %"vlan_d1_vlan_tags2.to_cfm"], [%".3259", %"hsr_d1_vlan_tags2.to_cfm"], [%".3329", %"ethernet_d1.to_cfm"], [%".4634", %"widening.test.19"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.112", %"gre_d0.to_cfm"], [%"data.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.138", %"ethernet_d1.to_cfm"], [%"data.183", %"widening.test.19"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.112", %"gre_d0.to_cfm"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.138", %"ethernet_d1.to_cfm"], [%"data_end.183", %"widening.test.19"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.112", %"gre_d0.to_cfm"], [%"keys.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.138", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.19"]
  %".557" = add i64 %"cursor.8", 0
  %".558" = trunc i64 %".557" to i16
  %".559" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".558", ptr %".559", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".376", %"vlan_d0_vlan_tags1.to_tipc"], [%".644", %"hsr_d0_vlan_tags1.to_tipc"], [%".721", %"batadv_d0.stop_at_encap.endif.11"], [%".1932", %"vlan_d0_vlan_tags2.to_tipc"], [%".2002", %"hsr_d0_vlan_tags2.to_tipc"], [%".2077", %"vlan_d1_vlan_tags1.to_tipc"], [%".2220", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.2", %"gre_d0.to_tipc"], [%".3189", %"vlan_d1_vlan_tags2.to_tipc"], [%".3259", %"hsr_d1_vlan_tags2.to_tipc"], [%".3329", %"ethernet_d1.to_tipc"], [%".4623", %"widening.test.18"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.112", %"gre_d0.to_tipc"], [%"data.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.138", %"ethernet_d1.to_tipc"], [%"data.182", %"widening.test.18"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.112", %"gre_d0.to_tipc"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.138", %"ethernet_d1.to_tipc"], [%"data_end.182", %"widening.test.18"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.112", %"gre_d0.to_tipc"], [%"keys.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.138", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.18"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".562" = getelementptr i8, ptr %"hdr.6", i64 16
  %".563" = icmp ugt ptr %".562", %"data_end.10"
  br i1 %".563", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.45" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.44", %"tipc.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.44", %"tipc.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.44", %"tipc.copy_failed.endif"]
  %".583" = trunc i64 %"cursor.9" to i16
  %".584" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".583", ptr %".584", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".376", %"vlan_d0_vlan_tags1.to_fcoe"], [%".644", %"hsr_d0_vlan_tags1.to_fcoe"], [%".721", %"batadv_d0.stop_at_encap.endif.12"], [%".1932", %"vlan_d0_vlan_tags2.to_fcoe"], [%".2002", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2077", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2220", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.2", %"gre_d0.to_fcoe"], [%".3189", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3259", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3329", %"ethernet_d1.to_fcoe"], [%".4612", %"widening.test.17"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.112", %"gre_d0.to_fcoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.138", %"ethernet_d1.to_fcoe"], [%"data.181", %"widening.test.17"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.112", %"gre_d0.to_fcoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.138", %"ethernet_d1.to_fcoe"], [%"data_end.181", %"widening.test.17"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.112", %"gre_d0.to_fcoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.138", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.17"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".587" = getelementptr i8, ptr %"hdr.7", i64 38
  %".588" = icmp ugt ptr %".587", %"data_end.11"
  br i1 %".588", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.47" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.46", %"fcoe.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.46", %"fcoe.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.46", %"fcoe.copy_failed.endif"]
  %".608" = add i64 %"cursor.10", 38
  %".609" = trunc i64 %".608" to i16
  %".610" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".609", ptr %".610", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".613" = getelementptr i8, ptr %"hdr.8", i64 6
  %".614" = icmp ugt ptr %".613", %"data_end.12"
  br i1 %".614", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".616" = getelementptr i8, ptr %"hdr.8", i64 4
  %".617" = load i16, ptr %".616", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".617", %"hsr_d0_vlan_tags1.linear"], [%".636", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.49" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".638" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".639" = zext i16 %".638" to i64
  %".640" = trunc i64 %".639" to i16
  %".641" = call i16 @"llvm.bswap.i16"(i16 %".640")
  %".642" = getelementptr i8, ptr %"keys.49", i64 10
  store i16 %".641", ptr %".642", align 2
  %".644" = add i64 %"cursor.11", 6
  %".645" = trunc i64 %".644" to i16
  %".646" = getelementptr i8, ptr %"keys.49", i64 0
  store i16 %".645", ptr %".646", align 2
  %".648" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".649" = zext i16 %".648" to i64
  switch i64 %".649", label %"hsr_d0_vlan_tags1.unknown" [i64 2048, label %"hsr_d0_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags1.to_vlan" i64 34984, label %"hsr_d0_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags1.to_mpls" i64 34888, label %"hsr_d0_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags1.to_arp" i64 32821, label %"hsr_d0_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags1.to_ptp" i64 35074, label %"hsr_d0_vlan_tags1.to_cfm" i64 35018, label %"hsr_d0_vlan_tags1.to_tipc" i64 35078, label %"hsr_d0_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags1.to_hsr" i64 35067, label %"hsr_d0_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".376", %"vlan_d0_vlan_tags1.to_batadv"], [%".644", %"hsr_d0_vlan_tags1.to_batadv"], [%".1932", %"vlan_d0_vlan_tags2.to_batadv"], [%".2002", %"hsr_d0_vlan_tags2.to_batadv"], [%".4447", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.166", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.166", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".671" = getelementptr i8, ptr %"hdr.9", i64 24
  %".672" = icmp ugt ptr %".671", %"data_end.13"
  br i1 %".672", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".674" = getelementptr i8, ptr %"hdr.9", i64 0
  %".675" = load i8, ptr %".674", align 1
  %".676" = getelementptr i8, ptr %"hdr.9", i64 1
  %".677" = load i8, ptr %".676", align 1
  %".678" = getelementptr i8, ptr %"hdr.9", i64 22
  %".679" = load i16, ptr %".678", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".675", %"batadv_d0.linear"], [%".698", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".677", %"batadv_d0.linear"], [%".700", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".679", %"batadv_d0.linear"], [%".702", %"batadv_d0.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.50", %"batadv_d0.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.50", %"batadv_d0.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.50", %"batadv_d0.copy_failed.endif"]
  %".704" = zext i8 %"w1_1.1" to i64
  %".705" = icmp eq i64 %".704", 15
  %".706" = zext i8 %"w0_1.2" to i64
  %".707" = icmp eq i64 %".706", 64
  %".708" = and i1 %".705", %".707"
  %".709" = xor i1 %".708", -1
  br i1 %".709", label %"batadv_d0.require", label %"batadv_d0.require.endif"
ipv4_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".62" = trunc i64 %"cursor.1" to i32
  %".63" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".62", [40 x i8]* %"header_copy", i32 20)
  %".64" = icmp eq i64 %".63", 0
  %".65" = getelementptr i8, ptr %"ctx.1", i64 76
  %".66" = load i32, ptr %".65", align 4
  %".67" = zext i32 %".66" to i64
  %"data.14" = inttoptr i64 %".67" to ptr
  %".68" = getelementptr i8, ptr %"ctx.1", i64 80
  %".69" = load i32, ptr %".68", align 4
  %".70" = zext i32 %".69" to i64
  %"data_end.14" = inttoptr i64 %".70" to ptr
  %".71" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.14" = load ptr, ptr %".71", align 8
  %".72" = xor i1 %".64", -1
  br i1 %".72", label %"ipv4_d0.copy_failed", label %"ipv4_d0.copy_failed.endif"
ipv4_d0.copy_failed:
  %".74" = trunc i64 %"cursor.1" to i16
  %".75" = getelementptr i8, ptr %"keys.14", i64 2
  store i16 %".74", ptr %".75", align 2
  br label %"return"
ipv4_d0.copy_failed.endif:
  %".78" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".79" = load volatile i8, [40 x i8]* %".78", align 1
  %".80" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".81" = load volatile i16, [40 x i8]* %".80", align 2
  %".82" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".83" = load volatile i8, [40 x i8]* %".82", align 1
  %".84" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".85" = load volatile i32, [40 x i8]* %".84", align 4
  %".86" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".87" = load volatile i32, [40 x i8]* %".86", align 4
  br label %"ipv4_d0.header"
ipv4_d0.require:
  %".94" = trunc i64 %"cursor.1" to i16
  %".95" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".94", ptr %".95", align 2
  br label %"return"
ipv4_d0.require.endif:
  %".98" = trunc i64 2048 to i16
  %".99" = getelementptr i8, ptr %"keys.15", i64 4
  store i16 %".98", ptr %".99", align 2
  %".101" = trunc i64 2048 to i16
  %".102" = call i16 @"llvm.bswap.i16"(i16 %".101")
  %".103" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".102", ptr %".103", align 2
  %".105" = getelementptr i8, ptr %"keys.15", i64 16
  store i32 %"w12_4", ptr %".105", align 4
  %".107" = getelementptr i8, ptr %"keys.15", i64 20
  store i32 %"w16_4", ptr %".107", align 4
  %".109" = zext i8 %"w9_1" to i64
  %".110" = trunc i64 %".109" to i8
  %".111" = getelementptr i8, ptr %"keys.15", i64 9
  store i8 %".110", ptr %".111", align 1
  %".113" = add i64 %"cursor.1", 20
  %".114" = zext i8 %"w0_1" to i64
  %".115" = and i64 %".114", 15
  %".116" = icmp eq i64 %".115", 5
  %".117" = xor i1 %".116", -1
  br i1 %".117", label %"ipv4_d0.variable", label %"ipv4_d0.no_variable", !prof !0
ipv4_d0.no_variable:
  br label %"ipv4_d0.variable.endif"
ipv4_d0.variable.endif:
  %"end" = phi  i64 [%".113", %"ipv4_d0.no_variable"], [%".125", %"ipv4_d0.variable"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.no_variable"], [%"data.15", %"ipv4_d0.variable"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.no_variable"], [%"data_end.15", %"ipv4_d0.variable"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.no_variable"], [%"keys.15", %"ipv4_d0.variable"]
  %".127" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".128" = zext i16 %".127" to i64
  %".129" = and i64 %".128", 16383
  %".130" = icmp ne i64 %".129", 0
  %".131" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".132" = zext i16 %".131" to i64
  %".133" = and i64 %".132", 8191
  %".134" = icmp eq i64 %".133", 0
  br i1 %".130", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".156" = zext i8 %"w9_1" to i64
  switch i64 %".156", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".277", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1594", %"ipv6_d1.to_tcp"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".4210", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".4316", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".4854", %"widening.test.39"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.82", %"ipv4_d1.to_tcp"], [%"data.85", %"ipv6_d1.to_tcp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.203", %"widening.test.39"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.82", %"ipv4_d1.to_tcp"], [%"data_end.85", %"ipv6_d1.to_tcp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.203", %"widening.test.39"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.82", %"ipv4_d1.to_tcp"], [%"keys.85", %"ipv6_d1.to_tcp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.39"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".905" = getelementptr i8, ptr %"hdr.10", i64 4
  %".906" = icmp ugt ptr %".905", %"data_end.17"
  br i1 %".906", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".908" = getelementptr i8, ptr %"hdr.10", i64 0
  %".909" = load i16, ptr %".908", align 2
  %".910" = getelementptr i8, ptr %"hdr.10", i64 2
  %".911" = load i16, ptr %".910", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".909", %"tcp.linear"], [%".930", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".911", %"tcp.linear"], [%".932", %"tcp.copy_failed.endif"]
  %"data.57" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.56", %"tcp.copy_failed.endif"]
  %"data_end.57" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.56", %"tcp.copy_failed.endif"]
  %"keys.57" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.56", %"tcp.copy_failed.endif"]
  %".934" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".935" = zext i16 %".934" to i64
  %".936" = trunc i64 %".935" to i16
  %".937" = call i16 @"llvm.bswap.i16"(i16 %".936")
  %".938" = getelementptr i8, ptr %"keys.57", i64 12
  store i16 %".937", ptr %".938", align 2
  %".940" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".941" = zext i16 %".940" to i64
  %".942" = trunc i64 %".941" to i16
  %".943" = call i16 @"llvm.bswap.i16"(i16 %".942")
  %".944" = getelementptr i8, ptr %"keys.57", i64 14
  store i16 %".943", ptr %".944", align 2
  %".946" = trunc i64 %"cursor.13" to i16
  %".947" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".946", ptr %".947", align 2
  br label %"return"
ipv4_d0.variable:
  %".120" = zext i8 %"w0_1" to i64
  %".121" = and i64 %".120", 15
  %".122" = mul i64 %".121", 4
  %".123" = sub i64 %".122", 20
  %".124" = add i64 %".123", 20
  %".125" = add i64 %"cursor.1", %".124"
  br label %"ipv4_d0.variable.endif"
ipv4_d0.fragment:
  %".136" = getelementptr i8, ptr %"keys.16", i64 6
  store i8 1, ptr %".136", align 1
  br i1 %".134", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.first_fragment:
  %".139" = getelementptr i8, ptr %"keys.16", i64 7
  store i8 1, ptr %".139", align 1
  %".141" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags" = load volatile i32, ptr %".141", align 4
  %".142" = and i32 %"flags", 1
  %".143" = icmp ne i32 %".142", 0
  %".144" = xor i1 %".143", -1
  br i1 %".144", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".151" = trunc i64 %"end" to i16
  %".152" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".151", ptr %".152", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".146" = trunc i64 %"end" to i16
  %".147" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".146", ptr %".147", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".158" = trunc i64 %"end" to i16
  %".159" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".158", ptr %".159", align 2
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
  %".171" = trunc i64 34887 to i16
  %".172" = call i16 @"llvm.bswap.i16"(i16 %".171")
  %".173" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".172", ptr %".173", align 2
  br label %"mpls_mpls_labels1"
ipv4_d0.to_ipv4:
  %".176" = trunc i64 2048 to i16
  %".177" = call i16 @"llvm.bswap.i16"(i16 %".176")
  %".178" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".177", ptr %".178", align 2
  %".180" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".180", align 1
  %".182" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.1" = load volatile i32, ptr %".182", align 4
  %".183" = and i32 %"flags.1", 4
  %".184" = icmp ne i32 %".183", 0
  br i1 %".184", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".191" = trunc i64 34525 to i16
  %".192" = call i16 @"llvm.bswap.i16"(i16 %".191")
  %".193" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".192", ptr %".193", align 2
  %".195" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".195", align 1
  %".197" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".197", align 4
  %".198" = and i32 %"flags.2", 4
  %".199" = icmp ne i32 %".198", 0
  br i1 %".199", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".277", %"ipv6_d0.to_udp"], [%"end.1", %"ipv4_d1.to_udp"], [%".1594", %"ipv6_d1.to_udp"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".4210", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".4316", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".4843", %"widening.test.38"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.82", %"ipv4_d1.to_udp"], [%"data.85", %"ipv6_d1.to_udp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.202", %"widening.test.38"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.82", %"ipv4_d1.to_udp"], [%"data_end.85", %"ipv6_d1.to_udp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.202", %"widening.test.38"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.82", %"ipv4_d1.to_udp"], [%"keys.85", %"ipv6_d1.to_udp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.38"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".950" = getelementptr i8, ptr %"hdr.11", i64 4
  %".951" = icmp ugt ptr %".950", %"data_end.18"
  br i1 %".951", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".953" = getelementptr i8, ptr %"hdr.11", i64 0
  %".954" = load i16, ptr %".953", align 2
  %".955" = getelementptr i8, ptr %"hdr.11", i64 2
  %".956" = load i16, ptr %".955", align 2
  br label %"udp.header"
udp.header:
  %"w0_2.1" = phi  i16 [%".954", %"udp.linear"], [%".975", %"udp.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".956", %"udp.linear"], [%".977", %"udp.copy_failed.endif"]
  %"data.59" = phi  ptr [%"data.18", %"udp.linear"], [%"data.58", %"udp.copy_failed.endif"]
  %"data_end.59" = phi  ptr [%"data_end.18", %"udp.linear"], [%"data_end.58", %"udp.copy_failed.endif"]
  %"keys.59" = phi  ptr [%"keys.18", %"udp.linear"], [%"keys.58", %"udp.copy_failed.endif"]
  %".979" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".980" = zext i16 %".979" to i64
  %".981" = trunc i64 %".980" to i16
  %".982" = call i16 @"llvm.bswap.i16"(i16 %".981")
  %".983" = getelementptr i8, ptr %"keys.59", i64 12
  store i16 %".982", ptr %".983", align 2
  %".985" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".986" = zext i16 %".985" to i64
  %".987" = trunc i64 %".986" to i16
  %".988" = call i16 @"llvm.bswap.i16"(i16 %".987")
  %".989" = getelementptr i8, ptr %"keys.59", i64 14
  store i16 %".988", ptr %".989", align 2
  %".991" = add i64 %"cursor.14", 4
  %".992" = add i64 4, 4
  %".993" = getelementptr i8, ptr %"data.59", i64 %"cursor.14"
  %".994" = getelementptr i8, ptr %".993", i64 %".992"
  %".995" = icmp ugt ptr %".994", %"data_end.59"
  br i1 %".995", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.61" = phi  ptr [%"data.59", %"udp.header"], [%"data.60", %"udp.copy_last_byte_failed.endif"]
  %"data_end.61" = phi  ptr [%"data_end.59", %"udp.header"], [%"data_end.60", %"udp.copy_last_byte_failed.endif"]
  %"keys.61" = phi  ptr [%"keys.59", %"udp.header"], [%"keys.60", %"udp.copy_last_byte_failed.endif"]
  %".1016" = add i64 %"cursor.14", %".992"
  %".1017" = trunc i64 %"cursor.14" to i16
  %".1018" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1017", ptr %".1018", align 2
  br label %"return"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".277", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1594", %"ipv6_d1.to_udplite"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".4210", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".4316", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".4832", %"widening.test.37"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.82", %"ipv4_d1.to_udplite"], [%"data.85", %"ipv6_d1.to_udplite"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.201", %"widening.test.37"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.82", %"ipv4_d1.to_udplite"], [%"data_end.85", %"ipv6_d1.to_udplite"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.201", %"widening.test.37"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.82", %"ipv4_d1.to_udplite"], [%"keys.85", %"ipv6_d1.to_udplite"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.37"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".1021" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1022" = icmp ugt ptr %".1021", %"data_end.19"
  br i1 %".1022", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1024" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1025" = load i16, ptr %".1024", align 2
  %".1026" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1027" = load i16, ptr %".1026", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1025", %"udplite.linear"], [%".1046", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1027", %"udplite.linear"], [%".1048", %"udplite.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.19", %"udplite.linear"], [%"data.62", %"udplite.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.19", %"udplite.linear"], [%"data_end.62", %"udplite.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.19", %"udplite.linear"], [%"keys.62", %"udplite.copy_failed.endif"]
  %".1050" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1051" = zext i16 %".1050" to i64
  %".1052" = trunc i64 %".1051" to i16
  %".1053" = call i16 @"llvm.bswap.i16"(i16 %".1052")
  %".1054" = getelementptr i8, ptr %"keys.63", i64 12
  store i16 %".1053", ptr %".1054", align 2
  %".1056" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1057" = zext i16 %".1056" to i64
  %".1058" = trunc i64 %".1057" to i16
  %".1059" = call i16 @"llvm.bswap.i16"(i16 %".1058")
  %".1060" = getelementptr i8, ptr %"keys.63", i64 14
  store i16 %".1059", ptr %".1060", align 2
  %".1062" = add i64 %"cursor.15", 4
  %".1063" = add i64 4, 4
  %".1064" = getelementptr i8, ptr %"data.63", i64 %"cursor.15"
  %".1065" = getelementptr i8, ptr %".1064", i64 %".1063"
  %".1066" = icmp ugt ptr %".1065", %"data_end.63"
  br i1 %".1066", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.65" = phi  ptr [%"data.63", %"udplite.header"], [%"data.64", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.63", %"udplite.header"], [%"data_end.64", %"udplite.copy_last_byte_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.63", %"udplite.header"], [%"keys.64", %"udplite.copy_last_byte_failed.endif"]
  %".1087" = add i64 %"cursor.15", %".1063"
  %".1088" = trunc i64 %"cursor.15" to i16
  %".1089" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1088", ptr %".1089", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".277", %"ipv6_d0.to_gre_version"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".4535", %"widening.test.10"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.174", %"widening.test.10"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.174", %"widening.test.10"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.10"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1092" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1093" = icmp ugt ptr %".1092", %"data_end.20"
  br i1 %".1093", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1095" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1096" = load i8, ptr %".1095", align 1
  %".1097" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1098" = load i8, ptr %".1097", align 1
  %".1099" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1100" = load i16, ptr %".1099", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1096", %"gre_version_d0.linear"], [%".1119", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1098", %"gre_version_d0.linear"], [%".1121", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1100", %"gre_version_d0.linear"], [%".1123", %"gre_version_d0.copy_failed.endif"]
  %"data.67" = phi  ptr [%"data.20", %"gre_version_d0.linear"], [%"data.66", %"gre_version_d0.copy_failed.endif"]
  %"data_end.67" = phi  ptr [%"data_end.20", %"gre_version_d0.linear"], [%"data_end.66", %"gre_version_d0.copy_failed.endif"]
  %"keys.67" = phi  ptr [%"keys.20", %"gre_version_d0.linear"], [%"keys.66", %"gre_version_d0.copy_failed.endif"]
  %".1125" = zext i8 %"w0_1.3" to i64
  %".1126" = lshr i64 %".1125", 6
  %".1127" = and i64 %".1126", 1
  %".1128" = icmp ne i64 %".1127", 0
  %".1129" = zext i8 %"w1_1.2" to i64
  %".1130" = and i64 %".1129", 7
  %".1131" = icmp ugt i64 %".1130", 1
  %".1132" = or i1 %".1128", %".1131"
  br i1 %".1132", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1138" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1139" = zext i16 %".1138" to i64
  %".1140" = trunc i64 %".1139" to i16
  %".1141" = call i16 @"llvm.bswap.i16"(i16 %".1140")
  %".1142" = getelementptr i8, ptr %"keys.67", i64 10
  store i16 %".1141", ptr %".1142", align 2
  %".1144" = zext i8 %"w1_1.2" to i64
  %".1145" = and i64 %".1144", 7
  switch i64 %".1145", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.34" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.68" = phi  ptr [%"data.67", %"gre_version_d0.to_gre"]
  %"data_end.68" = phi  ptr [%"data_end.67", %"gre_version_d0.to_gre"]
  %"keys.68" = phi  ptr [%"keys.67", %"gre_version_d0.to_gre"]
  %".2529" = add i64 %"cursor.34", 4
  %".2530" = and i8 %"w0_1.3", 176
  %".2531" = icmp eq i8 %".2530", 0
  %".2532" = xor i1 %".2531", -1
  br i1 %".2532", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.2" = phi  i64 [%".2529", %"gre_d0.no_variable"], [%".2571", %"gre_d0.variable_part"]
  %"data.112" = phi  ptr [%"data.68", %"gre_d0.no_variable"], [%"data.111", %"gre_d0.variable_part"]
  %"data_end.112" = phi  ptr [%"data_end.68", %"gre_d0.no_variable"], [%"data_end.111", %"gre_d0.variable_part"]
  %"keys.112" = phi  ptr [%"keys.68", %"gre_d0.no_variable"], [%"keys.111", %"gre_d0.variable_part"]
  %".2573" = getelementptr i8, ptr %"keys.112", i64 8
  store i8 1, ptr %".2573", align 1
  %".2575" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.49" = load volatile i32, ptr %".2575", align 4
  %".2576" = and i32 %"flags.49", 4
  %".2577" = icmp ne i32 %".2576", 0
  br i1 %".2577", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".277", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1594", %"ipv6_d1.to_sctp"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".4210", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".4316", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".4810", %"widening.test.35"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.82", %"ipv4_d1.to_sctp"], [%"data.85", %"ipv6_d1.to_sctp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.199", %"widening.test.35"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.82", %"ipv4_d1.to_sctp"], [%"data_end.85", %"ipv6_d1.to_sctp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.199", %"widening.test.35"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.82", %"ipv4_d1.to_sctp"], [%"keys.85", %"ipv6_d1.to_sctp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.35"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1153" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1154" = icmp ugt ptr %".1153", %"data_end.21"
  br i1 %".1154", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1156" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1157" = load i16, ptr %".1156", align 2
  %".1158" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1159" = load i16, ptr %".1158", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1157", %"sctp.linear"], [%".1178", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1159", %"sctp.linear"], [%".1180", %"sctp.copy_failed.endif"]
  %"data.71" = phi  ptr [%"data.21", %"sctp.linear"], [%"data.70", %"sctp.copy_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.21", %"sctp.linear"], [%"data_end.70", %"sctp.copy_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.21", %"sctp.linear"], [%"keys.70", %"sctp.copy_failed.endif"]
  %".1182" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1183" = zext i16 %".1182" to i64
  %".1184" = trunc i64 %".1183" to i16
  %".1185" = call i16 @"llvm.bswap.i16"(i16 %".1184")
  %".1186" = getelementptr i8, ptr %"keys.71", i64 12
  store i16 %".1185", ptr %".1186", align 2
  %".1188" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1189" = zext i16 %".1188" to i64
  %".1190" = trunc i64 %".1189" to i16
  %".1191" = call i16 @"llvm.bswap.i16"(i16 %".1190")
  %".1192" = getelementptr i8, ptr %"keys.71", i64 14
  store i16 %".1191", ptr %".1192", align 2
  %".1194" = add i64 %"cursor.17", 4
  %".1195" = trunc i64 %"cursor.17" to i16
  %".1196" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1195", ptr %".1196", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".277", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1594", %"ipv6_d1.to_dccp"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".4210", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".4316", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".4799", %"widening.test.34"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.82", %"ipv4_d1.to_dccp"], [%"data.85", %"ipv6_d1.to_dccp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.198", %"widening.test.34"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.82", %"ipv4_d1.to_dccp"], [%"data_end.85", %"ipv6_d1.to_dccp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.198", %"widening.test.34"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.82", %"ipv4_d1.to_dccp"], [%"keys.85", %"ipv6_d1.to_dccp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.34"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1199" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1200" = icmp ugt ptr %".1199", %"data_end.22"
  br i1 %".1200", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1202" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1203" = load i16, ptr %".1202", align 2
  %".1204" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1205" = load i16, ptr %".1204", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1203", %"dccp.linear"], [%".1224", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1205", %"dccp.linear"], [%".1226", %"dccp.copy_failed.endif"]
  %"data.73" = phi  ptr [%"data.22", %"dccp.linear"], [%"data.72", %"dccp.copy_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.22", %"dccp.linear"], [%"data_end.72", %"dccp.copy_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.22", %"dccp.linear"], [%"keys.72", %"dccp.copy_failed.endif"]
  %".1228" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1229" = zext i16 %".1228" to i64
  %".1230" = trunc i64 %".1229" to i16
  %".1231" = call i16 @"llvm.bswap.i16"(i16 %".1230")
  %".1232" = getelementptr i8, ptr %"keys.73", i64 12
  store i16 %".1231", ptr %".1232", align 2
  %".1234" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1235" = zext i16 %".1234" to i64
  %".1236" = trunc i64 %".1235" to i16
  %".1237" = call i16 @"llvm.bswap.i16"(i16 %".1236")
  %".1238" = getelementptr i8, ptr %"keys.73", i64 14
  store i16 %".1237", ptr %".1238", align 2
  %".1240" = add i64 %"cursor.18", 4
  %".1241" = trunc i64 %"cursor.18" to i16
  %".1242" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1241", ptr %".1242", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".277", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1594", %"ipv6_d1.to_esp"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".4210", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".4316", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".4788", %"widening.test.33"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.82", %"ipv4_d1.to_esp"], [%"data.85", %"ipv6_d1.to_esp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.197", %"widening.test.33"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.82", %"ipv4_d1.to_esp"], [%"data_end.85", %"ipv6_d1.to_esp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.197", %"widening.test.33"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.82", %"ipv4_d1.to_esp"], [%"keys.85", %"ipv6_d1.to_esp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.33"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1245" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1246" = icmp ugt ptr %".1245", %"data_end.23"
  br i1 %".1246", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1248" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1249" = load i32, ptr %".1248", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1249", %"esp.linear"], [%".1268", %"esp.copy_failed.endif"]
  %"data.75" = phi  ptr [%"data.23", %"esp.linear"], [%"data.74", %"esp.copy_failed.endif"]
  %"data_end.75" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.74", %"esp.copy_failed.endif"]
  %"keys.75" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.74", %"esp.copy_failed.endif"]
  %".1270" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1271" = zext i32 %".1270" to i64
  %".1272" = lshr i64 %".1271", 16
  %".1273" = trunc i64 %".1272" to i16
  %".1274" = call i16 @"llvm.bswap.i16"(i16 %".1273")
  %".1275" = getelementptr i8, ptr %"keys.75", i64 12
  store i16 %".1274", ptr %".1275", align 2
  %".1277" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1278" = zext i32 %".1277" to i64
  %".1279" = and i64 %".1278", 65535
  %".1280" = trunc i64 %".1279" to i16
  %".1281" = call i16 @"llvm.bswap.i16"(i16 %".1280")
  %".1282" = getelementptr i8, ptr %"keys.75", i64 14
  store i16 %".1281", ptr %".1282", align 2
  %".1284" = add i64 %"cursor.19", 4
  %".1285" = trunc i64 %"cursor.19" to i16
  %".1286" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1285", ptr %".1286", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".277", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1594", %"ipv6_d1.to_ah"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".4210", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".4316", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".4777", %"widening.test.32"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.82", %"ipv4_d1.to_ah"], [%"data.85", %"ipv6_d1.to_ah"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.196", %"widening.test.32"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.82", %"ipv4_d1.to_ah"], [%"data_end.85", %"ipv6_d1.to_ah"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.196", %"widening.test.32"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.82", %"ipv4_d1.to_ah"], [%"keys.85", %"ipv6_d1.to_ah"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.32"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1289" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1290" = icmp ugt ptr %".1289", %"data_end.24"
  br i1 %".1290", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1292" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1293" = load i32, ptr %".1292", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1293", %"ah.linear"], [%".1312", %"ah.copy_failed.endif"]
  %"data.77" = phi  ptr [%"data.24", %"ah.linear"], [%"data.76", %"ah.copy_failed.endif"]
  %"data_end.77" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.76", %"ah.copy_failed.endif"]
  %"keys.77" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.76", %"ah.copy_failed.endif"]
  %".1314" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1315" = zext i32 %".1314" to i64
  %".1316" = lshr i64 %".1315", 16
  %".1317" = trunc i64 %".1316" to i16
  %".1318" = call i16 @"llvm.bswap.i16"(i16 %".1317")
  %".1319" = getelementptr i8, ptr %"keys.77", i64 12
  store i16 %".1318", ptr %".1319", align 2
  %".1321" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1322" = zext i32 %".1321" to i64
  %".1323" = and i64 %".1322", 65535
  %".1324" = trunc i64 %".1323" to i16
  %".1325" = call i16 @"llvm.bswap.i16"(i16 %".1324")
  %".1326" = getelementptr i8, ptr %"keys.77", i64 14
  store i16 %".1325", ptr %".1326", align 2
  %".1328" = add i64 %"cursor.20", 8
  %".1329" = trunc i64 %"cursor.20" to i16
  %".1330" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1329", ptr %".1330", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".4766", %"widening.test.31"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.82", %"ipv4_d1.to_icmp"], [%"data.195", %"widening.test.31"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.82", %"ipv4_d1.to_icmp"], [%"data_end.195", %"widening.test.31"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.82", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.31"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1333" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1334" = icmp ugt ptr %".1333", %"data_end.25"
  br i1 %".1334", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.79" = phi  ptr [%"data.25", %"icmp.linear"], [%"data.78", %"icmp.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.25", %"icmp.linear"], [%"data_end.78", %"icmp.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.25", %"icmp.linear"], [%"keys.78", %"icmp.copy_failed.endif"]
  %".1354" = add i64 %"cursor.21", 4
  %".1355" = trunc i64 %"cursor.21" to i16
  %".1356" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1355", ptr %".1356", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".186" = trunc i64 %"end" to i16
  %".187" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".186", ptr %".187", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".277", %"ipv6_d0.stop_at_encap.endif"], [%".721", %"batadv_d0.stop_at_encap.endif"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%".2077", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2154", %"pppoe_d1.to_ipv4"], [%".2220", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.2", %"gre_d0.to_ipv4"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3189", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3259", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3329", %"ethernet_d1.to_ipv4"], [%".3378", %"ppp_d0.stop_at_encap.endif"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".4744", %"widening.test.29"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.51", %"batadv_d0.stop_at_encap.endif"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.105", %"pppoe_d1.to_ipv4"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.112", %"gre_d0.to_ipv4"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.138", %"ethernet_d1.to_ipv4"], [%"data.140", %"ppp_d0.stop_at_encap.endif"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.193", %"widening.test.29"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.105", %"pppoe_d1.to_ipv4"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.112", %"gre_d0.to_ipv4"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.138", %"ethernet_d1.to_ipv4"], [%"data_end.140", %"ppp_d0.stop_at_encap.endif"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.193", %"widening.test.29"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.51", %"batadv_d0.stop_at_encap.endif"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.105", %"pppoe_d1.to_ipv4"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.112", %"gre_d0.to_ipv4"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.138", %"ethernet_d1.to_ipv4"], [%"keys.140", %"ppp_d0.stop_at_encap.endif"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.29"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1359" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1360" = icmp ugt ptr %".1359", %"data_end.26"
  br i1 %".1360", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1362" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1363" = load i8, ptr %".1362", align 1
  %".1364" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1365" = load i16, ptr %".1364", align 2
  %".1366" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1367" = load i8, ptr %".1366", align 1
  %".1368" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1369" = load i32, ptr %".1368", align 4
  %".1370" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1371" = load i32, ptr %".1370", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1363", %"ipv4_d1.linear"], [%".1390", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1365", %"ipv4_d1.linear"], [%".1392", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1367", %"ipv4_d1.linear"], [%".1394", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1369", %"ipv4_d1.linear"], [%".1396", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1371", %"ipv4_d1.linear"], [%".1398", %"ipv4_d1.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.26", %"ipv4_d1.linear"], [%"data.80", %"ipv4_d1.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.26", %"ipv4_d1.linear"], [%"data_end.80", %"ipv4_d1.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.26", %"ipv4_d1.linear"], [%"keys.80", %"ipv4_d1.copy_failed.endif"]
  %".1400" = zext i8 %"w0_1.4" to i64
  %".1401" = and i64 %".1400", 15
  %".1402" = icmp uge i64 %".1401", 5
  %".1403" = xor i1 %".1402", -1
  br i1 %".1403", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".201" = trunc i64 %"end" to i16
  %".202" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".201", ptr %".202", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".277", %"ipv6_d0.stop_at_encap.endif.1"], [%".721", %"batadv_d0.stop_at_encap.endif.1"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".2077", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2154", %"pppoe_d1.to_ipv6"], [%".2220", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.2", %"gre_d0.to_ipv6"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3189", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3259", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3329", %"ethernet_d1.to_ipv6"], [%".3378", %"ppp_d0.stop_at_encap.endif.1"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4678", %"widening.test.23"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.105", %"pppoe_d1.to_ipv6"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.112", %"gre_d0.to_ipv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.138", %"ethernet_d1.to_ipv6"], [%"data.140", %"ppp_d0.stop_at_encap.endif.1"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.187", %"widening.test.23"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.105", %"pppoe_d1.to_ipv6"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.112", %"gre_d0.to_ipv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.138", %"ethernet_d1.to_ipv6"], [%"data_end.140", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.187", %"widening.test.23"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.105", %"pppoe_d1.to_ipv6"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.112", %"gre_d0.to_ipv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.138", %"ethernet_d1.to_ipv6"], [%"keys.140", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.23"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1523" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1524" = icmp ugt ptr %".1523", %"data_end.27"
  br i1 %".1524", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1526" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1527" = load i32, ptr %".1526", align 4
  %".1528" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1529" = load i8, ptr %".1528", align 1
  %".1530" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1531" = load i64, ptr %".1530", align 8
  %".1532" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1533" = load i64, ptr %".1532", align 8
  %".1534" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1535" = load i64, ptr %".1534", align 8
  %".1536" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1537" = load i64, ptr %".1536", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1527", %"ipv6_d1.linear"], [%".1556", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1529", %"ipv6_d1.linear"], [%".1558", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1531", %"ipv6_d1.linear"], [%".1560", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1533", %"ipv6_d1.linear"], [%".1562", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1535", %"ipv6_d1.linear"], [%".1564", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1537", %"ipv6_d1.linear"], [%".1566", %"ipv6_d1.copy_failed.endif"]
  %"data.85" = phi  ptr [%"data.27", %"ipv6_d1.linear"], [%"data.84", %"ipv6_d1.copy_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.27", %"ipv6_d1.linear"], [%"data_end.84", %"ipv6_d1.copy_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.27", %"ipv6_d1.linear"], [%"keys.84", %"ipv6_d1.copy_failed.endif"]
  %".1568" = trunc i64 34525 to i16
  %".1569" = getelementptr i8, ptr %"keys.85", i64 4
  store i16 %".1568", ptr %".1569", align 2
  %".1571" = trunc i64 34525 to i16
  %".1572" = call i16 @"llvm.bswap.i16"(i16 %".1571")
  %".1573" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1572", ptr %".1573", align 2
  %".1575" = getelementptr i8, ptr %"keys.85", i64 16
  store i64 %"w8_8.1", ptr %".1575", align 8
  %".1577" = getelementptr i8, ptr %"keys.85", i64 24
  store i64 %"w16_8.1", ptr %".1577", align 8
  %".1579" = getelementptr i8, ptr %"keys.85", i64 32
  store i64 %"w24_8.1", ptr %".1579", align 8
  %".1581" = getelementptr i8, ptr %"keys.85", i64 40
  store i64 %"w32_8.1", ptr %".1581", align 8
  %".1583" = zext i8 %"w6_1.1" to i64
  %".1584" = trunc i64 %".1583" to i8
  %".1585" = getelementptr i8, ptr %"keys.85", i64 9
  store i8 %".1584", ptr %".1585", align 1
  %".1587" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1588" = zext i32 %".1587" to i64
  %".1589" = and i64 %".1588", 1048575
  %".1590" = trunc i64 %".1589" to i32
  %".1591" = call i32 @"llvm.bswap.i32"(i32 %".1590")
  %".1592" = getelementptr i8, ptr %"keys.85", i64 52
  store i32 %".1591", ptr %".1592", align 4
  %".1594" = add i64 %"cursor.23", 40
  %".1595" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1596" = zext i32 %".1595" to i64
  %".1597" = and i64 %".1596", 1048575
  %".1598" = icmp ne i64 %".1597", 0
  %".1599" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.25" = load volatile i32, ptr %".1599", align 4
  %".1600" = and i32 %"flags.25", 2
  %".1601" = icmp ne i32 %".1600", 0
  %".1602" = and i1 %".1598", %".1601"
  br i1 %".1602", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".222" = trunc i64 %"cursor.2" to i32
  %".223" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".222", [40 x i8]* %"header_copy", i32 40)
  %".224" = icmp eq i64 %".223", 0
  %".225" = getelementptr i8, ptr %"ctx.2", i64 76
  %".226" = load i32, ptr %".225", align 4
  %".227" = zext i32 %".226" to i64
  %"data.28" = inttoptr i64 %".227" to ptr
  %".228" = getelementptr i8, ptr %"ctx.2", i64 80
  %".229" = load i32, ptr %".228", align 4
  %".230" = zext i32 %".229" to i64
  %"data_end.28" = inttoptr i64 %".230" to ptr
  %".231" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".231", align 8
  %".232" = xor i1 %".224", -1
  br i1 %".232", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".234" = trunc i64 %"cursor.2" to i16
  %".235" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".234", ptr %".235", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".238" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".239" = load volatile i32, [40 x i8]* %".238", align 4
  %".240" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".241" = load volatile i8, [40 x i8]* %".240", align 1
  %".242" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".243" = load volatile i64, [40 x i8]* %".242", align 8
  %".244" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".245" = load volatile i64, [40 x i8]* %".244", align 8
  %".246" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".247" = load volatile i64, [40 x i8]* %".246", align 8
  %".248" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".249" = load volatile i64, [40 x i8]* %".248", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".287" = trunc i64 %".277" to i16
  %".288" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".287", ptr %".288", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".291" = zext i8 %"w6_1" to i64
  switch i64 %".291", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".293" = trunc i64 %".277" to i16
  %".294" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".293", ptr %".294", align 2
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
  %".310" = trunc i64 34887 to i16
  %".311" = call i16 @"llvm.bswap.i16"(i16 %".310")
  %".312" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".311", ptr %".312", align 2
  br label %"mpls_mpls_labels1"
ipv6_d0.to_ipv4:
  %".315" = trunc i64 2048 to i16
  %".316" = call i16 @"llvm.bswap.i16"(i16 %".315")
  %".317" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".316", ptr %".317", align 2
  %".319" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".319", align 1
  %".321" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".321", align 4
  %".322" = and i32 %"flags.4", 4
  %".323" = icmp ne i32 %".322", 0
  br i1 %".323", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".330" = trunc i64 34525 to i16
  %".331" = call i16 @"llvm.bswap.i16"(i16 %".330")
  %".332" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".331", ptr %".332", align 2
  %".334" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".334", align 1
  %".336" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.5" = load volatile i32, ptr %".336", align 4
  %".337" = and i32 %"flags.5", 4
  %".338" = icmp ne i32 %".337", 0
  br i1 %".338", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".277", %"ipv6_d0.to_ipv6_opts"], [%".277", %"ipv6_d0.to_ipv6_opts.1"], [%".277", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1668" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1669" = icmp ugt ptr %".1668", %"data_end.30"
  br i1 %".1669", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1671" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1672" = load i8, ptr %".1671", align 1
  %".1673" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1674" = load i8, ptr %".1673", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1672", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1693", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1674", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1695", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.89" = phi  ptr [%"data.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1697" = zext i8 %"w0_1.5" to i64
  %".1698" = trunc i64 %".1697" to i8
  %".1699" = getelementptr i8, ptr %"keys.89", i64 9
  store i8 %".1698", ptr %".1699", align 1
  %".1701" = add i64 %"cursor.24", 2
  %".1702" = zext i8 %"w1_1.3" to i64
  %".1703" = mul i64 %".1702", 8
  %".1704" = add i64 %".1703", 6
  %".1705" = add i64 %".1704", 2
  %".1706" = add i64 %"cursor.24", %".1705"
  %".1707" = zext i8 %"w0_1.5" to i64
  switch i64 %".1707", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".277", %"ipv6_d0.to_ipv6_frag"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1761" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1762" = icmp ugt ptr %".1761", %"data_end.31"
  br i1 %".1762", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1764" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1765" = load i8, ptr %".1764", align 1
  %".1766" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1767" = load i16, ptr %".1766", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1765", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1767", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1788", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1790" = zext i8 %"w0_1.6" to i64
  %".1791" = trunc i64 %".1790" to i8
  %".1792" = getelementptr i8, ptr %"keys.93", i64 9
  store i8 %".1791", ptr %".1792", align 1
  %".1794" = add i64 %"cursor.25", 8
  %".1795" = icmp ne i64 1, 0
  %".1796" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1797" = zext i16 %".1796" to i64
  %".1798" = and i64 %".1797", 65528
  %".1799" = icmp eq i64 %".1798", 0
  br i1 %".1795", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1821" = zext i8 %"w0_1.6" to i64
  switch i64 %".1821", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
icmpv6:
  %"cursor.26" = phi  i64 [%".277", %"ipv6_d0.to_icmpv6"], [%".1594", %"ipv6_d1.to_icmpv6"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".3884", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".3984", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".4210", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".4316", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".4733", %"widening.test.28"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.85", %"ipv6_d1.to_icmpv6"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.192", %"widening.test.28"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.85", %"ipv6_d1.to_icmpv6"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.192", %"widening.test.28"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.85", %"ipv6_d1.to_icmpv6"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.28"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1875" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1876" = icmp ugt ptr %".1875", %"data_end.32"
  br i1 %".1876", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.95" = phi  ptr [%"data.32", %"icmpv6.linear"], [%"data.94", %"icmpv6.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.32", %"icmpv6.linear"], [%"data_end.94", %"icmpv6.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.32", %"icmpv6.linear"], [%"keys.94", %"icmpv6.copy_failed.endif"]
  %".1896" = add i64 %"cursor.26", 4
  %".1897" = trunc i64 %"cursor.26" to i16
  %".1898" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1897", ptr %".1898", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".325" = trunc i64 %".277" to i16
  %".326" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".325", ptr %".326", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".340" = trunc i64 %".277" to i16
  %".341" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".340", ptr %".341", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".351" = trunc i64 %"cursor.3" to i32
  %".352" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".351", [40 x i8]* %"header_copy", i32 4)
  %".353" = icmp eq i64 %".352", 0
  %".354" = getelementptr i8, ptr %"ctx.3", i64 76
  %".355" = load i32, ptr %".354", align 4
  %".356" = zext i32 %".355" to i64
  %"data.33" = inttoptr i64 %".356" to ptr
  %".357" = getelementptr i8, ptr %"ctx.3", i64 80
  %".358" = load i32, ptr %".357", align 4
  %".359" = zext i32 %".358" to i64
  %"data_end.33" = inttoptr i64 %".359" to ptr
  %".360" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".360", align 8
  %".361" = xor i1 %".353", -1
  br i1 %".361", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".363" = trunc i64 %"cursor.3" to i16
  %".364" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".363", ptr %".364", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".367" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".368" = load volatile i16, [40 x i8]* %".367", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".383" = trunc i64 %".376" to i16
  %".384" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".383", ptr %".384", align 2
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
  %"cursor.27" = phi  i64 [%".376", %"vlan_d0_vlan_tags1.to_vlan"], [%".376", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".644", %"hsr_d0_vlan_tags1.to_vlan"], [%".644", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".4436", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.165", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.165", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".1901" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1902" = icmp ugt ptr %".1901", %"data_end.35"
  br i1 %".1902", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1904" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1905" = load i16, ptr %".1904", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1905", %"vlan_d0_vlan_tags2.linear"], [%".1924", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1926" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1927" = zext i16 %".1926" to i64
  %".1928" = trunc i64 %".1927" to i16
  %".1929" = call i16 @"llvm.bswap.i16"(i16 %".1928")
  %".1930" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1929", ptr %".1930", align 2
  %".1932" = add i64 %"cursor.27", 4
  %".1933" = trunc i64 %".1932" to i16
  %".1934" = getelementptr i8, ptr %"keys.97", i64 0
  store i16 %".1933", ptr %".1934", align 2
  %".1936" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1937" = zext i16 %".1936" to i64
  switch i64 %".1937", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".376", %"vlan_d0_vlan_tags1.to_hsr"], [%".376", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".644", %"hsr_d0_vlan_tags1.to_hsr"], [%".644", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".4425", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.164", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.164", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".1971" = getelementptr i8, ptr %"hdr.25", i64 6
  %".1972" = icmp ugt ptr %".1971", %"data_end.36"
  br i1 %".1972", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".1974" = getelementptr i8, ptr %"hdr.25", i64 4
  %".1975" = load i16, ptr %".1974", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".1975", %"hsr_d0_vlan_tags2.linear"], [%".1994", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".1996" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1997" = zext i16 %".1996" to i64
  %".1998" = trunc i64 %".1997" to i16
  %".1999" = call i16 @"llvm.bswap.i16"(i16 %".1998")
  %".2000" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1999", ptr %".2000", align 2
  %".2002" = add i64 %"cursor.28", 6
  %".2003" = trunc i64 %".2002" to i16
  %".2004" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".2003", ptr %".2004", align 2
  %".2006" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2007" = zext i16 %".2006" to i64
  switch i64 %".2007", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".410" = trunc i64 %"cursor.4" to i32
  %".411" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".410", [40 x i8]* %"header_copy", i32 4)
  %".412" = icmp eq i64 %".411", 0
  %".413" = getelementptr i8, ptr %"ctx.4", i64 76
  %".414" = load i32, ptr %".413", align 4
  %".415" = zext i32 %".414" to i64
  %"data.37" = inttoptr i64 %".415" to ptr
  %".416" = getelementptr i8, ptr %"ctx.4", i64 80
  %".417" = load i32, ptr %".416", align 4
  %".418" = zext i32 %".417" to i64
  %"data_end.37" = inttoptr i64 %".418" to ptr
  %".419" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".419", align 8
  %".420" = xor i1 %".412", -1
  br i1 %".420", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".422" = trunc i64 %".403" to i16
  %".423" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".422", ptr %".423", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".426" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".427" = load volatile i8, [40 x i8]* %".426", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".433" = trunc i64 %".429" to i16
  %".434" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".433", ptr %".434", align 2
  br label %"return"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".451" = trunc i64 %"cursor.5" to i32
  %".452" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".451", [40 x i8]* %"header_copy", i32 8)
  %".453" = icmp eq i64 %".452", 0
  %".454" = getelementptr i8, ptr %"ctx.5", i64 76
  %".455" = load i32, ptr %".454", align 4
  %".456" = zext i32 %".455" to i64
  %"data.39" = inttoptr i64 %".456" to ptr
  %".457" = getelementptr i8, ptr %"ctx.5", i64 80
  %".458" = load i32, ptr %".457", align 4
  %".459" = zext i32 %".458" to i64
  %"data_end.39" = inttoptr i64 %".459" to ptr
  %".460" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.39" = load ptr, ptr %".460", align 8
  %".461" = xor i1 %".453", -1
  br i1 %".461", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".463" = trunc i64 %"cursor.5" to i16
  %".464" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".463", ptr %".464", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".467" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".468" = load volatile i8, [40 x i8]* %".467", align 1
  %".469" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".470" = load volatile i8, [40 x i8]* %".469", align 1
  %".471" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".472" = load volatile i16, [40 x i8]* %".471", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".487" = trunc i64 %"cursor.5" to i16
  %".488" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".487", ptr %".488", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".491" = add i64 %"cursor.5", 8
  %".492" = trunc i64 %".491" to i16
  %".493" = getelementptr i8, ptr %"keys.40", i64 0
  store i16 %".492", ptr %".493", align 2
  %".495" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".496" = zext i16 %".495" to i64
  switch i64 %".496", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.to_ipv4:
  %".505" = trunc i64 2048 to i16
  %".506" = call i16 @"llvm.bswap.i16"(i16 %".505")
  %".507" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".506", ptr %".507", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".498" = and i64 %".496", 257
  %".499" = icmp eq i64 %".498", 1
  br i1 %".499", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv6:
  %".510" = trunc i64 34525 to i16
  %".511" = call i16 @"llvm.bswap.i16"(i16 %".510")
  %".512" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".511", ptr %".512", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".515" = trunc i64 34887 to i16
  %".516" = call i16 @"llvm.bswap.i16"(i16 %".515")
  %".517" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".516", ptr %".517", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".520" = trunc i64 34888 to i16
  %".521" = call i16 @"llvm.bswap.i16"(i16 %".520")
  %".522" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".521", ptr %".522", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".501" = trunc i64 %".491" to i16
  %".502" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".501", ptr %".502", align 2
  br label %"return"
ppp_other:
  %"cursor.29" = phi  i64 [%".491", %"pppoe_d0.to_ppp_other"], [%".2154", %"pppoe_d1.to_ppp_other"]
  %"data.41" = phi  ptr [%"data.40", %"pppoe_d0.to_ppp_other"], [%"data.105", %"pppoe_d1.to_ppp_other"]
  %"data_end.41" = phi  ptr [%"data_end.40", %"pppoe_d0.to_ppp_other"], [%"data_end.105", %"pppoe_d1.to_ppp_other"]
  %"keys.41" = phi  ptr [%"keys.40", %"pppoe_d0.to_ppp_other"], [%"keys.105", %"pppoe_d1.to_ppp_other"]
  %".2041" = add i64 %"cursor.29", 0
  %".2042" = trunc i64 %".2041" to i16
  %".2043" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".2042", ptr %".2043", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".535" = trunc i64 %"cursor.7" to i32
  %".536" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".535", [40 x i8]* %"header_copy", i32 34)
  %".537" = icmp eq i64 %".536", 0
  %".538" = getelementptr i8, ptr %"ctx.6", i64 76
  %".539" = load i32, ptr %".538", align 4
  %".540" = zext i32 %".539" to i64
  %"data.42" = inttoptr i64 %".540" to ptr
  %".541" = getelementptr i8, ptr %"ctx.6", i64 80
  %".542" = load i32, ptr %".541", align 4
  %".543" = zext i32 %".542" to i64
  %"data_end.42" = inttoptr i64 %".543" to ptr
  %".544" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.42" = load ptr, ptr %".544", align 8
  %".545" = xor i1 %".537", -1
  br i1 %".545", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".547" = trunc i64 %"cursor.7" to i16
  %".548" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".547", ptr %".548", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".566" = trunc i64 %"cursor.9" to i32
  %".567" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".566", [40 x i8]* %"header_copy", i32 16)
  %".568" = icmp eq i64 %".567", 0
  %".569" = getelementptr i8, ptr %"ctx.7", i64 76
  %".570" = load i32, ptr %".569", align 4
  %".571" = zext i32 %".570" to i64
  %"data.44" = inttoptr i64 %".571" to ptr
  %".572" = getelementptr i8, ptr %"ctx.7", i64 80
  %".573" = load i32, ptr %".572", align 4
  %".574" = zext i32 %".573" to i64
  %"data_end.44" = inttoptr i64 %".574" to ptr
  %".575" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.44" = load ptr, ptr %".575", align 8
  %".576" = xor i1 %".568", -1
  br i1 %".576", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".578" = trunc i64 %"cursor.9" to i16
  %".579" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".578", ptr %".579", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".591" = trunc i64 %"cursor.10" to i32
  %".592" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".591", [40 x i8]* %"header_copy", i32 38)
  %".593" = icmp eq i64 %".592", 0
  %".594" = getelementptr i8, ptr %"ctx.8", i64 76
  %".595" = load i32, ptr %".594", align 4
  %".596" = zext i32 %".595" to i64
  %"data.46" = inttoptr i64 %".596" to ptr
  %".597" = getelementptr i8, ptr %"ctx.8", i64 80
  %".598" = load i32, ptr %".597", align 4
  %".599" = zext i32 %".598" to i64
  %"data_end.46" = inttoptr i64 %".599" to ptr
  %".600" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.46" = load ptr, ptr %".600", align 8
  %".601" = xor i1 %".593", -1
  br i1 %".601", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".603" = trunc i64 %"cursor.10" to i16
  %".604" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".603", ptr %".604", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".619" = trunc i64 %"cursor.11" to i32
  %".620" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".619", [40 x i8]* %"header_copy", i32 6)
  %".621" = icmp eq i64 %".620", 0
  %".622" = getelementptr i8, ptr %"ctx.9", i64 76
  %".623" = load i32, ptr %".622", align 4
  %".624" = zext i32 %".623" to i64
  %"data.48" = inttoptr i64 %".624" to ptr
  %".625" = getelementptr i8, ptr %"ctx.9", i64 80
  %".626" = load i32, ptr %".625", align 4
  %".627" = zext i32 %".626" to i64
  %"data_end.48" = inttoptr i64 %".627" to ptr
  %".628" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.48" = load ptr, ptr %".628", align 8
  %".629" = xor i1 %".621", -1
  br i1 %".629", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".631" = trunc i64 %"cursor.11" to i16
  %".632" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".631", ptr %".632", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".635" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".636" = load volatile i16, [40 x i8]* %".635", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".651" = trunc i64 %".644" to i16
  %".652" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".651", ptr %".652", align 2
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
  %".681" = trunc i64 %"cursor.12" to i32
  %".682" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".681", [40 x i8]* %"header_copy", i32 24)
  %".683" = icmp eq i64 %".682", 0
  %".684" = getelementptr i8, ptr %"ctx.10", i64 76
  %".685" = load i32, ptr %".684", align 4
  %".686" = zext i32 %".685" to i64
  %"data.50" = inttoptr i64 %".686" to ptr
  %".687" = getelementptr i8, ptr %"ctx.10", i64 80
  %".688" = load i32, ptr %".687", align 4
  %".689" = zext i32 %".688" to i64
  %"data_end.50" = inttoptr i64 %".689" to ptr
  %".690" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.50" = load ptr, ptr %".690", align 8
  %".691" = xor i1 %".683", -1
  br i1 %".691", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".693" = trunc i64 %"cursor.12" to i16
  %".694" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".693", ptr %".694", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".697" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".698" = load volatile i8, [40 x i8]* %".697", align 1
  %".699" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".700" = load volatile i8, [40 x i8]* %".699", align 1
  %".701" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".702" = load volatile i16, [40 x i8]* %".701", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".711" = trunc i64 %"cursor.12" to i16
  %".712" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".711", ptr %".712", align 2
  br label %"return"
batadv_d0.require.endif:
  %".715" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".716" = zext i16 %".715" to i64
  %".717" = trunc i64 %".716" to i16
  %".718" = call i16 @"llvm.bswap.i16"(i16 %".717")
  %".719" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".718", ptr %".719", align 2
  %".721" = add i64 %"cursor.12", 24
  %".722" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".723" = zext i16 %".722" to i64
  switch i64 %".723", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 33024, label %"batadv_d0.to_vlan" i64 34984, label %"batadv_d0.to_vlan.1" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe" i64 35119, label %"batadv_d0.to_hsr" i64 35067, label %"batadv_d0.to_hsr.1" i64 17157, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.to_ipv4:
  %".729" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".729", align 1
  %".731" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.6" = load volatile i32, ptr %".731", align 4
  %".732" = and i32 %"flags.6", 4
  %".733" = icmp ne i32 %".732", 0
  br i1 %".733", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.unknown:
  %".725" = trunc i64 %".721" to i16
  %".726" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".725", ptr %".726", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".740" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".740", align 1
  %".742" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.7" = load volatile i32, ptr %".742", align 4
  %".743" = and i32 %"flags.7", 4
  %".744" = icmp ne i32 %".743", 0
  br i1 %".744", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".751" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".751", align 1
  %".753" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.8" = load volatile i32, ptr %".753", align 4
  %".754" = and i32 %"flags.8", 4
  %".755" = icmp ne i32 %".754", 0
  br i1 %".755", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".762" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".762", align 1
  %".764" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.9" = load volatile i32, ptr %".764", align 4
  %".765" = and i32 %"flags.9", 4
  %".766" = icmp ne i32 %".765", 0
  br i1 %".766", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".773" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".773", align 1
  %".775" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.10" = load volatile i32, ptr %".775", align 4
  %".776" = and i32 %"flags.10", 4
  %".777" = icmp ne i32 %".776", 0
  br i1 %".777", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".784" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".784", align 1
  %".786" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.11" = load volatile i32, ptr %".786", align 4
  %".787" = and i32 %"flags.11", 4
  %".788" = icmp ne i32 %".787", 0
  br i1 %".788", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".795" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".795", align 1
  %".797" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.12" = load volatile i32, ptr %".797", align 4
  %".798" = and i32 %"flags.12", 4
  %".799" = icmp ne i32 %".798", 0
  br i1 %".799", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".806" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".806", align 1
  %".808" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.13" = load volatile i32, ptr %".808", align 4
  %".809" = and i32 %"flags.13", 4
  %".810" = icmp ne i32 %".809", 0
  br i1 %".810", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".817" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".817", align 1
  %".819" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.14" = load volatile i32, ptr %".819", align 4
  %".820" = and i32 %"flags.14", 4
  %".821" = icmp ne i32 %".820", 0
  br i1 %".821", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".828" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".828", align 1
  %".830" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.15" = load volatile i32, ptr %".830", align 4
  %".831" = and i32 %"flags.15", 4
  %".832" = icmp ne i32 %".831", 0
  br i1 %".832", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".839" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".839", align 1
  %".841" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.16" = load volatile i32, ptr %".841", align 4
  %".842" = and i32 %"flags.16", 4
  %".843" = icmp ne i32 %".842", 0
  br i1 %".843", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".850" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".850", align 1
  %".852" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.17" = load volatile i32, ptr %".852", align 4
  %".853" = and i32 %"flags.17", 4
  %".854" = icmp ne i32 %".853", 0
  br i1 %".854", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".861" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".861", align 1
  %".863" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.18" = load volatile i32, ptr %".863", align 4
  %".864" = and i32 %"flags.18", 4
  %".865" = icmp ne i32 %".864", 0
  br i1 %".865", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".872" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".872", align 1
  %".874" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.19" = load volatile i32, ptr %".874", align 4
  %".875" = and i32 %"flags.19", 4
  %".876" = icmp ne i32 %".875", 0
  br i1 %".876", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".883" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".883", align 1
  %".885" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.20" = load volatile i32, ptr %".885", align 4
  %".886" = and i32 %"flags.20", 4
  %".887" = icmp ne i32 %".886", 0
  br i1 %".887", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".894" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".894", align 1
  %".896" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.21" = load volatile i32, ptr %".896", align 4
  %".897" = and i32 %"flags.21", 4
  %".898" = icmp ne i32 %".897", 0
  br i1 %".898", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".735" = trunc i64 %".721" to i16
  %".736" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".735", ptr %".736", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".746" = trunc i64 %".721" to i16
  %".747" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".746", ptr %".747", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".757" = trunc i64 %".721" to i16
  %".758" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".757", ptr %".758", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.30" = phi  i64 [%".721", %"batadv_d0.stop_at_encap.endif.2"], [%".721", %"batadv_d0.stop_at_encap.endif.3"], [%"end.2", %"gre_d0.to_vlan"], [%"end.2", %"gre_d0.to_vlan.1"], [%".3329", %"ethernet_d1.to_vlan"], [%".3329", %"ethernet_d1.to_vlan.1"], [%".4568", %"widening.test.13"]
  %"data.52" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data.112", %"gre_d0.to_vlan"], [%"data.112", %"gre_d0.to_vlan.1"], [%"data.138", %"ethernet_d1.to_vlan"], [%"data.138", %"ethernet_d1.to_vlan.1"], [%"data.177", %"widening.test.13"]
  %"data_end.52" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.112", %"gre_d0.to_vlan"], [%"data_end.112", %"gre_d0.to_vlan.1"], [%"data_end.138", %"ethernet_d1.to_vlan"], [%"data_end.138", %"ethernet_d1.to_vlan.1"], [%"data_end.177", %"widening.test.13"]
  %"keys.52" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.112", %"gre_d0.to_vlan"], [%"keys.112", %"gre_d0.to_vlan.1"], [%"keys.138", %"ethernet_d1.to_vlan"], [%"keys.138", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.13"]
  %"hdr.26" = getelementptr i8, ptr %"data.52", i64 %"cursor.30"
  %".2046" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2047" = icmp ugt ptr %".2046", %"data_end.52"
  br i1 %".2047", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2049" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2050" = load i16, ptr %".2049", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".2050", %"vlan_d1_vlan_tags1.linear"], [%".2069", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.52", %"vlan_d1_vlan_tags1.linear"], [%"data.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.52", %"vlan_d1_vlan_tags1.linear"], [%"data_end.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.52", %"vlan_d1_vlan_tags1.linear"], [%"keys.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2071" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2072" = zext i16 %".2071" to i64
  %".2073" = trunc i64 %".2072" to i16
  %".2074" = call i16 @"llvm.bswap.i16"(i16 %".2073")
  %".2075" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".2074", ptr %".2075", align 2
  %".2077" = add i64 %"cursor.30", 4
  %".2078" = trunc i64 %".2077" to i16
  %".2079" = getelementptr i8, ptr %"keys.101", i64 0
  store i16 %".2078", ptr %".2079", align 2
  %".2081" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2082" = zext i16 %".2081" to i64
  switch i64 %".2082", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".768" = trunc i64 %".721" to i16
  %".769" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".768", ptr %".769", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".779" = trunc i64 %".721" to i16
  %".780" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".779", ptr %".780", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.5:
  %".790" = trunc i64 %".721" to i16
  %".791" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".790", ptr %".791", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".801" = trunc i64 %".721" to i16
  %".802" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".801", ptr %".802", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.31" = phi  i64 [%".721", %"batadv_d0.stop_at_encap.endif.6"], [%".2077", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2220", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.2", %"gre_d0.to_pppoe"], [%".3189", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3259", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3329", %"ethernet_d1.to_pppoe"], [%".4667", %"widening.test.22"]
  %"data.53" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.112", %"gre_d0.to_pppoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.138", %"ethernet_d1.to_pppoe"], [%"data.186", %"widening.test.22"]
  %"data_end.53" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.112", %"gre_d0.to_pppoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.138", %"ethernet_d1.to_pppoe"], [%"data_end.186", %"widening.test.22"]
  %"keys.53" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.112", %"gre_d0.to_pppoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.138", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.22"]
  %"hdr.27" = getelementptr i8, ptr %"data.53", i64 %"cursor.31"
  %".2104" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2105" = icmp ugt ptr %".2104", %"data_end.53"
  br i1 %".2105", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2107" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2108" = load i8, ptr %".2107", align 1
  %".2109" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2110" = load i8, ptr %".2109", align 1
  %".2111" = getelementptr i8, ptr %"hdr.27", i64 6
  %".2112" = load i16, ptr %".2111", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".2108", %"pppoe_d1.linear"], [%".2131", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2110", %"pppoe_d1.linear"], [%".2133", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2112", %"pppoe_d1.linear"], [%".2135", %"pppoe_d1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.53", %"pppoe_d1.linear"], [%"data.104", %"pppoe_d1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.53", %"pppoe_d1.linear"], [%"data_end.104", %"pppoe_d1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.53", %"pppoe_d1.linear"], [%"keys.104", %"pppoe_d1.copy_failed.endif"]
  %".2137" = zext i8 %"w0_1.7" to i64
  %".2138" = lshr i64 %".2137", 4
  %".2139" = and i64 %".2138", 15
  %".2140" = icmp eq i64 %".2139", 1
  %".2141" = zext i8 %"w0_1.7" to i64
  %".2142" = and i64 %".2141", 15
  %".2143" = icmp eq i64 %".2142", 1
  %".2144" = and i1 %".2140", %".2143"
  %".2145" = zext i8 %"w1_1.4" to i64
  %".2146" = icmp eq i64 %".2145", 0
  %".2147" = and i1 %".2144", %".2146"
  %".2148" = xor i1 %".2147", -1
  br i1 %".2148", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".812" = trunc i64 %".721" to i16
  %".813" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".812", ptr %".813", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".823" = trunc i64 %".721" to i16
  %".824" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".823", ptr %".824", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".834" = trunc i64 %".721" to i16
  %".835" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".834", ptr %".835", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".845" = trunc i64 %".721" to i16
  %".846" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".845", ptr %".846", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".856" = trunc i64 %".721" to i16
  %".857" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".856", ptr %".857", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".867" = trunc i64 %".721" to i16
  %".868" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".867", ptr %".868", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".878" = trunc i64 %".721" to i16
  %".879" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".878", ptr %".879", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".721", %"batadv_d0.stop_at_encap.endif.13"], [%".721", %"batadv_d0.stop_at_encap.endif.14"], [%"end.2", %"gre_d0.to_hsr"], [%"end.2", %"gre_d0.to_hsr.1"], [%".3329", %"ethernet_d1.to_hsr"], [%".3329", %"ethernet_d1.to_hsr.1"], [%".4557", %"widening.test.12"]
  %"data.54" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data.112", %"gre_d0.to_hsr"], [%"data.112", %"gre_d0.to_hsr.1"], [%"data.138", %"ethernet_d1.to_hsr"], [%"data.138", %"ethernet_d1.to_hsr.1"], [%"data.176", %"widening.test.12"]
  %"data_end.54" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.112", %"gre_d0.to_hsr"], [%"data_end.112", %"gre_d0.to_hsr.1"], [%"data_end.138", %"ethernet_d1.to_hsr"], [%"data_end.138", %"ethernet_d1.to_hsr.1"], [%"data_end.176", %"widening.test.12"]
  %"keys.54" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.112", %"gre_d0.to_hsr"], [%"keys.112", %"gre_d0.to_hsr.1"], [%"keys.138", %"ethernet_d1.to_hsr"], [%"keys.138", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.12"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2189" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2190" = icmp ugt ptr %".2189", %"data_end.54"
  br i1 %".2190", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2192" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2193" = load i16, ptr %".2192", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2193", %"hsr_d1_vlan_tags1.linear"], [%".2212", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.54", %"hsr_d1_vlan_tags1.linear"], [%"data.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.54", %"hsr_d1_vlan_tags1.linear"], [%"data_end.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.54", %"hsr_d1_vlan_tags1.linear"], [%"keys.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2214" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2215" = zext i16 %".2214" to i64
  %".2216" = trunc i64 %".2215" to i16
  %".2217" = call i16 @"llvm.bswap.i16"(i16 %".2216")
  %".2218" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %".2217", ptr %".2218", align 2
  %".2220" = add i64 %"cursor.32", 6
  %".2221" = trunc i64 %".2220" to i16
  %".2222" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2221", ptr %".2222", align 2
  %".2224" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2225" = zext i16 %".2224" to i64
  switch i64 %".2225", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".889" = trunc i64 %".721" to i16
  %".890" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".889", ptr %".890", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".900" = trunc i64 %".721" to i16
  %".901" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".900", ptr %".901", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  br label %"batadv_d1"
batadv_d1:
  %"cursor.33" = phi  i64 [%".721", %"batadv_d0.stop_at_encap.endif.15"], [%".2077", %"vlan_d1_vlan_tags1.to_batadv"], [%".2220", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.2", %"gre_d0.to_batadv"], [%".3189", %"vlan_d1_vlan_tags2.to_batadv"], [%".3259", %"hsr_d1_vlan_tags2.to_batadv"], [%".3329", %"ethernet_d1.to_batadv"], [%".4601", %"widening.test.16"]
  %"data.55" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.112", %"gre_d0.to_batadv"], [%"data.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.138", %"ethernet_d1.to_batadv"], [%"data.180", %"widening.test.16"]
  %"data_end.55" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.112", %"gre_d0.to_batadv"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.138", %"ethernet_d1.to_batadv"], [%"data_end.180", %"widening.test.16"]
  %"keys.55" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.112", %"gre_d0.to_batadv"], [%"keys.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.138", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.16"]
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2247" = getelementptr i8, ptr %"hdr.29", i64 24
  %".2248" = icmp ugt ptr %".2247", %"data_end.55"
  br i1 %".2248", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2250" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2251" = load i8, ptr %".2250", align 1
  %".2252" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2253" = load i8, ptr %".2252", align 1
  %".2254" = getelementptr i8, ptr %"hdr.29", i64 22
  %".2255" = load i16, ptr %".2254", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.8" = phi  i8 [%".2251", %"batadv_d1.linear"], [%".2274", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2253", %"batadv_d1.linear"], [%".2276", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2255", %"batadv_d1.linear"], [%".2278", %"batadv_d1.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.55", %"batadv_d1.linear"], [%"data.108", %"batadv_d1.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.55", %"batadv_d1.linear"], [%"data_end.108", %"batadv_d1.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.55", %"batadv_d1.linear"], [%"keys.108", %"batadv_d1.copy_failed.endif"]
  %".2280" = zext i8 %"w1_1.5" to i64
  %".2281" = icmp eq i64 %".2280", 15
  %".2282" = zext i8 %"w0_1.8" to i64
  %".2283" = icmp eq i64 %".2282", 64
  %".2284" = and i1 %".2281", %".2283"
  %".2285" = xor i1 %".2284", -1
  br i1 %".2285", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".913" = trunc i64 %"cursor.13" to i32
  %".914" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".913", [40 x i8]* %"header_copy", i32 4)
  %".915" = icmp eq i64 %".914", 0
  %".916" = getelementptr i8, ptr %"ctx.11", i64 76
  %".917" = load i32, ptr %".916", align 4
  %".918" = zext i32 %".917" to i64
  %"data.56" = inttoptr i64 %".918" to ptr
  %".919" = getelementptr i8, ptr %"ctx.11", i64 80
  %".920" = load i32, ptr %".919", align 4
  %".921" = zext i32 %".920" to i64
  %"data_end.56" = inttoptr i64 %".921" to ptr
  %".922" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.56" = load ptr, ptr %".922", align 8
  %".923" = xor i1 %".915", -1
  br i1 %".923", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".925" = trunc i64 %"cursor.13" to i16
  %".926" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".925", ptr %".926", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".929" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".930" = load volatile i16, [40 x i8]* %".929", align 2
  %".931" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".932" = load volatile i16, [40 x i8]* %".931", align 2
  br label %"tcp.header"
udp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".958" = trunc i64 %"cursor.14" to i32
  %".959" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".958", [40 x i8]* %"header_copy", i32 4)
  %".960" = icmp eq i64 %".959", 0
  %".961" = getelementptr i8, ptr %"ctx.12", i64 76
  %".962" = load i32, ptr %".961", align 4
  %".963" = zext i32 %".962" to i64
  %"data.58" = inttoptr i64 %".963" to ptr
  %".964" = getelementptr i8, ptr %"ctx.12", i64 80
  %".965" = load i32, ptr %".964", align 4
  %".966" = zext i32 %".965" to i64
  %"data_end.58" = inttoptr i64 %".966" to ptr
  %".967" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.58" = load ptr, ptr %".967", align 8
  %".968" = xor i1 %".960", -1
  br i1 %".968", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".970" = trunc i64 %"cursor.14" to i16
  %".971" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".970", ptr %".971", align 2
  br label %"return"
udp.copy_failed.endif:
  %".974" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".975" = load volatile i16, [40 x i8]* %".974", align 2
  %".976" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".977" = load volatile i16, [40 x i8]* %".976", align 2
  br label %"udp.header"
udp.copy_last_byte:
  %".997" = add i64 %"cursor.14", %".992"
  %".998" = sub i64 %".997", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".999" = trunc i64 %".998" to i32
  %".1000" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".999", i64* %"last_byte", i32 1)
  %".1001" = icmp eq i64 %".1000", 0
  %".1002" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1003" = load i32, ptr %".1002", align 4
  %".1004" = zext i32 %".1003" to i64
  %"data.60" = inttoptr i64 %".1004" to ptr
  %".1005" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1006" = load i32, ptr %".1005", align 4
  %".1007" = zext i32 %".1006" to i64
  %"data_end.60" = inttoptr i64 %".1007" to ptr
  %".1008" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.60" = load ptr, ptr %".1008", align 8
  %".1009" = xor i1 %".1001", -1
  br i1 %".1009", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".1011" = trunc i64 %"cursor.14" to i16
  %".1012" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1011", ptr %".1012", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1029" = trunc i64 %"cursor.15" to i32
  %".1030" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1029", [40 x i8]* %"header_copy", i32 4)
  %".1031" = icmp eq i64 %".1030", 0
  %".1032" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1033" = load i32, ptr %".1032", align 4
  %".1034" = zext i32 %".1033" to i64
  %"data.62" = inttoptr i64 %".1034" to ptr
  %".1035" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1036" = load i32, ptr %".1035", align 4
  %".1037" = zext i32 %".1036" to i64
  %"data_end.62" = inttoptr i64 %".1037" to ptr
  %".1038" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.62" = load ptr, ptr %".1038", align 8
  %".1039" = xor i1 %".1031", -1
  br i1 %".1039", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1041" = trunc i64 %"cursor.15" to i16
  %".1042" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1041", ptr %".1042", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1045" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1046" = load volatile i16, [40 x i8]* %".1045", align 2
  %".1047" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1048" = load volatile i16, [40 x i8]* %".1047", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1068" = add i64 %"cursor.15", %".1063"
  %".1069" = sub i64 %".1068", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1070" = trunc i64 %".1069" to i32
  %".1071" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1070", i64* %"last_byte", i32 1)
  %".1072" = icmp eq i64 %".1071", 0
  %".1073" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1074" = load i32, ptr %".1073", align 4
  %".1075" = zext i32 %".1074" to i64
  %"data.64" = inttoptr i64 %".1075" to ptr
  %".1076" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1077" = load i32, ptr %".1076", align 4
  %".1078" = zext i32 %".1077" to i64
  %"data_end.64" = inttoptr i64 %".1078" to ptr
  %".1079" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.64" = load ptr, ptr %".1079", align 8
  %".1080" = xor i1 %".1072", -1
  br i1 %".1080", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1082" = trunc i64 %"cursor.15" to i16
  %".1083" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1082", ptr %".1083", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1102" = trunc i64 %"cursor.16" to i32
  %".1103" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1102", [40 x i8]* %"header_copy", i32 4)
  %".1104" = icmp eq i64 %".1103", 0
  %".1105" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1106" = load i32, ptr %".1105", align 4
  %".1107" = zext i32 %".1106" to i64
  %"data.66" = inttoptr i64 %".1107" to ptr
  %".1108" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1109" = load i32, ptr %".1108", align 4
  %".1110" = zext i32 %".1109" to i64
  %"data_end.66" = inttoptr i64 %".1110" to ptr
  %".1111" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.66" = load ptr, ptr %".1111", align 8
  %".1112" = xor i1 %".1104", -1
  br i1 %".1112", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1114" = trunc i64 %"cursor.16" to i16
  %".1115" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1114", ptr %".1115", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1118" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1119" = load volatile i8, [40 x i8]* %".1118", align 1
  %".1120" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1121" = load volatile i8, [40 x i8]* %".1120", align 1
  %".1122" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1123" = load volatile i16, [40 x i8]* %".1122", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1134" = trunc i64 %"cursor.16" to i16
  %".1135" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1134", ptr %".1135", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1147" = trunc i64 %"cursor.16" to i16
  %".1148" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1147", ptr %".1148", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
pptp_d0:
  %"cursor.35" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.69" = phi  ptr [%"data.67", %"gre_version_d0.to_pptp"]
  %"data_end.69" = phi  ptr [%"data_end.67", %"gre_version_d0.to_pptp"]
  %"keys.69" = phi  ptr [%"keys.67", %"gre_version_d0.to_pptp"]
  %".2607" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2608" = zext i16 %".2607" to i64
  %".2609" = icmp ne i64 %".2608", 34827
  %".2610" = zext i8 %"w0_1.3" to i64
  %".2611" = lshr i64 %".2610", 5
  %".2612" = and i64 %".2611", 1
  %".2613" = icmp eq i64 %".2612", 0
  %".2614" = or i1 %".2609", %".2613"
  br i1 %".2614", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".2620" = add i64 %"cursor.35", 4
  %".2621" = zext i8 %"w0_1.3" to i64
  %".2622" = lshr i64 %".2621", 7
  %".2623" = and i64 %".2622", 1
  %".2624" = zext i8 %"w0_1.3" to i64
  %".2625" = lshr i64 %".2624", 5
  %".2626" = and i64 %".2625", 1
  %".2627" = add i64 %".2623", %".2626"
  %".2628" = zext i8 %"w0_1.3" to i64
  %".2629" = lshr i64 %".2628", 4
  %".2630" = and i64 %".2629", 1
  %".2631" = add i64 %".2627", %".2630"
  %".2632" = zext i8 %"w1_1.2" to i64
  %".2633" = lshr i64 %".2632", 7
  %".2634" = and i64 %".2633", 1
  %".2635" = add i64 %".2631", %".2634"
  %".2636" = mul i64 %".2635", 4
  %".2637" = add i64 %".2636", 4
  %".2638" = getelementptr i8, ptr %"data.69", i64 %"cursor.35"
  %".2639" = getelementptr i8, ptr %".2638", i64 %".2637"
  %".2640" = icmp ugt ptr %".2639", %"data_end.69"
  br i1 %".2640", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.115" = phi  ptr [%"data.69", %"pptp_d0.stop_before.endif"], [%"data.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.115" = phi  ptr [%"data_end.69", %"pptp_d0.stop_before.endif"], [%"data_end.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.115" = phi  ptr [%"keys.69", %"pptp_d0.stop_before.endif"], [%"keys.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %".2661" = add i64 %"cursor.35", %".2637"
  %".2662" = add i64 %"cursor.35", 8
  %".2663" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2662")
  %".2664" = icmp eq i64 %".2636", 4
  %"end.3" = select  i1 %".2664", i64 %".2663", i64 %".2661"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.44" = phi  i64 [%"end.3", %"pptp_d0.to_ppp"]
  %"data.116" = phi  ptr [%"data.115", %"pptp_d0.to_ppp"]
  %"data_end.116" = phi  ptr [%"data_end.115", %"pptp_d0.to_ppp"]
  %"keys.116" = phi  ptr [%"keys.115", %"pptp_d0.to_ppp"]
  %"hdr.38" = getelementptr i8, ptr %"data.116", i64 %"cursor.44"
  %".3353" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3354" = icmp ugt ptr %".3353", %"data_end.116"
  br i1 %".3354", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3356" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3357" = load i16, ptr %".3356", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.14" = phi  i16 [%".3357", %"ppp_d0.linear"], [%".3376", %"ppp_d0.copy_failed.endif"]
  %"data.140" = phi  ptr [%"data.116", %"ppp_d0.linear"], [%"data.139", %"ppp_d0.copy_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.116", %"ppp_d0.linear"], [%"data_end.139", %"ppp_d0.copy_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.116", %"ppp_d0.linear"], [%"keys.139", %"ppp_d0.copy_failed.endif"]
  %".3378" = add i64 %"cursor.44", 4
  %".3379" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3380" = zext i16 %".3379" to i64
  switch i64 %".3380", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
ppp_d0.to_ipv4:
  %".3389" = trunc i64 2048 to i16
  %".3390" = call i16 @"llvm.bswap.i16"(i16 %".3389")
  %".3391" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3390", ptr %".3391", align 2
  %".3393" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3393", align 1
  %".3395" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.60" = load volatile i32, ptr %".3395", align 4
  %".3396" = and i32 %"flags.60", 4
  %".3397" = icmp ne i32 %".3396", 0
  br i1 %".3397", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1161" = trunc i64 %"cursor.17" to i32
  %".1162" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1161", [40 x i8]* %"header_copy", i32 4)
  %".1163" = icmp eq i64 %".1162", 0
  %".1164" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1165" = load i32, ptr %".1164", align 4
  %".1166" = zext i32 %".1165" to i64
  %"data.70" = inttoptr i64 %".1166" to ptr
  %".1167" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1168" = load i32, ptr %".1167", align 4
  %".1169" = zext i32 %".1168" to i64
  %"data_end.70" = inttoptr i64 %".1169" to ptr
  %".1170" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.70" = load ptr, ptr %".1170", align 8
  %".1171" = xor i1 %".1163", -1
  br i1 %".1171", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1173" = trunc i64 %"cursor.17" to i16
  %".1174" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1173", ptr %".1174", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1177" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1178" = load volatile i16, [40 x i8]* %".1177", align 2
  %".1179" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1180" = load volatile i16, [40 x i8]* %".1179", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1207" = trunc i64 %"cursor.18" to i32
  %".1208" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1207", [40 x i8]* %"header_copy", i32 4)
  %".1209" = icmp eq i64 %".1208", 0
  %".1210" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1211" = load i32, ptr %".1210", align 4
  %".1212" = zext i32 %".1211" to i64
  %"data.72" = inttoptr i64 %".1212" to ptr
  %".1213" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1214" = load i32, ptr %".1213", align 4
  %".1215" = zext i32 %".1214" to i64
  %"data_end.72" = inttoptr i64 %".1215" to ptr
  %".1216" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.72" = load ptr, ptr %".1216", align 8
  %".1217" = xor i1 %".1209", -1
  br i1 %".1217", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1219" = trunc i64 %"cursor.18" to i16
  %".1220" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1219", ptr %".1220", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1223" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1224" = load volatile i16, [40 x i8]* %".1223", align 2
  %".1225" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1226" = load volatile i16, [40 x i8]* %".1225", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1251" = trunc i64 %"cursor.19" to i32
  %".1252" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1251", [40 x i8]* %"header_copy", i32 4)
  %".1253" = icmp eq i64 %".1252", 0
  %".1254" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1255" = load i32, ptr %".1254", align 4
  %".1256" = zext i32 %".1255" to i64
  %"data.74" = inttoptr i64 %".1256" to ptr
  %".1257" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1258" = load i32, ptr %".1257", align 4
  %".1259" = zext i32 %".1258" to i64
  %"data_end.74" = inttoptr i64 %".1259" to ptr
  %".1260" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.74" = load ptr, ptr %".1260", align 8
  %".1261" = xor i1 %".1253", -1
  br i1 %".1261", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1263" = trunc i64 %"cursor.19" to i16
  %".1264" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1263", ptr %".1264", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1267" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1268" = load volatile i32, [40 x i8]* %".1267", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1295" = trunc i64 %"cursor.20" to i32
  %".1296" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1295", [40 x i8]* %"header_copy", i32 8)
  %".1297" = icmp eq i64 %".1296", 0
  %".1298" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1299" = load i32, ptr %".1298", align 4
  %".1300" = zext i32 %".1299" to i64
  %"data.76" = inttoptr i64 %".1300" to ptr
  %".1301" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1302" = load i32, ptr %".1301", align 4
  %".1303" = zext i32 %".1302" to i64
  %"data_end.76" = inttoptr i64 %".1303" to ptr
  %".1304" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.76" = load ptr, ptr %".1304", align 8
  %".1305" = xor i1 %".1297", -1
  br i1 %".1305", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1307" = trunc i64 %"cursor.20" to i16
  %".1308" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1307", ptr %".1308", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1311" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1312" = load volatile i32, [40 x i8]* %".1311", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1337" = trunc i64 %"cursor.21" to i32
  %".1338" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1337", [40 x i8]* %"header_copy", i32 4)
  %".1339" = icmp eq i64 %".1338", 0
  %".1340" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1341" = load i32, ptr %".1340", align 4
  %".1342" = zext i32 %".1341" to i64
  %"data.78" = inttoptr i64 %".1342" to ptr
  %".1343" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1344" = load i32, ptr %".1343", align 4
  %".1345" = zext i32 %".1344" to i64
  %"data_end.78" = inttoptr i64 %".1345" to ptr
  %".1346" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.78" = load ptr, ptr %".1346", align 8
  %".1347" = xor i1 %".1339", -1
  br i1 %".1347", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1349" = trunc i64 %"cursor.21" to i16
  %".1350" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1349", ptr %".1350", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1373" = trunc i64 %"cursor.22" to i32
  %".1374" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1373", [40 x i8]* %"header_copy", i32 20)
  %".1375" = icmp eq i64 %".1374", 0
  %".1376" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1377" = load i32, ptr %".1376", align 4
  %".1378" = zext i32 %".1377" to i64
  %"data.80" = inttoptr i64 %".1378" to ptr
  %".1379" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1380" = load i32, ptr %".1379", align 4
  %".1381" = zext i32 %".1380" to i64
  %"data_end.80" = inttoptr i64 %".1381" to ptr
  %".1382" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.80" = load ptr, ptr %".1382", align 8
  %".1383" = xor i1 %".1375", -1
  br i1 %".1383", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1385" = trunc i64 %"cursor.22" to i16
  %".1386" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1385", ptr %".1386", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1389" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1390" = load volatile i8, [40 x i8]* %".1389", align 1
  %".1391" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1392" = load volatile i16, [40 x i8]* %".1391", align 2
  %".1393" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1394" = load volatile i8, [40 x i8]* %".1393", align 1
  %".1395" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1396" = load volatile i32, [40 x i8]* %".1395", align 4
  %".1397" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1398" = load volatile i32, [40 x i8]* %".1397", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1405" = trunc i64 %"cursor.22" to i16
  %".1406" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1405", ptr %".1406", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1409" = trunc i64 2048 to i16
  %".1410" = getelementptr i8, ptr %"keys.81", i64 4
  store i16 %".1409", ptr %".1410", align 2
  %".1412" = trunc i64 2048 to i16
  %".1413" = call i16 @"llvm.bswap.i16"(i16 %".1412")
  %".1414" = getelementptr i8, ptr %"keys.81", i64 10
  store i16 %".1413", ptr %".1414", align 2
  %".1416" = getelementptr i8, ptr %"keys.81", i64 16
  store i32 %"w12_4.1", ptr %".1416", align 4
  %".1418" = getelementptr i8, ptr %"keys.81", i64 20
  store i32 %"w16_4.1", ptr %".1418", align 4
  %".1420" = zext i8 %"w9_1.1" to i64
  %".1421" = trunc i64 %".1420" to i8
  %".1422" = getelementptr i8, ptr %"keys.81", i64 9
  store i8 %".1421", ptr %".1422", align 1
  %".1424" = add i64 %"cursor.22", 20
  %".1425" = zext i8 %"w0_1.4" to i64
  %".1426" = and i64 %".1425", 15
  %".1427" = icmp eq i64 %".1426", 5
  %".1428" = xor i1 %".1427", -1
  br i1 %".1428", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1424", %"ipv4_d1.no_variable"], [%".1436", %"ipv4_d1.variable"]
  %"data.82" = phi  ptr [%"data.81", %"ipv4_d1.no_variable"], [%"data.81", %"ipv4_d1.variable"]
  %"data_end.82" = phi  ptr [%"data_end.81", %"ipv4_d1.no_variable"], [%"data_end.81", %"ipv4_d1.variable"]
  %"keys.82" = phi  ptr [%"keys.81", %"ipv4_d1.no_variable"], [%"keys.81", %"ipv4_d1.variable"]
  %".1438" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1439" = zext i16 %".1438" to i64
  %".1440" = and i64 %".1439", 16383
  %".1441" = icmp ne i64 %".1440", 0
  %".1442" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1443" = zext i16 %".1442" to i64
  %".1444" = and i64 %".1443", 8191
  %".1445" = icmp eq i64 %".1444", 0
  br i1 %".1441", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1467" = zext i8 %"w9_1.1" to i64
  switch i64 %".1467", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.variable:
  %".1431" = zext i8 %"w0_1.4" to i64
  %".1432" = and i64 %".1431", 15
  %".1433" = mul i64 %".1432", 4
  %".1434" = sub i64 %".1433", 20
  %".1435" = add i64 %".1434", 20
  %".1436" = add i64 %"cursor.22", %".1435"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1447" = getelementptr i8, ptr %"keys.82", i64 6
  store i8 1, ptr %".1447", align 1
  br i1 %".1445", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1450" = getelementptr i8, ptr %"keys.82", i64 7
  store i8 1, ptr %".1450", align 1
  %".1452" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.22" = load volatile i32, ptr %".1452", align 4
  %".1453" = and i32 %"flags.22", 1
  %".1454" = icmp ne i32 %".1453", 0
  %".1455" = xor i1 %".1454", -1
  br i1 %".1455", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1462" = trunc i64 %"end.1" to i16
  %".1463" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1462", ptr %".1463", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1457" = trunc i64 %"end.1" to i16
  %".1458" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1457", ptr %".1458", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1469" = trunc i64 %"end.1" to i16
  %".1470" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1469", ptr %".1470", align 2
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
  %".1482" = trunc i64 34887 to i16
  %".1483" = call i16 @"llvm.bswap.i16"(i16 %".1482")
  %".1484" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1483", ptr %".1484", align 2
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1487" = trunc i64 2048 to i16
  %".1488" = call i16 @"llvm.bswap.i16"(i16 %".1487")
  %".1489" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1488", ptr %".1489", align 2
  %".1491" = getelementptr i8, ptr %"keys.82", i64 8
  store i8 1, ptr %".1491", align 1
  %".1493" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.23" = load volatile i32, ptr %".1493", align 4
  %".1494" = and i32 %"flags.23", 4
  %".1495" = icmp ne i32 %".1494", 0
  br i1 %".1495", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1505" = trunc i64 34525 to i16
  %".1506" = call i16 @"llvm.bswap.i16"(i16 %".1505")
  %".1507" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1506", ptr %".1507", align 2
  %".1509" = getelementptr i8, ptr %"keys.82", i64 8
  store i8 1, ptr %".1509", align 1
  %".1511" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.24" = load volatile i32, ptr %".1511", align 4
  %".1512" = and i32 %"flags.24", 4
  %".1513" = icmp ne i32 %".1512", 0
  br i1 %".1513", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_version_d1:
  %"cursor.36" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1594", %"ipv6_d1.to_gre_version"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".4210", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".4316", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".4821", %"widening.test.36"]
  %"data.83" = phi  ptr [%"data.82", %"ipv4_d1.to_gre_version"], [%"data.85", %"ipv6_d1.to_gre_version"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.200", %"widening.test.36"]
  %"data_end.83" = phi  ptr [%"data_end.82", %"ipv4_d1.to_gre_version"], [%"data_end.85", %"ipv6_d1.to_gre_version"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.200", %"widening.test.36"]
  %"keys.83" = phi  ptr [%"keys.82", %"ipv4_d1.to_gre_version"], [%"keys.85", %"ipv6_d1.to_gre_version"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.36"]
  %"hdr.30" = getelementptr i8, ptr %"data.83", i64 %"cursor.36"
  %".2671" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2672" = icmp ugt ptr %".2671", %"data_end.83"
  br i1 %".2672", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2674" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2675" = load i8, ptr %".2674", align 1
  %".2676" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2677" = load i8, ptr %".2676", align 1
  %".2678" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2679" = load i16, ptr %".2678", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.9" = phi  i8 [%".2675", %"gre_version_d1.linear"], [%".2698", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2677", %"gre_version_d1.linear"], [%".2700", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2679", %"gre_version_d1.linear"], [%".2702", %"gre_version_d1.copy_failed.endif"]
  %"data.118" = phi  ptr [%"data.83", %"gre_version_d1.linear"], [%"data.117", %"gre_version_d1.copy_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.83", %"gre_version_d1.linear"], [%"data_end.117", %"gre_version_d1.copy_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.83", %"gre_version_d1.linear"], [%"keys.117", %"gre_version_d1.copy_failed.endif"]
  %".2704" = zext i8 %"w0_1.9" to i64
  %".2705" = lshr i64 %".2704", 6
  %".2706" = and i64 %".2705", 1
  %".2707" = icmp ne i64 %".2706", 0
  %".2708" = zext i8 %"w1_1.6" to i64
  %".2709" = and i64 %".2708", 7
  %".2710" = icmp ugt i64 %".2709", 1
  %".2711" = or i1 %".2707", %".2710"
  br i1 %".2711", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".2717" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2718" = zext i16 %".2717" to i64
  %".2719" = trunc i64 %".2718" to i16
  %".2720" = call i16 @"llvm.bswap.i16"(i16 %".2719")
  %".2721" = getelementptr i8, ptr %"keys.118", i64 10
  store i16 %".2720", ptr %".2721", align 2
  %".2723" = zext i8 %"w1_1.6" to i64
  %".2724" = and i64 %".2723", 7
  switch i64 %".2724", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.36", %"gre_version_d1.to_gre"]
  %"data.119" = phi  ptr [%"data.118", %"gre_version_d1.to_gre"]
  %"data_end.119" = phi  ptr [%"data_end.118", %"gre_version_d1.to_gre"]
  %"keys.119" = phi  ptr [%"keys.118", %"gre_version_d1.to_gre"]
  %".3434" = add i64 %"cursor.45", 4
  %".3435" = and i8 %"w0_1.9", 176
  %".3436" = icmp eq i8 %".3435", 0
  %".3437" = xor i1 %".3436", -1
  br i1 %".3437", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.4" = phi  i64 [%".3434", %"gre_d1.no_variable"], [%".3476", %"gre_d1.variable_part"]
  %"data.144" = phi  ptr [%"data.119", %"gre_d1.no_variable"], [%"data.143", %"gre_d1.variable_part"]
  %"data_end.144" = phi  ptr [%"data_end.119", %"gre_d1.no_variable"], [%"data_end.143", %"gre_d1.variable_part"]
  %"keys.144" = phi  ptr [%"keys.119", %"gre_d1.no_variable"], [%"keys.143", %"gre_d1.variable_part"]
  %".3478" = getelementptr i8, ptr %"keys.144", i64 8
  store i8 1, ptr %".3478", align 1
  %".3480" = getelementptr i8, ptr %"keys.144", i64 48
  %"flags.63" = load volatile i32, ptr %".3480", align 4
  %".3481" = and i32 %"flags.63", 4
  %".3482" = icmp ne i32 %".3481", 0
  br i1 %".3482", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
ipv4_d1.stop_at_encap:
  %".1497" = trunc i64 %"end.1" to i16
  %".1498" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1497", ptr %".1498", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1501" = trunc i64 %"end.1" to i16
  %".1502" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1501", ptr %".1502", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1515" = trunc i64 %"end.1" to i16
  %".1516" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1515", ptr %".1516", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1519" = trunc i64 %"end.1" to i16
  %".1520" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1519", ptr %".1520", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1539" = trunc i64 %"cursor.23" to i32
  %".1540" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1539", [40 x i8]* %"header_copy", i32 40)
  %".1541" = icmp eq i64 %".1540", 0
  %".1542" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1543" = load i32, ptr %".1542", align 4
  %".1544" = zext i32 %".1543" to i64
  %"data.84" = inttoptr i64 %".1544" to ptr
  %".1545" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1546" = load i32, ptr %".1545", align 4
  %".1547" = zext i32 %".1546" to i64
  %"data_end.84" = inttoptr i64 %".1547" to ptr
  %".1548" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.84" = load ptr, ptr %".1548", align 8
  %".1549" = xor i1 %".1541", -1
  br i1 %".1549", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1551" = trunc i64 %"cursor.23" to i16
  %".1552" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1551", ptr %".1552", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1555" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1556" = load volatile i32, [40 x i8]* %".1555", align 4
  %".1557" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1558" = load volatile i8, [40 x i8]* %".1557", align 1
  %".1559" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1560" = load volatile i64, [40 x i8]* %".1559", align 8
  %".1561" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1562" = load volatile i64, [40 x i8]* %".1561", align 8
  %".1563" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1564" = load volatile i64, [40 x i8]* %".1563", align 8
  %".1565" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1566" = load volatile i64, [40 x i8]* %".1565", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1604" = trunc i64 %".1594" to i16
  %".1605" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1604", ptr %".1605", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1608" = zext i8 %"w6_1.1" to i64
  switch i64 %".1608", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1610" = trunc i64 %".1594" to i16
  %".1611" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1610", ptr %".1611", align 2
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
  %".1627" = trunc i64 34887 to i16
  %".1628" = call i16 @"llvm.bswap.i16"(i16 %".1627")
  %".1629" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1628", ptr %".1629", align 2
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1632" = trunc i64 2048 to i16
  %".1633" = call i16 @"llvm.bswap.i16"(i16 %".1632")
  %".1634" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1633", ptr %".1634", align 2
  %".1636" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1636", align 1
  %".1638" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.26" = load volatile i32, ptr %".1638", align 4
  %".1639" = and i32 %"flags.26", 4
  %".1640" = icmp ne i32 %".1639", 0
  br i1 %".1640", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1650" = trunc i64 34525 to i16
  %".1651" = call i16 @"llvm.bswap.i16"(i16 %".1650")
  %".1652" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1651", ptr %".1652", align 2
  %".1654" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1654", align 1
  %".1656" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.27" = load volatile i32, ptr %".1656", align 4
  %".1657" = and i32 %"flags.27", 4
  %".1658" = icmp ne i32 %".1657", 0
  br i1 %".1658", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.37" = phi  i64 [%".1594", %"ipv6_d1.to_ipv6_opts"], [%".1594", %"ipv6_d1.to_ipv6_opts.1"], [%".1594", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.86" = phi  ptr [%"data.85", %"ipv6_d1.to_ipv6_opts"], [%"data.85", %"ipv6_d1.to_ipv6_opts.1"], [%"data.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.86" = phi  ptr [%"data_end.85", %"ipv6_d1.to_ipv6_opts"], [%"data_end.85", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.86" = phi  ptr [%"keys.85", %"ipv6_d1.to_ipv6_opts"], [%"keys.85", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.86", i64 %"cursor.37"
  %".2732" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2733" = icmp ugt ptr %".2732", %"data_end.86"
  br i1 %".2733", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2735" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2736" = load i8, ptr %".2735", align 1
  %".2737" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2738" = load i8, ptr %".2737", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.10" = phi  i8 [%".2736", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2757", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2738", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2759", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.122" = phi  ptr [%"data.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.122" = phi  ptr [%"data_end.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.122" = phi  ptr [%"keys.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2761" = zext i8 %"w0_1.10" to i64
  %".2762" = trunc i64 %".2761" to i8
  %".2763" = getelementptr i8, ptr %"keys.122", i64 9
  store i8 %".2762", ptr %".2763", align 1
  %".2765" = add i64 %"cursor.37", 2
  %".2766" = zext i8 %"w1_1.7" to i64
  %".2767" = mul i64 %".2766", 8
  %".2768" = add i64 %".2767", 6
  %".2769" = add i64 %".2768", 2
  %".2770" = add i64 %"cursor.37", %".2769"
  %".2771" = zext i8 %"w0_1.10" to i64
  switch i64 %".2771", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%".1594", %"ipv6_d1.to_ipv6_frag"]
  %"data.87" = phi  ptr [%"data.85", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.87" = phi  ptr [%"data_end.85", %"ipv6_d1.to_ipv6_frag"]
  %"keys.87" = phi  ptr [%"keys.85", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.87", i64 %"cursor.38"
  %".2831" = getelementptr i8, ptr %"hdr.32", i64 8
  %".2832" = icmp ugt ptr %".2831", %"data_end.87"
  br i1 %".2832", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2834" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2835" = load i8, ptr %".2834", align 1
  %".2836" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2837" = load i16, ptr %".2836", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2835", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2856", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2837", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2858", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.126" = phi  ptr [%"data.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.126" = phi  ptr [%"data_end.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.126" = phi  ptr [%"keys.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2860" = zext i8 %"w0_1.11" to i64
  %".2861" = trunc i64 %".2860" to i8
  %".2862" = getelementptr i8, ptr %"keys.126", i64 9
  store i8 %".2861", ptr %".2862", align 1
  %".2864" = add i64 %"cursor.38", 8
  %".2865" = icmp ne i64 1, 0
  %".2866" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2867" = zext i16 %".2866" to i64
  %".2868" = and i64 %".2867", 65528
  %".2869" = icmp eq i64 %".2868", 0
  br i1 %".2865", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".2891" = zext i8 %"w0_1.11" to i64
  switch i64 %".2891", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1642" = trunc i64 %".1594" to i16
  %".1643" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1642", ptr %".1643", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1646" = trunc i64 %".1594" to i16
  %".1647" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1646", ptr %".1647", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1660" = trunc i64 %".1594" to i16
  %".1661" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1660", ptr %".1661", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1664" = trunc i64 %".1594" to i16
  %".1665" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1664", ptr %".1665", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1676" = trunc i64 %"cursor.24" to i32
  %".1677" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1676", [40 x i8]* %"header_copy", i32 2)
  %".1678" = icmp eq i64 %".1677", 0
  %".1679" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1680" = load i32, ptr %".1679", align 4
  %".1681" = zext i32 %".1680" to i64
  %"data.88" = inttoptr i64 %".1681" to ptr
  %".1682" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1683" = load i32, ptr %".1682", align 4
  %".1684" = zext i32 %".1683" to i64
  %"data_end.88" = inttoptr i64 %".1684" to ptr
  %".1685" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.88" = load ptr, ptr %".1685", align 8
  %".1686" = xor i1 %".1678", -1
  br i1 %".1686", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1688" = trunc i64 %"cursor.24" to i16
  %".1689" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1688", ptr %".1689", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1692" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1693" = load volatile i8, [40 x i8]* %".1692", align 1
  %".1694" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1695" = load volatile i8, [40 x i8]* %".1694", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1709" = trunc i64 %".1706" to i16
  %".1710" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1709", ptr %".1710", align 2
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
  %".1726" = trunc i64 34887 to i16
  %".1727" = call i16 @"llvm.bswap.i16"(i16 %".1726")
  %".1728" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1727", ptr %".1728", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1731" = trunc i64 2048 to i16
  %".1732" = call i16 @"llvm.bswap.i16"(i16 %".1731")
  %".1733" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1732", ptr %".1733", align 2
  %".1735" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1735", align 1
  %".1737" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.28" = load volatile i32, ptr %".1737", align 4
  %".1738" = and i32 %"flags.28", 4
  %".1739" = icmp ne i32 %".1738", 0
  br i1 %".1739", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1746" = trunc i64 34525 to i16
  %".1747" = call i16 @"llvm.bswap.i16"(i16 %".1746")
  %".1748" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1747", ptr %".1748", align 2
  %".1750" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1750", align 1
  %".1752" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.29" = load volatile i32, ptr %".1752", align 4
  %".1753" = and i32 %"flags.29", 4
  %".1754" = icmp ne i32 %".1753", 0
  br i1 %".1754", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.39" = phi  i64 [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".4491", %"widening.test.6"]
  %"data.90" = phi  ptr [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.170", %"widening.test.6"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.170", %"widening.test.6"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.33" = getelementptr i8, ptr %"data.90", i64 %"cursor.39"
  %".2951" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2952" = icmp ugt ptr %".2951", %"data_end.90"
  br i1 %".2952", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".2954" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2955" = load i8, ptr %".2954", align 1
  %".2956" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2957" = load i8, ptr %".2956", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".2955", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2976", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".2957", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2978", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.128" = phi  ptr [%"data.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.128" = phi  ptr [%"data_end.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.128" = phi  ptr [%"keys.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".2980" = zext i8 %"w0_1.12" to i64
  %".2981" = trunc i64 %".2980" to i8
  %".2982" = getelementptr i8, ptr %"keys.128", i64 9
  store i8 %".2981", ptr %".2982", align 1
  %".2984" = add i64 %"cursor.39", 2
  %".2985" = zext i8 %"w1_1.8" to i64
  %".2986" = mul i64 %".2985", 8
  %".2987" = add i64 %".2986", 6
  %".2988" = add i64 %".2987", 2
  %".2989" = add i64 %"cursor.39", %".2988"
  %".2990" = zext i8 %"w0_1.12" to i64
  switch i64 %".2990", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.40" = phi  i64 [%".1706", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1794", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".4480", %"widening.test.5"]
  %"data.91" = phi  ptr [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.169", %"widening.test.5"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.169", %"widening.test.5"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.34" = getelementptr i8, ptr %"data.91", i64 %"cursor.40"
  %".3044" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3045" = icmp ugt ptr %".3044", %"data_end.91"
  br i1 %".3045", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3047" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3048" = load i8, ptr %".3047", align 1
  %".3049" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3050" = load i16, ptr %".3049", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".3048", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3069", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3050", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3071", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.132" = phi  ptr [%"data.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3073" = zext i8 %"w0_1.13" to i64
  %".3074" = trunc i64 %".3073" to i8
  %".3075" = getelementptr i8, ptr %"keys.132", i64 9
  store i8 %".3074", ptr %".3075", align 1
  %".3077" = add i64 %"cursor.40", 8
  %".3078" = icmp ne i64 1, 0
  %".3079" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3080" = zext i16 %".3079" to i64
  %".3081" = and i64 %".3080", 65528
  %".3082" = icmp eq i64 %".3081", 0
  br i1 %".3078", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3104" = zext i8 %"w0_1.13" to i64
  switch i64 %".3104", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1741" = trunc i64 %".1706" to i16
  %".1742" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1741", ptr %".1742", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1756" = trunc i64 %".1706" to i16
  %".1757" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1756", ptr %".1757", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1769" = trunc i64 %"cursor.25" to i32
  %".1770" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1769", [40 x i8]* %"header_copy", i32 8)
  %".1771" = icmp eq i64 %".1770", 0
  %".1772" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1773" = load i32, ptr %".1772", align 4
  %".1774" = zext i32 %".1773" to i64
  %"data.92" = inttoptr i64 %".1774" to ptr
  %".1775" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1776" = load i32, ptr %".1775", align 4
  %".1777" = zext i32 %".1776" to i64
  %"data_end.92" = inttoptr i64 %".1777" to ptr
  %".1778" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.92" = load ptr, ptr %".1778", align 8
  %".1779" = xor i1 %".1771", -1
  br i1 %".1779", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1781" = trunc i64 %"cursor.25" to i16
  %".1782" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1781", ptr %".1782", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1785" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1786" = load volatile i8, [40 x i8]* %".1785", align 1
  %".1787" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1788" = load volatile i16, [40 x i8]* %".1787", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1801" = getelementptr i8, ptr %"keys.93", i64 6
  store i8 1, ptr %".1801", align 1
  br i1 %".1799", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1804" = getelementptr i8, ptr %"keys.93", i64 7
  store i8 1, ptr %".1804", align 1
  %".1806" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.30" = load volatile i32, ptr %".1806", align 4
  %".1807" = and i32 %"flags.30", 1
  %".1808" = icmp ne i32 %".1807", 0
  %".1809" = xor i1 %".1808", -1
  br i1 %".1809", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1816" = trunc i64 %".1794" to i16
  %".1817" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1816", ptr %".1817", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1811" = trunc i64 %".1794" to i16
  %".1812" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1811", ptr %".1812", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1823" = trunc i64 %".1794" to i16
  %".1824" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1823", ptr %".1824", align 2
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
  %".1840" = trunc i64 34887 to i16
  %".1841" = call i16 @"llvm.bswap.i16"(i16 %".1840")
  %".1842" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1841", ptr %".1842", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1845" = trunc i64 2048 to i16
  %".1846" = call i16 @"llvm.bswap.i16"(i16 %".1845")
  %".1847" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1846", ptr %".1847", align 2
  %".1849" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1849", align 1
  %".1851" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.31" = load volatile i32, ptr %".1851", align 4
  %".1852" = and i32 %"flags.31", 4
  %".1853" = icmp ne i32 %".1852", 0
  br i1 %".1853", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1860" = trunc i64 34525 to i16
  %".1861" = call i16 @"llvm.bswap.i16"(i16 %".1860")
  %".1862" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1861", ptr %".1862", align 2
  %".1864" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1864", align 1
  %".1866" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.32" = load volatile i32, ptr %".1866", align 4
  %".1867" = and i32 %"flags.32", 4
  %".1868" = icmp ne i32 %".1867", 0
  br i1 %".1868", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1855" = trunc i64 %".1794" to i16
  %".1856" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1855", ptr %".1856", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1870" = trunc i64 %".1794" to i16
  %".1871" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1870", ptr %".1871", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1879" = trunc i64 %"cursor.26" to i32
  %".1880" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1879", [40 x i8]* %"header_copy", i32 4)
  %".1881" = icmp eq i64 %".1880", 0
  %".1882" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1883" = load i32, ptr %".1882", align 4
  %".1884" = zext i32 %".1883" to i64
  %"data.94" = inttoptr i64 %".1884" to ptr
  %".1885" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1886" = load i32, ptr %".1885", align 4
  %".1887" = zext i32 %".1886" to i64
  %"data_end.94" = inttoptr i64 %".1887" to ptr
  %".1888" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.94" = load ptr, ptr %".1888", align 8
  %".1889" = xor i1 %".1881", -1
  br i1 %".1889", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1891" = trunc i64 %"cursor.26" to i16
  %".1892" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1891", ptr %".1892", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1907" = trunc i64 %"cursor.27" to i32
  %".1908" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1907", [40 x i8]* %"header_copy", i32 4)
  %".1909" = icmp eq i64 %".1908", 0
  %".1910" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1911" = load i32, ptr %".1910", align 4
  %".1912" = zext i32 %".1911" to i64
  %"data.96" = inttoptr i64 %".1912" to ptr
  %".1913" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1914" = load i32, ptr %".1913", align 4
  %".1915" = zext i32 %".1914" to i64
  %"data_end.96" = inttoptr i64 %".1915" to ptr
  %".1916" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.96" = load ptr, ptr %".1916", align 8
  %".1917" = xor i1 %".1909", -1
  br i1 %".1917", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1919" = trunc i64 %"cursor.27" to i16
  %".1920" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1919", ptr %".1920", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1923" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1924" = load volatile i16, [40 x i8]* %".1923", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1939" = trunc i64 %".1932" to i16
  %".1940" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1939", ptr %".1940", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1945" = trunc i64 %".1932" to i16
  %".1946" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1945", ptr %".1946", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1949" = trunc i64 %".1932" to i16
  %".1950" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1949", ptr %".1950", align 2
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
  %".1962" = trunc i64 %".1932" to i16
  %".1963" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1962", ptr %".1963", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".1966" = trunc i64 %".1932" to i16
  %".1967" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1966", ptr %".1967", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1977" = trunc i64 %"cursor.28" to i32
  %".1978" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1977", [40 x i8]* %"header_copy", i32 6)
  %".1979" = icmp eq i64 %".1978", 0
  %".1980" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1981" = load i32, ptr %".1980", align 4
  %".1982" = zext i32 %".1981" to i64
  %"data.98" = inttoptr i64 %".1982" to ptr
  %".1983" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1984" = load i32, ptr %".1983", align 4
  %".1985" = zext i32 %".1984" to i64
  %"data_end.98" = inttoptr i64 %".1985" to ptr
  %".1986" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.98" = load ptr, ptr %".1986", align 8
  %".1987" = xor i1 %".1979", -1
  br i1 %".1987", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".1989" = trunc i64 %"cursor.28" to i16
  %".1990" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1989", ptr %".1990", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".1993" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1994" = load volatile i16, [40 x i8]* %".1993", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2009" = trunc i64 %".2002" to i16
  %".2010" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2009", ptr %".2010", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2015" = trunc i64 %".2002" to i16
  %".2016" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2015", ptr %".2016", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2019" = trunc i64 %".2002" to i16
  %".2020" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2019", ptr %".2020", align 2
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
  %".2032" = trunc i64 %".2002" to i16
  %".2033" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2032", ptr %".2033", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2036" = trunc i64 %".2002" to i16
  %".2037" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2036", ptr %".2037", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d1_vlan_tags1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2052" = trunc i64 %"cursor.30" to i32
  %".2053" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2052", [40 x i8]* %"header_copy", i32 4)
  %".2054" = icmp eq i64 %".2053", 0
  %".2055" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2056" = load i32, ptr %".2055", align 4
  %".2057" = zext i32 %".2056" to i64
  %"data.100" = inttoptr i64 %".2057" to ptr
  %".2058" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2059" = load i32, ptr %".2058", align 4
  %".2060" = zext i32 %".2059" to i64
  %"data_end.100" = inttoptr i64 %".2060" to ptr
  %".2061" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.100" = load ptr, ptr %".2061", align 8
  %".2062" = xor i1 %".2054", -1
  br i1 %".2062", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2064" = trunc i64 %"cursor.30" to i16
  %".2065" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2064", ptr %".2065", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2068" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2069" = load volatile i16, [40 x i8]* %".2068", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2084" = trunc i64 %".2077" to i16
  %".2085" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2084", ptr %".2085", align 2
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
  %"cursor.41" = phi  i64 [%".2077", %"vlan_d1_vlan_tags1.to_vlan"], [%".2077", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2220", %"hsr_d1_vlan_tags1.to_vlan"], [%".2220", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".4590", %"widening.test.15"]
  %"data.102" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.179", %"widening.test.15"]
  %"data_end.102" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.179", %"widening.test.15"]
  %"keys.102" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.15"]
  %"hdr.35" = getelementptr i8, ptr %"data.102", i64 %"cursor.41"
  %".3158" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3159" = icmp ugt ptr %".3158", %"data_end.102"
  br i1 %".3159", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3161" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3162" = load i16, ptr %".3161", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.13" = phi  i16 [%".3162", %"vlan_d1_vlan_tags2.linear"], [%".3181", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.102", %"vlan_d1_vlan_tags2.linear"], [%"data.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.102", %"vlan_d1_vlan_tags2.linear"], [%"data_end.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.102", %"vlan_d1_vlan_tags2.linear"], [%"keys.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3183" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3184" = zext i16 %".3183" to i64
  %".3185" = trunc i64 %".3184" to i16
  %".3186" = call i16 @"llvm.bswap.i16"(i16 %".3185")
  %".3187" = getelementptr i8, ptr %"keys.134", i64 10
  store i16 %".3186", ptr %".3187", align 2
  %".3189" = add i64 %"cursor.41", 4
  %".3190" = trunc i64 %".3189" to i16
  %".3191" = getelementptr i8, ptr %"keys.134", i64 0
  store i16 %".3190", ptr %".3191", align 2
  %".3193" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3194" = zext i16 %".3193" to i64
  switch i64 %".3194", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.42" = phi  i64 [%".2077", %"vlan_d1_vlan_tags1.to_hsr"], [%".2077", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2220", %"hsr_d1_vlan_tags1.to_hsr"], [%".2220", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".4579", %"widening.test.14"]
  %"data.103" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.178", %"widening.test.14"]
  %"data_end.103" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.178", %"widening.test.14"]
  %"keys.103" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.14"]
  %"hdr.36" = getelementptr i8, ptr %"data.103", i64 %"cursor.42"
  %".3228" = getelementptr i8, ptr %"hdr.36", i64 6
  %".3229" = icmp ugt ptr %".3228", %"data_end.103"
  br i1 %".3229", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3231" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3232" = load i16, ptr %".3231", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3232", %"hsr_d1_vlan_tags2.linear"], [%".3251", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.136" = phi  ptr [%"data.103", %"hsr_d1_vlan_tags2.linear"], [%"data.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.103", %"hsr_d1_vlan_tags2.linear"], [%"data_end.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.103", %"hsr_d1_vlan_tags2.linear"], [%"keys.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3253" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3254" = zext i16 %".3253" to i64
  %".3255" = trunc i64 %".3254" to i16
  %".3256" = call i16 @"llvm.bswap.i16"(i16 %".3255")
  %".3257" = getelementptr i8, ptr %"keys.136", i64 10
  store i16 %".3256", ptr %".3257", align 2
  %".3259" = add i64 %"cursor.42", 6
  %".3260" = trunc i64 %".3259" to i16
  %".3261" = getelementptr i8, ptr %"keys.136", i64 0
  store i16 %".3260", ptr %".3261", align 2
  %".3263" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3264" = zext i16 %".3263" to i64
  switch i64 %".3264", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
pppoe_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2114" = trunc i64 %"cursor.31" to i32
  %".2115" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2114", [40 x i8]* %"header_copy", i32 8)
  %".2116" = icmp eq i64 %".2115", 0
  %".2117" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2118" = load i32, ptr %".2117", align 4
  %".2119" = zext i32 %".2118" to i64
  %"data.104" = inttoptr i64 %".2119" to ptr
  %".2120" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2121" = load i32, ptr %".2120", align 4
  %".2122" = zext i32 %".2121" to i64
  %"data_end.104" = inttoptr i64 %".2122" to ptr
  %".2123" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.104" = load ptr, ptr %".2123", align 8
  %".2124" = xor i1 %".2116", -1
  br i1 %".2124", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2126" = trunc i64 %"cursor.31" to i16
  %".2127" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2126", ptr %".2127", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2130" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2131" = load volatile i8, [40 x i8]* %".2130", align 1
  %".2132" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2133" = load volatile i8, [40 x i8]* %".2132", align 1
  %".2134" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2135" = load volatile i16, [40 x i8]* %".2134", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2150" = trunc i64 %"cursor.31" to i16
  %".2151" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2150", ptr %".2151", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2154" = add i64 %"cursor.31", 8
  %".2155" = trunc i64 %".2154" to i16
  %".2156" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2155", ptr %".2156", align 2
  %".2158" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2159" = zext i16 %".2158" to i64
  switch i64 %".2159", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.to_ipv4:
  %".2168" = trunc i64 2048 to i16
  %".2169" = call i16 @"llvm.bswap.i16"(i16 %".2168")
  %".2170" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2169", ptr %".2170", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2161" = and i64 %".2159", 257
  %".2162" = icmp eq i64 %".2161", 1
  br i1 %".2162", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv6:
  %".2173" = trunc i64 34525 to i16
  %".2174" = call i16 @"llvm.bswap.i16"(i16 %".2173")
  %".2175" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2174", ptr %".2175", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2178" = trunc i64 34887 to i16
  %".2179" = call i16 @"llvm.bswap.i16"(i16 %".2178")
  %".2180" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2179", ptr %".2180", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2183" = trunc i64 34888 to i16
  %".2184" = call i16 @"llvm.bswap.i16"(i16 %".2183")
  %".2185" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2184", ptr %".2185", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2164" = trunc i64 %".2154" to i16
  %".2165" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2164", ptr %".2165", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2195" = trunc i64 %"cursor.32" to i32
  %".2196" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2195", [40 x i8]* %"header_copy", i32 6)
  %".2197" = icmp eq i64 %".2196", 0
  %".2198" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2199" = load i32, ptr %".2198", align 4
  %".2200" = zext i32 %".2199" to i64
  %"data.106" = inttoptr i64 %".2200" to ptr
  %".2201" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2202" = load i32, ptr %".2201", align 4
  %".2203" = zext i32 %".2202" to i64
  %"data_end.106" = inttoptr i64 %".2203" to ptr
  %".2204" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.106" = load ptr, ptr %".2204", align 8
  %".2205" = xor i1 %".2197", -1
  br i1 %".2205", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2207" = trunc i64 %"cursor.32" to i16
  %".2208" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2207", ptr %".2208", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2211" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2212" = load volatile i16, [40 x i8]* %".2211", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2227" = trunc i64 %".2220" to i16
  %".2228" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2227", ptr %".2228", align 2
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
  %".2257" = trunc i64 %"cursor.33" to i32
  %".2258" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2257", [40 x i8]* %"header_copy", i32 24)
  %".2259" = icmp eq i64 %".2258", 0
  %".2260" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2261" = load i32, ptr %".2260", align 4
  %".2262" = zext i32 %".2261" to i64
  %"data.108" = inttoptr i64 %".2262" to ptr
  %".2263" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2264" = load i32, ptr %".2263", align 4
  %".2265" = zext i32 %".2264" to i64
  %"data_end.108" = inttoptr i64 %".2265" to ptr
  %".2266" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.108" = load ptr, ptr %".2266", align 8
  %".2267" = xor i1 %".2259", -1
  br i1 %".2267", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2269" = trunc i64 %"cursor.33" to i16
  %".2270" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2269", ptr %".2270", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2273" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2274" = load volatile i8, [40 x i8]* %".2273", align 1
  %".2275" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2276" = load volatile i8, [40 x i8]* %".2275", align 1
  %".2277" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2278" = load volatile i16, [40 x i8]* %".2277", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2287" = trunc i64 %"cursor.33" to i16
  %".2288" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2287", ptr %".2288", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2291" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2292" = zext i16 %".2291" to i64
  %".2293" = trunc i64 %".2292" to i16
  %".2294" = call i16 @"llvm.bswap.i16"(i16 %".2293")
  %".2295" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %".2294", ptr %".2295", align 2
  %".2297" = add i64 %"cursor.33", 24
  %".2298" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2299" = zext i16 %".2298" to i64
  switch i64 %".2299", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.to_ipv4:
  %".2305" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2305", align 1
  %".2307" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.33" = load volatile i32, ptr %".2307", align 4
  %".2308" = and i32 %"flags.33", 4
  %".2309" = icmp ne i32 %".2308", 0
  br i1 %".2309", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.unknown:
  %".2301" = trunc i64 %".2297" to i16
  %".2302" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2301", ptr %".2302", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2319" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2319", align 1
  %".2321" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.34" = load volatile i32, ptr %".2321", align 4
  %".2322" = and i32 %"flags.34", 4
  %".2323" = icmp ne i32 %".2322", 0
  br i1 %".2323", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2333" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2333", align 1
  %".2335" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.35" = load volatile i32, ptr %".2335", align 4
  %".2336" = and i32 %"flags.35", 4
  %".2337" = icmp ne i32 %".2336", 0
  br i1 %".2337", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2347" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2347", align 1
  %".2349" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.36" = load volatile i32, ptr %".2349", align 4
  %".2350" = and i32 %"flags.36", 4
  %".2351" = icmp ne i32 %".2350", 0
  br i1 %".2351", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2361" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2361", align 1
  %".2363" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.37" = load volatile i32, ptr %".2363", align 4
  %".2364" = and i32 %"flags.37", 4
  %".2365" = icmp ne i32 %".2364", 0
  br i1 %".2365", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2375" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2375", align 1
  %".2377" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.38" = load volatile i32, ptr %".2377", align 4
  %".2378" = and i32 %"flags.38", 4
  %".2379" = icmp ne i32 %".2378", 0
  br i1 %".2379", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2389" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2389", align 1
  %".2391" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.39" = load volatile i32, ptr %".2391", align 4
  %".2392" = and i32 %"flags.39", 4
  %".2393" = icmp ne i32 %".2392", 0
  br i1 %".2393", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2403" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2403", align 1
  %".2405" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.40" = load volatile i32, ptr %".2405", align 4
  %".2406" = and i32 %"flags.40", 4
  %".2407" = icmp ne i32 %".2406", 0
  br i1 %".2407", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2417" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2417", align 1
  %".2419" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.41" = load volatile i32, ptr %".2419", align 4
  %".2420" = and i32 %"flags.41", 4
  %".2421" = icmp ne i32 %".2420", 0
  br i1 %".2421", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2431" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2431", align 1
  %".2433" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.42" = load volatile i32, ptr %".2433", align 4
  %".2434" = and i32 %"flags.42", 4
  %".2435" = icmp ne i32 %".2434", 0
  br i1 %".2435", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2445" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2445", align 1
  %".2447" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.43" = load volatile i32, ptr %".2447", align 4
  %".2448" = and i32 %"flags.43", 4
  %".2449" = icmp ne i32 %".2448", 0
  br i1 %".2449", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2459" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2459", align 1
  %".2461" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.44" = load volatile i32, ptr %".2461", align 4
  %".2462" = and i32 %"flags.44", 4
  %".2463" = icmp ne i32 %".2462", 0
  br i1 %".2463", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2473" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2473", align 1
  %".2475" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.45" = load volatile i32, ptr %".2475", align 4
  %".2476" = and i32 %"flags.45", 4
  %".2477" = icmp ne i32 %".2476", 0
  br i1 %".2477", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2487" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2487", align 1
  %".2489" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.46" = load volatile i32, ptr %".2489", align 4
  %".2490" = and i32 %"flags.46", 4
  %".2491" = icmp ne i32 %".2490", 0
  br i1 %".2491", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2501" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2501", align 1
  %".2503" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.47" = load volatile i32, ptr %".2503", align 4
  %".2504" = and i32 %"flags.47", 4
  %".2505" = icmp ne i32 %".2504", 0
  br i1 %".2505", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2515" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2515", align 1
  %".2517" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.48" = load volatile i32, ptr %".2517", align 4
  %".2518" = and i32 %"flags.48", 4
  %".2519" = icmp ne i32 %".2518", 0
  br i1 %".2519", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2311" = trunc i64 %".2297" to i16
  %".2312" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2311", ptr %".2312", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2315" = trunc i64 %".2297" to i16
  %".2316" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2315", ptr %".2316", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2325" = trunc i64 %".2297" to i16
  %".2326" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2325", ptr %".2326", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2329" = trunc i64 %".2297" to i16
  %".2330" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2329", ptr %".2330", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2339" = trunc i64 %".2297" to i16
  %".2340" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2339", ptr %".2340", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2343" = trunc i64 %".2297" to i16
  %".2344" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2343", ptr %".2344", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2353" = trunc i64 %".2297" to i16
  %".2354" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2353", ptr %".2354", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2357" = trunc i64 %".2297" to i16
  %".2358" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2357", ptr %".2358", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2367" = trunc i64 %".2297" to i16
  %".2368" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2367", ptr %".2368", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2371" = trunc i64 %".2297" to i16
  %".2372" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2371", ptr %".2372", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2381" = trunc i64 %".2297" to i16
  %".2382" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2381", ptr %".2382", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2385" = trunc i64 %".2297" to i16
  %".2386" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2385", ptr %".2386", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2395" = trunc i64 %".2297" to i16
  %".2396" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2395", ptr %".2396", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2399" = trunc i64 %".2297" to i16
  %".2400" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2399", ptr %".2400", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2409" = trunc i64 %".2297" to i16
  %".2410" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2409", ptr %".2410", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2413" = trunc i64 %".2297" to i16
  %".2414" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2413", ptr %".2414", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2423" = trunc i64 %".2297" to i16
  %".2424" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2423", ptr %".2424", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2427" = trunc i64 %".2297" to i16
  %".2428" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2427", ptr %".2428", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2437" = trunc i64 %".2297" to i16
  %".2438" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2437", ptr %".2438", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2441" = trunc i64 %".2297" to i16
  %".2442" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2441", ptr %".2442", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2451" = trunc i64 %".2297" to i16
  %".2452" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2451", ptr %".2452", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2455" = trunc i64 %".2297" to i16
  %".2456" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2455", ptr %".2456", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2465" = trunc i64 %".2297" to i16
  %".2466" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2465", ptr %".2466", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2469" = trunc i64 %".2297" to i16
  %".2470" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2469", ptr %".2470", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2479" = trunc i64 %".2297" to i16
  %".2480" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2479", ptr %".2480", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2483" = trunc i64 %".2297" to i16
  %".2484" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2483", ptr %".2484", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2493" = trunc i64 %".2297" to i16
  %".2494" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2493", ptr %".2494", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2497" = trunc i64 %".2297" to i16
  %".2498" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2497", ptr %".2498", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2507" = trunc i64 %".2297" to i16
  %".2508" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2507", ptr %".2508", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2511" = trunc i64 %".2297" to i16
  %".2512" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2511", ptr %".2512", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2521" = trunc i64 %".2297" to i16
  %".2522" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2521", ptr %".2522", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2525" = trunc i64 %".2297" to i16
  %".2526" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2525", ptr %".2526", align 2
  br label %"return"
gre_d0.variable:
  %".2535" = zext i8 %"w0_1.3" to i64
  %".2536" = lshr i64 %".2535", 7
  %".2537" = and i64 %".2536", 1
  %".2538" = zext i8 %"w0_1.3" to i64
  %".2539" = lshr i64 %".2538", 5
  %".2540" = and i64 %".2539", 1
  %".2541" = add i64 %".2537", %".2540"
  %".2542" = zext i8 %"w0_1.3" to i64
  %".2543" = lshr i64 %".2542", 4
  %".2544" = and i64 %".2543", 1
  %".2545" = add i64 %".2541", %".2544"
  %".2546" = mul i64 %".2545", 4
  %".2547" = add i64 %".2546", 4
  %".2548" = getelementptr i8, ptr %"data.68", i64 %"cursor.34"
  %".2549" = getelementptr i8, ptr %".2548", i64 %".2547"
  %".2550" = icmp ugt ptr %".2549", %"data_end.68"
  br i1 %".2550", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.111" = phi  ptr [%"data.68", %"gre_d0.variable"], [%"data.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.68", %"gre_d0.variable"], [%"data_end.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.68", %"gre_d0.variable"], [%"keys.110", %"gre_d0.copy_last_byte_failed.endif"]
  %".2571" = add i64 %"cursor.34", %".2547"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".2552" = add i64 %"cursor.34", %".2547"
  %".2553" = sub i64 %".2552", 1
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2554" = trunc i64 %".2553" to i32
  %".2555" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2554", i64* %"last_byte", i32 1)
  %".2556" = icmp eq i64 %".2555", 0
  %".2557" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2558" = load i32, ptr %".2557", align 4
  %".2559" = zext i32 %".2558" to i64
  %"data.110" = inttoptr i64 %".2559" to ptr
  %".2560" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2561" = load i32, ptr %".2560", align 4
  %".2562" = zext i32 %".2561" to i64
  %"data_end.110" = inttoptr i64 %".2562" to ptr
  %".2563" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.110" = load ptr, ptr %".2563", align 8
  %".2564" = xor i1 %".2556", -1
  br i1 %".2564", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2566" = trunc i64 %"cursor.34" to i16
  %".2567" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2566", ptr %".2567", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2579" = trunc i64 %"end.2" to i16
  %".2580" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2579", ptr %".2580", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2583" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2584" = zext i16 %".2583" to i64
  switch i64 %".2584", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !4
gre_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.unknown:
  %".2586" = trunc i64 %"end.2" to i16
  %".2587" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2586", ptr %".2587", align 2
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
  %"cursor.43" = phi  i64 [%"end.2", %"gre_d0.to_ethernet"], [%".4546", %"widening.test.11"]
  %"data.113" = phi  ptr [%"data.112", %"gre_d0.to_ethernet"], [%"data.175", %"widening.test.11"]
  %"data_end.113" = phi  ptr [%"data_end.112", %"gre_d0.to_ethernet"], [%"data_end.175", %"widening.test.11"]
  %"keys.113" = phi  ptr [%"keys.112", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.11"]
  %"hdr.37" = getelementptr i8, ptr %"data.113", i64 %"cursor.43"
  %".3298" = getelementptr i8, ptr %"hdr.37", i64 14
  %".3299" = icmp ugt ptr %".3298", %"data_end.113"
  br i1 %".3299", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3301" = getelementptr i8, ptr %"hdr.37", i64 12
  %".3302" = load i16, ptr %".3301", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3302", %"ethernet_d1.linear"], [%".3321", %"ethernet_d1.copy_failed.endif"]
  %"data.138" = phi  ptr [%"data.113", %"ethernet_d1.linear"], [%"data.137", %"ethernet_d1.copy_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.113", %"ethernet_d1.linear"], [%"data_end.137", %"ethernet_d1.copy_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.113", %"ethernet_d1.linear"], [%"keys.137", %"ethernet_d1.copy_failed.endif"]
  %".3323" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3324" = zext i16 %".3323" to i64
  %".3325" = trunc i64 %".3324" to i16
  %".3326" = call i16 @"llvm.bswap.i16"(i16 %".3325")
  %".3327" = getelementptr i8, ptr %"keys.138", i64 10
  store i16 %".3326", ptr %".3327", align 2
  %".3329" = add i64 %"cursor.43", 14
  %".3330" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3331" = zext i16 %".3330" to i64
  switch i64 %".3331", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
pptp_d0.stop_before:
  %".2616" = trunc i64 %"cursor.35" to i16
  %".2617" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".2616", ptr %".2617", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".2642" = add i64 %"cursor.35", %".2637"
  %".2643" = sub i64 %".2642", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2644" = trunc i64 %".2643" to i32
  %".2645" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2644", i64* %"last_byte", i32 1)
  %".2646" = icmp eq i64 %".2645", 0
  %".2647" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2648" = load i32, ptr %".2647", align 4
  %".2649" = zext i32 %".2648" to i64
  %"data.114" = inttoptr i64 %".2649" to ptr
  %".2650" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2651" = load i32, ptr %".2650", align 4
  %".2652" = zext i32 %".2651" to i64
  %"data_end.114" = inttoptr i64 %".2652" to ptr
  %".2653" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.114" = load ptr, ptr %".2653", align 8
  %".2654" = xor i1 %".2646", -1
  br i1 %".2654", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2656" = trunc i64 %"cursor.35" to i16
  %".2657" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2656", ptr %".2657", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2666" = trunc i64 %"end.3" to i16
  %".2667" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2666", ptr %".2667", align 2
  br label %"return"
gre_version_d1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2681" = trunc i64 %"cursor.36" to i32
  %".2682" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2681", [40 x i8]* %"header_copy", i32 4)
  %".2683" = icmp eq i64 %".2682", 0
  %".2684" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2685" = load i32, ptr %".2684", align 4
  %".2686" = zext i32 %".2685" to i64
  %"data.117" = inttoptr i64 %".2686" to ptr
  %".2687" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2688" = load i32, ptr %".2687", align 4
  %".2689" = zext i32 %".2688" to i64
  %"data_end.117" = inttoptr i64 %".2689" to ptr
  %".2690" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.117" = load ptr, ptr %".2690", align 8
  %".2691" = xor i1 %".2683", -1
  br i1 %".2691", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2693" = trunc i64 %"cursor.36" to i16
  %".2694" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2693", ptr %".2694", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2697" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2698" = load volatile i8, [40 x i8]* %".2697", align 1
  %".2699" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2700" = load volatile i8, [40 x i8]* %".2699", align 1
  %".2701" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2702" = load volatile i16, [40 x i8]* %".2701", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2713" = trunc i64 %"cursor.36" to i16
  %".2714" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2713", ptr %".2714", align 2
  br label %"return"
gre_version_d1.unknown:
  %".2726" = trunc i64 %"cursor.36" to i16
  %".2727" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2726", ptr %".2727", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
pptp_d1:
  %"cursor.46" = phi  i64 [%"cursor.36", %"gre_version_d1.to_pptp"]
  %"data.120" = phi  ptr [%"data.118", %"gre_version_d1.to_pptp"]
  %"data_end.120" = phi  ptr [%"data_end.118", %"gre_version_d1.to_pptp"]
  %"keys.120" = phi  ptr [%"keys.118", %"gre_version_d1.to_pptp"]
  %".3563" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3564" = zext i16 %".3563" to i64
  %".3565" = icmp ne i64 %".3564", 34827
  %".3566" = zext i8 %"w0_1.9" to i64
  %".3567" = lshr i64 %".3566", 5
  %".3568" = and i64 %".3567", 1
  %".3569" = icmp eq i64 %".3568", 0
  %".3570" = or i1 %".3565", %".3569"
  br i1 %".3570", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".3576" = add i64 %"cursor.46", 4
  %".3577" = zext i8 %"w0_1.9" to i64
  %".3578" = lshr i64 %".3577", 7
  %".3579" = and i64 %".3578", 1
  %".3580" = zext i8 %"w0_1.9" to i64
  %".3581" = lshr i64 %".3580", 5
  %".3582" = and i64 %".3581", 1
  %".3583" = add i64 %".3579", %".3582"
  %".3584" = zext i8 %"w0_1.9" to i64
  %".3585" = lshr i64 %".3584", 4
  %".3586" = and i64 %".3585", 1
  %".3587" = add i64 %".3583", %".3586"
  %".3588" = zext i8 %"w1_1.6" to i64
  %".3589" = lshr i64 %".3588", 7
  %".3590" = and i64 %".3589", 1
  %".3591" = add i64 %".3587", %".3590"
  %".3592" = mul i64 %".3591", 4
  %".3593" = add i64 %".3592", 4
  %".3594" = getelementptr i8, ptr %"data.120", i64 %"cursor.46"
  %".3595" = getelementptr i8, ptr %".3594", i64 %".3593"
  %".3596" = icmp ugt ptr %".3595", %"data_end.120"
  br i1 %".3596", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.146" = phi  ptr [%"data.120", %"pptp_d1.stop_before.endif"], [%"data.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.120", %"pptp_d1.stop_before.endif"], [%"data_end.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.120", %"pptp_d1.stop_before.endif"], [%"keys.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %".3617" = add i64 %"cursor.46", %".3593"
  %".3618" = add i64 %"cursor.46", 8
  %".3619" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3618")
  %".3620" = icmp eq i64 %".3592", 4
  %"end.5" = select  i1 %".3620", i64 %".3619", i64 %".3617"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.52" = phi  i64 [%"end.5", %"pptp_d1.to_ppp"]
  %"data.147" = phi  ptr [%"data.146", %"pptp_d1.to_ppp"]
  %"data_end.147" = phi  ptr [%"data_end.146", %"pptp_d1.to_ppp"]
  %"keys.147" = phi  ptr [%"keys.146", %"pptp_d1.to_ppp"]
  %"hdr.43" = getelementptr i8, ptr %"data.147", i64 %"cursor.52"
  %".4082" = getelementptr i8, ptr %"hdr.43", i64 4
  %".4083" = icmp ugt ptr %".4082", %"data_end.147"
  br i1 %".4083", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".4085" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4086" = load i16, ptr %".4085", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.17" = phi  i16 [%".4086", %"ppp_d1.linear"], [%".4105", %"ppp_d1.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.147", %"ppp_d1.linear"], [%"data.158", %"ppp_d1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.147", %"ppp_d1.linear"], [%"data_end.158", %"ppp_d1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.147", %"ppp_d1.linear"], [%"keys.158", %"ppp_d1.copy_failed.endif"]
  %".4107" = add i64 %"cursor.52", 4
  %".4108" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4109" = zext i16 %".4108" to i64
  switch i64 %".4109", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ppp_d1.to_ipv4:
  %".4118" = trunc i64 2048 to i16
  %".4119" = call i16 @"llvm.bswap.i16"(i16 %".4118")
  %".4120" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4119", ptr %".4120", align 2
  %".4122" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4122", align 1
  %".4124" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.74" = load volatile i32, ptr %".4124", align 4
  %".4125" = and i32 %"flags.74", 4
  %".4126" = icmp ne i32 %".4125", 0
  br i1 %".4126", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2740" = trunc i64 %"cursor.37" to i32
  %".2741" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2740", [40 x i8]* %"header_copy", i32 2)
  %".2742" = icmp eq i64 %".2741", 0
  %".2743" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2744" = load i32, ptr %".2743", align 4
  %".2745" = zext i32 %".2744" to i64
  %"data.121" = inttoptr i64 %".2745" to ptr
  %".2746" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2747" = load i32, ptr %".2746", align 4
  %".2748" = zext i32 %".2747" to i64
  %"data_end.121" = inttoptr i64 %".2748" to ptr
  %".2749" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.121" = load ptr, ptr %".2749", align 8
  %".2750" = xor i1 %".2742", -1
  br i1 %".2750", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2752" = trunc i64 %"cursor.37" to i16
  %".2753" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2752", ptr %".2753", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2756" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2757" = load volatile i8, [40 x i8]* %".2756", align 1
  %".2758" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2759" = load volatile i8, [40 x i8]* %".2758", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2773" = trunc i64 %".2770" to i16
  %".2774" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2773", ptr %".2774", align 2
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
  %".2790" = trunc i64 34887 to i16
  %".2791" = call i16 @"llvm.bswap.i16"(i16 %".2790")
  %".2792" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2791", ptr %".2792", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2795" = trunc i64 2048 to i16
  %".2796" = call i16 @"llvm.bswap.i16"(i16 %".2795")
  %".2797" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2796", ptr %".2797", align 2
  %".2799" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2799", align 1
  %".2801" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.50" = load volatile i32, ptr %".2801", align 4
  %".2802" = and i32 %"flags.50", 4
  %".2803" = icmp ne i32 %".2802", 0
  br i1 %".2803", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2813" = trunc i64 34525 to i16
  %".2814" = call i16 @"llvm.bswap.i16"(i16 %".2813")
  %".2815" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2814", ptr %".2815", align 2
  %".2817" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2817", align 1
  %".2819" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.51" = load volatile i32, ptr %".2819", align 4
  %".2820" = and i32 %"flags.51", 4
  %".2821" = icmp ne i32 %".2820", 0
  br i1 %".2821", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.47" = phi  i64 [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".4700", %"widening.test.25"]
  %"data.123" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.189", %"widening.test.25"]
  %"data_end.123" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.189", %"widening.test.25"]
  %"keys.123" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.25"]
  %"hdr.39" = getelementptr i8, ptr %"data.123", i64 %"cursor.47"
  %".3627" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3628" = icmp ugt ptr %".3627", %"data_end.123"
  br i1 %".3628", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3630" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3631" = load i8, ptr %".3630", align 1
  %".3632" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3633" = load i8, ptr %".3632", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3631", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3652", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3633", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3654", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3656" = zext i8 %"w0_1.14" to i64
  %".3657" = trunc i64 %".3656" to i8
  %".3658" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %".3657", ptr %".3658", align 1
  %".3660" = add i64 %"cursor.47", 2
  %".3661" = zext i8 %"w1_1.9" to i64
  %".3662" = mul i64 %".3661", 8
  %".3663" = add i64 %".3662", 6
  %".3664" = add i64 %".3663", 2
  %".3665" = add i64 %"cursor.47", %".3664"
  %".3666" = zext i8 %"w0_1.14" to i64
  switch i64 %".3666", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.48" = phi  i64 [%".2770", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".4689", %"widening.test.24"]
  %"data.124" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.188", %"widening.test.24"]
  %"data_end.124" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.188", %"widening.test.24"]
  %"keys.124" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.24"]
  %"hdr.40" = getelementptr i8, ptr %"data.124", i64 %"cursor.48"
  %".3726" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3727" = icmp ugt ptr %".3726", %"data_end.124"
  br i1 %".3727", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3729" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3730" = load i8, ptr %".3729", align 1
  %".3731" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3732" = load i16, ptr %".3731", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3730", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3751", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3732", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3755" = zext i8 %"w0_1.15" to i64
  %".3756" = trunc i64 %".3755" to i8
  %".3757" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %".3756", ptr %".3757", align 1
  %".3759" = add i64 %"cursor.48", 8
  %".3760" = icmp ne i64 1, 0
  %".3761" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3762" = zext i16 %".3761" to i64
  %".3763" = and i64 %".3762", 65528
  %".3764" = icmp eq i64 %".3763", 0
  br i1 %".3760", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".3786" = zext i8 %"w0_1.15" to i64
  switch i64 %".3786", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2805" = trunc i64 %".2770" to i16
  %".2806" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2805", ptr %".2806", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2809" = trunc i64 %".2770" to i16
  %".2810" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2809", ptr %".2810", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2823" = trunc i64 %".2770" to i16
  %".2824" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2823", ptr %".2824", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2827" = trunc i64 %".2770" to i16
  %".2828" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2827", ptr %".2828", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2839" = trunc i64 %"cursor.38" to i32
  %".2840" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2839", [40 x i8]* %"header_copy", i32 8)
  %".2841" = icmp eq i64 %".2840", 0
  %".2842" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2843" = load i32, ptr %".2842", align 4
  %".2844" = zext i32 %".2843" to i64
  %"data.125" = inttoptr i64 %".2844" to ptr
  %".2845" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2846" = load i32, ptr %".2845", align 4
  %".2847" = zext i32 %".2846" to i64
  %"data_end.125" = inttoptr i64 %".2847" to ptr
  %".2848" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.125" = load ptr, ptr %".2848", align 8
  %".2849" = xor i1 %".2841", -1
  br i1 %".2849", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2851" = trunc i64 %"cursor.38" to i16
  %".2852" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2851", ptr %".2852", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2855" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2856" = load volatile i8, [40 x i8]* %".2855", align 1
  %".2857" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2858" = load volatile i16, [40 x i8]* %".2857", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2871" = getelementptr i8, ptr %"keys.126", i64 6
  store i8 1, ptr %".2871", align 1
  br i1 %".2869", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2874" = getelementptr i8, ptr %"keys.126", i64 7
  store i8 1, ptr %".2874", align 1
  %".2876" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.52" = load volatile i32, ptr %".2876", align 4
  %".2877" = and i32 %"flags.52", 1
  %".2878" = icmp ne i32 %".2877", 0
  %".2879" = xor i1 %".2878", -1
  br i1 %".2879", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".2886" = trunc i64 %".2864" to i16
  %".2887" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2886", ptr %".2887", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".2881" = trunc i64 %".2864" to i16
  %".2882" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2881", ptr %".2882", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".2893" = trunc i64 %".2864" to i16
  %".2894" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2893", ptr %".2894", align 2
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
  %".2910" = trunc i64 34887 to i16
  %".2911" = call i16 @"llvm.bswap.i16"(i16 %".2910")
  %".2912" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".2911", ptr %".2912", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".2915" = trunc i64 2048 to i16
  %".2916" = call i16 @"llvm.bswap.i16"(i16 %".2915")
  %".2917" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".2916", ptr %".2917", align 2
  %".2919" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".2919", align 1
  %".2921" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.53" = load volatile i32, ptr %".2921", align 4
  %".2922" = and i32 %"flags.53", 4
  %".2923" = icmp ne i32 %".2922", 0
  br i1 %".2923", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".2933" = trunc i64 34525 to i16
  %".2934" = call i16 @"llvm.bswap.i16"(i16 %".2933")
  %".2935" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".2934", ptr %".2935", align 2
  %".2937" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".2937", align 1
  %".2939" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.54" = load volatile i32, ptr %".2939", align 4
  %".2940" = and i32 %"flags.54", 4
  %".2941" = icmp ne i32 %".2940", 0
  br i1 %".2941", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".2925" = trunc i64 %".2864" to i16
  %".2926" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2925", ptr %".2926", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".2929" = trunc i64 %".2864" to i16
  %".2930" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2929", ptr %".2930", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".2943" = trunc i64 %".2864" to i16
  %".2944" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2943", ptr %".2944", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2947" = trunc i64 %".2864" to i16
  %".2948" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2947", ptr %".2948", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2959" = trunc i64 %"cursor.39" to i32
  %".2960" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2959", [40 x i8]* %"header_copy", i32 2)
  %".2961" = icmp eq i64 %".2960", 0
  %".2962" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2963" = load i32, ptr %".2962", align 4
  %".2964" = zext i32 %".2963" to i64
  %"data.127" = inttoptr i64 %".2964" to ptr
  %".2965" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2966" = load i32, ptr %".2965", align 4
  %".2967" = zext i32 %".2966" to i64
  %"data_end.127" = inttoptr i64 %".2967" to ptr
  %".2968" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.127" = load ptr, ptr %".2968", align 8
  %".2969" = xor i1 %".2961", -1
  br i1 %".2969", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".2971" = trunc i64 %"cursor.39" to i16
  %".2972" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2971", ptr %".2972", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".2975" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2976" = load volatile i8, [40 x i8]* %".2975", align 1
  %".2977" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2978" = load volatile i8, [40 x i8]* %".2977", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".2992" = trunc i64 %".2989" to i16
  %".2993" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2992", ptr %".2993", align 2
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
  %".3009" = trunc i64 34887 to i16
  %".3010" = call i16 @"llvm.bswap.i16"(i16 %".3009")
  %".3011" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".3010", ptr %".3011", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3014" = trunc i64 2048 to i16
  %".3015" = call i16 @"llvm.bswap.i16"(i16 %".3014")
  %".3016" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".3015", ptr %".3016", align 2
  %".3018" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3018", align 1
  %".3020" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.55" = load volatile i32, ptr %".3020", align 4
  %".3021" = and i32 %"flags.55", 4
  %".3022" = icmp ne i32 %".3021", 0
  br i1 %".3022", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3029" = trunc i64 34525 to i16
  %".3030" = call i16 @"llvm.bswap.i16"(i16 %".3029")
  %".3031" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".3030", ptr %".3031", align 2
  %".3033" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3033", align 1
  %".3035" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.56" = load volatile i32, ptr %".3035", align 4
  %".3036" = and i32 %"flags.56", 4
  %".3037" = icmp ne i32 %".3036", 0
  br i1 %".3037", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.49" = phi  i64 [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4513", %"widening.test.8"]
  %"data.129" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.172", %"widening.test.8"]
  %"data_end.129" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.172", %"widening.test.8"]
  %"keys.129" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.41" = getelementptr i8, ptr %"data.129", i64 %"cursor.49"
  %".3846" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3847" = icmp ugt ptr %".3846", %"data_end.129"
  br i1 %".3847", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".3849" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3850" = load i8, ptr %".3849", align 1
  %".3851" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3852" = load i8, ptr %".3851", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.16" = phi  i8 [%".3850", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3871", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3852", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3873", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".3875" = zext i8 %"w0_1.16" to i64
  %".3876" = trunc i64 %".3875" to i8
  %".3877" = getelementptr i8, ptr %"keys.155", i64 9
  store i8 %".3876", ptr %".3877", align 1
  %".3879" = add i64 %"cursor.49", 2
  %".3880" = zext i8 %"w1_1.10" to i64
  %".3881" = mul i64 %".3880", 8
  %".3882" = add i64 %".3881", 6
  %".3883" = add i64 %".3882", 2
  %".3884" = add i64 %"cursor.49", %".3883"
  %".3885" = zext i8 %"w0_1.16" to i64
  switch i64 %".3885", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.50" = phi  i64 [%".2989", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".4502", %"widening.test.7"]
  %"data.130" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.171", %"widening.test.7"]
  %"data_end.130" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.171", %"widening.test.7"]
  %"keys.130" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.42" = getelementptr i8, ptr %"data.130", i64 %"cursor.50"
  %".3951" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3952" = icmp ugt ptr %".3951", %"data_end.130"
  br i1 %".3952", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".3954" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3955" = load i8, ptr %".3954", align 1
  %".3956" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3957" = load i16, ptr %".3956", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.17" = phi  i8 [%".3955", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3976", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".3957", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3978", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".3980" = zext i8 %"w0_1.17" to i64
  %".3981" = trunc i64 %".3980" to i8
  %".3982" = getelementptr i8, ptr %"keys.157", i64 9
  store i8 %".3981", ptr %".3982", align 1
  %".3984" = add i64 %"cursor.50", 8
  %".3985" = icmp ne i64 1, 0
  %".3986" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3987" = zext i16 %".3986" to i64
  %".3988" = and i64 %".3987", 65528
  %".3989" = icmp eq i64 %".3988", 0
  br i1 %".3985", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".4011" = zext i8 %"w0_1.17" to i64
  switch i64 %".4011", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3024" = trunc i64 %".2989" to i16
  %".3025" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3024", ptr %".3025", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3039" = trunc i64 %".2989" to i16
  %".3040" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3039", ptr %".3040", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3052" = trunc i64 %"cursor.40" to i32
  %".3053" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3052", [40 x i8]* %"header_copy", i32 8)
  %".3054" = icmp eq i64 %".3053", 0
  %".3055" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3056" = load i32, ptr %".3055", align 4
  %".3057" = zext i32 %".3056" to i64
  %"data.131" = inttoptr i64 %".3057" to ptr
  %".3058" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3059" = load i32, ptr %".3058", align 4
  %".3060" = zext i32 %".3059" to i64
  %"data_end.131" = inttoptr i64 %".3060" to ptr
  %".3061" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.131" = load ptr, ptr %".3061", align 8
  %".3062" = xor i1 %".3054", -1
  br i1 %".3062", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3064" = trunc i64 %"cursor.40" to i16
  %".3065" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3064", ptr %".3065", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3068" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3069" = load volatile i8, [40 x i8]* %".3068", align 1
  %".3070" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3071" = load volatile i16, [40 x i8]* %".3070", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3084" = getelementptr i8, ptr %"keys.132", i64 6
  store i8 1, ptr %".3084", align 1
  br i1 %".3082", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3087" = getelementptr i8, ptr %"keys.132", i64 7
  store i8 1, ptr %".3087", align 1
  %".3089" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.57" = load volatile i32, ptr %".3089", align 4
  %".3090" = and i32 %"flags.57", 1
  %".3091" = icmp ne i32 %".3090", 0
  %".3092" = xor i1 %".3091", -1
  br i1 %".3092", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3099" = trunc i64 %".3077" to i16
  %".3100" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3099", ptr %".3100", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3094" = trunc i64 %".3077" to i16
  %".3095" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3094", ptr %".3095", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3106" = trunc i64 %".3077" to i16
  %".3107" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3106", ptr %".3107", align 2
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
  %".3123" = trunc i64 34887 to i16
  %".3124" = call i16 @"llvm.bswap.i16"(i16 %".3123")
  %".3125" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3124", ptr %".3125", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3128" = trunc i64 2048 to i16
  %".3129" = call i16 @"llvm.bswap.i16"(i16 %".3128")
  %".3130" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3129", ptr %".3130", align 2
  %".3132" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3132", align 1
  %".3134" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.58" = load volatile i32, ptr %".3134", align 4
  %".3135" = and i32 %"flags.58", 4
  %".3136" = icmp ne i32 %".3135", 0
  br i1 %".3136", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3143" = trunc i64 34525 to i16
  %".3144" = call i16 @"llvm.bswap.i16"(i16 %".3143")
  %".3145" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3144", ptr %".3145", align 2
  %".3147" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3147", align 1
  %".3149" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.59" = load volatile i32, ptr %".3149", align 4
  %".3150" = and i32 %"flags.59", 4
  %".3151" = icmp ne i32 %".3150", 0
  br i1 %".3151", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3138" = trunc i64 %".3077" to i16
  %".3139" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3138", ptr %".3139", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3153" = trunc i64 %".3077" to i16
  %".3154" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3153", ptr %".3154", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3164" = trunc i64 %"cursor.41" to i32
  %".3165" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3164", [40 x i8]* %"header_copy", i32 4)
  %".3166" = icmp eq i64 %".3165", 0
  %".3167" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3168" = load i32, ptr %".3167", align 4
  %".3169" = zext i32 %".3168" to i64
  %"data.133" = inttoptr i64 %".3169" to ptr
  %".3170" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3171" = load i32, ptr %".3170", align 4
  %".3172" = zext i32 %".3171" to i64
  %"data_end.133" = inttoptr i64 %".3172" to ptr
  %".3173" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.133" = load ptr, ptr %".3173", align 8
  %".3174" = xor i1 %".3166", -1
  br i1 %".3174", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3176" = trunc i64 %"cursor.41" to i16
  %".3177" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3176", ptr %".3177", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3180" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3181" = load volatile i16, [40 x i8]* %".3180", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3196" = trunc i64 %".3189" to i16
  %".3197" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3196", ptr %".3197", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3202" = trunc i64 %".3189" to i16
  %".3203" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3202", ptr %".3203", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3206" = trunc i64 %".3189" to i16
  %".3207" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3206", ptr %".3207", align 2
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
  %".3219" = trunc i64 %".3189" to i16
  %".3220" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3219", ptr %".3220", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3223" = trunc i64 %".3189" to i16
  %".3224" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3223", ptr %".3224", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3234" = trunc i64 %"cursor.42" to i32
  %".3235" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3234", [40 x i8]* %"header_copy", i32 6)
  %".3236" = icmp eq i64 %".3235", 0
  %".3237" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3238" = load i32, ptr %".3237", align 4
  %".3239" = zext i32 %".3238" to i64
  %"data.135" = inttoptr i64 %".3239" to ptr
  %".3240" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3241" = load i32, ptr %".3240", align 4
  %".3242" = zext i32 %".3241" to i64
  %"data_end.135" = inttoptr i64 %".3242" to ptr
  %".3243" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.135" = load ptr, ptr %".3243", align 8
  %".3244" = xor i1 %".3236", -1
  br i1 %".3244", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3246" = trunc i64 %"cursor.42" to i16
  %".3247" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3246", ptr %".3247", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3250" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3251" = load volatile i16, [40 x i8]* %".3250", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3266" = trunc i64 %".3259" to i16
  %".3267" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3266", ptr %".3267", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3272" = trunc i64 %".3259" to i16
  %".3273" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3272", ptr %".3273", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3276" = trunc i64 %".3259" to i16
  %".3277" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3276", ptr %".3277", align 2
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
  %".3289" = trunc i64 %".3259" to i16
  %".3290" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3289", ptr %".3290", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3293" = trunc i64 %".3259" to i16
  %".3294" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3293", ptr %".3294", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
ethernet_d1.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3304" = trunc i64 %"cursor.43" to i32
  %".3305" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3304", [40 x i8]* %"header_copy", i32 14)
  %".3306" = icmp eq i64 %".3305", 0
  %".3307" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3308" = load i32, ptr %".3307", align 4
  %".3309" = zext i32 %".3308" to i64
  %"data.137" = inttoptr i64 %".3309" to ptr
  %".3310" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3311" = load i32, ptr %".3310", align 4
  %".3312" = zext i32 %".3311" to i64
  %"data_end.137" = inttoptr i64 %".3312" to ptr
  %".3313" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.137" = load ptr, ptr %".3313", align 8
  %".3314" = xor i1 %".3306", -1
  br i1 %".3314", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3316" = trunc i64 %"cursor.43" to i16
  %".3317" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3316", ptr %".3317", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3320" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3321" = load volatile i16, [40 x i8]* %".3320", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3333" = trunc i64 %".3329" to i16
  %".3334" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3333", ptr %".3334", align 2
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
  %".3359" = trunc i64 %"cursor.44" to i32
  %".3360" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3359", [40 x i8]* %"header_copy", i32 4)
  %".3361" = icmp eq i64 %".3360", 0
  %".3362" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3363" = load i32, ptr %".3362", align 4
  %".3364" = zext i32 %".3363" to i64
  %"data.139" = inttoptr i64 %".3364" to ptr
  %".3365" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3366" = load i32, ptr %".3365", align 4
  %".3367" = zext i32 %".3366" to i64
  %"data_end.139" = inttoptr i64 %".3367" to ptr
  %".3368" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.139" = load ptr, ptr %".3368", align 8
  %".3369" = xor i1 %".3361", -1
  br i1 %".3369", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3371" = trunc i64 %"cursor.44" to i16
  %".3372" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3371", ptr %".3372", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3375" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3376" = load volatile i16, [40 x i8]* %".3375", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3382" = and i64 %".3380", 0
  %".3383" = icmp eq i64 %".3382", 0
  br i1 %".3383", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv6:
  %".3404" = trunc i64 34525 to i16
  %".3405" = call i16 @"llvm.bswap.i16"(i16 %".3404")
  %".3406" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3405", ptr %".3406", align 2
  %".3408" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3408", align 1
  %".3410" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.61" = load volatile i32, ptr %".3410", align 4
  %".3411" = and i32 %"flags.61", 4
  %".3412" = icmp ne i32 %".3411", 0
  br i1 %".3412", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".3419" = trunc i64 34827 to i16
  %".3420" = call i16 @"llvm.bswap.i16"(i16 %".3419")
  %".3421" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3420", ptr %".3421", align 2
  %".3423" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3423", align 1
  %".3425" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.62" = load volatile i32, ptr %".3425", align 4
  %".3426" = and i32 %"flags.62", 4
  %".3427" = icmp ne i32 %".3426", 0
  br i1 %".3427", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".3385" = trunc i64 %".3378" to i16
  %".3386" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3385", ptr %".3386", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3399" = trunc i64 %".3378" to i16
  %".3400" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3399", ptr %".3400", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".3414" = trunc i64 %".3378" to i16
  %".3415" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3414", ptr %".3415", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".3429" = trunc i64 %".3378" to i16
  %".3430" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3429", ptr %".3430", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.51" = phi  i64 [%".3378", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.141" = phi  ptr [%"data.140", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.141" = phi  ptr [%"data_end.140", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.141" = phi  ptr [%"keys.140", %"ppp_d0.stop_at_encap.endif.2"]
  %".4077" = add i64 %"cursor.51", 0
  %".4078" = trunc i64 %".4077" to i16
  %".4079" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".4078", ptr %".4079", align 2
  br label %"return"
gre_d1.variable:
  %".3440" = zext i8 %"w0_1.9" to i64
  %".3441" = lshr i64 %".3440", 7
  %".3442" = and i64 %".3441", 1
  %".3443" = zext i8 %"w0_1.9" to i64
  %".3444" = lshr i64 %".3443", 5
  %".3445" = and i64 %".3444", 1
  %".3446" = add i64 %".3442", %".3445"
  %".3447" = zext i8 %"w0_1.9" to i64
  %".3448" = lshr i64 %".3447", 4
  %".3449" = and i64 %".3448", 1
  %".3450" = add i64 %".3446", %".3449"
  %".3451" = mul i64 %".3450", 4
  %".3452" = add i64 %".3451", 4
  %".3453" = getelementptr i8, ptr %"data.119", i64 %"cursor.45"
  %".3454" = getelementptr i8, ptr %".3453", i64 %".3452"
  %".3455" = icmp ugt ptr %".3454", %"data_end.119"
  br i1 %".3455", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.143" = phi  ptr [%"data.119", %"gre_d1.variable"], [%"data.142", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.143" = phi  ptr [%"data_end.119", %"gre_d1.variable"], [%"data_end.142", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.143" = phi  ptr [%"keys.119", %"gre_d1.variable"], [%"keys.142", %"gre_d1.copy_last_byte_failed.endif"]
  %".3476" = add i64 %"cursor.45", %".3452"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".3457" = add i64 %"cursor.45", %".3452"
  %".3458" = sub i64 %".3457", 1
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3459" = trunc i64 %".3458" to i32
  %".3460" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3459", i64* %"last_byte", i32 1)
  %".3461" = icmp eq i64 %".3460", 0
  %".3462" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3463" = load i32, ptr %".3462", align 4
  %".3464" = zext i32 %".3463" to i64
  %"data.142" = inttoptr i64 %".3464" to ptr
  %".3465" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3466" = load i32, ptr %".3465", align 4
  %".3467" = zext i32 %".3466" to i64
  %"data_end.142" = inttoptr i64 %".3467" to ptr
  %".3468" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.142" = load ptr, ptr %".3468", align 8
  %".3469" = xor i1 %".3461", -1
  br i1 %".3469", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3471" = trunc i64 %"cursor.45" to i16
  %".3472" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3471", ptr %".3472", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3484" = trunc i64 %"end.4" to i16
  %".3485" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3484", ptr %".3485", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".3488" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3489" = zext i16 %".3488" to i64
  switch i64 %".3489", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !4
gre_d1.to_ipv4:
  %".3495" = trunc i64 %"end.4" to i16
  %".3496" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3495", ptr %".3496", align 2
  br label %"return"
gre_d1.unknown:
  %".3491" = trunc i64 %"end.4" to i16
  %".3492" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3491", ptr %".3492", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3499" = trunc i64 %"end.4" to i16
  %".3500" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3499", ptr %".3500", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3503" = trunc i64 %"end.4" to i16
  %".3504" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3503", ptr %".3504", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3507" = trunc i64 %"end.4" to i16
  %".3508" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3507", ptr %".3508", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3511" = trunc i64 %"end.4" to i16
  %".3512" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3511", ptr %".3512", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3515" = trunc i64 %"end.4" to i16
  %".3516" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3515", ptr %".3516", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3519" = trunc i64 %"end.4" to i16
  %".3520" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3519", ptr %".3520", align 2
  br label %"return"
gre_d1.to_arp:
  %".3523" = trunc i64 %"end.4" to i16
  %".3524" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3523", ptr %".3524", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3527" = trunc i64 %"end.4" to i16
  %".3528" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3527", ptr %".3528", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3531" = trunc i64 %"end.4" to i16
  %".3532" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3531", ptr %".3532", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3535" = trunc i64 %"end.4" to i16
  %".3536" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3535", ptr %".3536", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3539" = trunc i64 %"end.4" to i16
  %".3540" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3539", ptr %".3540", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3543" = trunc i64 %"end.4" to i16
  %".3544" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3543", ptr %".3544", align 2
  br label %"return"
gre_d1.to_hsr:
  %".3547" = trunc i64 %"end.4" to i16
  %".3548" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3547", ptr %".3548", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".3551" = trunc i64 %"end.4" to i16
  %".3552" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3551", ptr %".3552", align 2
  br label %"return"
gre_d1.to_batadv:
  %".3555" = trunc i64 %"end.4" to i16
  %".3556" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3555", ptr %".3556", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3559" = trunc i64 %"end.4" to i16
  %".3560" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3559", ptr %".3560", align 2
  br label %"return"
pptp_d1.stop_before:
  %".3572" = trunc i64 %"cursor.46" to i16
  %".3573" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3572", ptr %".3573", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".3598" = add i64 %"cursor.46", %".3593"
  %".3599" = sub i64 %".3598", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3600" = trunc i64 %".3599" to i32
  %".3601" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3600", i64* %"last_byte", i32 1)
  %".3602" = icmp eq i64 %".3601", 0
  %".3603" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3604" = load i32, ptr %".3603", align 4
  %".3605" = zext i32 %".3604" to i64
  %"data.145" = inttoptr i64 %".3605" to ptr
  %".3606" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3607" = load i32, ptr %".3606", align 4
  %".3608" = zext i32 %".3607" to i64
  %"data_end.145" = inttoptr i64 %".3608" to ptr
  %".3609" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.145" = load ptr, ptr %".3609", align 8
  %".3610" = xor i1 %".3602", -1
  br i1 %".3610", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3612" = trunc i64 %"cursor.46" to i16
  %".3613" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3612", ptr %".3613", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3622" = trunc i64 %"end.5" to i16
  %".3623" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3622", ptr %".3623", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3635" = trunc i64 %"cursor.47" to i32
  %".3636" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3635", [40 x i8]* %"header_copy", i32 2)
  %".3637" = icmp eq i64 %".3636", 0
  %".3638" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3639" = load i32, ptr %".3638", align 4
  %".3640" = zext i32 %".3639" to i64
  %"data.148" = inttoptr i64 %".3640" to ptr
  %".3641" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3642" = load i32, ptr %".3641", align 4
  %".3643" = zext i32 %".3642" to i64
  %"data_end.148" = inttoptr i64 %".3643" to ptr
  %".3644" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.148" = load ptr, ptr %".3644", align 8
  %".3645" = xor i1 %".3637", -1
  br i1 %".3645", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3647" = trunc i64 %"cursor.47" to i16
  %".3648" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3647", ptr %".3648", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3651" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3652" = load volatile i8, [40 x i8]* %".3651", align 1
  %".3653" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3654" = load volatile i8, [40 x i8]* %".3653", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3668" = trunc i64 %".3665" to i16
  %".3669" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3668", ptr %".3669", align 2
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
  %".3685" = trunc i64 34887 to i16
  %".3686" = call i16 @"llvm.bswap.i16"(i16 %".3685")
  %".3687" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3686", ptr %".3687", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3690" = trunc i64 2048 to i16
  %".3691" = call i16 @"llvm.bswap.i16"(i16 %".3690")
  %".3692" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3691", ptr %".3692", align 2
  %".3694" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3694", align 1
  %".3696" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.64" = load volatile i32, ptr %".3696", align 4
  %".3697" = and i32 %"flags.64", 4
  %".3698" = icmp ne i32 %".3697", 0
  br i1 %".3698", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3708" = trunc i64 34525 to i16
  %".3709" = call i16 @"llvm.bswap.i16"(i16 %".3708")
  %".3710" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3709", ptr %".3710", align 2
  %".3712" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3712", align 1
  %".3714" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.65" = load volatile i32, ptr %".3714", align 4
  %".3715" = and i32 %"flags.65", 4
  %".3716" = icmp ne i32 %".3715", 0
  br i1 %".3716", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.53" = phi  i64 [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4722", %"widening.test.27"]
  %"data.150" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.191", %"widening.test.27"]
  %"data_end.150" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.191", %"widening.test.27"]
  %"keys.150" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.27"]
  %"hdr.44" = getelementptr i8, ptr %"data.150", i64 %"cursor.53"
  %".4172" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4173" = icmp ugt ptr %".4172", %"data_end.150"
  br i1 %".4173", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4175" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4176" = load i8, ptr %".4175", align 1
  %".4177" = getelementptr i8, ptr %"hdr.44", i64 1
  %".4178" = load i8, ptr %".4177", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.18" = phi  i8 [%".4176", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4197", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4178", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4199", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4201" = zext i8 %"w0_1.18" to i64
  %".4202" = trunc i64 %".4201" to i8
  %".4203" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %".4202", ptr %".4203", align 1
  %".4205" = add i64 %"cursor.53", 2
  %".4206" = zext i8 %"w1_1.11" to i64
  %".4207" = mul i64 %".4206", 8
  %".4208" = add i64 %".4207", 6
  %".4209" = add i64 %".4208", 2
  %".4210" = add i64 %"cursor.53", %".4209"
  %".4211" = zext i8 %"w0_1.18" to i64
  switch i64 %".4211", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.54" = phi  i64 [%".3665", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".3759", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".4711", %"widening.test.26"]
  %"data.151" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.190", %"widening.test.26"]
  %"data_end.151" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.190", %"widening.test.26"]
  %"keys.151" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.26"]
  %"hdr.45" = getelementptr i8, ptr %"data.151", i64 %"cursor.54"
  %".4283" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4284" = icmp ugt ptr %".4283", %"data_end.151"
  br i1 %".4284", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4286" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4287" = load i8, ptr %".4286", align 1
  %".4288" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4289" = load i16, ptr %".4288", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.19" = phi  i8 [%".4287", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4308", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4289", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4310", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4312" = zext i8 %"w0_1.19" to i64
  %".4313" = trunc i64 %".4312" to i8
  %".4314" = getelementptr i8, ptr %"keys.163", i64 9
  store i8 %".4313", ptr %".4314", align 1
  %".4316" = add i64 %"cursor.54", 8
  %".4317" = icmp ne i64 1, 0
  %".4318" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4319" = zext i16 %".4318" to i64
  %".4320" = and i64 %".4319", 65528
  %".4321" = icmp eq i64 %".4320", 0
  br i1 %".4317", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4343" = zext i8 %"w0_1.19" to i64
  switch i64 %".4343", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3700" = trunc i64 %".3665" to i16
  %".3701" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3700", ptr %".3701", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3704" = trunc i64 %".3665" to i16
  %".3705" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3704", ptr %".3705", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3718" = trunc i64 %".3665" to i16
  %".3719" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3718", ptr %".3719", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3722" = trunc i64 %".3665" to i16
  %".3723" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3722", ptr %".3723", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3734" = trunc i64 %"cursor.48" to i32
  %".3735" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3734", [40 x i8]* %"header_copy", i32 8)
  %".3736" = icmp eq i64 %".3735", 0
  %".3737" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3738" = load i32, ptr %".3737", align 4
  %".3739" = zext i32 %".3738" to i64
  %"data.152" = inttoptr i64 %".3739" to ptr
  %".3740" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3741" = load i32, ptr %".3740", align 4
  %".3742" = zext i32 %".3741" to i64
  %"data_end.152" = inttoptr i64 %".3742" to ptr
  %".3743" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.152" = load ptr, ptr %".3743", align 8
  %".3744" = xor i1 %".3736", -1
  br i1 %".3744", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3746" = trunc i64 %"cursor.48" to i16
  %".3747" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3746", ptr %".3747", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3750" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3751" = load volatile i8, [40 x i8]* %".3750", align 1
  %".3752" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3753" = load volatile i16, [40 x i8]* %".3752", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3766" = getelementptr i8, ptr %"keys.153", i64 6
  store i8 1, ptr %".3766", align 1
  br i1 %".3764", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".3769" = getelementptr i8, ptr %"keys.153", i64 7
  store i8 1, ptr %".3769", align 1
  %".3771" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.66" = load volatile i32, ptr %".3771", align 4
  %".3772" = and i32 %"flags.66", 1
  %".3773" = icmp ne i32 %".3772", 0
  %".3774" = xor i1 %".3773", -1
  br i1 %".3774", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".3781" = trunc i64 %".3759" to i16
  %".3782" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3781", ptr %".3782", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".3776" = trunc i64 %".3759" to i16
  %".3777" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3776", ptr %".3777", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".3788" = trunc i64 %".3759" to i16
  %".3789" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3788", ptr %".3789", align 2
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
  %".3805" = trunc i64 34887 to i16
  %".3806" = call i16 @"llvm.bswap.i16"(i16 %".3805")
  %".3807" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3806", ptr %".3807", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".3810" = trunc i64 2048 to i16
  %".3811" = call i16 @"llvm.bswap.i16"(i16 %".3810")
  %".3812" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3811", ptr %".3812", align 2
  %".3814" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".3814", align 1
  %".3816" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.67" = load volatile i32, ptr %".3816", align 4
  %".3817" = and i32 %"flags.67", 4
  %".3818" = icmp ne i32 %".3817", 0
  br i1 %".3818", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".3828" = trunc i64 34525 to i16
  %".3829" = call i16 @"llvm.bswap.i16"(i16 %".3828")
  %".3830" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3829", ptr %".3830", align 2
  %".3832" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".3832", align 1
  %".3834" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.68" = load volatile i32, ptr %".3834", align 4
  %".3835" = and i32 %"flags.68", 4
  %".3836" = icmp ne i32 %".3835", 0
  br i1 %".3836", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".3820" = trunc i64 %".3759" to i16
  %".3821" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3820", ptr %".3821", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".3824" = trunc i64 %".3759" to i16
  %".3825" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3824", ptr %".3825", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".3838" = trunc i64 %".3759" to i16
  %".3839" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3838", ptr %".3839", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3842" = trunc i64 %".3759" to i16
  %".3843" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3842", ptr %".3843", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3854" = trunc i64 %"cursor.49" to i32
  %".3855" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3854", [40 x i8]* %"header_copy", i32 2)
  %".3856" = icmp eq i64 %".3855", 0
  %".3857" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3858" = load i32, ptr %".3857", align 4
  %".3859" = zext i32 %".3858" to i64
  %"data.154" = inttoptr i64 %".3859" to ptr
  %".3860" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3861" = load i32, ptr %".3860", align 4
  %".3862" = zext i32 %".3861" to i64
  %"data_end.154" = inttoptr i64 %".3862" to ptr
  %".3863" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.154" = load ptr, ptr %".3863", align 8
  %".3864" = xor i1 %".3856", -1
  br i1 %".3864", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".3866" = trunc i64 %"cursor.49" to i16
  %".3867" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3866", ptr %".3867", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".3870" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3871" = load volatile i8, [40 x i8]* %".3870", align 1
  %".3872" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3873" = load volatile i8, [40 x i8]* %".3872", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".3887" = trunc i64 %".3884" to i16
  %".3888" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3887", ptr %".3888", align 2
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
  %".3899" = trunc i64 %".3884" to i16
  %".3900" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3899", ptr %".3900", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3903" = trunc i64 %".3884" to i16
  %".3904" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3903", ptr %".3904", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3907" = trunc i64 %".3884" to i16
  %".3908" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3907", ptr %".3908", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".3911" = trunc i64 %".3884" to i16
  %".3912" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3911", ptr %".3912", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".3916" = trunc i64 34887 to i16
  %".3917" = call i16 @"llvm.bswap.i16"(i16 %".3916")
  %".3918" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3917", ptr %".3918", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".3921" = trunc i64 2048 to i16
  %".3922" = call i16 @"llvm.bswap.i16"(i16 %".3921")
  %".3923" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3922", ptr %".3923", align 2
  %".3925" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".3925", align 1
  %".3927" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.69" = load volatile i32, ptr %".3927", align 4
  %".3928" = and i32 %"flags.69", 4
  %".3929" = icmp ne i32 %".3928", 0
  br i1 %".3929", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".3936" = trunc i64 34525 to i16
  %".3937" = call i16 @"llvm.bswap.i16"(i16 %".3936")
  %".3938" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3937", ptr %".3938", align 2
  %".3940" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".3940", align 1
  %".3942" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.70" = load volatile i32, ptr %".3942", align 4
  %".3943" = and i32 %"flags.70", 4
  %".3944" = icmp ne i32 %".3943", 0
  br i1 %".3944", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".3931" = trunc i64 %".3884" to i16
  %".3932" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3931", ptr %".3932", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".3946" = trunc i64 %".3884" to i16
  %".3947" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3946", ptr %".3947", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3959" = trunc i64 %"cursor.50" to i32
  %".3960" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3959", [40 x i8]* %"header_copy", i32 8)
  %".3961" = icmp eq i64 %".3960", 0
  %".3962" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3963" = load i32, ptr %".3962", align 4
  %".3964" = zext i32 %".3963" to i64
  %"data.156" = inttoptr i64 %".3964" to ptr
  %".3965" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3966" = load i32, ptr %".3965", align 4
  %".3967" = zext i32 %".3966" to i64
  %"data_end.156" = inttoptr i64 %".3967" to ptr
  %".3968" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.156" = load ptr, ptr %".3968", align 8
  %".3969" = xor i1 %".3961", -1
  br i1 %".3969", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".3971" = trunc i64 %"cursor.50" to i16
  %".3972" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3971", ptr %".3972", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".3975" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3976" = load volatile i8, [40 x i8]* %".3975", align 1
  %".3977" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3978" = load volatile i16, [40 x i8]* %".3977", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".3991" = getelementptr i8, ptr %"keys.157", i64 6
  store i8 1, ptr %".3991", align 1
  br i1 %".3989", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".3994" = getelementptr i8, ptr %"keys.157", i64 7
  store i8 1, ptr %".3994", align 1
  %".3996" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.71" = load volatile i32, ptr %".3996", align 4
  %".3997" = and i32 %"flags.71", 1
  %".3998" = icmp ne i32 %".3997", 0
  %".3999" = xor i1 %".3998", -1
  br i1 %".3999", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".4006" = trunc i64 %".3984" to i16
  %".4007" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4006", ptr %".4007", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".4001" = trunc i64 %".3984" to i16
  %".4002" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4001", ptr %".4002", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".4013" = trunc i64 %".3984" to i16
  %".4014" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4013", ptr %".4014", align 2
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
  %".4025" = trunc i64 %".3984" to i16
  %".4026" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4025", ptr %".4026", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4029" = trunc i64 %".3984" to i16
  %".4030" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4029", ptr %".4030", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4033" = trunc i64 %".3984" to i16
  %".4034" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4033", ptr %".4034", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".4037" = trunc i64 %".3984" to i16
  %".4038" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4037", ptr %".4038", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".4042" = trunc i64 34887 to i16
  %".4043" = call i16 @"llvm.bswap.i16"(i16 %".4042")
  %".4044" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4043", ptr %".4044", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".4047" = trunc i64 2048 to i16
  %".4048" = call i16 @"llvm.bswap.i16"(i16 %".4047")
  %".4049" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4048", ptr %".4049", align 2
  %".4051" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4051", align 1
  %".4053" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.72" = load volatile i32, ptr %".4053", align 4
  %".4054" = and i32 %"flags.72", 4
  %".4055" = icmp ne i32 %".4054", 0
  br i1 %".4055", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".4062" = trunc i64 34525 to i16
  %".4063" = call i16 @"llvm.bswap.i16"(i16 %".4062")
  %".4064" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4063", ptr %".4064", align 2
  %".4066" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4066", align 1
  %".4068" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.73" = load volatile i32, ptr %".4068", align 4
  %".4069" = and i32 %"flags.73", 4
  %".4070" = icmp ne i32 %".4069", 0
  br i1 %".4070", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".4057" = trunc i64 %".3984" to i16
  %".4058" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4057", ptr %".4058", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".4072" = trunc i64 %".3984" to i16
  %".4073" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4072", ptr %".4073", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4088" = trunc i64 %"cursor.52" to i32
  %".4089" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4088", [40 x i8]* %"header_copy", i32 4)
  %".4090" = icmp eq i64 %".4089", 0
  %".4091" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4092" = load i32, ptr %".4091", align 4
  %".4093" = zext i32 %".4092" to i64
  %"data.158" = inttoptr i64 %".4093" to ptr
  %".4094" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4095" = load i32, ptr %".4094", align 4
  %".4096" = zext i32 %".4095" to i64
  %"data_end.158" = inttoptr i64 %".4096" to ptr
  %".4097" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.158" = load ptr, ptr %".4097", align 8
  %".4098" = xor i1 %".4090", -1
  br i1 %".4098", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".4100" = trunc i64 %"cursor.52" to i16
  %".4101" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".4100", ptr %".4101", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".4104" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4105" = load volatile i16, [40 x i8]* %".4104", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".4111" = and i64 %".4109", 0
  %".4112" = icmp eq i64 %".4111", 0
  br i1 %".4112", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv6:
  %".4136" = trunc i64 34525 to i16
  %".4137" = call i16 @"llvm.bswap.i16"(i16 %".4136")
  %".4138" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4137", ptr %".4138", align 2
  %".4140" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4140", align 1
  %".4142" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.75" = load volatile i32, ptr %".4142", align 4
  %".4143" = and i32 %"flags.75", 4
  %".4144" = icmp ne i32 %".4143", 0
  br i1 %".4144", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".4154" = trunc i64 34827 to i16
  %".4155" = call i16 @"llvm.bswap.i16"(i16 %".4154")
  %".4156" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4155", ptr %".4156", align 2
  %".4158" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4158", align 1
  %".4160" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.76" = load volatile i32, ptr %".4160", align 4
  %".4161" = and i32 %"flags.76", 4
  %".4162" = icmp ne i32 %".4161", 0
  br i1 %".4162", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".4114" = trunc i64 %".4107" to i16
  %".4115" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4114", ptr %".4115", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".4128" = trunc i64 %".4107" to i16
  %".4129" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4128", ptr %".4129", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".4132" = trunc i64 %".4107" to i16
  %".4133" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4132", ptr %".4133", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".4146" = trunc i64 %".4107" to i16
  %".4147" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4146", ptr %".4147", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".4150" = trunc i64 %".4107" to i16
  %".4151" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4150", ptr %".4151", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".4164" = trunc i64 %".4107" to i16
  %".4165" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4164", ptr %".4165", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".4168" = trunc i64 %".4107" to i16
  %".4169" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4168", ptr %".4169", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4180" = trunc i64 %"cursor.53" to i32
  %".4181" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4180", [40 x i8]* %"header_copy", i32 2)
  %".4182" = icmp eq i64 %".4181", 0
  %".4183" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4184" = load i32, ptr %".4183", align 4
  %".4185" = zext i32 %".4184" to i64
  %"data.160" = inttoptr i64 %".4185" to ptr
  %".4186" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4187" = load i32, ptr %".4186", align 4
  %".4188" = zext i32 %".4187" to i64
  %"data_end.160" = inttoptr i64 %".4188" to ptr
  %".4189" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.160" = load ptr, ptr %".4189", align 8
  %".4190" = xor i1 %".4182", -1
  br i1 %".4190", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4192" = trunc i64 %"cursor.53" to i16
  %".4193" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".4192", ptr %".4193", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4196" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4197" = load volatile i8, [40 x i8]* %".4196", align 1
  %".4198" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4199" = load volatile i8, [40 x i8]* %".4198", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4213" = trunc i64 %".4210" to i16
  %".4214" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4213", ptr %".4214", align 2
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
  %".4225" = trunc i64 %".4210" to i16
  %".4226" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4225", ptr %".4226", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4229" = trunc i64 %".4210" to i16
  %".4230" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4229", ptr %".4230", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4233" = trunc i64 %".4210" to i16
  %".4234" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4233", ptr %".4234", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4237" = trunc i64 %".4210" to i16
  %".4238" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4237", ptr %".4238", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4242" = trunc i64 34887 to i16
  %".4243" = call i16 @"llvm.bswap.i16"(i16 %".4242")
  %".4244" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4243", ptr %".4244", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4247" = trunc i64 2048 to i16
  %".4248" = call i16 @"llvm.bswap.i16"(i16 %".4247")
  %".4249" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4248", ptr %".4249", align 2
  %".4251" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4251", align 1
  %".4253" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.77" = load volatile i32, ptr %".4253", align 4
  %".4254" = and i32 %"flags.77", 4
  %".4255" = icmp ne i32 %".4254", 0
  br i1 %".4255", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4265" = trunc i64 34525 to i16
  %".4266" = call i16 @"llvm.bswap.i16"(i16 %".4265")
  %".4267" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4266", ptr %".4267", align 2
  %".4269" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4269", align 1
  %".4271" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.78" = load volatile i32, ptr %".4271", align 4
  %".4272" = and i32 %"flags.78", 4
  %".4273" = icmp ne i32 %".4272", 0
  br i1 %".4273", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4257" = trunc i64 %".4210" to i16
  %".4258" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4257", ptr %".4258", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4261" = trunc i64 %".4210" to i16
  %".4262" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4261", ptr %".4262", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4275" = trunc i64 %".4210" to i16
  %".4276" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4275", ptr %".4276", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4279" = trunc i64 %".4210" to i16
  %".4280" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4279", ptr %".4280", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4291" = trunc i64 %"cursor.54" to i32
  %".4292" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4291", [40 x i8]* %"header_copy", i32 8)
  %".4293" = icmp eq i64 %".4292", 0
  %".4294" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4295" = load i32, ptr %".4294", align 4
  %".4296" = zext i32 %".4295" to i64
  %"data.162" = inttoptr i64 %".4296" to ptr
  %".4297" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4298" = load i32, ptr %".4297", align 4
  %".4299" = zext i32 %".4298" to i64
  %"data_end.162" = inttoptr i64 %".4299" to ptr
  %".4300" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.162" = load ptr, ptr %".4300", align 8
  %".4301" = xor i1 %".4293", -1
  br i1 %".4301", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4303" = trunc i64 %"cursor.54" to i16
  %".4304" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".4303", ptr %".4304", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4307" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4308" = load volatile i8, [40 x i8]* %".4307", align 1
  %".4309" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4310" = load volatile i16, [40 x i8]* %".4309", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4323" = getelementptr i8, ptr %"keys.163", i64 6
  store i8 1, ptr %".4323", align 1
  br i1 %".4321", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4326" = getelementptr i8, ptr %"keys.163", i64 7
  store i8 1, ptr %".4326", align 1
  %".4328" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.79" = load volatile i32, ptr %".4328", align 4
  %".4329" = and i32 %"flags.79", 1
  %".4330" = icmp ne i32 %".4329", 0
  %".4331" = xor i1 %".4330", -1
  br i1 %".4331", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4338" = trunc i64 %".4316" to i16
  %".4339" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4338", ptr %".4339", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4333" = trunc i64 %".4316" to i16
  %".4334" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4333", ptr %".4334", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4345" = trunc i64 %".4316" to i16
  %".4346" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4345", ptr %".4346", align 2
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
  %".4357" = trunc i64 %".4316" to i16
  %".4358" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4357", ptr %".4358", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4361" = trunc i64 %".4316" to i16
  %".4362" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4361", ptr %".4362", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4365" = trunc i64 %".4316" to i16
  %".4366" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4365", ptr %".4366", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4369" = trunc i64 %".4316" to i16
  %".4370" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4369", ptr %".4370", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".4374" = trunc i64 34887 to i16
  %".4375" = call i16 @"llvm.bswap.i16"(i16 %".4374")
  %".4376" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4375", ptr %".4376", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4379" = trunc i64 2048 to i16
  %".4380" = call i16 @"llvm.bswap.i16"(i16 %".4379")
  %".4381" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4380", ptr %".4381", align 2
  %".4383" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4383", align 1
  %".4385" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.80" = load volatile i32, ptr %".4385", align 4
  %".4386" = and i32 %"flags.80", 4
  %".4387" = icmp ne i32 %".4386", 0
  br i1 %".4387", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4397" = trunc i64 34525 to i16
  %".4398" = call i16 @"llvm.bswap.i16"(i16 %".4397")
  %".4399" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4398", ptr %".4399", align 2
  %".4401" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4401", align 1
  %".4403" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.81" = load volatile i32, ptr %".4403", align 4
  %".4404" = and i32 %"flags.81", 4
  %".4405" = icmp ne i32 %".4404", 0
  br i1 %".4405", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4389" = trunc i64 %".4316" to i16
  %".4390" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4389", ptr %".4390", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4393" = trunc i64 %".4316" to i16
  %".4394" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4393", ptr %".4394", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4407" = trunc i64 %".4316" to i16
  %".4408" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4407", ptr %".4408", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4411" = trunc i64 %".4316" to i16
  %".4412" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4411", ptr %".4412", align 2
  br label %"return"
widening.test:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4417" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4418" = load i32, ptr %".4417", align 4
  %".4419" = zext i32 %".4418" to i64
  %"data.164" = inttoptr i64 %".4419" to ptr
  %".4420" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4421" = load i32, ptr %".4420", align 4
  %".4422" = zext i32 %".4421" to i64
  %"data_end.164" = inttoptr i64 %".4422" to ptr
  %".4423" = getelementptr i8, ptr %"keys", i64 0
  %".4424" = load volatile i16, ptr %".4423", align 2
  %".4425" = zext i16 %".4424" to i64
  %".4426" = icmp ugt i64 %".4425", 261
  br i1 %".4426", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4428" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4429" = load i32, ptr %".4428", align 4
  %".4430" = zext i32 %".4429" to i64
  %"data.165" = inttoptr i64 %".4430" to ptr
  %".4431" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4432" = load i32, ptr %".4431", align 4
  %".4433" = zext i32 %".4432" to i64
  %"data_end.165" = inttoptr i64 %".4433" to ptr
  %".4434" = getelementptr i8, ptr %"keys", i64 0
  %".4435" = load volatile i16, ptr %".4434", align 2
  %".4436" = zext i16 %".4435" to i64
  %".4437" = icmp ugt i64 %".4436", 261
  br i1 %".4437", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4439" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4440" = load i32, ptr %".4439", align 4
  %".4441" = zext i32 %".4440" to i64
  %"data.166" = inttoptr i64 %".4441" to ptr
  %".4442" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4443" = load i32, ptr %".4442", align 4
  %".4444" = zext i32 %".4443" to i64
  %"data_end.166" = inttoptr i64 %".4444" to ptr
  %".4445" = getelementptr i8, ptr %"keys", i64 0
  %".4446" = load volatile i16, ptr %".4445", align 2
  %".4447" = zext i16 %".4446" to i64
  %".4448" = icmp ugt i64 %".4447", 267
  br i1 %".4448", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4450" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4451" = load i32, ptr %".4450", align 4
  %".4452" = zext i32 %".4451" to i64
  %"data.167" = inttoptr i64 %".4452" to ptr
  %".4453" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4454" = load i32, ptr %".4453", align 4
  %".4455" = zext i32 %".4454" to i64
  %"data_end.167" = inttoptr i64 %".4455" to ptr
  %".4456" = getelementptr i8, ptr %"keys", i64 0
  %".4457" = load volatile i16, ptr %".4456", align 2
  %".4458" = zext i16 %".4457" to i64
  %".4459" = icmp ugt i64 %".4458", 267
  br i1 %".4459", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4461" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4462" = load i32, ptr %".4461", align 4
  %".4463" = zext i32 %".4462" to i64
  %"data.168" = inttoptr i64 %".4463" to ptr
  %".4464" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4465" = load i32, ptr %".4464", align 4
  %".4466" = zext i32 %".4465" to i64
  %"data_end.168" = inttoptr i64 %".4466" to ptr
  %".4467" = getelementptr i8, ptr %"keys", i64 0
  %".4468" = load volatile i16, ptr %".4467", align 2
  %".4469" = zext i16 %".4468" to i64
  %".4470" = icmp ugt i64 %".4469", 275
  br i1 %".4470", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4472" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4473" = load i32, ptr %".4472", align 4
  %".4474" = zext i32 %".4473" to i64
  %"data.169" = inttoptr i64 %".4474" to ptr
  %".4475" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4476" = load i32, ptr %".4475", align 4
  %".4477" = zext i32 %".4476" to i64
  %"data_end.169" = inttoptr i64 %".4477" to ptr
  %".4478" = getelementptr i8, ptr %"keys", i64 0
  %".4479" = load volatile i16, ptr %".4478", align 2
  %".4480" = zext i16 %".4479" to i64
  %".4481" = icmp ugt i64 %".4480", 2363
  br i1 %".4481", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4483" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4484" = load i32, ptr %".4483", align 4
  %".4485" = zext i32 %".4484" to i64
  %"data.170" = inttoptr i64 %".4485" to ptr
  %".4486" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4487" = load i32, ptr %".4486", align 4
  %".4488" = zext i32 %".4487" to i64
  %"data_end.170" = inttoptr i64 %".4488" to ptr
  %".4489" = getelementptr i8, ptr %"keys", i64 0
  %".4490" = load volatile i16, ptr %".4489", align 2
  %".4491" = zext i16 %".4490" to i64
  %".4492" = icmp ugt i64 %".4491", 2363
  br i1 %".4492", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4494" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4495" = load i32, ptr %".4494", align 4
  %".4496" = zext i32 %".4495" to i64
  %"data.171" = inttoptr i64 %".4496" to ptr
  %".4497" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4498" = load i32, ptr %".4497", align 4
  %".4499" = zext i32 %".4498" to i64
  %"data_end.171" = inttoptr i64 %".4499" to ptr
  %".4500" = getelementptr i8, ptr %"keys", i64 0
  %".4501" = load volatile i16, ptr %".4500", align 2
  %".4502" = zext i16 %".4501" to i64
  %".4503" = icmp ugt i64 %".4502", 4411
  br i1 %".4503", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4505" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4506" = load i32, ptr %".4505", align 4
  %".4507" = zext i32 %".4506" to i64
  %"data.172" = inttoptr i64 %".4507" to ptr
  %".4508" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4509" = load i32, ptr %".4508", align 4
  %".4510" = zext i32 %".4509" to i64
  %"data_end.172" = inttoptr i64 %".4510" to ptr
  %".4511" = getelementptr i8, ptr %"keys", i64 0
  %".4512" = load volatile i16, ptr %".4511", align 2
  %".4513" = zext i16 %".4512" to i64
  %".4514" = icmp ugt i64 %".4513", 4411
  br i1 %".4514", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4516" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4517" = load i32, ptr %".4516", align 4
  %".4518" = zext i32 %".4517" to i64
  %"data.173" = inttoptr i64 %".4518" to ptr
  %".4519" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4520" = load i32, ptr %".4519", align 4
  %".4521" = zext i32 %".4520" to i64
  %"data_end.173" = inttoptr i64 %".4521" to ptr
  %".4522" = getelementptr i8, ptr %"keys", i64 0
  %".4523" = load volatile i16, ptr %".4522", align 2
  %".4524" = zext i16 %".4523" to i64
  %".4525" = icmp ugt i64 %".4524", 275
  br i1 %".4525", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4527" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4528" = load i32, ptr %".4527", align 4
  %".4529" = zext i32 %".4528" to i64
  %"data.174" = inttoptr i64 %".4529" to ptr
  %".4530" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4531" = load i32, ptr %".4530", align 4
  %".4532" = zext i32 %".4531" to i64
  %"data_end.174" = inttoptr i64 %".4532" to ptr
  %".4533" = getelementptr i8, ptr %"keys", i64 0
  %".4534" = load volatile i16, ptr %".4533", align 2
  %".4535" = zext i16 %".4534" to i64
  %".4536" = icmp ugt i64 %".4535", 6459
  br i1 %".4536", label %"widening.test.11", label %"gre_version_d0"
widening.test.11:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4538" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4539" = load i32, ptr %".4538", align 4
  %".4540" = zext i32 %".4539" to i64
  %"data.175" = inttoptr i64 %".4540" to ptr
  %".4541" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4542" = load i32, ptr %".4541", align 4
  %".4543" = zext i32 %".4542" to i64
  %"data_end.175" = inttoptr i64 %".4543" to ptr
  %".4544" = getelementptr i8, ptr %"keys", i64 0
  %".4545" = load volatile i16, ptr %".4544", align 2
  %".4546" = zext i16 %".4545" to i64
  %".4547" = icmp ugt i64 %".4546", 6475
  br i1 %".4547", label %"widening.test.12", label %"ethernet_d1"
widening.test.12:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4549" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4550" = load i32, ptr %".4549", align 4
  %".4551" = zext i32 %".4550" to i64
  %"data.176" = inttoptr i64 %".4551" to ptr
  %".4552" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4553" = load i32, ptr %".4552", align 4
  %".4554" = zext i32 %".4553" to i64
  %"data_end.176" = inttoptr i64 %".4554" to ptr
  %".4555" = getelementptr i8, ptr %"keys", i64 0
  %".4556" = load volatile i16, ptr %".4555", align 2
  %".4557" = zext i16 %".4556" to i64
  %".4558" = icmp ugt i64 %".4557", 6489
  br i1 %".4558", label %"widening.test.13", label %"hsr_d1_vlan_tags1"
widening.test.13:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4560" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4561" = load i32, ptr %".4560", align 4
  %".4562" = zext i32 %".4561" to i64
  %"data.177" = inttoptr i64 %".4562" to ptr
  %".4563" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4564" = load i32, ptr %".4563", align 4
  %".4565" = zext i32 %".4564" to i64
  %"data_end.177" = inttoptr i64 %".4565" to ptr
  %".4566" = getelementptr i8, ptr %"keys", i64 0
  %".4567" = load volatile i16, ptr %".4566", align 2
  %".4568" = zext i16 %".4567" to i64
  %".4569" = icmp ugt i64 %".4568", 6489
  br i1 %".4569", label %"widening.test.14", label %"vlan_d1_vlan_tags1"
widening.test.14:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4571" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4572" = load i32, ptr %".4571", align 4
  %".4573" = zext i32 %".4572" to i64
  %"data.178" = inttoptr i64 %".4573" to ptr
  %".4574" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4575" = load i32, ptr %".4574", align 4
  %".4576" = zext i32 %".4575" to i64
  %"data_end.178" = inttoptr i64 %".4576" to ptr
  %".4577" = getelementptr i8, ptr %"keys", i64 0
  %".4578" = load volatile i16, ptr %".4577", align 2
  %".4579" = zext i16 %".4578" to i64
  %".4580" = icmp ugt i64 %".4579", 6495
  br i1 %".4580", label %"widening.test.15", label %"hsr_d1_vlan_tags2"
widening.test.15:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4582" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4583" = load i32, ptr %".4582", align 4
  %".4584" = zext i32 %".4583" to i64
  %"data.179" = inttoptr i64 %".4584" to ptr
  %".4585" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4586" = load i32, ptr %".4585", align 4
  %".4587" = zext i32 %".4586" to i64
  %"data_end.179" = inttoptr i64 %".4587" to ptr
  %".4588" = getelementptr i8, ptr %"keys", i64 0
  %".4589" = load volatile i16, ptr %".4588", align 2
  %".4590" = zext i16 %".4589" to i64
  %".4591" = icmp ugt i64 %".4590", 6495
  br i1 %".4591", label %"widening.test.16", label %"vlan_d1_vlan_tags2"
widening.test.16:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4593" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4594" = load i32, ptr %".4593", align 4
  %".4595" = zext i32 %".4594" to i64
  %"data.180" = inttoptr i64 %".4595" to ptr
  %".4596" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4597" = load i32, ptr %".4596", align 4
  %".4598" = zext i32 %".4597" to i64
  %"data_end.180" = inttoptr i64 %".4598" to ptr
  %".4599" = getelementptr i8, ptr %"keys", i64 0
  %".4600" = load volatile i16, ptr %".4599", align 2
  %".4601" = zext i16 %".4600" to i64
  %".4602" = icmp ugt i64 %".4601", 6501
  br i1 %".4602", label %"widening.test.17", label %"batadv_d1"
widening.test.17:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4604" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4605" = load i32, ptr %".4604", align 4
  %".4606" = zext i32 %".4605" to i64
  %"data.181" = inttoptr i64 %".4606" to ptr
  %".4607" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4608" = load i32, ptr %".4607", align 4
  %".4609" = zext i32 %".4608" to i64
  %"data_end.181" = inttoptr i64 %".4609" to ptr
  %".4610" = getelementptr i8, ptr %"keys", i64 0
  %".4611" = load volatile i16, ptr %".4610", align 2
  %".4612" = zext i16 %".4611" to i64
  %".4613" = icmp ugt i64 %".4612", 6501
  br i1 %".4613", label %"widening.test.18", label %"fcoe"
widening.test.18:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4615" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4616" = load i32, ptr %".4615", align 4
  %".4617" = zext i32 %".4616" to i64
  %"data.182" = inttoptr i64 %".4617" to ptr
  %".4618" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4619" = load i32, ptr %".4618", align 4
  %".4620" = zext i32 %".4619" to i64
  %"data_end.182" = inttoptr i64 %".4620" to ptr
  %".4621" = getelementptr i8, ptr %"keys", i64 0
  %".4622" = load volatile i16, ptr %".4621", align 2
  %".4623" = zext i16 %".4622" to i64
  %".4624" = icmp ugt i64 %".4623", 6501
  br i1 %".4624", label %"widening.test.19", label %"tipc"
widening.test.19:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4626" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4627" = load i32, ptr %".4626", align 4
  %".4628" = zext i32 %".4627" to i64
  %"data.183" = inttoptr i64 %".4628" to ptr
  %".4629" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4630" = load i32, ptr %".4629", align 4
  %".4631" = zext i32 %".4630" to i64
  %"data_end.183" = inttoptr i64 %".4631" to ptr
  %".4632" = getelementptr i8, ptr %"keys", i64 0
  %".4633" = load volatile i16, ptr %".4632", align 2
  %".4634" = zext i16 %".4633" to i64
  %".4635" = icmp ugt i64 %".4634", 6501
  br i1 %".4635", label %"widening.test.20", label %"cfm"
widening.test.20:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4637" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4638" = load i32, ptr %".4637", align 4
  %".4639" = zext i32 %".4638" to i64
  %"data.184" = inttoptr i64 %".4639" to ptr
  %".4640" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4641" = load i32, ptr %".4640", align 4
  %".4642" = zext i32 %".4641" to i64
  %"data_end.184" = inttoptr i64 %".4642" to ptr
  %".4643" = getelementptr i8, ptr %"keys", i64 0
  %".4644" = load volatile i16, ptr %".4643", align 2
  %".4645" = zext i16 %".4644" to i64
  %".4646" = icmp ugt i64 %".4645", 6501
  br i1 %".4646", label %"widening.test.21", label %"ptp"
widening.test.21:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4648" = getelementptr i8, ptr %"ctx.74", i64 76
  %".4649" = load i32, ptr %".4648", align 4
  %".4650" = zext i32 %".4649" to i64
  %"data.185" = inttoptr i64 %".4650" to ptr
  %".4651" = getelementptr i8, ptr %"ctx.74", i64 80
  %".4652" = load i32, ptr %".4651", align 4
  %".4653" = zext i32 %".4652" to i64
  %"data_end.185" = inttoptr i64 %".4653" to ptr
  %".4654" = getelementptr i8, ptr %"keys", i64 0
  %".4655" = load volatile i16, ptr %".4654", align 2
  %".4656" = zext i16 %".4655" to i64
  %".4657" = icmp ugt i64 %".4656", 6501
  br i1 %".4657", label %"widening.test.22", label %"arp"
widening.test.22:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4659" = getelementptr i8, ptr %"ctx.75", i64 76
  %".4660" = load i32, ptr %".4659", align 4
  %".4661" = zext i32 %".4660" to i64
  %"data.186" = inttoptr i64 %".4661" to ptr
  %".4662" = getelementptr i8, ptr %"ctx.75", i64 80
  %".4663" = load i32, ptr %".4662", align 4
  %".4664" = zext i32 %".4663" to i64
  %"data_end.186" = inttoptr i64 %".4664" to ptr
  %".4665" = getelementptr i8, ptr %"keys", i64 0
  %".4666" = load volatile i16, ptr %".4665", align 2
  %".4667" = zext i16 %".4666" to i64
  %".4668" = icmp ugt i64 %".4667", 6501
  br i1 %".4668", label %"widening.test.23", label %"pppoe_d1"
widening.test.23:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4670" = getelementptr i8, ptr %"ctx.76", i64 76
  %".4671" = load i32, ptr %".4670", align 4
  %".4672" = zext i32 %".4671" to i64
  %"data.187" = inttoptr i64 %".4672" to ptr
  %".4673" = getelementptr i8, ptr %"ctx.76", i64 80
  %".4674" = load i32, ptr %".4673", align 4
  %".4675" = zext i32 %".4674" to i64
  %"data_end.187" = inttoptr i64 %".4675" to ptr
  %".4676" = getelementptr i8, ptr %"keys", i64 0
  %".4677" = load volatile i16, ptr %".4676", align 2
  %".4678" = zext i16 %".4677" to i64
  %".4679" = icmp ugt i64 %".4678", 6509
  br i1 %".4679", label %"widening.test.24", label %"ipv6_d1"
widening.test.24:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4681" = getelementptr i8, ptr %"ctx.77", i64 76
  %".4682" = load i32, ptr %".4681", align 4
  %".4683" = zext i32 %".4682" to i64
  %"data.188" = inttoptr i64 %".4683" to ptr
  %".4684" = getelementptr i8, ptr %"ctx.77", i64 80
  %".4685" = load i32, ptr %".4684", align 4
  %".4686" = zext i32 %".4685" to i64
  %"data_end.188" = inttoptr i64 %".4686" to ptr
  %".4687" = getelementptr i8, ptr %"keys", i64 0
  %".4688" = load volatile i16, ptr %".4687", align 2
  %".4689" = zext i16 %".4688" to i64
  %".4690" = icmp ugt i64 %".4689", 8597
  br i1 %".4690", label %"widening.test.25", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.25:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4692" = getelementptr i8, ptr %"ctx.78", i64 76
  %".4693" = load i32, ptr %".4692", align 4
  %".4694" = zext i32 %".4693" to i64
  %"data.189" = inttoptr i64 %".4694" to ptr
  %".4695" = getelementptr i8, ptr %"ctx.78", i64 80
  %".4696" = load i32, ptr %".4695", align 4
  %".4697" = zext i32 %".4696" to i64
  %"data_end.189" = inttoptr i64 %".4697" to ptr
  %".4698" = getelementptr i8, ptr %"keys", i64 0
  %".4699" = load volatile i16, ptr %".4698", align 2
  %".4700" = zext i16 %".4699" to i64
  %".4701" = icmp ugt i64 %".4700", 8597
  br i1 %".4701", label %"widening.test.26", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.26:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4703" = getelementptr i8, ptr %"ctx.79", i64 76
  %".4704" = load i32, ptr %".4703", align 4
  %".4705" = zext i32 %".4704" to i64
  %"data.190" = inttoptr i64 %".4705" to ptr
  %".4706" = getelementptr i8, ptr %"ctx.79", i64 80
  %".4707" = load i32, ptr %".4706", align 4
  %".4708" = zext i32 %".4707" to i64
  %"data_end.190" = inttoptr i64 %".4708" to ptr
  %".4709" = getelementptr i8, ptr %"keys", i64 0
  %".4710" = load volatile i16, ptr %".4709", align 2
  %".4711" = zext i16 %".4710" to i64
  %".4712" = icmp ugt i64 %".4711", 10645
  br i1 %".4712", label %"widening.test.27", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.27:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4714" = getelementptr i8, ptr %"ctx.80", i64 76
  %".4715" = load i32, ptr %".4714", align 4
  %".4716" = zext i32 %".4715" to i64
  %"data.191" = inttoptr i64 %".4716" to ptr
  %".4717" = getelementptr i8, ptr %"ctx.80", i64 80
  %".4718" = load i32, ptr %".4717", align 4
  %".4719" = zext i32 %".4718" to i64
  %"data_end.191" = inttoptr i64 %".4719" to ptr
  %".4720" = getelementptr i8, ptr %"keys", i64 0
  %".4721" = load volatile i16, ptr %".4720", align 2
  %".4722" = zext i16 %".4721" to i64
  %".4723" = icmp ugt i64 %".4722", 10645
  br i1 %".4723", label %"widening.test.28", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.28:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4725" = getelementptr i8, ptr %"ctx.81", i64 76
  %".4726" = load i32, ptr %".4725", align 4
  %".4727" = zext i32 %".4726" to i64
  %"data.192" = inttoptr i64 %".4727" to ptr
  %".4728" = getelementptr i8, ptr %"ctx.81", i64 80
  %".4729" = load i32, ptr %".4728", align 4
  %".4730" = zext i32 %".4729" to i64
  %"data_end.192" = inttoptr i64 %".4730" to ptr
  %".4731" = getelementptr i8, ptr %"keys", i64 0
  %".4732" = load volatile i16, ptr %".4731", align 2
  %".4733" = zext i16 %".4732" to i64
  %".4734" = icmp ugt i64 %".4733", 12693
  br i1 %".4734", label %"widening.test.29", label %"icmpv6"
widening.test.29:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4736" = getelementptr i8, ptr %"ctx.82", i64 76
  %".4737" = load i32, ptr %".4736", align 4
  %".4738" = zext i32 %".4737" to i64
  %"data.193" = inttoptr i64 %".4738" to ptr
  %".4739" = getelementptr i8, ptr %"ctx.82", i64 80
  %".4740" = load i32, ptr %".4739", align 4
  %".4741" = zext i32 %".4740" to i64
  %"data_end.193" = inttoptr i64 %".4741" to ptr
  %".4742" = getelementptr i8, ptr %"keys", i64 0
  %".4743" = load volatile i16, ptr %".4742", align 2
  %".4744" = zext i16 %".4743" to i64
  %".4745" = icmp ugt i64 %".4744", 6509
  br i1 %".4745", label %"widening.test.30", label %"ipv4_d1"
widening.test.30:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4747" = getelementptr i8, ptr %"ctx.83", i64 76
  %".4748" = load i32, ptr %".4747", align 4
  %".4749" = zext i32 %".4748" to i64
  %"data.194" = inttoptr i64 %".4749" to ptr
  %".4750" = getelementptr i8, ptr %"ctx.83", i64 80
  %".4751" = load i32, ptr %".4750", align 4
  %".4752" = zext i32 %".4751" to i64
  %"data_end.194" = inttoptr i64 %".4752" to ptr
  %".4753" = getelementptr i8, ptr %"keys", i64 0
  %".4754" = load volatile i16, ptr %".4753", align 2
  %".4755" = zext i16 %".4754" to i64
  %".4756" = icmp ugt i64 %".4755", 12693
  br i1 %".4756", label %"widening.test.31", label %"mpls_mpls_labels1"
widening.test.31:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4758" = getelementptr i8, ptr %"ctx.84", i64 76
  %".4759" = load i32, ptr %".4758", align 4
  %".4760" = zext i32 %".4759" to i64
  %"data.195" = inttoptr i64 %".4760" to ptr
  %".4761" = getelementptr i8, ptr %"ctx.84", i64 80
  %".4762" = load i32, ptr %".4761", align 4
  %".4763" = zext i32 %".4762" to i64
  %"data_end.195" = inttoptr i64 %".4763" to ptr
  %".4764" = getelementptr i8, ptr %"keys", i64 0
  %".4765" = load volatile i16, ptr %".4764", align 2
  %".4766" = zext i16 %".4765" to i64
  %".4767" = icmp ugt i64 %".4766", 6569
  br i1 %".4767", label %"widening.test.32", label %"icmp"
widening.test.32:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4769" = getelementptr i8, ptr %"ctx.85", i64 76
  %".4770" = load i32, ptr %".4769", align 4
  %".4771" = zext i32 %".4770" to i64
  %"data.196" = inttoptr i64 %".4771" to ptr
  %".4772" = getelementptr i8, ptr %"ctx.85", i64 80
  %".4773" = load i32, ptr %".4772", align 4
  %".4774" = zext i32 %".4773" to i64
  %"data_end.196" = inttoptr i64 %".4774" to ptr
  %".4775" = getelementptr i8, ptr %"keys", i64 0
  %".4776" = load volatile i16, ptr %".4775", align 2
  %".4777" = zext i16 %".4776" to i64
  %".4778" = icmp ugt i64 %".4777", 12693
  br i1 %".4778", label %"widening.test.33", label %"ah"
widening.test.33:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4780" = getelementptr i8, ptr %"ctx.86", i64 76
  %".4781" = load i32, ptr %".4780", align 4
  %".4782" = zext i32 %".4781" to i64
  %"data.197" = inttoptr i64 %".4782" to ptr
  %".4783" = getelementptr i8, ptr %"ctx.86", i64 80
  %".4784" = load i32, ptr %".4783", align 4
  %".4785" = zext i32 %".4784" to i64
  %"data_end.197" = inttoptr i64 %".4785" to ptr
  %".4786" = getelementptr i8, ptr %"keys", i64 0
  %".4787" = load volatile i16, ptr %".4786", align 2
  %".4788" = zext i16 %".4787" to i64
  %".4789" = icmp ugt i64 %".4788", 12693
  br i1 %".4789", label %"widening.test.34", label %"esp"
widening.test.34:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4791" = getelementptr i8, ptr %"ctx.87", i64 76
  %".4792" = load i32, ptr %".4791", align 4
  %".4793" = zext i32 %".4792" to i64
  %"data.198" = inttoptr i64 %".4793" to ptr
  %".4794" = getelementptr i8, ptr %"ctx.87", i64 80
  %".4795" = load i32, ptr %".4794", align 4
  %".4796" = zext i32 %".4795" to i64
  %"data_end.198" = inttoptr i64 %".4796" to ptr
  %".4797" = getelementptr i8, ptr %"keys", i64 0
  %".4798" = load volatile i16, ptr %".4797", align 2
  %".4799" = zext i16 %".4798" to i64
  %".4800" = icmp ugt i64 %".4799", 12693
  br i1 %".4800", label %"widening.test.35", label %"dccp"
widening.test.35:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4802" = getelementptr i8, ptr %"ctx.88", i64 76
  %".4803" = load i32, ptr %".4802", align 4
  %".4804" = zext i32 %".4803" to i64
  %"data.199" = inttoptr i64 %".4804" to ptr
  %".4805" = getelementptr i8, ptr %"ctx.88", i64 80
  %".4806" = load i32, ptr %".4805", align 4
  %".4807" = zext i32 %".4806" to i64
  %"data_end.199" = inttoptr i64 %".4807" to ptr
  %".4808" = getelementptr i8, ptr %"keys", i64 0
  %".4809" = load volatile i16, ptr %".4808", align 2
  %".4810" = zext i16 %".4809" to i64
  %".4811" = icmp ugt i64 %".4810", 12693
  br i1 %".4811", label %"widening.test.36", label %"sctp"
widening.test.36:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4813" = getelementptr i8, ptr %"ctx.89", i64 76
  %".4814" = load i32, ptr %".4813", align 4
  %".4815" = zext i32 %".4814" to i64
  %"data.200" = inttoptr i64 %".4815" to ptr
  %".4816" = getelementptr i8, ptr %"ctx.89", i64 80
  %".4817" = load i32, ptr %".4816", align 4
  %".4818" = zext i32 %".4817" to i64
  %"data_end.200" = inttoptr i64 %".4818" to ptr
  %".4819" = getelementptr i8, ptr %"keys", i64 0
  %".4820" = load volatile i16, ptr %".4819", align 2
  %".4821" = zext i16 %".4820" to i64
  %".4822" = icmp ugt i64 %".4821", 12693
  br i1 %".4822", label %"widening.test.37", label %"gre_version_d1"
widening.test.37:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4824" = getelementptr i8, ptr %"ctx.90", i64 76
  %".4825" = load i32, ptr %".4824", align 4
  %".4826" = zext i32 %".4825" to i64
  %"data.201" = inttoptr i64 %".4826" to ptr
  %".4827" = getelementptr i8, ptr %"ctx.90", i64 80
  %".4828" = load i32, ptr %".4827", align 4
  %".4829" = zext i32 %".4828" to i64
  %"data_end.201" = inttoptr i64 %".4829" to ptr
  %".4830" = getelementptr i8, ptr %"keys", i64 0
  %".4831" = load volatile i16, ptr %".4830", align 2
  %".4832" = zext i16 %".4831" to i64
  %".4833" = icmp ugt i64 %".4832", 12693
  br i1 %".4833", label %"widening.test.38", label %"udplite"
widening.test.38:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4835" = getelementptr i8, ptr %"ctx.91", i64 76
  %".4836" = load i32, ptr %".4835", align 4
  %".4837" = zext i32 %".4836" to i64
  %"data.202" = inttoptr i64 %".4837" to ptr
  %".4838" = getelementptr i8, ptr %"ctx.91", i64 80
  %".4839" = load i32, ptr %".4838", align 4
  %".4840" = zext i32 %".4839" to i64
  %"data_end.202" = inttoptr i64 %".4840" to ptr
  %".4841" = getelementptr i8, ptr %"keys", i64 0
  %".4842" = load volatile i16, ptr %".4841", align 2
  %".4843" = zext i16 %".4842" to i64
  %".4844" = icmp ugt i64 %".4843", 12693
  br i1 %".4844", label %"widening.test.39", label %"udp"
widening.test.39:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4846" = getelementptr i8, ptr %"ctx.92", i64 76
  %".4847" = load i32, ptr %".4846", align 4
  %".4848" = zext i32 %".4847" to i64
  %"data.203" = inttoptr i64 %".4848" to ptr
  %".4849" = getelementptr i8, ptr %"ctx.92", i64 80
  %".4850" = load i32, ptr %".4849", align 4
  %".4851" = zext i32 %".4850" to i64
  %"data_end.203" = inttoptr i64 %".4851" to ptr
  %".4852" = getelementptr i8, ptr %"keys", i64 0
  %".4853" = load volatile i16, ptr %".4852", align 2
  %".4854" = zext i16 %".4853" to i64
  %".4855" = icmp ugt i64 %".4854", 12693
  br i1 %".4855", label %"widening.beyond", label %"tcp"
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