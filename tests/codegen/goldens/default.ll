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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_mpls_labels1.copy_failed"], [0, %"mpls_mpls_labels1.unknown"], [0, %"mpls_mpls_labels1.to_mpls"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.header"], [0, %"udp.copy_failed"], [0, %"udp.copy_last_byte_failed"], [0, %"udp.variable_part"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [129, %"widening.beyond"]
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
entry_d0.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".368", %"vlan_d0_vlan_tags1.to_ipv4"], [%".483", %"pppoe_d0.to_ipv4"], [%".636", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1913", %"vlan_d0_vlan_tags2.to_ipv4"], [%".1983", %"hsr_d0_vlan_tags2.to_ipv4"], [%".4516", %"widening.test.9"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.39", %"pppoe_d0.to_ipv4"], [%"data.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.95", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.97", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data.169", %"widening.test.9"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.39", %"pppoe_d0.to_ipv4"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data_end.169", %"widening.test.9"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.39", %"pppoe_d0.to_ipv4"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.95", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.97", %"hsr_d0_vlan_tags2.to_ipv4"], [%"keys", %"widening.test.9"]
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
ipv6_d0:
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".368", %"vlan_d0_vlan_tags1.to_ipv6"], [%".483", %"pppoe_d0.to_ipv6"], [%".636", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1913", %"vlan_d0_vlan_tags2.to_ipv6"], [%".1983", %"hsr_d0_vlan_tags2.to_ipv6"], [%".4461", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.39", %"pppoe_d0.to_ipv6"], [%"data.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.97", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.164", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.39", %"pppoe_d0.to_ipv6"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.164", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.39", %"pppoe_d0.to_ipv6"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.97", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".198" = getelementptr i8, ptr %"hdr.1", i64 40
  %".199" = icmp ugt ptr %".198", %"data_end.3"
  br i1 %".199", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".201" = getelementptr i8, ptr %"hdr.1", i64 0
  %".202" = load i32, ptr %".201", align 4
  %".203" = getelementptr i8, ptr %"hdr.1", i64 6
  %".204" = load i8, ptr %".203", align 1
  %".205" = getelementptr i8, ptr %"hdr.1", i64 8
  %".206" = load i64, ptr %".205", align 8
  %".207" = getelementptr i8, ptr %"hdr.1", i64 16
  %".208" = load i64, ptr %".207", align 8
  %".209" = getelementptr i8, ptr %"hdr.1", i64 24
  %".210" = load i64, ptr %".209", align 8
  %".211" = getelementptr i8, ptr %"hdr.1", i64 32
  %".212" = load i64, ptr %".211", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".202", %"ipv6_d0.linear"], [%".231", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".204", %"ipv6_d0.linear"], [%".233", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".206", %"ipv6_d0.linear"], [%".235", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".208", %"ipv6_d0.linear"], [%".237", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".210", %"ipv6_d0.linear"], [%".239", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".212", %"ipv6_d0.linear"], [%".241", %"ipv6_d0.copy_failed.endif"]
  %"data.28" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.27", %"ipv6_d0.copy_failed.endif"]
  %"data_end.28" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.27", %"ipv6_d0.copy_failed.endif"]
  %"keys.28" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.27", %"ipv6_d0.copy_failed.endif"]
  %".243" = trunc i64 34525 to i16
  %".244" = getelementptr i8, ptr %"keys.28", i64 4
  store i16 %".243", ptr %".244", align 2
  %".246" = trunc i64 34525 to i16
  %".247" = call i16 @"llvm.bswap.i16"(i16 %".246")
  %".248" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".247", ptr %".248", align 2
  %".250" = getelementptr i8, ptr %"keys.28", i64 16
  store i64 %"w8_8", ptr %".250", align 8
  %".252" = getelementptr i8, ptr %"keys.28", i64 24
  store i64 %"w16_8", ptr %".252", align 8
  %".254" = getelementptr i8, ptr %"keys.28", i64 32
  store i64 %"w24_8", ptr %".254", align 8
  %".256" = getelementptr i8, ptr %"keys.28", i64 40
  store i64 %"w32_8", ptr %".256", align 8
  %".258" = zext i8 %"w6_1" to i64
  %".259" = trunc i64 %".258" to i8
  %".260" = getelementptr i8, ptr %"keys.28", i64 9
  store i8 %".259", ptr %".260", align 1
  %".262" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".263" = zext i32 %".262" to i64
  %".264" = and i64 %".263", 1048575
  %".265" = trunc i64 %".264" to i32
  %".266" = call i32 @"llvm.bswap.i32"(i32 %".265")
  %".267" = getelementptr i8, ptr %"keys.28", i64 52
  store i32 %".266", ptr %".267", align 4
  %".269" = add i64 %"cursor.2", 40
  %".270" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".271" = zext i32 %".270" to i64
  %".272" = and i64 %".271", 1048575
  %".273" = icmp ne i64 %".272", 0
  %".274" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.3" = load volatile i32, ptr %".274", align 4
  %".275" = and i32 %"flags.3", 2
  %".276" = icmp ne i32 %".275", 0
  %".277" = and i1 %".273", %".276"
  br i1 %".277", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".337" = getelementptr i8, ptr %"hdr.2", i64 4
  %".338" = icmp ugt ptr %".337", %"data_end.4"
  br i1 %".338", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".340" = getelementptr i8, ptr %"hdr.2", i64 2
  %".341" = load i16, ptr %".340", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".341", %"vlan_d0_vlan_tags1.linear"], [%".360", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.33" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.33" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.33" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".362" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".363" = zext i16 %".362" to i64
  %".364" = trunc i64 %".363" to i16
  %".365" = call i16 @"llvm.bswap.i16"(i16 %".364")
  %".366" = getelementptr i8, ptr %"keys.33", i64 10
  store i16 %".365", ptr %".366", align 2
  %".368" = add i64 %"cursor.3", 4
  %".369" = trunc i64 %".368" to i16
  %".370" = getelementptr i8, ptr %"keys.33", i64 0
  store i16 %".369", ptr %".370", align 2
  %".372" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".373" = zext i16 %".372" to i64
  switch i64 %".373", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".269", %"ipv6_d0.to_mpls"], [%".368", %"vlan_d0_vlan_tags1.to_mpls"], [%".368", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".483", %"pppoe_d0.to_mpls"], [%".483", %"pppoe_d0.to_mpls.1"], [%".636", %"hsr_d0_vlan_tags1.to_mpls"], [%".636", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".713", %"batadv_d0.stop_at_encap.endif.4"], [%".713", %"batadv_d0.stop_at_encap.endif.5"], [%"end.3", %"ipv4_d1.to_mpls"], [%".1576", %"ipv6_d1.to_mpls"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1913", %"vlan_d0_vlan_tags2.to_mpls"], [%".1913", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".1983", %"hsr_d0_vlan_tags2.to_mpls"], [%".1983", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".2058", %"vlan_d1_vlan_tags1.to_mpls"], [%".2058", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2135", %"pppoe_d1.to_mpls"], [%".2135", %"pppoe_d1.to_mpls.1"], [%".2201", %"hsr_d1_vlan_tags1.to_mpls"], [%".2201", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.5", %"gre_d0.to_mpls"], [%"end.5", %"gre_d0.to_mpls.1"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".3176", %"vlan_d1_vlan_tags2.to_mpls"], [%".3176", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3246", %"hsr_d1_vlan_tags2.to_mpls"], [%".3246", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3316", %"ethernet_d1.to_mpls"], [%".3316", %"ethernet_d1.to_mpls.1"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".4308", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".4736", %"widening.test.29"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.39", %"pppoe_d0.to_mpls"], [%"data.39", %"pppoe_d0.to_mpls.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.4"], [%"data.50", %"batadv_d0.stop_at_encap.endif.5"], [%"data.80", %"ipv4_d1.to_mpls"], [%"data.83", %"ipv6_d1.to_mpls"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.103", %"pppoe_d1.to_mpls"], [%"data.103", %"pppoe_d1.to_mpls.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.109", %"gre_d0.to_mpls"], [%"data.109", %"gre_d0.to_mpls.1"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.131", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.131", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.133", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.133", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.135", %"ethernet_d1.to_mpls"], [%"data.135", %"ethernet_d1.to_mpls.1"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.189", %"widening.test.29"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.39", %"pppoe_d0.to_mpls"], [%"data_end.39", %"pppoe_d0.to_mpls.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.80", %"ipv4_d1.to_mpls"], [%"data_end.83", %"ipv6_d1.to_mpls"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.103", %"pppoe_d1.to_mpls"], [%"data_end.103", %"pppoe_d1.to_mpls.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.109", %"gre_d0.to_mpls"], [%"data_end.109", %"gre_d0.to_mpls.1"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.135", %"ethernet_d1.to_mpls"], [%"data_end.135", %"ethernet_d1.to_mpls.1"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.189", %"widening.test.29"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.39", %"pppoe_d0.to_mpls"], [%"keys.39", %"pppoe_d0.to_mpls.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.80", %"ipv4_d1.to_mpls"], [%"keys.83", %"ipv6_d1.to_mpls"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.103", %"pppoe_d1.to_mpls"], [%"keys.103", %"pppoe_d1.to_mpls.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.109", %"gre_d0.to_mpls"], [%"keys.109", %"gre_d0.to_mpls.1"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.131", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.131", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.133", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.133", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.135", %"ethernet_d1.to_mpls"], [%"keys.135", %"ethernet_d1.to_mpls.1"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.29"]
  %".395" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".396" = getelementptr i8, ptr %"hdr.3", i64 4
  %".397" = icmp ugt ptr %".396", %"data_end.5"
  br i1 %".397", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".399" = getelementptr i8, ptr %"hdr.3", i64 2
  %".400" = load i8, ptr %".399", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".400", %"mpls_mpls_labels1.linear"], [%".419", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.37" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.36", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.37" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.36", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.37" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.36", %"mpls_mpls_labels1.copy_failed.endif"]
  %".421" = add i64 %"cursor.4", 4
  %".422" = zext i8 %"w2_1" to i64
  %".423" = and i64 %".422", 1
  switch i64 %".423", label %"mpls_mpls_labels1.unknown" [i64 0, label %"mpls_mpls_labels1.to_mpls"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".368", %"vlan_d0_vlan_tags1.to_pppoe"], [%".636", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1913", %"vlan_d0_vlan_tags2.to_pppoe"], [%".1983", %"hsr_d0_vlan_tags2.to_pppoe"], [%".4450", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.97", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.163", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.163", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.97", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".433" = getelementptr i8, ptr %"hdr.4", i64 8
  %".434" = icmp ugt ptr %".433", %"data_end.6"
  br i1 %".434", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".436" = getelementptr i8, ptr %"hdr.4", i64 0
  %".437" = load i8, ptr %".436", align 1
  %".438" = getelementptr i8, ptr %"hdr.4", i64 1
  %".439" = load i8, ptr %".438", align 1
  %".440" = getelementptr i8, ptr %"hdr.4", i64 6
  %".441" = load i16, ptr %".440", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".437", %"pppoe_d0.linear"], [%".460", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".439", %"pppoe_d0.linear"], [%".462", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".441", %"pppoe_d0.linear"], [%".464", %"pppoe_d0.copy_failed.endif"]
  %"data.39" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.38", %"pppoe_d0.copy_failed.endif"]
  %"data_end.39" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.38", %"pppoe_d0.copy_failed.endif"]
  %"keys.39" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.38", %"pppoe_d0.copy_failed.endif"]
  %".466" = zext i8 %"w0_1.1" to i64
  %".467" = lshr i64 %".466", 4
  %".468" = and i64 %".467", 15
  %".469" = icmp eq i64 %".468", 1
  %".470" = zext i8 %"w0_1.1" to i64
  %".471" = and i64 %".470", 15
  %".472" = icmp eq i64 %".471", 1
  %".473" = and i1 %".469", %".472"
  %".474" = zext i8 %"w1_1" to i64
  %".475" = icmp eq i64 %".474", 0
  %".476" = and i1 %".473", %".475"
  %".477" = xor i1 %".476", -1
  br i1 %".477", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".368", %"vlan_d0_vlan_tags1.to_arp"], [%".368", %"vlan_d0_vlan_tags1.to_arp.1"], [%".636", %"hsr_d0_vlan_tags1.to_arp"], [%".636", %"hsr_d0_vlan_tags1.to_arp.1"], [%".713", %"batadv_d0.stop_at_encap.endif.7"], [%".713", %"batadv_d0.stop_at_encap.endif.8"], [%".1913", %"vlan_d0_vlan_tags2.to_arp"], [%".1913", %"vlan_d0_vlan_tags2.to_arp.1"], [%".1983", %"hsr_d0_vlan_tags2.to_arp"], [%".1983", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2058", %"vlan_d1_vlan_tags1.to_arp"], [%".2058", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2201", %"hsr_d1_vlan_tags1.to_arp"], [%".2201", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.5", %"gre_d0.to_arp"], [%"end.5", %"gre_d0.to_arp.1"], [%".3176", %"vlan_d1_vlan_tags2.to_arp"], [%".3176", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3246", %"hsr_d1_vlan_tags2.to_arp"], [%".3246", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3316", %"ethernet_d1.to_arp"], [%".3316", %"ethernet_d1.to_arp.1"], [%".4637", %"widening.test.20"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data.95", %"vlan_d0_vlan_tags2.to_arp"], [%"data.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.97", %"hsr_d0_vlan_tags2.to_arp"], [%"data.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_arp"], [%"data.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_arp"], [%"data.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.109", %"gre_d0.to_arp"], [%"data.109", %"gre_d0.to_arp.1"], [%"data.131", %"vlan_d1_vlan_tags2.to_arp"], [%"data.131", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.133", %"hsr_d1_vlan_tags2.to_arp"], [%"data.133", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.135", %"ethernet_d1.to_arp"], [%"data.135", %"ethernet_d1.to_arp.1"], [%"data.180", %"widening.test.20"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.109", %"gre_d0.to_arp"], [%"data_end.109", %"gre_d0.to_arp.1"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.135", %"ethernet_d1.to_arp"], [%"data_end.135", %"ethernet_d1.to_arp.1"], [%"data_end.180", %"widening.test.20"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.95", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.97", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.109", %"gre_d0.to_arp"], [%"keys.109", %"gre_d0.to_arp.1"], [%"keys.131", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.131", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.133", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.133", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.135", %"ethernet_d1.to_arp"], [%"keys.135", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.20"]
  %".518" = add i64 %"cursor.6", 0
  %".519" = trunc i64 %".518" to i16
  %".520" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".519", ptr %".520", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".368", %"vlan_d0_vlan_tags1.to_ptp"], [%".636", %"hsr_d0_vlan_tags1.to_ptp"], [%".713", %"batadv_d0.stop_at_encap.endif.9"], [%".1913", %"vlan_d0_vlan_tags2.to_ptp"], [%".1983", %"hsr_d0_vlan_tags2.to_ptp"], [%".2058", %"vlan_d1_vlan_tags1.to_ptp"], [%".2201", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.5", %"gre_d0.to_ptp"], [%".3176", %"vlan_d1_vlan_tags2.to_ptp"], [%".3246", %"hsr_d1_vlan_tags2.to_ptp"], [%".3316", %"ethernet_d1.to_ptp"], [%".4626", %"widening.test.19"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.50", %"batadv_d0.stop_at_encap.endif.9"], [%"data.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.109", %"gre_d0.to_ptp"], [%"data.131", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.133", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.135", %"ethernet_d1.to_ptp"], [%"data.179", %"widening.test.19"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.109", %"gre_d0.to_ptp"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.135", %"ethernet_d1.to_ptp"], [%"data_end.179", %"widening.test.19"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.109", %"gre_d0.to_ptp"], [%"keys.131", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.133", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.135", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.19"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".523" = getelementptr i8, ptr %"hdr.5", i64 34
  %".524" = icmp ugt ptr %".523", %"data_end.8"
  br i1 %".524", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.42" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.41", %"ptp.copy_failed.endif"]
  %"data_end.42" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.41", %"ptp.copy_failed.endif"]
  %"keys.42" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.41", %"ptp.copy_failed.endif"]
  %".544" = add i64 %"cursor.7", 34
  %".545" = trunc i64 %".544" to i16
  %".546" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".545", ptr %".546", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".368", %"vlan_d0_vlan_tags1.to_cfm"], [%".636", %"hsr_d0_vlan_tags1.to_cfm"], [%".713", %"batadv_d0.stop_at_encap.endif.10"], [%".1913", %"vlan_d0_vlan_tags2.to_cfm"], [%".1983", %"hsr_d0_vlan_tags2.to_cfm"], [%".2058", %"vlan_d1_vlan_tags1.to_cfm"], [%".2201", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.5", %"gre_d0.to_cfm"], [%".3176", %"vlan_d1_vlan_tags2.to_cfm"], [%".3246", %"hsr_d1_vlan_tags2.to_cfm"], [%".3316", %"ethernet_d1.to_cfm"], [%".4615", %"widening.test.18"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.109", %"gre_d0.to_cfm"], [%"data.131", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.133", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.135", %"ethernet_d1.to_cfm"], [%"data.178", %"widening.test.18"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.109", %"gre_d0.to_cfm"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.135", %"ethernet_d1.to_cfm"], [%"data_end.178", %"widening.test.18"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.109", %"gre_d0.to_cfm"], [%"keys.131", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.133", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.135", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.18"]
  %".549" = add i64 %"cursor.8", 0
  %".550" = trunc i64 %".549" to i16
  %".551" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".550", ptr %".551", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".368", %"vlan_d0_vlan_tags1.to_tipc"], [%".636", %"hsr_d0_vlan_tags1.to_tipc"], [%".713", %"batadv_d0.stop_at_encap.endif.11"], [%".1913", %"vlan_d0_vlan_tags2.to_tipc"], [%".1983", %"hsr_d0_vlan_tags2.to_tipc"], [%".2058", %"vlan_d1_vlan_tags1.to_tipc"], [%".2201", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.5", %"gre_d0.to_tipc"], [%".3176", %"vlan_d1_vlan_tags2.to_tipc"], [%".3246", %"hsr_d1_vlan_tags2.to_tipc"], [%".3316", %"ethernet_d1.to_tipc"], [%".4604", %"widening.test.17"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.50", %"batadv_d0.stop_at_encap.endif.11"], [%"data.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.109", %"gre_d0.to_tipc"], [%"data.131", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.133", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.135", %"ethernet_d1.to_tipc"], [%"data.177", %"widening.test.17"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.109", %"gre_d0.to_tipc"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.135", %"ethernet_d1.to_tipc"], [%"data_end.177", %"widening.test.17"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.109", %"gre_d0.to_tipc"], [%"keys.131", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.133", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.135", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.17"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".554" = getelementptr i8, ptr %"hdr.6", i64 16
  %".555" = icmp ugt ptr %".554", %"data_end.10"
  br i1 %".555", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.44" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.43", %"tipc.copy_failed.endif"]
  %"data_end.44" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.43", %"tipc.copy_failed.endif"]
  %"keys.44" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.43", %"tipc.copy_failed.endif"]
  %".575" = trunc i64 %"cursor.9" to i16
  %".576" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".575", ptr %".576", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".368", %"vlan_d0_vlan_tags1.to_fcoe"], [%".636", %"hsr_d0_vlan_tags1.to_fcoe"], [%".713", %"batadv_d0.stop_at_encap.endif.12"], [%".1913", %"vlan_d0_vlan_tags2.to_fcoe"], [%".1983", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2058", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2201", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.5", %"gre_d0.to_fcoe"], [%".3176", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3246", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3316", %"ethernet_d1.to_fcoe"], [%".4593", %"widening.test.16"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.50", %"batadv_d0.stop_at_encap.endif.12"], [%"data.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.109", %"gre_d0.to_fcoe"], [%"data.131", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.133", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.135", %"ethernet_d1.to_fcoe"], [%"data.176", %"widening.test.16"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.109", %"gre_d0.to_fcoe"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.135", %"ethernet_d1.to_fcoe"], [%"data_end.176", %"widening.test.16"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.109", %"gre_d0.to_fcoe"], [%"keys.131", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.133", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.135", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.16"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".579" = getelementptr i8, ptr %"hdr.7", i64 38
  %".580" = icmp ugt ptr %".579", %"data_end.11"
  br i1 %".580", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.46" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.45", %"fcoe.copy_failed.endif"]
  %"data_end.46" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.45", %"fcoe.copy_failed.endif"]
  %"keys.46" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.45", %"fcoe.copy_failed.endif"]
  %".600" = add i64 %"cursor.10", 38
  %".601" = trunc i64 %".600" to i16
  %".602" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".601", ptr %".602", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".605" = getelementptr i8, ptr %"hdr.8", i64 6
  %".606" = icmp ugt ptr %".605", %"data_end.12"
  br i1 %".606", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".608" = getelementptr i8, ptr %"hdr.8", i64 4
  %".609" = load i16, ptr %".608", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".609", %"hsr_d0_vlan_tags1.linear"], [%".628", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.48" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.47", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.48" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.47", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.48" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.47", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".630" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".631" = zext i16 %".630" to i64
  %".632" = trunc i64 %".631" to i16
  %".633" = call i16 @"llvm.bswap.i16"(i16 %".632")
  %".634" = getelementptr i8, ptr %"keys.48", i64 10
  store i16 %".633", ptr %".634", align 2
  %".636" = add i64 %"cursor.11", 6
  %".637" = trunc i64 %".636" to i16
  %".638" = getelementptr i8, ptr %"keys.48", i64 0
  store i16 %".637", ptr %".638", align 2
  %".640" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".641" = zext i16 %".640" to i64
  switch i64 %".641", label %"hsr_d0_vlan_tags1.unknown" [i64 2048, label %"hsr_d0_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags1.to_vlan" i64 34984, label %"hsr_d0_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags1.to_mpls" i64 34888, label %"hsr_d0_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags1.to_arp" i64 32821, label %"hsr_d0_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags1.to_ptp" i64 35074, label %"hsr_d0_vlan_tags1.to_cfm" i64 35018, label %"hsr_d0_vlan_tags1.to_tipc" i64 35078, label %"hsr_d0_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags1.to_hsr" i64 35067, label %"hsr_d0_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".368", %"vlan_d0_vlan_tags1.to_batadv"], [%".636", %"hsr_d0_vlan_tags1.to_batadv"], [%".1913", %"vlan_d0_vlan_tags2.to_batadv"], [%".1983", %"hsr_d0_vlan_tags2.to_batadv"], [%".4439", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.97", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.162", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.162", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.97", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".663" = getelementptr i8, ptr %"hdr.9", i64 24
  %".664" = icmp ugt ptr %".663", %"data_end.13"
  br i1 %".664", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".666" = getelementptr i8, ptr %"hdr.9", i64 0
  %".667" = load i8, ptr %".666", align 1
  %".668" = getelementptr i8, ptr %"hdr.9", i64 1
  %".669" = load i8, ptr %".668", align 1
  %".670" = getelementptr i8, ptr %"hdr.9", i64 22
  %".671" = load i16, ptr %".670", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".667", %"batadv_d0.linear"], [%".690", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".669", %"batadv_d0.linear"], [%".692", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".671", %"batadv_d0.linear"], [%".694", %"batadv_d0.copy_failed.endif"]
  %"data.50" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.49", %"batadv_d0.copy_failed.endif"]
  %"data_end.50" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.49", %"batadv_d0.copy_failed.endif"]
  %"keys.50" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.49", %"batadv_d0.copy_failed.endif"]
  %".696" = zext i8 %"w1_1.1" to i64
  %".697" = icmp eq i64 %".696", 15
  %".698" = zext i8 %"w0_1.2" to i64
  %".699" = icmp eq i64 %".698", 64
  %".700" = and i1 %".697", %".699"
  %".701" = xor i1 %".700", -1
  br i1 %".701", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  %".116" = mul i64 %".115", 4
  %".117" = sub i64 %".116", 20
  %".118" = add i64 %".117", 20
  %"end" = add i64 %"cursor.1", %".118"
  %".119" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".120" = zext i16 %".119" to i64
  %".121" = and i64 %".120", 16383
  %".122" = icmp ne i64 %".121", 0
  %".123" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".124" = zext i16 %".123" to i64
  %".125" = and i64 %".124", 8191
  %".126" = icmp eq i64 %".125", 0
  br i1 %".122", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif"
ipv4_d0.fragment:
  %".128" = getelementptr i8, ptr %"keys.15", i64 6
  store i8 1, ptr %".128", align 1
  br i1 %".126", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.fragment.endif:
  %".148" = zext i8 %"w9_1" to i64
  switch i64 %".148", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.first_fragment:
  %".131" = getelementptr i8, ptr %"keys.15", i64 7
  store i8 1, ptr %".131", align 1
  %".133" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags" = load volatile i32, ptr %".133", align 4
  %".134" = and i32 %"flags", 1
  %".135" = icmp ne i32 %".134", 0
  %".136" = xor i1 %".135", -1
  br i1 %".136", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".143" = trunc i64 %"end" to i16
  %".144" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".143", ptr %".144", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".138" = trunc i64 %"end" to i16
  %".139" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".138", ptr %".139", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".150" = trunc i64 %"end" to i16
  %".151" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".150", ptr %".151", align 2
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
  %".163" = trunc i64 34887 to i16
  %".164" = call i16 @"llvm.bswap.i16"(i16 %".163")
  %".165" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".164", ptr %".165", align 2
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
  %".183" = trunc i64 34525 to i16
  %".184" = call i16 @"llvm.bswap.i16"(i16 %".183")
  %".185" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".184", ptr %".185", align 2
  %".187" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".187", align 1
  %".189" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.2" = load volatile i32, ptr %".189", align 4
  %".190" = and i32 %"flags.2", 4
  %".191" = icmp ne i32 %".190", 0
  br i1 %".191", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".269", %"ipv6_d0.to_tcp"], [%"end.3", %"ipv4_d1.to_tcp"], [%".1576", %"ipv6_d1.to_tcp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".4308", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".4824", %"widening.test.37"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.80", %"ipv4_d1.to_tcp"], [%"data.83", %"ipv6_d1.to_tcp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.197", %"widening.test.37"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.80", %"ipv4_d1.to_tcp"], [%"data_end.83", %"ipv6_d1.to_tcp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.197", %"widening.test.37"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.80", %"ipv4_d1.to_tcp"], [%"keys.83", %"ipv6_d1.to_tcp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.37"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.13"
  %".897" = getelementptr i8, ptr %"hdr.10", i64 4
  %".898" = icmp ugt ptr %".897", %"data_end.16"
  br i1 %".898", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".900" = getelementptr i8, ptr %"hdr.10", i64 0
  %".901" = load i16, ptr %".900", align 2
  %".902" = getelementptr i8, ptr %"hdr.10", i64 2
  %".903" = load i16, ptr %".902", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".901", %"tcp.linear"], [%".922", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".903", %"tcp.linear"], [%".924", %"tcp.copy_failed.endif"]
  %"data.56" = phi  ptr [%"data.16", %"tcp.linear"], [%"data.55", %"tcp.copy_failed.endif"]
  %"data_end.56" = phi  ptr [%"data_end.16", %"tcp.linear"], [%"data_end.55", %"tcp.copy_failed.endif"]
  %"keys.56" = phi  ptr [%"keys.16", %"tcp.linear"], [%"keys.55", %"tcp.copy_failed.endif"]
  %".926" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".927" = zext i16 %".926" to i64
  %".928" = trunc i64 %".927" to i16
  %".929" = call i16 @"llvm.bswap.i16"(i16 %".928")
  %".930" = getelementptr i8, ptr %"keys.56", i64 12
  store i16 %".929", ptr %".930", align 2
  %".932" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".933" = zext i16 %".932" to i64
  %".934" = trunc i64 %".933" to i16
  %".935" = call i16 @"llvm.bswap.i16"(i16 %".934")
  %".936" = getelementptr i8, ptr %"keys.56", i64 14
  store i16 %".935", ptr %".936", align 2
  %".938" = trunc i64 %"cursor.13" to i16
  %".939" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".938", ptr %".939", align 2
  br label %"return"
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".269", %"ipv6_d0.to_udp"], [%"end.3", %"ipv4_d1.to_udp"], [%".1576", %"ipv6_d1.to_udp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".4308", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".4813", %"widening.test.36"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.80", %"ipv4_d1.to_udp"], [%"data.83", %"ipv6_d1.to_udp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.196", %"widening.test.36"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.80", %"ipv4_d1.to_udp"], [%"data_end.83", %"ipv6_d1.to_udp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.196", %"widening.test.36"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.80", %"ipv4_d1.to_udp"], [%"keys.83", %"ipv6_d1.to_udp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.36"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.14"
  %".942" = getelementptr i8, ptr %"hdr.11", i64 4
  %".943" = icmp ugt ptr %".942", %"data_end.17"
  br i1 %".943", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".945" = getelementptr i8, ptr %"hdr.11", i64 0
  %".946" = load i16, ptr %".945", align 2
  %".947" = getelementptr i8, ptr %"hdr.11", i64 2
  %".948" = load i16, ptr %".947", align 2
  br label %"udp.header"
udp.header:
  %"w0_2.1" = phi  i16 [%".946", %"udp.linear"], [%".967", %"udp.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".948", %"udp.linear"], [%".969", %"udp.copy_failed.endif"]
  %"data.58" = phi  ptr [%"data.17", %"udp.linear"], [%"data.57", %"udp.copy_failed.endif"]
  %"data_end.58" = phi  ptr [%"data_end.17", %"udp.linear"], [%"data_end.57", %"udp.copy_failed.endif"]
  %"keys.58" = phi  ptr [%"keys.17", %"udp.linear"], [%"keys.57", %"udp.copy_failed.endif"]
  %".971" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".972" = zext i16 %".971" to i64
  %".973" = trunc i64 %".972" to i16
  %".974" = call i16 @"llvm.bswap.i16"(i16 %".973")
  %".975" = getelementptr i8, ptr %"keys.58", i64 12
  store i16 %".974", ptr %".975", align 2
  %".977" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".978" = zext i16 %".977" to i64
  %".979" = trunc i64 %".978" to i16
  %".980" = call i16 @"llvm.bswap.i16"(i16 %".979")
  %".981" = getelementptr i8, ptr %"keys.58", i64 14
  store i16 %".980", ptr %".981", align 2
  %".983" = add i64 %"cursor.14", 4
  %".984" = add i64 4, 4
  %".985" = getelementptr i8, ptr %"data.58", i64 %"cursor.14"
  %".986" = getelementptr i8, ptr %".985", i64 %".984"
  %".987" = icmp ugt ptr %".986", %"data_end.58"
  br i1 %".987", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.60" = phi  ptr [%"data.58", %"udp.header"], [%"data.59", %"udp.copy_last_byte_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.58", %"udp.header"], [%"data_end.59", %"udp.copy_last_byte_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.58", %"udp.header"], [%"keys.59", %"udp.copy_last_byte_failed.endif"]
  %"end.1" = add i64 %"cursor.14", %".984"
  %".1008" = trunc i64 %"cursor.14" to i16
  %".1009" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1008", ptr %".1009", align 2
  br label %"return"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".269", %"ipv6_d0.to_udplite"], [%"end.3", %"ipv4_d1.to_udplite"], [%".1576", %"ipv6_d1.to_udplite"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".4308", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".4802", %"widening.test.35"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.80", %"ipv4_d1.to_udplite"], [%"data.83", %"ipv6_d1.to_udplite"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.195", %"widening.test.35"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.80", %"ipv4_d1.to_udplite"], [%"data_end.83", %"ipv6_d1.to_udplite"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.195", %"widening.test.35"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.80", %"ipv4_d1.to_udplite"], [%"keys.83", %"ipv6_d1.to_udplite"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.35"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.15"
  %".1012" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1013" = icmp ugt ptr %".1012", %"data_end.18"
  br i1 %".1013", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1015" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1016" = load i16, ptr %".1015", align 2
  %".1017" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1018" = load i16, ptr %".1017", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1016", %"udplite.linear"], [%".1037", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1018", %"udplite.linear"], [%".1039", %"udplite.copy_failed.endif"]
  %"data.62" = phi  ptr [%"data.18", %"udplite.linear"], [%"data.61", %"udplite.copy_failed.endif"]
  %"data_end.62" = phi  ptr [%"data_end.18", %"udplite.linear"], [%"data_end.61", %"udplite.copy_failed.endif"]
  %"keys.62" = phi  ptr [%"keys.18", %"udplite.linear"], [%"keys.61", %"udplite.copy_failed.endif"]
  %".1041" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1042" = zext i16 %".1041" to i64
  %".1043" = trunc i64 %".1042" to i16
  %".1044" = call i16 @"llvm.bswap.i16"(i16 %".1043")
  %".1045" = getelementptr i8, ptr %"keys.62", i64 12
  store i16 %".1044", ptr %".1045", align 2
  %".1047" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1048" = zext i16 %".1047" to i64
  %".1049" = trunc i64 %".1048" to i16
  %".1050" = call i16 @"llvm.bswap.i16"(i16 %".1049")
  %".1051" = getelementptr i8, ptr %"keys.62", i64 14
  store i16 %".1050", ptr %".1051", align 2
  %".1053" = add i64 %"cursor.15", 4
  %".1054" = add i64 4, 4
  %".1055" = getelementptr i8, ptr %"data.62", i64 %"cursor.15"
  %".1056" = getelementptr i8, ptr %".1055", i64 %".1054"
  %".1057" = icmp ugt ptr %".1056", %"data_end.62"
  br i1 %".1057", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.64" = phi  ptr [%"data.62", %"udplite.header"], [%"data.63", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.64" = phi  ptr [%"data_end.62", %"udplite.header"], [%"data_end.63", %"udplite.copy_last_byte_failed.endif"]
  %"keys.64" = phi  ptr [%"keys.62", %"udplite.header"], [%"keys.63", %"udplite.copy_last_byte_failed.endif"]
  %"end.2" = add i64 %"cursor.15", %".1054"
  %".1078" = trunc i64 %"cursor.15" to i16
  %".1079" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1078", ptr %".1079", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".269", %"ipv6_d0.to_gre_version"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".4527", %"widening.test.10"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.170", %"widening.test.10"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.170", %"widening.test.10"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.10"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.16"
  %".1082" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1083" = icmp ugt ptr %".1082", %"data_end.19"
  br i1 %".1083", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1085" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1086" = load i8, ptr %".1085", align 1
  %".1087" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1088" = load i8, ptr %".1087", align 1
  %".1089" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1090" = load i16, ptr %".1089", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1086", %"gre_version_d0.linear"], [%".1109", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1088", %"gre_version_d0.linear"], [%".1111", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1090", %"gre_version_d0.linear"], [%".1113", %"gre_version_d0.copy_failed.endif"]
  %"data.66" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.65", %"gre_version_d0.copy_failed.endif"]
  %"data_end.66" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.65", %"gre_version_d0.copy_failed.endif"]
  %"keys.66" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.65", %"gre_version_d0.copy_failed.endif"]
  %".1115" = zext i8 %"w0_1.3" to i64
  %".1116" = lshr i64 %".1115", 6
  %".1117" = and i64 %".1116", 1
  %".1118" = icmp ne i64 %".1117", 0
  %".1119" = zext i8 %"w1_1.2" to i64
  %".1120" = and i64 %".1119", 7
  %".1121" = icmp ugt i64 %".1120", 1
  %".1122" = or i1 %".1118", %".1121"
  br i1 %".1122", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".269", %"ipv6_d0.to_sctp"], [%"end.3", %"ipv4_d1.to_sctp"], [%".1576", %"ipv6_d1.to_sctp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".4308", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".4780", %"widening.test.33"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.80", %"ipv4_d1.to_sctp"], [%"data.83", %"ipv6_d1.to_sctp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.193", %"widening.test.33"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.80", %"ipv4_d1.to_sctp"], [%"data_end.83", %"ipv6_d1.to_sctp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.193", %"widening.test.33"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.80", %"ipv4_d1.to_sctp"], [%"keys.83", %"ipv6_d1.to_sctp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.33"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.17"
  %".1143" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1144" = icmp ugt ptr %".1143", %"data_end.20"
  br i1 %".1144", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1146" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1147" = load i16, ptr %".1146", align 2
  %".1148" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1149" = load i16, ptr %".1148", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1147", %"sctp.linear"], [%".1168", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1149", %"sctp.linear"], [%".1170", %"sctp.copy_failed.endif"]
  %"data.70" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.69", %"sctp.copy_failed.endif"]
  %"data_end.70" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.69", %"sctp.copy_failed.endif"]
  %"keys.70" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.69", %"sctp.copy_failed.endif"]
  %".1172" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1173" = zext i16 %".1172" to i64
  %".1174" = trunc i64 %".1173" to i16
  %".1175" = call i16 @"llvm.bswap.i16"(i16 %".1174")
  %".1176" = getelementptr i8, ptr %"keys.70", i64 12
  store i16 %".1175", ptr %".1176", align 2
  %".1178" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1179" = zext i16 %".1178" to i64
  %".1180" = trunc i64 %".1179" to i16
  %".1181" = call i16 @"llvm.bswap.i16"(i16 %".1180")
  %".1182" = getelementptr i8, ptr %"keys.70", i64 14
  store i16 %".1181", ptr %".1182", align 2
  %".1184" = add i64 %"cursor.17", 4
  %".1185" = trunc i64 %"cursor.17" to i16
  %".1186" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1185", ptr %".1186", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".269", %"ipv6_d0.to_dccp"], [%"end.3", %"ipv4_d1.to_dccp"], [%".1576", %"ipv6_d1.to_dccp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".4308", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".4769", %"widening.test.32"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.80", %"ipv4_d1.to_dccp"], [%"data.83", %"ipv6_d1.to_dccp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.192", %"widening.test.32"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.80", %"ipv4_d1.to_dccp"], [%"data_end.83", %"ipv6_d1.to_dccp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.192", %"widening.test.32"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.80", %"ipv4_d1.to_dccp"], [%"keys.83", %"ipv6_d1.to_dccp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.32"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1189" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1190" = icmp ugt ptr %".1189", %"data_end.21"
  br i1 %".1190", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1192" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1193" = load i16, ptr %".1192", align 2
  %".1194" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1195" = load i16, ptr %".1194", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1193", %"dccp.linear"], [%".1214", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1195", %"dccp.linear"], [%".1216", %"dccp.copy_failed.endif"]
  %"data.72" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.71", %"dccp.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.71", %"dccp.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.71", %"dccp.copy_failed.endif"]
  %".1218" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1219" = zext i16 %".1218" to i64
  %".1220" = trunc i64 %".1219" to i16
  %".1221" = call i16 @"llvm.bswap.i16"(i16 %".1220")
  %".1222" = getelementptr i8, ptr %"keys.72", i64 12
  store i16 %".1221", ptr %".1222", align 2
  %".1224" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1225" = zext i16 %".1224" to i64
  %".1226" = trunc i64 %".1225" to i16
  %".1227" = call i16 @"llvm.bswap.i16"(i16 %".1226")
  %".1228" = getelementptr i8, ptr %"keys.72", i64 14
  store i16 %".1227", ptr %".1228", align 2
  %".1230" = add i64 %"cursor.18", 4
  %".1231" = trunc i64 %"cursor.18" to i16
  %".1232" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1231", ptr %".1232", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".269", %"ipv6_d0.to_esp"], [%"end.3", %"ipv4_d1.to_esp"], [%".1576", %"ipv6_d1.to_esp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".4308", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".4758", %"widening.test.31"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.80", %"ipv4_d1.to_esp"], [%"data.83", %"ipv6_d1.to_esp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.191", %"widening.test.31"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.80", %"ipv4_d1.to_esp"], [%"data_end.83", %"ipv6_d1.to_esp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.191", %"widening.test.31"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.80", %"ipv4_d1.to_esp"], [%"keys.83", %"ipv6_d1.to_esp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.31"]
  %"hdr.16" = getelementptr i8, ptr %"data.22", i64 %"cursor.19"
  %".1235" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1236" = icmp ugt ptr %".1235", %"data_end.22"
  br i1 %".1236", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1238" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1239" = load i32, ptr %".1238", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1239", %"esp.linear"], [%".1258", %"esp.copy_failed.endif"]
  %"data.74" = phi  ptr [%"data.22", %"esp.linear"], [%"data.73", %"esp.copy_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.73", %"esp.copy_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.73", %"esp.copy_failed.endif"]
  %".1260" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1261" = zext i32 %".1260" to i64
  %".1262" = lshr i64 %".1261", 16
  %".1263" = trunc i64 %".1262" to i16
  %".1264" = call i16 @"llvm.bswap.i16"(i16 %".1263")
  %".1265" = getelementptr i8, ptr %"keys.74", i64 12
  store i16 %".1264", ptr %".1265", align 2
  %".1267" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1268" = zext i32 %".1267" to i64
  %".1269" = and i64 %".1268", 65535
  %".1270" = trunc i64 %".1269" to i16
  %".1271" = call i16 @"llvm.bswap.i16"(i16 %".1270")
  %".1272" = getelementptr i8, ptr %"keys.74", i64 14
  store i16 %".1271", ptr %".1272", align 2
  %".1274" = add i64 %"cursor.19", 4
  %".1275" = trunc i64 %"cursor.19" to i16
  %".1276" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1275", ptr %".1276", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".269", %"ipv6_d0.to_ah"], [%"end.3", %"ipv4_d1.to_ah"], [%".1576", %"ipv6_d1.to_ah"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".4308", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".4747", %"widening.test.30"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.80", %"ipv4_d1.to_ah"], [%"data.83", %"ipv6_d1.to_ah"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.190", %"widening.test.30"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.80", %"ipv4_d1.to_ah"], [%"data_end.83", %"ipv6_d1.to_ah"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.190", %"widening.test.30"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.80", %"ipv4_d1.to_ah"], [%"keys.83", %"ipv6_d1.to_ah"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.30"]
  %"hdr.17" = getelementptr i8, ptr %"data.23", i64 %"cursor.20"
  %".1279" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1280" = icmp ugt ptr %".1279", %"data_end.23"
  br i1 %".1280", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1282" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1283" = load i32, ptr %".1282", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1283", %"ah.linear"], [%".1302", %"ah.copy_failed.endif"]
  %"data.76" = phi  ptr [%"data.23", %"ah.linear"], [%"data.75", %"ah.copy_failed.endif"]
  %"data_end.76" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.75", %"ah.copy_failed.endif"]
  %"keys.76" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.75", %"ah.copy_failed.endif"]
  %".1304" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1305" = zext i32 %".1304" to i64
  %".1306" = lshr i64 %".1305", 16
  %".1307" = trunc i64 %".1306" to i16
  %".1308" = call i16 @"llvm.bswap.i16"(i16 %".1307")
  %".1309" = getelementptr i8, ptr %"keys.76", i64 12
  store i16 %".1308", ptr %".1309", align 2
  %".1311" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1312" = zext i32 %".1311" to i64
  %".1313" = and i64 %".1312", 65535
  %".1314" = trunc i64 %".1313" to i16
  %".1315" = call i16 @"llvm.bswap.i16"(i16 %".1314")
  %".1316" = getelementptr i8, ptr %"keys.76", i64 14
  store i16 %".1315", ptr %".1316", align 2
  %".1318" = add i64 %"cursor.20", 8
  %".1319" = trunc i64 %"cursor.20" to i16
  %".1320" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1319", ptr %".1320", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.3", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.80", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.80", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.80", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.24", i64 %"cursor.21"
  %".1323" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1324" = icmp ugt ptr %".1323", %"data_end.24"
  br i1 %".1324", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.78" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.77", %"icmp.copy_failed.endif"]
  %"data_end.78" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.77", %"icmp.copy_failed.endif"]
  %"keys.78" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.77", %"icmp.copy_failed.endif"]
  %".1344" = add i64 %"cursor.21", 4
  %".1345" = trunc i64 %"cursor.21" to i16
  %".1346" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1345", ptr %".1346", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".178" = trunc i64 %"end" to i16
  %".179" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".178", ptr %".179", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".269", %"ipv6_d0.stop_at_encap.endif"], [%".713", %"batadv_d0.stop_at_encap.endif"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%".2058", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2135", %"pppoe_d1.to_ipv4"], [%".2201", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.5", %"gre_d0.to_ipv4"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3176", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3246", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3316", %"ethernet_d1.to_ipv4"], [%".3365", %"ppp_d0.stop_at_encap.endif"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".4725", %"widening.test.28"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.50", %"batadv_d0.stop_at_encap.endif"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.103", %"pppoe_d1.to_ipv4"], [%"data.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.109", %"gre_d0.to_ipv4"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.131", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.133", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.135", %"ethernet_d1.to_ipv4"], [%"data.137", %"ppp_d0.stop_at_encap.endif"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.188", %"widening.test.28"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.103", %"pppoe_d1.to_ipv4"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.109", %"gre_d0.to_ipv4"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.135", %"ethernet_d1.to_ipv4"], [%"data_end.137", %"ppp_d0.stop_at_encap.endif"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.188", %"widening.test.28"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.50", %"batadv_d0.stop_at_encap.endif"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.103", %"pppoe_d1.to_ipv4"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.109", %"gre_d0.to_ipv4"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.131", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.133", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.135", %"ethernet_d1.to_ipv4"], [%"keys.137", %"ppp_d0.stop_at_encap.endif"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.28"]
  %"hdr.19" = getelementptr i8, ptr %"data.25", i64 %"cursor.22"
  %".1349" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1350" = icmp ugt ptr %".1349", %"data_end.25"
  br i1 %".1350", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1352" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1353" = load i8, ptr %".1352", align 1
  %".1354" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1355" = load i16, ptr %".1354", align 2
  %".1356" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1357" = load i8, ptr %".1356", align 1
  %".1358" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1359" = load i32, ptr %".1358", align 4
  %".1360" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1361" = load i32, ptr %".1360", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1353", %"ipv4_d1.linear"], [%".1380", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1355", %"ipv4_d1.linear"], [%".1382", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1357", %"ipv4_d1.linear"], [%".1384", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1359", %"ipv4_d1.linear"], [%".1386", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1361", %"ipv4_d1.linear"], [%".1388", %"ipv4_d1.copy_failed.endif"]
  %"data.80" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.79", %"ipv4_d1.copy_failed.endif"]
  %"data_end.80" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.79", %"ipv4_d1.copy_failed.endif"]
  %"keys.80" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.79", %"ipv4_d1.copy_failed.endif"]
  %".1390" = zext i8 %"w0_1.4" to i64
  %".1391" = and i64 %".1390", 15
  %".1392" = icmp uge i64 %".1391", 5
  %".1393" = xor i1 %".1392", -1
  br i1 %".1393", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".193" = trunc i64 %"end" to i16
  %".194" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".193", ptr %".194", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".269", %"ipv6_d0.stop_at_encap.endif.1"], [%".713", %"batadv_d0.stop_at_encap.endif.1"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".2058", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2135", %"pppoe_d1.to_ipv6"], [%".2201", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.5", %"gre_d0.to_ipv6"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3176", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3246", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3316", %"ethernet_d1.to_ipv6"], [%".3365", %"ppp_d0.stop_at_encap.endif.1"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4659", %"widening.test.22"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.1"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.103", %"pppoe_d1.to_ipv6"], [%"data.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.109", %"gre_d0.to_ipv6"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.131", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.133", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.135", %"ethernet_d1.to_ipv6"], [%"data.137", %"ppp_d0.stop_at_encap.endif.1"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.182", %"widening.test.22"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.103", %"pppoe_d1.to_ipv6"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.109", %"gre_d0.to_ipv6"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.135", %"ethernet_d1.to_ipv6"], [%"data_end.137", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.182", %"widening.test.22"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.103", %"pppoe_d1.to_ipv6"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.109", %"gre_d0.to_ipv6"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.131", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.133", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.135", %"ethernet_d1.to_ipv6"], [%"keys.137", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.22"]
  %"hdr.20" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1505" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1506" = icmp ugt ptr %".1505", %"data_end.26"
  br i1 %".1506", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1508" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1509" = load i32, ptr %".1508", align 4
  %".1510" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1511" = load i8, ptr %".1510", align 1
  %".1512" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1513" = load i64, ptr %".1512", align 8
  %".1514" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1515" = load i64, ptr %".1514", align 8
  %".1516" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1517" = load i64, ptr %".1516", align 8
  %".1518" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1519" = load i64, ptr %".1518", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1509", %"ipv6_d1.linear"], [%".1538", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1511", %"ipv6_d1.linear"], [%".1540", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1513", %"ipv6_d1.linear"], [%".1542", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1515", %"ipv6_d1.linear"], [%".1544", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1517", %"ipv6_d1.linear"], [%".1546", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1519", %"ipv6_d1.linear"], [%".1548", %"ipv6_d1.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.82", %"ipv6_d1.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.82", %"ipv6_d1.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.82", %"ipv6_d1.copy_failed.endif"]
  %".1550" = trunc i64 34525 to i16
  %".1551" = getelementptr i8, ptr %"keys.83", i64 4
  store i16 %".1550", ptr %".1551", align 2
  %".1553" = trunc i64 34525 to i16
  %".1554" = call i16 @"llvm.bswap.i16"(i16 %".1553")
  %".1555" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1554", ptr %".1555", align 2
  %".1557" = getelementptr i8, ptr %"keys.83", i64 16
  store i64 %"w8_8.1", ptr %".1557", align 8
  %".1559" = getelementptr i8, ptr %"keys.83", i64 24
  store i64 %"w16_8.1", ptr %".1559", align 8
  %".1561" = getelementptr i8, ptr %"keys.83", i64 32
  store i64 %"w24_8.1", ptr %".1561", align 8
  %".1563" = getelementptr i8, ptr %"keys.83", i64 40
  store i64 %"w32_8.1", ptr %".1563", align 8
  %".1565" = zext i8 %"w6_1.1" to i64
  %".1566" = trunc i64 %".1565" to i8
  %".1567" = getelementptr i8, ptr %"keys.83", i64 9
  store i8 %".1566", ptr %".1567", align 1
  %".1569" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1570" = zext i32 %".1569" to i64
  %".1571" = and i64 %".1570", 1048575
  %".1572" = trunc i64 %".1571" to i32
  %".1573" = call i32 @"llvm.bswap.i32"(i32 %".1572")
  %".1574" = getelementptr i8, ptr %"keys.83", i64 52
  store i32 %".1573", ptr %".1574", align 4
  %".1576" = add i64 %"cursor.23", 40
  %".1577" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1578" = zext i32 %".1577" to i64
  %".1579" = and i64 %".1578", 1048575
  %".1580" = icmp ne i64 %".1579", 0
  %".1581" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.25" = load volatile i32, ptr %".1581", align 4
  %".1582" = and i32 %"flags.25", 2
  %".1583" = icmp ne i32 %".1582", 0
  %".1584" = and i1 %".1580", %".1583"
  br i1 %".1584", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".214" = trunc i64 %"cursor.2" to i32
  %".215" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".214", [40 x i8]* %"header_copy", i32 40)
  %".216" = icmp eq i64 %".215", 0
  %".217" = getelementptr i8, ptr %"ctx.2", i64 76
  %".218" = load i32, ptr %".217", align 4
  %".219" = zext i32 %".218" to i64
  %"data.27" = inttoptr i64 %".219" to ptr
  %".220" = getelementptr i8, ptr %"ctx.2", i64 80
  %".221" = load i32, ptr %".220", align 4
  %".222" = zext i32 %".221" to i64
  %"data_end.27" = inttoptr i64 %".222" to ptr
  %".223" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.27" = load ptr, ptr %".223", align 8
  %".224" = xor i1 %".216", -1
  br i1 %".224", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".226" = trunc i64 %"cursor.2" to i16
  %".227" = getelementptr i8, ptr %"keys.27", i64 2
  store i16 %".226", ptr %".227", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".230" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".231" = load volatile i32, [40 x i8]* %".230", align 4
  %".232" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".233" = load volatile i8, [40 x i8]* %".232", align 1
  %".234" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".235" = load volatile i64, [40 x i8]* %".234", align 8
  %".236" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".237" = load volatile i64, [40 x i8]* %".236", align 8
  %".238" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".239" = load volatile i64, [40 x i8]* %".238", align 8
  %".240" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".241" = load volatile i64, [40 x i8]* %".240", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".279" = trunc i64 %".269" to i16
  %".280" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".279", ptr %".280", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".283" = zext i8 %"w6_1" to i64
  switch i64 %".283", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.unknown:
  %".285" = trunc i64 %".269" to i16
  %".286" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".285", ptr %".286", align 2
  br label %"return"
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
  %".302" = trunc i64 34887 to i16
  %".303" = call i16 @"llvm.bswap.i16"(i16 %".302")
  %".304" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".303", ptr %".304", align 2
  br label %"mpls_mpls_labels1"
ipv6_d0.to_ipv4:
  %".307" = trunc i64 2048 to i16
  %".308" = call i16 @"llvm.bswap.i16"(i16 %".307")
  %".309" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".308", ptr %".309", align 2
  %".311" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".311", align 1
  %".313" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.4" = load volatile i32, ptr %".313", align 4
  %".314" = and i32 %"flags.4", 4
  %".315" = icmp ne i32 %".314", 0
  br i1 %".315", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".322" = trunc i64 34525 to i16
  %".323" = call i16 @"llvm.bswap.i16"(i16 %".322")
  %".324" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".323", ptr %".324", align 2
  %".326" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".326", align 1
  %".328" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.5" = load volatile i32, ptr %".328", align 4
  %".329" = and i32 %"flags.5", 4
  %".330" = icmp ne i32 %".329", 0
  br i1 %".330", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".269", %"ipv6_d0.to_ipv6_opts"], [%".269", %"ipv6_d0.to_ipv6_opts.1"], [%".269", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.29" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_opts"], [%"data.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_opts"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.29" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_opts"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.29", i64 %"cursor.24"
  %".1650" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1651" = icmp ugt ptr %".1650", %"data_end.29"
  br i1 %".1651", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1653" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1654" = load i8, ptr %".1653", align 1
  %".1655" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1656" = load i8, ptr %".1655", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1654", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1675", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1656", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1677", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1679" = zext i8 %"w0_1.5" to i64
  %".1680" = trunc i64 %".1679" to i8
  %".1681" = getelementptr i8, ptr %"keys.87", i64 9
  store i8 %".1680", ptr %".1681", align 1
  %".1683" = add i64 %"cursor.24", 2
  %".1684" = zext i8 %"w1_1.3" to i64
  %".1685" = mul i64 %".1684", 8
  %".1686" = add i64 %".1685", 6
  %".1687" = add i64 %".1686", 2
  %"end.4" = add i64 %"cursor.24", %".1687"
  %".1688" = zext i8 %"w0_1.5" to i64
  switch i64 %".1688", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".269", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.25"
  %".1742" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1743" = icmp ugt ptr %".1742", %"data_end.30"
  br i1 %".1743", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1745" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1746" = load i8, ptr %".1745", align 1
  %".1747" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1748" = load i16, ptr %".1747", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1746", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1767", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1748", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1769", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1771" = zext i8 %"w0_1.6" to i64
  %".1772" = trunc i64 %".1771" to i8
  %".1773" = getelementptr i8, ptr %"keys.91", i64 9
  store i8 %".1772", ptr %".1773", align 1
  %".1775" = add i64 %"cursor.25", 8
  %".1776" = icmp ne i64 1, 0
  %".1777" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1778" = zext i16 %".1777" to i64
  %".1779" = and i64 %".1778", 65528
  %".1780" = icmp eq i64 %".1779", 0
  br i1 %".1776", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.26" = phi  i64 [%".269", %"ipv6_d0.to_icmpv6"], [%".1576", %"ipv6_d1.to_icmpv6"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".3977", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".4308", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".4714", %"widening.test.27"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.83", %"ipv6_d1.to_icmpv6"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.187", %"widening.test.27"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.83", %"ipv6_d1.to_icmpv6"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.187", %"widening.test.27"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.83", %"ipv6_d1.to_icmpv6"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.27"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.26"
  %".1856" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1857" = icmp ugt ptr %".1856", %"data_end.31"
  br i1 %".1857", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.93" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.92", %"icmpv6.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.92", %"icmpv6.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.92", %"icmpv6.copy_failed.endif"]
  %".1877" = add i64 %"cursor.26", 4
  %".1878" = trunc i64 %"cursor.26" to i16
  %".1879" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1878", ptr %".1879", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".317" = trunc i64 %".269" to i16
  %".318" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".317", ptr %".318", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".332" = trunc i64 %".269" to i16
  %".333" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".332", ptr %".333", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".343" = trunc i64 %"cursor.3" to i32
  %".344" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".343", [40 x i8]* %"header_copy", i32 4)
  %".345" = icmp eq i64 %".344", 0
  %".346" = getelementptr i8, ptr %"ctx.3", i64 76
  %".347" = load i32, ptr %".346", align 4
  %".348" = zext i32 %".347" to i64
  %"data.32" = inttoptr i64 %".348" to ptr
  %".349" = getelementptr i8, ptr %"ctx.3", i64 80
  %".350" = load i32, ptr %".349", align 4
  %".351" = zext i32 %".350" to i64
  %"data_end.32" = inttoptr i64 %".351" to ptr
  %".352" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.32" = load ptr, ptr %".352", align 8
  %".353" = xor i1 %".345", -1
  br i1 %".353", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".355" = trunc i64 %"cursor.3" to i16
  %".356" = getelementptr i8, ptr %"keys.32", i64 2
  store i16 %".355", ptr %".356", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".359" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".360" = load volatile i16, [40 x i8]* %".359", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".375" = trunc i64 %".368" to i16
  %".376" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".375", ptr %".376", align 2
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
  %"cursor.27" = phi  i64 [%".368", %"vlan_d0_vlan_tags1.to_vlan"], [%".368", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".636", %"hsr_d0_vlan_tags1.to_vlan"], [%".636", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".4428", %"widening.test.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.161", %"widening.test.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.161", %"widening.test.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.27"
  %".1882" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1883" = icmp ugt ptr %".1882", %"data_end.34"
  br i1 %".1883", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1885" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1886" = load i16, ptr %".1885", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1886", %"vlan_d0_vlan_tags2.linear"], [%".1905", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1907" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1908" = zext i16 %".1907" to i64
  %".1909" = trunc i64 %".1908" to i16
  %".1910" = call i16 @"llvm.bswap.i16"(i16 %".1909")
  %".1911" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1910", ptr %".1911", align 2
  %".1913" = add i64 %"cursor.27", 4
  %".1914" = trunc i64 %".1913" to i16
  %".1915" = getelementptr i8, ptr %"keys.95", i64 0
  store i16 %".1914", ptr %".1915", align 2
  %".1917" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1918" = zext i16 %".1917" to i64
  switch i64 %".1918", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".368", %"vlan_d0_vlan_tags1.to_hsr"], [%".368", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".636", %"hsr_d0_vlan_tags1.to_hsr"], [%".636", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".4417", %"widening.test"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.160", %"widening.test"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.160", %"widening.test"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.35", i64 %"cursor.28"
  %".1952" = getelementptr i8, ptr %"hdr.25", i64 6
  %".1953" = icmp ugt ptr %".1952", %"data_end.35"
  br i1 %".1953", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".1955" = getelementptr i8, ptr %"hdr.25", i64 4
  %".1956" = load i16, ptr %".1955", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".1956", %"hsr_d0_vlan_tags2.linear"], [%".1975", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.35", %"hsr_d0_vlan_tags2.linear"], [%"data.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.35", %"hsr_d0_vlan_tags2.linear"], [%"data_end.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.35", %"hsr_d0_vlan_tags2.linear"], [%"keys.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".1977" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1978" = zext i16 %".1977" to i64
  %".1979" = trunc i64 %".1978" to i16
  %".1980" = call i16 @"llvm.bswap.i16"(i16 %".1979")
  %".1981" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1980", ptr %".1981", align 2
  %".1983" = add i64 %"cursor.28", 6
  %".1984" = trunc i64 %".1983" to i16
  %".1985" = getelementptr i8, ptr %"keys.97", i64 0
  store i16 %".1984", ptr %".1985", align 2
  %".1987" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1988" = zext i16 %".1987" to i64
  switch i64 %".1988", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
mpls_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".402" = trunc i64 %"cursor.4" to i32
  %".403" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".402", [40 x i8]* %"header_copy", i32 4)
  %".404" = icmp eq i64 %".403", 0
  %".405" = getelementptr i8, ptr %"ctx.4", i64 76
  %".406" = load i32, ptr %".405", align 4
  %".407" = zext i32 %".406" to i64
  %"data.36" = inttoptr i64 %".407" to ptr
  %".408" = getelementptr i8, ptr %"ctx.4", i64 80
  %".409" = load i32, ptr %".408", align 4
  %".410" = zext i32 %".409" to i64
  %"data_end.36" = inttoptr i64 %".410" to ptr
  %".411" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.36" = load ptr, ptr %".411", align 8
  %".412" = xor i1 %".404", -1
  br i1 %".412", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".414" = trunc i64 %".395" to i16
  %".415" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".414", ptr %".415", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".418" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".419" = load volatile i8, [40 x i8]* %".418", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".425" = trunc i64 %".421" to i16
  %".426" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".425", ptr %".426", align 2
  br label %"return"
