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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".372", %"vlan_d0_vlan_tags1.to_ipv4"], [%".487", %"pppoe_d0.to_ipv4"], [%".640", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1927", %"vlan_d0_vlan_tags2.to_ipv4"], [%".1997", %"hsr_d0_vlan_tags2.to_ipv4"], [%".4566", %"widening.test.9"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".372", %"vlan_d0_vlan_tags1.to_ipv6"], [%".487", %"pppoe_d0.to_ipv6"], [%".640", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1927", %"vlan_d0_vlan_tags2.to_ipv6"], [%".1997", %"hsr_d0_vlan_tags2.to_ipv6"], [%".4511", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.39", %"pppoe_d0.to_ipv6"], [%"data.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.97", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.164", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.39", %"pppoe_d0.to_ipv6"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.164", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.39", %"pppoe_d0.to_ipv6"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.97", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".202" = getelementptr i8, ptr %"hdr.1", i64 40
  %".203" = icmp ugt ptr %".202", %"data_end.3"
  br i1 %".203", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".205" = getelementptr i8, ptr %"hdr.1", i64 0
  %".206" = load i32, ptr %".205", align 4
  %".207" = getelementptr i8, ptr %"hdr.1", i64 6
  %".208" = load i8, ptr %".207", align 1
  %".209" = getelementptr i8, ptr %"hdr.1", i64 8
  %".210" = load i64, ptr %".209", align 8
  %".211" = getelementptr i8, ptr %"hdr.1", i64 16
  %".212" = load i64, ptr %".211", align 8
  %".213" = getelementptr i8, ptr %"hdr.1", i64 24
  %".214" = load i64, ptr %".213", align 8
  %".215" = getelementptr i8, ptr %"hdr.1", i64 32
  %".216" = load i64, ptr %".215", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".206", %"ipv6_d0.linear"], [%".235", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".208", %"ipv6_d0.linear"], [%".237", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".210", %"ipv6_d0.linear"], [%".239", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".212", %"ipv6_d0.linear"], [%".241", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".214", %"ipv6_d0.linear"], [%".243", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".216", %"ipv6_d0.linear"], [%".245", %"ipv6_d0.copy_failed.endif"]
  %"data.28" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.27", %"ipv6_d0.copy_failed.endif"]
  %"data_end.28" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.27", %"ipv6_d0.copy_failed.endif"]
  %"keys.28" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.27", %"ipv6_d0.copy_failed.endif"]
  %".247" = trunc i64 34525 to i16
  %".248" = getelementptr i8, ptr %"keys.28", i64 4
  store i16 %".247", ptr %".248", align 2
  %".250" = trunc i64 34525 to i16
  %".251" = call i16 @"llvm.bswap.i16"(i16 %".250")
  %".252" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".251", ptr %".252", align 2
  %".254" = getelementptr i8, ptr %"keys.28", i64 16
  store i64 %"w8_8", ptr %".254", align 8
  %".256" = getelementptr i8, ptr %"keys.28", i64 24
  store i64 %"w16_8", ptr %".256", align 8
  %".258" = getelementptr i8, ptr %"keys.28", i64 32
  store i64 %"w24_8", ptr %".258", align 8
  %".260" = getelementptr i8, ptr %"keys.28", i64 40
  store i64 %"w32_8", ptr %".260", align 8
  %".262" = zext i8 %"w6_1" to i64
  %".263" = trunc i64 %".262" to i8
  %".264" = getelementptr i8, ptr %"keys.28", i64 9
  store i8 %".263", ptr %".264", align 1
  %".266" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".267" = zext i32 %".266" to i64
  %".268" = and i64 %".267", 1048575
  %".269" = trunc i64 %".268" to i32
  %".270" = call i32 @"llvm.bswap.i32"(i32 %".269")
  %".271" = getelementptr i8, ptr %"keys.28", i64 52
  store i32 %".270", ptr %".271", align 4
  %".273" = add i64 %"cursor.2", 40
  %".274" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".275" = zext i32 %".274" to i64
  %".276" = and i64 %".275", 1048575
  %".277" = icmp ne i64 %".276", 0
  %".278" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.3" = load volatile i32, ptr %".278", align 4
  %".279" = and i32 %"flags.3", 2
  %".280" = icmp ne i32 %".279", 0
  %".281" = and i1 %".277", %".280"
  br i1 %".281", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".341" = getelementptr i8, ptr %"hdr.2", i64 4
  %".342" = icmp ugt ptr %".341", %"data_end.4"
  br i1 %".342", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".344" = getelementptr i8, ptr %"hdr.2", i64 2
  %".345" = load i16, ptr %".344", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".345", %"vlan_d0_vlan_tags1.linear"], [%".364", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.33" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.33" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.33" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.32", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".366" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".367" = zext i16 %".366" to i64
  %".368" = trunc i64 %".367" to i16
  %".369" = call i16 @"llvm.bswap.i16"(i16 %".368")
  %".370" = getelementptr i8, ptr %"keys.33", i64 10
  store i16 %".369", ptr %".370", align 2
  %".372" = add i64 %"cursor.3", 4
  %".373" = trunc i64 %".372" to i16
  %".374" = getelementptr i8, ptr %"keys.33", i64 0
  store i16 %".373", ptr %".374", align 2
  %".376" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".377" = zext i16 %".376" to i64
  switch i64 %".377", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".273", %"ipv6_d0.to_mpls"], [%".372", %"vlan_d0_vlan_tags1.to_mpls"], [%".372", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".487", %"pppoe_d0.to_mpls"], [%".487", %"pppoe_d0.to_mpls.1"], [%".640", %"hsr_d0_vlan_tags1.to_mpls"], [%".640", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".717", %"batadv_d0.stop_at_encap.endif.4"], [%".717", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1586", %"ipv6_d1.to_mpls"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1927", %"vlan_d0_vlan_tags2.to_mpls"], [%".1927", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".1997", %"hsr_d0_vlan_tags2.to_mpls"], [%".1997", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".2072", %"vlan_d1_vlan_tags1.to_mpls"], [%".2072", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2149", %"pppoe_d1.to_mpls"], [%".2149", %"pppoe_d1.to_mpls.1"], [%".2215", %"hsr_d1_vlan_tags1.to_mpls"], [%".2215", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.3", %"gre_d0.to_mpls"], [%"end.3", %"gre_d0.to_mpls.1"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".3206", %"vlan_d1_vlan_tags2.to_mpls"], [%".3206", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3276", %"hsr_d1_vlan_tags2.to_mpls"], [%".3276", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3346", %"ethernet_d1.to_mpls"], [%".3346", %"ethernet_d1.to_mpls.1"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"end.11", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".4358", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".4786", %"widening.test.29"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.39", %"pppoe_d0.to_mpls"], [%"data.39", %"pppoe_d0.to_mpls.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.4"], [%"data.50", %"batadv_d0.stop_at_encap.endif.5"], [%"data.80", %"ipv4_d1.to_mpls"], [%"data.83", %"ipv6_d1.to_mpls"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.103", %"pppoe_d1.to_mpls"], [%"data.103", %"pppoe_d1.to_mpls.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.109", %"gre_d0.to_mpls"], [%"data.109", %"gre_d0.to_mpls.1"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.131", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.131", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.133", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.133", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.135", %"ethernet_d1.to_mpls"], [%"data.135", %"ethernet_d1.to_mpls.1"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.189", %"widening.test.29"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.39", %"pppoe_d0.to_mpls"], [%"data_end.39", %"pppoe_d0.to_mpls.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.80", %"ipv4_d1.to_mpls"], [%"data_end.83", %"ipv6_d1.to_mpls"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.103", %"pppoe_d1.to_mpls"], [%"data_end.103", %"pppoe_d1.to_mpls.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.109", %"gre_d0.to_mpls"], [%"data_end.109", %"gre_d0.to_mpls.1"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.135", %"ethernet_d1.to_mpls"], [%"data_end.135", %"ethernet_d1.to_mpls.1"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.189", %"widening.test.29"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.39", %"pppoe_d0.to_mpls"], [%"keys.39", %"pppoe_d0.to_mpls.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.80", %"ipv4_d1.to_mpls"], [%"keys.83", %"ipv6_d1.to_mpls"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.103", %"pppoe_d1.to_mpls"], [%"keys.103", %"pppoe_d1.to_mpls.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.109", %"gre_d0.to_mpls"], [%"keys.109", %"gre_d0.to_mpls.1"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.131", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.131", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.133", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.133", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.135", %"ethernet_d1.to_mpls"], [%"keys.135", %"ethernet_d1.to_mpls.1"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.29"]
  %".399" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".400" = getelementptr i8, ptr %"hdr.3", i64 4
  %".401" = icmp ugt ptr %".400", %"data_end.5"
  br i1 %".401", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".403" = getelementptr i8, ptr %"hdr.3", i64 2
  %".404" = load i8, ptr %".403", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".404", %"mpls_mpls_labels1.linear"], [%".423", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.37" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.36", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.37" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.36", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.37" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.36", %"mpls_mpls_labels1.copy_failed.endif"]
  %".425" = add i64 %"cursor.4", 4
  %".426" = zext i8 %"w2_1" to i64
  %".427" = and i64 %".426", 1
  switch i64 %".427", label %"mpls_mpls_labels1.unknown" [i64 0, label %"mpls_mpls_labels1.to_mpls"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".372", %"vlan_d0_vlan_tags1.to_pppoe"], [%".640", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1927", %"vlan_d0_vlan_tags2.to_pppoe"], [%".1997", %"hsr_d0_vlan_tags2.to_pppoe"], [%".4500", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.97", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.163", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.163", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.97", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".437" = getelementptr i8, ptr %"hdr.4", i64 8
  %".438" = icmp ugt ptr %".437", %"data_end.6"
  br i1 %".438", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".440" = getelementptr i8, ptr %"hdr.4", i64 0
  %".441" = load i8, ptr %".440", align 1
  %".442" = getelementptr i8, ptr %"hdr.4", i64 1
  %".443" = load i8, ptr %".442", align 1
  %".444" = getelementptr i8, ptr %"hdr.4", i64 6
  %".445" = load i16, ptr %".444", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".441", %"pppoe_d0.linear"], [%".464", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".443", %"pppoe_d0.linear"], [%".466", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".445", %"pppoe_d0.linear"], [%".468", %"pppoe_d0.copy_failed.endif"]
  %"data.39" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.38", %"pppoe_d0.copy_failed.endif"]
  %"data_end.39" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.38", %"pppoe_d0.copy_failed.endif"]
  %"keys.39" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.38", %"pppoe_d0.copy_failed.endif"]
  %".470" = zext i8 %"w0_1.1" to i64
  %".471" = lshr i64 %".470", 4
  %".472" = and i64 %".471", 15
  %".473" = icmp eq i64 %".472", 1
  %".474" = zext i8 %"w0_1.1" to i64
  %".475" = and i64 %".474", 15
  %".476" = icmp eq i64 %".475", 1
  %".477" = and i1 %".473", %".476"
  %".478" = zext i8 %"w1_1" to i64
  %".479" = icmp eq i64 %".478", 0
  %".480" = and i1 %".477", %".479"
  %".481" = xor i1 %".480", -1
  br i1 %".481", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".372", %"vlan_d0_vlan_tags1.to_arp"], [%".372", %"vlan_d0_vlan_tags1.to_arp.1"], [%".640", %"hsr_d0_vlan_tags1.to_arp"], [%".640", %"hsr_d0_vlan_tags1.to_arp.1"], [%".717", %"batadv_d0.stop_at_encap.endif.7"], [%".717", %"batadv_d0.stop_at_encap.endif.8"], [%".1927", %"vlan_d0_vlan_tags2.to_arp"], [%".1927", %"vlan_d0_vlan_tags2.to_arp.1"], [%".1997", %"hsr_d0_vlan_tags2.to_arp"], [%".1997", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2072", %"vlan_d1_vlan_tags1.to_arp"], [%".2072", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2215", %"hsr_d1_vlan_tags1.to_arp"], [%".2215", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.3", %"gre_d0.to_arp"], [%"end.3", %"gre_d0.to_arp.1"], [%".3206", %"vlan_d1_vlan_tags2.to_arp"], [%".3206", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3276", %"hsr_d1_vlan_tags2.to_arp"], [%".3276", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3346", %"ethernet_d1.to_arp"], [%".3346", %"ethernet_d1.to_arp.1"], [%".4687", %"widening.test.20"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data.95", %"vlan_d0_vlan_tags2.to_arp"], [%"data.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.97", %"hsr_d0_vlan_tags2.to_arp"], [%"data.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_arp"], [%"data.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_arp"], [%"data.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.109", %"gre_d0.to_arp"], [%"data.109", %"gre_d0.to_arp.1"], [%"data.131", %"vlan_d1_vlan_tags2.to_arp"], [%"data.131", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.133", %"hsr_d1_vlan_tags2.to_arp"], [%"data.133", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.135", %"ethernet_d1.to_arp"], [%"data.135", %"ethernet_d1.to_arp.1"], [%"data.180", %"widening.test.20"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.109", %"gre_d0.to_arp"], [%"data_end.109", %"gre_d0.to_arp.1"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.135", %"ethernet_d1.to_arp"], [%"data_end.135", %"ethernet_d1.to_arp.1"], [%"data_end.180", %"widening.test.20"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.95", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.97", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.109", %"gre_d0.to_arp"], [%"keys.109", %"gre_d0.to_arp.1"], [%"keys.131", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.131", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.133", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.133", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.135", %"ethernet_d1.to_arp"], [%"keys.135", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.20"]
  %".522" = add i64 %"cursor.6", 0
  %".523" = trunc i64 %".522" to i16
  %".524" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".523", ptr %".524", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".372", %"vlan_d0_vlan_tags1.to_ptp"], [%".640", %"hsr_d0_vlan_tags1.to_ptp"], [%".717", %"batadv_d0.stop_at_encap.endif.9"], [%".1927", %"vlan_d0_vlan_tags2.to_ptp"], [%".1997", %"hsr_d0_vlan_tags2.to_ptp"], [%".2072", %"vlan_d1_vlan_tags1.to_ptp"], [%".2215", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.3", %"gre_d0.to_ptp"], [%".3206", %"vlan_d1_vlan_tags2.to_ptp"], [%".3276", %"hsr_d1_vlan_tags2.to_ptp"], [%".3346", %"ethernet_d1.to_ptp"], [%".4676", %"widening.test.19"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.50", %"batadv_d0.stop_at_encap.endif.9"], [%"data.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.109", %"gre_d0.to_ptp"], [%"data.131", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.133", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.135", %"ethernet_d1.to_ptp"], [%"data.179", %"widening.test.19"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.109", %"gre_d0.to_ptp"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.135", %"ethernet_d1.to_ptp"], [%"data_end.179", %"widening.test.19"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.109", %"gre_d0.to_ptp"], [%"keys.131", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.133", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.135", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.19"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".527" = getelementptr i8, ptr %"hdr.5", i64 34
  %".528" = icmp ugt ptr %".527", %"data_end.8"
  br i1 %".528", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.42" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.41", %"ptp.copy_failed.endif"]
  %"data_end.42" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.41", %"ptp.copy_failed.endif"]
  %"keys.42" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.41", %"ptp.copy_failed.endif"]
  %".548" = add i64 %"cursor.7", 34
  %".549" = trunc i64 %".548" to i16
  %".550" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".549", ptr %".550", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".372", %"vlan_d0_vlan_tags1.to_cfm"], [%".640", %"hsr_d0_vlan_tags1.to_cfm"], [%".717", %"batadv_d0.stop_at_encap.endif.10"], [%".1927", %"vlan_d0_vlan_tags2.to_cfm"], [%".1997", %"hsr_d0_vlan_tags2.to_cfm"], [%".2072", %"vlan_d1_vlan_tags1.to_cfm"], [%".2215", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.3", %"gre_d0.to_cfm"], [%".3206", %"vlan_d1_vlan_tags2.to_cfm"], [%".3276", %"hsr_d1_vlan_tags2.to_cfm"], [%".3346", %"ethernet_d1.to_cfm"], [%".4665", %"widening.test.18"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.109", %"gre_d0.to_cfm"], [%"data.131", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.133", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.135", %"ethernet_d1.to_cfm"], [%"data.178", %"widening.test.18"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.109", %"gre_d0.to_cfm"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.135", %"ethernet_d1.to_cfm"], [%"data_end.178", %"widening.test.18"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.109", %"gre_d0.to_cfm"], [%"keys.131", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.133", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.135", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.18"]
  %".553" = add i64 %"cursor.8", 0
  %".554" = trunc i64 %".553" to i16
  %".555" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".554", ptr %".555", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".372", %"vlan_d0_vlan_tags1.to_tipc"], [%".640", %"hsr_d0_vlan_tags1.to_tipc"], [%".717", %"batadv_d0.stop_at_encap.endif.11"], [%".1927", %"vlan_d0_vlan_tags2.to_tipc"], [%".1997", %"hsr_d0_vlan_tags2.to_tipc"], [%".2072", %"vlan_d1_vlan_tags1.to_tipc"], [%".2215", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.3", %"gre_d0.to_tipc"], [%".3206", %"vlan_d1_vlan_tags2.to_tipc"], [%".3276", %"hsr_d1_vlan_tags2.to_tipc"], [%".3346", %"ethernet_d1.to_tipc"], [%".4654", %"widening.test.17"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.50", %"batadv_d0.stop_at_encap.endif.11"], [%"data.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.109", %"gre_d0.to_tipc"], [%"data.131", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.133", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.135", %"ethernet_d1.to_tipc"], [%"data.177", %"widening.test.17"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.109", %"gre_d0.to_tipc"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.135", %"ethernet_d1.to_tipc"], [%"data_end.177", %"widening.test.17"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.109", %"gre_d0.to_tipc"], [%"keys.131", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.133", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.135", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.17"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".558" = getelementptr i8, ptr %"hdr.6", i64 16
  %".559" = icmp ugt ptr %".558", %"data_end.10"
  br i1 %".559", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.44" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.43", %"tipc.copy_failed.endif"]
  %"data_end.44" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.43", %"tipc.copy_failed.endif"]
  %"keys.44" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.43", %"tipc.copy_failed.endif"]
  %".579" = trunc i64 %"cursor.9" to i16
  %".580" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".579", ptr %".580", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".372", %"vlan_d0_vlan_tags1.to_fcoe"], [%".640", %"hsr_d0_vlan_tags1.to_fcoe"], [%".717", %"batadv_d0.stop_at_encap.endif.12"], [%".1927", %"vlan_d0_vlan_tags2.to_fcoe"], [%".1997", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2072", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2215", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.3", %"gre_d0.to_fcoe"], [%".3206", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3276", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3346", %"ethernet_d1.to_fcoe"], [%".4643", %"widening.test.16"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.50", %"batadv_d0.stop_at_encap.endif.12"], [%"data.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.109", %"gre_d0.to_fcoe"], [%"data.131", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.133", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.135", %"ethernet_d1.to_fcoe"], [%"data.176", %"widening.test.16"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.109", %"gre_d0.to_fcoe"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.135", %"ethernet_d1.to_fcoe"], [%"data_end.176", %"widening.test.16"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.109", %"gre_d0.to_fcoe"], [%"keys.131", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.133", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.135", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.16"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".583" = getelementptr i8, ptr %"hdr.7", i64 38
  %".584" = icmp ugt ptr %".583", %"data_end.11"
  br i1 %".584", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.46" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.45", %"fcoe.copy_failed.endif"]
  %"data_end.46" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.45", %"fcoe.copy_failed.endif"]
  %"keys.46" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.45", %"fcoe.copy_failed.endif"]
  %".604" = add i64 %"cursor.10", 38
  %".605" = trunc i64 %".604" to i16
  %".606" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".605", ptr %".606", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".609" = getelementptr i8, ptr %"hdr.8", i64 6
  %".610" = icmp ugt ptr %".609", %"data_end.12"
  br i1 %".610", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".612" = getelementptr i8, ptr %"hdr.8", i64 4
  %".613" = load i16, ptr %".612", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".613", %"hsr_d0_vlan_tags1.linear"], [%".632", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.48" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.47", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.48" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.47", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.48" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.47", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".634" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".635" = zext i16 %".634" to i64
  %".636" = trunc i64 %".635" to i16
  %".637" = call i16 @"llvm.bswap.i16"(i16 %".636")
  %".638" = getelementptr i8, ptr %"keys.48", i64 10
  store i16 %".637", ptr %".638", align 2
  %".640" = add i64 %"cursor.11", 6
  %".641" = trunc i64 %".640" to i16
  %".642" = getelementptr i8, ptr %"keys.48", i64 0
  store i16 %".641", ptr %".642", align 2
  %".644" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".645" = zext i16 %".644" to i64
  switch i64 %".645", label %"hsr_d0_vlan_tags1.unknown" [i64 2048, label %"hsr_d0_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags1.to_vlan" i64 34984, label %"hsr_d0_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags1.to_mpls" i64 34888, label %"hsr_d0_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags1.to_arp" i64 32821, label %"hsr_d0_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags1.to_ptp" i64 35074, label %"hsr_d0_vlan_tags1.to_cfm" i64 35018, label %"hsr_d0_vlan_tags1.to_tipc" i64 35078, label %"hsr_d0_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags1.to_hsr" i64 35067, label %"hsr_d0_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".372", %"vlan_d0_vlan_tags1.to_batadv"], [%".640", %"hsr_d0_vlan_tags1.to_batadv"], [%".1927", %"vlan_d0_vlan_tags2.to_batadv"], [%".1997", %"hsr_d0_vlan_tags2.to_batadv"], [%".4489", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.97", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.162", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.162", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.97", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".667" = getelementptr i8, ptr %"hdr.9", i64 24
  %".668" = icmp ugt ptr %".667", %"data_end.13"
  br i1 %".668", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".670" = getelementptr i8, ptr %"hdr.9", i64 0
  %".671" = load i8, ptr %".670", align 1
  %".672" = getelementptr i8, ptr %"hdr.9", i64 1
  %".673" = load i8, ptr %".672", align 1
  %".674" = getelementptr i8, ptr %"hdr.9", i64 22
  %".675" = load i16, ptr %".674", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".671", %"batadv_d0.linear"], [%".694", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".673", %"batadv_d0.linear"], [%".696", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".675", %"batadv_d0.linear"], [%".698", %"batadv_d0.copy_failed.endif"]
  %"data.50" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.49", %"batadv_d0.copy_failed.endif"]
  %"data_end.50" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.49", %"batadv_d0.copy_failed.endif"]
  %"keys.50" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.49", %"batadv_d0.copy_failed.endif"]
  %".700" = zext i8 %"w1_1.1" to i64
  %".701" = icmp eq i64 %".700", 15
  %".702" = zext i8 %"w0_1.2" to i64
  %".703" = icmp eq i64 %".702", 64
  %".704" = and i1 %".701", %".703"
  %".705" = xor i1 %".704", -1
  br i1 %".705", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  %".119" = add i64 %"cursor.1", %".118"
  %".120" = add i64 %"cursor.1", 20
  %".121" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".120")
  %".122" = icmp eq i64 %".117", 0
  %"end" = select  i1 %".122", i64 %".121", i64 %".119"
  %".123" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".124" = zext i16 %".123" to i64
  %".125" = and i64 %".124", 16383
  %".126" = icmp ne i64 %".125", 0
  %".127" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".128" = zext i16 %".127" to i64
  %".129" = and i64 %".128", 8191
  %".130" = icmp eq i64 %".129", 0
  br i1 %".126", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif"
ipv4_d0.fragment:
  %".132" = getelementptr i8, ptr %"keys.15", i64 6
  store i8 1, ptr %".132", align 1
  br i1 %".130", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.fragment.endif:
  %".152" = zext i8 %"w9_1" to i64
  switch i64 %".152", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.first_fragment:
  %".135" = getelementptr i8, ptr %"keys.15", i64 7
  store i8 1, ptr %".135", align 1
  %".137" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags" = load volatile i32, ptr %".137", align 4
  %".138" = and i32 %"flags", 1
  %".139" = icmp ne i32 %".138", 0
  %".140" = xor i1 %".139", -1
  br i1 %".140", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".147" = trunc i64 %"end" to i16
  %".148" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".147", ptr %".148", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".142" = trunc i64 %"end" to i16
  %".143" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".142", ptr %".143", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".154" = trunc i64 %"end" to i16
  %".155" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".154", ptr %".155", align 2
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
  %".167" = trunc i64 34887 to i16
  %".168" = call i16 @"llvm.bswap.i16"(i16 %".167")
  %".169" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".168", ptr %".169", align 2
  br label %"mpls_mpls_labels1"
