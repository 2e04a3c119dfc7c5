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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_mpls_labels1.copy_failed"], [0, %"mpls_mpls_labels1.unknown"], [0, %"mpls_mpls_labels1.to_mpls"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.header"], [0, %"udp.copy_failed"], [0, %"udp.header"], [0, %"udplite.copy_failed"], [0, %"udplite.header"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [129, %"widening.beyond"]
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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".372", %"vlan_d0_vlan_tags1.to_ipv4"], [%".487", %"pppoe_d0.to_ipv4"], [%".640", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1878", %"vlan_d0_vlan_tags2.to_ipv4"], [%".1948", %"hsr_d0_vlan_tags2.to_ipv4"], [%".4502", %"widening.test.9"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.39", %"pppoe_d0.to_ipv4"], [%"data.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.91", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.93", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data.165", %"widening.test.9"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.39", %"pppoe_d0.to_ipv4"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data_end.165", %"widening.test.9"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.39", %"pppoe_d0.to_ipv4"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.91", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.93", %"hsr_d0_vlan_tags2.to_ipv4"], [%"keys", %"widening.test.9"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".372", %"vlan_d0_vlan_tags1.to_ipv6"], [%".487", %"pppoe_d0.to_ipv6"], [%".640", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1878", %"vlan_d0_vlan_tags2.to_ipv6"], [%".1948", %"hsr_d0_vlan_tags2.to_ipv6"], [%".4447", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.39", %"pppoe_d0.to_ipv6"], [%"data.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.91", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.93", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.160", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.39", %"pppoe_d0.to_ipv6"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.160", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.39", %"pppoe_d0.to_ipv6"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.91", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.93", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
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
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".273", %"ipv6_d0.to_mpls"], [%".372", %"vlan_d0_vlan_tags1.to_mpls"], [%".372", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".487", %"pppoe_d0.to_mpls"], [%".487", %"pppoe_d0.to_mpls.1"], [%".640", %"hsr_d0_vlan_tags1.to_mpls"], [%".640", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".717", %"batadv_d0.stop_at_encap.endif.4"], [%".717", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1540", %"ipv6_d1.to_mpls"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1878", %"vlan_d0_vlan_tags2.to_mpls"], [%".1878", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".1948", %"hsr_d0_vlan_tags2.to_mpls"], [%".1948", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".2023", %"vlan_d1_vlan_tags1.to_mpls"], [%".2023", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2100", %"pppoe_d1.to_mpls"], [%".2100", %"pppoe_d1.to_mpls.1"], [%".2166", %"hsr_d1_vlan_tags1.to_mpls"], [%".2166", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.2", %"gre_d0.to_mpls"], [%"end.2", %"gre_d0.to_mpls.1"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".3151", %"vlan_d1_vlan_tags2.to_mpls"], [%".3151", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3221", %"hsr_d1_vlan_tags2.to_mpls"], [%".3221", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3291", %"ethernet_d1.to_mpls"], [%".3291", %"ethernet_d1.to_mpls.1"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".4188", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".4294", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".4722", %"widening.test.29"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.39", %"pppoe_d0.to_mpls"], [%"data.39", %"pppoe_d0.to_mpls.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.4"], [%"data.50", %"batadv_d0.stop_at_encap.endif.5"], [%"data.76", %"ipv4_d1.to_mpls"], [%"data.79", %"ipv6_d1.to_mpls"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.91", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.91", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.93", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.93", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.95", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.95", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.99", %"pppoe_d1.to_mpls"], [%"data.99", %"pppoe_d1.to_mpls.1"], [%"data.101", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.101", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.105", %"gre_d0.to_mpls"], [%"data.105", %"gre_d0.to_mpls.1"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.127", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.127", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.129", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.129", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.131", %"ethernet_d1.to_mpls"], [%"data.131", %"ethernet_d1.to_mpls.1"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.153", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.155", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.185", %"widening.test.29"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.39", %"pppoe_d0.to_mpls"], [%"data_end.39", %"pppoe_d0.to_mpls.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.76", %"ipv4_d1.to_mpls"], [%"data_end.79", %"ipv6_d1.to_mpls"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.99", %"pppoe_d1.to_mpls"], [%"data_end.99", %"pppoe_d1.to_mpls.1"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.105", %"gre_d0.to_mpls"], [%"data_end.105", %"gre_d0.to_mpls.1"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.131", %"ethernet_d1.to_mpls"], [%"data_end.131", %"ethernet_d1.to_mpls.1"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.185", %"widening.test.29"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.39", %"pppoe_d0.to_mpls"], [%"keys.39", %"pppoe_d0.to_mpls.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.48", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.76", %"ipv4_d1.to_mpls"], [%"keys.79", %"ipv6_d1.to_mpls"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.91", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.91", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.93", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.93", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.95", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.95", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.99", %"pppoe_d1.to_mpls"], [%"keys.99", %"pppoe_d1.to_mpls.1"], [%"keys.101", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.101", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.105", %"gre_d0.to_mpls"], [%"keys.105", %"gre_d0.to_mpls.1"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.127", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.127", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.129", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.129", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.131", %"ethernet_d1.to_mpls"], [%"keys.131", %"ethernet_d1.to_mpls.1"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.29"]
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
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".372", %"vlan_d0_vlan_tags1.to_pppoe"], [%".640", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1878", %"vlan_d0_vlan_tags2.to_pppoe"], [%".1948", %"hsr_d0_vlan_tags2.to_pppoe"], [%".4436", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.91", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.93", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.159", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.159", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.48", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.91", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.93", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
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
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".372", %"vlan_d0_vlan_tags1.to_arp"], [%".372", %"vlan_d0_vlan_tags1.to_arp.1"], [%".640", %"hsr_d0_vlan_tags1.to_arp"], [%".640", %"hsr_d0_vlan_tags1.to_arp.1"], [%".717", %"batadv_d0.stop_at_encap.endif.7"], [%".717", %"batadv_d0.stop_at_encap.endif.8"], [%".1878", %"vlan_d0_vlan_tags2.to_arp"], [%".1878", %"vlan_d0_vlan_tags2.to_arp.1"], [%".1948", %"hsr_d0_vlan_tags2.to_arp"], [%".1948", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2023", %"vlan_d1_vlan_tags1.to_arp"], [%".2023", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2166", %"hsr_d1_vlan_tags1.to_arp"], [%".2166", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.2", %"gre_d0.to_arp"], [%"end.2", %"gre_d0.to_arp.1"], [%".3151", %"vlan_d1_vlan_tags2.to_arp"], [%".3151", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3221", %"hsr_d1_vlan_tags2.to_arp"], [%".3221", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3291", %"ethernet_d1.to_arp"], [%".3291", %"ethernet_d1.to_arp.1"], [%".4623", %"widening.test.20"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data.91", %"vlan_d0_vlan_tags2.to_arp"], [%"data.91", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.93", %"hsr_d0_vlan_tags2.to_arp"], [%"data.93", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.95", %"vlan_d1_vlan_tags1.to_arp"], [%"data.95", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.101", %"hsr_d1_vlan_tags1.to_arp"], [%"data.101", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.105", %"gre_d0.to_arp"], [%"data.105", %"gre_d0.to_arp.1"], [%"data.127", %"vlan_d1_vlan_tags2.to_arp"], [%"data.127", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.129", %"hsr_d1_vlan_tags2.to_arp"], [%"data.129", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.131", %"ethernet_d1.to_arp"], [%"data.131", %"ethernet_d1.to_arp.1"], [%"data.176", %"widening.test.20"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.105", %"gre_d0.to_arp"], [%"data_end.105", %"gre_d0.to_arp.1"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.131", %"ethernet_d1.to_arp"], [%"data_end.131", %"ethernet_d1.to_arp.1"], [%"data_end.176", %"widening.test.20"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.91", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.91", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.93", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.93", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.95", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.95", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.101", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.101", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.105", %"gre_d0.to_arp"], [%"keys.105", %"gre_d0.to_arp.1"], [%"keys.127", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.127", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.129", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.129", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.131", %"ethernet_d1.to_arp"], [%"keys.131", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.20"]
  %".522" = add i64 %"cursor.6", 0
  %".523" = trunc i64 %".522" to i16
  %".524" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".523", ptr %".524", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".372", %"vlan_d0_vlan_tags1.to_ptp"], [%".640", %"hsr_d0_vlan_tags1.to_ptp"], [%".717", %"batadv_d0.stop_at_encap.endif.9"], [%".1878", %"vlan_d0_vlan_tags2.to_ptp"], [%".1948", %"hsr_d0_vlan_tags2.to_ptp"], [%".2023", %"vlan_d1_vlan_tags1.to_ptp"], [%".2166", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.2", %"gre_d0.to_ptp"], [%".3151", %"vlan_d1_vlan_tags2.to_ptp"], [%".3221", %"hsr_d1_vlan_tags2.to_ptp"], [%".3291", %"ethernet_d1.to_ptp"], [%".4612", %"widening.test.19"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.50", %"batadv_d0.stop_at_encap.endif.9"], [%"data.91", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.93", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.95", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.101", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.105", %"gre_d0.to_ptp"], [%"data.127", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.129", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.131", %"ethernet_d1.to_ptp"], [%"data.175", %"widening.test.19"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.105", %"gre_d0.to_ptp"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.131", %"ethernet_d1.to_ptp"], [%"data_end.175", %"widening.test.19"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.48", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.91", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.93", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.95", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.101", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.105", %"gre_d0.to_ptp"], [%"keys.127", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.129", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.131", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.19"]
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
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".372", %"vlan_d0_vlan_tags1.to_cfm"], [%".640", %"hsr_d0_vlan_tags1.to_cfm"], [%".717", %"batadv_d0.stop_at_encap.endif.10"], [%".1878", %"vlan_d0_vlan_tags2.to_cfm"], [%".1948", %"hsr_d0_vlan_tags2.to_cfm"], [%".2023", %"vlan_d1_vlan_tags1.to_cfm"], [%".2166", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.2", %"gre_d0.to_cfm"], [%".3151", %"vlan_d1_vlan_tags2.to_cfm"], [%".3221", %"hsr_d1_vlan_tags2.to_cfm"], [%".3291", %"ethernet_d1.to_cfm"], [%".4601", %"widening.test.18"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data.91", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.93", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.95", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.101", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.105", %"gre_d0.to_cfm"], [%"data.127", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.129", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.131", %"ethernet_d1.to_cfm"], [%"data.174", %"widening.test.18"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.105", %"gre_d0.to_cfm"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.131", %"ethernet_d1.to_cfm"], [%"data_end.174", %"widening.test.18"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.91", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.93", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.95", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.101", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.105", %"gre_d0.to_cfm"], [%"keys.127", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.129", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.131", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.18"]
  %".553" = add i64 %"cursor.8", 0
  %".554" = trunc i64 %".553" to i16
  %".555" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".554", ptr %".555", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".372", %"vlan_d0_vlan_tags1.to_tipc"], [%".640", %"hsr_d0_vlan_tags1.to_tipc"], [%".717", %"batadv_d0.stop_at_encap.endif.11"], [%".1878", %"vlan_d0_vlan_tags2.to_tipc"], [%".1948", %"hsr_d0_vlan_tags2.to_tipc"], [%".2023", %"vlan_d1_vlan_tags1.to_tipc"], [%".2166", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.2", %"gre_d0.to_tipc"], [%".3151", %"vlan_d1_vlan_tags2.to_tipc"], [%".3221", %"hsr_d1_vlan_tags2.to_tipc"], [%".3291", %"ethernet_d1.to_tipc"], [%".4590", %"widening.test.17"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.50", %"batadv_d0.stop_at_encap.endif.11"], [%"data.91", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.93", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.95", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.101", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.105", %"gre_d0.to_tipc"], [%"data.127", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.129", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.131", %"ethernet_d1.to_tipc"], [%"data.173", %"widening.test.17"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.105", %"gre_d0.to_tipc"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.131", %"ethernet_d1.to_tipc"], [%"data_end.173", %"widening.test.17"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.48", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.91", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.93", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.95", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.101", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.105", %"gre_d0.to_tipc"], [%"keys.127", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.129", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.131", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.17"]
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
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".372", %"vlan_d0_vlan_tags1.to_fcoe"], [%".640", %"hsr_d0_vlan_tags1.to_fcoe"], [%".717", %"batadv_d0.stop_at_encap.endif.12"], [%".1878", %"vlan_d0_vlan_tags2.to_fcoe"], [%".1948", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2023", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2166", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.2", %"gre_d0.to_fcoe"], [%".3151", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3221", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3291", %"ethernet_d1.to_fcoe"], [%".4579", %"widening.test.16"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.50", %"batadv_d0.stop_at_encap.endif.12"], [%"data.91", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.93", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.95", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.101", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.105", %"gre_d0.to_fcoe"], [%"data.127", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.129", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.131", %"ethernet_d1.to_fcoe"], [%"data.172", %"widening.test.16"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.105", %"gre_d0.to_fcoe"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.131", %"ethernet_d1.to_fcoe"], [%"data_end.172", %"widening.test.16"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.48", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.91", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.93", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.95", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.101", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.105", %"gre_d0.to_fcoe"], [%"keys.127", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.129", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.131", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.16"]
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
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".372", %"vlan_d0_vlan_tags1.to_batadv"], [%".640", %"hsr_d0_vlan_tags1.to_batadv"], [%".1878", %"vlan_d0_vlan_tags2.to_batadv"], [%".1948", %"hsr_d0_vlan_tags2.to_batadv"], [%".4425", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.91", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.93", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.158", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.91", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.93", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.158", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.48", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.91", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.93", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
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
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".273", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1540", %"ipv6_d1.to_tcp"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".4188", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".4294", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".4810", %"widening.test.37"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.76", %"ipv4_d1.to_tcp"], [%"data.79", %"ipv6_d1.to_tcp"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.155", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.193", %"widening.test.37"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.76", %"ipv4_d1.to_tcp"], [%"data_end.79", %"ipv6_d1.to_tcp"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.193", %"widening.test.37"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.76", %"ipv4_d1.to_tcp"], [%"keys.79", %"ipv6_d1.to_tcp"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.37"]
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
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".273", %"ipv6_d0.to_udp"], [%"end.1", %"ipv4_d1.to_udp"], [%".1540", %"ipv6_d1.to_udp"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".4188", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".4294", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".4799", %"widening.test.36"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.76", %"ipv4_d1.to_udp"], [%"data.79", %"ipv6_d1.to_udp"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.155", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.192", %"widening.test.36"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.76", %"ipv4_d1.to_udp"], [%"data_end.79", %"ipv6_d1.to_udp"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.192", %"widening.test.36"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.76", %"ipv4_d1.to_udp"], [%"keys.79", %"ipv6_d1.to_udp"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.36"]
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
  %".989" = add i64 %"cursor.14", %".988"
  %".990" = trunc i64 %"cursor.14" to i16
  %".991" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".990", ptr %".991", align 2
  br label %"return"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".273", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1540", %"ipv6_d1.to_udplite"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".4188", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".4294", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".4788", %"widening.test.35"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.76", %"ipv4_d1.to_udplite"], [%"data.79", %"ipv6_d1.to_udplite"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.153", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.155", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.191", %"widening.test.35"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.76", %"ipv4_d1.to_udplite"], [%"data_end.79", %"ipv6_d1.to_udplite"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.191", %"widening.test.35"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.76", %"ipv4_d1.to_udplite"], [%"keys.79", %"ipv6_d1.to_udplite"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.35"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.15"
  %".994" = getelementptr i8, ptr %"hdr.12", i64 4
  %".995" = icmp ugt ptr %".994", %"data_end.18"
  br i1 %".995", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".997" = getelementptr i8, ptr %"hdr.12", i64 0
  %".998" = load i16, ptr %".997", align 2
  %".999" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1000" = load i16, ptr %".999", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".998", %"udplite.linear"], [%".1019", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1000", %"udplite.linear"], [%".1021", %"udplite.copy_failed.endif"]
  %"data.60" = phi  ptr [%"data.18", %"udplite.linear"], [%"data.59", %"udplite.copy_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.18", %"udplite.linear"], [%"data_end.59", %"udplite.copy_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.18", %"udplite.linear"], [%"keys.59", %"udplite.copy_failed.endif"]
  %".1023" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1024" = zext i16 %".1023" to i64
  %".1025" = trunc i64 %".1024" to i16
  %".1026" = call i16 @"llvm.bswap.i16"(i16 %".1025")
  %".1027" = getelementptr i8, ptr %"keys.60", i64 12
  store i16 %".1026", ptr %".1027", align 2
  %".1029" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1030" = zext i16 %".1029" to i64
  %".1031" = trunc i64 %".1030" to i16
  %".1032" = call i16 @"llvm.bswap.i16"(i16 %".1031")
  %".1033" = getelementptr i8, ptr %"keys.60", i64 14
  store i16 %".1032", ptr %".1033", align 2
  %".1035" = add i64 %"cursor.15", 4
  %".1036" = add i64 4, 4
  %".1037" = add i64 %"cursor.15", %".1036"
  %".1038" = trunc i64 %"cursor.15" to i16
  %".1039" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1038", ptr %".1039", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".273", %"ipv6_d0.to_gre_version"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".4513", %"widening.test.10"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.166", %"widening.test.10"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.166", %"widening.test.10"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.10"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.16"
  %".1042" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1043" = icmp ugt ptr %".1042", %"data_end.19"
  br i1 %".1043", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1045" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1046" = load i8, ptr %".1045", align 1
  %".1047" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1048" = load i8, ptr %".1047", align 1
  %".1049" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1050" = load i16, ptr %".1049", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1046", %"gre_version_d0.linear"], [%".1069", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1048", %"gre_version_d0.linear"], [%".1071", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1050", %"gre_version_d0.linear"], [%".1073", %"gre_version_d0.copy_failed.endif"]
  %"data.62" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.61", %"gre_version_d0.copy_failed.endif"]
  %"data_end.62" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.61", %"gre_version_d0.copy_failed.endif"]
  %"keys.62" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.61", %"gre_version_d0.copy_failed.endif"]
  %".1075" = zext i8 %"w0_1.3" to i64
  %".1076" = lshr i64 %".1075", 6
  %".1077" = and i64 %".1076", 1
  %".1078" = icmp ne i64 %".1077", 0
  %".1079" = zext i8 %"w1_1.2" to i64
  %".1080" = and i64 %".1079", 7
  %".1081" = icmp ugt i64 %".1080", 1
  %".1082" = or i1 %".1078", %".1081"
  br i1 %".1082", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".273", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1540", %"ipv6_d1.to_sctp"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".4188", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".4294", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".4766", %"widening.test.33"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.76", %"ipv4_d1.to_sctp"], [%"data.79", %"ipv6_d1.to_sctp"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.155", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.189", %"widening.test.33"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.76", %"ipv4_d1.to_sctp"], [%"data_end.79", %"ipv6_d1.to_sctp"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.189", %"widening.test.33"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.76", %"ipv4_d1.to_sctp"], [%"keys.79", %"ipv6_d1.to_sctp"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.33"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.17"
  %".1103" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1104" = icmp ugt ptr %".1103", %"data_end.20"
  br i1 %".1104", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1106" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1107" = load i16, ptr %".1106", align 2
  %".1108" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1109" = load i16, ptr %".1108", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1107", %"sctp.linear"], [%".1128", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1109", %"sctp.linear"], [%".1130", %"sctp.copy_failed.endif"]
  %"data.66" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.65", %"sctp.copy_failed.endif"]
  %"data_end.66" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.65", %"sctp.copy_failed.endif"]
  %"keys.66" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.65", %"sctp.copy_failed.endif"]
  %".1132" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1133" = zext i16 %".1132" to i64
  %".1134" = trunc i64 %".1133" to i16
  %".1135" = call i16 @"llvm.bswap.i16"(i16 %".1134")
  %".1136" = getelementptr i8, ptr %"keys.66", i64 12
  store i16 %".1135", ptr %".1136", align 2
  %".1138" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1139" = zext i16 %".1138" to i64
  %".1140" = trunc i64 %".1139" to i16
  %".1141" = call i16 @"llvm.bswap.i16"(i16 %".1140")
  %".1142" = getelementptr i8, ptr %"keys.66", i64 14
  store i16 %".1141", ptr %".1142", align 2
  %".1144" = add i64 %"cursor.17", 4
  %".1145" = trunc i64 %"cursor.17" to i16
  %".1146" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1145", ptr %".1146", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".273", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1540", %"ipv6_d1.to_dccp"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".4188", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".4294", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".4755", %"widening.test.32"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.76", %"ipv4_d1.to_dccp"], [%"data.79", %"ipv6_d1.to_dccp"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.155", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.188", %"widening.test.32"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.76", %"ipv4_d1.to_dccp"], [%"data_end.79", %"ipv6_d1.to_dccp"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.188", %"widening.test.32"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.76", %"ipv4_d1.to_dccp"], [%"keys.79", %"ipv6_d1.to_dccp"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.32"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1149" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1150" = icmp ugt ptr %".1149", %"data_end.21"
  br i1 %".1150", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1152" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1153" = load i16, ptr %".1152", align 2
  %".1154" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1155" = load i16, ptr %".1154", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1153", %"dccp.linear"], [%".1174", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1155", %"dccp.linear"], [%".1176", %"dccp.copy_failed.endif"]
  %"data.68" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.67", %"dccp.copy_failed.endif"]
  %"data_end.68" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.67", %"dccp.copy_failed.endif"]
  %"keys.68" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.67", %"dccp.copy_failed.endif"]
  %".1178" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1179" = zext i16 %".1178" to i64
  %".1180" = trunc i64 %".1179" to i16
  %".1181" = call i16 @"llvm.bswap.i16"(i16 %".1180")
  %".1182" = getelementptr i8, ptr %"keys.68", i64 12
  store i16 %".1181", ptr %".1182", align 2
  %".1184" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1185" = zext i16 %".1184" to i64
  %".1186" = trunc i64 %".1185" to i16
  %".1187" = call i16 @"llvm.bswap.i16"(i16 %".1186")
  %".1188" = getelementptr i8, ptr %"keys.68", i64 14
  store i16 %".1187", ptr %".1188", align 2
  %".1190" = add i64 %"cursor.18", 4
  %".1191" = trunc i64 %"cursor.18" to i16
  %".1192" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".1191", ptr %".1192", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".273", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1540", %"ipv6_d1.to_esp"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".4188", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".4294", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".4744", %"widening.test.31"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.76", %"ipv4_d1.to_esp"], [%"data.79", %"ipv6_d1.to_esp"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.153", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.155", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.187", %"widening.test.31"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.76", %"ipv4_d1.to_esp"], [%"data_end.79", %"ipv6_d1.to_esp"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.187", %"widening.test.31"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.76", %"ipv4_d1.to_esp"], [%"keys.79", %"ipv6_d1.to_esp"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.31"]
  %"hdr.16" = getelementptr i8, ptr %"data.22", i64 %"cursor.19"
  %".1195" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1196" = icmp ugt ptr %".1195", %"data_end.22"
  br i1 %".1196", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1198" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1199" = load i32, ptr %".1198", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1199", %"esp.linear"], [%".1218", %"esp.copy_failed.endif"]
  %"data.70" = phi  ptr [%"data.22", %"esp.linear"], [%"data.69", %"esp.copy_failed.endif"]
  %"data_end.70" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.69", %"esp.copy_failed.endif"]
  %"keys.70" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.69", %"esp.copy_failed.endif"]
  %".1220" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1221" = zext i32 %".1220" to i64
  %".1222" = lshr i64 %".1221", 16
  %".1223" = trunc i64 %".1222" to i16
  %".1224" = call i16 @"llvm.bswap.i16"(i16 %".1223")
  %".1225" = getelementptr i8, ptr %"keys.70", i64 12
  store i16 %".1224", ptr %".1225", align 2
  %".1227" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1228" = zext i32 %".1227" to i64
  %".1229" = and i64 %".1228", 65535
  %".1230" = trunc i64 %".1229" to i16
  %".1231" = call i16 @"llvm.bswap.i16"(i16 %".1230")
  %".1232" = getelementptr i8, ptr %"keys.70", i64 14
  store i16 %".1231", ptr %".1232", align 2
  %".1234" = add i64 %"cursor.19", 4
  %".1235" = trunc i64 %"cursor.19" to i16
  %".1236" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1235", ptr %".1236", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".273", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1540", %"ipv6_d1.to_ah"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".4188", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".4294", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".4733", %"widening.test.30"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.76", %"ipv4_d1.to_ah"], [%"data.79", %"ipv6_d1.to_ah"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.153", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.155", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.186", %"widening.test.30"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.76", %"ipv4_d1.to_ah"], [%"data_end.79", %"ipv6_d1.to_ah"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.186", %"widening.test.30"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.76", %"ipv4_d1.to_ah"], [%"keys.79", %"ipv6_d1.to_ah"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.30"]
  %"hdr.17" = getelementptr i8, ptr %"data.23", i64 %"cursor.20"
  %".1239" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1240" = icmp ugt ptr %".1239", %"data_end.23"
  br i1 %".1240", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1242" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1243" = load i32, ptr %".1242", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1243", %"ah.linear"], [%".1262", %"ah.copy_failed.endif"]
  %"data.72" = phi  ptr [%"data.23", %"ah.linear"], [%"data.71", %"ah.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.71", %"ah.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.71", %"ah.copy_failed.endif"]
  %".1264" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1265" = zext i32 %".1264" to i64
  %".1266" = lshr i64 %".1265", 16
  %".1267" = trunc i64 %".1266" to i16
  %".1268" = call i16 @"llvm.bswap.i16"(i16 %".1267")
  %".1269" = getelementptr i8, ptr %"keys.72", i64 12
  store i16 %".1268", ptr %".1269", align 2
  %".1271" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1272" = zext i32 %".1271" to i64
  %".1273" = and i64 %".1272", 65535
  %".1274" = trunc i64 %".1273" to i16
  %".1275" = call i16 @"llvm.bswap.i16"(i16 %".1274")
  %".1276" = getelementptr i8, ptr %"keys.72", i64 14
  store i16 %".1275", ptr %".1276", align 2
  %".1278" = add i64 %"cursor.20", 8
  %".1279" = trunc i64 %"cursor.20" to i16
  %".1280" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1279", ptr %".1280", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.76", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.76", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.76", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.24", i64 %"cursor.21"
  %".1283" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1284" = icmp ugt ptr %".1283", %"data_end.24"
  br i1 %".1284", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.74" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.73", %"icmp.copy_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.73", %"icmp.copy_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.73", %"icmp.copy_failed.endif"]
  %".1304" = add i64 %"cursor.21", 4
  %".1305" = trunc i64 %"cursor.21" to i16
  %".1306" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1305", ptr %".1306", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".182" = trunc i64 %"end" to i16
  %".183" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".182", ptr %".183", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".273", %"ipv6_d0.stop_at_encap.endif"], [%".717", %"batadv_d0.stop_at_encap.endif"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%".2023", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2100", %"pppoe_d1.to_ipv4"], [%".2166", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.2", %"gre_d0.to_ipv4"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3151", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3221", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3291", %"ethernet_d1.to_ipv4"], [%".3340", %"ppp_d0.stop_at_encap.endif"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".4711", %"widening.test.28"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.50", %"batadv_d0.stop_at_encap.endif"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.95", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.99", %"pppoe_d1.to_ipv4"], [%"data.101", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.105", %"gre_d0.to_ipv4"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.127", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.129", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.131", %"ethernet_d1.to_ipv4"], [%"data.133", %"ppp_d0.stop_at_encap.endif"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.184", %"widening.test.28"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.99", %"pppoe_d1.to_ipv4"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.105", %"gre_d0.to_ipv4"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.131", %"ethernet_d1.to_ipv4"], [%"data_end.133", %"ppp_d0.stop_at_encap.endif"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.184", %"widening.test.28"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.50", %"batadv_d0.stop_at_encap.endif"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.95", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.99", %"pppoe_d1.to_ipv4"], [%"keys.101", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.105", %"gre_d0.to_ipv4"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.127", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.129", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.131", %"ethernet_d1.to_ipv4"], [%"keys.133", %"ppp_d0.stop_at_encap.endif"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.28"]
  %"hdr.19" = getelementptr i8, ptr %"data.25", i64 %"cursor.22"
  %".1309" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1310" = icmp ugt ptr %".1309", %"data_end.25"
  br i1 %".1310", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1312" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1313" = load i8, ptr %".1312", align 1
  %".1314" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1315" = load i16, ptr %".1314", align 2
  %".1316" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1317" = load i8, ptr %".1316", align 1
  %".1318" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1319" = load i32, ptr %".1318", align 4
  %".1320" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1321" = load i32, ptr %".1320", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1313", %"ipv4_d1.linear"], [%".1340", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1315", %"ipv4_d1.linear"], [%".1342", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1317", %"ipv4_d1.linear"], [%".1344", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1319", %"ipv4_d1.linear"], [%".1346", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1321", %"ipv4_d1.linear"], [%".1348", %"ipv4_d1.copy_failed.endif"]
  %"data.76" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.75", %"ipv4_d1.copy_failed.endif"]
  %"data_end.76" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.75", %"ipv4_d1.copy_failed.endif"]
  %"keys.76" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.75", %"ipv4_d1.copy_failed.endif"]
  %".1350" = zext i8 %"w0_1.4" to i64
  %".1351" = and i64 %".1350", 15
  %".1352" = icmp uge i64 %".1351", 5
  %".1353" = xor i1 %".1352", -1
  br i1 %".1353", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".197" = trunc i64 %"end" to i16
  %".198" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".197", ptr %".198", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".273", %"ipv6_d0.stop_at_encap.endif.1"], [%".717", %"batadv_d0.stop_at_encap.endif.1"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".2023", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2100", %"pppoe_d1.to_ipv6"], [%".2166", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.2", %"gre_d0.to_ipv6"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3151", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3221", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3291", %"ethernet_d1.to_ipv6"], [%".3340", %"ppp_d0.stop_at_encap.endif.1"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4645", %"widening.test.22"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.1"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.95", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.99", %"pppoe_d1.to_ipv6"], [%"data.101", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.105", %"gre_d0.to_ipv6"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.127", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.129", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.131", %"ethernet_d1.to_ipv6"], [%"data.133", %"ppp_d0.stop_at_encap.endif.1"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.178", %"widening.test.22"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.99", %"pppoe_d1.to_ipv6"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.105", %"gre_d0.to_ipv6"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.131", %"ethernet_d1.to_ipv6"], [%"data_end.133", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.178", %"widening.test.22"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.95", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.99", %"pppoe_d1.to_ipv6"], [%"keys.101", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.105", %"gre_d0.to_ipv6"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.127", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.129", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.131", %"ethernet_d1.to_ipv6"], [%"keys.133", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.22"]
  %"hdr.20" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1469" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1470" = icmp ugt ptr %".1469", %"data_end.26"
  br i1 %".1470", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1472" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1473" = load i32, ptr %".1472", align 4
  %".1474" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1475" = load i8, ptr %".1474", align 1
  %".1476" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1477" = load i64, ptr %".1476", align 8
  %".1478" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1479" = load i64, ptr %".1478", align 8
  %".1480" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1481" = load i64, ptr %".1480", align 8
  %".1482" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1483" = load i64, ptr %".1482", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1473", %"ipv6_d1.linear"], [%".1502", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1475", %"ipv6_d1.linear"], [%".1504", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1477", %"ipv6_d1.linear"], [%".1506", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1479", %"ipv6_d1.linear"], [%".1508", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1481", %"ipv6_d1.linear"], [%".1510", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1483", %"ipv6_d1.linear"], [%".1512", %"ipv6_d1.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.78", %"ipv6_d1.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.78", %"ipv6_d1.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.78", %"ipv6_d1.copy_failed.endif"]
  %".1514" = trunc i64 34525 to i16
  %".1515" = getelementptr i8, ptr %"keys.79", i64 4
  store i16 %".1514", ptr %".1515", align 2
  %".1517" = trunc i64 34525 to i16
  %".1518" = call i16 @"llvm.bswap.i16"(i16 %".1517")
  %".1519" = getelementptr i8, ptr %"keys.79", i64 10
  store i16 %".1518", ptr %".1519", align 2
  %".1521" = getelementptr i8, ptr %"keys.79", i64 16
  store i64 %"w8_8.1", ptr %".1521", align 8
  %".1523" = getelementptr i8, ptr %"keys.79", i64 24
  store i64 %"w16_8.1", ptr %".1523", align 8
  %".1525" = getelementptr i8, ptr %"keys.79", i64 32
  store i64 %"w24_8.1", ptr %".1525", align 8
  %".1527" = getelementptr i8, ptr %"keys.79", i64 40
  store i64 %"w32_8.1", ptr %".1527", align 8
  %".1529" = zext i8 %"w6_1.1" to i64
  %".1530" = trunc i64 %".1529" to i8
  %".1531" = getelementptr i8, ptr %"keys.79", i64 9
  store i8 %".1530", ptr %".1531", align 1
  %".1533" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1534" = zext i32 %".1533" to i64
  %".1535" = and i64 %".1534", 1048575
  %".1536" = trunc i64 %".1535" to i32
  %".1537" = call i32 @"llvm.bswap.i32"(i32 %".1536")
  %".1538" = getelementptr i8, ptr %"keys.79", i64 52
  store i32 %".1537", ptr %".1538", align 4
  %".1540" = add i64 %"cursor.23", 40
  %".1541" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1542" = zext i32 %".1541" to i64
  %".1543" = and i64 %".1542", 1048575
  %".1544" = icmp ne i64 %".1543", 0
  %".1545" = getelementptr i8, ptr %"keys.79", i64 48
  %"flags.25" = load volatile i32, ptr %".1545", align 4
  %".1546" = and i32 %"flags.25", 2
  %".1547" = icmp ne i32 %".1546", 0
  %".1548" = and i1 %".1544", %".1547"
  br i1 %".1548", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
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
  %".1614" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1615" = icmp ugt ptr %".1614", %"data_end.29"
  br i1 %".1615", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1617" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1618" = load i8, ptr %".1617", align 1
  %".1619" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1620" = load i8, ptr %".1619", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1618", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1639", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1620", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1641", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.82", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.82", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.82", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1643" = zext i8 %"w0_1.5" to i64
  %".1644" = trunc i64 %".1643" to i8
  %".1645" = getelementptr i8, ptr %"keys.83", i64 9
  store i8 %".1644", ptr %".1645", align 1
  %".1647" = add i64 %"cursor.24", 2
  %".1648" = zext i8 %"w1_1.3" to i64
  %".1649" = mul i64 %".1648", 8
  %".1650" = add i64 %".1649", 6
  %".1651" = add i64 %".1650", 2
  %".1652" = add i64 %"cursor.24", %".1651"
  %".1653" = zext i8 %"w0_1.5" to i64
  switch i64 %".1653", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".273", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.25"
  %".1707" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1708" = icmp ugt ptr %".1707", %"data_end.30"
  br i1 %".1708", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1710" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1711" = load i8, ptr %".1710", align 1
  %".1712" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1713" = load i16, ptr %".1712", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1711", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1732", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1713", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1734", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.86", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.86", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.86", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1736" = zext i8 %"w0_1.6" to i64
  %".1737" = trunc i64 %".1736" to i8
  %".1738" = getelementptr i8, ptr %"keys.87", i64 9
  store i8 %".1737", ptr %".1738", align 1
  %".1740" = add i64 %"cursor.25", 8
  %".1741" = icmp ne i64 1, 0
  %".1742" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1743" = zext i16 %".1742" to i64
  %".1744" = and i64 %".1743", 65528
  %".1745" = icmp eq i64 %".1744", 0
  br i1 %".1741", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.26" = phi  i64 [%".273", %"ipv6_d0.to_icmpv6"], [%".1540", %"ipv6_d1.to_icmpv6"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".3862", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".3962", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".4188", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".4294", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".4700", %"widening.test.27"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.79", %"ipv6_d1.to_icmpv6"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.147", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.149", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.153", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.155", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.183", %"widening.test.27"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.79", %"ipv6_d1.to_icmpv6"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.147", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.149", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.183", %"widening.test.27"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.79", %"ipv6_d1.to_icmpv6"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.147", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.149", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.27"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.26"
  %".1821" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1822" = icmp ugt ptr %".1821", %"data_end.31"
  br i1 %".1822", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.89" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.88", %"icmpv6.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.88", %"icmpv6.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.88", %"icmpv6.copy_failed.endif"]
  %".1842" = add i64 %"cursor.26", 4
  %".1843" = trunc i64 %"cursor.26" to i16
  %".1844" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1843", ptr %".1844", align 2
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
  %"cursor.27" = phi  i64 [%".372", %"vlan_d0_vlan_tags1.to_vlan"], [%".372", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".640", %"hsr_d0_vlan_tags1.to_vlan"], [%".640", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".4414", %"widening.test.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.157", %"widening.test.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.157", %"widening.test.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.27"
  %".1847" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1848" = icmp ugt ptr %".1847", %"data_end.34"
  br i1 %".1848", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1850" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1851" = load i16, ptr %".1850", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1851", %"vlan_d0_vlan_tags2.linear"], [%".1870", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.90", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.90", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.90", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1872" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1873" = zext i16 %".1872" to i64
  %".1874" = trunc i64 %".1873" to i16
  %".1875" = call i16 @"llvm.bswap.i16"(i16 %".1874")
  %".1876" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1875", ptr %".1876", align 2
  %".1878" = add i64 %"cursor.27", 4
  %".1879" = trunc i64 %".1878" to i16
  %".1880" = getelementptr i8, ptr %"keys.91", i64 0
  store i16 %".1879", ptr %".1880", align 2
  %".1882" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1883" = zext i16 %".1882" to i64
  switch i64 %".1883", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".372", %"vlan_d0_vlan_tags1.to_hsr"], [%".372", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".640", %"hsr_d0_vlan_tags1.to_hsr"], [%".640", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".4403", %"widening.test"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.156", %"widening.test"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.156", %"widening.test"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.35", i64 %"cursor.28"
  %".1917" = getelementptr i8, ptr %"hdr.25", i64 6
  %".1918" = icmp ugt ptr %".1917", %"data_end.35"
  br i1 %".1918", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".1920" = getelementptr i8, ptr %"hdr.25", i64 4
  %".1921" = load i16, ptr %".1920", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".1921", %"hsr_d0_vlan_tags2.linear"], [%".1940", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.35", %"hsr_d0_vlan_tags2.linear"], [%"data.92", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.35", %"hsr_d0_vlan_tags2.linear"], [%"data_end.92", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.35", %"hsr_d0_vlan_tags2.linear"], [%"keys.92", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".1942" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1943" = zext i16 %".1942" to i64
  %".1944" = trunc i64 %".1943" to i16
  %".1945" = call i16 @"llvm.bswap.i16"(i16 %".1944")
  %".1946" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1945", ptr %".1946", align 2
  %".1948" = add i64 %"cursor.28", 6
  %".1949" = trunc i64 %".1948" to i16
  %".1950" = getelementptr i8, ptr %"keys.93", i64 0
  store i16 %".1949", ptr %".1950", align 2
  %".1952" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1953" = zext i16 %".1952" to i64
  switch i64 %".1953", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
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
  %"cursor.29" = phi  i64 [%".487", %"pppoe_d0.to_ppp_other"], [%".2100", %"pppoe_d1.to_ppp_other"]
  %"data.40" = phi  ptr [%"data.39", %"pppoe_d0.to_ppp_other"], [%"data.99", %"pppoe_d1.to_ppp_other"]
  %"data_end.40" = phi  ptr [%"data_end.39", %"pppoe_d0.to_ppp_other"], [%"data_end.99", %"pppoe_d1.to_ppp_other"]
  %"keys.40" = phi  ptr [%"keys.39", %"pppoe_d0.to_ppp_other"], [%"keys.99", %"pppoe_d1.to_ppp_other"]
  %".1987" = add i64 %"cursor.29", 0
  %".1988" = trunc i64 %".1987" to i16
  %".1989" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".1988", ptr %".1989", align 2
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
  %"cursor.30" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.2"], [%".717", %"batadv_d0.stop_at_encap.endif.3"], [%"end.2", %"gre_d0.to_vlan"], [%"end.2", %"gre_d0.to_vlan.1"], [%".3291", %"ethernet_d1.to_vlan"], [%".3291", %"ethernet_d1.to_vlan.1"], [%".4535", %"widening.test.12"]
  %"data.51" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data.105", %"gre_d0.to_vlan"], [%"data.105", %"gre_d0.to_vlan.1"], [%"data.131", %"ethernet_d1.to_vlan"], [%"data.131", %"ethernet_d1.to_vlan.1"], [%"data.168", %"widening.test.12"]
  %"data_end.51" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.105", %"gre_d0.to_vlan"], [%"data_end.105", %"gre_d0.to_vlan.1"], [%"data_end.131", %"ethernet_d1.to_vlan"], [%"data_end.131", %"ethernet_d1.to_vlan.1"], [%"data_end.168", %"widening.test.12"]
  %"keys.51" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.105", %"gre_d0.to_vlan"], [%"keys.105", %"gre_d0.to_vlan.1"], [%"keys.131", %"ethernet_d1.to_vlan"], [%"keys.131", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.12"]
  %"hdr.26" = getelementptr i8, ptr %"data.51", i64 %"cursor.30"
  %".1992" = getelementptr i8, ptr %"hdr.26", i64 4
  %".1993" = icmp ugt ptr %".1992", %"data_end.51"
  br i1 %".1993", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".1995" = getelementptr i8, ptr %"hdr.26", i64 2
  %".1996" = load i16, ptr %".1995", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".1996", %"vlan_d1_vlan_tags1.linear"], [%".2015", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.51", %"vlan_d1_vlan_tags1.linear"], [%"data.94", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.51", %"vlan_d1_vlan_tags1.linear"], [%"data_end.94", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.51", %"vlan_d1_vlan_tags1.linear"], [%"keys.94", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2017" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2018" = zext i16 %".2017" to i64
  %".2019" = trunc i64 %".2018" to i16
  %".2020" = call i16 @"llvm.bswap.i16"(i16 %".2019")
  %".2021" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".2020", ptr %".2021", align 2
  %".2023" = add i64 %"cursor.30", 4
  %".2024" = trunc i64 %".2023" to i16
  %".2025" = getelementptr i8, ptr %"keys.95", i64 0
  store i16 %".2024", ptr %".2025", align 2
  %".2027" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2028" = zext i16 %".2027" to i64
  switch i64 %".2028", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
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
  %"cursor.31" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.6"], [%".2023", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2166", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.2", %"gre_d0.to_pppoe"], [%".3151", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3221", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3291", %"ethernet_d1.to_pppoe"], [%".4634", %"widening.test.21"]
  %"data.52" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data.95", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.101", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.105", %"gre_d0.to_pppoe"], [%"data.127", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.129", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.131", %"ethernet_d1.to_pppoe"], [%"data.177", %"widening.test.21"]
  %"data_end.52" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.105", %"gre_d0.to_pppoe"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.131", %"ethernet_d1.to_pppoe"], [%"data_end.177", %"widening.test.21"]
  %"keys.52" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.95", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.101", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.105", %"gre_d0.to_pppoe"], [%"keys.127", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.129", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.131", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.21"]
  %"hdr.27" = getelementptr i8, ptr %"data.52", i64 %"cursor.31"
  %".2050" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2051" = icmp ugt ptr %".2050", %"data_end.52"
  br i1 %".2051", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2053" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2054" = load i8, ptr %".2053", align 1
  %".2055" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2056" = load i8, ptr %".2055", align 1
  %".2057" = getelementptr i8, ptr %"hdr.27", i64 6
  %".2058" = load i16, ptr %".2057", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".2054", %"pppoe_d1.linear"], [%".2077", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2056", %"pppoe_d1.linear"], [%".2079", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2058", %"pppoe_d1.linear"], [%".2081", %"pppoe_d1.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.52", %"pppoe_d1.linear"], [%"data.98", %"pppoe_d1.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.52", %"pppoe_d1.linear"], [%"data_end.98", %"pppoe_d1.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.52", %"pppoe_d1.linear"], [%"keys.98", %"pppoe_d1.copy_failed.endif"]
  %".2083" = zext i8 %"w0_1.7" to i64
  %".2084" = lshr i64 %".2083", 4
  %".2085" = and i64 %".2084", 15
  %".2086" = icmp eq i64 %".2085", 1
  %".2087" = zext i8 %"w0_1.7" to i64
  %".2088" = and i64 %".2087", 15
  %".2089" = icmp eq i64 %".2088", 1
  %".2090" = and i1 %".2086", %".2089"
  %".2091" = zext i8 %"w1_1.4" to i64
  %".2092" = icmp eq i64 %".2091", 0
  %".2093" = and i1 %".2090", %".2092"
  %".2094" = xor i1 %".2093", -1
  br i1 %".2094", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
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
  %"cursor.32" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.13"], [%".717", %"batadv_d0.stop_at_encap.endif.14"], [%"end.2", %"gre_d0.to_hsr"], [%"end.2", %"gre_d0.to_hsr.1"], [%".3291", %"ethernet_d1.to_hsr"], [%".3291", %"ethernet_d1.to_hsr.1"], [%".4524", %"widening.test.11"]
  %"data.53" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data.105", %"gre_d0.to_hsr"], [%"data.105", %"gre_d0.to_hsr.1"], [%"data.131", %"ethernet_d1.to_hsr"], [%"data.131", %"ethernet_d1.to_hsr.1"], [%"data.167", %"widening.test.11"]
  %"data_end.53" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.105", %"gre_d0.to_hsr"], [%"data_end.105", %"gre_d0.to_hsr.1"], [%"data_end.131", %"ethernet_d1.to_hsr"], [%"data_end.131", %"ethernet_d1.to_hsr.1"], [%"data_end.167", %"widening.test.11"]
  %"keys.53" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.105", %"gre_d0.to_hsr"], [%"keys.105", %"gre_d0.to_hsr.1"], [%"keys.131", %"ethernet_d1.to_hsr"], [%"keys.131", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.11"]
  %"hdr.28" = getelementptr i8, ptr %"data.53", i64 %"cursor.32"
  %".2135" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2136" = icmp ugt ptr %".2135", %"data_end.53"
  br i1 %".2136", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2138" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2139" = load i16, ptr %".2138", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2139", %"hsr_d1_vlan_tags1.linear"], [%".2158", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.53", %"hsr_d1_vlan_tags1.linear"], [%"data.100", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.53", %"hsr_d1_vlan_tags1.linear"], [%"data_end.100", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.53", %"hsr_d1_vlan_tags1.linear"], [%"keys.100", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2160" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2161" = zext i16 %".2160" to i64
  %".2162" = trunc i64 %".2161" to i16
  %".2163" = call i16 @"llvm.bswap.i16"(i16 %".2162")
  %".2164" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".2163", ptr %".2164", align 2
  %".2166" = add i64 %"cursor.32", 6
  %".2167" = trunc i64 %".2166" to i16
  %".2168" = getelementptr i8, ptr %"keys.101", i64 0
  store i16 %".2167", ptr %".2168", align 2
  %".2170" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2171" = zext i16 %".2170" to i64
  switch i64 %".2171", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
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
  %"cursor.33" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.15"], [%".2023", %"vlan_d1_vlan_tags1.to_batadv"], [%".2166", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.2", %"gre_d0.to_batadv"], [%".3151", %"vlan_d1_vlan_tags2.to_batadv"], [%".3221", %"hsr_d1_vlan_tags2.to_batadv"], [%".3291", %"ethernet_d1.to_batadv"], [%".4568", %"widening.test.15"]
  %"data.54" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data.95", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.101", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.105", %"gre_d0.to_batadv"], [%"data.127", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.129", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.131", %"ethernet_d1.to_batadv"], [%"data.171", %"widening.test.15"]
  %"data_end.54" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.105", %"gre_d0.to_batadv"], [%"data_end.127", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.129", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.131", %"ethernet_d1.to_batadv"], [%"data_end.171", %"widening.test.15"]
  %"keys.54" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.95", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.101", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.105", %"gre_d0.to_batadv"], [%"keys.127", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.129", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.131", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.15"]
  %"hdr.29" = getelementptr i8, ptr %"data.54", i64 %"cursor.33"
  %".2193" = getelementptr i8, ptr %"hdr.29", i64 24
  %".2194" = icmp ugt ptr %".2193", %"data_end.54"
  br i1 %".2194", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2196" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2197" = load i8, ptr %".2196", align 1
  %".2198" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2199" = load i8, ptr %".2198", align 1
  %".2200" = getelementptr i8, ptr %"hdr.29", i64 22
  %".2201" = load i16, ptr %".2200", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.8" = phi  i8 [%".2197", %"batadv_d1.linear"], [%".2220", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2199", %"batadv_d1.linear"], [%".2222", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2201", %"batadv_d1.linear"], [%".2224", %"batadv_d1.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.54", %"batadv_d1.linear"], [%"data.102", %"batadv_d1.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.54", %"batadv_d1.linear"], [%"data_end.102", %"batadv_d1.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.54", %"batadv_d1.linear"], [%"keys.102", %"batadv_d1.copy_failed.endif"]
  %".2226" = zext i8 %"w1_1.5" to i64
  %".2227" = icmp eq i64 %".2226", 15
  %".2228" = zext i8 %"w0_1.8" to i64
  %".2229" = icmp eq i64 %".2228", 64
  %".2230" = and i1 %".2227", %".2229"
  %".2231" = xor i1 %".2230", -1
  br i1 %".2231", label %"batadv_d1.require", label %"batadv_d1.require.endif"
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
udplite.copy:
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1002" = trunc i64 %"cursor.15" to i32
  %".1003" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1002", [40 x i8]* %"header_copy", i32 4)
  %".1004" = icmp eq i64 %".1003", 0
  %".1005" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1006" = load i32, ptr %".1005", align 4
  %".1007" = zext i32 %".1006" to i64
  %"data.59" = inttoptr i64 %".1007" to ptr
  %".1008" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1009" = load i32, ptr %".1008", align 4
  %".1010" = zext i32 %".1009" to i64
  %"data_end.59" = inttoptr i64 %".1010" to ptr
  %".1011" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.59" = load ptr, ptr %".1011", align 8
  %".1012" = xor i1 %".1004", -1
  br i1 %".1012", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1014" = trunc i64 %"cursor.15" to i16
  %".1015" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1014", ptr %".1015", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1018" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1019" = load volatile i16, [40 x i8]* %".1018", align 2
  %".1020" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1021" = load volatile i16, [40 x i8]* %".1020", align 2
  br label %"udplite.header"
gre_version_d0.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1052" = trunc i64 %"cursor.16" to i32
  %".1053" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1052", [40 x i8]* %"header_copy", i32 4)
  %".1054" = icmp eq i64 %".1053", 0
  %".1055" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1056" = load i32, ptr %".1055", align 4
  %".1057" = zext i32 %".1056" to i64
  %"data.61" = inttoptr i64 %".1057" to ptr
  %".1058" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1059" = load i32, ptr %".1058", align 4
  %".1060" = zext i32 %".1059" to i64
  %"data_end.61" = inttoptr i64 %".1060" to ptr
  %".1061" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.61" = load ptr, ptr %".1061", align 8
  %".1062" = xor i1 %".1054", -1
  br i1 %".1062", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1064" = trunc i64 %"cursor.16" to i16
  %".1065" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1064", ptr %".1065", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1068" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1069" = load volatile i8, [40 x i8]* %".1068", align 1
  %".1070" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1071" = load volatile i8, [40 x i8]* %".1070", align 1
  %".1072" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1073" = load volatile i16, [40 x i8]* %".1072", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1084" = trunc i64 %"cursor.16" to i16
  %".1085" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1084", ptr %".1085", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1088" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1089" = zext i16 %".1088" to i64
  %".1090" = trunc i64 %".1089" to i16
  %".1091" = call i16 @"llvm.bswap.i16"(i16 %".1090")
  %".1092" = getelementptr i8, ptr %"keys.62", i64 10
  store i16 %".1091", ptr %".1092", align 2
  %".1094" = zext i8 %"w1_1.2" to i64
  %".1095" = and i64 %".1094", 7
  switch i64 %".1095", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1097" = trunc i64 %"cursor.16" to i16
  %".1098" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1097", ptr %".1098", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.34" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.63" = phi  ptr [%"data.62", %"gre_version_d0.to_gre"]
  %"data_end.63" = phi  ptr [%"data_end.62", %"gre_version_d0.to_gre"]
  %"keys.63" = phi  ptr [%"keys.62", %"gre_version_d0.to_gre"]
  %".2475" = zext i8 %"w1_1.2" to i64
  %".2476" = and i64 %".2475", 7
  %".2477" = icmp ne i64 %".2476", 0
  %".2478" = zext i8 %"w0_1.3" to i64
  %".2479" = lshr i64 %".2478", 6
  %".2480" = and i64 %".2479", 1
  %".2481" = icmp ne i64 %".2480", 0
  %".2482" = or i1 %".2477", %".2481"
  br i1 %".2482", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.35" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.64" = phi  ptr [%"data.62", %"gre_version_d0.to_pptp"]
  %"data_end.64" = phi  ptr [%"data_end.62", %"gre_version_d0.to_pptp"]
  %"keys.64" = phi  ptr [%"keys.62", %"gre_version_d0.to_pptp"]
  %".2569" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2570" = zext i16 %".2569" to i64
  %".2571" = icmp ne i64 %".2570", 34827
  %".2572" = zext i8 %"w0_1.3" to i64
  %".2573" = lshr i64 %".2572", 5
  %".2574" = and i64 %".2573", 1
  %".2575" = icmp eq i64 %".2574", 0
  %".2576" = or i1 %".2571", %".2575"
  br i1 %".2576", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1111" = trunc i64 %"cursor.17" to i32
  %".1112" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1111", [40 x i8]* %"header_copy", i32 4)
  %".1113" = icmp eq i64 %".1112", 0
  %".1114" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1115" = load i32, ptr %".1114", align 4
  %".1116" = zext i32 %".1115" to i64
  %"data.65" = inttoptr i64 %".1116" to ptr
  %".1117" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1118" = load i32, ptr %".1117", align 4
  %".1119" = zext i32 %".1118" to i64
  %"data_end.65" = inttoptr i64 %".1119" to ptr
  %".1120" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.65" = load ptr, ptr %".1120", align 8
  %".1121" = xor i1 %".1113", -1
  br i1 %".1121", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1123" = trunc i64 %"cursor.17" to i16
  %".1124" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1123", ptr %".1124", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1127" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1128" = load volatile i16, [40 x i8]* %".1127", align 2
  %".1129" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1130" = load volatile i16, [40 x i8]* %".1129", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1157" = trunc i64 %"cursor.18" to i32
  %".1158" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1157", [40 x i8]* %"header_copy", i32 4)
  %".1159" = icmp eq i64 %".1158", 0
  %".1160" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1161" = load i32, ptr %".1160", align 4
  %".1162" = zext i32 %".1161" to i64
  %"data.67" = inttoptr i64 %".1162" to ptr
  %".1163" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1164" = load i32, ptr %".1163", align 4
  %".1165" = zext i32 %".1164" to i64
  %"data_end.67" = inttoptr i64 %".1165" to ptr
  %".1166" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.67" = load ptr, ptr %".1166", align 8
  %".1167" = xor i1 %".1159", -1
  br i1 %".1167", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1169" = trunc i64 %"cursor.18" to i16
  %".1170" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1169", ptr %".1170", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1173" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1174" = load volatile i16, [40 x i8]* %".1173", align 2
  %".1175" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1176" = load volatile i16, [40 x i8]* %".1175", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1201" = trunc i64 %"cursor.19" to i32
  %".1202" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1201", [40 x i8]* %"header_copy", i32 4)
  %".1203" = icmp eq i64 %".1202", 0
  %".1204" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1205" = load i32, ptr %".1204", align 4
  %".1206" = zext i32 %".1205" to i64
  %"data.69" = inttoptr i64 %".1206" to ptr
  %".1207" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1208" = load i32, ptr %".1207", align 4
  %".1209" = zext i32 %".1208" to i64
  %"data_end.69" = inttoptr i64 %".1209" to ptr
  %".1210" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.69" = load ptr, ptr %".1210", align 8
  %".1211" = xor i1 %".1203", -1
  br i1 %".1211", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1213" = trunc i64 %"cursor.19" to i16
  %".1214" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".1213", ptr %".1214", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1217" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1218" = load volatile i32, [40 x i8]* %".1217", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1245" = trunc i64 %"cursor.20" to i32
  %".1246" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1245", [40 x i8]* %"header_copy", i32 8)
  %".1247" = icmp eq i64 %".1246", 0
  %".1248" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1249" = load i32, ptr %".1248", align 4
  %".1250" = zext i32 %".1249" to i64
  %"data.71" = inttoptr i64 %".1250" to ptr
  %".1251" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1252" = load i32, ptr %".1251", align 4
  %".1253" = zext i32 %".1252" to i64
  %"data_end.71" = inttoptr i64 %".1253" to ptr
  %".1254" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.71" = load ptr, ptr %".1254", align 8
  %".1255" = xor i1 %".1247", -1
  br i1 %".1255", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1257" = trunc i64 %"cursor.20" to i16
  %".1258" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1257", ptr %".1258", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1261" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1262" = load volatile i32, [40 x i8]* %".1261", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1287" = trunc i64 %"cursor.21" to i32
  %".1288" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1287", [40 x i8]* %"header_copy", i32 4)
  %".1289" = icmp eq i64 %".1288", 0
  %".1290" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1291" = load i32, ptr %".1290", align 4
  %".1292" = zext i32 %".1291" to i64
  %"data.73" = inttoptr i64 %".1292" to ptr
  %".1293" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1294" = load i32, ptr %".1293", align 4
  %".1295" = zext i32 %".1294" to i64
  %"data_end.73" = inttoptr i64 %".1295" to ptr
  %".1296" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.73" = load ptr, ptr %".1296", align 8
  %".1297" = xor i1 %".1289", -1
  br i1 %".1297", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1299" = trunc i64 %"cursor.21" to i16
  %".1300" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1299", ptr %".1300", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1323" = trunc i64 %"cursor.22" to i32
  %".1324" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1323", [40 x i8]* %"header_copy", i32 20)
  %".1325" = icmp eq i64 %".1324", 0
  %".1326" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1327" = load i32, ptr %".1326", align 4
  %".1328" = zext i32 %".1327" to i64
  %"data.75" = inttoptr i64 %".1328" to ptr
  %".1329" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1330" = load i32, ptr %".1329", align 4
  %".1331" = zext i32 %".1330" to i64
  %"data_end.75" = inttoptr i64 %".1331" to ptr
  %".1332" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.75" = load ptr, ptr %".1332", align 8
  %".1333" = xor i1 %".1325", -1
  br i1 %".1333", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1335" = trunc i64 %"cursor.22" to i16
  %".1336" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1335", ptr %".1336", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1339" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1340" = load volatile i8, [40 x i8]* %".1339", align 1
  %".1341" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1342" = load volatile i16, [40 x i8]* %".1341", align 2
  %".1343" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1344" = load volatile i8, [40 x i8]* %".1343", align 1
  %".1345" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1346" = load volatile i32, [40 x i8]* %".1345", align 4
  %".1347" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1348" = load volatile i32, [40 x i8]* %".1347", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1355" = trunc i64 %"cursor.22" to i16
  %".1356" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1355", ptr %".1356", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1359" = trunc i64 2048 to i16
  %".1360" = getelementptr i8, ptr %"keys.76", i64 4
  store i16 %".1359", ptr %".1360", align 2
  %".1362" = trunc i64 2048 to i16
  %".1363" = call i16 @"llvm.bswap.i16"(i16 %".1362")
  %".1364" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %".1363", ptr %".1364", align 2
  %".1366" = getelementptr i8, ptr %"keys.76", i64 16
  store i32 %"w12_4.1", ptr %".1366", align 4
  %".1368" = getelementptr i8, ptr %"keys.76", i64 20
  store i32 %"w16_4.1", ptr %".1368", align 4
  %".1370" = zext i8 %"w9_1.1" to i64
  %".1371" = trunc i64 %".1370" to i8
  %".1372" = getelementptr i8, ptr %"keys.76", i64 9
  store i8 %".1371", ptr %".1372", align 1
  %".1374" = add i64 %"cursor.22", 20
  %".1375" = zext i8 %"w0_1.4" to i64
  %".1376" = and i64 %".1375", 15
  %".1377" = mul i64 %".1376", 4
  %".1378" = sub i64 %".1377", 20
  %".1379" = add i64 %".1378", 20
  %".1380" = add i64 %"cursor.22", %".1379"
  %".1381" = add i64 %"cursor.22", 20
  %".1382" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1381")
  %".1383" = icmp eq i64 %".1378", 0
  %"end.1" = select  i1 %".1383", i64 %".1382", i64 %".1380"
  %".1384" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1385" = zext i16 %".1384" to i64
  %".1386" = and i64 %".1385", 16383
  %".1387" = icmp ne i64 %".1386", 0
  %".1388" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1389" = zext i16 %".1388" to i64
  %".1390" = and i64 %".1389", 8191
  %".1391" = icmp eq i64 %".1390", 0
  br i1 %".1387", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.fragment:
  %".1393" = getelementptr i8, ptr %"keys.76", i64 6
  store i8 1, ptr %".1393", align 1
  br i1 %".1391", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1413" = zext i8 %"w9_1.1" to i64
  switch i64 %".1413", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.first_fragment:
  %".1396" = getelementptr i8, ptr %"keys.76", i64 7
  store i8 1, ptr %".1396", align 1
  %".1398" = getelementptr i8, ptr %"keys.76", i64 48
  %"flags.22" = load volatile i32, ptr %".1398", align 4
  %".1399" = and i32 %"flags.22", 1
  %".1400" = icmp ne i32 %".1399", 0
  %".1401" = xor i1 %".1400", -1
  br i1 %".1401", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1408" = trunc i64 %"end.1" to i16
  %".1409" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1408", ptr %".1409", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1403" = trunc i64 %"end.1" to i16
  %".1404" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1403", ptr %".1404", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1415" = trunc i64 %"end.1" to i16
  %".1416" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1415", ptr %".1416", align 2
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
  %".1428" = trunc i64 34887 to i16
  %".1429" = call i16 @"llvm.bswap.i16"(i16 %".1428")
  %".1430" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %".1429", ptr %".1430", align 2
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1433" = trunc i64 2048 to i16
  %".1434" = call i16 @"llvm.bswap.i16"(i16 %".1433")
  %".1435" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %".1434", ptr %".1435", align 2
  %".1437" = getelementptr i8, ptr %"keys.76", i64 8
  store i8 1, ptr %".1437", align 1
  %".1439" = getelementptr i8, ptr %"keys.76", i64 48
  %"flags.23" = load volatile i32, ptr %".1439", align 4
  %".1440" = and i32 %"flags.23", 4
  %".1441" = icmp ne i32 %".1440", 0
  br i1 %".1441", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1451" = trunc i64 34525 to i16
  %".1452" = call i16 @"llvm.bswap.i16"(i16 %".1451")
  %".1453" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %".1452", ptr %".1453", align 2
  %".1455" = getelementptr i8, ptr %"keys.76", i64 8
  store i8 1, ptr %".1455", align 1
  %".1457" = getelementptr i8, ptr %"keys.76", i64 48
  %"flags.24" = load volatile i32, ptr %".1457", align 4
  %".1458" = and i32 %"flags.24", 4
  %".1459" = icmp ne i32 %".1458", 0
  br i1 %".1459", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_version_d1:
  %"cursor.36" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1540", %"ipv6_d1.to_gre_version"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".4188", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".4294", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".4777", %"widening.test.34"]
  %"data.77" = phi  ptr [%"data.76", %"ipv4_d1.to_gre_version"], [%"data.79", %"ipv6_d1.to_gre_version"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.153", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.155", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.190", %"widening.test.34"]
  %"data_end.77" = phi  ptr [%"data_end.76", %"ipv4_d1.to_gre_version"], [%"data_end.79", %"ipv6_d1.to_gre_version"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.153", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.155", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.190", %"widening.test.34"]
  %"keys.77" = phi  ptr [%"keys.76", %"ipv4_d1.to_gre_version"], [%"keys.79", %"ipv6_d1.to_gre_version"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.153", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.155", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.34"]
  %"hdr.30" = getelementptr i8, ptr %"data.77", i64 %"cursor.36"
  %".2633" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2634" = icmp ugt ptr %".2633", %"data_end.77"
  br i1 %".2634", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2636" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2637" = load i8, ptr %".2636", align 1
  %".2638" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2639" = load i8, ptr %".2638", align 1
  %".2640" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2641" = load i16, ptr %".2640", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.9" = phi  i8 [%".2637", %"gre_version_d1.linear"], [%".2660", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2639", %"gre_version_d1.linear"], [%".2662", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2641", %"gre_version_d1.linear"], [%".2664", %"gre_version_d1.copy_failed.endif"]
  %"data.111" = phi  ptr [%"data.77", %"gre_version_d1.linear"], [%"data.110", %"gre_version_d1.copy_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.77", %"gre_version_d1.linear"], [%"data_end.110", %"gre_version_d1.copy_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.77", %"gre_version_d1.linear"], [%"keys.110", %"gre_version_d1.copy_failed.endif"]
  %".2666" = zext i8 %"w0_1.9" to i64
  %".2667" = lshr i64 %".2666", 6
  %".2668" = and i64 %".2667", 1
  %".2669" = icmp ne i64 %".2668", 0
  %".2670" = zext i8 %"w1_1.6" to i64
  %".2671" = and i64 %".2670", 7
  %".2672" = icmp ugt i64 %".2671", 1
  %".2673" = or i1 %".2669", %".2672"
  br i1 %".2673", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1443" = trunc i64 %"end.1" to i16
  %".1444" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1443", ptr %".1444", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1447" = trunc i64 %"end.1" to i16
  %".1448" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1447", ptr %".1448", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1461" = trunc i64 %"end.1" to i16
  %".1462" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1461", ptr %".1462", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1465" = trunc i64 %"end.1" to i16
  %".1466" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1465", ptr %".1466", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1485" = trunc i64 %"cursor.23" to i32
  %".1486" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1485", [40 x i8]* %"header_copy", i32 40)
  %".1487" = icmp eq i64 %".1486", 0
  %".1488" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1489" = load i32, ptr %".1488", align 4
  %".1490" = zext i32 %".1489" to i64
  %"data.78" = inttoptr i64 %".1490" to ptr
  %".1491" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1492" = load i32, ptr %".1491", align 4
  %".1493" = zext i32 %".1492" to i64
  %"data_end.78" = inttoptr i64 %".1493" to ptr
  %".1494" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.78" = load ptr, ptr %".1494", align 8
  %".1495" = xor i1 %".1487", -1
  br i1 %".1495", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1497" = trunc i64 %"cursor.23" to i16
  %".1498" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1497", ptr %".1498", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1501" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1502" = load volatile i32, [40 x i8]* %".1501", align 4
  %".1503" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1504" = load volatile i8, [40 x i8]* %".1503", align 1
  %".1505" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1506" = load volatile i64, [40 x i8]* %".1505", align 8
  %".1507" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1508" = load volatile i64, [40 x i8]* %".1507", align 8
  %".1509" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1510" = load volatile i64, [40 x i8]* %".1509", align 8
  %".1511" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1512" = load volatile i64, [40 x i8]* %".1511", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1550" = trunc i64 %".1540" to i16
  %".1551" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1550", ptr %".1551", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1554" = zext i8 %"w6_1.1" to i64
  switch i64 %".1554", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.unknown:
  %".1556" = trunc i64 %".1540" to i16
  %".1557" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1556", ptr %".1557", align 2
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
  %".1573" = trunc i64 34887 to i16
  %".1574" = call i16 @"llvm.bswap.i16"(i16 %".1573")
  %".1575" = getelementptr i8, ptr %"keys.79", i64 10
  store i16 %".1574", ptr %".1575", align 2
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1578" = trunc i64 2048 to i16
  %".1579" = call i16 @"llvm.bswap.i16"(i16 %".1578")
  %".1580" = getelementptr i8, ptr %"keys.79", i64 10
  store i16 %".1579", ptr %".1580", align 2
  %".1582" = getelementptr i8, ptr %"keys.79", i64 8
  store i8 1, ptr %".1582", align 1
  %".1584" = getelementptr i8, ptr %"keys.79", i64 48
  %"flags.26" = load volatile i32, ptr %".1584", align 4
  %".1585" = and i32 %"flags.26", 4
  %".1586" = icmp ne i32 %".1585", 0
  br i1 %".1586", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1596" = trunc i64 34525 to i16
  %".1597" = call i16 @"llvm.bswap.i16"(i16 %".1596")
  %".1598" = getelementptr i8, ptr %"keys.79", i64 10
  store i16 %".1597", ptr %".1598", align 2
  %".1600" = getelementptr i8, ptr %"keys.79", i64 8
  store i8 1, ptr %".1600", align 1
  %".1602" = getelementptr i8, ptr %"keys.79", i64 48
  %"flags.27" = load volatile i32, ptr %".1602", align 4
  %".1603" = and i32 %"flags.27", 4
  %".1604" = icmp ne i32 %".1603", 0
  br i1 %".1604", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.37" = phi  i64 [%".1540", %"ipv6_d1.to_ipv6_opts"], [%".1540", %"ipv6_d1.to_ipv6_opts.1"], [%".1540", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.80" = phi  ptr [%"data.79", %"ipv6_d1.to_ipv6_opts"], [%"data.79", %"ipv6_d1.to_ipv6_opts.1"], [%"data.79", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.80" = phi  ptr [%"data_end.79", %"ipv6_d1.to_ipv6_opts"], [%"data_end.79", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.79", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.80" = phi  ptr [%"keys.79", %"ipv6_d1.to_ipv6_opts"], [%"keys.79", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.79", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.80", i64 %"cursor.37"
  %".2694" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2695" = icmp ugt ptr %".2694", %"data_end.80"
  br i1 %".2695", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2697" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2698" = load i8, ptr %".2697", align 1
  %".2699" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2700" = load i8, ptr %".2699", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.10" = phi  i8 [%".2698", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2719", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2700", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2721", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.115" = phi  ptr [%"data.80", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.114", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.115" = phi  ptr [%"data_end.80", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.114", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.115" = phi  ptr [%"keys.80", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.114", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2723" = zext i8 %"w0_1.10" to i64
  %".2724" = trunc i64 %".2723" to i8
  %".2725" = getelementptr i8, ptr %"keys.115", i64 9
  store i8 %".2724", ptr %".2725", align 1
  %".2727" = add i64 %"cursor.37", 2
  %".2728" = zext i8 %"w1_1.7" to i64
  %".2729" = mul i64 %".2728", 8
  %".2730" = add i64 %".2729", 6
  %".2731" = add i64 %".2730", 2
  %".2732" = add i64 %"cursor.37", %".2731"
  %".2733" = zext i8 %"w0_1.10" to i64
  switch i64 %".2733", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%".1540", %"ipv6_d1.to_ipv6_frag"]
  %"data.81" = phi  ptr [%"data.79", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.81" = phi  ptr [%"data_end.79", %"ipv6_d1.to_ipv6_frag"]
  %"keys.81" = phi  ptr [%"keys.79", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.81", i64 %"cursor.38"
  %".2793" = getelementptr i8, ptr %"hdr.32", i64 8
  %".2794" = icmp ugt ptr %".2793", %"data_end.81"
  br i1 %".2794", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2796" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2797" = load i8, ptr %".2796", align 1
  %".2798" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2799" = load i16, ptr %".2798", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2797", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2818", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2799", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2820", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.119" = phi  ptr [%"data.81", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.118", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.119" = phi  ptr [%"data_end.81", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.118", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.119" = phi  ptr [%"keys.81", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.118", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2822" = zext i8 %"w0_1.11" to i64
  %".2823" = trunc i64 %".2822" to i8
  %".2824" = getelementptr i8, ptr %"keys.119", i64 9
  store i8 %".2823", ptr %".2824", align 1
  %".2826" = add i64 %"cursor.38", 8
  %".2827" = icmp ne i64 1, 0
  %".2828" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2829" = zext i16 %".2828" to i64
  %".2830" = and i64 %".2829", 65528
  %".2831" = icmp eq i64 %".2830", 0
  br i1 %".2827", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1588" = trunc i64 %".1540" to i16
  %".1589" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1588", ptr %".1589", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1592" = trunc i64 %".1540" to i16
  %".1593" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1592", ptr %".1593", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1606" = trunc i64 %".1540" to i16
  %".1607" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1606", ptr %".1607", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1610" = trunc i64 %".1540" to i16
  %".1611" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1610", ptr %".1611", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1622" = trunc i64 %"cursor.24" to i32
  %".1623" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1622", [40 x i8]* %"header_copy", i32 2)
  %".1624" = icmp eq i64 %".1623", 0
  %".1625" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1626" = load i32, ptr %".1625", align 4
  %".1627" = zext i32 %".1626" to i64
  %"data.82" = inttoptr i64 %".1627" to ptr
  %".1628" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1629" = load i32, ptr %".1628", align 4
  %".1630" = zext i32 %".1629" to i64
  %"data_end.82" = inttoptr i64 %".1630" to ptr
  %".1631" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.82" = load ptr, ptr %".1631", align 8
  %".1632" = xor i1 %".1624", -1
  br i1 %".1632", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1634" = trunc i64 %"cursor.24" to i16
  %".1635" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1634", ptr %".1635", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1638" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1639" = load volatile i8, [40 x i8]* %".1638", align 1
  %".1640" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1641" = load volatile i8, [40 x i8]* %".1640", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1655" = trunc i64 %".1652" to i16
  %".1656" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1655", ptr %".1656", align 2
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
  %".1672" = trunc i64 34887 to i16
  %".1673" = call i16 @"llvm.bswap.i16"(i16 %".1672")
  %".1674" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1673", ptr %".1674", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1677" = trunc i64 2048 to i16
  %".1678" = call i16 @"llvm.bswap.i16"(i16 %".1677")
  %".1679" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1678", ptr %".1679", align 2
  %".1681" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1681", align 1
  %".1683" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.28" = load volatile i32, ptr %".1683", align 4
  %".1684" = and i32 %"flags.28", 4
  %".1685" = icmp ne i32 %".1684", 0
  br i1 %".1685", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1692" = trunc i64 34525 to i16
  %".1693" = call i16 @"llvm.bswap.i16"(i16 %".1692")
  %".1694" = getelementptr i8, ptr %"keys.83", i64 10
  store i16 %".1693", ptr %".1694", align 2
  %".1696" = getelementptr i8, ptr %"keys.83", i64 8
  store i8 1, ptr %".1696", align 1
  %".1698" = getelementptr i8, ptr %"keys.83", i64 48
  %"flags.29" = load volatile i32, ptr %".1698", align 4
  %".1699" = and i32 %"flags.29", 4
  %".1700" = icmp ne i32 %".1699", 0
  br i1 %".1700", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.39" = phi  i64 [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".4469", %"widening.test.6"]
  %"data.84" = phi  ptr [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.162", %"widening.test.6"]
  %"data_end.84" = phi  ptr [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.162", %"widening.test.6"]
  %"keys.84" = phi  ptr [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.33" = getelementptr i8, ptr %"data.84", i64 %"cursor.39"
  %".2913" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2914" = icmp ugt ptr %".2913", %"data_end.84"
  br i1 %".2914", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".2916" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2917" = load i8, ptr %".2916", align 1
  %".2918" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2919" = load i8, ptr %".2918", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".2917", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2938", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".2919", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2940", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.121" = phi  ptr [%"data.84", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.120", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.121" = phi  ptr [%"data_end.84", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.120", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.121" = phi  ptr [%"keys.84", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.120", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".2942" = zext i8 %"w0_1.12" to i64
  %".2943" = trunc i64 %".2942" to i8
  %".2944" = getelementptr i8, ptr %"keys.121", i64 9
  store i8 %".2943", ptr %".2944", align 1
  %".2946" = add i64 %"cursor.39", 2
  %".2947" = zext i8 %"w1_1.8" to i64
  %".2948" = mul i64 %".2947", 8
  %".2949" = add i64 %".2948", 6
  %".2950" = add i64 %".2949", 2
  %".2951" = add i64 %"cursor.39", %".2950"
  %".2952" = zext i8 %"w0_1.12" to i64
  switch i64 %".2952", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2:
  %"cursor.40" = phi  i64 [%".1652", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1740", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".4458", %"widening.test.5"]
  %"data.85" = phi  ptr [%"data.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.161", %"widening.test.5"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.161", %"widening.test.5"]
  %"keys.85" = phi  ptr [%"keys.83", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.87", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.34" = getelementptr i8, ptr %"data.85", i64 %"cursor.40"
  %".3006" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3007" = icmp ugt ptr %".3006", %"data_end.85"
  br i1 %".3007", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3009" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3010" = load i8, ptr %".3009", align 1
  %".3011" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3012" = load i16, ptr %".3011", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".3010", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3031", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3012", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3033", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.85", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.124", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.85", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.124", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.85", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.124", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3035" = zext i8 %"w0_1.13" to i64
  %".3036" = trunc i64 %".3035" to i8
  %".3037" = getelementptr i8, ptr %"keys.125", i64 9
  store i8 %".3036", ptr %".3037", align 1
  %".3039" = add i64 %"cursor.40", 8
  %".3040" = icmp ne i64 1, 0
  %".3041" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3042" = zext i16 %".3041" to i64
  %".3043" = and i64 %".3042", 65528
  %".3044" = icmp eq i64 %".3043", 0
  br i1 %".3040", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1687" = trunc i64 %".1652" to i16
  %".1688" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1687", ptr %".1688", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1702" = trunc i64 %".1652" to i16
  %".1703" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1702", ptr %".1703", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1715" = trunc i64 %"cursor.25" to i32
  %".1716" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1715", [40 x i8]* %"header_copy", i32 8)
  %".1717" = icmp eq i64 %".1716", 0
  %".1718" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1719" = load i32, ptr %".1718", align 4
  %".1720" = zext i32 %".1719" to i64
  %"data.86" = inttoptr i64 %".1720" to ptr
  %".1721" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1722" = load i32, ptr %".1721", align 4
  %".1723" = zext i32 %".1722" to i64
  %"data_end.86" = inttoptr i64 %".1723" to ptr
  %".1724" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.86" = load ptr, ptr %".1724", align 8
  %".1725" = xor i1 %".1717", -1
  br i1 %".1725", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1727" = trunc i64 %"cursor.25" to i16
  %".1728" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1727", ptr %".1728", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1731" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1732" = load volatile i8, [40 x i8]* %".1731", align 1
  %".1733" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1734" = load volatile i16, [40 x i8]* %".1733", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1747" = getelementptr i8, ptr %"keys.87", i64 6
  store i8 1, ptr %".1747", align 1
  br i1 %".1745", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1767" = zext i8 %"w0_1.6" to i64
  switch i64 %".1767", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1750" = getelementptr i8, ptr %"keys.87", i64 7
  store i8 1, ptr %".1750", align 1
  %".1752" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.30" = load volatile i32, ptr %".1752", align 4
  %".1753" = and i32 %"flags.30", 1
  %".1754" = icmp ne i32 %".1753", 0
  %".1755" = xor i1 %".1754", -1
  br i1 %".1755", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1762" = trunc i64 %".1740" to i16
  %".1763" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1762", ptr %".1763", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1757" = trunc i64 %".1740" to i16
  %".1758" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1757", ptr %".1758", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1769" = trunc i64 %".1740" to i16
  %".1770" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1769", ptr %".1770", align 2
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
  %".1786" = trunc i64 34887 to i16
  %".1787" = call i16 @"llvm.bswap.i16"(i16 %".1786")
  %".1788" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1787", ptr %".1788", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1791" = trunc i64 2048 to i16
  %".1792" = call i16 @"llvm.bswap.i16"(i16 %".1791")
  %".1793" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1792", ptr %".1793", align 2
  %".1795" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".1795", align 1
  %".1797" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.31" = load volatile i32, ptr %".1797", align 4
  %".1798" = and i32 %"flags.31", 4
  %".1799" = icmp ne i32 %".1798", 0
  br i1 %".1799", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1806" = trunc i64 34525 to i16
  %".1807" = call i16 @"llvm.bswap.i16"(i16 %".1806")
  %".1808" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1807", ptr %".1808", align 2
  %".1810" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".1810", align 1
  %".1812" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.32" = load volatile i32, ptr %".1812", align 4
  %".1813" = and i32 %"flags.32", 4
  %".1814" = icmp ne i32 %".1813", 0
  br i1 %".1814", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1801" = trunc i64 %".1740" to i16
  %".1802" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1801", ptr %".1802", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1816" = trunc i64 %".1740" to i16
  %".1817" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1816", ptr %".1817", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1825" = trunc i64 %"cursor.26" to i32
  %".1826" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1825", [40 x i8]* %"header_copy", i32 4)
  %".1827" = icmp eq i64 %".1826", 0
  %".1828" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1829" = load i32, ptr %".1828", align 4
  %".1830" = zext i32 %".1829" to i64
  %"data.88" = inttoptr i64 %".1830" to ptr
  %".1831" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1832" = load i32, ptr %".1831", align 4
  %".1833" = zext i32 %".1832" to i64
  %"data_end.88" = inttoptr i64 %".1833" to ptr
  %".1834" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.88" = load ptr, ptr %".1834", align 8
  %".1835" = xor i1 %".1827", -1
  br i1 %".1835", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1837" = trunc i64 %"cursor.26" to i16
  %".1838" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1837", ptr %".1838", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1853" = trunc i64 %"cursor.27" to i32
  %".1854" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1853", [40 x i8]* %"header_copy", i32 4)
  %".1855" = icmp eq i64 %".1854", 0
  %".1856" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1857" = load i32, ptr %".1856", align 4
  %".1858" = zext i32 %".1857" to i64
  %"data.90" = inttoptr i64 %".1858" to ptr
  %".1859" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1860" = load i32, ptr %".1859", align 4
  %".1861" = zext i32 %".1860" to i64
  %"data_end.90" = inttoptr i64 %".1861" to ptr
  %".1862" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.90" = load ptr, ptr %".1862", align 8
  %".1863" = xor i1 %".1855", -1
  br i1 %".1863", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1865" = trunc i64 %"cursor.27" to i16
  %".1866" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1865", ptr %".1866", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1869" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1870" = load volatile i16, [40 x i8]* %".1869", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1885" = trunc i64 %".1878" to i16
  %".1886" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1885", ptr %".1886", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1891" = trunc i64 %".1878" to i16
  %".1892" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1891", ptr %".1892", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1895" = trunc i64 %".1878" to i16
  %".1896" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1895", ptr %".1896", align 2
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
  %".1908" = trunc i64 %".1878" to i16
  %".1909" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1908", ptr %".1909", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".1912" = trunc i64 %".1878" to i16
  %".1913" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1912", ptr %".1913", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1923" = trunc i64 %"cursor.28" to i32
  %".1924" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1923", [40 x i8]* %"header_copy", i32 6)
  %".1925" = icmp eq i64 %".1924", 0
  %".1926" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1927" = load i32, ptr %".1926", align 4
  %".1928" = zext i32 %".1927" to i64
  %"data.92" = inttoptr i64 %".1928" to ptr
  %".1929" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1930" = load i32, ptr %".1929", align 4
  %".1931" = zext i32 %".1930" to i64
  %"data_end.92" = inttoptr i64 %".1931" to ptr
  %".1932" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.92" = load ptr, ptr %".1932", align 8
  %".1933" = xor i1 %".1925", -1
  br i1 %".1933", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".1935" = trunc i64 %"cursor.28" to i16
  %".1936" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1935", ptr %".1936", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".1939" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1940" = load volatile i16, [40 x i8]* %".1939", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".1955" = trunc i64 %".1948" to i16
  %".1956" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1955", ptr %".1956", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".1961" = trunc i64 %".1948" to i16
  %".1962" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1961", ptr %".1962", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".1965" = trunc i64 %".1948" to i16
  %".1966" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1965", ptr %".1966", align 2
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
  %".1978" = trunc i64 %".1948" to i16
  %".1979" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1978", ptr %".1979", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".1982" = trunc i64 %".1948" to i16
  %".1983" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1982", ptr %".1983", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d1_vlan_tags1.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1998" = trunc i64 %"cursor.30" to i32
  %".1999" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1998", [40 x i8]* %"header_copy", i32 4)
  %".2000" = icmp eq i64 %".1999", 0
  %".2001" = getelementptr i8, ptr %"ctx.27", i64 76
  %".2002" = load i32, ptr %".2001", align 4
  %".2003" = zext i32 %".2002" to i64
  %"data.94" = inttoptr i64 %".2003" to ptr
  %".2004" = getelementptr i8, ptr %"ctx.27", i64 80
  %".2005" = load i32, ptr %".2004", align 4
  %".2006" = zext i32 %".2005" to i64
  %"data_end.94" = inttoptr i64 %".2006" to ptr
  %".2007" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.94" = load ptr, ptr %".2007", align 8
  %".2008" = xor i1 %".2000", -1
  br i1 %".2008", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2010" = trunc i64 %"cursor.30" to i16
  %".2011" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".2010", ptr %".2011", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2014" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2015" = load volatile i16, [40 x i8]* %".2014", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2030" = trunc i64 %".2023" to i16
  %".2031" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2030", ptr %".2031", align 2
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
  %"cursor.41" = phi  i64 [%".2023", %"vlan_d1_vlan_tags1.to_vlan"], [%".2023", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2166", %"hsr_d1_vlan_tags1.to_vlan"], [%".2166", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".4557", %"widening.test.14"]
  %"data.96" = phi  ptr [%"data.95", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.95", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.101", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.101", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.170", %"widening.test.14"]
  %"data_end.96" = phi  ptr [%"data_end.95", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.170", %"widening.test.14"]
  %"keys.96" = phi  ptr [%"keys.95", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.95", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.101", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.101", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.14"]
  %"hdr.35" = getelementptr i8, ptr %"data.96", i64 %"cursor.41"
  %".3120" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3121" = icmp ugt ptr %".3120", %"data_end.96"
  br i1 %".3121", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3123" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3124" = load i16, ptr %".3123", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.13" = phi  i16 [%".3124", %"vlan_d1_vlan_tags2.linear"], [%".3143", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.96", %"vlan_d1_vlan_tags2.linear"], [%"data.126", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.96", %"vlan_d1_vlan_tags2.linear"], [%"data_end.126", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.96", %"vlan_d1_vlan_tags2.linear"], [%"keys.126", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3145" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3146" = zext i16 %".3145" to i64
  %".3147" = trunc i64 %".3146" to i16
  %".3148" = call i16 @"llvm.bswap.i16"(i16 %".3147")
  %".3149" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %".3148", ptr %".3149", align 2
  %".3151" = add i64 %"cursor.41", 4
  %".3152" = trunc i64 %".3151" to i16
  %".3153" = getelementptr i8, ptr %"keys.127", i64 0
  store i16 %".3152", ptr %".3153", align 2
  %".3155" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3156" = zext i16 %".3155" to i64
  switch i64 %".3156", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2:
  %"cursor.42" = phi  i64 [%".2023", %"vlan_d1_vlan_tags1.to_hsr"], [%".2023", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2166", %"hsr_d1_vlan_tags1.to_hsr"], [%".2166", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".4546", %"widening.test.13"]
  %"data.97" = phi  ptr [%"data.95", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.95", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.101", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.101", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.169", %"widening.test.13"]
  %"data_end.97" = phi  ptr [%"data_end.95", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.95", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.101", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.169", %"widening.test.13"]
  %"keys.97" = phi  ptr [%"keys.95", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.95", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.101", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.101", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.13"]
  %"hdr.36" = getelementptr i8, ptr %"data.97", i64 %"cursor.42"
  %".3190" = getelementptr i8, ptr %"hdr.36", i64 6
  %".3191" = icmp ugt ptr %".3190", %"data_end.97"
  br i1 %".3191", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3193" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3194" = load i16, ptr %".3193", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3194", %"hsr_d1_vlan_tags2.linear"], [%".3213", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.97", %"hsr_d1_vlan_tags2.linear"], [%"data.128", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.97", %"hsr_d1_vlan_tags2.linear"], [%"data_end.128", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.97", %"hsr_d1_vlan_tags2.linear"], [%"keys.128", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3215" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3216" = zext i16 %".3215" to i64
  %".3217" = trunc i64 %".3216" to i16
  %".3218" = call i16 @"llvm.bswap.i16"(i16 %".3217")
  %".3219" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3218", ptr %".3219", align 2
  %".3221" = add i64 %"cursor.42", 6
  %".3222" = trunc i64 %".3221" to i16
  %".3223" = getelementptr i8, ptr %"keys.129", i64 0
  store i16 %".3222", ptr %".3223", align 2
  %".3225" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3226" = zext i16 %".3225" to i64
  switch i64 %".3226", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
pppoe_d1.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2060" = trunc i64 %"cursor.31" to i32
  %".2061" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2060", [40 x i8]* %"header_copy", i32 8)
  %".2062" = icmp eq i64 %".2061", 0
  %".2063" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2064" = load i32, ptr %".2063", align 4
  %".2065" = zext i32 %".2064" to i64
  %"data.98" = inttoptr i64 %".2065" to ptr
  %".2066" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2067" = load i32, ptr %".2066", align 4
  %".2068" = zext i32 %".2067" to i64
  %"data_end.98" = inttoptr i64 %".2068" to ptr
  %".2069" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.98" = load ptr, ptr %".2069", align 8
  %".2070" = xor i1 %".2062", -1
  br i1 %".2070", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2072" = trunc i64 %"cursor.31" to i16
  %".2073" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2072", ptr %".2073", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2076" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2077" = load volatile i8, [40 x i8]* %".2076", align 1
  %".2078" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2079" = load volatile i8, [40 x i8]* %".2078", align 1
  %".2080" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2081" = load volatile i16, [40 x i8]* %".2080", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2096" = trunc i64 %"cursor.31" to i16
  %".2097" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2096", ptr %".2097", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2100" = add i64 %"cursor.31", 8
  %".2101" = trunc i64 %".2100" to i16
  %".2102" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".2101", ptr %".2102", align 2
  %".2104" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2105" = zext i16 %".2104" to i64
  switch i64 %".2105", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.unknown:
  %".2107" = and i64 %".2105", 257
  %".2108" = icmp eq i64 %".2107", 1
  br i1 %".2108", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2114" = trunc i64 2048 to i16
  %".2115" = call i16 @"llvm.bswap.i16"(i16 %".2114")
  %".2116" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".2115", ptr %".2116", align 2
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".2119" = trunc i64 34525 to i16
  %".2120" = call i16 @"llvm.bswap.i16"(i16 %".2119")
  %".2121" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".2120", ptr %".2121", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2124" = trunc i64 34887 to i16
  %".2125" = call i16 @"llvm.bswap.i16"(i16 %".2124")
  %".2126" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".2125", ptr %".2126", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2129" = trunc i64 34888 to i16
  %".2130" = call i16 @"llvm.bswap.i16"(i16 %".2129")
  %".2131" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".2130", ptr %".2131", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2110" = trunc i64 %".2100" to i16
  %".2111" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2110", ptr %".2111", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2141" = trunc i64 %"cursor.32" to i32
  %".2142" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2141", [40 x i8]* %"header_copy", i32 6)
  %".2143" = icmp eq i64 %".2142", 0
  %".2144" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2145" = load i32, ptr %".2144", align 4
  %".2146" = zext i32 %".2145" to i64
  %"data.100" = inttoptr i64 %".2146" to ptr
  %".2147" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2148" = load i32, ptr %".2147", align 4
  %".2149" = zext i32 %".2148" to i64
  %"data_end.100" = inttoptr i64 %".2149" to ptr
  %".2150" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.100" = load ptr, ptr %".2150", align 8
  %".2151" = xor i1 %".2143", -1
  br i1 %".2151", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2153" = trunc i64 %"cursor.32" to i16
  %".2154" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2153", ptr %".2154", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2157" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2158" = load volatile i16, [40 x i8]* %".2157", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2173" = trunc i64 %".2166" to i16
  %".2174" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".2173", ptr %".2174", align 2
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
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2203" = trunc i64 %"cursor.33" to i32
  %".2204" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2203", [40 x i8]* %"header_copy", i32 24)
  %".2205" = icmp eq i64 %".2204", 0
  %".2206" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2207" = load i32, ptr %".2206", align 4
  %".2208" = zext i32 %".2207" to i64
  %"data.102" = inttoptr i64 %".2208" to ptr
  %".2209" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2210" = load i32, ptr %".2209", align 4
  %".2211" = zext i32 %".2210" to i64
  %"data_end.102" = inttoptr i64 %".2211" to ptr
  %".2212" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.102" = load ptr, ptr %".2212", align 8
  %".2213" = xor i1 %".2205", -1
  br i1 %".2213", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2215" = trunc i64 %"cursor.33" to i16
  %".2216" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2215", ptr %".2216", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2219" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2220" = load volatile i8, [40 x i8]* %".2219", align 1
  %".2221" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2222" = load volatile i8, [40 x i8]* %".2221", align 1
  %".2223" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2224" = load volatile i16, [40 x i8]* %".2223", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2233" = trunc i64 %"cursor.33" to i16
  %".2234" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2233", ptr %".2234", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2237" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2238" = zext i16 %".2237" to i64
  %".2239" = trunc i64 %".2238" to i16
  %".2240" = call i16 @"llvm.bswap.i16"(i16 %".2239")
  %".2241" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2240", ptr %".2241", align 2
  %".2243" = add i64 %"cursor.33", 24
  %".2244" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2245" = zext i16 %".2244" to i64
  switch i64 %".2245", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.unknown:
  %".2247" = trunc i64 %".2243" to i16
  %".2248" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2247", ptr %".2248", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".2251" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2251", align 1
  %".2253" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.33" = load volatile i32, ptr %".2253", align 4
  %".2254" = and i32 %"flags.33", 4
  %".2255" = icmp ne i32 %".2254", 0
  br i1 %".2255", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".2265" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2265", align 1
  %".2267" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.34" = load volatile i32, ptr %".2267", align 4
  %".2268" = and i32 %"flags.34", 4
  %".2269" = icmp ne i32 %".2268", 0
  br i1 %".2269", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2279" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2279", align 1
  %".2281" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.35" = load volatile i32, ptr %".2281", align 4
  %".2282" = and i32 %"flags.35", 4
  %".2283" = icmp ne i32 %".2282", 0
  br i1 %".2283", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2293" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2293", align 1
  %".2295" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.36" = load volatile i32, ptr %".2295", align 4
  %".2296" = and i32 %"flags.36", 4
  %".2297" = icmp ne i32 %".2296", 0
  br i1 %".2297", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2307" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2307", align 1
  %".2309" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.37" = load volatile i32, ptr %".2309", align 4
  %".2310" = and i32 %"flags.37", 4
  %".2311" = icmp ne i32 %".2310", 0
  br i1 %".2311", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2321" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2321", align 1
  %".2323" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.38" = load volatile i32, ptr %".2323", align 4
  %".2324" = and i32 %"flags.38", 4
  %".2325" = icmp ne i32 %".2324", 0
  br i1 %".2325", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2335" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2335", align 1
  %".2337" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.39" = load volatile i32, ptr %".2337", align 4
  %".2338" = and i32 %"flags.39", 4
  %".2339" = icmp ne i32 %".2338", 0
  br i1 %".2339", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2349" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2349", align 1
  %".2351" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.40" = load volatile i32, ptr %".2351", align 4
  %".2352" = and i32 %"flags.40", 4
  %".2353" = icmp ne i32 %".2352", 0
  br i1 %".2353", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2363" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2363", align 1
  %".2365" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.41" = load volatile i32, ptr %".2365", align 4
  %".2366" = and i32 %"flags.41", 4
  %".2367" = icmp ne i32 %".2366", 0
  br i1 %".2367", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2377" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2377", align 1
  %".2379" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.42" = load volatile i32, ptr %".2379", align 4
  %".2380" = and i32 %"flags.42", 4
  %".2381" = icmp ne i32 %".2380", 0
  br i1 %".2381", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2391" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2391", align 1
  %".2393" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.43" = load volatile i32, ptr %".2393", align 4
  %".2394" = and i32 %"flags.43", 4
  %".2395" = icmp ne i32 %".2394", 0
  br i1 %".2395", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2405" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2405", align 1
  %".2407" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.44" = load volatile i32, ptr %".2407", align 4
  %".2408" = and i32 %"flags.44", 4
  %".2409" = icmp ne i32 %".2408", 0
  br i1 %".2409", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2419" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2419", align 1
  %".2421" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.45" = load volatile i32, ptr %".2421", align 4
  %".2422" = and i32 %"flags.45", 4
  %".2423" = icmp ne i32 %".2422", 0
  br i1 %".2423", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2433" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2433", align 1
  %".2435" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.46" = load volatile i32, ptr %".2435", align 4
  %".2436" = and i32 %"flags.46", 4
  %".2437" = icmp ne i32 %".2436", 0
  br i1 %".2437", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2447" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2447", align 1
  %".2449" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.47" = load volatile i32, ptr %".2449", align 4
  %".2450" = and i32 %"flags.47", 4
  %".2451" = icmp ne i32 %".2450", 0
  br i1 %".2451", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2461" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".2461", align 1
  %".2463" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.48" = load volatile i32, ptr %".2463", align 4
  %".2464" = and i32 %"flags.48", 4
  %".2465" = icmp ne i32 %".2464", 0
  br i1 %".2465", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2257" = trunc i64 %".2243" to i16
  %".2258" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2257", ptr %".2258", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2261" = trunc i64 %".2243" to i16
  %".2262" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2261", ptr %".2262", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2271" = trunc i64 %".2243" to i16
  %".2272" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2271", ptr %".2272", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2275" = trunc i64 %".2243" to i16
  %".2276" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2275", ptr %".2276", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2285" = trunc i64 %".2243" to i16
  %".2286" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2285", ptr %".2286", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2289" = trunc i64 %".2243" to i16
  %".2290" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2289", ptr %".2290", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2299" = trunc i64 %".2243" to i16
  %".2300" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2299", ptr %".2300", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2303" = trunc i64 %".2243" to i16
  %".2304" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2303", ptr %".2304", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2313" = trunc i64 %".2243" to i16
  %".2314" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2313", ptr %".2314", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2317" = trunc i64 %".2243" to i16
  %".2318" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2317", ptr %".2318", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2327" = trunc i64 %".2243" to i16
  %".2328" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2327", ptr %".2328", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2331" = trunc i64 %".2243" to i16
  %".2332" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2331", ptr %".2332", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2341" = trunc i64 %".2243" to i16
  %".2342" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2341", ptr %".2342", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2345" = trunc i64 %".2243" to i16
  %".2346" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2345", ptr %".2346", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2355" = trunc i64 %".2243" to i16
  %".2356" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2355", ptr %".2356", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2359" = trunc i64 %".2243" to i16
  %".2360" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2359", ptr %".2360", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2369" = trunc i64 %".2243" to i16
  %".2370" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2369", ptr %".2370", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2373" = trunc i64 %".2243" to i16
  %".2374" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2373", ptr %".2374", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2383" = trunc i64 %".2243" to i16
  %".2384" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2383", ptr %".2384", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2387" = trunc i64 %".2243" to i16
  %".2388" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2387", ptr %".2388", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2397" = trunc i64 %".2243" to i16
  %".2398" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2397", ptr %".2398", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2401" = trunc i64 %".2243" to i16
  %".2402" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2401", ptr %".2402", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2411" = trunc i64 %".2243" to i16
  %".2412" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2411", ptr %".2412", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2415" = trunc i64 %".2243" to i16
  %".2416" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2415", ptr %".2416", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2425" = trunc i64 %".2243" to i16
  %".2426" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2425", ptr %".2426", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2429" = trunc i64 %".2243" to i16
  %".2430" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2429", ptr %".2430", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2439" = trunc i64 %".2243" to i16
  %".2440" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2439", ptr %".2440", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2443" = trunc i64 %".2243" to i16
  %".2444" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2443", ptr %".2444", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2453" = trunc i64 %".2243" to i16
  %".2454" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2453", ptr %".2454", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2457" = trunc i64 %".2243" to i16
  %".2458" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2457", ptr %".2458", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2467" = trunc i64 %".2243" to i16
  %".2468" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2467", ptr %".2468", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2471" = trunc i64 %".2243" to i16
  %".2472" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2471", ptr %".2472", align 2
  br label %"return"
gre_d0.stop_before:
  %".2484" = trunc i64 %"cursor.34" to i16
  %".2485" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".2484", ptr %".2485", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".2488" = add i64 %"cursor.34", 4
  %".2489" = zext i8 %"w0_1.3" to i64
  %".2490" = lshr i64 %".2489", 7
  %".2491" = and i64 %".2490", 1
  %".2492" = zext i8 %"w0_1.3" to i64
  %".2493" = lshr i64 %".2492", 5
  %".2494" = and i64 %".2493", 1
  %".2495" = add i64 %".2491", %".2494"
  %".2496" = zext i8 %"w0_1.3" to i64
  %".2497" = lshr i64 %".2496", 4
  %".2498" = and i64 %".2497", 1
  %".2499" = add i64 %".2495", %".2498"
  %".2500" = mul i64 %".2499", 4
  %".2501" = add i64 %".2500", 4
  %".2502" = getelementptr i8, ptr %"data.63", i64 %"cursor.34"
  %".2503" = getelementptr i8, ptr %".2502", i64 %".2501"
  %".2504" = icmp ugt ptr %".2503", %"data_end.63"
  br i1 %".2504", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.105" = phi  ptr [%"data.63", %"gre_d0.stop_before.endif"], [%"data.104", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.63", %"gre_d0.stop_before.endif"], [%"data_end.104", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.63", %"gre_d0.stop_before.endif"], [%"keys.104", %"gre_d0.copy_last_byte_failed.endif"]
  %".2525" = add i64 %"cursor.34", %".2501"
  %".2526" = add i64 %"cursor.34", 4
  %".2527" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2526")
  %".2528" = icmp eq i64 %".2500", 0
  %"end.2" = select  i1 %".2528", i64 %".2527", i64 %".2525"
  %".2529" = getelementptr i8, ptr %"keys.105", i64 8
  store i8 1, ptr %".2529", align 1
  %".2531" = getelementptr i8, ptr %"keys.105", i64 48
  %"flags.49" = load volatile i32, ptr %".2531", align 4
  %".2532" = and i32 %"flags.49", 4
  %".2533" = icmp ne i32 %".2532", 0
  br i1 %".2533", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".2506" = add i64 %"cursor.34", %".2501"
  %".2507" = sub i64 %".2506", 1
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2508" = trunc i64 %".2507" to i32
  %".2509" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2508", i64* %"last_byte", i32 1)
  %".2510" = icmp eq i64 %".2509", 0
  %".2511" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2512" = load i32, ptr %".2511", align 4
  %".2513" = zext i32 %".2512" to i64
  %"data.104" = inttoptr i64 %".2513" to ptr
  %".2514" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2515" = load i32, ptr %".2514", align 4
  %".2516" = zext i32 %".2515" to i64
  %"data_end.104" = inttoptr i64 %".2516" to ptr
  %".2517" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.104" = load ptr, ptr %".2517", align 8
  %".2518" = xor i1 %".2510", -1
  br i1 %".2518", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2520" = trunc i64 %"cursor.34" to i16
  %".2521" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2520", ptr %".2521", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2535" = trunc i64 %"end.2" to i16
  %".2536" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2535", ptr %".2536", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2539" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2540" = zext i16 %".2539" to i64
  %".2541" = trunc i64 %".2540" to i16
  %".2542" = call i16 @"llvm.bswap.i16"(i16 %".2541")
  %".2543" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2542", ptr %".2543", align 2
  %".2545" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2546" = zext i16 %".2545" to i64
  switch i64 %".2546", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !4
gre_d0.unknown:
  %".2548" = trunc i64 %"end.2" to i16
  %".2549" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2548", ptr %".2549", align 2
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
  %"cursor.43" = phi  i64 [%"end.2", %"gre_d0.to_ethernet"]
  %"data.106" = phi  ptr [%"data.105", %"gre_d0.to_ethernet"]
  %"data_end.106" = phi  ptr [%"data_end.105", %"gre_d0.to_ethernet"]
  %"keys.106" = phi  ptr [%"keys.105", %"gre_d0.to_ethernet"]
  %"hdr.37" = getelementptr i8, ptr %"data.106", i64 %"cursor.43"
  %".3260" = getelementptr i8, ptr %"hdr.37", i64 14
  %".3261" = icmp ugt ptr %".3260", %"data_end.106"
  br i1 %".3261", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3263" = getelementptr i8, ptr %"hdr.37", i64 12
  %".3264" = load i16, ptr %".3263", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3264", %"ethernet_d1.linear"], [%".3283", %"ethernet_d1.copy_failed.endif"]
  %"data.131" = phi  ptr [%"data.106", %"ethernet_d1.linear"], [%"data.130", %"ethernet_d1.copy_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.106", %"ethernet_d1.linear"], [%"data_end.130", %"ethernet_d1.copy_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.106", %"ethernet_d1.linear"], [%"keys.130", %"ethernet_d1.copy_failed.endif"]
  %".3285" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3286" = zext i16 %".3285" to i64
  %".3287" = trunc i64 %".3286" to i16
  %".3288" = call i16 @"llvm.bswap.i16"(i16 %".3287")
  %".3289" = getelementptr i8, ptr %"keys.131", i64 10
  store i16 %".3288", ptr %".3289", align 2
  %".3291" = add i64 %"cursor.43", 14
  %".3292" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3293" = zext i16 %".3292" to i64
  switch i64 %".3293", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
pptp_d0.stop_before:
  %".2578" = trunc i64 %"cursor.35" to i16
  %".2579" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".2578", ptr %".2579", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".2582" = add i64 %"cursor.35", 4
  %".2583" = zext i8 %"w0_1.3" to i64
  %".2584" = lshr i64 %".2583", 7
  %".2585" = and i64 %".2584", 1
  %".2586" = zext i8 %"w0_1.3" to i64
  %".2587" = lshr i64 %".2586", 5
  %".2588" = and i64 %".2587", 1
  %".2589" = add i64 %".2585", %".2588"
  %".2590" = zext i8 %"w0_1.3" to i64
  %".2591" = lshr i64 %".2590", 4
  %".2592" = and i64 %".2591", 1
  %".2593" = add i64 %".2589", %".2592"
  %".2594" = zext i8 %"w1_1.2" to i64
  %".2595" = lshr i64 %".2594", 7
  %".2596" = and i64 %".2595", 1
  %".2597" = add i64 %".2593", %".2596"
  %".2598" = mul i64 %".2597", 4
  %".2599" = add i64 %".2598", 4
  %".2600" = getelementptr i8, ptr %"data.64", i64 %"cursor.35"
  %".2601" = getelementptr i8, ptr %".2600", i64 %".2599"
  %".2602" = icmp ugt ptr %".2601", %"data_end.64"
  br i1 %".2602", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.108" = phi  ptr [%"data.64", %"pptp_d0.stop_before.endif"], [%"data.107", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.108" = phi  ptr [%"data_end.64", %"pptp_d0.stop_before.endif"], [%"data_end.107", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.108" = phi  ptr [%"keys.64", %"pptp_d0.stop_before.endif"], [%"keys.107", %"pptp_d0.copy_last_byte_failed.endif"]
  %".2623" = add i64 %"cursor.35", %".2599"
  %".2624" = add i64 %"cursor.35", 4
  %".2625" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2624")
  %".2626" = icmp eq i64 %".2598", 0
  %"end.3" = select  i1 %".2626", i64 %".2625", i64 %".2623"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".2604" = add i64 %"cursor.35", %".2599"
  %".2605" = sub i64 %".2604", 1
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2606" = trunc i64 %".2605" to i32
  %".2607" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2606", i64* %"last_byte", i32 1)
  %".2608" = icmp eq i64 %".2607", 0
  %".2609" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2610" = load i32, ptr %".2609", align 4
  %".2611" = zext i32 %".2610" to i64
  %"data.107" = inttoptr i64 %".2611" to ptr
  %".2612" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2613" = load i32, ptr %".2612", align 4
  %".2614" = zext i32 %".2613" to i64
  %"data_end.107" = inttoptr i64 %".2614" to ptr
  %".2615" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.107" = load ptr, ptr %".2615", align 8
  %".2616" = xor i1 %".2608", -1
  br i1 %".2616", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2618" = trunc i64 %"cursor.35" to i16
  %".2619" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2618", ptr %".2619", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2628" = trunc i64 %"end.3" to i16
  %".2629" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2628", ptr %".2629", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.44" = phi  i64 [%"end.3", %"pptp_d0.to_ppp"]
  %"data.109" = phi  ptr [%"data.108", %"pptp_d0.to_ppp"]
  %"data_end.109" = phi  ptr [%"data_end.108", %"pptp_d0.to_ppp"]
  %"keys.109" = phi  ptr [%"keys.108", %"pptp_d0.to_ppp"]
  %"hdr.38" = getelementptr i8, ptr %"data.109", i64 %"cursor.44"
  %".3315" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3316" = icmp ugt ptr %".3315", %"data_end.109"
  br i1 %".3316", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3318" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3319" = load i16, ptr %".3318", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.14" = phi  i16 [%".3319", %"ppp_d0.linear"], [%".3338", %"ppp_d0.copy_failed.endif"]
  %"data.133" = phi  ptr [%"data.109", %"ppp_d0.linear"], [%"data.132", %"ppp_d0.copy_failed.endif"]
  %"data_end.133" = phi  ptr [%"data_end.109", %"ppp_d0.linear"], [%"data_end.132", %"ppp_d0.copy_failed.endif"]
  %"keys.133" = phi  ptr [%"keys.109", %"ppp_d0.linear"], [%"keys.132", %"ppp_d0.copy_failed.endif"]
  %".3340" = add i64 %"cursor.44", 4
  %".3341" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3342" = zext i16 %".3341" to i64
  switch i64 %".3342", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
gre_version_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2643" = trunc i64 %"cursor.36" to i32
  %".2644" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2643", [40 x i8]* %"header_copy", i32 4)
  %".2645" = icmp eq i64 %".2644", 0
  %".2646" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2647" = load i32, ptr %".2646", align 4
  %".2648" = zext i32 %".2647" to i64
  %"data.110" = inttoptr i64 %".2648" to ptr
  %".2649" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2650" = load i32, ptr %".2649", align 4
  %".2651" = zext i32 %".2650" to i64
  %"data_end.110" = inttoptr i64 %".2651" to ptr
  %".2652" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.110" = load ptr, ptr %".2652", align 8
  %".2653" = xor i1 %".2645", -1
  br i1 %".2653", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2655" = trunc i64 %"cursor.36" to i16
  %".2656" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2655", ptr %".2656", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2659" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2660" = load volatile i8, [40 x i8]* %".2659", align 1
  %".2661" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2662" = load volatile i8, [40 x i8]* %".2661", align 1
  %".2663" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2664" = load volatile i16, [40 x i8]* %".2663", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2675" = trunc i64 %"cursor.36" to i16
  %".2676" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2675", ptr %".2676", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".2679" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2680" = zext i16 %".2679" to i64
  %".2681" = trunc i64 %".2680" to i16
  %".2682" = call i16 @"llvm.bswap.i16"(i16 %".2681")
  %".2683" = getelementptr i8, ptr %"keys.111", i64 10
  store i16 %".2682", ptr %".2683", align 2
  %".2685" = zext i8 %"w1_1.6" to i64
  %".2686" = and i64 %".2685", 7
  switch i64 %".2686", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".2688" = trunc i64 %"cursor.36" to i16
  %".2689" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2688", ptr %".2689", align 2
  br label %"return"
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.36", %"gre_version_d1.to_gre"]
  %"data.112" = phi  ptr [%"data.111", %"gre_version_d1.to_gre"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"gre_version_d1.to_gre"]
  %"keys.112" = phi  ptr [%"keys.111", %"gre_version_d1.to_gre"]
  %".3396" = zext i8 %"w1_1.6" to i64
  %".3397" = and i64 %".3396", 7
  %".3398" = icmp ne i64 %".3397", 0
  %".3399" = zext i8 %"w0_1.9" to i64
  %".3400" = lshr i64 %".3399", 6
  %".3401" = and i64 %".3400", 1
  %".3402" = icmp ne i64 %".3401", 0
  %".3403" = or i1 %".3398", %".3402"
  br i1 %".3403", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.46" = phi  i64 [%"cursor.36", %"gre_version_d1.to_pptp"]
  %"data.113" = phi  ptr [%"data.111", %"gre_version_d1.to_pptp"]
  %"data_end.113" = phi  ptr [%"data_end.111", %"gre_version_d1.to_pptp"]
  %"keys.113" = phi  ptr [%"keys.111", %"gre_version_d1.to_pptp"]
  %".3541" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3542" = zext i16 %".3541" to i64
  %".3543" = icmp ne i64 %".3542", 34827
  %".3544" = zext i8 %"w0_1.9" to i64
  %".3545" = lshr i64 %".3544", 5
  %".3546" = and i64 %".3545", 1
  %".3547" = icmp eq i64 %".3546", 0
  %".3548" = or i1 %".3543", %".3547"
  br i1 %".3548", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2702" = trunc i64 %"cursor.37" to i32
  %".2703" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2702", [40 x i8]* %"header_copy", i32 2)
  %".2704" = icmp eq i64 %".2703", 0
  %".2705" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2706" = load i32, ptr %".2705", align 4
  %".2707" = zext i32 %".2706" to i64
  %"data.114" = inttoptr i64 %".2707" to ptr
  %".2708" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2709" = load i32, ptr %".2708", align 4
  %".2710" = zext i32 %".2709" to i64
  %"data_end.114" = inttoptr i64 %".2710" to ptr
  %".2711" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.114" = load ptr, ptr %".2711", align 8
  %".2712" = xor i1 %".2704", -1
  br i1 %".2712", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2714" = trunc i64 %"cursor.37" to i16
  %".2715" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2714", ptr %".2715", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2718" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2719" = load volatile i8, [40 x i8]* %".2718", align 1
  %".2720" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2721" = load volatile i8, [40 x i8]* %".2720", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2735" = trunc i64 %".2732" to i16
  %".2736" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2735", ptr %".2736", align 2
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
  %".2752" = trunc i64 34887 to i16
  %".2753" = call i16 @"llvm.bswap.i16"(i16 %".2752")
  %".2754" = getelementptr i8, ptr %"keys.115", i64 10
  store i16 %".2753", ptr %".2754", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2757" = trunc i64 2048 to i16
  %".2758" = call i16 @"llvm.bswap.i16"(i16 %".2757")
  %".2759" = getelementptr i8, ptr %"keys.115", i64 10
  store i16 %".2758", ptr %".2759", align 2
  %".2761" = getelementptr i8, ptr %"keys.115", i64 8
  store i8 1, ptr %".2761", align 1
  %".2763" = getelementptr i8, ptr %"keys.115", i64 48
  %"flags.50" = load volatile i32, ptr %".2763", align 4
  %".2764" = and i32 %"flags.50", 4
  %".2765" = icmp ne i32 %".2764", 0
  br i1 %".2765", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2775" = trunc i64 34525 to i16
  %".2776" = call i16 @"llvm.bswap.i16"(i16 %".2775")
  %".2777" = getelementptr i8, ptr %"keys.115", i64 10
  store i16 %".2776", ptr %".2777", align 2
  %".2779" = getelementptr i8, ptr %"keys.115", i64 8
  store i8 1, ptr %".2779", align 1
  %".2781" = getelementptr i8, ptr %"keys.115", i64 48
  %"flags.51" = load volatile i32, ptr %".2781", align 4
  %".2782" = and i32 %"flags.51", 4
  %".2783" = icmp ne i32 %".2782", 0
  br i1 %".2783", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.47" = phi  i64 [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".4667", %"widening.test.24"]
  %"data.116" = phi  ptr [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.180", %"widening.test.24"]
  %"data_end.116" = phi  ptr [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.180", %"widening.test.24"]
  %"keys.116" = phi  ptr [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.24"]
  %"hdr.39" = getelementptr i8, ptr %"data.116", i64 %"cursor.47"
  %".3605" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3606" = icmp ugt ptr %".3605", %"data_end.116"
  br i1 %".3606", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3608" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3609" = load i8, ptr %".3608", align 1
  %".3610" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3611" = load i8, ptr %".3610", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3609", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3630", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3611", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3632", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.141" = phi  ptr [%"data.116", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.140", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.141" = phi  ptr [%"data_end.116", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.140", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.141" = phi  ptr [%"keys.116", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.140", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3634" = zext i8 %"w0_1.14" to i64
  %".3635" = trunc i64 %".3634" to i8
  %".3636" = getelementptr i8, ptr %"keys.141", i64 9
  store i8 %".3635", ptr %".3636", align 1
  %".3638" = add i64 %"cursor.47", 2
  %".3639" = zext i8 %"w1_1.9" to i64
  %".3640" = mul i64 %".3639", 8
  %".3641" = add i64 %".3640", 6
  %".3642" = add i64 %".3641", 2
  %".3643" = add i64 %"cursor.47", %".3642"
  %".3644" = zext i8 %"w0_1.14" to i64
  switch i64 %".3644", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2:
  %"cursor.48" = phi  i64 [%".2732", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".2826", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".4656", %"widening.test.23"]
  %"data.117" = phi  ptr [%"data.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.179", %"widening.test.23"]
  %"data_end.117" = phi  ptr [%"data_end.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.179", %"widening.test.23"]
  %"keys.117" = phi  ptr [%"keys.115", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.119", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.23"]
  %"hdr.40" = getelementptr i8, ptr %"data.117", i64 %"cursor.48"
  %".3704" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3705" = icmp ugt ptr %".3704", %"data_end.117"
  br i1 %".3705", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3707" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3708" = load i8, ptr %".3707", align 1
  %".3709" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3710" = load i16, ptr %".3709", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3708", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3729", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3710", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3731", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.145" = phi  ptr [%"data.117", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.144", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.145" = phi  ptr [%"data_end.117", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.144", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.145" = phi  ptr [%"keys.117", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.144", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3733" = zext i8 %"w0_1.15" to i64
  %".3734" = trunc i64 %".3733" to i8
  %".3735" = getelementptr i8, ptr %"keys.145", i64 9
  store i8 %".3734", ptr %".3735", align 1
  %".3737" = add i64 %"cursor.48", 8
  %".3738" = icmp ne i64 1, 0
  %".3739" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3740" = zext i16 %".3739" to i64
  %".3741" = and i64 %".3740", 65528
  %".3742" = icmp eq i64 %".3741", 0
  br i1 %".3738", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2767" = trunc i64 %".2732" to i16
  %".2768" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2767", ptr %".2768", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2771" = trunc i64 %".2732" to i16
  %".2772" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2771", ptr %".2772", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2785" = trunc i64 %".2732" to i16
  %".2786" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2785", ptr %".2786", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2789" = trunc i64 %".2732" to i16
  %".2790" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2789", ptr %".2790", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2801" = trunc i64 %"cursor.38" to i32
  %".2802" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2801", [40 x i8]* %"header_copy", i32 8)
  %".2803" = icmp eq i64 %".2802", 0
  %".2804" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2805" = load i32, ptr %".2804", align 4
  %".2806" = zext i32 %".2805" to i64
  %"data.118" = inttoptr i64 %".2806" to ptr
  %".2807" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2808" = load i32, ptr %".2807", align 4
  %".2809" = zext i32 %".2808" to i64
  %"data_end.118" = inttoptr i64 %".2809" to ptr
  %".2810" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.118" = load ptr, ptr %".2810", align 8
  %".2811" = xor i1 %".2803", -1
  br i1 %".2811", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2813" = trunc i64 %"cursor.38" to i16
  %".2814" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2813", ptr %".2814", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2817" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2818" = load volatile i8, [40 x i8]* %".2817", align 1
  %".2819" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2820" = load volatile i16, [40 x i8]* %".2819", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2833" = getelementptr i8, ptr %"keys.119", i64 6
  store i8 1, ptr %".2833", align 1
  br i1 %".2831", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".2853" = zext i8 %"w0_1.11" to i64
  switch i64 %".2853", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2836" = getelementptr i8, ptr %"keys.119", i64 7
  store i8 1, ptr %".2836", align 1
  %".2838" = getelementptr i8, ptr %"keys.119", i64 48
  %"flags.52" = load volatile i32, ptr %".2838", align 4
  %".2839" = and i32 %"flags.52", 1
  %".2840" = icmp ne i32 %".2839", 0
  %".2841" = xor i1 %".2840", -1
  br i1 %".2841", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".2848" = trunc i64 %".2826" to i16
  %".2849" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2848", ptr %".2849", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".2843" = trunc i64 %".2826" to i16
  %".2844" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2843", ptr %".2844", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".2855" = trunc i64 %".2826" to i16
  %".2856" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2855", ptr %".2856", align 2
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
  %".2872" = trunc i64 34887 to i16
  %".2873" = call i16 @"llvm.bswap.i16"(i16 %".2872")
  %".2874" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2873", ptr %".2874", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".2877" = trunc i64 2048 to i16
  %".2878" = call i16 @"llvm.bswap.i16"(i16 %".2877")
  %".2879" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2878", ptr %".2879", align 2
  %".2881" = getelementptr i8, ptr %"keys.119", i64 8
  store i8 1, ptr %".2881", align 1
  %".2883" = getelementptr i8, ptr %"keys.119", i64 48
  %"flags.53" = load volatile i32, ptr %".2883", align 4
  %".2884" = and i32 %"flags.53", 4
  %".2885" = icmp ne i32 %".2884", 0
  br i1 %".2885", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".2895" = trunc i64 34525 to i16
  %".2896" = call i16 @"llvm.bswap.i16"(i16 %".2895")
  %".2897" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2896", ptr %".2897", align 2
  %".2899" = getelementptr i8, ptr %"keys.119", i64 8
  store i8 1, ptr %".2899", align 1
  %".2901" = getelementptr i8, ptr %"keys.119", i64 48
  %"flags.54" = load volatile i32, ptr %".2901", align 4
  %".2902" = and i32 %"flags.54", 4
  %".2903" = icmp ne i32 %".2902", 0
  br i1 %".2903", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".2887" = trunc i64 %".2826" to i16
  %".2888" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2887", ptr %".2888", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".2891" = trunc i64 %".2826" to i16
  %".2892" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2891", ptr %".2892", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".2905" = trunc i64 %".2826" to i16
  %".2906" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2905", ptr %".2906", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2909" = trunc i64 %".2826" to i16
  %".2910" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2909", ptr %".2910", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2921" = trunc i64 %"cursor.39" to i32
  %".2922" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2921", [40 x i8]* %"header_copy", i32 2)
  %".2923" = icmp eq i64 %".2922", 0
  %".2924" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2925" = load i32, ptr %".2924", align 4
  %".2926" = zext i32 %".2925" to i64
  %"data.120" = inttoptr i64 %".2926" to ptr
  %".2927" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2928" = load i32, ptr %".2927", align 4
  %".2929" = zext i32 %".2928" to i64
  %"data_end.120" = inttoptr i64 %".2929" to ptr
  %".2930" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.120" = load ptr, ptr %".2930", align 8
  %".2931" = xor i1 %".2923", -1
  br i1 %".2931", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".2933" = trunc i64 %"cursor.39" to i16
  %".2934" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2933", ptr %".2934", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".2937" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2938" = load volatile i8, [40 x i8]* %".2937", align 1
  %".2939" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2940" = load volatile i8, [40 x i8]* %".2939", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".2954" = trunc i64 %".2951" to i16
  %".2955" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2954", ptr %".2955", align 2
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
  %".2971" = trunc i64 34887 to i16
  %".2972" = call i16 @"llvm.bswap.i16"(i16 %".2971")
  %".2973" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2972", ptr %".2973", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".2976" = trunc i64 2048 to i16
  %".2977" = call i16 @"llvm.bswap.i16"(i16 %".2976")
  %".2978" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2977", ptr %".2978", align 2
  %".2980" = getelementptr i8, ptr %"keys.121", i64 8
  store i8 1, ptr %".2980", align 1
  %".2982" = getelementptr i8, ptr %"keys.121", i64 48
  %"flags.55" = load volatile i32, ptr %".2982", align 4
  %".2983" = and i32 %"flags.55", 4
  %".2984" = icmp ne i32 %".2983", 0
  br i1 %".2984", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".2991" = trunc i64 34525 to i16
  %".2992" = call i16 @"llvm.bswap.i16"(i16 %".2991")
  %".2993" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2992", ptr %".2993", align 2
  %".2995" = getelementptr i8, ptr %"keys.121", i64 8
  store i8 1, ptr %".2995", align 1
  %".2997" = getelementptr i8, ptr %"keys.121", i64 48
  %"flags.56" = load volatile i32, ptr %".2997", align 4
  %".2998" = and i32 %"flags.56", 4
  %".2999" = icmp ne i32 %".2998", 0
  br i1 %".2999", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.49" = phi  i64 [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4491", %"widening.test.8"]
  %"data.122" = phi  ptr [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.164", %"widening.test.8"]
  %"data_end.122" = phi  ptr [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.164", %"widening.test.8"]
  %"keys.122" = phi  ptr [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.41" = getelementptr i8, ptr %"data.122", i64 %"cursor.49"
  %".3824" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3825" = icmp ugt ptr %".3824", %"data_end.122"
  br i1 %".3825", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".3827" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3828" = load i8, ptr %".3827", align 1
  %".3829" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3830" = load i8, ptr %".3829", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.16" = phi  i8 [%".3828", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3849", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3830", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3851", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.147" = phi  ptr [%"data.122", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.146", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.147" = phi  ptr [%"data_end.122", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.146", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.147" = phi  ptr [%"keys.122", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.146", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".3853" = zext i8 %"w0_1.16" to i64
  %".3854" = trunc i64 %".3853" to i8
  %".3855" = getelementptr i8, ptr %"keys.147", i64 9
  store i8 %".3854", ptr %".3855", align 1
  %".3857" = add i64 %"cursor.49", 2
  %".3858" = zext i8 %"w1_1.10" to i64
  %".3859" = mul i64 %".3858", 8
  %".3860" = add i64 %".3859", 6
  %".3861" = add i64 %".3860", 2
  %".3862" = add i64 %"cursor.49", %".3861"
  %".3863" = zext i8 %"w0_1.16" to i64
  switch i64 %".3863", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3:
  %"cursor.50" = phi  i64 [%".2951", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3039", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".4480", %"widening.test.7"]
  %"data.123" = phi  ptr [%"data.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.163", %"widening.test.7"]
  %"data_end.123" = phi  ptr [%"data_end.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.163", %"widening.test.7"]
  %"keys.123" = phi  ptr [%"keys.121", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.125", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.42" = getelementptr i8, ptr %"data.123", i64 %"cursor.50"
  %".3929" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3930" = icmp ugt ptr %".3929", %"data_end.123"
  br i1 %".3930", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".3932" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3933" = load i8, ptr %".3932", align 1
  %".3934" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3935" = load i16, ptr %".3934", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.17" = phi  i8 [%".3933", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3954", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".3935", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3956", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.123", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.148", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.123", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.148", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.123", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.148", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".3958" = zext i8 %"w0_1.17" to i64
  %".3959" = trunc i64 %".3958" to i8
  %".3960" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %".3959", ptr %".3960", align 1
  %".3962" = add i64 %"cursor.50", 8
  %".3963" = icmp ne i64 1, 0
  %".3964" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3965" = zext i16 %".3964" to i64
  %".3966" = and i64 %".3965", 65528
  %".3967" = icmp eq i64 %".3966", 0
  br i1 %".3963", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".2986" = trunc i64 %".2951" to i16
  %".2987" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2986", ptr %".2987", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3001" = trunc i64 %".2951" to i16
  %".3002" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".3001", ptr %".3002", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3014" = trunc i64 %"cursor.40" to i32
  %".3015" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".3014", [40 x i8]* %"header_copy", i32 8)
  %".3016" = icmp eq i64 %".3015", 0
  %".3017" = getelementptr i8, ptr %"ctx.37", i64 76
  %".3018" = load i32, ptr %".3017", align 4
  %".3019" = zext i32 %".3018" to i64
  %"data.124" = inttoptr i64 %".3019" to ptr
  %".3020" = getelementptr i8, ptr %"ctx.37", i64 80
  %".3021" = load i32, ptr %".3020", align 4
  %".3022" = zext i32 %".3021" to i64
  %"data_end.124" = inttoptr i64 %".3022" to ptr
  %".3023" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.124" = load ptr, ptr %".3023", align 8
  %".3024" = xor i1 %".3016", -1
  br i1 %".3024", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3026" = trunc i64 %"cursor.40" to i16
  %".3027" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3026", ptr %".3027", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3030" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3031" = load volatile i8, [40 x i8]* %".3030", align 1
  %".3032" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3033" = load volatile i16, [40 x i8]* %".3032", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3046" = getelementptr i8, ptr %"keys.125", i64 6
  store i8 1, ptr %".3046", align 1
  br i1 %".3044", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3066" = zext i8 %"w0_1.13" to i64
  switch i64 %".3066", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3049" = getelementptr i8, ptr %"keys.125", i64 7
  store i8 1, ptr %".3049", align 1
  %".3051" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.57" = load volatile i32, ptr %".3051", align 4
  %".3052" = and i32 %"flags.57", 1
  %".3053" = icmp ne i32 %".3052", 0
  %".3054" = xor i1 %".3053", -1
  br i1 %".3054", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3061" = trunc i64 %".3039" to i16
  %".3062" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3061", ptr %".3062", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3056" = trunc i64 %".3039" to i16
  %".3057" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3056", ptr %".3057", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3068" = trunc i64 %".3039" to i16
  %".3069" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3068", ptr %".3069", align 2
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
  %".3085" = trunc i64 34887 to i16
  %".3086" = call i16 @"llvm.bswap.i16"(i16 %".3085")
  %".3087" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3086", ptr %".3087", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3090" = trunc i64 2048 to i16
  %".3091" = call i16 @"llvm.bswap.i16"(i16 %".3090")
  %".3092" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3091", ptr %".3092", align 2
  %".3094" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3094", align 1
  %".3096" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.58" = load volatile i32, ptr %".3096", align 4
  %".3097" = and i32 %"flags.58", 4
  %".3098" = icmp ne i32 %".3097", 0
  br i1 %".3098", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3105" = trunc i64 34525 to i16
  %".3106" = call i16 @"llvm.bswap.i16"(i16 %".3105")
  %".3107" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3106", ptr %".3107", align 2
  %".3109" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3109", align 1
  %".3111" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.59" = load volatile i32, ptr %".3111", align 4
  %".3112" = and i32 %"flags.59", 4
  %".3113" = icmp ne i32 %".3112", 0
  br i1 %".3113", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3100" = trunc i64 %".3039" to i16
  %".3101" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3100", ptr %".3101", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3115" = trunc i64 %".3039" to i16
  %".3116" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3115", ptr %".3116", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3126" = trunc i64 %"cursor.41" to i32
  %".3127" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".3126", [40 x i8]* %"header_copy", i32 4)
  %".3128" = icmp eq i64 %".3127", 0
  %".3129" = getelementptr i8, ptr %"ctx.38", i64 76
  %".3130" = load i32, ptr %".3129", align 4
  %".3131" = zext i32 %".3130" to i64
  %"data.126" = inttoptr i64 %".3131" to ptr
  %".3132" = getelementptr i8, ptr %"ctx.38", i64 80
  %".3133" = load i32, ptr %".3132", align 4
  %".3134" = zext i32 %".3133" to i64
  %"data_end.126" = inttoptr i64 %".3134" to ptr
  %".3135" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.126" = load ptr, ptr %".3135", align 8
  %".3136" = xor i1 %".3128", -1
  br i1 %".3136", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3138" = trunc i64 %"cursor.41" to i16
  %".3139" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".3138", ptr %".3139", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3142" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3143" = load volatile i16, [40 x i8]* %".3142", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3158" = trunc i64 %".3151" to i16
  %".3159" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3158", ptr %".3159", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3164" = trunc i64 %".3151" to i16
  %".3165" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3164", ptr %".3165", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3168" = trunc i64 %".3151" to i16
  %".3169" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3168", ptr %".3169", align 2
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
  %".3181" = trunc i64 %".3151" to i16
  %".3182" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3181", ptr %".3182", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3185" = trunc i64 %".3151" to i16
  %".3186" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3185", ptr %".3186", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3196" = trunc i64 %"cursor.42" to i32
  %".3197" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3196", [40 x i8]* %"header_copy", i32 6)
  %".3198" = icmp eq i64 %".3197", 0
  %".3199" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3200" = load i32, ptr %".3199", align 4
  %".3201" = zext i32 %".3200" to i64
  %"data.128" = inttoptr i64 %".3201" to ptr
  %".3202" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3203" = load i32, ptr %".3202", align 4
  %".3204" = zext i32 %".3203" to i64
  %"data_end.128" = inttoptr i64 %".3204" to ptr
  %".3205" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.128" = load ptr, ptr %".3205", align 8
  %".3206" = xor i1 %".3198", -1
  br i1 %".3206", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3208" = trunc i64 %"cursor.42" to i16
  %".3209" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3208", ptr %".3209", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3212" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3213" = load volatile i16, [40 x i8]* %".3212", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3228" = trunc i64 %".3221" to i16
  %".3229" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3228", ptr %".3229", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3234" = trunc i64 %".3221" to i16
  %".3235" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3234", ptr %".3235", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3238" = trunc i64 %".3221" to i16
  %".3239" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3238", ptr %".3239", align 2
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
  %".3251" = trunc i64 %".3221" to i16
  %".3252" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3251", ptr %".3252", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3255" = trunc i64 %".3221" to i16
  %".3256" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3255", ptr %".3256", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
ethernet_d1.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3266" = trunc i64 %"cursor.43" to i32
  %".3267" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3266", [40 x i8]* %"header_copy", i32 14)
  %".3268" = icmp eq i64 %".3267", 0
  %".3269" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3270" = load i32, ptr %".3269", align 4
  %".3271" = zext i32 %".3270" to i64
  %"data.130" = inttoptr i64 %".3271" to ptr
  %".3272" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3273" = load i32, ptr %".3272", align 4
  %".3274" = zext i32 %".3273" to i64
  %"data_end.130" = inttoptr i64 %".3274" to ptr
  %".3275" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.130" = load ptr, ptr %".3275", align 8
  %".3276" = xor i1 %".3268", -1
  br i1 %".3276", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3278" = trunc i64 %"cursor.43" to i16
  %".3279" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".3278", ptr %".3279", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3282" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3283" = load volatile i16, [40 x i8]* %".3282", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3295" = trunc i64 %".3291" to i16
  %".3296" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3295", ptr %".3296", align 2
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
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3321" = trunc i64 %"cursor.44" to i32
  %".3322" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3321", [40 x i8]* %"header_copy", i32 4)
  %".3323" = icmp eq i64 %".3322", 0
  %".3324" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3325" = load i32, ptr %".3324", align 4
  %".3326" = zext i32 %".3325" to i64
  %"data.132" = inttoptr i64 %".3326" to ptr
  %".3327" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3328" = load i32, ptr %".3327", align 4
  %".3329" = zext i32 %".3328" to i64
  %"data_end.132" = inttoptr i64 %".3329" to ptr
  %".3330" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.132" = load ptr, ptr %".3330", align 8
  %".3331" = xor i1 %".3323", -1
  br i1 %".3331", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3333" = trunc i64 %"cursor.44" to i16
  %".3334" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3333", ptr %".3334", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3337" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3338" = load volatile i16, [40 x i8]* %".3337", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3344" = and i64 %".3342", 0
  %".3345" = icmp eq i64 %".3344", 0
  br i1 %".3345", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".3351" = trunc i64 2048 to i16
  %".3352" = call i16 @"llvm.bswap.i16"(i16 %".3351")
  %".3353" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".3352", ptr %".3353", align 2
  %".3355" = getelementptr i8, ptr %"keys.133", i64 8
  store i8 1, ptr %".3355", align 1
  %".3357" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.60" = load volatile i32, ptr %".3357", align 4
  %".3358" = and i32 %"flags.60", 4
  %".3359" = icmp ne i32 %".3358", 0
  br i1 %".3359", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".3366" = trunc i64 34525 to i16
  %".3367" = call i16 @"llvm.bswap.i16"(i16 %".3366")
  %".3368" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".3367", ptr %".3368", align 2
  %".3370" = getelementptr i8, ptr %"keys.133", i64 8
  store i8 1, ptr %".3370", align 1
  %".3372" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.61" = load volatile i32, ptr %".3372", align 4
  %".3373" = and i32 %"flags.61", 4
  %".3374" = icmp ne i32 %".3373", 0
  br i1 %".3374", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".3381" = trunc i64 34827 to i16
  %".3382" = call i16 @"llvm.bswap.i16"(i16 %".3381")
  %".3383" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".3382", ptr %".3383", align 2
  %".3385" = getelementptr i8, ptr %"keys.133", i64 8
  store i8 1, ptr %".3385", align 1
  %".3387" = getelementptr i8, ptr %"keys.133", i64 48
  %"flags.62" = load volatile i32, ptr %".3387", align 4
  %".3388" = and i32 %"flags.62", 4
  %".3389" = icmp ne i32 %".3388", 0
  br i1 %".3389", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".3347" = trunc i64 %".3340" to i16
  %".3348" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3347", ptr %".3348", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3361" = trunc i64 %".3340" to i16
  %".3362" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3361", ptr %".3362", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".3376" = trunc i64 %".3340" to i16
  %".3377" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3376", ptr %".3377", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".3391" = trunc i64 %".3340" to i16
  %".3392" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3391", ptr %".3392", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.51" = phi  i64 [%".3340", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.134" = phi  ptr [%"data.133", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.134" = phi  ptr [%"data_end.133", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.134" = phi  ptr [%"keys.133", %"ppp_d0.stop_at_encap.endif.2"]
  %".4055" = add i64 %"cursor.51", 0
  %".4056" = trunc i64 %".4055" to i16
  %".4057" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".4056", ptr %".4057", align 2
  br label %"return"
gre_d1.stop_before:
  %".3405" = trunc i64 %"cursor.45" to i16
  %".3406" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".3405", ptr %".3406", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".3409" = add i64 %"cursor.45", 4
  %".3410" = zext i8 %"w0_1.9" to i64
  %".3411" = lshr i64 %".3410", 7
  %".3412" = and i64 %".3411", 1
  %".3413" = zext i8 %"w0_1.9" to i64
  %".3414" = lshr i64 %".3413", 5
  %".3415" = and i64 %".3414", 1
  %".3416" = add i64 %".3412", %".3415"
  %".3417" = zext i8 %"w0_1.9" to i64
  %".3418" = lshr i64 %".3417", 4
  %".3419" = and i64 %".3418", 1
  %".3420" = add i64 %".3416", %".3419"
  %".3421" = mul i64 %".3420", 4
  %".3422" = add i64 %".3421", 4
  %".3423" = getelementptr i8, ptr %"data.112", i64 %"cursor.45"
  %".3424" = getelementptr i8, ptr %".3423", i64 %".3422"
  %".3425" = icmp ugt ptr %".3424", %"data_end.112"
  br i1 %".3425", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.136" = phi  ptr [%"data.112", %"gre_d1.stop_before.endif"], [%"data.135", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.112", %"gre_d1.stop_before.endif"], [%"data_end.135", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.112", %"gre_d1.stop_before.endif"], [%"keys.135", %"gre_d1.copy_last_byte_failed.endif"]
  %".3446" = add i64 %"cursor.45", %".3422"
  %".3447" = add i64 %"cursor.45", 4
  %".3448" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3447")
  %".3449" = icmp eq i64 %".3421", 0
  %"end.4" = select  i1 %".3449", i64 %".3448", i64 %".3446"
  %".3450" = getelementptr i8, ptr %"keys.136", i64 8
  store i8 1, ptr %".3450", align 1
  %".3452" = getelementptr i8, ptr %"keys.136", i64 48
  %"flags.63" = load volatile i32, ptr %".3452", align 4
  %".3453" = and i32 %"flags.63", 4
  %".3454" = icmp ne i32 %".3453", 0
  br i1 %".3454", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".3427" = add i64 %"cursor.45", %".3422"
  %".3428" = sub i64 %".3427", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3429" = trunc i64 %".3428" to i32
  %".3430" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3429", i64* %"last_byte", i32 1)
  %".3431" = icmp eq i64 %".3430", 0
  %".3432" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3433" = load i32, ptr %".3432", align 4
  %".3434" = zext i32 %".3433" to i64
  %"data.135" = inttoptr i64 %".3434" to ptr
  %".3435" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3436" = load i32, ptr %".3435", align 4
  %".3437" = zext i32 %".3436" to i64
  %"data_end.135" = inttoptr i64 %".3437" to ptr
  %".3438" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.135" = load ptr, ptr %".3438", align 8
  %".3439" = xor i1 %".3431", -1
  br i1 %".3439", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3441" = trunc i64 %"cursor.45" to i16
  %".3442" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3441", ptr %".3442", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3456" = trunc i64 %"end.4" to i16
  %".3457" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3456", ptr %".3457", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".3460" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3461" = zext i16 %".3460" to i64
  %".3462" = trunc i64 %".3461" to i16
  %".3463" = call i16 @"llvm.bswap.i16"(i16 %".3462")
  %".3464" = getelementptr i8, ptr %"keys.136", i64 10
  store i16 %".3463", ptr %".3464", align 2
  %".3466" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3467" = zext i16 %".3466" to i64
  switch i64 %".3467", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !4
gre_d1.unknown:
  %".3469" = trunc i64 %"end.4" to i16
  %".3470" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3469", ptr %".3470", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".3473" = trunc i64 %"end.4" to i16
  %".3474" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3473", ptr %".3474", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3477" = trunc i64 %"end.4" to i16
  %".3478" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3477", ptr %".3478", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3481" = trunc i64 %"end.4" to i16
  %".3482" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3481", ptr %".3482", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3485" = trunc i64 %"end.4" to i16
  %".3486" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3485", ptr %".3486", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3489" = trunc i64 %"end.4" to i16
  %".3490" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3489", ptr %".3490", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3493" = trunc i64 %"end.4" to i16
  %".3494" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3493", ptr %".3494", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3497" = trunc i64 %"end.4" to i16
  %".3498" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3497", ptr %".3498", align 2
  br label %"return"
gre_d1.to_arp:
  %".3501" = trunc i64 %"end.4" to i16
  %".3502" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3501", ptr %".3502", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3505" = trunc i64 %"end.4" to i16
  %".3506" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3505", ptr %".3506", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3509" = trunc i64 %"end.4" to i16
  %".3510" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3509", ptr %".3510", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3513" = trunc i64 %"end.4" to i16
  %".3514" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3513", ptr %".3514", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3517" = trunc i64 %"end.4" to i16
  %".3518" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3517", ptr %".3518", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3521" = trunc i64 %"end.4" to i16
  %".3522" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3521", ptr %".3522", align 2
  br label %"return"
gre_d1.to_hsr:
  %".3525" = trunc i64 %"end.4" to i16
  %".3526" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3525", ptr %".3526", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".3529" = trunc i64 %"end.4" to i16
  %".3530" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3529", ptr %".3530", align 2
  br label %"return"
gre_d1.to_batadv:
  %".3533" = trunc i64 %"end.4" to i16
  %".3534" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3533", ptr %".3534", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3537" = trunc i64 %"end.4" to i16
  %".3538" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3537", ptr %".3538", align 2
  br label %"return"
pptp_d1.stop_before:
  %".3550" = trunc i64 %"cursor.46" to i16
  %".3551" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".3550", ptr %".3551", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".3554" = add i64 %"cursor.46", 4
  %".3555" = zext i8 %"w0_1.9" to i64
  %".3556" = lshr i64 %".3555", 7
  %".3557" = and i64 %".3556", 1
  %".3558" = zext i8 %"w0_1.9" to i64
  %".3559" = lshr i64 %".3558", 5
  %".3560" = and i64 %".3559", 1
  %".3561" = add i64 %".3557", %".3560"
  %".3562" = zext i8 %"w0_1.9" to i64
  %".3563" = lshr i64 %".3562", 4
  %".3564" = and i64 %".3563", 1
  %".3565" = add i64 %".3561", %".3564"
  %".3566" = zext i8 %"w1_1.6" to i64
  %".3567" = lshr i64 %".3566", 7
  %".3568" = and i64 %".3567", 1
  %".3569" = add i64 %".3565", %".3568"
  %".3570" = mul i64 %".3569", 4
  %".3571" = add i64 %".3570", 4
  %".3572" = getelementptr i8, ptr %"data.113", i64 %"cursor.46"
  %".3573" = getelementptr i8, ptr %".3572", i64 %".3571"
  %".3574" = icmp ugt ptr %".3573", %"data_end.113"
  br i1 %".3574", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.138" = phi  ptr [%"data.113", %"pptp_d1.stop_before.endif"], [%"data.137", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.113", %"pptp_d1.stop_before.endif"], [%"data_end.137", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.113", %"pptp_d1.stop_before.endif"], [%"keys.137", %"pptp_d1.copy_last_byte_failed.endif"]
  %".3595" = add i64 %"cursor.46", %".3571"
  %".3596" = add i64 %"cursor.46", 4
  %".3597" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3596")
  %".3598" = icmp eq i64 %".3570", 0
  %"end.5" = select  i1 %".3598", i64 %".3597", i64 %".3595"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".3576" = add i64 %"cursor.46", %".3571"
  %".3577" = sub i64 %".3576", 1
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3578" = trunc i64 %".3577" to i32
  %".3579" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3578", i64* %"last_byte", i32 1)
  %".3580" = icmp eq i64 %".3579", 0
  %".3581" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3582" = load i32, ptr %".3581", align 4
  %".3583" = zext i32 %".3582" to i64
  %"data.137" = inttoptr i64 %".3583" to ptr
  %".3584" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3585" = load i32, ptr %".3584", align 4
  %".3586" = zext i32 %".3585" to i64
  %"data_end.137" = inttoptr i64 %".3586" to ptr
  %".3587" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.137" = load ptr, ptr %".3587", align 8
  %".3588" = xor i1 %".3580", -1
  br i1 %".3588", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3590" = trunc i64 %"cursor.46" to i16
  %".3591" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3590", ptr %".3591", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3600" = trunc i64 %"end.5" to i16
  %".3601" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3600", ptr %".3601", align 2
  br label %"return"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.52" = phi  i64 [%"end.5", %"pptp_d1.to_ppp"]
  %"data.139" = phi  ptr [%"data.138", %"pptp_d1.to_ppp"]
  %"data_end.139" = phi  ptr [%"data_end.138", %"pptp_d1.to_ppp"]
  %"keys.139" = phi  ptr [%"keys.138", %"pptp_d1.to_ppp"]
  %"hdr.43" = getelementptr i8, ptr %"data.139", i64 %"cursor.52"
  %".4060" = getelementptr i8, ptr %"hdr.43", i64 4
  %".4061" = icmp ugt ptr %".4060", %"data_end.139"
  br i1 %".4061", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".4063" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4064" = load i16, ptr %".4063", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.17" = phi  i16 [%".4064", %"ppp_d1.linear"], [%".4083", %"ppp_d1.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.139", %"ppp_d1.linear"], [%"data.150", %"ppp_d1.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.139", %"ppp_d1.linear"], [%"data_end.150", %"ppp_d1.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.139", %"ppp_d1.linear"], [%"keys.150", %"ppp_d1.copy_failed.endif"]
  %".4085" = add i64 %"cursor.52", 4
  %".4086" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4087" = zext i16 %".4086" to i64
  switch i64 %".4087", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3613" = trunc i64 %"cursor.47" to i32
  %".3614" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3613", [40 x i8]* %"header_copy", i32 2)
  %".3615" = icmp eq i64 %".3614", 0
  %".3616" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3617" = load i32, ptr %".3616", align 4
  %".3618" = zext i32 %".3617" to i64
  %"data.140" = inttoptr i64 %".3618" to ptr
  %".3619" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3620" = load i32, ptr %".3619", align 4
  %".3621" = zext i32 %".3620" to i64
  %"data_end.140" = inttoptr i64 %".3621" to ptr
  %".3622" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.140" = load ptr, ptr %".3622", align 8
  %".3623" = xor i1 %".3615", -1
  br i1 %".3623", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3625" = trunc i64 %"cursor.47" to i16
  %".3626" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3625", ptr %".3626", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3629" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3630" = load volatile i8, [40 x i8]* %".3629", align 1
  %".3631" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3632" = load volatile i8, [40 x i8]* %".3631", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3646" = trunc i64 %".3643" to i16
  %".3647" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3646", ptr %".3647", align 2
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
  %".3663" = trunc i64 34887 to i16
  %".3664" = call i16 @"llvm.bswap.i16"(i16 %".3663")
  %".3665" = getelementptr i8, ptr %"keys.141", i64 10
  store i16 %".3664", ptr %".3665", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3668" = trunc i64 2048 to i16
  %".3669" = call i16 @"llvm.bswap.i16"(i16 %".3668")
  %".3670" = getelementptr i8, ptr %"keys.141", i64 10
  store i16 %".3669", ptr %".3670", align 2
  %".3672" = getelementptr i8, ptr %"keys.141", i64 8
  store i8 1, ptr %".3672", align 1
  %".3674" = getelementptr i8, ptr %"keys.141", i64 48
  %"flags.64" = load volatile i32, ptr %".3674", align 4
  %".3675" = and i32 %"flags.64", 4
  %".3676" = icmp ne i32 %".3675", 0
  br i1 %".3676", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3686" = trunc i64 34525 to i16
  %".3687" = call i16 @"llvm.bswap.i16"(i16 %".3686")
  %".3688" = getelementptr i8, ptr %"keys.141", i64 10
  store i16 %".3687", ptr %".3688", align 2
  %".3690" = getelementptr i8, ptr %"keys.141", i64 8
  store i8 1, ptr %".3690", align 1
  %".3692" = getelementptr i8, ptr %"keys.141", i64 48
  %"flags.65" = load volatile i32, ptr %".3692", align 4
  %".3693" = and i32 %"flags.65", 4
  %".3694" = icmp ne i32 %".3693", 0
  br i1 %".3694", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.53" = phi  i64 [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4689", %"widening.test.26"]
  %"data.142" = phi  ptr [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.182", %"widening.test.26"]
  %"data_end.142" = phi  ptr [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.182", %"widening.test.26"]
  %"keys.142" = phi  ptr [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.26"]
  %"hdr.44" = getelementptr i8, ptr %"data.142", i64 %"cursor.53"
  %".4150" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4151" = icmp ugt ptr %".4150", %"data_end.142"
  br i1 %".4151", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4153" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4154" = load i8, ptr %".4153", align 1
  %".4155" = getelementptr i8, ptr %"hdr.44", i64 1
  %".4156" = load i8, ptr %".4155", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.18" = phi  i8 [%".4154", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4175", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4156", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4177", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.142", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.152", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.142", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.152", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.142", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.152", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4179" = zext i8 %"w0_1.18" to i64
  %".4180" = trunc i64 %".4179" to i8
  %".4181" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %".4180", ptr %".4181", align 1
  %".4183" = add i64 %"cursor.53", 2
  %".4184" = zext i8 %"w1_1.11" to i64
  %".4185" = mul i64 %".4184", 8
  %".4186" = add i64 %".4185", 6
  %".4187" = add i64 %".4186", 2
  %".4188" = add i64 %"cursor.53", %".4187"
  %".4189" = zext i8 %"w0_1.18" to i64
  switch i64 %".4189", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3:
  %"cursor.54" = phi  i64 [%".3643", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".3737", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".4678", %"widening.test.25"]
  %"data.143" = phi  ptr [%"data.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.181", %"widening.test.25"]
  %"data_end.143" = phi  ptr [%"data_end.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.181", %"widening.test.25"]
  %"keys.143" = phi  ptr [%"keys.141", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.145", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.25"]
  %"hdr.45" = getelementptr i8, ptr %"data.143", i64 %"cursor.54"
  %".4261" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4262" = icmp ugt ptr %".4261", %"data_end.143"
  br i1 %".4262", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4264" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4265" = load i8, ptr %".4264", align 1
  %".4266" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4267" = load i16, ptr %".4266", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.19" = phi  i8 [%".4265", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4286", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4267", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4288", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.143", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.154", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.143", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.154", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.143", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.154", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4290" = zext i8 %"w0_1.19" to i64
  %".4291" = trunc i64 %".4290" to i8
  %".4292" = getelementptr i8, ptr %"keys.155", i64 9
  store i8 %".4291", ptr %".4292", align 1
  %".4294" = add i64 %"cursor.54", 8
  %".4295" = icmp ne i64 1, 0
  %".4296" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4297" = zext i16 %".4296" to i64
  %".4298" = and i64 %".4297", 65528
  %".4299" = icmp eq i64 %".4298", 0
  br i1 %".4295", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3678" = trunc i64 %".3643" to i16
  %".3679" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3678", ptr %".3679", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3682" = trunc i64 %".3643" to i16
  %".3683" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3682", ptr %".3683", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3696" = trunc i64 %".3643" to i16
  %".3697" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3696", ptr %".3697", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3700" = trunc i64 %".3643" to i16
  %".3701" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3700", ptr %".3701", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3712" = trunc i64 %"cursor.48" to i32
  %".3713" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3712", [40 x i8]* %"header_copy", i32 8)
  %".3714" = icmp eq i64 %".3713", 0
  %".3715" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3716" = load i32, ptr %".3715", align 4
  %".3717" = zext i32 %".3716" to i64
  %"data.144" = inttoptr i64 %".3717" to ptr
  %".3718" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3719" = load i32, ptr %".3718", align 4
  %".3720" = zext i32 %".3719" to i64
  %"data_end.144" = inttoptr i64 %".3720" to ptr
  %".3721" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.144" = load ptr, ptr %".3721", align 8
  %".3722" = xor i1 %".3714", -1
  br i1 %".3722", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3724" = trunc i64 %"cursor.48" to i16
  %".3725" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3724", ptr %".3725", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3728" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3729" = load volatile i8, [40 x i8]* %".3728", align 1
  %".3730" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3731" = load volatile i16, [40 x i8]* %".3730", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3744" = getelementptr i8, ptr %"keys.145", i64 6
  store i8 1, ptr %".3744", align 1
  br i1 %".3742", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".3764" = zext i8 %"w0_1.15" to i64
  switch i64 %".3764", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".3747" = getelementptr i8, ptr %"keys.145", i64 7
  store i8 1, ptr %".3747", align 1
  %".3749" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.66" = load volatile i32, ptr %".3749", align 4
  %".3750" = and i32 %"flags.66", 1
  %".3751" = icmp ne i32 %".3750", 0
  %".3752" = xor i1 %".3751", -1
  br i1 %".3752", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".3759" = trunc i64 %".3737" to i16
  %".3760" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3759", ptr %".3760", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".3754" = trunc i64 %".3737" to i16
  %".3755" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3754", ptr %".3755", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".3766" = trunc i64 %".3737" to i16
  %".3767" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3766", ptr %".3767", align 2
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
  %".3783" = trunc i64 34887 to i16
  %".3784" = call i16 @"llvm.bswap.i16"(i16 %".3783")
  %".3785" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3784", ptr %".3785", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".3788" = trunc i64 2048 to i16
  %".3789" = call i16 @"llvm.bswap.i16"(i16 %".3788")
  %".3790" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3789", ptr %".3790", align 2
  %".3792" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3792", align 1
  %".3794" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.67" = load volatile i32, ptr %".3794", align 4
  %".3795" = and i32 %"flags.67", 4
  %".3796" = icmp ne i32 %".3795", 0
  br i1 %".3796", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".3806" = trunc i64 34525 to i16
  %".3807" = call i16 @"llvm.bswap.i16"(i16 %".3806")
  %".3808" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3807", ptr %".3808", align 2
  %".3810" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3810", align 1
  %".3812" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.68" = load volatile i32, ptr %".3812", align 4
  %".3813" = and i32 %"flags.68", 4
  %".3814" = icmp ne i32 %".3813", 0
  br i1 %".3814", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".3798" = trunc i64 %".3737" to i16
  %".3799" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3798", ptr %".3799", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".3802" = trunc i64 %".3737" to i16
  %".3803" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3802", ptr %".3803", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".3816" = trunc i64 %".3737" to i16
  %".3817" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3816", ptr %".3817", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3820" = trunc i64 %".3737" to i16
  %".3821" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3820", ptr %".3821", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3832" = trunc i64 %"cursor.49" to i32
  %".3833" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3832", [40 x i8]* %"header_copy", i32 2)
  %".3834" = icmp eq i64 %".3833", 0
  %".3835" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3836" = load i32, ptr %".3835", align 4
  %".3837" = zext i32 %".3836" to i64
  %"data.146" = inttoptr i64 %".3837" to ptr
  %".3838" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3839" = load i32, ptr %".3838", align 4
  %".3840" = zext i32 %".3839" to i64
  %"data_end.146" = inttoptr i64 %".3840" to ptr
  %".3841" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.146" = load ptr, ptr %".3841", align 8
  %".3842" = xor i1 %".3834", -1
  br i1 %".3842", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".3844" = trunc i64 %"cursor.49" to i16
  %".3845" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3844", ptr %".3845", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".3848" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3849" = load volatile i8, [40 x i8]* %".3848", align 1
  %".3850" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3851" = load volatile i8, [40 x i8]* %".3850", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".3865" = trunc i64 %".3862" to i16
  %".3866" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3865", ptr %".3866", align 2
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
  %".3877" = trunc i64 %".3862" to i16
  %".3878" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3877", ptr %".3878", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3881" = trunc i64 %".3862" to i16
  %".3882" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3881", ptr %".3882", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3885" = trunc i64 %".3862" to i16
  %".3886" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3885", ptr %".3886", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".3889" = trunc i64 %".3862" to i16
  %".3890" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3889", ptr %".3890", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".3894" = trunc i64 34887 to i16
  %".3895" = call i16 @"llvm.bswap.i16"(i16 %".3894")
  %".3896" = getelementptr i8, ptr %"keys.147", i64 10
  store i16 %".3895", ptr %".3896", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".3899" = trunc i64 2048 to i16
  %".3900" = call i16 @"llvm.bswap.i16"(i16 %".3899")
  %".3901" = getelementptr i8, ptr %"keys.147", i64 10
  store i16 %".3900", ptr %".3901", align 2
  %".3903" = getelementptr i8, ptr %"keys.147", i64 8
  store i8 1, ptr %".3903", align 1
  %".3905" = getelementptr i8, ptr %"keys.147", i64 48
  %"flags.69" = load volatile i32, ptr %".3905", align 4
  %".3906" = and i32 %"flags.69", 4
  %".3907" = icmp ne i32 %".3906", 0
  br i1 %".3907", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".3914" = trunc i64 34525 to i16
  %".3915" = call i16 @"llvm.bswap.i16"(i16 %".3914")
  %".3916" = getelementptr i8, ptr %"keys.147", i64 10
  store i16 %".3915", ptr %".3916", align 2
  %".3918" = getelementptr i8, ptr %"keys.147", i64 8
  store i8 1, ptr %".3918", align 1
  %".3920" = getelementptr i8, ptr %"keys.147", i64 48
  %"flags.70" = load volatile i32, ptr %".3920", align 4
  %".3921" = and i32 %"flags.70", 4
  %".3922" = icmp ne i32 %".3921", 0
  br i1 %".3922", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".3909" = trunc i64 %".3862" to i16
  %".3910" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3909", ptr %".3910", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".3924" = trunc i64 %".3862" to i16
  %".3925" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3924", ptr %".3925", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3937" = trunc i64 %"cursor.50" to i32
  %".3938" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3937", [40 x i8]* %"header_copy", i32 8)
  %".3939" = icmp eq i64 %".3938", 0
  %".3940" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3941" = load i32, ptr %".3940", align 4
  %".3942" = zext i32 %".3941" to i64
  %"data.148" = inttoptr i64 %".3942" to ptr
  %".3943" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3944" = load i32, ptr %".3943", align 4
  %".3945" = zext i32 %".3944" to i64
  %"data_end.148" = inttoptr i64 %".3945" to ptr
  %".3946" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.148" = load ptr, ptr %".3946", align 8
  %".3947" = xor i1 %".3939", -1
  br i1 %".3947", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".3949" = trunc i64 %"cursor.50" to i16
  %".3950" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3949", ptr %".3950", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".3953" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3954" = load volatile i8, [40 x i8]* %".3953", align 1
  %".3955" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3956" = load volatile i16, [40 x i8]* %".3955", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".3969" = getelementptr i8, ptr %"keys.149", i64 6
  store i8 1, ptr %".3969", align 1
  br i1 %".3967", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".3989" = zext i8 %"w0_1.17" to i64
  switch i64 %".3989", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".3972" = getelementptr i8, ptr %"keys.149", i64 7
  store i8 1, ptr %".3972", align 1
  %".3974" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.71" = load volatile i32, ptr %".3974", align 4
  %".3975" = and i32 %"flags.71", 1
  %".3976" = icmp ne i32 %".3975", 0
  %".3977" = xor i1 %".3976", -1
  br i1 %".3977", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".3984" = trunc i64 %".3962" to i16
  %".3985" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3984", ptr %".3985", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".3979" = trunc i64 %".3962" to i16
  %".3980" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3979", ptr %".3980", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".3991" = trunc i64 %".3962" to i16
  %".3992" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3991", ptr %".3992", align 2
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
  %".4003" = trunc i64 %".3962" to i16
  %".4004" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4003", ptr %".4004", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4007" = trunc i64 %".3962" to i16
  %".4008" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4007", ptr %".4008", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4011" = trunc i64 %".3962" to i16
  %".4012" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4011", ptr %".4012", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".4015" = trunc i64 %".3962" to i16
  %".4016" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4015", ptr %".4016", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".4020" = trunc i64 34887 to i16
  %".4021" = call i16 @"llvm.bswap.i16"(i16 %".4020")
  %".4022" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".4021", ptr %".4022", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".4025" = trunc i64 2048 to i16
  %".4026" = call i16 @"llvm.bswap.i16"(i16 %".4025")
  %".4027" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".4026", ptr %".4027", align 2
  %".4029" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".4029", align 1
  %".4031" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.72" = load volatile i32, ptr %".4031", align 4
  %".4032" = and i32 %"flags.72", 4
  %".4033" = icmp ne i32 %".4032", 0
  br i1 %".4033", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".4040" = trunc i64 34525 to i16
  %".4041" = call i16 @"llvm.bswap.i16"(i16 %".4040")
  %".4042" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".4041", ptr %".4042", align 2
  %".4044" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".4044", align 1
  %".4046" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.73" = load volatile i32, ptr %".4046", align 4
  %".4047" = and i32 %"flags.73", 4
  %".4048" = icmp ne i32 %".4047", 0
  br i1 %".4048", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".4035" = trunc i64 %".3962" to i16
  %".4036" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4035", ptr %".4036", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".4050" = trunc i64 %".3962" to i16
  %".4051" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".4050", ptr %".4051", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d1.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4066" = trunc i64 %"cursor.52" to i32
  %".4067" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".4066", [40 x i8]* %"header_copy", i32 4)
  %".4068" = icmp eq i64 %".4067", 0
  %".4069" = getelementptr i8, ptr %"ctx.48", i64 76
  %".4070" = load i32, ptr %".4069", align 4
  %".4071" = zext i32 %".4070" to i64
  %"data.150" = inttoptr i64 %".4071" to ptr
  %".4072" = getelementptr i8, ptr %"ctx.48", i64 80
  %".4073" = load i32, ptr %".4072", align 4
  %".4074" = zext i32 %".4073" to i64
  %"data_end.150" = inttoptr i64 %".4074" to ptr
  %".4075" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.150" = load ptr, ptr %".4075", align 8
  %".4076" = xor i1 %".4068", -1
  br i1 %".4076", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".4078" = trunc i64 %"cursor.52" to i16
  %".4079" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".4078", ptr %".4079", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".4082" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4083" = load volatile i16, [40 x i8]* %".4082", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".4089" = and i64 %".4087", 0
  %".4090" = icmp eq i64 %".4089", 0
  br i1 %".4090", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".4096" = trunc i64 2048 to i16
  %".4097" = call i16 @"llvm.bswap.i16"(i16 %".4096")
  %".4098" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".4097", ptr %".4098", align 2
  %".4100" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".4100", align 1
  %".4102" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.74" = load volatile i32, ptr %".4102", align 4
  %".4103" = and i32 %"flags.74", 4
  %".4104" = icmp ne i32 %".4103", 0
  br i1 %".4104", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".4114" = trunc i64 34525 to i16
  %".4115" = call i16 @"llvm.bswap.i16"(i16 %".4114")
  %".4116" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".4115", ptr %".4116", align 2
  %".4118" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".4118", align 1
  %".4120" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.75" = load volatile i32, ptr %".4120", align 4
  %".4121" = and i32 %"flags.75", 4
  %".4122" = icmp ne i32 %".4121", 0
  br i1 %".4122", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".4132" = trunc i64 34827 to i16
  %".4133" = call i16 @"llvm.bswap.i16"(i16 %".4132")
  %".4134" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".4133", ptr %".4134", align 2
  %".4136" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".4136", align 1
  %".4138" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.76" = load volatile i32, ptr %".4138", align 4
  %".4139" = and i32 %"flags.76", 4
  %".4140" = icmp ne i32 %".4139", 0
  br i1 %".4140", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".4092" = trunc i64 %".4085" to i16
  %".4093" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4092", ptr %".4093", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".4106" = trunc i64 %".4085" to i16
  %".4107" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4106", ptr %".4107", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".4110" = trunc i64 %".4085" to i16
  %".4111" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4110", ptr %".4111", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".4124" = trunc i64 %".4085" to i16
  %".4125" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4124", ptr %".4125", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".4128" = trunc i64 %".4085" to i16
  %".4129" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4128", ptr %".4129", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".4142" = trunc i64 %".4085" to i16
  %".4143" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4142", ptr %".4143", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".4146" = trunc i64 %".4085" to i16
  %".4147" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".4146", ptr %".4147", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4158" = trunc i64 %"cursor.53" to i32
  %".4159" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".4158", [40 x i8]* %"header_copy", i32 2)
  %".4160" = icmp eq i64 %".4159", 0
  %".4161" = getelementptr i8, ptr %"ctx.49", i64 76
  %".4162" = load i32, ptr %".4161", align 4
  %".4163" = zext i32 %".4162" to i64
  %"data.152" = inttoptr i64 %".4163" to ptr
  %".4164" = getelementptr i8, ptr %"ctx.49", i64 80
  %".4165" = load i32, ptr %".4164", align 4
  %".4166" = zext i32 %".4165" to i64
  %"data_end.152" = inttoptr i64 %".4166" to ptr
  %".4167" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.152" = load ptr, ptr %".4167", align 8
  %".4168" = xor i1 %".4160", -1
  br i1 %".4168", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4170" = trunc i64 %"cursor.53" to i16
  %".4171" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".4170", ptr %".4171", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4174" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4175" = load volatile i8, [40 x i8]* %".4174", align 1
  %".4176" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4177" = load volatile i8, [40 x i8]* %".4176", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4191" = trunc i64 %".4188" to i16
  %".4192" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4191", ptr %".4192", align 2
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
  %".4203" = trunc i64 %".4188" to i16
  %".4204" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4203", ptr %".4204", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4207" = trunc i64 %".4188" to i16
  %".4208" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4207", ptr %".4208", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4211" = trunc i64 %".4188" to i16
  %".4212" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4211", ptr %".4212", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4215" = trunc i64 %".4188" to i16
  %".4216" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4215", ptr %".4216", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4220" = trunc i64 34887 to i16
  %".4221" = call i16 @"llvm.bswap.i16"(i16 %".4220")
  %".4222" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4221", ptr %".4222", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4225" = trunc i64 2048 to i16
  %".4226" = call i16 @"llvm.bswap.i16"(i16 %".4225")
  %".4227" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4226", ptr %".4227", align 2
  %".4229" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4229", align 1
  %".4231" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.77" = load volatile i32, ptr %".4231", align 4
  %".4232" = and i32 %"flags.77", 4
  %".4233" = icmp ne i32 %".4232", 0
  br i1 %".4233", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4243" = trunc i64 34525 to i16
  %".4244" = call i16 @"llvm.bswap.i16"(i16 %".4243")
  %".4245" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4244", ptr %".4245", align 2
  %".4247" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4247", align 1
  %".4249" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.78" = load volatile i32, ptr %".4249", align 4
  %".4250" = and i32 %"flags.78", 4
  %".4251" = icmp ne i32 %".4250", 0
  br i1 %".4251", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4235" = trunc i64 %".4188" to i16
  %".4236" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4235", ptr %".4236", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4239" = trunc i64 %".4188" to i16
  %".4240" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4239", ptr %".4240", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4253" = trunc i64 %".4188" to i16
  %".4254" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4253", ptr %".4254", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4257" = trunc i64 %".4188" to i16
  %".4258" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4257", ptr %".4258", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4269" = trunc i64 %"cursor.54" to i32
  %".4270" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4269", [40 x i8]* %"header_copy", i32 8)
  %".4271" = icmp eq i64 %".4270", 0
  %".4272" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4273" = load i32, ptr %".4272", align 4
  %".4274" = zext i32 %".4273" to i64
  %"data.154" = inttoptr i64 %".4274" to ptr
  %".4275" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4276" = load i32, ptr %".4275", align 4
  %".4277" = zext i32 %".4276" to i64
  %"data_end.154" = inttoptr i64 %".4277" to ptr
  %".4278" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.154" = load ptr, ptr %".4278", align 8
  %".4279" = xor i1 %".4271", -1
  br i1 %".4279", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4281" = trunc i64 %"cursor.54" to i16
  %".4282" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".4281", ptr %".4282", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4285" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4286" = load volatile i8, [40 x i8]* %".4285", align 1
  %".4287" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4288" = load volatile i16, [40 x i8]* %".4287", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4301" = getelementptr i8, ptr %"keys.155", i64 6
  store i8 1, ptr %".4301", align 1
  br i1 %".4299", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4321" = zext i8 %"w0_1.19" to i64
  switch i64 %".4321", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4304" = getelementptr i8, ptr %"keys.155", i64 7
  store i8 1, ptr %".4304", align 1
  %".4306" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.79" = load volatile i32, ptr %".4306", align 4
  %".4307" = and i32 %"flags.79", 1
  %".4308" = icmp ne i32 %".4307", 0
  %".4309" = xor i1 %".4308", -1
  br i1 %".4309", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4316" = trunc i64 %".4294" to i16
  %".4317" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4316", ptr %".4317", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4311" = trunc i64 %".4294" to i16
  %".4312" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4311", ptr %".4312", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4323" = trunc i64 %".4294" to i16
  %".4324" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4323", ptr %".4324", align 2
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
  %".4335" = trunc i64 %".4294" to i16
  %".4336" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4335", ptr %".4336", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4339" = trunc i64 %".4294" to i16
  %".4340" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4339", ptr %".4340", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4343" = trunc i64 %".4294" to i16
  %".4344" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4343", ptr %".4344", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4347" = trunc i64 %".4294" to i16
  %".4348" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4347", ptr %".4348", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".4352" = trunc i64 34887 to i16
  %".4353" = call i16 @"llvm.bswap.i16"(i16 %".4352")
  %".4354" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4353", ptr %".4354", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4357" = trunc i64 2048 to i16
  %".4358" = call i16 @"llvm.bswap.i16"(i16 %".4357")
  %".4359" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4358", ptr %".4359", align 2
  %".4361" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4361", align 1
  %".4363" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.80" = load volatile i32, ptr %".4363", align 4
  %".4364" = and i32 %"flags.80", 4
  %".4365" = icmp ne i32 %".4364", 0
  br i1 %".4365", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4375" = trunc i64 34525 to i16
  %".4376" = call i16 @"llvm.bswap.i16"(i16 %".4375")
  %".4377" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4376", ptr %".4377", align 2
  %".4379" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4379", align 1
  %".4381" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.81" = load volatile i32, ptr %".4381", align 4
  %".4382" = and i32 %"flags.81", 4
  %".4383" = icmp ne i32 %".4382", 0
  br i1 %".4383", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4367" = trunc i64 %".4294" to i16
  %".4368" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4367", ptr %".4368", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4371" = trunc i64 %".4294" to i16
  %".4372" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4371", ptr %".4372", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4385" = trunc i64 %".4294" to i16
  %".4386" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4385", ptr %".4386", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4389" = trunc i64 %".4294" to i16
  %".4390" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4389", ptr %".4390", align 2
  br label %"return"
widening.test:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4395" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4396" = load i32, ptr %".4395", align 4
  %".4397" = zext i32 %".4396" to i64
  %"data.156" = inttoptr i64 %".4397" to ptr
  %".4398" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4399" = load i32, ptr %".4398", align 4
  %".4400" = zext i32 %".4399" to i64
  %"data_end.156" = inttoptr i64 %".4400" to ptr
  %".4401" = getelementptr i8, ptr %"keys", i64 0
  %".4402" = load volatile i16, ptr %".4401", align 2
  %".4403" = zext i16 %".4402" to i64
  %".4404" = icmp ugt i64 %".4403", 261
  br i1 %".4404", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4406" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4407" = load i32, ptr %".4406", align 4
  %".4408" = zext i32 %".4407" to i64
  %"data.157" = inttoptr i64 %".4408" to ptr
  %".4409" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4410" = load i32, ptr %".4409", align 4
  %".4411" = zext i32 %".4410" to i64
  %"data_end.157" = inttoptr i64 %".4411" to ptr
  %".4412" = getelementptr i8, ptr %"keys", i64 0
  %".4413" = load volatile i16, ptr %".4412", align 2
  %".4414" = zext i16 %".4413" to i64
  %".4415" = icmp ugt i64 %".4414", 261
  br i1 %".4415", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4417" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4418" = load i32, ptr %".4417", align 4
  %".4419" = zext i32 %".4418" to i64
  %"data.158" = inttoptr i64 %".4419" to ptr
  %".4420" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4421" = load i32, ptr %".4420", align 4
  %".4422" = zext i32 %".4421" to i64
  %"data_end.158" = inttoptr i64 %".4422" to ptr
  %".4423" = getelementptr i8, ptr %"keys", i64 0
  %".4424" = load volatile i16, ptr %".4423", align 2
  %".4425" = zext i16 %".4424" to i64
  %".4426" = icmp ugt i64 %".4425", 267
  br i1 %".4426", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4428" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4429" = load i32, ptr %".4428", align 4
  %".4430" = zext i32 %".4429" to i64
  %"data.159" = inttoptr i64 %".4430" to ptr
  %".4431" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4432" = load i32, ptr %".4431", align 4
  %".4433" = zext i32 %".4432" to i64
  %"data_end.159" = inttoptr i64 %".4433" to ptr
  %".4434" = getelementptr i8, ptr %"keys", i64 0
  %".4435" = load volatile i16, ptr %".4434", align 2
  %".4436" = zext i16 %".4435" to i64
  %".4437" = icmp ugt i64 %".4436", 267
  br i1 %".4437", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4439" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4440" = load i32, ptr %".4439", align 4
  %".4441" = zext i32 %".4440" to i64
  %"data.160" = inttoptr i64 %".4441" to ptr
  %".4442" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4443" = load i32, ptr %".4442", align 4
  %".4444" = zext i32 %".4443" to i64
  %"data_end.160" = inttoptr i64 %".4444" to ptr
  %".4445" = getelementptr i8, ptr %"keys", i64 0
  %".4446" = load volatile i16, ptr %".4445", align 2
  %".4447" = zext i16 %".4446" to i64
  %".4448" = icmp ugt i64 %".4447", 275
  br i1 %".4448", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4450" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4451" = load i32, ptr %".4450", align 4
  %".4452" = zext i32 %".4451" to i64
  %"data.161" = inttoptr i64 %".4452" to ptr
  %".4453" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4454" = load i32, ptr %".4453", align 4
  %".4455" = zext i32 %".4454" to i64
  %"data_end.161" = inttoptr i64 %".4455" to ptr
  %".4456" = getelementptr i8, ptr %"keys", i64 0
  %".4457" = load volatile i16, ptr %".4456", align 2
  %".4458" = zext i16 %".4457" to i64
  %".4459" = icmp ugt i64 %".4458", 2363
  br i1 %".4459", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4461" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4462" = load i32, ptr %".4461", align 4
  %".4463" = zext i32 %".4462" to i64
  %"data.162" = inttoptr i64 %".4463" to ptr
  %".4464" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4465" = load i32, ptr %".4464", align 4
  %".4466" = zext i32 %".4465" to i64
  %"data_end.162" = inttoptr i64 %".4466" to ptr
  %".4467" = getelementptr i8, ptr %"keys", i64 0
  %".4468" = load volatile i16, ptr %".4467", align 2
  %".4469" = zext i16 %".4468" to i64
  %".4470" = icmp ugt i64 %".4469", 2363
  br i1 %".4470", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4472" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4473" = load i32, ptr %".4472", align 4
  %".4474" = zext i32 %".4473" to i64
  %"data.163" = inttoptr i64 %".4474" to ptr
  %".4475" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4476" = load i32, ptr %".4475", align 4
  %".4477" = zext i32 %".4476" to i64
  %"data_end.163" = inttoptr i64 %".4477" to ptr
  %".4478" = getelementptr i8, ptr %"keys", i64 0
  %".4479" = load volatile i16, ptr %".4478", align 2
  %".4480" = zext i16 %".4479" to i64
  %".4481" = icmp ugt i64 %".4480", 4411
  br i1 %".4481", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4483" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4484" = load i32, ptr %".4483", align 4
  %".4485" = zext i32 %".4484" to i64
  %"data.164" = inttoptr i64 %".4485" to ptr
  %".4486" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4487" = load i32, ptr %".4486", align 4
  %".4488" = zext i32 %".4487" to i64
  %"data_end.164" = inttoptr i64 %".4488" to ptr
  %".4489" = getelementptr i8, ptr %"keys", i64 0
  %".4490" = load volatile i16, ptr %".4489", align 2
  %".4491" = zext i16 %".4490" to i64
  %".4492" = icmp ugt i64 %".4491", 4411
  br i1 %".4492", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4494" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4495" = load i32, ptr %".4494", align 4
  %".4496" = zext i32 %".4495" to i64
  %"data.165" = inttoptr i64 %".4496" to ptr
  %".4497" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4498" = load i32, ptr %".4497", align 4
  %".4499" = zext i32 %".4498" to i64
  %"data_end.165" = inttoptr i64 %".4499" to ptr
  %".4500" = getelementptr i8, ptr %"keys", i64 0
  %".4501" = load volatile i16, ptr %".4500", align 2
  %".4502" = zext i16 %".4501" to i64
  %".4503" = icmp ugt i64 %".4502", 275
  br i1 %".4503", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4505" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4506" = load i32, ptr %".4505", align 4
  %".4507" = zext i32 %".4506" to i64
  %"data.166" = inttoptr i64 %".4507" to ptr
  %".4508" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4509" = load i32, ptr %".4508", align 4
  %".4510" = zext i32 %".4509" to i64
  %"data_end.166" = inttoptr i64 %".4510" to ptr
  %".4511" = getelementptr i8, ptr %"keys", i64 0
  %".4512" = load volatile i16, ptr %".4511", align 2
  %".4513" = zext i16 %".4512" to i64
  %".4514" = icmp ugt i64 %".4513", 6459
  br i1 %".4514", label %"widening.test.11", label %"gre_version_d0"
widening.test.11:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4516" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4517" = load i32, ptr %".4516", align 4
  %".4518" = zext i32 %".4517" to i64
  %"data.167" = inttoptr i64 %".4518" to ptr
  %".4519" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4520" = load i32, ptr %".4519", align 4
  %".4521" = zext i32 %".4520" to i64
  %"data_end.167" = inttoptr i64 %".4521" to ptr
  %".4522" = getelementptr i8, ptr %"keys", i64 0
  %".4523" = load volatile i16, ptr %".4522", align 2
  %".4524" = zext i16 %".4523" to i64
  %".4525" = icmp ugt i64 %".4524", 6489
  br i1 %".4525", label %"widening.test.12", label %"hsr_d1_vlan_tags1"
widening.test.12:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4527" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4528" = load i32, ptr %".4527", align 4
  %".4529" = zext i32 %".4528" to i64
  %"data.168" = inttoptr i64 %".4529" to ptr
  %".4530" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4531" = load i32, ptr %".4530", align 4
  %".4532" = zext i32 %".4531" to i64
  %"data_end.168" = inttoptr i64 %".4532" to ptr
  %".4533" = getelementptr i8, ptr %"keys", i64 0
  %".4534" = load volatile i16, ptr %".4533", align 2
  %".4535" = zext i16 %".4534" to i64
  %".4536" = icmp ugt i64 %".4535", 6489
  br i1 %".4536", label %"widening.test.13", label %"vlan_d1_vlan_tags1"
widening.test.13:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4538" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4539" = load i32, ptr %".4538", align 4
  %".4540" = zext i32 %".4539" to i64
  %"data.169" = inttoptr i64 %".4540" to ptr
  %".4541" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4542" = load i32, ptr %".4541", align 4
  %".4543" = zext i32 %".4542" to i64
  %"data_end.169" = inttoptr i64 %".4543" to ptr
  %".4544" = getelementptr i8, ptr %"keys", i64 0
  %".4545" = load volatile i16, ptr %".4544", align 2
  %".4546" = zext i16 %".4545" to i64
  %".4547" = icmp ugt i64 %".4546", 6495
  br i1 %".4547", label %"widening.test.14", label %"hsr_d1_vlan_tags2"
widening.test.14:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4549" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4550" = load i32, ptr %".4549", align 4
  %".4551" = zext i32 %".4550" to i64
  %"data.170" = inttoptr i64 %".4551" to ptr
  %".4552" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4553" = load i32, ptr %".4552", align 4
  %".4554" = zext i32 %".4553" to i64
  %"data_end.170" = inttoptr i64 %".4554" to ptr
  %".4555" = getelementptr i8, ptr %"keys", i64 0
  %".4556" = load volatile i16, ptr %".4555", align 2
  %".4557" = zext i16 %".4556" to i64
  %".4558" = icmp ugt i64 %".4557", 6495
  br i1 %".4558", label %"widening.test.15", label %"vlan_d1_vlan_tags2"
widening.test.15:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4560" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4561" = load i32, ptr %".4560", align 4
  %".4562" = zext i32 %".4561" to i64
  %"data.171" = inttoptr i64 %".4562" to ptr
  %".4563" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4564" = load i32, ptr %".4563", align 4
  %".4565" = zext i32 %".4564" to i64
  %"data_end.171" = inttoptr i64 %".4565" to ptr
  %".4566" = getelementptr i8, ptr %"keys", i64 0
  %".4567" = load volatile i16, ptr %".4566", align 2
  %".4568" = zext i16 %".4567" to i64
  %".4569" = icmp ugt i64 %".4568", 6501
  br i1 %".4569", label %"widening.test.16", label %"batadv_d1"
widening.test.16:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4571" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4572" = load i32, ptr %".4571", align 4
  %".4573" = zext i32 %".4572" to i64
  %"data.172" = inttoptr i64 %".4573" to ptr
  %".4574" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4575" = load i32, ptr %".4574", align 4
  %".4576" = zext i32 %".4575" to i64
  %"data_end.172" = inttoptr i64 %".4576" to ptr
  %".4577" = getelementptr i8, ptr %"keys", i64 0
  %".4578" = load volatile i16, ptr %".4577", align 2
  %".4579" = zext i16 %".4578" to i64
  %".4580" = icmp ugt i64 %".4579", 6501
  br i1 %".4580", label %"widening.test.17", label %"fcoe"
widening.test.17:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4582" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4583" = load i32, ptr %".4582", align 4
  %".4584" = zext i32 %".4583" to i64
  %"data.173" = inttoptr i64 %".4584" to ptr
  %".4585" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4586" = load i32, ptr %".4585", align 4
  %".4587" = zext i32 %".4586" to i64
  %"data_end.173" = inttoptr i64 %".4587" to ptr
  %".4588" = getelementptr i8, ptr %"keys", i64 0
  %".4589" = load volatile i16, ptr %".4588", align 2
  %".4590" = zext i16 %".4589" to i64
  %".4591" = icmp ugt i64 %".4590", 6501
  br i1 %".4591", label %"widening.test.18", label %"tipc"
widening.test.18:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4593" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4594" = load i32, ptr %".4593", align 4
  %".4595" = zext i32 %".4594" to i64
  %"data.174" = inttoptr i64 %".4595" to ptr
  %".4596" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4597" = load i32, ptr %".4596", align 4
  %".4598" = zext i32 %".4597" to i64
  %"data_end.174" = inttoptr i64 %".4598" to ptr
  %".4599" = getelementptr i8, ptr %"keys", i64 0
  %".4600" = load volatile i16, ptr %".4599", align 2
  %".4601" = zext i16 %".4600" to i64
  %".4602" = icmp ugt i64 %".4601", 6501
  br i1 %".4602", label %"widening.test.19", label %"cfm"
widening.test.19:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4604" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4605" = load i32, ptr %".4604", align 4
  %".4606" = zext i32 %".4605" to i64
  %"data.175" = inttoptr i64 %".4606" to ptr
  %".4607" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4608" = load i32, ptr %".4607", align 4
  %".4609" = zext i32 %".4608" to i64
  %"data_end.175" = inttoptr i64 %".4609" to ptr
  %".4610" = getelementptr i8, ptr %"keys", i64 0
  %".4611" = load volatile i16, ptr %".4610", align 2
  %".4612" = zext i16 %".4611" to i64
  %".4613" = icmp ugt i64 %".4612", 6501
  br i1 %".4613", label %"widening.test.20", label %"ptp"
widening.test.20:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4615" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4616" = load i32, ptr %".4615", align 4
  %".4617" = zext i32 %".4616" to i64
  %"data.176" = inttoptr i64 %".4617" to ptr
  %".4618" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4619" = load i32, ptr %".4618", align 4
  %".4620" = zext i32 %".4619" to i64
  %"data_end.176" = inttoptr i64 %".4620" to ptr
  %".4621" = getelementptr i8, ptr %"keys", i64 0
  %".4622" = load volatile i16, ptr %".4621", align 2
  %".4623" = zext i16 %".4622" to i64
  %".4624" = icmp ugt i64 %".4623", 6501
  br i1 %".4624", label %"widening.test.21", label %"arp"
widening.test.21:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4626" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4627" = load i32, ptr %".4626", align 4
  %".4628" = zext i32 %".4627" to i64
  %"data.177" = inttoptr i64 %".4628" to ptr
  %".4629" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4630" = load i32, ptr %".4629", align 4
  %".4631" = zext i32 %".4630" to i64
  %"data_end.177" = inttoptr i64 %".4631" to ptr
  %".4632" = getelementptr i8, ptr %"keys", i64 0
  %".4633" = load volatile i16, ptr %".4632", align 2
  %".4634" = zext i16 %".4633" to i64
  %".4635" = icmp ugt i64 %".4634", 6501
  br i1 %".4635", label %"widening.test.22", label %"pppoe_d1"
widening.test.22:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4637" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4638" = load i32, ptr %".4637", align 4
  %".4639" = zext i32 %".4638" to i64
  %"data.178" = inttoptr i64 %".4639" to ptr
  %".4640" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4641" = load i32, ptr %".4640", align 4
  %".4642" = zext i32 %".4641" to i64
  %"data_end.178" = inttoptr i64 %".4642" to ptr
  %".4643" = getelementptr i8, ptr %"keys", i64 0
  %".4644" = load volatile i16, ptr %".4643", align 2
  %".4645" = zext i16 %".4644" to i64
  %".4646" = icmp ugt i64 %".4645", 6509
  br i1 %".4646", label %"widening.test.23", label %"ipv6_d1"
widening.test.23:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4648" = getelementptr i8, ptr %"ctx.74", i64 76
  %".4649" = load i32, ptr %".4648", align 4
  %".4650" = zext i32 %".4649" to i64
  %"data.179" = inttoptr i64 %".4650" to ptr
  %".4651" = getelementptr i8, ptr %"ctx.74", i64 80
  %".4652" = load i32, ptr %".4651", align 4
  %".4653" = zext i32 %".4652" to i64
  %"data_end.179" = inttoptr i64 %".4653" to ptr
  %".4654" = getelementptr i8, ptr %"keys", i64 0
  %".4655" = load volatile i16, ptr %".4654", align 2
  %".4656" = zext i16 %".4655" to i64
  %".4657" = icmp ugt i64 %".4656", 8597
  br i1 %".4657", label %"widening.test.24", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.24:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4659" = getelementptr i8, ptr %"ctx.75", i64 76
  %".4660" = load i32, ptr %".4659", align 4
  %".4661" = zext i32 %".4660" to i64
  %"data.180" = inttoptr i64 %".4661" to ptr
  %".4662" = getelementptr i8, ptr %"ctx.75", i64 80
  %".4663" = load i32, ptr %".4662", align 4
  %".4664" = zext i32 %".4663" to i64
  %"data_end.180" = inttoptr i64 %".4664" to ptr
  %".4665" = getelementptr i8, ptr %"keys", i64 0
  %".4666" = load volatile i16, ptr %".4665", align 2
  %".4667" = zext i16 %".4666" to i64
  %".4668" = icmp ugt i64 %".4667", 8597
  br i1 %".4668", label %"widening.test.25", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.25:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4670" = getelementptr i8, ptr %"ctx.76", i64 76
  %".4671" = load i32, ptr %".4670", align 4
  %".4672" = zext i32 %".4671" to i64
  %"data.181" = inttoptr i64 %".4672" to ptr
  %".4673" = getelementptr i8, ptr %"ctx.76", i64 80
  %".4674" = load i32, ptr %".4673", align 4
  %".4675" = zext i32 %".4674" to i64
  %"data_end.181" = inttoptr i64 %".4675" to ptr
  %".4676" = getelementptr i8, ptr %"keys", i64 0
  %".4677" = load volatile i16, ptr %".4676", align 2
  %".4678" = zext i16 %".4677" to i64
  %".4679" = icmp ugt i64 %".4678", 10645
  br i1 %".4679", label %"widening.test.26", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.26:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4681" = getelementptr i8, ptr %"ctx.77", i64 76
  %".4682" = load i32, ptr %".4681", align 4
  %".4683" = zext i32 %".4682" to i64
  %"data.182" = inttoptr i64 %".4683" to ptr
  %".4684" = getelementptr i8, ptr %"ctx.77", i64 80
  %".4685" = load i32, ptr %".4684", align 4
  %".4686" = zext i32 %".4685" to i64
  %"data_end.182" = inttoptr i64 %".4686" to ptr
  %".4687" = getelementptr i8, ptr %"keys", i64 0
  %".4688" = load volatile i16, ptr %".4687", align 2
  %".4689" = zext i16 %".4688" to i64
  %".4690" = icmp ugt i64 %".4689", 10645
  br i1 %".4690", label %"widening.test.27", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.27:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4692" = getelementptr i8, ptr %"ctx.78", i64 76
  %".4693" = load i32, ptr %".4692", align 4
  %".4694" = zext i32 %".4693" to i64
  %"data.183" = inttoptr i64 %".4694" to ptr
  %".4695" = getelementptr i8, ptr %"ctx.78", i64 80
  %".4696" = load i32, ptr %".4695", align 4
  %".4697" = zext i32 %".4696" to i64
  %"data_end.183" = inttoptr i64 %".4697" to ptr
  %".4698" = getelementptr i8, ptr %"keys", i64 0
  %".4699" = load volatile i16, ptr %".4698", align 2
  %".4700" = zext i16 %".4699" to i64
  %".4701" = icmp ugt i64 %".4700", 12693
  br i1 %".4701", label %"widening.test.28", label %"icmpv6"
widening.test.28:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4703" = getelementptr i8, ptr %"ctx.79", i64 76
  %".4704" = load i32, ptr %".4703", align 4
  %".4705" = zext i32 %".4704" to i64
  %"data.184" = inttoptr i64 %".4705" to ptr
  %".4706" = getelementptr i8, ptr %"ctx.79", i64 80
  %".4707" = load i32, ptr %".4706", align 4
  %".4708" = zext i32 %".4707" to i64
  %"data_end.184" = inttoptr i64 %".4708" to ptr
  %".4709" = getelementptr i8, ptr %"keys", i64 0
  %".4710" = load volatile i16, ptr %".4709", align 2
  %".4711" = zext i16 %".4710" to i64
  %".4712" = icmp ugt i64 %".4711", 6509
  br i1 %".4712", label %"widening.test.29", label %"ipv4_d1"
widening.test.29:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4714" = getelementptr i8, ptr %"ctx.80", i64 76
  %".4715" = load i32, ptr %".4714", align 4
  %".4716" = zext i32 %".4715" to i64
  %"data.185" = inttoptr i64 %".4716" to ptr
  %".4717" = getelementptr i8, ptr %"ctx.80", i64 80
  %".4718" = load i32, ptr %".4717", align 4
  %".4719" = zext i32 %".4718" to i64
  %"data_end.185" = inttoptr i64 %".4719" to ptr
  %".4720" = getelementptr i8, ptr %"keys", i64 0
  %".4721" = load volatile i16, ptr %".4720", align 2
  %".4722" = zext i16 %".4721" to i64
  %".4723" = icmp ugt i64 %".4722", 12693
  br i1 %".4723", label %"widening.test.30", label %"mpls_mpls_labels1"
widening.test.30:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4725" = getelementptr i8, ptr %"ctx.81", i64 76
  %".4726" = load i32, ptr %".4725", align 4
  %".4727" = zext i32 %".4726" to i64
  %"data.186" = inttoptr i64 %".4727" to ptr
  %".4728" = getelementptr i8, ptr %"ctx.81", i64 80
  %".4729" = load i32, ptr %".4728", align 4
  %".4730" = zext i32 %".4729" to i64
  %"data_end.186" = inttoptr i64 %".4730" to ptr
  %".4731" = getelementptr i8, ptr %"keys", i64 0
  %".4732" = load volatile i16, ptr %".4731", align 2
  %".4733" = zext i16 %".4732" to i64
  %".4734" = icmp ugt i64 %".4733", 12693
  br i1 %".4734", label %"widening.test.31", label %"ah"
widening.test.31:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4736" = getelementptr i8, ptr %"ctx.82", i64 76
  %".4737" = load i32, ptr %".4736", align 4
  %".4738" = zext i32 %".4737" to i64
  %"data.187" = inttoptr i64 %".4738" to ptr
  %".4739" = getelementptr i8, ptr %"ctx.82", i64 80
  %".4740" = load i32, ptr %".4739", align 4
  %".4741" = zext i32 %".4740" to i64
  %"data_end.187" = inttoptr i64 %".4741" to ptr
  %".4742" = getelementptr i8, ptr %"keys", i64 0
  %".4743" = load volatile i16, ptr %".4742", align 2
  %".4744" = zext i16 %".4743" to i64
  %".4745" = icmp ugt i64 %".4744", 12693
  br i1 %".4745", label %"widening.test.32", label %"esp"
widening.test.32:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4747" = getelementptr i8, ptr %"ctx.83", i64 76
  %".4748" = load i32, ptr %".4747", align 4
  %".4749" = zext i32 %".4748" to i64
  %"data.188" = inttoptr i64 %".4749" to ptr
  %".4750" = getelementptr i8, ptr %"ctx.83", i64 80
  %".4751" = load i32, ptr %".4750", align 4
  %".4752" = zext i32 %".4751" to i64
  %"data_end.188" = inttoptr i64 %".4752" to ptr
  %".4753" = getelementptr i8, ptr %"keys", i64 0
  %".4754" = load volatile i16, ptr %".4753", align 2
  %".4755" = zext i16 %".4754" to i64
  %".4756" = icmp ugt i64 %".4755", 12693
  br i1 %".4756", label %"widening.test.33", label %"dccp"
widening.test.33:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4758" = getelementptr i8, ptr %"ctx.84", i64 76
  %".4759" = load i32, ptr %".4758", align 4
  %".4760" = zext i32 %".4759" to i64
  %"data.189" = inttoptr i64 %".4760" to ptr
  %".4761" = getelementptr i8, ptr %"ctx.84", i64 80
  %".4762" = load i32, ptr %".4761", align 4
  %".4763" = zext i32 %".4762" to i64
  %"data_end.189" = inttoptr i64 %".4763" to ptr
  %".4764" = getelementptr i8, ptr %"keys", i64 0
  %".4765" = load volatile i16, ptr %".4764", align 2
  %".4766" = zext i16 %".4765" to i64
  %".4767" = icmp ugt i64 %".4766", 12693
  br i1 %".4767", label %"widening.test.34", label %"sctp"
widening.test.34:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4769" = getelementptr i8, ptr %"ctx.85", i64 76
  %".4770" = load i32, ptr %".4769", align 4
  %".4771" = zext i32 %".4770" to i64
  %"data.190" = inttoptr i64 %".4771" to ptr
  %".4772" = getelementptr i8, ptr %"ctx.85", i64 80
  %".4773" = load i32, ptr %".4772", align 4
  %".4774" = zext i32 %".4773" to i64
  %"data_end.190" = inttoptr i64 %".4774" to ptr
  %".4775" = getelementptr i8, ptr %"keys", i64 0
  %".4776" = load volatile i16, ptr %".4775", align 2
  %".4777" = zext i16 %".4776" to i64
  %".4778" = icmp ugt i64 %".4777", 12693
  br i1 %".4778", label %"widening.test.35", label %"gre_version_d1"
widening.test.35:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4780" = getelementptr i8, ptr %"ctx.86", i64 76
  %".4781" = load i32, ptr %".4780", align 4
  %".4782" = zext i32 %".4781" to i64
  %"data.191" = inttoptr i64 %".4782" to ptr
  %".4783" = getelementptr i8, ptr %"ctx.86", i64 80
  %".4784" = load i32, ptr %".4783", align 4
  %".4785" = zext i32 %".4784" to i64
  %"data_end.191" = inttoptr i64 %".4785" to ptr
  %".4786" = getelementptr i8, ptr %"keys", i64 0
  %".4787" = load volatile i16, ptr %".4786", align 2
  %".4788" = zext i16 %".4787" to i64
  %".4789" = icmp ugt i64 %".4788", 12693
  br i1 %".4789", label %"widening.test.36", label %"udplite"
widening.test.36:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4791" = getelementptr i8, ptr %"ctx.87", i64 76
  %".4792" = load i32, ptr %".4791", align 4
  %".4793" = zext i32 %".4792" to i64
  %"data.192" = inttoptr i64 %".4793" to ptr
  %".4794" = getelementptr i8, ptr %"ctx.87", i64 80
  %".4795" = load i32, ptr %".4794", align 4
  %".4796" = zext i32 %".4795" to i64
  %"data_end.192" = inttoptr i64 %".4796" to ptr
  %".4797" = getelementptr i8, ptr %"keys", i64 0
  %".4798" = load volatile i16, ptr %".4797", align 2
  %".4799" = zext i16 %".4798" to i64
  %".4800" = icmp ugt i64 %".4799", 12693
  br i1 %".4800", label %"widening.test.37", label %"udp"
widening.test.37:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4802" = getelementptr i8, ptr %"ctx.88", i64 76
  %".4803" = load i32, ptr %".4802", align 4
  %".4804" = zext i32 %".4803" to i64
  %"data.193" = inttoptr i64 %".4804" to ptr
  %".4805" = getelementptr i8, ptr %"ctx.88", i64 80
  %".4806" = load i32, ptr %".4805", align 4
  %".4807" = zext i32 %".4806" to i64
  %"data_end.193" = inttoptr i64 %".4807" to ptr
  %".4808" = getelementptr i8, ptr %"keys", i64 0
  %".4809" = load volatile i16, ptr %".4808", align 2
  %".4810" = zext i16 %".4809" to i64
  %".4811" = icmp ugt i64 %".4810", 12693
  br i1 %".4811", label %"widening.beyond", label %"tcp"
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