mpls_mpls_labels1.to_mpls:
  %".429" = trunc i64 %".421" to i16
  %".430" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".429", ptr %".430", align 2
  br label %"return"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".443" = trunc i64 %"cursor.5" to i32
  %".444" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".443", [40 x i8]* %"header_copy", i32 8)
  %".445" = icmp eq i64 %".444", 0
  %".446" = getelementptr i8, ptr %"ctx.5", i64 76
  %".447" = load i32, ptr %".446", align 4
  %".448" = zext i32 %".447" to i64
  %"data.38" = inttoptr i64 %".448" to ptr
  %".449" = getelementptr i8, ptr %"ctx.5", i64 80
  %".450" = load i32, ptr %".449", align 4
  %".451" = zext i32 %".450" to i64
  %"data_end.38" = inttoptr i64 %".451" to ptr
  %".452" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.38" = load ptr, ptr %".452", align 8
  %".453" = xor i1 %".445", -1
  br i1 %".453", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".455" = trunc i64 %"cursor.5" to i16
  %".456" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".455", ptr %".456", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".459" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".460" = load volatile i8, [40 x i8]* %".459", align 1
  %".461" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".462" = load volatile i8, [40 x i8]* %".461", align 1
  %".463" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".464" = load volatile i16, [40 x i8]* %".463", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".479" = trunc i64 %"cursor.5" to i16
  %".480" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".479", ptr %".480", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".483" = add i64 %"cursor.5", 8
  %".484" = trunc i64 %".483" to i16
  %".485" = getelementptr i8, ptr %"keys.39", i64 0
  store i16 %".484", ptr %".485", align 2
  %".487" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".488" = zext i16 %".487" to i64
  switch i64 %".488", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.unknown:
  %".490" = and i64 %".488", 257
  %".491" = icmp eq i64 %".490", 1
  br i1 %".491", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".497" = trunc i64 2048 to i16
  %".498" = call i16 @"llvm.bswap.i16"(i16 %".497")
  %".499" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".498", ptr %".499", align 2
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".502" = trunc i64 34525 to i16
  %".503" = call i16 @"llvm.bswap.i16"(i16 %".502")
  %".504" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".503", ptr %".504", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".507" = trunc i64 34887 to i16
  %".508" = call i16 @"llvm.bswap.i16"(i16 %".507")
  %".509" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".508", ptr %".509", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".512" = trunc i64 34888 to i16
  %".513" = call i16 @"llvm.bswap.i16"(i16 %".512")
  %".514" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".513", ptr %".514", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".493" = trunc i64 %".483" to i16
  %".494" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".493", ptr %".494", align 2
  br label %"return"
ppp_other:
  %"cursor.29" = phi  i64 [%".483", %"pppoe_d0.to_ppp_other"], [%".2135", %"pppoe_d1.to_ppp_other"]
  %"data.40" = phi  ptr [%"data.39", %"pppoe_d0.to_ppp_other"], [%"data.103", %"pppoe_d1.to_ppp_other"]
  %"data_end.40" = phi  ptr [%"data_end.39", %"pppoe_d0.to_ppp_other"], [%"data_end.103", %"pppoe_d1.to_ppp_other"]
  %"keys.40" = phi  ptr [%"keys.39", %"pppoe_d0.to_ppp_other"], [%"keys.103", %"pppoe_d1.to_ppp_other"]
  %".2022" = add i64 %"cursor.29", 0
  %".2023" = trunc i64 %".2022" to i16
  %".2024" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".2023", ptr %".2024", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".527" = trunc i64 %"cursor.7" to i32
  %".528" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".527", [40 x i8]* %"header_copy", i32 34)
  %".529" = icmp eq i64 %".528", 0
  %".530" = getelementptr i8, ptr %"ctx.6", i64 76
  %".531" = load i32, ptr %".530", align 4
  %".532" = zext i32 %".531" to i64
  %"data.41" = inttoptr i64 %".532" to ptr
  %".533" = getelementptr i8, ptr %"ctx.6", i64 80
  %".534" = load i32, ptr %".533", align 4
  %".535" = zext i32 %".534" to i64
  %"data_end.41" = inttoptr i64 %".535" to ptr
  %".536" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.41" = load ptr, ptr %".536", align 8
  %".537" = xor i1 %".529", -1
  br i1 %".537", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".539" = trunc i64 %"cursor.7" to i16
  %".540" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".539", ptr %".540", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".558" = trunc i64 %"cursor.9" to i32
  %".559" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".558", [40 x i8]* %"header_copy", i32 16)
  %".560" = icmp eq i64 %".559", 0
  %".561" = getelementptr i8, ptr %"ctx.7", i64 76
  %".562" = load i32, ptr %".561", align 4
  %".563" = zext i32 %".562" to i64
  %"data.43" = inttoptr i64 %".563" to ptr
  %".564" = getelementptr i8, ptr %"ctx.7", i64 80
  %".565" = load i32, ptr %".564", align 4
  %".566" = zext i32 %".565" to i64
  %"data_end.43" = inttoptr i64 %".566" to ptr
  %".567" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.43" = load ptr, ptr %".567", align 8
  %".568" = xor i1 %".560", -1
  br i1 %".568", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".570" = trunc i64 %"cursor.9" to i16
  %".571" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".570", ptr %".571", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".583" = trunc i64 %"cursor.10" to i32
  %".584" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".583", [40 x i8]* %"header_copy", i32 38)
  %".585" = icmp eq i64 %".584", 0
  %".586" = getelementptr i8, ptr %"ctx.8", i64 76
  %".587" = load i32, ptr %".586", align 4
  %".588" = zext i32 %".587" to i64
  %"data.45" = inttoptr i64 %".588" to ptr
  %".589" = getelementptr i8, ptr %"ctx.8", i64 80
  %".590" = load i32, ptr %".589", align 4
  %".591" = zext i32 %".590" to i64
  %"data_end.45" = inttoptr i64 %".591" to ptr
  %".592" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.45" = load ptr, ptr %".592", align 8
  %".593" = xor i1 %".585", -1
  br i1 %".593", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".595" = trunc i64 %"cursor.10" to i16
  %".596" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".595", ptr %".596", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".611" = trunc i64 %"cursor.11" to i32
  %".612" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".611", [40 x i8]* %"header_copy", i32 6)
  %".613" = icmp eq i64 %".612", 0
  %".614" = getelementptr i8, ptr %"ctx.9", i64 76
  %".615" = load i32, ptr %".614", align 4
  %".616" = zext i32 %".615" to i64
  %"data.47" = inttoptr i64 %".616" to ptr
  %".617" = getelementptr i8, ptr %"ctx.9", i64 80
  %".618" = load i32, ptr %".617", align 4
  %".619" = zext i32 %".618" to i64
  %"data_end.47" = inttoptr i64 %".619" to ptr
  %".620" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.47" = load ptr, ptr %".620", align 8
  %".621" = xor i1 %".613", -1
  br i1 %".621", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".623" = trunc i64 %"cursor.11" to i16
  %".624" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".623", ptr %".624", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".627" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".628" = load volatile i16, [40 x i8]* %".627", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".643" = trunc i64 %".636" to i16
  %".644" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".643", ptr %".644", align 2
  br label %"return"
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
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
  %".673" = trunc i64 %"cursor.12" to i32
  %".674" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".673", [40 x i8]* %"header_copy", i32 24)
  %".675" = icmp eq i64 %".674", 0
  %".676" = getelementptr i8, ptr %"ctx.10", i64 76
  %".677" = load i32, ptr %".676", align 4
  %".678" = zext i32 %".677" to i64
  %"data.49" = inttoptr i64 %".678" to ptr
  %".679" = getelementptr i8, ptr %"ctx.10", i64 80
  %".680" = load i32, ptr %".679", align 4
  %".681" = zext i32 %".680" to i64
  %"data_end.49" = inttoptr i64 %".681" to ptr
  %".682" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.49" = load ptr, ptr %".682", align 8
  %".683" = xor i1 %".675", -1
  br i1 %".683", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".685" = trunc i64 %"cursor.12" to i16
  %".686" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".685", ptr %".686", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".689" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".690" = load volatile i8, [40 x i8]* %".689", align 1
  %".691" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".692" = load volatile i8, [40 x i8]* %".691", align 1
  %".693" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".694" = load volatile i16, [40 x i8]* %".693", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".703" = trunc i64 %"cursor.12" to i16
  %".704" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".703", ptr %".704", align 2
  br label %"return"
batadv_d0.require.endif:
  %".707" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".708" = zext i16 %".707" to i64
  %".709" = trunc i64 %".708" to i16
  %".710" = call i16 @"llvm.bswap.i16"(i16 %".709")
  %".711" = getelementptr i8, ptr %"keys.50", i64 10
  store i16 %".710", ptr %".711", align 2
  %".713" = add i64 %"cursor.12", 24
  %".714" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".715" = zext i16 %".714" to i64
  switch i64 %".715", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 33024, label %"batadv_d0.to_vlan" i64 34984, label %"batadv_d0.to_vlan.1" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe" i64 35119, label %"batadv_d0.to_hsr" i64 35067, label %"batadv_d0.to_hsr.1" i64 17157, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.unknown:
  %".717" = trunc i64 %".713" to i16
  %".718" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".717", ptr %".718", align 2
  br label %"return"
batadv_d0.to_ipv4:
  %".721" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".721", align 1
  %".723" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.6" = load volatile i32, ptr %".723", align 4
  %".724" = and i32 %"flags.6", 4
  %".725" = icmp ne i32 %".724", 0
  br i1 %".725", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.to_ipv6:
  %".732" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".732", align 1
  %".734" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.7" = load volatile i32, ptr %".734", align 4
  %".735" = and i32 %"flags.7", 4
  %".736" = icmp ne i32 %".735", 0
  br i1 %".736", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".743" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".743", align 1
  %".745" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.8" = load volatile i32, ptr %".745", align 4
  %".746" = and i32 %"flags.8", 4
  %".747" = icmp ne i32 %".746", 0
  br i1 %".747", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".754" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".754", align 1
  %".756" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.9" = load volatile i32, ptr %".756", align 4
  %".757" = and i32 %"flags.9", 4
  %".758" = icmp ne i32 %".757", 0
  br i1 %".758", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".765" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".765", align 1
  %".767" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.10" = load volatile i32, ptr %".767", align 4
  %".768" = and i32 %"flags.10", 4
  %".769" = icmp ne i32 %".768", 0
  br i1 %".769", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".776" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".776", align 1
  %".778" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.11" = load volatile i32, ptr %".778", align 4
  %".779" = and i32 %"flags.11", 4
  %".780" = icmp ne i32 %".779", 0
  br i1 %".780", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".787" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".787", align 1
  %".789" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.12" = load volatile i32, ptr %".789", align 4
  %".790" = and i32 %"flags.12", 4
  %".791" = icmp ne i32 %".790", 0
  br i1 %".791", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".798" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".798", align 1
  %".800" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.13" = load volatile i32, ptr %".800", align 4
  %".801" = and i32 %"flags.13", 4
  %".802" = icmp ne i32 %".801", 0
  br i1 %".802", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".809" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".809", align 1
  %".811" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.14" = load volatile i32, ptr %".811", align 4
  %".812" = and i32 %"flags.14", 4
  %".813" = icmp ne i32 %".812", 0
  br i1 %".813", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".820" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".820", align 1
  %".822" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.15" = load volatile i32, ptr %".822", align 4
  %".823" = and i32 %"flags.15", 4
  %".824" = icmp ne i32 %".823", 0
  br i1 %".824", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".831" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".831", align 1
  %".833" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.16" = load volatile i32, ptr %".833", align 4
  %".834" = and i32 %"flags.16", 4
  %".835" = icmp ne i32 %".834", 0
  br i1 %".835", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".842" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".842", align 1
  %".844" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.17" = load volatile i32, ptr %".844", align 4
  %".845" = and i32 %"flags.17", 4
  %".846" = icmp ne i32 %".845", 0
  br i1 %".846", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".853" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".853", align 1
  %".855" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.18" = load volatile i32, ptr %".855", align 4
  %".856" = and i32 %"flags.18", 4
  %".857" = icmp ne i32 %".856", 0
  br i1 %".857", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".864" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".864", align 1
  %".866" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.19" = load volatile i32, ptr %".866", align 4
  %".867" = and i32 %"flags.19", 4
  %".868" = icmp ne i32 %".867", 0
  br i1 %".868", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".875" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".875", align 1
  %".877" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.20" = load volatile i32, ptr %".877", align 4
  %".878" = and i32 %"flags.20", 4
  %".879" = icmp ne i32 %".878", 0
  br i1 %".879", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".886" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".886", align 1
  %".888" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.21" = load volatile i32, ptr %".888", align 4
  %".889" = and i32 %"flags.21", 4
  %".890" = icmp ne i32 %".889", 0
  br i1 %".890", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".727" = trunc i64 %".713" to i16
  %".728" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".727", ptr %".728", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".738" = trunc i64 %".713" to i16
  %".739" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".738", ptr %".739", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".749" = trunc i64 %".713" to i16
  %".750" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".749", ptr %".750", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.30" = phi  i64 [%".713", %"batadv_d0.stop_at_encap.endif.2"], [%".713", %"batadv_d0.stop_at_encap.endif.3"], [%"end.5", %"gre_d0.to_vlan"], [%"end.5", %"gre_d0.to_vlan.1"], [%".3316", %"ethernet_d1.to_vlan"], [%".3316", %"ethernet_d1.to_vlan.1"], [%".4549", %"widening.test.12"]
  %"data.51" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data.109", %"gre_d0.to_vlan"], [%"data.109", %"gre_d0.to_vlan.1"], [%"data.135", %"ethernet_d1.to_vlan"], [%"data.135", %"ethernet_d1.to_vlan.1"], [%"data.172", %"widening.test.12"]
  %"data_end.51" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.109", %"gre_d0.to_vlan"], [%"data_end.109", %"gre_d0.to_vlan.1"], [%"data_end.135", %"ethernet_d1.to_vlan"], [%"data_end.135", %"ethernet_d1.to_vlan.1"], [%"data_end.172", %"widening.test.12"]
  %"keys.51" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.109", %"gre_d0.to_vlan"], [%"keys.109", %"gre_d0.to_vlan.1"], [%"keys.135", %"ethernet_d1.to_vlan"], [%"keys.135", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.12"]
  %"hdr.26" = getelementptr i8, ptr %"data.51", i64 %"cursor.30"
  %".2027" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2028" = icmp ugt ptr %".2027", %"data_end.51"
  br i1 %".2028", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2030" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2031" = load i16, ptr %".2030", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".2031", %"vlan_d1_vlan_tags1.linear"], [%".2050", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.51", %"vlan_d1_vlan_tags1.linear"], [%"data.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.51", %"vlan_d1_vlan_tags1.linear"], [%"data_end.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.51", %"vlan_d1_vlan_tags1.linear"], [%"keys.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2052" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2053" = zext i16 %".2052" to i64
  %".2054" = trunc i64 %".2053" to i16
  %".2055" = call i16 @"llvm.bswap.i16"(i16 %".2054")
  %".2056" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".2055", ptr %".2056", align 2
  %".2058" = add i64 %"cursor.30", 4
  %".2059" = trunc i64 %".2058" to i16
  %".2060" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".2059", ptr %".2060", align 2
  %".2062" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2063" = zext i16 %".2062" to i64
  switch i64 %".2063", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0.stop_at_encap.3:
  %".760" = trunc i64 %".713" to i16
  %".761" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".760", ptr %".761", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".771" = trunc i64 %".713" to i16
  %".772" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".771", ptr %".772", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.5:
  %".782" = trunc i64 %".713" to i16
  %".783" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".782", ptr %".783", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".793" = trunc i64 %".713" to i16
  %".794" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".793", ptr %".794", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.31" = phi  i64 [%".713", %"batadv_d0.stop_at_encap.endif.6"], [%".2058", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2201", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.5", %"gre_d0.to_pppoe"], [%".3176", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3246", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3316", %"ethernet_d1.to_pppoe"], [%".4648", %"widening.test.21"]
  %"data.52" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.109", %"gre_d0.to_pppoe"], [%"data.131", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.133", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.135", %"ethernet_d1.to_pppoe"], [%"data.181", %"widening.test.21"]
  %"data_end.52" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.109", %"gre_d0.to_pppoe"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.135", %"ethernet_d1.to_pppoe"], [%"data_end.181", %"widening.test.21"]
  %"keys.52" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.109", %"gre_d0.to_pppoe"], [%"keys.131", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.133", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.135", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.21"]
  %"hdr.27" = getelementptr i8, ptr %"data.52", i64 %"cursor.31"
  %".2085" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2086" = icmp ugt ptr %".2085", %"data_end.52"
  br i1 %".2086", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2088" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2089" = load i8, ptr %".2088", align 1
  %".2090" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2091" = load i8, ptr %".2090", align 1
  %".2092" = getelementptr i8, ptr %"hdr.27", i64 6
  %".2093" = load i16, ptr %".2092", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".2089", %"pppoe_d1.linear"], [%".2112", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2091", %"pppoe_d1.linear"], [%".2114", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2093", %"pppoe_d1.linear"], [%".2116", %"pppoe_d1.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.52", %"pppoe_d1.linear"], [%"data.102", %"pppoe_d1.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.52", %"pppoe_d1.linear"], [%"data_end.102", %"pppoe_d1.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.52", %"pppoe_d1.linear"], [%"keys.102", %"pppoe_d1.copy_failed.endif"]
  %".2118" = zext i8 %"w0_1.7" to i64
  %".2119" = lshr i64 %".2118", 4
  %".2120" = and i64 %".2119", 15
  %".2121" = icmp eq i64 %".2120", 1
  %".2122" = zext i8 %"w0_1.7" to i64
  %".2123" = and i64 %".2122", 15
  %".2124" = icmp eq i64 %".2123", 1
  %".2125" = and i1 %".2121", %".2124"
  %".2126" = zext i8 %"w1_1.4" to i64
  %".2127" = icmp eq i64 %".2126", 0
  %".2128" = and i1 %".2125", %".2127"
  %".2129" = xor i1 %".2128", -1
  br i1 %".2129", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".804" = trunc i64 %".713" to i16
  %".805" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".804", ptr %".805", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".815" = trunc i64 %".713" to i16
  %".816" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".815", ptr %".816", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".826" = trunc i64 %".713" to i16
  %".827" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".826", ptr %".827", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".837" = trunc i64 %".713" to i16
  %".838" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".837", ptr %".838", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".848" = trunc i64 %".713" to i16
  %".849" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".848", ptr %".849", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".859" = trunc i64 %".713" to i16
  %".860" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".859", ptr %".860", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".870" = trunc i64 %".713" to i16
  %".871" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".870", ptr %".871", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".713", %"batadv_d0.stop_at_encap.endif.13"], [%".713", %"batadv_d0.stop_at_encap.endif.14"], [%"end.5", %"gre_d0.to_hsr"], [%"end.5", %"gre_d0.to_hsr.1"], [%".3316", %"ethernet_d1.to_hsr"], [%".3316", %"ethernet_d1.to_hsr.1"], [%".4538", %"widening.test.11"]
  %"data.53" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data.109", %"gre_d0.to_hsr"], [%"data.109", %"gre_d0.to_hsr.1"], [%"data.135", %"ethernet_d1.to_hsr"], [%"data.135", %"ethernet_d1.to_hsr.1"], [%"data.171", %"widening.test.11"]
  %"data_end.53" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.109", %"gre_d0.to_hsr"], [%"data_end.109", %"gre_d0.to_hsr.1"], [%"data_end.135", %"ethernet_d1.to_hsr"], [%"data_end.135", %"ethernet_d1.to_hsr.1"], [%"data_end.171", %"widening.test.11"]
  %"keys.53" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.109", %"gre_d0.to_hsr"], [%"keys.109", %"gre_d0.to_hsr.1"], [%"keys.135", %"ethernet_d1.to_hsr"], [%"keys.135", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.11"]
  %"hdr.28" = getelementptr i8, ptr %"data.53", i64 %"cursor.32"
  %".2170" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2171" = icmp ugt ptr %".2170", %"data_end.53"
  br i1 %".2171", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2173" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2174" = load i16, ptr %".2173", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2174", %"hsr_d1_vlan_tags1.linear"], [%".2193", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.53", %"hsr_d1_vlan_tags1.linear"], [%"data.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.53", %"hsr_d1_vlan_tags1.linear"], [%"data_end.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.53", %"hsr_d1_vlan_tags1.linear"], [%"keys.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2195" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2196" = zext i16 %".2195" to i64
  %".2197" = trunc i64 %".2196" to i16
  %".2198" = call i16 @"llvm.bswap.i16"(i16 %".2197")
  %".2199" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2198", ptr %".2199", align 2
  %".2201" = add i64 %"cursor.32", 6
  %".2202" = trunc i64 %".2201" to i16
  %".2203" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2202", ptr %".2203", align 2
  %".2205" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2206" = zext i16 %".2205" to i64
  switch i64 %".2206", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0.stop_at_encap.14:
  %".881" = trunc i64 %".713" to i16
  %".882" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".881", ptr %".882", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".892" = trunc i64 %".713" to i16
  %".893" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".892", ptr %".893", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  br label %"batadv_d1"
batadv_d1:
  %"cursor.33" = phi  i64 [%".713", %"batadv_d0.stop_at_encap.endif.15"], [%".2058", %"vlan_d1_vlan_tags1.to_batadv"], [%".2201", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.5", %"gre_d0.to_batadv"], [%".3176", %"vlan_d1_vlan_tags2.to_batadv"], [%".3246", %"hsr_d1_vlan_tags2.to_batadv"], [%".3316", %"ethernet_d1.to_batadv"], [%".4582", %"widening.test.15"]
  %"data.54" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.109", %"gre_d0.to_batadv"], [%"data.131", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.133", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.135", %"ethernet_d1.to_batadv"], [%"data.175", %"widening.test.15"]
  %"data_end.54" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.109", %"gre_d0.to_batadv"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.135", %"ethernet_d1.to_batadv"], [%"data_end.175", %"widening.test.15"]
  %"keys.54" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.109", %"gre_d0.to_batadv"], [%"keys.131", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.133", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.135", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.15"]
  %"hdr.29" = getelementptr i8, ptr %"data.54", i64 %"cursor.33"
  %".2228" = getelementptr i8, ptr %"hdr.29", i64 24
  %".2229" = icmp ugt ptr %".2228", %"data_end.54"
  br i1 %".2229", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2231" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2232" = load i8, ptr %".2231", align 1
  %".2233" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2234" = load i8, ptr %".2233", align 1
  %".2235" = getelementptr i8, ptr %"hdr.29", i64 22
  %".2236" = load i16, ptr %".2235", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.8" = phi  i8 [%".2232", %"batadv_d1.linear"], [%".2255", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2234", %"batadv_d1.linear"], [%".2257", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2236", %"batadv_d1.linear"], [%".2259", %"batadv_d1.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.54", %"batadv_d1.linear"], [%"data.106", %"batadv_d1.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.54", %"batadv_d1.linear"], [%"data_end.106", %"batadv_d1.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.54", %"batadv_d1.linear"], [%"keys.106", %"batadv_d1.copy_failed.endif"]
  %".2261" = zext i8 %"w1_1.5" to i64
  %".2262" = icmp eq i64 %".2261", 15
  %".2263" = zext i8 %"w0_1.8" to i64
  %".2264" = icmp eq i64 %".2263", 64
  %".2265" = and i1 %".2262", %".2264"
  %".2266" = xor i1 %".2265", -1
  br i1 %".2266", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".905" = trunc i64 %"cursor.13" to i32
  %".906" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".905", [40 x i8]* %"header_copy", i32 4)
  %".907" = icmp eq i64 %".906", 0
  %".908" = getelementptr i8, ptr %"ctx.11", i64 76
  %".909" = load i32, ptr %".908", align 4
  %".910" = zext i32 %".909" to i64
  %"data.55" = inttoptr i64 %".910" to ptr
  %".911" = getelementptr i8, ptr %"ctx.11", i64 80
  %".912" = load i32, ptr %".911", align 4
  %".913" = zext i32 %".912" to i64
  %"data_end.55" = inttoptr i64 %".913" to ptr
  %".914" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.55" = load ptr, ptr %".914", align 8
  %".915" = xor i1 %".907", -1
  br i1 %".915", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".917" = trunc i64 %"cursor.13" to i16
  %".918" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".917", ptr %".918", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".921" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".922" = load volatile i16, [40 x i8]* %".921", align 2
  %".923" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".924" = load volatile i16, [40 x i8]* %".923", align 2
  br label %"tcp.header"
udp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".950" = trunc i64 %"cursor.14" to i32
  %".951" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".950", [40 x i8]* %"header_copy", i32 4)
  %".952" = icmp eq i64 %".951", 0
  %".953" = getelementptr i8, ptr %"ctx.12", i64 76
  %".954" = load i32, ptr %".953", align 4
  %".955" = zext i32 %".954" to i64
  %"data.57" = inttoptr i64 %".955" to ptr
  %".956" = getelementptr i8, ptr %"ctx.12", i64 80
  %".957" = load i32, ptr %".956", align 4
  %".958" = zext i32 %".957" to i64
  %"data_end.57" = inttoptr i64 %".958" to ptr
  %".959" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.57" = load ptr, ptr %".959", align 8
  %".960" = xor i1 %".952", -1
  br i1 %".960", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".962" = trunc i64 %"cursor.14" to i16
  %".963" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".962", ptr %".963", align 2
  br label %"return"
udp.copy_failed.endif:
  %".966" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".967" = load volatile i16, [40 x i8]* %".966", align 2
  %".968" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".969" = load volatile i16, [40 x i8]* %".968", align 2
  br label %"udp.header"
udp.copy_last_byte:
  %".989" = add i64 %"cursor.14", %".984"
  %".990" = sub i64 %".989", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".991" = trunc i64 %".990" to i32
  %".992" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".991", i64* %"last_byte", i32 1)
  %".993" = icmp eq i64 %".992", 0
  %".994" = getelementptr i8, ptr %"ctx.13", i64 76
  %".995" = load i32, ptr %".994", align 4
  %".996" = zext i32 %".995" to i64
  %"data.59" = inttoptr i64 %".996" to ptr
  %".997" = getelementptr i8, ptr %"ctx.13", i64 80
  %".998" = load i32, ptr %".997", align 4
  %".999" = zext i32 %".998" to i64
  %"data_end.59" = inttoptr i64 %".999" to ptr
  %".1000" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.59" = load ptr, ptr %".1000", align 8
  %".1001" = xor i1 %".993", -1
  br i1 %".1001", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".1003" = trunc i64 %"cursor.14" to i16
  %".1004" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1003", ptr %".1004", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1020" = trunc i64 %"cursor.15" to i32
  %".1021" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1020", [40 x i8]* %"header_copy", i32 4)
  %".1022" = icmp eq i64 %".1021", 0
  %".1023" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1024" = load i32, ptr %".1023", align 4
  %".1025" = zext i32 %".1024" to i64
  %"data.61" = inttoptr i64 %".1025" to ptr
  %".1026" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1027" = load i32, ptr %".1026", align 4
  %".1028" = zext i32 %".1027" to i64
  %"data_end.61" = inttoptr i64 %".1028" to ptr
  %".1029" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.61" = load ptr, ptr %".1029", align 8
  %".1030" = xor i1 %".1022", -1
  br i1 %".1030", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1032" = trunc i64 %"cursor.15" to i16
  %".1033" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1032", ptr %".1033", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1036" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1037" = load volatile i16, [40 x i8]* %".1036", align 2
  %".1038" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1039" = load volatile i16, [40 x i8]* %".1038", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1059" = add i64 %"cursor.15", %".1054"
  %".1060" = sub i64 %".1059", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1061" = trunc i64 %".1060" to i32
  %".1062" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1061", i64* %"last_byte", i32 1)
  %".1063" = icmp eq i64 %".1062", 0
  %".1064" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1065" = load i32, ptr %".1064", align 4
  %".1066" = zext i32 %".1065" to i64
  %"data.63" = inttoptr i64 %".1066" to ptr
  %".1067" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1068" = load i32, ptr %".1067", align 4
  %".1069" = zext i32 %".1068" to i64
  %"data_end.63" = inttoptr i64 %".1069" to ptr
  %".1070" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.63" = load ptr, ptr %".1070", align 8
  %".1071" = xor i1 %".1063", -1
  br i1 %".1071", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1073" = trunc i64 %"cursor.15" to i16
  %".1074" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1073", ptr %".1074", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1092" = trunc i64 %"cursor.16" to i32
  %".1093" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1092", [40 x i8]* %"header_copy", i32 4)
  %".1094" = icmp eq i64 %".1093", 0
  %".1095" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1096" = load i32, ptr %".1095", align 4
  %".1097" = zext i32 %".1096" to i64
  %"data.65" = inttoptr i64 %".1097" to ptr
  %".1098" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1099" = load i32, ptr %".1098", align 4
  %".1100" = zext i32 %".1099" to i64
  %"data_end.65" = inttoptr i64 %".1100" to ptr
  %".1101" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.65" = load ptr, ptr %".1101", align 8
  %".1102" = xor i1 %".1094", -1
  br i1 %".1102", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1104" = trunc i64 %"cursor.16" to i16
  %".1105" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1104", ptr %".1105", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1108" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1109" = load volatile i8, [40 x i8]* %".1108", align 1
  %".1110" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1111" = load volatile i8, [40 x i8]* %".1110", align 1
  %".1112" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1113" = load volatile i16, [40 x i8]* %".1112", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1124" = trunc i64 %"cursor.16" to i16
  %".1125" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1124", ptr %".1125", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1128" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1129" = zext i16 %".1128" to i64
  %".1130" = trunc i64 %".1129" to i16
  %".1131" = call i16 @"llvm.bswap.i16"(i16 %".1130")
  %".1132" = getelementptr i8, ptr %"keys.66", i64 10
  store i16 %".1131", ptr %".1132", align 2
  %".1134" = zext i8 %"w1_1.2" to i64
  %".1135" = and i64 %".1134", 7
  switch i64 %".1135", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1137" = trunc i64 %"cursor.16" to i16
  %".1138" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1137", ptr %".1138", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.34" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.67" = phi  ptr [%"data.66", %"gre_version_d0.to_gre"]
  %"data_end.67" = phi  ptr [%"data_end.66", %"gre_version_d0.to_gre"]
  %"keys.67" = phi  ptr [%"keys.66", %"gre_version_d0.to_gre"]
  %".2510" = zext i8 %"w1_1.2" to i64
  %".2511" = and i64 %".2510", 7
  %".2512" = icmp ne i64 %".2511", 0
  %".2513" = zext i8 %"w0_1.3" to i64
  %".2514" = lshr i64 %".2513", 6
  %".2515" = and i64 %".2514", 1
  %".2516" = icmp ne i64 %".2515", 0
  %".2517" = or i1 %".2512", %".2516"
  br i1 %".2517", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.35" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.68" = phi  ptr [%"data.66", %"gre_version_d0.to_pptp"]
  %"data_end.68" = phi  ptr [%"data_end.66", %"gre_version_d0.to_pptp"]
  %"keys.68" = phi  ptr [%"keys.66", %"gre_version_d0.to_pptp"]
  %".2600" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2601" = zext i16 %".2600" to i64
  %".2602" = icmp ne i64 %".2601", 34827
  %".2603" = zext i8 %"w0_1.3" to i64
  %".2604" = lshr i64 %".2603", 5
  %".2605" = and i64 %".2604", 1
  %".2606" = icmp eq i64 %".2605", 0
  %".2607" = or i1 %".2602", %".2606"
  br i1 %".2607", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1151" = trunc i64 %"cursor.17" to i32
  %".1152" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1151", [40 x i8]* %"header_copy", i32 4)
  %".1153" = icmp eq i64 %".1152", 0
  %".1154" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1155" = load i32, ptr %".1154", align 4
  %".1156" = zext i32 %".1155" to i64
  %"data.69" = inttoptr i64 %".1156" to ptr
  %".1157" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1158" = load i32, ptr %".1157", align 4
  %".1159" = zext i32 %".1158" to i64
  %"data_end.69" = inttoptr i64 %".1159" to ptr
  %".1160" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.69" = load ptr, ptr %".1160", align 8
  %".1161" = xor i1 %".1153", -1
  br i1 %".1161", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1163" = trunc i64 %"cursor.17" to i16
  %".1164" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1163", ptr %".1164", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1167" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1168" = load volatile i16, [40 x i8]* %".1167", align 2
  %".1169" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1170" = load volatile i16, [40 x i8]* %".1169", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1197" = trunc i64 %"cursor.18" to i32
  %".1198" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1197", [40 x i8]* %"header_copy", i32 4)
  %".1199" = icmp eq i64 %".1198", 0
  %".1200" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1201" = load i32, ptr %".1200", align 4
  %".1202" = zext i32 %".1201" to i64
  %"data.71" = inttoptr i64 %".1202" to ptr
  %".1203" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1204" = load i32, ptr %".1203", align 4
  %".1205" = zext i32 %".1204" to i64
  %"data_end.71" = inttoptr i64 %".1205" to ptr
  %".1206" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.71" = load ptr, ptr %".1206", align 8
  %".1207" = xor i1 %".1199", -1
  br i1 %".1207", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1209" = trunc i64 %"cursor.18" to i16
  %".1210" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1209", ptr %".1210", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1213" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1214" = load volatile i16, [40 x i8]* %".1213", align 2
  %".1215" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1216" = load volatile i16, [40 x i8]* %".1215", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1241" = trunc i64 %"cursor.19" to i32
  %".1242" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1241", [40 x i8]* %"header_copy", i32 4)
  %".1243" = icmp eq i64 %".1242", 0
  %".1244" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1245" = load i32, ptr %".1244", align 4
  %".1246" = zext i32 %".1245" to i64
  %"data.73" = inttoptr i64 %".1246" to ptr
  %".1247" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1248" = load i32, ptr %".1247", align 4
  %".1249" = zext i32 %".1248" to i64
  %"data_end.73" = inttoptr i64 %".1249" to ptr
  %".1250" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.73" = load ptr, ptr %".1250", align 8
  %".1251" = xor i1 %".1243", -1
  br i1 %".1251", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1253" = trunc i64 %"cursor.19" to i16
  %".1254" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1253", ptr %".1254", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1257" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1258" = load volatile i32, [40 x i8]* %".1257", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1285" = trunc i64 %"cursor.20" to i32
  %".1286" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1285", [40 x i8]* %"header_copy", i32 8)
  %".1287" = icmp eq i64 %".1286", 0
  %".1288" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1289" = load i32, ptr %".1288", align 4
  %".1290" = zext i32 %".1289" to i64
  %"data.75" = inttoptr i64 %".1290" to ptr
  %".1291" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1292" = load i32, ptr %".1291", align 4
  %".1293" = zext i32 %".1292" to i64
  %"data_end.75" = inttoptr i64 %".1293" to ptr
  %".1294" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.75" = load ptr, ptr %".1294", align 8
  %".1295" = xor i1 %".1287", -1
  br i1 %".1295", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1297" = trunc i64 %"cursor.20" to i16
  %".1298" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1297", ptr %".1298", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1301" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1302" = load volatile i32, [40 x i8]* %".1301", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1327" = trunc i64 %"cursor.21" to i32
  %".1328" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1327", [40 x i8]* %"header_copy", i32 4)
  %".1329" = icmp eq i64 %".1328", 0
  %".1330" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1331" = load i32, ptr %".1330", align 4
  %".1332" = zext i32 %".1331" to i64
  %"data.77" = inttoptr i64 %".1332" to ptr
  %".1333" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1334" = load i32, ptr %".1333", align 4
  %".1335" = zext i32 %".1334" to i64
  %"data_end.77" = inttoptr i64 %".1335" to ptr
  %".1336" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.77" = load ptr, ptr %".1336", align 8
  %".1337" = xor i1 %".1329", -1
  br i1 %".1337", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1339" = trunc i64 %"cursor.21" to i16
  %".1340" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1339", ptr %".1340", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1363" = trunc i64 %"cursor.22" to i32
  %".1364" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1363", [40 x i8]* %"header_copy", i32 20)
  %".1365" = icmp eq i64 %".1364", 0
  %".1366" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1367" = load i32, ptr %".1366", align 4
  %".1368" = zext i32 %".1367" to i64
  %"data.79" = inttoptr i64 %".1368" to ptr
  %".1369" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1370" = load i32, ptr %".1369", align 4
  %".1371" = zext i32 %".1370" to i64
  %"data_end.79" = inttoptr i64 %".1371" to ptr
  %".1372" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.79" = load ptr, ptr %".1372", align 8
  %".1373" = xor i1 %".1365", -1
  br i1 %".1373", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1375" = trunc i64 %"cursor.22" to i16
  %".1376" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1375", ptr %".1376", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1379" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1380" = load volatile i8, [40 x i8]* %".1379", align 1
  %".1381" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1382" = load volatile i16, [40 x i8]* %".1381", align 2
  %".1383" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1384" = load volatile i8, [40 x i8]* %".1383", align 1
  %".1385" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1386" = load volatile i32, [40 x i8]* %".1385", align 4
  %".1387" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1388" = load volatile i32, [40 x i8]* %".1387", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1395" = trunc i64 %"cursor.22" to i16
  %".1396" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1395", ptr %".1396", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1399" = trunc i64 2048 to i16
  %".1400" = getelementptr i8, ptr %"keys.80", i64 4
  store i16 %".1399", ptr %".1400", align 2
  %".1402" = trunc i64 2048 to i16
  %".1403" = call i16 @"llvm.bswap.i16"(i16 %".1402")
  %".1404" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1403", ptr %".1404", align 2
  %".1406" = getelementptr i8, ptr %"keys.80", i64 16
  store i32 %"w12_4.1", ptr %".1406", align 4
  %".1408" = getelementptr i8, ptr %"keys.80", i64 20
  store i32 %"w16_4.1", ptr %".1408", align 4
  %".1410" = zext i8 %"w9_1.1" to i64
  %".1411" = trunc i64 %".1410" to i8
  %".1412" = getelementptr i8, ptr %"keys.80", i64 9
  store i8 %".1411", ptr %".1412", align 1
  %".1414" = add i64 %"cursor.22", 20
  %".1415" = zext i8 %"w0_1.4" to i64
  %".1416" = and i64 %".1415", 15
  %".1417" = mul i64 %".1416", 4
  %".1418" = sub i64 %".1417", 20
  %".1419" = add i64 %".1418", 20
  %"end.3" = add i64 %"cursor.22", %".1419"
  %".1420" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1421" = zext i16 %".1420" to i64
  %".1422" = and i64 %".1421", 16383
  %".1423" = icmp ne i64 %".1422", 0
  %".1424" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1425" = zext i16 %".1424" to i64
  %".1426" = and i64 %".1425", 8191
  %".1427" = icmp eq i64 %".1426", 0
  br i1 %".1423", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.fragment:
  %".1429" = getelementptr i8, ptr %"keys.80", i64 6
  store i8 1, ptr %".1429", align 1
  br i1 %".1427", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1449" = zext i8 %"w9_1.1" to i64
  switch i64 %".1449", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.first_fragment:
  %".1432" = getelementptr i8, ptr %"keys.80", i64 7
  store i8 1, ptr %".1432", align 1
  %".1434" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.22" = load volatile i32, ptr %".1434", align 4
  %".1435" = and i32 %"flags.22", 1
  %".1436" = icmp ne i32 %".1435", 0
  %".1437" = xor i1 %".1436", -1
  br i1 %".1437", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1444" = trunc i64 %"end.3" to i16
  %".1445" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1444", ptr %".1445", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1439" = trunc i64 %"end.3" to i16
  %".1440" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1439", ptr %".1440", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1451" = trunc i64 %"end.3" to i16
  %".1452" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1451", ptr %".1452", align 2
  br label %"return"
ipv4_d1.to_tcp:
  br label %"tcp"
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
  %".1464" = trunc i64 34887 to i16
  %".1465" = call i16 @"llvm.bswap.i16"(i16 %".1464")
  %".1466" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1465", ptr %".1466", align 2
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1469" = trunc i64 2048 to i16
  %".1470" = call i16 @"llvm.bswap.i16"(i16 %".1469")
  %".1471" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1470", ptr %".1471", align 2
  %".1473" = getelementptr i8, ptr %"keys.80", i64 8
  store i8 1, ptr %".1473", align 1
  %".1475" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.23" = load volatile i32, ptr %".1475", align 4
  %".1476" = and i32 %"flags.23", 4
  %".1477" = icmp ne i32 %".1476", 0
  br i1 %".1477", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1487" = trunc i64 34525 to i16
  %".1488" = call i16 @"llvm.bswap.i16"(i16 %".1487")
  %".1489" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1488", ptr %".1489", align 2
  %".1491" = getelementptr i8, ptr %"keys.80", i64 8
  store i8 1, ptr %".1491", align 1
  %".1493" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.24" = load volatile i32, ptr %".1493", align 4
  %".1494" = and i32 %"flags.24", 4
  %".1495" = icmp ne i32 %".1494", 0
  br i1 %".1495", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_version_d1:
  %"cursor.36" = phi  i64 [%"end.3", %"ipv4_d1.to_gre_version"], [%".1576", %"ipv6_d1.to_gre_version"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".4308", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".4791", %"widening.test.34"]
  %"data.81" = phi  ptr [%"data.80", %"ipv4_d1.to_gre_version"], [%"data.83", %"ipv6_d1.to_gre_version"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.194", %"widening.test.34"]
  %"data_end.81" = phi  ptr [%"data_end.80", %"ipv4_d1.to_gre_version"], [%"data_end.83", %"ipv6_d1.to_gre_version"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.194", %"widening.test.34"]
  %"keys.81" = phi  ptr [%"keys.80", %"ipv4_d1.to_gre_version"], [%"keys.83", %"ipv6_d1.to_gre_version"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.34"]
  %"hdr.30" = getelementptr i8, ptr %"data.81", i64 %"cursor.36"
  %".2660" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2661" = icmp ugt ptr %".2660", %"data_end.81"
  br i1 %".2661", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2663" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2664" = load i8, ptr %".2663", align 1
  %".2665" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2666" = load i8, ptr %".2665", align 1
  %".2667" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2668" = load i16, ptr %".2667", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.9" = phi  i8 [%".2664", %"gre_version_d1.linear"], [%".2687", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2666", %"gre_version_d1.linear"], [%".2689", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2668", %"gre_version_d1.linear"], [%".2691", %"gre_version_d1.copy_failed.endif"]
  %"data.115" = phi  ptr [%"data.81", %"gre_version_d1.linear"], [%"data.114", %"gre_version_d1.copy_failed.endif"]
  %"data_end.115" = phi  ptr [%"data_end.81", %"gre_version_d1.linear"], [%"data_end.114", %"gre_version_d1.copy_failed.endif"]
  %"keys.115" = phi  ptr [%"keys.81", %"gre_version_d1.linear"], [%"keys.114", %"gre_version_d1.copy_failed.endif"]
  %".2693" = zext i8 %"w0_1.9" to i64
  %".2694" = lshr i64 %".2693", 6
  %".2695" = and i64 %".2694", 1
  %".2696" = icmp ne i64 %".2695", 0
  %".2697" = zext i8 %"w1_1.6" to i64
  %".2698" = and i64 %".2697", 7
  %".2699" = icmp ugt i64 %".2698", 1
  %".2700" = or i1 %".2696", %".2699"
  br i1 %".2700", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1479" = trunc i64 %"end.3" to i16
  %".1480" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1479", ptr %".1480", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1483" = trunc i64 %"end.3" to i16
  %".1484" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1483", ptr %".1484", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1497" = trunc i64 %"end.3" to i16
  %".1498" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1497", ptr %".1498", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1501" = trunc i64 %"end.3" to i16
  %".1502" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1501", ptr %".1502", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1521" = trunc i64 %"cursor.23" to i32
  %".1522" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1521", [40 x i8]* %"header_copy", i32 40)
  %".1523" = icmp eq i64 %".1522", 0
  %".1524" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1525" = load i32, ptr %".1524", align 4
  %".1526" = zext i32 %".1525" to i64
  %"data.82" = inttoptr i64 %".1526" to ptr
  %".1527" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1528" = load i32, ptr %".1527", align 4
  %".1529" = zext i32 %".1528" to i64
  %"data_end.82" = inttoptr i64 %".1529" to ptr
  %".1530" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.82" = load ptr, ptr %".1530", align 8
  %".1531" = xor i1 %".1523", -1
  br i1 %".1531", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1533" = trunc i64 %"cursor.23" to i16
  %".1534" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1533", ptr %".1534", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1537" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1538" = load volatile i32, [40 x i8]* %".1537", align 4
  %".1539" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1540" = load volatile i8, [40 x i8]* %".1539", align 1
  %".1541" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1542" = load volatile i64, [40 x i8]* %".1541", align 8
  %".1543" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1544" = load volatile i64, [40 x i8]* %".1543", align 8
  %".1545" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1546" = load volatile i64, [40 x i8]* %".1545", align 8
  %".1547" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1548" = load volatile i64, [40 x i8]* %".1547", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1586" = trunc i64 %".1576" to i16
  %".1587" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1586", ptr %".1587", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1590" = zext i8 %"w6_1.1" to i64
  switch i64 %".1590", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.unknown:
  %".1592" = trunc i64 %".1576" to i16
  %".1593" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1592", ptr %".1593", align 2
  br label %"return"
ipv6_d1.to_tcp:
  br label %"tcp"
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
  %".1609" = trunc i64 34887 to i16
  %".1610" = call i16 @"llvm.bswap.i16"(i16 %".1609")
  %".1611" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1610", ptr %".1611", align 2
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1614" = trunc i64 2048 to i16
  %".1615" = call i16 @"llvm.bswap.i16"(i16 %".1614")
  %".1616" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1615", ptr %".1616", align 2
  %".1618" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1618", align 1
  %".1620" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.26" = load volatile i32, ptr %".1620", align 4
  %".1621" = and i32 %"flags.26", 4
  %".1622" = icmp ne i32 %".1621", 0
  br i1 %".1622", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1632" = trunc i64 34525 to i16
  %".1633" = call i16 @"llvm.bswap.i16"(i16 %".1632")
  %".1634" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1633", ptr %".1634", align 2
  %".1636" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1636", align 1
  %".1638" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.27" = load volatile i32, ptr %".1638", align 4
  %".1639" = and i32 %"flags.27", 4
  %".1640" = icmp ne i32 %".1639", 0
  br i1 %".1640", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.37" = phi  i64 [%".1576", %"ipv6_d1.to_ipv6_opts"], [%".1576", %"ipv6_d1.to_ipv6_opts.1"], [%".1576", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.84" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_opts"], [%"data.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.84" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_opts"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.84" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_opts"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.84", i64 %"cursor.37"
  %".2721" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2722" = icmp ugt ptr %".2721", %"data_end.84"
  br i1 %".2722", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2724" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2725" = load i8, ptr %".2724", align 1
  %".2726" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2727" = load i8, ptr %".2726", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.10" = phi  i8 [%".2725", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2746", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2727", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2748", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.119" = phi  ptr [%"data.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.118", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.119" = phi  ptr [%"data_end.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.118", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.119" = phi  ptr [%"keys.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.118", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2750" = zext i8 %"w0_1.10" to i64
  %".2751" = trunc i64 %".2750" to i8
  %".2752" = getelementptr i8, ptr %"keys.119", i64 9
  store i8 %".2751", ptr %".2752", align 1
  %".2754" = add i64 %"cursor.37", 2
  %".2755" = zext i8 %"w1_1.7" to i64
  %".2756" = mul i64 %".2755", 8
  %".2757" = add i64 %".2756", 6
  %".2758" = add i64 %".2757", 2
  %"end.7" = add i64 %"cursor.37", %".2758"
  %".2759" = zext i8 %"w0_1.10" to i64
  switch i64 %".2759", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%".1576", %"ipv6_d1.to_ipv6_frag"]
  %"data.85" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_frag"]
  %"keys.85" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.85", i64 %"cursor.38"
  %".2819" = getelementptr i8, ptr %"hdr.32", i64 8
  %".2820" = icmp ugt ptr %".2819", %"data_end.85"
  br i1 %".2820", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2822" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2823" = load i8, ptr %".2822", align 1
  %".2824" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2825" = load i16, ptr %".2824", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2823", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2844", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2825", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2846", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.122", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.122", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.122", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2848" = zext i8 %"w0_1.11" to i64
  %".2849" = trunc i64 %".2848" to i8
  %".2850" = getelementptr i8, ptr %"keys.123", i64 9
  store i8 %".2849", ptr %".2850", align 1
  %".2852" = add i64 %"cursor.38", 8
  %".2853" = icmp ne i64 1, 0
  %".2854" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2855" = zext i16 %".2854" to i64
  %".2856" = and i64 %".2855", 65528
  %".2857" = icmp eq i64 %".2856", 0
  br i1 %".2853", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1624" = trunc i64 %".1576" to i16
  %".1625" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1624", ptr %".1625", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1628" = trunc i64 %".1576" to i16
  %".1629" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1628", ptr %".1629", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1642" = trunc i64 %".1576" to i16
  %".1643" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1642", ptr %".1643", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1646" = trunc i64 %".1576" to i16
  %".1647" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1646", ptr %".1647", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1658" = trunc i64 %"cursor.24" to i32
  %".1659" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1658", [40 x i8]* %"header_copy", i32 2)
  %".1660" = icmp eq i64 %".1659", 0
  %".1661" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1662" = load i32, ptr %".1661", align 4
  %".1663" = zext i32 %".1662" to i64
  %"data.86" = inttoptr i64 %".1663" to ptr
  %".1664" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1665" = load i32, ptr %".1664", align 4
  %".1666" = zext i32 %".1665" to i64
  %"data_end.86" = inttoptr i64 %".1666" to ptr
  %".1667" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.86" = load ptr, ptr %".1667", align 8
  %".1668" = xor i1 %".1660", -1
  br i1 %".1668", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1670" = trunc i64 %"cursor.24" to i16
  %".1671" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1670", ptr %".1671", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1674" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1675" = load volatile i8, [40 x i8]* %".1674", align 1
  %".1676" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1677" = load volatile i8, [40 x i8]* %".1676", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1690" = trunc i64 %"end.4" to i16
  %".1691" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1690", ptr %".1691", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
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
  %".1707" = trunc i64 34887 to i16
  %".1708" = call i16 @"llvm.bswap.i16"(i16 %".1707")
  %".1709" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1708", ptr %".1709", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1712" = trunc i64 2048 to i16
  %".1713" = call i16 @"llvm.bswap.i16"(i16 %".1712")
  %".1714" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1713", ptr %".1714", align 2
  %".1716" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".1716", align 1
  %".1718" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.28" = load volatile i32, ptr %".1718", align 4
  %".1719" = and i32 %"flags.28", 4
  %".1720" = icmp ne i32 %".1719", 0
  br i1 %".1720", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1727" = trunc i64 34525 to i16
  %".1728" = call i16 @"llvm.bswap.i16"(i16 %".1727")
  %".1729" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1728", ptr %".1729", align 2
  %".1731" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".1731", align 1
  %".1733" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.29" = load volatile i32, ptr %".1733", align 4
  %".1734" = and i32 %"flags.29", 4
  %".1735" = icmp ne i32 %".1734", 0
  br i1 %".1735", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.39" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".4483", %"widening.test.6"]
  %"data.88" = phi  ptr [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.166", %"widening.test.6"]
  %"data_end.88" = phi  ptr [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.166", %"widening.test.6"]
  %"keys.88" = phi  ptr [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.33" = getelementptr i8, ptr %"data.88", i64 %"cursor.39"
  %".2939" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2940" = icmp ugt ptr %".2939", %"data_end.88"
  br i1 %".2940", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".2942" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2943" = load i8, ptr %".2942", align 1
  %".2944" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2945" = load i8, ptr %".2944", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".2943", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2964", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".2945", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2966", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.124", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.124", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.124", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".2968" = zext i8 %"w0_1.12" to i64
  %".2969" = trunc i64 %".2968" to i8
  %".2970" = getelementptr i8, ptr %"keys.125", i64 9
  store i8 %".2969", ptr %".2970", align 1
  %".2972" = add i64 %"cursor.39", 2
  %".2973" = zext i8 %"w1_1.8" to i64
  %".2974" = mul i64 %".2973", 8
  %".2975" = add i64 %".2974", 6
  %".2976" = add i64 %".2975", 2
  %"end.8" = add i64 %"cursor.39", %".2976"
  %".2977" = zext i8 %"w0_1.12" to i64
  switch i64 %".2977", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2:
  %"cursor.40" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".4472", %"widening.test.5"]
  %"data.89" = phi  ptr [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.165", %"widening.test.5"]
  %"data_end.89" = phi  ptr [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.165", %"widening.test.5"]
  %"keys.89" = phi  ptr [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.34" = getelementptr i8, ptr %"data.89", i64 %"cursor.40"
  %".3031" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3032" = icmp ugt ptr %".3031", %"data_end.89"
  br i1 %".3032", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3034" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3035" = load i8, ptr %".3034", align 1
  %".3036" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3037" = load i16, ptr %".3036", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".3035", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3056", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3037", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3058", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.128", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.128", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.128", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3060" = zext i8 %"w0_1.13" to i64
  %".3061" = trunc i64 %".3060" to i8
  %".3062" = getelementptr i8, ptr %"keys.129", i64 9
  store i8 %".3061", ptr %".3062", align 1
  %".3064" = add i64 %"cursor.40", 8
  %".3065" = icmp ne i64 1, 0
  %".3066" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3067" = zext i16 %".3066" to i64
  %".3068" = and i64 %".3067", 65528
  %".3069" = icmp eq i64 %".3068", 0
  br i1 %".3065", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1722" = trunc i64 %"end.4" to i16
  %".1723" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1722", ptr %".1723", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1737" = trunc i64 %"end.4" to i16
  %".1738" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1737", ptr %".1738", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1750" = trunc i64 %"cursor.25" to i32
  %".1751" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1750", [40 x i8]* %"header_copy", i32 8)
  %".1752" = icmp eq i64 %".1751", 0
  %".1753" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1754" = load i32, ptr %".1753", align 4
  %".1755" = zext i32 %".1754" to i64
  %"data.90" = inttoptr i64 %".1755" to ptr
  %".1756" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1757" = load i32, ptr %".1756", align 4
  %".1758" = zext i32 %".1757" to i64
  %"data_end.90" = inttoptr i64 %".1758" to ptr
  %".1759" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.90" = load ptr, ptr %".1759", align 8
  %".1760" = xor i1 %".1752", -1
  br i1 %".1760", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1762" = trunc i64 %"cursor.25" to i16
  %".1763" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1762", ptr %".1763", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1766" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1767" = load volatile i8, [40 x i8]* %".1766", align 1
  %".1768" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1769" = load volatile i16, [40 x i8]* %".1768", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1782" = getelementptr i8, ptr %"keys.91", i64 6
  store i8 1, ptr %".1782", align 1
  br i1 %".1780", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1802" = zext i8 %"w0_1.6" to i64
  switch i64 %".1802", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1785" = getelementptr i8, ptr %"keys.91", i64 7
  store i8 1, ptr %".1785", align 1
  %".1787" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.30" = load volatile i32, ptr %".1787", align 4
  %".1788" = and i32 %"flags.30", 1
  %".1789" = icmp ne i32 %".1788", 0
  %".1790" = xor i1 %".1789", -1
  br i1 %".1790", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1797" = trunc i64 %".1775" to i16
  %".1798" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1797", ptr %".1798", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1792" = trunc i64 %".1775" to i16
  %".1793" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1792", ptr %".1793", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1804" = trunc i64 %".1775" to i16
  %".1805" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1804", ptr %".1805", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
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
  %".1821" = trunc i64 34887 to i16
  %".1822" = call i16 @"llvm.bswap.i16"(i16 %".1821")
  %".1823" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1822", ptr %".1823", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1826" = trunc i64 2048 to i16
  %".1827" = call i16 @"llvm.bswap.i16"(i16 %".1826")
  %".1828" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1827", ptr %".1828", align 2
  %".1830" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1830", align 1
  %".1832" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.31" = load volatile i32, ptr %".1832", align 4
  %".1833" = and i32 %"flags.31", 4
  %".1834" = icmp ne i32 %".1833", 0
  br i1 %".1834", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1841" = trunc i64 34525 to i16
  %".1842" = call i16 @"llvm.bswap.i16"(i16 %".1841")
  %".1843" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1842", ptr %".1843", align 2
  %".1845" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1845", align 1
  %".1847" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.32" = load volatile i32, ptr %".1847", align 4
  %".1848" = and i32 %"flags.32", 4
  %".1849" = icmp ne i32 %".1848", 0
  br i1 %".1849", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1836" = trunc i64 %".1775" to i16
  %".1837" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1836", ptr %".1837", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1851" = trunc i64 %".1775" to i16
  %".1852" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1851", ptr %".1852", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1860" = trunc i64 %"cursor.26" to i32
  %".1861" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1860", [40 x i8]* %"header_copy", i32 4)
  %".1862" = icmp eq i64 %".1861", 0
  %".1863" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1864" = load i32, ptr %".1863", align 4
  %".1865" = zext i32 %".1864" to i64
  %"data.92" = inttoptr i64 %".1865" to ptr
  %".1866" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1867" = load i32, ptr %".1866", align 4
  %".1868" = zext i32 %".1867" to i64
  %"data_end.92" = inttoptr i64 %".1868" to ptr
  %".1869" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.92" = load ptr, ptr %".1869", align 8
  %".1870" = xor i1 %".1862", -1
  br i1 %".1870", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1872" = trunc i64 %"cursor.26" to i16
  %".1873" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1872", ptr %".1873", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1888" = trunc i64 %"cursor.27" to i32
  %".1889" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1888", [40 x i8]* %"header_copy", i32 4)
  %".1890" = icmp eq i64 %".1889", 0
  %".1891" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1892" = load i32, ptr %".1891", align 4
  %".1893" = zext i32 %".1892" to i64
  %"data.94" = inttoptr i64 %".1893" to ptr
  %".1894" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1895" = load i32, ptr %".1894", align 4
  %".1896" = zext i32 %".1895" to i64
  %"data_end.94" = inttoptr i64 %".1896" to ptr
  %".1897" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.94" = load ptr, ptr %".1897", align 8
  %".1898" = xor i1 %".1890", -1
  br i1 %".1898", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1900" = trunc i64 %"cursor.27" to i16
  %".1901" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1900", ptr %".1901", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1904" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1905" = load volatile i16, [40 x i8]* %".1904", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1920" = trunc i64 %".1913" to i16
  %".1921" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1920", ptr %".1921", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1926" = trunc i64 %".1913" to i16
  %".1927" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1926", ptr %".1927", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1930" = trunc i64 %".1913" to i16
  %".1931" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1930", ptr %".1931", align 2
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
  %".1943" = trunc i64 %".1913" to i16
  %".1944" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1943", ptr %".1944", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".1947" = trunc i64 %".1913" to i16
  %".1948" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1947", ptr %".1948", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1958" = trunc i64 %"cursor.28" to i32
  %".1959" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1958", [40 x i8]* %"header_copy", i32 6)
  %".1960" = icmp eq i64 %".1959", 0
  %".1961" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1962" = load i32, ptr %".1961", align 4
  %".1963" = zext i32 %".1962" to i64
  %"data.96" = inttoptr i64 %".1963" to ptr
  %".1964" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1965" = load i32, ptr %".1964", align 4
  %".1966" = zext i32 %".1965" to i64
  %"data_end.96" = inttoptr i64 %".1966" to ptr
  %".1967" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.96" = load ptr, ptr %".1967", align 8
  %".1968" = xor i1 %".1960", -1
  br i1 %".1968", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".1970" = trunc i64 %"cursor.28" to i16
  %".1971" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1970", ptr %".1971", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".1974" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1975" = load volatile i16, [40 x i8]* %".1974", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".1990" = trunc i64 %".1983" to i16
  %".1991" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1990", ptr %".1991", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".1996" = trunc i64 %".1983" to i16
  %".1997" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1996", ptr %".1997", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2000" = trunc i64 %".1983" to i16
  %".2001" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2000", ptr %".2001", align 2
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
  %".2013" = trunc i64 %".1983" to i16
  %".2014" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2013", ptr %".2014", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2017" = trunc i64 %".1983" to i16
  %".2018" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2017", ptr %".2018", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d1_vlan_tags1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2033" = trunc i64 %"cursor.30" to i32
  %".2034" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2033", [40 x i8]* %"header_copy", i32 4)
  %".2035" = icmp eq i64 %".2034", 0
  %".2036" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2037" = load i32, ptr %".2036", align 4
  %".2038" = zext i32 %".2037" to i64
  %"data.98" = inttoptr i64 %".2038" to ptr
  %".2039" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2040" = load i32, ptr %".2039", align 4
  %".2041" = zext i32 %".2040" to i64
  %"data_end.98" = inttoptr i64 %".2041" to ptr
  %".2042" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.98" = load ptr, ptr %".2042", align 8
  %".2043" = xor i1 %".2035", -1
  br i1 %".2043", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2045" = trunc i64 %"cursor.30" to i16
  %".2046" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2045", ptr %".2046", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2049" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2050" = load volatile i16, [40 x i8]* %".2049", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2065" = trunc i64 %".2058" to i16
  %".2066" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2065", ptr %".2066", align 2
  br label %"return"
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
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
  %"cursor.41" = phi  i64 [%".2058", %"vlan_d1_vlan_tags1.to_vlan"], [%".2058", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2201", %"hsr_d1_vlan_tags1.to_vlan"], [%".2201", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".4571", %"widening.test.14"]
  %"data.100" = phi  ptr [%"data.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.174", %"widening.test.14"]
  %"data_end.100" = phi  ptr [%"data_end.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.174", %"widening.test.14"]
  %"keys.100" = phi  ptr [%"keys.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.14"]
  %"hdr.35" = getelementptr i8, ptr %"data.100", i64 %"cursor.41"
  %".3145" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3146" = icmp ugt ptr %".3145", %"data_end.100"
  br i1 %".3146", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3148" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3149" = load i16, ptr %".3148", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.13" = phi  i16 [%".3149", %"vlan_d1_vlan_tags2.linear"], [%".3168", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.131" = phi  ptr [%"data.100", %"vlan_d1_vlan_tags2.linear"], [%"data.130", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.100", %"vlan_d1_vlan_tags2.linear"], [%"data_end.130", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.100", %"vlan_d1_vlan_tags2.linear"], [%"keys.130", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3170" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3171" = zext i16 %".3170" to i64
  %".3172" = trunc i64 %".3171" to i16
  %".3173" = call i16 @"llvm.bswap.i16"(i16 %".3172")
  %".3174" = getelementptr i8, ptr %"keys.131", i64 10
  store i16 %".3173", ptr %".3174", align 2
  %".3176" = add i64 %"cursor.41", 4
  %".3177" = trunc i64 %".3176" to i16
  %".3178" = getelementptr i8, ptr %"keys.131", i64 0
  store i16 %".3177", ptr %".3178", align 2
  %".3180" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3181" = zext i16 %".3180" to i64
  switch i64 %".3181", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2:
  %"cursor.42" = phi  i64 [%".2058", %"vlan_d1_vlan_tags1.to_hsr"], [%".2058", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2201", %"hsr_d1_vlan_tags1.to_hsr"], [%".2201", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".4560", %"widening.test.13"]
  %"data.101" = phi  ptr [%"data.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.173", %"widening.test.13"]
  %"data_end.101" = phi  ptr [%"data_end.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.173", %"widening.test.13"]
  %"keys.101" = phi  ptr [%"keys.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.13"]
  %"hdr.36" = getelementptr i8, ptr %"data.101", i64 %"cursor.42"
  %".3215" = getelementptr i8, ptr %"hdr.36", i64 6
  %".3216" = icmp ugt ptr %".3215", %"data_end.101"
  br i1 %".3216", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3218" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3219" = load i16, ptr %".3218", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3219", %"hsr_d1_vlan_tags2.linear"], [%".3238", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.133" = phi  ptr [%"data.101", %"hsr_d1_vlan_tags2.linear"], [%"data.132", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.133" = phi  ptr [%"data_end.101", %"hsr_d1_vlan_tags2.linear"], [%"data_end.132", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.133" = phi  ptr [%"keys.101", %"hsr_d1_vlan_tags2.linear"], [%"keys.132", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3240" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3241" = zext i16 %".3240" to i64
  %".3242" = trunc i64 %".3241" to i16
  %".3243" = call i16 @"llvm.bswap.i16"(i16 %".3242")
  %".3244" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".3243", ptr %".3244", align 2
  %".3246" = add i64 %"cursor.42", 6
  %".3247" = trunc i64 %".3246" to i16
  %".3248" = getelementptr i8, ptr %"keys.133", i64 0
  store i16 %".3247", ptr %".3248", align 2
  %".3250" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3251" = zext i16 %".3250" to i64
  switch i64 %".3251", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
pppoe_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2095" = trunc i64 %"cursor.31" to i32
  %".2096" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2095", [40 x i8]* %"header_copy", i32 8)
  %".2097" = icmp eq i64 %".2096", 0
  %".2098" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2099" = load i32, ptr %".2098", align 4
  %".2100" = zext i32 %".2099" to i64
  %"data.102" = inttoptr i64 %".2100" to ptr
  %".2101" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2102" = load i32, ptr %".2101", align 4
  %".2103" = zext i32 %".2102" to i64
  %"data_end.102" = inttoptr i64 %".2103" to ptr
  %".2104" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.102" = load ptr, ptr %".2104", align 8
  %".2105" = xor i1 %".2097", -1
  br i1 %".2105", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2107" = trunc i64 %"cursor.31" to i16
  %".2108" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2107", ptr %".2108", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2111" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2112" = load volatile i8, [40 x i8]* %".2111", align 1
  %".2113" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2114" = load volatile i8, [40 x i8]* %".2113", align 1
  %".2115" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2116" = load volatile i16, [40 x i8]* %".2115", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2131" = trunc i64 %"cursor.31" to i16
  %".2132" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2131", ptr %".2132", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2135" = add i64 %"cursor.31", 8
  %".2136" = trunc i64 %".2135" to i16
  %".2137" = getelementptr i8, ptr %"keys.103", i64 0
  store i16 %".2136", ptr %".2137", align 2
  %".2139" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2140" = zext i16 %".2139" to i64
  switch i64 %".2140", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.unknown:
  %".2142" = and i64 %".2140", 257
  %".2143" = icmp eq i64 %".2142", 1
  br i1 %".2143", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2149" = trunc i64 2048 to i16
  %".2150" = call i16 @"llvm.bswap.i16"(i16 %".2149")
  %".2151" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2150", ptr %".2151", align 2
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".2154" = trunc i64 34525 to i16
  %".2155" = call i16 @"llvm.bswap.i16"(i16 %".2154")
  %".2156" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2155", ptr %".2156", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2159" = trunc i64 34887 to i16
  %".2160" = call i16 @"llvm.bswap.i16"(i16 %".2159")
  %".2161" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2160", ptr %".2161", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2164" = trunc i64 34888 to i16
  %".2165" = call i16 @"llvm.bswap.i16"(i16 %".2164")
  %".2166" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2165", ptr %".2166", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2145" = trunc i64 %".2135" to i16
  %".2146" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2145", ptr %".2146", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2176" = trunc i64 %"cursor.32" to i32
  %".2177" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2176", [40 x i8]* %"header_copy", i32 6)
  %".2178" = icmp eq i64 %".2177", 0
  %".2179" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2180" = load i32, ptr %".2179", align 4
  %".2181" = zext i32 %".2180" to i64
  %"data.104" = inttoptr i64 %".2181" to ptr
  %".2182" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2183" = load i32, ptr %".2182", align 4
  %".2184" = zext i32 %".2183" to i64
  %"data_end.104" = inttoptr i64 %".2184" to ptr
  %".2185" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.104" = load ptr, ptr %".2185", align 8
  %".2186" = xor i1 %".2178", -1
  br i1 %".2186", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2188" = trunc i64 %"cursor.32" to i16
  %".2189" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2188", ptr %".2189", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2192" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2193" = load volatile i16, [40 x i8]* %".2192", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2208" = trunc i64 %".2201" to i16
  %".2209" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2208", ptr %".2209", align 2
  br label %"return"
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
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
  %".2238" = trunc i64 %"cursor.33" to i32
  %".2239" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2238", [40 x i8]* %"header_copy", i32 24)
  %".2240" = icmp eq i64 %".2239", 0
  %".2241" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2242" = load i32, ptr %".2241", align 4
  %".2243" = zext i32 %".2242" to i64
  %"data.106" = inttoptr i64 %".2243" to ptr
  %".2244" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2245" = load i32, ptr %".2244", align 4
  %".2246" = zext i32 %".2245" to i64
  %"data_end.106" = inttoptr i64 %".2246" to ptr
  %".2247" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.106" = load ptr, ptr %".2247", align 8
  %".2248" = xor i1 %".2240", -1
  br i1 %".2248", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2250" = trunc i64 %"cursor.33" to i16
  %".2251" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2250", ptr %".2251", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2254" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2255" = load volatile i8, [40 x i8]* %".2254", align 1
  %".2256" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2257" = load volatile i8, [40 x i8]* %".2256", align 1
  %".2258" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2259" = load volatile i16, [40 x i8]* %".2258", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2268" = trunc i64 %"cursor.33" to i16
  %".2269" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2268", ptr %".2269", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2272" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2273" = zext i16 %".2272" to i64
  %".2274" = trunc i64 %".2273" to i16
  %".2275" = call i16 @"llvm.bswap.i16"(i16 %".2274")
  %".2276" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %".2275", ptr %".2276", align 2
  %".2278" = add i64 %"cursor.33", 24
  %".2279" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2280" = zext i16 %".2279" to i64
  switch i64 %".2280", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.unknown:
  %".2282" = trunc i64 %".2278" to i16
  %".2283" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2282", ptr %".2283", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".2286" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2286", align 1
  %".2288" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.33" = load volatile i32, ptr %".2288", align 4
  %".2289" = and i32 %"flags.33", 4
  %".2290" = icmp ne i32 %".2289", 0
  br i1 %".2290", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".2300" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2300", align 1
  %".2302" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.34" = load volatile i32, ptr %".2302", align 4
  %".2303" = and i32 %"flags.34", 4
  %".2304" = icmp ne i32 %".2303", 0
  br i1 %".2304", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2314" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2314", align 1
  %".2316" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.35" = load volatile i32, ptr %".2316", align 4
  %".2317" = and i32 %"flags.35", 4
  %".2318" = icmp ne i32 %".2317", 0
  br i1 %".2318", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2328" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2328", align 1
  %".2330" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.36" = load volatile i32, ptr %".2330", align 4
  %".2331" = and i32 %"flags.36", 4
  %".2332" = icmp ne i32 %".2331", 0
  br i1 %".2332", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2342" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2342", align 1
  %".2344" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.37" = load volatile i32, ptr %".2344", align 4
  %".2345" = and i32 %"flags.37", 4
  %".2346" = icmp ne i32 %".2345", 0
  br i1 %".2346", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2356" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2356", align 1
  %".2358" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.38" = load volatile i32, ptr %".2358", align 4
  %".2359" = and i32 %"flags.38", 4
  %".2360" = icmp ne i32 %".2359", 0
  br i1 %".2360", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2370" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2370", align 1
  %".2372" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.39" = load volatile i32, ptr %".2372", align 4
  %".2373" = and i32 %"flags.39", 4
  %".2374" = icmp ne i32 %".2373", 0
  br i1 %".2374", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2384" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2384", align 1
  %".2386" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.40" = load volatile i32, ptr %".2386", align 4
  %".2387" = and i32 %"flags.40", 4
  %".2388" = icmp ne i32 %".2387", 0
  br i1 %".2388", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2398" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2398", align 1
  %".2400" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.41" = load volatile i32, ptr %".2400", align 4
  %".2401" = and i32 %"flags.41", 4
  %".2402" = icmp ne i32 %".2401", 0
  br i1 %".2402", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2412" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2412", align 1
  %".2414" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.42" = load volatile i32, ptr %".2414", align 4
  %".2415" = and i32 %"flags.42", 4
  %".2416" = icmp ne i32 %".2415", 0
  br i1 %".2416", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2426" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2426", align 1
  %".2428" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.43" = load volatile i32, ptr %".2428", align 4
  %".2429" = and i32 %"flags.43", 4
  %".2430" = icmp ne i32 %".2429", 0
  br i1 %".2430", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2440" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2440", align 1
  %".2442" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.44" = load volatile i32, ptr %".2442", align 4
  %".2443" = and i32 %"flags.44", 4
  %".2444" = icmp ne i32 %".2443", 0
  br i1 %".2444", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2454" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2454", align 1
  %".2456" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.45" = load volatile i32, ptr %".2456", align 4
  %".2457" = and i32 %"flags.45", 4
  %".2458" = icmp ne i32 %".2457", 0
  br i1 %".2458", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2468" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2468", align 1
  %".2470" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.46" = load volatile i32, ptr %".2470", align 4
  %".2471" = and i32 %"flags.46", 4
  %".2472" = icmp ne i32 %".2471", 0
  br i1 %".2472", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2482" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2482", align 1
  %".2484" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.47" = load volatile i32, ptr %".2484", align 4
  %".2485" = and i32 %"flags.47", 4
  %".2486" = icmp ne i32 %".2485", 0
  br i1 %".2486", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2496" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2496", align 1
  %".2498" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.48" = load volatile i32, ptr %".2498", align 4
  %".2499" = and i32 %"flags.48", 4
  %".2500" = icmp ne i32 %".2499", 0
  br i1 %".2500", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2292" = trunc i64 %".2278" to i16
  %".2293" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2292", ptr %".2293", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2296" = trunc i64 %".2278" to i16
  %".2297" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2296", ptr %".2297", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2306" = trunc i64 %".2278" to i16
  %".2307" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2306", ptr %".2307", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2310" = trunc i64 %".2278" to i16
  %".2311" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2310", ptr %".2311", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2320" = trunc i64 %".2278" to i16
  %".2321" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2320", ptr %".2321", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2324" = trunc i64 %".2278" to i16
  %".2325" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2324", ptr %".2325", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2334" = trunc i64 %".2278" to i16
  %".2335" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2334", ptr %".2335", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2338" = trunc i64 %".2278" to i16
  %".2339" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2338", ptr %".2339", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2348" = trunc i64 %".2278" to i16
  %".2349" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2348", ptr %".2349", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2352" = trunc i64 %".2278" to i16
  %".2353" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2352", ptr %".2353", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2362" = trunc i64 %".2278" to i16
  %".2363" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2362", ptr %".2363", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2366" = trunc i64 %".2278" to i16
  %".2367" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2366", ptr %".2367", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2376" = trunc i64 %".2278" to i16
  %".2377" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2376", ptr %".2377", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2380" = trunc i64 %".2278" to i16
  %".2381" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2380", ptr %".2381", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2390" = trunc i64 %".2278" to i16
  %".2391" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2390", ptr %".2391", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2394" = trunc i64 %".2278" to i16
  %".2395" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2394", ptr %".2395", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2404" = trunc i64 %".2278" to i16
  %".2405" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2404", ptr %".2405", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2408" = trunc i64 %".2278" to i16
  %".2409" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2408", ptr %".2409", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2418" = trunc i64 %".2278" to i16
  %".2419" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2418", ptr %".2419", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2422" = trunc i64 %".2278" to i16
  %".2423" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2422", ptr %".2423", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2432" = trunc i64 %".2278" to i16
  %".2433" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2432", ptr %".2433", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2436" = trunc i64 %".2278" to i16
  %".2437" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2436", ptr %".2437", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2446" = trunc i64 %".2278" to i16
  %".2447" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2446", ptr %".2447", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2450" = trunc i64 %".2278" to i16
  %".2451" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2450", ptr %".2451", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2460" = trunc i64 %".2278" to i16
  %".2461" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2460", ptr %".2461", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2464" = trunc i64 %".2278" to i16
  %".2465" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2464", ptr %".2465", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2474" = trunc i64 %".2278" to i16
  %".2475" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2474", ptr %".2475", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2478" = trunc i64 %".2278" to i16
  %".2479" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2478", ptr %".2479", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2488" = trunc i64 %".2278" to i16
  %".2489" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2488", ptr %".2489", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2492" = trunc i64 %".2278" to i16
  %".2493" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2492", ptr %".2493", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2502" = trunc i64 %".2278" to i16
  %".2503" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2502", ptr %".2503", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2506" = trunc i64 %".2278" to i16
  %".2507" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2506", ptr %".2507", align 2
  br label %"return"
gre_d0.stop_before:
  %".2519" = trunc i64 %"cursor.34" to i16
  %".2520" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".2519", ptr %".2520", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".2523" = add i64 %"cursor.34", 4
  %".2524" = zext i8 %"w0_1.3" to i64
  %".2525" = lshr i64 %".2524", 7
  %".2526" = and i64 %".2525", 1
  %".2527" = zext i8 %"w0_1.3" to i64
  %".2528" = lshr i64 %".2527", 5
  %".2529" = and i64 %".2528", 1
  %".2530" = add i64 %".2526", %".2529"
  %".2531" = zext i8 %"w0_1.3" to i64
  %".2532" = lshr i64 %".2531", 4
  %".2533" = and i64 %".2532", 1
  %".2534" = add i64 %".2530", %".2533"
  %".2535" = mul i64 %".2534", 4
  %".2536" = add i64 %".2535", 4
  %".2537" = getelementptr i8, ptr %"data.67", i64 %"cursor.34"
  %".2538" = getelementptr i8, ptr %".2537", i64 %".2536"
  %".2539" = icmp ugt ptr %".2538", %"data_end.67"
  br i1 %".2539", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.109" = phi  ptr [%"data.67", %"gre_d0.stop_before.endif"], [%"data.108", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.67", %"gre_d0.stop_before.endif"], [%"data_end.108", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.67", %"gre_d0.stop_before.endif"], [%"keys.108", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.34", %".2536"
  %".2560" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2560", align 1
  %".2562" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.49" = load volatile i32, ptr %".2562", align 4
  %".2563" = and i32 %"flags.49", 4
  %".2564" = icmp ne i32 %".2563", 0
  br i1 %".2564", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".2541" = add i64 %"cursor.34", %".2536"
  %".2542" = sub i64 %".2541", 1
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2543" = trunc i64 %".2542" to i32
  %".2544" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2543", i64* %"last_byte", i32 1)
  %".2545" = icmp eq i64 %".2544", 0
  %".2546" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2547" = load i32, ptr %".2546", align 4
  %".2548" = zext i32 %".2547" to i64
  %"data.108" = inttoptr i64 %".2548" to ptr
  %".2549" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2550" = load i32, ptr %".2549", align 4
  %".2551" = zext i32 %".2550" to i64
  %"data_end.108" = inttoptr i64 %".2551" to ptr
  %".2552" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.108" = load ptr, ptr %".2552", align 8
  %".2553" = xor i1 %".2545", -1
  br i1 %".2553", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2555" = trunc i64 %"cursor.34" to i16
  %".2556" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2555", ptr %".2556", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2566" = trunc i64 %"end.5" to i16
  %".2567" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2566", ptr %".2567", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2570" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2571" = zext i16 %".2570" to i64
  %".2572" = trunc i64 %".2571" to i16
  %".2573" = call i16 @"llvm.bswap.i16"(i16 %".2572")
  %".2574" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %".2573", ptr %".2574", align 2
  %".2576" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2577" = zext i16 %".2576" to i64
  switch i64 %".2577", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !4
gre_d0.unknown:
  %".2579" = trunc i64 %"end.5" to i16
  %".2580" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2579", ptr %".2580", align 2
  br label %"return"
gre_d0.to_ipv4:
  br label %"ipv4_d1"
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
  %"cursor.43" = phi  i64 [%"end.5", %"gre_d0.to_ethernet"]
  %"data.110" = phi  ptr [%"data.109", %"gre_d0.to_ethernet"]
  %"data_end.110" = phi  ptr [%"data_end.109", %"gre_d0.to_ethernet"]
  %"keys.110" = phi  ptr [%"keys.109", %"gre_d0.to_ethernet"]
  %"hdr.37" = getelementptr i8, ptr %"data.110", i64 %"cursor.43"
  %".3285" = getelementptr i8, ptr %"hdr.37", i64 14
  %".3286" = icmp ugt ptr %".3285", %"data_end.110"
  br i1 %".3286", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3288" = getelementptr i8, ptr %"hdr.37", i64 12
  %".3289" = load i16, ptr %".3288", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3289", %"ethernet_d1.linear"], [%".3308", %"ethernet_d1.copy_failed.endif"]
  %"data.135" = phi  ptr [%"data.110", %"ethernet_d1.linear"], [%"data.134", %"ethernet_d1.copy_failed.endif"]
  %"data_end.135" = phi  ptr [%"data_end.110", %"ethernet_d1.linear"], [%"data_end.134", %"ethernet_d1.copy_failed.endif"]
  %"keys.135" = phi  ptr [%"keys.110", %"ethernet_d1.linear"], [%"keys.134", %"ethernet_d1.copy_failed.endif"]
  %".3310" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3311" = zext i16 %".3310" to i64
  %".3312" = trunc i64 %".3311" to i16
  %".3313" = call i16 @"llvm.bswap.i16"(i16 %".3312")
  %".3314" = getelementptr i8, ptr %"keys.135", i64 10
  store i16 %".3313", ptr %".3314", align 2
  %".3316" = add i64 %"cursor.43", 14
  %".3317" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3318" = zext i16 %".3317" to i64
  switch i64 %".3318", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
pptp_d0.stop_before:
  %".2609" = trunc i64 %"cursor.35" to i16
  %".2610" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".2609", ptr %".2610", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".2613" = add i64 %"cursor.35", 4
  %".2614" = zext i8 %"w0_1.3" to i64
  %".2615" = lshr i64 %".2614", 7
  %".2616" = and i64 %".2615", 1
  %".2617" = zext i8 %"w0_1.3" to i64
  %".2618" = lshr i64 %".2617", 5
  %".2619" = and i64 %".2618", 1
  %".2620" = add i64 %".2616", %".2619"
  %".2621" = zext i8 %"w0_1.3" to i64
  %".2622" = lshr i64 %".2621", 4
  %".2623" = and i64 %".2622", 1
  %".2624" = add i64 %".2620", %".2623"
  %".2625" = zext i8 %"w1_1.2" to i64
  %".2626" = lshr i64 %".2625", 7
  %".2627" = and i64 %".2626", 1
  %".2628" = add i64 %".2624", %".2627"
  %".2629" = mul i64 %".2628", 4
  %".2630" = add i64 %".2629", 4
  %".2631" = getelementptr i8, ptr %"data.68", i64 %"cursor.35"
  %".2632" = getelementptr i8, ptr %".2631", i64 %".2630"
  %".2633" = icmp ugt ptr %".2632", %"data_end.68"
  br i1 %".2633", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.112" = phi  ptr [%"data.68", %"pptp_d0.stop_before.endif"], [%"data.111", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.112" = phi  ptr [%"data_end.68", %"pptp_d0.stop_before.endif"], [%"data_end.111", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.112" = phi  ptr [%"keys.68", %"pptp_d0.stop_before.endif"], [%"keys.111", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.35", %".2630"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".2635" = add i64 %"cursor.35", %".2630"
  %".2636" = sub i64 %".2635", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2637" = trunc i64 %".2636" to i32
  %".2638" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2637", i64* %"last_byte", i32 1)
  %".2639" = icmp eq i64 %".2638", 0
  %".2640" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2641" = load i32, ptr %".2640", align 4
  %".2642" = zext i32 %".2641" to i64
  %"data.111" = inttoptr i64 %".2642" to ptr
  %".2643" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2644" = load i32, ptr %".2643", align 4
  %".2645" = zext i32 %".2644" to i64
  %"data_end.111" = inttoptr i64 %".2645" to ptr
  %".2646" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.111" = load ptr, ptr %".2646", align 8
  %".2647" = xor i1 %".2639", -1
  br i1 %".2647", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2649" = trunc i64 %"cursor.35" to i16
  %".2650" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2649", ptr %".2650", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2655" = trunc i64 %"end.6" to i16
  %".2656" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2655", ptr %".2656", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.44" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.113" = phi  ptr [%"data.112", %"pptp_d0.to_ppp"]
  %"data_end.113" = phi  ptr [%"data_end.112", %"pptp_d0.to_ppp"]
  %"keys.113" = phi  ptr [%"keys.112", %"pptp_d0.to_ppp"]
  %"hdr.38" = getelementptr i8, ptr %"data.113", i64 %"cursor.44"
  %".3340" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3341" = icmp ugt ptr %".3340", %"data_end.113"
  br i1 %".3341", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3343" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3344" = load i16, ptr %".3343", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.14" = phi  i16 [%".3344", %"ppp_d0.linear"], [%".3363", %"ppp_d0.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.113", %"ppp_d0.linear"], [%"data.136", %"ppp_d0.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.113", %"ppp_d0.linear"], [%"data_end.136", %"ppp_d0.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.113", %"ppp_d0.linear"], [%"keys.136", %"ppp_d0.copy_failed.endif"]
  %".3365" = add i64 %"cursor.44", 4
  %".3366" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3367" = zext i16 %".3366" to i64
  switch i64 %".3367", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
gre_version_d1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2670" = trunc i64 %"cursor.36" to i32
  %".2671" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2670", [40 x i8]* %"header_copy", i32 4)
  %".2672" = icmp eq i64 %".2671", 0
  %".2673" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2674" = load i32, ptr %".2673", align 4
  %".2675" = zext i32 %".2674" to i64
  %"data.114" = inttoptr i64 %".2675" to ptr
  %".2676" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2677" = load i32, ptr %".2676", align 4
  %".2678" = zext i32 %".2677" to i64
  %"data_end.114" = inttoptr i64 %".2678" to ptr
  %".2679" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.114" = load ptr, ptr %".2679", align 8
  %".2680" = xor i1 %".2672", -1
  br i1 %".2680", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2682" = trunc i64 %"cursor.36" to i16
  %".2683" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2682", ptr %".2683", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2686" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2687" = load volatile i8, [40 x i8]* %".2686", align 1
  %".2688" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2689" = load volatile i8, [40 x i8]* %".2688", align 1
  %".2690" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2691" = load volatile i16, [40 x i8]* %".2690", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2702" = trunc i64 %"cursor.36" to i16
  %".2703" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2702", ptr %".2703", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".2706" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2707" = zext i16 %".2706" to i64
  %".2708" = trunc i64 %".2707" to i16
  %".2709" = call i16 @"llvm.bswap.i16"(i16 %".2708")
  %".2710" = getelementptr i8, ptr %"keys.115", i64 10
  store i16 %".2709", ptr %".2710", align 2
  %".2712" = zext i8 %"w1_1.6" to i64
  %".2713" = and i64 %".2712", 7
  switch i64 %".2713", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".2715" = trunc i64 %"cursor.36" to i16
  %".2716" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2715", ptr %".2716", align 2
  br label %"return"
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.36", %"gre_version_d1.to_gre"]
  %"data.116" = phi  ptr [%"data.115", %"gre_version_d1.to_gre"]
  %"data_end.116" = phi  ptr [%"data_end.115", %"gre_version_d1.to_gre"]
  %"keys.116" = phi  ptr [%"keys.115", %"gre_version_d1.to_gre"]
  %".3421" = zext i8 %"w1_1.6" to i64
  %".3422" = and i64 %".3421", 7
  %".3423" = icmp ne i64 %".3422", 0
  %".3424" = zext i8 %"w0_1.9" to i64
  %".3425" = lshr i64 %".3424", 6
  %".3426" = and i64 %".3425", 1
  %".3427" = icmp ne i64 %".3426", 0
  %".3428" = or i1 %".3423", %".3427"
  br i1 %".3428", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.46" = phi  i64 [%"cursor.36", %"gre_version_d1.to_pptp"]
  %"data.117" = phi  ptr [%"data.115", %"gre_version_d1.to_pptp"]
  %"data_end.117" = phi  ptr [%"data_end.115", %"gre_version_d1.to_pptp"]
  %"keys.117" = phi  ptr [%"keys.115", %"gre_version_d1.to_pptp"]
  %".3562" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3563" = zext i16 %".3562" to i64
  %".3564" = icmp ne i64 %".3563", 34827
  %".3565" = zext i8 %"w0_1.9" to i64
  %".3566" = lshr i64 %".3565", 5
  %".3567" = and i64 %".3566", 1
  %".3568" = icmp eq i64 %".3567", 0
  %".3569" = or i1 %".3564", %".3568"
  br i1 %".3569", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2729" = trunc i64 %"cursor.37" to i32
  %".2730" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2729", [40 x i8]* %"header_copy", i32 2)
  %".2731" = icmp eq i64 %".2730", 0
  %".2732" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2733" = load i32, ptr %".2732", align 4
  %".2734" = zext i32 %".2733" to i64
  %"data.118" = inttoptr i64 %".2734" to ptr
  %".2735" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2736" = load i32, ptr %".2735", align 4
  %".2737" = zext i32 %".2736" to i64
  %"data_end.118" = inttoptr i64 %".2737" to ptr
  %".2738" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.118" = load ptr, ptr %".2738", align 8
  %".2739" = xor i1 %".2731", -1
  br i1 %".2739", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2741" = trunc i64 %"cursor.37" to i16
  %".2742" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2741", ptr %".2742", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2745" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2746" = load volatile i8, [40 x i8]* %".2745", align 1
  %".2747" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2748" = load volatile i8, [40 x i8]* %".2747", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2761" = trunc i64 %"end.7" to i16
  %".2762" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2761", ptr %".2762", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
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
  %".2778" = trunc i64 34887 to i16
  %".2779" = call i16 @"llvm.bswap.i16"(i16 %".2778")
  %".2780" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2779", ptr %".2780", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2783" = trunc i64 2048 to i16
  %".2784" = call i16 @"llvm.bswap.i16"(i16 %".2783")
  %".2785" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2784", ptr %".2785", align 2
  %".2787" = getelementptr i8, ptr %"keys.119", i64 8
  store i8 1, ptr %".2787", align 1
  %".2789" = getelementptr i8, ptr %"keys.119", i64 48
  %"flags.50" = load volatile i32, ptr %".2789", align 4
  %".2790" = and i32 %"flags.50", 4
  %".2791" = icmp ne i32 %".2790", 0
  br i1 %".2791", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2801" = trunc i64 34525 to i16
  %".2802" = call i16 @"llvm.bswap.i16"(i16 %".2801")
  %".2803" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2802", ptr %".2803", align 2
  %".2805" = getelementptr i8, ptr %"keys.119", i64 8
  store i8 1, ptr %".2805", align 1
  %".2807" = getelementptr i8, ptr %"keys.119", i64 48
  %"flags.51" = load volatile i32, ptr %".2807", align 4
  %".2808" = and i32 %"flags.51", 4
  %".2809" = icmp ne i32 %".2808", 0
  br i1 %".2809", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.47" = phi  i64 [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".4681", %"widening.test.24"]
  %"data.120" = phi  ptr [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.184", %"widening.test.24"]
  %"data_end.120" = phi  ptr [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.184", %"widening.test.24"]
  %"keys.120" = phi  ptr [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.24"]
  %"hdr.39" = getelementptr i8, ptr %"data.120", i64 %"cursor.47"
  %".3622" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3623" = icmp ugt ptr %".3622", %"data_end.120"
  br i1 %".3623", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3625" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3626" = load i8, ptr %".3625", align 1
  %".3627" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3628" = load i8, ptr %".3627", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3626", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3647", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3628", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3649", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.145" = phi  ptr [%"data.120", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.145" = phi  ptr [%"data_end.120", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.145" = phi  ptr [%"keys.120", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3651" = zext i8 %"w0_1.14" to i64
  %".3652" = trunc i64 %".3651" to i8
  %".3653" = getelementptr i8, ptr %"keys.145", i64 9
  store i8 %".3652", ptr %".3653", align 1
  %".3655" = add i64 %"cursor.47", 2
  %".3656" = zext i8 %"w1_1.9" to i64
  %".3657" = mul i64 %".3656", 8
  %".3658" = add i64 %".3657", 6
  %".3659" = add i64 %".3658", 2
  %"end.11" = add i64 %"cursor.47", %".3659"
  %".3660" = zext i8 %"w0_1.14" to i64
  switch i64 %".3660", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2:
  %"cursor.48" = phi  i64 [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".2852", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".4670", %"widening.test.23"]
  %"data.121" = phi  ptr [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.183", %"widening.test.23"]
  %"data_end.121" = phi  ptr [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.183", %"widening.test.23"]
  %"keys.121" = phi  ptr [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.23"]
  %"hdr.40" = getelementptr i8, ptr %"data.121", i64 %"cursor.48"
  %".3720" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3721" = icmp ugt ptr %".3720", %"data_end.121"
  br i1 %".3721", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3723" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3724" = load i8, ptr %".3723", align 1
  %".3725" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3726" = load i16, ptr %".3725", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3724", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3745", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3726", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3747", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.121", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.121", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.121", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3749" = zext i8 %"w0_1.15" to i64
  %".3750" = trunc i64 %".3749" to i8
  %".3751" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %".3750", ptr %".3751", align 1
  %".3753" = add i64 %"cursor.48", 8
  %".3754" = icmp ne i64 1, 0
  %".3755" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3756" = zext i16 %".3755" to i64
  %".3757" = and i64 %".3756", 65528
  %".3758" = icmp eq i64 %".3757", 0
  br i1 %".3754", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2793" = trunc i64 %"end.7" to i16
  %".2794" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2793", ptr %".2794", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2797" = trunc i64 %"end.7" to i16
  %".2798" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2797", ptr %".2798", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2811" = trunc i64 %"end.7" to i16
  %".2812" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2811", ptr %".2812", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2815" = trunc i64 %"end.7" to i16
  %".2816" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2815", ptr %".2816", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2827" = trunc i64 %"cursor.38" to i32
  %".2828" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2827", [40 x i8]* %"header_copy", i32 8)
  %".2829" = icmp eq i64 %".2828", 0
  %".2830" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2831" = load i32, ptr %".2830", align 4
  %".2832" = zext i32 %".2831" to i64
  %"data.122" = inttoptr i64 %".2832" to ptr
  %".2833" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2834" = load i32, ptr %".2833", align 4
  %".2835" = zext i32 %".2834" to i64
  %"data_end.122" = inttoptr i64 %".2835" to ptr
  %".2836" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.122" = load ptr, ptr %".2836", align 8
  %".2837" = xor i1 %".2829", -1
  br i1 %".2837", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2839" = trunc i64 %"cursor.38" to i16
  %".2840" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2839", ptr %".2840", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2843" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2844" = load volatile i8, [40 x i8]* %".2843", align 1
  %".2845" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2846" = load volatile i16, [40 x i8]* %".2845", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2859" = getelementptr i8, ptr %"keys.123", i64 6
  store i8 1, ptr %".2859", align 1
  br i1 %".2857", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".2879" = zext i8 %"w0_1.11" to i64
  switch i64 %".2879", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2862" = getelementptr i8, ptr %"keys.123", i64 7
  store i8 1, ptr %".2862", align 1
  %".2864" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.52" = load volatile i32, ptr %".2864", align 4
  %".2865" = and i32 %"flags.52", 1
  %".2866" = icmp ne i32 %".2865", 0
  %".2867" = xor i1 %".2866", -1
  br i1 %".2867", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".2874" = trunc i64 %".2852" to i16
  %".2875" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2874", ptr %".2875", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".2869" = trunc i64 %".2852" to i16
  %".2870" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2869", ptr %".2870", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".2881" = trunc i64 %".2852" to i16
  %".2882" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2881", ptr %".2882", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
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
  %".2898" = trunc i64 34887 to i16
  %".2899" = call i16 @"llvm.bswap.i16"(i16 %".2898")
  %".2900" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2899", ptr %".2900", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".2903" = trunc i64 2048 to i16
  %".2904" = call i16 @"llvm.bswap.i16"(i16 %".2903")
  %".2905" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2904", ptr %".2905", align 2
  %".2907" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2907", align 1
  %".2909" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.53" = load volatile i32, ptr %".2909", align 4
  %".2910" = and i32 %"flags.53", 4
  %".2911" = icmp ne i32 %".2910", 0
  br i1 %".2911", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".2921" = trunc i64 34525 to i16
  %".2922" = call i16 @"llvm.bswap.i16"(i16 %".2921")
  %".2923" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2922", ptr %".2923", align 2
  %".2925" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2925", align 1
  %".2927" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.54" = load volatile i32, ptr %".2927", align 4
  %".2928" = and i32 %"flags.54", 4
  %".2929" = icmp ne i32 %".2928", 0
  br i1 %".2929", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".2913" = trunc i64 %".2852" to i16
  %".2914" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2913", ptr %".2914", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".2917" = trunc i64 %".2852" to i16
  %".2918" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2917", ptr %".2918", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".2931" = trunc i64 %".2852" to i16
  %".2932" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2931", ptr %".2932", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2935" = trunc i64 %".2852" to i16
  %".2936" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2935", ptr %".2936", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2947" = trunc i64 %"cursor.39" to i32
  %".2948" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2947", [40 x i8]* %"header_copy", i32 2)
  %".2949" = icmp eq i64 %".2948", 0
  %".2950" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2951" = load i32, ptr %".2950", align 4
  %".2952" = zext i32 %".2951" to i64
  %"data.124" = inttoptr i64 %".2952" to ptr
  %".2953" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2954" = load i32, ptr %".2953", align 4
  %".2955" = zext i32 %".2954" to i64
  %"data_end.124" = inttoptr i64 %".2955" to ptr
  %".2956" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.124" = load ptr, ptr %".2956", align 8
  %".2957" = xor i1 %".2949", -1
  br i1 %".2957", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".2959" = trunc i64 %"cursor.39" to i16
  %".2960" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2959", ptr %".2960", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".2963" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2964" = load volatile i8, [40 x i8]* %".2963", align 1
  %".2965" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2966" = load volatile i8, [40 x i8]* %".2965", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".2979" = trunc i64 %"end.8" to i16
  %".2980" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2979", ptr %".2980", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
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
  %".2996" = trunc i64 34887 to i16
  %".2997" = call i16 @"llvm.bswap.i16"(i16 %".2996")
  %".2998" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".2997", ptr %".2998", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3001" = trunc i64 2048 to i16
  %".3002" = call i16 @"llvm.bswap.i16"(i16 %".3001")
  %".3003" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3002", ptr %".3003", align 2
  %".3005" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3005", align 1
  %".3007" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.55" = load volatile i32, ptr %".3007", align 4
  %".3008" = and i32 %"flags.55", 4
  %".3009" = icmp ne i32 %".3008", 0
  br i1 %".3009", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3016" = trunc i64 34525 to i16
  %".3017" = call i16 @"llvm.bswap.i16"(i16 %".3016")
  %".3018" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3017", ptr %".3018", align 2
  %".3020" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3020", align 1
  %".3022" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.56" = load volatile i32, ptr %".3022", align 4
  %".3023" = and i32 %"flags.56", 4
  %".3024" = icmp ne i32 %".3023", 0
  br i1 %".3024", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.49" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4505", %"widening.test.8"]
  %"data.126" = phi  ptr [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.168", %"widening.test.8"]
  %"data_end.126" = phi  ptr [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.168", %"widening.test.8"]
  %"keys.126" = phi  ptr [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.41" = getelementptr i8, ptr %"data.126", i64 %"cursor.49"
  %".3840" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3841" = icmp ugt ptr %".3840", %"data_end.126"
  br i1 %".3841", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".3843" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3844" = load i8, ptr %".3843", align 1
  %".3845" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3846" = load i8, ptr %".3845", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.16" = phi  i8 [%".3844", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3865", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3846", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3867", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.126", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.126", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.126", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".3869" = zext i8 %"w0_1.16" to i64
  %".3870" = trunc i64 %".3869" to i8
  %".3871" = getelementptr i8, ptr %"keys.151", i64 9
  store i8 %".3870", ptr %".3871", align 1
  %".3873" = add i64 %"cursor.49", 2
  %".3874" = zext i8 %"w1_1.10" to i64
  %".3875" = mul i64 %".3874", 8
  %".3876" = add i64 %".3875", 6
  %".3877" = add i64 %".3876", 2
  %"end.12" = add i64 %"cursor.49", %".3877"
  %".3878" = zext i8 %"w0_1.16" to i64
  switch i64 %".3878", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3:
  %"cursor.50" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3064", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".4494", %"widening.test.7"]
  %"data.127" = phi  ptr [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.167", %"widening.test.7"]
  %"data_end.127" = phi  ptr [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.167", %"widening.test.7"]
  %"keys.127" = phi  ptr [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.42" = getelementptr i8, ptr %"data.127", i64 %"cursor.50"
  %".3944" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3945" = icmp ugt ptr %".3944", %"data_end.127"
  br i1 %".3945", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".3947" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3948" = load i8, ptr %".3947", align 1
  %".3949" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3950" = load i16, ptr %".3949", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.17" = phi  i8 [%".3948", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3969", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".3950", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3971", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.127", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.127", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.127", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".3973" = zext i8 %"w0_1.17" to i64
  %".3974" = trunc i64 %".3973" to i8
  %".3975" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %".3974", ptr %".3975", align 1
  %".3977" = add i64 %"cursor.50", 8
  %".3978" = icmp ne i64 1, 0
  %".3979" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3980" = zext i16 %".3979" to i64
  %".3981" = and i64 %".3980", 65528
  %".3982" = icmp eq i64 %".3981", 0
  br i1 %".3978", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3011" = trunc i64 %"end.8" to i16
  %".3012" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3011", ptr %".3012", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3026" = trunc i64 %"end.8" to i16
  %".3027" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3026", ptr %".3027", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3039" = trunc i64 %"cursor.40" to i32
  %".3040" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3039", [40 x i8]* %"header_copy", i32 8)
  %".3041" = icmp eq i64 %".3040", 0
  %".3042" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3043" = load i32, ptr %".3042", align 4
  %".3044" = zext i32 %".3043" to i64
  %"data.128" = inttoptr i64 %".3044" to ptr
  %".3045" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3046" = load i32, ptr %".3045", align 4
  %".3047" = zext i32 %".3046" to i64
  %"data_end.128" = inttoptr i64 %".3047" to ptr
  %".3048" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.128" = load ptr, ptr %".3048", align 8
  %".3049" = xor i1 %".3041", -1
  br i1 %".3049", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3051" = trunc i64 %"cursor.40" to i16
  %".3052" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3051", ptr %".3052", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3055" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3056" = load volatile i8, [40 x i8]* %".3055", align 1
  %".3057" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3058" = load volatile i16, [40 x i8]* %".3057", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3071" = getelementptr i8, ptr %"keys.129", i64 6
  store i8 1, ptr %".3071", align 1
  br i1 %".3069", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3091" = zext i8 %"w0_1.13" to i64
  switch i64 %".3091", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3074" = getelementptr i8, ptr %"keys.129", i64 7
  store i8 1, ptr %".3074", align 1
  %".3076" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.57" = load volatile i32, ptr %".3076", align 4
  %".3077" = and i32 %"flags.57", 1
  %".3078" = icmp ne i32 %".3077", 0
  %".3079" = xor i1 %".3078", -1
  br i1 %".3079", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3086" = trunc i64 %".3064" to i16
  %".3087" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3086", ptr %".3087", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3081" = trunc i64 %".3064" to i16
  %".3082" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3081", ptr %".3082", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3093" = trunc i64 %".3064" to i16
  %".3094" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3093", ptr %".3094", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
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
  %".3110" = trunc i64 34887 to i16
  %".3111" = call i16 @"llvm.bswap.i16"(i16 %".3110")
  %".3112" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3111", ptr %".3112", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3115" = trunc i64 2048 to i16
  %".3116" = call i16 @"llvm.bswap.i16"(i16 %".3115")
  %".3117" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3116", ptr %".3117", align 2
  %".3119" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3119", align 1
  %".3121" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.58" = load volatile i32, ptr %".3121", align 4
  %".3122" = and i32 %"flags.58", 4
  %".3123" = icmp ne i32 %".3122", 0
  br i1 %".3123", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3130" = trunc i64 34525 to i16
  %".3131" = call i16 @"llvm.bswap.i16"(i16 %".3130")
  %".3132" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3131", ptr %".3132", align 2
  %".3134" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3134", align 1
  %".3136" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.59" = load volatile i32, ptr %".3136", align 4
  %".3137" = and i32 %"flags.59", 4
  %".3138" = icmp ne i32 %".3137", 0
  br i1 %".3138", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3125" = trunc i64 %".3064" to i16
  %".3126" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3125", ptr %".3126", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3140" = trunc i64 %".3064" to i16
  %".3141" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3140", ptr %".3141", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3151" = trunc i64 %"cursor.41" to i32
  %".3152" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3151", [40 x i8]* %"header_copy", i32 4)
  %".3153" = icmp eq i64 %".3152", 0
  %".3154" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3155" = load i32, ptr %".3154", align 4
  %".3156" = zext i32 %".3155" to i64
  %"data.130" = inttoptr i64 %".3156" to ptr
  %".3157" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3158" = load i32, ptr %".3157", align 4
  %".3159" = zext i32 %".3158" to i64
  %"data_end.130" = inttoptr i64 %".3159" to ptr
  %".3160" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.130" = load ptr, ptr %".3160", align 8
  %".3161" = xor i1 %".3153", -1
  br i1 %".3161", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3163" = trunc i64 %"cursor.41" to i16
  %".3164" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".3163", ptr %".3164", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3167" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3168" = load volatile i16, [40 x i8]* %".3167", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3183" = trunc i64 %".3176" to i16
  %".3184" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3183", ptr %".3184", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3189" = trunc i64 %".3176" to i16
  %".3190" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3189", ptr %".3190", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3193" = trunc i64 %".3176" to i16
  %".3194" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3193", ptr %".3194", align 2
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
  %".3206" = trunc i64 %".3176" to i16
  %".3207" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3206", ptr %".3207", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3210" = trunc i64 %".3176" to i16
  %".3211" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3210", ptr %".3211", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3221" = trunc i64 %"cursor.42" to i32
  %".3222" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3221", [40 x i8]* %"header_copy", i32 6)
  %".3223" = icmp eq i64 %".3222", 0
  %".3224" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3225" = load i32, ptr %".3224", align 4
  %".3226" = zext i32 %".3225" to i64
  %"data.132" = inttoptr i64 %".3226" to ptr
  %".3227" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3228" = load i32, ptr %".3227", align 4
  %".3229" = zext i32 %".3228" to i64
  %"data_end.132" = inttoptr i64 %".3229" to ptr
  %".3230" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.132" = load ptr, ptr %".3230", align 8
  %".3231" = xor i1 %".3223", -1
  br i1 %".3231", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3233" = trunc i64 %"cursor.42" to i16
  %".3234" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3233", ptr %".3234", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3237" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3238" = load volatile i16, [40 x i8]* %".3237", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3253" = trunc i64 %".3246" to i16
  %".3254" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3253", ptr %".3254", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3259" = trunc i64 %".3246" to i16
  %".3260" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3259", ptr %".3260", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3263" = trunc i64 %".3246" to i16
  %".3264" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3263", ptr %".3264", align 2
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
  %".3276" = trunc i64 %".3246" to i16
  %".3277" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3276", ptr %".3277", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3280" = trunc i64 %".3246" to i16
  %".3281" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3280", ptr %".3281", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
ethernet_d1.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3291" = trunc i64 %"cursor.43" to i32
  %".3292" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3291", [40 x i8]* %"header_copy", i32 14)
  %".3293" = icmp eq i64 %".3292", 0
  %".3294" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3295" = load i32, ptr %".3294", align 4
  %".3296" = zext i32 %".3295" to i64
  %"data.134" = inttoptr i64 %".3296" to ptr
  %".3297" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3298" = load i32, ptr %".3297", align 4
  %".3299" = zext i32 %".3298" to i64
  %"data_end.134" = inttoptr i64 %".3299" to ptr
  %".3300" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.134" = load ptr, ptr %".3300", align 8
  %".3301" = xor i1 %".3293", -1
  br i1 %".3301", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3303" = trunc i64 %"cursor.43" to i16
  %".3304" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3303", ptr %".3304", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3307" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3308" = load volatile i16, [40 x i8]* %".3307", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3320" = trunc i64 %".3316" to i16
  %".3321" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3320", ptr %".3321", align 2
  br label %"return"
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
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
  %".3346" = trunc i64 %"cursor.44" to i32
  %".3347" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3346", [40 x i8]* %"header_copy", i32 4)
  %".3348" = icmp eq i64 %".3347", 0
  %".3349" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3350" = load i32, ptr %".3349", align 4
  %".3351" = zext i32 %".3350" to i64
  %"data.136" = inttoptr i64 %".3351" to ptr
  %".3352" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3353" = load i32, ptr %".3352", align 4
  %".3354" = zext i32 %".3353" to i64
  %"data_end.136" = inttoptr i64 %".3354" to ptr
  %".3355" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.136" = load ptr, ptr %".3355", align 8
  %".3356" = xor i1 %".3348", -1
  br i1 %".3356", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3358" = trunc i64 %"cursor.44" to i16
  %".3359" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3358", ptr %".3359", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3362" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3363" = load volatile i16, [40 x i8]* %".3362", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3369" = and i64 %".3367", 0
  %".3370" = icmp eq i64 %".3369", 0
  br i1 %".3370", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".3376" = trunc i64 2048 to i16
  %".3377" = call i16 @"llvm.bswap.i16"(i16 %".3376")
  %".3378" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".3377", ptr %".3378", align 2
  %".3380" = getelementptr i8, ptr %"keys.137", i64 8
  store i8 1, ptr %".3380", align 1
  %".3382" = getelementptr i8, ptr %"keys.137", i64 48
  %"flags.60" = load volatile i32, ptr %".3382", align 4
  %".3383" = and i32 %"flags.60", 4
  %".3384" = icmp ne i32 %".3383", 0
  br i1 %".3384", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".3391" = trunc i64 34525 to i16
  %".3392" = call i16 @"llvm.bswap.i16"(i16 %".3391")
  %".3393" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".3392", ptr %".3393", align 2
  %".3395" = getelementptr i8, ptr %"keys.137", i64 8
  store i8 1, ptr %".3395", align 1
  %".3397" = getelementptr i8, ptr %"keys.137", i64 48
  %"flags.61" = load volatile i32, ptr %".3397", align 4
  %".3398" = and i32 %"flags.61", 4
  %".3399" = icmp ne i32 %".3398", 0
  br i1 %".3399", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".3406" = trunc i64 34827 to i16
  %".3407" = call i16 @"llvm.bswap.i16"(i16 %".3406")
  %".3408" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".3407", ptr %".3408", align 2
  %".3410" = getelementptr i8, ptr %"keys.137", i64 8
  store i8 1, ptr %".3410", align 1
  %".3412" = getelementptr i8, ptr %"keys.137", i64 48
  %"flags.62" = load volatile i32, ptr %".3412", align 4
  %".3413" = and i32 %"flags.62", 4
  %".3414" = icmp ne i32 %".3413", 0
  br i1 %".3414", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".3372" = trunc i64 %".3365" to i16
  %".3373" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3372", ptr %".3373", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3386" = trunc i64 %".3365" to i16
  %".3387" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3386", ptr %".3387", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".3401" = trunc i64 %".3365" to i16
  %".3402" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3401", ptr %".3402", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".3416" = trunc i64 %".3365" to i16
  %".3417" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3416", ptr %".3417", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.51" = phi  i64 [%".3365", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.138" = phi  ptr [%"data.137", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.138" = phi  ptr [%"data_end.137", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.138" = phi  ptr [%"keys.137", %"ppp_d0.stop_at_encap.endif.2"]
  %".4070" = add i64 %"cursor.51", 0
  %".4071" = trunc i64 %".4070" to i16
  %".4072" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4071", ptr %".4072", align 2
  br label %"return"
gre_d1.stop_before:
  %".3430" = trunc i64 %"cursor.45" to i16
  %".3431" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3430", ptr %".3431", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".3434" = add i64 %"cursor.45", 4
  %".3435" = zext i8 %"w0_1.9" to i64
  %".3436" = lshr i64 %".3435", 7
  %".3437" = and i64 %".3436", 1
  %".3438" = zext i8 %"w0_1.9" to i64
  %".3439" = lshr i64 %".3438", 5
  %".3440" = and i64 %".3439", 1
  %".3441" = add i64 %".3437", %".3440"
  %".3442" = zext i8 %"w0_1.9" to i64
  %".3443" = lshr i64 %".3442", 4
  %".3444" = and i64 %".3443", 1
  %".3445" = add i64 %".3441", %".3444"
  %".3446" = mul i64 %".3445", 4
  %".3447" = add i64 %".3446", 4
  %".3448" = getelementptr i8, ptr %"data.116", i64 %"cursor.45"
  %".3449" = getelementptr i8, ptr %".3448", i64 %".3447"
  %".3450" = icmp ugt ptr %".3449", %"data_end.116"
  br i1 %".3450", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.140" = phi  ptr [%"data.116", %"gre_d1.stop_before.endif"], [%"data.139", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.116", %"gre_d1.stop_before.endif"], [%"data_end.139", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.116", %"gre_d1.stop_before.endif"], [%"keys.139", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.45", %".3447"
  %".3471" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3471", align 1
  %".3473" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.63" = load volatile i32, ptr %".3473", align 4
  %".3474" = and i32 %"flags.63", 4
  %".3475" = icmp ne i32 %".3474", 0
  br i1 %".3475", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".3452" = add i64 %"cursor.45", %".3447"
  %".3453" = sub i64 %".3452", 1
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3454" = trunc i64 %".3453" to i32
  %".3455" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3454", i64* %"last_byte", i32 1)
  %".3456" = icmp eq i64 %".3455", 0
  %".3457" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3458" = load i32, ptr %".3457", align 4
  %".3459" = zext i32 %".3458" to i64
  %"data.139" = inttoptr i64 %".3459" to ptr
  %".3460" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3461" = load i32, ptr %".3460", align 4
  %".3462" = zext i32 %".3461" to i64
  %"data_end.139" = inttoptr i64 %".3462" to ptr
  %".3463" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.139" = load ptr, ptr %".3463", align 8
  %".3464" = xor i1 %".3456", -1
  br i1 %".3464", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3466" = trunc i64 %"cursor.45" to i16
  %".3467" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3466", ptr %".3467", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3477" = trunc i64 %"end.9" to i16
  %".3478" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3477", ptr %".3478", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".3481" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3482" = zext i16 %".3481" to i64
  %".3483" = trunc i64 %".3482" to i16
  %".3484" = call i16 @"llvm.bswap.i16"(i16 %".3483")
  %".3485" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3484", ptr %".3485", align 2
  %".3487" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3488" = zext i16 %".3487" to i64
  switch i64 %".3488", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !4
gre_d1.unknown:
  %".3490" = trunc i64 %"end.9" to i16
  %".3491" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3490", ptr %".3491", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".3494" = trunc i64 %"end.9" to i16
  %".3495" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3494", ptr %".3495", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3498" = trunc i64 %"end.9" to i16
  %".3499" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3498", ptr %".3499", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3502" = trunc i64 %"end.9" to i16
  %".3503" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3502", ptr %".3503", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3506" = trunc i64 %"end.9" to i16
  %".3507" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3506", ptr %".3507", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3510" = trunc i64 %"end.9" to i16
  %".3511" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3510", ptr %".3511", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3514" = trunc i64 %"end.9" to i16
  %".3515" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3514", ptr %".3515", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3518" = trunc i64 %"end.9" to i16
  %".3519" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3518", ptr %".3519", align 2
  br label %"return"
gre_d1.to_arp:
  %".3522" = trunc i64 %"end.9" to i16
  %".3523" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3522", ptr %".3523", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3526" = trunc i64 %"end.9" to i16
  %".3527" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3526", ptr %".3527", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3530" = trunc i64 %"end.9" to i16
  %".3531" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3530", ptr %".3531", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3534" = trunc i64 %"end.9" to i16
  %".3535" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3534", ptr %".3535", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3538" = trunc i64 %"end.9" to i16
  %".3539" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3538", ptr %".3539", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3542" = trunc i64 %"end.9" to i16
  %".3543" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3542", ptr %".3543", align 2
  br label %"return"
gre_d1.to_hsr:
  %".3546" = trunc i64 %"end.9" to i16
  %".3547" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3546", ptr %".3547", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".3550" = trunc i64 %"end.9" to i16
  %".3551" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3550", ptr %".3551", align 2
  br label %"return"
gre_d1.to_batadv:
  %".3554" = trunc i64 %"end.9" to i16
  %".3555" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3554", ptr %".3555", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3558" = trunc i64 %"end.9" to i16
  %".3559" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3558", ptr %".3559", align 2
  br label %"return"
pptp_d1.stop_before:
  %".3571" = trunc i64 %"cursor.46" to i16
  %".3572" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".3571", ptr %".3572", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".3575" = add i64 %"cursor.46", 4
  %".3576" = zext i8 %"w0_1.9" to i64
  %".3577" = lshr i64 %".3576", 7
  %".3578" = and i64 %".3577", 1
  %".3579" = zext i8 %"w0_1.9" to i64
  %".3580" = lshr i64 %".3579", 5
  %".3581" = and i64 %".3580", 1
  %".3582" = add i64 %".3578", %".3581"
  %".3583" = zext i8 %"w0_1.9" to i64
  %".3584" = lshr i64 %".3583", 4
  %".3585" = and i64 %".3584", 1
  %".3586" = add i64 %".3582", %".3585"
  %".3587" = zext i8 %"w1_1.6" to i64
  %".3588" = lshr i64 %".3587", 7
  %".3589" = and i64 %".3588", 1
  %".3590" = add i64 %".3586", %".3589"
  %".3591" = mul i64 %".3590", 4
  %".3592" = add i64 %".3591", 4
  %".3593" = getelementptr i8, ptr %"data.117", i64 %"cursor.46"
  %".3594" = getelementptr i8, ptr %".3593", i64 %".3592"
  %".3595" = icmp ugt ptr %".3594", %"data_end.117"
  br i1 %".3595", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.142" = phi  ptr [%"data.117", %"pptp_d1.stop_before.endif"], [%"data.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.117", %"pptp_d1.stop_before.endif"], [%"data_end.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.117", %"pptp_d1.stop_before.endif"], [%"keys.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.46", %".3592"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".3597" = add i64 %"cursor.46", %".3592"
  %".3598" = sub i64 %".3597", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3599" = trunc i64 %".3598" to i32
  %".3600" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3599", i64* %"last_byte", i32 1)
  %".3601" = icmp eq i64 %".3600", 0
  %".3602" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3603" = load i32, ptr %".3602", align 4
  %".3604" = zext i32 %".3603" to i64
  %"data.141" = inttoptr i64 %".3604" to ptr
  %".3605" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3606" = load i32, ptr %".3605", align 4
  %".3607" = zext i32 %".3606" to i64
  %"data_end.141" = inttoptr i64 %".3607" to ptr
  %".3608" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.141" = load ptr, ptr %".3608", align 8
  %".3609" = xor i1 %".3601", -1
  br i1 %".3609", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3611" = trunc i64 %"cursor.46" to i16
  %".3612" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3611", ptr %".3612", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3617" = trunc i64 %"end.10" to i16
  %".3618" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3617", ptr %".3618", align 2
  br label %"return"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.52" = phi  i64 [%"end.10", %"pptp_d1.to_ppp"]
  %"data.143" = phi  ptr [%"data.142", %"pptp_d1.to_ppp"]
  %"data_end.143" = phi  ptr [%"data_end.142", %"pptp_d1.to_ppp"]
  %"keys.143" = phi  ptr [%"keys.142", %"pptp_d1.to_ppp"]
  %"hdr.43" = getelementptr i8, ptr %"data.143", i64 %"cursor.52"
  %".4075" = getelementptr i8, ptr %"hdr.43", i64 4
  %".4076" = icmp ugt ptr %".4075", %"data_end.143"
  br i1 %".4076", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".4078" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4079" = load i16, ptr %".4078", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.17" = phi  i16 [%".4079", %"ppp_d1.linear"], [%".4098", %"ppp_d1.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.143", %"ppp_d1.linear"], [%"data.154", %"ppp_d1.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.143", %"ppp_d1.linear"], [%"data_end.154", %"ppp_d1.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.143", %"ppp_d1.linear"], [%"keys.154", %"ppp_d1.copy_failed.endif"]
  %".4100" = add i64 %"cursor.52", 4
  %".4101" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4102" = zext i16 %".4101" to i64
  switch i64 %".4102", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3630" = trunc i64 %"cursor.47" to i32
  %".3631" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3630", [40 x i8]* %"header_copy", i32 2)
  %".3632" = icmp eq i64 %".3631", 0
  %".3633" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3634" = load i32, ptr %".3633", align 4
  %".3635" = zext i32 %".3634" to i64
  %"data.144" = inttoptr i64 %".3635" to ptr
  %".3636" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3637" = load i32, ptr %".3636", align 4
  %".3638" = zext i32 %".3637" to i64
  %"data_end.144" = inttoptr i64 %".3638" to ptr
  %".3639" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.144" = load ptr, ptr %".3639", align 8
  %".3640" = xor i1 %".3632", -1
  br i1 %".3640", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3642" = trunc i64 %"cursor.47" to i16
  %".3643" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3642", ptr %".3643", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3646" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3647" = load volatile i8, [40 x i8]* %".3646", align 1
  %".3648" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3649" = load volatile i8, [40 x i8]* %".3648", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3662" = trunc i64 %"end.11" to i16
  %".3663" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3662", ptr %".3663", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
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
  %".3679" = trunc i64 34887 to i16
  %".3680" = call i16 @"llvm.bswap.i16"(i16 %".3679")
  %".3681" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3680", ptr %".3681", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3684" = trunc i64 2048 to i16
  %".3685" = call i16 @"llvm.bswap.i16"(i16 %".3684")
  %".3686" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3685", ptr %".3686", align 2
  %".3688" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3688", align 1
  %".3690" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.64" = load volatile i32, ptr %".3690", align 4
  %".3691" = and i32 %"flags.64", 4
  %".3692" = icmp ne i32 %".3691", 0
  br i1 %".3692", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3702" = trunc i64 34525 to i16
  %".3703" = call i16 @"llvm.bswap.i16"(i16 %".3702")
  %".3704" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3703", ptr %".3704", align 2
  %".3706" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3706", align 1
  %".3708" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.65" = load volatile i32, ptr %".3708", align 4
  %".3709" = and i32 %"flags.65", 4
  %".3710" = icmp ne i32 %".3709", 0
  br i1 %".3710", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.53" = phi  i64 [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4703", %"widening.test.26"]
  %"data.146" = phi  ptr [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.186", %"widening.test.26"]
  %"data_end.146" = phi  ptr [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.186", %"widening.test.26"]
  %"keys.146" = phi  ptr [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.26"]
  %"hdr.44" = getelementptr i8, ptr %"data.146", i64 %"cursor.53"
  %".4165" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4166" = icmp ugt ptr %".4165", %"data_end.146"
  br i1 %".4166", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4168" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4169" = load i8, ptr %".4168", align 1
  %".4170" = getelementptr i8, ptr %"hdr.44", i64 1
  %".4171" = load i8, ptr %".4170", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.18" = phi  i8 [%".4169", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4190", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4171", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4192", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.156", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.156", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.156", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4194" = zext i8 %"w0_1.18" to i64
  %".4195" = trunc i64 %".4194" to i8
  %".4196" = getelementptr i8, ptr %"keys.157", i64 9
  store i8 %".4195", ptr %".4196", align 1
  %".4198" = add i64 %"cursor.53", 2
  %".4199" = zext i8 %"w1_1.11" to i64
  %".4200" = mul i64 %".4199", 8
  %".4201" = add i64 %".4200", 6
  %".4202" = add i64 %".4201", 2
  %"end.13" = add i64 %"cursor.53", %".4202"
  %".4203" = zext i8 %"w0_1.18" to i64
  switch i64 %".4203", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3:
  %"cursor.54" = phi  i64 [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".3753", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".4692", %"widening.test.25"]
  %"data.147" = phi  ptr [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.185", %"widening.test.25"]
  %"data_end.147" = phi  ptr [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.185", %"widening.test.25"]
  %"keys.147" = phi  ptr [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.25"]
  %"hdr.45" = getelementptr i8, ptr %"data.147", i64 %"cursor.54"
  %".4275" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4276" = icmp ugt ptr %".4275", %"data_end.147"
  br i1 %".4276", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4278" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4279" = load i8, ptr %".4278", align 1
  %".4280" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4281" = load i16, ptr %".4280", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.19" = phi  i8 [%".4279", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4300", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4281", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4302", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.158", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.158", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.158", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4304" = zext i8 %"w0_1.19" to i64
  %".4305" = trunc i64 %".4304" to i8
  %".4306" = getelementptr i8, ptr %"keys.159", i64 9
  store i8 %".4305", ptr %".4306", align 1
  %".4308" = add i64 %"cursor.54", 8
  %".4309" = icmp ne i64 1, 0
  %".4310" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4311" = zext i16 %".4310" to i64
  %".4312" = and i64 %".4311", 65528
  %".4313" = icmp eq i64 %".4312", 0
  br i1 %".4309", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3694" = trunc i64 %"end.11" to i16
  %".3695" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3694", ptr %".3695", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3698" = trunc i64 %"end.11" to i16
  %".3699" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3698", ptr %".3699", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3712" = trunc i64 %"end.11" to i16
  %".3713" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3712", ptr %".3713", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3716" = trunc i64 %"end.11" to i16
  %".3717" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3716", ptr %".3717", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3728" = trunc i64 %"cursor.48" to i32
  %".3729" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3728", [40 x i8]* %"header_copy", i32 8)
  %".3730" = icmp eq i64 %".3729", 0
  %".3731" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3732" = load i32, ptr %".3731", align 4
  %".3733" = zext i32 %".3732" to i64
  %"data.148" = inttoptr i64 %".3733" to ptr
  %".3734" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3735" = load i32, ptr %".3734", align 4
  %".3736" = zext i32 %".3735" to i64
  %"data_end.148" = inttoptr i64 %".3736" to ptr
  %".3737" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.148" = load ptr, ptr %".3737", align 8
  %".3738" = xor i1 %".3730", -1
  br i1 %".3738", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3740" = trunc i64 %"cursor.48" to i16
  %".3741" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3740", ptr %".3741", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3744" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3745" = load volatile i8, [40 x i8]* %".3744", align 1
  %".3746" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3747" = load volatile i16, [40 x i8]* %".3746", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3760" = getelementptr i8, ptr %"keys.149", i64 6
  store i8 1, ptr %".3760", align 1
  br i1 %".3758", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".3780" = zext i8 %"w0_1.15" to i64
  switch i64 %".3780", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".3763" = getelementptr i8, ptr %"keys.149", i64 7
  store i8 1, ptr %".3763", align 1
  %".3765" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.66" = load volatile i32, ptr %".3765", align 4
  %".3766" = and i32 %"flags.66", 1
  %".3767" = icmp ne i32 %".3766", 0
  %".3768" = xor i1 %".3767", -1
  br i1 %".3768", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".3775" = trunc i64 %".3753" to i16
  %".3776" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3775", ptr %".3776", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".3770" = trunc i64 %".3753" to i16
  %".3771" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3770", ptr %".3771", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".3782" = trunc i64 %".3753" to i16
  %".3783" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3782", ptr %".3783", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
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
  %".3799" = trunc i64 34887 to i16
  %".3800" = call i16 @"llvm.bswap.i16"(i16 %".3799")
  %".3801" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3800", ptr %".3801", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".3804" = trunc i64 2048 to i16
  %".3805" = call i16 @"llvm.bswap.i16"(i16 %".3804")
  %".3806" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3805", ptr %".3806", align 2
  %".3808" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3808", align 1
  %".3810" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.67" = load volatile i32, ptr %".3810", align 4
  %".3811" = and i32 %"flags.67", 4
  %".3812" = icmp ne i32 %".3811", 0
  br i1 %".3812", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".3822" = trunc i64 34525 to i16
  %".3823" = call i16 @"llvm.bswap.i16"(i16 %".3822")
  %".3824" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3823", ptr %".3824", align 2
  %".3826" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3826", align 1
  %".3828" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.68" = load volatile i32, ptr %".3828", align 4
  %".3829" = and i32 %"flags.68", 4
  %".3830" = icmp ne i32 %".3829", 0
  br i1 %".3830", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".3814" = trunc i64 %".3753" to i16
  %".3815" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3814", ptr %".3815", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".3818" = trunc i64 %".3753" to i16
  %".3819" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3818", ptr %".3819", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".3832" = trunc i64 %".3753" to i16
  %".3833" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3832", ptr %".3833", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3836" = trunc i64 %".3753" to i16
  %".3837" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3836", ptr %".3837", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3848" = trunc i64 %"cursor.49" to i32
  %".3849" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3848", [40 x i8]* %"header_copy", i32 2)
  %".3850" = icmp eq i64 %".3849", 0
  %".3851" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3852" = load i32, ptr %".3851", align 4
  %".3853" = zext i32 %".3852" to i64
  %"data.150" = inttoptr i64 %".3853" to ptr
  %".3854" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3855" = load i32, ptr %".3854", align 4
  %".3856" = zext i32 %".3855" to i64
  %"data_end.150" = inttoptr i64 %".3856" to ptr
  %".3857" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.150" = load ptr, ptr %".3857", align 8
  %".3858" = xor i1 %".3850", -1
  br i1 %".3858", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".3860" = trunc i64 %"cursor.49" to i16
  %".3861" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3860", ptr %".3861", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".3864" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3865" = load volatile i8, [40 x i8]* %".3864", align 1
  %".3866" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3867" = load volatile i8, [40 x i8]* %".3866", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".3880" = trunc i64 %"end.12" to i16
  %".3881" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3880", ptr %".3881", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
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
  %".3892" = trunc i64 %"end.12" to i16
  %".3893" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3892", ptr %".3893", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3896" = trunc i64 %"end.12" to i16
  %".3897" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3896", ptr %".3897", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3900" = trunc i64 %"end.12" to i16
  %".3901" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3900", ptr %".3901", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".3904" = trunc i64 %"end.12" to i16
  %".3905" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3904", ptr %".3905", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".3909" = trunc i64 34887 to i16
  %".3910" = call i16 @"llvm.bswap.i16"(i16 %".3909")
  %".3911" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".3910", ptr %".3911", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".3914" = trunc i64 2048 to i16
  %".3915" = call i16 @"llvm.bswap.i16"(i16 %".3914")
  %".3916" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".3915", ptr %".3916", align 2
  %".3918" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3918", align 1
  %".3920" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.69" = load volatile i32, ptr %".3920", align 4
  %".3921" = and i32 %"flags.69", 4
  %".3922" = icmp ne i32 %".3921", 0
  br i1 %".3922", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".3929" = trunc i64 34525 to i16
  %".3930" = call i16 @"llvm.bswap.i16"(i16 %".3929")
  %".3931" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".3930", ptr %".3931", align 2
  %".3933" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3933", align 1
  %".3935" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.70" = load volatile i32, ptr %".3935", align 4
  %".3936" = and i32 %"flags.70", 4
  %".3937" = icmp ne i32 %".3936", 0
  br i1 %".3937", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".3924" = trunc i64 %"end.12" to i16
  %".3925" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3924", ptr %".3925", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".3939" = trunc i64 %"end.12" to i16
  %".3940" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3939", ptr %".3940", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3952" = trunc i64 %"cursor.50" to i32
  %".3953" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3952", [40 x i8]* %"header_copy", i32 8)
  %".3954" = icmp eq i64 %".3953", 0
  %".3955" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3956" = load i32, ptr %".3955", align 4
  %".3957" = zext i32 %".3956" to i64
  %"data.152" = inttoptr i64 %".3957" to ptr
  %".3958" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3959" = load i32, ptr %".3958", align 4
  %".3960" = zext i32 %".3959" to i64
  %"data_end.152" = inttoptr i64 %".3960" to ptr
  %".3961" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.152" = load ptr, ptr %".3961", align 8
  %".3962" = xor i1 %".3954", -1
  br i1 %".3962", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".3964" = trunc i64 %"cursor.50" to i16
  %".3965" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3964", ptr %".3965", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".3968" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3969" = load volatile i8, [40 x i8]* %".3968", align 1
  %".3970" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3971" = load volatile i16, [40 x i8]* %".3970", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".3984" = getelementptr i8, ptr %"keys.153", i64 6
  store i8 1, ptr %".3984", align 1
  br i1 %".3982", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".4004" = zext i8 %"w0_1.17" to i64
  switch i64 %".4004", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".3987" = getelementptr i8, ptr %"keys.153", i64 7
  store i8 1, ptr %".3987", align 1
  %".3989" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.71" = load volatile i32, ptr %".3989", align 4
  %".3990" = and i32 %"flags.71", 1
  %".3991" = icmp ne i32 %".3990", 0
  %".3992" = xor i1 %".3991", -1
  br i1 %".3992", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".3999" = trunc i64 %".3977" to i16
  %".4000" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3999", ptr %".4000", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".3994" = trunc i64 %".3977" to i16
  %".3995" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3994", ptr %".3995", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".4006" = trunc i64 %".3977" to i16
  %".4007" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4006", ptr %".4007", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
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
  %".4018" = trunc i64 %".3977" to i16
  %".4019" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4018", ptr %".4019", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4022" = trunc i64 %".3977" to i16
  %".4023" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4022", ptr %".4023", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4026" = trunc i64 %".3977" to i16
  %".4027" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4026", ptr %".4027", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".4030" = trunc i64 %".3977" to i16
  %".4031" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4030", ptr %".4031", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".4035" = trunc i64 34887 to i16
  %".4036" = call i16 @"llvm.bswap.i16"(i16 %".4035")
  %".4037" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4036", ptr %".4037", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".4040" = trunc i64 2048 to i16
  %".4041" = call i16 @"llvm.bswap.i16"(i16 %".4040")
  %".4042" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4041", ptr %".4042", align 2
  %".4044" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4044", align 1
  %".4046" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.72" = load volatile i32, ptr %".4046", align 4
  %".4047" = and i32 %"flags.72", 4
  %".4048" = icmp ne i32 %".4047", 0
  br i1 %".4048", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".4055" = trunc i64 34525 to i16
  %".4056" = call i16 @"llvm.bswap.i16"(i16 %".4055")
  %".4057" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4056", ptr %".4057", align 2
  %".4059" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4059", align 1
  %".4061" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.73" = load volatile i32, ptr %".4061", align 4
  %".4062" = and i32 %"flags.73", 4
  %".4063" = icmp ne i32 %".4062", 0
  br i1 %".4063", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".4050" = trunc i64 %".3977" to i16
  %".4051" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4050", ptr %".4051", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".4065" = trunc i64 %".3977" to i16
  %".4066" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4065", ptr %".4066", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4081" = trunc i64 %"cursor.52" to i32
  %".4082" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4081", [40 x i8]* %"header_copy", i32 4)
  %".4083" = icmp eq i64 %".4082", 0
  %".4084" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4085" = load i32, ptr %".4084", align 4
  %".4086" = zext i32 %".4085" to i64
  %"data.154" = inttoptr i64 %".4086" to ptr
  %".4087" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4088" = load i32, ptr %".4087", align 4
  %".4089" = zext i32 %".4088" to i64
  %"data_end.154" = inttoptr i64 %".4089" to ptr
  %".4090" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.154" = load ptr, ptr %".4090", align 8
  %".4091" = xor i1 %".4083", -1
  br i1 %".4091", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".4093" = trunc i64 %"cursor.52" to i16
  %".4094" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".4093", ptr %".4094", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".4097" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4098" = load volatile i16, [40 x i8]* %".4097", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".4104" = and i64 %".4102", 0
  %".4105" = icmp eq i64 %".4104", 0
  br i1 %".4105", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".4111" = trunc i64 2048 to i16
  %".4112" = call i16 @"llvm.bswap.i16"(i16 %".4111")
  %".4113" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4112", ptr %".4113", align 2
  %".4115" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4115", align 1
  %".4117" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.74" = load volatile i32, ptr %".4117", align 4
  %".4118" = and i32 %"flags.74", 4
  %".4119" = icmp ne i32 %".4118", 0
  br i1 %".4119", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".4129" = trunc i64 34525 to i16
  %".4130" = call i16 @"llvm.bswap.i16"(i16 %".4129")
  %".4131" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4130", ptr %".4131", align 2
  %".4133" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4133", align 1
  %".4135" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.75" = load volatile i32, ptr %".4135", align 4
  %".4136" = and i32 %"flags.75", 4
  %".4137" = icmp ne i32 %".4136", 0
  br i1 %".4137", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".4147" = trunc i64 34827 to i16
  %".4148" = call i16 @"llvm.bswap.i16"(i16 %".4147")
  %".4149" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4148", ptr %".4149", align 2
  %".4151" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4151", align 1
  %".4153" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.76" = load volatile i32, ptr %".4153", align 4
  %".4154" = and i32 %"flags.76", 4
  %".4155" = icmp ne i32 %".4154", 0
  br i1 %".4155", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".4107" = trunc i64 %".4100" to i16
  %".4108" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4107", ptr %".4108", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".4121" = trunc i64 %".4100" to i16
  %".4122" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4121", ptr %".4122", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".4125" = trunc i64 %".4100" to i16
  %".4126" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4125", ptr %".4126", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".4139" = trunc i64 %".4100" to i16
  %".4140" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4139", ptr %".4140", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".4143" = trunc i64 %".4100" to i16
  %".4144" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4143", ptr %".4144", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".4157" = trunc i64 %".4100" to i16
  %".4158" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4157", ptr %".4158", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".4161" = trunc i64 %".4100" to i16
  %".4162" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4161", ptr %".4162", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4173" = trunc i64 %"cursor.53" to i32
  %".4174" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4173", [40 x i8]* %"header_copy", i32 2)
  %".4175" = icmp eq i64 %".4174", 0
  %".4176" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4177" = load i32, ptr %".4176", align 4
  %".4178" = zext i32 %".4177" to i64
  %"data.156" = inttoptr i64 %".4178" to ptr
  %".4179" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4180" = load i32, ptr %".4179", align 4
  %".4181" = zext i32 %".4180" to i64
  %"data_end.156" = inttoptr i64 %".4181" to ptr
  %".4182" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.156" = load ptr, ptr %".4182", align 8
  %".4183" = xor i1 %".4175", -1
  br i1 %".4183", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4185" = trunc i64 %"cursor.53" to i16
  %".4186" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".4185", ptr %".4186", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4189" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4190" = load volatile i8, [40 x i8]* %".4189", align 1
  %".4191" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4192" = load volatile i8, [40 x i8]* %".4191", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4205" = trunc i64 %"end.13" to i16
  %".4206" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4205", ptr %".4206", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
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
  %".4217" = trunc i64 %"end.13" to i16
  %".4218" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4217", ptr %".4218", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4221" = trunc i64 %"end.13" to i16
  %".4222" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4221", ptr %".4222", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4225" = trunc i64 %"end.13" to i16
  %".4226" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4225", ptr %".4226", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4229" = trunc i64 %"end.13" to i16
  %".4230" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4229", ptr %".4230", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4234" = trunc i64 34887 to i16
  %".4235" = call i16 @"llvm.bswap.i16"(i16 %".4234")
  %".4236" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4235", ptr %".4236", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4239" = trunc i64 2048 to i16
  %".4240" = call i16 @"llvm.bswap.i16"(i16 %".4239")
  %".4241" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4240", ptr %".4241", align 2
  %".4243" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4243", align 1
  %".4245" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.77" = load volatile i32, ptr %".4245", align 4
  %".4246" = and i32 %"flags.77", 4
  %".4247" = icmp ne i32 %".4246", 0
  br i1 %".4247", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4257" = trunc i64 34525 to i16
  %".4258" = call i16 @"llvm.bswap.i16"(i16 %".4257")
  %".4259" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4258", ptr %".4259", align 2
  %".4261" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4261", align 1
  %".4263" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.78" = load volatile i32, ptr %".4263", align 4
  %".4264" = and i32 %"flags.78", 4
  %".4265" = icmp ne i32 %".4264", 0
  br i1 %".4265", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4249" = trunc i64 %"end.13" to i16
  %".4250" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4249", ptr %".4250", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4253" = trunc i64 %"end.13" to i16
  %".4254" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4253", ptr %".4254", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4267" = trunc i64 %"end.13" to i16
  %".4268" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4267", ptr %".4268", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4271" = trunc i64 %"end.13" to i16
  %".4272" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4271", ptr %".4272", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4283" = trunc i64 %"cursor.54" to i32
  %".4284" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4283", [40 x i8]* %"header_copy", i32 8)
  %".4285" = icmp eq i64 %".4284", 0
  %".4286" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4287" = load i32, ptr %".4286", align 4
  %".4288" = zext i32 %".4287" to i64
  %"data.158" = inttoptr i64 %".4288" to ptr
  %".4289" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4290" = load i32, ptr %".4289", align 4
  %".4291" = zext i32 %".4290" to i64
  %"data_end.158" = inttoptr i64 %".4291" to ptr
  %".4292" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.158" = load ptr, ptr %".4292", align 8
  %".4293" = xor i1 %".4285", -1
  br i1 %".4293", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4295" = trunc i64 %"cursor.54" to i16
  %".4296" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".4295", ptr %".4296", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4299" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4300" = load volatile i8, [40 x i8]* %".4299", align 1
  %".4301" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4302" = load volatile i16, [40 x i8]* %".4301", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4315" = getelementptr i8, ptr %"keys.159", i64 6
  store i8 1, ptr %".4315", align 1
  br i1 %".4313", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4335" = zext i8 %"w0_1.19" to i64
  switch i64 %".4335", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4318" = getelementptr i8, ptr %"keys.159", i64 7
  store i8 1, ptr %".4318", align 1
  %".4320" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.79" = load volatile i32, ptr %".4320", align 4
  %".4321" = and i32 %"flags.79", 1
  %".4322" = icmp ne i32 %".4321", 0
  %".4323" = xor i1 %".4322", -1
  br i1 %".4323", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4330" = trunc i64 %".4308" to i16
  %".4331" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4330", ptr %".4331", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4325" = trunc i64 %".4308" to i16
  %".4326" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4325", ptr %".4326", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4337" = trunc i64 %".4308" to i16
  %".4338" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4337", ptr %".4338", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
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
  %".4349" = trunc i64 %".4308" to i16
  %".4350" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4349", ptr %".4350", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4353" = trunc i64 %".4308" to i16
  %".4354" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4353", ptr %".4354", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4357" = trunc i64 %".4308" to i16
  %".4358" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4357", ptr %".4358", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4361" = trunc i64 %".4308" to i16
  %".4362" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4361", ptr %".4362", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".4366" = trunc i64 34887 to i16
  %".4367" = call i16 @"llvm.bswap.i16"(i16 %".4366")
  %".4368" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4367", ptr %".4368", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4371" = trunc i64 2048 to i16
  %".4372" = call i16 @"llvm.bswap.i16"(i16 %".4371")
  %".4373" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4372", ptr %".4373", align 2
  %".4375" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4375", align 1
  %".4377" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.80" = load volatile i32, ptr %".4377", align 4
  %".4378" = and i32 %"flags.80", 4
  %".4379" = icmp ne i32 %".4378", 0
  br i1 %".4379", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4389" = trunc i64 34525 to i16
  %".4390" = call i16 @"llvm.bswap.i16"(i16 %".4389")
  %".4391" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4390", ptr %".4391", align 2
  %".4393" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4393", align 1
  %".4395" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.81" = load volatile i32, ptr %".4395", align 4
  %".4396" = and i32 %"flags.81", 4
  %".4397" = icmp ne i32 %".4396", 0
  br i1 %".4397", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4381" = trunc i64 %".4308" to i16
  %".4382" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4381", ptr %".4382", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4385" = trunc i64 %".4308" to i16
  %".4386" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4385", ptr %".4386", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4399" = trunc i64 %".4308" to i16
  %".4400" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4399", ptr %".4400", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4403" = trunc i64 %".4308" to i16
  %".4404" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4403", ptr %".4404", align 2
  br label %"return"
widening.test:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4409" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4410" = load i32, ptr %".4409", align 4
  %".4411" = zext i32 %".4410" to i64
  %"data.160" = inttoptr i64 %".4411" to ptr
  %".4412" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4413" = load i32, ptr %".4412", align 4
  %".4414" = zext i32 %".4413" to i64
  %"data_end.160" = inttoptr i64 %".4414" to ptr
  %".4415" = getelementptr i8, ptr %"keys", i64 0
  %".4416" = load volatile i16, ptr %".4415", align 2
  %".4417" = zext i16 %".4416" to i64
  %".4418" = icmp ugt i64 %".4417", 261
  br i1 %".4418", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4420" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4421" = load i32, ptr %".4420", align 4
  %".4422" = zext i32 %".4421" to i64
  %"data.161" = inttoptr i64 %".4422" to ptr
  %".4423" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4424" = load i32, ptr %".4423", align 4
  %".4425" = zext i32 %".4424" to i64
  %"data_end.161" = inttoptr i64 %".4425" to ptr
  %".4426" = getelementptr i8, ptr %"keys", i64 0
  %".4427" = load volatile i16, ptr %".4426", align 2
  %".4428" = zext i16 %".4427" to i64
  %".4429" = icmp ugt i64 %".4428", 261
  br i1 %".4429", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4431" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4432" = load i32, ptr %".4431", align 4
  %".4433" = zext i32 %".4432" to i64
  %"data.162" = inttoptr i64 %".4433" to ptr
  %".4434" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4435" = load i32, ptr %".4434", align 4
  %".4436" = zext i32 %".4435" to i64
  %"data_end.162" = inttoptr i64 %".4436" to ptr
  %".4437" = getelementptr i8, ptr %"keys", i64 0
  %".4438" = load volatile i16, ptr %".4437", align 2
  %".4439" = zext i16 %".4438" to i64
  %".4440" = icmp ugt i64 %".4439", 267
  br i1 %".4440", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4442" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4443" = load i32, ptr %".4442", align 4
  %".4444" = zext i32 %".4443" to i64
  %"data.163" = inttoptr i64 %".4444" to ptr
  %".4445" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4446" = load i32, ptr %".4445", align 4
  %".4447" = zext i32 %".4446" to i64
  %"data_end.163" = inttoptr i64 %".4447" to ptr
  %".4448" = getelementptr i8, ptr %"keys", i64 0
  %".4449" = load volatile i16, ptr %".4448", align 2
  %".4450" = zext i16 %".4449" to i64
  %".4451" = icmp ugt i64 %".4450", 267
  br i1 %".4451", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4453" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4454" = load i32, ptr %".4453", align 4
  %".4455" = zext i32 %".4454" to i64
  %"data.164" = inttoptr i64 %".4455" to ptr
  %".4456" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4457" = load i32, ptr %".4456", align 4
  %".4458" = zext i32 %".4457" to i64
  %"data_end.164" = inttoptr i64 %".4458" to ptr
  %".4459" = getelementptr i8, ptr %"keys", i64 0
  %".4460" = load volatile i16, ptr %".4459", align 2
  %".4461" = zext i16 %".4460" to i64
  %".4462" = icmp ugt i64 %".4461", 275
  br i1 %".4462", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4464" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4465" = load i32, ptr %".4464", align 4
  %".4466" = zext i32 %".4465" to i64
  %"data.165" = inttoptr i64 %".4466" to ptr
  %".4467" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4468" = load i32, ptr %".4467", align 4
  %".4469" = zext i32 %".4468" to i64
  %"data_end.165" = inttoptr i64 %".4469" to ptr
  %".4470" = getelementptr i8, ptr %"keys", i64 0
  %".4471" = load volatile i16, ptr %".4470", align 2
  %".4472" = zext i16 %".4471" to i64
  %".4473" = icmp ugt i64 %".4472", 2363
  br i1 %".4473", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4475" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4476" = load i32, ptr %".4475", align 4
  %".4477" = zext i32 %".4476" to i64
  %"data.166" = inttoptr i64 %".4477" to ptr
  %".4478" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4479" = load i32, ptr %".4478", align 4
  %".4480" = zext i32 %".4479" to i64
  %"data_end.166" = inttoptr i64 %".4480" to ptr
  %".4481" = getelementptr i8, ptr %"keys", i64 0
  %".4482" = load volatile i16, ptr %".4481", align 2
  %".4483" = zext i16 %".4482" to i64
  %".4484" = icmp ugt i64 %".4483", 2363
  br i1 %".4484", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4486" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4487" = load i32, ptr %".4486", align 4
  %".4488" = zext i32 %".4487" to i64
  %"data.167" = inttoptr i64 %".4488" to ptr
  %".4489" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4490" = load i32, ptr %".4489", align 4
  %".4491" = zext i32 %".4490" to i64
  %"data_end.167" = inttoptr i64 %".4491" to ptr
  %".4492" = getelementptr i8, ptr %"keys", i64 0
  %".4493" = load volatile i16, ptr %".4492", align 2
  %".4494" = zext i16 %".4493" to i64
  %".4495" = icmp ugt i64 %".4494", 4411
  br i1 %".4495", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4497" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4498" = load i32, ptr %".4497", align 4
  %".4499" = zext i32 %".4498" to i64
  %"data.168" = inttoptr i64 %".4499" to ptr
  %".4500" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4501" = load i32, ptr %".4500", align 4
  %".4502" = zext i32 %".4501" to i64
  %"data_end.168" = inttoptr i64 %".4502" to ptr
  %".4503" = getelementptr i8, ptr %"keys", i64 0
  %".4504" = load volatile i16, ptr %".4503", align 2
  %".4505" = zext i16 %".4504" to i64
  %".4506" = icmp ugt i64 %".4505", 4411
  br i1 %".4506", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4508" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4509" = load i32, ptr %".4508", align 4
  %".4510" = zext i32 %".4509" to i64
  %"data.169" = inttoptr i64 %".4510" to ptr
  %".4511" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4512" = load i32, ptr %".4511", align 4
  %".4513" = zext i32 %".4512" to i64
  %"data_end.169" = inttoptr i64 %".4513" to ptr
  %".4514" = getelementptr i8, ptr %"keys", i64 0
  %".4515" = load volatile i16, ptr %".4514", align 2
  %".4516" = zext i16 %".4515" to i64
  %".4517" = icmp ugt i64 %".4516", 275
  br i1 %".4517", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4519" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4520" = load i32, ptr %".4519", align 4
  %".4521" = zext i32 %".4520" to i64
  %"data.170" = inttoptr i64 %".4521" to ptr
  %".4522" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4523" = load i32, ptr %".4522", align 4
  %".4524" = zext i32 %".4523" to i64
  %"data_end.170" = inttoptr i64 %".4524" to ptr
  %".4525" = getelementptr i8, ptr %"keys", i64 0
  %".4526" = load volatile i16, ptr %".4525", align 2
  %".4527" = zext i16 %".4526" to i64
  %".4528" = icmp ugt i64 %".4527", 6459
  br i1 %".4528", label %"widening.test.11", label %"gre_version_d0"
widening.test.11:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4530" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4531" = load i32, ptr %".4530", align 4
  %".4532" = zext i32 %".4531" to i64
  %"data.171" = inttoptr i64 %".4532" to ptr
  %".4533" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4534" = load i32, ptr %".4533", align 4
  %".4535" = zext i32 %".4534" to i64
  %"data_end.171" = inttoptr i64 %".4535" to ptr
  %".4536" = getelementptr i8, ptr %"keys", i64 0
  %".4537" = load volatile i16, ptr %".4536", align 2
  %".4538" = zext i16 %".4537" to i64
  %".4539" = icmp ugt i64 %".4538", 6489
  br i1 %".4539", label %"widening.test.12", label %"hsr_d1_vlan_tags1"
widening.test.12:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4541" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4542" = load i32, ptr %".4541", align 4
  %".4543" = zext i32 %".4542" to i64
  %"data.172" = inttoptr i64 %".4543" to ptr
  %".4544" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4545" = load i32, ptr %".4544", align 4
  %".4546" = zext i32 %".4545" to i64
  %"data_end.172" = inttoptr i64 %".4546" to ptr
  %".4547" = getelementptr i8, ptr %"keys", i64 0
  %".4548" = load volatile i16, ptr %".4547", align 2
  %".4549" = zext i16 %".4548" to i64
  %".4550" = icmp ugt i64 %".4549", 6489
  br i1 %".4550", label %"widening.test.13", label %"vlan_d1_vlan_tags1"
widening.test.13:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4552" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4553" = load i32, ptr %".4552", align 4
  %".4554" = zext i32 %".4553" to i64
  %"data.173" = inttoptr i64 %".4554" to ptr
  %".4555" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4556" = load i32, ptr %".4555", align 4
  %".4557" = zext i32 %".4556" to i64
  %"data_end.173" = inttoptr i64 %".4557" to ptr
  %".4558" = getelementptr i8, ptr %"keys", i64 0
  %".4559" = load volatile i16, ptr %".4558", align 2
  %".4560" = zext i16 %".4559" to i64
  %".4561" = icmp ugt i64 %".4560", 6495
  br i1 %".4561", label %"widening.test.14", label %"hsr_d1_vlan_tags2"
widening.test.14:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4563" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4564" = load i32, ptr %".4563", align 4
  %".4565" = zext i32 %".4564" to i64
  %"data.174" = inttoptr i64 %".4565" to ptr
  %".4566" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4567" = load i32, ptr %".4566", align 4
  %".4568" = zext i32 %".4567" to i64
  %"data_end.174" = inttoptr i64 %".4568" to ptr
  %".4569" = getelementptr i8, ptr %"keys", i64 0
  %".4570" = load volatile i16, ptr %".4569", align 2
  %".4571" = zext i16 %".4570" to i64
  %".4572" = icmp ugt i64 %".4571", 6495
  br i1 %".4572", label %"widening.test.15", label %"vlan_d1_vlan_tags2"
widening.test.15:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4574" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4575" = load i32, ptr %".4574", align 4
  %".4576" = zext i32 %".4575" to i64
  %"data.175" = inttoptr i64 %".4576" to ptr
  %".4577" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4578" = load i32, ptr %".4577", align 4
  %".4579" = zext i32 %".4578" to i64
  %"data_end.175" = inttoptr i64 %".4579" to ptr
  %".4580" = getelementptr i8, ptr %"keys", i64 0
  %".4581" = load volatile i16, ptr %".4580", align 2
  %".4582" = zext i16 %".4581" to i64
  %".4583" = icmp ugt i64 %".4582", 6501
  br i1 %".4583", label %"widening.test.16", label %"batadv_d1"
widening.test.16:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4585" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4586" = load i32, ptr %".4585", align 4
  %".4587" = zext i32 %".4586" to i64
  %"data.176" = inttoptr i64 %".4587" to ptr
  %".4588" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4589" = load i32, ptr %".4588", align 4
  %".4590" = zext i32 %".4589" to i64
  %"data_end.176" = inttoptr i64 %".4590" to ptr
  %".4591" = getelementptr i8, ptr %"keys", i64 0
  %".4592" = load volatile i16, ptr %".4591", align 2
  %".4593" = zext i16 %".4592" to i64
  %".4594" = icmp ugt i64 %".4593", 6501
  br i1 %".4594", label %"widening.test.17", label %"fcoe"
widening.test.17:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4596" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4597" = load i32, ptr %".4596", align 4
  %".4598" = zext i32 %".4597" to i64
  %"data.177" = inttoptr i64 %".4598" to ptr
  %".4599" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4600" = load i32, ptr %".4599", align 4
  %".4601" = zext i32 %".4600" to i64
  %"data_end.177" = inttoptr i64 %".4601" to ptr
  %".4602" = getelementptr i8, ptr %"keys", i64 0
  %".4603" = load volatile i16, ptr %".4602", align 2
  %".4604" = zext i16 %".4603" to i64
  %".4605" = icmp ugt i64 %".4604", 6501
  br i1 %".4605", label %"widening.test.18", label %"tipc"
widening.test.18:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4607" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4608" = load i32, ptr %".4607", align 4
  %".4609" = zext i32 %".4608" to i64
  %"data.178" = inttoptr i64 %".4609" to ptr
  %".4610" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4611" = load i32, ptr %".4610", align 4
  %".4612" = zext i32 %".4611" to i64
  %"data_end.178" = inttoptr i64 %".4612" to ptr
  %".4613" = getelementptr i8, ptr %"keys", i64 0
  %".4614" = load volatile i16, ptr %".4613", align 2
  %".4615" = zext i16 %".4614" to i64
  %".4616" = icmp ugt i64 %".4615", 6501
  br i1 %".4616", label %"widening.test.19", label %"cfm"
widening.test.19:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4618" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4619" = load i32, ptr %".4618", align 4
  %".4620" = zext i32 %".4619" to i64
  %"data.179" = inttoptr i64 %".4620" to ptr
  %".4621" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4622" = load i32, ptr %".4621", align 4
  %".4623" = zext i32 %".4622" to i64
  %"data_end.179" = inttoptr i64 %".4623" to ptr
  %".4624" = getelementptr i8, ptr %"keys", i64 0
  %".4625" = load volatile i16, ptr %".4624", align 2
  %".4626" = zext i16 %".4625" to i64
  %".4627" = icmp ugt i64 %".4626", 6501
  br i1 %".4627", label %"widening.test.20", label %"ptp"
widening.test.20:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4629" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4630" = load i32, ptr %".4629", align 4
  %".4631" = zext i32 %".4630" to i64
  %"data.180" = inttoptr i64 %".4631" to ptr
  %".4632" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4633" = load i32, ptr %".4632", align 4
  %".4634" = zext i32 %".4633" to i64
  %"data_end.180" = inttoptr i64 %".4634" to ptr
  %".4635" = getelementptr i8, ptr %"keys", i64 0
  %".4636" = load volatile i16, ptr %".4635", align 2
  %".4637" = zext i16 %".4636" to i64
  %".4638" = icmp ugt i64 %".4637", 6501
  br i1 %".4638", label %"widening.test.21", label %"arp"
widening.test.21:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4640" = getelementptr i8, ptr %"ctx.74", i64 76
  %".4641" = load i32, ptr %".4640", align 4
  %".4642" = zext i32 %".4641" to i64
  %"data.181" = inttoptr i64 %".4642" to ptr
  %".4643" = getelementptr i8, ptr %"ctx.74", i64 80
  %".4644" = load i32, ptr %".4643", align 4
  %".4645" = zext i32 %".4644" to i64
  %"data_end.181" = inttoptr i64 %".4645" to ptr
  %".4646" = getelementptr i8, ptr %"keys", i64 0
  %".4647" = load volatile i16, ptr %".4646", align 2
  %".4648" = zext i16 %".4647" to i64
  %".4649" = icmp ugt i64 %".4648", 6501
  br i1 %".4649", label %"widening.test.22", label %"pppoe_d1"
widening.test.22:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4651" = getelementptr i8, ptr %"ctx.75", i64 76
  %".4652" = load i32, ptr %".4651", align 4
  %".4653" = zext i32 %".4652" to i64
  %"data.182" = inttoptr i64 %".4653" to ptr
  %".4654" = getelementptr i8, ptr %"ctx.75", i64 80
  %".4655" = load i32, ptr %".4654", align 4
  %".4656" = zext i32 %".4655" to i64
  %"data_end.182" = inttoptr i64 %".4656" to ptr
  %".4657" = getelementptr i8, ptr %"keys", i64 0
  %".4658" = load volatile i16, ptr %".4657", align 2
  %".4659" = zext i16 %".4658" to i64
  %".4660" = icmp ugt i64 %".4659", 6509
  br i1 %".4660", label %"widening.test.23", label %"ipv6_d1"
widening.test.23:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4662" = getelementptr i8, ptr %"ctx.76", i64 76
  %".4663" = load i32, ptr %".4662", align 4
  %".4664" = zext i32 %".4663" to i64
  %"data.183" = inttoptr i64 %".4664" to ptr
  %".4665" = getelementptr i8, ptr %"ctx.76", i64 80
  %".4666" = load i32, ptr %".4665", align 4
  %".4667" = zext i32 %".4666" to i64
  %"data_end.183" = inttoptr i64 %".4667" to ptr
  %".4668" = getelementptr i8, ptr %"keys", i64 0
  %".4669" = load volatile i16, ptr %".4668", align 2
  %".4670" = zext i16 %".4669" to i64
  %".4671" = icmp ugt i64 %".4670", 8597
  br i1 %".4671", label %"widening.test.24", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.24:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4673" = getelementptr i8, ptr %"ctx.77", i64 76
  %".4674" = load i32, ptr %".4673", align 4
  %".4675" = zext i32 %".4674" to i64
  %"data.184" = inttoptr i64 %".4675" to ptr
  %".4676" = getelementptr i8, ptr %"ctx.77", i64 80
  %".4677" = load i32, ptr %".4676", align 4
  %".4678" = zext i32 %".4677" to i64
  %"data_end.184" = inttoptr i64 %".4678" to ptr
  %".4679" = getelementptr i8, ptr %"keys", i64 0
  %".4680" = load volatile i16, ptr %".4679", align 2
  %".4681" = zext i16 %".4680" to i64
  %".4682" = icmp ugt i64 %".4681", 8597
  br i1 %".4682", label %"widening.test.25", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.25:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4684" = getelementptr i8, ptr %"ctx.78", i64 76
  %".4685" = load i32, ptr %".4684", align 4
  %".4686" = zext i32 %".4685" to i64
  %"data.185" = inttoptr i64 %".4686" to ptr
  %".4687" = getelementptr i8, ptr %"ctx.78", i64 80
  %".4688" = load i32, ptr %".4687", align 4
  %".4689" = zext i32 %".4688" to i64
  %"data_end.185" = inttoptr i64 %".4689" to ptr
  %".4690" = getelementptr i8, ptr %"keys", i64 0
  %".4691" = load volatile i16, ptr %".4690", align 2
  %".4692" = zext i16 %".4691" to i64
  %".4693" = icmp ugt i64 %".4692", 10645
  br i1 %".4693", label %"widening.test.26", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.26:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4695" = getelementptr i8, ptr %"ctx.79", i64 76
  %".4696" = load i32, ptr %".4695", align 4
  %".4697" = zext i32 %".4696" to i64
  %"data.186" = inttoptr i64 %".4697" to ptr
  %".4698" = getelementptr i8, ptr %"ctx.79", i64 80
  %".4699" = load i32, ptr %".4698", align 4
  %".4700" = zext i32 %".4699" to i64
  %"data_end.186" = inttoptr i64 %".4700" to ptr
  %".4701" = getelementptr i8, ptr %"keys", i64 0
  %".4702" = load volatile i16, ptr %".4701", align 2
  %".4703" = zext i16 %".4702" to i64
  %".4704" = icmp ugt i64 %".4703", 10645
  br i1 %".4704", label %"widening.test.27", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.27:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4706" = getelementptr i8, ptr %"ctx.80", i64 76
  %".4707" = load i32, ptr %".4706", align 4
  %".4708" = zext i32 %".4707" to i64
  %"data.187" = inttoptr i64 %".4708" to ptr
  %".4709" = getelementptr i8, ptr %"ctx.80", i64 80
  %".4710" = load i32, ptr %".4709", align 4
  %".4711" = zext i32 %".4710" to i64
  %"data_end.187" = inttoptr i64 %".4711" to ptr
  %".4712" = getelementptr i8, ptr %"keys", i64 0
  %".4713" = load volatile i16, ptr %".4712", align 2
  %".4714" = zext i16 %".4713" to i64
  %".4715" = icmp ugt i64 %".4714", 12693
  br i1 %".4715", label %"widening.test.28", label %"icmpv6"
widening.test.28:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4717" = getelementptr i8, ptr %"ctx.81", i64 76
  %".4718" = load i32, ptr %".4717", align 4
  %".4719" = zext i32 %".4718" to i64
  %"data.188" = inttoptr i64 %".4719" to ptr
  %".4720" = getelementptr i8, ptr %"ctx.81", i64 80
  %".4721" = load i32, ptr %".4720", align 4
  %".4722" = zext i32 %".4721" to i64
  %"data_end.188" = inttoptr i64 %".4722" to ptr
  %".4723" = getelementptr i8, ptr %"keys", i64 0
  %".4724" = load volatile i16, ptr %".4723", align 2
  %".4725" = zext i16 %".4724" to i64
  %".4726" = icmp ugt i64 %".4725", 6509
  br i1 %".4726", label %"widening.test.29", label %"ipv4_d1"
widening.test.29:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4728" = getelementptr i8, ptr %"ctx.82", i64 76
  %".4729" = load i32, ptr %".4728", align 4
  %".4730" = zext i32 %".4729" to i64
  %"data.189" = inttoptr i64 %".4730" to ptr
  %".4731" = getelementptr i8, ptr %"ctx.82", i64 80
  %".4732" = load i32, ptr %".4731", align 4
  %".4733" = zext i32 %".4732" to i64
  %"data_end.189" = inttoptr i64 %".4733" to ptr
  %".4734" = getelementptr i8, ptr %"keys", i64 0
  %".4735" = load volatile i16, ptr %".4734", align 2
  %".4736" = zext i16 %".4735" to i64
  %".4737" = icmp ugt i64 %".4736", 12693
  br i1 %".4737", label %"widening.test.30", label %"mpls_mpls_labels1"
widening.test.30:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4739" = getelementptr i8, ptr %"ctx.83", i64 76
  %".4740" = load i32, ptr %".4739", align 4
  %".4741" = zext i32 %".4740" to i64
  %"data.190" = inttoptr i64 %".4741" to ptr
  %".4742" = getelementptr i8, ptr %"ctx.83", i64 80
  %".4743" = load i32, ptr %".4742", align 4
  %".4744" = zext i32 %".4743" to i64
  %"data_end.190" = inttoptr i64 %".4744" to ptr
  %".4745" = getelementptr i8, ptr %"keys", i64 0
  %".4746" = load volatile i16, ptr %".4745", align 2
  %".4747" = zext i16 %".4746" to i64
  %".4748" = icmp ugt i64 %".4747", 12693
  br i1 %".4748", label %"widening.test.31", label %"ah"
widening.test.31:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4750" = getelementptr i8, ptr %"ctx.84", i64 76
  %".4751" = load i32, ptr %".4750", align 4
  %".4752" = zext i32 %".4751" to i64
  %"data.191" = inttoptr i64 %".4752" to ptr
  %".4753" = getelementptr i8, ptr %"ctx.84", i64 80
  %".4754" = load i32, ptr %".4753", align 4
  %".4755" = zext i32 %".4754" to i64
  %"data_end.191" = inttoptr i64 %".4755" to ptr
  %".4756" = getelementptr i8, ptr %"keys", i64 0
  %".4757" = load volatile i16, ptr %".4756", align 2
  %".4758" = zext i16 %".4757" to i64
  %".4759" = icmp ugt i64 %".4758", 12693
  br i1 %".4759", label %"widening.test.32", label %"esp"
widening.test.32:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4761" = getelementptr i8, ptr %"ctx.85", i64 76
  %".4762" = load i32, ptr %".4761", align 4
  %".4763" = zext i32 %".4762" to i64
  %"data.192" = inttoptr i64 %".4763" to ptr
  %".4764" = getelementptr i8, ptr %"ctx.85", i64 80
  %".4765" = load i32, ptr %".4764", align 4
  %".4766" = zext i32 %".4765" to i64
  %"data_end.192" = inttoptr i64 %".4766" to ptr
  %".4767" = getelementptr i8, ptr %"keys", i64 0
  %".4768" = load volatile i16, ptr %".4767", align 2
  %".4769" = zext i16 %".4768" to i64
  %".4770" = icmp ugt i64 %".4769", 12693
  br i1 %".4770", label %"widening.test.33", label %"dccp"
widening.test.33:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4772" = getelementptr i8, ptr %"ctx.86", i64 76
  %".4773" = load i32, ptr %".4772", align 4
  %".4774" = zext i32 %".4773" to i64
  %"data.193" = inttoptr i64 %".4774" to ptr
  %".4775" = getelementptr i8, ptr %"ctx.86", i64 80
  %".4776" = load i32, ptr %".4775", align 4
  %".4777" = zext i32 %".4776" to i64
  %"data_end.193" = inttoptr i64 %".4777" to ptr
  %".4778" = getelementptr i8, ptr %"keys", i64 0
  %".4779" = load volatile i16, ptr %".4778", align 2
  %".4780" = zext i16 %".4779" to i64
  %".4781" = icmp ugt i64 %".4780", 12693
  br i1 %".4781", label %"widening.test.34", label %"sctp"
widening.test.34:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4783" = getelementptr i8, ptr %"ctx.87", i64 76
  %".4784" = load i32, ptr %".4783", align 4
  %".4785" = zext i32 %".4784" to i64
  %"data.194" = inttoptr i64 %".4785" to ptr
  %".4786" = getelementptr i8, ptr %"ctx.87", i64 80
  %".4787" = load i32, ptr %".4786", align 4
  %".4788" = zext i32 %".4787" to i64
  %"data_end.194" = inttoptr i64 %".4788" to ptr
  %".4789" = getelementptr i8, ptr %"keys", i64 0
  %".4790" = load volatile i16, ptr %".4789", align 2
  %".4791" = zext i16 %".4790" to i64
  %".4792" = icmp ugt i64 %".4791", 12693
  br i1 %".4792", label %"widening.test.35", label %"gre_version_d1"
widening.test.35:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4794" = getelementptr i8, ptr %"ctx.88", i64 76
  %".4795" = load i32, ptr %".4794", align 4
  %".4796" = zext i32 %".4795" to i64
  %"data.195" = inttoptr i64 %".4796" to ptr
  %".4797" = getelementptr i8, ptr %"ctx.88", i64 80
  %".4798" = load i32, ptr %".4797", align 4
  %".4799" = zext i32 %".4798" to i64
  %"data_end.195" = inttoptr i64 %".4799" to ptr
  %".4800" = getelementptr i8, ptr %"keys", i64 0
  %".4801" = load volatile i16, ptr %".4800", align 2
  %".4802" = zext i16 %".4801" to i64
  %".4803" = icmp ugt i64 %".4802", 12693
  br i1 %".4803", label %"widening.test.36", label %"udplite"
widening.test.36:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4805" = getelementptr i8, ptr %"ctx.89", i64 76
  %".4806" = load i32, ptr %".4805", align 4
  %".4807" = zext i32 %".4806" to i64
  %"data.196" = inttoptr i64 %".4807" to ptr
  %".4808" = getelementptr i8, ptr %"ctx.89", i64 80
  %".4809" = load i32, ptr %".4808", align 4
  %".4810" = zext i32 %".4809" to i64
  %"data_end.196" = inttoptr i64 %".4810" to ptr
  %".4811" = getelementptr i8, ptr %"keys", i64 0
  %".4812" = load volatile i16, ptr %".4811", align 2
  %".4813" = zext i16 %".4812" to i64
  %".4814" = icmp ugt i64 %".4813", 12693
  br i1 %".4814", label %"widening.test.37", label %"udp"
widening.test.37:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4816" = getelementptr i8, ptr %"ctx.90", i64 76
  %".4817" = load i32, ptr %".4816", align 4
  %".4818" = zext i32 %".4817" to i64
  %"data.197" = inttoptr i64 %".4818" to ptr
  %".4819" = getelementptr i8, ptr %"ctx.90", i64 80
  %".4820" = load i32, ptr %".4819", align 4
  %".4821" = zext i32 %".4820" to i64
  %"data_end.197" = inttoptr i64 %".4821" to ptr
  %".4822" = getelementptr i8, ptr %"keys", i64 0
  %".4823" = load volatile i16, ptr %".4822", align 2
  %".4824" = zext i16 %".4823" to i64
  %".4825" = icmp ugt i64 %".4824", 12693
  br i1 %".4825", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }
!1 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!2 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!3 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16 }
!4 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }