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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".369", %"vlan_d0_vlan_tags1.to_ipv4"], [%".484", %"pppoe_d0.to_ipv4"], [%".633", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1832", %"vlan_d0_vlan_tags2.to_ipv4"], [%".1898", %"hsr_d0_vlan_tags2.to_ipv4"], [%".4372", %"widening.test.9"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".369", %"vlan_d0_vlan_tags1.to_ipv6"], [%".484", %"pppoe_d0.to_ipv6"], [%".633", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1832", %"vlan_d0_vlan_tags2.to_ipv6"], [%".1898", %"hsr_d0_vlan_tags2.to_ipv6"], [%".4317", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.40", %"pppoe_d0.to_ipv6"], [%"data.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.168", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.40", %"pppoe_d0.to_ipv6"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.168", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.40", %"pppoe_d0.to_ipv6"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".205" = getelementptr i8, ptr %"hdr.1", i64 40
  %".206" = icmp ugt ptr %".205", %"data_end.3"
  br i1 %".206", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".208" = getelementptr i8, ptr %"hdr.1", i64 0
  %".209" = load i32, ptr %".208", align 4
  %".210" = getelementptr i8, ptr %"hdr.1", i64 6
  %".211" = load i8, ptr %".210", align 1
  %".212" = getelementptr i8, ptr %"hdr.1", i64 8
  %".213" = load i64, ptr %".212", align 8
  %".214" = getelementptr i8, ptr %"hdr.1", i64 16
  %".215" = load i64, ptr %".214", align 8
  %".216" = getelementptr i8, ptr %"hdr.1", i64 24
  %".217" = load i64, ptr %".216", align 8
  %".218" = getelementptr i8, ptr %"hdr.1", i64 32
  %".219" = load i64, ptr %".218", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".209", %"ipv6_d0.linear"], [%".238", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".211", %"ipv6_d0.linear"], [%".240", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".213", %"ipv6_d0.linear"], [%".242", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".215", %"ipv6_d0.linear"], [%".244", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".217", %"ipv6_d0.linear"], [%".246", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".219", %"ipv6_d0.linear"], [%".248", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".250" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %"w6_1", ptr %".250", align 1
  %".252" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".252", align 8
  %".254" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".254", align 8
  %".256" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".256", align 8
  %".258" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".258", align 8
  %".260" = trunc i64 34525 to i16
  %".261" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".260", ptr %".261", align 2
  %".263" = trunc i64 34525 to i16
  %".264" = call i16 @"llvm.bswap.i16"(i16 %".263")
  %".265" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".264", ptr %".265", align 2
  %".267" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".268" = zext i32 %".267" to i64
  %".269" = and i64 %".268", 1048575
  %".270" = trunc i64 %".269" to i32
  %".271" = call i32 @"llvm.bswap.i32"(i32 %".270")
  %".272" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".271", ptr %".272", align 4
  %".274" = add i64 %"cursor.2", 40
  %".275" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".276" = zext i32 %".275" to i64
  %".277" = and i64 %".276", 1048575
  %".278" = icmp ne i64 %".277", 0
  %".279" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".279", align 4
  %".280" = and i32 %"flags.3", 2
  %".281" = icmp ne i32 %".280", 0
  %".282" = and i1 %".278", %".281"
  br i1 %".282", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".342" = getelementptr i8, ptr %"hdr.2", i64 4
  %".343" = icmp ugt ptr %".342", %"data_end.4"
  br i1 %".343", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".345" = getelementptr i8, ptr %"hdr.2", i64 2
  %".346" = load i16, ptr %".345", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".346", %"vlan_d0_vlan_tags1.linear"], [%".365", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".367" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %"w2_2", ptr %".367", align 2
  %".369" = add i64 %"cursor.3", 4
  %".370" = trunc i64 %".369" to i16
  %".371" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".370", ptr %".371", align 2
  %".373" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".374" = zext i16 %".373" to i64
  switch i64 %".374", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".274", %"ipv6_d0.to_mpls"], [%".369", %"vlan_d0_vlan_tags1.to_mpls"], [%".369", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".484", %"pppoe_d0.to_mpls"], [%".484", %"pppoe_d0.to_mpls.1"], [%".633", %"hsr_d0_vlan_tags1.to_mpls"], [%".633", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".706", %"batadv_d0.stop_at_encap.endif.4"], [%".706", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1502", %"ipv6_d1.to_mpls"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1832", %"vlan_d0_vlan_tags2.to_mpls"], [%".1832", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".1898", %"hsr_d0_vlan_tags2.to_mpls"], [%".1898", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".1969", %"vlan_d1_vlan_tags1.to_mpls"], [%".1969", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2046", %"pppoe_d1.to_mpls"], [%".2046", %"pppoe_d1.to_mpls.1"], [%".2108", %"hsr_d1_vlan_tags1.to_mpls"], [%".2108", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.2", %"gre_d0.to_mpls"], [%"end.2", %"gre_d0.to_mpls.1"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".3057", %"vlan_d1_vlan_tags2.to_mpls"], [%".3057", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3123", %"hsr_d1_vlan_tags2.to_mpls"], [%".3123", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3189", %"ethernet_d1.to_mpls"], [%".3189", %"ethernet_d1.to_mpls.1"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".4060", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".4164", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".4603", %"widening.test.30"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.40", %"pppoe_d0.to_mpls"], [%"data.40", %"pppoe_d0.to_mpls.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data.82", %"ipv4_d1.to_mpls"], [%"data.85", %"ipv6_d1.to_mpls"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.105", %"pppoe_d1.to_mpls"], [%"data.105", %"pppoe_d1.to_mpls.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.112", %"gre_d0.to_mpls"], [%"data.112", %"gre_d0.to_mpls.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.138", %"ethernet_d1.to_mpls"], [%"data.138", %"ethernet_d1.to_mpls.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.194", %"widening.test.30"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.40", %"pppoe_d0.to_mpls"], [%"data_end.40", %"pppoe_d0.to_mpls.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.82", %"ipv4_d1.to_mpls"], [%"data_end.85", %"ipv6_d1.to_mpls"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.105", %"pppoe_d1.to_mpls"], [%"data_end.105", %"pppoe_d1.to_mpls.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.112", %"gre_d0.to_mpls"], [%"data_end.112", %"gre_d0.to_mpls.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.138", %"ethernet_d1.to_mpls"], [%"data_end.138", %"ethernet_d1.to_mpls.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.194", %"widening.test.30"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.40", %"pppoe_d0.to_mpls"], [%"keys.40", %"pppoe_d0.to_mpls.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.49", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.82", %"ipv4_d1.to_mpls"], [%"keys.85", %"ipv6_d1.to_mpls"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.97", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.99", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.101", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.105", %"pppoe_d1.to_mpls"], [%"keys.105", %"pppoe_d1.to_mpls.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.107", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.112", %"gre_d0.to_mpls"], [%"keys.112", %"gre_d0.to_mpls.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.134", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.136", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.138", %"ethernet_d1.to_mpls"], [%"keys.138", %"ethernet_d1.to_mpls.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.30"]
  %".396" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".397" = getelementptr i8, ptr %"hdr.3", i64 4
  %".398" = icmp ugt ptr %".397", %"data_end.5"
  br i1 %".398", label %"mpls_mpls_labels1.copy", label %"mpls_mpls_labels1.linear", !prof !0
mpls_mpls_labels1.linear:
  %".400" = getelementptr i8, ptr %"hdr.3", i64 2
  %".401" = load i8, ptr %".400", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".401", %"mpls_mpls_labels1.linear"], [%".420", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_mpls_labels1.linear"], [%"data.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_mpls_labels1.linear"], [%"data_end.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_mpls_labels1.linear"], [%"keys.37", %"mpls_mpls_labels1.copy_failed.endif"]
  %".422" = add i64 %"cursor.4", 4
  %".423" = zext i8 %"w2_1" to i64
  %".424" = and i64 %".423", 1
  switch i64 %".424", label %"mpls_mpls_labels1.unknown" [i64 0, label %"mpls_mpls_labels1.to_mpls"]
mpls_mpls_labels1.to_mpls:
  %".430" = trunc i64 %".422" to i16
  %".431" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".430", ptr %".431", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".369", %"vlan_d0_vlan_tags1.to_pppoe"], [%".633", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1832", %"vlan_d0_vlan_tags2.to_pppoe"], [%".1898", %"hsr_d0_vlan_tags2.to_pppoe"], [%".4306", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.167", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.167", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.97", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".434" = getelementptr i8, ptr %"hdr.4", i64 8
  %".435" = icmp ugt ptr %".434", %"data_end.6"
  br i1 %".435", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".437" = getelementptr i8, ptr %"hdr.4", i64 0
  %".438" = load i8, ptr %".437", align 1
  %".439" = getelementptr i8, ptr %"hdr.4", i64 1
  %".440" = load i8, ptr %".439", align 1
  %".441" = getelementptr i8, ptr %"hdr.4", i64 6
  %".442" = load i16, ptr %".441", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".438", %"pppoe_d0.linear"], [%".461", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".440", %"pppoe_d0.linear"], [%".463", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".442", %"pppoe_d0.linear"], [%".465", %"pppoe_d0.copy_failed.endif"]
  %"data.40" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.39", %"pppoe_d0.copy_failed.endif"]
  %"data_end.40" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.39", %"pppoe_d0.copy_failed.endif"]
  %"keys.40" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.39", %"pppoe_d0.copy_failed.endif"]
  %".467" = zext i8 %"w0_1.1" to i64
  %".468" = lshr i64 %".467", 4
  %".469" = and i64 %".468", 15
  %".470" = icmp eq i64 %".469", 1
  %".471" = zext i8 %"w0_1.1" to i64
  %".472" = and i64 %".471", 15
  %".473" = icmp eq i64 %".472", 1
  %".474" = and i1 %".470", %".473"
  %".475" = zext i8 %"w1_1" to i64
  %".476" = icmp eq i64 %".475", 0
  %".477" = and i1 %".474", %".476"
  %".478" = xor i1 %".477", -1
  br i1 %".478", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".369", %"vlan_d0_vlan_tags1.to_arp"], [%".369", %"vlan_d0_vlan_tags1.to_arp.1"], [%".633", %"hsr_d0_vlan_tags1.to_arp"], [%".633", %"hsr_d0_vlan_tags1.to_arp.1"], [%".706", %"batadv_d0.stop_at_encap.endif.7"], [%".706", %"batadv_d0.stop_at_encap.endif.8"], [%".1832", %"vlan_d0_vlan_tags2.to_arp"], [%".1832", %"vlan_d0_vlan_tags2.to_arp.1"], [%".1898", %"hsr_d0_vlan_tags2.to_arp"], [%".1898", %"hsr_d0_vlan_tags2.to_arp.1"], [%".1969", %"vlan_d1_vlan_tags1.to_arp"], [%".1969", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2108", %"hsr_d1_vlan_tags1.to_arp"], [%".2108", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.2", %"gre_d0.to_arp"], [%"end.2", %"gre_d0.to_arp.1"], [%".3057", %"vlan_d1_vlan_tags2.to_arp"], [%".3057", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3123", %"hsr_d1_vlan_tags2.to_arp"], [%".3123", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3189", %"ethernet_d1.to_arp"], [%".3189", %"ethernet_d1.to_arp.1"], [%".4504", %"widening.test.21"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.112", %"gre_d0.to_arp"], [%"data.112", %"gre_d0.to_arp.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.138", %"ethernet_d1.to_arp"], [%"data.138", %"ethernet_d1.to_arp.1"], [%"data.185", %"widening.test.21"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.112", %"gre_d0.to_arp"], [%"data_end.112", %"gre_d0.to_arp.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.138", %"ethernet_d1.to_arp"], [%"data_end.138", %"ethernet_d1.to_arp.1"], [%"data_end.185", %"widening.test.21"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.97", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.112", %"gre_d0.to_arp"], [%"keys.112", %"gre_d0.to_arp.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.138", %"ethernet_d1.to_arp"], [%"keys.138", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.21"]
  %".519" = add i64 %"cursor.6", 0
  %".520" = trunc i64 %".519" to i16
  %".521" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".520", ptr %".521", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".369", %"vlan_d0_vlan_tags1.to_ptp"], [%".633", %"hsr_d0_vlan_tags1.to_ptp"], [%".706", %"batadv_d0.stop_at_encap.endif.9"], [%".1832", %"vlan_d0_vlan_tags2.to_ptp"], [%".1898", %"hsr_d0_vlan_tags2.to_ptp"], [%".1969", %"vlan_d1_vlan_tags1.to_ptp"], [%".2108", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.2", %"gre_d0.to_ptp"], [%".3057", %"vlan_d1_vlan_tags2.to_ptp"], [%".3123", %"hsr_d1_vlan_tags2.to_ptp"], [%".3189", %"ethernet_d1.to_ptp"], [%".4493", %"widening.test.20"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.112", %"gre_d0.to_ptp"], [%"data.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.138", %"ethernet_d1.to_ptp"], [%"data.184", %"widening.test.20"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.112", %"gre_d0.to_ptp"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.138", %"ethernet_d1.to_ptp"], [%"data_end.184", %"widening.test.20"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.49", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.97", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.99", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.112", %"gre_d0.to_ptp"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.138", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.20"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".524" = getelementptr i8, ptr %"hdr.5", i64 34
  %".525" = icmp ugt ptr %".524", %"data_end.8"
  br i1 %".525", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.43" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.42", %"ptp.copy_failed.endif"]
  %"data_end.43" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.42", %"ptp.copy_failed.endif"]
  %"keys.43" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.42", %"ptp.copy_failed.endif"]
  %".545" = add i64 %"cursor.7", 34
  %".546" = trunc i64 %".545" to i16
  %".547" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".546", ptr %".547", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".369", %"vlan_d0_vlan_tags1.to_cfm"], [%".633", %"hsr_d0_vlan_tags1.to_cfm"], [%".706", %"batadv_d0.stop_at_encap.endif.10"], [%".1832", %"vlan_d0_vlan_tags2.to_cfm"], [%".1898", %"hsr_d0_vlan_tags2.to_cfm"], [%".1969", %"vlan_d1_vlan_tags1.to_cfm"], [%".2108", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.2", %"gre_d0.to_cfm"], [%".3057", %"vlan_d1_vlan_tags2.to_cfm"], [%".3123", %"hsr_d1_vlan_tags2.to_cfm"], [%".3189", %"ethernet_d1.to_cfm"], [%".4482", %"widening.test.19"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.112", %"gre_d0.to_cfm"], [%"data.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.138", %"ethernet_d1.to_cfm"], [%"data.183", %"widening.test.19"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.112", %"gre_d0.to_cfm"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.138", %"ethernet_d1.to_cfm"], [%"data_end.183", %"widening.test.19"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.49", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.97", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.99", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.101", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.107", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.112", %"gre_d0.to_cfm"], [%"keys.134", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.136", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.138", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.19"]
  %".550" = add i64 %"cursor.8", 0
  %".551" = trunc i64 %".550" to i16
  %".552" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".551", ptr %".552", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".369", %"vlan_d0_vlan_tags1.to_tipc"], [%".633", %"hsr_d0_vlan_tags1.to_tipc"], [%".706", %"batadv_d0.stop_at_encap.endif.11"], [%".1832", %"vlan_d0_vlan_tags2.to_tipc"], [%".1898", %"hsr_d0_vlan_tags2.to_tipc"], [%".1969", %"vlan_d1_vlan_tags1.to_tipc"], [%".2108", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.2", %"gre_d0.to_tipc"], [%".3057", %"vlan_d1_vlan_tags2.to_tipc"], [%".3123", %"hsr_d1_vlan_tags2.to_tipc"], [%".3189", %"ethernet_d1.to_tipc"], [%".4471", %"widening.test.18"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.112", %"gre_d0.to_tipc"], [%"data.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.138", %"ethernet_d1.to_tipc"], [%"data.182", %"widening.test.18"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.112", %"gre_d0.to_tipc"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.138", %"ethernet_d1.to_tipc"], [%"data_end.182", %"widening.test.18"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.49", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.97", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.99", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.101", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.107", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.112", %"gre_d0.to_tipc"], [%"keys.134", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.136", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.138", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.18"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".555" = getelementptr i8, ptr %"hdr.6", i64 16
  %".556" = icmp ugt ptr %".555", %"data_end.10"
  br i1 %".556", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.45" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.44", %"tipc.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.44", %"tipc.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.44", %"tipc.copy_failed.endif"]
  %".576" = trunc i64 %"cursor.9" to i16
  %".577" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".576", ptr %".577", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".369", %"vlan_d0_vlan_tags1.to_fcoe"], [%".633", %"hsr_d0_vlan_tags1.to_fcoe"], [%".706", %"batadv_d0.stop_at_encap.endif.12"], [%".1832", %"vlan_d0_vlan_tags2.to_fcoe"], [%".1898", %"hsr_d0_vlan_tags2.to_fcoe"], [%".1969", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2108", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.2", %"gre_d0.to_fcoe"], [%".3057", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3123", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3189", %"ethernet_d1.to_fcoe"], [%".4460", %"widening.test.17"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.112", %"gre_d0.to_fcoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.138", %"ethernet_d1.to_fcoe"], [%"data.181", %"widening.test.17"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.112", %"gre_d0.to_fcoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.138", %"ethernet_d1.to_fcoe"], [%"data_end.181", %"widening.test.17"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.49", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.97", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.99", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.101", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.112", %"gre_d0.to_fcoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.138", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.17"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".580" = getelementptr i8, ptr %"hdr.7", i64 38
  %".581" = icmp ugt ptr %".580", %"data_end.11"
  br i1 %".581", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.47" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.46", %"fcoe.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.46", %"fcoe.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.46", %"fcoe.copy_failed.endif"]
  %".601" = add i64 %"cursor.10", 38
  %".602" = trunc i64 %".601" to i16
  %".603" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".602", ptr %".603", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".606" = getelementptr i8, ptr %"hdr.8", i64 6
  %".607" = icmp ugt ptr %".606", %"data_end.12"
  br i1 %".607", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".609" = getelementptr i8, ptr %"hdr.8", i64 4
  %".610" = load i16, ptr %".609", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".610", %"hsr_d0_vlan_tags1.linear"], [%".629", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.49" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.48", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".631" = getelementptr i8, ptr %"keys.49", i64 10
  store i16 %"w4_2", ptr %".631", align 2
  %".633" = add i64 %"cursor.11", 6
  %".634" = trunc i64 %".633" to i16
  %".635" = getelementptr i8, ptr %"keys.49", i64 0
  store i16 %".634", ptr %".635", align 2
  %".637" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".638" = zext i16 %".637" to i64
  switch i64 %".638", label %"hsr_d0_vlan_tags1.unknown" [i64 2048, label %"hsr_d0_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags1.to_vlan" i64 34984, label %"hsr_d0_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags1.to_mpls" i64 34888, label %"hsr_d0_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags1.to_arp" i64 32821, label %"hsr_d0_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags1.to_ptp" i64 35074, label %"hsr_d0_vlan_tags1.to_cfm" i64 35018, label %"hsr_d0_vlan_tags1.to_tipc" i64 35078, label %"hsr_d0_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags1.to_hsr" i64 35067, label %"hsr_d0_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".369", %"vlan_d0_vlan_tags1.to_batadv"], [%".633", %"hsr_d0_vlan_tags1.to_batadv"], [%".1832", %"vlan_d0_vlan_tags2.to_batadv"], [%".1898", %"hsr_d0_vlan_tags2.to_batadv"], [%".4295", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.166", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.166", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.49", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.97", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.99", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".660" = getelementptr i8, ptr %"hdr.9", i64 24
  %".661" = icmp ugt ptr %".660", %"data_end.13"
  br i1 %".661", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".663" = getelementptr i8, ptr %"hdr.9", i64 0
  %".664" = load i8, ptr %".663", align 1
  %".665" = getelementptr i8, ptr %"hdr.9", i64 1
  %".666" = load i8, ptr %".665", align 1
  %".667" = getelementptr i8, ptr %"hdr.9", i64 22
  %".668" = load i16, ptr %".667", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".664", %"batadv_d0.linear"], [%".687", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".666", %"batadv_d0.linear"], [%".689", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".668", %"batadv_d0.linear"], [%".691", %"batadv_d0.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.50", %"batadv_d0.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.50", %"batadv_d0.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.50", %"batadv_d0.copy_failed.endif"]
  %".693" = zext i8 %"w1_1.1" to i64
  %".694" = icmp eq i64 %".693", 15
  %".695" = zext i8 %"w0_1.2" to i64
  %".696" = icmp eq i64 %".695", 64
  %".697" = and i1 %".694", %".696"
  %".698" = xor i1 %".697", -1
  br i1 %".698", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  %".126" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".127" = zext i16 %".126" to i64
  %".128" = and i64 %".127", 16383
  %".129" = icmp ne i64 %".128", 0
  %".130" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".131" = zext i16 %".130" to i64
  %".132" = and i64 %".131", 8191
  %".133" = icmp eq i64 %".132", 0
  br i1 %".129", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".155" = zext i8 %"w9_1" to i64
  switch i64 %".155", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".274", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1502", %"ipv6_d1.to_tcp"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".4060", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".4164", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".4702", %"widening.test.39"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.82", %"ipv4_d1.to_tcp"], [%"data.85", %"ipv6_d1.to_tcp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.203", %"widening.test.39"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.82", %"ipv4_d1.to_tcp"], [%"data_end.85", %"ipv6_d1.to_tcp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.203", %"widening.test.39"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.82", %"ipv4_d1.to_tcp"], [%"keys.85", %"ipv6_d1.to_tcp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.39"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".890" = getelementptr i8, ptr %"hdr.10", i64 4
  %".891" = icmp ugt ptr %".890", %"data_end.17"
  br i1 %".891", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".893" = getelementptr i8, ptr %"hdr.10", i64 0
  %".894" = load i32, ptr %".893", align 4
  br label %"tcp.header"
tcp.header:
  %"w0_4.1" = phi  i32 [%".894", %"tcp.linear"], [%".913", %"tcp.copy_failed.endif"]
  %"data.57" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.56", %"tcp.copy_failed.endif"]
  %"data_end.57" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.56", %"tcp.copy_failed.endif"]
  %"keys.57" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.56", %"tcp.copy_failed.endif"]
  %".915" = getelementptr i8, ptr %"keys.57", i64 12
  store i32 %"w0_4.1", ptr %".915", align 4
  %".917" = trunc i64 %"cursor.13" to i16
  %".918" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".917", ptr %".918", align 2
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
  %".135" = getelementptr i8, ptr %"keys.16", i64 6
  store i8 1, ptr %".135", align 1
  br i1 %".133", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.first_fragment:
  %".138" = getelementptr i8, ptr %"keys.16", i64 7
  store i8 1, ptr %".138", align 1
  %".140" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags" = load volatile i32, ptr %".140", align 4
  %".141" = and i32 %"flags", 1
  %".142" = icmp ne i32 %".141", 0
  %".143" = xor i1 %".142", -1
  br i1 %".143", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".150" = trunc i64 %"end" to i16
  %".151" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".150", ptr %".151", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".145" = trunc i64 %"end" to i16
  %".146" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".145", ptr %".146", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".157" = trunc i64 %"end" to i16
  %".158" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".157", ptr %".158", align 2
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
  %".170" = trunc i64 34887 to i16
  %".171" = call i16 @"llvm.bswap.i16"(i16 %".170")
  %".172" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".171", ptr %".172", align 2
  br label %"mpls_mpls_labels1"
ipv4_d0.to_ipv4:
  %".175" = trunc i64 2048 to i16
  %".176" = call i16 @"llvm.bswap.i16"(i16 %".175")
  %".177" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".176", ptr %".177", align 2
  %".179" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".179", align 1
  %".181" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.1" = load volatile i32, ptr %".181", align 4
  %".182" = and i32 %"flags.1", 4
  %".183" = icmp ne i32 %".182", 0
  br i1 %".183", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".190" = trunc i64 34525 to i16
  %".191" = call i16 @"llvm.bswap.i16"(i16 %".190")
  %".192" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".191", ptr %".192", align 2
  %".194" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".194", align 1
  %".196" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".196", align 4
  %".197" = and i32 %"flags.2", 4
  %".198" = icmp ne i32 %".197", 0
  br i1 %".198", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
udp:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".274", %"ipv6_d0.to_udp"], [%"end.1", %"ipv4_d1.to_udp"], [%".1502", %"ipv6_d1.to_udp"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".4060", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".4164", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".4691", %"widening.test.38"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.82", %"ipv4_d1.to_udp"], [%"data.85", %"ipv6_d1.to_udp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.202", %"widening.test.38"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.82", %"ipv4_d1.to_udp"], [%"data_end.85", %"ipv6_d1.to_udp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.202", %"widening.test.38"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.82", %"ipv4_d1.to_udp"], [%"keys.85", %"ipv6_d1.to_udp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.38"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".921" = getelementptr i8, ptr %"hdr.11", i64 4
  %".922" = icmp ugt ptr %".921", %"data_end.18"
  br i1 %".922", label %"udp.copy", label %"udp.linear", !prof !0
udp.linear:
  %".924" = getelementptr i8, ptr %"hdr.11", i64 0
  %".925" = load i32, ptr %".924", align 4
  br label %"udp.header"
udp.header:
  %"w0_4.2" = phi  i32 [%".925", %"udp.linear"], [%".944", %"udp.copy_failed.endif"]
  %"data.59" = phi  ptr [%"data.18", %"udp.linear"], [%"data.58", %"udp.copy_failed.endif"]
  %"data_end.59" = phi  ptr [%"data_end.18", %"udp.linear"], [%"data_end.58", %"udp.copy_failed.endif"]
  %"keys.59" = phi  ptr [%"keys.18", %"udp.linear"], [%"keys.58", %"udp.copy_failed.endif"]
  %".946" = getelementptr i8, ptr %"keys.59", i64 12
  store i32 %"w0_4.2", ptr %".946", align 4
  %".948" = add i64 %"cursor.14", 4
  %".949" = add i64 4, 4
  %".950" = getelementptr i8, ptr %"data.59", i64 %"cursor.14"
  %".951" = getelementptr i8, ptr %".950", i64 %".949"
  %".952" = icmp ugt ptr %".951", %"data_end.59"
  br i1 %".952", label %"udp.copy_last_byte", label %"udp.variable_part", !prof !0
udp.variable_part:
  %"data.61" = phi  ptr [%"data.59", %"udp.header"], [%"data.60", %"udp.copy_last_byte_failed.endif"]
  %"data_end.61" = phi  ptr [%"data_end.59", %"udp.header"], [%"data_end.60", %"udp.copy_last_byte_failed.endif"]
  %"keys.61" = phi  ptr [%"keys.59", %"udp.header"], [%"keys.60", %"udp.copy_last_byte_failed.endif"]
  %".973" = add i64 %"cursor.14", %".949"
  %".974" = trunc i64 %"cursor.14" to i16
  %".975" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".974", ptr %".975", align 2
  br label %"return"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".274", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1502", %"ipv6_d1.to_udplite"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".4060", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".4164", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".4680", %"widening.test.37"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.82", %"ipv4_d1.to_udplite"], [%"data.85", %"ipv6_d1.to_udplite"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.201", %"widening.test.37"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.82", %"ipv4_d1.to_udplite"], [%"data_end.85", %"ipv6_d1.to_udplite"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.201", %"widening.test.37"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.82", %"ipv4_d1.to_udplite"], [%"keys.85", %"ipv6_d1.to_udplite"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.37"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".978" = getelementptr i8, ptr %"hdr.12", i64 4
  %".979" = icmp ugt ptr %".978", %"data_end.19"
  br i1 %".979", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".981" = getelementptr i8, ptr %"hdr.12", i64 0
  %".982" = load i32, ptr %".981", align 4
  br label %"udplite.header"
udplite.header:
  %"w0_4.3" = phi  i32 [%".982", %"udplite.linear"], [%".1001", %"udplite.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.19", %"udplite.linear"], [%"data.62", %"udplite.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.19", %"udplite.linear"], [%"data_end.62", %"udplite.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.19", %"udplite.linear"], [%"keys.62", %"udplite.copy_failed.endif"]
  %".1003" = getelementptr i8, ptr %"keys.63", i64 12
  store i32 %"w0_4.3", ptr %".1003", align 4
  %".1005" = add i64 %"cursor.15", 4
  %".1006" = add i64 4, 4
  %".1007" = getelementptr i8, ptr %"data.63", i64 %"cursor.15"
  %".1008" = getelementptr i8, ptr %".1007", i64 %".1006"
  %".1009" = icmp ugt ptr %".1008", %"data_end.63"
  br i1 %".1009", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.65" = phi  ptr [%"data.63", %"udplite.header"], [%"data.64", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.63", %"udplite.header"], [%"data_end.64", %"udplite.copy_last_byte_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.63", %"udplite.header"], [%"keys.64", %"udplite.copy_last_byte_failed.endif"]
  %".1030" = add i64 %"cursor.15", %".1006"
  %".1031" = trunc i64 %"cursor.15" to i16
  %".1032" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1031", ptr %".1032", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".274", %"ipv6_d0.to_gre_version"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".4383", %"widening.test.10"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.174", %"widening.test.10"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.174", %"widening.test.10"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.10"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1035" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1036" = icmp ugt ptr %".1035", %"data_end.20"
  br i1 %".1036", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1038" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1039" = load i8, ptr %".1038", align 1
  %".1040" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1041" = load i8, ptr %".1040", align 1
  %".1042" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1043" = load i16, ptr %".1042", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1039", %"gre_version_d0.linear"], [%".1062", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1041", %"gre_version_d0.linear"], [%".1064", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1043", %"gre_version_d0.linear"], [%".1066", %"gre_version_d0.copy_failed.endif"]
  %"data.67" = phi  ptr [%"data.20", %"gre_version_d0.linear"], [%"data.66", %"gre_version_d0.copy_failed.endif"]
  %"data_end.67" = phi  ptr [%"data_end.20", %"gre_version_d0.linear"], [%"data_end.66", %"gre_version_d0.copy_failed.endif"]
  %"keys.67" = phi  ptr [%"keys.20", %"gre_version_d0.linear"], [%"keys.66", %"gre_version_d0.copy_failed.endif"]
  %".1068" = zext i8 %"w0_1.3" to i64
  %".1069" = lshr i64 %".1068", 6
  %".1070" = and i64 %".1069", 1
  %".1071" = icmp ne i64 %".1070", 0
  %".1072" = zext i8 %"w1_1.2" to i64
  %".1073" = and i64 %".1072", 7
  %".1074" = icmp ugt i64 %".1073", 1
  %".1075" = or i1 %".1071", %".1074"
  br i1 %".1075", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1081" = getelementptr i8, ptr %"keys.67", i64 10
  store i16 %"w2_2.1", ptr %".1081", align 2
  %".1083" = zext i8 %"w1_1.2" to i64
  %".1084" = and i64 %".1083", 7
  switch i64 %".1084", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.34" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.68" = phi  ptr [%"data.67", %"gre_version_d0.to_gre"]
  %"data_end.68" = phi  ptr [%"data_end.67", %"gre_version_d0.to_gre"]
  %"keys.68" = phi  ptr [%"keys.67", %"gre_version_d0.to_gre"]
  %".2413" = add i64 %"cursor.34", 4
  %".2414" = and i8 %"w0_1.3", 176
  %".2415" = icmp eq i8 %".2414", 0
  %".2416" = xor i1 %".2415", -1
  br i1 %".2416", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.2" = phi  i64 [%".2413", %"gre_d0.no_variable"], [%".2455", %"gre_d0.variable_part"]
  %"data.112" = phi  ptr [%"data.68", %"gre_d0.no_variable"], [%"data.111", %"gre_d0.variable_part"]
  %"data_end.112" = phi  ptr [%"data_end.68", %"gre_d0.no_variable"], [%"data_end.111", %"gre_d0.variable_part"]
  %"keys.112" = phi  ptr [%"keys.68", %"gre_d0.no_variable"], [%"keys.111", %"gre_d0.variable_part"]
  %".2457" = getelementptr i8, ptr %"keys.112", i64 8
  store i8 1, ptr %".2457", align 1
  %".2459" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.49" = load volatile i32, ptr %".2459", align 4
  %".2460" = and i32 %"flags.49", 4
  %".2461" = icmp ne i32 %".2460", 0
  br i1 %".2461", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".274", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1502", %"ipv6_d1.to_sctp"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".4060", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".4164", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".4658", %"widening.test.35"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.82", %"ipv4_d1.to_sctp"], [%"data.85", %"ipv6_d1.to_sctp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.199", %"widening.test.35"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.82", %"ipv4_d1.to_sctp"], [%"data_end.85", %"ipv6_d1.to_sctp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.199", %"widening.test.35"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.82", %"ipv4_d1.to_sctp"], [%"keys.85", %"ipv6_d1.to_sctp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.35"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1092" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1093" = icmp ugt ptr %".1092", %"data_end.21"
  br i1 %".1093", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1095" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1096" = load i32, ptr %".1095", align 4
  br label %"sctp.header"
sctp.header:
  %"w0_4.4" = phi  i32 [%".1096", %"sctp.linear"], [%".1115", %"sctp.copy_failed.endif"]
  %"data.71" = phi  ptr [%"data.21", %"sctp.linear"], [%"data.70", %"sctp.copy_failed.endif"]
  %"data_end.71" = phi  ptr [%"data_end.21", %"sctp.linear"], [%"data_end.70", %"sctp.copy_failed.endif"]
  %"keys.71" = phi  ptr [%"keys.21", %"sctp.linear"], [%"keys.70", %"sctp.copy_failed.endif"]
  %".1117" = getelementptr i8, ptr %"keys.71", i64 12
  store i32 %"w0_4.4", ptr %".1117", align 4
  %".1119" = add i64 %"cursor.17", 4
  %".1120" = trunc i64 %"cursor.17" to i16
  %".1121" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1120", ptr %".1121", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".274", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1502", %"ipv6_d1.to_dccp"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".4060", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".4164", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".4647", %"widening.test.34"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.82", %"ipv4_d1.to_dccp"], [%"data.85", %"ipv6_d1.to_dccp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.198", %"widening.test.34"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.82", %"ipv4_d1.to_dccp"], [%"data_end.85", %"ipv6_d1.to_dccp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.198", %"widening.test.34"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.82", %"ipv4_d1.to_dccp"], [%"keys.85", %"ipv6_d1.to_dccp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.34"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1124" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1125" = icmp ugt ptr %".1124", %"data_end.22"
  br i1 %".1125", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1127" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1128" = load i32, ptr %".1127", align 4
  br label %"dccp.header"
dccp.header:
  %"w0_4.5" = phi  i32 [%".1128", %"dccp.linear"], [%".1147", %"dccp.copy_failed.endif"]
  %"data.73" = phi  ptr [%"data.22", %"dccp.linear"], [%"data.72", %"dccp.copy_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.22", %"dccp.linear"], [%"data_end.72", %"dccp.copy_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.22", %"dccp.linear"], [%"keys.72", %"dccp.copy_failed.endif"]
  %".1149" = getelementptr i8, ptr %"keys.73", i64 12
  store i32 %"w0_4.5", ptr %".1149", align 4
  %".1151" = add i64 %"cursor.18", 4
  %".1152" = trunc i64 %"cursor.18" to i16
  %".1153" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1152", ptr %".1153", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".274", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1502", %"ipv6_d1.to_esp"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".4060", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".4164", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".4636", %"widening.test.33"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.82", %"ipv4_d1.to_esp"], [%"data.85", %"ipv6_d1.to_esp"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.197", %"widening.test.33"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.82", %"ipv4_d1.to_esp"], [%"data_end.85", %"ipv6_d1.to_esp"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.197", %"widening.test.33"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.82", %"ipv4_d1.to_esp"], [%"keys.85", %"ipv6_d1.to_esp"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.33"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1156" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1157" = icmp ugt ptr %".1156", %"data_end.23"
  br i1 %".1157", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1159" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1160" = load i32, ptr %".1159", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.6" = phi  i32 [%".1160", %"esp.linear"], [%".1179", %"esp.copy_failed.endif"]
  %"data.75" = phi  ptr [%"data.23", %"esp.linear"], [%"data.74", %"esp.copy_failed.endif"]
  %"data_end.75" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.74", %"esp.copy_failed.endif"]
  %"keys.75" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.74", %"esp.copy_failed.endif"]
  %".1181" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1182" = zext i32 %".1181" to i64
  %".1183" = lshr i64 %".1182", 16
  %".1184" = trunc i64 %".1183" to i16
  %".1185" = call i16 @"llvm.bswap.i16"(i16 %".1184")
  %".1186" = getelementptr i8, ptr %"keys.75", i64 12
  store i16 %".1185", ptr %".1186", align 2
  %".1188" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1189" = zext i32 %".1188" to i64
  %".1190" = and i64 %".1189", 65535
  %".1191" = trunc i64 %".1190" to i16
  %".1192" = call i16 @"llvm.bswap.i16"(i16 %".1191")
  %".1193" = getelementptr i8, ptr %"keys.75", i64 14
  store i16 %".1192", ptr %".1193", align 2
  %".1195" = add i64 %"cursor.19", 4
  %".1196" = trunc i64 %"cursor.19" to i16
  %".1197" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1196", ptr %".1197", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".274", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1502", %"ipv6_d1.to_ah"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".4060", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".4164", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".4625", %"widening.test.32"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.82", %"ipv4_d1.to_ah"], [%"data.85", %"ipv6_d1.to_ah"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.196", %"widening.test.32"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.82", %"ipv4_d1.to_ah"], [%"data_end.85", %"ipv6_d1.to_ah"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.196", %"widening.test.32"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.82", %"ipv4_d1.to_ah"], [%"keys.85", %"ipv6_d1.to_ah"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.32"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1200" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1201" = icmp ugt ptr %".1200", %"data_end.24"
  br i1 %".1201", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1203" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1204" = load i32, ptr %".1203", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1204", %"ah.linear"], [%".1223", %"ah.copy_failed.endif"]
  %"data.77" = phi  ptr [%"data.24", %"ah.linear"], [%"data.76", %"ah.copy_failed.endif"]
  %"data_end.77" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.76", %"ah.copy_failed.endif"]
  %"keys.77" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.76", %"ah.copy_failed.endif"]
  %".1225" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1226" = zext i32 %".1225" to i64
  %".1227" = lshr i64 %".1226", 16
  %".1228" = trunc i64 %".1227" to i16
  %".1229" = call i16 @"llvm.bswap.i16"(i16 %".1228")
  %".1230" = getelementptr i8, ptr %"keys.77", i64 12
  store i16 %".1229", ptr %".1230", align 2
  %".1232" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1233" = zext i32 %".1232" to i64
  %".1234" = and i64 %".1233", 65535
  %".1235" = trunc i64 %".1234" to i16
  %".1236" = call i16 @"llvm.bswap.i16"(i16 %".1235")
  %".1237" = getelementptr i8, ptr %"keys.77", i64 14
  store i16 %".1236", ptr %".1237", align 2
  %".1239" = add i64 %"cursor.20", 8
  %".1240" = trunc i64 %"cursor.20" to i16
  %".1241" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1240", ptr %".1241", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".4614", %"widening.test.31"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.82", %"ipv4_d1.to_icmp"], [%"data.195", %"widening.test.31"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.82", %"ipv4_d1.to_icmp"], [%"data_end.195", %"widening.test.31"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.82", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.31"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1244" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1245" = icmp ugt ptr %".1244", %"data_end.25"
  br i1 %".1245", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.79" = phi  ptr [%"data.25", %"icmp.linear"], [%"data.78", %"icmp.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.25", %"icmp.linear"], [%"data_end.78", %"icmp.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.25", %"icmp.linear"], [%"keys.78", %"icmp.copy_failed.endif"]
  %".1265" = add i64 %"cursor.21", 4
  %".1266" = trunc i64 %"cursor.21" to i16
  %".1267" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1266", ptr %".1267", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".185" = trunc i64 %"end" to i16
  %".186" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".185", ptr %".186", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".274", %"ipv6_d0.stop_at_encap.endif"], [%".706", %"batadv_d0.stop_at_encap.endif"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%".1969", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2046", %"pppoe_d1.to_ipv4"], [%".2108", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.2", %"gre_d0.to_ipv4"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3057", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3123", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3189", %"ethernet_d1.to_ipv4"], [%".3238", %"ppp_d0.stop_at_encap.endif"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".4592", %"widening.test.29"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.51", %"batadv_d0.stop_at_encap.endif"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.105", %"pppoe_d1.to_ipv4"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.112", %"gre_d0.to_ipv4"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.138", %"ethernet_d1.to_ipv4"], [%"data.140", %"ppp_d0.stop_at_encap.endif"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.193", %"widening.test.29"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.105", %"pppoe_d1.to_ipv4"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.112", %"gre_d0.to_ipv4"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.138", %"ethernet_d1.to_ipv4"], [%"data_end.140", %"ppp_d0.stop_at_encap.endif"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.193", %"widening.test.29"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.51", %"batadv_d0.stop_at_encap.endif"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.105", %"pppoe_d1.to_ipv4"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.112", %"gre_d0.to_ipv4"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.138", %"ethernet_d1.to_ipv4"], [%"keys.140", %"ppp_d0.stop_at_encap.endif"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.29"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1270" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1271" = icmp ugt ptr %".1270", %"data_end.26"
  br i1 %".1271", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1273" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1274" = load i8, ptr %".1273", align 1
  %".1275" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1276" = load i16, ptr %".1275", align 2
  %".1277" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1278" = load i8, ptr %".1277", align 1
  %".1279" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1280" = load i64, ptr %".1279", align 8
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1274", %"ipv4_d1.linear"], [%".1299", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1276", %"ipv4_d1.linear"], [%".1301", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1278", %"ipv4_d1.linear"], [%".1303", %"ipv4_d1.copy_failed.endif"]
  %"w12_8.1" = phi  i64 [%".1280", %"ipv4_d1.linear"], [%".1312", %"ipv4_d1.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.26", %"ipv4_d1.linear"], [%"data.80", %"ipv4_d1.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.26", %"ipv4_d1.linear"], [%"data_end.80", %"ipv4_d1.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.26", %"ipv4_d1.linear"], [%"keys.80", %"ipv4_d1.copy_failed.endif"]
  %".1314" = zext i8 %"w0_1.4" to i64
  %".1315" = and i64 %".1314", 15
  %".1316" = icmp uge i64 %".1315", 5
  %".1317" = xor i1 %".1316", -1
  br i1 %".1317", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".200" = trunc i64 %"end" to i16
  %".201" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".200", ptr %".201", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".274", %"ipv6_d0.stop_at_encap.endif.1"], [%".706", %"batadv_d0.stop_at_encap.endif.1"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1969", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2046", %"pppoe_d1.to_ipv6"], [%".2108", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.2", %"gre_d0.to_ipv6"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3057", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3123", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3189", %"ethernet_d1.to_ipv6"], [%".3238", %"ppp_d0.stop_at_encap.endif.1"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".4526", %"widening.test.23"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.105", %"pppoe_d1.to_ipv6"], [%"data.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.112", %"gre_d0.to_ipv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.138", %"ethernet_d1.to_ipv6"], [%"data.140", %"ppp_d0.stop_at_encap.endif.1"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.187", %"widening.test.23"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.105", %"pppoe_d1.to_ipv6"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.112", %"gre_d0.to_ipv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.138", %"ethernet_d1.to_ipv6"], [%"data_end.140", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.187", %"widening.test.23"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.101", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.105", %"pppoe_d1.to_ipv6"], [%"keys.107", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.112", %"gre_d0.to_ipv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.134", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.136", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.138", %"ethernet_d1.to_ipv6"], [%"keys.140", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.23"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1433" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1434" = icmp ugt ptr %".1433", %"data_end.27"
  br i1 %".1434", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1436" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1437" = load i32, ptr %".1436", align 4
  %".1438" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1439" = load i8, ptr %".1438", align 1
  %".1440" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1441" = load i64, ptr %".1440", align 8
  %".1442" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1443" = load i64, ptr %".1442", align 8
  %".1444" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1445" = load i64, ptr %".1444", align 8
  %".1446" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1447" = load i64, ptr %".1446", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.7" = phi  i32 [%".1437", %"ipv6_d1.linear"], [%".1466", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1439", %"ipv6_d1.linear"], [%".1468", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1441", %"ipv6_d1.linear"], [%".1470", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1443", %"ipv6_d1.linear"], [%".1472", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1445", %"ipv6_d1.linear"], [%".1474", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1447", %"ipv6_d1.linear"], [%".1476", %"ipv6_d1.copy_failed.endif"]
  %"data.85" = phi  ptr [%"data.27", %"ipv6_d1.linear"], [%"data.84", %"ipv6_d1.copy_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.27", %"ipv6_d1.linear"], [%"data_end.84", %"ipv6_d1.copy_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.27", %"ipv6_d1.linear"], [%"keys.84", %"ipv6_d1.copy_failed.endif"]
  %".1478" = getelementptr i8, ptr %"keys.85", i64 9
  store i8 %"w6_1.1", ptr %".1478", align 1
  %".1480" = getelementptr i8, ptr %"keys.85", i64 16
  store i64 %"w8_8.1", ptr %".1480", align 8
  %".1482" = getelementptr i8, ptr %"keys.85", i64 24
  store i64 %"w16_8.1", ptr %".1482", align 8
  %".1484" = getelementptr i8, ptr %"keys.85", i64 32
  store i64 %"w24_8.1", ptr %".1484", align 8
  %".1486" = getelementptr i8, ptr %"keys.85", i64 40
  store i64 %"w32_8.1", ptr %".1486", align 8
  %".1488" = trunc i64 34525 to i16
  %".1489" = getelementptr i8, ptr %"keys.85", i64 4
  store i16 %".1488", ptr %".1489", align 2
  %".1491" = trunc i64 34525 to i16
  %".1492" = call i16 @"llvm.bswap.i16"(i16 %".1491")
  %".1493" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1492", ptr %".1493", align 2
  %".1495" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1496" = zext i32 %".1495" to i64
  %".1497" = and i64 %".1496", 1048575
  %".1498" = trunc i64 %".1497" to i32
  %".1499" = call i32 @"llvm.bswap.i32"(i32 %".1498")
  %".1500" = getelementptr i8, ptr %"keys.85", i64 52
  store i32 %".1499", ptr %".1500", align 4
  %".1502" = add i64 %"cursor.23", 40
  %".1503" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1504" = zext i32 %".1503" to i64
  %".1505" = and i64 %".1504", 1048575
  %".1506" = icmp ne i64 %".1505", 0
  %".1507" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.25" = load volatile i32, ptr %".1507", align 4
  %".1508" = and i32 %"flags.25", 2
  %".1509" = icmp ne i32 %".1508", 0
  %".1510" = and i1 %".1506", %".1509"
  br i1 %".1510", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".221" = trunc i64 %"cursor.2" to i32
  %".222" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".221", [40 x i8]* %"header_copy", i32 40)
  %".223" = icmp eq i64 %".222", 0
  %".224" = getelementptr i8, ptr %"ctx.2", i64 76
  %".225" = load i32, ptr %".224", align 4
  %".226" = zext i32 %".225" to i64
  %"data.28" = inttoptr i64 %".226" to ptr
  %".227" = getelementptr i8, ptr %"ctx.2", i64 80
  %".228" = load i32, ptr %".227", align 4
  %".229" = zext i32 %".228" to i64
  %"data_end.28" = inttoptr i64 %".229" to ptr
  %".230" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".230", align 8
  %".231" = xor i1 %".223", -1
  br i1 %".231", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".233" = trunc i64 %"cursor.2" to i16
  %".234" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".233", ptr %".234", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".237" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".238" = load volatile i32, [40 x i8]* %".237", align 4
  %".239" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".240" = load volatile i8, [40 x i8]* %".239", align 1
  %".241" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".242" = load volatile i64, [40 x i8]* %".241", align 8
  %".243" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".244" = load volatile i64, [40 x i8]* %".243", align 8
  %".245" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".246" = load volatile i64, [40 x i8]* %".245", align 8
  %".247" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".248" = load volatile i64, [40 x i8]* %".247", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".284" = trunc i64 %".274" to i16
  %".285" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".284", ptr %".285", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".288" = zext i8 %"w6_1" to i64
  switch i64 %".288", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".290" = trunc i64 %".274" to i16
  %".291" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".290", ptr %".291", align 2
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
  %".307" = trunc i64 34887 to i16
  %".308" = call i16 @"llvm.bswap.i16"(i16 %".307")
  %".309" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".308", ptr %".309", align 2
  br label %"mpls_mpls_labels1"
ipv6_d0.to_ipv4:
  %".312" = trunc i64 2048 to i16
  %".313" = call i16 @"llvm.bswap.i16"(i16 %".312")
  %".314" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".313", ptr %".314", align 2
  %".316" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".316", align 1
  %".318" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".318", align 4
  %".319" = and i32 %"flags.4", 4
  %".320" = icmp ne i32 %".319", 0
  br i1 %".320", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".327" = trunc i64 34525 to i16
  %".328" = call i16 @"llvm.bswap.i16"(i16 %".327")
  %".329" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".328", ptr %".329", align 2
  %".331" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".331", align 1
  %".333" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.5" = load volatile i32, ptr %".333", align 4
  %".334" = and i32 %"flags.5", 4
  %".335" = icmp ne i32 %".334", 0
  br i1 %".335", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".274", %"ipv6_d0.to_ipv6_opts"], [%".274", %"ipv6_d0.to_ipv6_opts.1"], [%".274", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1576" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1577" = icmp ugt ptr %".1576", %"data_end.30"
  br i1 %".1577", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1579" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1580" = load i8, ptr %".1579", align 1
  %".1581" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1582" = load i8, ptr %".1581", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1580", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1601", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1582", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1603", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.89" = phi  ptr [%"data.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.89" = phi  ptr [%"data_end.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.89" = phi  ptr [%"keys.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.88", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1605" = getelementptr i8, ptr %"keys.89", i64 9
  store i8 %"w0_1.5", ptr %".1605", align 1
  %".1607" = add i64 %"cursor.24", 2
  %".1608" = zext i8 %"w1_1.3" to i64
  %".1609" = mul i64 %".1608", 8
  %".1610" = add i64 %".1609", 6
  %".1611" = add i64 %".1610", 2
  %".1612" = add i64 %"cursor.24", %".1611"
  %".1613" = zext i8 %"w0_1.5" to i64
  switch i64 %".1613", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".274", %"ipv6_d0.to_ipv6_frag"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1667" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1668" = icmp ugt ptr %".1667", %"data_end.31"
  br i1 %".1668", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1670" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1671" = load i8, ptr %".1670", align 1
  %".1672" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1673" = load i16, ptr %".1672", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1671", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1692", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1673", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1694", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.93" = phi  ptr [%"data.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.93" = phi  ptr [%"data_end.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.93" = phi  ptr [%"keys.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.92", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1696" = getelementptr i8, ptr %"keys.93", i64 9
  store i8 %"w0_1.6", ptr %".1696", align 1
  %".1698" = add i64 %"cursor.25", 8
  %".1699" = icmp ne i64 1, 0
  %".1700" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1701" = zext i16 %".1700" to i64
  %".1702" = and i64 %".1701", 65528
  %".1703" = icmp eq i64 %".1702", 0
  br i1 %".1699", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1725" = zext i8 %"w0_1.6" to i64
  switch i64 %".1725", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
icmpv6:
  %"cursor.26" = phi  i64 [%".274", %"ipv6_d0.to_icmpv6"], [%".1502", %"ipv6_d1.to_icmpv6"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".3738", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".3836", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".4060", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".4164", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".4581", %"widening.test.28"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.85", %"ipv6_d1.to_icmpv6"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.192", %"widening.test.28"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.85", %"ipv6_d1.to_icmpv6"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.192", %"widening.test.28"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.85", %"ipv6_d1.to_icmpv6"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.155", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.157", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.28"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1779" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1780" = icmp ugt ptr %".1779", %"data_end.32"
  br i1 %".1780", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.95" = phi  ptr [%"data.32", %"icmpv6.linear"], [%"data.94", %"icmpv6.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.32", %"icmpv6.linear"], [%"data_end.94", %"icmpv6.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.32", %"icmpv6.linear"], [%"keys.94", %"icmpv6.copy_failed.endif"]
  %".1800" = add i64 %"cursor.26", 4
  %".1801" = trunc i64 %"cursor.26" to i16
  %".1802" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1801", ptr %".1802", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".322" = trunc i64 %".274" to i16
  %".323" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".322", ptr %".323", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".337" = trunc i64 %".274" to i16
  %".338" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".337", ptr %".338", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".348" = trunc i64 %"cursor.3" to i32
  %".349" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".348", [40 x i8]* %"header_copy", i32 4)
  %".350" = icmp eq i64 %".349", 0
  %".351" = getelementptr i8, ptr %"ctx.3", i64 76
  %".352" = load i32, ptr %".351", align 4
  %".353" = zext i32 %".352" to i64
  %"data.33" = inttoptr i64 %".353" to ptr
  %".354" = getelementptr i8, ptr %"ctx.3", i64 80
  %".355" = load i32, ptr %".354", align 4
  %".356" = zext i32 %".355" to i64
  %"data_end.33" = inttoptr i64 %".356" to ptr
  %".357" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".357", align 8
  %".358" = xor i1 %".350", -1
  br i1 %".358", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".360" = trunc i64 %"cursor.3" to i16
  %".361" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".360", ptr %".361", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".364" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".365" = load volatile i16, [40 x i8]* %".364", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".376" = trunc i64 %".369" to i16
  %".377" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".376", ptr %".377", align 2
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
  %"cursor.27" = phi  i64 [%".369", %"vlan_d0_vlan_tags1.to_vlan"], [%".369", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".633", %"hsr_d0_vlan_tags1.to_vlan"], [%".633", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".4284", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.165", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.165", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.49", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".1805" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1806" = icmp ugt ptr %".1805", %"data_end.35"
  br i1 %".1806", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1808" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1809" = load i16, ptr %".1808", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.3" = phi  i16 [%".1809", %"vlan_d0_vlan_tags2.linear"], [%".1828", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.97" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.97" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.97" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.96", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1830" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %"w2_2.3", ptr %".1830", align 2
  %".1832" = add i64 %"cursor.27", 4
  %".1833" = trunc i64 %".1832" to i16
  %".1834" = getelementptr i8, ptr %"keys.97", i64 0
  store i16 %".1833", ptr %".1834", align 2
  %".1836" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1837" = zext i16 %".1836" to i64
  switch i64 %".1837", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".369", %"vlan_d0_vlan_tags1.to_hsr"], [%".369", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".633", %"hsr_d0_vlan_tags1.to_hsr"], [%".633", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".4273", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.164", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.164", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.49", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".1871" = getelementptr i8, ptr %"hdr.25", i64 6
  %".1872" = icmp ugt ptr %".1871", %"data_end.36"
  br i1 %".1872", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".1874" = getelementptr i8, ptr %"hdr.25", i64 4
  %".1875" = load i16, ptr %".1874", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".1875", %"hsr_d0_vlan_tags2.linear"], [%".1894", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.98", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".1896" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %"w4_2.1", ptr %".1896", align 2
  %".1898" = add i64 %"cursor.28", 6
  %".1899" = trunc i64 %".1898" to i16
  %".1900" = getelementptr i8, ptr %"keys.99", i64 0
  store i16 %".1899", ptr %".1900", align 2
  %".1902" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1903" = zext i16 %".1902" to i64
  switch i64 %".1903", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".403" = trunc i64 %"cursor.4" to i32
  %".404" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".403", [40 x i8]* %"header_copy", i32 4)
  %".405" = icmp eq i64 %".404", 0
  %".406" = getelementptr i8, ptr %"ctx.4", i64 76
  %".407" = load i32, ptr %".406", align 4
  %".408" = zext i32 %".407" to i64
  %"data.37" = inttoptr i64 %".408" to ptr
  %".409" = getelementptr i8, ptr %"ctx.4", i64 80
  %".410" = load i32, ptr %".409", align 4
  %".411" = zext i32 %".410" to i64
  %"data_end.37" = inttoptr i64 %".411" to ptr
  %".412" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".412", align 8
  %".413" = xor i1 %".405", -1
  br i1 %".413", label %"mpls_mpls_labels1.copy_failed", label %"mpls_mpls_labels1.copy_failed.endif"
mpls_mpls_labels1.copy_failed:
  %".415" = trunc i64 %".396" to i16
  %".416" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".415", ptr %".416", align 2
  br label %"return"
mpls_mpls_labels1.copy_failed.endif:
  %".419" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".420" = load volatile i8, [40 x i8]* %".419", align 1
  br label %"mpls_mpls_labels1.header"
mpls_mpls_labels1.unknown:
  %".426" = trunc i64 %".422" to i16
  %".427" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".426", ptr %".427", align 2
  br label %"return"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".444" = trunc i64 %"cursor.5" to i32
  %".445" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".444", [40 x i8]* %"header_copy", i32 8)
  %".446" = icmp eq i64 %".445", 0
  %".447" = getelementptr i8, ptr %"ctx.5", i64 76
  %".448" = load i32, ptr %".447", align 4
  %".449" = zext i32 %".448" to i64
  %"data.39" = inttoptr i64 %".449" to ptr
  %".450" = getelementptr i8, ptr %"ctx.5", i64 80
  %".451" = load i32, ptr %".450", align 4
  %".452" = zext i32 %".451" to i64
  %"data_end.39" = inttoptr i64 %".452" to ptr
  %".453" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.39" = load ptr, ptr %".453", align 8
  %".454" = xor i1 %".446", -1
  br i1 %".454", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".456" = trunc i64 %"cursor.5" to i16
  %".457" = getelementptr i8, ptr %"keys.39", i64 2
  store i16 %".456", ptr %".457", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".460" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".461" = load volatile i8, [40 x i8]* %".460", align 1
  %".462" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".463" = load volatile i8, [40 x i8]* %".462", align 1
  %".464" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".465" = load volatile i16, [40 x i8]* %".464", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".480" = trunc i64 %"cursor.5" to i16
  %".481" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".480", ptr %".481", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".484" = add i64 %"cursor.5", 8
  %".485" = trunc i64 %".484" to i16
  %".486" = getelementptr i8, ptr %"keys.40", i64 0
  store i16 %".485", ptr %".486", align 2
  %".488" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".489" = zext i16 %".488" to i64
  switch i64 %".489", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.to_ipv4:
  %".498" = trunc i64 2048 to i16
  %".499" = call i16 @"llvm.bswap.i16"(i16 %".498")
  %".500" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".499", ptr %".500", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".491" = and i64 %".489", 257
  %".492" = icmp eq i64 %".491", 1
  br i1 %".492", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv6:
  %".503" = trunc i64 34525 to i16
  %".504" = call i16 @"llvm.bswap.i16"(i16 %".503")
  %".505" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".504", ptr %".505", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".508" = trunc i64 34887 to i16
  %".509" = call i16 @"llvm.bswap.i16"(i16 %".508")
  %".510" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".509", ptr %".510", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".513" = trunc i64 34888 to i16
  %".514" = call i16 @"llvm.bswap.i16"(i16 %".513")
  %".515" = getelementptr i8, ptr %"keys.40", i64 10
  store i16 %".514", ptr %".515", align 2
  br label %"mpls_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".494" = trunc i64 %".484" to i16
  %".495" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".494", ptr %".495", align 2
  br label %"return"
ppp_other:
  %"cursor.29" = phi  i64 [%".484", %"pppoe_d0.to_ppp_other"], [%".2046", %"pppoe_d1.to_ppp_other"]
  %"data.41" = phi  ptr [%"data.40", %"pppoe_d0.to_ppp_other"], [%"data.105", %"pppoe_d1.to_ppp_other"]
  %"data_end.41" = phi  ptr [%"data_end.40", %"pppoe_d0.to_ppp_other"], [%"data_end.105", %"pppoe_d1.to_ppp_other"]
  %"keys.41" = phi  ptr [%"keys.40", %"pppoe_d0.to_ppp_other"], [%"keys.105", %"pppoe_d1.to_ppp_other"]
  %".1937" = add i64 %"cursor.29", 0
  %".1938" = trunc i64 %".1937" to i16
  %".1939" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".1938", ptr %".1939", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".528" = trunc i64 %"cursor.7" to i32
  %".529" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".528", [40 x i8]* %"header_copy", i32 34)
  %".530" = icmp eq i64 %".529", 0
  %".531" = getelementptr i8, ptr %"ctx.6", i64 76
  %".532" = load i32, ptr %".531", align 4
  %".533" = zext i32 %".532" to i64
  %"data.42" = inttoptr i64 %".533" to ptr
  %".534" = getelementptr i8, ptr %"ctx.6", i64 80
  %".535" = load i32, ptr %".534", align 4
  %".536" = zext i32 %".535" to i64
  %"data_end.42" = inttoptr i64 %".536" to ptr
  %".537" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.42" = load ptr, ptr %".537", align 8
  %".538" = xor i1 %".530", -1
  br i1 %".538", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".540" = trunc i64 %"cursor.7" to i16
  %".541" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".540", ptr %".541", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".559" = trunc i64 %"cursor.9" to i32
  %".560" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".559", [40 x i8]* %"header_copy", i32 16)
  %".561" = icmp eq i64 %".560", 0
  %".562" = getelementptr i8, ptr %"ctx.7", i64 76
  %".563" = load i32, ptr %".562", align 4
  %".564" = zext i32 %".563" to i64
  %"data.44" = inttoptr i64 %".564" to ptr
  %".565" = getelementptr i8, ptr %"ctx.7", i64 80
  %".566" = load i32, ptr %".565", align 4
  %".567" = zext i32 %".566" to i64
  %"data_end.44" = inttoptr i64 %".567" to ptr
  %".568" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.44" = load ptr, ptr %".568", align 8
  %".569" = xor i1 %".561", -1
  br i1 %".569", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".571" = trunc i64 %"cursor.9" to i16
  %".572" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".571", ptr %".572", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".584" = trunc i64 %"cursor.10" to i32
  %".585" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".584", [40 x i8]* %"header_copy", i32 38)
  %".586" = icmp eq i64 %".585", 0
  %".587" = getelementptr i8, ptr %"ctx.8", i64 76
  %".588" = load i32, ptr %".587", align 4
  %".589" = zext i32 %".588" to i64
  %"data.46" = inttoptr i64 %".589" to ptr
  %".590" = getelementptr i8, ptr %"ctx.8", i64 80
  %".591" = load i32, ptr %".590", align 4
  %".592" = zext i32 %".591" to i64
  %"data_end.46" = inttoptr i64 %".592" to ptr
  %".593" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.46" = load ptr, ptr %".593", align 8
  %".594" = xor i1 %".586", -1
  br i1 %".594", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".596" = trunc i64 %"cursor.10" to i16
  %".597" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".596", ptr %".597", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".612" = trunc i64 %"cursor.11" to i32
  %".613" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".612", [40 x i8]* %"header_copy", i32 6)
  %".614" = icmp eq i64 %".613", 0
  %".615" = getelementptr i8, ptr %"ctx.9", i64 76
  %".616" = load i32, ptr %".615", align 4
  %".617" = zext i32 %".616" to i64
  %"data.48" = inttoptr i64 %".617" to ptr
  %".618" = getelementptr i8, ptr %"ctx.9", i64 80
  %".619" = load i32, ptr %".618", align 4
  %".620" = zext i32 %".619" to i64
  %"data_end.48" = inttoptr i64 %".620" to ptr
  %".621" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.48" = load ptr, ptr %".621", align 8
  %".622" = xor i1 %".614", -1
  br i1 %".622", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".624" = trunc i64 %"cursor.11" to i16
  %".625" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".624", ptr %".625", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".628" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".629" = load volatile i16, [40 x i8]* %".628", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".640" = trunc i64 %".633" to i16
  %".641" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".640", ptr %".641", align 2
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
  %".670" = trunc i64 %"cursor.12" to i32
  %".671" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".670", [40 x i8]* %"header_copy", i32 24)
  %".672" = icmp eq i64 %".671", 0
  %".673" = getelementptr i8, ptr %"ctx.10", i64 76
  %".674" = load i32, ptr %".673", align 4
  %".675" = zext i32 %".674" to i64
  %"data.50" = inttoptr i64 %".675" to ptr
  %".676" = getelementptr i8, ptr %"ctx.10", i64 80
  %".677" = load i32, ptr %".676", align 4
  %".678" = zext i32 %".677" to i64
  %"data_end.50" = inttoptr i64 %".678" to ptr
  %".679" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.50" = load ptr, ptr %".679", align 8
  %".680" = xor i1 %".672", -1
  br i1 %".680", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".682" = trunc i64 %"cursor.12" to i16
  %".683" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".682", ptr %".683", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".686" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".687" = load volatile i8, [40 x i8]* %".686", align 1
  %".688" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".689" = load volatile i8, [40 x i8]* %".688", align 1
  %".690" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".691" = load volatile i16, [40 x i8]* %".690", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".700" = trunc i64 %"cursor.12" to i16
  %".701" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".700", ptr %".701", align 2
  br label %"return"
batadv_d0.require.endif:
  %".704" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %"w22_2", ptr %".704", align 2
  %".706" = add i64 %"cursor.12", 24
  %".707" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".708" = zext i16 %".707" to i64
  switch i64 %".708", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 33024, label %"batadv_d0.to_vlan" i64 34984, label %"batadv_d0.to_vlan.1" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe" i64 35119, label %"batadv_d0.to_hsr" i64 35067, label %"batadv_d0.to_hsr.1" i64 17157, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.to_ipv4:
  %".714" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".714", align 1
  %".716" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.6" = load volatile i32, ptr %".716", align 4
  %".717" = and i32 %"flags.6", 4
  %".718" = icmp ne i32 %".717", 0
  br i1 %".718", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.unknown:
  %".710" = trunc i64 %".706" to i16
  %".711" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".710", ptr %".711", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".725" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".725", align 1
  %".727" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.7" = load volatile i32, ptr %".727", align 4
  %".728" = and i32 %"flags.7", 4
  %".729" = icmp ne i32 %".728", 0
  br i1 %".729", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".736" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".736", align 1
  %".738" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.8" = load volatile i32, ptr %".738", align 4
  %".739" = and i32 %"flags.8", 4
  %".740" = icmp ne i32 %".739", 0
  br i1 %".740", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".747" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".747", align 1
  %".749" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.9" = load volatile i32, ptr %".749", align 4
  %".750" = and i32 %"flags.9", 4
  %".751" = icmp ne i32 %".750", 0
  br i1 %".751", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".758" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".758", align 1
  %".760" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.10" = load volatile i32, ptr %".760", align 4
  %".761" = and i32 %"flags.10", 4
  %".762" = icmp ne i32 %".761", 0
  br i1 %".762", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".769" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".769", align 1
  %".771" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.11" = load volatile i32, ptr %".771", align 4
  %".772" = and i32 %"flags.11", 4
  %".773" = icmp ne i32 %".772", 0
  br i1 %".773", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".780" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".780", align 1
  %".782" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.12" = load volatile i32, ptr %".782", align 4
  %".783" = and i32 %"flags.12", 4
  %".784" = icmp ne i32 %".783", 0
  br i1 %".784", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".791" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".791", align 1
  %".793" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.13" = load volatile i32, ptr %".793", align 4
  %".794" = and i32 %"flags.13", 4
  %".795" = icmp ne i32 %".794", 0
  br i1 %".795", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".802" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".802", align 1
  %".804" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.14" = load volatile i32, ptr %".804", align 4
  %".805" = and i32 %"flags.14", 4
  %".806" = icmp ne i32 %".805", 0
  br i1 %".806", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".813" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".813", align 1
  %".815" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.15" = load volatile i32, ptr %".815", align 4
  %".816" = and i32 %"flags.15", 4
  %".817" = icmp ne i32 %".816", 0
  br i1 %".817", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".824" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".824", align 1
  %".826" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.16" = load volatile i32, ptr %".826", align 4
  %".827" = and i32 %"flags.16", 4
  %".828" = icmp ne i32 %".827", 0
  br i1 %".828", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".835" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".835", align 1
  %".837" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.17" = load volatile i32, ptr %".837", align 4
  %".838" = and i32 %"flags.17", 4
  %".839" = icmp ne i32 %".838", 0
  br i1 %".839", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".846" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".846", align 1
  %".848" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.18" = load volatile i32, ptr %".848", align 4
  %".849" = and i32 %"flags.18", 4
  %".850" = icmp ne i32 %".849", 0
  br i1 %".850", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".857" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".857", align 1
  %".859" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.19" = load volatile i32, ptr %".859", align 4
  %".860" = and i32 %"flags.19", 4
  %".861" = icmp ne i32 %".860", 0
  br i1 %".861", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".868" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".868", align 1
  %".870" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.20" = load volatile i32, ptr %".870", align 4
  %".871" = and i32 %"flags.20", 4
  %".872" = icmp ne i32 %".871", 0
  br i1 %".872", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".879" = getelementptr i8, ptr %"keys.51", i64 8
  store i8 1, ptr %".879", align 1
  %".881" = getelementptr i8, ptr %"keys.51", i64 48
  %"flags.21" = load volatile i32, ptr %".881", align 4
  %".882" = and i32 %"flags.21", 4
  %".883" = icmp ne i32 %".882", 0
  br i1 %".883", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".720" = trunc i64 %".706" to i16
  %".721" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".720", ptr %".721", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".731" = trunc i64 %".706" to i16
  %".732" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".731", ptr %".732", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".742" = trunc i64 %".706" to i16
  %".743" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".742", ptr %".743", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.30" = phi  i64 [%".706", %"batadv_d0.stop_at_encap.endif.2"], [%".706", %"batadv_d0.stop_at_encap.endif.3"], [%"end.2", %"gre_d0.to_vlan"], [%"end.2", %"gre_d0.to_vlan.1"], [%".3189", %"ethernet_d1.to_vlan"], [%".3189", %"ethernet_d1.to_vlan.1"], [%".4416", %"widening.test.13"]
  %"data.52" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data.112", %"gre_d0.to_vlan"], [%"data.112", %"gre_d0.to_vlan.1"], [%"data.138", %"ethernet_d1.to_vlan"], [%"data.138", %"ethernet_d1.to_vlan.1"], [%"data.177", %"widening.test.13"]
  %"data_end.52" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.112", %"gre_d0.to_vlan"], [%"data_end.112", %"gre_d0.to_vlan.1"], [%"data_end.138", %"ethernet_d1.to_vlan"], [%"data_end.138", %"ethernet_d1.to_vlan.1"], [%"data_end.177", %"widening.test.13"]
  %"keys.52" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.112", %"gre_d0.to_vlan"], [%"keys.112", %"gre_d0.to_vlan.1"], [%"keys.138", %"ethernet_d1.to_vlan"], [%"keys.138", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.13"]
  %"hdr.26" = getelementptr i8, ptr %"data.52", i64 %"cursor.30"
  %".1942" = getelementptr i8, ptr %"hdr.26", i64 4
  %".1943" = icmp ugt ptr %".1942", %"data_end.52"
  br i1 %".1943", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".1945" = getelementptr i8, ptr %"hdr.26", i64 2
  %".1946" = load i16, ptr %".1945", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.4" = phi  i16 [%".1946", %"vlan_d1_vlan_tags1.linear"], [%".1965", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.52", %"vlan_d1_vlan_tags1.linear"], [%"data.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.52", %"vlan_d1_vlan_tags1.linear"], [%"data_end.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.52", %"vlan_d1_vlan_tags1.linear"], [%"keys.100", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".1967" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %"w2_2.4", ptr %".1967", align 2
  %".1969" = add i64 %"cursor.30", 4
  %".1970" = trunc i64 %".1969" to i16
  %".1971" = getelementptr i8, ptr %"keys.101", i64 0
  store i16 %".1970", ptr %".1971", align 2
  %".1973" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1974" = zext i16 %".1973" to i64
  switch i64 %".1974", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".753" = trunc i64 %".706" to i16
  %".754" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".753", ptr %".754", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".764" = trunc i64 %".706" to i16
  %".765" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".764", ptr %".765", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.5:
  %".775" = trunc i64 %".706" to i16
  %".776" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".775", ptr %".776", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  br label %"mpls_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".786" = trunc i64 %".706" to i16
  %".787" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".786", ptr %".787", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.31" = phi  i64 [%".706", %"batadv_d0.stop_at_encap.endif.6"], [%".1969", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2108", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.2", %"gre_d0.to_pppoe"], [%".3057", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3123", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3189", %"ethernet_d1.to_pppoe"], [%".4515", %"widening.test.22"]
  %"data.53" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.112", %"gre_d0.to_pppoe"], [%"data.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.138", %"ethernet_d1.to_pppoe"], [%"data.186", %"widening.test.22"]
  %"data_end.53" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.112", %"gre_d0.to_pppoe"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.138", %"ethernet_d1.to_pppoe"], [%"data_end.186", %"widening.test.22"]
  %"keys.53" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.101", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.107", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.112", %"gre_d0.to_pppoe"], [%"keys.134", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.136", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.138", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.22"]
  %"hdr.27" = getelementptr i8, ptr %"data.53", i64 %"cursor.31"
  %".1996" = getelementptr i8, ptr %"hdr.27", i64 8
  %".1997" = icmp ugt ptr %".1996", %"data_end.53"
  br i1 %".1997", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".1999" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2000" = load i8, ptr %".1999", align 1
  %".2001" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2002" = load i8, ptr %".2001", align 1
  %".2003" = getelementptr i8, ptr %"hdr.27", i64 6
  %".2004" = load i16, ptr %".2003", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.7" = phi  i8 [%".2000", %"pppoe_d1.linear"], [%".2023", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2002", %"pppoe_d1.linear"], [%".2025", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2004", %"pppoe_d1.linear"], [%".2027", %"pppoe_d1.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.53", %"pppoe_d1.linear"], [%"data.104", %"pppoe_d1.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.53", %"pppoe_d1.linear"], [%"data_end.104", %"pppoe_d1.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.53", %"pppoe_d1.linear"], [%"keys.104", %"pppoe_d1.copy_failed.endif"]
  %".2029" = zext i8 %"w0_1.7" to i64
  %".2030" = lshr i64 %".2029", 4
  %".2031" = and i64 %".2030", 15
  %".2032" = icmp eq i64 %".2031", 1
  %".2033" = zext i8 %"w0_1.7" to i64
  %".2034" = and i64 %".2033", 15
  %".2035" = icmp eq i64 %".2034", 1
  %".2036" = and i1 %".2032", %".2035"
  %".2037" = zext i8 %"w1_1.4" to i64
  %".2038" = icmp eq i64 %".2037", 0
  %".2039" = and i1 %".2036", %".2038"
  %".2040" = xor i1 %".2039", -1
  br i1 %".2040", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".797" = trunc i64 %".706" to i16
  %".798" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".797", ptr %".798", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".808" = trunc i64 %".706" to i16
  %".809" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".808", ptr %".809", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".819" = trunc i64 %".706" to i16
  %".820" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".819", ptr %".820", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".830" = trunc i64 %".706" to i16
  %".831" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".830", ptr %".831", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".841" = trunc i64 %".706" to i16
  %".842" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".841", ptr %".842", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".852" = trunc i64 %".706" to i16
  %".853" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".852", ptr %".853", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".863" = trunc i64 %".706" to i16
  %".864" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".863", ptr %".864", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".706", %"batadv_d0.stop_at_encap.endif.13"], [%".706", %"batadv_d0.stop_at_encap.endif.14"], [%"end.2", %"gre_d0.to_hsr"], [%"end.2", %"gre_d0.to_hsr.1"], [%".3189", %"ethernet_d1.to_hsr"], [%".3189", %"ethernet_d1.to_hsr.1"], [%".4405", %"widening.test.12"]
  %"data.54" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data.112", %"gre_d0.to_hsr"], [%"data.112", %"gre_d0.to_hsr.1"], [%"data.138", %"ethernet_d1.to_hsr"], [%"data.138", %"ethernet_d1.to_hsr.1"], [%"data.176", %"widening.test.12"]
  %"data_end.54" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.51", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.112", %"gre_d0.to_hsr"], [%"data_end.112", %"gre_d0.to_hsr.1"], [%"data_end.138", %"ethernet_d1.to_hsr"], [%"data_end.138", %"ethernet_d1.to_hsr.1"], [%"data_end.176", %"widening.test.12"]
  %"keys.54" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.51", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.112", %"gre_d0.to_hsr"], [%"keys.112", %"gre_d0.to_hsr.1"], [%"keys.138", %"ethernet_d1.to_hsr"], [%"keys.138", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.12"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2081" = getelementptr i8, ptr %"hdr.28", i64 6
  %".2082" = icmp ugt ptr %".2081", %"data_end.54"
  br i1 %".2082", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2084" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2085" = load i16, ptr %".2084", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2085", %"hsr_d1_vlan_tags1.linear"], [%".2104", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.54", %"hsr_d1_vlan_tags1.linear"], [%"data.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.54", %"hsr_d1_vlan_tags1.linear"], [%"data_end.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.54", %"hsr_d1_vlan_tags1.linear"], [%"keys.106", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2106" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %"w4_2.2", ptr %".2106", align 2
  %".2108" = add i64 %"cursor.32", 6
  %".2109" = trunc i64 %".2108" to i16
  %".2110" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2109", ptr %".2110", align 2
  %".2112" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2113" = zext i16 %".2112" to i64
  switch i64 %".2113", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".874" = trunc i64 %".706" to i16
  %".875" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".874", ptr %".875", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".885" = trunc i64 %".706" to i16
  %".886" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".885", ptr %".886", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  br label %"batadv_d1"
batadv_d1:
  %"cursor.33" = phi  i64 [%".706", %"batadv_d0.stop_at_encap.endif.15"], [%".1969", %"vlan_d1_vlan_tags1.to_batadv"], [%".2108", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.2", %"gre_d0.to_batadv"], [%".3057", %"vlan_d1_vlan_tags2.to_batadv"], [%".3123", %"hsr_d1_vlan_tags2.to_batadv"], [%".3189", %"ethernet_d1.to_batadv"], [%".4449", %"widening.test.16"]
  %"data.55" = phi  ptr [%"data.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.112", %"gre_d0.to_batadv"], [%"data.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.138", %"ethernet_d1.to_batadv"], [%"data.180", %"widening.test.16"]
  %"data_end.55" = phi  ptr [%"data_end.51", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.112", %"gre_d0.to_batadv"], [%"data_end.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.138", %"ethernet_d1.to_batadv"], [%"data_end.180", %"widening.test.16"]
  %"keys.55" = phi  ptr [%"keys.51", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.101", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.107", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.112", %"gre_d0.to_batadv"], [%"keys.134", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.136", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.138", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.16"]
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2135" = getelementptr i8, ptr %"hdr.29", i64 24
  %".2136" = icmp ugt ptr %".2135", %"data_end.55"
  br i1 %".2136", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2138" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2139" = load i8, ptr %".2138", align 1
  %".2140" = getelementptr i8, ptr %"hdr.29", i64 1
  %".2141" = load i8, ptr %".2140", align 1
  %".2142" = getelementptr i8, ptr %"hdr.29", i64 22
  %".2143" = load i16, ptr %".2142", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.8" = phi  i8 [%".2139", %"batadv_d1.linear"], [%".2162", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2141", %"batadv_d1.linear"], [%".2164", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2143", %"batadv_d1.linear"], [%".2166", %"batadv_d1.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.55", %"batadv_d1.linear"], [%"data.108", %"batadv_d1.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.55", %"batadv_d1.linear"], [%"data_end.108", %"batadv_d1.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.55", %"batadv_d1.linear"], [%"keys.108", %"batadv_d1.copy_failed.endif"]
  %".2168" = zext i8 %"w1_1.5" to i64
  %".2169" = icmp eq i64 %".2168", 15
  %".2170" = zext i8 %"w0_1.8" to i64
  %".2171" = icmp eq i64 %".2170", 64
  %".2172" = and i1 %".2169", %".2171"
  %".2173" = xor i1 %".2172", -1
  br i1 %".2173", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".896" = trunc i64 %"cursor.13" to i32
  %".897" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".896", [40 x i8]* %"header_copy", i32 4)
  %".898" = icmp eq i64 %".897", 0
  %".899" = getelementptr i8, ptr %"ctx.11", i64 76
  %".900" = load i32, ptr %".899", align 4
  %".901" = zext i32 %".900" to i64
  %"data.56" = inttoptr i64 %".901" to ptr
  %".902" = getelementptr i8, ptr %"ctx.11", i64 80
  %".903" = load i32, ptr %".902", align 4
  %".904" = zext i32 %".903" to i64
  %"data_end.56" = inttoptr i64 %".904" to ptr
  %".905" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.56" = load ptr, ptr %".905", align 8
  %".906" = xor i1 %".898", -1
  br i1 %".906", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".908" = trunc i64 %"cursor.13" to i16
  %".909" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".908", ptr %".909", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".912" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".913" = load volatile i32, [40 x i8]* %".912", align 4
  br label %"tcp.header"
udp.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".927" = trunc i64 %"cursor.14" to i32
  %".928" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".927", [40 x i8]* %"header_copy", i32 4)
  %".929" = icmp eq i64 %".928", 0
  %".930" = getelementptr i8, ptr %"ctx.12", i64 76
  %".931" = load i32, ptr %".930", align 4
  %".932" = zext i32 %".931" to i64
  %"data.58" = inttoptr i64 %".932" to ptr
  %".933" = getelementptr i8, ptr %"ctx.12", i64 80
  %".934" = load i32, ptr %".933", align 4
  %".935" = zext i32 %".934" to i64
  %"data_end.58" = inttoptr i64 %".935" to ptr
  %".936" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.58" = load ptr, ptr %".936", align 8
  %".937" = xor i1 %".929", -1
  br i1 %".937", label %"udp.copy_failed", label %"udp.copy_failed.endif"
udp.copy_failed:
  %".939" = trunc i64 %"cursor.14" to i16
  %".940" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".939", ptr %".940", align 2
  br label %"return"
udp.copy_failed.endif:
  %".943" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".944" = load volatile i32, [40 x i8]* %".943", align 4
  br label %"udp.header"
udp.copy_last_byte:
  %".954" = add i64 %"cursor.14", %".949"
  %".955" = sub i64 %".954", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".956" = trunc i64 %".955" to i32
  %".957" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".956", i64* %"last_byte", i32 1)
  %".958" = icmp eq i64 %".957", 0
  %".959" = getelementptr i8, ptr %"ctx.13", i64 76
  %".960" = load i32, ptr %".959", align 4
  %".961" = zext i32 %".960" to i64
  %"data.60" = inttoptr i64 %".961" to ptr
  %".962" = getelementptr i8, ptr %"ctx.13", i64 80
  %".963" = load i32, ptr %".962", align 4
  %".964" = zext i32 %".963" to i64
  %"data_end.60" = inttoptr i64 %".964" to ptr
  %".965" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.60" = load ptr, ptr %".965", align 8
  %".966" = xor i1 %".958", -1
  br i1 %".966", label %"udp.copy_last_byte_failed", label %"udp.copy_last_byte_failed.endif"
udp.copy_last_byte_failed:
  %".968" = trunc i64 %"cursor.14" to i16
  %".969" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".968", ptr %".969", align 2
  br label %"return"
udp.copy_last_byte_failed.endif:
  br label %"udp.variable_part"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".984" = trunc i64 %"cursor.15" to i32
  %".985" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".984", [40 x i8]* %"header_copy", i32 4)
  %".986" = icmp eq i64 %".985", 0
  %".987" = getelementptr i8, ptr %"ctx.14", i64 76
  %".988" = load i32, ptr %".987", align 4
  %".989" = zext i32 %".988" to i64
  %"data.62" = inttoptr i64 %".989" to ptr
  %".990" = getelementptr i8, ptr %"ctx.14", i64 80
  %".991" = load i32, ptr %".990", align 4
  %".992" = zext i32 %".991" to i64
  %"data_end.62" = inttoptr i64 %".992" to ptr
  %".993" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.62" = load ptr, ptr %".993", align 8
  %".994" = xor i1 %".986", -1
  br i1 %".994", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".996" = trunc i64 %"cursor.15" to i16
  %".997" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".996", ptr %".997", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1000" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1001" = load volatile i32, [40 x i8]* %".1000", align 4
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1011" = add i64 %"cursor.15", %".1006"
  %".1012" = sub i64 %".1011", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1013" = trunc i64 %".1012" to i32
  %".1014" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1013", i64* %"last_byte", i32 1)
  %".1015" = icmp eq i64 %".1014", 0
  %".1016" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1017" = load i32, ptr %".1016", align 4
  %".1018" = zext i32 %".1017" to i64
  %"data.64" = inttoptr i64 %".1018" to ptr
  %".1019" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1020" = load i32, ptr %".1019", align 4
  %".1021" = zext i32 %".1020" to i64
  %"data_end.64" = inttoptr i64 %".1021" to ptr
  %".1022" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.64" = load ptr, ptr %".1022", align 8
  %".1023" = xor i1 %".1015", -1
  br i1 %".1023", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1025" = trunc i64 %"cursor.15" to i16
  %".1026" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1025", ptr %".1026", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1045" = trunc i64 %"cursor.16" to i32
  %".1046" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1045", [40 x i8]* %"header_copy", i32 4)
  %".1047" = icmp eq i64 %".1046", 0
  %".1048" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1049" = load i32, ptr %".1048", align 4
  %".1050" = zext i32 %".1049" to i64
  %"data.66" = inttoptr i64 %".1050" to ptr
  %".1051" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1052" = load i32, ptr %".1051", align 4
  %".1053" = zext i32 %".1052" to i64
  %"data_end.66" = inttoptr i64 %".1053" to ptr
  %".1054" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.66" = load ptr, ptr %".1054", align 8
  %".1055" = xor i1 %".1047", -1
  br i1 %".1055", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1057" = trunc i64 %"cursor.16" to i16
  %".1058" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1057", ptr %".1058", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1061" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1062" = load volatile i8, [40 x i8]* %".1061", align 1
  %".1063" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1064" = load volatile i8, [40 x i8]* %".1063", align 1
  %".1065" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1066" = load volatile i16, [40 x i8]* %".1065", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1077" = trunc i64 %"cursor.16" to i16
  %".1078" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1077", ptr %".1078", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1086" = trunc i64 %"cursor.16" to i16
  %".1087" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1086", ptr %".1087", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
pptp_d0:
  %"cursor.35" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.69" = phi  ptr [%"data.67", %"gre_version_d0.to_pptp"]
  %"data_end.69" = phi  ptr [%"data_end.67", %"gre_version_d0.to_pptp"]
  %"keys.69" = phi  ptr [%"keys.67", %"gre_version_d0.to_pptp"]
  %".2491" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".2492" = zext i16 %".2491" to i64
  %".2493" = icmp ne i64 %".2492", 34827
  %".2494" = zext i8 %"w0_1.3" to i64
  %".2495" = lshr i64 %".2494", 5
  %".2496" = and i64 %".2495", 1
  %".2497" = icmp eq i64 %".2496", 0
  %".2498" = or i1 %".2493", %".2497"
  br i1 %".2498", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".2504" = add i64 %"cursor.35", 4
  %".2505" = zext i8 %"w0_1.3" to i64
  %".2506" = lshr i64 %".2505", 7
  %".2507" = and i64 %".2506", 1
  %".2508" = zext i8 %"w0_1.3" to i64
  %".2509" = lshr i64 %".2508", 5
  %".2510" = and i64 %".2509", 1
  %".2511" = add i64 %".2507", %".2510"
  %".2512" = zext i8 %"w0_1.3" to i64
  %".2513" = lshr i64 %".2512", 4
  %".2514" = and i64 %".2513", 1
  %".2515" = add i64 %".2511", %".2514"
  %".2516" = zext i8 %"w1_1.2" to i64
  %".2517" = lshr i64 %".2516", 7
  %".2518" = and i64 %".2517", 1
  %".2519" = add i64 %".2515", %".2518"
  %".2520" = mul i64 %".2519", 4
  %".2521" = add i64 %".2520", 4
  %".2522" = getelementptr i8, ptr %"data.69", i64 %"cursor.35"
  %".2523" = getelementptr i8, ptr %".2522", i64 %".2521"
  %".2524" = icmp ugt ptr %".2523", %"data_end.69"
  br i1 %".2524", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.115" = phi  ptr [%"data.69", %"pptp_d0.stop_before.endif"], [%"data.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.115" = phi  ptr [%"data_end.69", %"pptp_d0.stop_before.endif"], [%"data_end.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.115" = phi  ptr [%"keys.69", %"pptp_d0.stop_before.endif"], [%"keys.114", %"pptp_d0.copy_last_byte_failed.endif"]
  %".2545" = add i64 %"cursor.35", %".2521"
  %".2546" = add i64 %"cursor.35", 8
  %".2547" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2546")
  %".2548" = icmp eq i64 %".2520", 4
  %"end.3" = select  i1 %".2548", i64 %".2547", i64 %".2545"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.44" = phi  i64 [%"end.3", %"pptp_d0.to_ppp"]
  %"data.116" = phi  ptr [%"data.115", %"pptp_d0.to_ppp"]
  %"data_end.116" = phi  ptr [%"data_end.115", %"pptp_d0.to_ppp"]
  %"keys.116" = phi  ptr [%"keys.115", %"pptp_d0.to_ppp"]
  %"hdr.38" = getelementptr i8, ptr %"data.116", i64 %"cursor.44"
  %".3213" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3214" = icmp ugt ptr %".3213", %"data_end.116"
  br i1 %".3214", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".3216" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3217" = load i16, ptr %".3216", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.9" = phi  i16 [%".3217", %"ppp_d0.linear"], [%".3236", %"ppp_d0.copy_failed.endif"]
  %"data.140" = phi  ptr [%"data.116", %"ppp_d0.linear"], [%"data.139", %"ppp_d0.copy_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.116", %"ppp_d0.linear"], [%"data_end.139", %"ppp_d0.copy_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.116", %"ppp_d0.linear"], [%"keys.139", %"ppp_d0.copy_failed.endif"]
  %".3238" = add i64 %"cursor.44", 4
  %".3239" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".3240" = zext i16 %".3239" to i64
  switch i64 %".3240", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
ppp_d0.to_ipv4:
  %".3249" = trunc i64 2048 to i16
  %".3250" = call i16 @"llvm.bswap.i16"(i16 %".3249")
  %".3251" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3250", ptr %".3251", align 2
  %".3253" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3253", align 1
  %".3255" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.60" = load volatile i32, ptr %".3255", align 4
  %".3256" = and i32 %"flags.60", 4
  %".3257" = icmp ne i32 %".3256", 0
  br i1 %".3257", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1098" = trunc i64 %"cursor.17" to i32
  %".1099" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1098", [40 x i8]* %"header_copy", i32 4)
  %".1100" = icmp eq i64 %".1099", 0
  %".1101" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1102" = load i32, ptr %".1101", align 4
  %".1103" = zext i32 %".1102" to i64
  %"data.70" = inttoptr i64 %".1103" to ptr
  %".1104" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1105" = load i32, ptr %".1104", align 4
  %".1106" = zext i32 %".1105" to i64
  %"data_end.70" = inttoptr i64 %".1106" to ptr
  %".1107" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.70" = load ptr, ptr %".1107", align 8
  %".1108" = xor i1 %".1100", -1
  br i1 %".1108", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1110" = trunc i64 %"cursor.17" to i16
  %".1111" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1110", ptr %".1111", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1114" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1115" = load volatile i32, [40 x i8]* %".1114", align 4
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1130" = trunc i64 %"cursor.18" to i32
  %".1131" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1130", [40 x i8]* %"header_copy", i32 4)
  %".1132" = icmp eq i64 %".1131", 0
  %".1133" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1134" = load i32, ptr %".1133", align 4
  %".1135" = zext i32 %".1134" to i64
  %"data.72" = inttoptr i64 %".1135" to ptr
  %".1136" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1137" = load i32, ptr %".1136", align 4
  %".1138" = zext i32 %".1137" to i64
  %"data_end.72" = inttoptr i64 %".1138" to ptr
  %".1139" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.72" = load ptr, ptr %".1139", align 8
  %".1140" = xor i1 %".1132", -1
  br i1 %".1140", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1142" = trunc i64 %"cursor.18" to i16
  %".1143" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1142", ptr %".1143", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1146" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1147" = load volatile i32, [40 x i8]* %".1146", align 4
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1162" = trunc i64 %"cursor.19" to i32
  %".1163" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1162", [40 x i8]* %"header_copy", i32 4)
  %".1164" = icmp eq i64 %".1163", 0
  %".1165" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1166" = load i32, ptr %".1165", align 4
  %".1167" = zext i32 %".1166" to i64
  %"data.74" = inttoptr i64 %".1167" to ptr
  %".1168" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1169" = load i32, ptr %".1168", align 4
  %".1170" = zext i32 %".1169" to i64
  %"data_end.74" = inttoptr i64 %".1170" to ptr
  %".1171" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.74" = load ptr, ptr %".1171", align 8
  %".1172" = xor i1 %".1164", -1
  br i1 %".1172", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1174" = trunc i64 %"cursor.19" to i16
  %".1175" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1174", ptr %".1175", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1178" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1179" = load volatile i32, [40 x i8]* %".1178", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1206" = trunc i64 %"cursor.20" to i32
  %".1207" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1206", [40 x i8]* %"header_copy", i32 8)
  %".1208" = icmp eq i64 %".1207", 0
  %".1209" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1210" = load i32, ptr %".1209", align 4
  %".1211" = zext i32 %".1210" to i64
  %"data.76" = inttoptr i64 %".1211" to ptr
  %".1212" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1213" = load i32, ptr %".1212", align 4
  %".1214" = zext i32 %".1213" to i64
  %"data_end.76" = inttoptr i64 %".1214" to ptr
  %".1215" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.76" = load ptr, ptr %".1215", align 8
  %".1216" = xor i1 %".1208", -1
  br i1 %".1216", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1218" = trunc i64 %"cursor.20" to i16
  %".1219" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1218", ptr %".1219", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1222" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1223" = load volatile i32, [40 x i8]* %".1222", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1248" = trunc i64 %"cursor.21" to i32
  %".1249" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1248", [40 x i8]* %"header_copy", i32 4)
  %".1250" = icmp eq i64 %".1249", 0
  %".1251" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1252" = load i32, ptr %".1251", align 4
  %".1253" = zext i32 %".1252" to i64
  %"data.78" = inttoptr i64 %".1253" to ptr
  %".1254" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1255" = load i32, ptr %".1254", align 4
  %".1256" = zext i32 %".1255" to i64
  %"data_end.78" = inttoptr i64 %".1256" to ptr
  %".1257" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.78" = load ptr, ptr %".1257", align 8
  %".1258" = xor i1 %".1250", -1
  br i1 %".1258", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1260" = trunc i64 %"cursor.21" to i16
  %".1261" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1260", ptr %".1261", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1282" = trunc i64 %"cursor.22" to i32
  %".1283" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1282", [40 x i8]* %"header_copy", i32 20)
  %".1284" = icmp eq i64 %".1283", 0
  %".1285" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1286" = load i32, ptr %".1285", align 4
  %".1287" = zext i32 %".1286" to i64
  %"data.80" = inttoptr i64 %".1287" to ptr
  %".1288" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1289" = load i32, ptr %".1288", align 4
  %".1290" = zext i32 %".1289" to i64
  %"data_end.80" = inttoptr i64 %".1290" to ptr
  %".1291" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.80" = load ptr, ptr %".1291", align 8
  %".1292" = xor i1 %".1284", -1
  br i1 %".1292", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1294" = trunc i64 %"cursor.22" to i16
  %".1295" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1294", ptr %".1295", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1298" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1299" = load volatile i8, [40 x i8]* %".1298", align 1
  %".1300" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1301" = load volatile i16, [40 x i8]* %".1300", align 2
  %".1302" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1303" = load volatile i8, [40 x i8]* %".1302", align 1
  %".1304" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1305" = load volatile i32, [40 x i8]* %".1304", align 4
  %".1306" = zext i32 %".1305" to i64
  %".1307" = shl i64 %".1306", 0
  %".1308" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1309" = load volatile i32, [40 x i8]* %".1308", align 4
  %".1310" = zext i32 %".1309" to i64
  %".1311" = shl i64 %".1310", 32
  %".1312" = or i64 %".1307", %".1311"
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1319" = trunc i64 %"cursor.22" to i16
  %".1320" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1319", ptr %".1320", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1323" = getelementptr i8, ptr %"keys.81", i64 9
  store i8 %"w9_1.1", ptr %".1323", align 1
  %".1325" = getelementptr i8, ptr %"keys.81", i64 16
  store i64 %"w12_8.1", ptr %".1325", align 8
  %".1327" = trunc i64 2048 to i16
  %".1328" = getelementptr i8, ptr %"keys.81", i64 4
  store i16 %".1327", ptr %".1328", align 2
  %".1330" = trunc i64 2048 to i16
  %".1331" = call i16 @"llvm.bswap.i16"(i16 %".1330")
  %".1332" = getelementptr i8, ptr %"keys.81", i64 10
  store i16 %".1331", ptr %".1332", align 2
  %".1334" = add i64 %"cursor.22", 20
  %".1335" = zext i8 %"w0_1.4" to i64
  %".1336" = and i64 %".1335", 15
  %".1337" = icmp eq i64 %".1336", 5
  %".1338" = xor i1 %".1337", -1
  br i1 %".1338", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1334", %"ipv4_d1.no_variable"], [%".1346", %"ipv4_d1.variable"]
  %"data.82" = phi  ptr [%"data.81", %"ipv4_d1.no_variable"], [%"data.81", %"ipv4_d1.variable"]
  %"data_end.82" = phi  ptr [%"data_end.81", %"ipv4_d1.no_variable"], [%"data_end.81", %"ipv4_d1.variable"]
  %"keys.82" = phi  ptr [%"keys.81", %"ipv4_d1.no_variable"], [%"keys.81", %"ipv4_d1.variable"]
  %".1348" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1349" = zext i16 %".1348" to i64
  %".1350" = and i64 %".1349", 16383
  %".1351" = icmp ne i64 %".1350", 0
  %".1352" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1353" = zext i16 %".1352" to i64
  %".1354" = and i64 %".1353", 8191
  %".1355" = icmp eq i64 %".1354", 0
  br i1 %".1351", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1377" = zext i8 %"w9_1.1" to i64
  switch i64 %".1377", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.variable:
  %".1341" = zext i8 %"w0_1.4" to i64
  %".1342" = and i64 %".1341", 15
  %".1343" = mul i64 %".1342", 4
  %".1344" = sub i64 %".1343", 20
  %".1345" = add i64 %".1344", 20
  %".1346" = add i64 %"cursor.22", %".1345"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1357" = getelementptr i8, ptr %"keys.82", i64 6
  store i8 1, ptr %".1357", align 1
  br i1 %".1355", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1360" = getelementptr i8, ptr %"keys.82", i64 7
  store i8 1, ptr %".1360", align 1
  %".1362" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.22" = load volatile i32, ptr %".1362", align 4
  %".1363" = and i32 %"flags.22", 1
  %".1364" = icmp ne i32 %".1363", 0
  %".1365" = xor i1 %".1364", -1
  br i1 %".1365", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1372" = trunc i64 %"end.1" to i16
  %".1373" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1372", ptr %".1373", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1367" = trunc i64 %"end.1" to i16
  %".1368" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1367", ptr %".1368", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1379" = trunc i64 %"end.1" to i16
  %".1380" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1379", ptr %".1380", align 2
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
  %".1392" = trunc i64 34887 to i16
  %".1393" = call i16 @"llvm.bswap.i16"(i16 %".1392")
  %".1394" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1393", ptr %".1394", align 2
  br label %"mpls_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1397" = trunc i64 2048 to i16
  %".1398" = call i16 @"llvm.bswap.i16"(i16 %".1397")
  %".1399" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1398", ptr %".1399", align 2
  %".1401" = getelementptr i8, ptr %"keys.82", i64 8
  store i8 1, ptr %".1401", align 1
  %".1403" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.23" = load volatile i32, ptr %".1403", align 4
  %".1404" = and i32 %"flags.23", 4
  %".1405" = icmp ne i32 %".1404", 0
  br i1 %".1405", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1415" = trunc i64 34525 to i16
  %".1416" = call i16 @"llvm.bswap.i16"(i16 %".1415")
  %".1417" = getelementptr i8, ptr %"keys.82", i64 10
  store i16 %".1416", ptr %".1417", align 2
  %".1419" = getelementptr i8, ptr %"keys.82", i64 8
  store i8 1, ptr %".1419", align 1
  %".1421" = getelementptr i8, ptr %"keys.82", i64 48
  %"flags.24" = load volatile i32, ptr %".1421", align 4
  %".1422" = and i32 %"flags.24", 4
  %".1423" = icmp ne i32 %".1422", 0
  br i1 %".1423", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
gre_version_d1:
  %"cursor.36" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1502", %"ipv6_d1.to_gre_version"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".4060", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".4164", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".4669", %"widening.test.36"]
  %"data.83" = phi  ptr [%"data.82", %"ipv4_d1.to_gre_version"], [%"data.85", %"ipv6_d1.to_gre_version"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.200", %"widening.test.36"]
  %"data_end.83" = phi  ptr [%"data_end.82", %"ipv4_d1.to_gre_version"], [%"data_end.85", %"ipv6_d1.to_gre_version"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.200", %"widening.test.36"]
  %"keys.83" = phi  ptr [%"keys.82", %"ipv4_d1.to_gre_version"], [%"keys.85", %"ipv6_d1.to_gre_version"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.161", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.163", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.36"]
  %"hdr.30" = getelementptr i8, ptr %"data.83", i64 %"cursor.36"
  %".2555" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2556" = icmp ugt ptr %".2555", %"data_end.83"
  br i1 %".2556", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".2558" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2559" = load i8, ptr %".2558", align 1
  %".2560" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2561" = load i8, ptr %".2560", align 1
  %".2562" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2563" = load i16, ptr %".2562", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.9" = phi  i8 [%".2559", %"gre_version_d1.linear"], [%".2582", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2561", %"gre_version_d1.linear"], [%".2584", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".2563", %"gre_version_d1.linear"], [%".2586", %"gre_version_d1.copy_failed.endif"]
  %"data.118" = phi  ptr [%"data.83", %"gre_version_d1.linear"], [%"data.117", %"gre_version_d1.copy_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.83", %"gre_version_d1.linear"], [%"data_end.117", %"gre_version_d1.copy_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.83", %"gre_version_d1.linear"], [%"keys.117", %"gre_version_d1.copy_failed.endif"]
  %".2588" = zext i8 %"w0_1.9" to i64
  %".2589" = lshr i64 %".2588", 6
  %".2590" = and i64 %".2589", 1
  %".2591" = icmp ne i64 %".2590", 0
  %".2592" = zext i8 %"w1_1.6" to i64
  %".2593" = and i64 %".2592", 7
  %".2594" = icmp ugt i64 %".2593", 1
  %".2595" = or i1 %".2591", %".2594"
  br i1 %".2595", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".2601" = getelementptr i8, ptr %"keys.118", i64 10
  store i16 %"w2_2.5", ptr %".2601", align 2
  %".2603" = zext i8 %"w1_1.6" to i64
  %".2604" = and i64 %".2603", 7
  switch i64 %".2604", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.36", %"gre_version_d1.to_gre"]
  %"data.119" = phi  ptr [%"data.118", %"gre_version_d1.to_gre"]
  %"data_end.119" = phi  ptr [%"data_end.118", %"gre_version_d1.to_gre"]
  %"keys.119" = phi  ptr [%"keys.118", %"gre_version_d1.to_gre"]
  %".3294" = add i64 %"cursor.45", 4
  %".3295" = and i8 %"w0_1.9", 176
  %".3296" = icmp eq i8 %".3295", 0
  %".3297" = xor i1 %".3296", -1
  br i1 %".3297", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.4" = phi  i64 [%".3294", %"gre_d1.no_variable"], [%".3336", %"gre_d1.variable_part"]
  %"data.144" = phi  ptr [%"data.119", %"gre_d1.no_variable"], [%"data.143", %"gre_d1.variable_part"]
  %"data_end.144" = phi  ptr [%"data_end.119", %"gre_d1.no_variable"], [%"data_end.143", %"gre_d1.variable_part"]
  %"keys.144" = phi  ptr [%"keys.119", %"gre_d1.no_variable"], [%"keys.143", %"gre_d1.variable_part"]
  %".3338" = getelementptr i8, ptr %"keys.144", i64 8
  store i8 1, ptr %".3338", align 1
  %".3340" = getelementptr i8, ptr %"keys.144", i64 48
  %"flags.63" = load volatile i32, ptr %".3340", align 4
  %".3341" = and i32 %"flags.63", 4
  %".3342" = icmp ne i32 %".3341", 0
  br i1 %".3342", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
ipv4_d1.stop_at_encap:
  %".1407" = trunc i64 %"end.1" to i16
  %".1408" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1407", ptr %".1408", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1411" = trunc i64 %"end.1" to i16
  %".1412" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1411", ptr %".1412", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1425" = trunc i64 %"end.1" to i16
  %".1426" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1425", ptr %".1426", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1429" = trunc i64 %"end.1" to i16
  %".1430" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1429", ptr %".1430", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1449" = trunc i64 %"cursor.23" to i32
  %".1450" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1449", [40 x i8]* %"header_copy", i32 40)
  %".1451" = icmp eq i64 %".1450", 0
  %".1452" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1453" = load i32, ptr %".1452", align 4
  %".1454" = zext i32 %".1453" to i64
  %"data.84" = inttoptr i64 %".1454" to ptr
  %".1455" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1456" = load i32, ptr %".1455", align 4
  %".1457" = zext i32 %".1456" to i64
  %"data_end.84" = inttoptr i64 %".1457" to ptr
  %".1458" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.84" = load ptr, ptr %".1458", align 8
  %".1459" = xor i1 %".1451", -1
  br i1 %".1459", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1461" = trunc i64 %"cursor.23" to i16
  %".1462" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1461", ptr %".1462", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1465" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1466" = load volatile i32, [40 x i8]* %".1465", align 4
  %".1467" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1468" = load volatile i8, [40 x i8]* %".1467", align 1
  %".1469" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1470" = load volatile i64, [40 x i8]* %".1469", align 8
  %".1471" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1472" = load volatile i64, [40 x i8]* %".1471", align 8
  %".1473" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1474" = load volatile i64, [40 x i8]* %".1473", align 8
  %".1475" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1476" = load volatile i64, [40 x i8]* %".1475", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1512" = trunc i64 %".1502" to i16
  %".1513" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1512", ptr %".1513", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1516" = zext i8 %"w6_1.1" to i64
  switch i64 %".1516", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1518" = trunc i64 %".1502" to i16
  %".1519" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1518", ptr %".1519", align 2
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
  %".1535" = trunc i64 34887 to i16
  %".1536" = call i16 @"llvm.bswap.i16"(i16 %".1535")
  %".1537" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1536", ptr %".1537", align 2
  br label %"mpls_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1540" = trunc i64 2048 to i16
  %".1541" = call i16 @"llvm.bswap.i16"(i16 %".1540")
  %".1542" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1541", ptr %".1542", align 2
  %".1544" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1544", align 1
  %".1546" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.26" = load volatile i32, ptr %".1546", align 4
  %".1547" = and i32 %"flags.26", 4
  %".1548" = icmp ne i32 %".1547", 0
  br i1 %".1548", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1558" = trunc i64 34525 to i16
  %".1559" = call i16 @"llvm.bswap.i16"(i16 %".1558")
  %".1560" = getelementptr i8, ptr %"keys.85", i64 10
  store i16 %".1559", ptr %".1560", align 2
  %".1562" = getelementptr i8, ptr %"keys.85", i64 8
  store i8 1, ptr %".1562", align 1
  %".1564" = getelementptr i8, ptr %"keys.85", i64 48
  %"flags.27" = load volatile i32, ptr %".1564", align 4
  %".1565" = and i32 %"flags.27", 4
  %".1566" = icmp ne i32 %".1565", 0
  br i1 %".1566", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.37" = phi  i64 [%".1502", %"ipv6_d1.to_ipv6_opts"], [%".1502", %"ipv6_d1.to_ipv6_opts.1"], [%".1502", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.86" = phi  ptr [%"data.85", %"ipv6_d1.to_ipv6_opts"], [%"data.85", %"ipv6_d1.to_ipv6_opts.1"], [%"data.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.86" = phi  ptr [%"data_end.85", %"ipv6_d1.to_ipv6_opts"], [%"data_end.85", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.86" = phi  ptr [%"keys.85", %"ipv6_d1.to_ipv6_opts"], [%"keys.85", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.85", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.31" = getelementptr i8, ptr %"data.86", i64 %"cursor.37"
  %".2612" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2613" = icmp ugt ptr %".2612", %"data_end.86"
  br i1 %".2613", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".2615" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2616" = load i8, ptr %".2615", align 1
  %".2617" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2618" = load i8, ptr %".2617", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.10" = phi  i8 [%".2616", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2637", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2618", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".2639", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.122" = phi  ptr [%"data.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.122" = phi  ptr [%"data_end.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.122" = phi  ptr [%"keys.86", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.121", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".2641" = getelementptr i8, ptr %"keys.122", i64 9
  store i8 %"w0_1.10", ptr %".2641", align 1
  %".2643" = add i64 %"cursor.37", 2
  %".2644" = zext i8 %"w1_1.7" to i64
  %".2645" = mul i64 %".2644", 8
  %".2646" = add i64 %".2645", 6
  %".2647" = add i64 %".2646", 2
  %".2648" = add i64 %"cursor.37", %".2647"
  %".2649" = zext i8 %"w0_1.10" to i64
  switch i64 %".2649", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%".1502", %"ipv6_d1.to_ipv6_frag"]
  %"data.87" = phi  ptr [%"data.85", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.87" = phi  ptr [%"data_end.85", %"ipv6_d1.to_ipv6_frag"]
  %"keys.87" = phi  ptr [%"keys.85", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.32" = getelementptr i8, ptr %"data.87", i64 %"cursor.38"
  %".2709" = getelementptr i8, ptr %"hdr.32", i64 8
  %".2710" = icmp ugt ptr %".2709", %"data_end.87"
  br i1 %".2710", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".2712" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2713" = load i8, ptr %".2712", align 1
  %".2714" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2715" = load i16, ptr %".2714", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.11" = phi  i8 [%".2713", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2734", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".2715", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".2736", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.126" = phi  ptr [%"data.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.126" = phi  ptr [%"data_end.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.126" = phi  ptr [%"keys.87", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.125", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".2738" = getelementptr i8, ptr %"keys.126", i64 9
  store i8 %"w0_1.11", ptr %".2738", align 1
  %".2740" = add i64 %"cursor.38", 8
  %".2741" = icmp ne i64 1, 0
  %".2742" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".2743" = zext i16 %".2742" to i64
  %".2744" = and i64 %".2743", 65528
  %".2745" = icmp eq i64 %".2744", 0
  br i1 %".2741", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".2767" = zext i8 %"w0_1.11" to i64
  switch i64 %".2767", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1550" = trunc i64 %".1502" to i16
  %".1551" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1550", ptr %".1551", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1554" = trunc i64 %".1502" to i16
  %".1555" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1554", ptr %".1555", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1568" = trunc i64 %".1502" to i16
  %".1569" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1568", ptr %".1569", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1572" = trunc i64 %".1502" to i16
  %".1573" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1572", ptr %".1573", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1584" = trunc i64 %"cursor.24" to i32
  %".1585" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1584", [40 x i8]* %"header_copy", i32 2)
  %".1586" = icmp eq i64 %".1585", 0
  %".1587" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1588" = load i32, ptr %".1587", align 4
  %".1589" = zext i32 %".1588" to i64
  %"data.88" = inttoptr i64 %".1589" to ptr
  %".1590" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1591" = load i32, ptr %".1590", align 4
  %".1592" = zext i32 %".1591" to i64
  %"data_end.88" = inttoptr i64 %".1592" to ptr
  %".1593" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.88" = load ptr, ptr %".1593", align 8
  %".1594" = xor i1 %".1586", -1
  br i1 %".1594", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1596" = trunc i64 %"cursor.24" to i16
  %".1597" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1596", ptr %".1597", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1600" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1601" = load volatile i8, [40 x i8]* %".1600", align 1
  %".1602" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1603" = load volatile i8, [40 x i8]* %".1602", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1615" = trunc i64 %".1612" to i16
  %".1616" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1615", ptr %".1616", align 2
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
  %".1632" = trunc i64 34887 to i16
  %".1633" = call i16 @"llvm.bswap.i16"(i16 %".1632")
  %".1634" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1633", ptr %".1634", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1637" = trunc i64 2048 to i16
  %".1638" = call i16 @"llvm.bswap.i16"(i16 %".1637")
  %".1639" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1638", ptr %".1639", align 2
  %".1641" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1641", align 1
  %".1643" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.28" = load volatile i32, ptr %".1643", align 4
  %".1644" = and i32 %"flags.28", 4
  %".1645" = icmp ne i32 %".1644", 0
  br i1 %".1645", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1652" = trunc i64 34525 to i16
  %".1653" = call i16 @"llvm.bswap.i16"(i16 %".1652")
  %".1654" = getelementptr i8, ptr %"keys.89", i64 10
  store i16 %".1653", ptr %".1654", align 2
  %".1656" = getelementptr i8, ptr %"keys.89", i64 8
  store i8 1, ptr %".1656", align 1
  %".1658" = getelementptr i8, ptr %"keys.89", i64 48
  %"flags.29" = load volatile i32, ptr %".1658", align 4
  %".1659" = and i32 %"flags.29", 4
  %".1660" = icmp ne i32 %".1659", 0
  br i1 %".1660", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.39" = phi  i64 [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".4339", %"widening.test.6"]
  %"data.90" = phi  ptr [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.170", %"widening.test.6"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.170", %"widening.test.6"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.33" = getelementptr i8, ptr %"data.90", i64 %"cursor.39"
  %".2827" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2828" = icmp ugt ptr %".2827", %"data_end.90"
  br i1 %".2828", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".2830" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2831" = load i8, ptr %".2830", align 1
  %".2832" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2833" = load i8, ptr %".2832", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.12" = phi  i8 [%".2831", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2852", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".2833", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".2854", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.128" = phi  ptr [%"data.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.128" = phi  ptr [%"data_end.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.128" = phi  ptr [%"keys.90", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.127", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".2856" = getelementptr i8, ptr %"keys.128", i64 9
  store i8 %"w0_1.12", ptr %".2856", align 1
  %".2858" = add i64 %"cursor.39", 2
  %".2859" = zext i8 %"w1_1.8" to i64
  %".2860" = mul i64 %".2859", 8
  %".2861" = add i64 %".2860", 6
  %".2862" = add i64 %".2861", 2
  %".2863" = add i64 %"cursor.39", %".2862"
  %".2864" = zext i8 %"w0_1.12" to i64
  switch i64 %".2864", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.40" = phi  i64 [%".1612", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1698", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".4328", %"widening.test.5"]
  %"data.91" = phi  ptr [%"data.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.169", %"widening.test.5"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.169", %"widening.test.5"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.93", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.34" = getelementptr i8, ptr %"data.91", i64 %"cursor.40"
  %".2918" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2919" = icmp ugt ptr %".2918", %"data_end.91"
  br i1 %".2919", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".2921" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2922" = load i8, ptr %".2921", align 1
  %".2923" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2924" = load i16, ptr %".2923", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.13" = phi  i8 [%".2922", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".2943", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".2924", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".2945", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.132" = phi  ptr [%"data.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.91", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.131", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".2947" = getelementptr i8, ptr %"keys.132", i64 9
  store i8 %"w0_1.13", ptr %".2947", align 1
  %".2949" = add i64 %"cursor.40", 8
  %".2950" = icmp ne i64 1, 0
  %".2951" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".2952" = zext i16 %".2951" to i64
  %".2953" = and i64 %".2952", 65528
  %".2954" = icmp eq i64 %".2953", 0
  br i1 %".2950", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".2976" = zext i8 %"w0_1.13" to i64
  switch i64 %".2976", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1647" = trunc i64 %".1612" to i16
  %".1648" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1647", ptr %".1648", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1662" = trunc i64 %".1612" to i16
  %".1663" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1662", ptr %".1663", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1675" = trunc i64 %"cursor.25" to i32
  %".1676" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1675", [40 x i8]* %"header_copy", i32 8)
  %".1677" = icmp eq i64 %".1676", 0
  %".1678" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1679" = load i32, ptr %".1678", align 4
  %".1680" = zext i32 %".1679" to i64
  %"data.92" = inttoptr i64 %".1680" to ptr
  %".1681" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1682" = load i32, ptr %".1681", align 4
  %".1683" = zext i32 %".1682" to i64
  %"data_end.92" = inttoptr i64 %".1683" to ptr
  %".1684" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.92" = load ptr, ptr %".1684", align 8
  %".1685" = xor i1 %".1677", -1
  br i1 %".1685", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1687" = trunc i64 %"cursor.25" to i16
  %".1688" = getelementptr i8, ptr %"keys.92", i64 2
  store i16 %".1687", ptr %".1688", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1691" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1692" = load volatile i8, [40 x i8]* %".1691", align 1
  %".1693" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1694" = load volatile i16, [40 x i8]* %".1693", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1705" = getelementptr i8, ptr %"keys.93", i64 6
  store i8 1, ptr %".1705", align 1
  br i1 %".1703", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1708" = getelementptr i8, ptr %"keys.93", i64 7
  store i8 1, ptr %".1708", align 1
  %".1710" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.30" = load volatile i32, ptr %".1710", align 4
  %".1711" = and i32 %"flags.30", 1
  %".1712" = icmp ne i32 %".1711", 0
  %".1713" = xor i1 %".1712", -1
  br i1 %".1713", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1720" = trunc i64 %".1698" to i16
  %".1721" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1720", ptr %".1721", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1715" = trunc i64 %".1698" to i16
  %".1716" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1715", ptr %".1716", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1727" = trunc i64 %".1698" to i16
  %".1728" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1727", ptr %".1728", align 2
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
  %".1744" = trunc i64 34887 to i16
  %".1745" = call i16 @"llvm.bswap.i16"(i16 %".1744")
  %".1746" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1745", ptr %".1746", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1749" = trunc i64 2048 to i16
  %".1750" = call i16 @"llvm.bswap.i16"(i16 %".1749")
  %".1751" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1750", ptr %".1751", align 2
  %".1753" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1753", align 1
  %".1755" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.31" = load volatile i32, ptr %".1755", align 4
  %".1756" = and i32 %"flags.31", 4
  %".1757" = icmp ne i32 %".1756", 0
  br i1 %".1757", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1764" = trunc i64 34525 to i16
  %".1765" = call i16 @"llvm.bswap.i16"(i16 %".1764")
  %".1766" = getelementptr i8, ptr %"keys.93", i64 10
  store i16 %".1765", ptr %".1766", align 2
  %".1768" = getelementptr i8, ptr %"keys.93", i64 8
  store i8 1, ptr %".1768", align 1
  %".1770" = getelementptr i8, ptr %"keys.93", i64 48
  %"flags.32" = load volatile i32, ptr %".1770", align 4
  %".1771" = and i32 %"flags.32", 4
  %".1772" = icmp ne i32 %".1771", 0
  br i1 %".1772", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1759" = trunc i64 %".1698" to i16
  %".1760" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1759", ptr %".1760", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1774" = trunc i64 %".1698" to i16
  %".1775" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1774", ptr %".1775", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1783" = trunc i64 %"cursor.26" to i32
  %".1784" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1783", [40 x i8]* %"header_copy", i32 4)
  %".1785" = icmp eq i64 %".1784", 0
  %".1786" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1787" = load i32, ptr %".1786", align 4
  %".1788" = zext i32 %".1787" to i64
  %"data.94" = inttoptr i64 %".1788" to ptr
  %".1789" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1790" = load i32, ptr %".1789", align 4
  %".1791" = zext i32 %".1790" to i64
  %"data_end.94" = inttoptr i64 %".1791" to ptr
  %".1792" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.94" = load ptr, ptr %".1792", align 8
  %".1793" = xor i1 %".1785", -1
  br i1 %".1793", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1795" = trunc i64 %"cursor.26" to i16
  %".1796" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1795", ptr %".1796", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1811" = trunc i64 %"cursor.27" to i32
  %".1812" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1811", [40 x i8]* %"header_copy", i32 4)
  %".1813" = icmp eq i64 %".1812", 0
  %".1814" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1815" = load i32, ptr %".1814", align 4
  %".1816" = zext i32 %".1815" to i64
  %"data.96" = inttoptr i64 %".1816" to ptr
  %".1817" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1818" = load i32, ptr %".1817", align 4
  %".1819" = zext i32 %".1818" to i64
  %"data_end.96" = inttoptr i64 %".1819" to ptr
  %".1820" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.96" = load ptr, ptr %".1820", align 8
  %".1821" = xor i1 %".1813", -1
  br i1 %".1821", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1823" = trunc i64 %"cursor.27" to i16
  %".1824" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".1823", ptr %".1824", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1827" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1828" = load volatile i16, [40 x i8]* %".1827", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1839" = trunc i64 %".1832" to i16
  %".1840" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1839", ptr %".1840", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1845" = trunc i64 %".1832" to i16
  %".1846" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1845", ptr %".1846", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1849" = trunc i64 %".1832" to i16
  %".1850" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1849", ptr %".1850", align 2
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
  %".1862" = trunc i64 %".1832" to i16
  %".1863" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1862", ptr %".1863", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".1866" = trunc i64 %".1832" to i16
  %".1867" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1866", ptr %".1867", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1877" = trunc i64 %"cursor.28" to i32
  %".1878" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1877", [40 x i8]* %"header_copy", i32 6)
  %".1879" = icmp eq i64 %".1878", 0
  %".1880" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1881" = load i32, ptr %".1880", align 4
  %".1882" = zext i32 %".1881" to i64
  %"data.98" = inttoptr i64 %".1882" to ptr
  %".1883" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1884" = load i32, ptr %".1883", align 4
  %".1885" = zext i32 %".1884" to i64
  %"data_end.98" = inttoptr i64 %".1885" to ptr
  %".1886" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.98" = load ptr, ptr %".1886", align 8
  %".1887" = xor i1 %".1879", -1
  br i1 %".1887", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".1889" = trunc i64 %"cursor.28" to i16
  %".1890" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1889", ptr %".1890", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".1893" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1894" = load volatile i16, [40 x i8]* %".1893", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".1905" = trunc i64 %".1898" to i16
  %".1906" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1905", ptr %".1906", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".1911" = trunc i64 %".1898" to i16
  %".1912" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1911", ptr %".1912", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".1915" = trunc i64 %".1898" to i16
  %".1916" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1915", ptr %".1916", align 2
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
  %".1928" = trunc i64 %".1898" to i16
  %".1929" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1928", ptr %".1929", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".1932" = trunc i64 %".1898" to i16
  %".1933" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1932", ptr %".1933", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
vlan_d1_vlan_tags1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1948" = trunc i64 %"cursor.30" to i32
  %".1949" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".1948", [40 x i8]* %"header_copy", i32 4)
  %".1950" = icmp eq i64 %".1949", 0
  %".1951" = getelementptr i8, ptr %"ctx.29", i64 76
  %".1952" = load i32, ptr %".1951", align 4
  %".1953" = zext i32 %".1952" to i64
  %"data.100" = inttoptr i64 %".1953" to ptr
  %".1954" = getelementptr i8, ptr %"ctx.29", i64 80
  %".1955" = load i32, ptr %".1954", align 4
  %".1956" = zext i32 %".1955" to i64
  %"data_end.100" = inttoptr i64 %".1956" to ptr
  %".1957" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.100" = load ptr, ptr %".1957", align 8
  %".1958" = xor i1 %".1950", -1
  br i1 %".1958", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".1960" = trunc i64 %"cursor.30" to i16
  %".1961" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".1960", ptr %".1961", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".1964" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1965" = load volatile i16, [40 x i8]* %".1964", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".1976" = trunc i64 %".1969" to i16
  %".1977" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1976", ptr %".1977", align 2
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
  %"cursor.41" = phi  i64 [%".1969", %"vlan_d1_vlan_tags1.to_vlan"], [%".1969", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2108", %"hsr_d1_vlan_tags1.to_vlan"], [%".2108", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".4438", %"widening.test.15"]
  %"data.102" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.179", %"widening.test.15"]
  %"data_end.102" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.179", %"widening.test.15"]
  %"keys.102" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.101", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.107", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.15"]
  %"hdr.35" = getelementptr i8, ptr %"data.102", i64 %"cursor.41"
  %".3030" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3031" = icmp ugt ptr %".3030", %"data_end.102"
  br i1 %".3031", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3033" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3034" = load i16, ptr %".3033", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".3034", %"vlan_d1_vlan_tags2.linear"], [%".3053", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.102", %"vlan_d1_vlan_tags2.linear"], [%"data.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.102", %"vlan_d1_vlan_tags2.linear"], [%"data_end.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.102", %"vlan_d1_vlan_tags2.linear"], [%"keys.133", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3055" = getelementptr i8, ptr %"keys.134", i64 10
  store i16 %"w2_2.8", ptr %".3055", align 2
  %".3057" = add i64 %"cursor.41", 4
  %".3058" = trunc i64 %".3057" to i16
  %".3059" = getelementptr i8, ptr %"keys.134", i64 0
  store i16 %".3058", ptr %".3059", align 2
  %".3061" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".3062" = zext i16 %".3061" to i64
  switch i64 %".3062", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.42" = phi  i64 [%".1969", %"vlan_d1_vlan_tags1.to_hsr"], [%".1969", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2108", %"hsr_d1_vlan_tags1.to_hsr"], [%".2108", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".4427", %"widening.test.14"]
  %"data.103" = phi  ptr [%"data.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.178", %"widening.test.14"]
  %"data_end.103" = phi  ptr [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.178", %"widening.test.14"]
  %"keys.103" = phi  ptr [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.101", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.107", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.14"]
  %"hdr.36" = getelementptr i8, ptr %"data.103", i64 %"cursor.42"
  %".3096" = getelementptr i8, ptr %"hdr.36", i64 6
  %".3097" = icmp ugt ptr %".3096", %"data_end.103"
  br i1 %".3097", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3099" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3100" = load i16, ptr %".3099", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3100", %"hsr_d1_vlan_tags2.linear"], [%".3119", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.136" = phi  ptr [%"data.103", %"hsr_d1_vlan_tags2.linear"], [%"data.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.103", %"hsr_d1_vlan_tags2.linear"], [%"data_end.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.103", %"hsr_d1_vlan_tags2.linear"], [%"keys.135", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3121" = getelementptr i8, ptr %"keys.136", i64 10
  store i16 %"w4_2.3", ptr %".3121", align 2
  %".3123" = add i64 %"cursor.42", 6
  %".3124" = trunc i64 %".3123" to i16
  %".3125" = getelementptr i8, ptr %"keys.136", i64 0
  store i16 %".3124", ptr %".3125", align 2
  %".3127" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3128" = zext i16 %".3127" to i64
  switch i64 %".3128", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
pppoe_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2006" = trunc i64 %"cursor.31" to i32
  %".2007" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2006", [40 x i8]* %"header_copy", i32 8)
  %".2008" = icmp eq i64 %".2007", 0
  %".2009" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2010" = load i32, ptr %".2009", align 4
  %".2011" = zext i32 %".2010" to i64
  %"data.104" = inttoptr i64 %".2011" to ptr
  %".2012" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2013" = load i32, ptr %".2012", align 4
  %".2014" = zext i32 %".2013" to i64
  %"data_end.104" = inttoptr i64 %".2014" to ptr
  %".2015" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.104" = load ptr, ptr %".2015", align 8
  %".2016" = xor i1 %".2008", -1
  br i1 %".2016", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2018" = trunc i64 %"cursor.31" to i16
  %".2019" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2018", ptr %".2019", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2022" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2023" = load volatile i8, [40 x i8]* %".2022", align 1
  %".2024" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2025" = load volatile i8, [40 x i8]* %".2024", align 1
  %".2026" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2027" = load volatile i16, [40 x i8]* %".2026", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2042" = trunc i64 %"cursor.31" to i16
  %".2043" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2042", ptr %".2043", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2046" = add i64 %"cursor.31", 8
  %".2047" = trunc i64 %".2046" to i16
  %".2048" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2047", ptr %".2048", align 2
  %".2050" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2051" = zext i16 %".2050" to i64
  switch i64 %".2051", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.to_ipv4:
  %".2060" = trunc i64 2048 to i16
  %".2061" = call i16 @"llvm.bswap.i16"(i16 %".2060")
  %".2062" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2061", ptr %".2062", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2053" = and i64 %".2051", 257
  %".2054" = icmp eq i64 %".2053", 1
  br i1 %".2054", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv6:
  %".2065" = trunc i64 34525 to i16
  %".2066" = call i16 @"llvm.bswap.i16"(i16 %".2065")
  %".2067" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2066", ptr %".2067", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2070" = trunc i64 34887 to i16
  %".2071" = call i16 @"llvm.bswap.i16"(i16 %".2070")
  %".2072" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2071", ptr %".2072", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2075" = trunc i64 34888 to i16
  %".2076" = call i16 @"llvm.bswap.i16"(i16 %".2075")
  %".2077" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2076", ptr %".2077", align 2
  br label %"mpls_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2056" = trunc i64 %".2046" to i16
  %".2057" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2056", ptr %".2057", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2087" = trunc i64 %"cursor.32" to i32
  %".2088" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2087", [40 x i8]* %"header_copy", i32 6)
  %".2089" = icmp eq i64 %".2088", 0
  %".2090" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2091" = load i32, ptr %".2090", align 4
  %".2092" = zext i32 %".2091" to i64
  %"data.106" = inttoptr i64 %".2092" to ptr
  %".2093" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2094" = load i32, ptr %".2093", align 4
  %".2095" = zext i32 %".2094" to i64
  %"data_end.106" = inttoptr i64 %".2095" to ptr
  %".2096" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.106" = load ptr, ptr %".2096", align 8
  %".2097" = xor i1 %".2089", -1
  br i1 %".2097", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2099" = trunc i64 %"cursor.32" to i16
  %".2100" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2099", ptr %".2100", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2103" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2104" = load volatile i16, [40 x i8]* %".2103", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2115" = trunc i64 %".2108" to i16
  %".2116" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2115", ptr %".2116", align 2
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
  %".2145" = trunc i64 %"cursor.33" to i32
  %".2146" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2145", [40 x i8]* %"header_copy", i32 24)
  %".2147" = icmp eq i64 %".2146", 0
  %".2148" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2149" = load i32, ptr %".2148", align 4
  %".2150" = zext i32 %".2149" to i64
  %"data.108" = inttoptr i64 %".2150" to ptr
  %".2151" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2152" = load i32, ptr %".2151", align 4
  %".2153" = zext i32 %".2152" to i64
  %"data_end.108" = inttoptr i64 %".2153" to ptr
  %".2154" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.108" = load ptr, ptr %".2154", align 8
  %".2155" = xor i1 %".2147", -1
  br i1 %".2155", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2157" = trunc i64 %"cursor.33" to i16
  %".2158" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2157", ptr %".2158", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2161" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2162" = load volatile i8, [40 x i8]* %".2161", align 1
  %".2163" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2164" = load volatile i8, [40 x i8]* %".2163", align 1
  %".2165" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2166" = load volatile i16, [40 x i8]* %".2165", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2175" = trunc i64 %"cursor.33" to i16
  %".2176" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2175", ptr %".2176", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2179" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %"w22_2.1", ptr %".2179", align 2
  %".2181" = add i64 %"cursor.33", 24
  %".2182" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2183" = zext i16 %".2182" to i64
  switch i64 %".2183", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.to_ipv4:
  %".2189" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2189", align 1
  %".2191" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.33" = load volatile i32, ptr %".2191", align 4
  %".2192" = and i32 %"flags.33", 4
  %".2193" = icmp ne i32 %".2192", 0
  br i1 %".2193", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.unknown:
  %".2185" = trunc i64 %".2181" to i16
  %".2186" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2185", ptr %".2186", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2203" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2203", align 1
  %".2205" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.34" = load volatile i32, ptr %".2205", align 4
  %".2206" = and i32 %"flags.34", 4
  %".2207" = icmp ne i32 %".2206", 0
  br i1 %".2207", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2217" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2217", align 1
  %".2219" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.35" = load volatile i32, ptr %".2219", align 4
  %".2220" = and i32 %"flags.35", 4
  %".2221" = icmp ne i32 %".2220", 0
  br i1 %".2221", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2231" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2231", align 1
  %".2233" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.36" = load volatile i32, ptr %".2233", align 4
  %".2234" = and i32 %"flags.36", 4
  %".2235" = icmp ne i32 %".2234", 0
  br i1 %".2235", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2245" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2245", align 1
  %".2247" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.37" = load volatile i32, ptr %".2247", align 4
  %".2248" = and i32 %"flags.37", 4
  %".2249" = icmp ne i32 %".2248", 0
  br i1 %".2249", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2259" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2259", align 1
  %".2261" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.38" = load volatile i32, ptr %".2261", align 4
  %".2262" = and i32 %"flags.38", 4
  %".2263" = icmp ne i32 %".2262", 0
  br i1 %".2263", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2273" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2273", align 1
  %".2275" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.39" = load volatile i32, ptr %".2275", align 4
  %".2276" = and i32 %"flags.39", 4
  %".2277" = icmp ne i32 %".2276", 0
  br i1 %".2277", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2287" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2287", align 1
  %".2289" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.40" = load volatile i32, ptr %".2289", align 4
  %".2290" = and i32 %"flags.40", 4
  %".2291" = icmp ne i32 %".2290", 0
  br i1 %".2291", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2301" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2301", align 1
  %".2303" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.41" = load volatile i32, ptr %".2303", align 4
  %".2304" = and i32 %"flags.41", 4
  %".2305" = icmp ne i32 %".2304", 0
  br i1 %".2305", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2315" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2315", align 1
  %".2317" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.42" = load volatile i32, ptr %".2317", align 4
  %".2318" = and i32 %"flags.42", 4
  %".2319" = icmp ne i32 %".2318", 0
  br i1 %".2319", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2329" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2329", align 1
  %".2331" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.43" = load volatile i32, ptr %".2331", align 4
  %".2332" = and i32 %"flags.43", 4
  %".2333" = icmp ne i32 %".2332", 0
  br i1 %".2333", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2343" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2343", align 1
  %".2345" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.44" = load volatile i32, ptr %".2345", align 4
  %".2346" = and i32 %"flags.44", 4
  %".2347" = icmp ne i32 %".2346", 0
  br i1 %".2347", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2357" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2357", align 1
  %".2359" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.45" = load volatile i32, ptr %".2359", align 4
  %".2360" = and i32 %"flags.45", 4
  %".2361" = icmp ne i32 %".2360", 0
  br i1 %".2361", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2371" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2371", align 1
  %".2373" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.46" = load volatile i32, ptr %".2373", align 4
  %".2374" = and i32 %"flags.46", 4
  %".2375" = icmp ne i32 %".2374", 0
  br i1 %".2375", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2385" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2385", align 1
  %".2387" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.47" = load volatile i32, ptr %".2387", align 4
  %".2388" = and i32 %"flags.47", 4
  %".2389" = icmp ne i32 %".2388", 0
  br i1 %".2389", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2399" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2399", align 1
  %".2401" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.48" = load volatile i32, ptr %".2401", align 4
  %".2402" = and i32 %"flags.48", 4
  %".2403" = icmp ne i32 %".2402", 0
  br i1 %".2403", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2195" = trunc i64 %".2181" to i16
  %".2196" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2195", ptr %".2196", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2199" = trunc i64 %".2181" to i16
  %".2200" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2199", ptr %".2200", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2209" = trunc i64 %".2181" to i16
  %".2210" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2209", ptr %".2210", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2213" = trunc i64 %".2181" to i16
  %".2214" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2213", ptr %".2214", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2223" = trunc i64 %".2181" to i16
  %".2224" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2223", ptr %".2224", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2227" = trunc i64 %".2181" to i16
  %".2228" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2227", ptr %".2228", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2237" = trunc i64 %".2181" to i16
  %".2238" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2237", ptr %".2238", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2241" = trunc i64 %".2181" to i16
  %".2242" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2241", ptr %".2242", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2251" = trunc i64 %".2181" to i16
  %".2252" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2251", ptr %".2252", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2255" = trunc i64 %".2181" to i16
  %".2256" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2255", ptr %".2256", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2265" = trunc i64 %".2181" to i16
  %".2266" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2265", ptr %".2266", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2269" = trunc i64 %".2181" to i16
  %".2270" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2269", ptr %".2270", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2279" = trunc i64 %".2181" to i16
  %".2280" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2279", ptr %".2280", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2283" = trunc i64 %".2181" to i16
  %".2284" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2283", ptr %".2284", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2293" = trunc i64 %".2181" to i16
  %".2294" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2293", ptr %".2294", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2297" = trunc i64 %".2181" to i16
  %".2298" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2297", ptr %".2298", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2307" = trunc i64 %".2181" to i16
  %".2308" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2307", ptr %".2308", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2311" = trunc i64 %".2181" to i16
  %".2312" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2311", ptr %".2312", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2321" = trunc i64 %".2181" to i16
  %".2322" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2321", ptr %".2322", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2325" = trunc i64 %".2181" to i16
  %".2326" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2325", ptr %".2326", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2335" = trunc i64 %".2181" to i16
  %".2336" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2335", ptr %".2336", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2339" = trunc i64 %".2181" to i16
  %".2340" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2339", ptr %".2340", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2349" = trunc i64 %".2181" to i16
  %".2350" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2349", ptr %".2350", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2353" = trunc i64 %".2181" to i16
  %".2354" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2353", ptr %".2354", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2363" = trunc i64 %".2181" to i16
  %".2364" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2363", ptr %".2364", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2367" = trunc i64 %".2181" to i16
  %".2368" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2367", ptr %".2368", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2377" = trunc i64 %".2181" to i16
  %".2378" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2377", ptr %".2378", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2381" = trunc i64 %".2181" to i16
  %".2382" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2381", ptr %".2382", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2391" = trunc i64 %".2181" to i16
  %".2392" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2391", ptr %".2392", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2395" = trunc i64 %".2181" to i16
  %".2396" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2395", ptr %".2396", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2405" = trunc i64 %".2181" to i16
  %".2406" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2405", ptr %".2406", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2409" = trunc i64 %".2181" to i16
  %".2410" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2409", ptr %".2410", align 2
  br label %"return"
gre_d0.variable:
  %".2419" = zext i8 %"w0_1.3" to i64
  %".2420" = lshr i64 %".2419", 7
  %".2421" = and i64 %".2420", 1
  %".2422" = zext i8 %"w0_1.3" to i64
  %".2423" = lshr i64 %".2422", 5
  %".2424" = and i64 %".2423", 1
  %".2425" = add i64 %".2421", %".2424"
  %".2426" = zext i8 %"w0_1.3" to i64
  %".2427" = lshr i64 %".2426", 4
  %".2428" = and i64 %".2427", 1
  %".2429" = add i64 %".2425", %".2428"
  %".2430" = mul i64 %".2429", 4
  %".2431" = add i64 %".2430", 4
  %".2432" = getelementptr i8, ptr %"data.68", i64 %"cursor.34"
  %".2433" = getelementptr i8, ptr %".2432", i64 %".2431"
  %".2434" = icmp ugt ptr %".2433", %"data_end.68"
  br i1 %".2434", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.111" = phi  ptr [%"data.68", %"gre_d0.variable"], [%"data.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.68", %"gre_d0.variable"], [%"data_end.110", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.68", %"gre_d0.variable"], [%"keys.110", %"gre_d0.copy_last_byte_failed.endif"]
  %".2455" = add i64 %"cursor.34", %".2431"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".2436" = add i64 %"cursor.34", %".2431"
  %".2437" = sub i64 %".2436", 1
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2438" = trunc i64 %".2437" to i32
  %".2439" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2438", i64* %"last_byte", i32 1)
  %".2440" = icmp eq i64 %".2439", 0
  %".2441" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2442" = load i32, ptr %".2441", align 4
  %".2443" = zext i32 %".2442" to i64
  %"data.110" = inttoptr i64 %".2443" to ptr
  %".2444" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2445" = load i32, ptr %".2444", align 4
  %".2446" = zext i32 %".2445" to i64
  %"data_end.110" = inttoptr i64 %".2446" to ptr
  %".2447" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.110" = load ptr, ptr %".2447", align 8
  %".2448" = xor i1 %".2440", -1
  br i1 %".2448", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".2450" = trunc i64 %"cursor.34" to i16
  %".2451" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2450", ptr %".2451", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".2463" = trunc i64 %"end.2" to i16
  %".2464" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2463", ptr %".2464", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".2467" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".2468" = zext i16 %".2467" to i64
  switch i64 %".2468", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !4
gre_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.unknown:
  %".2470" = trunc i64 %"end.2" to i16
  %".2471" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2470", ptr %".2471", align 2
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
  %"cursor.43" = phi  i64 [%"end.2", %"gre_d0.to_ethernet"], [%".4394", %"widening.test.11"]
  %"data.113" = phi  ptr [%"data.112", %"gre_d0.to_ethernet"], [%"data.175", %"widening.test.11"]
  %"data_end.113" = phi  ptr [%"data_end.112", %"gre_d0.to_ethernet"], [%"data_end.175", %"widening.test.11"]
  %"keys.113" = phi  ptr [%"keys.112", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.11"]
  %"hdr.37" = getelementptr i8, ptr %"data.113", i64 %"cursor.43"
  %".3162" = getelementptr i8, ptr %"hdr.37", i64 14
  %".3163" = icmp ugt ptr %".3162", %"data_end.113"
  br i1 %".3163", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3165" = getelementptr i8, ptr %"hdr.37", i64 12
  %".3166" = load i16, ptr %".3165", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3166", %"ethernet_d1.linear"], [%".3185", %"ethernet_d1.copy_failed.endif"]
  %"data.138" = phi  ptr [%"data.113", %"ethernet_d1.linear"], [%"data.137", %"ethernet_d1.copy_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.113", %"ethernet_d1.linear"], [%"data_end.137", %"ethernet_d1.copy_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.113", %"ethernet_d1.linear"], [%"keys.137", %"ethernet_d1.copy_failed.endif"]
  %".3187" = getelementptr i8, ptr %"keys.138", i64 10
  store i16 %"w12_2", ptr %".3187", align 2
  %".3189" = add i64 %"cursor.43", 14
  %".3190" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".3191" = zext i16 %".3190" to i64
  switch i64 %".3191", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
pptp_d0.stop_before:
  %".2500" = trunc i64 %"cursor.35" to i16
  %".2501" = getelementptr i8, ptr %"keys.69", i64 2
  store i16 %".2500", ptr %".2501", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".2526" = add i64 %"cursor.35", %".2521"
  %".2527" = sub i64 %".2526", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2528" = trunc i64 %".2527" to i32
  %".2529" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2528", i64* %"last_byte", i32 1)
  %".2530" = icmp eq i64 %".2529", 0
  %".2531" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2532" = load i32, ptr %".2531", align 4
  %".2533" = zext i32 %".2532" to i64
  %"data.114" = inttoptr i64 %".2533" to ptr
  %".2534" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2535" = load i32, ptr %".2534", align 4
  %".2536" = zext i32 %".2535" to i64
  %"data_end.114" = inttoptr i64 %".2536" to ptr
  %".2537" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.114" = load ptr, ptr %".2537", align 8
  %".2538" = xor i1 %".2530", -1
  br i1 %".2538", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".2540" = trunc i64 %"cursor.35" to i16
  %".2541" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2540", ptr %".2541", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".2550" = trunc i64 %"end.3" to i16
  %".2551" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2550", ptr %".2551", align 2
  br label %"return"
gre_version_d1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2565" = trunc i64 %"cursor.36" to i32
  %".2566" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2565", [40 x i8]* %"header_copy", i32 4)
  %".2567" = icmp eq i64 %".2566", 0
  %".2568" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2569" = load i32, ptr %".2568", align 4
  %".2570" = zext i32 %".2569" to i64
  %"data.117" = inttoptr i64 %".2570" to ptr
  %".2571" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2572" = load i32, ptr %".2571", align 4
  %".2573" = zext i32 %".2572" to i64
  %"data_end.117" = inttoptr i64 %".2573" to ptr
  %".2574" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.117" = load ptr, ptr %".2574", align 8
  %".2575" = xor i1 %".2567", -1
  br i1 %".2575", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".2577" = trunc i64 %"cursor.36" to i16
  %".2578" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2577", ptr %".2578", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".2581" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2582" = load volatile i8, [40 x i8]* %".2581", align 1
  %".2583" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2584" = load volatile i8, [40 x i8]* %".2583", align 1
  %".2585" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2586" = load volatile i16, [40 x i8]* %".2585", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".2597" = trunc i64 %"cursor.36" to i16
  %".2598" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2597", ptr %".2598", align 2
  br label %"return"
gre_version_d1.unknown:
  %".2606" = trunc i64 %"cursor.36" to i16
  %".2607" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2606", ptr %".2607", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
pptp_d1:
  %"cursor.46" = phi  i64 [%"cursor.36", %"gre_version_d1.to_pptp"]
  %"data.120" = phi  ptr [%"data.118", %"gre_version_d1.to_pptp"]
  %"data_end.120" = phi  ptr [%"data_end.118", %"gre_version_d1.to_pptp"]
  %"keys.120" = phi  ptr [%"keys.118", %"gre_version_d1.to_pptp"]
  %".3423" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3424" = zext i16 %".3423" to i64
  %".3425" = icmp ne i64 %".3424", 34827
  %".3426" = zext i8 %"w0_1.9" to i64
  %".3427" = lshr i64 %".3426", 5
  %".3428" = and i64 %".3427", 1
  %".3429" = icmp eq i64 %".3428", 0
  %".3430" = or i1 %".3425", %".3429"
  br i1 %".3430", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".3436" = add i64 %"cursor.46", 4
  %".3437" = zext i8 %"w0_1.9" to i64
  %".3438" = lshr i64 %".3437", 7
  %".3439" = and i64 %".3438", 1
  %".3440" = zext i8 %"w0_1.9" to i64
  %".3441" = lshr i64 %".3440", 5
  %".3442" = and i64 %".3441", 1
  %".3443" = add i64 %".3439", %".3442"
  %".3444" = zext i8 %"w0_1.9" to i64
  %".3445" = lshr i64 %".3444", 4
  %".3446" = and i64 %".3445", 1
  %".3447" = add i64 %".3443", %".3446"
  %".3448" = zext i8 %"w1_1.6" to i64
  %".3449" = lshr i64 %".3448", 7
  %".3450" = and i64 %".3449", 1
  %".3451" = add i64 %".3447", %".3450"
  %".3452" = mul i64 %".3451", 4
  %".3453" = add i64 %".3452", 4
  %".3454" = getelementptr i8, ptr %"data.120", i64 %"cursor.46"
  %".3455" = getelementptr i8, ptr %".3454", i64 %".3453"
  %".3456" = icmp ugt ptr %".3455", %"data_end.120"
  br i1 %".3456", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.146" = phi  ptr [%"data.120", %"pptp_d1.stop_before.endif"], [%"data.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.120", %"pptp_d1.stop_before.endif"], [%"data_end.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.120", %"pptp_d1.stop_before.endif"], [%"keys.145", %"pptp_d1.copy_last_byte_failed.endif"]
  %".3477" = add i64 %"cursor.46", %".3453"
  %".3478" = add i64 %"cursor.46", 8
  %".3479" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3478")
  %".3480" = icmp eq i64 %".3452", 4
  %"end.5" = select  i1 %".3480", i64 %".3479", i64 %".3477"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.52" = phi  i64 [%"end.5", %"pptp_d1.to_ppp"]
  %"data.147" = phi  ptr [%"data.146", %"pptp_d1.to_ppp"]
  %"data_end.147" = phi  ptr [%"data_end.146", %"pptp_d1.to_ppp"]
  %"keys.147" = phi  ptr [%"keys.146", %"pptp_d1.to_ppp"]
  %"hdr.43" = getelementptr i8, ptr %"data.147", i64 %"cursor.52"
  %".3934" = getelementptr i8, ptr %"hdr.43", i64 4
  %".3935" = icmp ugt ptr %".3934", %"data_end.147"
  br i1 %".3935", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".3937" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3938" = load i16, ptr %".3937", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.12" = phi  i16 [%".3938", %"ppp_d1.linear"], [%".3957", %"ppp_d1.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.147", %"ppp_d1.linear"], [%"data.158", %"ppp_d1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.147", %"ppp_d1.linear"], [%"data_end.158", %"ppp_d1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.147", %"ppp_d1.linear"], [%"keys.158", %"ppp_d1.copy_failed.endif"]
  %".3959" = add i64 %"cursor.52", 4
  %".3960" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3961" = zext i16 %".3960" to i64
  switch i64 %".3961", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ppp_d1.to_ipv4:
  %".3970" = trunc i64 2048 to i16
  %".3971" = call i16 @"llvm.bswap.i16"(i16 %".3970")
  %".3972" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".3971", ptr %".3972", align 2
  %".3974" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".3974", align 1
  %".3976" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.74" = load volatile i32, ptr %".3976", align 4
  %".3977" = and i32 %"flags.74", 4
  %".3978" = icmp ne i32 %".3977", 0
  br i1 %".3978", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2620" = trunc i64 %"cursor.37" to i32
  %".2621" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2620", [40 x i8]* %"header_copy", i32 2)
  %".2622" = icmp eq i64 %".2621", 0
  %".2623" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2624" = load i32, ptr %".2623", align 4
  %".2625" = zext i32 %".2624" to i64
  %"data.121" = inttoptr i64 %".2625" to ptr
  %".2626" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2627" = load i32, ptr %".2626", align 4
  %".2628" = zext i32 %".2627" to i64
  %"data_end.121" = inttoptr i64 %".2628" to ptr
  %".2629" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.121" = load ptr, ptr %".2629", align 8
  %".2630" = xor i1 %".2622", -1
  br i1 %".2630", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".2632" = trunc i64 %"cursor.37" to i16
  %".2633" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2632", ptr %".2633", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".2636" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2637" = load volatile i8, [40 x i8]* %".2636", align 1
  %".2638" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2639" = load volatile i8, [40 x i8]* %".2638", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".2651" = trunc i64 %".2648" to i16
  %".2652" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2651", ptr %".2652", align 2
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
  %".2668" = trunc i64 34887 to i16
  %".2669" = call i16 @"llvm.bswap.i16"(i16 %".2668")
  %".2670" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2669", ptr %".2670", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".2673" = trunc i64 2048 to i16
  %".2674" = call i16 @"llvm.bswap.i16"(i16 %".2673")
  %".2675" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2674", ptr %".2675", align 2
  %".2677" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2677", align 1
  %".2679" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.50" = load volatile i32, ptr %".2679", align 4
  %".2680" = and i32 %"flags.50", 4
  %".2681" = icmp ne i32 %".2680", 0
  br i1 %".2681", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".2691" = trunc i64 34525 to i16
  %".2692" = call i16 @"llvm.bswap.i16"(i16 %".2691")
  %".2693" = getelementptr i8, ptr %"keys.122", i64 10
  store i16 %".2692", ptr %".2693", align 2
  %".2695" = getelementptr i8, ptr %"keys.122", i64 8
  store i8 1, ptr %".2695", align 1
  %".2697" = getelementptr i8, ptr %"keys.122", i64 48
  %"flags.51" = load volatile i32, ptr %".2697", align 4
  %".2698" = and i32 %"flags.51", 4
  %".2699" = icmp ne i32 %".2698", 0
  br i1 %".2699", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.47" = phi  i64 [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".4548", %"widening.test.25"]
  %"data.123" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.189", %"widening.test.25"]
  %"data_end.123" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.189", %"widening.test.25"]
  %"keys.123" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.25"]
  %"hdr.39" = getelementptr i8, ptr %"data.123", i64 %"cursor.47"
  %".3487" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3488" = icmp ugt ptr %".3487", %"data_end.123"
  br i1 %".3488", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".3490" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3491" = load i8, ptr %".3490", align 1
  %".3492" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3493" = load i8, ptr %".3492", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.14" = phi  i8 [%".3491", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3512", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3493", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".3514", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.149" = phi  ptr [%"data.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.149" = phi  ptr [%"data_end.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.149" = phi  ptr [%"keys.123", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.148", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".3516" = getelementptr i8, ptr %"keys.149", i64 9
  store i8 %"w0_1.14", ptr %".3516", align 1
  %".3518" = add i64 %"cursor.47", 2
  %".3519" = zext i8 %"w1_1.9" to i64
  %".3520" = mul i64 %".3519", 8
  %".3521" = add i64 %".3520", 6
  %".3522" = add i64 %".3521", 2
  %".3523" = add i64 %"cursor.47", %".3522"
  %".3524" = zext i8 %"w0_1.14" to i64
  switch i64 %".3524", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.48" = phi  i64 [%".2648", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".2740", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".4537", %"widening.test.24"]
  %"data.124" = phi  ptr [%"data.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.188", %"widening.test.24"]
  %"data_end.124" = phi  ptr [%"data_end.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.188", %"widening.test.24"]
  %"keys.124" = phi  ptr [%"keys.122", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.126", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.24"]
  %"hdr.40" = getelementptr i8, ptr %"data.124", i64 %"cursor.48"
  %".3584" = getelementptr i8, ptr %"hdr.40", i64 8
  %".3585" = icmp ugt ptr %".3584", %"data_end.124"
  br i1 %".3585", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".3587" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3588" = load i8, ptr %".3587", align 1
  %".3589" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3590" = load i16, ptr %".3589", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.15" = phi  i8 [%".3588", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3609", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".3590", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".3611", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.124", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.152", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".3613" = getelementptr i8, ptr %"keys.153", i64 9
  store i8 %"w0_1.15", ptr %".3613", align 1
  %".3615" = add i64 %"cursor.48", 8
  %".3616" = icmp ne i64 1, 0
  %".3617" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3618" = zext i16 %".3617" to i64
  %".3619" = and i64 %".3618", 65528
  %".3620" = icmp eq i64 %".3619", 0
  br i1 %".3616", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".3642" = zext i8 %"w0_1.15" to i64
  switch i64 %".3642", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".2683" = trunc i64 %".2648" to i16
  %".2684" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2683", ptr %".2684", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".2687" = trunc i64 %".2648" to i16
  %".2688" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2687", ptr %".2688", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".2701" = trunc i64 %".2648" to i16
  %".2702" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2701", ptr %".2702", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2705" = trunc i64 %".2648" to i16
  %".2706" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2705", ptr %".2706", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2717" = trunc i64 %"cursor.38" to i32
  %".2718" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2717", [40 x i8]* %"header_copy", i32 8)
  %".2719" = icmp eq i64 %".2718", 0
  %".2720" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2721" = load i32, ptr %".2720", align 4
  %".2722" = zext i32 %".2721" to i64
  %"data.125" = inttoptr i64 %".2722" to ptr
  %".2723" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2724" = load i32, ptr %".2723", align 4
  %".2725" = zext i32 %".2724" to i64
  %"data_end.125" = inttoptr i64 %".2725" to ptr
  %".2726" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.125" = load ptr, ptr %".2726", align 8
  %".2727" = xor i1 %".2719", -1
  br i1 %".2727", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".2729" = trunc i64 %"cursor.38" to i16
  %".2730" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2729", ptr %".2730", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".2733" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2734" = load volatile i8, [40 x i8]* %".2733", align 1
  %".2735" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2736" = load volatile i16, [40 x i8]* %".2735", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".2747" = getelementptr i8, ptr %"keys.126", i64 6
  store i8 1, ptr %".2747", align 1
  br i1 %".2745", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".2750" = getelementptr i8, ptr %"keys.126", i64 7
  store i8 1, ptr %".2750", align 1
  %".2752" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.52" = load volatile i32, ptr %".2752", align 4
  %".2753" = and i32 %"flags.52", 1
  %".2754" = icmp ne i32 %".2753", 0
  %".2755" = xor i1 %".2754", -1
  br i1 %".2755", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".2762" = trunc i64 %".2740" to i16
  %".2763" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2762", ptr %".2763", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".2757" = trunc i64 %".2740" to i16
  %".2758" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2757", ptr %".2758", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".2769" = trunc i64 %".2740" to i16
  %".2770" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2769", ptr %".2770", align 2
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
  %".2786" = trunc i64 34887 to i16
  %".2787" = call i16 @"llvm.bswap.i16"(i16 %".2786")
  %".2788" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".2787", ptr %".2788", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".2791" = trunc i64 2048 to i16
  %".2792" = call i16 @"llvm.bswap.i16"(i16 %".2791")
  %".2793" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".2792", ptr %".2793", align 2
  %".2795" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".2795", align 1
  %".2797" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.53" = load volatile i32, ptr %".2797", align 4
  %".2798" = and i32 %"flags.53", 4
  %".2799" = icmp ne i32 %".2798", 0
  br i1 %".2799", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".2809" = trunc i64 34525 to i16
  %".2810" = call i16 @"llvm.bswap.i16"(i16 %".2809")
  %".2811" = getelementptr i8, ptr %"keys.126", i64 10
  store i16 %".2810", ptr %".2811", align 2
  %".2813" = getelementptr i8, ptr %"keys.126", i64 8
  store i8 1, ptr %".2813", align 1
  %".2815" = getelementptr i8, ptr %"keys.126", i64 48
  %"flags.54" = load volatile i32, ptr %".2815", align 4
  %".2816" = and i32 %"flags.54", 4
  %".2817" = icmp ne i32 %".2816", 0
  br i1 %".2817", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".2801" = trunc i64 %".2740" to i16
  %".2802" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2801", ptr %".2802", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".2805" = trunc i64 %".2740" to i16
  %".2806" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2805", ptr %".2806", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".2819" = trunc i64 %".2740" to i16
  %".2820" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2819", ptr %".2820", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".2823" = trunc i64 %".2740" to i16
  %".2824" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2823", ptr %".2824", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2835" = trunc i64 %"cursor.39" to i32
  %".2836" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2835", [40 x i8]* %"header_copy", i32 2)
  %".2837" = icmp eq i64 %".2836", 0
  %".2838" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2839" = load i32, ptr %".2838", align 4
  %".2840" = zext i32 %".2839" to i64
  %"data.127" = inttoptr i64 %".2840" to ptr
  %".2841" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2842" = load i32, ptr %".2841", align 4
  %".2843" = zext i32 %".2842" to i64
  %"data_end.127" = inttoptr i64 %".2843" to ptr
  %".2844" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.127" = load ptr, ptr %".2844", align 8
  %".2845" = xor i1 %".2837", -1
  br i1 %".2845", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".2847" = trunc i64 %"cursor.39" to i16
  %".2848" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2847", ptr %".2848", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".2851" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2852" = load volatile i8, [40 x i8]* %".2851", align 1
  %".2853" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2854" = load volatile i8, [40 x i8]* %".2853", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".2866" = trunc i64 %".2863" to i16
  %".2867" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2866", ptr %".2867", align 2
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
  %".2883" = trunc i64 34887 to i16
  %".2884" = call i16 @"llvm.bswap.i16"(i16 %".2883")
  %".2885" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".2884", ptr %".2885", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".2888" = trunc i64 2048 to i16
  %".2889" = call i16 @"llvm.bswap.i16"(i16 %".2888")
  %".2890" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".2889", ptr %".2890", align 2
  %".2892" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".2892", align 1
  %".2894" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.55" = load volatile i32, ptr %".2894", align 4
  %".2895" = and i32 %"flags.55", 4
  %".2896" = icmp ne i32 %".2895", 0
  br i1 %".2896", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".2903" = trunc i64 34525 to i16
  %".2904" = call i16 @"llvm.bswap.i16"(i16 %".2903")
  %".2905" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".2904", ptr %".2905", align 2
  %".2907" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".2907", align 1
  %".2909" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.56" = load volatile i32, ptr %".2909", align 4
  %".2910" = and i32 %"flags.56", 4
  %".2911" = icmp ne i32 %".2910", 0
  br i1 %".2911", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.49" = phi  i64 [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".4361", %"widening.test.8"]
  %"data.129" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.172", %"widening.test.8"]
  %"data_end.129" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.172", %"widening.test.8"]
  %"keys.129" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.41" = getelementptr i8, ptr %"data.129", i64 %"cursor.49"
  %".3702" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3703" = icmp ugt ptr %".3702", %"data_end.129"
  br i1 %".3703", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".3705" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3706" = load i8, ptr %".3705", align 1
  %".3707" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3708" = load i8, ptr %".3707", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.16" = phi  i8 [%".3706", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3727", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3708", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".3729", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.155" = phi  ptr [%"data.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.129", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.154", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".3731" = getelementptr i8, ptr %"keys.155", i64 9
  store i8 %"w0_1.16", ptr %".3731", align 1
  %".3733" = add i64 %"cursor.49", 2
  %".3734" = zext i8 %"w1_1.10" to i64
  %".3735" = mul i64 %".3734", 8
  %".3736" = add i64 %".3735", 6
  %".3737" = add i64 %".3736", 2
  %".3738" = add i64 %"cursor.49", %".3737"
  %".3739" = zext i8 %"w0_1.16" to i64
  switch i64 %".3739", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.50" = phi  i64 [%".2863", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".2949", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".4350", %"widening.test.7"]
  %"data.130" = phi  ptr [%"data.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.171", %"widening.test.7"]
  %"data_end.130" = phi  ptr [%"data_end.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.171", %"widening.test.7"]
  %"keys.130" = phi  ptr [%"keys.128", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.132", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.42" = getelementptr i8, ptr %"data.130", i64 %"cursor.50"
  %".3805" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3806" = icmp ugt ptr %".3805", %"data_end.130"
  br i1 %".3806", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".3808" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3809" = load i8, ptr %".3808", align 1
  %".3810" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3811" = load i16, ptr %".3810", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.17" = phi  i8 [%".3809", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3830", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.11" = phi  i16 [%".3811", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".3832", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.130", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.156", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".3834" = getelementptr i8, ptr %"keys.157", i64 9
  store i8 %"w0_1.17", ptr %".3834", align 1
  %".3836" = add i64 %"cursor.50", 8
  %".3837" = icmp ne i64 1, 0
  %".3838" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".3839" = zext i16 %".3838" to i64
  %".3840" = and i64 %".3839", 65528
  %".3841" = icmp eq i64 %".3840", 0
  br i1 %".3837", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".3863" = zext i8 %"w0_1.17" to i64
  switch i64 %".3863", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".2898" = trunc i64 %".2863" to i16
  %".2899" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2898", ptr %".2899", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".2913" = trunc i64 %".2863" to i16
  %".2914" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2913", ptr %".2914", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2926" = trunc i64 %"cursor.40" to i32
  %".2927" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2926", [40 x i8]* %"header_copy", i32 8)
  %".2928" = icmp eq i64 %".2927", 0
  %".2929" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2930" = load i32, ptr %".2929", align 4
  %".2931" = zext i32 %".2930" to i64
  %"data.131" = inttoptr i64 %".2931" to ptr
  %".2932" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2933" = load i32, ptr %".2932", align 4
  %".2934" = zext i32 %".2933" to i64
  %"data_end.131" = inttoptr i64 %".2934" to ptr
  %".2935" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.131" = load ptr, ptr %".2935", align 8
  %".2936" = xor i1 %".2928", -1
  br i1 %".2936", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".2938" = trunc i64 %"cursor.40" to i16
  %".2939" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2938", ptr %".2939", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".2942" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2943" = load volatile i8, [40 x i8]* %".2942", align 1
  %".2944" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2945" = load volatile i16, [40 x i8]* %".2944", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".2956" = getelementptr i8, ptr %"keys.132", i64 6
  store i8 1, ptr %".2956", align 1
  br i1 %".2954", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".2959" = getelementptr i8, ptr %"keys.132", i64 7
  store i8 1, ptr %".2959", align 1
  %".2961" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.57" = load volatile i32, ptr %".2961", align 4
  %".2962" = and i32 %"flags.57", 1
  %".2963" = icmp ne i32 %".2962", 0
  %".2964" = xor i1 %".2963", -1
  br i1 %".2964", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".2971" = trunc i64 %".2949" to i16
  %".2972" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2971", ptr %".2972", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".2966" = trunc i64 %".2949" to i16
  %".2967" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2966", ptr %".2967", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".2978" = trunc i64 %".2949" to i16
  %".2979" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2978", ptr %".2979", align 2
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
  %".2995" = trunc i64 34887 to i16
  %".2996" = call i16 @"llvm.bswap.i16"(i16 %".2995")
  %".2997" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".2996", ptr %".2997", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3000" = trunc i64 2048 to i16
  %".3001" = call i16 @"llvm.bswap.i16"(i16 %".3000")
  %".3002" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3001", ptr %".3002", align 2
  %".3004" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3004", align 1
  %".3006" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.58" = load volatile i32, ptr %".3006", align 4
  %".3007" = and i32 %"flags.58", 4
  %".3008" = icmp ne i32 %".3007", 0
  br i1 %".3008", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3015" = trunc i64 34525 to i16
  %".3016" = call i16 @"llvm.bswap.i16"(i16 %".3015")
  %".3017" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3016", ptr %".3017", align 2
  %".3019" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3019", align 1
  %".3021" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.59" = load volatile i32, ptr %".3021", align 4
  %".3022" = and i32 %"flags.59", 4
  %".3023" = icmp ne i32 %".3022", 0
  br i1 %".3023", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3010" = trunc i64 %".2949" to i16
  %".3011" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3010", ptr %".3011", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3025" = trunc i64 %".2949" to i16
  %".3026" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3025", ptr %".3026", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3036" = trunc i64 %"cursor.41" to i32
  %".3037" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3036", [40 x i8]* %"header_copy", i32 4)
  %".3038" = icmp eq i64 %".3037", 0
  %".3039" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3040" = load i32, ptr %".3039", align 4
  %".3041" = zext i32 %".3040" to i64
  %"data.133" = inttoptr i64 %".3041" to ptr
  %".3042" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3043" = load i32, ptr %".3042", align 4
  %".3044" = zext i32 %".3043" to i64
  %"data_end.133" = inttoptr i64 %".3044" to ptr
  %".3045" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.133" = load ptr, ptr %".3045", align 8
  %".3046" = xor i1 %".3038", -1
  br i1 %".3046", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3048" = trunc i64 %"cursor.41" to i16
  %".3049" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3048", ptr %".3049", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3052" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3053" = load volatile i16, [40 x i8]* %".3052", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3064" = trunc i64 %".3057" to i16
  %".3065" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3064", ptr %".3065", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3070" = trunc i64 %".3057" to i16
  %".3071" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3070", ptr %".3071", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3074" = trunc i64 %".3057" to i16
  %".3075" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3074", ptr %".3075", align 2
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
  %".3087" = trunc i64 %".3057" to i16
  %".3088" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3087", ptr %".3088", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3091" = trunc i64 %".3057" to i16
  %".3092" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3091", ptr %".3092", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3102" = trunc i64 %"cursor.42" to i32
  %".3103" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3102", [40 x i8]* %"header_copy", i32 6)
  %".3104" = icmp eq i64 %".3103", 0
  %".3105" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3106" = load i32, ptr %".3105", align 4
  %".3107" = zext i32 %".3106" to i64
  %"data.135" = inttoptr i64 %".3107" to ptr
  %".3108" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3109" = load i32, ptr %".3108", align 4
  %".3110" = zext i32 %".3109" to i64
  %"data_end.135" = inttoptr i64 %".3110" to ptr
  %".3111" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.135" = load ptr, ptr %".3111", align 8
  %".3112" = xor i1 %".3104", -1
  br i1 %".3112", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3114" = trunc i64 %"cursor.42" to i16
  %".3115" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3114", ptr %".3115", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3118" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3119" = load volatile i16, [40 x i8]* %".3118", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3130" = trunc i64 %".3123" to i16
  %".3131" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3130", ptr %".3131", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3136" = trunc i64 %".3123" to i16
  %".3137" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3136", ptr %".3137", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3140" = trunc i64 %".3123" to i16
  %".3141" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3140", ptr %".3141", align 2
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
  %".3153" = trunc i64 %".3123" to i16
  %".3154" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3153", ptr %".3154", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3157" = trunc i64 %".3123" to i16
  %".3158" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3157", ptr %".3158", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
ethernet_d1.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3168" = trunc i64 %"cursor.43" to i32
  %".3169" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3168", [40 x i8]* %"header_copy", i32 14)
  %".3170" = icmp eq i64 %".3169", 0
  %".3171" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3172" = load i32, ptr %".3171", align 4
  %".3173" = zext i32 %".3172" to i64
  %"data.137" = inttoptr i64 %".3173" to ptr
  %".3174" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3175" = load i32, ptr %".3174", align 4
  %".3176" = zext i32 %".3175" to i64
  %"data_end.137" = inttoptr i64 %".3176" to ptr
  %".3177" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.137" = load ptr, ptr %".3177", align 8
  %".3178" = xor i1 %".3170", -1
  br i1 %".3178", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3180" = trunc i64 %"cursor.43" to i16
  %".3181" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3180", ptr %".3181", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3184" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3185" = load volatile i16, [40 x i8]* %".3184", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".3193" = trunc i64 %".3189" to i16
  %".3194" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3193", ptr %".3194", align 2
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
  %".3219" = trunc i64 %"cursor.44" to i32
  %".3220" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3219", [40 x i8]* %"header_copy", i32 4)
  %".3221" = icmp eq i64 %".3220", 0
  %".3222" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3223" = load i32, ptr %".3222", align 4
  %".3224" = zext i32 %".3223" to i64
  %"data.139" = inttoptr i64 %".3224" to ptr
  %".3225" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3226" = load i32, ptr %".3225", align 4
  %".3227" = zext i32 %".3226" to i64
  %"data_end.139" = inttoptr i64 %".3227" to ptr
  %".3228" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.139" = load ptr, ptr %".3228", align 8
  %".3229" = xor i1 %".3221", -1
  br i1 %".3229", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".3231" = trunc i64 %"cursor.44" to i16
  %".3232" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3231", ptr %".3232", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".3235" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3236" = load volatile i16, [40 x i8]* %".3235", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".3242" = and i64 %".3240", 0
  %".3243" = icmp eq i64 %".3242", 0
  br i1 %".3243", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv6:
  %".3264" = trunc i64 34525 to i16
  %".3265" = call i16 @"llvm.bswap.i16"(i16 %".3264")
  %".3266" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3265", ptr %".3266", align 2
  %".3268" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3268", align 1
  %".3270" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.61" = load volatile i32, ptr %".3270", align 4
  %".3271" = and i32 %"flags.61", 4
  %".3272" = icmp ne i32 %".3271", 0
  br i1 %".3272", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".3279" = trunc i64 34827 to i16
  %".3280" = call i16 @"llvm.bswap.i16"(i16 %".3279")
  %".3281" = getelementptr i8, ptr %"keys.140", i64 10
  store i16 %".3280", ptr %".3281", align 2
  %".3283" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3283", align 1
  %".3285" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.62" = load volatile i32, ptr %".3285", align 4
  %".3286" = and i32 %"flags.62", 4
  %".3287" = icmp ne i32 %".3286", 0
  br i1 %".3287", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".3245" = trunc i64 %".3238" to i16
  %".3246" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3245", ptr %".3246", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".3259" = trunc i64 %".3238" to i16
  %".3260" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3259", ptr %".3260", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".3274" = trunc i64 %".3238" to i16
  %".3275" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3274", ptr %".3275", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".3289" = trunc i64 %".3238" to i16
  %".3290" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3289", ptr %".3290", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.51" = phi  i64 [%".3238", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.141" = phi  ptr [%"data.140", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.141" = phi  ptr [%"data_end.140", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.141" = phi  ptr [%"keys.140", %"ppp_d0.stop_at_encap.endif.2"]
  %".3929" = add i64 %"cursor.51", 0
  %".3930" = trunc i64 %".3929" to i16
  %".3931" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3930", ptr %".3931", align 2
  br label %"return"
gre_d1.variable:
  %".3300" = zext i8 %"w0_1.9" to i64
  %".3301" = lshr i64 %".3300", 7
  %".3302" = and i64 %".3301", 1
  %".3303" = zext i8 %"w0_1.9" to i64
  %".3304" = lshr i64 %".3303", 5
  %".3305" = and i64 %".3304", 1
  %".3306" = add i64 %".3302", %".3305"
  %".3307" = zext i8 %"w0_1.9" to i64
  %".3308" = lshr i64 %".3307", 4
  %".3309" = and i64 %".3308", 1
  %".3310" = add i64 %".3306", %".3309"
  %".3311" = mul i64 %".3310", 4
  %".3312" = add i64 %".3311", 4
  %".3313" = getelementptr i8, ptr %"data.119", i64 %"cursor.45"
  %".3314" = getelementptr i8, ptr %".3313", i64 %".3312"
  %".3315" = icmp ugt ptr %".3314", %"data_end.119"
  br i1 %".3315", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.143" = phi  ptr [%"data.119", %"gre_d1.variable"], [%"data.142", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.143" = phi  ptr [%"data_end.119", %"gre_d1.variable"], [%"data_end.142", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.143" = phi  ptr [%"keys.119", %"gre_d1.variable"], [%"keys.142", %"gre_d1.copy_last_byte_failed.endif"]
  %".3336" = add i64 %"cursor.45", %".3312"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".3317" = add i64 %"cursor.45", %".3312"
  %".3318" = sub i64 %".3317", 1
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3319" = trunc i64 %".3318" to i32
  %".3320" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3319", i64* %"last_byte", i32 1)
  %".3321" = icmp eq i64 %".3320", 0
  %".3322" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3323" = load i32, ptr %".3322", align 4
  %".3324" = zext i32 %".3323" to i64
  %"data.142" = inttoptr i64 %".3324" to ptr
  %".3325" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3326" = load i32, ptr %".3325", align 4
  %".3327" = zext i32 %".3326" to i64
  %"data_end.142" = inttoptr i64 %".3327" to ptr
  %".3328" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.142" = load ptr, ptr %".3328", align 8
  %".3329" = xor i1 %".3321", -1
  br i1 %".3329", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".3331" = trunc i64 %"cursor.45" to i16
  %".3332" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3331", ptr %".3332", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".3344" = trunc i64 %"end.4" to i16
  %".3345" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3344", ptr %".3345", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".3348" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".3349" = zext i16 %".3348" to i64
  switch i64 %".3349", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !4
gre_d1.to_ipv4:
  %".3355" = trunc i64 %"end.4" to i16
  %".3356" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3355", ptr %".3356", align 2
  br label %"return"
gre_d1.unknown:
  %".3351" = trunc i64 %"end.4" to i16
  %".3352" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3351", ptr %".3352", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".3359" = trunc i64 %"end.4" to i16
  %".3360" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3359", ptr %".3360", align 2
  br label %"return"
gre_d1.to_vlan:
  %".3363" = trunc i64 %"end.4" to i16
  %".3364" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3363", ptr %".3364", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".3367" = trunc i64 %"end.4" to i16
  %".3368" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3367", ptr %".3368", align 2
  br label %"return"
gre_d1.to_mpls:
  %".3371" = trunc i64 %"end.4" to i16
  %".3372" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3371", ptr %".3372", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".3375" = trunc i64 %"end.4" to i16
  %".3376" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3375", ptr %".3376", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".3379" = trunc i64 %"end.4" to i16
  %".3380" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3379", ptr %".3380", align 2
  br label %"return"
gre_d1.to_arp:
  %".3383" = trunc i64 %"end.4" to i16
  %".3384" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3383", ptr %".3384", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".3387" = trunc i64 %"end.4" to i16
  %".3388" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3387", ptr %".3388", align 2
  br label %"return"
gre_d1.to_ptp:
  %".3391" = trunc i64 %"end.4" to i16
  %".3392" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3391", ptr %".3392", align 2
  br label %"return"
gre_d1.to_cfm:
  %".3395" = trunc i64 %"end.4" to i16
  %".3396" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3395", ptr %".3396", align 2
  br label %"return"
gre_d1.to_tipc:
  %".3399" = trunc i64 %"end.4" to i16
  %".3400" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3399", ptr %".3400", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".3403" = trunc i64 %"end.4" to i16
  %".3404" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3403", ptr %".3404", align 2
  br label %"return"
gre_d1.to_hsr:
  %".3407" = trunc i64 %"end.4" to i16
  %".3408" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3407", ptr %".3408", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".3411" = trunc i64 %"end.4" to i16
  %".3412" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3411", ptr %".3412", align 2
  br label %"return"
gre_d1.to_batadv:
  %".3415" = trunc i64 %"end.4" to i16
  %".3416" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3415", ptr %".3416", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".3419" = trunc i64 %"end.4" to i16
  %".3420" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3419", ptr %".3420", align 2
  br label %"return"
pptp_d1.stop_before:
  %".3432" = trunc i64 %"cursor.46" to i16
  %".3433" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3432", ptr %".3433", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".3458" = add i64 %"cursor.46", %".3453"
  %".3459" = sub i64 %".3458", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3460" = trunc i64 %".3459" to i32
  %".3461" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3460", i64* %"last_byte", i32 1)
  %".3462" = icmp eq i64 %".3461", 0
  %".3463" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3464" = load i32, ptr %".3463", align 4
  %".3465" = zext i32 %".3464" to i64
  %"data.145" = inttoptr i64 %".3465" to ptr
  %".3466" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3467" = load i32, ptr %".3466", align 4
  %".3468" = zext i32 %".3467" to i64
  %"data_end.145" = inttoptr i64 %".3468" to ptr
  %".3469" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.145" = load ptr, ptr %".3469", align 8
  %".3470" = xor i1 %".3462", -1
  br i1 %".3470", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".3472" = trunc i64 %"cursor.46" to i16
  %".3473" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3472", ptr %".3473", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".3482" = trunc i64 %"end.5" to i16
  %".3483" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3482", ptr %".3483", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3495" = trunc i64 %"cursor.47" to i32
  %".3496" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3495", [40 x i8]* %"header_copy", i32 2)
  %".3497" = icmp eq i64 %".3496", 0
  %".3498" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3499" = load i32, ptr %".3498", align 4
  %".3500" = zext i32 %".3499" to i64
  %"data.148" = inttoptr i64 %".3500" to ptr
  %".3501" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3502" = load i32, ptr %".3501", align 4
  %".3503" = zext i32 %".3502" to i64
  %"data_end.148" = inttoptr i64 %".3503" to ptr
  %".3504" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.148" = load ptr, ptr %".3504", align 8
  %".3505" = xor i1 %".3497", -1
  br i1 %".3505", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".3507" = trunc i64 %"cursor.47" to i16
  %".3508" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3507", ptr %".3508", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".3511" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3512" = load volatile i8, [40 x i8]* %".3511", align 1
  %".3513" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3514" = load volatile i8, [40 x i8]* %".3513", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".3526" = trunc i64 %".3523" to i16
  %".3527" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3526", ptr %".3527", align 2
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
  %".3543" = trunc i64 34887 to i16
  %".3544" = call i16 @"llvm.bswap.i16"(i16 %".3543")
  %".3545" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3544", ptr %".3545", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".3548" = trunc i64 2048 to i16
  %".3549" = call i16 @"llvm.bswap.i16"(i16 %".3548")
  %".3550" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3549", ptr %".3550", align 2
  %".3552" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3552", align 1
  %".3554" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.64" = load volatile i32, ptr %".3554", align 4
  %".3555" = and i32 %"flags.64", 4
  %".3556" = icmp ne i32 %".3555", 0
  br i1 %".3556", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".3566" = trunc i64 34525 to i16
  %".3567" = call i16 @"llvm.bswap.i16"(i16 %".3566")
  %".3568" = getelementptr i8, ptr %"keys.149", i64 10
  store i16 %".3567", ptr %".3568", align 2
  %".3570" = getelementptr i8, ptr %"keys.149", i64 8
  store i8 1, ptr %".3570", align 1
  %".3572" = getelementptr i8, ptr %"keys.149", i64 48
  %"flags.65" = load volatile i32, ptr %".3572", align 4
  %".3573" = and i32 %"flags.65", 4
  %".3574" = icmp ne i32 %".3573", 0
  br i1 %".3574", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.53" = phi  i64 [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4570", %"widening.test.27"]
  %"data.150" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.191", %"widening.test.27"]
  %"data_end.150" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.191", %"widening.test.27"]
  %"keys.150" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.27"]
  %"hdr.44" = getelementptr i8, ptr %"data.150", i64 %"cursor.53"
  %".4024" = getelementptr i8, ptr %"hdr.44", i64 2
  %".4025" = icmp ugt ptr %".4024", %"data_end.150"
  br i1 %".4025", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".4027" = getelementptr i8, ptr %"hdr.44", i64 0
  %".4028" = load i8, ptr %".4027", align 1
  %".4029" = getelementptr i8, ptr %"hdr.44", i64 1
  %".4030" = load i8, ptr %".4029", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.18" = phi  i8 [%".4028", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4049", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4030", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".4051", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.161" = phi  ptr [%"data.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.150", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.160", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".4053" = getelementptr i8, ptr %"keys.161", i64 9
  store i8 %"w0_1.18", ptr %".4053", align 1
  %".4055" = add i64 %"cursor.53", 2
  %".4056" = zext i8 %"w1_1.11" to i64
  %".4057" = mul i64 %".4056", 8
  %".4058" = add i64 %".4057", 6
  %".4059" = add i64 %".4058", 2
  %".4060" = add i64 %"cursor.53", %".4059"
  %".4061" = zext i8 %"w0_1.18" to i64
  switch i64 %".4061", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.54" = phi  i64 [%".3523", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".3615", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".4559", %"widening.test.26"]
  %"data.151" = phi  ptr [%"data.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.190", %"widening.test.26"]
  %"data_end.151" = phi  ptr [%"data_end.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.190", %"widening.test.26"]
  %"keys.151" = phi  ptr [%"keys.149", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.153", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.26"]
  %"hdr.45" = getelementptr i8, ptr %"data.151", i64 %"cursor.54"
  %".4133" = getelementptr i8, ptr %"hdr.45", i64 8
  %".4134" = icmp ugt ptr %".4133", %"data_end.151"
  br i1 %".4134", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".4136" = getelementptr i8, ptr %"hdr.45", i64 0
  %".4137" = load i8, ptr %".4136", align 1
  %".4138" = getelementptr i8, ptr %"hdr.45", i64 2
  %".4139" = load i16, ptr %".4138", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.19" = phi  i8 [%".4137", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4158", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".4139", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".4160", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.163" = phi  ptr [%"data.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.163" = phi  ptr [%"data_end.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.163" = phi  ptr [%"keys.151", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.162", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".4162" = getelementptr i8, ptr %"keys.163", i64 9
  store i8 %"w0_1.19", ptr %".4162", align 1
  %".4164" = add i64 %"cursor.54", 8
  %".4165" = icmp ne i64 1, 0
  %".4166" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4167" = zext i16 %".4166" to i64
  %".4168" = and i64 %".4167", 65528
  %".4169" = icmp eq i64 %".4168", 0
  br i1 %".4165", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".4191" = zext i8 %"w0_1.19" to i64
  switch i64 %".4191", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".3558" = trunc i64 %".3523" to i16
  %".3559" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3558", ptr %".3559", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".3562" = trunc i64 %".3523" to i16
  %".3563" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3562", ptr %".3563", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".3576" = trunc i64 %".3523" to i16
  %".3577" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3576", ptr %".3577", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3580" = trunc i64 %".3523" to i16
  %".3581" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3580", ptr %".3581", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3592" = trunc i64 %"cursor.48" to i32
  %".3593" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3592", [40 x i8]* %"header_copy", i32 8)
  %".3594" = icmp eq i64 %".3593", 0
  %".3595" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3596" = load i32, ptr %".3595", align 4
  %".3597" = zext i32 %".3596" to i64
  %"data.152" = inttoptr i64 %".3597" to ptr
  %".3598" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3599" = load i32, ptr %".3598", align 4
  %".3600" = zext i32 %".3599" to i64
  %"data_end.152" = inttoptr i64 %".3600" to ptr
  %".3601" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.152" = load ptr, ptr %".3601", align 8
  %".3602" = xor i1 %".3594", -1
  br i1 %".3602", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".3604" = trunc i64 %"cursor.48" to i16
  %".3605" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3604", ptr %".3605", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".3608" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3609" = load volatile i8, [40 x i8]* %".3608", align 1
  %".3610" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3611" = load volatile i16, [40 x i8]* %".3610", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".3622" = getelementptr i8, ptr %"keys.153", i64 6
  store i8 1, ptr %".3622", align 1
  br i1 %".3620", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".3625" = getelementptr i8, ptr %"keys.153", i64 7
  store i8 1, ptr %".3625", align 1
  %".3627" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.66" = load volatile i32, ptr %".3627", align 4
  %".3628" = and i32 %"flags.66", 1
  %".3629" = icmp ne i32 %".3628", 0
  %".3630" = xor i1 %".3629", -1
  br i1 %".3630", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".3637" = trunc i64 %".3615" to i16
  %".3638" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3637", ptr %".3638", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".3632" = trunc i64 %".3615" to i16
  %".3633" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3632", ptr %".3633", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".3644" = trunc i64 %".3615" to i16
  %".3645" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3644", ptr %".3645", align 2
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
  %".3661" = trunc i64 34887 to i16
  %".3662" = call i16 @"llvm.bswap.i16"(i16 %".3661")
  %".3663" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3662", ptr %".3663", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".3666" = trunc i64 2048 to i16
  %".3667" = call i16 @"llvm.bswap.i16"(i16 %".3666")
  %".3668" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3667", ptr %".3668", align 2
  %".3670" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".3670", align 1
  %".3672" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.67" = load volatile i32, ptr %".3672", align 4
  %".3673" = and i32 %"flags.67", 4
  %".3674" = icmp ne i32 %".3673", 0
  br i1 %".3674", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".3684" = trunc i64 34525 to i16
  %".3685" = call i16 @"llvm.bswap.i16"(i16 %".3684")
  %".3686" = getelementptr i8, ptr %"keys.153", i64 10
  store i16 %".3685", ptr %".3686", align 2
  %".3688" = getelementptr i8, ptr %"keys.153", i64 8
  store i8 1, ptr %".3688", align 1
  %".3690" = getelementptr i8, ptr %"keys.153", i64 48
  %"flags.68" = load volatile i32, ptr %".3690", align 4
  %".3691" = and i32 %"flags.68", 4
  %".3692" = icmp ne i32 %".3691", 0
  br i1 %".3692", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".3676" = trunc i64 %".3615" to i16
  %".3677" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3676", ptr %".3677", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".3680" = trunc i64 %".3615" to i16
  %".3681" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3680", ptr %".3681", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".3694" = trunc i64 %".3615" to i16
  %".3695" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3694", ptr %".3695", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".3698" = trunc i64 %".3615" to i16
  %".3699" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3698", ptr %".3699", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3710" = trunc i64 %"cursor.49" to i32
  %".3711" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3710", [40 x i8]* %"header_copy", i32 2)
  %".3712" = icmp eq i64 %".3711", 0
  %".3713" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3714" = load i32, ptr %".3713", align 4
  %".3715" = zext i32 %".3714" to i64
  %"data.154" = inttoptr i64 %".3715" to ptr
  %".3716" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3717" = load i32, ptr %".3716", align 4
  %".3718" = zext i32 %".3717" to i64
  %"data_end.154" = inttoptr i64 %".3718" to ptr
  %".3719" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.154" = load ptr, ptr %".3719", align 8
  %".3720" = xor i1 %".3712", -1
  br i1 %".3720", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".3722" = trunc i64 %"cursor.49" to i16
  %".3723" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3722", ptr %".3723", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".3726" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3727" = load volatile i8, [40 x i8]* %".3726", align 1
  %".3728" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3729" = load volatile i8, [40 x i8]* %".3728", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".3741" = trunc i64 %".3738" to i16
  %".3742" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3741", ptr %".3742", align 2
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
  %".3753" = trunc i64 %".3738" to i16
  %".3754" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3753", ptr %".3754", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3757" = trunc i64 %".3738" to i16
  %".3758" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3757", ptr %".3758", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3761" = trunc i64 %".3738" to i16
  %".3762" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3761", ptr %".3762", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".3765" = trunc i64 %".3738" to i16
  %".3766" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3765", ptr %".3766", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".3770" = trunc i64 34887 to i16
  %".3771" = call i16 @"llvm.bswap.i16"(i16 %".3770")
  %".3772" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3771", ptr %".3772", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".3775" = trunc i64 2048 to i16
  %".3776" = call i16 @"llvm.bswap.i16"(i16 %".3775")
  %".3777" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3776", ptr %".3777", align 2
  %".3779" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".3779", align 1
  %".3781" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.69" = load volatile i32, ptr %".3781", align 4
  %".3782" = and i32 %"flags.69", 4
  %".3783" = icmp ne i32 %".3782", 0
  br i1 %".3783", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".3790" = trunc i64 34525 to i16
  %".3791" = call i16 @"llvm.bswap.i16"(i16 %".3790")
  %".3792" = getelementptr i8, ptr %"keys.155", i64 10
  store i16 %".3791", ptr %".3792", align 2
  %".3794" = getelementptr i8, ptr %"keys.155", i64 8
  store i8 1, ptr %".3794", align 1
  %".3796" = getelementptr i8, ptr %"keys.155", i64 48
  %"flags.70" = load volatile i32, ptr %".3796", align 4
  %".3797" = and i32 %"flags.70", 4
  %".3798" = icmp ne i32 %".3797", 0
  br i1 %".3798", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".3785" = trunc i64 %".3738" to i16
  %".3786" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3785", ptr %".3786", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".3800" = trunc i64 %".3738" to i16
  %".3801" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3800", ptr %".3801", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3813" = trunc i64 %"cursor.50" to i32
  %".3814" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3813", [40 x i8]* %"header_copy", i32 8)
  %".3815" = icmp eq i64 %".3814", 0
  %".3816" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3817" = load i32, ptr %".3816", align 4
  %".3818" = zext i32 %".3817" to i64
  %"data.156" = inttoptr i64 %".3818" to ptr
  %".3819" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3820" = load i32, ptr %".3819", align 4
  %".3821" = zext i32 %".3820" to i64
  %"data_end.156" = inttoptr i64 %".3821" to ptr
  %".3822" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.156" = load ptr, ptr %".3822", align 8
  %".3823" = xor i1 %".3815", -1
  br i1 %".3823", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".3825" = trunc i64 %"cursor.50" to i16
  %".3826" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3825", ptr %".3826", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".3829" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3830" = load volatile i8, [40 x i8]* %".3829", align 1
  %".3831" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3832" = load volatile i16, [40 x i8]* %".3831", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".3843" = getelementptr i8, ptr %"keys.157", i64 6
  store i8 1, ptr %".3843", align 1
  br i1 %".3841", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".3846" = getelementptr i8, ptr %"keys.157", i64 7
  store i8 1, ptr %".3846", align 1
  %".3848" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.71" = load volatile i32, ptr %".3848", align 4
  %".3849" = and i32 %"flags.71", 1
  %".3850" = icmp ne i32 %".3849", 0
  %".3851" = xor i1 %".3850", -1
  br i1 %".3851", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".3858" = trunc i64 %".3836" to i16
  %".3859" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3858", ptr %".3859", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".3853" = trunc i64 %".3836" to i16
  %".3854" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3853", ptr %".3854", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".3865" = trunc i64 %".3836" to i16
  %".3866" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3865", ptr %".3866", align 2
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
  %".3877" = trunc i64 %".3836" to i16
  %".3878" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3877", ptr %".3878", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".3881" = trunc i64 %".3836" to i16
  %".3882" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3881", ptr %".3882", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".3885" = trunc i64 %".3836" to i16
  %".3886" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3885", ptr %".3886", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".3889" = trunc i64 %".3836" to i16
  %".3890" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3889", ptr %".3890", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".3894" = trunc i64 34887 to i16
  %".3895" = call i16 @"llvm.bswap.i16"(i16 %".3894")
  %".3896" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3895", ptr %".3896", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".3899" = trunc i64 2048 to i16
  %".3900" = call i16 @"llvm.bswap.i16"(i16 %".3899")
  %".3901" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3900", ptr %".3901", align 2
  %".3903" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".3903", align 1
  %".3905" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.72" = load volatile i32, ptr %".3905", align 4
  %".3906" = and i32 %"flags.72", 4
  %".3907" = icmp ne i32 %".3906", 0
  br i1 %".3907", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".3914" = trunc i64 34525 to i16
  %".3915" = call i16 @"llvm.bswap.i16"(i16 %".3914")
  %".3916" = getelementptr i8, ptr %"keys.157", i64 10
  store i16 %".3915", ptr %".3916", align 2
  %".3918" = getelementptr i8, ptr %"keys.157", i64 8
  store i8 1, ptr %".3918", align 1
  %".3920" = getelementptr i8, ptr %"keys.157", i64 48
  %"flags.73" = load volatile i32, ptr %".3920", align 4
  %".3921" = and i32 %"flags.73", 4
  %".3922" = icmp ne i32 %".3921", 0
  br i1 %".3922", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".3909" = trunc i64 %".3836" to i16
  %".3910" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3909", ptr %".3910", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".3924" = trunc i64 %".3836" to i16
  %".3925" = getelementptr i8, ptr %"keys.157", i64 2
  store i16 %".3924", ptr %".3925", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  br label %"ipv6_d1"
ppp_d1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3940" = trunc i64 %"cursor.52" to i32
  %".3941" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3940", [40 x i8]* %"header_copy", i32 4)
  %".3942" = icmp eq i64 %".3941", 0
  %".3943" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3944" = load i32, ptr %".3943", align 4
  %".3945" = zext i32 %".3944" to i64
  %"data.158" = inttoptr i64 %".3945" to ptr
  %".3946" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3947" = load i32, ptr %".3946", align 4
  %".3948" = zext i32 %".3947" to i64
  %"data_end.158" = inttoptr i64 %".3948" to ptr
  %".3949" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.158" = load ptr, ptr %".3949", align 8
  %".3950" = xor i1 %".3942", -1
  br i1 %".3950", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".3952" = trunc i64 %"cursor.52" to i16
  %".3953" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".3952", ptr %".3953", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".3956" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3957" = load volatile i16, [40 x i8]* %".3956", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".3963" = and i64 %".3961", 0
  %".3964" = icmp eq i64 %".3963", 0
  br i1 %".3964", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv6:
  %".3988" = trunc i64 34525 to i16
  %".3989" = call i16 @"llvm.bswap.i16"(i16 %".3988")
  %".3990" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".3989", ptr %".3990", align 2
  %".3992" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".3992", align 1
  %".3994" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.75" = load volatile i32, ptr %".3994", align 4
  %".3995" = and i32 %"flags.75", 4
  %".3996" = icmp ne i32 %".3995", 0
  br i1 %".3996", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".4006" = trunc i64 34827 to i16
  %".4007" = call i16 @"llvm.bswap.i16"(i16 %".4006")
  %".4008" = getelementptr i8, ptr %"keys.159", i64 10
  store i16 %".4007", ptr %".4008", align 2
  %".4010" = getelementptr i8, ptr %"keys.159", i64 8
  store i8 1, ptr %".4010", align 1
  %".4012" = getelementptr i8, ptr %"keys.159", i64 48
  %"flags.76" = load volatile i32, ptr %".4012", align 4
  %".4013" = and i32 %"flags.76", 4
  %".4014" = icmp ne i32 %".4013", 0
  br i1 %".4014", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".3966" = trunc i64 %".3959" to i16
  %".3967" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3966", ptr %".3967", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".3980" = trunc i64 %".3959" to i16
  %".3981" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3980", ptr %".3981", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".3984" = trunc i64 %".3959" to i16
  %".3985" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3984", ptr %".3985", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".3998" = trunc i64 %".3959" to i16
  %".3999" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3998", ptr %".3999", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".4002" = trunc i64 %".3959" to i16
  %".4003" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4002", ptr %".4003", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".4016" = trunc i64 %".3959" to i16
  %".4017" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4016", ptr %".4017", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".4020" = trunc i64 %".3959" to i16
  %".4021" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".4020", ptr %".4021", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4032" = trunc i64 %"cursor.53" to i32
  %".4033" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4032", [40 x i8]* %"header_copy", i32 2)
  %".4034" = icmp eq i64 %".4033", 0
  %".4035" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4036" = load i32, ptr %".4035", align 4
  %".4037" = zext i32 %".4036" to i64
  %"data.160" = inttoptr i64 %".4037" to ptr
  %".4038" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4039" = load i32, ptr %".4038", align 4
  %".4040" = zext i32 %".4039" to i64
  %"data_end.160" = inttoptr i64 %".4040" to ptr
  %".4041" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.160" = load ptr, ptr %".4041", align 8
  %".4042" = xor i1 %".4034", -1
  br i1 %".4042", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".4044" = trunc i64 %"cursor.53" to i16
  %".4045" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".4044", ptr %".4045", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".4048" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4049" = load volatile i8, [40 x i8]* %".4048", align 1
  %".4050" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4051" = load volatile i8, [40 x i8]* %".4050", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".4063" = trunc i64 %".4060" to i16
  %".4064" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4063", ptr %".4064", align 2
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
  %".4075" = trunc i64 %".4060" to i16
  %".4076" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4075", ptr %".4076", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4079" = trunc i64 %".4060" to i16
  %".4080" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4079", ptr %".4080", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4083" = trunc i64 %".4060" to i16
  %".4084" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4083", ptr %".4084", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".4087" = trunc i64 %".4060" to i16
  %".4088" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4087", ptr %".4088", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".4092" = trunc i64 34887 to i16
  %".4093" = call i16 @"llvm.bswap.i16"(i16 %".4092")
  %".4094" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4093", ptr %".4094", align 2
  br label %"mpls_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".4097" = trunc i64 2048 to i16
  %".4098" = call i16 @"llvm.bswap.i16"(i16 %".4097")
  %".4099" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4098", ptr %".4099", align 2
  %".4101" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4101", align 1
  %".4103" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.77" = load volatile i32, ptr %".4103", align 4
  %".4104" = and i32 %"flags.77", 4
  %".4105" = icmp ne i32 %".4104", 0
  br i1 %".4105", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".4115" = trunc i64 34525 to i16
  %".4116" = call i16 @"llvm.bswap.i16"(i16 %".4115")
  %".4117" = getelementptr i8, ptr %"keys.161", i64 10
  store i16 %".4116", ptr %".4117", align 2
  %".4119" = getelementptr i8, ptr %"keys.161", i64 8
  store i8 1, ptr %".4119", align 1
  %".4121" = getelementptr i8, ptr %"keys.161", i64 48
  %"flags.78" = load volatile i32, ptr %".4121", align 4
  %".4122" = and i32 %"flags.78", 4
  %".4123" = icmp ne i32 %".4122", 0
  br i1 %".4123", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".4107" = trunc i64 %".4060" to i16
  %".4108" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4107", ptr %".4108", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".4111" = trunc i64 %".4060" to i16
  %".4112" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4111", ptr %".4112", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".4125" = trunc i64 %".4060" to i16
  %".4126" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4125", ptr %".4126", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4129" = trunc i64 %".4060" to i16
  %".4130" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4129", ptr %".4130", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4141" = trunc i64 %"cursor.54" to i32
  %".4142" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4141", [40 x i8]* %"header_copy", i32 8)
  %".4143" = icmp eq i64 %".4142", 0
  %".4144" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4145" = load i32, ptr %".4144", align 4
  %".4146" = zext i32 %".4145" to i64
  %"data.162" = inttoptr i64 %".4146" to ptr
  %".4147" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4148" = load i32, ptr %".4147", align 4
  %".4149" = zext i32 %".4148" to i64
  %"data_end.162" = inttoptr i64 %".4149" to ptr
  %".4150" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.162" = load ptr, ptr %".4150", align 8
  %".4151" = xor i1 %".4143", -1
  br i1 %".4151", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".4153" = trunc i64 %"cursor.54" to i16
  %".4154" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".4153", ptr %".4154", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".4157" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4158" = load volatile i8, [40 x i8]* %".4157", align 1
  %".4159" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4160" = load volatile i16, [40 x i8]* %".4159", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".4171" = getelementptr i8, ptr %"keys.163", i64 6
  store i8 1, ptr %".4171", align 1
  br i1 %".4169", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".4174" = getelementptr i8, ptr %"keys.163", i64 7
  store i8 1, ptr %".4174", align 1
  %".4176" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.79" = load volatile i32, ptr %".4176", align 4
  %".4177" = and i32 %"flags.79", 1
  %".4178" = icmp ne i32 %".4177", 0
  %".4179" = xor i1 %".4178", -1
  br i1 %".4179", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".4186" = trunc i64 %".4164" to i16
  %".4187" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4186", ptr %".4187", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".4181" = trunc i64 %".4164" to i16
  %".4182" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4181", ptr %".4182", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".4193" = trunc i64 %".4164" to i16
  %".4194" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4193", ptr %".4194", align 2
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
  %".4205" = trunc i64 %".4164" to i16
  %".4206" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4205", ptr %".4206", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".4209" = trunc i64 %".4164" to i16
  %".4210" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4209", ptr %".4210", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".4213" = trunc i64 %".4164" to i16
  %".4214" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4213", ptr %".4214", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".4217" = trunc i64 %".4164" to i16
  %".4218" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4217", ptr %".4218", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".4222" = trunc i64 34887 to i16
  %".4223" = call i16 @"llvm.bswap.i16"(i16 %".4222")
  %".4224" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4223", ptr %".4224", align 2
  br label %"mpls_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".4227" = trunc i64 2048 to i16
  %".4228" = call i16 @"llvm.bswap.i16"(i16 %".4227")
  %".4229" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4228", ptr %".4229", align 2
  %".4231" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4231", align 1
  %".4233" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.80" = load volatile i32, ptr %".4233", align 4
  %".4234" = and i32 %"flags.80", 4
  %".4235" = icmp ne i32 %".4234", 0
  br i1 %".4235", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".4245" = trunc i64 34525 to i16
  %".4246" = call i16 @"llvm.bswap.i16"(i16 %".4245")
  %".4247" = getelementptr i8, ptr %"keys.163", i64 10
  store i16 %".4246", ptr %".4247", align 2
  %".4249" = getelementptr i8, ptr %"keys.163", i64 8
  store i8 1, ptr %".4249", align 1
  %".4251" = getelementptr i8, ptr %"keys.163", i64 48
  %"flags.81" = load volatile i32, ptr %".4251", align 4
  %".4252" = and i32 %"flags.81", 4
  %".4253" = icmp ne i32 %".4252", 0
  br i1 %".4253", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".4237" = trunc i64 %".4164" to i16
  %".4238" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4237", ptr %".4238", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".4241" = trunc i64 %".4164" to i16
  %".4242" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4241", ptr %".4242", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".4255" = trunc i64 %".4164" to i16
  %".4256" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4255", ptr %".4256", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".4259" = trunc i64 %".4164" to i16
  %".4260" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4259", ptr %".4260", align 2
  br label %"return"
widening.test:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4265" = getelementptr i8, ptr %"ctx.53", i64 76
  %".4266" = load i32, ptr %".4265", align 4
  %".4267" = zext i32 %".4266" to i64
  %"data.164" = inttoptr i64 %".4267" to ptr
  %".4268" = getelementptr i8, ptr %"ctx.53", i64 80
  %".4269" = load i32, ptr %".4268", align 4
  %".4270" = zext i32 %".4269" to i64
  %"data_end.164" = inttoptr i64 %".4270" to ptr
  %".4271" = getelementptr i8, ptr %"keys", i64 0
  %".4272" = load volatile i16, ptr %".4271", align 2
  %".4273" = zext i16 %".4272" to i64
  %".4274" = icmp ugt i64 %".4273", 261
  br i1 %".4274", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4276" = getelementptr i8, ptr %"ctx.54", i64 76
  %".4277" = load i32, ptr %".4276", align 4
  %".4278" = zext i32 %".4277" to i64
  %"data.165" = inttoptr i64 %".4278" to ptr
  %".4279" = getelementptr i8, ptr %"ctx.54", i64 80
  %".4280" = load i32, ptr %".4279", align 4
  %".4281" = zext i32 %".4280" to i64
  %"data_end.165" = inttoptr i64 %".4281" to ptr
  %".4282" = getelementptr i8, ptr %"keys", i64 0
  %".4283" = load volatile i16, ptr %".4282", align 2
  %".4284" = zext i16 %".4283" to i64
  %".4285" = icmp ugt i64 %".4284", 261
  br i1 %".4285", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4287" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4288" = load i32, ptr %".4287", align 4
  %".4289" = zext i32 %".4288" to i64
  %"data.166" = inttoptr i64 %".4289" to ptr
  %".4290" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4291" = load i32, ptr %".4290", align 4
  %".4292" = zext i32 %".4291" to i64
  %"data_end.166" = inttoptr i64 %".4292" to ptr
  %".4293" = getelementptr i8, ptr %"keys", i64 0
  %".4294" = load volatile i16, ptr %".4293", align 2
  %".4295" = zext i16 %".4294" to i64
  %".4296" = icmp ugt i64 %".4295", 267
  br i1 %".4296", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4298" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4299" = load i32, ptr %".4298", align 4
  %".4300" = zext i32 %".4299" to i64
  %"data.167" = inttoptr i64 %".4300" to ptr
  %".4301" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4302" = load i32, ptr %".4301", align 4
  %".4303" = zext i32 %".4302" to i64
  %"data_end.167" = inttoptr i64 %".4303" to ptr
  %".4304" = getelementptr i8, ptr %"keys", i64 0
  %".4305" = load volatile i16, ptr %".4304", align 2
  %".4306" = zext i16 %".4305" to i64
  %".4307" = icmp ugt i64 %".4306", 267
  br i1 %".4307", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4309" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4310" = load i32, ptr %".4309", align 4
  %".4311" = zext i32 %".4310" to i64
  %"data.168" = inttoptr i64 %".4311" to ptr
  %".4312" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4313" = load i32, ptr %".4312", align 4
  %".4314" = zext i32 %".4313" to i64
  %"data_end.168" = inttoptr i64 %".4314" to ptr
  %".4315" = getelementptr i8, ptr %"keys", i64 0
  %".4316" = load volatile i16, ptr %".4315", align 2
  %".4317" = zext i16 %".4316" to i64
  %".4318" = icmp ugt i64 %".4317", 275
  br i1 %".4318", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4320" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4321" = load i32, ptr %".4320", align 4
  %".4322" = zext i32 %".4321" to i64
  %"data.169" = inttoptr i64 %".4322" to ptr
  %".4323" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4324" = load i32, ptr %".4323", align 4
  %".4325" = zext i32 %".4324" to i64
  %"data_end.169" = inttoptr i64 %".4325" to ptr
  %".4326" = getelementptr i8, ptr %"keys", i64 0
  %".4327" = load volatile i16, ptr %".4326", align 2
  %".4328" = zext i16 %".4327" to i64
  %".4329" = icmp ugt i64 %".4328", 2363
  br i1 %".4329", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4331" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4332" = load i32, ptr %".4331", align 4
  %".4333" = zext i32 %".4332" to i64
  %"data.170" = inttoptr i64 %".4333" to ptr
  %".4334" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4335" = load i32, ptr %".4334", align 4
  %".4336" = zext i32 %".4335" to i64
  %"data_end.170" = inttoptr i64 %".4336" to ptr
  %".4337" = getelementptr i8, ptr %"keys", i64 0
  %".4338" = load volatile i16, ptr %".4337", align 2
  %".4339" = zext i16 %".4338" to i64
  %".4340" = icmp ugt i64 %".4339", 2363
  br i1 %".4340", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4342" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4343" = load i32, ptr %".4342", align 4
  %".4344" = zext i32 %".4343" to i64
  %"data.171" = inttoptr i64 %".4344" to ptr
  %".4345" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4346" = load i32, ptr %".4345", align 4
  %".4347" = zext i32 %".4346" to i64
  %"data_end.171" = inttoptr i64 %".4347" to ptr
  %".4348" = getelementptr i8, ptr %"keys", i64 0
  %".4349" = load volatile i16, ptr %".4348", align 2
  %".4350" = zext i16 %".4349" to i64
  %".4351" = icmp ugt i64 %".4350", 4411
  br i1 %".4351", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4353" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4354" = load i32, ptr %".4353", align 4
  %".4355" = zext i32 %".4354" to i64
  %"data.172" = inttoptr i64 %".4355" to ptr
  %".4356" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4357" = load i32, ptr %".4356", align 4
  %".4358" = zext i32 %".4357" to i64
  %"data_end.172" = inttoptr i64 %".4358" to ptr
  %".4359" = getelementptr i8, ptr %"keys", i64 0
  %".4360" = load volatile i16, ptr %".4359", align 2
  %".4361" = zext i16 %".4360" to i64
  %".4362" = icmp ugt i64 %".4361", 4411
  br i1 %".4362", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4364" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4365" = load i32, ptr %".4364", align 4
  %".4366" = zext i32 %".4365" to i64
  %"data.173" = inttoptr i64 %".4366" to ptr
  %".4367" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4368" = load i32, ptr %".4367", align 4
  %".4369" = zext i32 %".4368" to i64
  %"data_end.173" = inttoptr i64 %".4369" to ptr
  %".4370" = getelementptr i8, ptr %"keys", i64 0
  %".4371" = load volatile i16, ptr %".4370", align 2
  %".4372" = zext i16 %".4371" to i64
  %".4373" = icmp ugt i64 %".4372", 275
  br i1 %".4373", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4375" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4376" = load i32, ptr %".4375", align 4
  %".4377" = zext i32 %".4376" to i64
  %"data.174" = inttoptr i64 %".4377" to ptr
  %".4378" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4379" = load i32, ptr %".4378", align 4
  %".4380" = zext i32 %".4379" to i64
  %"data_end.174" = inttoptr i64 %".4380" to ptr
  %".4381" = getelementptr i8, ptr %"keys", i64 0
  %".4382" = load volatile i16, ptr %".4381", align 2
  %".4383" = zext i16 %".4382" to i64
  %".4384" = icmp ugt i64 %".4383", 6459
  br i1 %".4384", label %"widening.test.11", label %"gre_version_d0"
widening.test.11:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4386" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4387" = load i32, ptr %".4386", align 4
  %".4388" = zext i32 %".4387" to i64
  %"data.175" = inttoptr i64 %".4388" to ptr
  %".4389" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4390" = load i32, ptr %".4389", align 4
  %".4391" = zext i32 %".4390" to i64
  %"data_end.175" = inttoptr i64 %".4391" to ptr
  %".4392" = getelementptr i8, ptr %"keys", i64 0
  %".4393" = load volatile i16, ptr %".4392", align 2
  %".4394" = zext i16 %".4393" to i64
  %".4395" = icmp ugt i64 %".4394", 6475
  br i1 %".4395", label %"widening.test.12", label %"ethernet_d1"
widening.test.12:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4397" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4398" = load i32, ptr %".4397", align 4
  %".4399" = zext i32 %".4398" to i64
  %"data.176" = inttoptr i64 %".4399" to ptr
  %".4400" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4401" = load i32, ptr %".4400", align 4
  %".4402" = zext i32 %".4401" to i64
  %"data_end.176" = inttoptr i64 %".4402" to ptr
  %".4403" = getelementptr i8, ptr %"keys", i64 0
  %".4404" = load volatile i16, ptr %".4403", align 2
  %".4405" = zext i16 %".4404" to i64
  %".4406" = icmp ugt i64 %".4405", 6489
  br i1 %".4406", label %"widening.test.13", label %"hsr_d1_vlan_tags1"
widening.test.13:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4408" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4409" = load i32, ptr %".4408", align 4
  %".4410" = zext i32 %".4409" to i64
  %"data.177" = inttoptr i64 %".4410" to ptr
  %".4411" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4412" = load i32, ptr %".4411", align 4
  %".4413" = zext i32 %".4412" to i64
  %"data_end.177" = inttoptr i64 %".4413" to ptr
  %".4414" = getelementptr i8, ptr %"keys", i64 0
  %".4415" = load volatile i16, ptr %".4414", align 2
  %".4416" = zext i16 %".4415" to i64
  %".4417" = icmp ugt i64 %".4416", 6489
  br i1 %".4417", label %"widening.test.14", label %"vlan_d1_vlan_tags1"
widening.test.14:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4419" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4420" = load i32, ptr %".4419", align 4
  %".4421" = zext i32 %".4420" to i64
  %"data.178" = inttoptr i64 %".4421" to ptr
  %".4422" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4423" = load i32, ptr %".4422", align 4
  %".4424" = zext i32 %".4423" to i64
  %"data_end.178" = inttoptr i64 %".4424" to ptr
  %".4425" = getelementptr i8, ptr %"keys", i64 0
  %".4426" = load volatile i16, ptr %".4425", align 2
  %".4427" = zext i16 %".4426" to i64
  %".4428" = icmp ugt i64 %".4427", 6495
  br i1 %".4428", label %"widening.test.15", label %"hsr_d1_vlan_tags2"
widening.test.15:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4430" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4431" = load i32, ptr %".4430", align 4
  %".4432" = zext i32 %".4431" to i64
  %"data.179" = inttoptr i64 %".4432" to ptr
  %".4433" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4434" = load i32, ptr %".4433", align 4
  %".4435" = zext i32 %".4434" to i64
  %"data_end.179" = inttoptr i64 %".4435" to ptr
  %".4436" = getelementptr i8, ptr %"keys", i64 0
  %".4437" = load volatile i16, ptr %".4436", align 2
  %".4438" = zext i16 %".4437" to i64
  %".4439" = icmp ugt i64 %".4438", 6495
  br i1 %".4439", label %"widening.test.16", label %"vlan_d1_vlan_tags2"
widening.test.16:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4441" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4442" = load i32, ptr %".4441", align 4
  %".4443" = zext i32 %".4442" to i64
  %"data.180" = inttoptr i64 %".4443" to ptr
  %".4444" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4445" = load i32, ptr %".4444", align 4
  %".4446" = zext i32 %".4445" to i64
  %"data_end.180" = inttoptr i64 %".4446" to ptr
  %".4447" = getelementptr i8, ptr %"keys", i64 0
  %".4448" = load volatile i16, ptr %".4447", align 2
  %".4449" = zext i16 %".4448" to i64
  %".4450" = icmp ugt i64 %".4449", 6501
  br i1 %".4450", label %"widening.test.17", label %"batadv_d1"
widening.test.17:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4452" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4453" = load i32, ptr %".4452", align 4
  %".4454" = zext i32 %".4453" to i64
  %"data.181" = inttoptr i64 %".4454" to ptr
  %".4455" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4456" = load i32, ptr %".4455", align 4
  %".4457" = zext i32 %".4456" to i64
  %"data_end.181" = inttoptr i64 %".4457" to ptr
  %".4458" = getelementptr i8, ptr %"keys", i64 0
  %".4459" = load volatile i16, ptr %".4458", align 2
  %".4460" = zext i16 %".4459" to i64
  %".4461" = icmp ugt i64 %".4460", 6501
  br i1 %".4461", label %"widening.test.18", label %"fcoe"
widening.test.18:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4463" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4464" = load i32, ptr %".4463", align 4
  %".4465" = zext i32 %".4464" to i64
  %"data.182" = inttoptr i64 %".4465" to ptr
  %".4466" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4467" = load i32, ptr %".4466", align 4
  %".4468" = zext i32 %".4467" to i64
  %"data_end.182" = inttoptr i64 %".4468" to ptr
  %".4469" = getelementptr i8, ptr %"keys", i64 0
  %".4470" = load volatile i16, ptr %".4469", align 2
  %".4471" = zext i16 %".4470" to i64
  %".4472" = icmp ugt i64 %".4471", 6501
  br i1 %".4472", label %"widening.test.19", label %"tipc"
widening.test.19:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4474" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4475" = load i32, ptr %".4474", align 4
  %".4476" = zext i32 %".4475" to i64
  %"data.183" = inttoptr i64 %".4476" to ptr
  %".4477" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4478" = load i32, ptr %".4477", align 4
  %".4479" = zext i32 %".4478" to i64
  %"data_end.183" = inttoptr i64 %".4479" to ptr
  %".4480" = getelementptr i8, ptr %"keys", i64 0
  %".4481" = load volatile i16, ptr %".4480", align 2
  %".4482" = zext i16 %".4481" to i64
  %".4483" = icmp ugt i64 %".4482", 6501
  br i1 %".4483", label %"widening.test.20", label %"cfm"
widening.test.20:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4485" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4486" = load i32, ptr %".4485", align 4
  %".4487" = zext i32 %".4486" to i64
  %"data.184" = inttoptr i64 %".4487" to ptr
  %".4488" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4489" = load i32, ptr %".4488", align 4
  %".4490" = zext i32 %".4489" to i64
  %"data_end.184" = inttoptr i64 %".4490" to ptr
  %".4491" = getelementptr i8, ptr %"keys", i64 0
  %".4492" = load volatile i16, ptr %".4491", align 2
  %".4493" = zext i16 %".4492" to i64
  %".4494" = icmp ugt i64 %".4493", 6501
  br i1 %".4494", label %"widening.test.21", label %"ptp"
widening.test.21:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4496" = getelementptr i8, ptr %"ctx.74", i64 76
  %".4497" = load i32, ptr %".4496", align 4
  %".4498" = zext i32 %".4497" to i64
  %"data.185" = inttoptr i64 %".4498" to ptr
  %".4499" = getelementptr i8, ptr %"ctx.74", i64 80
  %".4500" = load i32, ptr %".4499", align 4
  %".4501" = zext i32 %".4500" to i64
  %"data_end.185" = inttoptr i64 %".4501" to ptr
  %".4502" = getelementptr i8, ptr %"keys", i64 0
  %".4503" = load volatile i16, ptr %".4502", align 2
  %".4504" = zext i16 %".4503" to i64
  %".4505" = icmp ugt i64 %".4504", 6501
  br i1 %".4505", label %"widening.test.22", label %"arp"
widening.test.22:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4507" = getelementptr i8, ptr %"ctx.75", i64 76
  %".4508" = load i32, ptr %".4507", align 4
  %".4509" = zext i32 %".4508" to i64
  %"data.186" = inttoptr i64 %".4509" to ptr
  %".4510" = getelementptr i8, ptr %"ctx.75", i64 80
  %".4511" = load i32, ptr %".4510", align 4
  %".4512" = zext i32 %".4511" to i64
  %"data_end.186" = inttoptr i64 %".4512" to ptr
  %".4513" = getelementptr i8, ptr %"keys", i64 0
  %".4514" = load volatile i16, ptr %".4513", align 2
  %".4515" = zext i16 %".4514" to i64
  %".4516" = icmp ugt i64 %".4515", 6501
  br i1 %".4516", label %"widening.test.23", label %"pppoe_d1"
widening.test.23:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4518" = getelementptr i8, ptr %"ctx.76", i64 76
  %".4519" = load i32, ptr %".4518", align 4
  %".4520" = zext i32 %".4519" to i64
  %"data.187" = inttoptr i64 %".4520" to ptr
  %".4521" = getelementptr i8, ptr %"ctx.76", i64 80
  %".4522" = load i32, ptr %".4521", align 4
  %".4523" = zext i32 %".4522" to i64
  %"data_end.187" = inttoptr i64 %".4523" to ptr
  %".4524" = getelementptr i8, ptr %"keys", i64 0
  %".4525" = load volatile i16, ptr %".4524", align 2
  %".4526" = zext i16 %".4525" to i64
  %".4527" = icmp ugt i64 %".4526", 6509
  br i1 %".4527", label %"widening.test.24", label %"ipv6_d1"
widening.test.24:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4529" = getelementptr i8, ptr %"ctx.77", i64 76
  %".4530" = load i32, ptr %".4529", align 4
  %".4531" = zext i32 %".4530" to i64
  %"data.188" = inttoptr i64 %".4531" to ptr
  %".4532" = getelementptr i8, ptr %"ctx.77", i64 80
  %".4533" = load i32, ptr %".4532", align 4
  %".4534" = zext i32 %".4533" to i64
  %"data_end.188" = inttoptr i64 %".4534" to ptr
  %".4535" = getelementptr i8, ptr %"keys", i64 0
  %".4536" = load volatile i16, ptr %".4535", align 2
  %".4537" = zext i16 %".4536" to i64
  %".4538" = icmp ugt i64 %".4537", 8597
  br i1 %".4538", label %"widening.test.25", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.25:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4540" = getelementptr i8, ptr %"ctx.78", i64 76
  %".4541" = load i32, ptr %".4540", align 4
  %".4542" = zext i32 %".4541" to i64
  %"data.189" = inttoptr i64 %".4542" to ptr
  %".4543" = getelementptr i8, ptr %"ctx.78", i64 80
  %".4544" = load i32, ptr %".4543", align 4
  %".4545" = zext i32 %".4544" to i64
  %"data_end.189" = inttoptr i64 %".4545" to ptr
  %".4546" = getelementptr i8, ptr %"keys", i64 0
  %".4547" = load volatile i16, ptr %".4546", align 2
  %".4548" = zext i16 %".4547" to i64
  %".4549" = icmp ugt i64 %".4548", 8597
  br i1 %".4549", label %"widening.test.26", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.26:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4551" = getelementptr i8, ptr %"ctx.79", i64 76
  %".4552" = load i32, ptr %".4551", align 4
  %".4553" = zext i32 %".4552" to i64
  %"data.190" = inttoptr i64 %".4553" to ptr
  %".4554" = getelementptr i8, ptr %"ctx.79", i64 80
  %".4555" = load i32, ptr %".4554", align 4
  %".4556" = zext i32 %".4555" to i64
  %"data_end.190" = inttoptr i64 %".4556" to ptr
  %".4557" = getelementptr i8, ptr %"keys", i64 0
  %".4558" = load volatile i16, ptr %".4557", align 2
  %".4559" = zext i16 %".4558" to i64
  %".4560" = icmp ugt i64 %".4559", 10645
  br i1 %".4560", label %"widening.test.27", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.27:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4562" = getelementptr i8, ptr %"ctx.80", i64 76
  %".4563" = load i32, ptr %".4562", align 4
  %".4564" = zext i32 %".4563" to i64
  %"data.191" = inttoptr i64 %".4564" to ptr
  %".4565" = getelementptr i8, ptr %"ctx.80", i64 80
  %".4566" = load i32, ptr %".4565", align 4
  %".4567" = zext i32 %".4566" to i64
  %"data_end.191" = inttoptr i64 %".4567" to ptr
  %".4568" = getelementptr i8, ptr %"keys", i64 0
  %".4569" = load volatile i16, ptr %".4568", align 2
  %".4570" = zext i16 %".4569" to i64
  %".4571" = icmp ugt i64 %".4570", 10645
  br i1 %".4571", label %"widening.test.28", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.28:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4573" = getelementptr i8, ptr %"ctx.81", i64 76
  %".4574" = load i32, ptr %".4573", align 4
  %".4575" = zext i32 %".4574" to i64
  %"data.192" = inttoptr i64 %".4575" to ptr
  %".4576" = getelementptr i8, ptr %"ctx.81", i64 80
  %".4577" = load i32, ptr %".4576", align 4
  %".4578" = zext i32 %".4577" to i64
  %"data_end.192" = inttoptr i64 %".4578" to ptr
  %".4579" = getelementptr i8, ptr %"keys", i64 0
  %".4580" = load volatile i16, ptr %".4579", align 2
  %".4581" = zext i16 %".4580" to i64
  %".4582" = icmp ugt i64 %".4581", 12693
  br i1 %".4582", label %"widening.test.29", label %"icmpv6"
widening.test.29:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4584" = getelementptr i8, ptr %"ctx.82", i64 76
  %".4585" = load i32, ptr %".4584", align 4
  %".4586" = zext i32 %".4585" to i64
  %"data.193" = inttoptr i64 %".4586" to ptr
  %".4587" = getelementptr i8, ptr %"ctx.82", i64 80
  %".4588" = load i32, ptr %".4587", align 4
  %".4589" = zext i32 %".4588" to i64
  %"data_end.193" = inttoptr i64 %".4589" to ptr
  %".4590" = getelementptr i8, ptr %"keys", i64 0
  %".4591" = load volatile i16, ptr %".4590", align 2
  %".4592" = zext i16 %".4591" to i64
  %".4593" = icmp ugt i64 %".4592", 6509
  br i1 %".4593", label %"widening.test.30", label %"ipv4_d1"
widening.test.30:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4595" = getelementptr i8, ptr %"ctx.83", i64 76
  %".4596" = load i32, ptr %".4595", align 4
  %".4597" = zext i32 %".4596" to i64
  %"data.194" = inttoptr i64 %".4597" to ptr
  %".4598" = getelementptr i8, ptr %"ctx.83", i64 80
  %".4599" = load i32, ptr %".4598", align 4
  %".4600" = zext i32 %".4599" to i64
  %"data_end.194" = inttoptr i64 %".4600" to ptr
  %".4601" = getelementptr i8, ptr %"keys", i64 0
  %".4602" = load volatile i16, ptr %".4601", align 2
  %".4603" = zext i16 %".4602" to i64
  %".4604" = icmp ugt i64 %".4603", 12693
  br i1 %".4604", label %"widening.test.31", label %"mpls_mpls_labels1"
widening.test.31:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4606" = getelementptr i8, ptr %"ctx.84", i64 76
  %".4607" = load i32, ptr %".4606", align 4
  %".4608" = zext i32 %".4607" to i64
  %"data.195" = inttoptr i64 %".4608" to ptr
  %".4609" = getelementptr i8, ptr %"ctx.84", i64 80
  %".4610" = load i32, ptr %".4609", align 4
  %".4611" = zext i32 %".4610" to i64
  %"data_end.195" = inttoptr i64 %".4611" to ptr
  %".4612" = getelementptr i8, ptr %"keys", i64 0
  %".4613" = load volatile i16, ptr %".4612", align 2
  %".4614" = zext i16 %".4613" to i64
  %".4615" = icmp ugt i64 %".4614", 6569
  br i1 %".4615", label %"widening.test.32", label %"icmp"
widening.test.32:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4617" = getelementptr i8, ptr %"ctx.85", i64 76
  %".4618" = load i32, ptr %".4617", align 4
  %".4619" = zext i32 %".4618" to i64
  %"data.196" = inttoptr i64 %".4619" to ptr
  %".4620" = getelementptr i8, ptr %"ctx.85", i64 80
  %".4621" = load i32, ptr %".4620", align 4
  %".4622" = zext i32 %".4621" to i64
  %"data_end.196" = inttoptr i64 %".4622" to ptr
  %".4623" = getelementptr i8, ptr %"keys", i64 0
  %".4624" = load volatile i16, ptr %".4623", align 2
  %".4625" = zext i16 %".4624" to i64
  %".4626" = icmp ugt i64 %".4625", 12693
  br i1 %".4626", label %"widening.test.33", label %"ah"
widening.test.33:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4628" = getelementptr i8, ptr %"ctx.86", i64 76
  %".4629" = load i32, ptr %".4628", align 4
  %".4630" = zext i32 %".4629" to i64
  %"data.197" = inttoptr i64 %".4630" to ptr
  %".4631" = getelementptr i8, ptr %"ctx.86", i64 80
  %".4632" = load i32, ptr %".4631", align 4
  %".4633" = zext i32 %".4632" to i64
  %"data_end.197" = inttoptr i64 %".4633" to ptr
  %".4634" = getelementptr i8, ptr %"keys", i64 0
  %".4635" = load volatile i16, ptr %".4634", align 2
  %".4636" = zext i16 %".4635" to i64
  %".4637" = icmp ugt i64 %".4636", 12693
  br i1 %".4637", label %"widening.test.34", label %"esp"
widening.test.34:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4639" = getelementptr i8, ptr %"ctx.87", i64 76
  %".4640" = load i32, ptr %".4639", align 4
  %".4641" = zext i32 %".4640" to i64
  %"data.198" = inttoptr i64 %".4641" to ptr
  %".4642" = getelementptr i8, ptr %"ctx.87", i64 80
  %".4643" = load i32, ptr %".4642", align 4
  %".4644" = zext i32 %".4643" to i64
  %"data_end.198" = inttoptr i64 %".4644" to ptr
  %".4645" = getelementptr i8, ptr %"keys", i64 0
  %".4646" = load volatile i16, ptr %".4645", align 2
  %".4647" = zext i16 %".4646" to i64
  %".4648" = icmp ugt i64 %".4647", 12693
  br i1 %".4648", label %"widening.test.35", label %"dccp"
widening.test.35:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4650" = getelementptr i8, ptr %"ctx.88", i64 76
  %".4651" = load i32, ptr %".4650", align 4
  %".4652" = zext i32 %".4651" to i64
  %"data.199" = inttoptr i64 %".4652" to ptr
  %".4653" = getelementptr i8, ptr %"ctx.88", i64 80
  %".4654" = load i32, ptr %".4653", align 4
  %".4655" = zext i32 %".4654" to i64
  %"data_end.199" = inttoptr i64 %".4655" to ptr
  %".4656" = getelementptr i8, ptr %"keys", i64 0
  %".4657" = load volatile i16, ptr %".4656", align 2
  %".4658" = zext i16 %".4657" to i64
  %".4659" = icmp ugt i64 %".4658", 12693
  br i1 %".4659", label %"widening.test.36", label %"sctp"
widening.test.36:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4661" = getelementptr i8, ptr %"ctx.89", i64 76
  %".4662" = load i32, ptr %".4661", align 4
  %".4663" = zext i32 %".4662" to i64
  %"data.200" = inttoptr i64 %".4663" to ptr
  %".4664" = getelementptr i8, ptr %"ctx.89", i64 80
  %".4665" = load i32, ptr %".4664", align 4
  %".4666" = zext i32 %".4665" to i64
  %"data_end.200" = inttoptr i64 %".4666" to ptr
  %".4667" = getelementptr i8, ptr %"keys", i64 0
  %".4668" = load volatile i16, ptr %".4667", align 2
  %".4669" = zext i16 %".4668" to i64
  %".4670" = icmp ugt i64 %".4669", 12693
  br i1 %".4670", label %"widening.test.37", label %"gre_version_d1"
widening.test.37:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4672" = getelementptr i8, ptr %"ctx.90", i64 76
  %".4673" = load i32, ptr %".4672", align 4
  %".4674" = zext i32 %".4673" to i64
  %"data.201" = inttoptr i64 %".4674" to ptr
  %".4675" = getelementptr i8, ptr %"ctx.90", i64 80
  %".4676" = load i32, ptr %".4675", align 4
  %".4677" = zext i32 %".4676" to i64
  %"data_end.201" = inttoptr i64 %".4677" to ptr
  %".4678" = getelementptr i8, ptr %"keys", i64 0
  %".4679" = load volatile i16, ptr %".4678", align 2
  %".4680" = zext i16 %".4679" to i64
  %".4681" = icmp ugt i64 %".4680", 12693
  br i1 %".4681", label %"widening.test.38", label %"udplite"
widening.test.38:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4683" = getelementptr i8, ptr %"ctx.91", i64 76
  %".4684" = load i32, ptr %".4683", align 4
  %".4685" = zext i32 %".4684" to i64
  %"data.202" = inttoptr i64 %".4685" to ptr
  %".4686" = getelementptr i8, ptr %"ctx.91", i64 80
  %".4687" = load i32, ptr %".4686", align 4
  %".4688" = zext i32 %".4687" to i64
  %"data_end.202" = inttoptr i64 %".4688" to ptr
  %".4689" = getelementptr i8, ptr %"keys", i64 0
  %".4690" = load volatile i16, ptr %".4689", align 2
  %".4691" = zext i16 %".4690" to i64
  %".4692" = icmp ugt i64 %".4691", 12693
  br i1 %".4692", label %"widening.test.39", label %"udp"
widening.test.39:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4694" = getelementptr i8, ptr %"ctx.92", i64 76
  %".4695" = load i32, ptr %".4694", align 4
  %".4696" = zext i32 %".4695" to i64
  %"data.203" = inttoptr i64 %".4696" to ptr
  %".4697" = getelementptr i8, ptr %"ctx.92", i64 80
  %".4698" = load i32, ptr %".4697", align 4
  %".4699" = zext i32 %".4698" to i64
  %"data_end.203" = inttoptr i64 %".4699" to ptr
  %".4700" = getelementptr i8, ptr %"keys", i64 0
  %".4701" = load volatile i16, ptr %".4700", align 2
  %".4702" = zext i16 %".4701" to i64
  %".4703" = icmp ugt i64 %".4702", 12693
  br i1 %".4703", label %"widening.beyond", label %"tcp"
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