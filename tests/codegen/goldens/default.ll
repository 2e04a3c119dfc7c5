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
  %".4540" = getelementptr i8, ptr %"keys", i64 2
  %".4541" = load volatile i16, ptr %".4540", align 2
  %".4542" = zext i16 %".4541" to i64
  %".4543" = icmp eq i64 %".4542", 0
  br i1 %".4543", label %"widening.to_hsr_d0_vlan_tags2", label %"widening.test"
program:
  br label %"entry_d0"
return:
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_mpls_labels1.copy_failed"], [0, %"mpls_mpls_labels1.unknown"], [0, %"mpls_mpls_labels1.to_mpls"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.header"], [0, %"udp.copy_failed"], [0, %"udp.copy_last_byte_failed"], [0, %"udp.variable_part"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"pptp_d0.copy_failed"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [2, %"pptp_d1.copy_failed"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [129, %"widening.beyond"]
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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".368", %"vlan_d0_vlan_tags1.to_ipv4"], [%".483", %"pppoe_d0.to_ipv4"], [%".636", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1913", %"vlan_d0_vlan_tags2.to_ipv4"], [%".1983", %"hsr_d0_vlan_tags2.to_ipv4"], [%".4697", %"widening.to_ipv4_d0"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.39", %"pppoe_d0.to_ipv4"], [%"data.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.95", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.97", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data.177", %"widening.to_ipv4_d0"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.39", %"pppoe_d0.to_ipv4"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data_end.177", %"widening.to_ipv4_d0"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.39", %"pppoe_d0.to_ipv4"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.95", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.97", %"hsr_d0_vlan_tags2.to_ipv4"], [%"keys", %"widening.to_ipv4_d0"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".368", %"vlan_d0_vlan_tags1.to_ipv6"], [%".483", %"pppoe_d0.to_ipv6"], [%".636", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1913", %"vlan_d0_vlan_tags2.to_ipv6"], [%".1983", %"hsr_d0_vlan_tags2.to_ipv6"], [%".4617", %"widening.to_ipv6_d0"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.39", %"pppoe_d0.to_ipv6"], [%"data.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.97", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.172", %"widening.to_ipv6_d0"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.39", %"pppoe_d0.to_ipv6"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.172", %"widening.to_ipv6_d0"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.39", %"pppoe_d0.to_ipv6"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.95", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.97", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.to_ipv6_d0"]
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
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".269", %"ipv6_d0.to_mpls"], [%".368", %"vlan_d0_vlan_tags1.to_mpls"], [%".368", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".483", %"pppoe_d0.to_mpls"], [%".483", %"pppoe_d0.to_mpls.1"], [%".636", %"hsr_d0_vlan_tags1.to_mpls"], [%".636", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".713", %"batadv_d0.stop_at_encap.endif.4"], [%".713", %"batadv_d0.stop_at_encap.endif.5"], [%"end.3", %"ipv4_d1.to_mpls"], [%".1576", %"ipv6_d1.to_mpls"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1913", %"vlan_d0_vlan_tags2.to_mpls"], [%".1913", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".1983", %"hsr_d0_vlan_tags2.to_mpls"], [%".1983", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".2058", %"vlan_d1_vlan_tags1.to_mpls"], [%".2058", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2135", %"pppoe_d1.to_mpls"], [%".2135", %"pppoe_d1.to_mpls.1"], [%".2201", %"hsr_d1_vlan_tags1.to_mpls"], [%".2201", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.5", %"gre_d0.to_mpls"], [%"end.5", %"gre_d0.to_mpls.1"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".3242", %"vlan_d1_vlan_tags2.to_mpls"], [%".3242", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3312", %"hsr_d1_vlan_tags2.to_mpls"], [%".3312", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3382", %"ethernet_d1.to_mpls"], [%".3382", %"ethernet_d1.to_mpls.1"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".4440", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".5017", %"widening.to_mpls_mpls_labels1"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.39", %"pppoe_d0.to_mpls"], [%"data.39", %"pppoe_d0.to_mpls.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.4"], [%"data.50", %"batadv_d0.stop_at_encap.endif.5"], [%"data.80", %"ipv4_d1.to_mpls"], [%"data.83", %"ipv6_d1.to_mpls"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.103", %"pppoe_d1.to_mpls"], [%"data.103", %"pppoe_d1.to_mpls.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.111", %"gre_d0.to_mpls"], [%"data.111", %"gre_d0.to_mpls.1"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.135", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.135", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.137", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.137", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.139", %"ethernet_d1.to_mpls"], [%"data.139", %"ethernet_d1.to_mpls.1"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.197", %"widening.to_mpls_mpls_labels1"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.39", %"pppoe_d0.to_mpls"], [%"data_end.39", %"pppoe_d0.to_mpls.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.80", %"ipv4_d1.to_mpls"], [%"data_end.83", %"ipv6_d1.to_mpls"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.103", %"pppoe_d1.to_mpls"], [%"data_end.103", %"pppoe_d1.to_mpls.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.111", %"gre_d0.to_mpls"], [%"data_end.111", %"gre_d0.to_mpls.1"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.139", %"ethernet_d1.to_mpls"], [%"data_end.139", %"ethernet_d1.to_mpls.1"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.197", %"widening.to_mpls_mpls_labels1"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.39", %"pppoe_d0.to_mpls"], [%"keys.39", %"pppoe_d0.to_mpls.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.80", %"ipv4_d1.to_mpls"], [%"keys.83", %"ipv6_d1.to_mpls"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.95", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.95", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.97", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.97", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.99", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.103", %"pppoe_d1.to_mpls"], [%"keys.103", %"pppoe_d1.to_mpls.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.105", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.111", %"gre_d0.to_mpls"], [%"keys.111", %"gre_d0.to_mpls.1"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.135", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.135", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.137", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.137", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.139", %"ethernet_d1.to_mpls"], [%"keys.139", %"ethernet_d1.to_mpls.1"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.to_mpls_mpls_labels1"]
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
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".368", %"vlan_d0_vlan_tags1.to_pppoe"], [%".636", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1913", %"vlan_d0_vlan_tags2.to_pppoe"], [%".1983", %"hsr_d0_vlan_tags2.to_pppoe"], [%".4601", %"widening.to_pppoe_d0"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.97", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.171", %"widening.to_pppoe_d0"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.171", %"widening.to_pppoe_d0"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.95", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.97", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.to_pppoe_d0"]
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
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".368", %"vlan_d0_vlan_tags1.to_arp"], [%".368", %"vlan_d0_vlan_tags1.to_arp.1"], [%".636", %"hsr_d0_vlan_tags1.to_arp"], [%".636", %"hsr_d0_vlan_tags1.to_arp.1"], [%".713", %"batadv_d0.stop_at_encap.endif.7"], [%".713", %"batadv_d0.stop_at_encap.endif.8"], [%".1913", %"vlan_d0_vlan_tags2.to_arp"], [%".1913", %"vlan_d0_vlan_tags2.to_arp.1"], [%".1983", %"hsr_d0_vlan_tags2.to_arp"], [%".1983", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2058", %"vlan_d1_vlan_tags1.to_arp"], [%".2058", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2201", %"hsr_d1_vlan_tags1.to_arp"], [%".2201", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.5", %"gre_d0.to_arp"], [%"end.5", %"gre_d0.to_arp.1"], [%".3242", %"vlan_d1_vlan_tags2.to_arp"], [%".3242", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3312", %"hsr_d1_vlan_tags2.to_arp"], [%".3312", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3382", %"ethernet_d1.to_arp"], [%".3382", %"ethernet_d1.to_arp.1"], [%".4873", %"widening.to_arp"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data.95", %"vlan_d0_vlan_tags2.to_arp"], [%"data.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.97", %"hsr_d0_vlan_tags2.to_arp"], [%"data.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_arp"], [%"data.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_arp"], [%"data.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.111", %"gre_d0.to_arp"], [%"data.111", %"gre_d0.to_arp.1"], [%"data.135", %"vlan_d1_vlan_tags2.to_arp"], [%"data.135", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.137", %"hsr_d1_vlan_tags2.to_arp"], [%"data.137", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.139", %"ethernet_d1.to_arp"], [%"data.139", %"ethernet_d1.to_arp.1"], [%"data.188", %"widening.to_arp"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.111", %"gre_d0.to_arp"], [%"data_end.111", %"gre_d0.to_arp.1"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.139", %"ethernet_d1.to_arp"], [%"data_end.139", %"ethernet_d1.to_arp.1"], [%"data_end.188", %"widening.to_arp"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.95", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.97", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.111", %"gre_d0.to_arp"], [%"keys.111", %"gre_d0.to_arp.1"], [%"keys.135", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.135", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.137", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.137", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.139", %"ethernet_d1.to_arp"], [%"keys.139", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.to_arp"]
  %".518" = add i64 %"cursor.6", 0
  %".519" = trunc i64 %".518" to i16
  %".520" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".519", ptr %".520", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".368", %"vlan_d0_vlan_tags1.to_ptp"], [%".636", %"hsr_d0_vlan_tags1.to_ptp"], [%".713", %"batadv_d0.stop_at_encap.endif.9"], [%".1913", %"vlan_d0_vlan_tags2.to_ptp"], [%".1983", %"hsr_d0_vlan_tags2.to_ptp"], [%".2058", %"vlan_d1_vlan_tags1.to_ptp"], [%".2201", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.5", %"gre_d0.to_ptp"], [%".3242", %"vlan_d1_vlan_tags2.to_ptp"], [%".3312", %"hsr_d1_vlan_tags2.to_ptp"], [%".3382", %"ethernet_d1.to_ptp"], [%".4857", %"widening.to_ptp"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.50", %"batadv_d0.stop_at_encap.endif.9"], [%"data.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.111", %"gre_d0.to_ptp"], [%"data.135", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.137", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.139", %"ethernet_d1.to_ptp"], [%"data.187", %"widening.to_ptp"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.111", %"gre_d0.to_ptp"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.139", %"ethernet_d1.to_ptp"], [%"data_end.187", %"widening.to_ptp"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.95", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.97", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.111", %"gre_d0.to_ptp"], [%"keys.135", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.137", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.139", %"ethernet_d1.to_ptp"], [%"keys", %"widening.to_ptp"]
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
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".368", %"vlan_d0_vlan_tags1.to_cfm"], [%".636", %"hsr_d0_vlan_tags1.to_cfm"], [%".713", %"batadv_d0.stop_at_encap.endif.10"], [%".1913", %"vlan_d0_vlan_tags2.to_cfm"], [%".1983", %"hsr_d0_vlan_tags2.to_cfm"], [%".2058", %"vlan_d1_vlan_tags1.to_cfm"], [%".2201", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.5", %"gre_d0.to_cfm"], [%".3242", %"vlan_d1_vlan_tags2.to_cfm"], [%".3312", %"hsr_d1_vlan_tags2.to_cfm"], [%".3382", %"ethernet_d1.to_cfm"], [%".4841", %"widening.to_cfm"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.111", %"gre_d0.to_cfm"], [%"data.135", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.137", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.139", %"ethernet_d1.to_cfm"], [%"data.186", %"widening.to_cfm"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.111", %"gre_d0.to_cfm"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.139", %"ethernet_d1.to_cfm"], [%"data_end.186", %"widening.to_cfm"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.111", %"gre_d0.to_cfm"], [%"keys.135", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.137", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.139", %"ethernet_d1.to_cfm"], [%"keys", %"widening.to_cfm"]
  %".549" = add i64 %"cursor.8", 0
  %".550" = trunc i64 %".549" to i16
  %".551" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".550", ptr %".551", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".368", %"vlan_d0_vlan_tags1.to_tipc"], [%".636", %"hsr_d0_vlan_tags1.to_tipc"], [%".713", %"batadv_d0.stop_at_encap.endif.11"], [%".1913", %"vlan_d0_vlan_tags2.to_tipc"], [%".1983", %"hsr_d0_vlan_tags2.to_tipc"], [%".2058", %"vlan_d1_vlan_tags1.to_tipc"], [%".2201", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.5", %"gre_d0.to_tipc"], [%".3242", %"vlan_d1_vlan_tags2.to_tipc"], [%".3312", %"hsr_d1_vlan_tags2.to_tipc"], [%".3382", %"ethernet_d1.to_tipc"], [%".4825", %"widening.to_tipc"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.50", %"batadv_d0.stop_at_encap.endif.11"], [%"data.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.111", %"gre_d0.to_tipc"], [%"data.135", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.137", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.139", %"ethernet_d1.to_tipc"], [%"data.185", %"widening.to_tipc"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.111", %"gre_d0.to_tipc"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.139", %"ethernet_d1.to_tipc"], [%"data_end.185", %"widening.to_tipc"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.95", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.97", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.99", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.105", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.111", %"gre_d0.to_tipc"], [%"keys.135", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.137", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.139", %"ethernet_d1.to_tipc"], [%"keys", %"widening.to_tipc"]
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
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".368", %"vlan_d0_vlan_tags1.to_fcoe"], [%".636", %"hsr_d0_vlan_tags1.to_fcoe"], [%".713", %"batadv_d0.stop_at_encap.endif.12"], [%".1913", %"vlan_d0_vlan_tags2.to_fcoe"], [%".1983", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2058", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2201", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.5", %"gre_d0.to_fcoe"], [%".3242", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3312", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3382", %"ethernet_d1.to_fcoe"], [%".4809", %"widening.to_fcoe"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.50", %"batadv_d0.stop_at_encap.endif.12"], [%"data.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.111", %"gre_d0.to_fcoe"], [%"data.135", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.137", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.139", %"ethernet_d1.to_fcoe"], [%"data.184", %"widening.to_fcoe"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.111", %"gre_d0.to_fcoe"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.139", %"ethernet_d1.to_fcoe"], [%"data_end.184", %"widening.to_fcoe"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.95", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.97", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.99", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.105", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.111", %"gre_d0.to_fcoe"], [%"keys.135", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.137", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.139", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.to_fcoe"]
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
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".368", %"vlan_d0_vlan_tags1.to_batadv"], [%".636", %"hsr_d0_vlan_tags1.to_batadv"], [%".1913", %"vlan_d0_vlan_tags2.to_batadv"], [%".1983", %"hsr_d0_vlan_tags2.to_batadv"], [%".4585", %"widening.to_batadv_d0"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.97", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.170", %"widening.to_batadv_d0"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.170", %"widening.to_batadv_d0"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.95", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.97", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.to_batadv_d0"]
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
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".269", %"ipv6_d0.to_tcp"], [%"end.3", %"ipv4_d1.to_tcp"], [%".1576", %"ipv6_d1.to_tcp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".4440", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".5140", %"widening.test.36"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.80", %"ipv4_d1.to_tcp"], [%"data.83", %"ipv6_d1.to_tcp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.205", %"widening.test.36"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.80", %"ipv4_d1.to_tcp"], [%"data_end.83", %"ipv6_d1.to_tcp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.205", %"widening.test.36"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.80", %"ipv4_d1.to_tcp"], [%"keys.83", %"ipv6_d1.to_tcp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.36"]
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
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".269", %"ipv6_d0.to_udp"], [%"end.3", %"ipv4_d1.to_udp"], [%".1576", %"ipv6_d1.to_udp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".4440", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".5129", %"widening.to_udp"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.80", %"ipv4_d1.to_udp"], [%"data.83", %"ipv6_d1.to_udp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.204", %"widening.to_udp"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.80", %"ipv4_d1.to_udp"], [%"data_end.83", %"ipv6_d1.to_udp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.204", %"widening.to_udp"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.80", %"ipv4_d1.to_udp"], [%"keys.83", %"ipv6_d1.to_udp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.to_udp"]
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
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".269", %"ipv6_d0.to_udplite"], [%"end.3", %"ipv4_d1.to_udplite"], [%".1576", %"ipv6_d1.to_udplite"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".4440", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".5113", %"widening.to_udplite"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.80", %"ipv4_d1.to_udplite"], [%"data.83", %"ipv6_d1.to_udplite"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.203", %"widening.to_udplite"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.80", %"ipv4_d1.to_udplite"], [%"data_end.83", %"ipv6_d1.to_udplite"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.203", %"widening.to_udplite"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.80", %"ipv4_d1.to_udplite"], [%"keys.83", %"ipv6_d1.to_udplite"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.to_udplite"]
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
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".269", %"ipv6_d0.to_gre_version"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".4713", %"widening.to_gre_version_d0"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.178", %"widening.to_gre_version_d0"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.178", %"widening.to_gre_version_d0"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.to_gre_version_d0"]
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
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".269", %"ipv6_d0.to_sctp"], [%"end.3", %"ipv4_d1.to_sctp"], [%".1576", %"ipv6_d1.to_sctp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".4440", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".5081", %"widening.to_sctp"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.80", %"ipv4_d1.to_sctp"], [%"data.83", %"ipv6_d1.to_sctp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.201", %"widening.to_sctp"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.80", %"ipv4_d1.to_sctp"], [%"data_end.83", %"ipv6_d1.to_sctp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.201", %"widening.to_sctp"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.80", %"ipv4_d1.to_sctp"], [%"keys.83", %"ipv6_d1.to_sctp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.to_sctp"]
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
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".269", %"ipv6_d0.to_dccp"], [%"end.3", %"ipv4_d1.to_dccp"], [%".1576", %"ipv6_d1.to_dccp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".4440", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".5065", %"widening.to_dccp"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.80", %"ipv4_d1.to_dccp"], [%"data.83", %"ipv6_d1.to_dccp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.200", %"widening.to_dccp"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.80", %"ipv4_d1.to_dccp"], [%"data_end.83", %"ipv6_d1.to_dccp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.200", %"widening.to_dccp"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.80", %"ipv4_d1.to_dccp"], [%"keys.83", %"ipv6_d1.to_dccp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.to_dccp"]
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
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".269", %"ipv6_d0.to_esp"], [%"end.3", %"ipv4_d1.to_esp"], [%".1576", %"ipv6_d1.to_esp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".4440", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".5049", %"widening.to_esp"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.80", %"ipv4_d1.to_esp"], [%"data.83", %"ipv6_d1.to_esp"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.199", %"widening.to_esp"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.80", %"ipv4_d1.to_esp"], [%"data_end.83", %"ipv6_d1.to_esp"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.199", %"widening.to_esp"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.80", %"ipv4_d1.to_esp"], [%"keys.83", %"ipv6_d1.to_esp"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.to_esp"]
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
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".269", %"ipv6_d0.to_ah"], [%"end.3", %"ipv4_d1.to_ah"], [%".1576", %"ipv6_d1.to_ah"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".4440", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".5033", %"widening.to_ah"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.80", %"ipv4_d1.to_ah"], [%"data.83", %"ipv6_d1.to_ah"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.198", %"widening.to_ah"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.80", %"ipv4_d1.to_ah"], [%"data_end.83", %"ipv6_d1.to_ah"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.198", %"widening.to_ah"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.80", %"ipv4_d1.to_ah"], [%"keys.83", %"ipv6_d1.to_ah"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.to_ah"]
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
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".269", %"ipv6_d0.stop_at_encap.endif"], [%".713", %"batadv_d0.stop_at_encap.endif"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%".2058", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2135", %"pppoe_d1.to_ipv4"], [%".2201", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.5", %"gre_d0.to_ipv4"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3242", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3312", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3382", %"ethernet_d1.to_ipv4"], [%".3431", %"ppp_d0.stop_at_encap.endif"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".5001", %"widening.to_ipv4_d1"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.50", %"batadv_d0.stop_at_encap.endif"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.103", %"pppoe_d1.to_ipv4"], [%"data.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.111", %"gre_d0.to_ipv4"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.135", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.137", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.139", %"ethernet_d1.to_ipv4"], [%"data.141", %"ppp_d0.stop_at_encap.endif"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.196", %"widening.to_ipv4_d1"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.103", %"pppoe_d1.to_ipv4"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.111", %"gre_d0.to_ipv4"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.139", %"ethernet_d1.to_ipv4"], [%"data_end.141", %"ppp_d0.stop_at_encap.endif"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.196", %"widening.to_ipv4_d1"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.50", %"batadv_d0.stop_at_encap.endif"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.103", %"pppoe_d1.to_ipv4"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.111", %"gre_d0.to_ipv4"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.135", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.137", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.139", %"ethernet_d1.to_ipv4"], [%"keys.141", %"ppp_d0.stop_at_encap.endif"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.to_ipv4_d1"]
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
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".269", %"ipv6_d0.stop_at_encap.endif.1"], [%".713", %"batadv_d0.stop_at_encap.endif.1"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".2058", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2135", %"pppoe_d1.to_ipv6"], [%".2201", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.5", %"gre_d0.to_ipv6"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3242", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3312", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3382", %"ethernet_d1.to_ipv6"], [%".3431", %"ppp_d0.stop_at_encap.endif.1"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4905", %"widening.to_ipv6_d1"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.1"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.103", %"pppoe_d1.to_ipv6"], [%"data.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.111", %"gre_d0.to_ipv6"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.135", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.137", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.139", %"ethernet_d1.to_ipv6"], [%"data.141", %"ppp_d0.stop_at_encap.endif.1"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.190", %"widening.to_ipv6_d1"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.103", %"pppoe_d1.to_ipv6"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.111", %"gre_d0.to_ipv6"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.139", %"ethernet_d1.to_ipv6"], [%"data_end.141", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.190", %"widening.to_ipv6_d1"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.103", %"pppoe_d1.to_ipv6"], [%"keys.105", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.111", %"gre_d0.to_ipv6"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.135", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.137", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.139", %"ethernet_d1.to_ipv6"], [%"keys.141", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.to_ipv6_d1"]
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
  %"cursor.26" = phi  i64 [%".269", %"ipv6_d0.to_icmpv6"], [%".1576", %"ipv6_d1.to_icmpv6"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"end.12", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".4109", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".4440", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".4985", %"widening.to_icmpv6"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.83", %"ipv6_d1.to_icmpv6"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.159", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.161", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.195", %"widening.to_icmpv6"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.83", %"ipv6_d1.to_icmpv6"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.159", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.161", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.195", %"widening.to_icmpv6"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.83", %"ipv6_d1.to_icmpv6"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.159", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.161", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.to_icmpv6"]
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
  %"cursor.27" = phi  i64 [%".368", %"vlan_d0_vlan_tags1.to_vlan"], [%".368", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".636", %"hsr_d0_vlan_tags1.to_vlan"], [%".636", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".4569", %"widening.to_vlan_d0_vlan_tags2"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.169", %"widening.to_vlan_d0_vlan_tags2"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.169", %"widening.to_vlan_d0_vlan_tags2"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.to_vlan_d0_vlan_tags2"]
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
  %"cursor.28" = phi  i64 [%".368", %"vlan_d0_vlan_tags1.to_hsr"], [%".368", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".636", %"hsr_d0_vlan_tags1.to_hsr"], [%".636", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".4553", %"widening.to_hsr_d0_vlan_tags2"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.168", %"widening.to_hsr_d0_vlan_tags2"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.168", %"widening.to_hsr_d0_vlan_tags2"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.to_hsr_d0_vlan_tags2"]
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
  %"cursor.30" = phi  i64 [%".713", %"batadv_d0.stop_at_encap.endif.2"], [%".713", %"batadv_d0.stop_at_encap.endif.3"], [%"end.5", %"gre_d0.to_vlan"], [%"end.5", %"gre_d0.to_vlan.1"], [%".3382", %"ethernet_d1.to_vlan"], [%".3382", %"ethernet_d1.to_vlan.1"], [%".4745", %"widening.to_vlan_d1_vlan_tags1"]
  %"data.51" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data.111", %"gre_d0.to_vlan"], [%"data.111", %"gre_d0.to_vlan.1"], [%"data.139", %"ethernet_d1.to_vlan"], [%"data.139", %"ethernet_d1.to_vlan.1"], [%"data.180", %"widening.to_vlan_d1_vlan_tags1"]
  %"data_end.51" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.111", %"gre_d0.to_vlan"], [%"data_end.111", %"gre_d0.to_vlan.1"], [%"data_end.139", %"ethernet_d1.to_vlan"], [%"data_end.139", %"ethernet_d1.to_vlan.1"], [%"data_end.180", %"widening.to_vlan_d1_vlan_tags1"]
  %"keys.51" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.111", %"gre_d0.to_vlan"], [%"keys.111", %"gre_d0.to_vlan.1"], [%"keys.139", %"ethernet_d1.to_vlan"], [%"keys.139", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.to_vlan_d1_vlan_tags1"]
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
  %"cursor.31" = phi  i64 [%".713", %"batadv_d0.stop_at_encap.endif.6"], [%".2058", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2201", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.5", %"gre_d0.to_pppoe"], [%".3242", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3312", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3382", %"ethernet_d1.to_pppoe"], [%".4889", %"widening.to_pppoe_d1"]
  %"data.52" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.111", %"gre_d0.to_pppoe"], [%"data.135", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.137", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.139", %"ethernet_d1.to_pppoe"], [%"data.189", %"widening.to_pppoe_d1"]
  %"data_end.52" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.111", %"gre_d0.to_pppoe"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.139", %"ethernet_d1.to_pppoe"], [%"data_end.189", %"widening.to_pppoe_d1"]
  %"keys.52" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.111", %"gre_d0.to_pppoe"], [%"keys.135", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.137", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.139", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.to_pppoe_d1"]
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
  %"cursor.32" = phi  i64 [%".713", %"batadv_d0.stop_at_encap.endif.13"], [%".713", %"batadv_d0.stop_at_encap.endif.14"], [%"end.5", %"gre_d0.to_hsr"], [%"end.5", %"gre_d0.to_hsr.1"], [%".3382", %"ethernet_d1.to_hsr"], [%".3382", %"ethernet_d1.to_hsr.1"], [%".4729", %"widening.to_hsr_d1_vlan_tags1"]
  %"data.53" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data.111", %"gre_d0.to_hsr"], [%"data.111", %"gre_d0.to_hsr.1"], [%"data.139", %"ethernet_d1.to_hsr"], [%"data.139", %"ethernet_d1.to_hsr.1"], [%"data.179", %"widening.to_hsr_d1_vlan_tags1"]
  %"data_end.53" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.111", %"gre_d0.to_hsr"], [%"data_end.111", %"gre_d0.to_hsr.1"], [%"data_end.139", %"ethernet_d1.to_hsr"], [%"data_end.139", %"ethernet_d1.to_hsr.1"], [%"data_end.179", %"widening.to_hsr_d1_vlan_tags1"]
  %"keys.53" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.111", %"gre_d0.to_hsr"], [%"keys.111", %"gre_d0.to_hsr.1"], [%"keys.139", %"ethernet_d1.to_hsr"], [%"keys.139", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.to_hsr_d1_vlan_tags1"]
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
  %"cursor.33" = phi  i64 [%".713", %"batadv_d0.stop_at_encap.endif.15"], [%".2058", %"vlan_d1_vlan_tags1.to_batadv"], [%".2201", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.5", %"gre_d0.to_batadv"], [%".3242", %"vlan_d1_vlan_tags2.to_batadv"], [%".3312", %"hsr_d1_vlan_tags2.to_batadv"], [%".3382", %"ethernet_d1.to_batadv"], [%".4793", %"widening.to_batadv_d1"]
  %"data.54" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.111", %"gre_d0.to_batadv"], [%"data.135", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.137", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.139", %"ethernet_d1.to_batadv"], [%"data.183", %"widening.to_batadv_d1"]
  %"data_end.54" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.111", %"gre_d0.to_batadv"], [%"data_end.135", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.137", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.139", %"ethernet_d1.to_batadv"], [%"data_end.183", %"widening.to_batadv_d1"]
  %"keys.54" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.111", %"gre_d0.to_batadv"], [%"keys.135", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.137", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.139", %"ethernet_d1.to_batadv"], [%"keys", %"widening.to_batadv_d1"]
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
  %"hdr.30" = getelementptr i8, ptr %"data.67", i64 %"cursor.34"
  %".2510" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2511" = icmp ugt ptr %".2510", %"data_end.67"
  br i1 %".2511", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".2513" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2514" = load i8, ptr %".2513", align 1
  %".2515" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2516" = load i8, ptr %".2515", align 1
  %".2517" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2518" = load i16, ptr %".2517", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.9" = phi  i8 [%".2514", %"gre_d0.linear"], [%".2537", %"gre_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2516", %"gre_d0.linear"], [%".2539", %"gre_d0.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2518", %"gre_d0.linear"], [%".2541", %"gre_d0.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.67", %"gre_d0.linear"], [%"data.108", %"gre_d0.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.67", %"gre_d0.linear"], [%"data_end.108", %"gre_d0.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.67", %"gre_d0.linear"], [%"keys.108", %"gre_d0.copy_failed.endif"]
  %".2543" = zext i8 %"w1_1.6" to i64
  %".2544" = and i64 %".2543", 7
  %".2545" = icmp ne i64 %".2544", 0
  %".2546" = zext i8 %"w0_1.9" to i64
  %".2547" = lshr i64 %".2546", 6
  %".2548" = and i64 %".2547", 1
  %".2549" = icmp ne i64 %".2548", 0
  %".2550" = or i1 %".2545", %".2549"
  br i1 %".2550", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.35" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.68" = phi  ptr [%"data.66", %"gre_version_d0.to_pptp"]
  %"data_end.68" = phi  ptr [%"data_end.66", %"gre_version_d0.to_pptp"]
  %"keys.68" = phi  ptr [%"keys.66", %"gre_version_d0.to_pptp"]
  %"hdr.31" = getelementptr i8, ptr %"data.68", i64 %"cursor.35"
  %".2633" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2634" = icmp ugt ptr %".2633", %"data_end.68"
  br i1 %".2634", label %"pptp_d0.copy", label %"pptp_d0.linear", !prof !0
pptp_d0.linear:
  %".2636" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2637" = load i8, ptr %".2636", align 1
  %".2638" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2639" = load i8, ptr %".2638", align 1
  %".2640" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2641" = load i16, ptr %".2640", align 2
  br label %"pptp_d0.header"
pptp_d0.header:
  %"w0_1.10" = phi  i8 [%".2637", %"pptp_d0.linear"], [%".2660", %"pptp_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2639", %"pptp_d0.linear"], [%".2662", %"pptp_d0.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2641", %"pptp_d0.linear"], [%".2664", %"pptp_d0.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.68", %"pptp_d0.linear"], [%"data.113", %"pptp_d0.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.68", %"pptp_d0.linear"], [%"data_end.113", %"pptp_d0.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.68", %"pptp_d0.linear"], [%"keys.113", %"pptp_d0.copy_failed.endif"]
  %".2666" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2667" = zext i16 %".2666" to i64
  %".2668" = icmp ne i64 %".2667", 34827
  %".2669" = zext i8 %"w0_1.10" to i64
  %".2670" = lshr i64 %".2669", 5
  %".2671" = and i64 %".2670", 1
  %".2672" = icmp eq i64 %".2671", 0
  %".2673" = or i1 %".2668", %".2672"
  br i1 %".2673", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
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
  %"cursor.36" = phi  i64 [%"end.3", %"ipv4_d1.to_gre_version"], [%".1576", %"ipv6_d1.to_gre_version"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"end.13", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".4440", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".5097", %"widening.to_gre_version_d1"]
  %"data.81" = phi  ptr [%"data.80", %"ipv4_d1.to_gre_version"], [%"data.83", %"ipv6_d1.to_gre_version"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.165", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.167", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.202", %"widening.to_gre_version_d1"]
  %"data_end.81" = phi  ptr [%"data_end.80", %"ipv4_d1.to_gre_version"], [%"data_end.83", %"ipv6_d1.to_gre_version"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.202", %"widening.to_gre_version_d1"]
  %"keys.81" = phi  ptr [%"keys.80", %"ipv4_d1.to_gre_version"], [%"keys.83", %"ipv6_d1.to_gre_version"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.to_gre_version_d1"]
  %"hdr.32" = getelementptr i8, ptr %"data.81", i64 %"cursor.36"
  %".2726" = getelementptr i8, ptr %"hdr.32", i64 4
  %".2727" = icmp ugt ptr %".2726", %"data_end.81"
  br i1 %".2727", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2729" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2730" = load i8, ptr %".2729", align 1
  %".2731" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2732" = load i8, ptr %".2731", align 1
  %".2733" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2734" = load i16, ptr %".2733", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.11" = phi  i8 [%".2730", %"gre_version_d1.linear"], [%".2753", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".2732", %"gre_version_d1.linear"], [%".2755", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".2734", %"gre_version_d1.linear"], [%".2757", %"gre_version_d1.copy_failed.endif"]
  %"data.119" = phi  ptr [%"data.81", %"gre_version_d1.linear"], [%"data.118", %"gre_version_d1.copy_failed.endif"]
  %"data_end.119" = phi  ptr [%"data_end.81", %"gre_version_d1.linear"], [%"data_end.118", %"gre_version_d1.copy_failed.endif"]
  %"keys.119" = phi  ptr [%"keys.81", %"gre_version_d1.linear"], [%"keys.118", %"gre_version_d1.copy_failed.endif"]
  %".2759" = zext i8 %"w0_1.11" to i64
  %".2760" = lshr i64 %".2759", 6
  %".2761" = and i64 %".2760", 1
  %".2762" = icmp ne i64 %".2761", 0
  %".2763" = zext i8 %"w1_1.8" to i64
  %".2764" = and i64 %".2763", 7
  %".2765" = icmp ugt i64 %".2764", 1
  %".2766" = or i1 %".2762", %".2765"
  br i1 %".2766", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
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
  %"hdr.33" = getelementptr i8, ptr %"data.84", i64 %"cursor.37"
  %".2787" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2788" = icmp ugt ptr %".2787", %"data_end.84"
  br i1 %".2788", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2790" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2791" = load i8, ptr %".2790", align 1
  %".2792" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2793" = load i8, ptr %".2792", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.12" = phi  i8 [%".2791", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2812", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".2793", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2814", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2816" = zext i8 %"w0_1.12" to i64
  %".2817" = trunc i64 %".2816" to i8
  %".2818" = getelementptr i8, ptr %"keys.123", i64 9
  store i8 %".2817", ptr %".2818", align 1
  %".2820" = add i64 %"cursor.37", 2
  %".2821" = zext i8 %"w1_1.9" to i64
  %".2822" = mul i64 %".2821", 8
  %".2823" = add i64 %".2822", 6
  %".2824" = add i64 %".2823", 2
  %"end.7" = add i64 %"cursor.37", %".2824"
  %".2825" = zext i8 %"w0_1.12" to i64
  switch i64 %".2825", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%".1576", %"ipv6_d1.to_ipv6_frag"]
  %"data.85" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_frag"]
  %"keys.85" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.34" = getelementptr i8, ptr %"data.85", i64 %"cursor.38"
  %".2885" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2886" = icmp ugt ptr %".2885", %"data_end.85"
  br i1 %".2886", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2888" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2889" = load i8, ptr %".2888", align 1
  %".2890" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2891" = load i16, ptr %".2890", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.13" = phi  i8 [%".2889", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2910", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".2891", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2912", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2914" = zext i8 %"w0_1.13" to i64
  %".2915" = trunc i64 %".2914" to i8
  %".2916" = getelementptr i8, ptr %"keys.127", i64 9
  store i8 %".2915", ptr %".2916", align 1
  %".2918" = add i64 %"cursor.38", 8
  %".2919" = icmp ne i64 1, 0
  %".2920" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".2921" = zext i16 %".2920" to i64
  %".2922" = and i64 %".2921", 65528
  %".2923" = icmp eq i64 %".2922", 0
  br i1 %".2919", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
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
  %"cursor.39" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".4649", %"widening.to_ipv6_opts_d0_ipv6_ext2"]
  %"data.88" = phi  ptr [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.174", %"widening.to_ipv6_opts_d0_ipv6_ext2"]
  %"data_end.88" = phi  ptr [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.174", %"widening.to_ipv6_opts_d0_ipv6_ext2"]
  %"keys.88" = phi  ptr [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.to_ipv6_opts_d0_ipv6_ext2"]
  %"hdr.35" = getelementptr i8, ptr %"data.88", i64 %"cursor.39"
  %".3005" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3006" = icmp ugt ptr %".3005", %"data_end.88"
  br i1 %".3006", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3008" = getelementptr i8, ptr %"hdr.35", i64 0
  %".3009" = load i8, ptr %".3008", align 1
  %".3010" = getelementptr i8, ptr %"hdr.35", i64 1
  %".3011" = load i8, ptr %".3010", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3009", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3030", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3011", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3032", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3034" = zext i8 %"w0_1.14" to i64
  %".3035" = trunc i64 %".3034" to i8
  %".3036" = getelementptr i8, ptr %"keys.129", i64 9
  store i8 %".3035", ptr %".3036", align 1
  %".3038" = add i64 %"cursor.39", 2
  %".3039" = zext i8 %"w1_1.10" to i64
  %".3040" = mul i64 %".3039", 8
  %".3041" = add i64 %".3040", 6
  %".3042" = add i64 %".3041", 2
  %"end.8" = add i64 %"cursor.39", %".3042"
  %".3043" = zext i8 %"w0_1.14" to i64
  switch i64 %".3043", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2:
  %"cursor.40" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1775", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".4633", %"widening.to_ipv6_frag_d0_ipv6_ext2"]
  %"data.89" = phi  ptr [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.173", %"widening.to_ipv6_frag_d0_ipv6_ext2"]
  %"data_end.89" = phi  ptr [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.173", %"widening.to_ipv6_frag_d0_ipv6_ext2"]
  %"keys.89" = phi  ptr [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.to_ipv6_frag_d0_ipv6_ext2"]
  %"hdr.36" = getelementptr i8, ptr %"data.89", i64 %"cursor.40"
  %".3097" = getelementptr i8, ptr %"hdr.36", i64 8
  %".3098" = icmp ugt ptr %".3097", %"data_end.89"
  br i1 %".3098", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3100" = getelementptr i8, ptr %"hdr.36", i64 0
  %".3101" = load i8, ptr %".3100", align 1
  %".3102" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3103" = load i16, ptr %".3102", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3122", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3103", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3124", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.133" = phi  ptr [%"data.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.133" = phi  ptr [%"data_end.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.133" = phi  ptr [%"keys.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3126" = zext i8 %"w0_1.15" to i64
  %".3127" = trunc i64 %".3126" to i8
  %".3128" = getelementptr i8, ptr %"keys.133", i64 9
  store i8 %".3127", ptr %".3128", align 1
  %".3130" = add i64 %"cursor.40", 8
  %".3131" = icmp ne i64 1, 0
  %".3132" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3133" = zext i16 %".3132" to i64
  %".3134" = and i64 %".3133", 65528
  %".3135" = icmp eq i64 %".3134", 0
  br i1 %".3131", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
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
  %"cursor.41" = phi  i64 [%".2058", %"vlan_d1_vlan_tags1.to_vlan"], [%".2058", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2201", %"hsr_d1_vlan_tags1.to_vlan"], [%".2201", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".4777", %"widening.to_vlan_d1_vlan_tags2"]
  %"data.100" = phi  ptr [%"data.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.182", %"widening.to_vlan_d1_vlan_tags2"]
  %"data_end.100" = phi  ptr [%"data_end.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.182", %"widening.to_vlan_d1_vlan_tags2"]
  %"keys.100" = phi  ptr [%"keys.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.to_vlan_d1_vlan_tags2"]
  %"hdr.37" = getelementptr i8, ptr %"data.100", i64 %"cursor.41"
  %".3211" = getelementptr i8, ptr %"hdr.37", i64 4
  %".3212" = icmp ugt ptr %".3211", %"data_end.100"
  br i1 %".3212", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3214" = getelementptr i8, ptr %"hdr.37", i64 2
  %".3215" = load i16, ptr %".3214", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.15" = phi  i16 [%".3215", %"vlan_d1_vlan_tags2.linear"], [%".3234", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.135" = phi  ptr [%"data.100", %"vlan_d1_vlan_tags2.linear"], [%"data.134", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.135" = phi  ptr [%"data_end.100", %"vlan_d1_vlan_tags2.linear"], [%"data_end.134", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.135" = phi  ptr [%"keys.100", %"vlan_d1_vlan_tags2.linear"], [%"keys.134", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3236" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3237" = zext i16 %".3236" to i64
  %".3238" = trunc i64 %".3237" to i16
  %".3239" = call i16 @"llvm.bswap.i16"(i16 %".3238")
  %".3240" = getelementptr i8, ptr %"keys.135", i64 10
  store i16 %".3239", ptr %".3240", align 2
  %".3242" = add i64 %"cursor.41", 4
  %".3243" = trunc i64 %".3242" to i16
  %".3244" = getelementptr i8, ptr %"keys.135", i64 0
  store i16 %".3243", ptr %".3244", align 2
  %".3246" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3247" = zext i16 %".3246" to i64
  switch i64 %".3247", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2:
  %"cursor.42" = phi  i64 [%".2058", %"vlan_d1_vlan_tags1.to_hsr"], [%".2058", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2201", %"hsr_d1_vlan_tags1.to_hsr"], [%".2201", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".4761", %"widening.to_hsr_d1_vlan_tags2"]
  %"data.101" = phi  ptr [%"data.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.181", %"widening.to_hsr_d1_vlan_tags2"]
  %"data_end.101" = phi  ptr [%"data_end.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.181", %"widening.to_hsr_d1_vlan_tags2"]
  %"keys.101" = phi  ptr [%"keys.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.to_hsr_d1_vlan_tags2"]
  %"hdr.38" = getelementptr i8, ptr %"data.101", i64 %"cursor.42"
  %".3281" = getelementptr i8, ptr %"hdr.38", i64 6
  %".3282" = icmp ugt ptr %".3281", %"data_end.101"
  br i1 %".3282", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3284" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3285" = load i16, ptr %".3284", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3285", %"hsr_d1_vlan_tags2.linear"], [%".3304", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.101", %"hsr_d1_vlan_tags2.linear"], [%"data.136", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.101", %"hsr_d1_vlan_tags2.linear"], [%"data_end.136", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.101", %"hsr_d1_vlan_tags2.linear"], [%"keys.136", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3306" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3307" = zext i16 %".3306" to i64
  %".3308" = trunc i64 %".3307" to i16
  %".3309" = call i16 @"llvm.bswap.i16"(i16 %".3308")
  %".3310" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".3309", ptr %".3310", align 2
  %".3312" = add i64 %"cursor.42", 6
  %".3313" = trunc i64 %".3312" to i16
  %".3314" = getelementptr i8, ptr %"keys.137", i64 0
  store i16 %".3313", ptr %".3314", align 2
  %".3316" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3317" = zext i16 %".3316" to i64
  switch i64 %".3317", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
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
gre_d0.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2520" = trunc i64 %"cursor.34" to i32
  %".2521" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2520", [40 x i8]* %"header_copy", i32 4)
  %".2522" = icmp eq i64 %".2521", 0
  %".2523" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2524" = load i32, ptr %".2523", align 4
  %".2525" = zext i32 %".2524" to i64
  %"data.108" = inttoptr i64 %".2525" to ptr
  %".2526" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2527" = load i32, ptr %".2526", align 4
  %".2528" = zext i32 %".2527" to i64
  %"data_end.108" = inttoptr i64 %".2528" to ptr
  %".2529" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.108" = load ptr, ptr %".2529", align 8
  %".2530" = xor i1 %".2522", -1
  br i1 %".2530", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".2532" = trunc i64 %"cursor.34" to i16
  %".2533" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2532", ptr %".2533", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".2536" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2537" = load volatile i8, [40 x i8]* %".2536", align 1
  %".2538" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2539" = load volatile i8, [40 x i8]* %".2538", align 1
  %".2540" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2541" = load volatile i16, [40 x i8]* %".2540", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".2552" = trunc i64 %"cursor.34" to i16
  %".2553" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2552", ptr %".2553", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".2556" = add i64 %"cursor.34", 4
  %".2557" = zext i8 %"w0_1.9" to i64
  %".2558" = lshr i64 %".2557", 7
  %".2559" = and i64 %".2558", 1
  %".2560" = zext i8 %"w0_1.9" to i64
  %".2561" = lshr i64 %".2560", 5
  %".2562" = and i64 %".2561", 1
  %".2563" = add i64 %".2559", %".2562"
  %".2564" = zext i8 %"w0_1.9" to i64
  %".2565" = lshr i64 %".2564", 4
  %".2566" = and i64 %".2565", 1
  %".2567" = add i64 %".2563", %".2566"
  %".2568" = mul i64 %".2567", 4
  %".2569" = add i64 %".2568", 4
  %".2570" = getelementptr i8, ptr %"data.109", i64 %"cursor.34"
  %".2571" = getelementptr i8, ptr %".2570", i64 %".2569"
  %".2572" = icmp ugt ptr %".2571", %"data_end.109"
  br i1 %".2572", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.111" = phi  ptr [%"data.109", %"gre_d0.stop_before.endif"], [%"data.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.109", %"gre_d0.stop_before.endif"], [%"data_end.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.109", %"gre_d0.stop_before.endif"], [%"keys.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.5" = add i64 %"cursor.34", %".2569"
  %".2593" = getelementptr i8, ptr %"keys.111", i64 8
  store i8 1, ptr %".2593", align 1
  %".2595" = getelementptr i8, ptr %"keys.111", i64 48
  %"flags.49" = load volatile i32, ptr %".2595", align 4
  %".2596" = and i32 %"flags.49", 4
  %".2597" = icmp ne i32 %".2596", 0
  br i1 %".2597", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".2574" = add i64 %"cursor.34", %".2569"
  %".2575" = sub i64 %".2574", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2576" = trunc i64 %".2575" to i32
  %".2577" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2576", i64* %"last_byte", i32 1)
  %".2578" = icmp eq i64 %".2577", 0
  %".2579" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2580" = load i32, ptr %".2579", align 4
  %".2581" = zext i32 %".2580" to i64
  %"data.110" = inttoptr i64 %".2581" to ptr
  %".2582" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2583" = load i32, ptr %".2582", align 4
  %".2584" = zext i32 %".2583" to i64
  %"data_end.110" = inttoptr i64 %".2584" to ptr
  %".2585" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.110" = load ptr, ptr %".2585", align 8
  %".2586" = xor i1 %".2578", -1
  br i1 %".2586", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2588" = trunc i64 %"cursor.34" to i16
  %".2589" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2588", ptr %".2589", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2599" = trunc i64 %"end.5" to i16
  %".2600" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2599", ptr %".2600", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2603" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2604" = zext i16 %".2603" to i64
  %".2605" = trunc i64 %".2604" to i16
  %".2606" = call i16 @"llvm.bswap.i16"(i16 %".2605")
  %".2607" = getelementptr i8, ptr %"keys.111", i64 10
  store i16 %".2606", ptr %".2607", align 2
  %".2609" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2610" = zext i16 %".2609" to i64
  switch i64 %".2610", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !4
gre_d0.unknown:
  %".2612" = trunc i64 %"end.5" to i16
  %".2613" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2612", ptr %".2613", align 2
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
  %"data.112" = phi  ptr [%"data.111", %"gre_d0.to_ethernet"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"gre_d0.to_ethernet"]
  %"keys.112" = phi  ptr [%"keys.111", %"gre_d0.to_ethernet"]
  %"hdr.39" = getelementptr i8, ptr %"data.112", i64 %"cursor.43"
  %".3351" = getelementptr i8, ptr %"hdr.39", i64 14
  %".3352" = icmp ugt ptr %".3351", %"data_end.112"
  br i1 %".3352", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3354" = getelementptr i8, ptr %"hdr.39", i64 12
  %".3355" = load i16, ptr %".3354", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3355", %"ethernet_d1.linear"], [%".3374", %"ethernet_d1.copy_failed.endif"]
  %"data.139" = phi  ptr [%"data.112", %"ethernet_d1.linear"], [%"data.138", %"ethernet_d1.copy_failed.endif"]
  %"data_end.139" = phi  ptr [%"data_end.112", %"ethernet_d1.linear"], [%"data_end.138", %"ethernet_d1.copy_failed.endif"]
  %"keys.139" = phi  ptr [%"keys.112", %"ethernet_d1.linear"], [%"keys.138", %"ethernet_d1.copy_failed.endif"]
  %".3376" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3377" = zext i16 %".3376" to i64
  %".3378" = trunc i64 %".3377" to i16
  %".3379" = call i16 @"llvm.bswap.i16"(i16 %".3378")
  %".3380" = getelementptr i8, ptr %"keys.139", i64 10
  store i16 %".3379", ptr %".3380", align 2
  %".3382" = add i64 %"cursor.43", 14
  %".3383" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3384" = zext i16 %".3383" to i64
  switch i64 %".3384", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
pptp_d0.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2643" = trunc i64 %"cursor.35" to i32
  %".2644" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2643", [40 x i8]* %"header_copy", i32 4)
  %".2645" = icmp eq i64 %".2644", 0
  %".2646" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2647" = load i32, ptr %".2646", align 4
  %".2648" = zext i32 %".2647" to i64
  %"data.113" = inttoptr i64 %".2648" to ptr
  %".2649" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2650" = load i32, ptr %".2649", align 4
  %".2651" = zext i32 %".2650" to i64
  %"data_end.113" = inttoptr i64 %".2651" to ptr
  %".2652" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.113" = load ptr, ptr %".2652", align 8
  %".2653" = xor i1 %".2645", -1
  br i1 %".2653", label %"pptp_d0.copy_failed", label %"pptp_d0.copy_failed.endif"
pptp_d0.copy_failed:
  %".2655" = trunc i64 %"cursor.35" to i16
  %".2656" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2655", ptr %".2656", align 2
  br label %"return"
pptp_d0.copy_failed.endif:
  %".2659" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2660" = load volatile i8, [40 x i8]* %".2659", align 1
  %".2661" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2662" = load volatile i8, [40 x i8]* %".2661", align 1
  %".2663" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2664" = load volatile i16, [40 x i8]* %".2663", align 2
  br label %"pptp_d0.header"
pptp_d0.stop_before:
  %".2675" = trunc i64 %"cursor.35" to i16
  %".2676" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2675", ptr %".2676", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".2679" = add i64 %"cursor.35", 4
  %".2680" = zext i8 %"w0_1.10" to i64
  %".2681" = lshr i64 %".2680", 7
  %".2682" = and i64 %".2681", 1
  %".2683" = zext i8 %"w0_1.10" to i64
  %".2684" = lshr i64 %".2683", 5
  %".2685" = and i64 %".2684", 1
  %".2686" = add i64 %".2682", %".2685"
  %".2687" = zext i8 %"w0_1.10" to i64
  %".2688" = lshr i64 %".2687", 4
  %".2689" = and i64 %".2688", 1
  %".2690" = add i64 %".2686", %".2689"
  %".2691" = zext i8 %"w1_1.7" to i64
  %".2692" = lshr i64 %".2691", 7
  %".2693" = and i64 %".2692", 1
  %".2694" = add i64 %".2690", %".2693"
  %".2695" = mul i64 %".2694", 4
  %".2696" = add i64 %".2695", 4
  %".2697" = getelementptr i8, ptr %"data.114", i64 %"cursor.35"
  %".2698" = getelementptr i8, ptr %".2697", i64 %".2696"
  %".2699" = icmp ugt ptr %".2698", %"data_end.114"
  br i1 %".2699", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.116" = phi  ptr [%"data.114", %"pptp_d0.stop_before.endif"], [%"data.115", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.114", %"pptp_d0.stop_before.endif"], [%"data_end.115", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.114", %"pptp_d0.stop_before.endif"], [%"keys.115", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.6" = add i64 %"cursor.35", %".2696"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".2701" = add i64 %"cursor.35", %".2696"
  %".2702" = sub i64 %".2701", 1
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2703" = trunc i64 %".2702" to i32
  %".2704" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2703", i64* %"last_byte", i32 1)
  %".2705" = icmp eq i64 %".2704", 0
  %".2706" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2707" = load i32, ptr %".2706", align 4
  %".2708" = zext i32 %".2707" to i64
  %"data.115" = inttoptr i64 %".2708" to ptr
  %".2709" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2710" = load i32, ptr %".2709", align 4
  %".2711" = zext i32 %".2710" to i64
  %"data_end.115" = inttoptr i64 %".2711" to ptr
  %".2712" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.115" = load ptr, ptr %".2712", align 8
  %".2713" = xor i1 %".2705", -1
  br i1 %".2713", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2715" = trunc i64 %"cursor.35" to i16
  %".2716" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2715", ptr %".2716", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2721" = trunc i64 %"end.6" to i16
  %".2722" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2721", ptr %".2722", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.44" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.117" = phi  ptr [%"data.116", %"pptp_d0.to_ppp"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"pptp_d0.to_ppp"]
  %"keys.117" = phi  ptr [%"keys.116", %"pptp_d0.to_ppp"]
  %"hdr.40" = getelementptr i8, ptr %"data.117", i64 %"cursor.44"
  %".3406" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3407" = icmp ugt ptr %".3406", %"data_end.117"
  br i1 %".3407", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3409" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3410" = load i16, ptr %".3409", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.16" = phi  i16 [%".3410", %"ppp_d0.linear"], [%".3429", %"ppp_d0.copy_failed.endif"]
  %"data.141" = phi  ptr [%"data.117", %"ppp_d0.linear"], [%"data.140", %"ppp_d0.copy_failed.endif"]
  %"data_end.141" = phi  ptr [%"data_end.117", %"ppp_d0.linear"], [%"data_end.140", %"ppp_d0.copy_failed.endif"]
  %"keys.141" = phi  ptr [%"keys.117", %"ppp_d0.linear"], [%"keys.140", %"ppp_d0.copy_failed.endif"]
  %".3431" = add i64 %"cursor.44", 4
  %".3432" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3433" = zext i16 %".3432" to i64
  switch i64 %".3433", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
gre_version_d1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2736" = trunc i64 %"cursor.36" to i32
  %".2737" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2736", [40 x i8]* %"header_copy", i32 4)
  %".2738" = icmp eq i64 %".2737", 0
  %".2739" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2740" = load i32, ptr %".2739", align 4
  %".2741" = zext i32 %".2740" to i64
  %"data.118" = inttoptr i64 %".2741" to ptr
  %".2742" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2743" = load i32, ptr %".2742", align 4
  %".2744" = zext i32 %".2743" to i64
  %"data_end.118" = inttoptr i64 %".2744" to ptr
  %".2745" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.118" = load ptr, ptr %".2745", align 8
  %".2746" = xor i1 %".2738", -1
  br i1 %".2746", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2748" = trunc i64 %"cursor.36" to i16
  %".2749" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2748", ptr %".2749", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2752" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2753" = load volatile i8, [40 x i8]* %".2752", align 1
  %".2754" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2755" = load volatile i8, [40 x i8]* %".2754", align 1
  %".2756" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2757" = load volatile i16, [40 x i8]* %".2756", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2768" = trunc i64 %"cursor.36" to i16
  %".2769" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2768", ptr %".2769", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".2772" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".2773" = zext i16 %".2772" to i64
  %".2774" = trunc i64 %".2773" to i16
  %".2775" = call i16 @"llvm.bswap.i16"(i16 %".2774")
  %".2776" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2775", ptr %".2776", align 2
  %".2778" = zext i8 %"w1_1.8" to i64
  %".2779" = and i64 %".2778", 7
  switch i64 %".2779", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".2781" = trunc i64 %"cursor.36" to i16
  %".2782" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2781", ptr %".2782", align 2
  br label %"return"
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.36", %"gre_version_d1.to_gre"]
  %"data.120" = phi  ptr [%"data.119", %"gre_version_d1.to_gre"]
  %"data_end.120" = phi  ptr [%"data_end.119", %"gre_version_d1.to_gre"]
  %"keys.120" = phi  ptr [%"keys.119", %"gre_version_d1.to_gre"]
  %"hdr.41" = getelementptr i8, ptr %"data.120", i64 %"cursor.45"
  %".3487" = getelementptr i8, ptr %"hdr.41", i64 4
  %".3488" = icmp ugt ptr %".3487", %"data_end.120"
  br i1 %".3488", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".3490" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3491" = load i8, ptr %".3490", align 1
  %".3492" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3493" = load i8, ptr %".3492", align 1
  %".3494" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3495" = load i16, ptr %".3494", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.16" = phi  i8 [%".3491", %"gre_d1.linear"], [%".3514", %"gre_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".3493", %"gre_d1.linear"], [%".3516", %"gre_d1.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".3495", %"gre_d1.linear"], [%".3518", %"gre_d1.copy_failed.endif"]
  %"data.144" = phi  ptr [%"data.120", %"gre_d1.linear"], [%"data.143", %"gre_d1.copy_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.120", %"gre_d1.linear"], [%"data_end.143", %"gre_d1.copy_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.120", %"gre_d1.linear"], [%"keys.143", %"gre_d1.copy_failed.endif"]
  %".3520" = zext i8 %"w1_1.11" to i64
  %".3521" = and i64 %".3520", 7
  %".3522" = icmp ne i64 %".3521", 0
  %".3523" = zext i8 %"w0_1.16" to i64
  %".3524" = lshr i64 %".3523", 6
  %".3525" = and i64 %".3524", 1
  %".3526" = icmp ne i64 %".3525", 0
  %".3527" = or i1 %".3522", %".3526"
  br i1 %".3527", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.46" = phi  i64 [%"cursor.36", %"gre_version_d1.to_pptp"]
  %"data.121" = phi  ptr [%"data.119", %"gre_version_d1.to_pptp"]
  %"data_end.121" = phi  ptr [%"data_end.119", %"gre_version_d1.to_pptp"]
  %"keys.121" = phi  ptr [%"keys.119", %"gre_version_d1.to_pptp"]
  %"hdr.42" = getelementptr i8, ptr %"data.121", i64 %"cursor.46"
  %".3661" = getelementptr i8, ptr %"hdr.42", i64 4
  %".3662" = icmp ugt ptr %".3661", %"data_end.121"
  br i1 %".3662", label %"pptp_d1.copy", label %"pptp_d1.linear", !prof !0
pptp_d1.linear:
  %".3664" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3665" = load i8, ptr %".3664", align 1
  %".3666" = getelementptr i8, ptr %"hdr.42", i64 1
  %".3667" = load i8, ptr %".3666", align 1
  %".3668" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3669" = load i16, ptr %".3668", align 2
  br label %"pptp_d1.header"
pptp_d1.header:
  %"w0_1.17" = phi  i8 [%".3665", %"pptp_d1.linear"], [%".3688", %"pptp_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".3667", %"pptp_d1.linear"], [%".3690", %"pptp_d1.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".3669", %"pptp_d1.linear"], [%".3692", %"pptp_d1.copy_failed.endif"]
  %"data.148" = phi  ptr [%"data.121", %"pptp_d1.linear"], [%"data.147", %"pptp_d1.copy_failed.endif"]
  %"data_end.148" = phi  ptr [%"data_end.121", %"pptp_d1.linear"], [%"data_end.147", %"pptp_d1.copy_failed.endif"]
  %"keys.148" = phi  ptr [%"keys.121", %"pptp_d1.linear"], [%"keys.147", %"pptp_d1.copy_failed.endif"]
  %".3694" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".3695" = zext i16 %".3694" to i64
  %".3696" = icmp ne i64 %".3695", 34827
  %".3697" = zext i8 %"w0_1.17" to i64
  %".3698" = lshr i64 %".3697", 5
  %".3699" = and i64 %".3698", 1
  %".3700" = icmp eq i64 %".3699", 0
  %".3701" = or i1 %".3696", %".3700"
  br i1 %".3701", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2795" = trunc i64 %"cursor.37" to i32
  %".2796" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2795", [40 x i8]* %"header_copy", i32 2)
  %".2797" = icmp eq i64 %".2796", 0
  %".2798" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2799" = load i32, ptr %".2798", align 4
  %".2800" = zext i32 %".2799" to i64
  %"data.122" = inttoptr i64 %".2800" to ptr
  %".2801" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2802" = load i32, ptr %".2801", align 4
  %".2803" = zext i32 %".2802" to i64
  %"data_end.122" = inttoptr i64 %".2803" to ptr
  %".2804" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.122" = load ptr, ptr %".2804", align 8
  %".2805" = xor i1 %".2797", -1
  br i1 %".2805", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2807" = trunc i64 %"cursor.37" to i16
  %".2808" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2807", ptr %".2808", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2811" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2812" = load volatile i8, [40 x i8]* %".2811", align 1
  %".2813" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2814" = load volatile i8, [40 x i8]* %".2813", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2827" = trunc i64 %"end.7" to i16
  %".2828" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2827", ptr %".2828", align 2
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
  %".2844" = trunc i64 34887 to i16
  %".2845" = call i16 @"llvm.bswap.i16"(i16 %".2844")
  %".2846" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2845", ptr %".2846", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2849" = trunc i64 2048 to i16
  %".2850" = call i16 @"llvm.bswap.i16"(i16 %".2849")
  %".2851" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2850", ptr %".2851", align 2
  %".2853" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2853", align 1
  %".2855" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.50" = load volatile i32, ptr %".2855", align 4
  %".2856" = and i32 %"flags.50", 4
  %".2857" = icmp ne i32 %".2856", 0
  br i1 %".2857", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2867" = trunc i64 34525 to i16
  %".2868" = call i16 @"llvm.bswap.i16"(i16 %".2867")
  %".2869" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2868", ptr %".2869", align 2
  %".2871" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2871", align 1
  %".2873" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.51" = load volatile i32, ptr %".2873", align 4
  %".2874" = and i32 %"flags.51", 4
  %".2875" = icmp ne i32 %".2874", 0
  br i1 %".2875", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.47" = phi  i64 [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".4937", %"widening.to_ipv6_opts_d1_ipv6_ext2"]
  %"data.124" = phi  ptr [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.192", %"widening.to_ipv6_opts_d1_ipv6_ext2"]
  %"data_end.124" = phi  ptr [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.192", %"widening.to_ipv6_opts_d1_ipv6_ext2"]
  %"keys.124" = phi  ptr [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.to_ipv6_opts_d1_ipv6_ext2"]
  %"hdr.43" = getelementptr i8, ptr %"data.124", i64 %"cursor.47"
  %".3754" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3755" = icmp ugt ptr %".3754", %"data_end.124"
  br i1 %".3755", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3757" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3758" = load i8, ptr %".3757", align 1
  %".3759" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3760" = load i8, ptr %".3759", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.18" = phi  i8 [%".3758", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3779", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".3760", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3781", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.124", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.152", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.124", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.152", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.124", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.152", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3783" = zext i8 %"w0_1.18" to i64
  %".3784" = trunc i64 %".3783" to i8
  %".3785" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %".3784", ptr %".3785", align 1
  %".3787" = add i64 %"cursor.47", 2
  %".3788" = zext i8 %"w1_1.13" to i64
  %".3789" = mul i64 %".3788", 8
  %".3790" = add i64 %".3789", 6
  %".3791" = add i64 %".3790", 2
  %"end.11" = add i64 %"cursor.47", %".3791"
  %".3792" = zext i8 %"w0_1.18" to i64
  switch i64 %".3792", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2:
  %"cursor.48" = phi  i64 [%"end.7", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".2918", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".4921", %"widening.to_ipv6_frag_d1_ipv6_ext2"]
  %"data.125" = phi  ptr [%"data.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.191", %"widening.to_ipv6_frag_d1_ipv6_ext2"]
  %"data_end.125" = phi  ptr [%"data_end.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.191", %"widening.to_ipv6_frag_d1_ipv6_ext2"]
  %"keys.125" = phi  ptr [%"keys.123", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.127", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.to_ipv6_frag_d1_ipv6_ext2"]
  %"hdr.44" = getelementptr i8, ptr %"data.125", i64 %"cursor.48"
  %".3852" = getelementptr i8, ptr %"hdr.44", i64 8
  %".3853" = icmp ugt ptr %".3852", %"data_end.125"
  br i1 %".3853", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3855" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3856" = load i8, ptr %".3855", align 1
  %".3857" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3858" = load i16, ptr %".3857", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.19" = phi  i8 [%".3856", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3877", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.19" = phi  i16 [%".3858", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3879", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.125", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.156", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.125", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.156", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.125", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.156", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3881" = zext i8 %"w0_1.19" to i64
  %".3882" = trunc i64 %".3881" to i8
  %".3883" = getelementptr i8, ptr %"keys.157", i64 9
  store i8 %".3882", ptr %".3883", align 1
  %".3885" = add i64 %"cursor.48", 8
  %".3886" = icmp ne i64 1, 0
  %".3887" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".3888" = zext i16 %".3887" to i64
  %".3889" = and i64 %".3888", 65528
  %".3890" = icmp eq i64 %".3889", 0
  br i1 %".3886", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2859" = trunc i64 %"end.7" to i16
  %".2860" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2859", ptr %".2860", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2863" = trunc i64 %"end.7" to i16
  %".2864" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2863", ptr %".2864", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2877" = trunc i64 %"end.7" to i16
  %".2878" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2877", ptr %".2878", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2881" = trunc i64 %"end.7" to i16
  %".2882" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2881", ptr %".2882", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2893" = trunc i64 %"cursor.38" to i32
  %".2894" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2893", [40 x i8]* %"header_copy", i32 8)
  %".2895" = icmp eq i64 %".2894", 0
  %".2896" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2897" = load i32, ptr %".2896", align 4
  %".2898" = zext i32 %".2897" to i64
  %"data.126" = inttoptr i64 %".2898" to ptr
  %".2899" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2900" = load i32, ptr %".2899", align 4
  %".2901" = zext i32 %".2900" to i64
  %"data_end.126" = inttoptr i64 %".2901" to ptr
  %".2902" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.126" = load ptr, ptr %".2902", align 8
  %".2903" = xor i1 %".2895", -1
  br i1 %".2903", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2905" = trunc i64 %"cursor.38" to i16
  %".2906" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2905", ptr %".2906", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2909" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2910" = load volatile i8, [40 x i8]* %".2909", align 1
  %".2911" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2912" = load volatile i16, [40 x i8]* %".2911", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2925" = getelementptr i8, ptr %"keys.127", i64 6
  store i8 1, ptr %".2925", align 1
  br i1 %".2923", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".2945" = zext i8 %"w0_1.13" to i64
  switch i64 %".2945", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2928" = getelementptr i8, ptr %"keys.127", i64 7
  store i8 1, ptr %".2928", align 1
  %".2930" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.52" = load volatile i32, ptr %".2930", align 4
  %".2931" = and i32 %"flags.52", 1
  %".2932" = icmp ne i32 %".2931", 0
  %".2933" = xor i1 %".2932", -1
  br i1 %".2933", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".2940" = trunc i64 %".2918" to i16
  %".2941" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2940", ptr %".2941", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".2935" = trunc i64 %".2918" to i16
  %".2936" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2935", ptr %".2936", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".2947" = trunc i64 %".2918" to i16
  %".2948" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2947", ptr %".2948", align 2
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
  %".2964" = trunc i64 34887 to i16
  %".2965" = call i16 @"llvm.bswap.i16"(i16 %".2964")
  %".2966" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %".2965", ptr %".2966", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".2969" = trunc i64 2048 to i16
  %".2970" = call i16 @"llvm.bswap.i16"(i16 %".2969")
  %".2971" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %".2970", ptr %".2971", align 2
  %".2973" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2973", align 1
  %".2975" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.53" = load volatile i32, ptr %".2975", align 4
  %".2976" = and i32 %"flags.53", 4
  %".2977" = icmp ne i32 %".2976", 0
  br i1 %".2977", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".2987" = trunc i64 34525 to i16
  %".2988" = call i16 @"llvm.bswap.i16"(i16 %".2987")
  %".2989" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %".2988", ptr %".2989", align 2
  %".2991" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2991", align 1
  %".2993" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.54" = load volatile i32, ptr %".2993", align 4
  %".2994" = and i32 %"flags.54", 4
  %".2995" = icmp ne i32 %".2994", 0
  br i1 %".2995", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".2979" = trunc i64 %".2918" to i16
  %".2980" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2979", ptr %".2980", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".2983" = trunc i64 %".2918" to i16
  %".2984" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2983", ptr %".2984", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".2997" = trunc i64 %".2918" to i16
  %".2998" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2997", ptr %".2998", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3001" = trunc i64 %".2918" to i16
  %".3002" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3001", ptr %".3002", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3013" = trunc i64 %"cursor.39" to i32
  %".3014" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3013", [40 x i8]* %"header_copy", i32 2)
  %".3015" = icmp eq i64 %".3014", 0
  %".3016" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3017" = load i32, ptr %".3016", align 4
  %".3018" = zext i32 %".3017" to i64
  %"data.128" = inttoptr i64 %".3018" to ptr
  %".3019" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3020" = load i32, ptr %".3019", align 4
  %".3021" = zext i32 %".3020" to i64
  %"data_end.128" = inttoptr i64 %".3021" to ptr
  %".3022" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.128" = load ptr, ptr %".3022", align 8
  %".3023" = xor i1 %".3015", -1
  br i1 %".3023", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3025" = trunc i64 %"cursor.39" to i16
  %".3026" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3025", ptr %".3026", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3029" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3030" = load volatile i8, [40 x i8]* %".3029", align 1
  %".3031" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3032" = load volatile i8, [40 x i8]* %".3031", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3045" = trunc i64 %"end.8" to i16
  %".3046" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3045", ptr %".3046", align 2
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
  %".3062" = trunc i64 34887 to i16
  %".3063" = call i16 @"llvm.bswap.i16"(i16 %".3062")
  %".3064" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3063", ptr %".3064", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3067" = trunc i64 2048 to i16
  %".3068" = call i16 @"llvm.bswap.i16"(i16 %".3067")
  %".3069" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3068", ptr %".3069", align 2
  %".3071" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3071", align 1
  %".3073" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.55" = load volatile i32, ptr %".3073", align 4
  %".3074" = and i32 %"flags.55", 4
  %".3075" = icmp ne i32 %".3074", 0
  br i1 %".3075", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3082" = trunc i64 34525 to i16
  %".3083" = call i16 @"llvm.bswap.i16"(i16 %".3082")
  %".3084" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3083", ptr %".3084", align 2
  %".3086" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3086", align 1
  %".3088" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.56" = load volatile i32, ptr %".3088", align 4
  %".3089" = and i32 %"flags.56", 4
  %".3090" = icmp ne i32 %".3089", 0
  br i1 %".3090", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.49" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4681", %"widening.to_ipv6_opts_d0_ipv6_ext3"]
  %"data.130" = phi  ptr [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.176", %"widening.to_ipv6_opts_d0_ipv6_ext3"]
  %"data_end.130" = phi  ptr [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.176", %"widening.to_ipv6_opts_d0_ipv6_ext3"]
  %"keys.130" = phi  ptr [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.to_ipv6_opts_d0_ipv6_ext3"]
  %"hdr.45" = getelementptr i8, ptr %"data.130", i64 %"cursor.49"
  %".3972" = getelementptr i8, ptr %"hdr.45", i64 2
  %".3973" = icmp ugt ptr %".3972", %"data_end.130"
  br i1 %".3973", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".3975" = getelementptr i8, ptr %"hdr.45", i64 0
  %".3976" = load i8, ptr %".3975", align 1
  %".3977" = getelementptr i8, ptr %"hdr.45", i64 1
  %".3978" = load i8, ptr %".3977", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.20" = phi  i8 [%".3976", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3997", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".3978", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3999", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.130", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.158", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.130", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.158", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.130", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.158", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".4001" = zext i8 %"w0_1.20" to i64
  %".4002" = trunc i64 %".4001" to i8
  %".4003" = getelementptr i8, ptr %"keys.159", i64 9
  store i8 %".4002", ptr %".4003", align 1
  %".4005" = add i64 %"cursor.49", 2
  %".4006" = zext i8 %"w1_1.14" to i64
  %".4007" = mul i64 %".4006", 8
  %".4008" = add i64 %".4007", 6
  %".4009" = add i64 %".4008", 2
  %"end.12" = add i64 %"cursor.49", %".4009"
  %".4010" = zext i8 %"w0_1.20" to i64
  switch i64 %".4010", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3:
  %"cursor.50" = phi  i64 [%"end.8", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3130", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".4665", %"widening.to_ipv6_frag_d0_ipv6_ext3"]
  %"data.131" = phi  ptr [%"data.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.175", %"widening.to_ipv6_frag_d0_ipv6_ext3"]
  %"data_end.131" = phi  ptr [%"data_end.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.175", %"widening.to_ipv6_frag_d0_ipv6_ext3"]
  %"keys.131" = phi  ptr [%"keys.129", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.133", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.to_ipv6_frag_d0_ipv6_ext3"]
  %"hdr.46" = getelementptr i8, ptr %"data.131", i64 %"cursor.50"
  %".4076" = getelementptr i8, ptr %"hdr.46", i64 8
  %".4077" = icmp ugt ptr %".4076", %"data_end.131"
  br i1 %".4077", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".4079" = getelementptr i8, ptr %"hdr.46", i64 0
  %".4080" = load i8, ptr %".4079", align 1
  %".4081" = getelementptr i8, ptr %"hdr.46", i64 2
  %".4082" = load i16, ptr %".4081", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.21" = phi  i8 [%".4080", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4101", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.20" = phi  i16 [%".4082", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4103", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.131", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.160", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.131", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.160", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.131", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.160", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".4105" = zext i8 %"w0_1.21" to i64
  %".4106" = trunc i64 %".4105" to i8
  %".4107" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %".4106", ptr %".4107", align 1
  %".4109" = add i64 %"cursor.50", 8
  %".4110" = icmp ne i64 1, 0
  %".4111" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".4112" = zext i16 %".4111" to i64
  %".4113" = and i64 %".4112", 65528
  %".4114" = icmp eq i64 %".4113", 0
  br i1 %".4110", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3077" = trunc i64 %"end.8" to i16
  %".3078" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3077", ptr %".3078", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3092" = trunc i64 %"end.8" to i16
  %".3093" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3092", ptr %".3093", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3105" = trunc i64 %"cursor.40" to i32
  %".3106" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3105", [40 x i8]* %"header_copy", i32 8)
  %".3107" = icmp eq i64 %".3106", 0
  %".3108" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3109" = load i32, ptr %".3108", align 4
  %".3110" = zext i32 %".3109" to i64
  %"data.132" = inttoptr i64 %".3110" to ptr
  %".3111" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3112" = load i32, ptr %".3111", align 4
  %".3113" = zext i32 %".3112" to i64
  %"data_end.132" = inttoptr i64 %".3113" to ptr
  %".3114" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.132" = load ptr, ptr %".3114", align 8
  %".3115" = xor i1 %".3107", -1
  br i1 %".3115", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3117" = trunc i64 %"cursor.40" to i16
  %".3118" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3117", ptr %".3118", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3121" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3122" = load volatile i8, [40 x i8]* %".3121", align 1
  %".3123" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3124" = load volatile i16, [40 x i8]* %".3123", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3137" = getelementptr i8, ptr %"keys.133", i64 6
  store i8 1, ptr %".3137", align 1
  br i1 %".3135", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3157" = zext i8 %"w0_1.15" to i64
  switch i64 %".3157", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3140" = getelementptr i8, ptr %"keys.133", i64 7
  store i8 1, ptr %".3140", align 1
  %".3142" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.57" = load volatile i32, ptr %".3142", align 4
  %".3143" = and i32 %"flags.57", 1
  %".3144" = icmp ne i32 %".3143", 0
  %".3145" = xor i1 %".3144", -1
  br i1 %".3145", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3152" = trunc i64 %".3130" to i16
  %".3153" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3152", ptr %".3153", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3147" = trunc i64 %".3130" to i16
  %".3148" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3147", ptr %".3148", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3159" = trunc i64 %".3130" to i16
  %".3160" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3159", ptr %".3160", align 2
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
  %".3176" = trunc i64 34887 to i16
  %".3177" = call i16 @"llvm.bswap.i16"(i16 %".3176")
  %".3178" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".3177", ptr %".3178", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3181" = trunc i64 2048 to i16
  %".3182" = call i16 @"llvm.bswap.i16"(i16 %".3181")
  %".3183" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".3182", ptr %".3183", align 2
  %".3185" = getelementptr i8, ptr %"keys.133", i64 8
  store i8 1, ptr %".3185", align 1
  %".3187" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.58" = load volatile i32, ptr %".3187", align 4
  %".3188" = and i32 %"flags.58", 4
  %".3189" = icmp ne i32 %".3188", 0
  br i1 %".3189", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3196" = trunc i64 34525 to i16
  %".3197" = call i16 @"llvm.bswap.i16"(i16 %".3196")
  %".3198" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".3197", ptr %".3198", align 2
  %".3200" = getelementptr i8, ptr %"keys.133", i64 8
  store i8 1, ptr %".3200", align 1
  %".3202" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.59" = load volatile i32, ptr %".3202", align 4
  %".3203" = and i32 %"flags.59", 4
  %".3204" = icmp ne i32 %".3203", 0
  br i1 %".3204", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3191" = trunc i64 %".3130" to i16
  %".3192" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3191", ptr %".3192", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3206" = trunc i64 %".3130" to i16
  %".3207" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3206", ptr %".3207", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3217" = trunc i64 %"cursor.41" to i32
  %".3218" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3217", [40 x i8]* %"header_copy", i32 4)
  %".3219" = icmp eq i64 %".3218", 0
  %".3220" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3221" = load i32, ptr %".3220", align 4
  %".3222" = zext i32 %".3221" to i64
  %"data.134" = inttoptr i64 %".3222" to ptr
  %".3223" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3224" = load i32, ptr %".3223", align 4
  %".3225" = zext i32 %".3224" to i64
  %"data_end.134" = inttoptr i64 %".3225" to ptr
  %".3226" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.134" = load ptr, ptr %".3226", align 8
  %".3227" = xor i1 %".3219", -1
  br i1 %".3227", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3229" = trunc i64 %"cursor.41" to i16
  %".3230" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3229", ptr %".3230", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3233" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3234" = load volatile i16, [40 x i8]* %".3233", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3249" = trunc i64 %".3242" to i16
  %".3250" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3249", ptr %".3250", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3255" = trunc i64 %".3242" to i16
  %".3256" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3255", ptr %".3256", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3259" = trunc i64 %".3242" to i16
  %".3260" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3259", ptr %".3260", align 2
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
  %".3272" = trunc i64 %".3242" to i16
  %".3273" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3272", ptr %".3273", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3276" = trunc i64 %".3242" to i16
  %".3277" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3276", ptr %".3277", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3287" = trunc i64 %"cursor.42" to i32
  %".3288" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3287", [40 x i8]* %"header_copy", i32 6)
  %".3289" = icmp eq i64 %".3288", 0
  %".3290" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3291" = load i32, ptr %".3290", align 4
  %".3292" = zext i32 %".3291" to i64
  %"data.136" = inttoptr i64 %".3292" to ptr
  %".3293" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3294" = load i32, ptr %".3293", align 4
  %".3295" = zext i32 %".3294" to i64
  %"data_end.136" = inttoptr i64 %".3295" to ptr
  %".3296" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.136" = load ptr, ptr %".3296", align 8
  %".3297" = xor i1 %".3289", -1
  br i1 %".3297", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3299" = trunc i64 %"cursor.42" to i16
  %".3300" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3299", ptr %".3300", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3303" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3304" = load volatile i16, [40 x i8]* %".3303", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3319" = trunc i64 %".3312" to i16
  %".3320" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3319", ptr %".3320", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3325" = trunc i64 %".3312" to i16
  %".3326" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3325", ptr %".3326", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3329" = trunc i64 %".3312" to i16
  %".3330" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3329", ptr %".3330", align 2
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
  %".3342" = trunc i64 %".3312" to i16
  %".3343" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3342", ptr %".3343", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3346" = trunc i64 %".3312" to i16
  %".3347" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3346", ptr %".3347", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
ethernet_d1.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3357" = trunc i64 %"cursor.43" to i32
  %".3358" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3357", [40 x i8]* %"header_copy", i32 14)
  %".3359" = icmp eq i64 %".3358", 0
  %".3360" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3361" = load i32, ptr %".3360", align 4
  %".3362" = zext i32 %".3361" to i64
  %"data.138" = inttoptr i64 %".3362" to ptr
  %".3363" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3364" = load i32, ptr %".3363", align 4
  %".3365" = zext i32 %".3364" to i64
  %"data_end.138" = inttoptr i64 %".3365" to ptr
  %".3366" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.138" = load ptr, ptr %".3366", align 8
  %".3367" = xor i1 %".3359", -1
  br i1 %".3367", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3369" = trunc i64 %"cursor.43" to i16
  %".3370" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3369", ptr %".3370", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3373" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3374" = load volatile i16, [40 x i8]* %".3373", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3386" = trunc i64 %".3382" to i16
  %".3387" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3386", ptr %".3387", align 2
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
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3412" = trunc i64 %"cursor.44" to i32
  %".3413" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3412", [40 x i8]* %"header_copy", i32 4)
  %".3414" = icmp eq i64 %".3413", 0
  %".3415" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3416" = load i32, ptr %".3415", align 4
  %".3417" = zext i32 %".3416" to i64
  %"data.140" = inttoptr i64 %".3417" to ptr
  %".3418" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3419" = load i32, ptr %".3418", align 4
  %".3420" = zext i32 %".3419" to i64
  %"data_end.140" = inttoptr i64 %".3420" to ptr
  %".3421" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.140" = load ptr, ptr %".3421", align 8
  %".3422" = xor i1 %".3414", -1
  br i1 %".3422", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3424" = trunc i64 %"cursor.44" to i16
  %".3425" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3424", ptr %".3425", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3428" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3429" = load volatile i16, [40 x i8]* %".3428", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3435" = and i64 %".3433", 0
  %".3436" = icmp eq i64 %".3435", 0
  br i1 %".3436", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".3442" = trunc i64 2048 to i16
  %".3443" = call i16 @"llvm.bswap.i16"(i16 %".3442")
  %".3444" = getelementptr i8, ptr %"keys.141", i64 10
  store i16 %".3443", ptr %".3444", align 2
  %".3446" = getelementptr i8, ptr %"keys.141", i64 8
  store i8 1, ptr %".3446", align 1
  %".3448" = getelementptr i8, ptr %"keys.141", i64 48
  %"flags.60" = load volatile i32, ptr %".3448", align 4
  %".3449" = and i32 %"flags.60", 4
  %".3450" = icmp ne i32 %".3449", 0
  br i1 %".3450", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".3457" = trunc i64 34525 to i16
  %".3458" = call i16 @"llvm.bswap.i16"(i16 %".3457")
  %".3459" = getelementptr i8, ptr %"keys.141", i64 10
  store i16 %".3458", ptr %".3459", align 2
  %".3461" = getelementptr i8, ptr %"keys.141", i64 8
  store i8 1, ptr %".3461", align 1
  %".3463" = getelementptr i8, ptr %"keys.141", i64 48
  %"flags.61" = load volatile i32, ptr %".3463", align 4
  %".3464" = and i32 %"flags.61", 4
  %".3465" = icmp ne i32 %".3464", 0
  br i1 %".3465", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".3472" = trunc i64 34827 to i16
  %".3473" = call i16 @"llvm.bswap.i16"(i16 %".3472")
  %".3474" = getelementptr i8, ptr %"keys.141", i64 10
  store i16 %".3473", ptr %".3474", align 2
  %".3476" = getelementptr i8, ptr %"keys.141", i64 8
  store i8 1, ptr %".3476", align 1
  %".3478" = getelementptr i8, ptr %"keys.141", i64 48
  %"flags.62" = load volatile i32, ptr %".3478", align 4
  %".3479" = and i32 %"flags.62", 4
  %".3480" = icmp ne i32 %".3479", 0
  br i1 %".3480", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".3438" = trunc i64 %".3431" to i16
  %".3439" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3438", ptr %".3439", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3452" = trunc i64 %".3431" to i16
  %".3453" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3452", ptr %".3453", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".3467" = trunc i64 %".3431" to i16
  %".3468" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3467", ptr %".3468", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".3482" = trunc i64 %".3431" to i16
  %".3483" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3482", ptr %".3483", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.51" = phi  i64 [%".3431", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.142" = phi  ptr [%"data.141", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.142" = phi  ptr [%"data_end.141", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.142" = phi  ptr [%"keys.141", %"ppp_d0.stop_at_encap.endif.2"]
  %".4202" = add i64 %"cursor.51", 0
  %".4203" = trunc i64 %".4202" to i16
  %".4204" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4203", ptr %".4204", align 2
  br label %"return"
gre_d1.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3497" = trunc i64 %"cursor.45" to i32
  %".3498" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3497", [40 x i8]* %"header_copy", i32 4)
  %".3499" = icmp eq i64 %".3498", 0
  %".3500" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3501" = load i32, ptr %".3500", align 4
  %".3502" = zext i32 %".3501" to i64
  %"data.143" = inttoptr i64 %".3502" to ptr
  %".3503" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3504" = load i32, ptr %".3503", align 4
  %".3505" = zext i32 %".3504" to i64
  %"data_end.143" = inttoptr i64 %".3505" to ptr
  %".3506" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.143" = load ptr, ptr %".3506", align 8
  %".3507" = xor i1 %".3499", -1
  br i1 %".3507", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".3509" = trunc i64 %"cursor.45" to i16
  %".3510" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".3509", ptr %".3510", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".3513" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3514" = load volatile i8, [40 x i8]* %".3513", align 1
  %".3515" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3516" = load volatile i8, [40 x i8]* %".3515", align 1
  %".3517" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3518" = load volatile i16, [40 x i8]* %".3517", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".3529" = trunc i64 %"cursor.45" to i16
  %".3530" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3529", ptr %".3530", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".3533" = add i64 %"cursor.45", 4
  %".3534" = zext i8 %"w0_1.16" to i64
  %".3535" = lshr i64 %".3534", 7
  %".3536" = and i64 %".3535", 1
  %".3537" = zext i8 %"w0_1.16" to i64
  %".3538" = lshr i64 %".3537", 5
  %".3539" = and i64 %".3538", 1
  %".3540" = add i64 %".3536", %".3539"
  %".3541" = zext i8 %"w0_1.16" to i64
  %".3542" = lshr i64 %".3541", 4
  %".3543" = and i64 %".3542", 1
  %".3544" = add i64 %".3540", %".3543"
  %".3545" = mul i64 %".3544", 4
  %".3546" = add i64 %".3545", 4
  %".3547" = getelementptr i8, ptr %"data.144", i64 %"cursor.45"
  %".3548" = getelementptr i8, ptr %".3547", i64 %".3546"
  %".3549" = icmp ugt ptr %".3548", %"data_end.144"
  br i1 %".3549", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.146" = phi  ptr [%"data.144", %"gre_d1.stop_before.endif"], [%"data.145", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.144", %"gre_d1.stop_before.endif"], [%"data_end.145", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.144", %"gre_d1.stop_before.endif"], [%"keys.145", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.45", %".3546"
  %".3570" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3570", align 1
  %".3572" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.63" = load volatile i32, ptr %".3572", align 4
  %".3573" = and i32 %"flags.63", 4
  %".3574" = icmp ne i32 %".3573", 0
  br i1 %".3574", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".3551" = add i64 %"cursor.45", %".3546"
  %".3552" = sub i64 %".3551", 1
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3553" = trunc i64 %".3552" to i32
  %".3554" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3553", i64* %"last_byte", i32 1)
  %".3555" = icmp eq i64 %".3554", 0
  %".3556" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3557" = load i32, ptr %".3556", align 4
  %".3558" = zext i32 %".3557" to i64
  %"data.145" = inttoptr i64 %".3558" to ptr
  %".3559" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3560" = load i32, ptr %".3559", align 4
  %".3561" = zext i32 %".3560" to i64
  %"data_end.145" = inttoptr i64 %".3561" to ptr
  %".3562" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.145" = load ptr, ptr %".3562", align 8
  %".3563" = xor i1 %".3555", -1
  br i1 %".3563", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3565" = trunc i64 %"cursor.45" to i16
  %".3566" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3565", ptr %".3566", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3576" = trunc i64 %"end.9" to i16
  %".3577" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3576", ptr %".3577", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".3580" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".3581" = zext i16 %".3580" to i64
  %".3582" = trunc i64 %".3581" to i16
  %".3583" = call i16 @"llvm.bswap.i16"(i16 %".3582")
  %".3584" = getelementptr i8, ptr %"keys.146", i64 10
  store i16 %".3583", ptr %".3584", align 2
  %".3586" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".3587" = zext i16 %".3586" to i64
  switch i64 %".3587", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !4
gre_d1.unknown:
  %".3589" = trunc i64 %"end.9" to i16
  %".3590" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3589", ptr %".3590", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".3593" = trunc i64 %"end.9" to i16
  %".3594" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3593", ptr %".3594", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3597" = trunc i64 %"end.9" to i16
  %".3598" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3597", ptr %".3598", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3601" = trunc i64 %"end.9" to i16
  %".3602" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3601", ptr %".3602", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3605" = trunc i64 %"end.9" to i16
  %".3606" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3605", ptr %".3606", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3609" = trunc i64 %"end.9" to i16
  %".3610" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3609", ptr %".3610", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3613" = trunc i64 %"end.9" to i16
  %".3614" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3613", ptr %".3614", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3617" = trunc i64 %"end.9" to i16
  %".3618" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3617", ptr %".3618", align 2
  br label %"return"
gre_d1.to_arp:
  %".3621" = trunc i64 %"end.9" to i16
  %".3622" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3621", ptr %".3622", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3625" = trunc i64 %"end.9" to i16
  %".3626" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3625", ptr %".3626", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3629" = trunc i64 %"end.9" to i16
  %".3630" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3629", ptr %".3630", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3633" = trunc i64 %"end.9" to i16
  %".3634" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3633", ptr %".3634", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3637" = trunc i64 %"end.9" to i16
  %".3638" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3637", ptr %".3638", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3641" = trunc i64 %"end.9" to i16
  %".3642" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3641", ptr %".3642", align 2
  br label %"return"
gre_d1.to_hsr:
  %".3645" = trunc i64 %"end.9" to i16
  %".3646" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3645", ptr %".3646", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".3649" = trunc i64 %"end.9" to i16
  %".3650" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3649", ptr %".3650", align 2
  br label %"return"
gre_d1.to_batadv:
  %".3653" = trunc i64 %"end.9" to i16
  %".3654" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3653", ptr %".3654", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3657" = trunc i64 %"end.9" to i16
  %".3658" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3657", ptr %".3658", align 2
  br label %"return"
pptp_d1.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3671" = trunc i64 %"cursor.46" to i32
  %".3672" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3671", [40 x i8]* %"header_copy", i32 4)
  %".3673" = icmp eq i64 %".3672", 0
  %".3674" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3675" = load i32, ptr %".3674", align 4
  %".3676" = zext i32 %".3675" to i64
  %"data.147" = inttoptr i64 %".3676" to ptr
  %".3677" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3678" = load i32, ptr %".3677", align 4
  %".3679" = zext i32 %".3678" to i64
  %"data_end.147" = inttoptr i64 %".3679" to ptr
  %".3680" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.147" = load ptr, ptr %".3680", align 8
  %".3681" = xor i1 %".3673", -1
  br i1 %".3681", label %"pptp_d1.copy_failed", label %"pptp_d1.copy_failed.endif"
pptp_d1.copy_failed:
  %".3683" = trunc i64 %"cursor.46" to i16
  %".3684" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3683", ptr %".3684", align 2
  br label %"return"
pptp_d1.copy_failed.endif:
  %".3687" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3688" = load volatile i8, [40 x i8]* %".3687", align 1
  %".3689" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3690" = load volatile i8, [40 x i8]* %".3689", align 1
  %".3691" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3692" = load volatile i16, [40 x i8]* %".3691", align 2
  br label %"pptp_d1.header"
pptp_d1.stop_before:
  %".3703" = trunc i64 %"cursor.46" to i16
  %".3704" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3703", ptr %".3704", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".3707" = add i64 %"cursor.46", 4
  %".3708" = zext i8 %"w0_1.17" to i64
  %".3709" = lshr i64 %".3708", 7
  %".3710" = and i64 %".3709", 1
  %".3711" = zext i8 %"w0_1.17" to i64
  %".3712" = lshr i64 %".3711", 5
  %".3713" = and i64 %".3712", 1
  %".3714" = add i64 %".3710", %".3713"
  %".3715" = zext i8 %"w0_1.17" to i64
  %".3716" = lshr i64 %".3715", 4
  %".3717" = and i64 %".3716", 1
  %".3718" = add i64 %".3714", %".3717"
  %".3719" = zext i8 %"w1_1.12" to i64
  %".3720" = lshr i64 %".3719", 7
  %".3721" = and i64 %".3720", 1
  %".3722" = add i64 %".3718", %".3721"
  %".3723" = mul i64 %".3722", 4
  %".3724" = add i64 %".3723", 4
  %".3725" = getelementptr i8, ptr %"data.148", i64 %"cursor.46"
  %".3726" = getelementptr i8, ptr %".3725", i64 %".3724"
  %".3727" = icmp ugt ptr %".3726", %"data_end.148"
  br i1 %".3727", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.150" = phi  ptr [%"data.148", %"pptp_d1.stop_before.endif"], [%"data.149", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.150" = phi  ptr [%"data_end.148", %"pptp_d1.stop_before.endif"], [%"data_end.149", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.150" = phi  ptr [%"keys.148", %"pptp_d1.stop_before.endif"], [%"keys.149", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.46", %".3724"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".3729" = add i64 %"cursor.46", %".3724"
  %".3730" = sub i64 %".3729", 1
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3731" = trunc i64 %".3730" to i32
  %".3732" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3731", i64* %"last_byte", i32 1)
  %".3733" = icmp eq i64 %".3732", 0
  %".3734" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3735" = load i32, ptr %".3734", align 4
  %".3736" = zext i32 %".3735" to i64
  %"data.149" = inttoptr i64 %".3736" to ptr
  %".3737" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3738" = load i32, ptr %".3737", align 4
  %".3739" = zext i32 %".3738" to i64
  %"data_end.149" = inttoptr i64 %".3739" to ptr
  %".3740" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.149" = load ptr, ptr %".3740", align 8
  %".3741" = xor i1 %".3733", -1
  br i1 %".3741", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3743" = trunc i64 %"cursor.46" to i16
  %".3744" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3743", ptr %".3744", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3749" = trunc i64 %"end.10" to i16
  %".3750" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3749", ptr %".3750", align 2
  br label %"return"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.52" = phi  i64 [%"end.10", %"pptp_d1.to_ppp"]
  %"data.151" = phi  ptr [%"data.150", %"pptp_d1.to_ppp"]
  %"data_end.151" = phi  ptr [%"data_end.150", %"pptp_d1.to_ppp"]
  %"keys.151" = phi  ptr [%"keys.150", %"pptp_d1.to_ppp"]
  %"hdr.47" = getelementptr i8, ptr %"data.151", i64 %"cursor.52"
  %".4207" = getelementptr i8, ptr %"hdr.47", i64 4
  %".4208" = icmp ugt ptr %".4207", %"data_end.151"
  br i1 %".4208", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".4210" = getelementptr i8, ptr %"hdr.47", i64 2
  %".4211" = load i16, ptr %".4210", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.21" = phi  i16 [%".4211", %"ppp_d1.linear"], [%".4230", %"ppp_d1.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.151", %"ppp_d1.linear"], [%"data.162", %"ppp_d1.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.151", %"ppp_d1.linear"], [%"data_end.162", %"ppp_d1.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.151", %"ppp_d1.linear"], [%"keys.162", %"ppp_d1.copy_failed.endif"]
  %".4232" = add i64 %"cursor.52", 4
  %".4233" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".4234" = zext i16 %".4233" to i64
  switch i64 %".4234", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3762" = trunc i64 %"cursor.47" to i32
  %".3763" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3762", [40 x i8]* %"header_copy", i32 2)
  %".3764" = icmp eq i64 %".3763", 0
  %".3765" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3766" = load i32, ptr %".3765", align 4
  %".3767" = zext i32 %".3766" to i64
  %"data.152" = inttoptr i64 %".3767" to ptr
  %".3768" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3769" = load i32, ptr %".3768", align 4
  %".3770" = zext i32 %".3769" to i64
  %"data_end.152" = inttoptr i64 %".3770" to ptr
  %".3771" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.152" = load ptr, ptr %".3771", align 8
  %".3772" = xor i1 %".3764", -1
  br i1 %".3772", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3774" = trunc i64 %"cursor.47" to i16
  %".3775" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3774", ptr %".3775", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3778" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3779" = load volatile i8, [40 x i8]* %".3778", align 1
  %".3780" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3781" = load volatile i8, [40 x i8]* %".3780", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3794" = trunc i64 %"end.11" to i16
  %".3795" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3794", ptr %".3795", align 2
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
  %".3811" = trunc i64 34887 to i16
  %".3812" = call i16 @"llvm.bswap.i16"(i16 %".3811")
  %".3813" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3812", ptr %".3813", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3816" = trunc i64 2048 to i16
  %".3817" = call i16 @"llvm.bswap.i16"(i16 %".3816")
  %".3818" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3817", ptr %".3818", align 2
  %".3820" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".3820", align 1
  %".3822" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.64" = load volatile i32, ptr %".3822", align 4
  %".3823" = and i32 %"flags.64", 4
  %".3824" = icmp ne i32 %".3823", 0
  br i1 %".3824", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3834" = trunc i64 34525 to i16
  %".3835" = call i16 @"llvm.bswap.i16"(i16 %".3834")
  %".3836" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3835", ptr %".3836", align 2
  %".3838" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".3838", align 1
  %".3840" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.65" = load volatile i32, ptr %".3840", align 4
  %".3841" = and i32 %"flags.65", 4
  %".3842" = icmp ne i32 %".3841", 0
  br i1 %".3842", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.53" = phi  i64 [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4969", %"widening.to_ipv6_opts_d1_ipv6_ext3"]
  %"data.154" = phi  ptr [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.194", %"widening.to_ipv6_opts_d1_ipv6_ext3"]
  %"data_end.154" = phi  ptr [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.194", %"widening.to_ipv6_opts_d1_ipv6_ext3"]
  %"keys.154" = phi  ptr [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.to_ipv6_opts_d1_ipv6_ext3"]
  %"hdr.48" = getelementptr i8, ptr %"data.154", i64 %"cursor.53"
  %".4297" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4298" = icmp ugt ptr %".4297", %"data_end.154"
  br i1 %".4298", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4300" = getelementptr i8, ptr %"hdr.48", i64 0
  %".4301" = load i8, ptr %".4300", align 1
  %".4302" = getelementptr i8, ptr %"hdr.48", i64 1
  %".4303" = load i8, ptr %".4302", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.22" = phi  i8 [%".4301", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4322", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".4303", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4324", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.165" = phi  ptr [%"data.154", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.164", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.165" = phi  ptr [%"data_end.154", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.165" = phi  ptr [%"keys.154", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4326" = zext i8 %"w0_1.22" to i64
  %".4327" = trunc i64 %".4326" to i8
  %".4328" = getelementptr i8, ptr %"keys.165", i64 9
  store i8 %".4327", ptr %".4328", align 1
  %".4330" = add i64 %"cursor.53", 2
  %".4331" = zext i8 %"w1_1.15" to i64
  %".4332" = mul i64 %".4331", 8
  %".4333" = add i64 %".4332", 6
  %".4334" = add i64 %".4333", 2
  %"end.13" = add i64 %"cursor.53", %".4334"
  %".4335" = zext i8 %"w0_1.22" to i64
  switch i64 %".4335", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3:
  %"cursor.54" = phi  i64 [%"end.11", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".3885", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".4953", %"widening.to_ipv6_frag_d1_ipv6_ext3"]
  %"data.155" = phi  ptr [%"data.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.193", %"widening.to_ipv6_frag_d1_ipv6_ext3"]
  %"data_end.155" = phi  ptr [%"data_end.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.193", %"widening.to_ipv6_frag_d1_ipv6_ext3"]
  %"keys.155" = phi  ptr [%"keys.153", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.157", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.to_ipv6_frag_d1_ipv6_ext3"]
  %"hdr.49" = getelementptr i8, ptr %"data.155", i64 %"cursor.54"
  %".4407" = getelementptr i8, ptr %"hdr.49", i64 8
  %".4408" = icmp ugt ptr %".4407", %"data_end.155"
  br i1 %".4408", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4410" = getelementptr i8, ptr %"hdr.49", i64 0
  %".4411" = load i8, ptr %".4410", align 1
  %".4412" = getelementptr i8, ptr %"hdr.49", i64 2
  %".4413" = load i16, ptr %".4412", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".4411", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4432", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.22" = phi  i16 [%".4413", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4434", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.167" = phi  ptr [%"data.155", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.166", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.167" = phi  ptr [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.166", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.167" = phi  ptr [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.166", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4436" = zext i8 %"w0_1.23" to i64
  %".4437" = trunc i64 %".4436" to i8
  %".4438" = getelementptr i8, ptr %"keys.167", i64 9
  store i8 %".4437", ptr %".4438", align 1
  %".4440" = add i64 %"cursor.54", 8
  %".4441" = icmp ne i64 1, 0
  %".4442" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".4443" = zext i16 %".4442" to i64
  %".4444" = and i64 %".4443", 65528
  %".4445" = icmp eq i64 %".4444", 0
  br i1 %".4441", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3826" = trunc i64 %"end.11" to i16
  %".3827" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3826", ptr %".3827", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3830" = trunc i64 %"end.11" to i16
  %".3831" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3830", ptr %".3831", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3844" = trunc i64 %"end.11" to i16
  %".3845" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3844", ptr %".3845", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3848" = trunc i64 %"end.11" to i16
  %".3849" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3848", ptr %".3849", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3860" = trunc i64 %"cursor.48" to i32
  %".3861" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3860", [40 x i8]* %"header_copy", i32 8)
  %".3862" = icmp eq i64 %".3861", 0
  %".3863" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3864" = load i32, ptr %".3863", align 4
  %".3865" = zext i32 %".3864" to i64
  %"data.156" = inttoptr i64 %".3865" to ptr
  %".3866" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3867" = load i32, ptr %".3866", align 4
  %".3868" = zext i32 %".3867" to i64
  %"data_end.156" = inttoptr i64 %".3868" to ptr
  %".3869" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.156" = load ptr, ptr %".3869", align 8
  %".3870" = xor i1 %".3862", -1
  br i1 %".3870", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3872" = trunc i64 %"cursor.48" to i16
  %".3873" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3872", ptr %".3873", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3876" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3877" = load volatile i8, [40 x i8]* %".3876", align 1
  %".3878" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3879" = load volatile i16, [40 x i8]* %".3878", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3892" = getelementptr i8, ptr %"keys.157", i64 6
  store i8 1, ptr %".3892", align 1
  br i1 %".3890", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".3912" = zext i8 %"w0_1.19" to i64
  switch i64 %".3912", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".3895" = getelementptr i8, ptr %"keys.157", i64 7
  store i8 1, ptr %".3895", align 1
  %".3897" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.66" = load volatile i32, ptr %".3897", align 4
  %".3898" = and i32 %"flags.66", 1
  %".3899" = icmp ne i32 %".3898", 0
  %".3900" = xor i1 %".3899", -1
  br i1 %".3900", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".3907" = trunc i64 %".3885" to i16
  %".3908" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3907", ptr %".3908", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".3902" = trunc i64 %".3885" to i16
  %".3903" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3902", ptr %".3903", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".3914" = trunc i64 %".3885" to i16
  %".3915" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3914", ptr %".3915", align 2
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
  %".3931" = trunc i64 34887 to i16
  %".3932" = call i16 @"llvm.bswap.i16"(i16 %".3931")
  %".3933" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3932", ptr %".3933", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".3936" = trunc i64 2048 to i16
  %".3937" = call i16 @"llvm.bswap.i16"(i16 %".3936")
  %".3938" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3937", ptr %".3938", align 2
  %".3940" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".3940", align 1
  %".3942" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.67" = load volatile i32, ptr %".3942", align 4
  %".3943" = and i32 %"flags.67", 4
  %".3944" = icmp ne i32 %".3943", 0
  br i1 %".3944", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".3954" = trunc i64 34525 to i16
  %".3955" = call i16 @"llvm.bswap.i16"(i16 %".3954")
  %".3956" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3955", ptr %".3956", align 2
  %".3958" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".3958", align 1
  %".3960" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.68" = load volatile i32, ptr %".3960", align 4
  %".3961" = and i32 %"flags.68", 4
  %".3962" = icmp ne i32 %".3961", 0
  br i1 %".3962", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".3946" = trunc i64 %".3885" to i16
  %".3947" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3946", ptr %".3947", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".3950" = trunc i64 %".3885" to i16
  %".3951" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3950", ptr %".3951", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".3964" = trunc i64 %".3885" to i16
  %".3965" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3964", ptr %".3965", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3968" = trunc i64 %".3885" to i16
  %".3969" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3968", ptr %".3969", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3980" = trunc i64 %"cursor.49" to i32
  %".3981" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3980", [40 x i8]* %"header_copy", i32 2)
  %".3982" = icmp eq i64 %".3981", 0
  %".3983" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3984" = load i32, ptr %".3983", align 4
  %".3985" = zext i32 %".3984" to i64
  %"data.158" = inttoptr i64 %".3985" to ptr
  %".3986" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3987" = load i32, ptr %".3986", align 4
  %".3988" = zext i32 %".3987" to i64
  %"data_end.158" = inttoptr i64 %".3988" to ptr
  %".3989" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.158" = load ptr, ptr %".3989", align 8
  %".3990" = xor i1 %".3982", -1
  br i1 %".3990", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".3992" = trunc i64 %"cursor.49" to i16
  %".3993" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".3992", ptr %".3993", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".3996" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3997" = load volatile i8, [40 x i8]* %".3996", align 1
  %".3998" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3999" = load volatile i8, [40 x i8]* %".3998", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".4012" = trunc i64 %"end.12" to i16
  %".4013" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4012", ptr %".4013", align 2
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
  %".4024" = trunc i64 %"end.12" to i16
  %".4025" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4024", ptr %".4025", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4028" = trunc i64 %"end.12" to i16
  %".4029" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4028", ptr %".4029", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4032" = trunc i64 %"end.12" to i16
  %".4033" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4032", ptr %".4033", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".4036" = trunc i64 %"end.12" to i16
  %".4037" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4036", ptr %".4037", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".4041" = trunc i64 34887 to i16
  %".4042" = call i16 @"llvm.bswap.i16"(i16 %".4041")
  %".4043" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4042", ptr %".4043", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".4046" = trunc i64 2048 to i16
  %".4047" = call i16 @"llvm.bswap.i16"(i16 %".4046")
  %".4048" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4047", ptr %".4048", align 2
  %".4050" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4050", align 1
  %".4052" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.69" = load volatile i32, ptr %".4052", align 4
  %".4053" = and i32 %"flags.69", 4
  %".4054" = icmp ne i32 %".4053", 0
  br i1 %".4054", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".4061" = trunc i64 34525 to i16
  %".4062" = call i16 @"llvm.bswap.i16"(i16 %".4061")
  %".4063" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4062", ptr %".4063", align 2
  %".4065" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4065", align 1
  %".4067" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.70" = load volatile i32, ptr %".4067", align 4
  %".4068" = and i32 %"flags.70", 4
  %".4069" = icmp ne i32 %".4068", 0
  br i1 %".4069", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".4056" = trunc i64 %"end.12" to i16
  %".4057" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4056", ptr %".4057", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".4071" = trunc i64 %"end.12" to i16
  %".4072" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4071", ptr %".4072", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4084" = trunc i64 %"cursor.50" to i32
  %".4085" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".4084", [40 x i8]* %"header_copy", i32 8)
  %".4086" = icmp eq i64 %".4085", 0
  %".4087" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4088" = load i32, ptr %".4087", align 4
  %".4089" = zext i32 %".4088" to i64
  %"data.160" = inttoptr i64 %".4089" to ptr
  %".4090" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4091" = load i32, ptr %".4090", align 4
  %".4092" = zext i32 %".4091" to i64
  %"data_end.160" = inttoptr i64 %".4092" to ptr
  %".4093" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.160" = load ptr, ptr %".4093", align 8
  %".4094" = xor i1 %".4086", -1
  br i1 %".4094", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".4096" = trunc i64 %"cursor.50" to i16
  %".4097" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".4096", ptr %".4097", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".4100" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4101" = load volatile i8, [40 x i8]* %".4100", align 1
  %".4102" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4103" = load volatile i16, [40 x i8]* %".4102", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".4116" = getelementptr i8, ptr %"keys.161", i64 6
  store i8 1, ptr %".4116", align 1
  br i1 %".4114", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".4136" = zext i8 %"w0_1.21" to i64
  switch i64 %".4136", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".4119" = getelementptr i8, ptr %"keys.161", i64 7
  store i8 1, ptr %".4119", align 1
  %".4121" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.71" = load volatile i32, ptr %".4121", align 4
  %".4122" = and i32 %"flags.71", 1
  %".4123" = icmp ne i32 %".4122", 0
  %".4124" = xor i1 %".4123", -1
  br i1 %".4124", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".4131" = trunc i64 %".4109" to i16
  %".4132" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4131", ptr %".4132", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".4126" = trunc i64 %".4109" to i16
  %".4127" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4126", ptr %".4127", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".4138" = trunc i64 %".4109" to i16
  %".4139" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4138", ptr %".4139", align 2
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
  %".4150" = trunc i64 %".4109" to i16
  %".4151" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4150", ptr %".4151", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4154" = trunc i64 %".4109" to i16
  %".4155" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4154", ptr %".4155", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4158" = trunc i64 %".4109" to i16
  %".4159" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4158", ptr %".4159", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".4162" = trunc i64 %".4109" to i16
  %".4163" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4162", ptr %".4163", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".4167" = trunc i64 34887 to i16
  %".4168" = call i16 @"llvm.bswap.i16"(i16 %".4167")
  %".4169" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4168", ptr %".4169", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".4172" = trunc i64 2048 to i16
  %".4173" = call i16 @"llvm.bswap.i16"(i16 %".4172")
  %".4174" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4173", ptr %".4174", align 2
  %".4176" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4176", align 1
  %".4178" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.72" = load volatile i32, ptr %".4178", align 4
  %".4179" = and i32 %"flags.72", 4
  %".4180" = icmp ne i32 %".4179", 0
  br i1 %".4180", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".4187" = trunc i64 34525 to i16
  %".4188" = call i16 @"llvm.bswap.i16"(i16 %".4187")
  %".4189" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4188", ptr %".4189", align 2
  %".4191" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4191", align 1
  %".4193" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.73" = load volatile i32, ptr %".4193", align 4
  %".4194" = and i32 %"flags.73", 4
  %".4195" = icmp ne i32 %".4194", 0
  br i1 %".4195", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".4182" = trunc i64 %".4109" to i16
  %".4183" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4182", ptr %".4183", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".4197" = trunc i64 %".4109" to i16
  %".4198" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4197", ptr %".4198", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d1.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4213" = trunc i64 %"cursor.52" to i32
  %".4214" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".4213", [40 x i8]* %"header_copy", i32 4)
  %".4215" = icmp eq i64 %".4214", 0
  %".4216" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4217" = load i32, ptr %".4216", align 4
  %".4218" = zext i32 %".4217" to i64
  %"data.162" = inttoptr i64 %".4218" to ptr
  %".4219" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4220" = load i32, ptr %".4219", align 4
  %".4221" = zext i32 %".4220" to i64
  %"data_end.162" = inttoptr i64 %".4221" to ptr
  %".4222" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.162" = load ptr, ptr %".4222", align 8
  %".4223" = xor i1 %".4215", -1
  br i1 %".4223", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".4225" = trunc i64 %"cursor.52" to i16
  %".4226" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".4225", ptr %".4226", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".4229" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4230" = load volatile i16, [40 x i8]* %".4229", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".4236" = and i64 %".4234", 0
  %".4237" = icmp eq i64 %".4236", 0
  br i1 %".4237", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".4243" = trunc i64 2048 to i16
  %".4244" = call i16 @"llvm.bswap.i16"(i16 %".4243")
  %".4245" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4244", ptr %".4245", align 2
  %".4247" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4247", align 1
  %".4249" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.74" = load volatile i32, ptr %".4249", align 4
  %".4250" = and i32 %"flags.74", 4
  %".4251" = icmp ne i32 %".4250", 0
  br i1 %".4251", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".4261" = trunc i64 34525 to i16
  %".4262" = call i16 @"llvm.bswap.i16"(i16 %".4261")
  %".4263" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4262", ptr %".4263", align 2
  %".4265" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4265", align 1
  %".4267" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.75" = load volatile i32, ptr %".4267", align 4
  %".4268" = and i32 %"flags.75", 4
  %".4269" = icmp ne i32 %".4268", 0
  br i1 %".4269", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".4279" = trunc i64 34827 to i16
  %".4280" = call i16 @"llvm.bswap.i16"(i16 %".4279")
  %".4281" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4280", ptr %".4281", align 2
  %".4283" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4283", align 1
  %".4285" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.76" = load volatile i32, ptr %".4285", align 4
  %".4286" = and i32 %"flags.76", 4
  %".4287" = icmp ne i32 %".4286", 0
  br i1 %".4287", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".4239" = trunc i64 %".4232" to i16
  %".4240" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4239", ptr %".4240", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".4253" = trunc i64 %".4232" to i16
  %".4254" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4253", ptr %".4254", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".4257" = trunc i64 %".4232" to i16
  %".4258" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4257", ptr %".4258", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".4271" = trunc i64 %".4232" to i16
  %".4272" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4271", ptr %".4272", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".4275" = trunc i64 %".4232" to i16
  %".4276" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4275", ptr %".4276", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".4289" = trunc i64 %".4232" to i16
  %".4290" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4289", ptr %".4290", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".4293" = trunc i64 %".4232" to i16
  %".4294" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4293", ptr %".4294", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4305" = trunc i64 %"cursor.53" to i32
  %".4306" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".4305", [40 x i8]* %"header_copy", i32 2)
  %".4307" = icmp eq i64 %".4306", 0
  %".4308" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4309" = load i32, ptr %".4308", align 4
  %".4310" = zext i32 %".4309" to i64
  %"data.164" = inttoptr i64 %".4310" to ptr
  %".4311" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4312" = load i32, ptr %".4311", align 4
  %".4313" = zext i32 %".4312" to i64
  %"data_end.164" = inttoptr i64 %".4313" to ptr
  %".4314" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.164" = load ptr, ptr %".4314", align 8
  %".4315" = xor i1 %".4307", -1
  br i1 %".4315", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4317" = trunc i64 %"cursor.53" to i16
  %".4318" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".4317", ptr %".4318", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4321" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4322" = load volatile i8, [40 x i8]* %".4321", align 1
  %".4323" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4324" = load volatile i8, [40 x i8]* %".4323", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4337" = trunc i64 %"end.13" to i16
  %".4338" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4337", ptr %".4338", align 2
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
  %".4349" = trunc i64 %"end.13" to i16
  %".4350" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4349", ptr %".4350", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4353" = trunc i64 %"end.13" to i16
  %".4354" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4353", ptr %".4354", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4357" = trunc i64 %"end.13" to i16
  %".4358" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4357", ptr %".4358", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4361" = trunc i64 %"end.13" to i16
  %".4362" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4361", ptr %".4362", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4366" = trunc i64 34887 to i16
  %".4367" = call i16 @"llvm.bswap.i16"(i16 %".4366")
  %".4368" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".4367", ptr %".4368", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4371" = trunc i64 2048 to i16
  %".4372" = call i16 @"llvm.bswap.i16"(i16 %".4371")
  %".4373" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".4372", ptr %".4373", align 2
  %".4375" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".4375", align 1
  %".4377" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.77" = load volatile i32, ptr %".4377", align 4
  %".4378" = and i32 %"flags.77", 4
  %".4379" = icmp ne i32 %".4378", 0
  br i1 %".4379", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4389" = trunc i64 34525 to i16
  %".4390" = call i16 @"llvm.bswap.i16"(i16 %".4389")
  %".4391" = getelementptr i8, ptr %"keys.165", i64 10
  store i16 %".4390", ptr %".4391", align 2
  %".4393" = getelementptr i8, ptr %"keys.165", i64 8
  store i8 1, ptr %".4393", align 1
  %".4395" = getelementptr i8, ptr %"keys.165", i64 48
  %"flags.78" = load volatile i32, ptr %".4395", align 4
  %".4396" = and i32 %"flags.78", 4
  %".4397" = icmp ne i32 %".4396", 0
  br i1 %".4397", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4381" = trunc i64 %"end.13" to i16
  %".4382" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4381", ptr %".4382", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4385" = trunc i64 %"end.13" to i16
  %".4386" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4385", ptr %".4386", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4399" = trunc i64 %"end.13" to i16
  %".4400" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4399", ptr %".4400", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4403" = trunc i64 %"end.13" to i16
  %".4404" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".4403", ptr %".4404", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4415" = trunc i64 %"cursor.54" to i32
  %".4416" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4415", [40 x i8]* %"header_copy", i32 8)
  %".4417" = icmp eq i64 %".4416", 0
  %".4418" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4419" = load i32, ptr %".4418", align 4
  %".4420" = zext i32 %".4419" to i64
  %"data.166" = inttoptr i64 %".4420" to ptr
  %".4421" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4422" = load i32, ptr %".4421", align 4
  %".4423" = zext i32 %".4422" to i64
  %"data_end.166" = inttoptr i64 %".4423" to ptr
  %".4424" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.166" = load ptr, ptr %".4424", align 8
  %".4425" = xor i1 %".4417", -1
  br i1 %".4425", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4427" = trunc i64 %"cursor.54" to i16
  %".4428" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".4427", ptr %".4428", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4431" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4432" = load volatile i8, [40 x i8]* %".4431", align 1
  %".4433" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4434" = load volatile i16, [40 x i8]* %".4433", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4447" = getelementptr i8, ptr %"keys.167", i64 6
  store i8 1, ptr %".4447", align 1
  br i1 %".4445", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4467" = zext i8 %"w0_1.23" to i64
  switch i64 %".4467", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4450" = getelementptr i8, ptr %"keys.167", i64 7
  store i8 1, ptr %".4450", align 1
  %".4452" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.79" = load volatile i32, ptr %".4452", align 4
  %".4453" = and i32 %"flags.79", 1
  %".4454" = icmp ne i32 %".4453", 0
  %".4455" = xor i1 %".4454", -1
  br i1 %".4455", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4462" = trunc i64 %".4440" to i16
  %".4463" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".4462", ptr %".4463", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4457" = trunc i64 %".4440" to i16
  %".4458" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".4457", ptr %".4458", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4469" = trunc i64 %".4440" to i16
  %".4470" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".4469", ptr %".4470", align 2
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
  %".4481" = trunc i64 %".4440" to i16
  %".4482" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".4481", ptr %".4482", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4485" = trunc i64 %".4440" to i16
  %".4486" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".4485", ptr %".4486", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4489" = trunc i64 %".4440" to i16
  %".4490" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".4489", ptr %".4490", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4493" = trunc i64 %".4440" to i16
  %".4494" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".4493", ptr %".4494", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".4498" = trunc i64 34887 to i16
  %".4499" = call i16 @"llvm.bswap.i16"(i16 %".4498")
  %".4500" = getelementptr i8, ptr %"keys.167", i64 10
  store i16 %".4499", ptr %".4500", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4503" = trunc i64 2048 to i16
  %".4504" = call i16 @"llvm.bswap.i16"(i16 %".4503")
  %".4505" = getelementptr i8, ptr %"keys.167", i64 10
  store i16 %".4504", ptr %".4505", align 2
  %".4507" = getelementptr i8, ptr %"keys.167", i64 8
  store i8 1, ptr %".4507", align 1
  %".4509" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.80" = load volatile i32, ptr %".4509", align 4
  %".4510" = and i32 %"flags.80", 4
  %".4511" = icmp ne i32 %".4510", 0
  br i1 %".4511", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4521" = trunc i64 34525 to i16
  %".4522" = call i16 @"llvm.bswap.i16"(i16 %".4521")
  %".4523" = getelementptr i8, ptr %"keys.167", i64 10
  store i16 %".4522", ptr %".4523", align 2
  %".4525" = getelementptr i8, ptr %"keys.167", i64 8
  store i8 1, ptr %".4525", align 1
  %".4527" = getelementptr i8, ptr %"keys.167", i64 48
  %"flags.81" = load volatile i32, ptr %".4527", align 4
  %".4528" = and i32 %"flags.81", 4
  %".4529" = icmp ne i32 %".4528", 0
  br i1 %".4529", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4513" = trunc i64 %".4440" to i16
  %".4514" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".4513", ptr %".4514", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4517" = trunc i64 %".4440" to i16
  %".4518" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".4517", ptr %".4518", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4531" = trunc i64 %".4440" to i16
  %".4532" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".4531", ptr %".4532", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4535" = trunc i64 %".4440" to i16
  %".4536" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".4535", ptr %".4536", align 2
  br label %"return"
widening.test:
  %".4556" = getelementptr i8, ptr %"keys", i64 2
  %".4557" = load volatile i16, ptr %".4556", align 2
  %".4558" = zext i16 %".4557" to i64
  %".4559" = icmp eq i64 %".4558", 0
  br i1 %".4559", label %"widening.to_vlan_d0_vlan_tags2", label %"widening.test.1"
widening.test.1:
  %".4572" = getelementptr i8, ptr %"keys", i64 2
  %".4573" = load volatile i16, ptr %".4572", align 2
  %".4574" = zext i16 %".4573" to i64
  %".4575" = icmp eq i64 %".4574", 0
  br i1 %".4575", label %"widening.to_batadv_d0", label %"widening.test.2"
widening.test.2:
  %".4588" = getelementptr i8, ptr %"keys", i64 2
  %".4589" = load volatile i16, ptr %".4588", align 2
  %".4590" = zext i16 %".4589" to i64
  %".4591" = icmp eq i64 %".4590", 0
  br i1 %".4591", label %"widening.to_pppoe_d0", label %"widening.test.3"
widening.test.3:
  %".4604" = getelementptr i8, ptr %"keys", i64 2
  %".4605" = load volatile i16, ptr %".4604", align 2
  %".4606" = zext i16 %".4605" to i64
  %".4607" = icmp eq i64 %".4606", 0
  br i1 %".4607", label %"widening.to_ipv6_d0", label %"widening.test.4"
widening.test.4:
  %".4620" = getelementptr i8, ptr %"keys", i64 2
  %".4621" = load volatile i16, ptr %".4620", align 2
  %".4622" = zext i16 %".4621" to i64
  %".4623" = icmp eq i64 %".4622", 0
  br i1 %".4623", label %"widening.to_ipv6_frag_d0_ipv6_ext2", label %"widening.test.5"
widening.test.5:
  %".4636" = getelementptr i8, ptr %"keys", i64 2
  %".4637" = load volatile i16, ptr %".4636", align 2
  %".4638" = zext i16 %".4637" to i64
  %".4639" = icmp eq i64 %".4638", 0
  br i1 %".4639", label %"widening.to_ipv6_opts_d0_ipv6_ext2", label %"widening.test.6"
widening.test.6:
  %".4652" = getelementptr i8, ptr %"keys", i64 2
  %".4653" = load volatile i16, ptr %".4652", align 2
  %".4654" = zext i16 %".4653" to i64
  %".4655" = icmp eq i64 %".4654", 0
  br i1 %".4655", label %"widening.to_ipv6_frag_d0_ipv6_ext3", label %"widening.test.7"
widening.test.7:
  %".4668" = getelementptr i8, ptr %"keys", i64 2
  %".4669" = load volatile i16, ptr %".4668", align 2
  %".4670" = zext i16 %".4669" to i64
  %".4671" = icmp eq i64 %".4670", 0
  br i1 %".4671", label %"widening.to_ipv6_opts_d0_ipv6_ext3", label %"widening.test.8"
widening.test.8:
  %".4684" = getelementptr i8, ptr %"keys", i64 2
  %".4685" = load volatile i16, ptr %".4684", align 2
  %".4686" = zext i16 %".4685" to i64
  %".4687" = icmp eq i64 %".4686", 0
  br i1 %".4687", label %"widening.to_ipv4_d0", label %"widening.test.9"
widening.test.9:
  %".4700" = getelementptr i8, ptr %"keys", i64 2
  %".4701" = load volatile i16, ptr %".4700", align 2
  %".4702" = zext i16 %".4701" to i64
  %".4703" = icmp eq i64 %".4702", 0
  br i1 %".4703", label %"widening.to_gre_version_d0", label %"widening.test.10"
widening.test.10:
  %".4716" = getelementptr i8, ptr %"keys", i64 2
  %".4717" = load volatile i16, ptr %".4716", align 2
  %".4718" = zext i16 %".4717" to i64
  %".4719" = icmp eq i64 %".4718", 0
  br i1 %".4719", label %"widening.to_hsr_d1_vlan_tags1", label %"widening.test.11"
widening.test.11:
  %".4732" = getelementptr i8, ptr %"keys", i64 2
  %".4733" = load volatile i16, ptr %".4732", align 2
  %".4734" = zext i16 %".4733" to i64
  %".4735" = icmp eq i64 %".4734", 0
  br i1 %".4735", label %"widening.to_vlan_d1_vlan_tags1", label %"widening.test.12"
widening.test.12:
  %".4748" = getelementptr i8, ptr %"keys", i64 2
  %".4749" = load volatile i16, ptr %".4748", align 2
  %".4750" = zext i16 %".4749" to i64
  %".4751" = icmp eq i64 %".4750", 0
  br i1 %".4751", label %"widening.to_hsr_d1_vlan_tags2", label %"widening.test.13"
widening.test.13:
  %".4764" = getelementptr i8, ptr %"keys", i64 2
  %".4765" = load volatile i16, ptr %".4764", align 2
  %".4766" = zext i16 %".4765" to i64
  %".4767" = icmp eq i64 %".4766", 0
  br i1 %".4767", label %"widening.to_vlan_d1_vlan_tags2", label %"widening.test.14"
widening.test.14:
  %".4780" = getelementptr i8, ptr %"keys", i64 2
  %".4781" = load volatile i16, ptr %".4780", align 2
  %".4782" = zext i16 %".4781" to i64
  %".4783" = icmp eq i64 %".4782", 0
  br i1 %".4783", label %"widening.to_batadv_d1", label %"widening.test.15"
widening.test.15:
  %".4796" = getelementptr i8, ptr %"keys", i64 2
  %".4797" = load volatile i16, ptr %".4796", align 2
  %".4798" = zext i16 %".4797" to i64
  %".4799" = icmp eq i64 %".4798", 0
  br i1 %".4799", label %"widening.to_fcoe", label %"widening.test.16"
widening.test.16:
  %".4812" = getelementptr i8, ptr %"keys", i64 2
  %".4813" = load volatile i16, ptr %".4812", align 2
  %".4814" = zext i16 %".4813" to i64
  %".4815" = icmp eq i64 %".4814", 0
  br i1 %".4815", label %"widening.to_tipc", label %"widening.test.17"
widening.test.17:
  %".4828" = getelementptr i8, ptr %"keys", i64 2
  %".4829" = load volatile i16, ptr %".4828", align 2
  %".4830" = zext i16 %".4829" to i64
  %".4831" = icmp eq i64 %".4830", 0
  br i1 %".4831", label %"widening.to_cfm", label %"widening.test.18"
widening.test.18:
  %".4844" = getelementptr i8, ptr %"keys", i64 2
  %".4845" = load volatile i16, ptr %".4844", align 2
  %".4846" = zext i16 %".4845" to i64
  %".4847" = icmp eq i64 %".4846", 0
  br i1 %".4847", label %"widening.to_ptp", label %"widening.test.19"
widening.test.19:
  %".4860" = getelementptr i8, ptr %"keys", i64 2
  %".4861" = load volatile i16, ptr %".4860", align 2
  %".4862" = zext i16 %".4861" to i64
  %".4863" = icmp eq i64 %".4862", 0
  br i1 %".4863", label %"widening.to_arp", label %"widening.test.20"
widening.test.20:
  %".4876" = getelementptr i8, ptr %"keys", i64 2
  %".4877" = load volatile i16, ptr %".4876", align 2
  %".4878" = zext i16 %".4877" to i64
  %".4879" = icmp eq i64 %".4878", 0
  br i1 %".4879", label %"widening.to_pppoe_d1", label %"widening.test.21"
widening.test.21:
  %".4892" = getelementptr i8, ptr %"keys", i64 2
  %".4893" = load volatile i16, ptr %".4892", align 2
  %".4894" = zext i16 %".4893" to i64
  %".4895" = icmp eq i64 %".4894", 0
  br i1 %".4895", label %"widening.to_ipv6_d1", label %"widening.test.22"
widening.test.22:
  %".4908" = getelementptr i8, ptr %"keys", i64 2
  %".4909" = load volatile i16, ptr %".4908", align 2
  %".4910" = zext i16 %".4909" to i64
  %".4911" = icmp eq i64 %".4910", 0
  br i1 %".4911", label %"widening.to_ipv6_frag_d1_ipv6_ext2", label %"widening.test.23"
widening.test.23:
  %".4924" = getelementptr i8, ptr %"keys", i64 2
  %".4925" = load volatile i16, ptr %".4924", align 2
  %".4926" = zext i16 %".4925" to i64
  %".4927" = icmp eq i64 %".4926", 0
  br i1 %".4927", label %"widening.to_ipv6_opts_d1_ipv6_ext2", label %"widening.test.24"
widening.test.24:
  %".4940" = getelementptr i8, ptr %"keys", i64 2
  %".4941" = load volatile i16, ptr %".4940", align 2
  %".4942" = zext i16 %".4941" to i64
  %".4943" = icmp eq i64 %".4942", 0
  br i1 %".4943", label %"widening.to_ipv6_frag_d1_ipv6_ext3", label %"widening.test.25"
widening.test.25:
  %".4956" = getelementptr i8, ptr %"keys", i64 2
  %".4957" = load volatile i16, ptr %".4956", align 2
  %".4958" = zext i16 %".4957" to i64
  %".4959" = icmp eq i64 %".4958", 0
  br i1 %".4959", label %"widening.to_ipv6_opts_d1_ipv6_ext3", label %"widening.test.26"
widening.test.26:
  %".4972" = getelementptr i8, ptr %"keys", i64 2
  %".4973" = load volatile i16, ptr %".4972", align 2
  %".4974" = zext i16 %".4973" to i64
  %".4975" = icmp eq i64 %".4974", 0
  br i1 %".4975", label %"widening.to_icmpv6", label %"widening.test.27"
widening.test.27:
  %".4988" = getelementptr i8, ptr %"keys", i64 2
  %".4989" = load volatile i16, ptr %".4988", align 2
  %".4990" = zext i16 %".4989" to i64
  %".4991" = icmp eq i64 %".4990", 0
  br i1 %".4991", label %"widening.to_ipv4_d1", label %"widening.test.28"
widening.test.28:
  %".5004" = getelementptr i8, ptr %"keys", i64 2
  %".5005" = load volatile i16, ptr %".5004", align 2
  %".5006" = zext i16 %".5005" to i64
  %".5007" = icmp eq i64 %".5006", 0
  br i1 %".5007", label %"widening.to_mpls_mpls_labels1", label %"widening.test.29"
widening.test.29:
  %".5020" = getelementptr i8, ptr %"keys", i64 2
  %".5021" = load volatile i16, ptr %".5020", align 2
  %".5022" = zext i16 %".5021" to i64
  %".5023" = icmp eq i64 %".5022", 0
  br i1 %".5023", label %"widening.to_ah", label %"widening.test.30"
widening.test.30:
  %".5036" = getelementptr i8, ptr %"keys", i64 2
  %".5037" = load volatile i16, ptr %".5036", align 2
  %".5038" = zext i16 %".5037" to i64
  %".5039" = icmp eq i64 %".5038", 0
  br i1 %".5039", label %"widening.to_esp", label %"widening.test.31"
widening.test.31:
  %".5052" = getelementptr i8, ptr %"keys", i64 2
  %".5053" = load volatile i16, ptr %".5052", align 2
  %".5054" = zext i16 %".5053" to i64
  %".5055" = icmp eq i64 %".5054", 0
  br i1 %".5055", label %"widening.to_dccp", label %"widening.test.32"
widening.test.32:
  %".5068" = getelementptr i8, ptr %"keys", i64 2
  %".5069" = load volatile i16, ptr %".5068", align 2
  %".5070" = zext i16 %".5069" to i64
  %".5071" = icmp eq i64 %".5070", 0
  br i1 %".5071", label %"widening.to_sctp", label %"widening.test.33"
widening.test.33:
  %".5084" = getelementptr i8, ptr %"keys", i64 2
  %".5085" = load volatile i16, ptr %".5084", align 2
  %".5086" = zext i16 %".5085" to i64
  %".5087" = icmp eq i64 %".5086", 0
  br i1 %".5087", label %"widening.to_gre_version_d1", label %"widening.test.34"
widening.test.34:
  %".5100" = getelementptr i8, ptr %"keys", i64 2
  %".5101" = load volatile i16, ptr %".5100", align 2
  %".5102" = zext i16 %".5101" to i64
  %".5103" = icmp eq i64 %".5102", 0
  br i1 %".5103", label %"widening.to_udplite", label %"widening.test.35"
widening.test.35:
  %".5116" = getelementptr i8, ptr %"keys", i64 2
  %".5117" = load volatile i16, ptr %".5116", align 2
  %".5118" = zext i16 %".5117" to i64
  %".5119" = icmp eq i64 %".5118", 0
  br i1 %".5119", label %"widening.to_udp", label %"widening.test.36"
widening.test.36:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5132" = getelementptr i8, ptr %"ctx.94", i64 76
  %".5133" = load i32, ptr %".5132", align 4
  %".5134" = zext i32 %".5133" to i64
  %"data.205" = inttoptr i64 %".5134" to ptr
  %".5135" = getelementptr i8, ptr %"ctx.94", i64 80
  %".5136" = load i32, ptr %".5135", align 4
  %".5137" = zext i32 %".5136" to i64
  %"data_end.205" = inttoptr i64 %".5137" to ptr
  %".5138" = getelementptr i8, ptr %"keys", i64 0
  %".5139" = load volatile i16, ptr %".5138", align 2
  %".5140" = zext i16 %".5139" to i64
  %".5141" = icmp ugt i64 %".5140", 12693
  br i1 %".5141", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
widening.to_hsr_d0_vlan_tags2:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4545" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4546" = load i32, ptr %".4545", align 4
  %".4547" = zext i32 %".4546" to i64
  %"data.168" = inttoptr i64 %".4547" to ptr
  %".4548" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4549" = load i32, ptr %".4548", align 4
  %".4550" = zext i32 %".4549" to i64
  %"data_end.168" = inttoptr i64 %".4550" to ptr
  %".4551" = getelementptr i8, ptr %"keys", i64 0
  %".4552" = load volatile i16, ptr %".4551", align 2
  %".4553" = zext i16 %".4552" to i64
  %".4554" = icmp ugt i64 %".4553", 261
  br i1 %".4554", label %"widening.beyond", label %"hsr_d0_vlan_tags2"
widening.to_vlan_d0_vlan_tags2:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4561" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4562" = load i32, ptr %".4561", align 4
  %".4563" = zext i32 %".4562" to i64
  %"data.169" = inttoptr i64 %".4563" to ptr
  %".4564" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4565" = load i32, ptr %".4564", align 4
  %".4566" = zext i32 %".4565" to i64
  %"data_end.169" = inttoptr i64 %".4566" to ptr
  %".4567" = getelementptr i8, ptr %"keys", i64 0
  %".4568" = load volatile i16, ptr %".4567", align 2
  %".4569" = zext i16 %".4568" to i64
  %".4570" = icmp ugt i64 %".4569", 261
  br i1 %".4570", label %"widening.beyond", label %"vlan_d0_vlan_tags2"
widening.to_batadv_d0:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4577" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4578" = load i32, ptr %".4577", align 4
  %".4579" = zext i32 %".4578" to i64
  %"data.170" = inttoptr i64 %".4579" to ptr
  %".4580" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4581" = load i32, ptr %".4580", align 4
  %".4582" = zext i32 %".4581" to i64
  %"data_end.170" = inttoptr i64 %".4582" to ptr
  %".4583" = getelementptr i8, ptr %"keys", i64 0
  %".4584" = load volatile i16, ptr %".4583", align 2
  %".4585" = zext i16 %".4584" to i64
  %".4586" = icmp ugt i64 %".4585", 267
  br i1 %".4586", label %"widening.beyond", label %"batadv_d0"
widening.to_pppoe_d0:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4593" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4594" = load i32, ptr %".4593", align 4
  %".4595" = zext i32 %".4594" to i64
  %"data.171" = inttoptr i64 %".4595" to ptr
  %".4596" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4597" = load i32, ptr %".4596", align 4
  %".4598" = zext i32 %".4597" to i64
  %"data_end.171" = inttoptr i64 %".4598" to ptr
  %".4599" = getelementptr i8, ptr %"keys", i64 0
  %".4600" = load volatile i16, ptr %".4599", align 2
  %".4601" = zext i16 %".4600" to i64
  %".4602" = icmp ugt i64 %".4601", 267
  br i1 %".4602", label %"widening.beyond", label %"pppoe_d0"
widening.to_ipv6_d0:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4609" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4610" = load i32, ptr %".4609", align 4
  %".4611" = zext i32 %".4610" to i64
  %"data.172" = inttoptr i64 %".4611" to ptr
  %".4612" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4613" = load i32, ptr %".4612", align 4
  %".4614" = zext i32 %".4613" to i64
  %"data_end.172" = inttoptr i64 %".4614" to ptr
  %".4615" = getelementptr i8, ptr %"keys", i64 0
  %".4616" = load volatile i16, ptr %".4615", align 2
  %".4617" = zext i16 %".4616" to i64
  %".4618" = icmp ugt i64 %".4617", 275
  br i1 %".4618", label %"widening.beyond", label %"ipv6_d0"
widening.to_ipv6_frag_d0_ipv6_ext2:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4625" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4626" = load i32, ptr %".4625", align 4
  %".4627" = zext i32 %".4626" to i64
  %"data.173" = inttoptr i64 %".4627" to ptr
  %".4628" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4629" = load i32, ptr %".4628", align 4
  %".4630" = zext i32 %".4629" to i64
  %"data_end.173" = inttoptr i64 %".4630" to ptr
  %".4631" = getelementptr i8, ptr %"keys", i64 0
  %".4632" = load volatile i16, ptr %".4631", align 2
  %".4633" = zext i16 %".4632" to i64
  %".4634" = icmp ugt i64 %".4633", 2363
  br i1 %".4634", label %"widening.beyond", label %"ipv6_frag_d0_ipv6_ext2"
widening.to_ipv6_opts_d0_ipv6_ext2:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4641" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4642" = load i32, ptr %".4641", align 4
  %".4643" = zext i32 %".4642" to i64
  %"data.174" = inttoptr i64 %".4643" to ptr
  %".4644" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4645" = load i32, ptr %".4644", align 4
  %".4646" = zext i32 %".4645" to i64
  %"data_end.174" = inttoptr i64 %".4646" to ptr
  %".4647" = getelementptr i8, ptr %"keys", i64 0
  %".4648" = load volatile i16, ptr %".4647", align 2
  %".4649" = zext i16 %".4648" to i64
  %".4650" = icmp ugt i64 %".4649", 2363
  br i1 %".4650", label %"widening.beyond", label %"ipv6_opts_d0_ipv6_ext2"
widening.to_ipv6_frag_d0_ipv6_ext3:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4657" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4658" = load i32, ptr %".4657", align 4
  %".4659" = zext i32 %".4658" to i64
  %"data.175" = inttoptr i64 %".4659" to ptr
  %".4660" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4661" = load i32, ptr %".4660", align 4
  %".4662" = zext i32 %".4661" to i64
  %"data_end.175" = inttoptr i64 %".4662" to ptr
  %".4663" = getelementptr i8, ptr %"keys", i64 0
  %".4664" = load volatile i16, ptr %".4663", align 2
  %".4665" = zext i16 %".4664" to i64
  %".4666" = icmp ugt i64 %".4665", 4411
  br i1 %".4666", label %"widening.beyond", label %"ipv6_frag_d0_ipv6_ext3"
widening.to_ipv6_opts_d0_ipv6_ext3:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4673" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4674" = load i32, ptr %".4673", align 4
  %".4675" = zext i32 %".4674" to i64
  %"data.176" = inttoptr i64 %".4675" to ptr
  %".4676" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4677" = load i32, ptr %".4676", align 4
  %".4678" = zext i32 %".4677" to i64
  %"data_end.176" = inttoptr i64 %".4678" to ptr
  %".4679" = getelementptr i8, ptr %"keys", i64 0
  %".4680" = load volatile i16, ptr %".4679", align 2
  %".4681" = zext i16 %".4680" to i64
  %".4682" = icmp ugt i64 %".4681", 4411
  br i1 %".4682", label %"widening.beyond", label %"ipv6_opts_d0_ipv6_ext3"
widening.to_ipv4_d0:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4689" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4690" = load i32, ptr %".4689", align 4
  %".4691" = zext i32 %".4690" to i64
  %"data.177" = inttoptr i64 %".4691" to ptr
  %".4692" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4693" = load i32, ptr %".4692", align 4
  %".4694" = zext i32 %".4693" to i64
  %"data_end.177" = inttoptr i64 %".4694" to ptr
  %".4695" = getelementptr i8, ptr %"keys", i64 0
  %".4696" = load volatile i16, ptr %".4695", align 2
  %".4697" = zext i16 %".4696" to i64
  %".4698" = icmp ugt i64 %".4697", 275
  br i1 %".4698", label %"widening.beyond", label %"ipv4_d0"
widening.to_gre_version_d0:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4705" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4706" = load i32, ptr %".4705", align 4
  %".4707" = zext i32 %".4706" to i64
  %"data.178" = inttoptr i64 %".4707" to ptr
  %".4708" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4709" = load i32, ptr %".4708", align 4
  %".4710" = zext i32 %".4709" to i64
  %"data_end.178" = inttoptr i64 %".4710" to ptr
  %".4711" = getelementptr i8, ptr %"keys", i64 0
  %".4712" = load volatile i16, ptr %".4711", align 2
  %".4713" = zext i16 %".4712" to i64
  %".4714" = icmp ugt i64 %".4713", 6459
  br i1 %".4714", label %"widening.beyond", label %"gre_version_d0"
widening.to_hsr_d1_vlan_tags1:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4721" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4722" = load i32, ptr %".4721", align 4
  %".4723" = zext i32 %".4722" to i64
  %"data.179" = inttoptr i64 %".4723" to ptr
  %".4724" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4725" = load i32, ptr %".4724", align 4
  %".4726" = zext i32 %".4725" to i64
  %"data_end.179" = inttoptr i64 %".4726" to ptr
  %".4727" = getelementptr i8, ptr %"keys", i64 0
  %".4728" = load volatile i16, ptr %".4727", align 2
  %".4729" = zext i16 %".4728" to i64
  %".4730" = icmp ugt i64 %".4729", 6489
  br i1 %".4730", label %"widening.beyond", label %"hsr_d1_vlan_tags1"
widening.to_vlan_d1_vlan_tags1:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4737" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4738" = load i32, ptr %".4737", align 4
  %".4739" = zext i32 %".4738" to i64
  %"data.180" = inttoptr i64 %".4739" to ptr
  %".4740" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4741" = load i32, ptr %".4740", align 4
  %".4742" = zext i32 %".4741" to i64
  %"data_end.180" = inttoptr i64 %".4742" to ptr
  %".4743" = getelementptr i8, ptr %"keys", i64 0
  %".4744" = load volatile i16, ptr %".4743", align 2
  %".4745" = zext i16 %".4744" to i64
  %".4746" = icmp ugt i64 %".4745", 6489
  br i1 %".4746", label %"widening.beyond", label %"vlan_d1_vlan_tags1"
widening.to_hsr_d1_vlan_tags2:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4753" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4754" = load i32, ptr %".4753", align 4
  %".4755" = zext i32 %".4754" to i64
  %"data.181" = inttoptr i64 %".4755" to ptr
  %".4756" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4757" = load i32, ptr %".4756", align 4
  %".4758" = zext i32 %".4757" to i64
  %"data_end.181" = inttoptr i64 %".4758" to ptr
  %".4759" = getelementptr i8, ptr %"keys", i64 0
  %".4760" = load volatile i16, ptr %".4759", align 2
  %".4761" = zext i16 %".4760" to i64
  %".4762" = icmp ugt i64 %".4761", 6495
  br i1 %".4762", label %"widening.beyond", label %"hsr_d1_vlan_tags2"
widening.to_vlan_d1_vlan_tags2:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4769" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4770" = load i32, ptr %".4769", align 4
  %".4771" = zext i32 %".4770" to i64
  %"data.182" = inttoptr i64 %".4771" to ptr
  %".4772" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4773" = load i32, ptr %".4772", align 4
  %".4774" = zext i32 %".4773" to i64
  %"data_end.182" = inttoptr i64 %".4774" to ptr
  %".4775" = getelementptr i8, ptr %"keys", i64 0
  %".4776" = load volatile i16, ptr %".4775", align 2
  %".4777" = zext i16 %".4776" to i64
  %".4778" = icmp ugt i64 %".4777", 6495
  br i1 %".4778", label %"widening.beyond", label %"vlan_d1_vlan_tags2"
widening.to_batadv_d1:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4785" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4786" = load i32, ptr %".4785", align 4
  %".4787" = zext i32 %".4786" to i64
  %"data.183" = inttoptr i64 %".4787" to ptr
  %".4788" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4789" = load i32, ptr %".4788", align 4
  %".4790" = zext i32 %".4789" to i64
  %"data_end.183" = inttoptr i64 %".4790" to ptr
  %".4791" = getelementptr i8, ptr %"keys", i64 0
  %".4792" = load volatile i16, ptr %".4791", align 2
  %".4793" = zext i16 %".4792" to i64
  %".4794" = icmp ugt i64 %".4793", 6501
  br i1 %".4794", label %"widening.beyond", label %"batadv_d1"
widening.to_fcoe:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4801" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4802" = load i32, ptr %".4801", align 4
  %".4803" = zext i32 %".4802" to i64
  %"data.184" = inttoptr i64 %".4803" to ptr
  %".4804" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4805" = load i32, ptr %".4804", align 4
  %".4806" = zext i32 %".4805" to i64
  %"data_end.184" = inttoptr i64 %".4806" to ptr
  %".4807" = getelementptr i8, ptr %"keys", i64 0
  %".4808" = load volatile i16, ptr %".4807", align 2
  %".4809" = zext i16 %".4808" to i64
  %".4810" = icmp ugt i64 %".4809", 6501
  br i1 %".4810", label %"widening.beyond", label %"fcoe"
widening.to_tipc:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4817" = getelementptr i8, ptr %"ctx.74", i64 76
  %".4818" = load i32, ptr %".4817", align 4
  %".4819" = zext i32 %".4818" to i64
  %"data.185" = inttoptr i64 %".4819" to ptr
  %".4820" = getelementptr i8, ptr %"ctx.74", i64 80
  %".4821" = load i32, ptr %".4820", align 4
  %".4822" = zext i32 %".4821" to i64
  %"data_end.185" = inttoptr i64 %".4822" to ptr
  %".4823" = getelementptr i8, ptr %"keys", i64 0
  %".4824" = load volatile i16, ptr %".4823", align 2
  %".4825" = zext i16 %".4824" to i64
  %".4826" = icmp ugt i64 %".4825", 6501
  br i1 %".4826", label %"widening.beyond", label %"tipc"
widening.to_cfm:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4833" = getelementptr i8, ptr %"ctx.75", i64 76
  %".4834" = load i32, ptr %".4833", align 4
  %".4835" = zext i32 %".4834" to i64
  %"data.186" = inttoptr i64 %".4835" to ptr
  %".4836" = getelementptr i8, ptr %"ctx.75", i64 80
  %".4837" = load i32, ptr %".4836", align 4
  %".4838" = zext i32 %".4837" to i64
  %"data_end.186" = inttoptr i64 %".4838" to ptr
  %".4839" = getelementptr i8, ptr %"keys", i64 0
  %".4840" = load volatile i16, ptr %".4839", align 2
  %".4841" = zext i16 %".4840" to i64
  %".4842" = icmp ugt i64 %".4841", 6501
  br i1 %".4842", label %"widening.beyond", label %"cfm"
widening.to_ptp:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4849" = getelementptr i8, ptr %"ctx.76", i64 76
  %".4850" = load i32, ptr %".4849", align 4
  %".4851" = zext i32 %".4850" to i64
  %"data.187" = inttoptr i64 %".4851" to ptr
  %".4852" = getelementptr i8, ptr %"ctx.76", i64 80
  %".4853" = load i32, ptr %".4852", align 4
  %".4854" = zext i32 %".4853" to i64
  %"data_end.187" = inttoptr i64 %".4854" to ptr
  %".4855" = getelementptr i8, ptr %"keys", i64 0
  %".4856" = load volatile i16, ptr %".4855", align 2
  %".4857" = zext i16 %".4856" to i64
  %".4858" = icmp ugt i64 %".4857", 6501
  br i1 %".4858", label %"widening.beyond", label %"ptp"
widening.to_arp:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4865" = getelementptr i8, ptr %"ctx.77", i64 76
  %".4866" = load i32, ptr %".4865", align 4
  %".4867" = zext i32 %".4866" to i64
  %"data.188" = inttoptr i64 %".4867" to ptr
  %".4868" = getelementptr i8, ptr %"ctx.77", i64 80
  %".4869" = load i32, ptr %".4868", align 4
  %".4870" = zext i32 %".4869" to i64
  %"data_end.188" = inttoptr i64 %".4870" to ptr
  %".4871" = getelementptr i8, ptr %"keys", i64 0
  %".4872" = load volatile i16, ptr %".4871", align 2
  %".4873" = zext i16 %".4872" to i64
  %".4874" = icmp ugt i64 %".4873", 6501
  br i1 %".4874", label %"widening.beyond", label %"arp"
widening.to_pppoe_d1:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4881" = getelementptr i8, ptr %"ctx.78", i64 76
  %".4882" = load i32, ptr %".4881", align 4
  %".4883" = zext i32 %".4882" to i64
  %"data.189" = inttoptr i64 %".4883" to ptr
  %".4884" = getelementptr i8, ptr %"ctx.78", i64 80
  %".4885" = load i32, ptr %".4884", align 4
  %".4886" = zext i32 %".4885" to i64
  %"data_end.189" = inttoptr i64 %".4886" to ptr
  %".4887" = getelementptr i8, ptr %"keys", i64 0
  %".4888" = load volatile i16, ptr %".4887", align 2
  %".4889" = zext i16 %".4888" to i64
  %".4890" = icmp ugt i64 %".4889", 6501
  br i1 %".4890", label %"widening.beyond", label %"pppoe_d1"
widening.to_ipv6_d1:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4897" = getelementptr i8, ptr %"ctx.79", i64 76
  %".4898" = load i32, ptr %".4897", align 4
  %".4899" = zext i32 %".4898" to i64
  %"data.190" = inttoptr i64 %".4899" to ptr
  %".4900" = getelementptr i8, ptr %"ctx.79", i64 80
  %".4901" = load i32, ptr %".4900", align 4
  %".4902" = zext i32 %".4901" to i64
  %"data_end.190" = inttoptr i64 %".4902" to ptr
  %".4903" = getelementptr i8, ptr %"keys", i64 0
  %".4904" = load volatile i16, ptr %".4903", align 2
  %".4905" = zext i16 %".4904" to i64
  %".4906" = icmp ugt i64 %".4905", 6509
  br i1 %".4906", label %"widening.beyond", label %"ipv6_d1"
widening.to_ipv6_frag_d1_ipv6_ext2:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4913" = getelementptr i8, ptr %"ctx.80", i64 76
  %".4914" = load i32, ptr %".4913", align 4
  %".4915" = zext i32 %".4914" to i64
  %"data.191" = inttoptr i64 %".4915" to ptr
  %".4916" = getelementptr i8, ptr %"ctx.80", i64 80
  %".4917" = load i32, ptr %".4916", align 4
  %".4918" = zext i32 %".4917" to i64
  %"data_end.191" = inttoptr i64 %".4918" to ptr
  %".4919" = getelementptr i8, ptr %"keys", i64 0
  %".4920" = load volatile i16, ptr %".4919", align 2
  %".4921" = zext i16 %".4920" to i64
  %".4922" = icmp ugt i64 %".4921", 8597
  br i1 %".4922", label %"widening.beyond", label %"ipv6_frag_d1_ipv6_ext2"
widening.to_ipv6_opts_d1_ipv6_ext2:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4929" = getelementptr i8, ptr %"ctx.81", i64 76
  %".4930" = load i32, ptr %".4929", align 4
  %".4931" = zext i32 %".4930" to i64
  %"data.192" = inttoptr i64 %".4931" to ptr
  %".4932" = getelementptr i8, ptr %"ctx.81", i64 80
  %".4933" = load i32, ptr %".4932", align 4
  %".4934" = zext i32 %".4933" to i64
  %"data_end.192" = inttoptr i64 %".4934" to ptr
  %".4935" = getelementptr i8, ptr %"keys", i64 0
  %".4936" = load volatile i16, ptr %".4935", align 2
  %".4937" = zext i16 %".4936" to i64
  %".4938" = icmp ugt i64 %".4937", 8597
  br i1 %".4938", label %"widening.beyond", label %"ipv6_opts_d1_ipv6_ext2"
widening.to_ipv6_frag_d1_ipv6_ext3:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4945" = getelementptr i8, ptr %"ctx.82", i64 76
  %".4946" = load i32, ptr %".4945", align 4
  %".4947" = zext i32 %".4946" to i64
  %"data.193" = inttoptr i64 %".4947" to ptr
  %".4948" = getelementptr i8, ptr %"ctx.82", i64 80
  %".4949" = load i32, ptr %".4948", align 4
  %".4950" = zext i32 %".4949" to i64
  %"data_end.193" = inttoptr i64 %".4950" to ptr
  %".4951" = getelementptr i8, ptr %"keys", i64 0
  %".4952" = load volatile i16, ptr %".4951", align 2
  %".4953" = zext i16 %".4952" to i64
  %".4954" = icmp ugt i64 %".4953", 10645
  br i1 %".4954", label %"widening.beyond", label %"ipv6_frag_d1_ipv6_ext3"
widening.to_ipv6_opts_d1_ipv6_ext3:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4961" = getelementptr i8, ptr %"ctx.83", i64 76
  %".4962" = load i32, ptr %".4961", align 4
  %".4963" = zext i32 %".4962" to i64
  %"data.194" = inttoptr i64 %".4963" to ptr
  %".4964" = getelementptr i8, ptr %"ctx.83", i64 80
  %".4965" = load i32, ptr %".4964", align 4
  %".4966" = zext i32 %".4965" to i64
  %"data_end.194" = inttoptr i64 %".4966" to ptr
  %".4967" = getelementptr i8, ptr %"keys", i64 0
  %".4968" = load volatile i16, ptr %".4967", align 2
  %".4969" = zext i16 %".4968" to i64
  %".4970" = icmp ugt i64 %".4969", 10645
  br i1 %".4970", label %"widening.beyond", label %"ipv6_opts_d1_ipv6_ext3"
widening.to_icmpv6:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4977" = getelementptr i8, ptr %"ctx.84", i64 76
  %".4978" = load i32, ptr %".4977", align 4
  %".4979" = zext i32 %".4978" to i64
  %"data.195" = inttoptr i64 %".4979" to ptr
  %".4980" = getelementptr i8, ptr %"ctx.84", i64 80
  %".4981" = load i32, ptr %".4980", align 4
  %".4982" = zext i32 %".4981" to i64
  %"data_end.195" = inttoptr i64 %".4982" to ptr
  %".4983" = getelementptr i8, ptr %"keys", i64 0
  %".4984" = load volatile i16, ptr %".4983", align 2
  %".4985" = zext i16 %".4984" to i64
  %".4986" = icmp ugt i64 %".4985", 12693
  br i1 %".4986", label %"widening.beyond", label %"icmpv6"
widening.to_ipv4_d1:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4993" = getelementptr i8, ptr %"ctx.85", i64 76
  %".4994" = load i32, ptr %".4993", align 4
  %".4995" = zext i32 %".4994" to i64
  %"data.196" = inttoptr i64 %".4995" to ptr
  %".4996" = getelementptr i8, ptr %"ctx.85", i64 80
  %".4997" = load i32, ptr %".4996", align 4
  %".4998" = zext i32 %".4997" to i64
  %"data_end.196" = inttoptr i64 %".4998" to ptr
  %".4999" = getelementptr i8, ptr %"keys", i64 0
  %".5000" = load volatile i16, ptr %".4999", align 2
  %".5001" = zext i16 %".5000" to i64
  %".5002" = icmp ugt i64 %".5001", 6509
  br i1 %".5002", label %"widening.beyond", label %"ipv4_d1"
widening.to_mpls_mpls_labels1:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5009" = getelementptr i8, ptr %"ctx.86", i64 76
  %".5010" = load i32, ptr %".5009", align 4
  %".5011" = zext i32 %".5010" to i64
  %"data.197" = inttoptr i64 %".5011" to ptr
  %".5012" = getelementptr i8, ptr %"ctx.86", i64 80
  %".5013" = load i32, ptr %".5012", align 4
  %".5014" = zext i32 %".5013" to i64
  %"data_end.197" = inttoptr i64 %".5014" to ptr
  %".5015" = getelementptr i8, ptr %"keys", i64 0
  %".5016" = load volatile i16, ptr %".5015", align 2
  %".5017" = zext i16 %".5016" to i64
  %".5018" = icmp ugt i64 %".5017", 12693
  br i1 %".5018", label %"widening.beyond", label %"mpls_mpls_labels1"
widening.to_ah:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5025" = getelementptr i8, ptr %"ctx.87", i64 76
  %".5026" = load i32, ptr %".5025", align 4
  %".5027" = zext i32 %".5026" to i64
  %"data.198" = inttoptr i64 %".5027" to ptr
  %".5028" = getelementptr i8, ptr %"ctx.87", i64 80
  %".5029" = load i32, ptr %".5028", align 4
  %".5030" = zext i32 %".5029" to i64
  %"data_end.198" = inttoptr i64 %".5030" to ptr
  %".5031" = getelementptr i8, ptr %"keys", i64 0
  %".5032" = load volatile i16, ptr %".5031", align 2
  %".5033" = zext i16 %".5032" to i64
  %".5034" = icmp ugt i64 %".5033", 12693
  br i1 %".5034", label %"widening.beyond", label %"ah"
widening.to_esp:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5041" = getelementptr i8, ptr %"ctx.88", i64 76
  %".5042" = load i32, ptr %".5041", align 4
  %".5043" = zext i32 %".5042" to i64
  %"data.199" = inttoptr i64 %".5043" to ptr
  %".5044" = getelementptr i8, ptr %"ctx.88", i64 80
  %".5045" = load i32, ptr %".5044", align 4
  %".5046" = zext i32 %".5045" to i64
  %"data_end.199" = inttoptr i64 %".5046" to ptr
  %".5047" = getelementptr i8, ptr %"keys", i64 0
  %".5048" = load volatile i16, ptr %".5047", align 2
  %".5049" = zext i16 %".5048" to i64
  %".5050" = icmp ugt i64 %".5049", 12693
  br i1 %".5050", label %"widening.beyond", label %"esp"
widening.to_dccp:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5057" = getelementptr i8, ptr %"ctx.89", i64 76
  %".5058" = load i32, ptr %".5057", align 4
  %".5059" = zext i32 %".5058" to i64
  %"data.200" = inttoptr i64 %".5059" to ptr
  %".5060" = getelementptr i8, ptr %"ctx.89", i64 80
  %".5061" = load i32, ptr %".5060", align 4
  %".5062" = zext i32 %".5061" to i64
  %"data_end.200" = inttoptr i64 %".5062" to ptr
  %".5063" = getelementptr i8, ptr %"keys", i64 0
  %".5064" = load volatile i16, ptr %".5063", align 2
  %".5065" = zext i16 %".5064" to i64
  %".5066" = icmp ugt i64 %".5065", 12693
  br i1 %".5066", label %"widening.beyond", label %"dccp"
widening.to_sctp:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5073" = getelementptr i8, ptr %"ctx.90", i64 76
  %".5074" = load i32, ptr %".5073", align 4
  %".5075" = zext i32 %".5074" to i64
  %"data.201" = inttoptr i64 %".5075" to ptr
  %".5076" = getelementptr i8, ptr %"ctx.90", i64 80
  %".5077" = load i32, ptr %".5076", align 4
  %".5078" = zext i32 %".5077" to i64
  %"data_end.201" = inttoptr i64 %".5078" to ptr
  %".5079" = getelementptr i8, ptr %"keys", i64 0
  %".5080" = load volatile i16, ptr %".5079", align 2
  %".5081" = zext i16 %".5080" to i64
  %".5082" = icmp ugt i64 %".5081", 12693
  br i1 %".5082", label %"widening.beyond", label %"sctp"
widening.to_gre_version_d1:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5089" = getelementptr i8, ptr %"ctx.91", i64 76
  %".5090" = load i32, ptr %".5089", align 4
  %".5091" = zext i32 %".5090" to i64
  %"data.202" = inttoptr i64 %".5091" to ptr
  %".5092" = getelementptr i8, ptr %"ctx.91", i64 80
  %".5093" = load i32, ptr %".5092", align 4
  %".5094" = zext i32 %".5093" to i64
  %"data_end.202" = inttoptr i64 %".5094" to ptr
  %".5095" = getelementptr i8, ptr %"keys", i64 0
  %".5096" = load volatile i16, ptr %".5095", align 2
  %".5097" = zext i16 %".5096" to i64
  %".5098" = icmp ugt i64 %".5097", 12693
  br i1 %".5098", label %"widening.beyond", label %"gre_version_d1"
widening.to_udplite:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5105" = getelementptr i8, ptr %"ctx.92", i64 76
  %".5106" = load i32, ptr %".5105", align 4
  %".5107" = zext i32 %".5106" to i64
  %"data.203" = inttoptr i64 %".5107" to ptr
  %".5108" = getelementptr i8, ptr %"ctx.92", i64 80
  %".5109" = load i32, ptr %".5108", align 4
  %".5110" = zext i32 %".5109" to i64
  %"data_end.203" = inttoptr i64 %".5110" to ptr
  %".5111" = getelementptr i8, ptr %"keys", i64 0
  %".5112" = load volatile i16, ptr %".5111", align 2
  %".5113" = zext i16 %".5112" to i64
  %".5114" = icmp ugt i64 %".5113", 12693
  br i1 %".5114", label %"widening.beyond", label %"udplite"
widening.to_udp:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5121" = getelementptr i8, ptr %"ctx.93", i64 76
  %".5122" = load i32, ptr %".5121", align 4
  %".5123" = zext i32 %".5122" to i64
  %"data.204" = inttoptr i64 %".5123" to ptr
  %".5124" = getelementptr i8, ptr %"ctx.93", i64 80
  %".5125" = load i32, ptr %".5124", align 4
  %".5126" = zext i32 %".5125" to i64
  %"data_end.204" = inttoptr i64 %".5126" to ptr
  %".5127" = getelementptr i8, ptr %"keys", i64 0
  %".5128" = load volatile i16, ptr %".5127", align 2
  %".5129" = zext i16 %".5128" to i64
  %".5130" = icmp ugt i64 %".5129", 12693
  br i1 %".5130", label %"widening.beyond", label %"udp"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }
!1 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!2 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!3 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16 }
!4 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }