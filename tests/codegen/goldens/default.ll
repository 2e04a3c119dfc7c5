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
entry_d0.to_ipv4:
  br label %"ipv4_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".372", %"vlan_d0_vlan_tags1.to_ipv4"], [%".487", %"pppoe_d0.to_ipv4"], [%".640", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1924", %"vlan_d0_vlan_tags2.to_ipv4"], [%".1994", %"hsr_d0_vlan_tags2.to_ipv4"], [%".4548", %"widening.test.9"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".372", %"vlan_d0_vlan_tags1.to_ipv6"], [%".487", %"pppoe_d0.to_ipv6"], [%".640", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1924", %"vlan_d0_vlan_tags2.to_ipv6"], [%".1994", %"hsr_d0_vlan_tags2.to_ipv6"], [%".4493", %"widening.test.4"]
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
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".273", %"ipv6_d0.to_mpls"], [%".372", %"vlan_d0_vlan_tags1.to_mpls"], [%".372", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".487", %"pppoe_d0.to_mpls"], [%".487", %"pppoe_d0.to_mpls.1"], [%".640", %"hsr_d0_vlan_tags1.to_mpls"], [%".640", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".717", %"batadv_d0.stop_at_encap.endif.4"], [%".717", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1586", %"ipv6_d1.to_mpls"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1924", %"vlan_d0_vlan_tags2.to_mpls"], [%".1924", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".1994", %"hsr_d0_vlan_tags2.to_mpls"], [%".1994", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".2069", %"vlan_d1_vlan_tags1.to_mpls"], [%".2069", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2146", %"pppoe_d1.to_mpls"], [%".2146", %"pppoe_d1.to_mpls.1"], [%".2212", %"hsr_d1_vlan_tags1.to_mpls"], [%".2212", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.2", %"gre_d0.to_mpls"], [%"end.2", %"gre_d0.to_mpls.1"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".3197", %"vlan_d1_vlan_tags2.to_mpls"], [%".3197", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3267", %"hsr_d1_vlan_tags2.to_mpls"], [%".3267", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3337", %"ethernet_d1.to_mpls"], [%".3337", %"ethernet_d1.to_mpls.1"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".4234", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".4340", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".4768", %"widening.test.29"]
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
mpls_mpls_labels1.to_mpls:
  %".433" = trunc i64 %".425" to i16
  %".434" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".433", ptr %".434", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".372", %"vlan_d0_vlan_tags1.to_pppoe"], [%".640", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1924", %"vlan_d0_vlan_tags2.to_pppoe"], [%".1994", %"hsr_d0_vlan_tags2.to_pppoe"], [%".4482", %"widening.test.3"]
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
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".372", %"vlan_d0_vlan_tags1.to_arp"], [%".372", %"vlan_d0_vlan_tags1.to_arp.1"], [%".640", %"hsr_d0_vlan_tags1.to_arp"], [%".640", %"hsr_d0_vlan_tags1.to_arp.1"], [%".717", %"batadv_d0.stop_at_encap.endif.7"], [%".717", %"batadv_d0.stop_at_encap.endif.8"], [%".1924", %"vlan_d0_vlan_tags2.to_arp"], [%".1924", %"vlan_d0_vlan_tags2.to_arp.1"], [%".1994", %"hsr_d0_vlan_tags2.to_arp"], [%".1994", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2069", %"vlan_d1_vlan_tags1.to_arp"], [%".2069", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2212", %"hsr_d1_vlan_tags1.to_arp"], [%".2212", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.2", %"gre_d0.to_arp"], [%"end.2", %"gre_d0.to_arp.1"], [%".3197", %"vlan_d1_vlan_tags2.to_arp"], [%".3197", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3267", %"hsr_d1_vlan_tags2.to_arp"], [%".3267", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3337", %"ethernet_d1.to_arp"], [%".3337", %"ethernet_d1.to_arp.1"], [%".4669", %"widening.test.20"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data.95", %"vlan_d0_vlan_tags2.to_arp"], [%"data.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.97", %"hsr_d0_vlan_tags2.to_arp"], [%"data.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.99", %"vlan_d1_vlan_tags1.to_arp"], [%"data.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_arp"], [%"data.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.109", %"gre_d0.to_arp"], [%"data.109", %"gre_d0.to_arp.1"], [%"data.131", %"vlan_d1_vlan_tags2.to_arp"], [%"data.131", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.133", %"hsr_d1_vlan_tags2.to_arp"], [%"data.133", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.135", %"ethernet_d1.to_arp"], [%"data.135", %"ethernet_d1.to_arp.1"], [%"data.180", %"widening.test.20"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.109", %"gre_d0.to_arp"], [%"data_end.109", %"gre_d0.to_arp.1"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.135", %"ethernet_d1.to_arp"], [%"data_end.135", %"ethernet_d1.to_arp.1"], [%"data_end.180", %"widening.test.20"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.48", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.95", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.95", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.97", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.97", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.99", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.99", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.105", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.109", %"gre_d0.to_arp"], [%"keys.109", %"gre_d0.to_arp.1"], [%"keys.131", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.131", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.133", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.133", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.135", %"ethernet_d1.to_arp"], [%"keys.135", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.20"]
  %".522" = add i64 %"cursor.6", 0
  %".523" = trunc i64 %".522" to i16
  %".524" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".523", ptr %".524", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".372", %"vlan_d0_vlan_tags1.to_ptp"], [%".640", %"hsr_d0_vlan_tags1.to_ptp"], [%".717", %"batadv_d0.stop_at_encap.endif.9"], [%".1924", %"vlan_d0_vlan_tags2.to_ptp"], [%".1994", %"hsr_d0_vlan_tags2.to_ptp"], [%".2069", %"vlan_d1_vlan_tags1.to_ptp"], [%".2212", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.2", %"gre_d0.to_ptp"], [%".3197", %"vlan_d1_vlan_tags2.to_ptp"], [%".3267", %"hsr_d1_vlan_tags2.to_ptp"], [%".3337", %"ethernet_d1.to_ptp"], [%".4658", %"widening.test.19"]
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
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".372", %"vlan_d0_vlan_tags1.to_cfm"], [%".640", %"hsr_d0_vlan_tags1.to_cfm"], [%".717", %"batadv_d0.stop_at_encap.endif.10"], [%".1924", %"vlan_d0_vlan_tags2.to_cfm"], [%".1994", %"hsr_d0_vlan_tags2.to_cfm"], [%".2069", %"vlan_d1_vlan_tags1.to_cfm"], [%".2212", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.2", %"gre_d0.to_cfm"], [%".3197", %"vlan_d1_vlan_tags2.to_cfm"], [%".3267", %"hsr_d1_vlan_tags2.to_cfm"], [%".3337", %"ethernet_d1.to_cfm"], [%".4647", %"widening.test.18"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.109", %"gre_d0.to_cfm"], [%"data.131", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.133", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.135", %"ethernet_d1.to_cfm"], [%"data.178", %"widening.test.18"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.109", %"gre_d0.to_cfm"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.135", %"ethernet_d1.to_cfm"], [%"data_end.178", %"widening.test.18"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.48", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.95", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.97", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.99", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.105", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.109", %"gre_d0.to_cfm"], [%"keys.131", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.133", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.135", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.18"]
  %".553" = add i64 %"cursor.8", 0
  %".554" = trunc i64 %".553" to i16
  %".555" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".554", ptr %".555", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".372", %"vlan_d0_vlan_tags1.to_tipc"], [%".640", %"hsr_d0_vlan_tags1.to_tipc"], [%".717", %"batadv_d0.stop_at_encap.endif.11"], [%".1924", %"vlan_d0_vlan_tags2.to_tipc"], [%".1994", %"hsr_d0_vlan_tags2.to_tipc"], [%".2069", %"vlan_d1_vlan_tags1.to_tipc"], [%".2212", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.2", %"gre_d0.to_tipc"], [%".3197", %"vlan_d1_vlan_tags2.to_tipc"], [%".3267", %"hsr_d1_vlan_tags2.to_tipc"], [%".3337", %"ethernet_d1.to_tipc"], [%".4636", %"widening.test.17"]
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
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".372", %"vlan_d0_vlan_tags1.to_fcoe"], [%".640", %"hsr_d0_vlan_tags1.to_fcoe"], [%".717", %"batadv_d0.stop_at_encap.endif.12"], [%".1924", %"vlan_d0_vlan_tags2.to_fcoe"], [%".1994", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2069", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2212", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.2", %"gre_d0.to_fcoe"], [%".3197", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3267", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3337", %"ethernet_d1.to_fcoe"], [%".4625", %"widening.test.16"]
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
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".372", %"vlan_d0_vlan_tags1.to_batadv"], [%".640", %"hsr_d0_vlan_tags1.to_batadv"], [%".1924", %"vlan_d0_vlan_tags2.to_batadv"], [%".1994", %"hsr_d0_vlan_tags2.to_batadv"], [%".4471", %"widening.test.2"]
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
  br i1 %".126", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".152" = zext i8 %"w9_1" to i64
  switch i64 %".152", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".273", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1586", %"ipv6_d1.to_tcp"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".4234", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".4340", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".4856", %"widening.test.37"]
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
ipv4_d0.fragment:
  %".132" = getelementptr i8, ptr %"keys.15", i64 6
  store i8 1, ptr %".132", align 1
  br i1 %".130", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
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
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".273", %"ipv6_d0.to_udp"], [%"end.1", %"ipv4_d1.to_udp"], [%".1586", %"ipv6_d1.to_udp"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".4234", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".4340", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".4845", %"widening.test.36"]
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
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".273", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1586", %"ipv6_d1.to_udplite"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".4234", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".4340", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".4834", %"widening.test.35"]
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
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".273", %"ipv6_d0.to_gre_version"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".4559", %"widening.test.10"]
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
  br i1 %".1128", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
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
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.34" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.67" = phi  ptr [%"data.66", %"gre_version_d0.to_gre"]
  %"data_end.67" = phi  ptr [%"data_end.66", %"gre_version_d0.to_gre"]
  %"keys.67" = phi  ptr [%"keys.66", %"gre_version_d0.to_gre"]
  %".2521" = zext i8 %"w1_1.2" to i64
  %".2522" = and i64 %".2521", 7
  %".2523" = icmp ne i64 %".2522", 0
  %".2524" = zext i8 %"w0_1.3" to i64
  %".2525" = lshr i64 %".2524", 6
  %".2526" = and i64 %".2525", 1
  %".2527" = icmp ne i64 %".2526", 0
  %".2528" = or i1 %".2523", %".2527"
  br i1 %".2528", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif", !prof !0
gre_d0.stop_before.endif:
  %".2534" = add i64 %"cursor.34", 4
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
  %".2548" = getelementptr i8, ptr %"data.67", i64 %"cursor.34"
  %".2549" = getelementptr i8, ptr %".2548", i64 %".2547"
  %".2550" = icmp ugt ptr %".2549", %"data_end.67"
  br i1 %".2550", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.109" = phi  ptr [%"data.67", %"gre_d0.stop_before.endif"], [%"data.108", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.67", %"gre_d0.stop_before.endif"], [%"data_end.108", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.67", %"gre_d0.stop_before.endif"], [%"keys.108", %"gre_d0.copy_last_byte_failed.endif"]
  %".2571" = add i64 %"cursor.34", %".2547"
  %".2572" = add i64 %"cursor.34", 4
  %".2573" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2572")
  %".2574" = icmp eq i64 %".2546", 0
  %"end.2" = select  i1 %".2574", i64 %".2573", i64 %".2571"
  %".2575" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2575", align 1
  %".2577" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.49" = load volatile i32, ptr %".2577", align 4
  %".2578" = and i32 %"flags.49", 4
  %".2579" = icmp ne i32 %".2578", 0
  br i1 %".2579", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".273", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1586", %"ipv6_d1.to_sctp"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".4234", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".4340", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".4812", %"widening.test.33"]
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
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".273", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1586", %"ipv6_d1.to_dccp"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".4234", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".4340", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".4801", %"widening.test.32"]
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
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".273", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1586", %"ipv6_d1.to_esp"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".4234", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".4340", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".4790", %"widening.test.31"]
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
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".273", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1586", %"ipv6_d1.to_ah"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".4234", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".4340", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".4779", %"widening.test.30"]
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
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".273", %"ipv6_d0.stop_at_encap.endif"], [%".717", %"batadv_d0.stop_at_encap.endif"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%".2069", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2146", %"pppoe_d1.to_ipv4"], [%".2212", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.2", %"gre_d0.to_ipv4"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3197", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3267", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3337", %"ethernet_d1.to_ipv4"], [%".3386", %"ppp_d0.stop_at_encap.endif"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".4757", %"widening.test.28"]
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
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".273", %"ipv6_d0.stop_at_encap.endif.1"], [%".717", %"batadv_d0.stop_at_encap.endif.1"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".2069", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2146", %"pppoe_d1.to_ipv6"], [%".2212", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.2", %"gre_d0.to_ipv6"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3197", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3267", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3337", %"ethernet_d1.to_ipv6"], [%".3386", %"ppp_d0.stop_at_encap.endif.1"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4691", %"widening.test.22"]
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
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".289" = trunc i64 %".273" to i16
  %".290" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".289", ptr %".290", align 2
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
  %".1699" = zext i8 %"w0_1.5" to i64
  switch i64 %".1699", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".273", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.25"
  %".1753" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1754" = icmp ugt ptr %".1753", %"data_end.30"
  br i1 %".1754", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1756" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1757" = load i8, ptr %".1756", align 1
  %".1758" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1759" = load i16, ptr %".1758", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1757", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1778", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1759", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1780", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.90", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1782" = zext i8 %"w0_1.6" to i64
  %".1783" = trunc i64 %".1782" to i8
  %".1784" = getelementptr i8, ptr %"keys.91", i64 9
  store i8 %".1783", ptr %".1784", align 1
  %".1786" = add i64 %"cursor.25", 8
  %".1787" = icmp ne i64 1, 0
  %".1788" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1789" = zext i16 %".1788" to i64
  %".1790" = and i64 %".1789", 65528
  %".1791" = icmp eq i64 %".1790", 0
  br i1 %".1787", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1813" = zext i8 %"w0_1.6" to i64
  switch i64 %".1813", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
icmpv6:
  %"cursor.26" = phi  i64 [%".273", %"ipv6_d0.to_icmpv6"], [%".1586", %"ipv6_d1.to_icmpv6"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".3908", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".4008", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".4234", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".4340", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".4746", %"widening.test.27"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.83", %"ipv6_d1.to_icmpv6"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.187", %"widening.test.27"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.83", %"ipv6_d1.to_icmpv6"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.187", %"widening.test.27"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.83", %"ipv6_d1.to_icmpv6"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.151", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.153", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.27"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.26"
  %".1867" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1868" = icmp ugt ptr %".1867", %"data_end.31"
  br i1 %".1868", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.93" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.92", %"icmpv6.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.92", %"icmpv6.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.92", %"icmpv6.copy_failed.endif"]
  %".1888" = add i64 %"cursor.26", 4
  %".1889" = trunc i64 %"cursor.26" to i16
  %".1890" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1889", ptr %".1890", align 2
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
  %"cursor.27" = phi  i64 [%".372", %"vlan_d0_vlan_tags1.to_vlan"], [%".372", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".640", %"hsr_d0_vlan_tags1.to_vlan"], [%".640", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".4460", %"widening.test.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.161", %"widening.test.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.161", %"widening.test.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.48", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.27"
  %".1893" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1894" = icmp ugt ptr %".1893", %"data_end.34"
  br i1 %".1894", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1896" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1897" = load i16, ptr %".1896", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1897", %"vlan_d0_vlan_tags2.linear"], [%".1916", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.94", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1918" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1919" = zext i16 %".1918" to i64
  %".1920" = trunc i64 %".1919" to i16
  %".1921" = call i16 @"llvm.bswap.i16"(i16 %".1920")
  %".1922" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1921", ptr %".1922", align 2
  %".1924" = add i64 %"cursor.27", 4
  %".1925" = trunc i64 %".1924" to i16
  %".1926" = getelementptr i8, ptr %"keys.95", i64 0
  store i16 %".1925", ptr %".1926", align 2
  %".1928" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1929" = zext i16 %".1928" to i64
  switch i64 %".1929", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".372", %"vlan_d0_vlan_tags1.to_hsr"], [%".372", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".640", %"hsr_d0_vlan_tags1.to_hsr"], [%".640", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".4449", %"widening.test"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.160", %"widening.test"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.160", %"widening.test"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.48", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.35", i64 %"cursor.28"
  %".1963" = getelementptr i8, ptr %"hdr.25", i64 6
  %".1964" = icmp ugt ptr %".1963", %"data_end.35"
  br i1 %".1964", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".1966" = getelementptr i8, ptr %"hdr.25", i64 4
  %".1967" = load i16, ptr %".1966", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".1967", %"hsr_d0_vlan_tags2.linear"], [%".1986", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.35", %"hsr_d0_vlan_tags2.linear"], [%"data.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.35", %"hsr_d0_vlan_tags2.linear"], [%"data_end.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.35", %"hsr_d0_vlan_tags2.linear"], [%"keys.96", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".1988" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1989" = zext i16 %".1988" to i64
  %".1990" = trunc i64 %".1989" to i16
  %".1991" = call i16 @"llvm.bswap.i16"(i16 %".1990")
  %".1992" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1991", ptr %".1992", align 2
  %".1994" = add i64 %"cursor.28", 6
  %".1995" = trunc i64 %".1994" to i16
  %".1996" = getelementptr i8, ptr %"keys.97", i64 0
  store i16 %".1995", ptr %".1996", align 2
  %".1998" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1999" = zext i16 %".1998" to i64
  switch i64 %".1999", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
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
pppoe_d0.to_ipv4:
  %".501" = trunc i64 2048 to i16
  %".502" = call i16 @"llvm.bswap.i16"(i16 %".501")
  %".503" = getelementptr i8, ptr %"keys.39", i64 10
  store i16 %".502", ptr %".503", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".494" = and i64 %".492", 257
  %".495" = icmp eq i64 %".494", 1
  br i1 %".495", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
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
  %"cursor.29" = phi  i64 [%".487", %"pppoe_d0.to_ppp_other"], [%".2146", %"pppoe_d1.to_ppp_other"]
  %"data.40" = phi  ptr [%"data.39", %"pppoe_d0.to_ppp_other"], [%"data.103", %"pppoe_d1.to_ppp_other"]
  %"data_end.40" = phi  ptr [%"data_end.39", %"pppoe_d0.to_ppp_other"], [%"data_end.103", %"pppoe_d1.to_ppp_other"]
  %"keys.40" = phi  ptr [%"keys.39", %"pppoe_d0.to_ppp_other"], [%"keys.103", %"pppoe_d1.to_ppp_other"]
  %".2033" = add i64 %"cursor.29", 0
  %".2034" = trunc i64 %".2033" to i16
  %".2035" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".2034", ptr %".2035", align 2
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
batadv_d0.to_ipv4:
  %".725" = getelementptr i8, ptr %"keys.50", i64 8
  store i8 1, ptr %".725", align 1
  %".727" = getelementptr i8, ptr %"keys.50", i64 48
  %"flags.6" = load volatile i32, ptr %".727", align 4
  %".728" = and i32 %"flags.6", 4
  %".729" = icmp ne i32 %".728", 0
  br i1 %".729", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.unknown:
  %".721" = trunc i64 %".717" to i16
  %".722" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".721", ptr %".722", align 2
  br label %"return"
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
  %"cursor.30" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.2"], [%".717", %"batadv_d0.stop_at_encap.endif.3"], [%"end.2", %"gre_d0.to_vlan"], [%"end.2", %"gre_d0.to_vlan.1"], [%".3337", %"ethernet_d1.to_vlan"], [%".3337", %"ethernet_d1.to_vlan.1"], [%".4581", %"widening.test.12"]
  %"data.51" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data.109", %"gre_d0.to_vlan"], [%"data.109", %"gre_d0.to_vlan.1"], [%"data.135", %"ethernet_d1.to_vlan"], [%"data.135", %"ethernet_d1.to_vlan.1"], [%"data.172", %"widening.test.12"]
  %"data_end.51" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.109", %"gre_d0.to_vlan"], [%"data_end.109", %"gre_d0.to_vlan.1"], [%"data_end.135", %"ethernet_d1.to_vlan"], [%"data_end.135", %"ethernet_d1.to_vlan.1"], [%"data_end.172", %"widening.test.12"]
  %"keys.51" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.109", %"gre_d0.to_vlan"], [%"keys.109", %"gre_d0.to_vlan.1"], [%"keys.135", %"ethernet_d1.to_vlan"], [%"keys.135", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.12"]
  %"hdr.26" = getelementptr i8, ptr %"data.51", i64 %"cursor.30"
  %".2038" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2039" = icmp ugt ptr %".2038", %"data_end.51"
  br i1 %".2039", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2041" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2042" = load i16, ptr %".2041", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".2042", %"vlan_d1_vlan_tags1.linear"], [%".2061", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.51", %"vlan_d1_vlan_tags1.linear"], [%"data.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.51", %"vlan_d1_vlan_tags1.linear"], [%"data_end.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.51", %"vlan_d1_vlan_tags1.linear"], [%"keys.98", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2063" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2064" = zext i16 %".2063" to i64
  %".2065" = trunc i64 %".2064" to i16
  %".2066" = call i16 @"llvm.bswap.i16"(i16 %".2065")
  %".2067" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".2066", ptr %".2067", align 2
  %".2069" = add i64 %"cursor.30", 4
  %".2070" = trunc i64 %".2069" to i16
  %".2071" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".2070", ptr %".2071", align 2
  %".2073" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2074" = zext i16 %".2073" to i64
  switch i64 %".2074", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
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
  %"cursor.31" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.6"], [%".2069", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2212", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.2", %"gre_d0.to_pppoe"], [%".3197", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3267", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3337", %"ethernet_d1.to_pppoe"], [%".4680", %"widening.test.21"]
  %"data.52" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.109", %"gre_d0.to_pppoe"], [%"data.131", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.133", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.135", %"ethernet_d1.to_pppoe"], [%"data.181", %"widening.test.21"]
  %"data_end.52" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.109", %"gre_d0.to_pppoe"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.135", %"ethernet_d1.to_pppoe"], [%"data_end.181", %"widening.test.21"]
  %"keys.52" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.99", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.105", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.109", %"gre_d0.to_pppoe"], [%"keys.131", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.133", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.135", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.21"]
  %"hdr.27" = getelementptr i8, ptr %"data.52", i64 %"cursor.31"
  %".2096" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2097" = icmp ugt ptr %".2096", %"data_end.52"
  br i1 %".2097", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2099" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2100" = load i8, ptr %".2099", align 1
  %".2101" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2102" = load i8, ptr %".2101", align 1
  %".2103" = getelementptr i8, ptr %"hdr.27", i64 6
  %".2104" = load i16, ptr %".2103", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".2100", %"pppoe_d1.linear"], [%".2123", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2102", %"pppoe_d1.linear"], [%".2125", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2104", %"pppoe_d1.linear"], [%".2127", %"pppoe_d1.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.52", %"pppoe_d1.linear"], [%"data.102", %"pppoe_d1.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.52", %"pppoe_d1.linear"], [%"data_end.102", %"pppoe_d1.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.52", %"pppoe_d1.linear"], [%"keys.102", %"pppoe_d1.copy_failed.endif"]
  %".2129" = zext i8 %"w0_1.7" to i64
  %".2130" = lshr i64 %".2129", 4
  %".2131" = and i64 %".2130", 15
  %".2132" = icmp eq i64 %".2131", 1
  %".2133" = zext i8 %"w0_1.7" to i64
  %".2134" = and i64 %".2133", 15
  %".2135" = icmp eq i64 %".2134", 1
  %".2136" = and i1 %".2132", %".2135"
  %".2137" = zext i8 %"w1_1.4" to i64
  %".2138" = icmp eq i64 %".2137", 0
  %".2139" = and i1 %".2136", %".2138"
  %".2140" = xor i1 %".2139", -1
  br i1 %".2140", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
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
  %"cursor.32" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.13"], [%".717", %"batadv_d0.stop_at_encap.endif.14"], [%"end.2", %"gre_d0.to_hsr"], [%"end.2", %"gre_d0.to_hsr.1"], [%".3337", %"ethernet_d1.to_hsr"], [%".3337", %"ethernet_d1.to_hsr.1"], [%".4570", %"widening.test.11"]
  %"data.53" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data.109", %"gre_d0.to_hsr"], [%"data.109", %"gre_d0.to_hsr.1"], [%"data.135", %"ethernet_d1.to_hsr"], [%"data.135", %"ethernet_d1.to_hsr.1"], [%"data.171", %"widening.test.11"]
  %"data_end.53" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.50", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.109", %"gre_d0.to_hsr"], [%"data_end.109", %"gre_d0.to_hsr.1"], [%"data_end.135", %"ethernet_d1.to_hsr"], [%"data_end.135", %"ethernet_d1.to_hsr.1"], [%"data_end.171", %"widening.test.11"]
  %"keys.53" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.50", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.109", %"gre_d0.to_hsr"], [%"keys.109", %"gre_d0.to_hsr.1"], [%"keys.135", %"ethernet_d1.to_hsr"], [%"keys.135", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.11"]
  %"hdr.28" = getelementptr i8, ptr %"data.53", i64 %"cursor.32"
  %".2181" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2182" = icmp ugt ptr %".2181", %"data_end.53"
  br i1 %".2182", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2184" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2185" = load i16, ptr %".2184", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2185", %"hsr_d1_vlan_tags1.linear"], [%".2204", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.53", %"hsr_d1_vlan_tags1.linear"], [%"data.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.53", %"hsr_d1_vlan_tags1.linear"], [%"data_end.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.53", %"hsr_d1_vlan_tags1.linear"], [%"keys.104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2206" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2207" = zext i16 %".2206" to i64
  %".2208" = trunc i64 %".2207" to i16
  %".2209" = call i16 @"llvm.bswap.i16"(i16 %".2208")
  %".2210" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2209", ptr %".2210", align 2
  %".2212" = add i64 %"cursor.32", 6
  %".2213" = trunc i64 %".2212" to i16
  %".2214" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2213", ptr %".2214", align 2
  %".2216" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2217" = zext i16 %".2216" to i64
  switch i64 %".2217", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
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
  %"cursor.33" = phi  i64 [%".717", %"batadv_d0.stop_at_encap.endif.15"], [%".2069", %"vlan_d1_vlan_tags1.to_batadv"], [%".2212", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.2", %"gre_d0.to_batadv"], [%".3197", %"vlan_d1_vlan_tags2.to_batadv"], [%".3267", %"hsr_d1_vlan_tags2.to_batadv"], [%".3337", %"ethernet_d1.to_batadv"], [%".4614", %"widening.test.15"]
  %"data.54" = phi  ptr [%"data.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.109", %"gre_d0.to_batadv"], [%"data.131", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.133", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.135", %"ethernet_d1.to_batadv"], [%"data.175", %"widening.test.15"]
  %"data_end.54" = phi  ptr [%"data_end.50", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.109", %"gre_d0.to_batadv"], [%"data_end.131", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.133", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.135", %"ethernet_d1.to_batadv"], [%"data_end.175", %"widening.test.15"]
  %"keys.54" = phi  ptr [%"keys.50", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.99", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.105", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.109", %"gre_d0.to_batadv"], [%"keys.131", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.133", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.135", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.15"]
  %"hdr.29" = getelementptr i8, ptr %"data.54", i64 %"cursor.33"
  %".2239" = getelementptr i8, ptr %"hdr.29", i64 24
  %".2240" = icmp ugt ptr %".2239", %"data_end.54"
  br i1 %".2240", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2242" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2243" = load i8, ptr %".2242", align 1
  %".2244" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2245" = load i8, ptr %".2244", align 1
  %".2246" = getelementptr i8, ptr %"hdr.29", i64 22
  %".2247" = load i16, ptr %".2246", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.8" = phi  i8 [%".2243", %"batadv_d1.linear"], [%".2266", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2245", %"batadv_d1.linear"], [%".2268", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2247", %"batadv_d1.linear"], [%".2270", %"batadv_d1.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.54", %"batadv_d1.linear"], [%"data.106", %"batadv_d1.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.54", %"batadv_d1.linear"], [%"data_end.106", %"batadv_d1.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.54", %"batadv_d1.linear"], [%"keys.106", %"batadv_d1.copy_failed.endif"]
  %".2272" = zext i8 %"w1_1.5" to i64
  %".2273" = icmp eq i64 %".2272", 15
  %".2274" = zext i8 %"w0_1.8" to i64
  %".2275" = icmp eq i64 %".2274", 64
  %".2276" = and i1 %".2273", %".2275"
  %".2277" = xor i1 %".2276", -1
  br i1 %".2277", label %"batadv_d1.require", label %"batadv_d1.require.endif"
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
gre_version_d0.unknown:
  %".1143" = trunc i64 %"cursor.16" to i16
  %".1144" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1143", ptr %".1144", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
pptp_d0:
  %"cursor.35" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.68" = phi  ptr [%"data.66", %"gre_version_d0.to_pptp"]
  %"data_end.68" = phi  ptr [%"data_end.66", %"gre_version_d0.to_pptp"]
  %"keys.68" = phi  ptr [%"keys.66", %"gre_version_d0.to_pptp"]
  %".2615" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2616" = zext i16 %".2615" to i64
  %".2617" = icmp ne i64 %".2616", 34827
  %".2618" = zext i8 %"w0_1.3" to i64
  %".2619" = lshr i64 %".2618", 5
  %".2620" = and i64 %".2619", 1
  %".2621" = icmp eq i64 %".2620", 0
  %".2622" = or i1 %".2617", %".2621"
  br i1 %".2622", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".2628" = add i64 %"cursor.35", 4
  %".2629" = zext i8 %"w0_1.3" to i64
  %".2630" = lshr i64 %".2629", 7
  %".2631" = and i64 %".2630", 1
  %".2632" = zext i8 %"w0_1.3" to i64
  %".2633" = lshr i64 %".2632", 5
  %".2634" = and i64 %".2633", 1
  %".2635" = add i64 %".2631", %".2634"
  %".2636" = zext i8 %"w0_1.3" to i64
  %".2637" = lshr i64 %".2636", 4
  %".2638" = and i64 %".2637", 1
  %".2639" = add i64 %".2635", %".2638"
  %".2640" = zext i8 %"w1_1.2" to i64
  %".2641" = lshr i64 %".2640", 7
  %".2642" = and i64 %".2641", 1
  %".2643" = add i64 %".2639", %".2642"
  %".2644" = mul i64 %".2643", 4
  %".2645" = add i64 %".2644", 4
  %".2646" = getelementptr i8, ptr %"data.68", i64 %"cursor.35"
  %".2647" = getelementptr i8, ptr %".2646", i64 %".2645"
  %".2648" = icmp ugt ptr %".2647", %"data_end.68"
  br i1 %".2648", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.112" = phi  ptr [%"data.68", %"pptp_d0.stop_before.endif"], [%"data.111", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.112" = phi  ptr [%"data_end.68", %"pptp_d0.stop_before.endif"], [%"data_end.111", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.112" = phi  ptr [%"keys.68", %"pptp_d0.stop_before.endif"], [%"keys.111", %"pptp_d0.copy_last_byte_failed.endif"]
  %".2669" = add i64 %"cursor.35", %".2645"
  %".2670" = add i64 %"cursor.35", 4
  %".2671" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2670")
  %".2672" = icmp eq i64 %".2644", 0
  %"end.3" = select  i1 %".2672", i64 %".2671", i64 %".2669"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.44" = phi  i64 [%"end.3", %"pptp_d0.to_ppp"]
  %"data.113" = phi  ptr [%"data.112", %"pptp_d0.to_ppp"]
  %"data_end.113" = phi  ptr [%"data_end.112", %"pptp_d0.to_ppp"]
  %"keys.113" = phi  ptr [%"keys.112", %"pptp_d0.to_ppp"]
  %"hdr.38" = getelementptr i8, ptr %"data.113", i64 %"cursor.44"
  %".3361" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3362" = icmp ugt ptr %".3361", %"data_end.113"
  br i1 %".3362", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3364" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3365" = load i16, ptr %".3364", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.14" = phi  i16 [%".3365", %"ppp_d0.linear"], [%".3384", %"ppp_d0.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.113", %"ppp_d0.linear"], [%"data.136", %"ppp_d0.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.113", %"ppp_d0.linear"], [%"data_end.136", %"ppp_d0.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.113", %"ppp_d0.linear"], [%"keys.136", %"ppp_d0.copy_failed.endif"]
  %".3386" = add i64 %"cursor.44", 4
  %".3387" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3388" = zext i16 %".3387" to i64
  switch i64 %".3388", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
ppp_d0.to_ipv4:
  %".3397" = trunc i64 2048 to i16
  %".3398" = call i16 @"llvm.bswap.i16"(i16 %".3397")
  %".3399" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".3398", ptr %".3399", align 2
  %".3401" = getelementptr i8, ptr %"keys.137", i64 8
  store i8 1, ptr %".3401", align 1
  %".3403" = getelementptr i8, ptr %"keys.137", i64 48
  %"flags.60" = load volatile i32, ptr %".3403", align 4
  %".3404" = and i32 %"flags.60", 4
  %".3405" = icmp ne i32 %".3404", 0
  br i1 %".3405", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
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
  br i1 %".1433", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1459" = zext i8 %"w9_1.1" to i64
  switch i64 %".1459", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.fragment:
  %".1439" = getelementptr i8, ptr %"keys.80", i64 6
  store i8 1, ptr %".1439", align 1
  br i1 %".1437", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
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
  %"cursor.36" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1586", %"ipv6_d1.to_gre_version"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".4234", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".4340", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".4823", %"widening.test.34"]
  %"data.81" = phi  ptr [%"data.80", %"ipv4_d1.to_gre_version"], [%"data.83", %"ipv6_d1.to_gre_version"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.157", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.159", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.194", %"widening.test.34"]
  %"data_end.81" = phi  ptr [%"data_end.80", %"ipv4_d1.to_gre_version"], [%"data_end.83", %"ipv6_d1.to_gre_version"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.157", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.159", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.194", %"widening.test.34"]
  %"keys.81" = phi  ptr [%"keys.80", %"ipv4_d1.to_gre_version"], [%"keys.83", %"ipv6_d1.to_gre_version"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.157", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.159", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.34"]
  %"hdr.30" = getelementptr i8, ptr %"data.81", i64 %"cursor.36"
  %".2679" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2680" = icmp ugt ptr %".2679", %"data_end.81"
  br i1 %".2680", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2682" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2683" = load i8, ptr %".2682", align 1
  %".2684" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2685" = load i8, ptr %".2684", align 1
  %".2686" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2687" = load i16, ptr %".2686", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.9" = phi  i8 [%".2683", %"gre_version_d1.linear"], [%".2706", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2685", %"gre_version_d1.linear"], [%".2708", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2687", %"gre_version_d1.linear"], [%".2710", %"gre_version_d1.copy_failed.endif"]
  %"data.115" = phi  ptr [%"data.81", %"gre_version_d1.linear"], [%"data.114", %"gre_version_d1.copy_failed.endif"]
  %"data_end.115" = phi  ptr [%"data_end.81", %"gre_version_d1.linear"], [%"data_end.114", %"gre_version_d1.copy_failed.endif"]
  %"keys.115" = phi  ptr [%"keys.81", %"gre_version_d1.linear"], [%"keys.114", %"gre_version_d1.copy_failed.endif"]
  %".2712" = zext i8 %"w0_1.9" to i64
  %".2713" = lshr i64 %".2712", 6
  %".2714" = and i64 %".2713", 1
  %".2715" = icmp ne i64 %".2714", 0
  %".2716" = zext i8 %"w1_1.6" to i64
  %".2717" = and i64 %".2716", 7
  %".2718" = icmp ugt i64 %".2717", 1
  %".2719" = or i1 %".2715", %".2718"
  br i1 %".2719", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".2725" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2726" = zext i16 %".2725" to i64
  %".2727" = trunc i64 %".2726" to i16
  %".2728" = call i16 @"llvm.bswap.i16"(i16 %".2727")
  %".2729" = getelementptr i8, ptr %"keys.115", i64 10
  store i16 %".2728", ptr %".2729", align 2
  %".2731" = zext i8 %"w1_1.6" to i64
  %".2732" = and i64 %".2731", 7
  switch i64 %".2732", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.36", %"gre_version_d1.to_gre"]
  %"data.116" = phi  ptr [%"data.115", %"gre_version_d1.to_gre"]
  %"data_end.116" = phi  ptr [%"data_end.115", %"gre_version_d1.to_gre"]
  %"keys.116" = phi  ptr [%"keys.115", %"gre_version_d1.to_gre"]
  %".3442" = zext i8 %"w1_1.6" to i64
  %".3443" = and i64 %".3442", 7
  %".3444" = icmp ne i64 %".3443", 0
  %".3445" = zext i8 %"w0_1.9" to i64
  %".3446" = lshr i64 %".3445", 6
  %".3447" = and i64 %".3446", 1
  %".3448" = icmp ne i64 %".3447", 0
  %".3449" = or i1 %".3444", %".3448"
  br i1 %".3449", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif", !prof !0
gre_d1.stop_before.endif:
  %".3455" = add i64 %"cursor.45", 4
  %".3456" = zext i8 %"w0_1.9" to i64
  %".3457" = lshr i64 %".3456", 7
  %".3458" = and i64 %".3457", 1
  %".3459" = zext i8 %"w0_1.9" to i64
  %".3460" = lshr i64 %".3459", 5
  %".3461" = and i64 %".3460", 1
  %".3462" = add i64 %".3458", %".3461"
  %".3463" = zext i8 %"w0_1.9" to i64
  %".3464" = lshr i64 %".3463", 4
  %".3465" = and i64 %".3464", 1
  %".3466" = add i64 %".3462", %".3465"
  %".3467" = mul i64 %".3466", 4
  %".3468" = add i64 %".3467", 4
  %".3469" = getelementptr i8, ptr %"data.116", i64 %"cursor.45"
  %".3470" = getelementptr i8, ptr %".3469", i64 %".3468"
  %".3471" = icmp ugt ptr %".3470", %"data_end.116"
  br i1 %".3471", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.140" = phi  ptr [%"data.116", %"gre_d1.stop_before.endif"], [%"data.139", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.116", %"gre_d1.stop_before.endif"], [%"data_end.139", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.116", %"gre_d1.stop_before.endif"], [%"keys.139", %"gre_d1.copy_last_byte_failed.endif"]
  %".3492" = add i64 %"cursor.45", %".3468"
  %".3493" = add i64 %"cursor.45", 4
  %".3494" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3493")
  %".3495" = icmp eq i64 %".3467", 0
  %"end.4" = select  i1 %".3495", i64 %".3494", i64 %".3492"
  %".3496" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3496", align 1
  %".3498" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.63" = load volatile i32, ptr %".3498", align 4
  %".3499" = and i32 %"flags.63", 4
  %".3500" = icmp ne i32 %".3499", 0
  br i1 %".3500", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
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
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1602" = trunc i64 %".1586" to i16
  %".1603" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1602", ptr %".1603", align 2
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
  %".2740" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2741" = icmp ugt ptr %".2740", %"data_end.84"
  br i1 %".2741", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2743" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2744" = load i8, ptr %".2743", align 1
  %".2745" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2746" = load i8, ptr %".2745", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.10" = phi  i8 [%".2744", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2765", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2746", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2767", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.119" = phi  ptr [%"data.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.118", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.119" = phi  ptr [%"data_end.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.118", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.119" = phi  ptr [%"keys.84", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.118", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2769" = zext i8 %"w0_1.10" to i64
  %".2770" = trunc i64 %".2769" to i8
  %".2771" = getelementptr i8, ptr %"keys.119", i64 9
  store i8 %".2770", ptr %".2771", align 1
  %".2773" = add i64 %"cursor.37", 2
  %".2774" = zext i8 %"w1_1.7" to i64
  %".2775" = mul i64 %".2774", 8
  %".2776" = add i64 %".2775", 6
  %".2777" = add i64 %".2776", 2
  %".2778" = add i64 %"cursor.37", %".2777"
  %".2779" = zext i8 %"w0_1.10" to i64
  switch i64 %".2779", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%".1586", %"ipv6_d1.to_ipv6_frag"]
  %"data.85" = phi  ptr [%"data.83", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.85" = phi  ptr [%"data_end.83", %"ipv6_d1.to_ipv6_frag"]
  %"keys.85" = phi  ptr [%"keys.83", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.85", i64 %"cursor.38"
  %".2839" = getelementptr i8, ptr %"hdr.32", i64 8
  %".2840" = icmp ugt ptr %".2839", %"data_end.85"
  br i1 %".2840", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2842" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2843" = load i8, ptr %".2842", align 1
  %".2844" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2845" = load i16, ptr %".2844", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2843", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2864", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".2845", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2866", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.122", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.122", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.85", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.122", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2868" = zext i8 %"w0_1.11" to i64
  %".2869" = trunc i64 %".2868" to i8
  %".2870" = getelementptr i8, ptr %"keys.123", i64 9
  store i8 %".2869", ptr %".2870", align 1
  %".2872" = add i64 %"cursor.38", 8
  %".2873" = icmp ne i64 1, 0
  %".2874" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2875" = zext i16 %".2874" to i64
  %".2876" = and i64 %".2875", 65528
  %".2877" = icmp eq i64 %".2876", 0
  br i1 %".2873", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".2899" = zext i8 %"w0_1.11" to i64
  switch i64 %".2899", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
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
  %".1701" = trunc i64 %".1698" to i16
  %".1702" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1701", ptr %".1702", align 2
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
  %".1718" = trunc i64 34887 to i16
  %".1719" = call i16 @"llvm.bswap.i16"(i16 %".1718")
  %".1720" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1719", ptr %".1720", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1723" = trunc i64 2048 to i16
  %".1724" = call i16 @"llvm.bswap.i16"(i16 %".1723")
  %".1725" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1724", ptr %".1725", align 2
  %".1727" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".1727", align 1
  %".1729" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.28" = load volatile i32, ptr %".1729", align 4
  %".1730" = and i32 %"flags.28", 4
  %".1731" = icmp ne i32 %".1730", 0
  br i1 %".1731", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1738" = trunc i64 34525 to i16
  %".1739" = call i16 @"llvm.bswap.i16"(i16 %".1738")
  %".1740" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1739", ptr %".1740", align 2
  %".1742" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".1742", align 1
  %".1744" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.29" = load volatile i32, ptr %".1744", align 4
  %".1745" = and i32 %"flags.29", 4
  %".1746" = icmp ne i32 %".1745", 0
  br i1 %".1746", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.39" = phi  i64 [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".4515", %"widening.test.6"]
  %"data.88" = phi  ptr [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.166", %"widening.test.6"]
  %"data_end.88" = phi  ptr [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.166", %"widening.test.6"]
  %"keys.88" = phi  ptr [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.33" = getelementptr i8, ptr %"data.88", i64 %"cursor.39"
  %".2959" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2960" = icmp ugt ptr %".2959", %"data_end.88"
  br i1 %".2960", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".2962" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2963" = load i8, ptr %".2962", align 1
  %".2964" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2965" = load i8, ptr %".2964", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".2963", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2984", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".2965", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2986", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.124", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.124", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.88", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.124", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".2988" = zext i8 %"w0_1.12" to i64
  %".2989" = trunc i64 %".2988" to i8
  %".2990" = getelementptr i8, ptr %"keys.125", i64 9
  store i8 %".2989", ptr %".2990", align 1
  %".2992" = add i64 %"cursor.39", 2
  %".2993" = zext i8 %"w1_1.8" to i64
  %".2994" = mul i64 %".2993", 8
  %".2995" = add i64 %".2994", 6
  %".2996" = add i64 %".2995", 2
  %".2997" = add i64 %"cursor.39", %".2996"
  %".2998" = zext i8 %"w0_1.12" to i64
  switch i64 %".2998", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.40" = phi  i64 [%".1698", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1786", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".4504", %"widening.test.5"]
  %"data.89" = phi  ptr [%"data.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.165", %"widening.test.5"]
  %"data_end.89" = phi  ptr [%"data_end.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.165", %"widening.test.5"]
  %"keys.89" = phi  ptr [%"keys.87", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.91", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.34" = getelementptr i8, ptr %"data.89", i64 %"cursor.40"
  %".3052" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3053" = icmp ugt ptr %".3052", %"data_end.89"
  br i1 %".3053", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3055" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3056" = load i8, ptr %".3055", align 1
  %".3057" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3058" = load i16, ptr %".3057", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".3056", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3077", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3058", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3079", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.128", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.128", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.89", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.128", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3081" = zext i8 %"w0_1.13" to i64
  %".3082" = trunc i64 %".3081" to i8
  %".3083" = getelementptr i8, ptr %"keys.129", i64 9
  store i8 %".3082", ptr %".3083", align 1
  %".3085" = add i64 %"cursor.40", 8
  %".3086" = icmp ne i64 1, 0
  %".3087" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3088" = zext i16 %".3087" to i64
  %".3089" = and i64 %".3088", 65528
  %".3090" = icmp eq i64 %".3089", 0
  br i1 %".3086", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3112" = zext i8 %"w0_1.13" to i64
  switch i64 %".3112", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1733" = trunc i64 %".1698" to i16
  %".1734" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1733", ptr %".1734", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1748" = trunc i64 %".1698" to i16
  %".1749" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1748", ptr %".1749", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1761" = trunc i64 %"cursor.25" to i32
  %".1762" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1761", [40 x i8]* %"header_copy", i32 8)
  %".1763" = icmp eq i64 %".1762", 0
  %".1764" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1765" = load i32, ptr %".1764", align 4
  %".1766" = zext i32 %".1765" to i64
  %"data.90" = inttoptr i64 %".1766" to ptr
  %".1767" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1768" = load i32, ptr %".1767", align 4
  %".1769" = zext i32 %".1768" to i64
  %"data_end.90" = inttoptr i64 %".1769" to ptr
  %".1770" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.90" = load ptr, ptr %".1770", align 8
  %".1771" = xor i1 %".1763", -1
  br i1 %".1771", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1773" = trunc i64 %"cursor.25" to i16
  %".1774" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1773", ptr %".1774", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1777" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1778" = load volatile i8, [40 x i8]* %".1777", align 1
  %".1779" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1780" = load volatile i16, [40 x i8]* %".1779", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1793" = getelementptr i8, ptr %"keys.91", i64 6
  store i8 1, ptr %".1793", align 1
  br i1 %".1791", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1796" = getelementptr i8, ptr %"keys.91", i64 7
  store i8 1, ptr %".1796", align 1
  %".1798" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.30" = load volatile i32, ptr %".1798", align 4
  %".1799" = and i32 %"flags.30", 1
  %".1800" = icmp ne i32 %".1799", 0
  %".1801" = xor i1 %".1800", -1
  br i1 %".1801", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1808" = trunc i64 %".1786" to i16
  %".1809" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1808", ptr %".1809", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1803" = trunc i64 %".1786" to i16
  %".1804" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1803", ptr %".1804", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1815" = trunc i64 %".1786" to i16
  %".1816" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1815", ptr %".1816", align 2
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
  %".1832" = trunc i64 34887 to i16
  %".1833" = call i16 @"llvm.bswap.i16"(i16 %".1832")
  %".1834" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1833", ptr %".1834", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1837" = trunc i64 2048 to i16
  %".1838" = call i16 @"llvm.bswap.i16"(i16 %".1837")
  %".1839" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1838", ptr %".1839", align 2
  %".1841" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1841", align 1
  %".1843" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.31" = load volatile i32, ptr %".1843", align 4
  %".1844" = and i32 %"flags.31", 4
  %".1845" = icmp ne i32 %".1844", 0
  br i1 %".1845", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1852" = trunc i64 34525 to i16
  %".1853" = call i16 @"llvm.bswap.i16"(i16 %".1852")
  %".1854" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1853", ptr %".1854", align 2
  %".1856" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1856", align 1
  %".1858" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.32" = load volatile i32, ptr %".1858", align 4
  %".1859" = and i32 %"flags.32", 4
  %".1860" = icmp ne i32 %".1859", 0
  br i1 %".1860", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1847" = trunc i64 %".1786" to i16
  %".1848" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1847", ptr %".1848", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1862" = trunc i64 %".1786" to i16
  %".1863" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1862", ptr %".1863", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1871" = trunc i64 %"cursor.26" to i32
  %".1872" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1871", [40 x i8]* %"header_copy", i32 4)
  %".1873" = icmp eq i64 %".1872", 0
  %".1874" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1875" = load i32, ptr %".1874", align 4
  %".1876" = zext i32 %".1875" to i64
  %"data.92" = inttoptr i64 %".1876" to ptr
  %".1877" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1878" = load i32, ptr %".1877", align 4
  %".1879" = zext i32 %".1878" to i64
  %"data_end.92" = inttoptr i64 %".1879" to ptr
  %".1880" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.92" = load ptr, ptr %".1880", align 8
  %".1881" = xor i1 %".1873", -1
  br i1 %".1881", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1883" = trunc i64 %"cursor.26" to i16
  %".1884" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1883", ptr %".1884", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1899" = trunc i64 %"cursor.27" to i32
  %".1900" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1899", [40 x i8]* %"header_copy", i32 4)
  %".1901" = icmp eq i64 %".1900", 0
  %".1902" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1903" = load i32, ptr %".1902", align 4
  %".1904" = zext i32 %".1903" to i64
  %"data.94" = inttoptr i64 %".1904" to ptr
  %".1905" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1906" = load i32, ptr %".1905", align 4
  %".1907" = zext i32 %".1906" to i64
  %"data_end.94" = inttoptr i64 %".1907" to ptr
  %".1908" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.94" = load ptr, ptr %".1908", align 8
  %".1909" = xor i1 %".1901", -1
  br i1 %".1909", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1911" = trunc i64 %"cursor.27" to i16
  %".1912" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1911", ptr %".1912", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1915" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1916" = load volatile i16, [40 x i8]* %".1915", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1931" = trunc i64 %".1924" to i16
  %".1932" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1931", ptr %".1932", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1937" = trunc i64 %".1924" to i16
  %".1938" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1937", ptr %".1938", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1941" = trunc i64 %".1924" to i16
  %".1942" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1941", ptr %".1942", align 2
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
  %".1954" = trunc i64 %".1924" to i16
  %".1955" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1954", ptr %".1955", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".1958" = trunc i64 %".1924" to i16
  %".1959" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1958", ptr %".1959", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1969" = trunc i64 %"cursor.28" to i32
  %".1970" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1969", [40 x i8]* %"header_copy", i32 6)
  %".1971" = icmp eq i64 %".1970", 0
  %".1972" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1973" = load i32, ptr %".1972", align 4
  %".1974" = zext i32 %".1973" to i64
  %"data.96" = inttoptr i64 %".1974" to ptr
  %".1975" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1976" = load i32, ptr %".1975", align 4
  %".1977" = zext i32 %".1976" to i64
  %"data_end.96" = inttoptr i64 %".1977" to ptr
  %".1978" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.96" = load ptr, ptr %".1978", align 8
  %".1979" = xor i1 %".1971", -1
  br i1 %".1979", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".1981" = trunc i64 %"cursor.28" to i16
  %".1982" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1981", ptr %".1982", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".1985" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1986" = load volatile i16, [40 x i8]* %".1985", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2001" = trunc i64 %".1994" to i16
  %".2002" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2001", ptr %".2002", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2007" = trunc i64 %".1994" to i16
  %".2008" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2007", ptr %".2008", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2011" = trunc i64 %".1994" to i16
  %".2012" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2011", ptr %".2012", align 2
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
  %".2024" = trunc i64 %".1994" to i16
  %".2025" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2024", ptr %".2025", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2028" = trunc i64 %".1994" to i16
  %".2029" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2028", ptr %".2029", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d1_vlan_tags1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2044" = trunc i64 %"cursor.30" to i32
  %".2045" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2044", [40 x i8]* %"header_copy", i32 4)
  %".2046" = icmp eq i64 %".2045", 0
  %".2047" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2048" = load i32, ptr %".2047", align 4
  %".2049" = zext i32 %".2048" to i64
  %"data.98" = inttoptr i64 %".2049" to ptr
  %".2050" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2051" = load i32, ptr %".2050", align 4
  %".2052" = zext i32 %".2051" to i64
  %"data_end.98" = inttoptr i64 %".2052" to ptr
  %".2053" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.98" = load ptr, ptr %".2053", align 8
  %".2054" = xor i1 %".2046", -1
  br i1 %".2054", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2056" = trunc i64 %"cursor.30" to i16
  %".2057" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".2056", ptr %".2057", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2060" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2061" = load volatile i16, [40 x i8]* %".2060", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2076" = trunc i64 %".2069" to i16
  %".2077" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2076", ptr %".2077", align 2
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
  %"cursor.41" = phi  i64 [%".2069", %"vlan_d1_vlan_tags1.to_vlan"], [%".2069", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2212", %"hsr_d1_vlan_tags1.to_vlan"], [%".2212", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".4603", %"widening.test.14"]
  %"data.100" = phi  ptr [%"data.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.174", %"widening.test.14"]
  %"data_end.100" = phi  ptr [%"data_end.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.174", %"widening.test.14"]
  %"keys.100" = phi  ptr [%"keys.99", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.99", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.105", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.14"]
  %"hdr.35" = getelementptr i8, ptr %"data.100", i64 %"cursor.41"
  %".3166" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3167" = icmp ugt ptr %".3166", %"data_end.100"
  br i1 %".3167", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3169" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3170" = load i16, ptr %".3169", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.13" = phi  i16 [%".3170", %"vlan_d1_vlan_tags2.linear"], [%".3189", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.131" = phi  ptr [%"data.100", %"vlan_d1_vlan_tags2.linear"], [%"data.130", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.100", %"vlan_d1_vlan_tags2.linear"], [%"data_end.130", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.100", %"vlan_d1_vlan_tags2.linear"], [%"keys.130", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3191" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3192" = zext i16 %".3191" to i64
  %".3193" = trunc i64 %".3192" to i16
  %".3194" = call i16 @"llvm.bswap.i16"(i16 %".3193")
  %".3195" = getelementptr i8, ptr %"keys.131", i64 10
  store i16 %".3194", ptr %".3195", align 2
  %".3197" = add i64 %"cursor.41", 4
  %".3198" = trunc i64 %".3197" to i16
  %".3199" = getelementptr i8, ptr %"keys.131", i64 0
  store i16 %".3198", ptr %".3199", align 2
  %".3201" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3202" = zext i16 %".3201" to i64
  switch i64 %".3202", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.42" = phi  i64 [%".2069", %"vlan_d1_vlan_tags1.to_hsr"], [%".2069", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2212", %"hsr_d1_vlan_tags1.to_hsr"], [%".2212", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".4592", %"widening.test.13"]
  %"data.101" = phi  ptr [%"data.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.173", %"widening.test.13"]
  %"data_end.101" = phi  ptr [%"data_end.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.173", %"widening.test.13"]
  %"keys.101" = phi  ptr [%"keys.99", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.99", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.105", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.105", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.13"]
  %"hdr.36" = getelementptr i8, ptr %"data.101", i64 %"cursor.42"
  %".3236" = getelementptr i8, ptr %"hdr.36", i64 6
  %".3237" = icmp ugt ptr %".3236", %"data_end.101"
  br i1 %".3237", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3239" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3240" = load i16, ptr %".3239", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3240", %"hsr_d1_vlan_tags2.linear"], [%".3259", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.133" = phi  ptr [%"data.101", %"hsr_d1_vlan_tags2.linear"], [%"data.132", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.133" = phi  ptr [%"data_end.101", %"hsr_d1_vlan_tags2.linear"], [%"data_end.132", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.133" = phi  ptr [%"keys.101", %"hsr_d1_vlan_tags2.linear"], [%"keys.132", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3261" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3262" = zext i16 %".3261" to i64
  %".3263" = trunc i64 %".3262" to i16
  %".3264" = call i16 @"llvm.bswap.i16"(i16 %".3263")
  %".3265" = getelementptr i8, ptr %"keys.133", i64 10
  store i16 %".3264", ptr %".3265", align 2
  %".3267" = add i64 %"cursor.42", 6
  %".3268" = trunc i64 %".3267" to i16
  %".3269" = getelementptr i8, ptr %"keys.133", i64 0
  store i16 %".3268", ptr %".3269", align 2
  %".3271" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3272" = zext i16 %".3271" to i64
  switch i64 %".3272", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
pppoe_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2106" = trunc i64 %"cursor.31" to i32
  %".2107" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2106", [40 x i8]* %"header_copy", i32 8)
  %".2108" = icmp eq i64 %".2107", 0
  %".2109" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2110" = load i32, ptr %".2109", align 4
  %".2111" = zext i32 %".2110" to i64
  %"data.102" = inttoptr i64 %".2111" to ptr
  %".2112" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2113" = load i32, ptr %".2112", align 4
  %".2114" = zext i32 %".2113" to i64
  %"data_end.102" = inttoptr i64 %".2114" to ptr
  %".2115" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.102" = load ptr, ptr %".2115", align 8
  %".2116" = xor i1 %".2108", -1
  br i1 %".2116", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2118" = trunc i64 %"cursor.31" to i16
  %".2119" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".2118", ptr %".2119", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2122" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2123" = load volatile i8, [40 x i8]* %".2122", align 1
  %".2124" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2125" = load volatile i8, [40 x i8]* %".2124", align 1
  %".2126" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2127" = load volatile i16, [40 x i8]* %".2126", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2142" = trunc i64 %"cursor.31" to i16
  %".2143" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2142", ptr %".2143", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2146" = add i64 %"cursor.31", 8
  %".2147" = trunc i64 %".2146" to i16
  %".2148" = getelementptr i8, ptr %"keys.103", i64 0
  store i16 %".2147", ptr %".2148", align 2
  %".2150" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2151" = zext i16 %".2150" to i64
  switch i64 %".2151", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.to_ipv4:
  %".2160" = trunc i64 2048 to i16
  %".2161" = call i16 @"llvm.bswap.i16"(i16 %".2160")
  %".2162" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2161", ptr %".2162", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2153" = and i64 %".2151", 257
  %".2154" = icmp eq i64 %".2153", 1
  br i1 %".2154", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv6:
  %".2165" = trunc i64 34525 to i16
  %".2166" = call i16 @"llvm.bswap.i16"(i16 %".2165")
  %".2167" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2166", ptr %".2167", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2170" = trunc i64 34887 to i16
  %".2171" = call i16 @"llvm.bswap.i16"(i16 %".2170")
  %".2172" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2171", ptr %".2172", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2175" = trunc i64 34888 to i16
  %".2176" = call i16 @"llvm.bswap.i16"(i16 %".2175")
  %".2177" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".2176", ptr %".2177", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2156" = trunc i64 %".2146" to i16
  %".2157" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2156", ptr %".2157", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2187" = trunc i64 %"cursor.32" to i32
  %".2188" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2187", [40 x i8]* %"header_copy", i32 6)
  %".2189" = icmp eq i64 %".2188", 0
  %".2190" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2191" = load i32, ptr %".2190", align 4
  %".2192" = zext i32 %".2191" to i64
  %"data.104" = inttoptr i64 %".2192" to ptr
  %".2193" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2194" = load i32, ptr %".2193", align 4
  %".2195" = zext i32 %".2194" to i64
  %"data_end.104" = inttoptr i64 %".2195" to ptr
  %".2196" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.104" = load ptr, ptr %".2196", align 8
  %".2197" = xor i1 %".2189", -1
  br i1 %".2197", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2199" = trunc i64 %"cursor.32" to i16
  %".2200" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2199", ptr %".2200", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2203" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2204" = load volatile i16, [40 x i8]* %".2203", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2219" = trunc i64 %".2212" to i16
  %".2220" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2219", ptr %".2220", align 2
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
  %".2249" = trunc i64 %"cursor.33" to i32
  %".2250" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2249", [40 x i8]* %"header_copy", i32 24)
  %".2251" = icmp eq i64 %".2250", 0
  %".2252" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2253" = load i32, ptr %".2252", align 4
  %".2254" = zext i32 %".2253" to i64
  %"data.106" = inttoptr i64 %".2254" to ptr
  %".2255" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2256" = load i32, ptr %".2255", align 4
  %".2257" = zext i32 %".2256" to i64
  %"data_end.106" = inttoptr i64 %".2257" to ptr
  %".2258" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.106" = load ptr, ptr %".2258", align 8
  %".2259" = xor i1 %".2251", -1
  br i1 %".2259", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2261" = trunc i64 %"cursor.33" to i16
  %".2262" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2261", ptr %".2262", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2265" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2266" = load volatile i8, [40 x i8]* %".2265", align 1
  %".2267" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2268" = load volatile i8, [40 x i8]* %".2267", align 1
  %".2269" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2270" = load volatile i16, [40 x i8]* %".2269", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2279" = trunc i64 %"cursor.33" to i16
  %".2280" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2279", ptr %".2280", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2283" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2284" = zext i16 %".2283" to i64
  %".2285" = trunc i64 %".2284" to i16
  %".2286" = call i16 @"llvm.bswap.i16"(i16 %".2285")
  %".2287" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %".2286", ptr %".2287", align 2
  %".2289" = add i64 %"cursor.33", 24
  %".2290" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2291" = zext i16 %".2290" to i64
  switch i64 %".2291", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.to_ipv4:
  %".2297" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2297", align 1
  %".2299" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.33" = load volatile i32, ptr %".2299", align 4
  %".2300" = and i32 %"flags.33", 4
  %".2301" = icmp ne i32 %".2300", 0
  br i1 %".2301", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.unknown:
  %".2293" = trunc i64 %".2289" to i16
  %".2294" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2293", ptr %".2294", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2311" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2311", align 1
  %".2313" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.34" = load volatile i32, ptr %".2313", align 4
  %".2314" = and i32 %"flags.34", 4
  %".2315" = icmp ne i32 %".2314", 0
  br i1 %".2315", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2325" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2325", align 1
  %".2327" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.35" = load volatile i32, ptr %".2327", align 4
  %".2328" = and i32 %"flags.35", 4
  %".2329" = icmp ne i32 %".2328", 0
  br i1 %".2329", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2339" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2339", align 1
  %".2341" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.36" = load volatile i32, ptr %".2341", align 4
  %".2342" = and i32 %"flags.36", 4
  %".2343" = icmp ne i32 %".2342", 0
  br i1 %".2343", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2353" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2353", align 1
  %".2355" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.37" = load volatile i32, ptr %".2355", align 4
  %".2356" = and i32 %"flags.37", 4
  %".2357" = icmp ne i32 %".2356", 0
  br i1 %".2357", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2367" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2367", align 1
  %".2369" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.38" = load volatile i32, ptr %".2369", align 4
  %".2370" = and i32 %"flags.38", 4
  %".2371" = icmp ne i32 %".2370", 0
  br i1 %".2371", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2381" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2381", align 1
  %".2383" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.39" = load volatile i32, ptr %".2383", align 4
  %".2384" = and i32 %"flags.39", 4
  %".2385" = icmp ne i32 %".2384", 0
  br i1 %".2385", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2395" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2395", align 1
  %".2397" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.40" = load volatile i32, ptr %".2397", align 4
  %".2398" = and i32 %"flags.40", 4
  %".2399" = icmp ne i32 %".2398", 0
  br i1 %".2399", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2409" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2409", align 1
  %".2411" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.41" = load volatile i32, ptr %".2411", align 4
  %".2412" = and i32 %"flags.41", 4
  %".2413" = icmp ne i32 %".2412", 0
  br i1 %".2413", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2423" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2423", align 1
  %".2425" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.42" = load volatile i32, ptr %".2425", align 4
  %".2426" = and i32 %"flags.42", 4
  %".2427" = icmp ne i32 %".2426", 0
  br i1 %".2427", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2437" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2437", align 1
  %".2439" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.43" = load volatile i32, ptr %".2439", align 4
  %".2440" = and i32 %"flags.43", 4
  %".2441" = icmp ne i32 %".2440", 0
  br i1 %".2441", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2451" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2451", align 1
  %".2453" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.44" = load volatile i32, ptr %".2453", align 4
  %".2454" = and i32 %"flags.44", 4
  %".2455" = icmp ne i32 %".2454", 0
  br i1 %".2455", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2465" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2465", align 1
  %".2467" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.45" = load volatile i32, ptr %".2467", align 4
  %".2468" = and i32 %"flags.45", 4
  %".2469" = icmp ne i32 %".2468", 0
  br i1 %".2469", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2479" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2479", align 1
  %".2481" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.46" = load volatile i32, ptr %".2481", align 4
  %".2482" = and i32 %"flags.46", 4
  %".2483" = icmp ne i32 %".2482", 0
  br i1 %".2483", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2493" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2493", align 1
  %".2495" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.47" = load volatile i32, ptr %".2495", align 4
  %".2496" = and i32 %"flags.47", 4
  %".2497" = icmp ne i32 %".2496", 0
  br i1 %".2497", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2507" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2507", align 1
  %".2509" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.48" = load volatile i32, ptr %".2509", align 4
  %".2510" = and i32 %"flags.48", 4
  %".2511" = icmp ne i32 %".2510", 0
  br i1 %".2511", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2303" = trunc i64 %".2289" to i16
  %".2304" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2303", ptr %".2304", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2307" = trunc i64 %".2289" to i16
  %".2308" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2307", ptr %".2308", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2317" = trunc i64 %".2289" to i16
  %".2318" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2317", ptr %".2318", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2321" = trunc i64 %".2289" to i16
  %".2322" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2321", ptr %".2322", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2331" = trunc i64 %".2289" to i16
  %".2332" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2331", ptr %".2332", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2335" = trunc i64 %".2289" to i16
  %".2336" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2335", ptr %".2336", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2345" = trunc i64 %".2289" to i16
  %".2346" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2345", ptr %".2346", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2349" = trunc i64 %".2289" to i16
  %".2350" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2349", ptr %".2350", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2359" = trunc i64 %".2289" to i16
  %".2360" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2359", ptr %".2360", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2363" = trunc i64 %".2289" to i16
  %".2364" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2363", ptr %".2364", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2373" = trunc i64 %".2289" to i16
  %".2374" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2373", ptr %".2374", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2377" = trunc i64 %".2289" to i16
  %".2378" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2377", ptr %".2378", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2387" = trunc i64 %".2289" to i16
  %".2388" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2387", ptr %".2388", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2391" = trunc i64 %".2289" to i16
  %".2392" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2391", ptr %".2392", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2401" = trunc i64 %".2289" to i16
  %".2402" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2401", ptr %".2402", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2405" = trunc i64 %".2289" to i16
  %".2406" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2405", ptr %".2406", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2415" = trunc i64 %".2289" to i16
  %".2416" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2415", ptr %".2416", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2419" = trunc i64 %".2289" to i16
  %".2420" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2419", ptr %".2420", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2429" = trunc i64 %".2289" to i16
  %".2430" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2429", ptr %".2430", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2433" = trunc i64 %".2289" to i16
  %".2434" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2433", ptr %".2434", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2443" = trunc i64 %".2289" to i16
  %".2444" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2443", ptr %".2444", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2447" = trunc i64 %".2289" to i16
  %".2448" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2447", ptr %".2448", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2457" = trunc i64 %".2289" to i16
  %".2458" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2457", ptr %".2458", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2461" = trunc i64 %".2289" to i16
  %".2462" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2461", ptr %".2462", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2471" = trunc i64 %".2289" to i16
  %".2472" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2471", ptr %".2472", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2475" = trunc i64 %".2289" to i16
  %".2476" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2475", ptr %".2476", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2485" = trunc i64 %".2289" to i16
  %".2486" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2485", ptr %".2486", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2489" = trunc i64 %".2289" to i16
  %".2490" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2489", ptr %".2490", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2499" = trunc i64 %".2289" to i16
  %".2500" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2499", ptr %".2500", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2503" = trunc i64 %".2289" to i16
  %".2504" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2503", ptr %".2504", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2513" = trunc i64 %".2289" to i16
  %".2514" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2513", ptr %".2514", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2517" = trunc i64 %".2289" to i16
  %".2518" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2517", ptr %".2518", align 2
  br label %"return"
gre_d0.stop_before:
  %".2530" = trunc i64 %"cursor.34" to i16
  %".2531" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".2530", ptr %".2531", align 2
  br label %"return"
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
  %"data.108" = inttoptr i64 %".2559" to ptr
  %".2560" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2561" = load i32, ptr %".2560", align 4
  %".2562" = zext i32 %".2561" to i64
  %"data_end.108" = inttoptr i64 %".2562" to ptr
  %".2563" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.108" = load ptr, ptr %".2563", align 8
  %".2564" = xor i1 %".2556", -1
  br i1 %".2564", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2566" = trunc i64 %"cursor.34" to i16
  %".2567" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2566", ptr %".2567", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2581" = trunc i64 %"end.2" to i16
  %".2582" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2581", ptr %".2582", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2585" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2586" = zext i16 %".2585" to i64
  %".2587" = trunc i64 %".2586" to i16
  %".2588" = call i16 @"llvm.bswap.i16"(i16 %".2587")
  %".2589" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %".2588", ptr %".2589", align 2
  %".2591" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2592" = zext i16 %".2591" to i64
  switch i64 %".2592", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !4
gre_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.unknown:
  %".2594" = trunc i64 %"end.2" to i16
  %".2595" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2594", ptr %".2595", align 2
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
  %"cursor.43" = phi  i64 [%"end.2", %"gre_d0.to_ethernet"]
  %"data.110" = phi  ptr [%"data.109", %"gre_d0.to_ethernet"]
  %"data_end.110" = phi  ptr [%"data_end.109", %"gre_d0.to_ethernet"]
  %"keys.110" = phi  ptr [%"keys.109", %"gre_d0.to_ethernet"]
  %"hdr.37" = getelementptr i8, ptr %"data.110", i64 %"cursor.43"
  %".3306" = getelementptr i8, ptr %"hdr.37", i64 14
  %".3307" = icmp ugt ptr %".3306", %"data_end.110"
  br i1 %".3307", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3309" = getelementptr i8, ptr %"hdr.37", i64 12
  %".3310" = load i16, ptr %".3309", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3310", %"ethernet_d1.linear"], [%".3329", %"ethernet_d1.copy_failed.endif"]
  %"data.135" = phi  ptr [%"data.110", %"ethernet_d1.linear"], [%"data.134", %"ethernet_d1.copy_failed.endif"]
  %"data_end.135" = phi  ptr [%"data_end.110", %"ethernet_d1.linear"], [%"data_end.134", %"ethernet_d1.copy_failed.endif"]
  %"keys.135" = phi  ptr [%"keys.110", %"ethernet_d1.linear"], [%"keys.134", %"ethernet_d1.copy_failed.endif"]
  %".3331" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3332" = zext i16 %".3331" to i64
  %".3333" = trunc i64 %".3332" to i16
  %".3334" = call i16 @"llvm.bswap.i16"(i16 %".3333")
  %".3335" = getelementptr i8, ptr %"keys.135", i64 10
  store i16 %".3334", ptr %".3335", align 2
  %".3337" = add i64 %"cursor.43", 14
  %".3338" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3339" = zext i16 %".3338" to i64
  switch i64 %".3339", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
pptp_d0.stop_before:
  %".2624" = trunc i64 %"cursor.35" to i16
  %".2625" = getelementptr i8, ptr %"keys.68", i64 2
  store i16 %".2624", ptr %".2625", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".2650" = add i64 %"cursor.35", %".2645"
  %".2651" = sub i64 %".2650", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2652" = trunc i64 %".2651" to i32
  %".2653" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2652", i64* %"last_byte", i32 1)
  %".2654" = icmp eq i64 %".2653", 0
  %".2655" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2656" = load i32, ptr %".2655", align 4
  %".2657" = zext i32 %".2656" to i64
  %"data.111" = inttoptr i64 %".2657" to ptr
  %".2658" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2659" = load i32, ptr %".2658", align 4
  %".2660" = zext i32 %".2659" to i64
  %"data_end.111" = inttoptr i64 %".2660" to ptr
  %".2661" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.111" = load ptr, ptr %".2661", align 8
  %".2662" = xor i1 %".2654", -1
  br i1 %".2662", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2664" = trunc i64 %"cursor.35" to i16
  %".2665" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2664", ptr %".2665", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2674" = trunc i64 %"end.3" to i16
  %".2675" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2674", ptr %".2675", align 2
  br label %"return"
gre_version_d1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2689" = trunc i64 %"cursor.36" to i32
  %".2690" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2689", [40 x i8]* %"header_copy", i32 4)
  %".2691" = icmp eq i64 %".2690", 0
  %".2692" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2693" = load i32, ptr %".2692", align 4
  %".2694" = zext i32 %".2693" to i64
  %"data.114" = inttoptr i64 %".2694" to ptr
  %".2695" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2696" = load i32, ptr %".2695", align 4
  %".2697" = zext i32 %".2696" to i64
  %"data_end.114" = inttoptr i64 %".2697" to ptr
  %".2698" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.114" = load ptr, ptr %".2698", align 8
  %".2699" = xor i1 %".2691", -1
  br i1 %".2699", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2701" = trunc i64 %"cursor.36" to i16
  %".2702" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2701", ptr %".2702", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2705" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2706" = load volatile i8, [40 x i8]* %".2705", align 1
  %".2707" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2708" = load volatile i8, [40 x i8]* %".2707", align 1
  %".2709" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2710" = load volatile i16, [40 x i8]* %".2709", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2721" = trunc i64 %"cursor.36" to i16
  %".2722" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2721", ptr %".2722", align 2
  br label %"return"
gre_version_d1.unknown:
  %".2734" = trunc i64 %"cursor.36" to i16
  %".2735" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2734", ptr %".2735", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
pptp_d1:
  %"cursor.46" = phi  i64 [%"cursor.36", %"gre_version_d1.to_pptp"]
  %"data.117" = phi  ptr [%"data.115", %"gre_version_d1.to_pptp"]
  %"data_end.117" = phi  ptr [%"data_end.115", %"gre_version_d1.to_pptp"]
  %"keys.117" = phi  ptr [%"keys.115", %"gre_version_d1.to_pptp"]
  %".3587" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3588" = zext i16 %".3587" to i64
  %".3589" = icmp ne i64 %".3588", 34827
  %".3590" = zext i8 %"w0_1.9" to i64
  %".3591" = lshr i64 %".3590", 5
  %".3592" = and i64 %".3591", 1
  %".3593" = icmp eq i64 %".3592", 0
  %".3594" = or i1 %".3589", %".3593"
  br i1 %".3594", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".3600" = add i64 %"cursor.46", 4
  %".3601" = zext i8 %"w0_1.9" to i64
  %".3602" = lshr i64 %".3601", 7
  %".3603" = and i64 %".3602", 1
  %".3604" = zext i8 %"w0_1.9" to i64
  %".3605" = lshr i64 %".3604", 5
  %".3606" = and i64 %".3605", 1
  %".3607" = add i64 %".3603", %".3606"
  %".3608" = zext i8 %"w0_1.9" to i64
  %".3609" = lshr i64 %".3608", 4
  %".3610" = and i64 %".3609", 1
  %".3611" = add i64 %".3607", %".3610"
  %".3612" = zext i8 %"w1_1.6" to i64
  %".3613" = lshr i64 %".3612", 7
  %".3614" = and i64 %".3613", 1
  %".3615" = add i64 %".3611", %".3614"
  %".3616" = mul i64 %".3615", 4
  %".3617" = add i64 %".3616", 4
  %".3618" = getelementptr i8, ptr %"data.117", i64 %"cursor.46"
  %".3619" = getelementptr i8, ptr %".3618", i64 %".3617"
  %".3620" = icmp ugt ptr %".3619", %"data_end.117"
  br i1 %".3620", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.142" = phi  ptr [%"data.117", %"pptp_d1.stop_before.endif"], [%"data.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.117", %"pptp_d1.stop_before.endif"], [%"data_end.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.117", %"pptp_d1.stop_before.endif"], [%"keys.141", %"pptp_d1.copy_last_byte_failed.endif"]
  %".3641" = add i64 %"cursor.46", %".3617"
  %".3642" = add i64 %"cursor.46", 4
  %".3643" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3642")
  %".3644" = icmp eq i64 %".3616", 0
  %"end.5" = select  i1 %".3644", i64 %".3643", i64 %".3641"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.52" = phi  i64 [%"end.5", %"pptp_d1.to_ppp"]
  %"data.143" = phi  ptr [%"data.142", %"pptp_d1.to_ppp"]
  %"data_end.143" = phi  ptr [%"data_end.142", %"pptp_d1.to_ppp"]
  %"keys.143" = phi  ptr [%"keys.142", %"pptp_d1.to_ppp"]
  %"hdr.43" = getelementptr i8, ptr %"data.143", i64 %"cursor.52"
  %".4106" = getelementptr i8, ptr %"hdr.43", i64 4
  %".4107" = icmp ugt ptr %".4106", %"data_end.143"
  br i1 %".4107", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".4109" = getelementptr i8, ptr %"hdr.43", i64 2
  %".4110" = load i16, ptr %".4109", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.17" = phi  i16 [%".4110", %"ppp_d1.linear"], [%".4129", %"ppp_d1.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.143", %"ppp_d1.linear"], [%"data.154", %"ppp_d1.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.143", %"ppp_d1.linear"], [%"data_end.154", %"ppp_d1.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.143", %"ppp_d1.linear"], [%"keys.154", %"ppp_d1.copy_failed.endif"]
  %".4131" = add i64 %"cursor.52", 4
  %".4132" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4133" = zext i16 %".4132" to i64
  switch i64 %".4133", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ppp_d1.to_ipv4:
  %".4142" = trunc i64 2048 to i16
  %".4143" = call i16 @"llvm.bswap.i16"(i16 %".4142")
  %".4144" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4143", ptr %".4144", align 2
  %".4146" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4146", align 1
  %".4148" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.74" = load volatile i32, ptr %".4148", align 4
  %".4149" = and i32 %"flags.74", 4
  %".4150" = icmp ne i32 %".4149", 0
  br i1 %".4150", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2748" = trunc i64 %"cursor.37" to i32
  %".2749" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2748", [40 x i8]* %"header_copy", i32 2)
  %".2750" = icmp eq i64 %".2749", 0
  %".2751" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2752" = load i32, ptr %".2751", align 4
  %".2753" = zext i32 %".2752" to i64
  %"data.118" = inttoptr i64 %".2753" to ptr
  %".2754" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2755" = load i32, ptr %".2754", align 4
  %".2756" = zext i32 %".2755" to i64
  %"data_end.118" = inttoptr i64 %".2756" to ptr
  %".2757" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.118" = load ptr, ptr %".2757", align 8
  %".2758" = xor i1 %".2750", -1
  br i1 %".2758", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2760" = trunc i64 %"cursor.37" to i16
  %".2761" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2760", ptr %".2761", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2764" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2765" = load volatile i8, [40 x i8]* %".2764", align 1
  %".2766" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2767" = load volatile i8, [40 x i8]* %".2766", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2781" = trunc i64 %".2778" to i16
  %".2782" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2781", ptr %".2782", align 2
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
  %".2798" = trunc i64 34887 to i16
  %".2799" = call i16 @"llvm.bswap.i16"(i16 %".2798")
  %".2800" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2799", ptr %".2800", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2803" = trunc i64 2048 to i16
  %".2804" = call i16 @"llvm.bswap.i16"(i16 %".2803")
  %".2805" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2804", ptr %".2805", align 2
  %".2807" = getelementptr i8, ptr %"keys.119", i64 8
  store i8 1, ptr %".2807", align 1
  %".2809" = getelementptr i8, ptr %"keys.119", i64 48
  %"flags.50" = load volatile i32, ptr %".2809", align 4
  %".2810" = and i32 %"flags.50", 4
  %".2811" = icmp ne i32 %".2810", 0
  br i1 %".2811", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2821" = trunc i64 34525 to i16
  %".2822" = call i16 @"llvm.bswap.i16"(i16 %".2821")
  %".2823" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2822", ptr %".2823", align 2
  %".2825" = getelementptr i8, ptr %"keys.119", i64 8
  store i8 1, ptr %".2825", align 1
  %".2827" = getelementptr i8, ptr %"keys.119", i64 48
  %"flags.51" = load volatile i32, ptr %".2827", align 4
  %".2828" = and i32 %"flags.51", 4
  %".2829" = icmp ne i32 %".2828", 0
  br i1 %".2829", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.47" = phi  i64 [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".4713", %"widening.test.24"]
  %"data.120" = phi  ptr [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.184", %"widening.test.24"]
  %"data_end.120" = phi  ptr [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.184", %"widening.test.24"]
  %"keys.120" = phi  ptr [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.24"]
  %"hdr.39" = getelementptr i8, ptr %"data.120", i64 %"cursor.47"
  %".3651" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3652" = icmp ugt ptr %".3651", %"data_end.120"
  br i1 %".3652", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3654" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3655" = load i8, ptr %".3654", align 1
  %".3656" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3657" = load i8, ptr %".3656", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3655", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3676", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3657", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3678", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.145" = phi  ptr [%"data.120", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.145" = phi  ptr [%"data_end.120", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.145" = phi  ptr [%"keys.120", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.144", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3680" = zext i8 %"w0_1.14" to i64
  %".3681" = trunc i64 %".3680" to i8
  %".3682" = getelementptr i8, ptr %"keys.145", i64 9
  store i8 %".3681", ptr %".3682", align 1
  %".3684" = add i64 %"cursor.47", 2
  %".3685" = zext i8 %"w1_1.9" to i64
  %".3686" = mul i64 %".3685", 8
  %".3687" = add i64 %".3686", 6
  %".3688" = add i64 %".3687", 2
  %".3689" = add i64 %"cursor.47", %".3688"
  %".3690" = zext i8 %"w0_1.14" to i64
  switch i64 %".3690", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.48" = phi  i64 [%".2778", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".2872", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".4702", %"widening.test.23"]
  %"data.121" = phi  ptr [%"data.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.183", %"widening.test.23"]
  %"data_end.121" = phi  ptr [%"data_end.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.183", %"widening.test.23"]
  %"keys.121" = phi  ptr [%"keys.119", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.123", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.23"]
  %"hdr.40" = getelementptr i8, ptr %"data.121", i64 %"cursor.48"
  %".3750" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3751" = icmp ugt ptr %".3750", %"data_end.121"
  br i1 %".3751", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3753" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3754" = load i8, ptr %".3753", align 1
  %".3755" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3756" = load i16, ptr %".3755", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3754", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3775", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3756", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3777", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.121", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.121", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.121", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.148", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3779" = zext i8 %"w0_1.15" to i64
  %".3780" = trunc i64 %".3779" to i8
  %".3781" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %".3780", ptr %".3781", align 1
  %".3783" = add i64 %"cursor.48", 8
  %".3784" = icmp ne i64 1, 0
  %".3785" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3786" = zext i16 %".3785" to i64
  %".3787" = and i64 %".3786", 65528
  %".3788" = icmp eq i64 %".3787", 0
  br i1 %".3784", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".3810" = zext i8 %"w0_1.15" to i64
  switch i64 %".3810", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2813" = trunc i64 %".2778" to i16
  %".2814" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2813", ptr %".2814", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2817" = trunc i64 %".2778" to i16
  %".2818" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2817", ptr %".2818", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2831" = trunc i64 %".2778" to i16
  %".2832" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2831", ptr %".2832", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2835" = trunc i64 %".2778" to i16
  %".2836" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2835", ptr %".2836", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2847" = trunc i64 %"cursor.38" to i32
  %".2848" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2847", [40 x i8]* %"header_copy", i32 8)
  %".2849" = icmp eq i64 %".2848", 0
  %".2850" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2851" = load i32, ptr %".2850", align 4
  %".2852" = zext i32 %".2851" to i64
  %"data.122" = inttoptr i64 %".2852" to ptr
  %".2853" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2854" = load i32, ptr %".2853", align 4
  %".2855" = zext i32 %".2854" to i64
  %"data_end.122" = inttoptr i64 %".2855" to ptr
  %".2856" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.122" = load ptr, ptr %".2856", align 8
  %".2857" = xor i1 %".2849", -1
  br i1 %".2857", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2859" = trunc i64 %"cursor.38" to i16
  %".2860" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2859", ptr %".2860", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2863" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2864" = load volatile i8, [40 x i8]* %".2863", align 1
  %".2865" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2866" = load volatile i16, [40 x i8]* %".2865", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2879" = getelementptr i8, ptr %"keys.123", i64 6
  store i8 1, ptr %".2879", align 1
  br i1 %".2877", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2882" = getelementptr i8, ptr %"keys.123", i64 7
  store i8 1, ptr %".2882", align 1
  %".2884" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.52" = load volatile i32, ptr %".2884", align 4
  %".2885" = and i32 %"flags.52", 1
  %".2886" = icmp ne i32 %".2885", 0
  %".2887" = xor i1 %".2886", -1
  br i1 %".2887", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".2894" = trunc i64 %".2872" to i16
  %".2895" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2894", ptr %".2895", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".2889" = trunc i64 %".2872" to i16
  %".2890" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2889", ptr %".2890", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".2901" = trunc i64 %".2872" to i16
  %".2902" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2901", ptr %".2902", align 2
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
  %".2918" = trunc i64 34887 to i16
  %".2919" = call i16 @"llvm.bswap.i16"(i16 %".2918")
  %".2920" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2919", ptr %".2920", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".2923" = trunc i64 2048 to i16
  %".2924" = call i16 @"llvm.bswap.i16"(i16 %".2923")
  %".2925" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2924", ptr %".2925", align 2
  %".2927" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2927", align 1
  %".2929" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.53" = load volatile i32, ptr %".2929", align 4
  %".2930" = and i32 %"flags.53", 4
  %".2931" = icmp ne i32 %".2930", 0
  br i1 %".2931", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".2941" = trunc i64 34525 to i16
  %".2942" = call i16 @"llvm.bswap.i16"(i16 %".2941")
  %".2943" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2942", ptr %".2943", align 2
  %".2945" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2945", align 1
  %".2947" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.54" = load volatile i32, ptr %".2947", align 4
  %".2948" = and i32 %"flags.54", 4
  %".2949" = icmp ne i32 %".2948", 0
  br i1 %".2949", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".2933" = trunc i64 %".2872" to i16
  %".2934" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2933", ptr %".2934", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".2937" = trunc i64 %".2872" to i16
  %".2938" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2937", ptr %".2938", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".2951" = trunc i64 %".2872" to i16
  %".2952" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2951", ptr %".2952", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2955" = trunc i64 %".2872" to i16
  %".2956" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2955", ptr %".2956", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2967" = trunc i64 %"cursor.39" to i32
  %".2968" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2967", [40 x i8]* %"header_copy", i32 2)
  %".2969" = icmp eq i64 %".2968", 0
  %".2970" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2971" = load i32, ptr %".2970", align 4
  %".2972" = zext i32 %".2971" to i64
  %"data.124" = inttoptr i64 %".2972" to ptr
  %".2973" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2974" = load i32, ptr %".2973", align 4
  %".2975" = zext i32 %".2974" to i64
  %"data_end.124" = inttoptr i64 %".2975" to ptr
  %".2976" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.124" = load ptr, ptr %".2976", align 8
  %".2977" = xor i1 %".2969", -1
  br i1 %".2977", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".2979" = trunc i64 %"cursor.39" to i16
  %".2980" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2979", ptr %".2980", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".2983" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2984" = load volatile i8, [40 x i8]* %".2983", align 1
  %".2985" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2986" = load volatile i8, [40 x i8]* %".2985", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3000" = trunc i64 %".2997" to i16
  %".3001" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3000", ptr %".3001", align 2
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
  %".3017" = trunc i64 34887 to i16
  %".3018" = call i16 @"llvm.bswap.i16"(i16 %".3017")
  %".3019" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3018", ptr %".3019", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3022" = trunc i64 2048 to i16
  %".3023" = call i16 @"llvm.bswap.i16"(i16 %".3022")
  %".3024" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3023", ptr %".3024", align 2
  %".3026" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3026", align 1
  %".3028" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.55" = load volatile i32, ptr %".3028", align 4
  %".3029" = and i32 %"flags.55", 4
  %".3030" = icmp ne i32 %".3029", 0
  br i1 %".3030", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3037" = trunc i64 34525 to i16
  %".3038" = call i16 @"llvm.bswap.i16"(i16 %".3037")
  %".3039" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".3038", ptr %".3039", align 2
  %".3041" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".3041", align 1
  %".3043" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.56" = load volatile i32, ptr %".3043", align 4
  %".3044" = and i32 %"flags.56", 4
  %".3045" = icmp ne i32 %".3044", 0
  br i1 %".3045", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.49" = phi  i64 [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4537", %"widening.test.8"]
  %"data.126" = phi  ptr [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.168", %"widening.test.8"]
  %"data_end.126" = phi  ptr [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.168", %"widening.test.8"]
  %"keys.126" = phi  ptr [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.41" = getelementptr i8, ptr %"data.126", i64 %"cursor.49"
  %".3870" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3871" = icmp ugt ptr %".3870", %"data_end.126"
  br i1 %".3871", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".3873" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3874" = load i8, ptr %".3873", align 1
  %".3875" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3876" = load i8, ptr %".3875", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.16" = phi  i8 [%".3874", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3895", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3876", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3897", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.126", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.126", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.126", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.150", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".3899" = zext i8 %"w0_1.16" to i64
  %".3900" = trunc i64 %".3899" to i8
  %".3901" = getelementptr i8, ptr %"keys.151", i64 9
  store i8 %".3900", ptr %".3901", align 1
  %".3903" = add i64 %"cursor.49", 2
  %".3904" = zext i8 %"w1_1.10" to i64
  %".3905" = mul i64 %".3904", 8
  %".3906" = add i64 %".3905", 6
  %".3907" = add i64 %".3906", 2
  %".3908" = add i64 %"cursor.49", %".3907"
  %".3909" = zext i8 %"w0_1.16" to i64
  switch i64 %".3909", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.50" = phi  i64 [%".2997", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3085", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".4526", %"widening.test.7"]
  %"data.127" = phi  ptr [%"data.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.167", %"widening.test.7"]
  %"data_end.127" = phi  ptr [%"data_end.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.167", %"widening.test.7"]
  %"keys.127" = phi  ptr [%"keys.125", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.129", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.42" = getelementptr i8, ptr %"data.127", i64 %"cursor.50"
  %".3975" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3976" = icmp ugt ptr %".3975", %"data_end.127"
  br i1 %".3976", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".3978" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3979" = load i8, ptr %".3978", align 1
  %".3980" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3981" = load i16, ptr %".3980", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.17" = phi  i8 [%".3979", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4000", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".3981", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".4002", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.127", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.127", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.127", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.152", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".4004" = zext i8 %"w0_1.17" to i64
  %".4005" = trunc i64 %".4004" to i8
  %".4006" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %".4005", ptr %".4006", align 1
  %".4008" = add i64 %"cursor.50", 8
  %".4009" = icmp ne i64 1, 0
  %".4010" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4011" = zext i16 %".4010" to i64
  %".4012" = and i64 %".4011", 65528
  %".4013" = icmp eq i64 %".4012", 0
  br i1 %".4009", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".4035" = zext i8 %"w0_1.17" to i64
  switch i64 %".4035", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3032" = trunc i64 %".2997" to i16
  %".3033" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3032", ptr %".3033", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3047" = trunc i64 %".2997" to i16
  %".3048" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".3047", ptr %".3048", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3060" = trunc i64 %"cursor.40" to i32
  %".3061" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".3060", [40 x i8]* %"header_copy", i32 8)
  %".3062" = icmp eq i64 %".3061", 0
  %".3063" = getelementptr i8, ptr %"ctx.39", i64 76
  %".3064" = load i32, ptr %".3063", align 4
  %".3065" = zext i32 %".3064" to i64
  %"data.128" = inttoptr i64 %".3065" to ptr
  %".3066" = getelementptr i8, ptr %"ctx.39", i64 80
  %".3067" = load i32, ptr %".3066", align 4
  %".3068" = zext i32 %".3067" to i64
  %"data_end.128" = inttoptr i64 %".3068" to ptr
  %".3069" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.128" = load ptr, ptr %".3069", align 8
  %".3070" = xor i1 %".3062", -1
  br i1 %".3070", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3072" = trunc i64 %"cursor.40" to i16
  %".3073" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3072", ptr %".3073", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3076" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3077" = load volatile i8, [40 x i8]* %".3076", align 1
  %".3078" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3079" = load volatile i16, [40 x i8]* %".3078", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3092" = getelementptr i8, ptr %"keys.129", i64 6
  store i8 1, ptr %".3092", align 1
  br i1 %".3090", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3095" = getelementptr i8, ptr %"keys.129", i64 7
  store i8 1, ptr %".3095", align 1
  %".3097" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.57" = load volatile i32, ptr %".3097", align 4
  %".3098" = and i32 %"flags.57", 1
  %".3099" = icmp ne i32 %".3098", 0
  %".3100" = xor i1 %".3099", -1
  br i1 %".3100", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3107" = trunc i64 %".3085" to i16
  %".3108" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3107", ptr %".3108", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3102" = trunc i64 %".3085" to i16
  %".3103" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3102", ptr %".3103", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3114" = trunc i64 %".3085" to i16
  %".3115" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3114", ptr %".3115", align 2
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
  %".3131" = trunc i64 34887 to i16
  %".3132" = call i16 @"llvm.bswap.i16"(i16 %".3131")
  %".3133" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3132", ptr %".3133", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3136" = trunc i64 2048 to i16
  %".3137" = call i16 @"llvm.bswap.i16"(i16 %".3136")
  %".3138" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3137", ptr %".3138", align 2
  %".3140" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3140", align 1
  %".3142" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.58" = load volatile i32, ptr %".3142", align 4
  %".3143" = and i32 %"flags.58", 4
  %".3144" = icmp ne i32 %".3143", 0
  br i1 %".3144", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3151" = trunc i64 34525 to i16
  %".3152" = call i16 @"llvm.bswap.i16"(i16 %".3151")
  %".3153" = getelementptr i8, ptr %"keys.129", i64 10
  store i16 %".3152", ptr %".3153", align 2
  %".3155" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".3155", align 1
  %".3157" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.59" = load volatile i32, ptr %".3157", align 4
  %".3158" = and i32 %"flags.59", 4
  %".3159" = icmp ne i32 %".3158", 0
  br i1 %".3159", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3146" = trunc i64 %".3085" to i16
  %".3147" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3146", ptr %".3147", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3161" = trunc i64 %".3085" to i16
  %".3162" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3161", ptr %".3162", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3172" = trunc i64 %"cursor.41" to i32
  %".3173" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3172", [40 x i8]* %"header_copy", i32 4)
  %".3174" = icmp eq i64 %".3173", 0
  %".3175" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3176" = load i32, ptr %".3175", align 4
  %".3177" = zext i32 %".3176" to i64
  %"data.130" = inttoptr i64 %".3177" to ptr
  %".3178" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3179" = load i32, ptr %".3178", align 4
  %".3180" = zext i32 %".3179" to i64
  %"data_end.130" = inttoptr i64 %".3180" to ptr
  %".3181" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.130" = load ptr, ptr %".3181", align 8
  %".3182" = xor i1 %".3174", -1
  br i1 %".3182", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3184" = trunc i64 %"cursor.41" to i16
  %".3185" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".3184", ptr %".3185", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3188" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3189" = load volatile i16, [40 x i8]* %".3188", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3204" = trunc i64 %".3197" to i16
  %".3205" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3204", ptr %".3205", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3210" = trunc i64 %".3197" to i16
  %".3211" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3210", ptr %".3211", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3214" = trunc i64 %".3197" to i16
  %".3215" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3214", ptr %".3215", align 2
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
  %".3227" = trunc i64 %".3197" to i16
  %".3228" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3227", ptr %".3228", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3231" = trunc i64 %".3197" to i16
  %".3232" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3231", ptr %".3232", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3242" = trunc i64 %"cursor.42" to i32
  %".3243" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3242", [40 x i8]* %"header_copy", i32 6)
  %".3244" = icmp eq i64 %".3243", 0
  %".3245" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3246" = load i32, ptr %".3245", align 4
  %".3247" = zext i32 %".3246" to i64
  %"data.132" = inttoptr i64 %".3247" to ptr
  %".3248" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3249" = load i32, ptr %".3248", align 4
  %".3250" = zext i32 %".3249" to i64
  %"data_end.132" = inttoptr i64 %".3250" to ptr
  %".3251" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.132" = load ptr, ptr %".3251", align 8
  %".3252" = xor i1 %".3244", -1
  br i1 %".3252", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3254" = trunc i64 %"cursor.42" to i16
  %".3255" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3254", ptr %".3255", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3258" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3259" = load volatile i16, [40 x i8]* %".3258", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3274" = trunc i64 %".3267" to i16
  %".3275" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3274", ptr %".3275", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3280" = trunc i64 %".3267" to i16
  %".3281" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3280", ptr %".3281", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3284" = trunc i64 %".3267" to i16
  %".3285" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3284", ptr %".3285", align 2
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
  %".3297" = trunc i64 %".3267" to i16
  %".3298" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3297", ptr %".3298", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3301" = trunc i64 %".3267" to i16
  %".3302" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3301", ptr %".3302", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
ethernet_d1.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3312" = trunc i64 %"cursor.43" to i32
  %".3313" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3312", [40 x i8]* %"header_copy", i32 14)
  %".3314" = icmp eq i64 %".3313", 0
  %".3315" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3316" = load i32, ptr %".3315", align 4
  %".3317" = zext i32 %".3316" to i64
  %"data.134" = inttoptr i64 %".3317" to ptr
  %".3318" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3319" = load i32, ptr %".3318", align 4
  %".3320" = zext i32 %".3319" to i64
  %"data_end.134" = inttoptr i64 %".3320" to ptr
  %".3321" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.134" = load ptr, ptr %".3321", align 8
  %".3322" = xor i1 %".3314", -1
  br i1 %".3322", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3324" = trunc i64 %"cursor.43" to i16
  %".3325" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3324", ptr %".3325", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3328" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3329" = load volatile i16, [40 x i8]* %".3328", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3341" = trunc i64 %".3337" to i16
  %".3342" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3341", ptr %".3342", align 2
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
  %".3367" = trunc i64 %"cursor.44" to i32
  %".3368" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3367", [40 x i8]* %"header_copy", i32 4)
  %".3369" = icmp eq i64 %".3368", 0
  %".3370" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3371" = load i32, ptr %".3370", align 4
  %".3372" = zext i32 %".3371" to i64
  %"data.136" = inttoptr i64 %".3372" to ptr
  %".3373" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3374" = load i32, ptr %".3373", align 4
  %".3375" = zext i32 %".3374" to i64
  %"data_end.136" = inttoptr i64 %".3375" to ptr
  %".3376" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.136" = load ptr, ptr %".3376", align 8
  %".3377" = xor i1 %".3369", -1
  br i1 %".3377", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3379" = trunc i64 %"cursor.44" to i16
  %".3380" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3379", ptr %".3380", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3383" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3384" = load volatile i16, [40 x i8]* %".3383", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3390" = and i64 %".3388", 0
  %".3391" = icmp eq i64 %".3390", 0
  br i1 %".3391", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv6:
  %".3412" = trunc i64 34525 to i16
  %".3413" = call i16 @"llvm.bswap.i16"(i16 %".3412")
  %".3414" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".3413", ptr %".3414", align 2
  %".3416" = getelementptr i8, ptr %"keys.137", i64 8
  store i8 1, ptr %".3416", align 1
  %".3418" = getelementptr i8, ptr %"keys.137", i64 48
  %"flags.61" = load volatile i32, ptr %".3418", align 4
  %".3419" = and i32 %"flags.61", 4
  %".3420" = icmp ne i32 %".3419", 0
  br i1 %".3420", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".3427" = trunc i64 34827 to i16
  %".3428" = call i16 @"llvm.bswap.i16"(i16 %".3427")
  %".3429" = getelementptr i8, ptr %"keys.137", i64 10
  store i16 %".3428", ptr %".3429", align 2
  %".3431" = getelementptr i8, ptr %"keys.137", i64 8
  store i8 1, ptr %".3431", align 1
  %".3433" = getelementptr i8, ptr %"keys.137", i64 48
  %"flags.62" = load volatile i32, ptr %".3433", align 4
  %".3434" = and i32 %"flags.62", 4
  %".3435" = icmp ne i32 %".3434", 0
  br i1 %".3435", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".3393" = trunc i64 %".3386" to i16
  %".3394" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3393", ptr %".3394", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3407" = trunc i64 %".3386" to i16
  %".3408" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3407", ptr %".3408", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".3422" = trunc i64 %".3386" to i16
  %".3423" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3422", ptr %".3423", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".3437" = trunc i64 %".3386" to i16
  %".3438" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3437", ptr %".3438", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.51" = phi  i64 [%".3386", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.138" = phi  ptr [%"data.137", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.138" = phi  ptr [%"data_end.137", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.138" = phi  ptr [%"keys.137", %"ppp_d0.stop_at_encap.endif.2"]
  %".4101" = add i64 %"cursor.51", 0
  %".4102" = trunc i64 %".4101" to i16
  %".4103" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4102", ptr %".4103", align 2
  br label %"return"
gre_d1.stop_before:
  %".3451" = trunc i64 %"cursor.45" to i16
  %".3452" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3451", ptr %".3452", align 2
  br label %"return"
gre_d1.copy_last_byte:
  %".3473" = add i64 %"cursor.45", %".3468"
  %".3474" = sub i64 %".3473", 1
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3475" = trunc i64 %".3474" to i32
  %".3476" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3475", i64* %"last_byte", i32 1)
  %".3477" = icmp eq i64 %".3476", 0
  %".3478" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3479" = load i32, ptr %".3478", align 4
  %".3480" = zext i32 %".3479" to i64
  %"data.139" = inttoptr i64 %".3480" to ptr
  %".3481" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3482" = load i32, ptr %".3481", align 4
  %".3483" = zext i32 %".3482" to i64
  %"data_end.139" = inttoptr i64 %".3483" to ptr
  %".3484" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.139" = load ptr, ptr %".3484", align 8
  %".3485" = xor i1 %".3477", -1
  br i1 %".3485", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3487" = trunc i64 %"cursor.45" to i16
  %".3488" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3487", ptr %".3488", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3502" = trunc i64 %"end.4" to i16
  %".3503" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3502", ptr %".3503", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".3506" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3507" = zext i16 %".3506" to i64
  %".3508" = trunc i64 %".3507" to i16
  %".3509" = call i16 @"llvm.bswap.i16"(i16 %".3508")
  %".3510" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3509", ptr %".3510", align 2
  %".3512" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3513" = zext i16 %".3512" to i64
  switch i64 %".3513", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !4
gre_d1.to_ipv4:
  %".3519" = trunc i64 %"end.4" to i16
  %".3520" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3519", ptr %".3520", align 2
  br label %"return"
gre_d1.unknown:
  %".3515" = trunc i64 %"end.4" to i16
  %".3516" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3515", ptr %".3516", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3523" = trunc i64 %"end.4" to i16
  %".3524" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3523", ptr %".3524", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3527" = trunc i64 %"end.4" to i16
  %".3528" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3527", ptr %".3528", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3531" = trunc i64 %"end.4" to i16
  %".3532" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3531", ptr %".3532", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3535" = trunc i64 %"end.4" to i16
  %".3536" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3535", ptr %".3536", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3539" = trunc i64 %"end.4" to i16
  %".3540" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3539", ptr %".3540", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3543" = trunc i64 %"end.4" to i16
  %".3544" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3543", ptr %".3544", align 2
  br label %"return"
gre_d1.to_arp:
  %".3547" = trunc i64 %"end.4" to i16
  %".3548" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3547", ptr %".3548", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3551" = trunc i64 %"end.4" to i16
  %".3552" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3551", ptr %".3552", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3555" = trunc i64 %"end.4" to i16
  %".3556" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3555", ptr %".3556", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3559" = trunc i64 %"end.4" to i16
  %".3560" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3559", ptr %".3560", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3563" = trunc i64 %"end.4" to i16
  %".3564" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3563", ptr %".3564", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3567" = trunc i64 %"end.4" to i16
  %".3568" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3567", ptr %".3568", align 2
  br label %"return"
gre_d1.to_hsr:
  %".3571" = trunc i64 %"end.4" to i16
  %".3572" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3571", ptr %".3572", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".3575" = trunc i64 %"end.4" to i16
  %".3576" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3575", ptr %".3576", align 2
  br label %"return"
gre_d1.to_batadv:
  %".3579" = trunc i64 %"end.4" to i16
  %".3580" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3579", ptr %".3580", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3583" = trunc i64 %"end.4" to i16
  %".3584" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3583", ptr %".3584", align 2
  br label %"return"
pptp_d1.stop_before:
  %".3596" = trunc i64 %"cursor.46" to i16
  %".3597" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".3596", ptr %".3597", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".3622" = add i64 %"cursor.46", %".3617"
  %".3623" = sub i64 %".3622", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3624" = trunc i64 %".3623" to i32
  %".3625" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3624", i64* %"last_byte", i32 1)
  %".3626" = icmp eq i64 %".3625", 0
  %".3627" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3628" = load i32, ptr %".3627", align 4
  %".3629" = zext i32 %".3628" to i64
  %"data.141" = inttoptr i64 %".3629" to ptr
  %".3630" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3631" = load i32, ptr %".3630", align 4
  %".3632" = zext i32 %".3631" to i64
  %"data_end.141" = inttoptr i64 %".3632" to ptr
  %".3633" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.141" = load ptr, ptr %".3633", align 8
  %".3634" = xor i1 %".3626", -1
  br i1 %".3634", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3636" = trunc i64 %"cursor.46" to i16
  %".3637" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3636", ptr %".3637", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3646" = trunc i64 %"end.5" to i16
  %".3647" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3646", ptr %".3647", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3659" = trunc i64 %"cursor.47" to i32
  %".3660" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3659", [40 x i8]* %"header_copy", i32 2)
  %".3661" = icmp eq i64 %".3660", 0
  %".3662" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3663" = load i32, ptr %".3662", align 4
  %".3664" = zext i32 %".3663" to i64
  %"data.144" = inttoptr i64 %".3664" to ptr
  %".3665" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3666" = load i32, ptr %".3665", align 4
  %".3667" = zext i32 %".3666" to i64
  %"data_end.144" = inttoptr i64 %".3667" to ptr
  %".3668" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.144" = load ptr, ptr %".3668", align 8
  %".3669" = xor i1 %".3661", -1
  br i1 %".3669", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3671" = trunc i64 %"cursor.47" to i16
  %".3672" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3671", ptr %".3672", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3675" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3676" = load volatile i8, [40 x i8]* %".3675", align 1
  %".3677" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3678" = load volatile i8, [40 x i8]* %".3677", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3692" = trunc i64 %".3689" to i16
  %".3693" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3692", ptr %".3693", align 2
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
  %".3709" = trunc i64 34887 to i16
  %".3710" = call i16 @"llvm.bswap.i16"(i16 %".3709")
  %".3711" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3710", ptr %".3711", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3714" = trunc i64 2048 to i16
  %".3715" = call i16 @"llvm.bswap.i16"(i16 %".3714")
  %".3716" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3715", ptr %".3716", align 2
  %".3718" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3718", align 1
  %".3720" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.64" = load volatile i32, ptr %".3720", align 4
  %".3721" = and i32 %"flags.64", 4
  %".3722" = icmp ne i32 %".3721", 0
  br i1 %".3722", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3732" = trunc i64 34525 to i16
  %".3733" = call i16 @"llvm.bswap.i16"(i16 %".3732")
  %".3734" = getelementptr i8, ptr %"keys.145", i64 10
  store i16 %".3733", ptr %".3734", align 2
  %".3736" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3736", align 1
  %".3738" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.65" = load volatile i32, ptr %".3738", align 4
  %".3739" = and i32 %"flags.65", 4
  %".3740" = icmp ne i32 %".3739", 0
  br i1 %".3740", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.53" = phi  i64 [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4735", %"widening.test.26"]
  %"data.146" = phi  ptr [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.186", %"widening.test.26"]
  %"data_end.146" = phi  ptr [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.186", %"widening.test.26"]
  %"keys.146" = phi  ptr [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.26"]
  %"hdr.44" = getelementptr i8, ptr %"data.146", i64 %"cursor.53"
  %".4196" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4197" = icmp ugt ptr %".4196", %"data_end.146"
  br i1 %".4197", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4199" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4200" = load i8, ptr %".4199", align 1
  %".4201" = getelementptr i8, ptr %"hdr.44", i64 1
  %".4202" = load i8, ptr %".4201", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.18" = phi  i8 [%".4200", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4221", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4202", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4223", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.156", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.156", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.146", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.156", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4225" = zext i8 %"w0_1.18" to i64
  %".4226" = trunc i64 %".4225" to i8
  %".4227" = getelementptr i8, ptr %"keys.157", i64 9
  store i8 %".4226", ptr %".4227", align 1
  %".4229" = add i64 %"cursor.53", 2
  %".4230" = zext i8 %"w1_1.11" to i64
  %".4231" = mul i64 %".4230", 8
  %".4232" = add i64 %".4231", 6
  %".4233" = add i64 %".4232", 2
  %".4234" = add i64 %"cursor.53", %".4233"
  %".4235" = zext i8 %"w0_1.18" to i64
  switch i64 %".4235", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.54" = phi  i64 [%".3689", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".3783", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".4724", %"widening.test.25"]
  %"data.147" = phi  ptr [%"data.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.185", %"widening.test.25"]
  %"data_end.147" = phi  ptr [%"data_end.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.185", %"widening.test.25"]
  %"keys.147" = phi  ptr [%"keys.145", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.149", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.25"]
  %"hdr.45" = getelementptr i8, ptr %"data.147", i64 %"cursor.54"
  %".4307" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4308" = icmp ugt ptr %".4307", %"data_end.147"
  br i1 %".4308", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4310" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4311" = load i8, ptr %".4310", align 1
  %".4312" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4313" = load i16, ptr %".4312", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.19" = phi  i8 [%".4311", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4332", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4313", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4334", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.158", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.158", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.147", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.158", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4336" = zext i8 %"w0_1.19" to i64
  %".4337" = trunc i64 %".4336" to i8
  %".4338" = getelementptr i8, ptr %"keys.159", i64 9
  store i8 %".4337", ptr %".4338", align 1
  %".4340" = add i64 %"cursor.54", 8
  %".4341" = icmp ne i64 1, 0
  %".4342" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4343" = zext i16 %".4342" to i64
  %".4344" = and i64 %".4343", 65528
  %".4345" = icmp eq i64 %".4344", 0
  br i1 %".4341", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4367" = zext i8 %"w0_1.19" to i64
  switch i64 %".4367", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3724" = trunc i64 %".3689" to i16
  %".3725" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3724", ptr %".3725", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3728" = trunc i64 %".3689" to i16
  %".3729" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3728", ptr %".3729", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3742" = trunc i64 %".3689" to i16
  %".3743" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3742", ptr %".3743", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3746" = trunc i64 %".3689" to i16
  %".3747" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3746", ptr %".3747", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3758" = trunc i64 %"cursor.48" to i32
  %".3759" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3758", [40 x i8]* %"header_copy", i32 8)
  %".3760" = icmp eq i64 %".3759", 0
  %".3761" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3762" = load i32, ptr %".3761", align 4
  %".3763" = zext i32 %".3762" to i64
  %"data.148" = inttoptr i64 %".3763" to ptr
  %".3764" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3765" = load i32, ptr %".3764", align 4
  %".3766" = zext i32 %".3765" to i64
  %"data_end.148" = inttoptr i64 %".3766" to ptr
  %".3767" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.148" = load ptr, ptr %".3767", align 8
  %".3768" = xor i1 %".3760", -1
  br i1 %".3768", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3770" = trunc i64 %"cursor.48" to i16
  %".3771" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3770", ptr %".3771", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3774" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3775" = load volatile i8, [40 x i8]* %".3774", align 1
  %".3776" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3777" = load volatile i16, [40 x i8]* %".3776", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3790" = getelementptr i8, ptr %"keys.149", i64 6
  store i8 1, ptr %".3790", align 1
  br i1 %".3788", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".3793" = getelementptr i8, ptr %"keys.149", i64 7
  store i8 1, ptr %".3793", align 1
  %".3795" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.66" = load volatile i32, ptr %".3795", align 4
  %".3796" = and i32 %"flags.66", 1
  %".3797" = icmp ne i32 %".3796", 0
  %".3798" = xor i1 %".3797", -1
  br i1 %".3798", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".3805" = trunc i64 %".3783" to i16
  %".3806" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3805", ptr %".3806", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".3800" = trunc i64 %".3783" to i16
  %".3801" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3800", ptr %".3801", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".3812" = trunc i64 %".3783" to i16
  %".3813" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3812", ptr %".3813", align 2
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
  %".3829" = trunc i64 34887 to i16
  %".3830" = call i16 @"llvm.bswap.i16"(i16 %".3829")
  %".3831" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3830", ptr %".3831", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".3834" = trunc i64 2048 to i16
  %".3835" = call i16 @"llvm.bswap.i16"(i16 %".3834")
  %".3836" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3835", ptr %".3836", align 2
  %".3838" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3838", align 1
  %".3840" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.67" = load volatile i32, ptr %".3840", align 4
  %".3841" = and i32 %"flags.67", 4
  %".3842" = icmp ne i32 %".3841", 0
  br i1 %".3842", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".3852" = trunc i64 34525 to i16
  %".3853" = call i16 @"llvm.bswap.i16"(i16 %".3852")
  %".3854" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3853", ptr %".3854", align 2
  %".3856" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3856", align 1
  %".3858" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.68" = load volatile i32, ptr %".3858", align 4
  %".3859" = and i32 %"flags.68", 4
  %".3860" = icmp ne i32 %".3859", 0
  br i1 %".3860", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".3844" = trunc i64 %".3783" to i16
  %".3845" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3844", ptr %".3845", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".3848" = trunc i64 %".3783" to i16
  %".3849" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3848", ptr %".3849", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".3862" = trunc i64 %".3783" to i16
  %".3863" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3862", ptr %".3863", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3866" = trunc i64 %".3783" to i16
  %".3867" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3866", ptr %".3867", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3878" = trunc i64 %"cursor.49" to i32
  %".3879" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3878", [40 x i8]* %"header_copy", i32 2)
  %".3880" = icmp eq i64 %".3879", 0
  %".3881" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3882" = load i32, ptr %".3881", align 4
  %".3883" = zext i32 %".3882" to i64
  %"data.150" = inttoptr i64 %".3883" to ptr
  %".3884" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3885" = load i32, ptr %".3884", align 4
  %".3886" = zext i32 %".3885" to i64
  %"data_end.150" = inttoptr i64 %".3886" to ptr
  %".3887" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.150" = load ptr, ptr %".3887", align 8
  %".3888" = xor i1 %".3880", -1
  br i1 %".3888", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".3890" = trunc i64 %"cursor.49" to i16
  %".3891" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3890", ptr %".3891", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".3894" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3895" = load volatile i8, [40 x i8]* %".3894", align 1
  %".3896" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3897" = load volatile i8, [40 x i8]* %".3896", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".3911" = trunc i64 %".3908" to i16
  %".3912" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3911", ptr %".3912", align 2
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
  %".3923" = trunc i64 %".3908" to i16
  %".3924" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3923", ptr %".3924", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3927" = trunc i64 %".3908" to i16
  %".3928" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3927", ptr %".3928", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3931" = trunc i64 %".3908" to i16
  %".3932" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3931", ptr %".3932", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".3935" = trunc i64 %".3908" to i16
  %".3936" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3935", ptr %".3936", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".3940" = trunc i64 34887 to i16
  %".3941" = call i16 @"llvm.bswap.i16"(i16 %".3940")
  %".3942" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".3941", ptr %".3942", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".3945" = trunc i64 2048 to i16
  %".3946" = call i16 @"llvm.bswap.i16"(i16 %".3945")
  %".3947" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".3946", ptr %".3947", align 2
  %".3949" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3949", align 1
  %".3951" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.69" = load volatile i32, ptr %".3951", align 4
  %".3952" = and i32 %"flags.69", 4
  %".3953" = icmp ne i32 %".3952", 0
  br i1 %".3953", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".3960" = trunc i64 34525 to i16
  %".3961" = call i16 @"llvm.bswap.i16"(i16 %".3960")
  %".3962" = getelementptr i8, ptr %"keys.151", i64 10
  store i16 %".3961", ptr %".3962", align 2
  %".3964" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3964", align 1
  %".3966" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.70" = load volatile i32, ptr %".3966", align 4
  %".3967" = and i32 %"flags.70", 4
  %".3968" = icmp ne i32 %".3967", 0
  br i1 %".3968", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".3955" = trunc i64 %".3908" to i16
  %".3956" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3955", ptr %".3956", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".3970" = trunc i64 %".3908" to i16
  %".3971" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3970", ptr %".3971", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3983" = trunc i64 %"cursor.50" to i32
  %".3984" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3983", [40 x i8]* %"header_copy", i32 8)
  %".3985" = icmp eq i64 %".3984", 0
  %".3986" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3987" = load i32, ptr %".3986", align 4
  %".3988" = zext i32 %".3987" to i64
  %"data.152" = inttoptr i64 %".3988" to ptr
  %".3989" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3990" = load i32, ptr %".3989", align 4
  %".3991" = zext i32 %".3990" to i64
  %"data_end.152" = inttoptr i64 %".3991" to ptr
  %".3992" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.152" = load ptr, ptr %".3992", align 8
  %".3993" = xor i1 %".3985", -1
  br i1 %".3993", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".3995" = trunc i64 %"cursor.50" to i16
  %".3996" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3995", ptr %".3996", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".3999" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4000" = load volatile i8, [40 x i8]* %".3999", align 1
  %".4001" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4002" = load volatile i16, [40 x i8]* %".4001", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".4015" = getelementptr i8, ptr %"keys.153", i64 6
  store i8 1, ptr %".4015", align 1
  br i1 %".4013", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".4018" = getelementptr i8, ptr %"keys.153", i64 7
  store i8 1, ptr %".4018", align 1
  %".4020" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.71" = load volatile i32, ptr %".4020", align 4
  %".4021" = and i32 %"flags.71", 1
  %".4022" = icmp ne i32 %".4021", 0
  %".4023" = xor i1 %".4022", -1
  br i1 %".4023", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".4030" = trunc i64 %".4008" to i16
  %".4031" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4030", ptr %".4031", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".4025" = trunc i64 %".4008" to i16
  %".4026" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4025", ptr %".4026", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".4037" = trunc i64 %".4008" to i16
  %".4038" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4037", ptr %".4038", align 2
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
  %".4049" = trunc i64 %".4008" to i16
  %".4050" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4049", ptr %".4050", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".4053" = trunc i64 %".4008" to i16
  %".4054" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4053", ptr %".4054", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".4057" = trunc i64 %".4008" to i16
  %".4058" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4057", ptr %".4058", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".4061" = trunc i64 %".4008" to i16
  %".4062" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4061", ptr %".4062", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".4066" = trunc i64 34887 to i16
  %".4067" = call i16 @"llvm.bswap.i16"(i16 %".4066")
  %".4068" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4067", ptr %".4068", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".4071" = trunc i64 2048 to i16
  %".4072" = call i16 @"llvm.bswap.i16"(i16 %".4071")
  %".4073" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4072", ptr %".4073", align 2
  %".4075" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4075", align 1
  %".4077" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.72" = load volatile i32, ptr %".4077", align 4
  %".4078" = and i32 %"flags.72", 4
  %".4079" = icmp ne i32 %".4078", 0
  br i1 %".4079", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".4086" = trunc i64 34525 to i16
  %".4087" = call i16 @"llvm.bswap.i16"(i16 %".4086")
  %".4088" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".4087", ptr %".4088", align 2
  %".4090" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".4090", align 1
  %".4092" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.73" = load volatile i32, ptr %".4092", align 4
  %".4093" = and i32 %"flags.73", 4
  %".4094" = icmp ne i32 %".4093", 0
  br i1 %".4094", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".4081" = trunc i64 %".4008" to i16
  %".4082" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4081", ptr %".4082", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".4096" = trunc i64 %".4008" to i16
  %".4097" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".4096", ptr %".4097", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4112" = trunc i64 %"cursor.52" to i32
  %".4113" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4112", [40 x i8]* %"header_copy", i32 4)
  %".4114" = icmp eq i64 %".4113", 0
  %".4115" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4116" = load i32, ptr %".4115", align 4
  %".4117" = zext i32 %".4116" to i64
  %"data.154" = inttoptr i64 %".4117" to ptr
  %".4118" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4119" = load i32, ptr %".4118", align 4
  %".4120" = zext i32 %".4119" to i64
  %"data_end.154" = inttoptr i64 %".4120" to ptr
  %".4121" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.154" = load ptr, ptr %".4121", align 8
  %".4122" = xor i1 %".4114", -1
  br i1 %".4122", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".4124" = trunc i64 %"cursor.52" to i16
  %".4125" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".4124", ptr %".4125", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".4128" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4129" = load volatile i16, [40 x i8]* %".4128", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".4135" = and i64 %".4133", 0
  %".4136" = icmp eq i64 %".4135", 0
  br i1 %".4136", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv6:
  %".4160" = trunc i64 34525 to i16
  %".4161" = call i16 @"llvm.bswap.i16"(i16 %".4160")
  %".4162" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4161", ptr %".4162", align 2
  %".4164" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4164", align 1
  %".4166" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.75" = load volatile i32, ptr %".4166", align 4
  %".4167" = and i32 %"flags.75", 4
  %".4168" = icmp ne i32 %".4167", 0
  br i1 %".4168", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".4178" = trunc i64 34827 to i16
  %".4179" = call i16 @"llvm.bswap.i16"(i16 %".4178")
  %".4180" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".4179", ptr %".4180", align 2
  %".4182" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".4182", align 1
  %".4184" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.76" = load volatile i32, ptr %".4184", align 4
  %".4185" = and i32 %"flags.76", 4
  %".4186" = icmp ne i32 %".4185", 0
  br i1 %".4186", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".4138" = trunc i64 %".4131" to i16
  %".4139" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4138", ptr %".4139", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".4152" = trunc i64 %".4131" to i16
  %".4153" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4152", ptr %".4153", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".4156" = trunc i64 %".4131" to i16
  %".4157" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4156", ptr %".4157", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".4170" = trunc i64 %".4131" to i16
  %".4171" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4170", ptr %".4171", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".4174" = trunc i64 %".4131" to i16
  %".4175" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4174", ptr %".4175", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".4188" = trunc i64 %".4131" to i16
  %".4189" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4188", ptr %".4189", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".4192" = trunc i64 %".4131" to i16
  %".4193" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".4192", ptr %".4193", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4204" = trunc i64 %"cursor.53" to i32
  %".4205" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4204", [40 x i8]* %"header_copy", i32 2)
  %".4206" = icmp eq i64 %".4205", 0
  %".4207" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4208" = load i32, ptr %".4207", align 4
  %".4209" = zext i32 %".4208" to i64
  %"data.156" = inttoptr i64 %".4209" to ptr
  %".4210" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4211" = load i32, ptr %".4210", align 4
  %".4212" = zext i32 %".4211" to i64
  %"data_end.156" = inttoptr i64 %".4212" to ptr
  %".4213" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.156" = load ptr, ptr %".4213", align 8
  %".4214" = xor i1 %".4206", -1
  br i1 %".4214", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4216" = trunc i64 %"cursor.53" to i16
  %".4217" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".4216", ptr %".4217", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4220" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4221" = load volatile i8, [40 x i8]* %".4220", align 1
  %".4222" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4223" = load volatile i8, [40 x i8]* %".4222", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4237" = trunc i64 %".4234" to i16
  %".4238" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4237", ptr %".4238", align 2
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
  %".4249" = trunc i64 %".4234" to i16
  %".4250" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4249", ptr %".4250", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4253" = trunc i64 %".4234" to i16
  %".4254" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4253", ptr %".4254", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4257" = trunc i64 %".4234" to i16
  %".4258" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4257", ptr %".4258", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4261" = trunc i64 %".4234" to i16
  %".4262" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4261", ptr %".4262", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4266" = trunc i64 34887 to i16
  %".4267" = call i16 @"llvm.bswap.i16"(i16 %".4266")
  %".4268" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4267", ptr %".4268", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4271" = trunc i64 2048 to i16
  %".4272" = call i16 @"llvm.bswap.i16"(i16 %".4271")
  %".4273" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4272", ptr %".4273", align 2
  %".4275" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4275", align 1
  %".4277" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.77" = load volatile i32, ptr %".4277", align 4
  %".4278" = and i32 %"flags.77", 4
  %".4279" = icmp ne i32 %".4278", 0
  br i1 %".4279", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4289" = trunc i64 34525 to i16
  %".4290" = call i16 @"llvm.bswap.i16"(i16 %".4289")
  %".4291" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".4290", ptr %".4291", align 2
  %".4293" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".4293", align 1
  %".4295" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.78" = load volatile i32, ptr %".4295", align 4
  %".4296" = and i32 %"flags.78", 4
  %".4297" = icmp ne i32 %".4296", 0
  br i1 %".4297", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4281" = trunc i64 %".4234" to i16
  %".4282" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4281", ptr %".4282", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4285" = trunc i64 %".4234" to i16
  %".4286" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4285", ptr %".4286", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4299" = trunc i64 %".4234" to i16
  %".4300" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4299", ptr %".4300", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4303" = trunc i64 %".4234" to i16
  %".4304" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".4303", ptr %".4304", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4315" = trunc i64 %"cursor.54" to i32
  %".4316" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4315", [40 x i8]* %"header_copy", i32 8)
  %".4317" = icmp eq i64 %".4316", 0
  %".4318" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4319" = load i32, ptr %".4318", align 4
  %".4320" = zext i32 %".4319" to i64
  %"data.158" = inttoptr i64 %".4320" to ptr
  %".4321" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4322" = load i32, ptr %".4321", align 4
  %".4323" = zext i32 %".4322" to i64
  %"data_end.158" = inttoptr i64 %".4323" to ptr
  %".4324" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.158" = load ptr, ptr %".4324", align 8
  %".4325" = xor i1 %".4317", -1
  br i1 %".4325", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4327" = trunc i64 %"cursor.54" to i16
  %".4328" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".4327", ptr %".4328", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4331" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4332" = load volatile i8, [40 x i8]* %".4331", align 1
  %".4333" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4334" = load volatile i16, [40 x i8]* %".4333", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4347" = getelementptr i8, ptr %"keys.159", i64 6
  store i8 1, ptr %".4347", align 1
  br i1 %".4345", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4350" = getelementptr i8, ptr %"keys.159", i64 7
  store i8 1, ptr %".4350", align 1
  %".4352" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.79" = load volatile i32, ptr %".4352", align 4
  %".4353" = and i32 %"flags.79", 1
  %".4354" = icmp ne i32 %".4353", 0
  %".4355" = xor i1 %".4354", -1
  br i1 %".4355", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4362" = trunc i64 %".4340" to i16
  %".4363" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4362", ptr %".4363", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4357" = trunc i64 %".4340" to i16
  %".4358" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4357", ptr %".4358", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4369" = trunc i64 %".4340" to i16
  %".4370" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4369", ptr %".4370", align 2
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
  %".4381" = trunc i64 %".4340" to i16
  %".4382" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4381", ptr %".4382", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4385" = trunc i64 %".4340" to i16
  %".4386" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4385", ptr %".4386", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4389" = trunc i64 %".4340" to i16
  %".4390" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4389", ptr %".4390", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4393" = trunc i64 %".4340" to i16
  %".4394" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4393", ptr %".4394", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".4398" = trunc i64 34887 to i16
  %".4399" = call i16 @"llvm.bswap.i16"(i16 %".4398")
  %".4400" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4399", ptr %".4400", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4403" = trunc i64 2048 to i16
  %".4404" = call i16 @"llvm.bswap.i16"(i16 %".4403")
  %".4405" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4404", ptr %".4405", align 2
  %".4407" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4407", align 1
  %".4409" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.80" = load volatile i32, ptr %".4409", align 4
  %".4410" = and i32 %"flags.80", 4
  %".4411" = icmp ne i32 %".4410", 0
  br i1 %".4411", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4421" = trunc i64 34525 to i16
  %".4422" = call i16 @"llvm.bswap.i16"(i16 %".4421")
  %".4423" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4422", ptr %".4423", align 2
  %".4425" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4425", align 1
  %".4427" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.81" = load volatile i32, ptr %".4427", align 4
  %".4428" = and i32 %"flags.81", 4
  %".4429" = icmp ne i32 %".4428", 0
  br i1 %".4429", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4413" = trunc i64 %".4340" to i16
  %".4414" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4413", ptr %".4414", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4417" = trunc i64 %".4340" to i16
  %".4418" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4417", ptr %".4418", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4431" = trunc i64 %".4340" to i16
  %".4432" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4431", ptr %".4432", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4435" = trunc i64 %".4340" to i16
  %".4436" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4435", ptr %".4436", align 2
  br label %"return"
widening.test:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4441" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4442" = load i32, ptr %".4441", align 4
  %".4443" = zext i32 %".4442" to i64
  %"data.160" = inttoptr i64 %".4443" to ptr
  %".4444" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4445" = load i32, ptr %".4444", align 4
  %".4446" = zext i32 %".4445" to i64
  %"data_end.160" = inttoptr i64 %".4446" to ptr
  %".4447" = getelementptr i8, ptr %"keys", i64 0
  %".4448" = load volatile i16, ptr %".4447", align 2
  %".4449" = zext i16 %".4448" to i64
  %".4450" = icmp ugt i64 %".4449", 261
  br i1 %".4450", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4452" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4453" = load i32, ptr %".4452", align 4
  %".4454" = zext i32 %".4453" to i64
  %"data.161" = inttoptr i64 %".4454" to ptr
  %".4455" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4456" = load i32, ptr %".4455", align 4
  %".4457" = zext i32 %".4456" to i64
  %"data_end.161" = inttoptr i64 %".4457" to ptr
  %".4458" = getelementptr i8, ptr %"keys", i64 0
  %".4459" = load volatile i16, ptr %".4458", align 2
  %".4460" = zext i16 %".4459" to i64
  %".4461" = icmp ugt i64 %".4460", 261
  br i1 %".4461", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4463" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4464" = load i32, ptr %".4463", align 4
  %".4465" = zext i32 %".4464" to i64
  %"data.162" = inttoptr i64 %".4465" to ptr
  %".4466" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4467" = load i32, ptr %".4466", align 4
  %".4468" = zext i32 %".4467" to i64
  %"data_end.162" = inttoptr i64 %".4468" to ptr
  %".4469" = getelementptr i8, ptr %"keys", i64 0
  %".4470" = load volatile i16, ptr %".4469", align 2
  %".4471" = zext i16 %".4470" to i64
  %".4472" = icmp ugt i64 %".4471", 267
  br i1 %".4472", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4474" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4475" = load i32, ptr %".4474", align 4
  %".4476" = zext i32 %".4475" to i64
  %"data.163" = inttoptr i64 %".4476" to ptr
  %".4477" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4478" = load i32, ptr %".4477", align 4
  %".4479" = zext i32 %".4478" to i64
  %"data_end.163" = inttoptr i64 %".4479" to ptr
  %".4480" = getelementptr i8, ptr %"keys", i64 0
  %".4481" = load volatile i16, ptr %".4480", align 2
  %".4482" = zext i16 %".4481" to i64
  %".4483" = icmp ugt i64 %".4482", 267
  br i1 %".4483", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4485" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4486" = load i32, ptr %".4485", align 4
  %".4487" = zext i32 %".4486" to i64
  %"data.164" = inttoptr i64 %".4487" to ptr
  %".4488" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4489" = load i32, ptr %".4488", align 4
  %".4490" = zext i32 %".4489" to i64
  %"data_end.164" = inttoptr i64 %".4490" to ptr
  %".4491" = getelementptr i8, ptr %"keys", i64 0
  %".4492" = load volatile i16, ptr %".4491", align 2
  %".4493" = zext i16 %".4492" to i64
  %".4494" = icmp ugt i64 %".4493", 275
  br i1 %".4494", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4496" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4497" = load i32, ptr %".4496", align 4
  %".4498" = zext i32 %".4497" to i64
  %"data.165" = inttoptr i64 %".4498" to ptr
  %".4499" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4500" = load i32, ptr %".4499", align 4
  %".4501" = zext i32 %".4500" to i64
  %"data_end.165" = inttoptr i64 %".4501" to ptr
  %".4502" = getelementptr i8, ptr %"keys", i64 0
  %".4503" = load volatile i16, ptr %".4502", align 2
  %".4504" = zext i16 %".4503" to i64
  %".4505" = icmp ugt i64 %".4504", 2363
  br i1 %".4505", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4507" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4508" = load i32, ptr %".4507", align 4
  %".4509" = zext i32 %".4508" to i64
  %"data.166" = inttoptr i64 %".4509" to ptr
  %".4510" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4511" = load i32, ptr %".4510", align 4
  %".4512" = zext i32 %".4511" to i64
  %"data_end.166" = inttoptr i64 %".4512" to ptr
  %".4513" = getelementptr i8, ptr %"keys", i64 0
  %".4514" = load volatile i16, ptr %".4513", align 2
  %".4515" = zext i16 %".4514" to i64
  %".4516" = icmp ugt i64 %".4515", 2363
  br i1 %".4516", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4518" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4519" = load i32, ptr %".4518", align 4
  %".4520" = zext i32 %".4519" to i64
  %"data.167" = inttoptr i64 %".4520" to ptr
  %".4521" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4522" = load i32, ptr %".4521", align 4
  %".4523" = zext i32 %".4522" to i64
  %"data_end.167" = inttoptr i64 %".4523" to ptr
  %".4524" = getelementptr i8, ptr %"keys", i64 0
  %".4525" = load volatile i16, ptr %".4524", align 2
  %".4526" = zext i16 %".4525" to i64
  %".4527" = icmp ugt i64 %".4526", 4411
  br i1 %".4527", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4529" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4530" = load i32, ptr %".4529", align 4
  %".4531" = zext i32 %".4530" to i64
  %"data.168" = inttoptr i64 %".4531" to ptr
  %".4532" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4533" = load i32, ptr %".4532", align 4
  %".4534" = zext i32 %".4533" to i64
  %"data_end.168" = inttoptr i64 %".4534" to ptr
  %".4535" = getelementptr i8, ptr %"keys", i64 0
  %".4536" = load volatile i16, ptr %".4535", align 2
  %".4537" = zext i16 %".4536" to i64
  %".4538" = icmp ugt i64 %".4537", 4411
  br i1 %".4538", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4540" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4541" = load i32, ptr %".4540", align 4
  %".4542" = zext i32 %".4541" to i64
  %"data.169" = inttoptr i64 %".4542" to ptr
  %".4543" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4544" = load i32, ptr %".4543", align 4
  %".4545" = zext i32 %".4544" to i64
  %"data_end.169" = inttoptr i64 %".4545" to ptr
  %".4546" = getelementptr i8, ptr %"keys", i64 0
  %".4547" = load volatile i16, ptr %".4546", align 2
  %".4548" = zext i16 %".4547" to i64
  %".4549" = icmp ugt i64 %".4548", 275
  br i1 %".4549", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4551" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4552" = load i32, ptr %".4551", align 4
  %".4553" = zext i32 %".4552" to i64
  %"data.170" = inttoptr i64 %".4553" to ptr
  %".4554" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4555" = load i32, ptr %".4554", align 4
  %".4556" = zext i32 %".4555" to i64
  %"data_end.170" = inttoptr i64 %".4556" to ptr
  %".4557" = getelementptr i8, ptr %"keys", i64 0
  %".4558" = load volatile i16, ptr %".4557", align 2
  %".4559" = zext i16 %".4558" to i64
  %".4560" = icmp ugt i64 %".4559", 6459
  br i1 %".4560", label %"widening.test.11", label %"gre_version_d0"
widening.test.11:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4562" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4563" = load i32, ptr %".4562", align 4
  %".4564" = zext i32 %".4563" to i64
  %"data.171" = inttoptr i64 %".4564" to ptr
  %".4565" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4566" = load i32, ptr %".4565", align 4
  %".4567" = zext i32 %".4566" to i64
  %"data_end.171" = inttoptr i64 %".4567" to ptr
  %".4568" = getelementptr i8, ptr %"keys", i64 0
  %".4569" = load volatile i16, ptr %".4568", align 2
  %".4570" = zext i16 %".4569" to i64
  %".4571" = icmp ugt i64 %".4570", 6489
  br i1 %".4571", label %"widening.test.12", label %"hsr_d1_vlan_tags1"
widening.test.12:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4573" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4574" = load i32, ptr %".4573", align 4
  %".4575" = zext i32 %".4574" to i64
  %"data.172" = inttoptr i64 %".4575" to ptr
  %".4576" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4577" = load i32, ptr %".4576", align 4
  %".4578" = zext i32 %".4577" to i64
  %"data_end.172" = inttoptr i64 %".4578" to ptr
  %".4579" = getelementptr i8, ptr %"keys", i64 0
  %".4580" = load volatile i16, ptr %".4579", align 2
  %".4581" = zext i16 %".4580" to i64
  %".4582" = icmp ugt i64 %".4581", 6489
  br i1 %".4582", label %"widening.test.13", label %"vlan_d1_vlan_tags1"
widening.test.13:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4584" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4585" = load i32, ptr %".4584", align 4
  %".4586" = zext i32 %".4585" to i64
  %"data.173" = inttoptr i64 %".4586" to ptr
  %".4587" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4588" = load i32, ptr %".4587", align 4
  %".4589" = zext i32 %".4588" to i64
  %"data_end.173" = inttoptr i64 %".4589" to ptr
  %".4590" = getelementptr i8, ptr %"keys", i64 0
  %".4591" = load volatile i16, ptr %".4590", align 2
  %".4592" = zext i16 %".4591" to i64
  %".4593" = icmp ugt i64 %".4592", 6495
  br i1 %".4593", label %"widening.test.14", label %"hsr_d1_vlan_tags2"
widening.test.14:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4595" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4596" = load i32, ptr %".4595", align 4
  %".4597" = zext i32 %".4596" to i64
  %"data.174" = inttoptr i64 %".4597" to ptr
  %".4598" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4599" = load i32, ptr %".4598", align 4
  %".4600" = zext i32 %".4599" to i64
  %"data_end.174" = inttoptr i64 %".4600" to ptr
  %".4601" = getelementptr i8, ptr %"keys", i64 0
  %".4602" = load volatile i16, ptr %".4601", align 2
  %".4603" = zext i16 %".4602" to i64
  %".4604" = icmp ugt i64 %".4603", 6495
  br i1 %".4604", label %"widening.test.15", label %"vlan_d1_vlan_tags2"
widening.test.15:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4606" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4607" = load i32, ptr %".4606", align 4
  %".4608" = zext i32 %".4607" to i64
  %"data.175" = inttoptr i64 %".4608" to ptr
  %".4609" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4610" = load i32, ptr %".4609", align 4
  %".4611" = zext i32 %".4610" to i64
  %"data_end.175" = inttoptr i64 %".4611" to ptr
  %".4612" = getelementptr i8, ptr %"keys", i64 0
  %".4613" = load volatile i16, ptr %".4612", align 2
  %".4614" = zext i16 %".4613" to i64
  %".4615" = icmp ugt i64 %".4614", 6501
  br i1 %".4615", label %"widening.test.16", label %"batadv_d1"
widening.test.16:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4617" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4618" = load i32, ptr %".4617", align 4
  %".4619" = zext i32 %".4618" to i64
  %"data.176" = inttoptr i64 %".4619" to ptr
  %".4620" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4621" = load i32, ptr %".4620", align 4
  %".4622" = zext i32 %".4621" to i64
  %"data_end.176" = inttoptr i64 %".4622" to ptr
  %".4623" = getelementptr i8, ptr %"keys", i64 0
  %".4624" = load volatile i16, ptr %".4623", align 2
  %".4625" = zext i16 %".4624" to i64
  %".4626" = icmp ugt i64 %".4625", 6501
  br i1 %".4626", label %"widening.test.17", label %"fcoe"
widening.test.17:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4628" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4629" = load i32, ptr %".4628", align 4
  %".4630" = zext i32 %".4629" to i64
  %"data.177" = inttoptr i64 %".4630" to ptr
  %".4631" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4632" = load i32, ptr %".4631", align 4
  %".4633" = zext i32 %".4632" to i64
  %"data_end.177" = inttoptr i64 %".4633" to ptr
  %".4634" = getelementptr i8, ptr %"keys", i64 0
  %".4635" = load volatile i16, ptr %".4634", align 2
  %".4636" = zext i16 %".4635" to i64
  %".4637" = icmp ugt i64 %".4636", 6501
  br i1 %".4637", label %"widening.test.18", label %"tipc"
widening.test.18:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4639" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4640" = load i32, ptr %".4639", align 4
  %".4641" = zext i32 %".4640" to i64
  %"data.178" = inttoptr i64 %".4641" to ptr
  %".4642" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4643" = load i32, ptr %".4642", align 4
  %".4644" = zext i32 %".4643" to i64
  %"data_end.178" = inttoptr i64 %".4644" to ptr
  %".4645" = getelementptr i8, ptr %"keys", i64 0
  %".4646" = load volatile i16, ptr %".4645", align 2
  %".4647" = zext i16 %".4646" to i64
  %".4648" = icmp ugt i64 %".4647", 6501
  br i1 %".4648", label %"widening.test.19", label %"cfm"
widening.test.19:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4650" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4651" = load i32, ptr %".4650", align 4
  %".4652" = zext i32 %".4651" to i64
  %"data.179" = inttoptr i64 %".4652" to ptr
  %".4653" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4654" = load i32, ptr %".4653", align 4
  %".4655" = zext i32 %".4654" to i64
  %"data_end.179" = inttoptr i64 %".4655" to ptr
  %".4656" = getelementptr i8, ptr %"keys", i64 0
  %".4657" = load volatile i16, ptr %".4656", align 2
  %".4658" = zext i16 %".4657" to i64
  %".4659" = icmp ugt i64 %".4658", 6501
  br i1 %".4659", label %"widening.test.20", label %"ptp"
widening.test.20:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4661" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4662" = load i32, ptr %".4661", align 4
  %".4663" = zext i32 %".4662" to i64
  %"data.180" = inttoptr i64 %".4663" to ptr
  %".4664" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4665" = load i32, ptr %".4664", align 4
  %".4666" = zext i32 %".4665" to i64
  %"data_end.180" = inttoptr i64 %".4666" to ptr
  %".4667" = getelementptr i8, ptr %"keys", i64 0
  %".4668" = load volatile i16, ptr %".4667", align 2
  %".4669" = zext i16 %".4668" to i64
  %".4670" = icmp ugt i64 %".4669", 6501
  br i1 %".4670", label %"widening.test.21", label %"arp"
widening.test.21:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4672" = getelementptr i8, ptr %"ctx.74", i64 76
  %".4673" = load i32, ptr %".4672", align 4
  %".4674" = zext i32 %".4673" to i64
  %"data.181" = inttoptr i64 %".4674" to ptr
  %".4675" = getelementptr i8, ptr %"ctx.74", i64 80
  %".4676" = load i32, ptr %".4675", align 4
  %".4677" = zext i32 %".4676" to i64
  %"data_end.181" = inttoptr i64 %".4677" to ptr
  %".4678" = getelementptr i8, ptr %"keys", i64 0
  %".4679" = load volatile i16, ptr %".4678", align 2
  %".4680" = zext i16 %".4679" to i64
  %".4681" = icmp ugt i64 %".4680", 6501
  br i1 %".4681", label %"widening.test.22", label %"pppoe_d1"
widening.test.22:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4683" = getelementptr i8, ptr %"ctx.75", i64 76
  %".4684" = load i32, ptr %".4683", align 4
  %".4685" = zext i32 %".4684" to i64
  %"data.182" = inttoptr i64 %".4685" to ptr
  %".4686" = getelementptr i8, ptr %"ctx.75", i64 80
  %".4687" = load i32, ptr %".4686", align 4
  %".4688" = zext i32 %".4687" to i64
  %"data_end.182" = inttoptr i64 %".4688" to ptr
  %".4689" = getelementptr i8, ptr %"keys", i64 0
  %".4690" = load volatile i16, ptr %".4689", align 2
  %".4691" = zext i16 %".4690" to i64
  %".4692" = icmp ugt i64 %".4691", 6509
  br i1 %".4692", label %"widening.test.23", label %"ipv6_d1"
widening.test.23:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4694" = getelementptr i8, ptr %"ctx.76", i64 76
  %".4695" = load i32, ptr %".4694", align 4
  %".4696" = zext i32 %".4695" to i64
  %"data.183" = inttoptr i64 %".4696" to ptr
  %".4697" = getelementptr i8, ptr %"ctx.76", i64 80
  %".4698" = load i32, ptr %".4697", align 4
  %".4699" = zext i32 %".4698" to i64
  %"data_end.183" = inttoptr i64 %".4699" to ptr
  %".4700" = getelementptr i8, ptr %"keys", i64 0
  %".4701" = load volatile i16, ptr %".4700", align 2
  %".4702" = zext i16 %".4701" to i64
  %".4703" = icmp ugt i64 %".4702", 8597
  br i1 %".4703", label %"widening.test.24", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.24:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4705" = getelementptr i8, ptr %"ctx.77", i64 76
  %".4706" = load i32, ptr %".4705", align 4
  %".4707" = zext i32 %".4706" to i64
  %"data.184" = inttoptr i64 %".4707" to ptr
  %".4708" = getelementptr i8, ptr %"ctx.77", i64 80
  %".4709" = load i32, ptr %".4708", align 4
  %".4710" = zext i32 %".4709" to i64
  %"data_end.184" = inttoptr i64 %".4710" to ptr
  %".4711" = getelementptr i8, ptr %"keys", i64 0
  %".4712" = load volatile i16, ptr %".4711", align 2
  %".4713" = zext i16 %".4712" to i64
  %".4714" = icmp ugt i64 %".4713", 8597
  br i1 %".4714", label %"widening.test.25", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.25:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4716" = getelementptr i8, ptr %"ctx.78", i64 76
  %".4717" = load i32, ptr %".4716", align 4
  %".4718" = zext i32 %".4717" to i64
  %"data.185" = inttoptr i64 %".4718" to ptr
  %".4719" = getelementptr i8, ptr %"ctx.78", i64 80
  %".4720" = load i32, ptr %".4719", align 4
  %".4721" = zext i32 %".4720" to i64
  %"data_end.185" = inttoptr i64 %".4721" to ptr
  %".4722" = getelementptr i8, ptr %"keys", i64 0
  %".4723" = load volatile i16, ptr %".4722", align 2
  %".4724" = zext i16 %".4723" to i64
  %".4725" = icmp ugt i64 %".4724", 10645
  br i1 %".4725", label %"widening.test.26", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.26:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4727" = getelementptr i8, ptr %"ctx.79", i64 76
  %".4728" = load i32, ptr %".4727", align 4
  %".4729" = zext i32 %".4728" to i64
  %"data.186" = inttoptr i64 %".4729" to ptr
  %".4730" = getelementptr i8, ptr %"ctx.79", i64 80
  %".4731" = load i32, ptr %".4730", align 4
  %".4732" = zext i32 %".4731" to i64
  %"data_end.186" = inttoptr i64 %".4732" to ptr
  %".4733" = getelementptr i8, ptr %"keys", i64 0
  %".4734" = load volatile i16, ptr %".4733", align 2
  %".4735" = zext i16 %".4734" to i64
  %".4736" = icmp ugt i64 %".4735", 10645
  br i1 %".4736", label %"widening.test.27", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.27:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4738" = getelementptr i8, ptr %"ctx.80", i64 76
  %".4739" = load i32, ptr %".4738", align 4
  %".4740" = zext i32 %".4739" to i64
  %"data.187" = inttoptr i64 %".4740" to ptr
  %".4741" = getelementptr i8, ptr %"ctx.80", i64 80
  %".4742" = load i32, ptr %".4741", align 4
  %".4743" = zext i32 %".4742" to i64
  %"data_end.187" = inttoptr i64 %".4743" to ptr
  %".4744" = getelementptr i8, ptr %"keys", i64 0
  %".4745" = load volatile i16, ptr %".4744", align 2
  %".4746" = zext i16 %".4745" to i64
  %".4747" = icmp ugt i64 %".4746", 12693
  br i1 %".4747", label %"widening.test.28", label %"icmpv6"
widening.test.28:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4749" = getelementptr i8, ptr %"ctx.81", i64 76
  %".4750" = load i32, ptr %".4749", align 4
  %".4751" = zext i32 %".4750" to i64
  %"data.188" = inttoptr i64 %".4751" to ptr
  %".4752" = getelementptr i8, ptr %"ctx.81", i64 80
  %".4753" = load i32, ptr %".4752", align 4
  %".4754" = zext i32 %".4753" to i64
  %"data_end.188" = inttoptr i64 %".4754" to ptr
  %".4755" = getelementptr i8, ptr %"keys", i64 0
  %".4756" = load volatile i16, ptr %".4755", align 2
  %".4757" = zext i16 %".4756" to i64
  %".4758" = icmp ugt i64 %".4757", 6509
  br i1 %".4758", label %"widening.test.29", label %"ipv4_d1"
widening.test.29:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4760" = getelementptr i8, ptr %"ctx.82", i64 76
  %".4761" = load i32, ptr %".4760", align 4
  %".4762" = zext i32 %".4761" to i64
  %"data.189" = inttoptr i64 %".4762" to ptr
  %".4763" = getelementptr i8, ptr %"ctx.82", i64 80
  %".4764" = load i32, ptr %".4763", align 4
  %".4765" = zext i32 %".4764" to i64
  %"data_end.189" = inttoptr i64 %".4765" to ptr
  %".4766" = getelementptr i8, ptr %"keys", i64 0
  %".4767" = load volatile i16, ptr %".4766", align 2
  %".4768" = zext i16 %".4767" to i64
  %".4769" = icmp ugt i64 %".4768", 12693
  br i1 %".4769", label %"widening.test.30", label %"mpls_mpls_labels1"
widening.test.30:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4771" = getelementptr i8, ptr %"ctx.83", i64 76
  %".4772" = load i32, ptr %".4771", align 4
  %".4773" = zext i32 %".4772" to i64
  %"data.190" = inttoptr i64 %".4773" to ptr
  %".4774" = getelementptr i8, ptr %"ctx.83", i64 80
  %".4775" = load i32, ptr %".4774", align 4
  %".4776" = zext i32 %".4775" to i64
  %"data_end.190" = inttoptr i64 %".4776" to ptr
  %".4777" = getelementptr i8, ptr %"keys", i64 0
  %".4778" = load volatile i16, ptr %".4777", align 2
  %".4779" = zext i16 %".4778" to i64
  %".4780" = icmp ugt i64 %".4779", 12693
  br i1 %".4780", label %"widening.test.31", label %"ah"
widening.test.31:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4782" = getelementptr i8, ptr %"ctx.84", i64 76
  %".4783" = load i32, ptr %".4782", align 4
  %".4784" = zext i32 %".4783" to i64
  %"data.191" = inttoptr i64 %".4784" to ptr
  %".4785" = getelementptr i8, ptr %"ctx.84", i64 80
  %".4786" = load i32, ptr %".4785", align 4
  %".4787" = zext i32 %".4786" to i64
  %"data_end.191" = inttoptr i64 %".4787" to ptr
  %".4788" = getelementptr i8, ptr %"keys", i64 0
  %".4789" = load volatile i16, ptr %".4788", align 2
  %".4790" = zext i16 %".4789" to i64
  %".4791" = icmp ugt i64 %".4790", 12693
  br i1 %".4791", label %"widening.test.32", label %"esp"
widening.test.32:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4793" = getelementptr i8, ptr %"ctx.85", i64 76
  %".4794" = load i32, ptr %".4793", align 4
  %".4795" = zext i32 %".4794" to i64
  %"data.192" = inttoptr i64 %".4795" to ptr
  %".4796" = getelementptr i8, ptr %"ctx.85", i64 80
  %".4797" = load i32, ptr %".4796", align 4
  %".4798" = zext i32 %".4797" to i64
  %"data_end.192" = inttoptr i64 %".4798" to ptr
  %".4799" = getelementptr i8, ptr %"keys", i64 0
  %".4800" = load volatile i16, ptr %".4799", align 2
  %".4801" = zext i16 %".4800" to i64
  %".4802" = icmp ugt i64 %".4801", 12693
  br i1 %".4802", label %"widening.test.33", label %"dccp"
widening.test.33:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4804" = getelementptr i8, ptr %"ctx.86", i64 76
  %".4805" = load i32, ptr %".4804", align 4
  %".4806" = zext i32 %".4805" to i64
  %"data.193" = inttoptr i64 %".4806" to ptr
  %".4807" = getelementptr i8, ptr %"ctx.86", i64 80
  %".4808" = load i32, ptr %".4807", align 4
  %".4809" = zext i32 %".4808" to i64
  %"data_end.193" = inttoptr i64 %".4809" to ptr
  %".4810" = getelementptr i8, ptr %"keys", i64 0
  %".4811" = load volatile i16, ptr %".4810", align 2
  %".4812" = zext i16 %".4811" to i64
  %".4813" = icmp ugt i64 %".4812", 12693
  br i1 %".4813", label %"widening.test.34", label %"sctp"
widening.test.34:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4815" = getelementptr i8, ptr %"ctx.87", i64 76
  %".4816" = load i32, ptr %".4815", align 4
  %".4817" = zext i32 %".4816" to i64
  %"data.194" = inttoptr i64 %".4817" to ptr
  %".4818" = getelementptr i8, ptr %"ctx.87", i64 80
  %".4819" = load i32, ptr %".4818", align 4
  %".4820" = zext i32 %".4819" to i64
  %"data_end.194" = inttoptr i64 %".4820" to ptr
  %".4821" = getelementptr i8, ptr %"keys", i64 0
  %".4822" = load volatile i16, ptr %".4821", align 2
  %".4823" = zext i16 %".4822" to i64
  %".4824" = icmp ugt i64 %".4823", 12693
  br i1 %".4824", label %"widening.test.35", label %"gre_version_d1"
widening.test.35:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4826" = getelementptr i8, ptr %"ctx.88", i64 76
  %".4827" = load i32, ptr %".4826", align 4
  %".4828" = zext i32 %".4827" to i64
  %"data.195" = inttoptr i64 %".4828" to ptr
  %".4829" = getelementptr i8, ptr %"ctx.88", i64 80
  %".4830" = load i32, ptr %".4829", align 4
  %".4831" = zext i32 %".4830" to i64
  %"data_end.195" = inttoptr i64 %".4831" to ptr
  %".4832" = getelementptr i8, ptr %"keys", i64 0
  %".4833" = load volatile i16, ptr %".4832", align 2
  %".4834" = zext i16 %".4833" to i64
  %".4835" = icmp ugt i64 %".4834", 12693
  br i1 %".4835", label %"widening.test.36", label %"udplite"
widening.test.36:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4837" = getelementptr i8, ptr %"ctx.89", i64 76
  %".4838" = load i32, ptr %".4837", align 4
  %".4839" = zext i32 %".4838" to i64
  %"data.196" = inttoptr i64 %".4839" to ptr
  %".4840" = getelementptr i8, ptr %"ctx.89", i64 80
  %".4841" = load i32, ptr %".4840", align 4
  %".4842" = zext i32 %".4841" to i64
  %"data_end.196" = inttoptr i64 %".4842" to ptr
  %".4843" = getelementptr i8, ptr %"keys", i64 0
  %".4844" = load volatile i16, ptr %".4843", align 2
  %".4845" = zext i16 %".4844" to i64
  %".4846" = icmp ugt i64 %".4845", 12693
  br i1 %".4846", label %"widening.test.37", label %"udp"
widening.test.37:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4848" = getelementptr i8, ptr %"ctx.90", i64 76
  %".4849" = load i32, ptr %".4848", align 4
  %".4850" = zext i32 %".4849" to i64
  %"data.197" = inttoptr i64 %".4850" to ptr
  %".4851" = getelementptr i8, ptr %"ctx.90", i64 80
  %".4852" = load i32, ptr %".4851", align 4
  %".4853" = zext i32 %".4852" to i64
  %"data_end.197" = inttoptr i64 %".4853" to ptr
  %".4854" = getelementptr i8, ptr %"keys", i64 0
  %".4855" = load volatile i16, ptr %".4854", align 2
  %".4856" = zext i16 %".4855" to i64
  %".4857" = icmp ugt i64 %".4856", 12693
  br i1 %".4857", label %"widening.beyond", label %"tcp"
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