ipv4_d0.to_ipv4:
  %".172" = trunc i64 2048 to i16
  %".173" = call i16 @"llvm.bswap.i16"(i16 %".172")
  %".174" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".173", ptr %".174", align 2
  %".176" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".176", align 1
  %".178" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.1" = load volatile i32, ptr %".178", align 4
  %".179" = and i32 %"flags.1", 4
  %".180" = icmp ne i32 %".179", 0
  br i1 %".180", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".187" = trunc i64 34525 to i16
  %".188" = call i16 @"llvm.bswap.i16"(i16 %".187")
  %".189" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".188", ptr %".189", align 2
  %".191" = getelementptr i8, ptr %"keys.15", i64 8
  store i8 1, ptr %".191", align 1
  %".193" = getelementptr i8, ptr %"keys.15", i64 48
  %"flags.2" = load volatile i32, ptr %".193", align 4
  %".194" = and i32 %"flags.2", 4
  %".195" = icmp ne i32 %".194", 0
  br i1 %".195", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".273", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1586", %"ipv6_d1.to_tcp"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".4358", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".4874", %"widening.test.37"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.80", %"ipv4_d1.to_tcp"], [%"data.83", %"ipv6_d1.to_tcp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.197", %"widening.test.37"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.80", %"ipv4_d1.to_tcp"], [%"data_end.83", %"ipv6_d1.to_tcp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.197", %"widening.test.37"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.80", %"ipv4_d1.to_tcp"], [%"keys.83", %"ipv6_d1.to_tcp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.37"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.13"
  %".901" = getelementptr i8, ptr %"hdr.10", i64 4
  %".902" = icmp ugt ptr %".901", %"data_end.16"
  br i1 %".902", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".904" = getelementptr i8, ptr %"hdr.10", i64 0
  %".905" = load i16, ptr %".904", align 2
  %".906" = getelementptr i8, ptr %"hdr.10", i64 2
  %".907" = load i16, ptr %".906", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".905", %"tcp.linear"], [%".926", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".907", %"tcp.linear"], [%".928", %"tcp.copy_failed.endif"]
  %"data.56" = phi  ptr [%"data.16", %"tcp.linear"], [%"data.55", %"tcp.copy_failed.endif"]
  %"data_end.56" = phi  ptr [%"data_end.16", %"tcp.linear"], [%"data_end.55", %"tcp.copy_failed.endif"]
  %"keys.56" = phi  ptr [%"keys.16", %"tcp.linear"], [%"keys.55", %"tcp.copy_failed.endif"]
  %".930" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".931" = zext i16 %".930" to i64
  %".932" = trunc i64 %".931" to i16
  %".933" = call i16 @"llvm.bswap.i16"(i16 %".932")
  %".934" = getelementptr i8, ptr %"keys.56", i64 12
  store i16 %".933", ptr %".934", align 2
  %".936" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".937" = zext i16 %".936" to i64
  %".938" = trunc i64 %".937" to i16
  %".939" = call i16 @"llvm.bswap.i16"(i16 %".938")
  %".940" = getelementptr i8, ptr %"keys.56", i64 14
  store i16 %".939", ptr %".940", align 2
  %".942" = trunc i64 %"cursor.13" to i16
  %".943" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".942", ptr %".943", align 2
  br label %"return"
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".273", %"ipv6_d0.to_udp"], [%"end.1", %"ipv4_d1.to_udp"], [%".1586", %"ipv6_d1.to_udp"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".4358", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".4863", %"widening.test.36"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.80", %"ipv4_d1.to_udp"], [%"data.83", %"ipv6_d1.to_udp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.196", %"widening.test.36"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.80", %"ipv4_d1.to_udp"], [%"data_end.83", %"ipv6_d1.to_udp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.196", %"widening.test.36"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.80", %"ipv4_d1.to_udp"], [%"keys.83", %"ipv6_d1.to_udp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.36"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.14"
  %".946" = getelementptr i8, ptr %"hdr.11", i64 4
  %".947" = icmp ugt ptr %".946", %"data_end.17"
  br i1 %".947", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".949" = getelementptr i8, ptr %"hdr.11", i64 0
  %".950" = load i16, ptr %".949", align 2
  %".951" = getelementptr i8, ptr %"hdr.11", i64 2
  %".952" = load i16, ptr %".951", align 2
  br label %"udp.header"
udp.header:
  %"w0_2.1" = phi  i16 [%".950", %"udp.linear"], [%".971", %"udp.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".952", %"udp.linear"], [%".973", %"udp.copy_failed.endif"]
  %"data.58" = phi  ptr [%"data.17", %"udp.linear"], [%"data.57", %"udp.copy_failed.endif"]
  %"data_end.58" = phi  ptr [%"data_end.17", %"udp.linear"], [%"data_end.57", %"udp.copy_failed.endif"]
  %"keys.58" = phi  ptr [%"keys.17", %"udp.linear"], [%"keys.57", %"udp.copy_failed.endif"]
  %".975" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".976" = zext i16 %".975" to i64
  %".977" = trunc i64 %".976" to i16
  %".978" = call i16 @"llvm.bswap.i16"(i16 %".977")
  %".979" = getelementptr i8, ptr %"keys.58", i64 12
  store i16 %".978", ptr %".979", align 2
  %".981" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".982" = zext i16 %".981" to i64
  %".983" = trunc i64 %".982" to i16
  %".984" = call i16 @"llvm.bswap.i16"(i16 %".983")
  %".985" = getelementptr i8, ptr %"keys.58", i64 14
  store i16 %".984", ptr %".985", align 2
  %".987" = add i64 %"cursor.14", 4
  %".988" = add i64 4, 4
  %".989" = getelementptr i8, ptr %"data.58", i64 %"cursor.14"
  %".990" = getelementptr i8, ptr %".989", i64 %".988"
  %".991" = icmp ugt ptr %".990", %"data_end.58"
  br i1 %".991", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.60" = phi  ptr [%"data.58", %"udp.header"], [%"data.59", %"udp.copy_last_byte_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.58", %"udp.header"], [%"data_end.59", %"udp.copy_last_byte_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.58", %"udp.header"], [%"keys.59", %"udp.copy_last_byte_failed.endif"]
  %".1012" = add i64 %"cursor.14", %".988"
  %".1013" = trunc i64 %"cursor.14" to i16
  %".1014" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1013", ptr %".1014", align 2
  br label %"return"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".273", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1586", %"ipv6_d1.to_udplite"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"end.11", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".4358", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".4852", %"widening.test.35"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.80", %"ipv4_d1.to_udplite"], [%"data.83", %"ipv6_d1.to_udplite"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.195", %"widening.test.35"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.80", %"ipv4_d1.to_udplite"], [%"data_end.83", %"ipv6_d1.to_udplite"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.195", %"widening.test.35"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.80", %"ipv4_d1.to_udplite"], [%"keys.83", %"ipv6_d1.to_udplite"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.35"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.15"
  %".1017" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1018" = icmp ugt ptr %".1017", %"data_end.18"
  br i1 %".1018", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1020" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1021" = load i16, ptr %".1020", align 2
  %".1022" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1023" = load i16, ptr %".1022", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1021", %"udplite.linear"], [%".1042", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1023", %"udplite.linear"], [%".1044", %"udplite.copy_failed.endif"]
  %"data.62" = phi  ptr [%"data.18", %"udplite.linear"], [%"data.61", %"udplite.copy_failed.endif"]
  %"data_end.62" = phi  ptr [%"data_end.18", %"udplite.linear"], [%"data_end.61", %"udplite.copy_failed.endif"]
  %"keys.62" = phi  ptr [%"keys.18", %"udplite.linear"], [%"keys.61", %"udplite.copy_failed.endif"]
  %".1046" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1047" = zext i16 %".1046" to i64
  %".1048" = trunc i64 %".1047" to i16
  %".1049" = call i16 @"llvm.bswap.i16"(i16 %".1048")
  %".1050" = getelementptr i8, ptr %"keys.62", i64 12
  store i16 %".1049", ptr %".1050", align 2
  %".1052" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1053" = zext i16 %".1052" to i64
  %".1054" = trunc i64 %".1053" to i16
  %".1055" = call i16 @"llvm.bswap.i16"(i16 %".1054")
  %".1056" = getelementptr i8, ptr %"keys.62", i64 14
  store i16 %".1055", ptr %".1056", align 2
  %".1058" = add i64 %"cursor.15", 4
  %".1059" = add i64 4, 4
  %".1060" = getelementptr i8, ptr %"data.62", i64 %"cursor.15"
  %".1061" = getelementptr i8, ptr %".1060", i64 %".1059"
  %".1062" = icmp ugt ptr %".1061", %"data_end.62"
  br i1 %".1062", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.64" = phi  ptr [%"data.62", %"udplite.header"], [%"data.63", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.64" = phi  ptr [%"data_end.62", %"udplite.header"], [%"data_end.63", %"udplite.copy_last_byte_failed.endif"]
  %"keys.64" = phi  ptr [%"keys.62", %"udplite.header"], [%"keys.63", %"udplite.copy_last_byte_failed.endif"]
  %".1083" = add i64 %"cursor.15", %".1059"
  %".1084" = trunc i64 %"cursor.15" to i16
  %".1085" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1084", ptr %".1085", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".273", %"ipv6_d0.to_gre_version"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".4577", %"widening.test.10"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.170", %"widening.test.10"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.170", %"widening.test.10"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.10"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.16"
  %".1088" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1089" = icmp ugt ptr %".1088", %"data_end.19"
  br i1 %".1089", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1091" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1092" = load i8, ptr %".1091", align 1
  %".1093" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1094" = load i8, ptr %".1093", align 1
  %".1095" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1096" = load i16, ptr %".1095", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1092", %"gre_version_d0.linear"], [%".1115", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1094", %"gre_version_d0.linear"], [%".1117", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1096", %"gre_version_d0.linear"], [%".1119", %"gre_version_d0.copy_failed.endif"]
  %"data.66" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.65", %"gre_version_d0.copy_failed.endif"]
  %"data_end.66" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.65", %"gre_version_d0.copy_failed.endif"]
  %"keys.66" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.65", %"gre_version_d0.copy_failed.endif"]
  %".1121" = zext i8 %"w0_1.3" to i64
  %".1122" = lshr i64 %".1121", 6
  %".1123" = and i64 %".1122", 1
  %".1124" = icmp ne i64 %".1123", 0
  %".1125" = zext i8 %"w1_1.2" to i64
  %".1126" = and i64 %".1125", 7
  %".1127" = icmp ugt i64 %".1126", 1
  %".1128" = or i1 %".1124", %".1127"
  br i1 %".1128", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".273", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1586", %"ipv6_d1.to_sctp"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".4358", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".4830", %"widening.test.33"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.80", %"ipv4_d1.to_sctp"], [%"data.83", %"ipv6_d1.to_sctp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.193", %"widening.test.33"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.80", %"ipv4_d1.to_sctp"], [%"data_end.83", %"ipv6_d1.to_sctp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.193", %"widening.test.33"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.80", %"ipv4_d1.to_sctp"], [%"keys.83", %"ipv6_d1.to_sctp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.33"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.17"
  %".1149" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1150" = icmp ugt ptr %".1149", %"data_end.20"
  br i1 %".1150", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1152" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1153" = load i16, ptr %".1152", align 2
  %".1154" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1155" = load i16, ptr %".1154", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1153", %"sctp.linear"], [%".1174", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1155", %"sctp.linear"], [%".1176", %"sctp.copy_failed.endif"]
  %"data.70" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.69", %"sctp.copy_failed.endif"]
  %"data_end.70" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.69", %"sctp.copy_failed.endif"]
  %"keys.70" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.69", %"sctp.copy_failed.endif"]
  %".1178" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1179" = zext i16 %".1178" to i64
  %".1180" = trunc i64 %".1179" to i16
  %".1181" = call i16 @"llvm.bswap.i16"(i16 %".1180")
  %".1182" = getelementptr i8, ptr %"keys.70", i64 12
  store i16 %".1181", ptr %".1182", align 2
  %".1184" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1185" = zext i16 %".1184" to i64
  %".1186" = trunc i64 %".1185" to i16
  %".1187" = call i16 @"llvm.bswap.i16"(i16 %".1186")
  %".1188" = getelementptr i8, ptr %"keys.70", i64 14
  store i16 %".1187", ptr %".1188", align 2
  %".1190" = add i64 %"cursor.17", 4
  %".1191" = trunc i64 %"cursor.17" to i16
  %".1192" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1191", ptr %".1192", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".273", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1586", %"ipv6_d1.to_dccp"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".4358", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".4819", %"widening.test.32"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.80", %"ipv4_d1.to_dccp"], [%"data.83", %"ipv6_d1.to_dccp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.192", %"widening.test.32"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.80", %"ipv4_d1.to_dccp"], [%"data_end.83", %"ipv6_d1.to_dccp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.192", %"widening.test.32"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.80", %"ipv4_d1.to_dccp"], [%"keys.83", %"ipv6_d1.to_dccp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.32"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1195" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1196" = icmp ugt ptr %".1195", %"data_end.21"
  br i1 %".1196", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1198" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1199" = load i16, ptr %".1198", align 2
  %".1200" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1201" = load i16, ptr %".1200", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1199", %"dccp.linear"], [%".1220", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1201", %"dccp.linear"], [%".1222", %"dccp.copy_failed.endif"]
  %"data.72" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.71", %"dccp.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.71", %"dccp.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.71", %"dccp.copy_failed.endif"]
  %".1224" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1225" = zext i16 %".1224" to i64
  %".1226" = trunc i64 %".1225" to i16
  %".1227" = call i16 @"llvm.bswap.i16"(i16 %".1226")
  %".1228" = getelementptr i8, ptr %"keys.72", i64 12
  store i16 %".1227", ptr %".1228", align 2
  %".1230" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1231" = zext i16 %".1230" to i64
  %".1232" = trunc i64 %".1231" to i16
  %".1233" = call i16 @"llvm.bswap.i16"(i16 %".1232")
  %".1234" = getelementptr i8, ptr %"keys.72", i64 14
  store i16 %".1233", ptr %".1234", align 2
  %".1236" = add i64 %"cursor.18", 4
  %".1237" = trunc i64 %"cursor.18" to i16
  %".1238" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1237", ptr %".1238", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".273", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1586", %"ipv6_d1.to_esp"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".4358", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".4808", %"widening.test.31"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.80", %"ipv4_d1.to_esp"], [%"data.83", %"ipv6_d1.to_esp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.191", %"widening.test.31"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.80", %"ipv4_d1.to_esp"], [%"data_end.83", %"ipv6_d1.to_esp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.191", %"widening.test.31"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.80", %"ipv4_d1.to_esp"], [%"keys.83", %"ipv6_d1.to_esp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.31"]
  %"hdr.16" = getelementptr i8, ptr %"data.22", i64 %"cursor.19"
  %".1241" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1242" = icmp ugt ptr %".1241", %"data_end.22"
  br i1 %".1242", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1244" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1245" = load i32, ptr %".1244", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1245", %"esp.linear"], [%".1264", %"esp.copy_failed.endif"]
  %"data.74" = phi  ptr [%"data.22", %"esp.linear"], [%"data.73", %"esp.copy_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.73", %"esp.copy_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.73", %"esp.copy_failed.endif"]
  %".1266" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1267" = zext i32 %".1266" to i64
  %".1268" = lshr i64 %".1267", 16
  %".1269" = trunc i64 %".1268" to i16
  %".1270" = call i16 @"llvm.bswap.i16"(i16 %".1269")
  %".1271" = getelementptr i8, ptr %"keys.74", i64 12
  store i16 %".1270", ptr %".1271", align 2
  %".1273" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1274" = zext i32 %".1273" to i64
  %".1275" = and i64 %".1274", 65535
  %".1276" = trunc i64 %".1275" to i16
  %".1277" = call i16 @"llvm.bswap.i16"(i16 %".1276")
  %".1278" = getelementptr i8, ptr %"keys.74", i64 14
  store i16 %".1277", ptr %".1278", align 2
  %".1280" = add i64 %"cursor.19", 4
  %".1281" = trunc i64 %"cursor.19" to i16
  %".1282" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1281", ptr %".1282", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".273", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1586", %"ipv6_d1.to_ah"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"end.11", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".4358", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".4797", %"widening.test.30"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.80", %"ipv4_d1.to_ah"], [%"data.83", %"ipv6_d1.to_ah"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.190", %"widening.test.30"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.80", %"ipv4_d1.to_ah"], [%"data_end.83", %"ipv6_d1.to_ah"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.190", %"widening.test.30"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.80", %"ipv4_d1.to_ah"], [%"keys.83", %"ipv6_d1.to_ah"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.30"]
  %"hdr.17" = getelementptr i8, ptr %"data.23", i64 %"cursor.20"
  %".1285" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1286" = icmp ugt ptr %".1285", %"data_end.23"
  br i1 %".1286", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1288" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1289" = load i32, ptr %".1288", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1289", %"ah.linear"], [%".1308", %"ah.copy_failed.endif"]
  %"data.76" = phi  ptr [%"data.23", %"ah.linear"], [%"data.75", %"ah.copy_failed.endif"]
  %"data_end.76" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.75", %"ah.copy_failed.endif"]
  %"keys.76" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.75", %"ah.copy_failed.endif"]
  %".1310" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1311" = zext i32 %".1310" to i64
  %".1312" = lshr i64 %".1311", 16
  %".1313" = trunc i64 %".1312" to i16
  %".1314" = call i16 @"llvm.bswap.i16"(i16 %".1313")
  %".1315" = getelementptr i8, ptr %"keys.76", i64 12
  store i16 %".1314", ptr %".1315", align 2
  %".1317" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1318" = zext i32 %".1317" to i64
  %".1319" = and i64 %".1318", 65535
  %".1320" = trunc i64 %".1319" to i16
  %".1321" = call i16 @"llvm.bswap.i16"(i16 %".1320")
  %".1322" = getelementptr i8, ptr %"keys.76", i64 14
  store i16 %".1321", ptr %".1322", align 2
  %".1324" = add i64 %"cursor.20", 8
  %".1325" = trunc i64 %"cursor.20" to i16
  %".1326" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1325", ptr %".1326", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.80", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.80", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.80", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.24", i64 %"cursor.21"
  %".1329" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1330" = icmp ugt ptr %".1329", %"data_end.24"
  br i1 %".1330", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.78" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.77", %"icmp.copy_failed.endif"]
  %"data_end.78" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.77", %"icmp.copy_failed.endif"]
  %"keys.78" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.77", %"icmp.copy_failed.endif"]
  %".1350" = add i64 %"cursor.21", 4
  %".1351" = trunc i64 %"cursor.21" to i16
  %".1352" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1351", ptr %".1352", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".182" = trunc i64 %"end" to i16
  %".183" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".182", ptr %".183", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".273", %"ipv6_d0.stop_at_encap.endif"], [%".717", %"batadv_d0.stop_at_encap.endif"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%".2072", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2149", %"pppoe_d1.to_ipv4"], [%".2215", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.3", %"gre_d0.to_ipv4"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3206", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3276", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3346", %"ethernet_d1.to_ipv4"], [%".3395", %"ppp_d0.stop_at_encap.endif"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".4775", %"widening.test.28"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.50", %"batadv_d0.stop_at_encap.endif"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.103", %"pppoe_d1.to_ipv4"], [%"data.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.109", %"gre_d0.to_ipv4"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.131", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.133", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.135", %"ethernet_d1.to_ipv4"], [%"data.137", %"ppp_d0.stop_at_encap.endif"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.188", %"widening.test.28"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.103", %"pppoe_d1.to_ipv4"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.109", %"gre_d0.to_ipv4"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.135", %"ethernet_d1.to_ipv4"], [%"data_end.137", %"ppp_d0.stop_at_encap.endif"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.188", %"widening.test.28"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.50", %"batadv_d0.stop_at_encap.endif"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.103", %"pppoe_d1.to_ipv4"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.109", %"gre_d0.to_ipv4"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.131", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.133", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.135", %"ethernet_d1.to_ipv4"], [%"keys.137", %"ppp_d0.stop_at_encap.endif"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.28"]
  %"hdr.19" = getelementptr i8, ptr %"data.25", i64 %"cursor.22"
  %".1355" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1356" = icmp ugt ptr %".1355", %"data_end.25"
  br i1 %".1356", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1358" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1359" = load i8, ptr %".1358", align 1
  %".1360" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1361" = load i16, ptr %".1360", align 2
  %".1362" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1363" = load i8, ptr %".1362", align 1
  %".1364" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1365" = load i32, ptr %".1364", align 4
  %".1366" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1367" = load i32, ptr %".1366", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1359", %"ipv4_d1.linear"], [%".1386", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1361", %"ipv4_d1.linear"], [%".1388", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1363", %"ipv4_d1.linear"], [%".1390", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1365", %"ipv4_d1.linear"], [%".1392", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1367", %"ipv4_d1.linear"], [%".1394", %"ipv4_d1.copy_failed.endif"]
  %"data.80" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.79", %"ipv4_d1.copy_failed.endif"]
  %"data_end.80" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.79", %"ipv4_d1.copy_failed.endif"]
  %"keys.80" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.79", %"ipv4_d1.copy_failed.endif"]
  %".1396" = zext i8 %"w0_1.4" to i64
  %".1397" = and i64 %".1396", 15
  %".1398" = icmp uge i64 %".1397", 5
  %".1399" = xor i1 %".1398", -1
  br i1 %".1399", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".197" = trunc i64 %"end" to i16
  %".198" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".197", ptr %".198", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".273", %"ipv6_d0.stop_at_encap.endif.1"], [%".717", %"batadv_d0.stop_at_encap.endif.1"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".2072", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2149", %"pppoe_d1.to_ipv6"], [%".2215", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.3", %"gre_d0.to_ipv6"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3206", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3276", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3346", %"ethernet_d1.to_ipv6"], [%".3395", %"ppp_d0.stop_at_encap.endif.1"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4709", %"widening.test.22"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.1"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.103", %"pppoe_d1.to_ipv6"], [%"data.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.109", %"gre_d0.to_ipv6"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.131", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.133", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.135", %"ethernet_d1.to_ipv6"], [%"data.137", %"ppp_d0.stop_at_encap.endif.1"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.182", %"widening.test.22"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.103", %"pppoe_d1.to_ipv6"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.109", %"gre_d0.to_ipv6"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.135", %"ethernet_d1.to_ipv6"], [%"data_end.137", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.182", %"widening.test.22"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.103", %"pppoe_d1.to_ipv6"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.109", %"gre_d0.to_ipv6"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.131", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.133", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.135", %"ethernet_d1.to_ipv6"], [%"keys.137", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.22"]
  %"hdr.20" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1515" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1516" = icmp ugt ptr %".1515", %"data_end.26"
  br i1 %".1516", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1518" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1519" = load i32, ptr %".1518", align 4
  %".1520" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1521" = load i8, ptr %".1520", align 1
  %".1522" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1523" = load i64, ptr %".1522", align 8
  %".1524" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1525" = load i64, ptr %".1524", align 8
  %".1526" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1527" = load i64, ptr %".1526", align 8
  %".1528" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1529" = load i64, ptr %".1528", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1519", %"ipv6_d1.linear"], [%".1548", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1521", %"ipv6_d1.linear"], [%".1550", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1523", %"ipv6_d1.linear"], [%".1552", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1525", %"ipv6_d1.linear"], [%".1554", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1527", %"ipv6_d1.linear"], [%".1556", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1529", %"ipv6_d1.linear"], [%".1558", %"ipv6_d1.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.82", %"ipv6_d1.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.82", %"ipv6_d1.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.82", %"ipv6_d1.copy_failed.endif"]
  %".1560" = trunc i64 34525 to i16
  %".1561" = getelementptr i8, ptr %"keys.83", i64 4
  store i16 %".1560", ptr %".1561", align 2
  %".1563" = trunc i64 34525 to i16
  %".1564" = call i16 @"llvm.bswap.i16"(i16 %".1563")
  %".1565" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1564", ptr %".1565", align 2
  %".1567" = getelementptr i8, ptr %"keys.83", i64 16
  store i64 %"w8_8.1", ptr %".1567", align 8
  %".1569" = getelementptr i8, ptr %"keys.83", i64 24
  store i64 %"w16_8.1", ptr %".1569", align 8
  %".1571" = getelementptr i8, ptr %"keys.83", i64 32
  store i64 %"w24_8.1", ptr %".1571", align 8
  %".1573" = getelementptr i8, ptr %"keys.83", i64 40
  store i64 %"w32_8.1", ptr %".1573", align 8
  %".1575" = zext i8 %"w6_1.1" to i64
  %".1576" = trunc i64 %".1575" to i8
  %".1577" = getelementptr i8, ptr %"keys.83", i64 9
  store i8 %".1576", ptr %".1577", align 1
  %".1579" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1580" = zext i32 %".1579" to i64
  %".1581" = and i64 %".1580", 1048575
  %".1582" = trunc i64 %".1581" to i32
  %".1583" = call i32 @"llvm.bswap.i32"(i32 %".1582")
  %".1584" = getelementptr i8, ptr %"keys.83", i64 52
  store i32 %".1583", ptr %".1584", align 4
  %".1586" = add i64 %"cursor.23", 40
  %".1587" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1588" = zext i32 %".1587" to i64
  %".1589" = and i64 %".1588", 1048575
  %".1590" = icmp ne i64 %".1589", 0
  %".1591" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.25" = load volatile i32, ptr %".1591", align 4
  %".1592" = and i32 %"flags.25", 2
  %".1593" = icmp ne i32 %".1592", 0
  %".1594" = and i1 %".1590", %".1593"
  br i1 %".1594", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".218" = trunc i64 %"cursor.2" to i32
  %".219" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".218", [40 x i8]* %"header_copy", i32 40)
  %".220" = icmp eq i64 %".219", 0
  %".221" = getelementptr i8, ptr %"ctx.2", i64 76
  %".222" = load i32, ptr %".221", align 4
  %".223" = zext i32 %".222" to i64
  %"data.27" = inttoptr i64 %".223" to ptr
  %".224" = getelementptr i8, ptr %"ctx.2", i64 80
  %".225" = load i32, ptr %".224", align 4
  %".226" = zext i32 %".225" to i64
  %"data_end.27" = inttoptr i64 %".226" to ptr
  %".227" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.27" = load ptr, ptr %".227", align 8
  %".228" = xor i1 %".220", -1
  br i1 %".228", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".230" = trunc i64 %"cursor.2" to i16
  %".231" = getelementptr i8, ptr %"keys.27", i64 2
  store i16 %".230", ptr %".231", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".234" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".235" = load volatile i32, [40 x i8]* %".234", align 4
  %".236" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".237" = load volatile i8, [40 x i8]* %".236", align 1
  %".238" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".239" = load volatile i64, [40 x i8]* %".238", align 8
  %".240" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".241" = load volatile i64, [40 x i8]* %".240", align 8
  %".242" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".243" = load volatile i64, [40 x i8]* %".242", align 8
  %".244" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".245" = load volatile i64, [40 x i8]* %".244", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".283" = trunc i64 %".273" to i16
  %".284" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".283", ptr %".284", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".287" = zext i8 %"w6_1" to i64
  switch i64 %".287", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.unknown:
  %".289" = trunc i64 %".273" to i16
  %".290" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".289", ptr %".290", align 2
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
  %".306" = trunc i64 34887 to i16
  %".307" = call i16 @"llvm.bswap.i16"(i16 %".306")
  %".308" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".307", ptr %".308", align 2
  br label %"mpls_mpls_labels1"
ipv6_d0.to_ipv4:
  %".311" = trunc i64 2048 to i16
  %".312" = call i16 @"llvm.bswap.i16"(i16 %".311")
  %".313" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".312", ptr %".313", align 2
  %".315" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".315", align 1
  %".317" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.4" = load volatile i32, ptr %".317", align 4
  %".318" = and i32 %"flags.4", 4
  %".319" = icmp ne i32 %".318", 0
  br i1 %".319", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".326" = trunc i64 34525 to i16
  %".327" = call i16 @"llvm.bswap.i16"(i16 %".326")
  %".328" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".327", ptr %".328", align 2
  %".330" = getelementptr i8, ptr %"keys.28", i64 8
  store i8 1, ptr %".330", align 1
  %".332" = getelementptr i8, ptr %"keys.28", i64 48
  %"flags.5" = load volatile i32, ptr %".332", align 4
  %".333" = and i32 %"flags.5", 4
  %".334" = icmp ne i32 %".333", 0
  br i1 %".334", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".273", %"ipv6_d0.to_ipv6_opts"], [%".273", %"ipv6_d0.to_ipv6_opts.1"], [%".273", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.29" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_opts"], [%"data.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_opts"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.29" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_opts"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.28", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.29", i64 %"cursor.24"
  %".1660" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1661" = icmp ugt ptr %".1660", %"data_end.29"
  br i1 %".1661", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1663" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1664" = load i8, ptr %".1663", align 1
  %".1665" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1666" = load i8, ptr %".1665", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1664", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1685", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1666", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1687", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.86", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1689" = zext i8 %"w0_1.5" to i64
  %".1690" = trunc i64 %".1689" to i8
  %".1691" = getelementptr i8, ptr %"keys.87", i64 9
  store i8 %".1690", ptr %".1691", align 1
  %".1693" = add i64 %"cursor.24", 2
  %".1694" = zext i8 %"w1_1.3" to i64
  %".1695" = mul i64 %".1694", 8
  %".1696" = add i64 %".1695", 6
  %".1697" = add i64 %".1696", 2
  %".1698" = add i64 %"cursor.24", %".1697"
  %".1699" = add i64 %"cursor.24", 8
  %".1700" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1699")
  %".1701" = icmp eq i64 %".1696", 6
  %"end.2" = select  i1 %".1701", i64 %".1700", i64 %".1698"
  %".1702" = zext i8 %"w0_1.5" to i64
  switch i64 %".1702", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".273", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.25"
  %".1756" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1757" = icmp ugt ptr %".1756", %"data_end.30"
  br i1 %".1757", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1759" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1760" = load i8, ptr %".1759", align 1
  %".1761" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1762" = load i16, ptr %".1761", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1760", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1781", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1762", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1783", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1785" = zext i8 %"w0_1.6" to i64
  %".1786" = trunc i64 %".1785" to i8
  %".1787" = getelementptr i8, ptr %"keys.91", i64 9
  store i8 %".1786", ptr %".1787", align 1
  %".1789" = add i64 %"cursor.25", 8
  %".1790" = icmp ne i64 1, 0
  %".1791" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1792" = zext i16 %".1791" to i64
  %".1793" = and i64 %".1792", 65528
  %".1794" = icmp eq i64 %".1793", 0
  br i1 %".1790", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.26" = phi  i64 [%".273", %"ipv6_d0.to_icmpv6"], [%".1586", %"ipv6_d1.to_icmpv6"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"end.10", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".4023", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"end.11", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".4358", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".4764", %"widening.test.27"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.83", %"ipv6_d1.to_icmpv6"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.187", %"widening.test.27"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.83", %"ipv6_d1.to_icmpv6"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.187", %"widening.test.27"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.83", %"ipv6_d1.to_icmpv6"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.27"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.26"
  %".1870" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1871" = icmp ugt ptr %".1870", %"data_end.31"
  br i1 %".1871", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.93" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.92", %"icmpv6.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.92", %"icmpv6.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.92", %"icmpv6.copy_failed.endif"]
  %".1891" = add i64 %"cursor.26", 4
  %".1892" = trunc i64 %"cursor.26" to i16
  %".1893" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1892", ptr %".1893", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".321" = trunc i64 %".273" to i16
  %".322" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".321", ptr %".322", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".336" = trunc i64 %".273" to i16
  %".337" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".336", ptr %".337", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".347" = trunc i64 %"cursor.3" to i32
  %".348" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".347", [40 x i8]* %"header_copy", i32 4)
  %".349" = icmp eq i64 %".348", 0
  %".350" = getelementptr i8, ptr %"ctx.3", i64 76
  %".351" = load i32, ptr %".350", align 4
  %".352" = zext i32 %".351" to i64
  %"data.32" = inttoptr i64 %".352" to ptr
  %".353" = getelementptr i8, ptr %"ctx.3", i64 80
  %".354" = load i32, ptr %".353", align 4
  %".355" = zext i32 %".354" to i64
  %"data_end.32" = inttoptr i64 %".355" to ptr
  %".356" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.32" = load ptr, ptr %".356", align 8
  %".357" = xor i1 %".349", -1
  br i1 %".357", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".359" = trunc i64 %"cursor.3" to i16
  %".360" = getelementptr i8, ptr %"keys.32", i64 2
  store i16 %".359", ptr %".360", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".363" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".364" = load volatile i16, [40 x i8]* %".363", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".379" = trunc i64 %".372" to i16
  %".380" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".379", ptr %".380", align 2
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
  %"cursor.27" = phi  i64 [%".372", %"vlan_d0_vlan_tags1.to_vlan"], [%".372", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".640", %"hsr_d0_vlan_tags1.to_vlan"], [%".640", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".4478", %"widening.test.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.161", %"widening.test.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.161", %"widening.test.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.27"
  %".1896" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1897" = icmp ugt ptr %".1896", %"data_end.34"
  br i1 %".1897", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1899" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1900" = load i16, ptr %".1899", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1900", %"vlan_d0_vlan_tags2.linear"], [%".1919", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1921" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1922" = zext i16 %".1921" to i64
  %".1923" = trunc i64 %".1922" to i16
  %".1924" = call i16 @"llvm.bswap.i16"(i16 %".1923")
  %".1925" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1924", ptr %".1925", align 2
  %".1927" = add i64 %"cursor.27", 4
  %".1928" = trunc i64 %".1927" to i16
  %".1929" = getelementptr i8, ptr %"keys.95", i64 0
  store i16 %".1928", ptr %".1929", align 2
  %".1931" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1932" = zext i16 %".1931" to i64
  switch i64 %".1932", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".372", %"vlan_d0_vlan_tags1.to_hsr"], [%".372", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".640", %"hsr_d0_vlan_tags1.to_hsr"], [%".640", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".4467", %"widening.test"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.160", %"widening.test"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.160", %"widening.test"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.35", i64 %"cursor.28"
  %".1966" = getelementptr i8, ptr %"hdr.25", i64 6
  %".1967" = icmp ugt ptr %".1966", %"data_end.35"
  br i1 %".1967", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".1969" = getelementptr i8, ptr %"hdr.25", i64 4
  %".1970" = load i16, ptr %".1969", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".1970", %"hsr_d0_vlan_tags2.linear"], [%".1989", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.35", %"hsr_d0_vlan_tags2.linear"], [%"data.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.35", %"hsr_d0_vlan_tags2.linear"], [%"data_end.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.35", %"hsr_d0_vlan_tags2.linear"], [%"keys.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".1991" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1992" = zext i16 %".1991" to i64
  %".1993" = trunc i64 %".1992" to i16
  %".1994" = call i16 @"llvm.bswap.i16"(i16 %".1993")
  %".1995" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1994", ptr %".1995", align 2
  %".1997" = add i64 %"cursor.28", 6
  %".1998" = trunc i64 %".1997" to i16
  %".1999" = getelementptr i8, ptr %"keys.97", i64 0
  store i16 %".1998", ptr %".1999", align 2
  %".2001" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2002" = zext i16 %".2001" to i64
  switch i64 %".2002", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
mpls_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".406" = trunc i64 %"cursor.4" to i32
  %".407" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".406", [40 x i8]* %"header_copy", i32 4)
  %".408" = icmp eq i64 %".407", 0
  %".409" = getelementptr i8, ptr %"ctx.4", i64 76
  %".410" = load i32, ptr %".409", align 4
  %".411" = zext i32 %".410" to i64
  %"data.36" = inttoptr i64 %".411" to ptr
  %".412" = getelementptr i8, ptr %"ctx.4", i64 80
  %".413" = load i32, ptr %".412", align 4
  %".414" = zext i32 %".413" to i64
  %"data_end.36" = inttoptr i64 %".414" to ptr
  %".415" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.36" = load ptr, ptr %".415", align 8
  %".416" = xor i1 %".408", -1
  br i1 %".416", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".418" = trunc i64 %".399" to i16
  %".419" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".418", ptr %".419", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".422" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".423" = load volatile i8, [40 x i8]* %".422", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".429" = trunc i64 %".425" to i16
  %".430" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".429", ptr %".430", align 2
  br label %"return"
mpls_mpls_labels1.to_mpls:
  %".433" = trunc i64 %".425" to i16
  %".434" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".433", ptr %".434", align 2
  br label %"return"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".447" = trunc i64 %"cursor.5" to i32
  %".448" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".447", [40 x i8]* %"header_copy", i32 8)
  %".449" = icmp eq i64 %".448", 0
  %".450" = getelementptr i8, ptr %"ctx.5", i64 76
  %".451" = load i32, ptr %".450", align 4
  %".452" = zext i32 %".451" to i64
  %"data.38" = inttoptr i64 %".452" to ptr
  %".453" = getelementptr i8, ptr %"ctx.5", i64 80
  %".454" = load i32, ptr %".453", align 4
  %".455" = zext i32 %".454" to i64
  %"data_end.38" = inttoptr i64 %".455" to ptr
  %".456" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.38" = load ptr, ptr %".456", align 8
  %".457" = xor i1 %".449", -1
  br i1 %".457", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".459" = trunc i64 %"cursor.5" to i16
  %".460" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".459", ptr %".460", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".463" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".464" = load volatile i8, [40 x i8]* %".463", align 1
  %".465" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".466" = load volatile i8, [40 x i8]* %".465", align 1
  %".467" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".468" = load volatile i16, [40 x i8]* %".467", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".483" = trunc i64 %"cursor.5" to i16
  %".484" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".483", ptr %".484", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".487" = add i64 %"cursor.5", 8
  %".488" = trunc i64 %".487" to i16
  %".489" = getelementptr i8, ptr %"keys.39", i64 0
  store i16 %".488", ptr %".489", align 2
  %".491" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".492" = zext i16 %".491" to i64
  switch i64 %".492", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.unknown:
  %".494" = and i64 %".492", 257
  %".495" = icmp eq i64 %".494", 1
  br i1 %".495", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv4:
  %".501" = trunc i64 2048 to i16
  %".502" = call i16 @"llvm.bswap.i16"(i16 %".501")
  %".503" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".502", ptr %".503", align 2
  br label %"ipv4_d0"
pppoe_d0.to_ipv6:
  %".506" = trunc i64 34525 to i16
  %".507" = call i16 @"llvm.bswap.i16"(i16 %".506")
  %".508" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".507", ptr %".508", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".511" = trunc i64 34887 to i16
  %".512" = call i16 @"llvm.bswap.i16"(i16 %".511")
  %".513" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".512", ptr %".513", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".516" = trunc i64 34888 to i16
  %".517" = call i16 @"llvm.bswap.i16"(i16 %".516")
  %".518" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".517", ptr %".518", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".497" = trunc i64 %".487" to i16
  %".498" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".497", ptr %".498", align 2
  br label %"return"
ppp_other:
  %"cursor.29" = phi  i64 [%".487", %"pppoe_d0.to_ppp_other"], [%".2149", %"pppoe_d1.to_ppp_other"]
  %"data.40" = phi  ptr [%"data.39", %"pppoe_d0.to_ppp_other"], [%"data.103", %"pppoe_d1.to_ppp_other"]
  %"data_end.40" = phi  ptr [%"data_end.39", %"pppoe_d0.to_ppp_other"], [%"data_end.103", %"pppoe_d1.to_ppp_other"]
  %"keys.40" = phi  ptr [%"keys.39", %"pppoe_d0.to_ppp_other"], [%"keys.103", %"pppoe_d1.to_ppp_other"]
  %".2036" = add i64 %"cursor.29", 0
  %".2037" = trunc i64 %".2036" to i16
  %".2038" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".2037", ptr %".2038", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".531" = trunc i64 %"cursor.7" to i32
  %".532" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".531", [40 x i8]* %"header_copy", i32 34)
  %".533" = icmp eq i64 %".532", 0
  %".534" = getelementptr i8, ptr %"ctx.6", i64 76
  %".535" = load i32, ptr %".534", align 4
  %".536" = zext i32 %".535" to i64
  %"data.41" = inttoptr i64 %".536" to ptr
  %".537" = getelementptr i8, ptr %"ctx.6", i64 80
  %".538" = load i32, ptr %".537", align 4
  %".539" = zext i32 %".538" to i64
  %"data_end.41" = inttoptr i64 %".539" to ptr
  %".540" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.41" = load ptr, ptr %".540", align 8
  %".541" = xor i1 %".533", -1
  br i1 %".541", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".543" = trunc i64 %"cursor.7" to i16
  %".544" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".543", ptr %".544", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".562" = trunc i64 %"cursor.9" to i32
  %".563" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".562", [40 x i8]* %"header_copy", i32 16)
  %".564" = icmp eq i64 %".563", 0
  %".565" = getelementptr i8, ptr %"ctx.7", i64 76
  %".566" = load i32, ptr %".565", align 4
  %".567" = zext i32 %".566" to i64
  %"data.43" = inttoptr i64 %".567" to ptr
  %".568" = getelementptr i8, ptr %"ctx.7", i64 80
  %".569" = load i32, ptr %".568", align 4
  %".570" = zext i32 %".569" to i64
  %"data_end.43" = inttoptr i64 %".570" to ptr
  %".571" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.43" = load ptr, ptr %".571", align 8
  %".572" = xor i1 %".564", -1
  br i1 %".572", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".574" = trunc i64 %"cursor.9" to i16
  %".575" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".574", ptr %".575", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".587" = trunc i64 %"cursor.10" to i32
  %".588" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".587", [40 x i8]* %"header_copy", i32 38)
  %".589" = icmp eq i64 %".588", 0
  %".590" = getelementptr i8, ptr %"ctx.8", i64 76
  %".591" = load i32, ptr %".590", align 4
  %".592" = zext i32 %".591" to i64
  %"data.45" = inttoptr i64 %".592" to ptr
  %".593" = getelementptr i8, ptr %"ctx.8", i64 80
  %".594" = load i32, ptr %".593", align 4
  %".595" = zext i32 %".594" to i64
  %"data_end.45" = inttoptr i64 %".595" to ptr
  %".596" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.45" = load ptr, ptr %".596", align 8
  %".597" = xor i1 %".589", -1
  br i1 %".597", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".599" = trunc i64 %"cursor.10" to i16
  %".600" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".599", ptr %".600", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".615" = trunc i64 %"cursor.11" to i32
  %".616" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".615", [40 x i8]* %"header_copy", i32 6)
  %".617" = icmp eq i64 %".616", 0
  %".618" = getelementptr i8, ptr %"ctx.9", i64 76
  %".619" = load i32, ptr %".618", align 4
  %".620" = zext i32 %".619" to i64
  %"data.47" = inttoptr i64 %".620" to ptr
  %".621" = getelementptr i8, ptr %"ctx.9", i64 80
  %".622" = load i32, ptr %".621", align 4
  %".623" = zext i32 %".622" to i64
  %"data_end.47" = inttoptr i64 %".623" to ptr
  %".624" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.47" = load ptr, ptr %".624", align 8
  %".625" = xor i1 %".617", -1
  br i1 %".625", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".627" = trunc i64 %"cursor.11" to i16
  %".628" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".627", ptr %".628", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".631" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".632" = load volatile i16, [40 x i8]* %".631", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".647" = trunc i64 %".640" to i16
  %".648" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".647", ptr %".648", align 2
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
  %".677" = trunc i64 %"cursor.12" to i32
  %".678" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".677", [40 x i8]* %"header_copy", i32 24)
  %".679" = icmp eq i64 %".678", 0
  %".680" = getelementptr i8, ptr %"ctx.10", i64 76
  %".681" = load i32, ptr %".680", align 4
  %".682" = zext i32 %".681" to i64
  %"data.49" = inttoptr i64 %".682" to ptr
  %".683" = getelementptr i8, ptr %"ctx.10", i64 80
  %".684" = load i32, ptr %".683", align 4
  %".685" = zext i32 %".684" to i64
  %"data_end.49" = inttoptr i64 %".685" to ptr
  %".686" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.49" = load ptr, ptr %".686", align 8
  %".687" = xor i1 %".679", -1
  br i1 %".687", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".689" = trunc i64 %"cursor.12" to i16
  %".690" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".689", ptr %".690", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".693" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".694" = load volatile i8, [40 x i8]* %".693", align 1
  %".695" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".696" = load volatile i8, [40 x i8]* %".695", align 1
  %".697" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".698" = load volatile i16, [40 x i8]* %".697", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".707" = trunc i64 %"cursor.12" to i16
  %".708" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".707", ptr %".708", align 2
  br label %"return"
batadv_d0.require.endif:
  %".711" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".712" = zext i16 %".711" to i64
  %".713" = trunc i64 %".712" to i16
  %".714" = call i16 @"llvm.bswap.i16"(i16 %".713")
  %".715" = getelementptr i8, ptr %"keys.50", i64 10
  store i16 %".714", ptr %".715", align 2
  %".717" = add i64 %"cursor.12", 24
  %".718" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".719" = zext i16 %".718" to i64
  switch i64 %".719", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 33024, label %"batadv_d0.to_vlan" i64 34984, label %"batadv_d0.to_vlan.1" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe" i64 35119, label %"batadv_d0.to_hsr" i64 35067, label %"batadv_d0.to_hsr.1" i64 17157, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.unknown:
  %".721" = trunc i64 %".717" to i16
  %".722" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".721", ptr %".722", align 2
  br label %"return"
batadv_d0.to_ipv4:
  %".725" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".725", align 1
  %".727" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.6" = load volatile i32, ptr %".727", align 4
  %".728" = and i32 %"flags.6", 4
  %".729" = icmp ne i32 %".728", 0
  br i1 %".729", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.to_ipv6:
  %".736" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".736", align 1
  %".738" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.7" = load volatile i32, ptr %".738", align 4
  %".739" = and i32 %"flags.7", 4
  %".740" = icmp ne i32 %".739", 0
  br i1 %".740", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".747" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".747", align 1
  %".749" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.8" = load volatile i32, ptr %".749", align 4
  %".750" = and i32 %"flags.8", 4
  %".751" = icmp ne i32 %".750", 0
  br i1 %".751", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".758" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".758", align 1
  %".760" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.9" = load volatile i32, ptr %".760", align 4
  %".761" = and i32 %"flags.9", 4
  %".762" = icmp ne i32 %".761", 0
  br i1 %".762", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".769" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".769", align 1
  %".771" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.10" = load volatile i32, ptr %".771", align 4
  %".772" = and i32 %"flags.10", 4
  %".773" = icmp ne i32 %".772", 0
  br i1 %".773", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".780" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".780", align 1
  %".782" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.11" = load volatile i32, ptr %".782", align 4
  %".783" = and i32 %"flags.11", 4
  %".784" = icmp ne i32 %".783", 0
  br i1 %".784", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".791" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".791", align 1
  %".793" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.12" = load volatile i32, ptr %".793", align 4
  %".794" = and i32 %"flags.12", 4
  %".795" = icmp ne i32 %".794", 0
  br i1 %".795", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".802" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".802", align 1
  %".804" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.13" = load volatile i32, ptr %".804", align 4
  %".805" = and i32 %"flags.13", 4
  %".806" = icmp ne i32 %".805", 0
  br i1 %".806", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".813" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".813", align 1
  %".815" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.14" = load volatile i32, ptr %".815", align 4
  %".816" = and i32 %"flags.14", 4
  %".817" = icmp ne i32 %".816", 0
  br i1 %".817", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".824" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".824", align 1
  %".826" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.15" = load volatile i32, ptr %".826", align 4
  %".827" = and i32 %"flags.15", 4
  %".828" = icmp ne i32 %".827", 0
  br i1 %".828", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".835" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".835", align 1
  %".837" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.16" = load volatile i32, ptr %".837", align 4
  %".838" = and i32 %"flags.16", 4
  %".839" = icmp ne i32 %".838", 0
  br i1 %".839", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".846" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".846", align 1
  %".848" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.17" = load volatile i32, ptr %".848", align 4
  %".849" = and i32 %"flags.17", 4
  %".850" = icmp ne i32 %".849", 0
  br i1 %".850", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".857" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".857", align 1
  %".859" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.18" = load volatile i32, ptr %".859", align 4
  %".860" = and i32 %"flags.18", 4
  %".861" = icmp ne i32 %".860", 0
  br i1 %".861", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".868" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".868", align 1
  %".870" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.19" = load volatile i32, ptr %".870", align 4
  %".871" = and i32 %"flags.19", 4
  %".872" = icmp ne i32 %".871", 0
  br i1 %".872", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".879" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".879", align 1
  %".881" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.20" = load volatile i32, ptr %".881", align 4
  %".882" = and i32 %"flags.20", 4
  %".883" = icmp ne i32 %".882", 0
  br i1 %".883", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".890" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".890", align 1
  %".892" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.21" = load volatile i32, ptr %".892", align 4
  %".893" = and i32 %"flags.21", 4
  %".894" = icmp ne i32 %".893", 0
  br i1 %".894", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".731" = trunc i64 %".717" to i16
  %".732" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".731", ptr %".732", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".742" = trunc i64 %".717" to i16
  %".743" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".742", ptr %".743", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".753" = trunc i64 %".717" to i16
  %".754" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".753", ptr %".754", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.30" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.2"], [%".717", %"batadv_d0.stop_at_encap.endif.3"], [%"end.3", %"gre_d0.to_vlan"], [%"end.3", %"gre_d0.to_vlan.1"], [%".3346", %"ethernet_d1.to_vlan"], [%".3346", %"ethernet_d1.to_vlan.1"], [%".4599", %"widening.test.12"]
  %"data.51" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data.109", %"gre_d0.to_vlan"], [%"data.109", %"gre_d0.to_vlan.1"], [%"data.135", %"ethernet_d1.to_vlan"], [%"data.135", %"ethernet_d1.to_vlan.1"], [%"data.172", %"widening.test.12"]
  %"data_end.51" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.109", %"gre_d0.to_vlan"], [%"data_end.109", %"gre_d0.to_vlan.1"], [%"data_end.135", %"ethernet_d1.to_vlan"], [%"data_end.135", %"ethernet_d1.to_vlan.1"], [%"data_end.172", %"widening.test.12"]
  %"keys.51" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.109", %"gre_d0.to_vlan"], [%"keys.109", %"gre_d0.to_vlan.1"], [%"keys.135", %"ethernet_d1.to_vlan"], [%"keys.135", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.12"]
  %"hdr.26" = getelementptr i8, ptr %"data.51", i64 %"cursor.30"
  %".2041" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2042" = icmp ugt ptr %".2041", %"data_end.51"
  br i1 %".2042", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2044" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2045" = load i16, ptr %".2044", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".2045", %"vlan_d1_vlan_tags1.linear"], [%".2064", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.51", %"vlan_d1_vlan_tags1.linear"], [%"data.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.51", %"vlan_d1_vlan_tags1.linear"], [%"data_end.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.51", %"vlan_d1_vlan_tags1.linear"], [%"keys.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2066" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2067" = zext i16 %".2066" to i64
  %".2068" = trunc i64 %".2067" to i16
  %".2069" = call i16 @"llvm.bswap.i16"(i16 %".2068")
  %".2070" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".2069", ptr %".2070", align 2
  %".2072" = add i64 %"cursor.30", 4
  %".2073" = trunc i64 %".2072" to i16
  %".2074" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".2073", ptr %".2074", align 2
  %".2076" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2077" = zext i16 %".2076" to i64
  switch i64 %".2077", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0.stop_at_encap.3:
  %".764" = trunc i64 %".717" to i16
  %".765" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".764", ptr %".765", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".775" = trunc i64 %".717" to i16
  %".776" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".775", ptr %".776", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.5:
  %".786" = trunc i64 %".717" to i16
  %".787" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".786", ptr %".787", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".797" = trunc i64 %".717" to i16
  %".798" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".797", ptr %".798", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.31" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.6"], [%".2072", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2215", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.3", %"gre_d0.to_pppoe"], [%".3206", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3276", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3346", %"ethernet_d1.to_pppoe"], [%".4698", %"widening.test.21"]
  %"data.52" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.109", %"gre_d0.to_pppoe"], [%"data.131", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.133", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.135", %"ethernet_d1.to_pppoe"], [%"data.181", %"widening.test.21"]
  %"data_end.52" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.109", %"gre_d0.to_pppoe"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.135", %"ethernet_d1.to_pppoe"], [%"data_end.181", %"widening.test.21"]
  %"keys.52" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.109", %"gre_d0.to_pppoe"], [%"keys.131", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.133", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.135", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.21"]
  %"hdr.27" = getelementptr i8, ptr %"data.52", i64 %"cursor.31"
  %".2099" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2100" = icmp ugt ptr %".2099", %"data_end.52"
  br i1 %".2100", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2102" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2103" = load i8, ptr %".2102", align 1
  %".2104" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2105" = load i8, ptr %".2104", align 1
  %".2106" = getelementptr i8, ptr %"hdr.27", i64 6
  %".2107" = load i16, ptr %".2106", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".2103", %"pppoe_d1.linear"], [%".2126", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2105", %"pppoe_d1.linear"], [%".2128", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2107", %"pppoe_d1.linear"], [%".2130", %"pppoe_d1.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.52", %"pppoe_d1.linear"], [%"data.102", %"pppoe_d1.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.52", %"pppoe_d1.linear"], [%"data_end.102", %"pppoe_d1.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.52", %"pppoe_d1.linear"], [%"keys.102", %"pppoe_d1.copy_failed.endif"]
  %".2132" = zext i8 %"w0_1.7" to i64
  %".2133" = lshr i64 %".2132", 4
  %".2134" = and i64 %".2133", 15
  %".2135" = icmp eq i64 %".2134", 1
  %".2136" = zext i8 %"w0_1.7" to i64
  %".2137" = and i64 %".2136", 15
  %".2138" = icmp eq i64 %".2137", 1
  %".2139" = and i1 %".2135", %".2138"
  %".2140" = zext i8 %"w1_1.4" to i64
  %".2141" = icmp eq i64 %".2140", 0
  %".2142" = and i1 %".2139", %".2141"
  %".2143" = xor i1 %".2142", -1
  br i1 %".2143", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".808" = trunc i64 %".717" to i16
  %".809" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".808", ptr %".809", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".819" = trunc i64 %".717" to i16
  %".820" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".819", ptr %".820", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".830" = trunc i64 %".717" to i16
  %".831" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".830", ptr %".831", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".841" = trunc i64 %".717" to i16
  %".842" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".841", ptr %".842", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".852" = trunc i64 %".717" to i16
  %".853" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".852", ptr %".853", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".863" = trunc i64 %".717" to i16
  %".864" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".863", ptr %".864", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".874" = trunc i64 %".717" to i16
  %".875" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".874", ptr %".875", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.13"], [%".717", %"batadv_d0.stop_at_encap.endif.14"], [%"end.3", %"gre_d0.to_hsr"], [%"end.3", %"gre_d0.to_hsr.1"], [%".3346", %"ethernet_d1.to_hsr"], [%".3346", %"ethernet_d1.to_hsr.1"], [%".4588", %"widening.test.11"]
  %"data.53" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data.109", %"gre_d0.to_hsr"], [%"data.109", %"gre_d0.to_hsr.1"], [%"data.135", %"ethernet_d1.to_hsr"], [%"data.135", %"ethernet_d1.to_hsr.1"], [%"data.171", %"widening.test.11"]
  %"data_end.53" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.109", %"gre_d0.to_hsr"], [%"data_end.109", %"gre_d0.to_hsr.1"], [%"data_end.135", %"ethernet_d1.to_hsr"], [%"data_end.135", %"ethernet_d1.to_hsr.1"], [%"data_end.171", %"widening.test.11"]
  %"keys.53" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.109", %"gre_d0.to_hsr"], [%"keys.109", %"gre_d0.to_hsr.1"], [%"keys.135", %"ethernet_d1.to_hsr"], [%"keys.135", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.11"]
  %"hdr.28" = getelementptr i8, ptr %"data.53", i64 %"cursor.32"
  %".2184" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2185" = icmp ugt ptr %".2184", %"data_end.53"
  br i1 %".2185", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2187" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2188" = load i16, ptr %".2187", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2188", %"hsr_d1_vlan_tags1.linear"], [%".2207", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.53", %"hsr_d1_vlan_tags1.linear"], [%"data.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.53", %"hsr_d1_vlan_tags1.linear"], [%"data_end.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.53", %"hsr_d1_vlan_tags1.linear"], [%"keys.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2209" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2210" = zext i16 %".2209" to i64
  %".2211" = trunc i64 %".2210" to i16
  %".2212" = call i16 @"llvm.bswap.i16"(i16 %".2211")
  %".2213" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2212", ptr %".2213", align 2
  %".2215" = add i64 %"cursor.32", 6
  %".2216" = trunc i64 %".2215" to i16
  %".2217" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2216", ptr %".2217", align 2
  %".2219" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2220" = zext i16 %".2219" to i64
  switch i64 %".2220", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
batadv_d0.stop_at_encap.14:
  %".885" = trunc i64 %".717" to i16
  %".886" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".885", ptr %".886", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".896" = trunc i64 %".717" to i16
  %".897" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".896", ptr %".897", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  br label %"batadv_d1"
batadv_d1:
  %"cursor.33" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.15"], [%".2072", %"vlan_d1_vlan_tags1.to_batadv"], [%".2215", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.3", %"gre_d0.to_batadv"], [%".3206", %"vlan_d1_vlan_tags2.to_batadv"], [%".3276", %"hsr_d1_vlan_tags2.to_batadv"], [%".3346", %"ethernet_d1.to_batadv"], [%".4632", %"widening.test.15"]
  %"data.54" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.109", %"gre_d0.to_batadv"], [%"data.131", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.133", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.135", %"ethernet_d1.to_batadv"], [%"data.175", %"widening.test.15"]
  %"data_end.54" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.109", %"gre_d0.to_batadv"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.135", %"ethernet_d1.to_batadv"], [%"data_end.175", %"widening.test.15"]
  %"keys.54" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.109", %"gre_d0.to_batadv"], [%"keys.131", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.133", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.135", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.15"]
  %"hdr.29" = getelementptr i8, ptr %"data.54", i64 %"cursor.33"
  %".2242" = getelementptr i8, ptr %"hdr.29", i64 24
  %".2243" = icmp ugt ptr %".2242", %"data_end.54"
  br i1 %".2243", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2245" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2246" = load i8, ptr %".2245", align 1
  %".2247" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2248" = load i8, ptr %".2247", align 1
  %".2249" = getelementptr i8, ptr %"hdr.29", i64 22
  %".2250" = load i16, ptr %".2249", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.8" = phi  i8 [%".2246", %"batadv_d1.linear"], [%".2269", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2248", %"batadv_d1.linear"], [%".2271", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2250", %"batadv_d1.linear"], [%".2273", %"batadv_d1.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.54", %"batadv_d1.linear"], [%"data.106", %"batadv_d1.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.54", %"batadv_d1.linear"], [%"data_end.106", %"batadv_d1.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.54", %"batadv_d1.linear"], [%"keys.106", %"batadv_d1.copy_failed.endif"]
  %".2275" = zext i8 %"w1_1.5" to i64
  %".2276" = icmp eq i64 %".2275", 15
  %".2277" = zext i8 %"w0_1.8" to i64
  %".2278" = icmp eq i64 %".2277", 64
  %".2279" = and i1 %".2276", %".2278"
  %".2280" = xor i1 %".2279", -1
  br i1 %".2280", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".909" = trunc i64 %"cursor.13" to i32
  %".910" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".909", [40 x i8]* %"header_copy", i32 4)
  %".911" = icmp eq i64 %".910", 0
  %".912" = getelementptr i8, ptr %"ctx.11", i64 76
  %".913" = load i32, ptr %".912", align 4
  %".914" = zext i32 %".913" to i64
  %"data.55" = inttoptr i64 %".914" to ptr
  %".915" = getelementptr i8, ptr %"ctx.11", i64 80
  %".916" = load i32, ptr %".915", align 4
  %".917" = zext i32 %".916" to i64
  %"data_end.55" = inttoptr i64 %".917" to ptr
  %".918" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.55" = load ptr, ptr %".918", align 8
  %".919" = xor i1 %".911", -1
  br i1 %".919", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".921" = trunc i64 %"cursor.13" to i16
  %".922" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".921", ptr %".922", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".925" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".926" = load volatile i16, [40 x i8]* %".925", align 2
  %".927" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".928" = load volatile i16, [40 x i8]* %".927", align 2
  br label %"tcp.header"
udp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".954" = trunc i64 %"cursor.14" to i32
  %".955" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".954", [40 x i8]* %"header_copy", i32 4)
  %".956" = icmp eq i64 %".955", 0
  %".957" = getelementptr i8, ptr %"ctx.12", i64 76
  %".958" = load i32, ptr %".957", align 4
  %".959" = zext i32 %".958" to i64
  %"data.57" = inttoptr i64 %".959" to ptr
  %".960" = getelementptr i8, ptr %"ctx.12", i64 80
  %".961" = load i32, ptr %".960", align 4
  %".962" = zext i32 %".961" to i64
  %"data_end.57" = inttoptr i64 %".962" to ptr
  %".963" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.57" = load ptr, ptr %".963", align 8
  %".964" = xor i1 %".956", -1
  br i1 %".964", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".966" = trunc i64 %"cursor.14" to i16
  %".967" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".966", ptr %".967", align 2
  br label %"return"
udp.copy_failed.endif:
  %".970" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".971" = load volatile i16, [40 x i8]* %".970", align 2
  %".972" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".973" = load volatile i16, [40 x i8]* %".972", align 2
  br label %"udp.header"
udp.copy_last_byte:
  %".993" = add i64 %"cursor.14", %".988"
  %".994" = sub i64 %".993", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".995" = trunc i64 %".994" to i32
  %".996" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".995", i64* %"last_byte", i32 1)
  %".997" = icmp eq i64 %".996", 0
  %".998" = getelementptr i8, ptr %"ctx.13", i64 76
  %".999" = load i32, ptr %".998", align 4
  %".1000" = zext i32 %".999" to i64
  %"data.59" = inttoptr i64 %".1000" to ptr
  %".1001" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1002" = load i32, ptr %".1001", align 4
  %".1003" = zext i32 %".1002" to i64
  %"data_end.59" = inttoptr i64 %".1003" to ptr
  %".1004" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.59" = load ptr, ptr %".1004", align 8
  %".1005" = xor i1 %".997", -1
  br i1 %".1005", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".1007" = trunc i64 %"cursor.14" to i16
  %".1008" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1007", ptr %".1008", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1025" = trunc i64 %"cursor.15" to i32
  %".1026" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1025", [40 x i8]* %"header_copy", i32 4)
  %".1027" = icmp eq i64 %".1026", 0
  %".1028" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1029" = load i32, ptr %".1028", align 4
  %".1030" = zext i32 %".1029" to i64
  %"data.61" = inttoptr i64 %".1030" to ptr
  %".1031" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1032" = load i32, ptr %".1031", align 4
  %".1033" = zext i32 %".1032" to i64
  %"data_end.61" = inttoptr i64 %".1033" to ptr
  %".1034" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.61" = load ptr, ptr %".1034", align 8
  %".1035" = xor i1 %".1027", -1
  br i1 %".1035", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1037" = trunc i64 %"cursor.15" to i16
  %".1038" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1037", ptr %".1038", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1041" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1042" = load volatile i16, [40 x i8]* %".1041", align 2
  %".1043" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1044" = load volatile i16, [40 x i8]* %".1043", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1064" = add i64 %"cursor.15", %".1059"
  %".1065" = sub i64 %".1064", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1066" = trunc i64 %".1065" to i32
  %".1067" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1066", i64* %"last_byte", i32 1)
  %".1068" = icmp eq i64 %".1067", 0
  %".1069" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1070" = load i32, ptr %".1069", align 4
  %".1071" = zext i32 %".1070" to i64
  %"data.63" = inttoptr i64 %".1071" to ptr
  %".1072" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1073" = load i32, ptr %".1072", align 4
  %".1074" = zext i32 %".1073" to i64
  %"data_end.63" = inttoptr i64 %".1074" to ptr
  %".1075" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.63" = load ptr, ptr %".1075", align 8
  %".1076" = xor i1 %".1068", -1
  br i1 %".1076", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1078" = trunc i64 %"cursor.15" to i16
  %".1079" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1078", ptr %".1079", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1098" = trunc i64 %"cursor.16" to i32
  %".1099" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1098", [40 x i8]* %"header_copy", i32 4)
  %".1100" = icmp eq i64 %".1099", 0
  %".1101" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1102" = load i32, ptr %".1101", align 4
  %".1103" = zext i32 %".1102" to i64
  %"data.65" = inttoptr i64 %".1103" to ptr
  %".1104" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1105" = load i32, ptr %".1104", align 4
  %".1106" = zext i32 %".1105" to i64
  %"data_end.65" = inttoptr i64 %".1106" to ptr
  %".1107" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.65" = load ptr, ptr %".1107", align 8
  %".1108" = xor i1 %".1100", -1
  br i1 %".1108", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1110" = trunc i64 %"cursor.16" to i16
  %".1111" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1110", ptr %".1111", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1114" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1115" = load volatile i8, [40 x i8]* %".1114", align 1
  %".1116" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1117" = load volatile i8, [40 x i8]* %".1116", align 1
  %".1118" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1119" = load volatile i16, [40 x i8]* %".1118", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1130" = trunc i64 %"cursor.16" to i16
  %".1131" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1130", ptr %".1131", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1134" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1135" = zext i16 %".1134" to i64
  %".1136" = trunc i64 %".1135" to i16
  %".1137" = call i16 @"llvm.bswap.i16"(i16 %".1136")
  %".1138" = getelementptr i8, ptr %"keys.66", i64 10
  store i16 %".1137", ptr %".1138", align 2
  %".1140" = zext i8 %"w1_1.2" to i64
  %".1141" = and i64 %".1140", 7
  switch i64 %".1141", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1143" = trunc i64 %"cursor.16" to i16
  %".1144" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1143", ptr %".1144", align 2
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
  %".2524" = zext i8 %"w1_1.2" to i64
  %".2525" = and i64 %".2524", 7
  %".2526" = icmp ne i64 %".2525", 0
  %".2527" = zext i8 %"w0_1.3" to i64
  %".2528" = lshr i64 %".2527", 6
  %".2529" = and i64 %".2528", 1
  %".2530" = icmp ne i64 %".2529", 0
  %".2531" = or i1 %".2526", %".2530"
  br i1 %".2531", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.35" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.68" = phi  ptr [%"data.66", %"gre_version_d0.to_pptp"]
  %"data_end.68" = phi  ptr [%"data_end.66", %"gre_version_d0.to_pptp"]
  %"keys.68" = phi  ptr [%"keys.66", %"gre_version_d0.to_pptp"]
  %".2618" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2619" = zext i16 %".2618" to i64
  %".2620" = icmp ne i64 %".2619", 34827
  %".2621" = zext i8 %"w0_1.3" to i64
  %".2622" = lshr i64 %".2621", 5
  %".2623" = and i64 %".2622", 1
  %".2624" = icmp eq i64 %".2623", 0
  %".2625" = or i1 %".2620", %".2624"
  br i1 %".2625", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1157" = trunc i64 %"cursor.17" to i32
  %".1158" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1157", [40 x i8]* %"header_copy", i32 4)
  %".1159" = icmp eq i64 %".1158", 0
  %".1160" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1161" = load i32, ptr %".1160", align 4
  %".1162" = zext i32 %".1161" to i64
  %"data.69" = inttoptr i64 %".1162" to ptr
  %".1163" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1164" = load i32, ptr %".1163", align 4
  %".1165" = zext i32 %".1164" to i64
  %"data_end.69" = inttoptr i64 %".1165" to ptr
  %".1166" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.69" = load ptr, ptr %".1166", align 8
  %".1167" = xor i1 %".1159", -1
  br i1 %".1167", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1169" = trunc i64 %"cursor.17" to i16
  %".1170" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1169", ptr %".1170", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1173" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1174" = load volatile i16, [40 x i8]* %".1173", align 2
  %".1175" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1176" = load volatile i16, [40 x i8]* %".1175", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1203" = trunc i64 %"cursor.18" to i32
  %".1204" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1203", [40 x i8]* %"header_copy", i32 4)
  %".1205" = icmp eq i64 %".1204", 0
  %".1206" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1207" = load i32, ptr %".1206", align 4
  %".1208" = zext i32 %".1207" to i64
  %"data.71" = inttoptr i64 %".1208" to ptr
  %".1209" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1210" = load i32, ptr %".1209", align 4
  %".1211" = zext i32 %".1210" to i64
  %"data_end.71" = inttoptr i64 %".1211" to ptr
  %".1212" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.71" = load ptr, ptr %".1212", align 8
  %".1213" = xor i1 %".1205", -1
  br i1 %".1213", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1215" = trunc i64 %"cursor.18" to i16
  %".1216" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1215", ptr %".1216", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1219" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1220" = load volatile i16, [40 x i8]* %".1219", align 2
  %".1221" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1222" = load volatile i16, [40 x i8]* %".1221", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1247" = trunc i64 %"cursor.19" to i32
  %".1248" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1247", [40 x i8]* %"header_copy", i32 4)
  %".1249" = icmp eq i64 %".1248", 0
  %".1250" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1251" = load i32, ptr %".1250", align 4
  %".1252" = zext i32 %".1251" to i64
  %"data.73" = inttoptr i64 %".1252" to ptr
  %".1253" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1254" = load i32, ptr %".1253", align 4
  %".1255" = zext i32 %".1254" to i64
  %"data_end.73" = inttoptr i64 %".1255" to ptr
  %".1256" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.73" = load ptr, ptr %".1256", align 8
  %".1257" = xor i1 %".1249", -1
  br i1 %".1257", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1259" = trunc i64 %"cursor.19" to i16
  %".1260" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1259", ptr %".1260", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1263" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1264" = load volatile i32, [40 x i8]* %".1263", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1291" = trunc i64 %"cursor.20" to i32
  %".1292" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1291", [40 x i8]* %"header_copy", i32 8)
  %".1293" = icmp eq i64 %".1292", 0
  %".1294" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1295" = load i32, ptr %".1294", align 4
  %".1296" = zext i32 %".1295" to i64
  %"data.75" = inttoptr i64 %".1296" to ptr
  %".1297" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1298" = load i32, ptr %".1297", align 4
  %".1299" = zext i32 %".1298" to i64
  %"data_end.75" = inttoptr i64 %".1299" to ptr
  %".1300" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.75" = load ptr, ptr %".1300", align 8
  %".1301" = xor i1 %".1293", -1
  br i1 %".1301", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1303" = trunc i64 %"cursor.20" to i16
  %".1304" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1303", ptr %".1304", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1307" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1308" = load volatile i32, [40 x i8]* %".1307", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1333" = trunc i64 %"cursor.21" to i32
  %".1334" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1333", [40 x i8]* %"header_copy", i32 4)
  %".1335" = icmp eq i64 %".1334", 0
  %".1336" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1337" = load i32, ptr %".1336", align 4
  %".1338" = zext i32 %".1337" to i64
  %"data.77" = inttoptr i64 %".1338" to ptr
  %".1339" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1340" = load i32, ptr %".1339", align 4
  %".1341" = zext i32 %".1340" to i64
  %"data_end.77" = inttoptr i64 %".1341" to ptr
  %".1342" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.77" = load ptr, ptr %".1342", align 8
  %".1343" = xor i1 %".1335", -1
  br i1 %".1343", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1345" = trunc i64 %"cursor.21" to i16
  %".1346" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1345", ptr %".1346", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1369" = trunc i64 %"cursor.22" to i32
  %".1370" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1369", [40 x i8]* %"header_copy", i32 20)
  %".1371" = icmp eq i64 %".1370", 0
  %".1372" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1373" = load i32, ptr %".1372", align 4
  %".1374" = zext i32 %".1373" to i64
  %"data.79" = inttoptr i64 %".1374" to ptr
  %".1375" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1376" = load i32, ptr %".1375", align 4
  %".1377" = zext i32 %".1376" to i64
  %"data_end.79" = inttoptr i64 %".1377" to ptr
  %".1378" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.79" = load ptr, ptr %".1378", align 8
  %".1379" = xor i1 %".1371", -1
  br i1 %".1379", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1381" = trunc i64 %"cursor.22" to i16
  %".1382" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1381", ptr %".1382", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1385" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1386" = load volatile i8, [40 x i8]* %".1385", align 1
  %".1387" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1388" = load volatile i16, [40 x i8]* %".1387", align 2
  %".1389" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1390" = load volatile i8, [40 x i8]* %".1389", align 1
  %".1391" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1392" = load volatile i32, [40 x i8]* %".1391", align 4
  %".1393" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1394" = load volatile i32, [40 x i8]* %".1393", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1401" = trunc i64 %"cursor.22" to i16
  %".1402" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1401", ptr %".1402", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1405" = trunc i64 2048 to i16
  %".1406" = getelementptr i8, ptr %"keys.80", i64 4
  store i16 %".1405", ptr %".1406", align 2
  %".1408" = trunc i64 2048 to i16
  %".1409" = call i16 @"llvm.bswap.i16"(i16 %".1408")
  %".1410" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1409", ptr %".1410", align 2
  %".1412" = getelementptr i8, ptr %"keys.80", i64 16
  store i32 %"w12_4.1", ptr %".1412", align 4
  %".1414" = getelementptr i8, ptr %"keys.80", i64 20
  store i32 %"w16_4.1", ptr %".1414", align 4
  %".1416" = zext i8 %"w9_1.1" to i64
  %".1417" = trunc i64 %".1416" to i8
  %".1418" = getelementptr i8, ptr %"keys.80", i64 9
  store i8 %".1417", ptr %".1418", align 1
  %".1420" = add i64 %"cursor.22", 20
  %".1421" = zext i8 %"w0_1.4" to i64
  %".1422" = and i64 %".1421", 15
  %".1423" = mul i64 %".1422", 4
  %".1424" = sub i64 %".1423", 20
  %".1425" = add i64 %".1424", 20
  %".1426" = add i64 %"cursor.22", %".1425"
  %".1427" = add i64 %"cursor.22", 20
  %".1428" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1427")
  %".1429" = icmp eq i64 %".1424", 0
  %"end.1" = select  i1 %".1429", i64 %".1428", i64 %".1426"
  %".1430" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1431" = zext i16 %".1430" to i64
  %".1432" = and i64 %".1431", 16383
  %".1433" = icmp ne i64 %".1432", 0
  %".1434" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1435" = zext i16 %".1434" to i64
  %".1436" = and i64 %".1435", 8191
  %".1437" = icmp eq i64 %".1436", 0
  br i1 %".1433", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.fragment:
  %".1439" = getelementptr i8, ptr %"keys.80", i64 6
  store i8 1, ptr %".1439", align 1
  br i1 %".1437", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1459" = zext i8 %"w9_1.1" to i64
  switch i64 %".1459", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.first_fragment:
  %".1442" = getelementptr i8, ptr %"keys.80", i64 7
  store i8 1, ptr %".1442", align 1
  %".1444" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.22" = load volatile i32, ptr %".1444", align 4
  %".1445" = and i32 %"flags.22", 1
  %".1446" = icmp ne i32 %".1445", 0
  %".1447" = xor i1 %".1446", -1
  br i1 %".1447", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1454" = trunc i64 %"end.1" to i16
  %".1455" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1454", ptr %".1455", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1449" = trunc i64 %"end.1" to i16
  %".1450" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1449", ptr %".1450", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1461" = trunc i64 %"end.1" to i16
  %".1462" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1461", ptr %".1462", align 2
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
  %".1474" = trunc i64 34887 to i16
  %".1475" = call i16 @"llvm.bswap.i16"(i16 %".1474")
  %".1476" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1475", ptr %".1476", align 2
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1479" = trunc i64 2048 to i16
  %".1480" = call i16 @"llvm.bswap.i16"(i16 %".1479")
  %".1481" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1480", ptr %".1481", align 2
  %".1483" = getelementptr i8, ptr %"keys.80", i64 8
  store i8 1, ptr %".1483", align 1
  %".1485" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.23" = load volatile i32, ptr %".1485", align 4
  %".1486" = and i32 %"flags.23", 4
  %".1487" = icmp ne i32 %".1486", 0
  br i1 %".1487", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1497" = trunc i64 34525 to i16
  %".1498" = call i16 @"llvm.bswap.i16"(i16 %".1497")
  %".1499" = getelementptr i8, ptr %"keys.80", i64 10
  store i16 %".1498", ptr %".1499", align 2
  %".1501" = getelementptr i8, ptr %"keys.80", i64 8
  store i8 1, ptr %".1501", align 1
  %".1503" = getelementptr i8, ptr %"keys.80", i64 48
  %"flags.24" = load volatile i32, ptr %".1503", align 4
  %".1504" = and i32 %"flags.24", 4
  %".1505" = icmp ne i32 %".1504", 0
  br i1 %".1505", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_version_d1:
  %"cursor.36" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1586", %"ipv6_d1.to_gre_version"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"end.11", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".4358", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".4841", %"widening.test.34"]
  %"data.81" = phi  ptr [%"data.80", %"ipv4_d1.to_gre_version"], [%"data.83", %"ipv6_d1.to_gre_version"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.194", %"widening.test.34"]
  %"data_end.81" = phi  ptr [%"data_end.80", %"ipv4_d1.to_gre_version"], [%"data_end.83", %"ipv6_d1.to_gre_version"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.194", %"widening.test.34"]
  %"keys.81" = phi  ptr [%"keys.80", %"ipv4_d1.to_gre_version"], [%"keys.83", %"ipv6_d1.to_gre_version"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.34"]
  %"hdr.30" = getelementptr i8, ptr %"data.81", i64 %"cursor.36"
  %".2682" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2683" = icmp ugt ptr %".2682", %"data_end.81"
  br i1 %".2683", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2685" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2686" = load i8, ptr %".2685", align 1
  %".2687" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2688" = load i8, ptr %".2687", align 1
  %".2689" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2690" = load i16, ptr %".2689", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.9" = phi  i8 [%".2686", %"gre_version_d1.linear"], [%".2709", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2688", %"gre_version_d1.linear"], [%".2711", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2690", %"gre_version_d1.linear"], [%".2713", %"gre_version_d1.copy_failed.endif"]
  %"data.115" = phi  ptr [%"data.81", %"gre_version_d1.linear"], [%"data.114", %"gre_version_d1.copy_failed.endif"]
  %"data_end.115" = phi  ptr [%"data_end.81", %"gre_version_d1.linear"], [%"data_end.114", %"gre_version_d1.copy_failed.endif"]
  %"keys.115" = phi  ptr [%"keys.81", %"gre_version_d1.linear"], [%"keys.114", %"gre_version_d1.copy_failed.endif"]
  %".2715" = zext i8 %"w0_1.9" to i64
  %".2716" = lshr i64 %".2715", 6
  %".2717" = and i64 %".2716", 1
  %".2718" = icmp ne i64 %".2717", 0
  %".2719" = zext i8 %"w1_1.6" to i64
  %".2720" = and i64 %".2719", 7
  %".2721" = icmp ugt i64 %".2720", 1
  %".2722" = or i1 %".2718", %".2721"
  br i1 %".2722", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1489" = trunc i64 %"end.1" to i16
  %".1490" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1489", ptr %".1490", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1493" = trunc i64 %"end.1" to i16
  %".1494" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1493", ptr %".1494", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1507" = trunc i64 %"end.1" to i16
  %".1508" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1507", ptr %".1508", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1511" = trunc i64 %"end.1" to i16
  %".1512" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1511", ptr %".1512", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1531" = trunc i64 %"cursor.23" to i32
  %".1532" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1531", [40 x i8]* %"header_copy", i32 40)
  %".1533" = icmp eq i64 %".1532", 0
  %".1534" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1535" = load i32, ptr %".1534", align 4
  %".1536" = zext i32 %".1535" to i64
  %"data.82" = inttoptr i64 %".1536" to ptr
  %".1537" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1538" = load i32, ptr %".1537", align 4
  %".1539" = zext i32 %".1538" to i64
  %"data_end.82" = inttoptr i64 %".1539" to ptr
  %".1540" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.82" = load ptr, ptr %".1540", align 8
  %".1541" = xor i1 %".1533", -1
  br i1 %".1541", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1543" = trunc i64 %"cursor.23" to i16
  %".1544" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1543", ptr %".1544", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1547" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1548" = load volatile i32, [40 x i8]* %".1547", align 4
  %".1549" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1550" = load volatile i8, [40 x i8]* %".1549", align 1
  %".1551" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1552" = load volatile i64, [40 x i8]* %".1551", align 8
  %".1553" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1554" = load volatile i64, [40 x i8]* %".1553", align 8
  %".1555" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1556" = load volatile i64, [40 x i8]* %".1555", align 8
  %".1557" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1558" = load volatile i64, [40 x i8]* %".1557", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1596" = trunc i64 %".1586" to i16
  %".1597" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1596", ptr %".1597", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1600" = zext i8 %"w6_1.1" to i64
  switch i64 %".1600", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.unknown:
  %".1602" = trunc i64 %".1586" to i16
  %".1603" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1602", ptr %".1603", align 2
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
  %".1619" = trunc i64 34887 to i16
  %".1620" = call i16 @"llvm.bswap.i16"(i16 %".1619")
  %".1621" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1620", ptr %".1621", align 2
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1624" = trunc i64 2048 to i16
  %".1625" = call i16 @"llvm.bswap.i16"(i16 %".1624")
  %".1626" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1625", ptr %".1626", align 2
  %".1628" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1628", align 1
  %".1630" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.26" = load volatile i32, ptr %".1630", align 4
  %".1631" = and i32 %"flags.26", 4
  %".1632" = icmp ne i32 %".1631", 0
  br i1 %".1632", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1642" = trunc i64 34525 to i16
  %".1643" = call i16 @"llvm.bswap.i16"(i16 %".1642")
  %".1644" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1643", ptr %".1644", align 2
  %".1646" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1646", align 1
  %".1648" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.27" = load volatile i32, ptr %".1648", align 4
  %".1649" = and i32 %"flags.27", 4
  %".1650" = icmp ne i32 %".1649", 0
  br i1 %".1650", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.37" = phi  i64 [%".1586", %"ipv6_d1.to_ipv6_opts"], [%".1586", %"ipv6_d1.to_ipv6_opts.1"], [%".1586", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.84" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_opts"], [%"data.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.84" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_opts"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.84" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_opts"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.83", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.84", i64 %"cursor.37"
  %".2743" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2744" = icmp ugt ptr %".2743", %"data_end.84"
  br i1 %".2744", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2746" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2747" = load i8, ptr %".2746", align 1
  %".2748" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2749" = load i8, ptr %".2748", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.10" = phi  i8 [%".2747", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2768", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2749", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2770", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.119" = phi  ptr [%"data.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.118", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.119" = phi  ptr [%"data_end.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.118", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.119" = phi  ptr [%"keys.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.118", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2772" = zext i8 %"w0_1.10" to i64
  %".2773" = trunc i64 %".2772" to i8
  %".2774" = getelementptr i8, ptr %"keys.119", i64 9
  store i8 %".2773", ptr %".2774", align 1
  %".2776" = add i64 %"cursor.37", 2
  %".2777" = zext i8 %"w1_1.7" to i64
  %".2778" = mul i64 %".2777", 8
  %".2779" = add i64 %".2778", 6
  %".2780" = add i64 %".2779", 2
  %".2781" = add i64 %"cursor.37", %".2780"
  %".2782" = add i64 %"cursor.37", 8
  %".2783" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2782")
  %".2784" = icmp eq i64 %".2779", 6
  %"end.5" = select  i1 %".2784", i64 %".2783", i64 %".2781"
  %".2785" = zext i8 %"w0_1.10" to i64
  switch i64 %".2785", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%".1586", %"ipv6_d1.to_ipv6_frag"]
  %"data.85" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_frag"]
  %"keys.85" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.85", i64 %"cursor.38"
  %".2845" = getelementptr i8, ptr %"hdr.32", i64 8
  %".2846" = icmp ugt ptr %".2845", %"data_end.85"
  br i1 %".2846", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2848" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2849" = load i8, ptr %".2848", align 1
  %".2850" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2851" = load i16, ptr %".2850", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2849", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2870", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2851", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.122", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.122", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.122", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2874" = zext i8 %"w0_1.11" to i64
  %".2875" = trunc i64 %".2874" to i8
  %".2876" = getelementptr i8, ptr %"keys.123", i64 9
  store i8 %".2875", ptr %".2876", align 1
  %".2878" = add i64 %"cursor.38", 8
  %".2879" = icmp ne i64 1, 0
  %".2880" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2881" = zext i16 %".2880" to i64
  %".2882" = and i64 %".2881", 65528
  %".2883" = icmp eq i64 %".2882", 0
  br i1 %".2879", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1634" = trunc i64 %".1586" to i16
  %".1635" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1634", ptr %".1635", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1638" = trunc i64 %".1586" to i16
  %".1639" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1638", ptr %".1639", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1652" = trunc i64 %".1586" to i16
  %".1653" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1652", ptr %".1653", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1656" = trunc i64 %".1586" to i16
  %".1657" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1656", ptr %".1657", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1668" = trunc i64 %"cursor.24" to i32
  %".1669" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1668", [40 x i8]* %"header_copy", i32 2)
  %".1670" = icmp eq i64 %".1669", 0
  %".1671" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1672" = load i32, ptr %".1671", align 4
  %".1673" = zext i32 %".1672" to i64
  %"data.86" = inttoptr i64 %".1673" to ptr
  %".1674" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1675" = load i32, ptr %".1674", align 4
  %".1676" = zext i32 %".1675" to i64
  %"data_end.86" = inttoptr i64 %".1676" to ptr
  %".1677" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.86" = load ptr, ptr %".1677", align 8
  %".1678" = xor i1 %".1670", -1
  br i1 %".1678", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1680" = trunc i64 %"cursor.24" to i16
  %".1681" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1680", ptr %".1681", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1684" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1685" = load volatile i8, [40 x i8]* %".1684", align 1
  %".1686" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1687" = load volatile i8, [40 x i8]* %".1686", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1704" = trunc i64 %"end.2" to i16
  %".1705" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1704", ptr %".1705", align 2
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
  %".1721" = trunc i64 34887 to i16
  %".1722" = call i16 @"llvm.bswap.i16"(i16 %".1721")
  %".1723" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1722", ptr %".1723", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1726" = trunc i64 2048 to i16
  %".1727" = call i16 @"llvm.bswap.i16"(i16 %".1726")
  %".1728" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1727", ptr %".1728", align 2
  %".1730" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".1730", align 1
  %".1732" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.28" = load volatile i32, ptr %".1732", align 4
  %".1733" = and i32 %"flags.28", 4
  %".1734" = icmp ne i32 %".1733", 0
  br i1 %".1734", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1741" = trunc i64 34525 to i16
  %".1742" = call i16 @"llvm.bswap.i16"(i16 %".1741")
  %".1743" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1742", ptr %".1743", align 2
  %".1745" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".1745", align 1
  %".1747" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.29" = load volatile i32, ptr %".1747", align 4
  %".1748" = and i32 %"flags.29", 4
  %".1749" = icmp ne i32 %".1748", 0
  br i1 %".1749", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.39" = phi  i64 [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".4533", %"widening.test.6"]
  %"data.88" = phi  ptr [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.166", %"widening.test.6"]
  %"data_end.88" = phi  ptr [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.166", %"widening.test.6"]
  %"keys.88" = phi  ptr [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.33" = getelementptr i8, ptr %"data.88", i64 %"cursor.39"
  %".2965" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2966" = icmp ugt ptr %".2965", %"data_end.88"
  br i1 %".2966", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".2968" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2969" = load i8, ptr %".2968", align 1
  %".2970" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2971" = load i8, ptr %".2970", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".2969", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2990", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".2971", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2992", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.124", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.124", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.124", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".2994" = zext i8 %"w0_1.12" to i64
  %".2995" = trunc i64 %".2994" to i8
  %".2996" = getelementptr i8, ptr %"keys.125", i64 9
  store i8 %".2995", ptr %".2996", align 1
  %".2998" = add i64 %"cursor.39", 2
  %".2999" = zext i8 %"w1_1.8" to i64
  %".3000" = mul i64 %".2999", 8
  %".3001" = add i64 %".3000", 6
  %".3002" = add i64 %".3001", 2
  %".3003" = add i64 %"cursor.39", %".3002"
  %".3004" = add i64 %"cursor.39", 8
  %".3005" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3004")
  %".3006" = icmp eq i64 %".3001", 6
  %"end.6" = select  i1 %".3006", i64 %".3005", i64 %".3003"
  %".3007" = zext i8 %"w0_1.12" to i64
  switch i64 %".3007", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2:
  %"cursor.40" = phi  i64 [%"end.2", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1789", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".4522", %"widening.test.5"]
  %"data.89" = phi  ptr [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.165", %"widening.test.5"]
  %"data_end.89" = phi  ptr [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.165", %"widening.test.5"]
  %"keys.89" = phi  ptr [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.34" = getelementptr i8, ptr %"data.89", i64 %"cursor.40"
  %".3061" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3062" = icmp ugt ptr %".3061", %"data_end.89"
  br i1 %".3062", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3064" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3065" = load i8, ptr %".3064", align 1
  %".3066" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3067" = load i16, ptr %".3066", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".3065", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3086", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3067", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3088", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.128", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.128", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.128", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3090" = zext i8 %"w0_1.13" to i64
  %".3091" = trunc i64 %".3090" to i8
  %".3092" = getelementptr i8, ptr %"keys.129", i64 9
  store i8 %".3091", ptr %".3092", align 1
  %".3094" = add i64 %"cursor.40", 8
  %".3095" = icmp ne i64 1, 0
  %".3096" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3097" = zext i16 %".3096" to i64
  %".3098" = and i64 %".3097", 65528
  %".3099" = icmp eq i64 %".3098", 0
  br i1 %".3095", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1736" = trunc i64 %"end.2" to i16
  %".1737" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1736", ptr %".1737", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1751" = trunc i64 %"end.2" to i16
  %".1752" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1751", ptr %".1752", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1764" = trunc i64 %"cursor.25" to i32
  %".1765" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1764", [40 x i8]* %"header_copy", i32 8)
  %".1766" = icmp eq i64 %".1765", 0
  %".1767" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1768" = load i32, ptr %".1767", align 4
  %".1769" = zext i32 %".1768" to i64
  %"data.90" = inttoptr i64 %".1769" to ptr
  %".1770" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1771" = load i32, ptr %".1770", align 4
  %".1772" = zext i32 %".1771" to i64
  %"data_end.90" = inttoptr i64 %".1772" to ptr
  %".1773" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.90" = load ptr, ptr %".1773", align 8
  %".1774" = xor i1 %".1766", -1
  br i1 %".1774", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1776" = trunc i64 %"cursor.25" to i16
  %".1777" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1776", ptr %".1777", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1780" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1781" = load volatile i8, [40 x i8]* %".1780", align 1
  %".1782" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1783" = load volatile i16, [40 x i8]* %".1782", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1796" = getelementptr i8, ptr %"keys.91", i64 6
  store i8 1, ptr %".1796", align 1
  br i1 %".1794", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1816" = zext i8 %"w0_1.6" to i64
  switch i64 %".1816", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1799" = getelementptr i8, ptr %"keys.91", i64 7
  store i8 1, ptr %".1799", align 1
  %".1801" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.30" = load volatile i32, ptr %".1801", align 4
  %".1802" = and i32 %"flags.30", 1
  %".1803" = icmp ne i32 %".1802", 0
  %".1804" = xor i1 %".1803", -1
  br i1 %".1804", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1811" = trunc i64 %".1789" to i16
  %".1812" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1811", ptr %".1812", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1806" = trunc i64 %".1789" to i16
  %".1807" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1806", ptr %".1807", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1818" = trunc i64 %".1789" to i16
  %".1819" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1818", ptr %".1819", align 2
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
  %".1835" = trunc i64 34887 to i16
  %".1836" = call i16 @"llvm.bswap.i16"(i16 %".1835")
  %".1837" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1836", ptr %".1837", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1840" = trunc i64 2048 to i16
  %".1841" = call i16 @"llvm.bswap.i16"(i16 %".1840")
  %".1842" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1841", ptr %".1842", align 2
  %".1844" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1844", align 1
  %".1846" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.31" = load volatile i32, ptr %".1846", align 4
  %".1847" = and i32 %"flags.31", 4
  %".1848" = icmp ne i32 %".1847", 0
  br i1 %".1848", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1855" = trunc i64 34525 to i16
  %".1856" = call i16 @"llvm.bswap.i16"(i16 %".1855")
  %".1857" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1856", ptr %".1857", align 2
  %".1859" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1859", align 1
  %".1861" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.32" = load volatile i32, ptr %".1861", align 4
  %".1862" = and i32 %"flags.32", 4
  %".1863" = icmp ne i32 %".1862", 0
  br i1 %".1863", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1850" = trunc i64 %".1789" to i16
  %".1851" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1850", ptr %".1851", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1865" = trunc i64 %".1789" to i16
  %".1866" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1865", ptr %".1866", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1874" = trunc i64 %"cursor.26" to i32
  %".1875" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1874", [40 x i8]* %"header_copy", i32 4)
  %".1876" = icmp eq i64 %".1875", 0
  %".1877" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1878" = load i32, ptr %".1877", align 4
  %".1879" = zext i32 %".1878" to i64
  %"data.92" = inttoptr i64 %".1879" to ptr
  %".1880" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1881" = load i32, ptr %".1880", align 4
  %".1882" = zext i32 %".1881" to i64
  %"data_end.92" = inttoptr i64 %".1882" to ptr
  %".1883" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.92" = load ptr, ptr %".1883", align 8
  %".1884" = xor i1 %".1876", -1
  br i1 %".1884", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1886" = trunc i64 %"cursor.26" to i16
  %".1887" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1886", ptr %".1887", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1902" = trunc i64 %"cursor.27" to i32
  %".1903" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1902", [40 x i8]* %"header_copy", i32 4)
  %".1904" = icmp eq i64 %".1903", 0
  %".1905" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1906" = load i32, ptr %".1905", align 4
  %".1907" = zext i32 %".1906" to i64
  %"data.94" = inttoptr i64 %".1907" to ptr
  %".1908" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1909" = load i32, ptr %".1908", align 4
  %".1910" = zext i32 %".1909" to i64
  %"data_end.94" = inttoptr i64 %".1910" to ptr
  %".1911" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.94" = load ptr, ptr %".1911", align 8
  %".1912" = xor i1 %".1904", -1
  br i1 %".1912", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1914" = trunc i64 %"cursor.27" to i16
  %".1915" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1914", ptr %".1915", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1918" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1919" = load volatile i16, [40 x i8]* %".1918", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1934" = trunc i64 %".1927" to i16
  %".1935" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1934", ptr %".1935", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1940" = trunc i64 %".1927" to i16
  %".1941" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1940", ptr %".1941", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1944" = trunc i64 %".1927" to i16
  %".1945" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1944", ptr %".1945", align 2
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
  %".1957" = trunc i64 %".1927" to i16
  %".1958" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1957", ptr %".1958", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".1961" = trunc i64 %".1927" to i16
  %".1962" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1961", ptr %".1962", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1972" = trunc i64 %"cursor.28" to i32
  %".1973" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1972", [40 x i8]* %"header_copy", i32 6)
  %".1974" = icmp eq i64 %".1973", 0
  %".1975" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1976" = load i32, ptr %".1975", align 4
  %".1977" = zext i32 %".1976" to i64
  %"data.96" = inttoptr i64 %".1977" to ptr
  %".1978" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1979" = load i32, ptr %".1978", align 4
  %".1980" = zext i32 %".1979" to i64
  %"data_end.96" = inttoptr i64 %".1980" to ptr
  %".1981" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.96" = load ptr, ptr %".1981", align 8
  %".1982" = xor i1 %".1974", -1
  br i1 %".1982", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".1984" = trunc i64 %"cursor.28" to i16
  %".1985" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1984", ptr %".1985", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".1988" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1989" = load volatile i16, [40 x i8]* %".1988", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2004" = trunc i64 %".1997" to i16
  %".2005" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2004", ptr %".2005", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2010" = trunc i64 %".1997" to i16
  %".2011" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2010", ptr %".2011", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2014" = trunc i64 %".1997" to i16
  %".2015" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2014", ptr %".2015", align 2
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
  %".2027" = trunc i64 %".1997" to i16
  %".2028" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2027", ptr %".2028", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2031" = trunc i64 %".1997" to i16
  %".2032" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2031", ptr %".2032", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d1_vlan_tags1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2047" = trunc i64 %"cursor.30" to i32
  %".2048" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2047", [40 x i8]* %"header_copy", i32 4)
  %".2049" = icmp eq i64 %".2048", 0
  %".2050" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2051" = load i32, ptr %".2050", align 4
  %".2052" = zext i32 %".2051" to i64
  %"data.98" = inttoptr i64 %".2052" to ptr
  %".2053" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2054" = load i32, ptr %".2053", align 4
  %".2055" = zext i32 %".2054" to i64
  %"data_end.98" = inttoptr i64 %".2055" to ptr
  %".2056" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.98" = load ptr, ptr %".2056", align 8
  %".2057" = xor i1 %".2049", -1
  br i1 %".2057", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2059" = trunc i64 %"cursor.30" to i16
  %".2060" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2059", ptr %".2060", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2063" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2064" = load volatile i16, [40 x i8]* %".2063", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2079" = trunc i64 %".2072" to i16
  %".2080" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2079", ptr %".2080", align 2
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
  %"cursor.41" = phi  i64 [%".2072", %"vlan_d1_vlan_tags1.to_vlan"], [%".2072", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2215", %"hsr_d1_vlan_tags1.to_vlan"], [%".2215", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".4621", %"widening.test.14"]
  %"data.100" = phi  ptr [%"data.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.174", %"widening.test.14"]
  %"data_end.100" = phi  ptr [%"data_end.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.174", %"widening.test.14"]
  %"keys.100" = phi  ptr [%"keys.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.14"]
  %"hdr.35" = getelementptr i8, ptr %"data.100", i64 %"cursor.41"
  %".3175" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3176" = icmp ugt ptr %".3175", %"data_end.100"
  br i1 %".3176", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3178" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3179" = load i16, ptr %".3178", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.13" = phi  i16 [%".3179", %"vlan_d1_vlan_tags2.linear"], [%".3198", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.131" = phi  ptr [%"data.100", %"vlan_d1_vlan_tags2.linear"], [%"data.130", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.100", %"vlan_d1_vlan_tags2.linear"], [%"data_end.130", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.100", %"vlan_d1_vlan_tags2.linear"], [%"keys.130", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3200" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3201" = zext i16 %".3200" to i64
  %".3202" = trunc i64 %".3201" to i16
  %".3203" = call i16 @"llvm.bswap.i16"(i16 %".3202")
  %".3204" = getelementptr i8, ptr %"keys.131", i64 10
  store i16 %".3203", ptr %".3204", align 2
  %".3206" = add i64 %"cursor.41", 4
  %".3207" = trunc i64 %".3206" to i16
  %".3208" = getelementptr i8, ptr %"keys.131", i64 0
  store i16 %".3207", ptr %".3208", align 2
  %".3210" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3211" = zext i16 %".3210" to i64
  switch i64 %".3211", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2:
  %"cursor.42" = phi  i64 [%".2072", %"vlan_d1_vlan_tags1.to_hsr"], [%".2072", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2215", %"hsr_d1_vlan_tags1.to_hsr"], [%".2215", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".4610", %"widening.test.13"]
  %"data.101" = phi  ptr [%"data.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.173", %"widening.test.13"]
  %"data_end.101" = phi  ptr [%"data_end.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.173", %"widening.test.13"]
  %"keys.101" = phi  ptr [%"keys.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.13"]
  %"hdr.36" = getelementptr i8, ptr %"data.101", i64 %"cursor.42"
  %".3245" = getelementptr i8, ptr %"hdr.36", i64 6
  %".3246" = icmp ugt ptr %".3245", %"data_end.101"
  br i1 %".3246", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3248" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3249" = load i16, ptr %".3248", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3249", %"hsr_d1_vlan_tags2.linear"], [%".3268", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.133" = phi  ptr [%"data.101", %"hsr_d1_vlan_tags2.linear"], [%"data.132", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.133" = phi  ptr [%"data_end.101", %"hsr_d1_vlan_tags2.linear"], [%"data_end.132", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.133" = phi  ptr [%"keys.101", %"hsr_d1_vlan_tags2.linear"], [%"keys.132", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3270" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3271" = zext i16 %".3270" to i64
  %".3272" = trunc i64 %".3271" to i16
  %".3273" = call i16 @"llvm.bswap.i16"(i16 %".3272")
  %".3274" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".3273", ptr %".3274", align 2
  %".3276" = add i64 %"cursor.42", 6
  %".3277" = trunc i64 %".3276" to i16
  %".3278" = getelementptr i8, ptr %"keys.133", i64 0
  store i16 %".3277", ptr %".3278", align 2
  %".3280" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3281" = zext i16 %".3280" to i64
  switch i64 %".3281", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
pppoe_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2109" = trunc i64 %"cursor.31" to i32
  %".2110" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2109", [40 x i8]* %"header_copy", i32 8)
  %".2111" = icmp eq i64 %".2110", 0
  %".2112" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2113" = load i32, ptr %".2112", align 4
  %".2114" = zext i32 %".2113" to i64
  %"data.102" = inttoptr i64 %".2114" to ptr
  %".2115" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2116" = load i32, ptr %".2115", align 4
  %".2117" = zext i32 %".2116" to i64
  %"data_end.102" = inttoptr i64 %".2117" to ptr
  %".2118" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.102" = load ptr, ptr %".2118", align 8
  %".2119" = xor i1 %".2111", -1
  br i1 %".2119", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2121" = trunc i64 %"cursor.31" to i16
  %".2122" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2121", ptr %".2122", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2125" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2126" = load volatile i8, [40 x i8]* %".2125", align 1
  %".2127" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2128" = load volatile i8, [40 x i8]* %".2127", align 1
  %".2129" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2130" = load volatile i16, [40 x i8]* %".2129", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2145" = trunc i64 %"cursor.31" to i16
  %".2146" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2145", ptr %".2146", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2149" = add i64 %"cursor.31", 8
  %".2150" = trunc i64 %".2149" to i16
  %".2151" = getelementptr i8, ptr %"keys.103", i64 0
  store i16 %".2150", ptr %".2151", align 2
  %".2153" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2154" = zext i16 %".2153" to i64
  switch i64 %".2154", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.unknown:
  %".2156" = and i64 %".2154", 257
  %".2157" = icmp eq i64 %".2156", 1
  br i1 %".2157", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2163" = trunc i64 2048 to i16
  %".2164" = call i16 @"llvm.bswap.i16"(i16 %".2163")
  %".2165" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2164", ptr %".2165", align 2
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".2168" = trunc i64 34525 to i16
  %".2169" = call i16 @"llvm.bswap.i16"(i16 %".2168")
  %".2170" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2169", ptr %".2170", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2173" = trunc i64 34887 to i16
  %".2174" = call i16 @"llvm.bswap.i16"(i16 %".2173")
  %".2175" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2174", ptr %".2175", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2178" = trunc i64 34888 to i16
  %".2179" = call i16 @"llvm.bswap.i16"(i16 %".2178")
  %".2180" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2179", ptr %".2180", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2159" = trunc i64 %".2149" to i16
  %".2160" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2159", ptr %".2160", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2190" = trunc i64 %"cursor.32" to i32
  %".2191" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2190", [40 x i8]* %"header_copy", i32 6)
  %".2192" = icmp eq i64 %".2191", 0
  %".2193" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2194" = load i32, ptr %".2193", align 4
  %".2195" = zext i32 %".2194" to i64
  %"data.104" = inttoptr i64 %".2195" to ptr
  %".2196" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2197" = load i32, ptr %".2196", align 4
  %".2198" = zext i32 %".2197" to i64
  %"data_end.104" = inttoptr i64 %".2198" to ptr
  %".2199" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.104" = load ptr, ptr %".2199", align 8
  %".2200" = xor i1 %".2192", -1
  br i1 %".2200", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2202" = trunc i64 %"cursor.32" to i16
  %".2203" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2202", ptr %".2203", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2206" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2207" = load volatile i16, [40 x i8]* %".2206", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2222" = trunc i64 %".2215" to i16
  %".2223" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2222", ptr %".2223", align 2
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
  %".2252" = trunc i64 %"cursor.33" to i32
  %".2253" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2252", [40 x i8]* %"header_copy", i32 24)
  %".2254" = icmp eq i64 %".2253", 0
  %".2255" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2256" = load i32, ptr %".2255", align 4
  %".2257" = zext i32 %".2256" to i64
  %"data.106" = inttoptr i64 %".2257" to ptr
  %".2258" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2259" = load i32, ptr %".2258", align 4
  %".2260" = zext i32 %".2259" to i64
  %"data_end.106" = inttoptr i64 %".2260" to ptr
  %".2261" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.106" = load ptr, ptr %".2261", align 8
  %".2262" = xor i1 %".2254", -1
  br i1 %".2262", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2264" = trunc i64 %"cursor.33" to i16
  %".2265" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2264", ptr %".2265", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2268" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2269" = load volatile i8, [40 x i8]* %".2268", align 1
  %".2270" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2271" = load volatile i8, [40 x i8]* %".2270", align 1
  %".2272" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2273" = load volatile i16, [40 x i8]* %".2272", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2282" = trunc i64 %"cursor.33" to i16
  %".2283" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2282", ptr %".2283", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2286" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2287" = zext i16 %".2286" to i64
  %".2288" = trunc i64 %".2287" to i16
  %".2289" = call i16 @"llvm.bswap.i16"(i16 %".2288")
  %".2290" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %".2289", ptr %".2290", align 2
  %".2292" = add i64 %"cursor.33", 24
  %".2293" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2294" = zext i16 %".2293" to i64
  switch i64 %".2294", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.unknown:
  %".2296" = trunc i64 %".2292" to i16
  %".2297" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2296", ptr %".2297", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".2300" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2300", align 1
  %".2302" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.33" = load volatile i32, ptr %".2302", align 4
  %".2303" = and i32 %"flags.33", 4
  %".2304" = icmp ne i32 %".2303", 0
  br i1 %".2304", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".2314" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2314", align 1
  %".2316" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.34" = load volatile i32, ptr %".2316", align 4
  %".2317" = and i32 %"flags.34", 4
  %".2318" = icmp ne i32 %".2317", 0
  br i1 %".2318", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2328" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2328", align 1
  %".2330" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.35" = load volatile i32, ptr %".2330", align 4
  %".2331" = and i32 %"flags.35", 4
  %".2332" = icmp ne i32 %".2331", 0
  br i1 %".2332", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2342" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2342", align 1
  %".2344" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.36" = load volatile i32, ptr %".2344", align 4
  %".2345" = and i32 %"flags.36", 4
  %".2346" = icmp ne i32 %".2345", 0
  br i1 %".2346", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2356" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2356", align 1
  %".2358" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.37" = load volatile i32, ptr %".2358", align 4
  %".2359" = and i32 %"flags.37", 4
  %".2360" = icmp ne i32 %".2359", 0
  br i1 %".2360", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2370" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2370", align 1
  %".2372" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.38" = load volatile i32, ptr %".2372", align 4
  %".2373" = and i32 %"flags.38", 4
  %".2374" = icmp ne i32 %".2373", 0
  br i1 %".2374", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2384" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2384", align 1
  %".2386" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.39" = load volatile i32, ptr %".2386", align 4
  %".2387" = and i32 %"flags.39", 4
  %".2388" = icmp ne i32 %".2387", 0
  br i1 %".2388", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2398" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2398", align 1
  %".2400" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.40" = load volatile i32, ptr %".2400", align 4
  %".2401" = and i32 %"flags.40", 4
  %".2402" = icmp ne i32 %".2401", 0
  br i1 %".2402", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2412" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2412", align 1
  %".2414" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.41" = load volatile i32, ptr %".2414", align 4
  %".2415" = and i32 %"flags.41", 4
  %".2416" = icmp ne i32 %".2415", 0
  br i1 %".2416", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2426" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2426", align 1
  %".2428" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.42" = load volatile i32, ptr %".2428", align 4
  %".2429" = and i32 %"flags.42", 4
  %".2430" = icmp ne i32 %".2429", 0
  br i1 %".2430", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2440" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2440", align 1
  %".2442" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.43" = load volatile i32, ptr %".2442", align 4
  %".2443" = and i32 %"flags.43", 4
  %".2444" = icmp ne i32 %".2443", 0
  br i1 %".2444", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2454" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2454", align 1
  %".2456" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.44" = load volatile i32, ptr %".2456", align 4
  %".2457" = and i32 %"flags.44", 4
  %".2458" = icmp ne i32 %".2457", 0
  br i1 %".2458", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2468" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2468", align 1
  %".2470" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.45" = load volatile i32, ptr %".2470", align 4
  %".2471" = and i32 %"flags.45", 4
  %".2472" = icmp ne i32 %".2471", 0
  br i1 %".2472", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2482" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2482", align 1
  %".2484" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.46" = load volatile i32, ptr %".2484", align 4
  %".2485" = and i32 %"flags.46", 4
  %".2486" = icmp ne i32 %".2485", 0
  br i1 %".2486", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2496" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2496", align 1
  %".2498" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.47" = load volatile i32, ptr %".2498", align 4
  %".2499" = and i32 %"flags.47", 4
  %".2500" = icmp ne i32 %".2499", 0
  br i1 %".2500", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2510" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2510", align 1
  %".2512" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.48" = load volatile i32, ptr %".2512", align 4
  %".2513" = and i32 %"flags.48", 4
  %".2514" = icmp ne i32 %".2513", 0
  br i1 %".2514", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2306" = trunc i64 %".2292" to i16
  %".2307" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2306", ptr %".2307", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2310" = trunc i64 %".2292" to i16
  %".2311" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2310", ptr %".2311", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2320" = trunc i64 %".2292" to i16
  %".2321" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2320", ptr %".2321", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2324" = trunc i64 %".2292" to i16
  %".2325" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2324", ptr %".2325", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2334" = trunc i64 %".2292" to i16
  %".2335" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2334", ptr %".2335", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2338" = trunc i64 %".2292" to i16
  %".2339" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2338", ptr %".2339", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2348" = trunc i64 %".2292" to i16
  %".2349" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2348", ptr %".2349", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2352" = trunc i64 %".2292" to i16
  %".2353" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2352", ptr %".2353", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2362" = trunc i64 %".2292" to i16
  %".2363" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2362", ptr %".2363", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2366" = trunc i64 %".2292" to i16
  %".2367" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2366", ptr %".2367", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2376" = trunc i64 %".2292" to i16
  %".2377" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2376", ptr %".2377", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2380" = trunc i64 %".2292" to i16
  %".2381" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2380", ptr %".2381", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2390" = trunc i64 %".2292" to i16
  %".2391" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2390", ptr %".2391", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2394" = trunc i64 %".2292" to i16
  %".2395" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2394", ptr %".2395", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2404" = trunc i64 %".2292" to i16
  %".2405" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2404", ptr %".2405", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2408" = trunc i64 %".2292" to i16
  %".2409" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2408", ptr %".2409", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2418" = trunc i64 %".2292" to i16
  %".2419" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2418", ptr %".2419", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2422" = trunc i64 %".2292" to i16
  %".2423" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2422", ptr %".2423", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2432" = trunc i64 %".2292" to i16
  %".2433" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2432", ptr %".2433", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2436" = trunc i64 %".2292" to i16
  %".2437" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2436", ptr %".2437", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2446" = trunc i64 %".2292" to i16
  %".2447" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2446", ptr %".2447", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2450" = trunc i64 %".2292" to i16
  %".2451" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2450", ptr %".2451", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2460" = trunc i64 %".2292" to i16
  %".2461" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2460", ptr %".2461", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2464" = trunc i64 %".2292" to i16
  %".2465" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2464", ptr %".2465", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2474" = trunc i64 %".2292" to i16
  %".2475" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2474", ptr %".2475", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2478" = trunc i64 %".2292" to i16
  %".2479" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2478", ptr %".2479", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2488" = trunc i64 %".2292" to i16
  %".2489" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2488", ptr %".2489", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2492" = trunc i64 %".2292" to i16
  %".2493" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2492", ptr %".2493", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2502" = trunc i64 %".2292" to i16
  %".2503" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2502", ptr %".2503", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2506" = trunc i64 %".2292" to i16
  %".2507" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2506", ptr %".2507", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2516" = trunc i64 %".2292" to i16
  %".2517" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2516", ptr %".2517", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2520" = trunc i64 %".2292" to i16
  %".2521" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2520", ptr %".2521", align 2
  br label %"return"
gre_d0.stop_before:
  %".2533" = trunc i64 %"cursor.34" to i16
  %".2534" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".2533", ptr %".2534", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".2537" = add i64 %"cursor.34", 4
  %".2538" = zext i8 %"w0_1.3" to i64
  %".2539" = lshr i64 %".2538", 7
  %".2540" = and i64 %".2539", 1
  %".2541" = zext i8 %"w0_1.3" to i64
  %".2542" = lshr i64 %".2541", 5
  %".2543" = and i64 %".2542", 1
  %".2544" = add i64 %".2540", %".2543"
  %".2545" = zext i8 %"w0_1.3" to i64
  %".2546" = lshr i64 %".2545", 4
  %".2547" = and i64 %".2546", 1
  %".2548" = add i64 %".2544", %".2547"
  %".2549" = mul i64 %".2548", 4
  %".2550" = add i64 %".2549", 4
  %".2551" = getelementptr i8, ptr %"data.67", i64 %"cursor.34"
  %".2552" = getelementptr i8, ptr %".2551", i64 %".2550"
  %".2553" = icmp ugt ptr %".2552", %"data_end.67"
  br i1 %".2553", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.109" = phi  ptr [%"data.67", %"gre_d0.stop_before.endif"], [%"data.108", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.67", %"gre_d0.stop_before.endif"], [%"data_end.108", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.67", %"gre_d0.stop_before.endif"], [%"keys.108", %"gre_d0.copy_last_byte_failed.endif"]
  %".2574" = add i64 %"cursor.34", %".2550"
  %".2575" = add i64 %"cursor.34", 4
  %".2576" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2575")
  %".2577" = icmp eq i64 %".2549", 0
  %"end.3" = select  i1 %".2577", i64 %".2576", i64 %".2574"
  %".2578" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2578", align 1
  %".2580" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.49" = load volatile i32, ptr %".2580", align 4
  %".2581" = and i32 %"flags.49", 4
  %".2582" = icmp ne i32 %".2581", 0
  br i1 %".2582", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".2555" = add i64 %"cursor.34", %".2550"
  %".2556" = sub i64 %".2555", 1
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2557" = trunc i64 %".2556" to i32
  %".2558" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2557", i64* %"last_byte", i32 1)
  %".2559" = icmp eq i64 %".2558", 0
  %".2560" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2561" = load i32, ptr %".2560", align 4
  %".2562" = zext i32 %".2561" to i64
  %"data.108" = inttoptr i64 %".2562" to ptr
  %".2563" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2564" = load i32, ptr %".2563", align 4
  %".2565" = zext i32 %".2564" to i64
  %"data_end.108" = inttoptr i64 %".2565" to ptr
  %".2566" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.108" = load ptr, ptr %".2566", align 8
  %".2567" = xor i1 %".2559", -1
  br i1 %".2567", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2569" = trunc i64 %"cursor.34" to i16
  %".2570" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2569", ptr %".2570", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2584" = trunc i64 %"end.3" to i16
  %".2585" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2584", ptr %".2585", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2588" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2589" = zext i16 %".2588" to i64
  %".2590" = trunc i64 %".2589" to i16
  %".2591" = call i16 @"llvm.bswap.i16"(i16 %".2590")
  %".2592" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %".2591", ptr %".2592", align 2
  %".2594" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2595" = zext i16 %".2594" to i64
  switch i64 %".2595", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !4
gre_d0.unknown:
  %".2597" = trunc i64 %"end.3" to i16
  %".2598" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2597", ptr %".2598", align 2
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
  %"cursor.43" = phi  i64 [%"end.3", %"gre_d0.to_ethernet"]
  %"data.110" = phi  ptr [%"data.109", %"gre_d0.to_ethernet"]
  %"data_end.110" = phi  ptr [%"data_end.109", %"gre_d0.to_ethernet"]
  %"keys.110" = phi  ptr [%"keys.109", %"gre_d0.to_ethernet"]
  %"hdr.37" = getelementptr i8, ptr %"data.110", i64 %"cursor.43"
  %".3315" = getelementptr i8, ptr %"hdr.37", i64 14
  %".3316" = icmp ugt ptr %".3315", %"data_end.110"
  br i1 %".3316", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3318" = getelementptr i8, ptr %"hdr.37", i64 12
  %".3319" = load i16, ptr %".3318", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3319", %"ethernet_d1.linear"], [%".3338", %"ethernet_d1.copy_failed.endif"]
  %"data.135" = phi  ptr [%"data.110", %"ethernet_d1.linear"], [%"data.134", %"ethernet_d1.copy_failed.endif"]
  %"data_end.135" = phi  ptr [%"data_end.110", %"ethernet_d1.linear"], [%"data_end.134", %"ethernet_d1.copy_failed.endif"]
  %"keys.135" = phi  ptr [%"keys.110", %"ethernet_d1.linear"], [%"keys.134", %"ethernet_d1.copy_failed.endif"]
  %".3340" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3341" = zext i16 %".3340" to i64
  %".3342" = trunc i64 %".3341" to i16
  %".3343" = call i16 @"llvm.bswap.i16"(i16 %".3342")
  %".3344" = getelementptr i8, ptr %"keys.135", i64 10
  store i16 %".3343", ptr %".3344", align 2
  %".3346" = add i64 %"cursor.43", 14
  %".3347" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3348" = zext i16 %".3347" to i64
  switch i64 %".3348", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
pptp_d0.stop_before:
  %".2627" = trunc i64 %"cursor.35" to i16
  %".2628" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".2627", ptr %".2628", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".2631" = add i64 %"cursor.35", 4
  %".2632" = zext i8 %"w0_1.3" to i64
  %".2633" = lshr i64 %".2632", 7
  %".2634" = and i64 %".2633", 1
  %".2635" = zext i8 %"w0_1.3" to i64
  %".2636" = lshr i64 %".2635", 5
  %".2637" = and i64 %".2636", 1
  %".2638" = add i64 %".2634", %".2637"
  %".2639" = zext i8 %"w0_1.3" to i64
  %".2640" = lshr i64 %".2639", 4
  %".2641" = and i64 %".2640", 1
  %".2642" = add i64 %".2638", %".2641"
  %".2643" = zext i8 %"w1_1.2" to i64
  %".2644" = lshr i64 %".2643", 7
  %".2645" = and i64 %".2644", 1
  %".2646" = add i64 %".2642", %".2645"
  %".2647" = mul i64 %".2646", 4
  %".2648" = add i64 %".2647", 4
  %".2649" = getelementptr i8, ptr %"data.68", i64 %"cursor.35"
  %".2650" = getelementptr i8, ptr %".2649", i64 %".2648"
  %".2651" = icmp ugt ptr %".2650", %"data_end.68"
  br i1 %".2651", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.112" = phi  ptr [%"data.68", %"pptp_d0.stop_before.endif"], [%"data.111", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.112" = phi  ptr [%"data_end.68", %"pptp_d0.stop_before.endif"], [%"data_end.111", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.112" = phi  ptr [%"keys.68", %"pptp_d0.stop_before.endif"], [%"keys.111", %"pptp_d0.copy_last_byte_failed.endif"]
  %".2672" = add i64 %"cursor.35", %".2648"
  %".2673" = add i64 %"cursor.35", 4
  %".2674" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2673")
  %".2675" = icmp eq i64 %".2647", 0
  %"end.4" = select  i1 %".2675", i64 %".2674", i64 %".2672"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".2653" = add i64 %"cursor.35", %".2648"
  %".2654" = sub i64 %".2653", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2655" = trunc i64 %".2654" to i32
  %".2656" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2655", i64* %"last_byte", i32 1)
  %".2657" = icmp eq i64 %".2656", 0
  %".2658" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2659" = load i32, ptr %".2658", align 4
  %".2660" = zext i32 %".2659" to i64
  %"data.111" = inttoptr i64 %".2660" to ptr
  %".2661" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2662" = load i32, ptr %".2661", align 4
  %".2663" = zext i32 %".2662" to i64
  %"data_end.111" = inttoptr i64 %".2663" to ptr
  %".2664" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.111" = load ptr, ptr %".2664", align 8
  %".2665" = xor i1 %".2657", -1
  br i1 %".2665", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2667" = trunc i64 %"cursor.35" to i16
  %".2668" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2667", ptr %".2668", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2677" = trunc i64 %"end.4" to i16
  %".2678" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2677", ptr %".2678", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.44" = phi  i64 [%"end.4", %"pptp_d0.to_ppp"]
  %"data.113" = phi  ptr [%"data.112", %"pptp_d0.to_ppp"]
  %"data_end.113" = phi  ptr [%"data_end.112", %"pptp_d0.to_ppp"]
  %"keys.113" = phi  ptr [%"keys.112", %"pptp_d0.to_ppp"]
  %"hdr.38" = getelementptr i8, ptr %"data.113", i64 %"cursor.44"
  %".3370" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3371" = icmp ugt ptr %".3370", %"data_end.113"
  br i1 %".3371", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3373" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3374" = load i16, ptr %".3373", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.14" = phi  i16 [%".3374", %"ppp_d0.linear"], [%".3393", %"ppp_d0.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.113", %"ppp_d0.linear"], [%"data.136", %"ppp_d0.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.113", %"ppp_d0.linear"], [%"data_end.136", %"ppp_d0.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.113", %"ppp_d0.linear"], [%"keys.136", %"ppp_d0.copy_failed.endif"]
  %".3395" = add i64 %"cursor.44", 4
  %".3396" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3397" = zext i16 %".3396" to i64
  switch i64 %".3397", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
gre_version_d1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2692" = trunc i64 %"cursor.36" to i32
  %".2693" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2692", [40 x i8]* %"header_copy", i32 4)
  %".2694" = icmp eq i64 %".2693", 0
  %".2695" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2696" = load i32, ptr %".2695", align 4
  %".2697" = zext i32 %".2696" to i64
  %"data.114" = inttoptr i64 %".2697" to ptr
  %".2698" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2699" = load i32, ptr %".2698", align 4
  %".2700" = zext i32 %".2699" to i64
  %"data_end.114" = inttoptr i64 %".2700" to ptr
  %".2701" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.114" = load ptr, ptr %".2701", align 8
  %".2702" = xor i1 %".2694", -1
  br i1 %".2702", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2704" = trunc i64 %"cursor.36" to i16
  %".2705" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2704", ptr %".2705", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2708" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2709" = load volatile i8, [40 x i8]* %".2708", align 1
  %".2710" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2711" = load volatile i8, [40 x i8]* %".2710", align 1
  %".2712" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2713" = load volatile i16, [40 x i8]* %".2712", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2724" = trunc i64 %"cursor.36" to i16
  %".2725" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2724", ptr %".2725", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".2728" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2729" = zext i16 %".2728" to i64
  %".2730" = trunc i64 %".2729" to i16
  %".2731" = call i16 @"llvm.bswap.i16"(i16 %".2730")
  %".2732" = getelementptr i8, ptr %"keys.115", i64 10
  store i16 %".2731", ptr %".2732", align 2
  %".2734" = zext i8 %"w1_1.6" to i64
  %".2735" = and i64 %".2734", 7
  switch i64 %".2735", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".2737" = trunc i64 %"cursor.36" to i16
  %".2738" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2737", ptr %".2738", align 2
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
  %".3451" = zext i8 %"w1_1.6" to i64
  %".3452" = and i64 %".3451", 7
  %".3453" = icmp ne i64 %".3452", 0
  %".3454" = zext i8 %"w0_1.9" to i64
  %".3455" = lshr i64 %".3454", 6
  %".3456" = and i64 %".3455", 1
  %".3457" = icmp ne i64 %".3456", 0
  %".3458" = or i1 %".3453", %".3457"
  br i1 %".3458", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.46" = phi  i64 [%"cursor.36", %"gre_version_d1.to_pptp"]
  %"data.117" = phi  ptr [%"data.115", %"gre_version_d1.to_pptp"]
  %"data_end.117" = phi  ptr [%"data_end.115", %"gre_version_d1.to_pptp"]
  %"keys.117" = phi  ptr [%"keys.115", %"gre_version_d1.to_pptp"]
  %".3596" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3597" = zext i16 %".3596" to i64
  %".3598" = icmp ne i64 %".3597", 34827
  %".3599" = zext i8 %"w0_1.9" to i64
  %".3600" = lshr i64 %".3599", 5
  %".3601" = and i64 %".3600", 1
  %".3602" = icmp eq i64 %".3601", 0
  %".3603" = or i1 %".3598", %".3602"
  br i1 %".3603", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2751" = trunc i64 %"cursor.37" to i32
  %".2752" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2751", [40 x i8]* %"header_copy", i32 2)
  %".2753" = icmp eq i64 %".2752", 0
  %".2754" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2755" = load i32, ptr %".2754", align 4
  %".2756" = zext i32 %".2755" to i64
  %"data.118" = inttoptr i64 %".2756" to ptr
  %".2757" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2758" = load i32, ptr %".2757", align 4
  %".2759" = zext i32 %".2758" to i64
  %"data_end.118" = inttoptr i64 %".2759" to ptr
  %".2760" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.118" = load ptr, ptr %".2760", align 8
  %".2761" = xor i1 %".2753", -1
  br i1 %".2761", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2763" = trunc i64 %"cursor.37" to i16
  %".2764" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2763", ptr %".2764", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2767" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2768" = load volatile i8, [40 x i8]* %".2767", align 1
  %".2769" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2770" = load volatile i8, [40 x i8]* %".2769", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2787" = trunc i64 %"end.5" to i16
  %".2788" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2787", ptr %".2788", align 2
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
  %".2804" = trunc i64 34887 to i16
  %".2805" = call i16 @"llvm.bswap.i16"(i16 %".2804")
  %".2806" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2805", ptr %".2806", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2809" = trunc i64 2048 to i16
  %".2810" = call i16 @"llvm.bswap.i16"(i16 %".2809")
  %".2811" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2810", ptr %".2811", align 2
  %".2813" = getelementptr i8, ptr %"keys.119", i64 8
  store i8 1, ptr %".2813", align 1
  %".2815" = getelementptr i8, ptr %"keys.119", i64 48
  %"flags.50" = load volatile i32, ptr %".2815", align 4
  %".2816" = and i32 %"flags.50", 4
  %".2817" = icmp ne i32 %".2816", 0
  br i1 %".2817", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2827" = trunc i64 34525 to i16
  %".2828" = call i16 @"llvm.bswap.i16"(i16 %".2827")
  %".2829" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2828", ptr %".2829", align 2
  %".2831" = getelementptr i8, ptr %"keys.119", i64 8
  store i8 1, ptr %".2831", align 1
  %".2833" = getelementptr i8, ptr %"keys.119", i64 48
  %"flags.51" = load volatile i32, ptr %".2833", align 4
  %".2834" = and i32 %"flags.51", 4
  %".2835" = icmp ne i32 %".2834", 0
  br i1 %".2835", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.47" = phi  i64 [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".4731", %"widening.test.24"]
  %"data.120" = phi  ptr [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.184", %"widening.test.24"]
  %"data_end.120" = phi  ptr [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.184", %"widening.test.24"]
  %"keys.120" = phi  ptr [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.24"]
  %"hdr.39" = getelementptr i8, ptr %"data.120", i64 %"cursor.47"
  %".3660" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3661" = icmp ugt ptr %".3660", %"data_end.120"
  br i1 %".3661", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3663" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3664" = load i8, ptr %".3663", align 1
  %".3665" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3666" = load i8, ptr %".3665", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3664", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3685", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3666", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3687", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.145" = phi  ptr [%"data.120", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.145" = phi  ptr [%"data_end.120", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.145" = phi  ptr [%"keys.120", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3689" = zext i8 %"w0_1.14" to i64
  %".3690" = trunc i64 %".3689" to i8
  %".3691" = getelementptr i8, ptr %"keys.145", i64 9
  store i8 %".3690", ptr %".3691", align 1
  %".3693" = add i64 %"cursor.47", 2
  %".3694" = zext i8 %"w1_1.9" to i64
  %".3695" = mul i64 %".3694", 8
  %".3696" = add i64 %".3695", 6
  %".3697" = add i64 %".3696", 2
  %".3698" = add i64 %"cursor.47", %".3697"
  %".3699" = add i64 %"cursor.47", 8
  %".3700" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3699")
  %".3701" = icmp eq i64 %".3696", 6
  %"end.9" = select  i1 %".3701", i64 %".3700", i64 %".3698"
  %".3702" = zext i8 %"w0_1.14" to i64
  switch i64 %".3702", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2:
  %"cursor.48" = phi  i64 [%"end.5", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".2878", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".4720", %"widening.test.23"]
  %"data.121" = phi  ptr [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.183", %"widening.test.23"]
  %"data_end.121" = phi  ptr [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.183", %"widening.test.23"]
  %"keys.121" = phi  ptr [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.23"]
  %"hdr.40" = getelementptr i8, ptr %"data.121", i64 %"cursor.48"
  %".3762" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3763" = icmp ugt ptr %".3762", %"data_end.121"
  br i1 %".3763", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3765" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3766" = load i8, ptr %".3765", align 1
  %".3767" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3768" = load i16, ptr %".3767", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3766", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3787", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3768", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3789", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.121", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.121", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.121", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3791" = zext i8 %"w0_1.15" to i64
  %".3792" = trunc i64 %".3791" to i8
  %".3793" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %".3792", ptr %".3793", align 1
  %".3795" = add i64 %"cursor.48", 8
  %".3796" = icmp ne i64 1, 0
  %".3797" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3798" = zext i16 %".3797" to i64
  %".3799" = and i64 %".3798", 65528
  %".3800" = icmp eq i64 %".3799", 0
  br i1 %".3796", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2819" = trunc i64 %"end.5" to i16
  %".2820" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2819", ptr %".2820", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2823" = trunc i64 %"end.5" to i16
  %".2824" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2823", ptr %".2824", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2837" = trunc i64 %"end.5" to i16
  %".2838" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2837", ptr %".2838", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2841" = trunc i64 %"end.5" to i16
  %".2842" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2841", ptr %".2842", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2853" = trunc i64 %"cursor.38" to i32
  %".2854" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2853", [40 x i8]* %"header_copy", i32 8)
  %".2855" = icmp eq i64 %".2854", 0
  %".2856" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2857" = load i32, ptr %".2856", align 4
  %".2858" = zext i32 %".2857" to i64
  %"data.122" = inttoptr i64 %".2858" to ptr
  %".2859" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2860" = load i32, ptr %".2859", align 4
  %".2861" = zext i32 %".2860" to i64
  %"data_end.122" = inttoptr i64 %".2861" to ptr
  %".2862" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.122" = load ptr, ptr %".2862", align 8
  %".2863" = xor i1 %".2855", -1
  br i1 %".2863", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2865" = trunc i64 %"cursor.38" to i16
  %".2866" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2865", ptr %".2866", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2869" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2870" = load volatile i8, [40 x i8]* %".2869", align 1
  %".2871" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2872" = load volatile i16, [40 x i8]* %".2871", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2885" = getelementptr i8, ptr %"keys.123", i64 6
  store i8 1, ptr %".2885", align 1
  br i1 %".2883", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".2905" = zext i8 %"w0_1.11" to i64
  switch i64 %".2905", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2888" = getelementptr i8, ptr %"keys.123", i64 7
  store i8 1, ptr %".2888", align 1
  %".2890" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.52" = load volatile i32, ptr %".2890", align 4
  %".2891" = and i32 %"flags.52", 1
  %".2892" = icmp ne i32 %".2891", 0
  %".2893" = xor i1 %".2892", -1
  br i1 %".2893", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".2900" = trunc i64 %".2878" to i16
  %".2901" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2900", ptr %".2901", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".2895" = trunc i64 %".2878" to i16
  %".2896" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2895", ptr %".2896", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".2907" = trunc i64 %".2878" to i16
  %".2908" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2907", ptr %".2908", align 2
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
  %".2924" = trunc i64 34887 to i16
  %".2925" = call i16 @"llvm.bswap.i16"(i16 %".2924")
  %".2926" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2925", ptr %".2926", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".2929" = trunc i64 2048 to i16
  %".2930" = call i16 @"llvm.bswap.i16"(i16 %".2929")
  %".2931" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2930", ptr %".2931", align 2
  %".2933" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2933", align 1
  %".2935" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.53" = load volatile i32, ptr %".2935", align 4
  %".2936" = and i32 %"flags.53", 4
  %".2937" = icmp ne i32 %".2936", 0
  br i1 %".2937", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".2947" = trunc i64 34525 to i16
  %".2948" = call i16 @"llvm.bswap.i16"(i16 %".2947")
  %".2949" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2948", ptr %".2949", align 2
  %".2951" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2951", align 1
  %".2953" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.54" = load volatile i32, ptr %".2953", align 4
  %".2954" = and i32 %"flags.54", 4
  %".2955" = icmp ne i32 %".2954", 0
  br i1 %".2955", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".2939" = trunc i64 %".2878" to i16
  %".2940" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2939", ptr %".2940", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".2943" = trunc i64 %".2878" to i16
  %".2944" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2943", ptr %".2944", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".2957" = trunc i64 %".2878" to i16
  %".2958" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2957", ptr %".2958", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2961" = trunc i64 %".2878" to i16
  %".2962" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2961", ptr %".2962", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2973" = trunc i64 %"cursor.39" to i32
  %".2974" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2973", [40 x i8]* %"header_copy", i32 2)
  %".2975" = icmp eq i64 %".2974", 0
  %".2976" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2977" = load i32, ptr %".2976", align 4
  %".2978" = zext i32 %".2977" to i64
  %"data.124" = inttoptr i64 %".2978" to ptr
  %".2979" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2980" = load i32, ptr %".2979", align 4
  %".2981" = zext i32 %".2980" to i64
  %"data_end.124" = inttoptr i64 %".2981" to ptr
  %".2982" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.124" = load ptr, ptr %".2982", align 8
  %".2983" = xor i1 %".2975", -1
  br i1 %".2983", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".2985" = trunc i64 %"cursor.39" to i16
  %".2986" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2985", ptr %".2986", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".2989" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2990" = load volatile i8, [40 x i8]* %".2989", align 1
  %".2991" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2992" = load volatile i8, [40 x i8]* %".2991", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3009" = trunc i64 %"end.6" to i16
  %".3010" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3009", ptr %".3010", align 2
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
  %".3026" = trunc i64 34887 to i16
  %".3027" = call i16 @"llvm.bswap.i16"(i16 %".3026")
  %".3028" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3027", ptr %".3028", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3031" = trunc i64 2048 to i16
  %".3032" = call i16 @"llvm.bswap.i16"(i16 %".3031")
  %".3033" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3032", ptr %".3033", align 2
  %".3035" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3035", align 1
  %".3037" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.55" = load volatile i32, ptr %".3037", align 4
  %".3038" = and i32 %"flags.55", 4
  %".3039" = icmp ne i32 %".3038", 0
  br i1 %".3039", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3046" = trunc i64 34525 to i16
  %".3047" = call i16 @"llvm.bswap.i16"(i16 %".3046")
  %".3048" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3047", ptr %".3048", align 2
  %".3050" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3050", align 1
  %".3052" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.56" = load volatile i32, ptr %".3052", align 4
  %".3053" = and i32 %"flags.56", 4
  %".3054" = icmp ne i32 %".3053", 0
  br i1 %".3054", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.49" = phi  i64 [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4555", %"widening.test.8"]
  %"data.126" = phi  ptr [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.168", %"widening.test.8"]
  %"data_end.126" = phi  ptr [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.168", %"widening.test.8"]
  %"keys.126" = phi  ptr [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.41" = getelementptr i8, ptr %"data.126", i64 %"cursor.49"
  %".3882" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3883" = icmp ugt ptr %".3882", %"data_end.126"
  br i1 %".3883", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".3885" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3886" = load i8, ptr %".3885", align 1
  %".3887" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3888" = load i8, ptr %".3887", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.16" = phi  i8 [%".3886", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3907", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3888", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3909", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.126", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.126", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.126", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".3911" = zext i8 %"w0_1.16" to i64
  %".3912" = trunc i64 %".3911" to i8
  %".3913" = getelementptr i8, ptr %"keys.151", i64 9
  store i8 %".3912", ptr %".3913", align 1
  %".3915" = add i64 %"cursor.49", 2
  %".3916" = zext i8 %"w1_1.10" to i64
  %".3917" = mul i64 %".3916", 8
  %".3918" = add i64 %".3917", 6
  %".3919" = add i64 %".3918", 2
  %".3920" = add i64 %"cursor.49", %".3919"
  %".3921" = add i64 %"cursor.49", 8
  %".3922" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3921")
  %".3923" = icmp eq i64 %".3918", 6
  %"end.10" = select  i1 %".3923", i64 %".3922", i64 %".3920"
  %".3924" = zext i8 %"w0_1.16" to i64
  switch i64 %".3924", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3:
  %"cursor.50" = phi  i64 [%"end.6", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3094", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".4544", %"widening.test.7"]
  %"data.127" = phi  ptr [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.167", %"widening.test.7"]
  %"data_end.127" = phi  ptr [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.167", %"widening.test.7"]
  %"keys.127" = phi  ptr [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.42" = getelementptr i8, ptr %"data.127", i64 %"cursor.50"
  %".3990" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3991" = icmp ugt ptr %".3990", %"data_end.127"
  br i1 %".3991", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".3993" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3994" = load i8, ptr %".3993", align 1
  %".3995" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3996" = load i16, ptr %".3995", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.17" = phi  i8 [%".3994", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4015", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".3996", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4017", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.127", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.127", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.127", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".4019" = zext i8 %"w0_1.17" to i64
  %".4020" = trunc i64 %".4019" to i8
  %".4021" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %".4020", ptr %".4021", align 1
  %".4023" = add i64 %"cursor.50", 8
  %".4024" = icmp ne i64 1, 0
  %".4025" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4026" = zext i16 %".4025" to i64
  %".4027" = and i64 %".4026", 65528
  %".4028" = icmp eq i64 %".4027", 0
  br i1 %".4024", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3041" = trunc i64 %"end.6" to i16
  %".3042" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3041", ptr %".3042", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3056" = trunc i64 %"end.6" to i16
  %".3057" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3056", ptr %".3057", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3069" = trunc i64 %"cursor.40" to i32
  %".3070" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3069", [40 x i8]* %"header_copy", i32 8)
  %".3071" = icmp eq i64 %".3070", 0
  %".3072" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3073" = load i32, ptr %".3072", align 4
  %".3074" = zext i32 %".3073" to i64
  %"data.128" = inttoptr i64 %".3074" to ptr
  %".3075" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3076" = load i32, ptr %".3075", align 4
  %".3077" = zext i32 %".3076" to i64
  %"data_end.128" = inttoptr i64 %".3077" to ptr
  %".3078" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.128" = load ptr, ptr %".3078", align 8
  %".3079" = xor i1 %".3071", -1
  br i1 %".3079", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3081" = trunc i64 %"cursor.40" to i16
  %".3082" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3081", ptr %".3082", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3085" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3086" = load volatile i8, [40 x i8]* %".3085", align 1
  %".3087" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3088" = load volatile i16, [40 x i8]* %".3087", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3101" = getelementptr i8, ptr %"keys.129", i64 6
  store i8 1, ptr %".3101", align 1
  br i1 %".3099", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3121" = zext i8 %"w0_1.13" to i64
  switch i64 %".3121", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3104" = getelementptr i8, ptr %"keys.129", i64 7
  store i8 1, ptr %".3104", align 1
  %".3106" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.57" = load volatile i32, ptr %".3106", align 4
  %".3107" = and i32 %"flags.57", 1
  %".3108" = icmp ne i32 %".3107", 0
  %".3109" = xor i1 %".3108", -1
  br i1 %".3109", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3116" = trunc i64 %".3094" to i16
  %".3117" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3116", ptr %".3117", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3111" = trunc i64 %".3094" to i16
  %".3112" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3111", ptr %".3112", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3123" = trunc i64 %".3094" to i16
  %".3124" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3123", ptr %".3124", align 2
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
  %".3140" = trunc i64 34887 to i16
  %".3141" = call i16 @"llvm.bswap.i16"(i16 %".3140")
  %".3142" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3141", ptr %".3142", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3145" = trunc i64 2048 to i16
  %".3146" = call i16 @"llvm.bswap.i16"(i16 %".3145")
  %".3147" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3146", ptr %".3147", align 2
  %".3149" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3149", align 1
  %".3151" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.58" = load volatile i32, ptr %".3151", align 4
  %".3152" = and i32 %"flags.58", 4
  %".3153" = icmp ne i32 %".3152", 0
  br i1 %".3153", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3160" = trunc i64 34525 to i16
  %".3161" = call i16 @"llvm.bswap.i16"(i16 %".3160")
  %".3162" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3161", ptr %".3162", align 2
  %".3164" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3164", align 1
  %".3166" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.59" = load volatile i32, ptr %".3166", align 4
  %".3167" = and i32 %"flags.59", 4
  %".3168" = icmp ne i32 %".3167", 0
  br i1 %".3168", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3155" = trunc i64 %".3094" to i16
  %".3156" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3155", ptr %".3156", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3170" = trunc i64 %".3094" to i16
  %".3171" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3170", ptr %".3171", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3181" = trunc i64 %"cursor.41" to i32
  %".3182" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3181", [40 x i8]* %"header_copy", i32 4)
  %".3183" = icmp eq i64 %".3182", 0
  %".3184" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3185" = load i32, ptr %".3184", align 4
  %".3186" = zext i32 %".3185" to i64
  %"data.130" = inttoptr i64 %".3186" to ptr
  %".3187" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3188" = load i32, ptr %".3187", align 4
  %".3189" = zext i32 %".3188" to i64
  %"data_end.130" = inttoptr i64 %".3189" to ptr
  %".3190" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.130" = load ptr, ptr %".3190", align 8
  %".3191" = xor i1 %".3183", -1
  br i1 %".3191", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3193" = trunc i64 %"cursor.41" to i16
  %".3194" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".3193", ptr %".3194", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3197" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3198" = load volatile i16, [40 x i8]* %".3197", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3213" = trunc i64 %".3206" to i16
  %".3214" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3213", ptr %".3214", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3219" = trunc i64 %".3206" to i16
  %".3220" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3219", ptr %".3220", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3223" = trunc i64 %".3206" to i16
  %".3224" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3223", ptr %".3224", align 2
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
  %".3236" = trunc i64 %".3206" to i16
  %".3237" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3236", ptr %".3237", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3240" = trunc i64 %".3206" to i16
  %".3241" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3240", ptr %".3241", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3251" = trunc i64 %"cursor.42" to i32
  %".3252" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3251", [40 x i8]* %"header_copy", i32 6)
  %".3253" = icmp eq i64 %".3252", 0
  %".3254" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3255" = load i32, ptr %".3254", align 4
  %".3256" = zext i32 %".3255" to i64
  %"data.132" = inttoptr i64 %".3256" to ptr
  %".3257" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3258" = load i32, ptr %".3257", align 4
  %".3259" = zext i32 %".3258" to i64
  %"data_end.132" = inttoptr i64 %".3259" to ptr
  %".3260" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.132" = load ptr, ptr %".3260", align 8
  %".3261" = xor i1 %".3253", -1
  br i1 %".3261", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3263" = trunc i64 %"cursor.42" to i16
  %".3264" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3263", ptr %".3264", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3267" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3268" = load volatile i16, [40 x i8]* %".3267", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3283" = trunc i64 %".3276" to i16
  %".3284" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3283", ptr %".3284", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3289" = trunc i64 %".3276" to i16
  %".3290" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3289", ptr %".3290", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3293" = trunc i64 %".3276" to i16
  %".3294" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3293", ptr %".3294", align 2
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
  %".3306" = trunc i64 %".3276" to i16
  %".3307" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3306", ptr %".3307", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3310" = trunc i64 %".3276" to i16
  %".3311" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3310", ptr %".3311", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
ethernet_d1.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3321" = trunc i64 %"cursor.43" to i32
  %".3322" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3321", [40 x i8]* %"header_copy", i32 14)
  %".3323" = icmp eq i64 %".3322", 0
  %".3324" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3325" = load i32, ptr %".3324", align 4
  %".3326" = zext i32 %".3325" to i64
  %"data.134" = inttoptr i64 %".3326" to ptr
  %".3327" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3328" = load i32, ptr %".3327", align 4
  %".3329" = zext i32 %".3328" to i64
  %"data_end.134" = inttoptr i64 %".3329" to ptr
  %".3330" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.134" = load ptr, ptr %".3330", align 8
  %".3331" = xor i1 %".3323", -1
  br i1 %".3331", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3333" = trunc i64 %"cursor.43" to i16
  %".3334" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3333", ptr %".3334", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3337" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3338" = load volatile i16, [40 x i8]* %".3337", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3350" = trunc i64 %".3346" to i16
  %".3351" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3350", ptr %".3351", align 2
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
  %".3376" = trunc i64 %"cursor.44" to i32
  %".3377" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3376", [40 x i8]* %"header_copy", i32 4)
  %".3378" = icmp eq i64 %".3377", 0
  %".3379" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3380" = load i32, ptr %".3379", align 4
  %".3381" = zext i32 %".3380" to i64
  %"data.136" = inttoptr i64 %".3381" to ptr
  %".3382" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3383" = load i32, ptr %".3382", align 4
  %".3384" = zext i32 %".3383" to i64
  %"data_end.136" = inttoptr i64 %".3384" to ptr
  %".3385" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.136" = load ptr, ptr %".3385", align 8
  %".3386" = xor i1 %".3378", -1
  br i1 %".3386", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3388" = trunc i64 %"cursor.44" to i16
  %".3389" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3388", ptr %".3389", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3392" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3393" = load volatile i16, [40 x i8]* %".3392", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3399" = and i64 %".3397", 0
  %".3400" = icmp eq i64 %".3399", 0
  br i1 %".3400", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".3406" = trunc i64 2048 to i16
  %".3407" = call i16 @"llvm.bswap.i16"(i16 %".3406")
  %".3408" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".3407", ptr %".3408", align 2
  %".3410" = getelementptr i8, ptr %"keys.137", i64 8
  store i8 1, ptr %".3410", align 1
  %".3412" = getelementptr i8, ptr %"keys.137", i64 48
  %"flags.60" = load volatile i32, ptr %".3412", align 4
  %".3413" = and i32 %"flags.60", 4
  %".3414" = icmp ne i32 %".3413", 0
  br i1 %".3414", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".3421" = trunc i64 34525 to i16
  %".3422" = call i16 @"llvm.bswap.i16"(i16 %".3421")
  %".3423" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".3422", ptr %".3423", align 2
  %".3425" = getelementptr i8, ptr %"keys.137", i64 8
  store i8 1, ptr %".3425", align 1
  %".3427" = getelementptr i8, ptr %"keys.137", i64 48
  %"flags.61" = load volatile i32, ptr %".3427", align 4
  %".3428" = and i32 %"flags.61", 4
  %".3429" = icmp ne i32 %".3428", 0
  br i1 %".3429", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".3436" = trunc i64 34827 to i16
  %".3437" = call i16 @"llvm.bswap.i16"(i16 %".3436")
  %".3438" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".3437", ptr %".3438", align 2
  %".3440" = getelementptr i8, ptr %"keys.137", i64 8
  store i8 1, ptr %".3440", align 1
  %".3442" = getelementptr i8, ptr %"keys.137", i64 48
  %"flags.62" = load volatile i32, ptr %".3442", align 4
  %".3443" = and i32 %"flags.62", 4
  %".3444" = icmp ne i32 %".3443", 0
  br i1 %".3444", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".3402" = trunc i64 %".3395" to i16
  %".3403" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3402", ptr %".3403", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3416" = trunc i64 %".3395" to i16
  %".3417" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3416", ptr %".3417", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".3431" = trunc i64 %".3395" to i16
  %".3432" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3431", ptr %".3432", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".3446" = trunc i64 %".3395" to i16
  %".3447" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3446", ptr %".3447", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.51" = phi  i64 [%".3395", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.138" = phi  ptr [%"data.137", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.138" = phi  ptr [%"data_end.137", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.138" = phi  ptr [%"keys.137", %"ppp_d0.stop_at_encap.endif.2"]
  %".4116" = add i64 %"cursor.51", 0
  %".4117" = trunc i64 %".4116" to i16
  %".4118" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4117", ptr %".4118", align 2
  br label %"return"
gre_d1.stop_before:
  %".3460" = trunc i64 %"cursor.45" to i16
  %".3461" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3460", ptr %".3461", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".3464" = add i64 %"cursor.45", 4
  %".3465" = zext i8 %"w0_1.9" to i64
  %".3466" = lshr i64 %".3465", 7
  %".3467" = and i64 %".3466", 1
  %".3468" = zext i8 %"w0_1.9" to i64
  %".3469" = lshr i64 %".3468", 5
  %".3470" = and i64 %".3469", 1
  %".3471" = add i64 %".3467", %".3470"
  %".3472" = zext i8 %"w0_1.9" to i64
  %".3473" = lshr i64 %".3472", 4
  %".3474" = and i64 %".3473", 1
  %".3475" = add i64 %".3471", %".3474"
  %".3476" = mul i64 %".3475", 4
  %".3477" = add i64 %".3476", 4
  %".3478" = getelementptr i8, ptr %"data.116", i64 %"cursor.45"
  %".3479" = getelementptr i8, ptr %".3478", i64 %".3477"
  %".3480" = icmp ugt ptr %".3479", %"data_end.116"
  br i1 %".3480", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.140" = phi  ptr [%"data.116", %"gre_d1.stop_before.endif"], [%"data.139", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.116", %"gre_d1.stop_before.endif"], [%"data_end.139", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.116", %"gre_d1.stop_before.endif"], [%"keys.139", %"gre_d1.copy_last_byte_failed.endif"]
  %".3501" = add i64 %"cursor.45", %".3477"
  %".3502" = add i64 %"cursor.45", 4
  %".3503" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3502")
  %".3504" = icmp eq i64 %".3476", 0
  %"end.7" = select  i1 %".3504", i64 %".3503", i64 %".3501"
  %".3505" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3505", align 1
  %".3507" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.63" = load volatile i32, ptr %".3507", align 4
  %".3508" = and i32 %"flags.63", 4
  %".3509" = icmp ne i32 %".3508", 0
  br i1 %".3509", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".3482" = add i64 %"cursor.45", %".3477"
  %".3483" = sub i64 %".3482", 1
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3484" = trunc i64 %".3483" to i32
  %".3485" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3484", i64* %"last_byte", i32 1)
  %".3486" = icmp eq i64 %".3485", 0
  %".3487" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3488" = load i32, ptr %".3487", align 4
  %".3489" = zext i32 %".3488" to i64
  %"data.139" = inttoptr i64 %".3489" to ptr
  %".3490" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3491" = load i32, ptr %".3490", align 4
  %".3492" = zext i32 %".3491" to i64
  %"data_end.139" = inttoptr i64 %".3492" to ptr
  %".3493" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.139" = load ptr, ptr %".3493", align 8
  %".3494" = xor i1 %".3486", -1
  br i1 %".3494", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3496" = trunc i64 %"cursor.45" to i16
  %".3497" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3496", ptr %".3497", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3511" = trunc i64 %"end.7" to i16
  %".3512" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3511", ptr %".3512", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".3515" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3516" = zext i16 %".3515" to i64
  %".3517" = trunc i64 %".3516" to i16
  %".3518" = call i16 @"llvm.bswap.i16"(i16 %".3517")
  %".3519" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3518", ptr %".3519", align 2
  %".3521" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3522" = zext i16 %".3521" to i64
  switch i64 %".3522", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !4
gre_d1.unknown:
  %".3524" = trunc i64 %"end.7" to i16
  %".3525" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3524", ptr %".3525", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".3528" = trunc i64 %"end.7" to i16
  %".3529" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3528", ptr %".3529", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3532" = trunc i64 %"end.7" to i16
  %".3533" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3532", ptr %".3533", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3536" = trunc i64 %"end.7" to i16
  %".3537" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3536", ptr %".3537", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3540" = trunc i64 %"end.7" to i16
  %".3541" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3540", ptr %".3541", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3544" = trunc i64 %"end.7" to i16
  %".3545" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3544", ptr %".3545", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3548" = trunc i64 %"end.7" to i16
  %".3549" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3548", ptr %".3549", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3552" = trunc i64 %"end.7" to i16
  %".3553" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3552", ptr %".3553", align 2
  br label %"return"
gre_d1.to_arp:
  %".3556" = trunc i64 %"end.7" to i16
  %".3557" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3556", ptr %".3557", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3560" = trunc i64 %"end.7" to i16
  %".3561" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3560", ptr %".3561", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3564" = trunc i64 %"end.7" to i16
  %".3565" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3564", ptr %".3565", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3568" = trunc i64 %"end.7" to i16
  %".3569" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3568", ptr %".3569", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3572" = trunc i64 %"end.7" to i16
  %".3573" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3572", ptr %".3573", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3576" = trunc i64 %"end.7" to i16
  %".3577" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3576", ptr %".3577", align 2
  br label %"return"
gre_d1.to_hsr:
  %".3580" = trunc i64 %"end.7" to i16
  %".3581" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3580", ptr %".3581", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".3584" = trunc i64 %"end.7" to i16
  %".3585" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3584", ptr %".3585", align 2
  br label %"return"
gre_d1.to_batadv:
  %".3588" = trunc i64 %"end.7" to i16
  %".3589" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3588", ptr %".3589", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3592" = trunc i64 %"end.7" to i16
  %".3593" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3592", ptr %".3593", align 2
  br label %"return"
pptp_d1.stop_before:
  %".3605" = trunc i64 %"cursor.46" to i16
  %".3606" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".3605", ptr %".3606", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".3609" = add i64 %"cursor.46", 4
  %".3610" = zext i8 %"w0_1.9" to i64
  %".3611" = lshr i64 %".3610", 7
  %".3612" = and i64 %".3611", 1
  %".3613" = zext i8 %"w0_1.9" to i64
  %".3614" = lshr i64 %".3613", 5
  %".3615" = and i64 %".3614", 1
  %".3616" = add i64 %".3612", %".3615"
  %".3617" = zext i8 %"w0_1.9" to i64
  %".3618" = lshr i64 %".3617", 4
  %".3619" = and i64 %".3618", 1
  %".3620" = add i64 %".3616", %".3619"
  %".3621" = zext i8 %"w1_1.6" to i64
  %".3622" = lshr i64 %".3621", 7
  %".3623" = and i64 %".3622", 1
  %".3624" = add i64 %".3620", %".3623"
  %".3625" = mul i64 %".3624", 4
  %".3626" = add i64 %".3625", 4
  %".3627" = getelementptr i8, ptr %"data.117", i64 %"cursor.46"
  %".3628" = getelementptr i8, ptr %".3627", i64 %".3626"
  %".3629" = icmp ugt ptr %".3628", %"data_end.117"
  br i1 %".3629", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.142" = phi  ptr [%"data.117", %"pptp_d1.stop_before.endif"], [%"data.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.117", %"pptp_d1.stop_before.endif"], [%"data_end.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.117", %"pptp_d1.stop_before.endif"], [%"keys.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %".3650" = add i64 %"cursor.46", %".3626"
  %".3651" = add i64 %"cursor.46", 4
  %".3652" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3651")
  %".3653" = icmp eq i64 %".3625", 0
  %"end.8" = select  i1 %".3653", i64 %".3652", i64 %".3650"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".3631" = add i64 %"cursor.46", %".3626"
  %".3632" = sub i64 %".3631", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3633" = trunc i64 %".3632" to i32
  %".3634" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3633", i64* %"last_byte", i32 1)
  %".3635" = icmp eq i64 %".3634", 0
  %".3636" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3637" = load i32, ptr %".3636", align 4
  %".3638" = zext i32 %".3637" to i64
  %"data.141" = inttoptr i64 %".3638" to ptr
  %".3639" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3640" = load i32, ptr %".3639", align 4
  %".3641" = zext i32 %".3640" to i64
  %"data_end.141" = inttoptr i64 %".3641" to ptr
  %".3642" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.141" = load ptr, ptr %".3642", align 8
  %".3643" = xor i1 %".3635", -1
  br i1 %".3643", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3645" = trunc i64 %"cursor.46" to i16
  %".3646" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3645", ptr %".3646", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3655" = trunc i64 %"end.8" to i16
  %".3656" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3655", ptr %".3656", align 2
  br label %"return"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.52" = phi  i64 [%"end.8", %"pptp_d1.to_ppp"]
  %"data.143" = phi  ptr [%"data.142", %"pptp_d1.to_ppp"]
  %"data_end.143" = phi  ptr [%"data_end.142", %"pptp_d1.to_ppp"]
  %"keys.143" = phi  ptr [%"keys.142", %"pptp_d1.to_ppp"]
  %"hdr.43" = getelementptr i8, ptr %"data.143", i64 %"cursor.52"
  %".4121" = getelementptr i8, ptr %"hdr.43", i64 4
  %".4122" = icmp ugt ptr %".4121", %"data_end.143"
  br i1 %".4122", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".4124" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4125" = load i16, ptr %".4124", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.17" = phi  i16 [%".4125", %"ppp_d1.linear"], [%".4144", %"ppp_d1.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.143", %"ppp_d1.linear"], [%"data.154", %"ppp_d1.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.143", %"ppp_d1.linear"], [%"data_end.154", %"ppp_d1.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.143", %"ppp_d1.linear"], [%"keys.154", %"ppp_d1.copy_failed.endif"]
  %".4146" = add i64 %"cursor.52", 4
  %".4147" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4148" = zext i16 %".4147" to i64
  switch i64 %".4148", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3668" = trunc i64 %"cursor.47" to i32
  %".3669" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3668", [40 x i8]* %"header_copy", i32 2)
  %".3670" = icmp eq i64 %".3669", 0
  %".3671" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3672" = load i32, ptr %".3671", align 4
  %".3673" = zext i32 %".3672" to i64
  %"data.144" = inttoptr i64 %".3673" to ptr
  %".3674" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3675" = load i32, ptr %".3674", align 4
  %".3676" = zext i32 %".3675" to i64
  %"data_end.144" = inttoptr i64 %".3676" to ptr
  %".3677" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.144" = load ptr, ptr %".3677", align 8
  %".3678" = xor i1 %".3670", -1
  br i1 %".3678", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3680" = trunc i64 %"cursor.47" to i16
  %".3681" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3680", ptr %".3681", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3684" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3685" = load volatile i8, [40 x i8]* %".3684", align 1
  %".3686" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3687" = load volatile i8, [40 x i8]* %".3686", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3704" = trunc i64 %"end.9" to i16
  %".3705" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3704", ptr %".3705", align 2
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
  %".3721" = trunc i64 34887 to i16
  %".3722" = call i16 @"llvm.bswap.i16"(i16 %".3721")
  %".3723" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3722", ptr %".3723", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3726" = trunc i64 2048 to i16
  %".3727" = call i16 @"llvm.bswap.i16"(i16 %".3726")
  %".3728" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3727", ptr %".3728", align 2
  %".3730" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3730", align 1
  %".3732" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.64" = load volatile i32, ptr %".3732", align 4
  %".3733" = and i32 %"flags.64", 4
  %".3734" = icmp ne i32 %".3733", 0
  br i1 %".3734", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3744" = trunc i64 34525 to i16
  %".3745" = call i16 @"llvm.bswap.i16"(i16 %".3744")
  %".3746" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3745", ptr %".3746", align 2
  %".3748" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3748", align 1
  %".3750" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.65" = load volatile i32, ptr %".3750", align 4
  %".3751" = and i32 %"flags.65", 4
  %".3752" = icmp ne i32 %".3751", 0
  br i1 %".3752", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.53" = phi  i64 [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4753", %"widening.test.26"]
  %"data.146" = phi  ptr [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.186", %"widening.test.26"]
  %"data_end.146" = phi  ptr [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.186", %"widening.test.26"]
  %"keys.146" = phi  ptr [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.26"]
  %"hdr.44" = getelementptr i8, ptr %"data.146", i64 %"cursor.53"
  %".4211" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4212" = icmp ugt ptr %".4211", %"data_end.146"
  br i1 %".4212", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4214" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4215" = load i8, ptr %".4214", align 1
  %".4216" = getelementptr i8, ptr %"hdr.44", i64 1
  %".4217" = load i8, ptr %".4216", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.18" = phi  i8 [%".4215", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4236", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4217", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4238", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.156", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.156", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.156", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4240" = zext i8 %"w0_1.18" to i64
  %".4241" = trunc i64 %".4240" to i8
  %".4242" = getelementptr i8, ptr %"keys.157", i64 9
  store i8 %".4241", ptr %".4242", align 1
  %".4244" = add i64 %"cursor.53", 2
  %".4245" = zext i8 %"w1_1.11" to i64
  %".4246" = mul i64 %".4245", 8
  %".4247" = add i64 %".4246", 6
  %".4248" = add i64 %".4247", 2
  %".4249" = add i64 %"cursor.53", %".4248"
  %".4250" = add i64 %"cursor.53", 8
  %".4251" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4250")
  %".4252" = icmp eq i64 %".4247", 6
  %"end.11" = select  i1 %".4252", i64 %".4251", i64 %".4249"
  %".4253" = zext i8 %"w0_1.18" to i64
  switch i64 %".4253", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3:
  %"cursor.54" = phi  i64 [%"end.9", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".3795", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".4742", %"widening.test.25"]
  %"data.147" = phi  ptr [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.185", %"widening.test.25"]
  %"data_end.147" = phi  ptr [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.185", %"widening.test.25"]
  %"keys.147" = phi  ptr [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.25"]
  %"hdr.45" = getelementptr i8, ptr %"data.147", i64 %"cursor.54"
  %".4325" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4326" = icmp ugt ptr %".4325", %"data_end.147"
  br i1 %".4326", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4328" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4329" = load i8, ptr %".4328", align 1
  %".4330" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4331" = load i16, ptr %".4330", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.19" = phi  i8 [%".4329", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4350", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4331", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4352", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.158", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.158", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.158", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4354" = zext i8 %"w0_1.19" to i64
  %".4355" = trunc i64 %".4354" to i8
  %".4356" = getelementptr i8, ptr %"keys.159", i64 9
  store i8 %".4355", ptr %".4356", align 1
  %".4358" = add i64 %"cursor.54", 8
  %".4359" = icmp ne i64 1, 0
  %".4360" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4361" = zext i16 %".4360" to i64
  %".4362" = and i64 %".4361", 65528
  %".4363" = icmp eq i64 %".4362", 0
  br i1 %".4359", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3736" = trunc i64 %"end.9" to i16
  %".3737" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3736", ptr %".3737", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3740" = trunc i64 %"end.9" to i16
  %".3741" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3740", ptr %".3741", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3754" = trunc i64 %"end.9" to i16
  %".3755" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3754", ptr %".3755", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3758" = trunc i64 %"end.9" to i16
  %".3759" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3758", ptr %".3759", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3770" = trunc i64 %"cursor.48" to i32
  %".3771" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3770", [40 x i8]* %"header_copy", i32 8)
  %".3772" = icmp eq i64 %".3771", 0
  %".3773" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3774" = load i32, ptr %".3773", align 4
  %".3775" = zext i32 %".3774" to i64
  %"data.148" = inttoptr i64 %".3775" to ptr
  %".3776" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3777" = load i32, ptr %".3776", align 4
  %".3778" = zext i32 %".3777" to i64
  %"data_end.148" = inttoptr i64 %".3778" to ptr
  %".3779" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.148" = load ptr, ptr %".3779", align 8
  %".3780" = xor i1 %".3772", -1
  br i1 %".3780", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3782" = trunc i64 %"cursor.48" to i16
  %".3783" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3782", ptr %".3783", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3786" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3787" = load volatile i8, [40 x i8]* %".3786", align 1
  %".3788" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3789" = load volatile i16, [40 x i8]* %".3788", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3802" = getelementptr i8, ptr %"keys.149", i64 6
  store i8 1, ptr %".3802", align 1
  br i1 %".3800", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".3822" = zext i8 %"w0_1.15" to i64
  switch i64 %".3822", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".3805" = getelementptr i8, ptr %"keys.149", i64 7
  store i8 1, ptr %".3805", align 1
  %".3807" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.66" = load volatile i32, ptr %".3807", align 4
  %".3808" = and i32 %"flags.66", 1
  %".3809" = icmp ne i32 %".3808", 0
  %".3810" = xor i1 %".3809", -1
  br i1 %".3810", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".3817" = trunc i64 %".3795" to i16
  %".3818" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3817", ptr %".3818", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".3812" = trunc i64 %".3795" to i16
  %".3813" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3812", ptr %".3813", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".3824" = trunc i64 %".3795" to i16
  %".3825" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3824", ptr %".3825", align 2
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
  %".3841" = trunc i64 34887 to i16
  %".3842" = call i16 @"llvm.bswap.i16"(i16 %".3841")
  %".3843" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3842", ptr %".3843", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".3846" = trunc i64 2048 to i16
  %".3847" = call i16 @"llvm.bswap.i16"(i16 %".3846")
  %".3848" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3847", ptr %".3848", align 2
  %".3850" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3850", align 1
  %".3852" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.67" = load volatile i32, ptr %".3852", align 4
  %".3853" = and i32 %"flags.67", 4
  %".3854" = icmp ne i32 %".3853", 0
  br i1 %".3854", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".3864" = trunc i64 34525 to i16
  %".3865" = call i16 @"llvm.bswap.i16"(i16 %".3864")
  %".3866" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3865", ptr %".3866", align 2
  %".3868" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3868", align 1
  %".3870" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.68" = load volatile i32, ptr %".3870", align 4
  %".3871" = and i32 %"flags.68", 4
  %".3872" = icmp ne i32 %".3871", 0
  br i1 %".3872", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".3856" = trunc i64 %".3795" to i16
  %".3857" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3856", ptr %".3857", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".3860" = trunc i64 %".3795" to i16
  %".3861" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3860", ptr %".3861", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".3874" = trunc i64 %".3795" to i16
  %".3875" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3874", ptr %".3875", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3878" = trunc i64 %".3795" to i16
  %".3879" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3878", ptr %".3879", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3890" = trunc i64 %"cursor.49" to i32
  %".3891" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3890", [40 x i8]* %"header_copy", i32 2)
  %".3892" = icmp eq i64 %".3891", 0
  %".3893" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3894" = load i32, ptr %".3893", align 4
  %".3895" = zext i32 %".3894" to i64
  %"data.150" = inttoptr i64 %".3895" to ptr
  %".3896" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3897" = load i32, ptr %".3896", align 4
  %".3898" = zext i32 %".3897" to i64
  %"data_end.150" = inttoptr i64 %".3898" to ptr
  %".3899" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.150" = load ptr, ptr %".3899", align 8
  %".3900" = xor i1 %".3892", -1
  br i1 %".3900", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".3902" = trunc i64 %"cursor.49" to i16
  %".3903" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3902", ptr %".3903", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".3906" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3907" = load volatile i8, [40 x i8]* %".3906", align 1
  %".3908" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3909" = load volatile i8, [40 x i8]* %".3908", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".3926" = trunc i64 %"end.10" to i16
  %".3927" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3926", ptr %".3927", align 2
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
  %".3938" = trunc i64 %"end.10" to i16
  %".3939" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3938", ptr %".3939", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3942" = trunc i64 %"end.10" to i16
  %".3943" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3942", ptr %".3943", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3946" = trunc i64 %"end.10" to i16
  %".3947" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3946", ptr %".3947", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".3950" = trunc i64 %"end.10" to i16
  %".3951" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3950", ptr %".3951", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".3955" = trunc i64 34887 to i16
  %".3956" = call i16 @"llvm.bswap.i16"(i16 %".3955")
  %".3957" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".3956", ptr %".3957", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".3960" = trunc i64 2048 to i16
  %".3961" = call i16 @"llvm.bswap.i16"(i16 %".3960")
  %".3962" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".3961", ptr %".3962", align 2
  %".3964" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3964", align 1
  %".3966" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.69" = load volatile i32, ptr %".3966", align 4
  %".3967" = and i32 %"flags.69", 4
  %".3968" = icmp ne i32 %".3967", 0
  br i1 %".3968", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".3975" = trunc i64 34525 to i16
  %".3976" = call i16 @"llvm.bswap.i16"(i16 %".3975")
  %".3977" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".3976", ptr %".3977", align 2
  %".3979" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3979", align 1
  %".3981" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.70" = load volatile i32, ptr %".3981", align 4
  %".3982" = and i32 %"flags.70", 4
  %".3983" = icmp ne i32 %".3982", 0
  br i1 %".3983", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".3970" = trunc i64 %"end.10" to i16
  %".3971" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3970", ptr %".3971", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".3985" = trunc i64 %"end.10" to i16
  %".3986" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3985", ptr %".3986", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3998" = trunc i64 %"cursor.50" to i32
  %".3999" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3998", [40 x i8]* %"header_copy", i32 8)
  %".4000" = icmp eq i64 %".3999", 0
  %".4001" = getelementptr i8, ptr %"ctx.49", i64 76
  %".4002" = load i32, ptr %".4001", align 4
  %".4003" = zext i32 %".4002" to i64
  %"data.152" = inttoptr i64 %".4003" to ptr
  %".4004" = getelementptr i8, ptr %"ctx.49", i64 80
  %".4005" = load i32, ptr %".4004", align 4
  %".4006" = zext i32 %".4005" to i64
  %"data_end.152" = inttoptr i64 %".4006" to ptr
  %".4007" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.152" = load ptr, ptr %".4007", align 8
  %".4008" = xor i1 %".4000", -1
  br i1 %".4008", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".4010" = trunc i64 %"cursor.50" to i16
  %".4011" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".4010", ptr %".4011", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".4014" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4015" = load volatile i8, [40 x i8]* %".4014", align 1
  %".4016" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4017" = load volatile i16, [40 x i8]* %".4016", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".4030" = getelementptr i8, ptr %"keys.153", i64 6
  store i8 1, ptr %".4030", align 1
  br i1 %".4028", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".4050" = zext i8 %"w0_1.17" to i64
  switch i64 %".4050", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".4033" = getelementptr i8, ptr %"keys.153", i64 7
  store i8 1, ptr %".4033", align 1
  %".4035" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.71" = load volatile i32, ptr %".4035", align 4
  %".4036" = and i32 %"flags.71", 1
  %".4037" = icmp ne i32 %".4036", 0
  %".4038" = xor i1 %".4037", -1
  br i1 %".4038", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".4045" = trunc i64 %".4023" to i16
  %".4046" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4045", ptr %".4046", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".4040" = trunc i64 %".4023" to i16
  %".4041" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4040", ptr %".4041", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".4052" = trunc i64 %".4023" to i16
  %".4053" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4052", ptr %".4053", align 2
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
  %".4064" = trunc i64 %".4023" to i16
  %".4065" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4064", ptr %".4065", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4068" = trunc i64 %".4023" to i16
  %".4069" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4068", ptr %".4069", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4072" = trunc i64 %".4023" to i16
  %".4073" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4072", ptr %".4073", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".4076" = trunc i64 %".4023" to i16
  %".4077" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4076", ptr %".4077", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".4081" = trunc i64 34887 to i16
  %".4082" = call i16 @"llvm.bswap.i16"(i16 %".4081")
  %".4083" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4082", ptr %".4083", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".4086" = trunc i64 2048 to i16
  %".4087" = call i16 @"llvm.bswap.i16"(i16 %".4086")
  %".4088" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4087", ptr %".4088", align 2
  %".4090" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4090", align 1
  %".4092" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.72" = load volatile i32, ptr %".4092", align 4
  %".4093" = and i32 %"flags.72", 4
  %".4094" = icmp ne i32 %".4093", 0
  br i1 %".4094", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".4101" = trunc i64 34525 to i16
  %".4102" = call i16 @"llvm.bswap.i16"(i16 %".4101")
  %".4103" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4102", ptr %".4103", align 2
  %".4105" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4105", align 1
  %".4107" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.73" = load volatile i32, ptr %".4107", align 4
  %".4108" = and i32 %"flags.73", 4
  %".4109" = icmp ne i32 %".4108", 0
  br i1 %".4109", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".4096" = trunc i64 %".4023" to i16
  %".4097" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4096", ptr %".4097", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".4111" = trunc i64 %".4023" to i16
  %".4112" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4111", ptr %".4112", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4127" = trunc i64 %"cursor.52" to i32
  %".4128" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4127", [40 x i8]* %"header_copy", i32 4)
  %".4129" = icmp eq i64 %".4128", 0
  %".4130" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4131" = load i32, ptr %".4130", align 4
  %".4132" = zext i32 %".4131" to i64
  %"data.154" = inttoptr i64 %".4132" to ptr
  %".4133" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4134" = load i32, ptr %".4133", align 4
  %".4135" = zext i32 %".4134" to i64
  %"data_end.154" = inttoptr i64 %".4135" to ptr
  %".4136" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.154" = load ptr, ptr %".4136", align 8
  %".4137" = xor i1 %".4129", -1
  br i1 %".4137", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".4139" = trunc i64 %"cursor.52" to i16
  %".4140" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".4139", ptr %".4140", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".4143" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4144" = load volatile i16, [40 x i8]* %".4143", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".4150" = and i64 %".4148", 0
  %".4151" = icmp eq i64 %".4150", 0
  br i1 %".4151", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".4157" = trunc i64 2048 to i16
  %".4158" = call i16 @"llvm.bswap.i16"(i16 %".4157")
  %".4159" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4158", ptr %".4159", align 2
  %".4161" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4161", align 1
  %".4163" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.74" = load volatile i32, ptr %".4163", align 4
  %".4164" = and i32 %"flags.74", 4
  %".4165" = icmp ne i32 %".4164", 0
  br i1 %".4165", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".4175" = trunc i64 34525 to i16
  %".4176" = call i16 @"llvm.bswap.i16"(i16 %".4175")
  %".4177" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4176", ptr %".4177", align 2
  %".4179" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4179", align 1
  %".4181" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.75" = load volatile i32, ptr %".4181", align 4
  %".4182" = and i32 %"flags.75", 4
  %".4183" = icmp ne i32 %".4182", 0
  br i1 %".4183", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".4193" = trunc i64 34827 to i16
  %".4194" = call i16 @"llvm.bswap.i16"(i16 %".4193")
  %".4195" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4194", ptr %".4195", align 2
  %".4197" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4197", align 1
  %".4199" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.76" = load volatile i32, ptr %".4199", align 4
  %".4200" = and i32 %"flags.76", 4
  %".4201" = icmp ne i32 %".4200", 0
  br i1 %".4201", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".4153" = trunc i64 %".4146" to i16
  %".4154" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4153", ptr %".4154", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".4167" = trunc i64 %".4146" to i16
  %".4168" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4167", ptr %".4168", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".4171" = trunc i64 %".4146" to i16
  %".4172" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4171", ptr %".4172", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".4185" = trunc i64 %".4146" to i16
  %".4186" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4185", ptr %".4186", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".4189" = trunc i64 %".4146" to i16
  %".4190" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4189", ptr %".4190", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".4203" = trunc i64 %".4146" to i16
  %".4204" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4203", ptr %".4204", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".4207" = trunc i64 %".4146" to i16
  %".4208" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4207", ptr %".4208", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4219" = trunc i64 %"cursor.53" to i32
  %".4220" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4219", [40 x i8]* %"header_copy", i32 2)
  %".4221" = icmp eq i64 %".4220", 0
  %".4222" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4223" = load i32, ptr %".4222", align 4
  %".4224" = zext i32 %".4223" to i64
  %"data.156" = inttoptr i64 %".4224" to ptr
  %".4225" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4226" = load i32, ptr %".4225", align 4
  %".4227" = zext i32 %".4226" to i64
  %"data_end.156" = inttoptr i64 %".4227" to ptr
  %".4228" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.156" = load ptr, ptr %".4228", align 8
  %".4229" = xor i1 %".4221", -1
  br i1 %".4229", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4231" = trunc i64 %"cursor.53" to i16
  %".4232" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".4231", ptr %".4232", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4235" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4236" = load volatile i8, [40 x i8]* %".4235", align 1
  %".4237" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4238" = load volatile i8, [40 x i8]* %".4237", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4255" = trunc i64 %"end.11" to i16
  %".4256" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4255", ptr %".4256", align 2
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
  %".4267" = trunc i64 %"end.11" to i16
  %".4268" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4267", ptr %".4268", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4271" = trunc i64 %"end.11" to i16
  %".4272" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4271", ptr %".4272", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4275" = trunc i64 %"end.11" to i16
  %".4276" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4275", ptr %".4276", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4279" = trunc i64 %"end.11" to i16
  %".4280" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4279", ptr %".4280", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4284" = trunc i64 34887 to i16
  %".4285" = call i16 @"llvm.bswap.i16"(i16 %".4284")
  %".4286" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4285", ptr %".4286", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4289" = trunc i64 2048 to i16
  %".4290" = call i16 @"llvm.bswap.i16"(i16 %".4289")
  %".4291" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4290", ptr %".4291", align 2
  %".4293" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4293", align 1
  %".4295" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.77" = load volatile i32, ptr %".4295", align 4
  %".4296" = and i32 %"flags.77", 4
  %".4297" = icmp ne i32 %".4296", 0
  br i1 %".4297", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4307" = trunc i64 34525 to i16
  %".4308" = call i16 @"llvm.bswap.i16"(i16 %".4307")
  %".4309" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4308", ptr %".4309", align 2
  %".4311" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4311", align 1
  %".4313" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.78" = load volatile i32, ptr %".4313", align 4
  %".4314" = and i32 %"flags.78", 4
  %".4315" = icmp ne i32 %".4314", 0
  br i1 %".4315", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4299" = trunc i64 %"end.11" to i16
  %".4300" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4299", ptr %".4300", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4303" = trunc i64 %"end.11" to i16
  %".4304" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4303", ptr %".4304", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4317" = trunc i64 %"end.11" to i16
  %".4318" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4317", ptr %".4318", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4321" = trunc i64 %"end.11" to i16
  %".4322" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4321", ptr %".4322", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4333" = trunc i64 %"cursor.54" to i32
  %".4334" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4333", [40 x i8]* %"header_copy", i32 8)
  %".4335" = icmp eq i64 %".4334", 0
  %".4336" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4337" = load i32, ptr %".4336", align 4
  %".4338" = zext i32 %".4337" to i64
  %"data.158" = inttoptr i64 %".4338" to ptr
  %".4339" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4340" = load i32, ptr %".4339", align 4
  %".4341" = zext i32 %".4340" to i64
  %"data_end.158" = inttoptr i64 %".4341" to ptr
  %".4342" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.158" = load ptr, ptr %".4342", align 8
  %".4343" = xor i1 %".4335", -1
  br i1 %".4343", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4345" = trunc i64 %"cursor.54" to i16
  %".4346" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".4345", ptr %".4346", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4349" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4350" = load volatile i8, [40 x i8]* %".4349", align 1
  %".4351" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4352" = load volatile i16, [40 x i8]* %".4351", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4365" = getelementptr i8, ptr %"keys.159", i64 6
  store i8 1, ptr %".4365", align 1
  br i1 %".4363", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4385" = zext i8 %"w0_1.19" to i64
  switch i64 %".4385", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4368" = getelementptr i8, ptr %"keys.159", i64 7
  store i8 1, ptr %".4368", align 1
  %".4370" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.79" = load volatile i32, ptr %".4370", align 4
  %".4371" = and i32 %"flags.79", 1
  %".4372" = icmp ne i32 %".4371", 0
  %".4373" = xor i1 %".4372", -1
  br i1 %".4373", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4380" = trunc i64 %".4358" to i16
  %".4381" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4380", ptr %".4381", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4375" = trunc i64 %".4358" to i16
  %".4376" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4375", ptr %".4376", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4387" = trunc i64 %".4358" to i16
  %".4388" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4387", ptr %".4388", align 2
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
  %".4399" = trunc i64 %".4358" to i16
  %".4400" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4399", ptr %".4400", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4403" = trunc i64 %".4358" to i16
  %".4404" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4403", ptr %".4404", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4407" = trunc i64 %".4358" to i16
  %".4408" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4407", ptr %".4408", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4411" = trunc i64 %".4358" to i16
  %".4412" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4411", ptr %".4412", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".4416" = trunc i64 34887 to i16
  %".4417" = call i16 @"llvm.bswap.i16"(i16 %".4416")
  %".4418" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4417", ptr %".4418", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4421" = trunc i64 2048 to i16
  %".4422" = call i16 @"llvm.bswap.i16"(i16 %".4421")
  %".4423" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4422", ptr %".4423", align 2
  %".4425" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4425", align 1
  %".4427" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.80" = load volatile i32, ptr %".4427", align 4
  %".4428" = and i32 %"flags.80", 4
  %".4429" = icmp ne i32 %".4428", 0
  br i1 %".4429", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4439" = trunc i64 34525 to i16
  %".4440" = call i16 @"llvm.bswap.i16"(i16 %".4439")
  %".4441" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4440", ptr %".4441", align 2
  %".4443" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4443", align 1
  %".4445" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.81" = load volatile i32, ptr %".4445", align 4
  %".4446" = and i32 %"flags.81", 4
  %".4447" = icmp ne i32 %".4446", 0
  br i1 %".4447", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4431" = trunc i64 %".4358" to i16
  %".4432" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4431", ptr %".4432", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4435" = trunc i64 %".4358" to i16
  %".4436" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4435", ptr %".4436", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4449" = trunc i64 %".4358" to i16
  %".4450" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4449", ptr %".4450", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4453" = trunc i64 %".4358" to i16
  %".4454" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4453", ptr %".4454", align 2
  br label %"return"
widening.test:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4459" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4460" = load i32, ptr %".4459", align 4
  %".4461" = zext i32 %".4460" to i64
  %"data.160" = inttoptr i64 %".4461" to ptr
  %".4462" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4463" = load i32, ptr %".4462", align 4
  %".4464" = zext i32 %".4463" to i64
  %"data_end.160" = inttoptr i64 %".4464" to ptr
  %".4465" = getelementptr i8, ptr %"keys", i64 0
  %".4466" = load volatile i16, ptr %".4465", align 2
  %".4467" = zext i16 %".4466" to i64
  %".4468" = icmp ugt i64 %".4467", 261
  br i1 %".4468", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4470" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4471" = load i32, ptr %".4470", align 4
  %".4472" = zext i32 %".4471" to i64
  %"data.161" = inttoptr i64 %".4472" to ptr
  %".4473" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4474" = load i32, ptr %".4473", align 4
  %".4475" = zext i32 %".4474" to i64
  %"data_end.161" = inttoptr i64 %".4475" to ptr
  %".4476" = getelementptr i8, ptr %"keys", i64 0
  %".4477" = load volatile i16, ptr %".4476", align 2
  %".4478" = zext i16 %".4477" to i64
  %".4479" = icmp ugt i64 %".4478", 261
  br i1 %".4479", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4481" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4482" = load i32, ptr %".4481", align 4
  %".4483" = zext i32 %".4482" to i64
  %"data.162" = inttoptr i64 %".4483" to ptr
  %".4484" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4485" = load i32, ptr %".4484", align 4
  %".4486" = zext i32 %".4485" to i64
  %"data_end.162" = inttoptr i64 %".4486" to ptr
  %".4487" = getelementptr i8, ptr %"keys", i64 0
  %".4488" = load volatile i16, ptr %".4487", align 2
  %".4489" = zext i16 %".4488" to i64
  %".4490" = icmp ugt i64 %".4489", 267
  br i1 %".4490", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4492" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4493" = load i32, ptr %".4492", align 4
  %".4494" = zext i32 %".4493" to i64
  %"data.163" = inttoptr i64 %".4494" to ptr
  %".4495" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4496" = load i32, ptr %".4495", align 4
  %".4497" = zext i32 %".4496" to i64
  %"data_end.163" = inttoptr i64 %".4497" to ptr
  %".4498" = getelementptr i8, ptr %"keys", i64 0
  %".4499" = load volatile i16, ptr %".4498", align 2
  %".4500" = zext i16 %".4499" to i64
  %".4501" = icmp ugt i64 %".4500", 267
  br i1 %".4501", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4503" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4504" = load i32, ptr %".4503", align 4
  %".4505" = zext i32 %".4504" to i64
  %"data.164" = inttoptr i64 %".4505" to ptr
  %".4506" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4507" = load i32, ptr %".4506", align 4
  %".4508" = zext i32 %".4507" to i64
  %"data_end.164" = inttoptr i64 %".4508" to ptr
  %".4509" = getelementptr i8, ptr %"keys", i64 0
  %".4510" = load volatile i16, ptr %".4509", align 2
  %".4511" = zext i16 %".4510" to i64
  %".4512" = icmp ugt i64 %".4511", 275
  br i1 %".4512", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4514" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4515" = load i32, ptr %".4514", align 4
  %".4516" = zext i32 %".4515" to i64
  %"data.165" = inttoptr i64 %".4516" to ptr
  %".4517" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4518" = load i32, ptr %".4517", align 4
  %".4519" = zext i32 %".4518" to i64
  %"data_end.165" = inttoptr i64 %".4519" to ptr
  %".4520" = getelementptr i8, ptr %"keys", i64 0
  %".4521" = load volatile i16, ptr %".4520", align 2
  %".4522" = zext i16 %".4521" to i64
  %".4523" = icmp ugt i64 %".4522", 2363
  br i1 %".4523", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4525" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4526" = load i32, ptr %".4525", align 4
  %".4527" = zext i32 %".4526" to i64
  %"data.166" = inttoptr i64 %".4527" to ptr
  %".4528" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4529" = load i32, ptr %".4528", align 4
  %".4530" = zext i32 %".4529" to i64
  %"data_end.166" = inttoptr i64 %".4530" to ptr
  %".4531" = getelementptr i8, ptr %"keys", i64 0
  %".4532" = load volatile i16, ptr %".4531", align 2
  %".4533" = zext i16 %".4532" to i64
  %".4534" = icmp ugt i64 %".4533", 2363
  br i1 %".4534", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4536" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4537" = load i32, ptr %".4536", align 4
  %".4538" = zext i32 %".4537" to i64
  %"data.167" = inttoptr i64 %".4538" to ptr
  %".4539" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4540" = load i32, ptr %".4539", align 4
  %".4541" = zext i32 %".4540" to i64
  %"data_end.167" = inttoptr i64 %".4541" to ptr
  %".4542" = getelementptr i8, ptr %"keys", i64 0
  %".4543" = load volatile i16, ptr %".4542", align 2
  %".4544" = zext i16 %".4543" to i64
  %".4545" = icmp ugt i64 %".4544", 4411
  br i1 %".4545", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4547" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4548" = load i32, ptr %".4547", align 4
  %".4549" = zext i32 %".4548" to i64
  %"data.168" = inttoptr i64 %".4549" to ptr
  %".4550" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4551" = load i32, ptr %".4550", align 4
  %".4552" = zext i32 %".4551" to i64
  %"data_end.168" = inttoptr i64 %".4552" to ptr
  %".4553" = getelementptr i8, ptr %"keys", i64 0
  %".4554" = load volatile i16, ptr %".4553", align 2
  %".4555" = zext i16 %".4554" to i64
  %".4556" = icmp ugt i64 %".4555", 4411
  br i1 %".4556", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4558" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4559" = load i32, ptr %".4558", align 4
  %".4560" = zext i32 %".4559" to i64
  %"data.169" = inttoptr i64 %".4560" to ptr
  %".4561" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4562" = load i32, ptr %".4561", align 4
  %".4563" = zext i32 %".4562" to i64
  %"data_end.169" = inttoptr i64 %".4563" to ptr
  %".4564" = getelementptr i8, ptr %"keys", i64 0
  %".4565" = load volatile i16, ptr %".4564", align 2
  %".4566" = zext i16 %".4565" to i64
  %".4567" = icmp ugt i64 %".4566", 275
  br i1 %".4567", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4569" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4570" = load i32, ptr %".4569", align 4
  %".4571" = zext i32 %".4570" to i64
  %"data.170" = inttoptr i64 %".4571" to ptr
  %".4572" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4573" = load i32, ptr %".4572", align 4
  %".4574" = zext i32 %".4573" to i64
  %"data_end.170" = inttoptr i64 %".4574" to ptr
  %".4575" = getelementptr i8, ptr %"keys", i64 0
  %".4576" = load volatile i16, ptr %".4575", align 2
  %".4577" = zext i16 %".4576" to i64
  %".4578" = icmp ugt i64 %".4577", 6459
  br i1 %".4578", label %"widening.test.11", label %"gre_version_d0"
widening.test.11:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4580" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4581" = load i32, ptr %".4580", align 4
  %".4582" = zext i32 %".4581" to i64
  %"data.171" = inttoptr i64 %".4582" to ptr
  %".4583" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4584" = load i32, ptr %".4583", align 4
  %".4585" = zext i32 %".4584" to i64
  %"data_end.171" = inttoptr i64 %".4585" to ptr
  %".4586" = getelementptr i8, ptr %"keys", i64 0
  %".4587" = load volatile i16, ptr %".4586", align 2
  %".4588" = zext i16 %".4587" to i64
  %".4589" = icmp ugt i64 %".4588", 6489
  br i1 %".4589", label %"widening.test.12", label %"hsr_d1_vlan_tags1"
widening.test.12:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4591" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4592" = load i32, ptr %".4591", align 4
  %".4593" = zext i32 %".4592" to i64
  %"data.172" = inttoptr i64 %".4593" to ptr
  %".4594" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4595" = load i32, ptr %".4594", align 4
  %".4596" = zext i32 %".4595" to i64
  %"data_end.172" = inttoptr i64 %".4596" to ptr
  %".4597" = getelementptr i8, ptr %"keys", i64 0
  %".4598" = load volatile i16, ptr %".4597", align 2
  %".4599" = zext i16 %".4598" to i64
  %".4600" = icmp ugt i64 %".4599", 6489
  br i1 %".4600", label %"widening.test.13", label %"vlan_d1_vlan_tags1"
widening.test.13:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4602" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4603" = load i32, ptr %".4602", align 4
  %".4604" = zext i32 %".4603" to i64
  %"data.173" = inttoptr i64 %".4604" to ptr
  %".4605" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4606" = load i32, ptr %".4605", align 4
  %".4607" = zext i32 %".4606" to i64
  %"data_end.173" = inttoptr i64 %".4607" to ptr
  %".4608" = getelementptr i8, ptr %"keys", i64 0
  %".4609" = load volatile i16, ptr %".4608", align 2
  %".4610" = zext i16 %".4609" to i64
  %".4611" = icmp ugt i64 %".4610", 6495
  br i1 %".4611", label %"widening.test.14", label %"hsr_d1_vlan_tags2"
widening.test.14:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4613" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4614" = load i32, ptr %".4613", align 4
  %".4615" = zext i32 %".4614" to i64
  %"data.174" = inttoptr i64 %".4615" to ptr
  %".4616" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4617" = load i32, ptr %".4616", align 4
  %".4618" = zext i32 %".4617" to i64
  %"data_end.174" = inttoptr i64 %".4618" to ptr
  %".4619" = getelementptr i8, ptr %"keys", i64 0
  %".4620" = load volatile i16, ptr %".4619", align 2
  %".4621" = zext i16 %".4620" to i64
  %".4622" = icmp ugt i64 %".4621", 6495
  br i1 %".4622", label %"widening.test.15", label %"vlan_d1_vlan_tags2"
widening.test.15:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4624" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4625" = load i32, ptr %".4624", align 4
  %".4626" = zext i32 %".4625" to i64
  %"data.175" = inttoptr i64 %".4626" to ptr
  %".4627" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4628" = load i32, ptr %".4627", align 4
  %".4629" = zext i32 %".4628" to i64
  %"data_end.175" = inttoptr i64 %".4629" to ptr
  %".4630" = getelementptr i8, ptr %"keys", i64 0
  %".4631" = load volatile i16, ptr %".4630", align 2
  %".4632" = zext i16 %".4631" to i64
  %".4633" = icmp ugt i64 %".4632", 6501
  br i1 %".4633", label %"widening.test.16", label %"batadv_d1"
widening.test.16:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4635" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4636" = load i32, ptr %".4635", align 4
  %".4637" = zext i32 %".4636" to i64
  %"data.176" = inttoptr i64 %".4637" to ptr
  %".4638" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4639" = load i32, ptr %".4638", align 4
  %".4640" = zext i32 %".4639" to i64
  %"data_end.176" = inttoptr i64 %".4640" to ptr
  %".4641" = getelementptr i8, ptr %"keys", i64 0
  %".4642" = load volatile i16, ptr %".4641", align 2
  %".4643" = zext i16 %".4642" to i64
  %".4644" = icmp ugt i64 %".4643", 6501
  br i1 %".4644", label %"widening.test.17", label %"fcoe"
widening.test.17:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4646" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4647" = load i32, ptr %".4646", align 4
  %".4648" = zext i32 %".4647" to i64
  %"data.177" = inttoptr i64 %".4648" to ptr
  %".4649" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4650" = load i32, ptr %".4649", align 4
  %".4651" = zext i32 %".4650" to i64
  %"data_end.177" = inttoptr i64 %".4651" to ptr
  %".4652" = getelementptr i8, ptr %"keys", i64 0
  %".4653" = load volatile i16, ptr %".4652", align 2
  %".4654" = zext i16 %".4653" to i64
  %".4655" = icmp ugt i64 %".4654", 6501
  br i1 %".4655", label %"widening.test.18", label %"tipc"
widening.test.18:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4657" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4658" = load i32, ptr %".4657", align 4
  %".4659" = zext i32 %".4658" to i64
  %"data.178" = inttoptr i64 %".4659" to ptr
  %".4660" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4661" = load i32, ptr %".4660", align 4
  %".4662" = zext i32 %".4661" to i64
  %"data_end.178" = inttoptr i64 %".4662" to ptr
  %".4663" = getelementptr i8, ptr %"keys", i64 0
  %".4664" = load volatile i16, ptr %".4663", align 2
  %".4665" = zext i16 %".4664" to i64
  %".4666" = icmp ugt i64 %".4665", 6501
  br i1 %".4666", label %"widening.test.19", label %"cfm"
widening.test.19:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4668" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4669" = load i32, ptr %".4668", align 4
  %".4670" = zext i32 %".4669" to i64
  %"data.179" = inttoptr i64 %".4670" to ptr
  %".4671" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4672" = load i32, ptr %".4671", align 4
  %".4673" = zext i32 %".4672" to i64
  %"data_end.179" = inttoptr i64 %".4673" to ptr
  %".4674" = getelementptr i8, ptr %"keys", i64 0
  %".4675" = load volatile i16, ptr %".4674", align 2
  %".4676" = zext i16 %".4675" to i64
  %".4677" = icmp ugt i64 %".4676", 6501
  br i1 %".4677", label %"widening.test.20", label %"ptp"
widening.test.20:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4679" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4680" = load i32, ptr %".4679", align 4
  %".4681" = zext i32 %".4680" to i64
  %"data.180" = inttoptr i64 %".4681" to ptr
  %".4682" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4683" = load i32, ptr %".4682", align 4
  %".4684" = zext i32 %".4683" to i64
  %"data_end.180" = inttoptr i64 %".4684" to ptr
  %".4685" = getelementptr i8, ptr %"keys", i64 0
  %".4686" = load volatile i16, ptr %".4685", align 2
  %".4687" = zext i16 %".4686" to i64
  %".4688" = icmp ugt i64 %".4687", 6501
  br i1 %".4688", label %"widening.test.21", label %"arp"
widening.test.21:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4690" = getelementptr i8, ptr %"ctx.74", i64 76
  %".4691" = load i32, ptr %".4690", align 4
  %".4692" = zext i32 %".4691" to i64
  %"data.181" = inttoptr i64 %".4692" to ptr
  %".4693" = getelementptr i8, ptr %"ctx.74", i64 80
  %".4694" = load i32, ptr %".4693", align 4
  %".4695" = zext i32 %".4694" to i64
  %"data_end.181" = inttoptr i64 %".4695" to ptr
  %".4696" = getelementptr i8, ptr %"keys", i64 0
  %".4697" = load volatile i16, ptr %".4696", align 2
  %".4698" = zext i16 %".4697" to i64
  %".4699" = icmp ugt i64 %".4698", 6501
  br i1 %".4699", label %"widening.test.22", label %"pppoe_d1"
widening.test.22:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4701" = getelementptr i8, ptr %"ctx.75", i64 76
  %".4702" = load i32, ptr %".4701", align 4
  %".4703" = zext i32 %".4702" to i64
  %"data.182" = inttoptr i64 %".4703" to ptr
  %".4704" = getelementptr i8, ptr %"ctx.75", i64 80
  %".4705" = load i32, ptr %".4704", align 4
  %".4706" = zext i32 %".4705" to i64
  %"data_end.182" = inttoptr i64 %".4706" to ptr
  %".4707" = getelementptr i8, ptr %"keys", i64 0
  %".4708" = load volatile i16, ptr %".4707", align 2
  %".4709" = zext i16 %".4708" to i64
  %".4710" = icmp ugt i64 %".4709", 6509
  br i1 %".4710", label %"widening.test.23", label %"ipv6_d1"
widening.test.23:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4712" = getelementptr i8, ptr %"ctx.76", i64 76
  %".4713" = load i32, ptr %".4712", align 4
  %".4714" = zext i32 %".4713" to i64
  %"data.183" = inttoptr i64 %".4714" to ptr
  %".4715" = getelementptr i8, ptr %"ctx.76", i64 80
  %".4716" = load i32, ptr %".4715", align 4
  %".4717" = zext i32 %".4716" to i64
  %"data_end.183" = inttoptr i64 %".4717" to ptr
  %".4718" = getelementptr i8, ptr %"keys", i64 0
  %".4719" = load volatile i16, ptr %".4718", align 2
  %".4720" = zext i16 %".4719" to i64
  %".4721" = icmp ugt i64 %".4720", 8597
  br i1 %".4721", label %"widening.test.24", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.24:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4723" = getelementptr i8, ptr %"ctx.77", i64 76
  %".4724" = load i32, ptr %".4723", align 4
  %".4725" = zext i32 %".4724" to i64
  %"data.184" = inttoptr i64 %".4725" to ptr
  %".4726" = getelementptr i8, ptr %"ctx.77", i64 80
  %".4727" = load i32, ptr %".4726", align 4
  %".4728" = zext i32 %".4727" to i64
  %"data_end.184" = inttoptr i64 %".4728" to ptr
  %".4729" = getelementptr i8, ptr %"keys", i64 0
  %".4730" = load volatile i16, ptr %".4729", align 2
  %".4731" = zext i16 %".4730" to i64
  %".4732" = icmp ugt i64 %".4731", 8597
  br i1 %".4732", label %"widening.test.25", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.25:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4734" = getelementptr i8, ptr %"ctx.78", i64 76
  %".4735" = load i32, ptr %".4734", align 4
  %".4736" = zext i32 %".4735" to i64
  %"data.185" = inttoptr i64 %".4736" to ptr
  %".4737" = getelementptr i8, ptr %"ctx.78", i64 80
  %".4738" = load i32, ptr %".4737", align 4
  %".4739" = zext i32 %".4738" to i64
  %"data_end.185" = inttoptr i64 %".4739" to ptr
  %".4740" = getelementptr i8, ptr %"keys", i64 0
  %".4741" = load volatile i16, ptr %".4740", align 2
  %".4742" = zext i16 %".4741" to i64
  %".4743" = icmp ugt i64 %".4742", 10645
  br i1 %".4743", label %"widening.test.26", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.26:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4745" = getelementptr i8, ptr %"ctx.79", i64 76
  %".4746" = load i32, ptr %".4745", align 4
  %".4747" = zext i32 %".4746" to i64
  %"data.186" = inttoptr i64 %".4747" to ptr
  %".4748" = getelementptr i8, ptr %"ctx.79", i64 80
  %".4749" = load i32, ptr %".4748", align 4
  %".4750" = zext i32 %".4749" to i64
  %"data_end.186" = inttoptr i64 %".4750" to ptr
  %".4751" = getelementptr i8, ptr %"keys", i64 0
  %".4752" = load volatile i16, ptr %".4751", align 2
  %".4753" = zext i16 %".4752" to i64
  %".4754" = icmp ugt i64 %".4753", 10645
  br i1 %".4754", label %"widening.test.27", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.27:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4756" = getelementptr i8, ptr %"ctx.80", i64 76
  %".4757" = load i32, ptr %".4756", align 4
  %".4758" = zext i32 %".4757" to i64
  %"data.187" = inttoptr i64 %".4758" to ptr
  %".4759" = getelementptr i8, ptr %"ctx.80", i64 80
  %".4760" = load i32, ptr %".4759", align 4
  %".4761" = zext i32 %".4760" to i64
  %"data_end.187" = inttoptr i64 %".4761" to ptr
  %".4762" = getelementptr i8, ptr %"keys", i64 0
  %".4763" = load volatile i16, ptr %".4762", align 2
  %".4764" = zext i16 %".4763" to i64
  %".4765" = icmp ugt i64 %".4764", 12693
  br i1 %".4765", label %"widening.test.28", label %"icmpv6"
widening.test.28:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4767" = getelementptr i8, ptr %"ctx.81", i64 76
  %".4768" = load i32, ptr %".4767", align 4
  %".4769" = zext i32 %".4768" to i64
  %"data.188" = inttoptr i64 %".4769" to ptr
  %".4770" = getelementptr i8, ptr %"ctx.81", i64 80
  %".4771" = load i32, ptr %".4770", align 4
  %".4772" = zext i32 %".4771" to i64
  %"data_end.188" = inttoptr i64 %".4772" to ptr
  %".4773" = getelementptr i8, ptr %"keys", i64 0
  %".4774" = load volatile i16, ptr %".4773", align 2
  %".4775" = zext i16 %".4774" to i64
  %".4776" = icmp ugt i64 %".4775", 6509
  br i1 %".4776", label %"widening.test.29", label %"ipv4_d1"
widening.test.29:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4778" = getelementptr i8, ptr %"ctx.82", i64 76
  %".4779" = load i32, ptr %".4778", align 4
  %".4780" = zext i32 %".4779" to i64
  %"data.189" = inttoptr i64 %".4780" to ptr
  %".4781" = getelementptr i8, ptr %"ctx.82", i64 80
  %".4782" = load i32, ptr %".4781", align 4
  %".4783" = zext i32 %".4782" to i64
  %"data_end.189" = inttoptr i64 %".4783" to ptr
  %".4784" = getelementptr i8, ptr %"keys", i64 0
  %".4785" = load volatile i16, ptr %".4784", align 2
  %".4786" = zext i16 %".4785" to i64
  %".4787" = icmp ugt i64 %".4786", 12693
  br i1 %".4787", label %"widening.test.30", label %"mpls_mpls_labels1"
widening.test.30:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4789" = getelementptr i8, ptr %"ctx.83", i64 76
  %".4790" = load i32, ptr %".4789", align 4
  %".4791" = zext i32 %".4790" to i64
  %"data.190" = inttoptr i64 %".4791" to ptr
  %".4792" = getelementptr i8, ptr %"ctx.83", i64 80
  %".4793" = load i32, ptr %".4792", align 4
  %".4794" = zext i32 %".4793" to i64
  %"data_end.190" = inttoptr i64 %".4794" to ptr
  %".4795" = getelementptr i8, ptr %"keys", i64 0
  %".4796" = load volatile i16, ptr %".4795", align 2
  %".4797" = zext i16 %".4796" to i64
  %".4798" = icmp ugt i64 %".4797", 12693
  br i1 %".4798", label %"widening.test.31", label %"ah"
widening.test.31:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4800" = getelementptr i8, ptr %"ctx.84", i64 76
  %".4801" = load i32, ptr %".4800", align 4
  %".4802" = zext i32 %".4801" to i64
  %"data.191" = inttoptr i64 %".4802" to ptr
  %".4803" = getelementptr i8, ptr %"ctx.84", i64 80
  %".4804" = load i32, ptr %".4803", align 4
  %".4805" = zext i32 %".4804" to i64
  %"data_end.191" = inttoptr i64 %".4805" to ptr
  %".4806" = getelementptr i8, ptr %"keys", i64 0
  %".4807" = load volatile i16, ptr %".4806", align 2
  %".4808" = zext i16 %".4807" to i64
  %".4809" = icmp ugt i64 %".4808", 12693
  br i1 %".4809", label %"widening.test.32", label %"esp"
widening.test.32:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4811" = getelementptr i8, ptr %"ctx.85", i64 76
  %".4812" = load i32, ptr %".4811", align 4
  %".4813" = zext i32 %".4812" to i64
  %"data.192" = inttoptr i64 %".4813" to ptr
  %".4814" = getelementptr i8, ptr %"ctx.85", i64 80
  %".4815" = load i32, ptr %".4814", align 4
  %".4816" = zext i32 %".4815" to i64
  %"data_end.192" = inttoptr i64 %".4816" to ptr
  %".4817" = getelementptr i8, ptr %"keys", i64 0
  %".4818" = load volatile i16, ptr %".4817", align 2
  %".4819" = zext i16 %".4818" to i64
  %".4820" = icmp ugt i64 %".4819", 12693
  br i1 %".4820", label %"widening.test.33", label %"dccp"
widening.test.33:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4822" = getelementptr i8, ptr %"ctx.86", i64 76
  %".4823" = load i32, ptr %".4822", align 4
  %".4824" = zext i32 %".4823" to i64
  %"data.193" = inttoptr i64 %".4824" to ptr
  %".4825" = getelementptr i8, ptr %"ctx.86", i64 80
  %".4826" = load i32, ptr %".4825", align 4
  %".4827" = zext i32 %".4826" to i64
  %"data_end.193" = inttoptr i64 %".4827" to ptr
  %".4828" = getelementptr i8, ptr %"keys", i64 0
  %".4829" = load volatile i16, ptr %".4828", align 2
  %".4830" = zext i16 %".4829" to i64
  %".4831" = icmp ugt i64 %".4830", 12693
  br i1 %".4831", label %"widening.test.34", label %"sctp"
widening.test.34:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4833" = getelementptr i8, ptr %"ctx.87", i64 76
  %".4834" = load i32, ptr %".4833", align 4
  %".4835" = zext i32 %".4834" to i64
  %"data.194" = inttoptr i64 %".4835" to ptr
  %".4836" = getelementptr i8, ptr %"ctx.87", i64 80
  %".4837" = load i32, ptr %".4836", align 4
  %".4838" = zext i32 %".4837" to i64
  %"data_end.194" = inttoptr i64 %".4838" to ptr
  %".4839" = getelementptr i8, ptr %"keys", i64 0
  %".4840" = load volatile i16, ptr %".4839", align 2
  %".4841" = zext i16 %".4840" to i64
  %".4842" = icmp ugt i64 %".4841", 12693
  br i1 %".4842", label %"widening.test.35", label %"gre_version_d1"
widening.test.35:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4844" = getelementptr i8, ptr %"ctx.88", i64 76
  %".4845" = load i32, ptr %".4844", align 4
  %".4846" = zext i32 %".4845" to i64
  %"data.195" = inttoptr i64 %".4846" to ptr
  %".4847" = getelementptr i8, ptr %"ctx.88", i64 80
  %".4848" = load i32, ptr %".4847", align 4
  %".4849" = zext i32 %".4848" to i64
  %"data_end.195" = inttoptr i64 %".4849" to ptr
  %".4850" = getelementptr i8, ptr %"keys", i64 0
  %".4851" = load volatile i16, ptr %".4850", align 2
  %".4852" = zext i16 %".4851" to i64
  %".4853" = icmp ugt i64 %".4852", 12693
  br i1 %".4853", label %"widening.test.36", label %"udplite"
widening.test.36:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4855" = getelementptr i8, ptr %"ctx.89", i64 76
  %".4856" = load i32, ptr %".4855", align 4
  %".4857" = zext i32 %".4856" to i64
  %"data.196" = inttoptr i64 %".4857" to ptr
  %".4858" = getelementptr i8, ptr %"ctx.89", i64 80
  %".4859" = load i32, ptr %".4858", align 4
  %".4860" = zext i32 %".4859" to i64
  %"data_end.196" = inttoptr i64 %".4860" to ptr
  %".4861" = getelementptr i8, ptr %"keys", i64 0
  %".4862" = load volatile i16, ptr %".4861", align 2
  %".4863" = zext i16 %".4862" to i64
  %".4864" = icmp ugt i64 %".4863", 12693
  br i1 %".4864", label %"widening.test.37", label %"udp"
widening.test.37:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4866" = getelementptr i8, ptr %"ctx.90", i64 76
  %".4867" = load i32, ptr %".4866", align 4
  %".4868" = zext i32 %".4867" to i64
  %"data.197" = inttoptr i64 %".4868" to ptr
  %".4869" = getelementptr i8, ptr %"ctx.90", i64 80
  %".4870" = load i32, ptr %".4869", align 4
  %".4871" = zext i32 %".4870" to i64
  %"data_end.197" = inttoptr i64 %".4871" to ptr
  %".4872" = getelementptr i8, ptr %"keys", i64 0
  %".4873" = load volatile i16, ptr %".4872", align 2
  %".4874" = zext i16 %".4873" to i64
  %".4875" = icmp ugt i64 %".4874", 12693
  br i1 %".4875", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }
!1 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!2 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!3 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16 }
!4 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }